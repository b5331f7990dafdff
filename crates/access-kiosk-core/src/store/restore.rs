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

/// An audit entry carried from the live database into the rebuilt one.
#[derive(Debug, Clone)]
pub struct CarriedAudit {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub details: String,
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
            let wanted: Vec<String> = ["at", "actor", "action", "details"]
                .iter()
                .map(|c| (*c).to_owned())
                .filter(|c| audit_columns.contains(c))
                .collect();
            copy_rows(&source, &tx, "audit_log", &wanted)?;
        }
        for entry in live_audit {
            tx.execute(
                "INSERT INTO audit_log (at, actor, action, details) VALUES (?1, ?2, ?3, ?4)",
                [&entry.at, &entry.actor, &entry.action, &entry.details],
            )?;
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
            .prepare("SELECT at, actor, action, details FROM audit_log ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok(CarriedAudit {
                at: r.get(0)?,
                actor: r.get(1)?,
                action: r.get(2)?,
                details: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
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
    /// opened again. Until the rename the live file is as it was; if the rename fails, it is
    /// opened again unchanged.
    pub fn swap_in(&mut self, fresh: &Path) -> Result<(), StoreError> {
        let live = self.path.clone();
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        old.close().map_err(|(_, e)| StoreError::from(e))?;
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(sidecar(&live, suffix));
        }
        let renamed = std::fs::rename(fresh, &live);
        sync_dir(&live);
        let reopened = Store::open(&live)?;
        self.conn = reopened.conn;
        renamed.map_err(|source| StoreError::Backup {
            path: live.clone(),
            source,
        })
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
}
