//! Proxy access as DAPB3051 (Amd 59/2025) asks a practice to record it: the basis it rests
//! on, the kind of evidence seen for that basis (never its numbers or a copy), who decided,
//! the scope (set per proxy), and a review or end date; both people's identity checks are
//! part of the identity step (`sign_up::Step::IdentityVerified`'s `patient`).
//!
//! Invariants:
//! - a child under 16 has a proxy only through parental responsibility, and that access is
//!   suspended at 16: its suspension date is the 16th birthday, and no review or end date
//!   can lie past it;
//! - a child's access is reviewed at the practice's review age (11 to 13, the RCGP suggests
//!   11): the review date defaults to that birthday;
//! - an adult's proxy access has a review date or an end date, never neither ("just in
//!   case" access is what the standard rules out);
//! - dates worked out from the patient's date of birth are personal data: they are sealed
//!   with the patient's details, never written into the event history.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::step_problem::StepProblem;
use super::validation::age_on;
use super::ADULT_FROM_AGE;

/// The review age a practice may choose for children's proxy access.
pub const REVIEW_AGES: std::ops::RangeInclusive<u8> = 11..=13;
/// The review age when the practice chose none (the RCGP's suggestion).
pub const DEFAULT_REVIEW_AGE: u8 = 11;

/// The basis proxy access rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProxyBasis {
    /// The patient's informed consent (they have capacity).
    PatientConsent,
    /// Parental responsibility for a child under 16.
    ParentalResponsibility,
    /// A registered Lasting Power of Attorney for health and welfare.
    LastingPowerOfAttorney,
    /// A court-appointed personal welfare deputy.
    CourtDeputy,
    /// A best-interests decision, the patient confirmed to lack capacity.
    BestInterests,
}

impl ProxyBasis {
    pub const ALL: [ProxyBasis; 5] = [
        ProxyBasis::PatientConsent,
        ProxyBasis::ParentalResponsibility,
        ProxyBasis::LastingPowerOfAttorney,
        ProxyBasis::CourtDeputy,
        ProxyBasis::BestInterests,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProxyBasis::PatientConsent => "patient-consent",
            ProxyBasis::ParentalResponsibility => "parental-responsibility",
            ProxyBasis::LastingPowerOfAttorney => "lasting-power-of-attorney",
            ProxyBasis::CourtDeputy => "court-deputy",
            ProxyBasis::BestInterests => "best-interests",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.as_str() == s)
    }
}

/// The kind of evidence seen for the basis: the kind only, never a number or a copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Evidence {
    /// The patient said so in person, in private.
    PatientConsentInPerson,
    /// The patient's signed consent form.
    SignedConsentForm,
    /// A birth or adoption certificate naming the parent.
    BirthOrAdoptionCertificate,
    ParentalOrder,
    /// A parental responsibility agreement or order.
    ParentalResponsibilityAgreementOrOrder,
    SpecialGuardianshipOrder,
    /// A care order for a local authority.
    CareOrder,
    /// A registered Lasting Power of Attorney for health and welfare.
    LastingPowerOfAttorneyDocument,
    /// The court order appointing a personal welfare deputy.
    DeputyshipOrder,
    /// A recorded capacity assessment and best-interests decision.
    CapacityAssessment,
}

impl Evidence {
    pub const ALL: [Evidence; 10] = [
        Evidence::PatientConsentInPerson,
        Evidence::SignedConsentForm,
        Evidence::BirthOrAdoptionCertificate,
        Evidence::ParentalOrder,
        Evidence::ParentalResponsibilityAgreementOrOrder,
        Evidence::SpecialGuardianshipOrder,
        Evidence::CareOrder,
        Evidence::LastingPowerOfAttorneyDocument,
        Evidence::DeputyshipOrder,
        Evidence::CapacityAssessment,
    ];

    /// The basis this kind of evidence establishes.
    pub fn basis(self) -> ProxyBasis {
        use Evidence::*;
        match self {
            PatientConsentInPerson | SignedConsentForm => ProxyBasis::PatientConsent,
            BirthOrAdoptionCertificate
            | ParentalOrder
            | ParentalResponsibilityAgreementOrOrder
            | SpecialGuardianshipOrder
            | CareOrder => ProxyBasis::ParentalResponsibility,
            LastingPowerOfAttorneyDocument => ProxyBasis::LastingPowerOfAttorney,
            DeputyshipOrder => ProxyBasis::CourtDeputy,
            CapacityAssessment => ProxyBasis::BestInterests,
        }
    }
}

/// What a proxy may do and see: set per proxy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProxyScope {
    /// Appointments and repeat prescriptions.
    Services,
    /// The patient's record from now on.
    NewEntries,
    /// The patient's older record, once a clinician has granted it.
    OlderRecord,
}

/// The officer's record of a proxy's access, as the staff face sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProxyGrant {
    pub basis: ProxyBasis,
    pub evidence: Vec<Evidence>,
    /// Who decided (a name and role), free text.
    pub decided_by: String,
    pub scope: Vec<ProxyScope>,
    #[serde(default)]
    pub review_on: Option<NaiveDate>,
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
}

/// Where a proxy's access stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProxyStatus {
    Active,
    /// Stopped at 16 (or on review): the young person decides now.
    Suspended,
    Ended,
}

impl ProxyStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ProxyStatus::Active => "active",
            ProxyStatus::Suspended => "suspended",
            ProxyStatus::Ended => "ended",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Active, Self::Suspended, Self::Ended]
            .into_iter()
            .find(|p| p.as_str() == s)
    }
}

/// A proxy's dates, worked out from the patient's date of birth and what the officer chose.
/// Sealed with the patient's details: they reveal the date of birth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProxyDates {
    pub review_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    /// A child's 16th birthday: the access is suspended then.
    pub suspend_on: Option<NaiveDate>,
}

impl ProxyDates {
    /// The first date that needs staff: a review, the end, or the suspension at 16.
    pub fn next(&self) -> Option<(ProxyDue, NaiveDate)> {
        [
            (ProxyDue::Review, self.review_on),
            (ProxyDue::End, self.ends_on),
            (ProxyDue::Suspension, self.suspend_on),
        ]
        .into_iter()
        .filter_map(|(due, d)| d.map(|d| (due, d)))
        .min_by_key(|(_, d)| *d)
    }
}

/// What a proxy's next date asks of staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProxyDue {
    Review,
    End,
    Suspension,
    /// No review or end date was ever recorded (proxies from before this version).
    NoDate,
}

/// The day someone born on `dob` turns `age` (a 29 February birthday falls on 1 March in
/// other years).
pub fn birthday(dob: NaiveDate, age: i32) -> NaiveDate {
    let year = dob.year() + age;
    dob.with_year(year)
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
        .unwrap_or(dob)
}

/// Checks the basis against the patient's age: parental responsibility is for children
/// under 16 and the only basis for them.
pub fn check_basis(basis: ProxyBasis, patient_age: i32) -> Result<(), StepProblem> {
    let child = patient_age < ADULT_FROM_AGE;
    match (child, basis) {
        (true, ProxyBasis::ParentalResponsibility) => Ok(()),
        (true, _) => Err(StepProblem::ChildNeedsParentalResponsibility),
        (false, ProxyBasis::ParentalResponsibility) => {
            Err(StepProblem::ParentalResponsibilityEndsAtSixteen)
        }
        (false, _) => Ok(()),
    }
}

/// The dates a proxy's access runs by. `review_on` and `ends_on` are the officer's choice
/// (both optional); for a child the suspension is always the 16th birthday, and when the
/// access is first granted (`granting`) its review defaults to the review-age birthday (a
/// review itself sets only what the officer chose next).
pub fn dates(
    patient_dob: NaiveDate,
    today: NaiveDate,
    review_age: u8,
    granting: bool,
    review_on: Option<NaiveDate>,
    ends_on: Option<NaiveDate>,
) -> Result<ProxyDates, StepProblem> {
    if [review_on, ends_on]
        .into_iter()
        .flatten()
        .any(|d| d <= today)
    {
        return Err(StepProblem::ProxyDateNotAhead);
    }
    if age_on(patient_dob, today) >= ADULT_FROM_AGE {
        if review_on.is_none() && ends_on.is_none() {
            return Err(StepProblem::ProxyDateMissing);
        }
        return Ok(ProxyDates {
            review_on,
            ends_on,
            suspend_on: None,
        });
    }
    let sixteen = birthday(patient_dob, ADULT_FROM_AGE);
    if [review_on, ends_on]
        .into_iter()
        .flatten()
        .any(|d| d > sixteen)
    {
        return Err(StepProblem::ProxyPastSixteen);
    }
    let review_birthday = birthday(patient_dob, i32::from(review_age));
    let review_on = review_on.or((granting && review_birthday > today).then_some(review_birthday));
    Ok(ProxyDates {
        review_on,
        ends_on,
        suspend_on: Some(sixteen),
    })
}

impl ProxyGrant {
    /// Checks what needs no knowledge of the patient: evidence that fits the basis, who
    /// decided, a scope. The age rules are [`check_basis`] and [`dates`].
    pub fn check(&self) -> Result<String, StepProblem> {
        if self.evidence.is_empty() {
            return Err(StepProblem::EvidenceMissing);
        }
        if self.evidence.iter().any(|e| e.basis() != self.basis) {
            return Err(StepProblem::EvidenceDoesNotFitBasis);
        }
        if self.scope.is_empty() {
            return Err(StepProblem::ScopeMissing);
        }
        let decided_by = self.decided_by.trim();
        if decided_by.is_empty() {
            return Err(StepProblem::DeciderMissing);
        }
        super::step_problem::short_text(decided_by, true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn today() -> NaiveDate {
        d(2026, 11, 25)
    }

    #[test]
    fn a_nine_year_olds_proxy_is_reviewed_at_the_review_age_and_suspended_at_sixteen() {
        let dob = d(2017, 5, 14);
        let dates = dates(dob, today(), DEFAULT_REVIEW_AGE, true, None, None).unwrap();
        assert_eq!(dates.review_on, Some(d(2028, 5, 14)), "11th birthday");
        assert_eq!(dates.suspend_on, Some(d(2033, 5, 14)), "16th birthday");
        assert_eq!(dates.next(), Some((ProxyDue::Review, d(2028, 5, 14))));
        let reviewed = super::dates(dob, d(2028, 4, 20), 11, false, None, None).unwrap();
        assert_eq!(
            reviewed.next(),
            Some((ProxyDue::Suspension, d(2033, 5, 14))),
            "reviewed at 11: next, the suspension at 16"
        );
        let at_13 = super::dates(dob, today(), 13, true, None, None).unwrap();
        assert_eq!(
            at_13.review_on,
            Some(d(2030, 5, 14)),
            "a practice choosing 13"
        );
        assert_eq!(
            super::dates(dob, today(), 11, true, Some(d(2034, 1, 1)), None),
            Err(StepProblem::ProxyPastSixteen),
            "no date past the 16th birthday"
        );
        assert_eq!(
            super::dates(dob, today(), 11, true, None, Some(d(2033, 5, 15))),
            Err(StepProblem::ProxyPastSixteen)
        );
        assert!(super::dates(dob, today(), 11, true, None, Some(d(2033, 5, 14))).is_ok());
    }

    #[test]
    fn a_child_past_the_review_age_has_no_default_review_but_is_still_suspended_at_sixteen() {
        let dob = d(2013, 1, 10); // 13 now
        let dates = dates(dob, today(), 11, true, None, None).unwrap();
        assert_eq!(dates.review_on, None);
        assert_eq!(dates.suspend_on, Some(d(2029, 1, 10)));
        assert_eq!(dates.next(), Some((ProxyDue::Suspension, d(2029, 1, 10))));
    }

    #[test]
    fn an_adults_proxy_needs_a_review_or_end_date_in_the_future() {
        let dob = d(1940, 1, 9);
        assert_eq!(
            dates(dob, today(), 11, true, None, None),
            Err(StepProblem::ProxyDateMissing),
            "never 'just in case'"
        );
        assert_eq!(
            dates(dob, today(), 11, true, Some(today()), None),
            Err(StepProblem::ProxyDateNotAhead)
        );
        let ok = dates(dob, today(), 11, true, Some(d(2027, 11, 25)), None).unwrap();
        assert_eq!(ok.suspend_on, None, "adults are not suspended at 16");
    }

    #[test]
    fn parental_responsibility_is_for_children_and_the_only_basis_for_them() {
        assert_eq!(check_basis(ProxyBasis::ParentalResponsibility, 9), Ok(()));
        assert_eq!(
            check_basis(ProxyBasis::PatientConsent, 15),
            Err(StepProblem::ChildNeedsParentalResponsibility)
        );
        assert_eq!(
            check_basis(ProxyBasis::ParentalResponsibility, 16),
            Err(StepProblem::ParentalResponsibilityEndsAtSixteen)
        );
        assert_eq!(check_basis(ProxyBasis::LastingPowerOfAttorney, 86), Ok(()));
    }

    #[test]
    fn evidence_must_fit_the_basis_and_someone_must_have_decided() {
        let grant = |basis, evidence: Vec<Evidence>, by: &str| ProxyGrant {
            basis,
            evidence,
            decided_by: by.into(),
            scope: vec![ProxyScope::Services],
            review_on: None,
            ends_on: None,
        };
        use Evidence::*;
        assert_eq!(
            grant(ProxyBasis::ParentalResponsibility, vec![], "Dr Rahman").check(),
            Err(StepProblem::EvidenceMissing)
        );
        assert_eq!(
            grant(
                ProxyBasis::ParentalResponsibility,
                vec![LastingPowerOfAttorneyDocument],
                "Dr Rahman"
            )
            .check(),
            Err(StepProblem::EvidenceDoesNotFitBasis)
        );
        assert_eq!(
            grant(
                ProxyBasis::ParentalResponsibility,
                vec![BirthOrAdoptionCertificate],
                " "
            )
            .check(),
            Err(StepProblem::DeciderMissing)
        );
        assert_eq!(
            grant(
                ProxyBasis::ParentalResponsibility,
                vec![BirthOrAdoptionCertificate],
                " Dr Rahman, GP "
            )
            .check(),
            Ok("Dr Rahman, GP".into())
        );
        let no_scope = ProxyGrant {
            scope: vec![],
            ..grant(ProxyBasis::CourtDeputy, vec![DeputyshipOrder], "Dr Rahman")
        };
        assert_eq!(no_scope.check(), Err(StepProblem::ScopeMissing));
        for e in Evidence::ALL {
            assert!(ProxyBasis::ALL.contains(&e.basis()));
        }
    }

    #[test]
    fn a_leap_day_birthday_falls_on_the_first_of_march() {
        assert_eq!(birthday(d(2012, 2, 29), 16), d(2028, 2, 29));
        assert_eq!(birthday(d(2012, 2, 29), 11), d(2023, 3, 1));
    }
}
