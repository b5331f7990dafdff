//! The audit log: logins, journeys opened and changed, queue views and searches, exports and
//! prints, staff changes. Append-only (triggers refuse updates and deletes); no personal data
//! in its details. Entries made by a member of staff carry their account's id as well as
//! their name (a name can be reused once an account is removed).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;

use super::{Store, StoreError};

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub actor: String,
    /// The staff account that acted, when a member of staff did.
    #[serde(rename = "staffId")]
    pub staff_id: Option<i64>,
    pub action: String,
    pub details: serde_json::Value,
}

/// Appends one line to the audit log of `conn`: the one place that writes it, for
/// [`Store::audit`], [`Store::audit_staff`] and the store's own transactions (a rebase and its
/// entry, a restore carrying the log in).
pub(super) fn append(
    conn: &Connection,
    at: &str,
    actor: &str,
    staff_id: Option<i64>,
    action: &str,
    details: &str,
) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO audit_log (at, actor, staff_id, action, details)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![at, actor, staff_id, action, details],
    )?;
    Ok(())
}

impl Store {
    /// Adds a line to the audit log for an actor that is not a staff account (the kiosk,
    /// the retention purge, set-up).
    pub fn audit(
        &self,
        actor: &str,
        action: &str,
        details: serde_json::Value,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        append(
            &self.conn,
            &now.to_rfc3339(),
            actor,
            None,
            action,
            &details.to_string(),
        )
    }

    /// Adds a line to the audit log for what a member of staff did: their account's id and
    /// their name.
    pub fn audit_staff(
        &self,
        staff_id: i64,
        name: &str,
        action: &str,
        details: serde_json::Value,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        append(
            &self.conn,
            &now.to_rfc3339(),
            name,
            Some(staff_id),
            action,
            &details.to_string(),
        )
    }

    /// The newest `limit` entries, optionally only one actor's or one action's, newest first.
    pub fn audit_entries(
        &self,
        actor: Option<&str>,
        action: Option<&str>,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, actor, action, details, staff_id FROM audit_log
             WHERE (?1 IS NULL OR actor = ?1) AND (?2 IS NULL OR action = ?2)
             ORDER BY id DESC LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![actor, action, limit], |r| {
            let at: String = r.get(0)?;
            let details: String = r.get(3)?;
            Ok(AuditEntry {
                at: super::journeys::parse_time(&at, 0)?,
                actor: r.get(1)?,
                staff_id: r.get(4)?,
                action: r.get(2)?,
                details: serde_json::from_str(&details).unwrap_or(serde_json::Value::Null),
            })
        })?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_audit_log_filters_and_cannot_be_edited() {
        let store = Store::open_in_memory().unwrap();
        let now = Utc::now();
        store.audit("Ann", "login", json!({}), now).unwrap();
        store.audit("Bob", "login-failed", json!({}), now).unwrap();
        store
            .audit("Ann", "journey-opened", json!({"reference": "ACDEFG"}), now)
            .unwrap();
        assert_eq!(store.audit_entries(None, None, 10).unwrap().len(), 3);
        let anns = store.audit_entries(Some("Ann"), None, 10).unwrap();
        assert_eq!(anns.len(), 2);
        assert_eq!(anns[0].action, "journey-opened", "newest first");
        assert_eq!(
            store
                .audit_entries(None, Some("login-failed"), 10)
                .unwrap()
                .len(),
            1
        );
        assert!(store
            .conn
            .execute("UPDATE audit_log SET actor = 'x'", [])
            .is_err());
        assert!(store.conn.execute("DELETE FROM audit_log", []).is_err());
    }
}
