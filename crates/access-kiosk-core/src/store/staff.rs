//! Staff accounts in the database. Hashing and lockout rules live in [`crate::staff`].

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Row};

use super::{Store, StoreError};
use crate::privacy::WrappedKey;
use crate::staff::StaffMember;

const COLUMNS: &str = "id, name, is_admin, failed_attempts, locked_until";

/// A PIN attempt as counted before its key stretch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinAttempt {
    id: i64,
    /// Wrong PINs in a row, this one included (it counts as wrong until proved right).
    pub failures: u32,
    /// The lock this attempt brings if it proves wrong.
    pub locked_until: Option<DateTime<Utc>>,
    before: (u32, Option<String>, Option<String>),
}

/// Whether an active administrator exists, read on `conn` (a connection or, inside a
/// transaction, that transaction).
pub(super) fn has_admin(conn: &rusqlite::Connection) -> Result<bool, StoreError> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM staff WHERE is_admin = 1 AND removed_at IS NULL)",
        [],
        |r| r.get(0),
    )?)
}

/// Inserts an account (no PIN yet) inside `conn`'s transaction; a second active account with
/// the same name is refused.
pub(super) fn insert_account(
    conn: &rusqlite::Connection,
    name: &str,
    is_admin: bool,
    now: DateTime<Utc>,
) -> Result<i64, StoreError> {
    conn.execute(
        "INSERT INTO staff (name, pin_hash, is_admin, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![
            name,
            super::keys::PIN_CHECKED_BY_WRAP,
            is_admin,
            now.to_rfc3339()
        ],
    )
    .map_err(|e| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => StoreError::DuplicateStaffName,
        _ => StoreError::from(e),
    })?;
    Ok(conn.last_insert_rowid())
}

fn member_from_row(r: &Row<'_>) -> rusqlite::Result<StaffMember> {
    let locked: Option<String> = r.get(4)?;
    Ok(StaffMember {
        id: r.get(0)?,
        name: r.get(1)?,
        is_admin: r.get(2)?,
        failed_attempts: r.get(3)?,
        locked_until: locked
            .map(|t| super::journeys::parse_time(&t, 4))
            .transpose()?,
    })
}

impl Store {
    /// Whether anyone can administer this kiosk yet (first start asks for an administrator).
    pub fn has_admin(&self) -> Result<bool, StoreError> {
        has_admin(&self.conn)
    }

    /// Active accounts, by name.
    pub fn active_staff(&self) -> Result<Vec<StaffMember>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM staff WHERE removed_at IS NULL ORDER BY name COLLATE NOCASE"
        ))?;
        let rows = stmt.query_map([], member_from_row)?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from)
    }

    /// Adds an account. A second active account with the same name is refused.
    pub fn insert_staff(
        &self,
        name: &str,
        pin_hash: &str,
        is_admin: bool,
        now: DateTime<Utc>,
    ) -> Result<StaffMember, StoreError> {
        self.conn
            .execute(
                "INSERT INTO staff (name, pin_hash, is_admin, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![name, pin_hash, is_admin, now.to_rfc3339()],
            )
            .map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::ConstraintViolation) => StoreError::DuplicateStaffName,
                _ => StoreError::from(e),
            })?;
        self.staff_by_id(self.conn.last_insert_rowid())?
            .ok_or(StoreError::NoSuchStaff)
    }

    /// Adds an account whose PIN wraps the practice key (its PIN is checked by unwrapping,
    /// so no PIN hash is stored). One transaction.
    pub fn insert_staff_with_wrap(
        &mut self,
        name: &str,
        is_admin: bool,
        wrap: &WrappedKey,
        now: DateTime<Utc>,
    ) -> Result<StaffMember, StoreError> {
        let tx = self.conn.transaction()?;
        let id = insert_account(&tx, name, is_admin, now)?;
        super::keys::put_wrap(&tx, id, wrap, now)?;
        tx.commit()?;
        self.staff_by_id(id)?.ok_or(StoreError::NoSuchStaff)
    }

    /// A new PIN, as a new wrap of the practice key (an administrator's reset, or the
    /// recovery passphrase): also unlocks the account. One transaction.
    pub fn set_pin_wrap(
        &mut self,
        id: i64,
        wrap: &WrappedKey,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let n = tx.execute(
            "UPDATE staff SET failed_attempts = 0, locked_until = NULL, last_failed_at = NULL
             WHERE id = ?1 AND removed_at IS NULL",
            [id],
        )?;
        if n == 0 {
            return Err(StoreError::NoSuchStaff);
        }
        super::keys::put_wrap(&tx, id, wrap, now)?;
        tx.commit()?;
        Ok(())
    }

    pub fn staff_by_id(&self, id: i64) -> Result<Option<StaffMember>, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM staff WHERE id = ?1 AND removed_at IS NULL"),
                [id],
                member_from_row,
            )
            .optional()
            .map_err(StoreError::from)
    }

    /// An active account and its PIN hash, by id.
    pub fn staff_with_hash(&self, id: i64) -> Result<Option<(StaffMember, String)>, StoreError> {
        self.conn
            .query_row(
                &format!(
                    "SELECT {COLUMNS}, pin_hash FROM staff WHERE id = ?1 AND removed_at IS NULL"
                ),
                [id],
                |r| Ok((member_from_row(r)?, r.get(5)?)),
            )
            .optional()
            .map_err(StoreError::from)
    }

    /// Counts a PIN attempt as wrong **before** the key stretch that checks it, in one
    /// immediate transaction, so attempts arriving together are each counted (a good PIN
    /// takes its own count back afterwards: [`Store::pin_attempt_was_right`]). Wrong PINs
    /// older than [`crate::staff::FAILURES_FORGOTTEN_AFTER`] no longer count. Returns the
    /// count with this attempt and the lock it brings, if any. An account locked by then
    /// (by attempts that came in after the caller read it) is refused in the same
    /// transaction, [`StoreError::Locked`], and the attempt not counted or checked.
    pub fn count_pin_attempt(
        &mut self,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<PinAttempt, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let (failures, last, locked): (u32, Option<String>, Option<String>) = tx
            .query_row(
                "SELECT failed_attempts, last_failed_at, locked_until FROM staff
                 WHERE id = ?1 AND removed_at IS NULL",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or(StoreError::NoSuchStaff)?;
        let until = locked
            .as_deref()
            .map(|t| super::journeys::parse_time(t, 2))
            .transpose()?;
        if let Some(until) = until.filter(|t| *t > now) {
            return Err(StoreError::Locked { until });
        }
        let last_at = last
            .as_deref()
            .map(|t| super::journeys::parse_time(t, 1))
            .transpose()?;
        let recent = last_at.is_some_and(|t| now - t < crate::staff::FAILURES_FORGOTTEN_AFTER);
        let counted = if recent { failures + 1 } else { 1 };
        let locked_until = crate::staff::lock_for(counted).map(|d| now + d);
        tx.execute(
            "UPDATE staff SET failed_attempts = ?2, last_failed_at = ?3, locked_until = ?4
             WHERE id = ?1",
            params![
                id,
                counted,
                now.to_rfc3339(),
                locked_until.map(|t| t.to_rfc3339())
            ],
        )?;
        tx.commit()?;
        Ok(PinAttempt {
            id,
            failures: counted,
            locked_until,
            before: (failures, last, locked),
        })
    }

    /// The PIN counted by [`Store::count_pin_attempt`] was right: its count is taken back
    /// (and the lock it alone would have set). Wrong PINs counted before it stay: a good
    /// login does not wipe them.
    pub fn pin_attempt_was_right(&self, attempt: &PinAttempt) -> Result<(), StoreError> {
        let (_, _, locked) = &attempt.before;
        self.conn.execute(
            "UPDATE staff SET failed_attempts = max(failed_attempts - 1, 0),
                 last_failed_at = CASE WHEN failed_attempts - 1 <= 0 THEN NULL
                                       ELSE last_failed_at END,
                 locked_until = CASE WHEN locked_until IS ?2 THEN ?3 ELSE locked_until END
             WHERE id = ?1",
            params![
                attempt.id,
                attempt.locked_until.map(|t| t.to_rfc3339()),
                locked
            ],
        )?;
        Ok(())
    }
    /// Removes an account (kept for the audit trail, but it can no longer log in) and
    /// deletes its wrap of the practice key (overwritten: `secure_delete` is on).
    pub fn remove_staff(&mut self, id: i64, now: DateTime<Utc>) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let n = tx.execute(
            "UPDATE staff SET removed_at = ?2 WHERE id = ?1 AND removed_at IS NULL",
            params![id, now.to_rfc3339()],
        )?;
        if n == 0 {
            return Err(StoreError::NoSuchStaff);
        }
        tx.execute("DELETE FROM staff_key_wrap WHERE staff_id = ?1", [id])?;
        tx.commit()?;
        self.checkpoint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An account locked between the caller's read and the count (attempts that arrived
    /// together): the count refuses it inside its own transaction, without counting.
    #[test]
    fn a_pin_attempt_on_an_account_locked_meanwhile_is_refused_uncounted() {
        let mut store = Store::open_in_memory().unwrap();
        let now = Utc::now();
        let member = store.insert_staff("Ola", "hash", false, now).unwrap();
        for _ in 0..5 {
            store.count_pin_attempt(member.id, now).unwrap();
        }
        let locked = store.staff_by_id(member.id).unwrap().unwrap();
        assert!(locked.locked_until.is_some_and(|t| t > now));
        assert!(matches!(
            store.count_pin_attempt(member.id, now),
            Err(StoreError::Locked { until }) if Some(until) == locked.locked_until
        ));
        let after = store.staff_by_id(member.id).unwrap().unwrap();
        assert_eq!(
            after.failed_attempts, 5,
            "the refused attempt is not counted"
        );
        assert_eq!(
            after.locked_until, locked.locked_until,
            "nor does it move the lock"
        );
    }
}
