//! A sign-up *journey*: one patient's way from "I'm interested" to access granted and
//! coded 9IW. The journey row holds what reports need in clear (status, channel,
//! language, age band); the person's details live apart in [`PersonalDetails`] so that
//! they can be encrypted and purged without touching the counts; every change is an
//! append-only [`Event`].

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::validation::{self, Field, FieldError, FieldErrorCode};

/// Characters of a reference: no look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V).
pub const REFERENCE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTWXY34679";
pub const REFERENCE_LEN: usize = 6;

/// A short reference a patient shows at reception. Random, never derived from personal data.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Reference(String);

impl Reference {
    /// A fresh random reference from the operating system's generator.
    pub fn random() -> Result<Self, getrandom::Error> {
        // Rejection sampling keeps every character equally likely.
        let n = REFERENCE_ALPHABET.len() as u8;
        let limit = u8::MAX - (u8::MAX % n);
        let mut out = String::with_capacity(REFERENCE_LEN);
        while out.len() < REFERENCE_LEN {
            let mut buf = [0u8; 16];
            getrandom::fill(&mut buf)?;
            for b in buf {
                if b < limit && out.len() < REFERENCE_LEN {
                    out.push(REFERENCE_ALPHABET[usize::from(b % n)] as char);
                }
            }
        }
        Ok(Reference(out))
    }

    /// Parses a typed reference: case-insensitive, spaces ignored.
    pub fn parse(raw: &str) -> Option<Self> {
        let r: String = raw
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        (r.len() == REFERENCE_LEN && r.bytes().all(|b| REFERENCE_ALPHABET.contains(&b)))
            .then_some(Reference(r))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where the patient was offered sign-up (the seed's tests of change).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Kiosk,
    Reception,
    Phlebotomy,
    LtcClinic,
    NewRegistration,
    Clinician,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Kiosk => "kiosk",
            Channel::Reception => "reception",
            Channel::Phlebotomy => "phlebotomy",
            Channel::LtcClinic => "ltc-clinic",
            Channel::NewRegistration => "new-registration",
            Channel::Clinician => "clinician",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(s.to_owned())).ok()
    }
}

/// Where a journey stands. The legal moves are in [`Status::can_move_to`], enforced by the
/// store, never only by the UI.
///
/// ```text
/// interested ──► identity-verified ──► access-granted ──► coded-9iw
///     │      └─► identity-pending ─┘
///     └─ any open state ──► declined | withdrawn | could-not-verify
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Interested,
    IdentityPending,
    IdentityVerified,
    AccessGranted,
    #[serde(rename = "coded-9iw")]
    Coded9iw,
    Declined,
    Withdrawn,
    CouldNotVerify,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Interested,
        Status::IdentityPending,
        Status::IdentityVerified,
        Status::AccessGranted,
        Status::Coded9iw,
        Status::Declined,
        Status::Withdrawn,
        Status::CouldNotVerify,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Interested => "interested",
            Status::IdentityPending => "identity-pending",
            Status::IdentityVerified => "identity-verified",
            Status::AccessGranted => "access-granted",
            Status::Coded9iw => "coded-9iw",
            Status::Declined => "declined",
            Status::Withdrawn => "withdrawn",
            Status::CouldNotVerify => "could-not-verify",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// Still on the officer's queue: not finished one way or the other.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Status::Interested
                | Status::IdentityPending
                | Status::IdentityVerified
                | Status::AccessGranted
        )
    }

    /// Whether a journey may move from `self` to `to`.
    pub fn can_move_to(self, to: Status) -> bool {
        use Status::*;
        match (self, to) {
            (Interested, IdentityVerified | IdentityPending) => true,
            (IdentityPending, IdentityVerified) => true,
            (IdentityVerified, AccessGranted) => true,
            (AccessGranted, Coded9iw) => true,
            (from, Declined | Withdrawn | CouldNotVerify) => from.is_open(),
            _ => false,
        }
    }
}

/// The patient's answer to "do you have photo ID and proof of address with you today?":
/// the first identity-check status, so the officer knows whether the check can be done now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IdDocumentsToday {
    Both,
    PhotoIdOnly,
    AddressOnly,
    Neither,
}

impl IdDocumentsToday {
    pub fn as_str(self) -> &'static str {
        match self {
            IdDocumentsToday::Both => "both",
            IdDocumentsToday::PhotoIdOnly => "photo-id-only",
            IdDocumentsToday::AddressOnly => "address-only",
            IdDocumentsToday::Neither => "neither",
        }
    }
}

/// What the patient would like to use online. Record access is pre-ticked in the form
/// (opt-out, as the borough agreed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wants {
    pub appointments_and_prescriptions: bool,
    pub test_results: bool,
    pub full_record: bool,
}

/// The interest form exactly as the UI sends it: raw strings, nothing trusted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct InterestForm {
    pub first_name: String,
    pub last_name: String,
    pub dob_day: String,
    pub dob_month: String,
    pub dob_year: String,
    pub mobile: String,
    pub email: String,
    pub nhs_number: String,
    pub wants_appointments: bool,
    pub wants_test_results: bool,
    pub wants_full_record: bool,
    pub for_someone_else: bool,
    pub id_documents: Option<IdDocumentsToday>,
}

/// The personal fields of a journey, kept together so they can be encrypted and purged
/// as one. Never logged.
#[derive(Clone, PartialEq, Eq)]
pub struct PersonalDetails {
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: NaiveDate,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub nhs_number: Option<String>,
}

impl std::fmt::Debug for PersonalDetails {
    // Keeps names and numbers out of any debug print or panic message.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PersonalDetails { .. }")
    }
}

/// A validated interest, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interest {
    pub person: PersonalDetails,
    pub wants: Wants,
    pub for_someone_else: bool,
    pub id_documents: IdDocumentsToday,
}

/// Age bands for reports; 20–35 is one of the borough's target cohorts.
pub fn age_band(dob: NaiveDate, today: NaiveDate) -> &'static str {
    match validation::age_on(dob, today) {
        ..=15 => "0-15",
        16..=19 => "16-19",
        20..=35 => "20-35",
        36..=49 => "36-49",
        50..=64 => "50-64",
        65..=79 => "65-79",
        _ => "80+",
    }
}

impl InterestForm {
    /// Validates every field and reports all problems at once, so the patient can fix
    /// them in one go.
    pub fn validate(&self, today: NaiveDate) -> Result<Interest, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut check = |field: Field, r: Result<(), FieldErrorCode>| {
            if let Err(code) = r {
                errors.push(FieldError { field, code });
            }
        };
        let first = validation::name(&self.first_name);
        check(Field::FirstName, first.as_ref().map(|_| ()).map_err(|e| *e));
        let last = validation::name(&self.last_name);
        check(Field::LastName, last.as_ref().map(|_| ()).map_err(|e| *e));
        let dob = validation::date_of_birth(&self.dob_day, &self.dob_month, &self.dob_year, today);
        check(Field::DateOfBirth, dob.map(|_| ()));

        let optional = |raw: &str, f: fn(&str) -> Result<String, FieldErrorCode>| {
            if raw.trim().is_empty() {
                Ok(None)
            } else {
                f(raw).map(Some)
            }
        };
        let mobile = optional(&self.mobile, validation::uk_mobile);
        check(Field::Mobile, mobile.as_ref().map(|_| ()).map_err(|e| *e));
        let email = optional(&self.email, validation::email);
        check(Field::Email, email.as_ref().map(|_| ()).map_err(|e| *e));
        if self.mobile.trim().is_empty() && self.email.trim().is_empty() {
            check(Field::Contact, Err(FieldErrorCode::ContactMissing));
        }
        let nhs = optional(&self.nhs_number, validation::nhs_number);
        check(Field::NhsNumber, nhs.as_ref().map(|_| ()).map_err(|e| *e));
        check(
            Field::IdDocuments,
            self.id_documents
                .map(|_| ())
                .ok_or(FieldErrorCode::IdDocumentsMissing),
        );

        match (first, last, dob, mobile, email, nhs, self.id_documents) {
            (Ok(first), Ok(last), Ok(dob), Ok(mobile), Ok(email), Ok(nhs), Some(docs))
                if errors.is_empty() =>
            {
                Ok(Interest {
                    person: PersonalDetails {
                        first_name: first,
                        last_name: last,
                        date_of_birth: dob,
                        mobile,
                        email,
                        nhs_number: nhs,
                    },
                    wants: Wants {
                        appointments_and_prescriptions: self.wants_appointments,
                        test_results: self.wants_test_results,
                        full_record: self.wants_full_record,
                    },
                    for_someone_else: self.for_someone_else,
                    id_documents: docs,
                })
            }
            _ => Err(errors),
        }
    }
}

/// Who caused an event: the unattended kiosk, or a named member of staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Actor {
    Kiosk,
    Staff(String),
}

impl Actor {
    pub fn as_str(&self) -> &str {
        match self {
            Actor::Kiosk => "kiosk",
            Actor::Staff(name) => name,
        }
    }
}

/// One entry of a journey's append-only history.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub kind: String,
    pub details: serde_json::Value,
}

/// A stored journey as the staff face and reports see it (without personal details).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Journey {
    pub id: i64,
    pub reference: Reference,
    pub created_at: DateTime<Utc>,
    pub channel: Channel,
    pub locale: String,
    pub status: Status,
    pub age_band: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn good_form() -> InterestForm {
        InterestForm {
            first_name: "Amina".into(),
            last_name: "Begum".into(),
            dob_day: "7".into(),
            dob_month: "3".into(),
            dob_year: "1990".into(),
            mobile: "07700 900123".into(),
            wants_appointments: true,
            wants_test_results: true,
            wants_full_record: true,
            id_documents: Some(IdDocumentsToday::Both),
            ..InterestForm::default()
        }
    }

    #[test]
    fn a_complete_form_validates() {
        let i = good_form().validate(today()).expect("valid form");
        assert_eq!(i.person.mobile.as_deref(), Some("+447700900123"));
        assert_eq!(
            i.person.email, None,
            "an empty optional field is stored as absent"
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let form = InterestForm {
            first_name: " ".into(),
            dob_year: "2030".into(),
            dob_day: "1".into(),
            dob_month: "1".into(),
            mobile: "020 7946 0000".into(),
            nhs_number: "943 476 5918".into(),
            ..good_form()
        };
        let errs = form.validate(today()).unwrap_err();
        let fields: Vec<Field> = errs.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec![
                Field::FirstName,
                Field::DateOfBirth,
                Field::Mobile,
                Field::NhsNumber
            ],
            "the patient must see every problem in one go"
        );
    }

    #[test]
    fn contact_needs_mobile_or_email() {
        let form = InterestForm {
            mobile: String::new(),
            ..good_form()
        };
        let errs = form.validate(today()).unwrap_err();
        assert_eq!(
            errs,
            vec![FieldError {
                field: Field::Contact,
                code: FieldErrorCode::ContactMissing
            }]
        );
        let email_only = InterestForm {
            mobile: String::new(),
            email: "amina@example.org".into(),
            ..good_form()
        };
        assert!(
            email_only.validate(today()).is_ok(),
            "email alone is enough contact"
        );
    }

    #[test]
    fn the_id_documents_question_must_be_answered() {
        let form = InterestForm {
            id_documents: None,
            ..good_form()
        };
        assert_eq!(
            form.validate(today()).unwrap_err(),
            vec![FieldError {
                field: Field::IdDocuments,
                code: FieldErrorCode::IdDocumentsMissing
            }]
        );
    }

    #[test]
    fn references_use_only_the_unambiguous_alphabet_and_differ() {
        let refs: HashSet<String> = (0..500)
            .map(|_| Reference::random().unwrap().as_str().to_owned())
            .collect();
        assert!(
            refs.len() > 495,
            "500 draws from 23^6 should almost never collide"
        );
        for r in &refs {
            assert_eq!(r.len(), REFERENCE_LEN);
            assert!(
                !r.contains(['0', 'O', '1', 'I', 'L', '5', 'S', '8', 'B']),
                "{r}"
            );
        }
    }

    #[test]
    fn typed_references_are_normalised() {
        assert_eq!(
            Reference::parse(" a c d e f g ").map(|r| r.to_string()),
            Some("ACDEFG".into())
        );
        assert_eq!(Reference::parse("ACDEF0"), None, "0 is not in the alphabet");
    }

    #[test]
    fn age_bands() {
        let dob = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(age_band(dob(2006, 11, 25), today()), "20-35", "20 today");
        assert_eq!(age_band(dob(2006, 11, 26), today()), "16-19", "20 tomorrow");
        assert_eq!(
            age_band(dob(1990, 11, 26), today()),
            "20-35",
            "35 until tomorrow"
        );
        assert_eq!(age_band(dob(1990, 11, 25), today()), "36-49", "36 today");
        assert_eq!(age_band(dob(1940, 1, 1), today()), "80+");
    }

    #[test]
    fn every_legal_and_illegal_status_move() {
        use Status::*;
        // The whole table: (from, to, allowed). Anything not listed as allowed is refused.
        let allowed = [
            (Interested, IdentityVerified),
            (Interested, IdentityPending),
            (IdentityPending, IdentityVerified),
            (IdentityVerified, AccessGranted),
            (AccessGranted, Coded9iw),
        ];
        for from in Status::ALL {
            for to in Status::ALL {
                let closing = matches!(to, Declined | Withdrawn | CouldNotVerify);
                let expected = allowed.contains(&(from, to)) || (closing && from.is_open());
                assert_eq!(
                    from.can_move_to(to),
                    expected,
                    "{} -> {}",
                    from.as_str(),
                    to.as_str()
                );
            }
        }
        assert!(
            !Interested.can_move_to(AccessGranted),
            "no access without an identity check"
        );
        assert!(
            !Coded9iw.can_move_to(Withdrawn),
            "a finished journey stays finished"
        );
        assert!(
            !Interested.can_move_to(Interested),
            "staying put is not a move"
        );
    }

    #[test]
    fn statuses_round_trip_through_their_names() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
    }

    #[test]
    fn personal_details_never_show_in_debug_output() {
        let i = good_form().validate(today()).unwrap();
        let printed = format!("{i:?}");
        assert!(
            !printed.contains("Amina") && !printed.contains("7700"),
            "{printed}"
        );
    }
}
