//! Very long input: refused quickly, or kept whole. One module because the two tests span
//! four of `src/`'s: the fields of the interest form and the staff's steps (`journey`), then
//! files — the practice's settings (`practice`), an aggregate file (`measures`) and a
//! practice's wording (`localisation`).

use std::path::Path;

use access_kiosk_core::journey::sign_up::{Step, StepProblem};
use access_kiosk_core::journey::validation::{self, Field, FieldErrorCode};
use access_kiosk_core::journey::{IdDocumentsToday, InterestForm, NhsApp, Reference};
use access_kiosk_core::localisation::{Locales, SOURCE_LOCALE};
use access_kiosk_core::measures::aggregate::AggregateFile;
use access_kiosk_core::practice::config::{PracticeConfig, DEFAULT_CONFIG};

use crate::measures::sample_aggregate;
use crate::support::hostile::today;

const TEN_MB: usize = 10 * 1024 * 1024;

#[test]
fn ten_megabyte_strings_are_refused_by_every_field_that_limits_length() {
    let big = "a".repeat(TEN_MB);
    assert_eq!(validation::name(&big), Err(FieldErrorCode::NameTooLong));
    assert_eq!(
        validation::name(&"রহিম ".repeat(TEN_MB / 16)),
        Err(FieldErrorCode::NameTooLong)
    );
    assert_eq!(validation::email(&big), Err(FieldErrorCode::EmailInvalid));
    assert_eq!(
        validation::uk_mobile(&big),
        Err(FieldErrorCode::MobileInvalid)
    );
    assert_eq!(
        validation::nhs_number(&big),
        Err(FieldErrorCode::NhsNumberLength)
    );
    assert_eq!(
        validation::date_of_birth(&big, &big, &big, today()),
        Err(FieldErrorCode::DobNotADate)
    );
    assert_eq!(Reference::parse(&big), None);
    assert_eq!(
        Step::Declined {
            reason: big.clone()
        }
        .details(),
        Err(StepProblem::TextTooLong)
    );
    let form = InterestForm {
        nhs_app: Some(NhsApp::No),
        first_name: big.clone(),
        last_name: big.clone(),
        email: big.clone(),
        id_documents: Some(IdDocumentsToday::Both),
        dob_day: "1".into(),
        dob_month: "1".into(),
        dob_year: "1990".into(),
        ..Default::default()
    };
    let fields: Vec<Field> = form
        .validate(today())
        .unwrap_err()
        .iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        [Field::FirstName, Field::LastName, Field::Email],
        "each long field is named, nothing else"
    );
}

#[test]
fn ten_megabyte_files_are_read_or_refused_without_crashing() {
    let big = "a".repeat(TEN_MB);
    // A practice name has no limit of its own: a huge one is kept whole.
    let text = DEFAULT_CONFIG.replace("\"Demo Surgery\"", &format!("\"{big}\""));
    let c = PracticeConfig::parse(&text, Path::new("practice.toml")).unwrap();
    assert_eq!(c.practice_name.len(), TEN_MB);
    // A huge URL is refused, naming the setting.
    let text = DEFAULT_CONFIG.replace(
        "https://www.nhsapp.service.nhs.uk/login",
        &format!("https://{big}"),
    );
    let e = PracticeConfig::parse(&text, Path::new("practice.toml")).unwrap_err();
    assert!(e.to_string().contains("registration_url"), "{e}");
    assert!(AggregateFile::parse(Path::new("f.json"), &big).is_err());
    let mut json = sample_aggregate().to_json();
    json.insert_str(1, &format!("\"padding\": \"{big}\","));
    assert!(AggregateFile::parse(Path::new("f.json"), &json)
        .unwrap_err()
        .to_string()
        .contains("padding"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join(SOURCE_LOCALE)).unwrap();
    std::fs::write(
        dir.path().join(SOURCE_LOCALE).join("big.ftl"),
        format!("form-submit = {big}\n"),
    )
    .unwrap();
    let locales = Locales::shipped().unwrap().with_overrides(dir.path());
    assert_eq!(
        locales.format(SOURCE_LOCALE, "form-submit", None).len(),
        TEN_MB
    );
}
