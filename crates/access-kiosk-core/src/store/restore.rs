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
    /// (its WAL checkpointed into the live file, which is then complete on its own), `fresh`
    /// is renamed over the live file in one step and the folder synced, and the live file
    /// opened again. Whatever fails, the store is left open on the live file as it was,
    /// never on the empty in-memory stand-in used while the files change places: if the
    /// close fails, the old connection stays; if the rename fails, the live file is opened
    /// again unchanged; if the rebuilt file does not open, the live file (kept under a second
    /// name, a hard link, until then) is put back and opened again.
    pub fn swap_in(&mut self, fresh: &Path) -> Result<(), StoreError> {
        let live = self.path.clone();
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        if let Err((old, e)) = old.close() {
            self.conn = old;
            return Err(e.into());
        }
        remove_journal_files(&live);
        // Only unlinked, never overwritten: a second name left by a crash may be the live
        // file's own.
        let kept = sidecar(&live, ".before-swap");
        let _ = std::fs::remove_file(&kept);
        let kept = std::fs::hard_link(&live, &kept).ok().map(|()| kept);
        let renamed = std::fs::rename(fresh, &live);
        sync_dir(&live);
        let failure = match renamed {
            Err(source) => {
                // The live file never moved: its second name goes (unlinked only).
                if let Some(kept) = &kept {
                    let _ = std::fs::remove_file(kept);
                }
                StoreError::Backup {
                    path: live.clone(),
                    source,
                }
            }
            Ok(()) => match Store::open(&live) {
                Ok(reopened) => {
                    self.conn = reopened.conn;
                    // The old database's only name now: its pages are overwritten as it goes.
                    if let Some(kept) = &kept {
                        super::remove_database_copy(kept);
                    }
                    return Ok(());
                }
                Err(e) => {
                    // Put back. Should that fail too, the old file stays under its second
                    // name for someone to recover.
                    if let Some(kept) = &kept {
                        remove_journal_files(&live);
                        if std::fs::rename(kept, &live).is_ok() {
                            sync_dir(&live);
                        }
                    }
                    e
                }
            },
        };
        self.conn = Store::open(&live)?.conn;
        Err(failure)
    }
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
}
