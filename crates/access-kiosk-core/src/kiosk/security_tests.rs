//! Issue 17's findings, each closed by a test named after it (SECURITY.md lists them): read
//! as an attacker would, through the same calls the app makes.

use std::sync::{Arc, Barrier};

use chrono::Utc;

use crate::error::KioskError;
use crate::journey::sign_up::Step;
use crate::kiosk::Kiosk;
use crate::staff::LoginRefused;
use crate::store::DATABASE_FILE;
use crate::testing::*;

/// The database file and its WAL, as bytes on disk.
fn raw_files(dir: &std::path::Path) -> Vec<u8> {
    let mut all = std::fs::read(dir.join(DATABASE_FILE)).unwrap();
    all.extend(std::fs::read(dir.join(format!("{DATABASE_FILE}-wal"))).unwrap_or_default());
    all
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

const REFUGE: &str = "staying at a women's refuge";

#[test]
fn staff_free_text_is_not_in_the_file_or_its_wal() {
    let (dir, k) = open_kiosk();
    admin_logged_in(&k);
    let reference = interest(&k, "Amina");
    let id = k.queue(&reference, t0()).unwrap()[0].journey.id;
    k.record_step(
        id,
        &Step::Declined {
            reason: REFUGE.into(),
        },
        t0(),
    )
    .unwrap();
    let raw = raw_files(dir.path());
    assert!(
        !contains(&raw, REFUGE.as_bytes()),
        "what the officer typed is readable in the database file or its WAL"
    );
}

#[test]
fn concurrent_wrong_pins_are_each_counted() {
    let (_d, k) = open_kiosk();
    admin_logged_in(&k);
    let ola = k.add_staff("Ola Officer", "583920", false, t0()).unwrap();
    let k: Arc<Kiosk> = Arc::new(k);
    const TRIES: usize = 4;
    let start = Arc::new(Barrier::new(TRIES));
    let answers: Vec<Result<_, KioskError>> = (0..TRIES)
        .map(|_| {
            let (k, start) = (Arc::clone(&k), Arc::clone(&start));
            std::thread::spawn(move || {
                start.wait();
                k.log_in(ola.id, "000001", t0()).map(|_| ())
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().unwrap())
        .collect();
    let wrong = answers
        .iter()
        .filter(|a| matches!(a, Err(KioskError::LoginRefused(LoginRefused::WrongPin { .. }))))
        .count();
    let stored = k
        .staff_list()
        .unwrap()
        .into_iter()
        .find(|m| m.id == ola.id)
        .unwrap()
        .failed_attempts as usize;
    assert!(wrong >= 1, "{answers:?}");
    assert_eq!(
        stored, wrong,
        "every wrong PIN that was tried is counted, however many arrive at once"
    );
    assert_eq!(audit_count(&k, "login-failed"), wrong);
}

#[test]
fn the_patient_face_stores_nothing_before_set_up() {
    let (_d, k) = open_kiosk();
    let refused = k.submit_interest(&interest_form("Early"), "en-GB", Utc::now());
    assert!(refused.is_err(), "a kiosk with no administrator takes no sign-up");
    assert_eq!(k.store().journey_count().unwrap(), 0);
}
