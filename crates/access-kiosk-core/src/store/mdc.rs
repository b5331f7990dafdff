//! Making Data Count rebases: the weeks from which a measure's chart starts a new stretch.
//! One row per measure and week; who added it and why are kept with it (the audit log has
//! who removed one).

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

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

impl Store {
    /// Adds a rebase; `None` if the measure already has one that week.
    pub fn add_rebase(
        &self,
        measure: Measure,
        week: NaiveDate,
        reason: &str,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Rebase>, StoreError> {
        let added = self.conn.execute(
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
        self.rebase(self.conn.last_insert_rowid())
    }

    pub fn rebase(&self, id: i64) -> Result<Option<Rebase>, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM mdc_rebase WHERE id = ?1"),
                params![id],
                rebase_from,
            )
            .optional()
            .map_err(StoreError::from)
    }

    /// Removes a rebase and returns it; `None` if there is none with that id.
    pub fn remove_rebase(&self, id: i64) -> Result<Option<Rebase>, StoreError> {
        let Some(rebase) = self.rebase(id)? else {
            return Ok(None);
        };
        self.conn
            .execute("DELETE FROM mdc_rebase WHERE id = ?1", params![id])?;
        Ok(Some(rebase))
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

    #[test]
    fn a_rebase_is_kept_once_per_week_with_who_and_why_and_can_be_removed() {
        let store = Store::open_in_memory().unwrap();
        let now = Utc::now();
        let a = store
            .add_rebase(Measure::AccessGranted, day(9, 7), "New script", "Ann", now)
            .unwrap()
            .expect("added");
        assert_eq!(
            (a.reason.as_str(), a.added_by.as_str()),
            ("New script", "Ann")
        );
        assert_eq!(
            store
                .add_rebase(Measure::AccessGranted, day(9, 7), "Again", "Bob", now)
                .unwrap(),
            None,
            "one rebase a week per measure"
        );
        store
            .add_rebase(Measure::AccessGranted, day(3, 2), "Earlier", "Bob", now)
            .unwrap();
        store
            .add_rebase(Measure::Coded9iw, day(9, 7), "Other measure", "Bob", now)
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
        assert_eq!(store.remove_rebase(a.id).unwrap(), Some(a.clone()));
        assert_eq!(store.remove_rebase(a.id).unwrap(), None);
        assert_eq!(store.rebases(Measure::AccessGranted).unwrap().len(), 1);
    }
}
