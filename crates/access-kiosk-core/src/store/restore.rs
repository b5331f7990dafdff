//! Restoring a backup by rebuilding, never by trusting the file.
//!
//! A backup is a database file someone could have crafted. Nothing of its schema is used:
//! a fresh database is made from this app's own migrations at the backup's schema version,
//! the backup's rows are copied into it table by table (only our tables, only our columns,
//! each row checked by our own constraints: types, CHECKs, foreign keys), so no trigger,
//! view or index of the file comes across; the result is upgraded like any old file and
//! validated (integrity, foreign keys, the practice key and every key wrap within the
//! limits a tablet will run). Only then is it swapped in for the live file, atomically
//! (written, synced, renamed). The live audit log is carried into the rebuilt file and the
//! restore appended to it, so restoring cannot erase evidence.

use std::path::{Path, PathBuf};

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OpenFlags};

use super::{Store, StoreError, MIGRATIONS};
use crate::privacy::{DeviceSecret, WrappedKey};

/// What the restore found in the backup.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RestoreCheck {
    /// The backup's schema version.
    pub schema: usize,
    pub journeys: u64,
    pub staff: u64,
    /// Objects in the backup's schema that were not ours and were left behind (triggers,
    /// views, indexes, tables), e.g. `trigger hide_entries`.
    pub ignored: Vec<String>,
}

/// An audit entry carried from the live database into the rebuilt one. Its staff account's
/// id is kept where the rebuilt file has that account under the same name; otherwise (an
/// account the backup does not have, or an id that is someone else's there) the entry keeps
/// the name, and the old id as `staffIdBeforeRestore` in its details.
#[derive(Debug, Clone)]
pub struct CarriedAudit {
    pub at: String,
    pub actor: String,
    pub staff_id: Option<i64>,
    pub action: String,
    pub details: String,
}

/// Appends `entry` to the audit log of `conn` (at today's schema), keeping its staff id
/// only where `conn` has that account under the entry's name.
fn append_carried(conn: &Connection, entry: &CarriedAudit) -> Result<(), StoreError> {
    let known = match entry.staff_id {
        Some(id) => conn.query_row(
            "SELECT count(*) > 0 FROM staff WHERE id = ?1 AND name = ?2",
            rusqlite::params![id, entry.actor],
            |r| r.get::<_, bool>(0),
        )?,
        None => false,
    };
    let details = match entry.staff_id {
        Some(id) if !known => with_staff_id_before_restore(&entry.details, id),
        _ => entry.details.clone(),
    };
    super::audit::append(
        conn,
        &entry.at,
        &entry.actor,
        entry.staff_id.filter(|_| known),
        &entry.action,
        &details,
    )
}

fn with_staff_id_before_restore(details: &str, id: i64) -> String {
    match serde_json::from_str::<serde_json::Value>(details) {
        Ok(serde_json::Value::Object(mut fields)) => {
            fields.insert("staffIdBeforeRestore".into(), id.into());
            serde_json::Value::Object(fields).to_string()
        }
        _ => details.to_owned(),
    }
}

fn refused(why: impl Into<String>) -> StoreError {
    StoreError::RestoreRefused(why.into())
}

/// Opens an untrusted database file read-only, with SQLite's defences for such files on.
fn open_untrusted(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| refused(format!("it is not a database: {e}")))?;
    // No function in the file's schema runs, and damaged cells are caught as they are read.
    conn.pragma_update(None, "trusted_schema", "OFF")?;
    conn.pragma_update(None, "cell_size_check", "ON")?;
    conn.pragma_update(None, "query_only", "ON")?;
    Ok(conn)
}

/// Our tables at schema `version`, in the order they were created (parents first), with
/// their columns: read from a database made by our own migrations.
fn our_tables(version: usize) -> Result<Vec<(String, Vec<String>)>, StoreError> {
    let mut reference = Connection::open_in_memory()?;
    rusqlite_migration::Migrations::from_slice(&MIGRATIONS[..version]).to_latest(&mut reference)?;
    table_columns(&reference)
}

fn table_columns(conn: &Connection) -> Result<Vec<(String, Vec<String>)>, StoreError> {
    let names: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table'
             AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let mut out = Vec::new();
    for name in names {
        let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
        let cols = stmt.query_map([&name], |r| r.get(0))?;
        out.push((name, cols.collect::<Result<_, _>>()?));
    }
    Ok(out)
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Rebuilds the backup at `backup` into a new database at `fresh` (which must not exist),
/// carrying `live_audit` over (after the backup's own log when `keep_backup_audit`, for a
/// new tablet taking over), then upgrades and validates it. `fresh` is left complete and
/// synced on success; on failure the caller removes it.
pub fn rebuild_from_backup(
    backup: &Path,
    fresh: &Path,
    live_audit: &[CarriedAudit],
    keep_backup_audit: bool,
    device: &DeviceSecret,
) -> Result<RestoreCheck, StoreError> {
    let source = open_untrusted(backup)?;
    let integrity: String = source
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| refused(format!("it is not a sound database: {e}")))?;
    if integrity != "ok" {
        return Err(refused(format!("it is damaged ({integrity})")));
    }
    let version: usize = source
        .query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))?
        .try_into()
        .unwrap_or(0);
    if version == 0 || version > MIGRATIONS.len() {
        return Err(refused(format!(
            "it is at schema {version}, and this version of Access Kiosk reads 1 to {}",
            MIGRATIONS.len()
        )));
    }
    let ours = our_tables(version)?;
    // Every table we copy must be a table in the file with exactly our columns: a view or a
    // table of another shape in its place is refused, not read.
    let mut check = RestoreCheck {
        schema: version,
        ..RestoreCheck::default()
    };
    let theirs: Vec<(String, String)> = {
        let mut stmt = source.prepare(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY rowid",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    let their_columns = table_columns(&source)?;
    for (table, columns) in &ours {
        let found = their_columns.iter().find(|(n, _)| n == table);
        match found {
            Some((_, cols)) if cols == columns => {}
            Some(_) => return Err(refused(format!("its table {table} is not ours"))),
            None => {
                return Err(refused(format!(
                    "it has no table {table} (a view or nothing in its place)"
                )))
            }
        }
    }
    let reference = {
        let mut r = Connection::open_in_memory()?;
        rusqlite_migration::Migrations::from_slice(&MIGRATIONS[..version]).to_latest(&mut r)?;
        let mut stmt =
            r.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        rows.collect::<Result<Vec<_>, _>>()?
    };
    check.ignored = theirs
        .iter()
        .filter(|o| !reference.contains(o))
        .map(|(t, n)| format!("{t} {n}"))
        .collect();

    // A fresh database from our own migrations, at the backup's version.
    {
        let mut conn = Connection::open(fresh)?;
        conn.pragma_update(None, "journal_mode", "DELETE")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        rusqlite_migration::Migrations::from_slice(&MIGRATIONS[..version]).to_latest(&mut conn)?;
        let tx = conn.transaction()?;
        for (table, columns) in &ours {
            if table == "audit_log" {
                continue;
            }
            copy_rows(&source, &tx, table, columns)?;
        }
        let audit_columns = &ours
            .iter()
            .find(|(t, _)| t == "audit_log")
            .map(|(_, c)| c.clone())
            .unwrap_or_default();
        if keep_backup_audit {
            // `staff_id` where the backup's schema has it (schema 9 on).
            let wanted: Vec<String> = ["at", "actor", "staff_id", "action", "details"]
                .iter()
                .map(|c| (*c).to_owned())
                .filter(|c| audit_columns.contains(c))
                .collect();
            copy_rows(&source, &tx, "audit_log", &wanted)?;
        }
        let broken: Option<String> = tx
            .query_row(
                "SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1",
                [],
                |r| r.get(0),
            )
            .ok();
        if let Some(table) = broken {
            return Err(refused(format!(
                "its {table} rows point at rows it does not have"
            )));
        }
        tx.commit()?;
    }
    drop(source);

    // Upgraded like any old file (sealing anything an old version held in clear), then
    // checked as the app will use it.
    let mut store = Store::open_on_device(fresh, Some(device))?;
    // A backup could claim the latest schema and still hold staff free text in clear.
    store.seal_event_free_text(Some(device))?;
    // The live log after the backup's own, at today's schema so its staff ids come too.
    {
        let tx = store.conn.transaction()?;
        for entry in live_audit {
            append_carried(&tx, entry)?;
        }
        tx.commit()?;
    }
    let key = store
        .practice_key()
        .map_err(|e| refused(format!("its practice key is damaged: {e}")))?
        .ok_or_else(|| refused("it has no practice key: it was never set up"))?;
    if key.recovery.is_none() && key.provisional.is_none() {
        return Err(refused("its practice key has no recovery wrap"));
    }
    for blob in store.all_wrap_bytes()? {
        WrappedKey::from_bytes(&blob).map_err(|_| {
            refused("a key wrap in it asks for key-stretching settings a tablet will not run")
        })?;
    }
    let integrity: String = store
        .conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if integrity != "ok" {
        return Err(refused(format!(
            "the rebuilt database is not sound ({integrity})"
        )));
    }
    check.journeys = store.journey_count()?;
    check.staff = store.conn.query_row(
        "SELECT count(*) FROM staff WHERE removed_at IS NULL",
        [],
        |r| r.get(0),
    )?;
    store.scrub()?;
    store.conn.pragma_update(None, "journal_mode", "DELETE")?;
    drop(store);
    sync_file(fresh)?;
    Ok(check)
}

fn copy_rows(
    source: &Connection,
    target: &Connection,
    table: &str,
    columns: &[String],
) -> Result<(), StoreError> {
    if columns.is_empty() {
        return Ok(());
    }
    let list = columns
        .iter()
        .map(|c| quote(c))
        .collect::<Vec<_>>()
        .join(", ");
    let marks = (1..=columns.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut read = source.prepare(&format!("SELECT {list} FROM main.{}", quote(table)))?;
    let mut write = target.prepare(&format!(
        "INSERT INTO {} ({list}) VALUES ({marks})",
        quote(table)
    ))?;
    let mut rows = read.query([])?;
    while let Some(row) = rows.next()? {
        let values: Vec<Value> = (0..columns.len())
            .map(|i| row.get::<_, Value>(i))
            .collect::<Result<_, _>>()?;
        write
            .execute(params_from_iter(values))
            .map_err(|e| refused(format!("a row of its {table} table is not valid: {e}")))?;
    }
    Ok(())
}

fn sync_file(path: &Path) -> Result<(), StoreError> {
    std::fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(|source| StoreError::Backup {
            path: path.to_owned(),
            source,
        })
}

/// The folder holding `path`, synced so a rename in it is on disk.
fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent() {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
}

/// Removes a closed database's `-wal` and `-shm` files.
fn remove_journal_files(path: &Path) {
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(sidecar(path, suffix));
    }
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

impl Store {
    /// The live audit log, to carry into a rebuilt database.
    pub fn audit_to_carry(&self) -> Result<Vec<CarriedAudit>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT at, actor, staff_id, action, details FROM audit_log ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok(CarriedAudit {
                at: r.get(0)?,
                actor: r.get(1)?,
                staff_id: r.get(2)?,
                action: r.get(3)?,
                details: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Audits what a member of staff of the database from before a restore did, just after
    /// it (the restore itself): as a carried entry, so their id is kept only if this
    /// database has their account under that name.
    pub fn audit_staff_from_before_restore(
        &self,
        staff_id: i64,
        name: &str,
        action: &str,
        details: serde_json::Value,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), StoreError> {
        append_carried(
            &self.conn,
            &CarriedAudit {
                at: now.to_rfc3339(),
                actor: name.to_owned(),
                staff_id: Some(staff_id),
                action: action.to_owned(),
                details: details.to_string(),
            },
        )
    }

    fn all_wrap_bytes(&self) -> Result<Vec<Vec<u8>>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT wrapped_key FROM staff_key_wrap
             UNION ALL SELECT recovery FROM practice_key WHERE recovery IS NOT NULL
             UNION ALL SELECT provisional FROM practice_key WHERE provisional IS NOT NULL",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Puts the rebuilt database `fresh` in place of this one: this connection is closed
    /// (its WAL checkpointed into the live file, which is then complete on its own), the live
    /// file given a second name, `fresh` renamed over the live file in one step and the
    /// folder synced, and the live file opened again. Whatever fails, the store is left open
    /// on the live file as it was, never on the empty in-memory stand-in used while the files
    /// change places: if the close fails, the old connection stays; if no second name can be
    /// made, nothing is moved; if the rename fails, the live file is opened again unchanged;
    /// if the rebuilt file does not open, the live file is put back from its second name and
    /// opened again. Only if even that cannot be opened is the store [`StoreError::Lost`]
    /// (and [`Store::is_lost`] from then on): the kiosk must stop, not carry on with a
    /// database that has no tables.
    pub fn swap_in(&mut self, fresh: &Path) -> Result<(), StoreError> {
        let live = self.path.clone();
        let old = std::mem::replace(&mut self.conn, stand_in()?);
        if let Err((old, e)) = old.close() {
            self.conn = old;
            return Err(e.into());
        }
        remove_journal_files(&live);
        let kept = match SecondName::make(&live) {
            Ok(kept) => kept,
            Err(e) => return Err(self.reopen_after_failed_swap(e)),
        };
        let renamed = std::fs::rename(fresh, &live);
        sync_dir(&live);
        let failure = match renamed {
            Err(source) => {
                // The live file never moved: its second name goes.
                kept.remove_unused();
                StoreError::Backup {
                    path: live.clone(),
                    source,
                }
            }
            Ok(()) => match Store::open(&live) {
                Ok(reopened) => {
                    self.conn = reopened.conn;
                    // The old database's only name now: its pages are overwritten as it goes.
                    super::remove_database_copy(&kept.path);
                    return Ok(());
                }
                Err(e) => {
                    // Put back. Should that fail too, the old file stays under its second
                    // name for someone to recover.
                    remove_journal_files(&live);
                    if put_back(&kept.path, &live).is_ok() {
                        sync_dir(&live);
                    }
                    e
                }
            },
        };
        Err(self.reopen_after_failed_swap(failure))
    }

    /// Opens the live file again after a swap that failed with `failure`, which is returned.
    /// If the live file does not open, the store is marked lost and [`StoreError::Lost`]
    /// returned instead.
    fn reopen_after_failed_swap(&mut self, failure: StoreError) -> StoreError {
        match Store::open(&self.path) {
            Ok(reopened) => {
                self.conn = reopened.conn;
                failure
            }
            Err(e) => {
                tracing::error!("the database did not open again after a failed swap: {e}");
                self.lost = true;
                StoreError::Lost {
                    path: self.path.clone(),
                }
            }
        }
    }

    /// At start, with the live file open: removes a second name a swap left when the app
    /// stopped during it ([`SECOND_NAME`]). The live file's own name (a link made before the
    /// rename) is only unlinked; another file (the database from before a finished swap, or a
    /// copy) is overwritten and removed, but only beside a database in use (one with an
    /// administrator): beside a new, empty one it may be the only copy left, so it stays for
    /// someone to recover. Whether something went.
    pub fn remove_second_name_left_by_a_crash(&self) -> Result<bool, StoreError> {
        let kept = sidecar(&self.path, SECOND_NAME);
        if !std::fs::symlink_metadata(&kept).is_ok_and(|m| m.is_file()) {
            return Ok(false);
        }
        if may_be_the_same_file(&kept, &self.path) {
            return Ok(std::fs::remove_file(&kept).is_ok());
        }
        if !self.has_admin()? {
            tracing::warn!(
                "{} is kept: the live database has no administrator",
                kept.display()
            );
            return Ok(false);
        }
        super::remove_database_copy(&kept);
        Ok(true)
    }

    /// Whether a swap left the store with no database (see [`Store::swap_in`]): every
    /// query fails, and the kiosk must be restarted.
    pub fn is_lost(&self) -> bool {
        self.lost
    }
}

/// The connection a store holds while its files change places: in memory, with no tables,
/// and read-only, so nothing can be written to it by mistake.
fn stand_in() -> Result<Connection, StoreError> {
    let conn = Connection::open_in_memory()?;
    conn.pragma_update(None, "query_only", "ON")?;
    Ok(conn)
}

/// The live file's second name while a swap runs (`kiosk.sqlite3.before-swap`), so it can be
/// put back: a hard link, or where the file system refuses one, a synced copy.
struct SecondName {
    path: PathBuf,
    copied: bool,
}

impl SecondName {
    /// Gives `live` its second name; an error if neither a link nor a copy can be made, and
    /// then nothing has moved.
    fn make(live: &Path) -> Result<Self, StoreError> {
        let path = sidecar(live, SECOND_NAME);
        // Only unlinked, never overwritten: a second name left by a crash may be the live
        // file's own.
        let _ = std::fs::remove_file(&path);
        if hard_link(live, &path).is_ok() {
            return Ok(SecondName {
                path,
                copied: false,
            });
        }
        match copy_synced(live, &path) {
            Ok(()) => {
                sync_dir(&path);
                Ok(SecondName { path, copied: true })
            }
            Err(source) => {
                if path.is_file() {
                    super::remove_database_copy(&path);
                }
                Err(StoreError::Backup { path, source })
            }
        }
    }

    /// The swap did not happen: a link is only unlinked (its pages are the live file's), a
    /// copy overwritten and removed.
    fn remove_unused(&self) {
        if self.copied {
            super::remove_database_copy(&self.path);
        } else {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Whether `a` and `b` may be one file under two names (where the platform cannot tell,
/// they may).
fn may_be_the_same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => true,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        true
    }
}

/// How the live file's second name ends (see [`SecondName`]).
pub(crate) const SECOND_NAME: &str = ".before-swap";

/// Copies `from` to the new file `to` (never over an existing one), readable by this user
/// only, and syncs it.
fn copy_synced(from: &Path, to: &Path) -> std::io::Result<()> {
    let mut source = std::fs::File::open(from)?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut copy = options.open(to)?;
    std::io::copy(&mut source, &mut copy)?;
    copy.sync_all()
}

#[cfg(test)]
thread_local! {
    /// Faults a test asks of the next swaps on its thread.
    static FAULTS: std::cell::Cell<Faults> = const { std::cell::Cell::new(Faults { no_hard_link: false, no_put_back: false }) };
}

/// Faults a test can ask of swaps on its thread: a file system without hard links, and a
/// put-back rename that fails.
#[cfg(test)]
#[derive(Clone, Copy)]
pub(crate) struct Faults {
    pub no_hard_link: bool,
    pub no_put_back: bool,
}

#[cfg(test)]
pub(crate) fn inject_faults(faults: Faults) {
    FAULTS.with(|f| f.set(faults));
}

fn hard_link(from: &Path, to: &Path) -> std::io::Result<()> {
    #[cfg(test)]
    if FAULTS.with(|f| f.get().no_hard_link) {
        return Err(std::io::Error::other("test: no hard links"));
    }
    std::fs::hard_link(from, to)
}

fn put_back(kept: &Path, live: &Path) -> std::io::Result<()> {
    #[cfg(test)]
    if FAULTS.with(|f| f.get().no_put_back) {
        return Err(std::io::Error::other("test: the put-back fails"));
    }
    std::fs::rename(kept, live)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A backup at any of our schema versions can be rebuilt: each has a reference.
    #[test]
    fn every_schema_version_has_a_reference_to_rebuild_into() {
        for v in 1..=MIGRATIONS.len() {
            let tables = our_tables(v).unwrap();
            assert!(tables.iter().any(|(t, _)| t == "journey"), "schema {v}");
        }
    }

    /// A swap that fails, before the rename or after it (the file put in place does not
    /// open), leaves the store on the live file as it was, still writing to it: never on
    /// the in-memory stand-in used while the files change places.
    #[test]
    fn a_swap_that_fails_leaves_the_store_on_the_live_file_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join(super::super::DATABASE_FILE);
        let mut store = Store::open(&live).unwrap();
        let now = chrono::Utc::now();
        store
            .audit("kiosk", "before", serde_json::json!({}), now)
            .unwrap();
        // Nothing to rename, then a file that is not a database: each swap fails.
        let missing = dir.path().join("missing.sqlite3");
        let garbage = dir.path().join("garbage.sqlite3");
        std::fs::write(&garbage, b"not a database, however it is named").unwrap();
        for fresh in [&missing, &garbage] {
            assert!(store.swap_in(fresh).is_err(), "{}", fresh.display());
            assert_eq!(
                store.audit_entries(None, Some("before"), 5).unwrap().len(),
                1,
                "still on the live file after {}",
                fresh.display()
            );
        }
        store
            .audit("kiosk", "after", serde_json::json!({}), now)
            .unwrap();
        drop(store);
        let again = Store::open(&live).unwrap();
        assert_eq!(
            again.audit_entries(None, Some("after"), 5).unwrap().len(),
            1,
            "what was written after the failed swaps is in the live file"
        );
        let left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("before-swap"))
            .collect();
        assert!(left.is_empty(), "nothing of the swap is left: {left:?}");
    }

    /// A live file with one audit line, `before`, and its folder.
    fn live_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join(super::super::DATABASE_FILE)).unwrap();
        store
            .audit("kiosk", "before", serde_json::json!({}), chrono::Utc::now())
            .unwrap();
        (dir, store)
    }

    fn garbage(dir: &Path) -> PathBuf {
        let path = dir.join("garbage.sqlite3");
        std::fs::write(&path, b"not a database, however it is named").unwrap();
        path
    }

    fn still_on_the_live_file(store: &Store) -> bool {
        store
            .audit_entries(None, Some("before"), 5)
            .is_ok_and(|e| e.len() == 1)
    }

    /// On a file system without hard links the live file's second name is a copy: a swap
    /// whose rebuilt file does not open still puts the live file back, and the copy goes.
    #[test]
    fn a_swap_without_hard_links_puts_the_live_file_back_from_a_copy() {
        let (dir, mut store) = live_store();
        inject_faults(Faults {
            no_hard_link: true,
            no_put_back: false,
        });
        let swapped = store.swap_in(&garbage(dir.path()));
        inject_faults(Faults {
            no_hard_link: false,
            no_put_back: false,
        });
        assert!(swapped.is_err());
        assert!(
            still_on_the_live_file(&store),
            "the live database is back, not lost with the only name it had"
        );
        assert!(!store.is_lost());
        let kept = sidecar(store.path(), SECOND_NAME);
        assert!(!kept.exists(), "the copy is removed once the file is back");
    }

    /// If the live file can be given no second name (here something else holds that name),
    /// nothing moves: the rebuilt file is not renamed over the live one.
    #[test]
    fn a_swap_with_no_second_name_for_the_live_file_moves_nothing() {
        let (dir, mut store) = live_store();
        let kept = sidecar(store.path(), SECOND_NAME);
        std::fs::create_dir(&kept).unwrap();
        let fresh = garbage(dir.path());
        assert!(matches!(
            store.swap_in(&fresh),
            Err(StoreError::Backup { .. })
        ));
        assert!(
            still_on_the_live_file(&store),
            "the live database is untouched"
        );
        assert!(fresh.exists(), "the rebuilt file was never renamed over it");
        assert!(kept.is_dir(), "what held the name is left alone");
    }

    /// A swap whose rebuilt file does not open and whose live file cannot be put back leaves
    /// a store that says it is lost (never carrying on quietly on the in-memory stand-in,
    /// which takes no writes), and the old database under its second name, whole.
    #[test]
    fn a_swap_that_cannot_put_the_live_file_back_is_lost_and_keeps_the_old_file() {
        let (dir, mut store) = live_store();
        inject_faults(Faults {
            no_hard_link: false,
            no_put_back: true,
        });
        let swapped = store.swap_in(&garbage(dir.path()));
        inject_faults(Faults {
            no_hard_link: false,
            no_put_back: false,
        });
        assert!(
            matches!(swapped, Err(StoreError::Lost { .. })),
            "{swapped:?}"
        );
        assert!(store.is_lost(), "the kiosk can see the store is lost");
        assert!(
            store
                .audit("kiosk", "after", serde_json::json!({}), chrono::Utc::now())
                .is_err(),
            "nothing is written to the stand-in"
        );
        let kept = Store::open(&sidecar(store.path(), SECOND_NAME)).unwrap();
        assert!(
            still_on_the_live_file(&kept),
            "the old database is whole under its second name"
        );
    }
}
