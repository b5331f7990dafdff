//! The liaison officer's standard script, as the domain sees it: each step the officer
//! records moves a journey to a new status with the details that justify it.
//!
//! Identity checks follow NHS England's approved in-practice methods (identity documents,
//! vouching, vouching with confirmation) or NHS login already verified to P9. Only the
//! *kind* of document seen is kept, never its number or a copy. Access is granted only
//! after every risk heading has been explained, and coercion is asked in private.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::journey::Status;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IdentityMethod {
    Documents,
    Vouching,
    VouchingWithConfirmation,
    NhsLogin,
}

impl IdentityMethod {
    /// Every method, in the order the script offers them.
    pub const ALL: [IdentityMethod; 4] = [
        IdentityMethod::Documents,
        IdentityMethod::Vouching,
        IdentityMethod::VouchingWithConfirmation,
        IdentityMethod::NhsLogin,
    ];

    /// The name used in settings files and packs.
    pub fn as_str(self) -> &'static str {
        match self {
            IdentityMethod::Documents => "documents",
            IdentityMethod::Vouching => "vouching",
            IdentityMethod::VouchingWithConfirmation => "vouching-with-confirmation",
            IdentityMethod::NhsLogin => "nhs-login",
        }
    }
}

/// Kinds of document (never their numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    Passport,
    DrivingLicence,
    EuIdCard,
    ResidenceCard,
    UtilityBill,
    BankStatement,
    CouncilTaxBill,
    TenancyAgreement,
    BenefitLetter,
}

impl DocumentKind {
    /// Photo ID that NHS login also accepts.
    pub fn is_photo_id(self) -> bool {
        matches!(
            self,
            DocumentKind::Passport
                | DocumentKind::DrivingLicence
                | DocumentKind::EuIdCard
                | DocumentKind::ResidenceCard
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccessLevel {
    AppointmentsAndPrescriptions,
    TestResults,
    FullRecord,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProxyBasis {
    ParentalResponsibility,
    PatientConsent,
    LastingPowerOfAttorney,
    CourtDeputy,
    BestInterests,
}

/// The risk headings a patient must understand before saying yes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Risk {
    Forgotten,
    BadNews,
    Sharing,
    Coercion,
    Misunderstanding,
    ThirdParty,
    KeepSafe,
}

impl Risk {
    pub const ALL: [Risk; 7] = [
        Risk::Forgotten,
        Risk::BadNews,
        Risk::Sharing,
        Risk::Coercion,
        Risk::Misunderstanding,
        Risk::ThirdParty,
        Risk::KeepSafe,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Proxy {
    pub relationship: String,
    pub basis: ProxyBasis,
}

/// One recorded step of the script, as the staff face sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum Step {
    #[serde(rename_all = "camelCase")]
    IdentityVerified {
        method: IdentityMethod,
        #[serde(default)]
        documents: Vec<DocumentKind>,
        #[serde(default)]
        vouched_by: Option<String>,
    },
    #[serde(rename_all = "camelCase")]
    IdentityPending {
        missing: String,
    },
    #[serde(rename_all = "camelCase")]
    AccessGranted {
        level: AccessLevel,
        risks_explained: Vec<Risk>,
        #[serde(default)]
        proxy: Option<Proxy>,
    },
    #[serde(rename = "coded-9iw")]
    Coded9iw,
    #[serde(rename_all = "camelCase")]
    Declined {
        #[serde(default)]
        reason: String,
    },
    Withdrawn,
    #[serde(rename_all = "camelCase")]
    CouldNotVerify {
        missing: String,
    },
}

/// Why a step was refused; the staff face shows `error-step-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum StepProblem {
    #[error("identity documents need one photo ID and one proof of address")]
    DocumentsIncomplete,
    #[error("vouching needs the name of the member of staff who knows the patient")]
    VoucherMissing,
    #[error("every risk must be explained before access is granted")]
    RisksNotExplained,
    #[error("proxy access needs the relationship")]
    ProxyRelationshipMissing,
    #[error("say what was missing")]
    MissingNotSaid,
    #[error("free text is limited to 200 characters")]
    TextTooLong,
    #[error("this practice does not use that identity check")]
    MethodNotAllowed,
}

const TEXT_MAX: usize = 200;

fn short_text(s: &str, required: bool) -> Result<String, StepProblem> {
    let t = s.trim();
    if required && t.is_empty() {
        return Err(StepProblem::MissingNotSaid);
    }
    if t.chars().count() > TEXT_MAX {
        return Err(StepProblem::TextTooLong);
    }
    Ok(t.to_owned())
}

impl Step {
    /// The status this step moves a journey to.
    pub fn status(&self) -> Status {
        match self {
            Step::IdentityVerified { .. } => Status::IdentityVerified,
            Step::IdentityPending { .. } => Status::IdentityPending,
            Step::AccessGranted { .. } => Status::AccessGranted,
            Step::Coded9iw => Status::Coded9iw,
            Step::Declined { .. } => Status::Declined,
            Step::Withdrawn => Status::Withdrawn,
            Step::CouldNotVerify { .. } => Status::CouldNotVerify,
        }
    }

    /// Checks the step and returns the details its event records (`checked_by` is the
    /// event's actor, so it is not repeated here).
    pub fn details(&self) -> Result<serde_json::Value, StepProblem> {
        Ok(match self {
            Step::IdentityVerified {
                method,
                documents,
                vouched_by,
            } => {
                match method {
                    IdentityMethod::Documents => {
                        let photo = documents.iter().any(|d| d.is_photo_id());
                        let address = documents.iter().any(|d| !d.is_photo_id());
                        if !(photo && address) {
                            return Err(StepProblem::DocumentsIncomplete);
                        }
                    }
                    IdentityMethod::Vouching | IdentityMethod::VouchingWithConfirmation => {
                        if short_text(vouched_by.as_deref().unwrap_or(""), true).is_err() {
                            return Err(StepProblem::VoucherMissing);
                        }
                    }
                    IdentityMethod::NhsLogin => {}
                }
                let vouched = vouched_by
                    .as_deref()
                    .map(|v| short_text(v, false))
                    .transpose()?;
                json!({ "method": method, "documents": documents, "vouchedBy": vouched })
            }
            Step::IdentityPending { missing } => json!({ "missing": short_text(missing, true)? }),
            Step::AccessGranted {
                level,
                risks_explained,
                proxy,
            } => {
                if !Risk::ALL.iter().all(|r| risks_explained.contains(r)) {
                    return Err(StepProblem::RisksNotExplained);
                }
                if let Some(p) = proxy {
                    if p.relationship.trim().is_empty() {
                        return Err(StepProblem::ProxyRelationshipMissing);
                    }
                    short_text(&p.relationship, true)?;
                }
                json!({ "level": level, "risksExplained": risks_explained, "proxy": proxy })
            }
            Step::Coded9iw => json!({}),
            Step::Declined { reason } => json!({ "reason": short_text(reason, false)? }),
            Step::Withdrawn => json!({}),
            Step::CouldNotVerify { missing } => json!({ "missing": short_text(missing, true)? }),
        })
    }
}

/// Where an event of `kind` keeps what staff typed in their own words (JSON pointers into its
/// details). The store seals these fields to the practice key, apart from the event, and
/// the retention purge deletes them with the patient's details; everything else in the
/// event stays in clear for the reports. A new step with free text adds its arm here.
pub fn free_text_fields(kind: &str) -> &'static [&'static str] {
    match kind {
        "identity-verified" => &["/vouchedBy"],
        "identity-pending" | "could-not-verify" => &["/missing"],
        "access-granted" => &["/proxy/relationship"],
        "declined" => &["/reason"],
        _ => &[],
    }
}

impl Step {
    /// The fields of this step's event that hold free text (see [`free_text_fields`]).
    pub fn free_text_fields(&self) -> &'static [&'static str] {
        free_text_fields(self.status().as_str())
    }
}

/// Cohorts the borough targets (the age band comes from the date of birth).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cohort {
    FrequentAttender,
    DnaRisk,
    Carer,
    LongTermCondition,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_need_photo_id_and_proof_of_address() {
        let step = |docs: Vec<DocumentKind>| Step::IdentityVerified {
            method: IdentityMethod::Documents,
            documents: docs,
            vouched_by: None,
        };
        use DocumentKind::*;
        assert_eq!(
            step(vec![Passport]).details(),
            Err(StepProblem::DocumentsIncomplete)
        );
        assert_eq!(
            step(vec![UtilityBill]).details(),
            Err(StepProblem::DocumentsIncomplete)
        );
        let ok = step(vec![Passport, UtilityBill]).details().unwrap();
        assert_eq!(
            ok["documents"],
            json!(["passport", "utility-bill"]),
            "kinds only, no numbers"
        );
    }

    #[test]
    fn vouching_names_who_vouched() {
        let v = |by: Option<&str>| Step::IdentityVerified {
            method: IdentityMethod::Vouching,
            documents: vec![],
            vouched_by: by.map(str::to_owned),
        };
        assert_eq!(v(None).details(), Err(StepProblem::VoucherMissing));
        assert_eq!(v(Some("  ")).details(), Err(StepProblem::VoucherMissing));
        assert!(v(Some("Dr Rahman")).details().is_ok());
    }

    #[test]
    fn access_needs_every_risk_explained_coercion_included() {
        let mut risks = Risk::ALL.to_vec();
        risks.retain(|r| *r != Risk::Coercion);
        let step = |risks: Vec<Risk>| Step::AccessGranted {
            level: AccessLevel::FullRecord,
            risks_explained: risks,
            proxy: None,
        };
        assert_eq!(step(risks).details(), Err(StepProblem::RisksNotExplained));
        assert!(step(Risk::ALL.to_vec()).details().is_ok());
    }

    #[test]
    fn every_free_text_field_of_every_step_is_named_for_sealing() {
        let proxy = Some(Proxy {
            relationship: "her brother".into(),
            basis: ProxyBasis::PatientConsent,
        });
        let steps = [
            Step::IdentityVerified {
                method: IdentityMethod::Vouching,
                documents: vec![],
                vouched_by: Some("Dr Rahman".into()),
            },
            Step::IdentityPending {
                missing: "proof of address".into(),
            },
            Step::AccessGranted {
                level: AccessLevel::FullRecord,
                risks_explained: Risk::ALL.to_vec(),
                proxy,
            },
            Step::Declined {
                reason: "staying at a refuge".into(),
            },
            Step::CouldNotVerify {
                missing: "photo ID".into(),
            },
        ];
        for step in steps {
            let details = step.details().unwrap();
            for pointer in step.free_text_fields() {
                assert!(
                    details.pointer(pointer).is_some_and(|v| v.is_string()),
                    "{pointer} is a text field of {step:?}"
                );
            }
            // No other string in the event is free text: only enum names remain.
            let mut clear = details.clone();
            for pointer in step.free_text_fields() {
                if let Some(v) = clear.pointer_mut(pointer) {
                    *v = serde_json::Value::Null;
                }
            }
            let text = clear.to_string();
            for typed in ["Rahman", "address", "brother", "refuge", "photo"] {
                assert!(!text.contains(typed), "{typed} left in clear in {text}");
            }
        }
    }

    #[test]
    fn steps_arrive_as_tagged_json_from_the_staff_face() {
        let step: Step = serde_json::from_value(json!({
            "step": "identity-verified", "method": "nhs-login"
        }))
        .unwrap();
        assert_eq!(step.status(), Status::IdentityVerified);
        let coded: Step = serde_json::from_value(json!({ "step": "coded-9iw" })).unwrap();
        assert_eq!(coded.status(), Status::Coded9iw);
    }
}
