//! Fixtures shared by this crate's unit tests, its integration tests and the crates above it
//! (with the `testing` feature): a kiosk on a fresh data folder, a fixed "now", a patient's
//! interest and a logged-in administrator. Never compiled into the app.

use chrono::{DateTime, Utc};
use tempfile::TempDir;

use crate::journey::{IdDocumentsToday, InterestForm, NhsApp};
use crate::kiosk::Kiosk;
use crate::staff::StaffMember;

/// The first administrator's PIN in every fixture.
pub const ADMIN_PIN: &str = "402917";

/// A fixed "now" the tests count from: Wednesday 25 November 2026, 09:00 UTC.
pub fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-25T09:00:00Z")
        .expect("a valid time")
        .with_timezone(&Utc)
}

/// A kiosk opened as the app opens it, on a fresh data folder that lives as long as the
/// returned guard.
pub fn open_kiosk() -> (TempDir, Kiosk) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let kiosk = Kiosk::open(dir.path()).expect("a fresh data folder opens");
    (dir, kiosk)
}

/// A complete interest form for an adult with a Bengali-speaking name, not (yet) verified in
/// the NHS App, wanting online services and their record from now on.
pub fn interest_form(first_name: &str) -> InterestForm {
    InterestForm {
        nhs_app: Some(NhsApp::No),
        first_name: first_name.into(),
        last_name: "Begum".into(),
        dob_day: "7".into(),
        dob_month: "3".into(),
        dob_year: "1990".into(),
        mobile: "07700 900123".into(),
        wants_services: true,
        wants_new_entries: true,
        id_documents: Some(IdDocumentsToday::Both),
        ..InterestForm::default()
    }
}

/// Registers [`interest_form`] at the kiosk in Bengali at [`t0`]; returns the reference.
pub fn interest(kiosk: &Kiosk, first_name: &str) -> String {
    kiosk
        .submit_interest(&interest_form(first_name), "bn", t0())
        .expect("a good form is stored")
        .reference
}

/// Creates the first administrator ("Amir Admin", [`ADMIN_PIN`]) and logs them in.
pub fn admin_logged_in(kiosk: &Kiosk) -> StaffMember {
    let admin = kiosk
        .create_first_admin("Amir Admin", ADMIN_PIN, t0())
        .expect("the first administrator")
        .member;
    kiosk
        .log_in(admin.id, ADMIN_PIN, t0())
        .expect("the administrator logs in");
    admin
}

/// How many audit-log entries of `action` the kiosk holds.
pub fn audit_count(kiosk: &Kiosk, action: &str) -> usize {
    kiosk
        .store()
        .audit_entries(None, Some(action), 1000)
        .expect("the audit log reads")
        .len()
}
