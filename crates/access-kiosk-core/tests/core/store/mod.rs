//! The store (`src/store/`): a disk that fills up while saving, answers stored and read back
//! exactly (markup and SQL included, sealed and unsealed), and upgrades of older databases —
//! from the first released schema ([`upgrade`]) and from schema 6, before today's sign-up
//! process ([`schema_6`]).

mod schema_6;
mod upgrade;

use access_kiosk_core::error::KioskError;
use access_kiosk_core::journey::{IdDocumentsToday, InterestForm, NhsApp};
use access_kiosk_core::store::{self, DATABASE_FILE};
use access_kiosk_core::testing::{open_kiosk_in, set_up_at};
use chrono::Utc;
use proptest::prelude::*;

use crate::support::disk::{fill, Tmpfs};
use crate::support::form;
use crate::support::hostile::real_name;

#[test]
fn a_full_disk_while_saving_is_disk_full_leaves_the_database_sound_and_passes_when_space_returns() {
    let Some(disk) = Tmpfs::mount("4m") else {
        return;
    };
    let dir = disk.path().join("kiosk");
    let k = open_kiosk_in(&dir);
    set_up_at(&k, "Amir Admin", "402917", Utc::now());
    let first = k
        .submit_interest(&form("Amina"), "en-GB", Utc::now())
        .unwrap();
    let filler = fill(disk.path());

    // Saving fails as DiskFull (code `disk-full`), every time it is tried.
    for _ in 0..3 {
        match k.submit_interest(&form("Rokeya"), "bn", Utc::now()) {
            Err(e @ KioskError::DiskFull) => assert_eq!(e.code(), "disk-full"),
            Err(other) => panic!("expected DiskFull, got {other:?}"),
            Ok(c) => panic!("a save on a full disk reported success: {}", c.reference),
        }
    }
    let health = store::check(&dir.join(DATABASE_FILE)).unwrap();
    assert!(health.is_ok(), "{health:?}");
    assert_eq!(health.journeys, 1, "the failed saves left nothing behind");

    // Space returns: the same kiosk, without a restart, saves again.
    std::fs::remove_file(filler).unwrap();
    let second = k
        .submit_interest(&form("Rokeya"), "bn", Utc::now())
        .expect("saving works again once there is space");
    drop(k);
    let health = store::check(&dir.join(DATABASE_FILE)).unwrap();
    assert!(health.is_ok(), "{health:?}");
    assert_eq!(health.journeys, 2);
    let k = open_kiosk_in(&dir);
    for c in [first, second] {
        let r = access_kiosk_core::journey::Reference::parse(&c.reference).unwrap();
        assert!(k.store().journey_by_reference(&r).unwrap().is_some());
    }
}

/// Email addresses that pass the shape check but carry markup or SQL.
fn hostile_email() -> impl Strategy<Value = String> {
    (
        prop::sample::select(
            &[
                "<img/src=x/onerror=alert(1)>",
                "robert');DROP/**/TABLE/**/journey;--",
                "'OR'1'='1",
                "\"><script>alert(1)</script>",
                "%_\\",
                "a",
            ][..],
        ),
        "[a-z]{1,8}",
    )
        .prop_map(|(local, domain)| format!("{local}@{domain}.example.org"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn accepted_answers_are_stored_and_read_back_exactly(
        first in real_name(), last in real_name(), email in hostile_email()
    ) {
        let kiosk = unlocked_kiosk();
        let form = InterestForm {
            first_name: first.clone(),
            last_name: last.clone(),
            dob_day: "29".into(),
            dob_month: "2".into(),
            dob_year: "2000".into(),
            email: email.clone(),
            nhs_app: Some(NhsApp::NotSure),
            id_documents: Some(IdDocumentsToday::Both),
            ..Default::default()
        };
        let c = kiosk.submit_interest(&form, "ur", Utc::now()).unwrap();
        // Read back as the staff face does: unsealed with the logged-in officer's key.
        let found = kiosk.queue(&c.reference, Utc::now()).unwrap();
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(&found[0].first_name, &first);
        prop_assert_eq!(&found[0].last_name, &last);
    }
}

/// One kiosk for every case, with an administrator logged in (a PIN wrap costs Argon2id's
/// full work factor, too slow to repeat for each case).
fn unlocked_kiosk() -> &'static access_kiosk_core::kiosk::Kiosk {
    type Unlocked = (tempfile::TempDir, access_kiosk_core::kiosk::Kiosk, String);
    static KIOSK: std::sync::OnceLock<Unlocked> = std::sync::OnceLock::new();
    let (_, kiosk, token) = KIOSK.get_or_init(|| {
        let (dir, kiosk) = access_kiosk_core::testing::open_kiosk();
        let admin = access_kiosk_core::testing::set_up(&kiosk, "Pat Property", "583016");
        let token = kiosk
            .log_in(admin.member.id, "583016", Utc::now())
            .unwrap()
            .token
            .unwrap();
        (dir, kiosk, token)
    });
    // Each test thread calls it as the page that logged in.
    access_kiosk_core::staff::present_on_this_thread(token);
    kiosk
}
