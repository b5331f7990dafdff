//! Staff accounts in the database. Hashing and lockout rules live in [`crate::staff`].

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Row};

use super::{Store, StoreError};
use crate::privacy::WrappedKey;
use crate::staff::StaffMember;

const COLUMNS: &str = "id, name, is_admin, failed_attempts, locked_until";

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
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM staff WHERE is_admin = 1 AND removed_at IS NULL)",
            [],
            |r| r.get(0),
        )?)
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
    /// so no PIN hash is stored). The first administrator's set-up also stores the recovery
    /// wrap, replacing the provisional one. One transaction.
    pub fn insert_staff_with_wrap(
        &mut self,
        name: &str,
        is_admin: bool,
        wrap: &WrappedKey,
        recovery: Option<&WrappedKey>,
        now: DateTime<Utc>,
    ) -> Result<StaffMember, StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute(
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
        let id = tx.last_insert_rowid();
        super::keys::put_wrap(&tx, id, wrap, now)?;
        if let Some(recovery) = recovery {
            tx.execute(
                "UPDATE practice_key SET recovery = ?1, provisional = NULL WHERE id = 1",
                [recovery.as_bytes()],
            )?;
        }
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
            "UPDATE staff SET failed_attempts = 0, locked_until = NULL
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

    /// Records a wrong PIN: the new count and, if it locks, until when.
    pub fn record_wrong_pin(
        &self,
        id: i64,
        failures: u32,
        locked_until: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE staff SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1",
            params![id, failures, locked_until.map(|t| t.to_rfc3339())],
        )?;
        Ok(())
    }

    /// A good PIN clears the count of wrong ones.
    pub fn record_good_pin(&self, id: i64) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?1",
            [id],
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
