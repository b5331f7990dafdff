//! The liaison officer's standard script, as the domain sees it: each step the officer
//! records, what it needs, and where a journey must stand for it (the rules are
//! [`Step::check`], enforced by the store, never only by the UI).
//!
//! What the officer records is what the guidance asks, and nothing more:
//! - **identity**: NHS England's in-practice methods (identity documents, vouching, vouching
//!   with confirmation) or "verified in the NHS App" (NHS login P9: no documents). Only the
//!   *kind* of document seen is kept, never its number or a copy; driving licences as NHS
//!   login accepts them (UK full or provisional, EU full). A proxy's journey checks both
//!   people: the proxy at the desk and the patient;
//! - **access**: online services on or off, and new record entries on, opted out by the
//!   patient, or withheld after a clinician's enhanced review (the practice then adds the
//!   enhanced-review code). Every risk heading explained first, coercion in private; a
//!   13–15-year-old's record only after a clinician considered their competence; a proxy's
//!   access as [`super::proxy`] records it;
//! - **the older record** as a task of its own: requested (detailed coded record or full
//!   record), then granted from a date by a named clinician who reviewed it, declined (no
//!   reason text kept) or withdrawn;
//! - **codes** to add in the clinical system: the sign-up code for every access (the
//!   journey's "coded" milestone), the enhanced-review codes when new entries are withheld
//!   or the withholding is lifted. Each is ticked on the worklist.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::proxy::{ProxyGrant, ProxyScope, ProxyStatus};
pub(crate) use super::step_problem::short_text;
pub use super::step_problem::StepProblem;
use crate::journey::{Path, Status};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IdentityMethod {
    Documents,
    Vouching,
    VouchingWithConfirmation,
    /// Verified in the NHS App: NHS login's high level (P9), photo ID and a face check.
    /// No documents at the practice.
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
    UkDrivingLicenceFull,
    UkDrivingLicenceProvisional,
    EuDrivingLicenceFull,
    EuIdCard,
    /// UK residence card or biometric residence permit.
    ResidenceCard,
    UtilityBill,
    BankStatement,
    CouncilTaxBill,
    TenancyAgreement,
    BenefitLetter,
}

impl DocumentKind {
    /// Photo ID that NHS login also accepts (an EU *provisional* licence is not one).
    pub fn is_photo_id(self) -> bool {
        matches!(
            self,
            DocumentKind::Passport
                | DocumentKind::UkDrivingLicenceFull
                | DocumentKind::UkDrivingLicenceProvisional
                | DocumentKind::EuDrivingLicenceFull
                | DocumentKind::EuIdCard
                | DocumentKind::ResidenceCard
        )
    }
}

/// One person's identity check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IdentityCheck {
    pub method: IdentityMethod,
    #[serde(default)]
    pub documents: Vec<DocumentKind>,
    /// Who vouched (free text), for the vouching methods.
    #[serde(default)]
    pub vouched_by: Option<String>,
}

impl IdentityCheck {
    /// Checks the method has what it needs; returns the check as the event records it.
    pub fn details(&self) -> Result<serde_json::Value, StepProblem> {
        match self.method {
            IdentityMethod::Documents => {
                let photo = self.documents.iter().any(|d| d.is_photo_id());
                let address = self.documents.iter().any(|d| !d.is_photo_id());
                if !(photo && address) {
                    return Err(StepProblem::DocumentsIncomplete);
                }
            }
            IdentityMethod::Vouching | IdentityMethod::VouchingWithConfirmation => {
                if short_text(self.vouched_by.as_deref().unwrap_or(""), true).is_err() {
                    return Err(StepProblem::VoucherMissing);
                }
            }
            IdentityMethod::NhsLogin => {}
        }
        let vouched = self
            .vouched_by
            .as_deref()
            .map(|v| short_text(v, false))
            .transpose()?
            .filter(|v| !v.is_empty());
        // Only what the method used: documents are not "seen" for a vouching.
        let documents = if self.method == IdentityMethod::Documents {
            self.documents.clone()
        } else {
            Vec::new()
        };
        Ok(json!({ "method": self.method, "documents": documents, "vouchedBy": vouched }))
    }
}

/// New record entries (on by default from 16 since 31 October 2023).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NewEntries {
    On,
    /// The patient said no.
    OptedOut,
    /// A clinician's enhanced review found access could harm: withheld.
    Withheld,
}

impl NewEntries {
    pub fn as_str(self) -> &'static str {
        match self {
            NewEntries::On => "on",
            NewEntries::OptedOut => "opted-out",
            NewEntries::Withheld => "withheld",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::On, Self::OptedOut, Self::Withheld]
            .into_iter()
            .find(|n| n.as_str() == s)
    }
}

/// What of the older (historic) record is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OlderRecordScope {
    /// Problems, medicines, allergies, immunisations, results, values, coded referrals and
    /// procedures; no free text.
    DetailedCodedRecord,
    /// The detailed coded record plus free text and documents.
    FullRecord,
}

impl OlderRecordScope {
    pub fn as_str(self) -> &'static str {
        match self {
            OlderRecordScope::DetailedCodedRecord => "detailed-coded-record",
            OlderRecordScope::FullRecord => "full-record",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::DetailedCodedRecord, Self::FullRecord]
            .into_iter()
            .find(|o| o.as_str() == s)
    }
}

/// Where an older-record request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OlderRecordStatus {
    /// Waiting for a clinician.
    Requested,
    Granted,
    Declined,
    Withdrawn,
}

impl OlderRecordStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OlderRecordStatus::Requested => "requested",
            OlderRecordStatus::Granted => "granted",
            OlderRecordStatus::Declined => "declined",
            OlderRecordStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Requested,
            Self::Granted,
            Self::Declined,
            Self::Withdrawn,
        ]
        .into_iter()
        .find(|o| o.as_str() == s)
    }
}

/// A code staff add in the clinical system; which concept each is, is the practice's
/// setting (`practice::codes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClinicalCode {
    /// For every patient given access: the borough's measure (default Read v2 9IW).
    SignUp,
    /// New entries withheld after a clinician's enhanced review.
    EnhancedReview,
    /// The clinician found an enhanced review not needed: overrides the one above.
    EnhancedReviewNotIndicated,
}

impl ClinicalCode {
    pub const ALL: [ClinicalCode; 3] = [
        ClinicalCode::SignUp,
        ClinicalCode::EnhancedReview,
        ClinicalCode::EnhancedReviewNotIndicated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClinicalCode::SignUp => "sign-up",
            ClinicalCode::EnhancedReview => "enhanced-review",
            ClinicalCode::EnhancedReviewNotIndicated => "enhanced-review-not-indicated",
        }
    }
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

/// One recorded step of the script, as the staff face sends it. Free text (kept short) is
/// only in: `vouchedBy` (either identity check), `missing`, `reason`, a proxy's
/// `decidedBy` and the older record's `reviewedBy`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum Step {
    /// The person at the desk is who they say (for a proxy's journey, the proxy), and for a
    /// proxy's journey the patient too (`patient`).
    #[serde(rename_all = "camelCase")]
    IdentityVerified {
        method: IdentityMethod,
        #[serde(default)]
        documents: Vec<DocumentKind>,
        #[serde(default)]
        vouched_by: Option<String>,
        #[serde(default)]
        patient: Option<IdentityCheck>,
    },
    #[serde(rename_all = "camelCase")]
    IdentityPending {
        missing: String,
    },
    #[serde(rename_all = "camelCase")]
    AccessGranted {
        services: bool,
        /// The patient's own new record entries. Left out (not recorded) only on a proxy's
        /// journey: a child under 16 has no record of their own online by default, and the
        /// proxy's scope says what the proxy sees.
        #[serde(default)]
        new_entries: Option<NewEntries>,
        risks_explained: Vec<Risk>,
        /// For a 13–15-year-old's record: a clinician considered their competence.
        #[serde(default)]
        competence_assessed: bool,
        #[serde(default)]
        proxy: Option<ProxyGrant>,
    },
    /// The sign-up code added in the clinical system.
    #[serde(rename = "coded-9iw")]
    Coded9iw,
    /// Another code on the worklist added in the clinical system.
    #[serde(rename_all = "camelCase")]
    CodeAdded {
        code: ClinicalCode,
    },
    /// The patient changed their mind about new entries, or a clinician withheld them or
    /// lifted the withholding.
    #[serde(rename_all = "camelCase")]
    NewEntriesChanged {
        new_entries: NewEntries,
    },
    #[serde(rename_all = "camelCase")]
    OlderRecordRequested {
        scope: OlderRecordScope,
    },
    #[serde(rename_all = "camelCase")]
    OlderRecordGranted {
        from: NaiveDate,
        reviewed_by: String,
    },
    OlderRecordDeclined,
    OlderRecordWithdrawn,
    /// A proxy's access reviewed and kept, with its next review or end date.
    #[serde(rename_all = "camelCase")]
    ProxyReviewed {
        #[serde(default)]
        review_on: Option<NaiveDate>,
        #[serde(default)]
        ends_on: Option<NaiveDate>,
    },
    ProxySuspended,
    ProxyEnded,
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

/// Where a journey stands, as far as the script's rules need to know.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SignUpState {
    pub status: Option<Status>,
    pub path: Option<Path>,
    pub new_entries: Option<NewEntries>,
    pub codes_due: Vec<ClinicalCode>,
    pub older_record: Option<OlderRecordStatus>,
    pub proxy: Option<ProxyStatus>,
    /// A clinician considered the patient's competence when access was granted (what a
    /// 13–15-year-old's record needs, then and for every later change that opens it).
    pub competence_assessed: bool,
}

impl SignUpState {
    fn has_access(&self) -> bool {
        matches!(self.status, Some(Status::AccessGranted | Status::Coded9iw))
    }

    fn for_someone_else(&self) -> bool {
        self.path == Some(Path::Proxy)
    }

    /// A 13–15-year-old's own sign-up whose access was granted without a clinician
    /// considering their competence: nothing may open their record on it.
    fn young_person_not_assessed(&self) -> bool {
        self.path == Some(Path::YoungPerson) && !self.competence_assessed
    }
}

/// Why a step cannot be recorded now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    IllegalMove {
        from: &'static str,
        to: &'static str,
    },
    Problem(StepProblem),
}

impl Step {
    /// The status this step moves a journey to; `None` for a step that leaves it as it is.
    pub fn status(&self) -> Option<Status> {
        match self {
            Step::IdentityVerified { .. } => Some(Status::IdentityVerified),
            Step::IdentityPending { .. } => Some(Status::IdentityPending),
            Step::AccessGranted { .. } => Some(Status::AccessGranted),
            Step::Coded9iw => Some(Status::Coded9iw),
            Step::Declined { .. } => Some(Status::Declined),
            Step::Withdrawn => Some(Status::Withdrawn),
            Step::CouldNotVerify { .. } => Some(Status::CouldNotVerify),
            _ => None,
        }
    }

    /// The event kind this step is recorded as: a status change is named after the new
    /// status, as it always was.
    pub fn event_kind(&self) -> &'static str {
        if let Some(status) = self.status() {
            return status.as_str();
        }
        match self {
            Step::CodeAdded { .. } => "code-added",
            Step::NewEntriesChanged { .. } => "new-entries-changed",
            Step::OlderRecordRequested { .. } => "older-record-requested",
            Step::OlderRecordGranted { .. } => "older-record-granted",
            Step::OlderRecordDeclined => "older-record-declined",
            Step::OlderRecordWithdrawn => "older-record-withdrawn",
            Step::ProxyReviewed { .. } => "proxy-reviewed",
            Step::ProxySuspended => "proxy-suspended",
            _ => "proxy-ended",
        }
    }

    /// Whether the step may be recorded on a journey standing at `state`.
    pub fn check(&self, state: &SignUpState) -> Result<(), Refusal> {
        let problem = |p| Err(Refusal::Problem(p));
        if let (Some(to), Some(from)) = (self.status(), state.status) {
            if !from.can_move_to(to) {
                return Err(Refusal::IllegalMove {
                    from: from.as_str(),
                    to: to.as_str(),
                });
            }
        }
        match self {
            Step::IdentityVerified { patient, .. } => {
                match (state.for_someone_else(), patient.is_some()) {
                    (true, false) => problem(StepProblem::PatientIdentityMissing),
                    (false, true) => problem(StepProblem::NotForSomeoneElse),
                    _ => Ok(()),
                }
            }
            Step::AccessGranted {
                new_entries,
                competence_assessed,
                proxy,
                ..
            } => {
                match (state.for_someone_else(), proxy.is_some()) {
                    (true, false) => return problem(StepProblem::ProxyDetailsMissing),
                    (false, true) => return problem(StepProblem::NotForSomeoneElse),
                    _ => {}
                }
                if new_entries.is_none() && !state.for_someone_else() {
                    return problem(StepProblem::NewEntriesMissing);
                }
                if state.path == Some(Path::YoungPerson)
                    && *new_entries == Some(NewEntries::On)
                    && !competence_assessed
                {
                    return problem(StepProblem::CompetenceNotAssessed);
                }
                // The older record is released only by a clinician's review of its own
                // request, never as part of a proxy's scope at the access step.
                let older_in_scope = proxy
                    .as_ref()
                    .is_some_and(|p| p.scope.contains(&ProxyScope::OlderRecord));
                if older_in_scope && state.older_record != Some(OlderRecordStatus::Granted) {
                    return problem(StepProblem::ProxyOlderRecordNotReviewed);
                }
                Ok(())
            }
            Step::CodeAdded { code } => {
                if *code == ClinicalCode::SignUp || !state.codes_due.contains(code) {
                    problem(StepProblem::CodeNotDue)
                } else {
                    Ok(())
                }
            }
            Step::NewEntriesChanged { new_entries } => {
                if !state.has_access() {
                    problem(StepProblem::NoAccessYet)
                } else if state.new_entries == Some(*new_entries) {
                    problem(StepProblem::NothingChanges)
                } else if *new_entries == NewEntries::On && state.young_person_not_assessed() {
                    problem(StepProblem::CompetenceNotAssessed)
                } else {
                    Ok(())
                }
            }
            Step::OlderRecordRequested { .. } => {
                let verified = matches!(
                    state.status,
                    Some(Status::IdentityVerified | Status::AccessGranted | Status::Coded9iw)
                );
                if !verified {
                    problem(StepProblem::IdentityFirst)
                } else if state.older_record.is_some() {
                    problem(StepProblem::OlderRecordAlreadyRequested)
                } else if state.young_person_not_assessed() {
                    problem(StepProblem::CompetenceNotAssessed)
                } else {
                    Ok(())
                }
            }
            Step::OlderRecordGranted { .. }
            | Step::OlderRecordDeclined
            | Step::OlderRecordWithdrawn => {
                if state.older_record != Some(OlderRecordStatus::Requested) {
                    problem(StepProblem::NoOpenOlderRecordRequest)
                } else if matches!(self, Step::OlderRecordGranted { .. }) && !state.has_access() {
                    problem(StepProblem::NoAccessYet)
                } else if matches!(self, Step::OlderRecordGranted { .. })
                    && state.young_person_not_assessed()
                {
                    problem(StepProblem::CompetenceNotAssessed)
                } else {
                    Ok(())
                }
            }
            Step::ProxyReviewed { .. } | Step::ProxySuspended => {
                if state.proxy == Some(ProxyStatus::Active) {
                    Ok(())
                } else {
                    problem(StepProblem::NoActiveProxy)
                }
            }
            Step::ProxyEnded => match state.proxy {
                Some(ProxyStatus::Active | ProxyStatus::Suspended) => Ok(()),
                _ => problem(StepProblem::NoActiveProxy),
            },
            Step::Coded9iw
            | Step::IdentityPending { .. }
            | Step::Declined { .. }
            | Step::Withdrawn
            | Step::CouldNotVerify { .. } => Ok(()),
        }
    }

    /// The codes waiting to be added in the clinical system once this step is recorded on
    /// a journey standing at `state`.
    pub fn codes_due_after(&self, state: &SignUpState) -> Vec<ClinicalCode> {
        let mut due = state.codes_due.clone();
        let add = |due: &mut Vec<ClinicalCode>, c| {
            if !due.contains(&c) {
                due.push(c);
            }
        };
        match self {
            Step::AccessGranted { new_entries, .. } => {
                add(&mut due, ClinicalCode::SignUp);
                if *new_entries == Some(NewEntries::Withheld) {
                    add(&mut due, ClinicalCode::EnhancedReview);
                }
            }
            Step::Coded9iw => due.retain(|c| *c != ClinicalCode::SignUp),
            Step::CodeAdded { code } => due.retain(|c| c != code),
            Step::NewEntriesChanged { new_entries } => {
                let was_withheld = state.new_entries == Some(NewEntries::Withheld);
                if *new_entries == NewEntries::Withheld {
                    due.retain(|c| *c != ClinicalCode::EnhancedReviewNotIndicated);
                    add(&mut due, ClinicalCode::EnhancedReview);
                } else if was_withheld {
                    if due.contains(&ClinicalCode::EnhancedReview) {
                        // Never added in the clinical system: nothing to override.
                        due.retain(|c| *c != ClinicalCode::EnhancedReview);
                    } else {
                        add(&mut due, ClinicalCode::EnhancedReviewNotIndicated);
                    }
                }
            }
            _ => {}
        }
        due.sort();
        due
    }

    /// Checks the step's own fields and returns the details its event records
    /// (`checked_by` is the event's actor, so it is not repeated here). What depends on the
    /// journey is [`Step::check`]; what depends on the patient's age, the kiosk checks.
    pub fn details(&self) -> Result<serde_json::Value, StepProblem> {
        Ok(match self {
            Step::IdentityVerified {
                method,
                documents,
                vouched_by,
                patient,
            } => {
                let mut own = IdentityCheck {
                    method: *method,
                    documents: documents.clone(),
                    vouched_by: vouched_by.clone(),
                }
                .details()?;
                if let Some(p) = patient {
                    own["patient"] = p.details()?;
                }
                own
            }
            Step::IdentityPending { missing } => json!({ "missing": short_text(missing, true)? }),
            Step::AccessGranted {
                services,
                new_entries,
                risks_explained,
                competence_assessed,
                proxy,
            } => {
                if !Risk::ALL.iter().all(|r| risks_explained.contains(r)) {
                    return Err(StepProblem::RisksNotExplained);
                }
                let proxy = proxy
                    .as_ref()
                    .map(|p| {
                        let decided_by = p.check()?;
                        // The dates stay out: a child's reveal their date of birth.
                        Ok(json!({
                            "basis": p.basis,
                            "evidence": p.evidence,
                            "scope": p.scope,
                            "decidedBy": decided_by,
                        }))
                    })
                    .transpose()?;
                json!({
                    "services": services,
                    "newEntries": new_entries,
                    "risksExplained": risks_explained,
                    "competenceAssessed": competence_assessed,
                    "proxy": proxy,
                })
            }
            Step::Coded9iw => json!({}),
            Step::CodeAdded { code } => json!({ "code": code }),
            Step::NewEntriesChanged { new_entries } => json!({ "newEntries": new_entries }),
            Step::OlderRecordRequested { scope } => json!({ "scope": scope }),
            Step::OlderRecordGranted { from, reviewed_by } => {
                let by = short_text(reviewed_by, false)?;
                if by.is_empty() {
                    return Err(StepProblem::ReviewerMissing);
                }
                json!({ "from": from, "reviewedBy": by })
            }
            Step::OlderRecordDeclined | Step::OlderRecordWithdrawn => json!({}),
            // The dates are sealed with the patient's details; the event says which were set.
            Step::ProxyReviewed { review_on, ends_on } => {
                json!({ "reviewDate": review_on.is_some(), "endDate": ends_on.is_some() })
            }
            Step::ProxySuspended | Step::ProxyEnded => json!({}),
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
        "identity-verified" => &["/vouchedBy", "/patient/vouchedBy"],
        "identity-pending" | "could-not-verify" => &["/missing"],
        "access-granted" => &["/proxy/decidedBy"],
        "older-record-granted" => &["/reviewedBy"],
        "declined" => &["/reason"],
        _ => &[],
    }
}

/// Free text that events written before today's sign-up process (schema 6 and earlier) may
/// hold where today's events hold none: a proxy's relationship was typed then, and is chosen
/// from a fixed list now. The store seals these as well, so an upgraded history keeps
/// nothing typed in clear.
pub fn legacy_free_text_fields(kind: &str) -> &'static [&'static str] {
    match kind {
        "access-granted" => &["/proxy/relationship"],
        _ => &[],
    }
}

impl Step {
    /// The fields of this step's event that hold free text (see [`free_text_fields`]).
    pub fn free_text_fields(&self) -> &'static [&'static str] {
        free_text_fields(self.event_kind())
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
    use crate::journey::proxy::{Evidence, ProxyBasis, ProxyScope};

    fn state(status: Status, path: Path) -> SignUpState {
        SignUpState {
            status: Some(status),
            path: Some(path),
            ..SignUpState::default()
        }
    }

    fn access(new_entries: NewEntries, proxy: Option<ProxyGrant>) -> Step {
        Step::AccessGranted {
            services: true,
            new_entries: Some(new_entries),
            risks_explained: Risk::ALL.to_vec(),
            competence_assessed: false,
            proxy,
        }
    }

    fn parent() -> ProxyGrant {
        ProxyGrant {
            basis: ProxyBasis::ParentalResponsibility,
            evidence: vec![Evidence::BirthOrAdoptionCertificate],
            decided_by: "Dr Rahman".into(),
            scope: vec![ProxyScope::Services, ProxyScope::NewEntries],
            review_on: None,
            ends_on: None,
        }
    }

    #[test]
    fn documents_need_photo_id_and_proof_of_address() {
        let step = |docs: Vec<DocumentKind>| Step::IdentityVerified {
            method: IdentityMethod::Documents,
            documents: docs,
            vouched_by: None,
            patient: None,
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
        for licence in [
            UkDrivingLicenceFull,
            UkDrivingLicenceProvisional,
            EuDrivingLicenceFull,
        ] {
            assert!(
                step(vec![licence, BankStatement]).details().is_ok(),
                "NHS login accepts {licence:?}"
            );
        }
    }

    #[test]
    fn verified_in_the_nhs_app_needs_no_documents_and_keeps_none() {
        let step = Step::IdentityVerified {
            method: IdentityMethod::NhsLogin,
            documents: vec![DocumentKind::Passport],
            vouched_by: None,
            patient: None,
        };
        let d = step.details().unwrap();
        assert_eq!(d["method"], "nhs-login");
        assert_eq!(d["documents"], json!([]), "nothing was seen: nothing kept");
    }

    #[test]
    fn vouching_names_who_vouched() {
        let v = |by: Option<&str>| Step::IdentityVerified {
            method: IdentityMethod::Vouching,
            documents: vec![],
            vouched_by: by.map(str::to_owned),
            patient: None,
        };
        assert_eq!(v(None).details(), Err(StepProblem::VoucherMissing));
        assert_eq!(v(Some("  ")).details(), Err(StepProblem::VoucherMissing));
        assert!(v(Some("Dr Rahman")).details().is_ok());
    }

    #[test]
    fn a_proxys_journey_checks_both_people() {
        let proxy_only = Step::IdentityVerified {
            method: IdentityMethod::NhsLogin,
            documents: vec![],
            vouched_by: None,
            patient: None,
        };
        let proxy_journey = state(Status::Interested, Path::Proxy);
        assert_eq!(
            proxy_only.check(&proxy_journey),
            Err(Refusal::Problem(StepProblem::PatientIdentityMissing))
        );
        let both = Step::IdentityVerified {
            method: IdentityMethod::NhsLogin,
            documents: vec![],
            vouched_by: None,
            patient: Some(IdentityCheck {
                method: IdentityMethod::Vouching,
                documents: vec![],
                vouched_by: Some("Nurse Ali, who knows the family".into()),
            }),
        };
        assert_eq!(both.check(&proxy_journey), Ok(()));
        assert_eq!(
            both.details().unwrap()["patient"]["method"],
            "vouching",
            "the patient's check is on the event too"
        );
        assert_eq!(
            both.check(&state(Status::Interested, Path::Adult)),
            Err(Refusal::Problem(StepProblem::NotForSomeoneElse))
        );
    }

    #[test]
    fn access_needs_every_risk_explained_coercion_included() {
        let mut risks = Risk::ALL.to_vec();
        risks.retain(|r| *r != Risk::Coercion);
        let step = Step::AccessGranted {
            services: true,
            new_entries: Some(NewEntries::On),
            risks_explained: risks,
            competence_assessed: false,
            proxy: None,
        };
        assert_eq!(step.details(), Err(StepProblem::RisksNotExplained));
        assert!(access(NewEntries::On, None).details().is_ok());
    }

    #[test]
    fn access_on_a_proxys_journey_records_the_proxy_and_only_there() {
        let verified_proxy = state(Status::IdentityVerified, Path::Proxy);
        assert_eq!(
            access(NewEntries::On, None).check(&verified_proxy),
            Err(Refusal::Problem(StepProblem::ProxyDetailsMissing))
        );
        assert_eq!(
            access(NewEntries::On, Some(parent())).check(&verified_proxy),
            Ok(())
        );
        assert_eq!(
            access(NewEntries::On, Some(parent()))
                .check(&state(Status::IdentityVerified, Path::Adult)),
            Err(Refusal::Problem(StepProblem::NotForSomeoneElse))
        );
        let d = access(NewEntries::On, Some(parent())).details().unwrap();
        assert_eq!(d["proxy"]["basis"], "parental-responsibility");
        assert!(
            d["proxy"].get("reviewOn").is_none(),
            "no date derived from a date of birth in the history"
        );
    }

    #[test]
    fn a_young_persons_record_waits_for_a_competence_assessment() {
        let young = state(Status::IdentityVerified, Path::YoungPerson);
        assert_eq!(
            access(NewEntries::On, None).check(&young),
            Err(Refusal::Problem(StepProblem::CompetenceNotAssessed))
        );
        assert_eq!(
            access(NewEntries::OptedOut, None).check(&young),
            Ok(()),
            "services only"
        );
        let assessed = Step::AccessGranted {
            services: true,
            new_entries: Some(NewEntries::On),
            risks_explained: Risk::ALL.to_vec(),
            competence_assessed: true,
            proxy: None,
        };
        assert_eq!(assessed.check(&young), Ok(()));
    }

    #[test]
    fn nothing_opens_a_young_persons_record_after_access_without_a_competence_assessment() {
        let granted = SignUpState {
            new_entries: Some(NewEntries::OptedOut),
            ..state(Status::AccessGranted, Path::YoungPerson)
        };
        let on = Step::NewEntriesChanged {
            new_entries: NewEntries::On,
        };
        let request = Step::OlderRecordRequested {
            scope: OlderRecordScope::DetailedCodedRecord,
        };
        let grant = Step::OlderRecordGranted {
            from: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            reviewed_by: "Dr Rahman".into(),
        };
        let requested = SignUpState {
            older_record: Some(OlderRecordStatus::Requested),
            ..granted.clone()
        };
        let refused = Err(Refusal::Problem(StepProblem::CompetenceNotAssessed));
        assert_eq!(on.check(&granted), refused, "new entries switched on later");
        assert_eq!(
            request.check(&granted),
            refused,
            "the older record asked for"
        );
        assert_eq!(
            request.check(&state(Status::IdentityVerified, Path::YoungPerson)),
            refused,
            "nor before access: competence is assessed at the access step"
        );
        assert_eq!(grant.check(&requested), refused, "the older record granted");
        assert_eq!(
            Step::OlderRecordDeclined.check(&requested),
            Ok(()),
            "a request can always be closed"
        );
        // Assessed when access was granted: the record may be opened later.
        let assessed = SignUpState {
            competence_assessed: true,
            ..granted.clone()
        };
        assert_eq!(on.check(&assessed), Ok(()));
        assert_eq!(request.check(&assessed), Ok(()));
        let assessed_requested = SignUpState {
            competence_assessed: true,
            ..requested
        };
        assert_eq!(grant.check(&assessed_requested), Ok(()));
        // An adult needs no competence assessment.
        let adult = SignUpState {
            new_entries: Some(NewEntries::OptedOut),
            ..state(Status::AccessGranted, Path::Adult)
        };
        assert_eq!(on.check(&adult), Ok(()));
        assert_eq!(request.check(&adult), Ok(()));
    }

    #[test]
    fn a_proxy_is_not_given_the_older_record_at_the_access_step() {
        let verified_proxy = state(Status::IdentityVerified, Path::Proxy);
        let with_older = ProxyGrant {
            scope: vec![
                ProxyScope::Services,
                ProxyScope::NewEntries,
                ProxyScope::OlderRecord,
            ],
            ..parent()
        };
        assert_eq!(
            access(NewEntries::On, Some(with_older.clone())).check(&verified_proxy),
            Err(Refusal::Problem(StepProblem::ProxyOlderRecordNotReviewed)),
            "no clinician has reviewed the older record"
        );
        let requested = SignUpState {
            older_record: Some(OlderRecordStatus::Requested),
            ..verified_proxy.clone()
        };
        assert_eq!(
            access(NewEntries::On, Some(with_older)).check(&requested),
            Err(Refusal::Problem(StepProblem::ProxyOlderRecordNotReviewed)),
            "asked for is not reviewed"
        );
        assert_eq!(
            access(NewEntries::On, Some(parent())).check(&verified_proxy),
            Ok(())
        );
    }

    #[test]
    fn a_childs_proxy_journey_may_leave_the_patients_new_entries_unrecorded_and_only_it() {
        let unrecorded = |proxy| Step::AccessGranted {
            services: true,
            new_entries: None,
            risks_explained: Risk::ALL.to_vec(),
            competence_assessed: false,
            proxy,
        };
        assert_eq!(
            unrecorded(Some(parent())).check(&state(Status::IdentityVerified, Path::Proxy)),
            Ok(())
        );
        assert_eq!(
            unrecorded(Some(parent())).details().unwrap()["newEntries"],
            serde_json::Value::Null
        );
        assert_eq!(
            unrecorded(None).check(&state(Status::IdentityVerified, Path::Adult)),
            Err(Refusal::Problem(StepProblem::NewEntriesMissing))
        );
        let from_the_page: Step = serde_json::from_value(json!({
            "step": "access-granted", "services": true, "risksExplained": Risk::ALL,
            "proxy": { "basis": "parental-responsibility", "evidence": ["birth-or-adoption-certificate"],
                       "decidedBy": "Dr Rahman", "scope": ["services"] }
        }))
        .unwrap();
        assert_eq!(
            from_the_page.codes_due_after(&SignUpState::default()),
            [ClinicalCode::SignUp]
        );
    }

    #[test]
    fn no_access_before_identity_and_the_move_is_named() {
        assert_eq!(
            access(NewEntries::On, None).check(&state(Status::Interested, Path::Adult)),
            Err(Refusal::IllegalMove {
                from: "interested",
                to: "access-granted"
            })
        );
    }

    #[test]
    fn codes_fall_due_with_access_and_with_enhanced_review_and_are_ticked_off() {
        let verified = state(Status::IdentityVerified, Path::Adult);
        assert_eq!(
            access(NewEntries::On, None).codes_due_after(&verified),
            [ClinicalCode::SignUp]
        );
        let withheld = access(NewEntries::Withheld, None).codes_due_after(&verified);
        assert_eq!(
            withheld,
            [ClinicalCode::SignUp, ClinicalCode::EnhancedReview]
        );
        let granted = SignUpState {
            codes_due: withheld,
            new_entries: Some(NewEntries::Withheld),
            ..state(Status::AccessGranted, Path::Adult)
        };
        assert_eq!(
            Step::Coded9iw.codes_due_after(&granted),
            [ClinicalCode::EnhancedReview]
        );
        assert_eq!(
            Step::CodeAdded {
                code: ClinicalCode::SignUp
            }
            .check(&granted),
            Err(Refusal::Problem(StepProblem::CodeNotDue)),
            "the sign-up code is the coded step"
        );
        let coded = SignUpState {
            codes_due: vec![],
            status: Some(Status::Coded9iw),
            ..granted.clone()
        };
        // Lifting a withholding that was coded: the override code falls due.
        let lift = Step::NewEntriesChanged {
            new_entries: NewEntries::On,
        };
        assert_eq!(lift.check(&coded), Ok(()));
        assert_eq!(
            lift.codes_due_after(&coded),
            [ClinicalCode::EnhancedReviewNotIndicated]
        );
        // Lifting it before it was ever coded: nothing to override, nothing due.
        assert_eq!(lift.codes_due_after(&granted), [ClinicalCode::SignUp]);
        assert_eq!(
            Step::NewEntriesChanged {
                new_entries: NewEntries::Withheld
            }
            .check(&granted),
            Err(Refusal::Problem(StepProblem::NothingChanges))
        );
    }

    #[test]
    fn the_older_record_is_a_task_of_its_own() {
        let request = Step::OlderRecordRequested {
            scope: OlderRecordScope::FullRecord,
        };
        assert_eq!(
            request.check(&state(Status::Interested, Path::Adult)),
            Err(Refusal::Problem(StepProblem::IdentityFirst))
        );
        let verified = state(Status::IdentityVerified, Path::Adult);
        assert_eq!(request.check(&verified), Ok(()));
        assert_eq!(request.status(), None, "the journey's status stays");
        let requested = SignUpState {
            older_record: Some(OlderRecordStatus::Requested),
            ..verified
        };
        assert_eq!(
            request.check(&requested),
            Err(Refusal::Problem(StepProblem::OlderRecordAlreadyRequested))
        );
        let grant = Step::OlderRecordGranted {
            from: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            reviewed_by: "Dr Rahman".into(),
        };
        assert_eq!(
            grant.check(&requested),
            Err(Refusal::Problem(StepProblem::NoAccessYet)),
            "the older record goes with online access"
        );
        let with_access = SignUpState {
            status: Some(Status::Coded9iw),
            ..requested.clone()
        };
        assert_eq!(grant.check(&with_access), Ok(()));
        assert_eq!(Step::OlderRecordDeclined.check(&requested), Ok(()));
        assert_eq!(
            Step::OlderRecordDeclined.details().unwrap(),
            json!({}),
            "no reason kept"
        );
        let unreviewed = Step::OlderRecordGranted {
            from: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            reviewed_by: " ".into(),
        };
        assert_eq!(unreviewed.details(), Err(StepProblem::ReviewerMissing));
        let decided = SignUpState {
            older_record: Some(OlderRecordStatus::Declined),
            ..with_access
        };
        assert_eq!(
            grant.check(&decided),
            Err(Refusal::Problem(StepProblem::NoOpenOlderRecordRequest))
        );
    }

    #[test]
    fn proxy_reviews_need_an_active_proxy() {
        let active = SignUpState {
            proxy: Some(ProxyStatus::Active),
            ..state(Status::Coded9iw, Path::Proxy)
        };
        assert_eq!(Step::ProxySuspended.check(&active), Ok(()));
        let suspended = SignUpState {
            proxy: Some(ProxyStatus::Suspended),
            ..active.clone()
        };
        assert_eq!(
            Step::ProxySuspended.check(&suspended),
            Err(Refusal::Problem(StepProblem::NoActiveProxy))
        );
        assert_eq!(Step::ProxyEnded.check(&suspended), Ok(()));
        assert_eq!(
            Step::ProxyEnded.check(&state(Status::Coded9iw, Path::Adult)),
            Err(Refusal::Problem(StepProblem::NoActiveProxy))
        );
    }

    #[test]
    fn every_free_text_field_of_every_step_is_named_for_sealing() {
        let steps = [
            Step::IdentityVerified {
                method: IdentityMethod::Vouching,
                documents: vec![],
                vouched_by: Some("Dr Rahman".into()),
                patient: Some(IdentityCheck {
                    method: IdentityMethod::Vouching,
                    documents: vec![],
                    vouched_by: Some("Nurse Okafor".into()),
                }),
            },
            Step::IdentityPending {
                missing: "proof of address".into(),
            },
            Step::AccessGranted {
                services: true,
                new_entries: Some(NewEntries::On),
                risks_explained: Risk::ALL.to_vec(),
                competence_assessed: false,
                proxy: Some(ProxyGrant {
                    basis: ProxyBasis::PatientConsent,
                    evidence: vec![Evidence::SignedConsentForm],
                    scope: vec![ProxyScope::Services],
                    decided_by: "Dr Brotherton".into(),
                    review_on: None,
                    ends_on: None,
                }),
            },
            Step::OlderRecordGranted {
                from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                reviewed_by: "Dr Photiou".into(),
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
            for typed in [
                "Rahman",
                "Okafor",
                "address",
                "Brotherton",
                "Photiou",
                "refuge",
                "photo",
            ] {
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
        assert_eq!(step.status(), Some(Status::IdentityVerified));
        let coded: Step = serde_json::from_value(json!({ "step": "coded-9iw" })).unwrap();
        assert_eq!(coded.status(), Some(Status::Coded9iw));
        let grant: Step = serde_json::from_value(json!({
            "step": "older-record-granted", "from": "2026-12-01", "reviewedBy": "Dr Rahman"
        }))
        .unwrap();
        assert_eq!(grant.event_kind(), "older-record-granted");
        let proxy: Step = serde_json::from_value(json!({
            "step": "access-granted", "services": true, "newEntries": "on",
            "risksExplained": Risk::ALL,
            "proxy": { "basis": "parental-responsibility", "evidence": ["birth-or-adoption-certificate"],
                       "decidedBy": "Dr Rahman", "scope": ["services"] }
        }))
        .unwrap();
        assert_eq!(proxy.event_kind(), "access-granted");
    }
}
