//! Restoring a backup rebuilds the database from our own schema and swaps it in only when
//! it is sound (issue 17, item 5). Crafted backups: an extra trigger, a view in a table's
//! place, a dropped trigger, an absurd key-stretch setting, a truncated file. A failure
//! leaves the live database as it was; a success keeps the live audit log.

use rusqlite::Connection;

use crate::error::KioskError;
use crate::kiosk::testing::*;
use crate::kiosk::Kiosk;
use crate::privacy::{encrypt_backup_age, BackupLock};

const PASSPHRASE: &str = "orbit velvet cactus lunar mango pepper";

/// A kiosk in use: set up, an administrator logged in, one sign-up.
fn kiosk_in_use() -> (tempfile::TempDir, Kiosk, String) {
    let (dir, k) = open_kiosk();
    admin_logged_in(&k);
    let reference = interest(&k, "Amina");
    (dir, k, reference)
}

/// Makes a backup of `k` as the app would, lets `craft` change the database inside, and puts
/// it in the backups folder encrypted with [`PASSPHRASE`]. Returns its file name.
fn crafted_backup(k: &Kiosk, name: &str, craft: impl FnOnce(&Connection)) -> String {
    let dir = k.data_dir().join("backups");
    std::fs::create_dir_all(&dir).unwrap();
    let copy = dir.join(format!("{name}.sqlite3"));
    k.store().copy_to(&copy).unwrap();
    {
        let conn = Connection::open(&copy).unwrap();
        craft(&conn);
    }
    let bytes = std::fs::read(&copy).unwrap();
    std::fs::remove_file(&copy).unwrap();
    let file = format!("{name}.age");
    let locked = encrypt_backup_age(
        &bytes,
        &BackupLock::Passphrase(zeroize::Zeroizing::new(PASSPHRASE.into())),
        10,
    )
    .unwrap();
    std::fs::write(dir.join(&file), locked).unwrap();
    file
}

/// What must not change when a restore is refused: every row of every table.
fn live_state(k: &Kiosk) -> Vec<(String, i64)> {
    let store = k.store();
    let conn = store.conn_for_tests();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|t| {
            let n: i64 = conn
                .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))
                .unwrap();
            (t, n)
        })
        .collect()
}

fn triggers(k: &Kiosk) -> Vec<String> {
    k.store()
        .conn_for_tests()
        .prepare("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn a_backup_with_an_extra_trigger_restores_without_it_and_keeps_the_live_audit_log() {
    let (_d, k, reference) = kiosk_in_use();
    let ours = triggers(&k);
    let name = crafted_backup(&k, "hides-mallory", |c| {
        c.execute_batch(
            "DROP TRIGGER audit_log_is_append_only_delete;
             CREATE TRIGGER hide_mallory AFTER INSERT ON audit_log WHEN NEW.actor = 'Mallory'
             BEGIN DELETE FROM audit_log WHERE id = NEW.id; END;",
        )
        .unwrap();
    });
    // Something happens on the live kiosk after the backup: it must survive the restore.
    k.store()
        .audit("Mallory", "evidence", serde_json::json!({}), t0())
        .unwrap();
    k.restore_backup(&name, PASSPHRASE, None, t0()).unwrap();
    assert_eq!(triggers(&k), ours, "no trigger or view came from the file");
    let log = k.store().audit_entries(None, None, 500).unwrap();
    assert!(
        log.iter()
            .any(|e| e.action == "evidence" && e.actor == "Mallory"),
        "the live audit log survives a restore"
    );
    let restored = k
        .store()
        .audit_entries(None, Some("backup-restored"), 5)
        .unwrap();
    assert_eq!(
        restored[0].details["ignored"],
        serde_json::json!(["trigger hide_mallory"])
    );
    // And it does not run now: Mallory's next entry stays too.
    k.store()
        .audit("Mallory", "more-evidence", serde_json::json!({}), t0())
        .unwrap();
    assert_eq!(audit_count(&k, "more-evidence"), 1);
    // The restored sign-up is there (the session ended with the restore).
    let admin = k.staff_list().unwrap()[0].id;
    log_in(&k, admin, ADMIN_PIN);
    assert_eq!(k.queue(&reference, t0()).unwrap().len(), 1);
}

#[test]
fn a_backup_missing_the_append_only_trigger_gets_ours_back() {
    let (_d, k, _) = kiosk_in_use();
    let name = crafted_backup(&k, "no-guard", |c| {
        c.execute_batch("DROP TRIGGER audit_log_is_append_only_delete;")
            .unwrap();
    });
    k.restore_backup(&name, PASSPHRASE, None, t0()).unwrap();
    assert!(
        k.store()
            .conn_for_tests()
            .execute("DELETE FROM audit_log", [])
            .is_err(),
        "the audit log is append-only again"
    );
}

#[test]
fn a_backup_with_a_view_in_a_tables_place_is_refused_and_nothing_changes() {
    let (_d, k, _) = kiosk_in_use();
    let name = crafted_backup(&k, "view", |c| {
        c.execute_batch(
            "DROP TABLE feedback;
             CREATE VIEW feedback AS SELECT 1 AS id, '' AS at, 'patient' AS source,
                 'kiosk' AS channel, 'en-GB' AS locale, 'privacy' AS reason, 0 AS training;",
        )
        .unwrap();
    });
    let before = live_state(&k);
    let refused = k.restore_backup(&name, PASSPHRASE, None, t0()).unwrap_err();
    assert_eq!(refused.code(), "restore-refused", "{refused}");
    assert!(refused.to_string().contains("feedback"), "{refused}");
    assert_eq!(live_state(&k), before, "the live database is as it was");
}

#[test]
fn a_backup_asking_for_an_absurd_key_stretch_is_refused_before_any_is_run() {
    let (_d, k, _) = kiosk_in_use();
    let name = crafted_backup(&k, "absurd", |c| {
        let mut wrap: Vec<u8> = c
            .query_row("SELECT wrapped_key FROM staff_key_wrap LIMIT 1", [], |r| {
                r.get(0)
            })
            .unwrap();
        wrap[1..5].copy_from_slice(&u32::MAX.to_le_bytes()); // 4 TiB of memory
        c.execute("UPDATE staff_key_wrap SET wrapped_key = ?1", [wrap])
            .unwrap();
    });
    let before = live_state(&k);
    let refused = k.restore_backup(&name, PASSPHRASE, None, t0()).unwrap_err();
    assert_eq!(refused.code(), "restore-refused", "{refused}");
    assert_eq!(live_state(&k), before);

    // The age file's own key stretch is bounded too: a header asking for scrypt with
    // N = 2^30 (a terabyte of memory) is refused without trying.
    let dir = k.data_dir().join("backups");
    let mut file = std::fs::read(dir.join(&name)).unwrap();
    let text = String::from_utf8_lossy(&file[..file.len().min(200)]).into_owned();
    let line = text
        .lines()
        .find(|l| l.starts_with("-> scrypt "))
        .unwrap()
        .to_owned();
    let crafted_line = format!("{} 30", line.rsplit_once(' ').unwrap().0);
    let at = file
        .windows(line.len())
        .position(|w| w == line.as_bytes())
        .unwrap();
    file.splice(at..at + line.len(), crafted_line.bytes());
    std::fs::write(dir.join("heavy.age"), &file).unwrap();
    let refused = k
        .restore_backup("heavy.age", PASSPHRASE, None, t0())
        .unwrap_err();
    assert_eq!(refused.code(), "backup-excessive-work", "{refused}");
    assert_eq!(live_state(&k), before);
}

#[test]
fn a_truncated_backup_is_named_as_damaged_and_nothing_changes() {
    let (_d, k, _) = kiosk_in_use();
    let name = crafted_backup(&k, "whole", |_| {});
    let path = k.data_dir().join("backups").join(&name);
    let file = std::fs::read(&path).unwrap();
    std::fs::write(&path, &file[..file.len() / 2]).unwrap();
    let before = live_state(&k);
    let refused = k.restore_backup(&name, PASSPHRASE, None, t0()).unwrap_err();
    assert_eq!(refused.code(), "backup-damaged", "{refused}");
    assert_eq!(live_state(&k), before);
    let left: Vec<String> = std::fs::read_dir(k.data_dir())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("restoring") || n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "no half-made file is left: {left:?}");
}

#[test]
fn a_restore_needs_a_fresh_pin_when_set_up_and_the_set_up_code_when_not() {
    let (_d, k, _) = kiosk_in_use();
    let name = crafted_backup(&k, "plain", |_| {});
    let later = t0() + chrono::Duration::minutes(3);
    assert!(k.queue("", t0() + chrono::Duration::minutes(2)).is_ok());
    assert!(matches!(
        k.restore_backup(&name, PASSPHRASE, None, later),
        Err(KioskError::PinNeeded)
    ));
}

/// A restore whose swap lost the store marks the kiosk failed, so the shell refuses every
/// command from then on as after a failed start (`startup-failed`); no other failure does.
#[test]
fn a_restore_that_lost_the_store_marks_the_kiosk_failed() {
    let (_d, k) = open_kiosk();
    assert!(k.failed().is_none());
    let _ = k.note_lost_store::<()>(Err(KioskError::NoSuchBackup));
    assert!(
        k.failed().is_none(),
        "a refused restore leaves the kiosk working"
    );
    let _ = k.note_lost_store::<()>(Err(KioskError::StoreLost));
    assert_eq!(k.failed().map(|e| e.code()), Some("startup-failed"));
}

/// The files a restore or an export writes in clear for a moment, as a crash or a power cut
/// in the middle would leave them, beside the live database in `dir`.
fn leave_crash_leftovers(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let backups = dir.join(crate::kiosk::backup::BACKUP_DIR);
    std::fs::create_dir_all(&backups).unwrap();
    let files = vec![
        backups.join(".restore-20261125090000000000-41.tmp"),
        backups.join(".copy-20261125090000000000-41.tmp"),
        backups.join(".before-restore-20261125090000000000-41.tmp"),
        backups.join(".restore-20261125090000000000-41.partial"),
        dir.join("kiosk.sqlite3.restoring"),
        dir.join("kiosk.sqlite3.restoring-wal"),
    ];
    for f in &files {
        std::fs::write(f, b"SQLite format 3\0 a plain copy").unwrap();
    }
    files
}

/// Plain copies of the database that an operation stopped by a crash left behind go at the
/// next start (overwritten first), as does the database from before a swap that finished;
/// encrypted backups stay, and the removal is audited.
#[test]
fn plain_copies_a_crash_left_are_removed_at_the_next_start() {
    let (d, k, _) = kiosk_in_use();
    let live = k.database_path();
    drop(k);
    let leftovers = leave_crash_leftovers(d.path());
    let before_swap = d.path().join("kiosk.sqlite3.before-swap");
    std::fs::copy(&live, &before_swap).unwrap();
    let backup = d.path().join("backups/access-kiosk-2026-11-25-090000.age");
    std::fs::write(&backup, b"age-encryption.org/v1").unwrap();
    let k = open_kiosk_in(d.path());
    for f in leftovers.iter().chain([&before_swap]) {
        assert!(!f.exists(), "{} is left in clear", f.display());
    }
    assert!(backup.exists(), "an encrypted backup is not a leftover");
    assert!(k.is_set_up().unwrap(), "the live database is untouched");
    assert_eq!(audit_count(&k, "unencrypted-copies-removed"), 1);
}

/// A second name that is the live file's own (the app stopped between the link and the
/// rename) is only unlinked at start: the live database is not overwritten through it.
#[test]
fn a_second_name_that_is_the_live_file_is_only_unlinked_at_start() {
    let (d, k, _) = kiosk_in_use();
    let live = k.database_path();
    // Every table but the audit log, which gains the removal's line.
    let rows = |k: &Kiosk| {
        let mut rows = live_state(k);
        rows.retain(|(t, _)| t != "audit_log");
        rows
    };
    let before = rows(&k);
    drop(k);
    let before_swap = d.path().join("kiosk.sqlite3.before-swap");
    std::fs::hard_link(&live, &before_swap).unwrap();
    let k = open_kiosk_in(d.path());
    assert!(!before_swap.exists());
    assert_eq!(rows(&k), before, "the live database is whole");
}

/// Beside a live database with no administrator (a new, empty file), another file under
/// the second name may be the only copy of the practice's database: it is kept.
#[test]
fn a_second_name_beside_an_empty_database_is_kept_for_recovery() {
    let (d, k, _) = kiosk_in_use();
    let live = k.database_path();
    drop(k);
    let before_swap = d.path().join("kiosk.sqlite3.before-swap");
    std::fs::rename(&live, &before_swap).unwrap();
    let _ = std::fs::remove_file(d.path().join("kiosk.sqlite3-wal"));
    let _ = std::fs::remove_file(d.path().join("kiosk.sqlite3-shm"));
    let k = open_kiosk_in(d.path());
    assert!(!k.is_set_up().unwrap(), "a new, empty database was made");
    assert!(before_swap.exists(), "the old database is not destroyed");
}
