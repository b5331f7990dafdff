//! Issue 7's promises, tested through the same calls the app makes: patients' details are
//! not readable from the database file or its WAL; the recovery passphrase is not stored;
//! the retention purge leaves every report unchanged; a backup restores on another tablet.

use chrono::{DateTime, Duration, Utc};

use crate::error::KioskError;
use crate::journey::sign_up::{DocumentKind, IdentityMethod, NewEntries, Risk, Step};
use crate::journey::{IdDocumentsToday, InterestForm, Status};
use crate::kiosk::Kiosk;
use crate::store::{Details, DATABASE_FILE};

use crate::kiosk::testing::{log_in_at, set_up_at, ADMIN_PIN};

/// A new kiosk, started as the app starts it (the purge at start included, so the tests'
/// own purges are the next).
fn started_kiosk() -> (tempfile::TempDir, Kiosk) {
    let (dir, k) = crate::kiosk::testing::open_kiosk();
    k.after_window_opened(Utc::now());
    (dir, k)
}

fn form(first: &str) -> InterestForm {
    InterestForm {
        first_name: first.into(),
        last_name: "Okonkwo-Quill".into(),
        dob_day: "14".into(),
        dob_month: "2".into(),
        dob_year: "1987".into(),
        mobile: "07700 900876".into(),
        email: "zq.private@example.org".into(),
        nhs_number: "943 476 5919".into(),
        nhs_app: Some(crate::journey::NhsApp::No),
        id_documents: Some(IdDocumentsToday::Both),
        ..InterestForm::default()
    }
}

/// The database file and its WAL, as bytes on disk.
fn raw_files(dir: &std::path::Path) -> Vec<u8> {
    let mut all = std::fs::read(dir.join(DATABASE_FILE)).unwrap();
    all.extend(std::fs::read(dir.join(format!("{DATABASE_FILE}-wal"))).unwrap_or_default());
    all
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// What a patient typed, in every form it might be stored.
const TYPED: [&str; 7] = [
    "Zainab",
    "Okonkwo-Quill",
    "1987-02-14",
    "+447700900876",
    "7700900876",
    "9434765919",
    "zq.private@example.org",
];

fn assert_nothing_typed_is_on_disk(dir: &std::path::Path) {
    let raw = raw_files(dir);
    for typed in TYPED {
        assert!(
            !contains(&raw, typed.as_bytes()),
            "{typed:?} is readable in the database file or its WAL"
        );
    }
}

#[test]
fn details_typed_at_the_kiosk_are_not_in_the_file_or_wal_but_staff_see_them_after_login() {
    let (dir, k) = started_kiosk();
    // Nothing is taken before set-up; two patients after.
    assert!(k
        .submit_interest(&form("Zainab"), "en-GB", Utc::now())
        .is_err());
    let admin = set_up_at(&k, "Amir Admin", ADMIN_PIN, Utc::now());
    let before = k
        .submit_interest(&form("Zainab"), "en-GB", Utc::now())
        .unwrap();
    let after = k
        .submit_interest(&form("Zainab"), "bn", Utc::now())
        .unwrap();
    assert_nothing_typed_is_on_disk(dir.path());
    assert!(k
        .store()
        .practice_key()
        .unwrap()
        .unwrap()
        .provisional
        .is_none());

    // The kiosk (no login) cannot read them back; staff can, after logging in. (Creating
    // the first administrator logs them in for first-run setup: leave staff mode first.)
    k.log_out(Utc::now()).unwrap();
    assert!(matches!(
        k.queue("", Utc::now()),
        Err(KioskError::NotLoggedIn)
    ));
    log_in_at(&k, admin.member.id, ADMIN_PIN, Utc::now());
    let queue = k.queue("", Utc::now()).unwrap();
    assert_eq!(queue.len(), 2);
    for e in &queue {
        assert_eq!(e.first_name, "Zainab");
        assert_eq!(e.date_of_birth, "1987-02-14");
        assert_eq!(e.details, Details::Present);
    }
    assert_eq!(k.queue("okonkwo", Utc::now()).unwrap().len(), 2);
    assert_eq!(k.queue("14/02/1987", Utc::now()).unwrap().len(), 2);
    assert_eq!(k.queue(&before.reference, Utc::now()).unwrap().len(), 1);
    let slip = k.slip(&after.reference, true, None, Utc::now()).unwrap();
    let printed: Vec<&str> = slip
        .blocks
        .iter()
        .filter_map(|b| match b {
            crate::printing::slip::Block::Text { words, .. } => Some(words.text.as_str()),
            _ => None,
        })
        .collect();
    assert!(
        printed.iter().any(|t| t.contains("Zainab Okonkwo-Quill")),
        "{printed:?}"
    );
    // Leaving ends the session and drops the key.
    k.log_out(Utc::now()).unwrap();
    assert!(k.slip(&after.reference, true, None, Utc::now()).is_err());
    drop(k);
    assert_nothing_typed_is_on_disk(dir.path());
}

#[test]
fn the_recovery_passphrase_is_not_stored_and_recovers_an_administrator() {
    let (dir, k) = started_kiosk();
    let admin = set_up_at(&k, "Amir Admin", ADMIN_PIN, Utc::now());
    let phrase = admin.recovery_passphrase.clone();
    assert_eq!(phrase.len(), 29, "five groups of five: {phrase}");
    let canonical = phrase.replace('-', "");
    let raw = raw_files(dir.path());
    assert!(!contains(&raw, phrase.as_bytes()) && !contains(&raw, canonical.as_bytes()));
    let audit = k.store().audit_entries(None, None, 100).unwrap();
    assert!(!format!("{audit:?}").contains(&canonical));
    // The PIN is checked by the wrap only: no cheaper hash of it is kept.
    let hashes: Vec<String> = {
        let store = k.store();
        let mut v = Vec::new();
        for m in store.active_staff().unwrap() {
            v.push(store.staff_with_hash(m.id).unwrap().unwrap().1);
        }
        v
    };
    assert!(
        hashes.iter().all(|h| !h.starts_with("$argon2")),
        "{hashes:?}"
    );

    // Forgotten PIN: the recovery passphrase (typed loosely) sets a new one.
    assert!(matches!(
        k.recover_admin_pin(
            admin.member.id,
            "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE",
            "730184",
            Utc::now()
        ),
        Err(KioskError::WrongRecoveryPassphrase)
    ));
    let typed = phrase.to_lowercase().replace('-', " ");
    k.recover_admin_pin(admin.member.id, &typed, "730184", Utc::now())
        .unwrap();
    assert!(k.log_in(admin.member.id, ADMIN_PIN, Utc::now()).is_err());
    log_in_at(&k, admin.member.id, "730184", Utc::now());
    assert!(
        k.queue("", Utc::now()).is_ok(),
        "the new PIN unlocks the key"
    );
}

fn walk_to_coded(k: &Kiosk, id: i64, at: DateTime<Utc>) {
    let verify = Step::IdentityVerified {
        method: IdentityMethod::Documents,
        documents: vec![DocumentKind::Passport, DocumentKind::UtilityBill],
        vouched_by: None,
        patient: None,
    };
    let grant = Step::AccessGranted {
        services: true,
        new_entries: Some(NewEntries::On),
        risks_explained: Risk::ALL.to_vec(),
        competence_assessed: false,
        proxy: None,
    };
    k.record_step(id, &verify, at).unwrap();
    k.record_step(id, &grant, at).unwrap();
    k.record_step(id, &Step::Coded9iw, at).unwrap();
}

fn weekly_csv(k: &Kiosk, now: DateTime<Utc>) -> (String, String) {
    let period = crate::measures::Period {
        from: (now - Duration::days(400)).date_naive(),
        to: now.date_naive(),
        week_start: k.config().week_starts_on,
    };
    let m = crate::reports::weekly_measures(&k.store(), period, |_, _| {}).unwrap();
    (
        crate::measures::to_csv(&m.rows()),
        serde_json::to_string(&m.rows()).unwrap(),
    )
}

#[test]
fn the_retention_purge_removes_old_details_and_leaves_every_report_identical() {
    let (dir, k) = started_kiosk();
    let now = Utc::now();
    let admin = set_up_at(&k, "Amir Admin", ADMIN_PIN, Utc::now());
    let sign_up = |name: &str, at: DateTime<Utc>| {
        k.submit_interest(&form(name), "en-GB", at)
            .unwrap()
            .reference
    };
    let coded_long_ago = sign_up("Oldclosed", now - Duration::days(90));
    let coded_recently = sign_up("Newclosed", now - Duration::days(60));
    let open_inactive = sign_up("Stale", now - Duration::days(200));
    let open_recent = sign_up("Fresh", now - Duration::days(3));
    let id_of = |reference: &str, at| {
        log_in_at(&k, admin.member.id, ADMIN_PIN, at);
        k.queue(reference, at).unwrap()[0].journey.id
    };
    let closed_old_id = id_of(&coded_long_ago, now - Duration::days(89));
    walk_to_coded(&k, closed_old_id, now - Duration::days(89));
    let closed_new_id = id_of(&coded_recently, now - Duration::days(10));
    walk_to_coded(&k, closed_new_id, now - Duration::days(10));
    let stale_id = id_of(&open_inactive, now - Duration::days(199));

    let blob = |id: i64| -> Vec<u8> {
        k.store()
            .sealed_blob_for_tests(id)
            .expect("details are there before the purge")
    };
    let purged_blobs = [blob(closed_old_id), blob(stale_id)];
    let report_before = weekly_csv(&k, now);

    assert_eq!(k.purge_personal_data(now).unwrap(), 2);

    assert_eq!(weekly_csv(&k, now), report_before, "reports are unchanged");
    let raw = raw_files(dir.path());
    for b in &purged_blobs {
        assert!(
            !contains(&raw, &b[b.len() - 48..]),
            "purged details are gone from the file and its WAL"
        );
    }
    let entries = k
        .store()
        .audit_entries(None, Some("personal-data-purged"), 10)
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].details["journeys"], 2);
    assert_eq!(entries[0].actor, "retention");

    log_in_at(&k, admin.member.id, ADMIN_PIN, now);
    let queue = k.queue("", now).unwrap();
    let by_ref = |r: &str| {
        queue
            .iter()
            .find(|e| e.journey.reference.as_str() == r)
            .unwrap()
    };
    assert_eq!(by_ref(&open_recent).details, Details::Present);
    assert_eq!(by_ref(&open_recent).first_name, "Fresh");
    assert_eq!(by_ref(&open_inactive).details, Details::Purged);
    assert_eq!(by_ref(&open_inactive).first_name, "");
    assert_eq!(by_ref(&open_inactive).journey.status, Status::Interested);
    let coded_new = k.open_journey(closed_new_id, now).unwrap();
    assert_eq!(
        coded_new.entry.first_name, "Newclosed",
        "30 days have not passed"
    );
    let coded_old = k.open_journey(closed_old_id, now).unwrap();
    assert_eq!(coded_old.entry.details, Details::Purged);
    assert_eq!(coded_old.events.len(), 4, "the history stays");
    // A second purge finds nothing more and writes no entry.
    assert_eq!(k.purge_personal_data(now).unwrap(), 0);
    assert_eq!(
        k.store()
            .audit_entries(None, Some("personal-data-purged"), 10)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn an_encrypted_backup_restores_on_another_tablet_with_the_recovery_passphrase() {
    let (dir_a, a) = started_kiosk();
    let now = Utc::now();
    let admin = set_up_at(&a, "Amir Admin", ADMIN_PIN, now);
    log_in_at(&a, admin.member.id, ADMIN_PIN, now);
    let ola = a.add_staff("Ola Officer", "583920", false, now).unwrap();
    let reference = a
        .submit_interest(&form("Yusufa"), "en-GB", now)
        .unwrap()
        .reference;
    let exported = a.export_backup(now).unwrap();
    let phrase = exported.passphrase.clone().expect("shown once");
    assert_eq!(phrase.split(' ').count(), 6, "{phrase}");
    let path = std::path::PathBuf::from(&exported.path);
    assert!(path.starts_with(dir_a.path().join("backups")));
    let file = std::fs::read(&path).unwrap();
    assert!(crate::privacy::is_age_file(&file));
    for typed in TYPED
        .iter()
        .chain(&["Yusufa", "SQLite format 3", "Ola Officer"])
    {
        assert!(
            !contains(&file, typed.as_bytes()),
            "{typed:?} in the backup"
        );
    }
    assert!(
        !contains(&raw_files(dir_a.path()), phrase.as_bytes()),
        "the passphrase is not stored"
    );
    assert_eq!(
        a.store()
            .audit_entries(None, Some("backup-exported"), 5)
            .unwrap()
            .len(),
        1
    );

    // Another tablet, fresh: the backup is copied into its backups folder.
    let (dir_b, b) = started_kiosk();
    assert!(b.needs_first_admin().unwrap());
    std::fs::create_dir_all(dir_b.path().join("backups")).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    std::fs::copy(&path, dir_b.path().join("backups").join(&name)).unwrap();
    assert_eq!(b.backup_files(now).unwrap()[0].name, name);
    let code = b.setup_code_for_tests();
    assert!(
        matches!(
            b.restore_backup(&name, &phrase, None, now),
            Err(KioskError::WrongSetUpCode)
        ),
        "taking a new kiosk over needs its set-up code"
    );
    let wrong = b
        .restore_backup(&name, "plum orchard seven lantern", Some(&code), now)
        .unwrap_err();
    assert_eq!(wrong.code(), "backup-wrong-passphrase");
    assert!(matches!(
        b.restore_backup("../kiosk.sqlite3", "x", Some(&code), now),
        Err(KioskError::NoSuchBackup)
    ));
    b.restore_backup(&name, &phrase, Some(&code), now).unwrap();
    let kept: Vec<_> = std::fs::read_dir(dir_b.path().join("backups"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !kept
            .iter()
            .any(|n| n.ends_with(".sqlite3") || n.ends_with(".tmp")),
        "no unencrypted copy is left: {kept:?}"
    );

    // The staff PINs were bound to tablet A: here they open nothing, and say so.
    assert!(!b.needs_first_admin().unwrap());
    let refused = b.log_in(ola.id, "583920", now).unwrap_err();
    assert_eq!(refused.code(), "pin-other-tablet");
    // The recovery passphrase opens the key here; the administrator resets the others.
    b.recover_admin_pin(admin.member.id, &admin.recovery_passphrase, "730184", now)
        .unwrap();
    log_in_at(&b, admin.member.id, "730184", now);
    let queue = b.queue("", now).unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].journey.reference.as_str(), reference);
    assert_eq!(queue[0].first_name, "Yusufa");
    b.reset_pin(ola.id, "771204", now).unwrap();
    log_in_at(&b, ola.id, "771204", now);
    assert_eq!(b.queue("", now).unwrap()[0].first_name, "Yusufa");
    assert_eq!(
        b.store()
            .audit_entries(None, Some("backup-restored"), 5)
            .unwrap()
            .len(),
        1
    );
    assert_nothing_typed_is_on_disk(dir_b.path());
    let health = crate::store::check(&dir_b.path().join(DATABASE_FILE)).unwrap();
    assert!(health.is_ok(), "{health:?}");
}

#[test]
fn a_database_from_before_encryption_is_sealed_on_opening_and_its_staff_adopted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    let (admin_id, officer_id) = {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        crate::store::migrate_to_for_tests(&mut conn, 3);
        conn.execute(
            "INSERT INTO journey (reference, created_at, channel, locale, status, age_band,
                wants_appointments, wants_test_results, wants_full_record, for_someone_else,
                id_documents_today)
             VALUES ('ACDEFG', ?1, 'kiosk', 'en-GB', 'interested', '36-64', 1, 1, 1, 0, 'both')",
            [Utc::now().to_rfc3339()],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO personal_details (journey_id, first_name, last_name, date_of_birth,
                mobile, email, nhs_number)
             VALUES (1, 'Zainab', 'Okonkwo-Quill', '1987-02-14', '+447700900876',
                'zq.private@example.org', '9434765919')",
            [],
        )
        .unwrap();
        let add = |name: &str, pin: &str, admin: bool| {
            conn.execute(
                "INSERT INTO staff (name, pin_hash, is_admin, created_at) VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![
                    name,
                    crate::staff::hash_pin(pin).unwrap(),
                    admin,
                    Utc::now().to_rfc3339()
                ],
            )
            .unwrap();
            conn.last_insert_rowid()
        };
        (
            add("Amir Admin", ADMIN_PIN, true),
            add("Ola Officer", "583920", false),
        )
    };
    assert!(
        contains(&raw_files(dir.path()), b"Okonkwo-Quill"),
        "the old file holds plaintext"
    );

    let k = crate::kiosk::testing::open_kiosk_in(dir.path());
    assert_nothing_typed_is_on_disk(dir.path());

    // The administrator's first login sets the key up and shows the recovery passphrase.
    let session = log_in_at(&k, admin_id, ADMIN_PIN, Utc::now());
    let phrase = session.recovery_passphrase.expect("shown once");
    assert_eq!(k.queue("", Utc::now()).unwrap()[0].first_name, "Zainab");
    let again = log_in_at(&k, admin_id, ADMIN_PIN, Utc::now());
    assert!(again.recovery_passphrase.is_none(), "only once");
    assert!(!contains(
        &raw_files(dir.path()),
        phrase.replace('-', "").as_bytes()
    ));

    // An officer from before, after that: logged in, but told in words to get a reset.
    log_in_at(&k, officer_id, "583920", Utc::now());
    let refused = k.queue("", Utc::now()).unwrap_err();
    assert_eq!(refused.code(), "key-unavailable");
    assert!(refused.to_string().contains("reset"), "{refused}");
    log_in_at(&k, admin_id, ADMIN_PIN, Utc::now());
    k.reset_pin(officer_id, "771204", Utc::now()).unwrap();
    log_in_at(&k, officer_id, "771204", Utc::now());
    assert_eq!(k.queue("", Utc::now()).unwrap()[0].first_name, "Zainab");
}

#[test]
fn every_new_error_code_has_a_staff_message() {
    let staff_ftl = [
        include_str!("../../../../locales/en-GB/staff.ftl"),
        include_str!("../../../../locales/en-GB/security-staff.ftl"),
        include_str!("../../../../locales/en-GB/security.ftl"),
    ]
    .concat();
    for code in [
        "key-unavailable",
        "key-damaged",
        "wrong-recovery-passphrase",
        "not-a-backup",
        "backup-damaged",
        "backup-wrong-passphrase",
        "backup-tampered",
        "format-too-new",
        "backup-passphrase-too-short",
        "backup-too-large",
        "random-failed",
        "backup-failed",
        "no-such-backup",
        "restore-refused",
        "not-set-up",
        "wrong-setup-code",
        "busy",
        "pin-needed",
        "pin-reset-needed",
        "pin-other-tablet",
        "backup-excessive-work",
        "training-real-journey",
    ] {
        assert!(
            staff_ftl.contains(&format!("\nerror-code-{code} = ")),
            "error-code-{code} is missing from staff.ftl"
        );
    }
}

#[test]
fn the_purge_at_start_runs_once_the_window_is_up_not_while_opening() {
    let (dir, k) = started_kiosk();
    let now = Utc::now();
    let admin = set_up_at(&k, "Amir Admin", ADMIN_PIN, Utc::now());
    let stale = k
        .submit_interest(&form("Stale"), "en-GB", now - Duration::days(200))
        .unwrap()
        .reference;
    log_in_at(&k, admin.member.id, ADMIN_PIN, now);
    let id = k.queue(&stale, now).unwrap()[0].journey.id;
    drop(k);

    // Opening is what the window waits for: it leaves the details where they are.
    let k = crate::kiosk::testing::open_kiosk_in(dir.path());
    assert!(k.store().sealed_blob_for_tests(id).is_some());
    k.after_window_opened(now);
    assert!(
        k.store().sealed_blob_for_tests(id).is_none(),
        "details inactive past the retention period go at start"
    );
}
