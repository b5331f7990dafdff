//! The kiosk's SQLite store: one file in the data folder.
//!
//! [`Store::open`] is the only way a connection is made, so every connection gets the
//! same pragmas:
//! - `journal_mode = WAL`: readers (the staff queue, reports) never block the kiosk's writes;
//! - `synchronous = FULL`: in WAL mode this syncs the log on every commit, so a save the
//!   patient was told is done survives a crash *and* a power cut (a tablet's battery does
//!   run flat). `NORMAL` would survive an application crash but could lose the last
//!   commits on power loss;
//! - `foreign_keys = ON`, and a busy timeout so a second reader waits instead of failing;
//! - `secure_delete = ON`: deleted rows (purged personal details, a removed member of
//!   staff's key wrap) are overwritten with zeros, not left in free pages. It is not stored
//!   in the file, so every connection sets it.
//!
//! Migrations are an ordered list compiled into the binary; a database written by a newer
//! version of the app is refused, never downgraded.

mod audit;
mod journeys;
mod keys;
mod mdc;
mod milestone_index;
mod notes;
mod rekeying;
mod reports;
mod restore;
pub(crate) mod sealed;
mod sign_up;
mod staff;
mod training;

pub use audit::AuditEntry;
pub use journeys::{
    kind, Details, NhsAppStanding, OlderRecordView, ProxyView, QueueEntry, SignUpView,
};
pub(crate) use keys::{open_provisional, PIN_CHECKED_BY_WRAP};
pub use keys::{NewPracticeKey, PracticeKey};
pub use mdc::Rebase;
pub use milestone_index::MilestoneIndex;
pub use reports::{Baseline, PdsaCycle};
pub use restore::{rebuild_from_backup, CarriedAudit, RestoreCheck};
pub use sign_up::StepSeal;
pub use staff::PinAttempt;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

/// The schema, oldest first. Never edit a shipped entry: append a new one.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("migrations/0001_journeys.sql")),
    M::up(include_str!("migrations/0002_staff.sql")),
    M::up(include_str!("migrations/0003_reports.sql")),
    M::up(include_str!("migrations/0004_sealed_personal.sql")),
    // Only after `Store::seal_plaintext_rows` has sealed what schema 3 held in clear.
    M::up(include_str!("migrations/0005_drop_plaintext_details.sql")),
    M::up(include_str!("migrations/0006_training.sql")),
    M::up(include_str!("migrations/0007_sign_up_process.sql")),
    M::up(include_str!("migrations/0008_mdc_rebases.sql")),
    // Before it the app reads every event's staff free text (Store::seal_event_free_text).
    M::up(include_str!("migrations/0009_security.sql")),
];

/// The schema at which personal details are sealed but the plaintext table still exists.
const SCHEMA_SEALING: usize = 4;
/// The schema before staff free text was sealed (`0009_security.sql`).
const SCHEMA_BEFORE_NOTES: usize = 8;

fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

/// The schema version this build writes.
pub fn schema_version() -> usize {
    MIGRATIONS.len()
}

/// The database file's name inside the data folder.
pub const DATABASE_FILE: &str = "kiosk.sqlite3";

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("cannot open the database {path}: {source}")]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{path} is not a kiosk database or is damaged; it was left untouched")]
    NotADatabase { path: PathBuf },
    #[error(
        "the database was written by a newer version of Access Kiosk (schema {found}, this \
         version knows up to {supported}); it was left untouched — install the newer version"
    )]
    NewerSchema { found: usize, supported: usize },
    #[error("upgrading the database failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("the disk is full: nothing was saved")]
    DiskFull,
    #[error("could not keep a copy of the database before upgrading it, in {path}: {source}")]
    Backup {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    #[error("could not draw a unique reference")]
    ReferencesExhausted,
    #[error("there is already a member of staff with that name")]
    DuplicateStaffName,
    #[error("no such member of staff")]
    NoSuchStaff,
    #[error("no such journey")]
    NoSuchJourney,
    #[error("no such test of change")]
    NoSuchPdsaCycle,
    #[error("a journey cannot go from {from} to {to}")]
    IllegalMove {
        from: &'static str,
        to: &'static str,
    },
    #[error("{0}")]
    StepRefused(crate::journey::sign_up::StepProblem),
    #[error("the operating system's random number generator failed: {0}")]
    Random(getrandom::Error),
    #[error(transparent)]
    Crypto(#[from] crate::privacy::CryptoError),
    #[error(
        "this database holds personal details in clear from an old version; it can only be \
         upgraded by the app on its tablet"
    )]
    UpgradeNeedsDevice,
    #[error("the kiosk is not set up yet: there is no practice key to seal with")]
    NoPracticeKey,
    #[error("the backup cannot be restored: {0}")]
    RestoreRefused(String),
    #[error(
        "the database {path} could not be opened again after it was replaced: restart the \
         kiosk (the database from before is kept beside it, its name ending `.before-swap`, \
         if it could not be put back)"
    )]
    Lost { path: PathBuf },
    #[error("the kiosk is already set up: it has an administrator")]
    AlreadySetUp,
    #[error("this account is locked until {until}")]
    Locked {
        until: chrono::DateTime<chrono::Utc>,
    },
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => StoreError::DiskFull,
            _ => StoreError::Sqlite(e),
        }
    }
}

/// An open, migrated database.
pub struct Store {
    conn: Connection,
    /// The database file (`:memory:` for a private in-memory one).
    path: PathBuf,
    /// Training mode: what is written now is marked as training (see `training.rs`).
    training: bool,
    /// A swap left no database to open (see [`Store::swap_in`]).
    lost: bool,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, sets its pragmas and migrates it.
    /// A file from before personal details were sealed needs the tablet's device secret to
    /// upgrade ([`Store::open_on_device`]).
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Self::open_on_device(path, None)
    }

    /// [`Store::open`] on this tablet: an old file's plaintext is sealed to a key held
    /// under the device secret until set-up replaces it.
    pub fn open_on_device(
        path: &Path,
        device: Option<&crate::privacy::DeviceSecret>,
    ) -> Result<Self, StoreError> {
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_owned(),
            source,
        })?;
        Self::prepare(conn, path, device)
    }

    /// A private in-memory database with the same schema, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self, StoreError> {
        Self::prepare(Connection::open_in_memory()?, Path::new(":memory:"), None)
    }

    fn prepare(
        conn: Connection,
        path: &Path,
        device: Option<&crate::privacy::DeviceSecret>,
    ) -> Result<Self, StoreError> {
        let not_a_db = |e: rusqlite::Error| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotADatabase {
                path: path.to_owned(),
            },
            _ => StoreError::from(e),
        };
        // Read the version before any pragma can write to the file.
        let found: usize = conn
            .query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
            .map_err(not_a_db)?
            .try_into()
            .unwrap_or(usize::MAX);
        if found > schema_version() {
            return Err(StoreError::NewerSchema {
                found,
                supported: schema_version(),
            });
        }
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(not_a_db)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let copy = if found > 0 && found < schema_version() && path != Path::new(":memory:") {
            Some(back_up_before_upgrade(&conn, path, found)?)
        } else {
            None
        };
        conn.pragma_update(None, "secure_delete", "ON")?;
        let mut store = Store {
            conn,
            path: path.to_owned(),
            training: false,
            lost: false,
        };
        store.upgrade(device)?;
        // The copy was for an upgrade that failed; this one worked, so the unencrypted copy
        // (which may hold details in clear, from before they were sealed) goes.
        if let Some(copy) = copy {
            remove_database_copy(&copy);
        }
        Ok(store)
    }

    /// The database file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Migrates to the latest schema. Schema 3 kept personal details in clear: they are
    /// sealed to the practice key at schema 4, the plaintext table is dropped at 5, and the
    /// file is scrubbed so no copy of the plaintext is left in free pages or the WAL.
    ///
    /// Staff free text in events from before schema 9 is sealed the same way, and the file
    /// scrubbed. A new database gets no practice key here: it is made at set-up.
    fn upgrade(&mut self, device: Option<&crate::privacy::DeviceSecret>) -> Result<(), StoreError> {
        let before = self.user_version()?;
        if before == 0 {
            migrations().to_latest(&mut self.conn)?;
            return Ok(());
        }
        if before <= SCHEMA_SEALING {
            migrations().to_version(&mut self.conn, SCHEMA_SEALING)?;
        }
        let sealed = if before <= SCHEMA_SEALING {
            self.seal_plaintext_rows(device)?
        } else {
            0
        };
        migrations().to_latest(&mut self.conn)?;
        let notes = if before <= SCHEMA_BEFORE_NOTES {
            self.seal_event_free_text(device)?
        } else {
            0
        };
        if sealed + notes > 0 {
            self.scrub()?;
        }
        Ok(())
    }

    /// Makes sure nothing deleted survives in the file: the WAL is checkpointed and
    /// emptied, the file rebuilt without free pages (VACUUM, its copy kept in memory), and
    /// the WAL emptied again. With `secure_delete` on, deleted rows are already zeros; this
    /// also removes older copies of pages.
    pub fn scrub(&self) -> Result<(), StoreError> {
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        self.checkpoint()?;
        self.conn.execute_batch("VACUUM")?;
        self.checkpoint()
    }

    /// Copies the WAL into the file and truncates it to nothing (old frames can hold
    /// deleted rows). A reader holding an old snapshot can stop it finishing; then the
    /// next checkpoint does.
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Writes a consistent, compact copy of the database to `path` (which must not exist).
    pub fn copy_to(&self, path: &Path) -> Result<(), StoreError> {
        let target = path.to_str().ok_or_else(|| StoreError::Open {
            path: path.to_owned(),
            source: rusqlite::Error::InvalidPath(path.to_owned()),
        })?;
        self.conn.execute("VACUUM INTO ?1", [target])?;
        Ok(())
    }

    /// The schema version stored in the file.
    pub fn user_version(&self) -> Result<usize, StoreError> {
        let v: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        Ok(usize::try_from(v).unwrap_or(0))
    }
}

/// The folder, beside the database, where copies made before an upgrade are kept.
pub const UPGRADE_BACKUPS_DIR: &str = "backups";

/// Copies the database, as it is, before a migration touches it: a consistent snapshot
/// (`VACUUM INTO`) named after the schema it holds, e.g.
/// `backups/kiosk-schema-2-20261125-103000.sqlite3`. If the copy cannot be made, the
/// upgrade does not happen.
fn back_up_before_upgrade(
    conn: &Connection,
    path: &Path,
    found: usize,
) -> Result<PathBuf, StoreError> {
    let dir = path
        .parent()
        .unwrap_or(Path::new("."))
        .join(UPGRADE_BACKUPS_DIR);
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::Backup {
        path: dir.clone(),
        source,
    })?;
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S");
    let copy = dir.join(format!("kiosk-schema-{found}-{stamp}.sqlite3"));
    conn.execute("VACUUM INTO ?1", [copy.to_string_lossy()])?;
    Ok(copy)
}

/// Removes a database file made as a copy, with its journal files. Its pages are overwritten
/// with zeros first, so what it held is not left in the file's old blocks for a program to
/// read (an SSD or a journaling file system may still keep copies: the disk's encryption
/// covers those).
pub(crate) fn remove_database_copy(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let p = PathBuf::from(p);
        if let Ok(len) = std::fs::metadata(&p).map(|m| m.len()) {
            if let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(&p) {
                use std::io::Write;
                let zeros = vec![0u8; 64 * 1024];
                let mut left = len;
                while left > 0 {
                    let n = left.min(zeros.len() as u64) as usize;
                    if f.write_all(&zeros[..n]).is_err() {
                        break;
                    }
                    left -= n as u64;
                }
                let _ = f.sync_all();
            }
            let _ = std::fs::remove_file(&p);
        }
    }
}

/// Creates a database at an old schema version, as that version of the app would have:
/// for building the upgrade fixtures in `tests/fixtures`, never for the app.
pub fn create_at_schema(path: &Path, version: usize) -> Result<Connection, StoreError> {
    let mut conn = Connection::open(path).map_err(|source| StoreError::Open {
        path: path.to_owned(),
        source,
    })?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Migrations::from_slice(&MIGRATIONS[..version.min(MIGRATIONS.len())]).to_latest(&mut conn)?;
    Ok(conn)
}

/// Migrates a bare connection to an old schema version (tests of upgrades).
#[cfg(test)]
pub(crate) fn migrate_to_for_tests(conn: &mut Connection, version: usize) {
    migrations().to_version(conn, version).unwrap();
}

/// What `access-kiosk check` finds in a database file, read without changing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    /// The schema version stored in the file.
    pub schema_version: usize,
    /// `PRAGMA integrity_check`'s lines: just `ok` for a sound file.
    pub integrity: Vec<String>,
    pub journeys: u64,
}

impl Health {
    pub fn is_ok(&self) -> bool {
        self.integrity == ["ok"] && self.schema_version <= schema_version()
    }
}

/// Checks the database at `path` read-only: never migrates, never writes.
pub fn check(path: &Path) -> Result<Health, StoreError> {
    use rusqlite::OpenFlags;
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|source| {
            StoreError::Open {
                path: path.to_owned(),
                source,
            }
        })?;
    let not_a_db = |e: rusqlite::Error| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotADatabase {
            path: path.to_owned(),
        },
        _ => StoreError::from(e),
    };
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(not_a_db)?;
    let mut stmt = conn.prepare("PRAGMA integrity_check").map_err(not_a_db)?;
    let integrity = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .map_err(not_a_db)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(not_a_db)?;
    let journeys: i64 = conn
        .query_row("SELECT count(*) FROM journey", [], |r| r.get(0))
        .unwrap_or(0);
    Ok(Health {
        schema_version: usize::try_from(version).unwrap_or(0),
        integrity,
        journeys: u64::try_from(journeys).unwrap_or(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_reads_a_sound_file_without_changing_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        drop(Store::open(&path).unwrap());
        let before = std::fs::read(&path).unwrap();
        let health = check(&path).unwrap();
        assert!(health.is_ok(), "{health:?}");
        assert_eq!(health.schema_version, schema_version());
        assert_eq!(std::fs::read(&path).unwrap(), before);
        std::fs::write(&path, b"not a database at all, just some words".repeat(200)).unwrap();
        assert!(matches!(check(&path), Err(StoreError::NotADatabase { .. })));
    }

    #[test]
    fn migrations_are_valid() {
        migrations()
            .validate()
            .expect("every migration must apply cleanly to an empty database");
    }

    #[test]
    fn a_new_file_is_created_at_the_latest_schema_with_durable_pragmas() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        let store = Store::open(&path).unwrap();
        assert!(path.exists(), "the database file is created on first start");
        assert_eq!(store.user_version().unwrap(), schema_version());
        let pragma = |name: &str| -> String {
            store
                .conn
                .query_row(&format!("PRAGMA {name}"), [], |r| {
                    r.get::<_, rusqlite::types::Value>(0)
                })
                .map(|v| format!("{v:?}"))
                .unwrap()
        };
        assert_eq!(pragma("journal_mode"), "Text(\"wal\")");
        assert_eq!(
            pragma("synchronous"),
            "Integer(2)",
            "FULL, so confirmed saves survive power loss"
        );
        assert_eq!(pragma("foreign_keys"), "Integer(1)");
        assert_eq!(
            pragma("secure_delete"),
            "Integer(1)",
            "deleted personal data is overwritten"
        );
    }

    #[test]
    fn reopening_keeps_data_and_does_not_migrate_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        drop(Store::open(&path).unwrap());
        let again = Store::open(&path).unwrap();
        assert_eq!(again.user_version().unwrap(), schema_version());
    }

    #[test]
    fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        {
            let c = Connection::open(&path).unwrap();
            c.pragma_update(None, "user_version", 99).unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        match Store::open(&path) {
            Err(StoreError::NewerSchema {
                found: 99,
                supported,
            }) => {
                assert_eq!(supported, schema_version())
            }
            other => panic!("expected NewerSchema, got {:?}", other.err()),
        }
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "the newer file must not be changed"
        );
    }

    #[test]
    fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        let junk = b"this is not sqlite, it is a shopping list: milk, eggs, bread, tea".repeat(100);
        std::fs::write(&path, &junk).unwrap();
        assert!(matches!(
            Store::open(&path),
            Err(StoreError::NotADatabase { .. })
        ));
        assert_eq!(
            std::fs::read(&path).unwrap(),
            junk,
            "a damaged file must never be overwritten"
        );
    }
}

#[cfg(test)]
mod upgrade_tests {
    use super::*;

    #[test]
    fn a_database_at_schema_1_upgrades_and_keeps_its_journeys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        {
            let mut conn = Connection::open(&path).unwrap();
            Migrations::from_slice(&MIGRATIONS[..1])
                .to_latest(&mut conn)
                .unwrap();
            conn.execute(
                "INSERT INTO journey (reference, created_at, channel, locale, status, age_band,
                    wants_appointments, wants_test_results, wants_full_record, for_someone_else,
                    id_documents_today)
                 VALUES ('ACDEFG', '2026-11-01T10:00:00+00:00', 'kiosk', 'bn', 'interested',
                    '20-35', 1, 1, 1, 0, 'both')",
                [],
            )
            .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.user_version().unwrap(), schema_version());
        let r = crate::journey::Reference::parse("ACDEFG").unwrap();
        let j = store
            .journey_by_reference(&r)
            .unwrap()
            .expect("the old journey survives");
        assert_eq!(j.locale, "bn");
        let (_, key) = crate::privacy::PracticeKeys::generate().unwrap();
        assert!(store
            .queue(&[crate::journey::Status::Interested], &key)
            .unwrap()[0]
            .cohorts
            .is_empty());
    }
}
