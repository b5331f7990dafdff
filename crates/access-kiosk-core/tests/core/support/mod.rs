//! What the modules share: hostile input for the properties ([`hostile`]), faults of real
//! file systems ([`disk`]), and one patient's ordinary form.

pub mod disk;
pub mod hostile;

use access_kiosk_core::journey::{IdDocumentsToday, InterestForm};

/// An ordinary patient's form, with `first` as the first name.
pub fn form(first: &str) -> InterestForm {
    InterestForm {
        first_name: first.into(),
        last_name: "Begum".into(),
        dob_day: "7".into(),
        dob_month: "3".into(),
        dob_year: "1990".into(),
        mobile: "07700 900123".into(),
        nhs_app: Some(access_kiosk_core::journey::NhsApp::No),
        wants_services: true,
        id_documents: Some(IdDocumentsToday::Both),
        ..InterestForm::default()
    }
}
