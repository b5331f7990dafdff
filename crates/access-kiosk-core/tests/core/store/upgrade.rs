//! Upgrades: a database made by the first released schema (schema 1, kept as a fixture
//! built by this project's own code) opens in this version with every journey, its
//! details and its history intact. A copy of the old file is made first, so a failed
//! upgrade changes nothing; once the upgrade has worked the copy (which holds personal
//! details in clear, as schema 1 did) is destroyed.

use std::path::{Path, PathBuf};

use access_kiosk_core::journey::Reference;
use access_kiosk_core::store::{self, Store, DATABASE_FILE, UPGRADE_BACKUPS_DIR};
use rusqlite::Connection;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kiosk-schema-1.sqlite3")
}

/// (reference, status, locale, events) for every journey in a database.
fn journeys(conn: &Connection) -> Vec<(String, String, String, i64)> {
    let mut stmt = conn
        .prepare(
            "SELECT j.reference, j.status, j.locale,
                    (SELECT count(*) FROM journey_event e WHERE e.journey_id = j.id)
             FROM journey j ORDER BY j.id",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn the_first_released_schema_upgrades_keeping_every_journey_and_no_plain_copy() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DATABASE_FILE);
    std::fs::copy(fixture(), &db).unwrap();
    let before = journeys(&Connection::open(&db).unwrap());
    assert_eq!(before.len(), 3, "the fixture holds three journeys");

    // If the copy cannot be made, nothing is migrated.
    std::fs::write(dir.path().join(UPGRADE_BACKUPS_DIR), b"a file in the way").unwrap();
    let device = access_kiosk_core::privacy::DeviceSecret::generate().unwrap();
    assert!(Store::open_on_device(&db, Some(&device)).is_err());
    let still: i64 = Connection::open(&db)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(still, 1, "not migrated");
    assert!(journeys(&Connection::open(&db).unwrap()) == before);
    std::fs::remove_file(dir.path().join(UPGRADE_BACKUPS_DIR)).unwrap();

    // Schema 1 held details in clear: sealing them needs this tablet's device secret.
    assert!(matches!(
        Store::open(&db),
        Err(store::StoreError::UpgradeNeedsDevice)
    ));
    // That failed upgrade kept its copy (the kiosk removes such copies once it has opened).
    let backups = dir.path().join(UPGRADE_BACKUPS_DIR);
    assert_eq!(std::fs::read_dir(&backups).unwrap().count(), 1);
    std::fs::remove_dir_all(&backups).unwrap();
    let store = Store::open_on_device(&db, Some(&device)).unwrap();
    assert_eq!(store.user_version().unwrap(), store::schema_version());
    for (reference, status, locale, _) in &before {
        let j = store
            .journey_by_reference(&Reference::parse(reference).unwrap())
            .unwrap()
            .unwrap_or_else(|| panic!("{reference} survives the upgrade"));
        assert_eq!(j.status.as_str(), status);
        assert_eq!(&j.locale, locale);
    }
    drop(store);
    assert_eq!(
        journeys(&Connection::open(&db).unwrap()),
        before,
        "history intact"
    );

    // The copy made before migrating, in clear, is gone now the upgrade has worked.
    let copies: Vec<_> = std::fs::read_dir(dir.path().join(UPGRADE_BACKUPS_DIR))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(copies.is_empty(), "{copies:?}");

    // Opening again changes nothing: there is nothing left to upgrade.
    drop(Store::open(&db).unwrap());
    assert_eq!(journeys(&Connection::open(&db).unwrap()), before);
}

/// Rebuilds the fixture as the first release wrote its database. Run by hand only:
/// `cargo test -p access-kiosk-core --test core -- --ignored store::upgrade::`.
#[test]
#[ignore]
fn regenerate_the_schema_1_fixture() {
    let path = fixture();
    let _ = std::fs::remove_file(&path);
    let conn = store::create_at_schema(&path, 1).unwrap();
    let journeys = [
        (
            "ACDEFG",
            "2026-10-05T09:12:00+00:00",
            "kiosk",
            "bn",
            "access-granted",
            "Rahima",
            "Begum",
            "1984-06-12",
        ),
        (
            "HJKMNP",
            "2026-10-06T11:40:00+00:00",
            "phlebotomy",
            "en-GB",
            "interested",
            "Tom",
            "Okafor",
            "1999-01-30",
        ),
        (
            "QRTWXY",
            "2026-10-07T15:03:00+00:00",
            "kiosk",
            "so",
            "declined",
            "Hodan",
            "Warsame",
            "1971-09-02",
        ),
    ];
    for (i, (reference, at, channel, locale, status, first, last, dob)) in
        journeys.iter().enumerate()
    {
        let id = i as i64 + 1;
        conn.execute(
            "INSERT INTO journey (id, reference, created_at, channel, locale, status, age_band,
                wants_appointments, wants_test_results, wants_full_record, for_someone_else,
                id_documents_today)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, '20-35', 1, 1, 0, 0, 'both')",
            rusqlite::params![id, reference, at, channel, locale, status],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO personal_details (journey_id, first_name, last_name, date_of_birth, mobile)
             VALUES (?1, ?2, ?3, ?4, '+447700900123')",
            rusqlite::params![id, first, last, dob],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO journey_event (journey_id, at, actor, kind, details)
             VALUES (?1, ?2, 'kiosk', 'interest-registered', ?3)",
            rusqlite::params![
                id,
                at,
                format!("{{\"channel\":\"{channel}\",\"locale\":\"{locale}\"}}")
            ],
        )
        .unwrap();
        if *status != "interested" {
            conn.execute(
                "INSERT INTO journey_event (journey_id, at, actor, kind, details)
                 VALUES (?1, ?2, 'staff:Officer', ?3, '{}')",
                rusqlite::params![id, at, status],
            )
            .unwrap();
        }
    }
}
