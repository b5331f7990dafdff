//! Making Data Count rebases: the weeks from which a measure's chart starts a new stretch.
//! One row per measure and week; who added it and why are kept with it. Each change is
//! written with its audit entry in one transaction (the audit log has who removed one).

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::json;

use super::{Store, StoreError};
use crate::measures::Measure;

/// A rebase: from `week` (its first day) the measure's chart has a new mean and limits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rebase {
    pub id: i64,
    pub measure: Measure,
    pub week: NaiveDate,
    pub reason: String,
    pub added_by: String,
    pub added_at: DateTime<Utc>,
}

fn rebase_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<Rebase> {
    let bad = |i: usize| {
        move |e: String| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
        }
    };
    let measure: String = r.get(1)?;
    let week: String = r.get(2)?;
    let added_at: String = r.get(5)?;
    Ok(Rebase {
        id: r.get(0)?,
        measure: Measure::parse(&measure).ok_or_else(|| bad(1)(measure.clone()))?,
        week: week.parse().map_err(|_| bad(2)(week.clone()))?,
        reason: r.get(3)?,
        added_by: r.get(4)?,
        added_at: DateTime::parse_from_rfc3339(&added_at)
            .map_err(|_| bad(5)(added_at.clone()))?
            .with_timezone(&Utc),
    })
}

const COLUMNS: &str = "id, measure, week, reason, added_by, added_at";

/// The audit log's action for a rebase added.
pub const REBASE_ADDED: &str = "mdc-rebase-added";
/// The audit log's action for a rebase removed.
pub const REBASE_REMOVED: &str = "mdc-rebase-removed";

/// Inserts a rebase; `None` if the measure already has one that week.
fn insert_rebase(
    conn: &Connection,
    measure: Measure,
    week: NaiveDate,
    reason: &str,
    by: &str,
    now: DateTime<Utc>,
) -> Result<Option<Rebase>, StoreError> {
    let added = conn.execute(
        "INSERT INTO mdc_rebase (measure, week, reason, added_at, added_by)
         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (measure, week) DO NOTHING",
        params![
            measure.as_str(),
            week.to_string(),
            reason,
            now.to_rfc3339(),
            by
        ],
    )?;
    if added == 0 {
        return Ok(None);
    }
    rebase_by_id(conn, conn.last_insert_rowid())
}

fn rebase_by_id(conn: &Connection, id: i64) -> Result<Option<Rebase>, StoreError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM mdc_rebase WHERE id = ?1"),
        params![id],
        rebase_from,
    )
    .optional()
    .map_err(StoreError::from)
}

/// The audit entry of a rebase's change, written on `conn` (the change's own transaction):
/// the member of staff's account id and name, as [`Store::audit_staff`] writes them, and
/// what the rebase was.
fn audit_rebase(
    conn: &Connection,
    action: &str,
    rebase: &Rebase,
    staff_id: i64,
    name: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let details =
        json!({ "measure": rebase.measure, "week": rebase.week, "reason": rebase.reason });
    super::audit::append(
        conn,
        &now.to_rfc3339(),
        name,
        Some(staff_id),
        action,
        &details.to_string(),
    )
}

impl Store {
    /// Adds a rebase and its audit entry ([`REBASE_ADDED`], by the staff account `staff_id`
    /// named `name`) in one transaction: both are written or neither. `None`, with nothing
    /// written, if the measure already has one that week.
    pub fn add_rebase_audited(
        &mut self,
        measure: Measure,
        week: NaiveDate,
        reason: &str,
        staff_id: i64,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Rebase>, StoreError> {
        let tx = self.conn.transaction()?;
        let Some(added) = insert_rebase(&tx, measure, week, reason, name, now)? else {
            return Ok(None);
        };
        audit_rebase(&tx, REBASE_ADDED, &added, staff_id, name, now)?;
        tx.commit()?;
        Ok(Some(added))
    }

    /// A rebase with no audit entry, for tests that need one in place.
    #[cfg(test)]
    pub(crate) fn add_rebase(
        &self,
        measure: Measure,
        week: NaiveDate,
        reason: &str,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Rebase>, StoreError> {
        insert_rebase(&self.conn, measure, week, reason, by, now)
    }

    pub fn rebase(&self, id: i64) -> Result<Option<Rebase>, StoreError> {
        rebase_by_id(&self.conn, id)
    }

    /// Removes a rebase and writes its audit entry ([`REBASE_REMOVED`], with what it was) in
    /// one transaction: both or neither. Returns it; `None`, with nothing written, if there
    /// is none with that id.
    pub fn remove_rebase_audited(
        &mut self,
        id: i64,
        staff_id: i64,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Rebase>, StoreError> {
        let tx = self.conn.transaction()?;
        let Some(removed) = rebase_by_id(&tx, id)? else {
            return Ok(None);
        };
        tx.execute("DELETE FROM mdc_rebase WHERE id = ?1", params![id])?;
        audit_rebase(&tx, REBASE_REMOVED, &removed, staff_id, name, now)?;
        tx.commit()?;
        Ok(Some(removed))
    }

    /// A measure's rebases, oldest week first.
    pub fn rebases(&self, measure: Measure) -> Result<Vec<Rebase>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM mdc_rebase WHERE measure = ?1 ORDER BY week"
        ))?;
        let rows = stmt.query_map(params![measure.as_str()], rebase_from)?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    /// A staff account to act as, for the audit entry's account id.
    fn staff(store: &Store, name: &str) -> i64 {
        store
            .insert_staff(name, "not-a-pin-hash", true, Utc::now())
            .unwrap()
            .id
    }

    fn audited(store: &Store, action: &str) -> Vec<crate::store::AuditEntry> {
        store.audit_entries(None, Some(action), 100).unwrap()
    }

    /// Makes the audit log refuse entries with this action, as a full disk or a broken
    /// file would refuse the write.
    fn refuse_audit(store: &Store, action: &str) {
        store
            .conn
            .execute_batch(&format!(
                "CREATE TEMP TRIGGER refuse_{} BEFORE INSERT ON audit_log
                 WHEN NEW.action = '{action}' BEGIN SELECT RAISE(ABORT, 'refused'); END;",
                action.replace('-', "_")
            ))
            .unwrap();
    }

    #[test]
    fn a_rebase_is_kept_once_per_week_with_who_and_why_and_can_be_removed() {
        let mut store = Store::open_in_memory().unwrap();
        let (ann, bob) = (staff(&store, "Ann"), staff(&store, "Bob"));
        let now = Utc::now();
        let a = store
            .add_rebase_audited(
                Measure::AccessGranted,
                day(9, 7),
                "New script",
                ann,
                "Ann",
                now,
            )
            .unwrap()
            .expect("added");
        assert_eq!(
            (a.reason.as_str(), a.added_by.as_str()),
            ("New script", "Ann")
        );
        assert_eq!(
            store
                .add_rebase_audited(Measure::AccessGranted, day(9, 7), "Again", bob, "Bob", now)
                .unwrap(),
            None,
            "one rebase a week per measure"
        );
        store
            .add_rebase_audited(
                Measure::AccessGranted,
                day(3, 2),
                "Earlier",
                bob,
                "Bob",
                now,
            )
            .unwrap();
        store
            .add_rebase_audited(
                Measure::Coded9iw,
                day(9, 7),
                "Other measure",
                bob,
                "Bob",
                now,
            )
            .unwrap();
        let weeks: Vec<_> = store
            .rebases(Measure::AccessGranted)
            .unwrap()
            .into_iter()
            .map(|r| r.week)
            .collect();
        assert_eq!(
            weeks,
            [day(3, 2), day(9, 7)],
            "oldest first, this measure only"
        );
        assert_eq!(
            store.remove_rebase_audited(a.id, bob, "Bob", now).unwrap(),
            Some(a.clone())
        );
        assert_eq!(
            store.remove_rebase_audited(a.id, bob, "Bob", now).unwrap(),
            None
        );
        assert_eq!(store.rebases(Measure::AccessGranted).unwrap().len(), 1);
    }

    #[test]
    fn adding_and_removing_a_rebase_each_write_one_audit_entry_with_the_staff_account() {
        let mut store = Store::open_in_memory().unwrap();
        let (ann, bob) = (staff(&store, "Ann"), staff(&store, "Bob"));
        let now = Utc::now();
        let a = store
            .add_rebase_audited(
                Measure::AccessGranted,
                day(9, 7),
                "New script",
                ann,
                "Ann",
                now,
            )
            .unwrap()
            .expect("added");
        let added = audited(&store, REBASE_ADDED);
        assert_eq!(added.len(), 1);
        assert_eq!(
            (added[0].actor.as_str(), added[0].staff_id),
            ("Ann", Some(ann))
        );
        assert_eq!(
            added[0].details,
            json!({ "measure": "access-granted", "week": "2026-09-07", "reason": "New script" })
        );
        // A refused duplicate writes nothing, not even to the audit log.
        store
            .add_rebase_audited(Measure::AccessGranted, day(9, 7), "Again", ann, "Ann", now)
            .unwrap();
        assert_eq!(audited(&store, REBASE_ADDED).len(), 1);

        store.remove_rebase_audited(a.id, bob, "Bob", now).unwrap();
        let removed = audited(&store, REBASE_REMOVED);
        assert_eq!(removed.len(), 1);
        assert_eq!(
            (removed[0].actor.as_str(), removed[0].staff_id),
            ("Bob", Some(bob))
        );
        assert_eq!(removed[0].details, added[0].details, "what it was");
        // Removing what is gone writes nothing.
        assert_eq!(
            store.remove_rebase_audited(a.id, bob, "Bob", now).unwrap(),
            None
        );
        assert_eq!(audited(&store, REBASE_REMOVED).len(), 1);
        assert_eq!(audited(&store, REBASE_ADDED).len(), 1);
    }

    #[test]
    fn a_rebase_whose_audit_entry_fails_is_not_added() {
        let mut store = Store::open_in_memory().unwrap();
        let ann = staff(&store, "Ann");
        refuse_audit(&store, REBASE_ADDED);
        assert!(store
            .add_rebase_audited(
                Measure::AccessGranted,
                day(9, 7),
                "New script",
                ann,
                "Ann",
                Utc::now()
            )
            .is_err());
        assert_eq!(store.rebases(Measure::AccessGranted).unwrap(), vec![]);
        assert_eq!(audited(&store, REBASE_ADDED).len(), 0);
    }

    #[test]
    fn a_rebase_that_fails_to_save_leaves_no_audit_entry() {
        // The database refuses a reason over 200 characters.
        let mut store = Store::open_in_memory().unwrap();
        let ann = staff(&store, "Ann");
        let long = "x".repeat(201);
        assert!(store
            .add_rebase_audited(
                Measure::AccessGranted,
                day(9, 7),
                &long,
                ann,
                "Ann",
                Utc::now()
            )
            .is_err());
        assert_eq!(store.rebases(Measure::AccessGranted).unwrap(), vec![]);
        assert_eq!(audited(&store, REBASE_ADDED).len(), 0);
    }

    #[test]
    fn a_removal_whose_audit_entry_fails_leaves_the_rebase() {
        let mut store = Store::open_in_memory().unwrap();
        let ann = staff(&store, "Ann");
        let now = Utc::now();
        let a = store
            .add_rebase_audited(
                Measure::AccessGranted,
                day(9, 7),
                "New script",
                ann,
                "Ann",
                now,
            )
            .unwrap()
            .expect("added");
        refuse_audit(&store, REBASE_REMOVED);
        assert!(store.remove_rebase_audited(a.id, ann, "Ann", now).is_err());
        assert_eq!(store.rebases(Measure::AccessGranted).unwrap(), vec![a]);
        assert_eq!(audited(&store, REBASE_REMOVED).len(), 0);
    }
}
