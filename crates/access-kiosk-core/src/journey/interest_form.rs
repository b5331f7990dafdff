//! What a patient types at the kiosk (or staff type for them): the interest form, its
//! validation into personal details, the path their age and answers steer them on, and the
//! age band reports count by.
//!
//! The form asks what is true since 31 October 2023 (DOMAIN.md, "What a patient gets online
//! today"): first whether they have already proved who they are in the NHS App; then for
//! whom (themselves, or someone they care for: a proxy); who the patient is; what they want
//! (online services; their record from now on, which is on by default from 16; and,
//! separately, their older record, which a clinician looks at first).
//!
//! Invariants:
//! - the patient's age steers the path: 16 and over sign up for themselves
//!   ([`Path::Adult`]); 13 to 15 are told the practice will talk to them and may ask only
//!   for online services ([`Path::YoungPerson`]); under 13 only a parent or carer can ask
//!   ([`Path::Proxy`]), so a child's own form is refused with a code that says so;
//! - a proxy always gives their own name and contact (a proxy always has their own login),
//!   their relationship and the basis they claim, each from a fixed list (no free text);
//! - someone already verified in the NHS App, signing up for themselves, needs no documents.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::validation::{self, Field, FieldError, FieldErrorCode};

/// The age from which new record entries are on by default, and a patient counts as an
/// adult for online access (GP contract, 31 October 2023).
pub const ADULT_FROM_AGE: i32 = 16;
/// The age from which the NHS App is open to a young person; below it only a proxy.
pub const YOUNG_PERSON_FROM_AGE: i32 = 13;

/// The first question: "Do you have the NHS App and have you proved who you are in it with
/// photo ID?" A yes means NHS login's high level (P9): no identity check at the practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NhsApp {
    Verified,
    Started,
    No,
    NotSure,
}

impl NhsApp {
    pub fn as_str(self) -> &'static str {
        match self {
            NhsApp::Verified => "verified",
            NhsApp::Started => "started",
            NhsApp::No => "no",
            NhsApp::NotSure => "not-sure",
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
    /// Not asked: the patient is verified in the NHS App and signs up for themselves.
    NotNeeded,
}

impl IdDocumentsToday {
    pub fn as_str(self) -> &'static str {
        match self {
            IdDocumentsToday::Both => "both",
            IdDocumentsToday::PhotoIdOnly => "photo-id-only",
            IdDocumentsToday::AddressOnly => "address-only",
            IdDocumentsToday::Neither => "neither",
            IdDocumentsToday::NotNeeded => "not-needed",
        }
    }
}

/// Which way through the sign-up the patient's age and answers lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Path {
    /// 16 or over, for themselves: services, new entries by default, older record on request.
    Adult,
    /// 13 to 15, for themselves: the practice talks with them first (competence); no
    /// self-service record access.
    YoungPerson,
    /// Someone asking for a patient they care for.
    Proxy,
}

impl Path {
    pub fn as_str(self) -> &'static str {
        match self {
            Path::Adult => "adult",
            Path::YoungPerson => "young-person",
            Path::Proxy => "proxy",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Path::Adult, Path::YoungPerson, Path::Proxy]
            .into_iter()
            .find(|p| p.as_str() == s)
    }

    /// The path for a patient of `age` asked for by themselves or by a proxy; `None` for a
    /// child under 13 asking for themselves, who can only be signed up by a parent or carer.
    pub fn for_age(age: i32, for_someone_else: bool) -> Option<Self> {
        match (for_someone_else, age) {
            (true, _) => Some(Path::Proxy),
            (false, a) if a >= ADULT_FROM_AGE => Some(Path::Adult),
            (false, a) if a >= YOUNG_PERSON_FROM_AGE => Some(Path::YoungPerson),
            (false, _) => None,
        }
    }
}

/// How the person at the kiosk is related to the patient they ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relationship {
    ParentOrGuardian,
    SonOrDaughter,
    HusbandWifeOrPartner,
    OtherRelative,
    Friend,
    PaidCarer,
    Other,
}

impl Relationship {
    pub const ALL: [Relationship; 7] = [
        Relationship::ParentOrGuardian,
        Relationship::SonOrDaughter,
        Relationship::HusbandWifeOrPartner,
        Relationship::OtherRelative,
        Relationship::Friend,
        Relationship::PaidCarer,
        Relationship::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Relationship::ParentOrGuardian => "parent-or-guardian",
            Relationship::SonOrDaughter => "son-or-daughter",
            Relationship::HusbandWifeOrPartner => "husband-wife-or-partner",
            Relationship::OtherRelative => "other-relative",
            Relationship::Friend => "friend",
            Relationship::PaidCarer => "paid-carer",
            Relationship::Other => "other",
        }
    }
}

/// The basis a proxy says they act on (DAPB3051). The officer establishes the real one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatedBasis {
    /// The patient agrees (and can decide for themselves).
    PatientAgrees,
    /// Parent (with parental responsibility) of a child.
    ParentOfChild,
    /// Lasting Power of Attorney for health and welfare.
    LastingPowerOfAttorney,
    /// A court-appointed (personal welfare) deputy.
    CourtDeputy,
    NotSure,
}

impl StatedBasis {
    pub const ALL: [StatedBasis; 5] = [
        StatedBasis::PatientAgrees,
        StatedBasis::ParentOfChild,
        StatedBasis::LastingPowerOfAttorney,
        StatedBasis::CourtDeputy,
        StatedBasis::NotSure,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StatedBasis::PatientAgrees => "patient-agrees",
            StatedBasis::ParentOfChild => "parent-of-child",
            StatedBasis::LastingPowerOfAttorney => "lasting-power-of-attorney",
            StatedBasis::CourtDeputy => "court-deputy",
            StatedBasis::NotSure => "not-sure",
        }
    }
}

/// What the patient (or their proxy) would like. Services and the record from now on are
/// ticked in the form (new entries are on by default from 16, so unticking says no); the
/// older record is a request a clinician reviews, so it is asked for, not pre-ticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Wants {
    /// Appointments and repeat prescriptions.
    pub services: bool,
    /// The GP record from now on (new entries).
    pub new_entries: bool,
    /// The older (historic) record, after a clinician's review.
    pub older_record: bool,
}

/// What a proxy told the kiosk about themselves and the patient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProxyRequest {
    pub relationship: Relationship,
    pub basis: StatedBasis,
}

/// The interest form exactly as the UI sends it: raw strings, nothing trusted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct InterestForm {
    pub nhs_app: Option<NhsApp>,
    pub for_someone_else: bool,
    /// The patient: the person whose record it is.
    pub first_name: String,
    pub last_name: String,
    pub dob_day: String,
    pub dob_month: String,
    pub dob_year: String,
    pub nhs_number: String,
    /// The proxy's own name, when asking for someone else.
    pub carer_first_name: String,
    pub carer_last_name: String,
    pub relationship: Option<Relationship>,
    pub basis: Option<StatedBasis>,
    /// How to reach the person at the kiosk (the proxy, when asking for someone else).
    pub mobile: String,
    pub email: String,
    pub wants_services: bool,
    pub wants_new_entries: bool,
    pub wants_older_record: bool,
    pub id_documents: Option<IdDocumentsToday>,
}

/// A proxy's own name (sealed with the patient's details).
#[derive(Clone, PartialEq, Eq)]
pub struct CarerName {
    pub first_name: String,
    pub last_name: String,
}

/// The personal fields of a journey, kept together so they can be encrypted and purged
/// as one. Never logged.
#[derive(Clone, PartialEq, Eq)]
pub struct PersonalDetails {
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: NaiveDate,
    /// The contact of the person who asked: the proxy's, when `carer` is set.
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub nhs_number: Option<String>,
    pub carer: Option<CarerName>,
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
    pub path: Path,
    pub nhs_app: NhsApp,
    pub wants: Wants,
    pub proxy: Option<ProxyRequest>,
    pub id_documents: IdDocumentsToday,
}

impl Interest {
    pub fn for_someone_else(&self) -> bool {
        self.path == Path::Proxy
    }
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

/// What the page needs to steer the patient as they answer: the path so far (once the date
/// of birth is a real date) and every problem with what was typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormCheck {
    pub path: Option<Path>,
    pub errors: Vec<FieldError>,
}

impl InterestForm {
    /// The path the answers lead to, and every problem, without storing anything: the
    /// page asks this as the patient moves from one part of the form to the next.
    pub fn check(&self, today: NaiveDate) -> FormCheck {
        let path = validation::date_of_birth(&self.dob_day, &self.dob_month, &self.dob_year, today)
            .ok()
            .and_then(|dob| Path::for_age(validation::age_on(dob, today), self.for_someone_else));
        FormCheck {
            path,
            errors: self.validate(today).err().unwrap_or_default(),
        }
    }

    /// Validates every field and reports all problems at once, so the patient can fix
    /// them in one go.
    pub fn validate(&self, today: NaiveDate) -> Result<Interest, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut check = |field: Field, r: Result<(), FieldErrorCode>| {
            if let Err(code) = r {
                errors.push(FieldError { field, code });
            }
        };
        check(
            Field::NhsApp,
            self.nhs_app
                .map(|_| ())
                .ok_or(FieldErrorCode::NhsAppMissing),
        );
        let first = validation::name(&self.first_name);
        check(Field::FirstName, first.as_ref().map(|_| ()).map_err(|e| *e));
        let last = validation::name(&self.last_name);
        check(Field::LastName, last.as_ref().map(|_| ()).map_err(|e| *e));
        let dob = validation::date_of_birth(&self.dob_day, &self.dob_month, &self.dob_year, today);
        let path = dob.map(|d| Path::for_age(validation::age_on(d, today), self.for_someone_else));
        check(
            Field::DateOfBirth,
            match path {
                Err(code) => Err(code),
                Ok(None) => Err(FieldErrorCode::DobUnder13NeedsCarer),
                Ok(Some(_)) => Ok(()),
            },
        );

        let optional = |raw: &str, f: fn(&str) -> Result<String, FieldErrorCode>| {
            if raw.trim().is_empty() {
                Ok(None)
            } else {
                f(raw).map(Some)
            }
        };
        let nhs = optional(&self.nhs_number, validation::nhs_number);
        check(Field::NhsNumber, nhs.as_ref().map(|_| ()).map_err(|e| *e));

        let carer = if self.for_someone_else {
            let first = validation::name(&self.carer_first_name);
            check(
                Field::CarerFirstName,
                first.as_ref().map(|_| ()).map_err(|e| *e),
            );
            let last = validation::name(&self.carer_last_name);
            check(
                Field::CarerLastName,
                last.as_ref().map(|_| ()).map_err(|e| *e),
            );
            check(
                Field::Relationship,
                self.relationship
                    .map(|_| ())
                    .ok_or(FieldErrorCode::RelationshipMissing),
            );
            check(
                Field::Basis,
                self.basis.map(|_| ()).ok_or(FieldErrorCode::BasisMissing),
            );
            match (first, last) {
                (Ok(first_name), Ok(last_name)) => Some(CarerName {
                    first_name,
                    last_name,
                }),
                _ => None,
            }
        } else {
            None
        };

        let mobile = optional(&self.mobile, validation::uk_mobile);
        check(Field::Mobile, mobile.as_ref().map(|_| ()).map_err(|e| *e));
        let email = optional(&self.email, validation::email);
        check(Field::Email, email.as_ref().map(|_| ()).map_err(|e| *e));
        if self.mobile.trim().is_empty() && self.email.trim().is_empty() {
            check(Field::Contact, Err(FieldErrorCode::ContactMissing));
        }
        // Someone verified in the NHS App, for themselves, has nothing to show at the desk.
        let no_documents_needed = !self.for_someone_else && self.nhs_app == Some(NhsApp::Verified);
        let documents = if no_documents_needed {
            Some(IdDocumentsToday::NotNeeded)
        } else {
            self.id_documents
                .filter(|d| *d != IdDocumentsToday::NotNeeded)
        };
        check(
            Field::IdDocuments,
            documents
                .map(|_| ())
                .ok_or(FieldErrorCode::IdDocumentsMissing),
        );

        let (Ok(first), Ok(last), Ok(dob), Ok(Some(path)), Ok(mobile), Ok(email), Ok(nhs)) =
            (first, last, dob, path, mobile, email, nhs)
        else {
            return Err(errors);
        };
        let (Some(nhs_app), Some(id_documents), true) =
            (self.nhs_app, documents, errors.is_empty())
        else {
            return Err(errors);
        };
        let proxy = match (path, self.relationship, self.basis) {
            (Path::Proxy, Some(relationship), Some(basis)) => Some(ProxyRequest {
                relationship,
                basis,
            }),
            _ => None,
        };
        // A young person is told the practice will talk to them first: only online
        // services can be asked for at the kiosk.
        let record = path != Path::YoungPerson;
        Ok(Interest {
            person: PersonalDetails {
                first_name: first,
                last_name: last,
                date_of_birth: dob,
                mobile,
                email,
                nhs_number: nhs,
                carer,
            },
            path,
            nhs_app,
            wants: Wants {
                services: self.wants_services,
                new_entries: record && self.wants_new_entries,
                older_record: record && self.wants_older_record,
            },
            proxy,
            id_documents,
        })
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
            nhs_app: Some(NhsApp::No),
            first_name: "Amina".into(),
            last_name: "Begum".into(),
            dob_day: "7".into(),
            dob_month: "3".into(),
            dob_year: "1990".into(),
            mobile: "07700 900123".into(),
            wants_services: true,
            wants_new_entries: true,
            wants_older_record: true,
            id_documents: Some(IdDocumentsToday::Both),
            ..InterestForm::default()
        }
    }

    /// A parent asking for their child born on `dob` (d, m, y).
    fn parent_for(dob: (&str, &str, &str)) -> InterestForm {
        InterestForm {
            for_someone_else: true,
            first_name: "Sami".into(),
            last_name: "Uddin".into(),
            dob_day: dob.0.into(),
            dob_month: dob.1.into(),
            dob_year: dob.2.into(),
            carer_first_name: "Amina".into(),
            carer_last_name: "Uddin".into(),
            relationship: Some(Relationship::ParentOrGuardian),
            basis: Some(StatedBasis::ParentOfChild),
            ..good_form()
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
        assert_eq!(i.path, Path::Adult);
        assert_eq!(
            i.wants,
            Wants {
                services: true,
                new_entries: true,
                older_record: true
            }
        );
        assert_eq!(i.proxy, None);
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
            nhs_app: None,
            ..good_form()
        };
        let errs = form.validate(today()).unwrap_err();
        let fields: Vec<Field> = errs.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec![
                Field::NhsApp,
                Field::FirstName,
                Field::DateOfBirth,
                Field::NhsNumber,
                Field::Mobile,
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
    fn the_id_documents_question_must_be_answered_unless_verified_in_the_nhs_app() {
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
        let verified = InterestForm {
            nhs_app: Some(NhsApp::Verified),
            ..form.clone()
        };
        assert_eq!(
            verified.validate(today()).unwrap().id_documents,
            IdDocumentsToday::NotNeeded,
            "verified in the NHS App: no documents to bring"
        );
        let form_says_not_needed = InterestForm {
            id_documents: Some(IdDocumentsToday::NotNeeded),
            ..good_form()
        };
        assert!(
            form_says_not_needed.validate(today()).is_err(),
            "only the NHS App answer makes documents unneeded"
        );
        // A proxy verified in the NHS App still brings documents: the patient is checked too.
        let proxy = InterestForm {
            nhs_app: Some(NhsApp::Verified),
            id_documents: None,
            ..parent_for(("14", "5", "2017"))
        };
        assert_eq!(
            proxy.validate(today()).unwrap_err(),
            vec![FieldError {
                field: Field::IdDocuments,
                code: FieldErrorCode::IdDocumentsMissing
            }]
        );
    }

    #[test]
    fn the_date_of_birth_steers_the_path() {
        let born = |d: &str, m: &str, y: &str| InterestForm {
            dob_day: d.into(),
            dob_month: m.into(),
            dob_year: y.into(),
            ..good_form()
        };
        // 16 today: an adult, with new entries by default.
        let sixteen = born("25", "11", "2010").validate(today()).unwrap();
        assert_eq!(sixteen.path, Path::Adult);
        assert!(sixteen.wants.new_entries);
        // 16 tomorrow: a young person; the record is not asked for at the kiosk.
        let fifteen = born("26", "11", "2010").validate(today()).unwrap();
        assert_eq!(fifteen.path, Path::YoungPerson);
        assert_eq!(
            fifteen.wants,
            Wants {
                services: true,
                new_entries: false,
                older_record: false
            },
            "13-15: the practice talks to them; no self-service record access"
        );
        assert_eq!(
            born("25", "11", "2013").validate(today()).unwrap().path,
            Path::YoungPerson,
            "13 today"
        );
        // 13 tomorrow: only through a parent or carer.
        let twelve = born("26", "11", "2013");
        assert_eq!(
            twelve.validate(today()).unwrap_err(),
            vec![FieldError {
                field: Field::DateOfBirth,
                code: FieldErrorCode::DobUnder13NeedsCarer
            }]
        );
        assert_eq!(
            twelve.check(today()),
            FormCheck {
                path: None,
                errors: vec![FieldError {
                    field: Field::DateOfBirth,
                    code: FieldErrorCode::DobUnder13NeedsCarer
                }]
            }
        );
    }

    #[test]
    fn a_parent_asks_for_a_nine_year_old_with_their_own_name_and_contact() {
        let form = parent_for(("14", "5", "2017"));
        let i = form.validate(today()).unwrap();
        assert_eq!(i.path, Path::Proxy);
        assert_eq!(i.person.first_name, "Sami", "the patient is the child");
        let carer = i.person.carer.as_ref().expect("the proxy's own name");
        assert_eq!(carer.first_name, "Amina");
        assert_eq!(i.person.mobile.as_deref(), Some("+447700900123"));
        assert_eq!(
            i.proxy,
            Some(ProxyRequest {
                relationship: Relationship::ParentOrGuardian,
                basis: StatedBasis::ParentOfChild
            })
        );
        assert_eq!(form.check(today()).path, Some(Path::Proxy));
        // Switching to "for me" keeps every answer, and the child's own form is refused.
        let same_answers_for_me = InterestForm {
            for_someone_else: false,
            ..form
        };
        assert_eq!(
            same_answers_for_me.validate(today()).unwrap_err()[0].code,
            FieldErrorCode::DobUnder13NeedsCarer
        );
    }

    #[test]
    fn a_proxy_must_say_who_they_are_and_on_what_basis() {
        let form = InterestForm {
            carer_first_name: " ".into(),
            relationship: None,
            basis: None,
            ..parent_for(("14", "5", "2017"))
        };
        let fields: Vec<(Field, FieldErrorCode)> = form
            .validate(today())
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        assert_eq!(
            fields,
            [
                (Field::CarerFirstName, FieldErrorCode::NameMissing),
                (Field::Relationship, FieldErrorCode::RelationshipMissing),
                (Field::Basis, FieldErrorCode::BasisMissing),
            ]
        );
        // For themselves, what a proxy would answer is neither asked nor kept.
        let me = InterestForm {
            carer_first_name: "Someone".into(),
            ..good_form()
        };
        assert!(me.validate(today()).unwrap().person.carer.is_none());
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
        let i = parent_for(("14", "5", "2017")).validate(today()).unwrap();
        let printed = format!("{i:?}");
        assert!(
            !printed.contains("Amina") && !printed.contains("Sami") && !printed.contains("7700"),
            "{printed}"
        );
    }
}
