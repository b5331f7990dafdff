//! Fixtures shared by this crate's unit tests, its integration tests and the crates above it
//! (with the `testing` feature): a kiosk on a fresh data folder, a fixed "now", a patient's
//! interest and a logged-in administrator. Never compiled into the app.
//!
//! A test calls the kiosk as one page would: a login through [`log_in`] or [`admin_logged_in`]
//! presents that session's token for the rest of the test's thread, as the page sends its
//! token with every staff command. A kiosk from [`open_kiosk`] is not set up (the patient face
//! takes nothing until [`admin_logged_in`] or [`set_up`]); its device secret is a file in a
//! folder of its own inside the data folder.

use chrono::{DateTime, Utc};
use tempfile::TempDir;

use crate::journey::{IdDocumentsToday, InterestForm, NhsApp};
use crate::kiosk::staff_accounts::FirstAdmin;
use crate::kiosk::staff_session::SessionInfo;
use crate::kiosk::Kiosk;
use crate::staff::StaffMember;

/// The device secret's folder in a test kiosk's data folder.
pub const TEST_DEVICE_DIR: &str = "test-device";

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
    let kiosk = open_kiosk_in(dir.path());
    (dir, kiosk)
}

/// A kiosk on `data_dir` with the test device secret (opened again, it is the same tablet).
pub fn open_kiosk_in(data_dir: &std::path::Path) -> Kiosk {
    let device = crate::device_secret::DeviceStore::file_only(&data_dir.join(TEST_DEVICE_DIR));
    Kiosk::open_with(data_dir, &device).expect("the data folder opens")
}

/// Sets the kiosk up with its set-up code: the first administrator `name`, logged in (their
/// token presented on this thread).
pub fn set_up(kiosk: &Kiosk, name: &str, pin: &str) -> FirstAdmin {
    set_up_at(kiosk, name, pin, t0())
}

/// [`set_up`] at `now`.
pub fn set_up_at(kiosk: &Kiosk, name: &str, pin: &str, now: chrono::DateTime<Utc>) -> FirstAdmin {
    let code = kiosk.setup_code_for_tests();
    let admin = kiosk
        .create_first_admin(&code, name, pin, now)
        .expect("the first administrator");
    crate::staff::present_on_this_thread(&admin.token);
    admin
}

/// Logs `staff_id` in with `pin` at [`t0`]; their token is presented on this thread.
pub fn log_in(kiosk: &Kiosk, staff_id: i64, pin: &str) -> SessionInfo {
    log_in_at(kiosk, staff_id, pin, t0())
}

/// [`log_in`] at `now`.
pub fn log_in_at(
    kiosk: &Kiosk,
    staff_id: i64,
    pin: &str,
    now: chrono::DateTime<Utc>,
) -> SessionInfo {
    let info = kiosk
        .log_in(staff_id, pin, now)
        .expect("the member of staff logs in");
    crate::staff::present_on_this_thread(info.token.as_deref().unwrap_or_default());
    info
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

/// Sets the kiosk up with the first administrator ("Amir Admin", [`ADMIN_PIN`]) and logs
/// them in.
pub fn admin_logged_in(kiosk: &Kiosk) -> StaffMember {
    let admin = set_up(kiosk, "Amir Admin", ADMIN_PIN).member;
    log_in(kiosk, admin.id, ADMIN_PIN);
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
