//! Issue 17's findings, each closed by a test named after it (SECURITY.md lists them): read
//! as an attacker would, through the same calls the app makes.

use std::sync::{Arc, Barrier};

use chrono::{DateTime, Duration, Utc};

use crate::error::KioskError;
use crate::journey::sign_up::Step;
use crate::kiosk::testing::*;
use crate::kiosk::Kiosk;
use crate::staff::LoginRefused;
use crate::store::DATABASE_FILE;

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
        .filter(|a| {
            matches!(
                a,
                Err(KioskError::LoginRefused(LoginRefused::WrongPin { .. }))
            )
        })
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
    assert!(
        refused.is_err(),
        "a kiosk with no administrator takes no sign-up"
    );
    assert_eq!(k.store().journey_count().unwrap(), 0);
}

// --- 1. No patient data before set-up, and a fresh key at set-up -------------------------

#[test]
fn a_kiosk_before_set_up_has_no_key_takes_no_feedback_and_says_so() {
    let (_d, k) = open_kiosk();
    assert!(!k.settings().unwrap().set_up);
    assert!(matches!(
        k.submit_interest(&interest_form("Early"), "en-GB", t0()),
        Err(KioskError::NotSetUp)
    ));
    assert!(matches!(
        k.patient_feedback(crate::measures::feedback::Reason::Privacy, "en-GB", t0()),
        Err(KioskError::NotSetUp)
    ));
    assert!(
        k.store().practice_key().unwrap().is_none(),
        "no key is made before set-up"
    );
    let code = k.setup_code_for_tests();
    assert_eq!(code.trim().len(), 14, "a code to set it up: {code:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = k.data_dir().join(crate::kiosk::set_up::SETUP_CODE_FILE);
        let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "only the kiosk's own account reads the code");
    }
    set_up(&k, "Amir Admin", ADMIN_PIN);
    assert!(k.settings().unwrap().set_up);
    k.submit_interest(&interest_form("Later"), "en-GB", t0())
        .unwrap();
}

#[test]
fn set_up_reseals_an_older_versions_sign_ups_to_a_fresh_key_and_destroys_the_old_one() {
    let (dir, k) = open_kiosk();
    // A file as an older version left it: sign-ups sealed to a provisional key whose wrap
    // any copy of the file opens.
    let (old, reference) = {
        let mut store = k.store();
        let old = store.legacy_provisional_key_for_tests();
        let interest = interest_form("Provisional")
            .validate(t0().date_naive())
            .unwrap();
        let j = store
            .record_interest(
                &interest,
                crate::journey::Channel::Kiosk,
                "en-GB",
                &crate::journey::Actor::Kiosk,
                t0(),
            )
            .unwrap();
        (old, j.reference)
    };
    let old_wrap = k
        .store()
        .practice_key()
        .unwrap()
        .unwrap()
        .provisional
        .unwrap();
    set_up(&k, "Amir Admin", ADMIN_PIN);
    let key = k.store().practice_key().unwrap().unwrap();
    assert_ne!(key.public_key, old.public_key(), "a fresh key pair");
    assert!(key.provisional.is_none() && !key.rotation_due);
    let raw = raw_files(dir.path());
    assert!(
        !contains(&raw, old_wrap.as_bytes()),
        "the old key's wrap is gone from the file and the WAL"
    );
    // The sign-up opens with the new key, and no longer with the old one.
    let entry = &k.queue(reference.as_str(), t0()).unwrap()[0];
    assert_eq!(entry.first_name, "Provisional");
    let blob = k.store().sealed_blob_for_tests(entry.journey.id).unwrap();
    assert!(crate::privacy::open(
        &old,
        &blob,
        &crate::store::sealed::associated_data(reference.as_str())
    )
    .is_err());
    let audit = k
        .store()
        .audit_entries(None, Some("practice-key-set-up"), 5)
        .unwrap();
    assert_eq!(audit[0].details["resealed"], 1);
}

#[test]
fn a_key_made_by_an_older_version_is_replaced_at_the_next_administrators_login() {
    let (_d, k) = open_kiosk();
    let admin = admin_logged_in(&k);
    let ola = k.add_staff("Ola Officer", "583920", false, t0()).unwrap();
    let reference = interest(&k, "Amina");
    let before = k.store().public_key().unwrap();
    // As migration 0007 marks a key an older version made.
    k.store()
        .conn_for_tests()
        .execute("UPDATE practice_key SET rotation_due = 1", [])
        .unwrap();
    let info = log_in(&k, admin.id, ADMIN_PIN);
    assert!(
        info.recovery_passphrase.is_some(),
        "a new recovery passphrase, shown once"
    );
    assert_ne!(k.store().public_key().unwrap(), before);
    assert_eq!(k.queue(&reference, t0()).unwrap()[0].first_name, "Amina");
    // The officer's wrap was of the old key: gone, and they are told to get a reset.
    assert!(matches!(
        k.log_in(ola.id, "583920", t0()),
        Err(KioskError::PinResetNeeded)
    ));
    assert_eq!(
        k.staff_list()
            .unwrap()
            .into_iter()
            .find(|m| m.id == ola.id)
            .unwrap()
            .failed_attempts,
        0,
        "that is not a wrong PIN"
    );
    assert_eq!(audit_count(&k, "practice-key-replaced"), 1);
}

// --- 2. Staff free text sealed and purged like personal details --------------------------

#[test]
fn staff_free_text_opens_only_in_a_staff_session_and_goes_with_the_purge_reports_unchanged() {
    let (dir, k) = open_kiosk();
    let admin = admin_logged_in(&k);
    let reference = interest(&k, "Amina");
    let id = k.queue(&reference, t0()).unwrap()[0].journey.id;
    k.record_step(
        id,
        &Step::IdentityPending {
            missing: REFUGE.into(),
        },
        t0(),
    )
    .unwrap();
    k.record_step(
        id,
        &Step::Declined {
            reason: "her partner checks her phone".into(),
        },
        t0(),
    )
    .unwrap();
    let events = k.open_journey(id, t0()).unwrap().events;
    assert_eq!(events[1].details["missing"], REFUGE, "staff read it back");
    // Without the key, only the fact that something was sealed.
    let clear = k.store().events(id).unwrap();
    assert_eq!(clear[1].details["missing"], serde_json::Value::Null);
    assert_eq!(
        clear[1].details["sealedFields"],
        serde_json::json!(["/missing"])
    );
    let report = |k: &Kiosk| {
        let period = crate::measures::Period {
            from: t0().date_naive() - chrono::Duration::days(30),
            to: t0().date_naive(),
            week_start: k.config().week_starts_on,
        };
        crate::measures::to_csv(
            &crate::reports::weekly_measures(&k.store(), period, |_, _| {})
                .unwrap()
                .rows(),
        )
    };
    let before = report(&k);

    // The backup: decrypted, the database inside holds no free text either.
    log_in(&k, admin.id, ADMIN_PIN);
    let exported = k.export_backup(t0()).unwrap();
    let file = std::fs::read(&exported.path).unwrap();
    let phrase = exported.passphrase.unwrap();
    let inside = crate::privacy::decrypt_backup_age(
        &file,
        &crate::privacy::BackupKey::Passphrase(&phrase),
        20,
    )
    .unwrap();
    assert!(contains(&inside, b"SQLite format 3"), "it is the database");
    for typed in [REFUGE.as_bytes(), b"checks her phone"] {
        assert!(!contains(&raw_files(dir.path()), typed));
        assert!(!contains(&inside, typed), "not in the backup's database");
    }

    // The retention purge deletes the notes with the details; the reports do not move.
    let later = t0() + chrono::Duration::days(40);
    assert_eq!(k.purge_personal_data(later).unwrap(), 1);
    assert_eq!(report(&k), before, "reports unchanged");
    log_in_at(&k, admin.id, ADMIN_PIN, later);
    let events = k.open_journey(id, later).unwrap().events;
    assert_eq!(
        events[1].details["missing"],
        serde_json::Value::Null,
        "purged"
    );
    let notes: i64 = k
        .store()
        .conn_for_tests()
        .query_row("SELECT count(*) FROM sealed_note", [], |r| r.get(0))
        .unwrap();
    assert_eq!(notes, 0);
}

#[test]
fn free_text_an_older_version_kept_in_clear_is_sealed_at_upgrade_and_reads_back_after_set_up() {
    let dir = tempfile::tempdir().unwrap();
    // Schema 6, as the last version wrote it: a provisional key, a sign-up sealed to it, and
    // the officer's reason in the event, in clear.
    {
        let mut conn = rusqlite::Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        crate::store::migrate_to_for_tests(&mut conn, 6);
    }
    {
        let mut store =
            crate::store::Store::open_in_place_for_tests(&dir.path().join(DATABASE_FILE), 6);
        store.legacy_provisional_key_for_tests();
        // The journey as schema 6 wrote it (its columns, not today's).
        store
            .conn_for_tests()
            .execute(
                "INSERT INTO journey (reference, created_at, channel, locale, status, age_band,
                     wants_appointments, wants_test_results, wants_full_record,
                     for_someone_else, id_documents_today)
                 VALUES (?1, ?2, 'kiosk', 'en-GB', 'identity-pending', '25-44',
                     1, 1, 0, 0, 'yes')",
                [
                    crate::journey::Reference::random()
                        .unwrap()
                        .as_str()
                        .to_owned(),
                    t0().to_rfc3339(),
                ],
            )
            .unwrap();
        let journey_id = store.conn_for_tests().last_insert_rowid();
        store.insert_clear_event_for_tests(
            journey_id,
            "declined",
            serde_json::json!({ "reason": REFUGE }),
        );
    }
    assert!(contains(&raw_files(dir.path()), REFUGE.as_bytes()));
    let k = crate::kiosk::testing::open_kiosk_in(dir.path());
    assert!(
        !contains(&raw_files(dir.path()), REFUGE.as_bytes()),
        "sealed, and the file scrubbed, as the kiosk opened it"
    );
    set_up(&k, "Amir Admin", ADMIN_PIN);
    let id = k
        .queue("", t0())
        .unwrap_or_default()
        .first()
        .map(|e| e.journey.id);
    let id = id.unwrap_or_else(|| {
        k.store()
            .conn_for_tests()
            .query_row("SELECT id FROM journey", [], |r| r.get(0))
            .unwrap()
    });
    let events = k.open_journey(id, t0()).unwrap().events;
    assert_eq!(
        events.last().unwrap().details["reason"],
        REFUGE,
        "re-sealed to the fresh key with everything else"
    );
}

// --- 3. A copied file is not enough -------------------------------------------------------

#[test]
fn a_copied_database_on_another_tablet_yields_nothing_to_the_right_pin() {
    let (dir, k) = open_kiosk();
    let admin = admin_logged_in(&k);
    interest(&k, "Amina");
    drop(k);
    // The copy, in another tablet's data folder: another device secret.
    let other = tempfile::tempdir().unwrap();
    std::fs::copy(
        dir.path().join(DATABASE_FILE),
        other.path().join(DATABASE_FILE),
    )
    .unwrap();
    let stolen = crate::kiosk::testing::open_kiosk_in(other.path());
    let refused = stolen.log_in(admin.id, ADMIN_PIN, t0()).unwrap_err();
    assert_eq!(refused.code(), "pin-other-tablet");
    // What an attacker would run: the real unwrap, with the right PIN and the device
    // secret they do have (the other tablet's), or a guessed one: nothing opens.
    let wrap = stolen.store().staff_wrap(admin.id).unwrap().unwrap();
    for guess in [
        stolen.device().clone(),
        crate::privacy::DeviceSecret::generate().unwrap(),
    ] {
        assert_eq!(
            crate::privacy::open_bound_wrap(&wrap, ADMIN_PIN, &guess).unwrap_err(),
            crate::privacy::CryptoError::WrongSecret
        );
    }
    // On its own tablet the same PIN opens it.
    let home = crate::kiosk::testing::open_kiosk_in(dir.path());
    assert!(crate::privacy::open_bound_wrap(&wrap, ADMIN_PIN, home.device()).is_ok());
}

#[test]
fn the_data_folder_and_its_files_are_private_and_old_plain_copies_go() {
    let (dir, k) = open_kiosk();
    admin_logged_in(&k);
    interest(&k, "Amina");
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).unwrap();
    for old in [
        "kiosk-schema-3-20261101-100000.sqlite3",
        "before-restore-2026-11-01-100000.sqlite3",
    ] {
        std::fs::write(backups.join(old), b"SQLite format 3\0 Zainab in clear").unwrap();
    }
    drop(k);
    let k = crate::kiosk::testing::open_kiosk_in(dir.path());
    let left: Vec<_> = std::fs::read_dir(&backups).unwrap().flatten().collect();
    assert!(left.is_empty(), "unencrypted copies removed at start");
    assert_eq!(audit_count(&k, "unencrypted-copies-removed"), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mut stack = vec![dir.path().to_owned()];
        while let Some(p) = stack.pop() {
            let meta = std::fs::metadata(&p).unwrap();
            let mode = meta.permissions().mode() & 0o777;
            if meta.is_dir() {
                assert_eq!(mode, 0o700, "{}", p.display());
                stack.extend(std::fs::read_dir(&p).unwrap().flatten().map(|e| e.path()));
            } else {
                assert_eq!(mode, 0o600, "{}", p.display());
            }
        }
    }
}

// --- 4. Sessions bound to the page that logged in -----------------------------------------

#[test]
fn staff_commands_answer_only_the_token_of_the_live_session_and_refusals_are_audited() {
    let (_d, k) = open_kiosk();
    let admin = admin_logged_in(&k);
    let token = log_in(&k, admin.id, ADMIN_PIN).token.unwrap();
    // No token (the patient face), a wrong one, an old one after a new login: refused.
    let refused =
        |token: Option<&str>| crate::staff::presenting("staff_queue", token, || k.queue("", t0()));
    assert!(refused(Some(&token)).is_ok());
    assert!(matches!(refused(None), Err(KioskError::NotLoggedIn)));
    assert!(matches!(refused(Some("00")), Err(KioskError::NotLoggedIn)));
    let newer = log_in(&k, admin.id, ADMIN_PIN).token.unwrap();
    assert!(matches!(
        refused(Some(&token)),
        Err(KioskError::NotLoggedIn)
    ));
    // A page without the token cannot end the session either.
    assert!(crate::staff::presenting("log_out", None, || k.log_out(t0())).is_err());
    assert!(refused(Some(&newer)).is_ok());
    // Leave: the token is dead.
    crate::staff::presenting("log_out", Some(&newer), || k.log_out(t0())).unwrap();
    assert!(matches!(
        refused(Some(&newer)),
        Err(KioskError::NotLoggedIn)
    ));
    let refusals = k
        .store()
        .audit_entries(None, Some("staff-command-refused"), 50)
        .unwrap();
    let reasons: Vec<_> = refusals
        .iter()
        .map(|e| e.details["reason"].as_str().unwrap().to_owned())
        .collect();
    assert!(reasons.contains(&"no-token".to_owned()), "{reasons:?}");
    assert!(reasons.contains(&"stale-token".to_owned()), "{reasons:?}");
    assert!(reasons.contains(&"no-session".to_owned()), "{reasons:?}");
    assert!(refusals.iter().all(|e| e.details["command"] != ""));
}

#[test]
fn administrator_actions_ask_for_the_pin_again_after_two_minutes() {
    let (_d, k) = open_kiosk();
    let admin = admin_logged_in(&k);
    let later = t0() + chrono::Duration::minutes(3);
    // Still logged in (activity), but the PIN is three minutes old.
    assert!(k.queue("", t0() + chrono::Duration::minutes(2)).is_ok());
    assert!(matches!(
        k.add_staff("Mallory", "583921", true, later),
        Err(KioskError::PinNeeded)
    ));
    assert!(matches!(
        k.confirm_pin("000001", later),
        Err(KioskError::LoginRefused(LoginRefused::WrongPin { .. }))
    ));
    k.confirm_pin(ADMIN_PIN, later).unwrap();
    k.add_staff("Ola Officer", "583921", false, later).unwrap();
    assert_eq!(audit_count(&k, "pin-confirm-failed"), 1);
    assert_eq!(audit_count(&k, "pin-confirmed"), 1);
    let added = k
        .store()
        .audit_entries(None, Some("staff-added"), 5)
        .unwrap();
    assert_eq!(
        added[0].staff_id,
        Some(admin.id),
        "audit entries carry the account's id"
    );
}

/// The page sends an administrator's command again straight after `confirm_pin`, while the
/// PIN is fresh: that confirmation must not let a later action through once the window has
/// passed. Each administrator action: allowed a minute after the PIN, refused three minutes
/// after it, whether the PIN was confirmed before or not.
#[test]
fn a_pin_confirmed_while_fresh_does_not_carry_over_to_a_later_administrator_action() {
    let (_d, k) = open_kiosk();
    let admin = admin_logged_in(&k);
    let ola = k.add_staff("Ola Officer", "583920", false, t0()).unwrap();
    let form = crate::practice::settings_form::SettingsForm::from_config(&k.config());
    type Action<'a> = Box<dyn Fn(DateTime<Utc>) -> Result<(), KioskError> + 'a>;
    let actions: Vec<(&str, Action)> = vec![
        (
            "add staff",
            Box::new(|now: DateTime<Utc>| {
                let name = format!("Officer {}", now.format("%H%M"));
                k.add_staff(&name, "583921", false, now).map(|_| ())
            }),
        ),
        (
            "reset a PIN",
            Box::new(|now| k.reset_pin(ola.id, "771204", now)),
        ),
        (
            "save the settings",
            Box::new(|now| k.save_settings(&form, now).map(|_| ())),
        ),
        (
            "export a backup",
            Box::new(|now| k.export_backup(now).map(|_| ())),
        ),
    ];
    for (round, (what, act)) in actions.iter().enumerate() {
        // A new login each round (the last one's session has timed out by then).
        let login = t0() + Duration::minutes(30 * (round as i64 + 1));
        let at = |m: i64| login + Duration::minutes(m);
        log_in_at(&k, admin.id, ADMIN_PIN, login);
        // Confirmed while the login's PIN is still fresh, and used at once.
        k.confirm_pin(ADMIN_PIN, at(0)).unwrap();
        act(at(0)).unwrap_or_else(|e| panic!("{what} just after the PIN: {e}"));
        act(at(1)).unwrap_or_else(|e| panic!("{what} a minute after the PIN: {e}"));
        assert!(
            matches!(act(at(3)), Err(KioskError::PinNeeded)),
            "{what} three minutes after the PIN, after an earlier confirmation"
        );
        // The prompt's round: the PIN again, the command sent again at once, then later.
        k.confirm_pin(ADMIN_PIN, at(3)).unwrap();
        act(at(3)).unwrap_or_else(|e| panic!("{what} straight after confirming: {e}"));
        act(at(4)).unwrap_or_else(|e| panic!("{what} a minute after confirming: {e}"));
        assert!(
            matches!(act(at(6)), Err(KioskError::PinNeeded)),
            "{what} three minutes after confirming: the confirmation does not carry over"
        );
    }
}

#[test]
fn a_timed_out_session_is_audited_under_its_account_id() {
    let (_d, k) = open_kiosk();
    let admin = admin_logged_in(&k);
    assert!(matches!(
        k.queue("", t0() + Duration::minutes(14)),
        Err(KioskError::NotLoggedIn)
    ));
    let timed_out = k
        .store()
        .audit_entries(None, Some("session-timed-out"), 5)
        .unwrap();
    assert_eq!(timed_out.len(), 1);
    assert_eq!(
        timed_out[0].staff_id,
        Some(admin.id),
        "the timeout names the account, not just a reusable name"
    );
}

/// Audit entries keep the staff account's id through a restore: the live log carried in on
/// this tablet, the backup's own log on a new one; and the restore itself names the
/// administrator's account.
#[test]
fn audit_entries_keep_their_staff_id_through_a_restore_here_and_on_another_tablet() {
    let (_d, k) = open_kiosk();
    let admin = admin_logged_in(&k);
    interest(&k, "Amina");
    k.queue("", t0()).unwrap();
    let exported = k.export_backup(t0()).unwrap();
    let path = std::path::PathBuf::from(&exported.path);
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let phrase = exported.passphrase.unwrap();
    // After the backup, on the live kiosk only.
    k.worklist(t0()).unwrap();
    // A member of staff the backup does not know: their entries keep the name, and their
    // old id only in the details (an id in the restored file could be someone else's).
    let ola = k.add_staff("Ola Officer", "583920", false, t0()).unwrap();
    k.store()
        .audit_staff(
            ola.id,
            "Ola Officer",
            "evidence",
            serde_json::json!({}),
            t0(),
        )
        .unwrap();
    k.restore_backup(&name, &phrase, None, t0()).unwrap();
    let ids = |k: &Kiosk, action: &str| -> Vec<Option<i64>> {
        k.store()
            .audit_entries(None, Some(action), 5)
            .unwrap()
            .iter()
            .map(|e| e.staff_id)
            .collect()
    };
    for action in [
        "queue-viewed",
        "worklist-viewed",
        "backup-exported",
        "backup-restored",
    ] {
        assert_eq!(
            ids(&k, action),
            [Some(admin.id)],
            "{action}: the live log keeps its staff ids through a restore"
        );
    }
    let evidence = k.store().audit_entries(None, Some("evidence"), 5).unwrap();
    assert_eq!(evidence[0].actor, "Ola Officer");
    assert_eq!(evidence[0].staff_id, None, "no such account in the backup");
    assert_eq!(evidence[0].details["staffIdBeforeRestore"], ola.id);

    // Another tablet, not set up: the backup's own log comes with its ids.
    let (dir_b, b) = open_kiosk();
    std::fs::create_dir_all(dir_b.path().join("backups")).unwrap();
    std::fs::copy(&path, dir_b.path().join("backups").join(&name)).unwrap();
    let code = b.setup_code_for_tests();
    b.restore_backup(&name, &phrase, Some(&code), t0()).unwrap();
    assert_eq!(ids(&b, "queue-viewed"), [Some(admin.id)]);
    assert_eq!(
        ids(&b, "worklist-viewed"),
        [],
        "made after the backup, elsewhere"
    );
}

// --- 6. Lockout that counts every attempt -------------------------------------------------

#[test]
fn one_key_stretch_at_a_time_and_a_good_pin_does_not_wipe_wrong_ones() {
    let (_d, k) = open_kiosk();
    let admin = admin_logged_in(&k);
    let ola = k.add_staff("Ola Officer", "583920", false, t0()).unwrap();
    {
        // Another stretch is running: an attempt now is refused at once, and not counted.
        let _running = k.stretch_gate();
        assert!(matches!(
            k.log_in(ola.id, "583920", t0()),
            Err(KioskError::Busy)
        ));
    }
    for _ in 0..3 {
        let _ = k.log_in(ola.id, "000001", t0());
    }
    log_in(&k, ola.id, "583920");
    let failures = |k: &Kiosk| {
        k.staff_list()
            .unwrap()
            .into_iter()
            .find(|m| m.id == ola.id)
            .unwrap()
            .failed_attempts
    };
    assert_eq!(
        failures(&k),
        3,
        "the good PIN does not wipe the three wrong ones"
    );
    // Two more wrong ones lock it.
    let _ = k.log_in(ola.id, "000001", t0());
    assert!(matches!(
        k.log_in(ola.id, "000001", t0()),
        Err(KioskError::LoginRefused(LoginRefused::WrongPin {
            locked_until: Some(_)
        }))
    ));
    // A day later old wrong PINs no longer count.
    let next_day = t0() + chrono::Duration::hours(25);
    let _ = k.log_in(ola.id, "000001", next_day);
    assert_eq!(failures(&k), 1);
    log_in(&k, admin.id, ADMIN_PIN);
}

// --- 7. The smaller items -----------------------------------------------------------------

#[test]
fn the_patient_face_prints_only_its_own_slip_once() {
    let (_d, k) = open_kiosk();
    admin_logged_in(&k);
    let other = interest(&k, "Someone");
    k.log_out(t0()).unwrap();
    let mine = k
        .submit_interest(&interest_form("Me"), "en-GB", t0())
        .unwrap()
        .reference;
    let unprivileged = |r: &str| {
        crate::staff::presenting("print_slip", None, || k.print_slip(r, false, None, t0()))
    };
    // No printer is set: the print fails, but it was allowed (recorded as print-failed).
    assert!(matches!(unprivileged(&mine), Err(KioskError::Print(_))));
    assert!(
        matches!(unprivileged(&mine), Err(KioskError::NotLoggedIn)),
        "once"
    );
    assert!(matches!(unprivileged(&other), Err(KioskError::NotLoggedIn)));
    assert_eq!(audit_count(&k, "print-failed"), 1);
}

#[test]
fn queue_views_and_searches_are_audited_without_what_was_typed() {
    let (_d, k) = open_kiosk();
    let admin = admin_logged_in(&k);
    interest(&k, "Amina");
    k.queue("", t0()).unwrap();
    k.queue("amina", t0()).unwrap();
    k.worklist(t0()).unwrap();
    let searched = k
        .store()
        .audit_entries(None, Some("queue-searched"), 5)
        .unwrap();
    assert_eq!(searched.len(), 1);
    assert_eq!(searched[0].details["shown"], 1);
    assert!(!searched[0]
        .details
        .to_string()
        .to_lowercase()
        .contains("amina"));
    assert_eq!(searched[0].staff_id, Some(admin.id));
    assert_eq!(audit_count(&k, "queue-viewed"), 1);
    assert_eq!(audit_count(&k, "worklist-viewed"), 1);
}

#[test]
fn a_registration_address_off_the_allowed_hosts_is_refused_beside_its_field() {
    let (_d, k) = open_kiosk();
    admin_logged_in(&k);
    let mut form = crate::practice::settings_form::SettingsForm::from_config(&k.config());
    form.registration_url = "https://nhs-app-login.example.com/start".into();
    match k.save_settings(&form, t0()) {
        Err(KioskError::InvalidSettings(problems)) => {
            assert_eq!(problems[0].field, "registration-url");
            assert_eq!(problems[0].code, "registration-host");
        }
        other => panic!("expected a refusal, got {:?}", other.map(|_| ())),
    }
    form.registration_url = "https://access.login.nhs.uk/".into();
    k.save_settings(&form, t0()).unwrap();
}

#[test]
fn where_the_data_and_the_device_secret_live_is_told_only_to_staff() {
    let (dir, k) = open_kiosk();
    assert!(matches!(k.about(t0()), Err(KioskError::NotLoggedIn)));
    admin_logged_in(&k);
    let about = k.about(t0()).unwrap();
    assert_eq!(about.data_dir, dir.path().display().to_string());
    k.log_out(t0()).unwrap();
    assert!(matches!(k.about(t0()), Err(KioskError::NotLoggedIn)));
}
