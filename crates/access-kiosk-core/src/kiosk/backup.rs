//! Encrypted backups: an administrator exports the whole database encrypted under a
//! passphrase to the data folder's `backups/`; on another tablet (at first start, or by an
//! administrator) a backup found there is checked and restored. The practice key travels
//! inside (its wraps), so the same staff PINs and recovery passphrase open it.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::error::KioskError;
use crate::kiosk::Kiosk;
use crate::privacy::params::backup_params;
use crate::privacy::{decrypt_backup, encrypt_backup_with};
use crate::store::{self, DATABASE_FILE};

/// The folder in the data folder that backups are written to and restored from.
pub const BACKUP_DIR: &str = "backups";
/// How a backup file's name ends.
pub const BACKUP_EXTENSION: &str = "akbackup";

/// A backup file staff can choose.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupFile {
    pub name: String,
    pub bytes: u64,
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

fn remove_database_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

impl Kiosk {
    fn backup_dir(&self) -> Result<PathBuf, KioskError> {
        let dir = self.data_dir().join(BACKUP_DIR);
        std::fs::create_dir_all(&dir).map_err(failed)?;
        Ok(dir)
    }

    /// Exports an encrypted backup (administrators only; audited). Returns its path.
    pub fn export_backup(
        &self,
        passphrase: &str,
        now: DateTime<Utc>,
    ) -> Result<PathBuf, KioskError> {
        self.export_backup_with(passphrase, now, &backup_params())
    }

    pub(crate) fn export_backup_with(
        &self,
        passphrase: &str,
        now: DateTime<Utc>,
        params: &crate::privacy::Argon2Params,
    ) -> Result<PathBuf, KioskError> {
        let admin = self.admin_name(now)?;
        if passphrase.chars().count() < crate::privacy::MIN_BACKUP_PASSPHRASE_CHARS {
            return Err(crate::privacy::CryptoError::PassphraseTooShort {
                min: crate::privacy::MIN_BACKUP_PASSPHRASE_CHARS,
            }
            .into());
        }
        let dir = self.backup_dir()?;
        // A consistent copy of the live database (personal details in it are sealed);
        // read into memory and deleted at once.
        let copy = temp_path(&dir, "export", now);
        self.store().copy_to(&copy)?;
        let read = std::fs::read(&copy);
        remove_database_files(&copy);
        let plain = zeroize::Zeroizing::new(read.map_err(failed)?);
        let encrypted = encrypt_backup_with(&plain, passphrase, params)?;
        let name = format!(
            "access-kiosk-{}.{BACKUP_EXTENSION}",
            now.format("%Y-%m-%d-%H%M%S")
        );
        let path = dir.join(&name);
        let partial = path.with_extension("partial");
        std::fs::write(&partial, &encrypted)
            .and_then(|()| std::fs::rename(&partial, &path))
            .map_err(failed)?;
        self.store().audit(
            &admin,
            "backup-exported",
            json!({ "file": name, "bytes": encrypted.len() }),
            now,
        )?;
        Ok(path)
    }

    /// The backup files in the backups folder, newest name first. Offered on a kiosk with
    /// no administrator yet (to restore onto a new tablet) and to administrators.
    pub fn backup_files(&self, now: DateTime<Utc>) -> Result<Vec<BackupFile>, KioskError> {
        self.may_restore(now)?;
        let mut files: Vec<BackupFile> = std::fs::read_dir(self.backup_dir()?)
            .map_err(failed)?
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == BACKUP_EXTENSION))
            .map(|e| BackupFile {
                name: e.file_name().to_string_lossy().into_owned(),
                bytes: e.metadata().map(|m| m.len()).unwrap_or(0),
            })
            .collect();
        files.sort_by(|a, b| b.name.cmp(&a.name));
        Ok(files)
    }

    /// Restores the backup `name` from the backups folder: decrypts and checks it, keeps
    /// the current database as `backups/before-restore-….sqlite3`, replaces the database,
    /// and ends any staff session. The restored practice key opens with the restored
    /// staff PINs and recovery passphrase.
    pub fn restore_backup(
        &self,
        name: &str,
        passphrase: &str,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let who = self.may_restore(now)?;
        let ok_name = !name.is_empty()
            && !name.contains(['/', '\\'])
            && !name.starts_with('.')
            && name.ends_with(&format!(".{BACKUP_EXTENSION}"));
        let dir = self.backup_dir()?;
        let path = dir.join(name);
        if !ok_name || !path.is_file() {
            return Err(KioskError::NoSuchBackup);
        }
        let file = std::fs::read(&path).map_err(failed)?;
        let plain = decrypt_backup(&file, passphrase)?;
        let restored = temp_path(&dir, "restore", now);
        std::fs::write(&restored, &*plain).map_err(failed)?;
        drop(plain);
        let result = self.replace_database_with(&restored, &dir, name, &who, now);
        remove_database_files(&restored);
        result
    }

    fn replace_database_with(
        &self,
        restored: &Path,
        dir: &Path,
        name: &str,
        who: &str,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let health =
            store::check(restored).map_err(|e| KioskError::RestoreRefused(e.to_string()))?;
        if !health.is_ok() {
            return Err(KioskError::RestoreRefused(format!(
                "integrity {:?}, schema {}",
                health.integrity, health.schema_version
            )));
        }
        let source = rusqlite::Connection::open_with_flags(
            restored,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .map_err(|e| KioskError::RestoreRefused(e.to_string()))?;
        let has_key: bool = source
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'practice_key')",
                [],
                |r| r.get(0),
            )
            .map_err(|e| KioskError::RestoreRefused(e.to_string()))?;
        if !has_key {
            return Err(KioskError::RestoreRefused(
                "it was not made by this version of Access Kiosk".into(),
            ));
        }
        let kept = format!("before-restore-{}.sqlite3", now.format("%Y-%m-%d-%H%M%S"));
        let mut store = self.store();
        store.copy_to(&dir.join(&kept))?;
        store.replace_with(&source)?;
        store.audit(
            who,
            "backup-restored",
            json!({ "file": name, "previousDatabase": kept }),
            now,
        )?;
        drop(store);
        // The restored database has its own staff and key: whoever was logged in is out.
        self.desk().end();
        Ok(())
    }

    /// Who may restore: anyone on a kiosk with no administrator yet (a new tablet), else
    /// only a logged-in administrator.
    fn may_restore(&self, now: DateTime<Utc>) -> Result<String, KioskError> {
        if self.needs_first_admin()? {
            return Ok("set-up".into());
        }
        self.admin_name(now)
    }

    /// The database file's path (for tests and the command line).
    pub fn database_path(&self) -> PathBuf {
        self.data_dir().join(DATABASE_FILE)
    }
}
