//! What a patient types at the kiosk (or staff type for them): the interest form, its
//! validation into personal details, and the age band reports count by.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::validation::{self, Field, FieldError, FieldErrorCode};

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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn personal_details_never_show_in_debug_output() {
        let i = good_form().validate(today()).unwrap();
        let printed = format!("{i:?}");
        assert!(
            !printed.contains("Amina") && !printed.contains("7700"),
            "{printed}"
        );
    }
}
