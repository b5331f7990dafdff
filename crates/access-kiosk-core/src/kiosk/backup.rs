//! Encrypted backups in the age format: an administrator exports the whole database,
//! encrypted to the practice's backup recipient (an age public key whose secret the practice
//! keeps off the tablet) or under a new six-word passphrase shown once, to the data folder's
//! `backups/`; the practice can open one with the standard `age` tool. On another tablet (at
//! set-up, with the set-up code, or by an administrator) a backup found there is decrypted
//! and **rebuilt** into a fresh database, never trusted (`store/restore.rs`), then swapped in.
//!
//! Staff PIN wraps in a backup are bound to the tablet that made it: on another tablet the
//! administrator opens the practice key with the recovery passphrase and resets the others'
//! PINs. No unencrypted copy of the database outlives the operation that made it.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::error::KioskError;
use crate::kiosk::Kiosk;
use crate::privacy::{
    decrypt_backup, decrypt_backup_age, encrypt_backup_age, generate_backup_passphrase, BackupKey,
    BackupLock, BACKUP_WORK_FACTOR, MAX_BACKUP_WORK_FACTOR,
};
use crate::store::{self, DATABASE_FILE};

/// The folder in the data folder that backups are written to and restored from.
pub const BACKUP_DIR: &str = "backups";
/// How a backup file's name ends: an age file.
pub const BACKUP_EXTENSION: &str = "age";
/// Backups made by versions before the age format (still restored).
pub const LEGACY_BACKUP_EXTENSION: &str = "akbackup";

/// A backup file staff can choose.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupFile {
    pub name: String,
    pub bytes: u64,
}

/// A backup just written: where, and the passphrase to show once (none when it was
/// encrypted to the practice's backup recipient).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportedBackup {
    pub path: String,
    pub passphrase: Option<String>,
    pub to_recipient: bool,
}

fn failed(e: impl std::fmt::Display) -> KioskError {
    KioskError::BackupFailed(e.to_string())
}

/// A name for a temporary file beside the others, unlikely to clash.
fn temp_path(dir: &Path, what: &str, now: DateTime<Utc>) -> PathBuf {
    dir.join(format!(
        ".{what}-{}-{}.tmp",
        now.format("%Y%m%d%H%M%S%f"),
        std::process::id()
    ))
}

/// Writes `bytes` to `path` readable by this user only (0600), whole, then renamed in place.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let partial = path.with_extension("partial");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    use std::io::Write;
    let mut file = options.open(&partial)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&partial, path)
}

/// The scrypt work factor backups are made with (cheap in unit tests only).
fn work_factor() -> u8 {
    if cfg!(test) {
        10
    } else {
        BACKUP_WORK_FACTOR
    }
}

impl Kiosk {
    fn backup_dir(&self) -> Result<PathBuf, KioskError> {
        let dir = self.data_dir().join(BACKUP_DIR);
        crate::data_dir::create_private_dir(&dir).map_err(failed)?;
        Ok(dir)
    }

    /// A consistent copy of the live database (its personal details and notes sealed as in
    /// the live file), read into memory; the copy on disk is overwritten and deleted at once.
    fn database_bytes(
        &self,
        dir: &Path,
        now: DateTime<Utc>,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, KioskError> {
        let copy = temp_path(dir, "copy", now);
        self.store().copy_to(&copy)?;
        let read = std::fs::read(&copy);
        store::remove_database_copy(&copy);
        Ok(zeroize::Zeroizing::new(read.map_err(failed)?))
    }

    /// Exports an encrypted backup (administrators, with a fresh PIN; audited): to the
    /// practice's backup recipient if `practice.toml` names one, else under a new
    /// passphrase returned to be shown once.
    pub fn export_backup(&self, now: DateTime<Utc>) -> Result<ExportedBackup, KioskError> {
        let admin = self.admin_fresh(now)?;
        let recipient = self.config().backup_recipient.trim().to_owned();
        let (lock, passphrase) = if recipient.is_empty() {
            let phrase = generate_backup_passphrase()?;
            (BackupLock::Passphrase(phrase.clone()), Some(phrase))
        } else {
            (BackupLock::Recipient(recipient), None)
        };
        let dir = self.backup_dir()?;
        let plain = self.database_bytes(&dir, now)?;
        let encrypted = {
            let _gate = self.stretch_gate();
            encrypt_backup_age(&plain, &lock, work_factor())?
        };
        drop(plain);
        let name = format!(
            "access-kiosk-{}.{BACKUP_EXTENSION}",
            now.format("%Y-%m-%d-%H%M%S")
        );
        let path = dir.join(&name);
        write_private(&path, &encrypted).map_err(failed)?;
        self.audit_as(
            &admin,
            "backup-exported",
            json!({
                "file": name,
                "bytes": encrypted.len(),
                "lockedTo": if passphrase.is_some() { "passphrase" } else { "recipient" },
            }),
            now,
        )?;
        Ok(ExportedBackup {
            path: path.display().to_string(),
            to_recipient: passphrase.is_none(),
            passphrase: passphrase.map(|p| p.to_string()),
        })
    }

    /// The backup files in the backups folder, newest name first. Offered on a kiosk with
    /// no administrator yet (to restore onto a new tablet) and to administrators.
    pub fn backup_files(&self, now: DateTime<Utc>) -> Result<Vec<BackupFile>, KioskError> {
        if !self.needs_first_admin()? {
            self.admin_session(now)?;
        }
        let mut files: Vec<BackupFile> = std::fs::read_dir(self.backup_dir()?)
            .map_err(failed)?
            .flatten()
            .filter(|e| {
                e.path()
                    .extension()
                    .is_some_and(|x| x == BACKUP_EXTENSION || x == LEGACY_BACKUP_EXTENSION)
            })
            .map(|e| BackupFile {
                name: e.file_name().to_string_lossy().into_owned(),
                bytes: e.metadata().map(|m| m.len()).unwrap_or(0),
            })
            .collect();
        files.sort_by(|a, b| b.name.cmp(&a.name));
        Ok(files)
    }

    /// Restores the backup `name` from the backups folder, opened with `secret` (its
    /// passphrase, or the practice's age identity `AGE-SECRET-KEY-1…`). On a kiosk not set up
    /// it needs the set-up code; otherwise an administrator with a fresh PIN. The backup is
    /// decrypted, rebuilt into a fresh database and validated; only then does it replace the
    /// live one, atomically, carrying the live audit log with it. A failure at any point
    /// leaves the live database as it was. Any staff session ends.
    pub fn restore_backup(
        &self,
        name: &str,
        secret: &str,
        setup_code: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let new_tablet = self.needs_first_admin()?;
        let who = if new_tablet {
            self.check_setup_code(setup_code.unwrap_or_default(), now)?;
            None
        } else {
            Some(self.admin_fresh(now)?)
        };
        let ok_name = !name.is_empty()
            && !name.contains(['/', '\\'])
            && !name.starts_with('.')
            && (name.ends_with(&format!(".{BACKUP_EXTENSION}"))
                || name.ends_with(&format!(".{LEGACY_BACKUP_EXTENSION}")));
        let dir = self.backup_dir()?;
        let path = dir.join(name);
        if !ok_name || !path.is_file() {
            return Err(KioskError::NoSuchBackup);
        }
        let file = std::fs::read(&path).map_err(failed)?;
        let plain = {
            let _gate = self.stretch_gate_now()?;
            if crate::privacy::is_age_file(&file) {
                let key = if secret.trim_start().starts_with("AGE-SECRET-KEY-") {
                    BackupKey::Identity(secret)
                } else {
                    BackupKey::Passphrase(secret)
                };
                decrypt_backup_age(&file, &key, MAX_BACKUP_WORK_FACTOR)?
            } else {
                decrypt_backup(&file, secret)?
            }
        };
        let restored = temp_path(&dir, "restore", now);
        let fresh = self.data_dir().join(format!("{DATABASE_FILE}.restoring"));
        store::remove_database_copy(&fresh);
        let written = write_private(&restored, &plain).map_err(failed);
        drop(plain);
        let result = written.and_then(|()| {
            self.swap_in_restored(&restored, &fresh, name, who.as_ref(), new_tablet, now)
        });
        let result = self.note_lost_store(result);
        store::remove_database_copy(&restored);
        store::remove_database_copy(&fresh);
        // Upgrading an older backup's rebuilt file copies it first, in clear: never kept.
        remove_unencrypted_copies(self.data_dir());
        result
    }

    fn swap_in_restored(
        &self,
        restored: &Path,
        fresh: &Path,
        name: &str,
        who: Option<&crate::staff::StaffSession>,
        new_tablet: bool,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let mut store = self.store();
        let live_audit = store.audit_to_carry()?;
        let check =
            store::rebuild_from_backup(restored, fresh, &live_audit, new_tablet, self.device())?;
        let kept = self.keep_encrypted_copy_before_restore(&store, now);
        store.swap_in(fresh)?;
        // The restored database has its own staff, key and history: whoever was logged in
        // is out (the practice key they held dropped), the reports' index starts again and
        // the set-up code is used up. All before the audit line below, which can fail.
        self.desk().end();
        self.reset_milestones();
        if new_tablet {
            self.setup_code_used();
        }
        let details = json!({
            "file": name,
            "schema": check.schema,
            "journeys": check.journeys,
            "staff": check.staff,
            "ignored": check.ignored,
            "previousDatabase": kept,
        });
        match who {
            // The administrator's account as the restored file knows it (see 7g in
            // SECURITY.md): their id if it has them under that name.
            Some(s) => store.audit_staff_from_before_restore(
                s.staff_id,
                &s.name,
                "backup-restored",
                details,
                now,
            )?,
            None => store.audit("set-up", "backup-restored", details, now)?,
        }
        Ok(())
    }

    /// Before a restore replaces the live database: an encrypted copy of it to the practice's
    /// backup recipient, if one is set (the name, for the audit log). Without a recipient
    /// nothing is kept: the restore's own backup is what the practice goes back to.
    fn keep_encrypted_copy_before_restore(
        &self,
        store: &crate::store::Store,
        now: DateTime<Utc>,
    ) -> Option<String> {
        let recipient = self.config().backup_recipient.trim().to_owned();
        if recipient.is_empty() {
            return None;
        }
        let dir = self.data_dir().join(BACKUP_DIR);
        let copy = temp_path(&dir, "before-restore", now);
        store.copy_to(&copy).ok()?;
        let read = std::fs::read(&copy).map(zeroize::Zeroizing::new);
        store::remove_database_copy(&copy);
        let encrypted =
            encrypt_backup_age(&read.ok()?, &BackupLock::Recipient(recipient), 1).ok()?;
        let name = format!(
            "before-restore-{}.{BACKUP_EXTENSION}",
            now.format("%Y-%m-%d-%H%M%S")
        );
        write_private(&dir.join(&name), &encrypted).ok()?;
        Some(name)
    }

    /// The database file's path (for tests and the command line).
    pub fn database_path(&self) -> PathBuf {
        self.data_dir().join(DATABASE_FILE)
    }
}

/// Removes the plain database copies older versions kept in `backups/` (before an upgrade,
/// before a restore); returns how many files went.
pub(crate) fn remove_unencrypted_copies(data_dir: &Path) -> usize {
    let dir = data_dir.join(BACKUP_DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return 0;
    };
    let mut n = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let plain_copy = (name.starts_with("kiosk-schema-") || name.starts_with("before-restore-"))
            && name.ends_with(".sqlite3");
        if plain_copy {
            crate::store::remove_database_copy(&entry.path());
            n += 1;
        }
    }
    n
}

/// Removes what an operation stopped by a crash or a power cut left in clear: the plain
/// temporary copies in `backups/` (`.copy-…tmp`, `.restore-…tmp`, `.before-restore-…tmp`,
/// and any half-written `….partial`) and a rebuilt database not yet swapped in
/// (`kiosk.sqlite3.restoring`). Only at start, when no operation can be using them;
/// returns how many went.
pub(crate) fn remove_crash_leftovers(data_dir: &Path) -> usize {
    let mut n = 0;
    if let Ok(entries) = std::fs::read_dir(data_dir.join(BACKUP_DIR)) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let temporary = [".copy-", ".restore-", ".before-restore-"]
                .iter()
                .any(|p| name.starts_with(p))
                && name.ends_with(".tmp");
            if temporary || name.ends_with(".partial") {
                store::remove_database_copy(&entry.path());
                n += 1;
            }
        }
    }
    let fresh = data_dir.join(format!("{DATABASE_FILE}.restoring"));
    if fresh.exists() {
        n += 1;
    }
    store::remove_database_copy(&fresh);
    n
}
