//! Before a kiosk is set up, and setting it up.
//!
//! Until its first administrator exists a kiosk has no practice key: the patient face says
//! "This kiosk is not set up yet" and stores nothing. Creating that administrator (or taking
//! over another tablet's data from a backup) needs the **set-up code**: 12 random characters
//! written, when the kiosk first starts, to `setup-code.txt` in the data folder (mode 0600,
//! in a folder of mode 0700), which `access-kiosk setup-code` prints. So it takes the
//! tablet's own access (the account the kiosk runs as), not a long press on the screen, to
//! take a new kiosk over. The code is deleted once used.
//!
//! Every start also makes the data folder private again and removes the unencrypted copies of
//! the database that older versions left in `backups/`.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde_json::json;
use subtle::ConstantTimeEq;

use crate::error::{KioskError, StartupError};
use crate::kiosk::Kiosk;
use crate::store::DATABASE_FILE;

/// The set-up code's file in the data folder.
pub const SETUP_CODE_FILE: &str = "setup-code.txt";
/// Characters of a set-up code: the references' alphabet (no look-alikes), 12 of them
/// (23^12, about 54 bits), shown in groups of four.
const CODE_LEN: usize = 12;

/// What `access-kiosk setup-code` finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupCode {
    /// The code to type on the first-run screen, e.g. `ACDE-FGHJ-KMNP`.
    Code(String),
    /// The kiosk has an administrator: there is no code any more.
    AlreadySetUp,
}

/// The set-up code of the kiosk in `data_dir`, for the command line: made now if the kiosk
/// has not made it yet. Reads the database without changing it (the kiosk may be running).
pub fn setup_code(data_dir: &Path) -> Result<SetupCode, StartupError> {
    let db = data_dir.join(DATABASE_FILE);
    if db.exists() && has_admin_read_only(&db)? {
        return Ok(SetupCode::AlreadySetUp);
    }
    crate::data_dir::create_private_dir(data_dir).map_err(|source| StartupError::DataDir {
        path: data_dir.to_owned(),
        source,
    })?;
    Ok(SetupCode::Code(read_or_make_code(data_dir).map_err(
        |source| StartupError::DataDir {
            path: data_dir.join(SETUP_CODE_FILE),
            source,
        },
    )?))
}

fn has_admin_read_only(db: &Path) -> Result<bool, StartupError> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|source| crate::store::StoreError::Open {
                path: db.to_owned(),
                source,
            })?;
    Ok(conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM staff WHERE is_admin = 1 AND removed_at IS NULL)",
            [],
            |r| r.get(0),
        )
        .unwrap_or(false))
}

fn code_path(data_dir: &Path) -> PathBuf {
    data_dir.join(SETUP_CODE_FILE)
}

/// The code as typed or stored, without case, spaces or dashes.
fn canonical(code: &str) -> String {
    code.chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\t' | '\n' | '\r'))
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn read_or_make_code(data_dir: &Path) -> std::io::Result<String> {
    let path = code_path(data_dir);
    if let Ok(text) = std::fs::read_to_string(&path) {
        let code = canonical(&text);
        if code.len() == CODE_LEN {
            return Ok(grouped(&code));
        }
    }
    let code = new_code()?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    use std::io::Write;
    let mut file = options.open(&path)?;
    file.write_all(format!("{}\n", grouped(&code)).as_bytes())?;
    file.sync_all()?;
    Ok(grouped(&code))
}

fn new_code() -> std::io::Result<String> {
    let alphabet = crate::journey::REFERENCE_ALPHABET;
    let n = alphabet.len() as u8;
    let limit = u8::MAX - (u8::MAX % n);
    let mut out = String::with_capacity(CODE_LEN);
    while out.len() < CODE_LEN {
        let mut buf = [0u8; 32];
        getrandom::fill(&mut buf).map_err(|e| std::io::Error::other(e.to_string()))?;
        for b in buf {
            if b < limit && out.len() < CODE_LEN {
                out.push(char::from(alphabet[usize::from(b % n)]));
            }
        }
    }
    Ok(out)
}

fn grouped(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

impl Kiosk {
    /// What every start does once the store is open: the set-up code made if the kiosk is
    /// not set up, the folder made private, and unencrypted copies removed (old versions',
    /// and those an operation stopped by a crash left: see `remove_crash_leftovers` and
    /// `Store::remove_second_name_left_by_a_crash`).
    pub(crate) fn after_opening_store(&self, data_dir: &Path) {
        if self.needs_first_admin().unwrap_or(false) {
            if let Err(e) = read_or_make_code(data_dir) {
                tracing::error!("the set-up code could not be written: {e}");
            }
        }
        let second_name = self
            .store()
            .remove_second_name_left_by_a_crash()
            .unwrap_or(false);
        let removed = crate::kiosk::backup::remove_unencrypted_copies(data_dir)
            + crate::kiosk::backup::remove_crash_leftovers(data_dir)
            + usize::from(second_name);
        if removed > 0 {
            tracing::warn!(files = removed, "unencrypted database copies removed");
            let _ = self.store().audit(
                "kiosk",
                "unencrypted-copies-removed",
                json!({ "files": removed }),
                Utc::now(),
            );
        }
        for path in crate::data_dir::make_private(data_dir) {
            tracing::warn!("could not make {} private to this user", path.display());
        }
    }

    /// Checks a typed set-up code (in constant time); a wrong one is audited.
    pub(crate) fn check_setup_code(
        &self,
        typed: &str,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let stored = std::fs::read_to_string(code_path(self.data_dir()))
            .map(|t| canonical(&t))
            .unwrap_or_default();
        let typed = canonical(typed);
        let right = stored.len() == CODE_LEN
            && typed.len() == CODE_LEN
            && bool::from(stored.as_bytes().ct_eq(typed.as_bytes()));
        if !right {
            self.store()
                .audit("set-up", "setup-code-refused", json!({}), now)?;
            return Err(KioskError::WrongSetUpCode);
        }
        Ok(())
    }

    /// The set-up code has been used: it goes.
    pub(crate) fn setup_code_used(&self) {
        crate::store::remove_database_copy(&code_path(self.data_dir()));
    }

    /// Whether the kiosk is set up (it has an administrator and a practice key): until then
    /// the patient face takes nothing.
    pub fn is_set_up(&self) -> Result<bool, KioskError> {
        let store = self.store();
        Ok(store.has_admin()? && store.practice_key()?.is_some())
    }

    /// Refuses a patient-face action on a kiosk that is not set up.
    pub(crate) fn require_set_up(&self) -> Result<(), KioskError> {
        if self.is_set_up()? {
            Ok(())
        } else {
            Err(KioskError::NotSetUp)
        }
    }

    /// The set-up code, for tests of the crates above (as `access-kiosk setup-code` reads it).
    #[cfg(any(test, feature = "testing"))]
    pub fn setup_code_for_tests(&self) -> String {
        std::fs::read_to_string(code_path(self.data_dir())).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_twelve_unambiguous_characters_read_however_typed() {
        let a = new_code().unwrap();
        assert_eq!(a.len(), CODE_LEN);
        assert_ne!(a, new_code().unwrap());
        let shown = grouped(&a);
        assert_eq!(shown.len(), 14);
        assert_eq!(canonical(&shown.to_lowercase()), a);
    }
}
