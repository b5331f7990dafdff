//! The practice key in the database: the public key (clear), the recovery wrap, the
//! provisional wrap used before the first administrator exists, and each staff member's
//! wrap. The cryptography is in [`crate::privacy`]; the lifecycle in
//! [`crate::kiosk::practice_key`].

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use super::{Store, StoreError};
use crate::privacy::{
    seal, wrap_secret, Argon2Params, PracticeKeys, PublicKey, SecretKey, WrappedKey,
};

/// The phrase the provisional wrap is made with. It is in the source code, so the
/// provisional wrap protects nothing: it only keeps the format uniform until the first
/// administrator's set-up replaces it (see SECURITY.md).
pub(crate) const PROVISIONAL_PHRASE: &str = "access-kiosk/provisional-practice-key/v1";

/// Argon2id settings for the provisional wrap: the lowest allowed, as it guards nothing.
pub(crate) fn provisional_params() -> Argon2Params {
    #[cfg(test)]
    {
        Argon2Params::for_tests()
    }
    #[cfg(not(test))]
    {
        Argon2Params::new(19 * 1024, 2, 1).unwrap_or(Argon2Params::PIN)
    }
}

/// What `staff.pin_hash` holds for an account whose PIN is checked by unwrapping its key
/// wrap: no hash, so there is no cheaper check of the PIN than the wrap itself.
pub(crate) const PIN_CHECKED_BY_WRAP: &str = "!checked-by-key-wrap";

/// The practice's key as stored.
#[derive(Debug, Clone)]
pub struct PracticeKey {
    pub public_key: PublicKey,
    /// The secret wrapped under the recovery passphrase (once an administrator exists).
    pub recovery: Option<WrappedKey>,
    /// The secret wrapped under [`PROVISIONAL_PHRASE`] (before an administrator exists).
    pub provisional: Option<WrappedKey>,
}

fn wrapped(bytes: Option<Vec<u8>>) -> Result<Option<WrappedKey>, StoreError> {
    Ok(bytes.map(|b| WrappedKey::from_bytes(&b)).transpose()?)
}

impl Store {
    /// Creates the practice key pair if the file has none (a new kiosk, or one upgraded
    /// from schema 3), held provisionally until the first administrator wraps it.
    pub(super) fn ensure_practice_key(&mut self) -> Result<(), StoreError> {
        if self.practice_key()?.is_some() {
            return Ok(());
        }
        let (public, secret) = PracticeKeys::generate()?;
        let provisional = wrap_secret(&secret, PROVISIONAL_PHRASE, &provisional_params())?;
        self.conn.execute(
            "INSERT INTO practice_key (id, public_key, provisional, created_at)
             VALUES (1, ?1, ?2, ?3)",
            params![
                public.to_string(),
                provisional.as_bytes(),
                Utc::now().to_rfc3339()
            ],
        )?;
        Ok(())
    }

    pub fn practice_key(&self) -> Result<Option<PracticeKey>, StoreError> {
        type Row = (String, Option<Vec<u8>>, Option<Vec<u8>>);
        let row: Option<Row> = self
            .conn
            .query_row(
                "SELECT public_key, recovery, provisional FROM practice_key WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((public, recovery, provisional)) = row else {
            return Ok(None);
        };
        Ok(Some(PracticeKey {
            public_key: public.parse()?,
            recovery: wrapped(recovery)?,
            provisional: wrapped(provisional)?,
        }))
    }

    /// The public key the kiosk seals with.
    pub fn public_key(&self) -> Result<PublicKey, StoreError> {
        public_key(&self.conn)
    }

    /// Replaces the provisional wrap with the recovery wrap: the key is no longer held in a
    /// form anyone can open. Call [`Store::scrub`] afterwards.
    pub fn set_recovery_wrap(&self, recovery: &WrappedKey) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE practice_key SET recovery = ?1, provisional = NULL WHERE id = 1",
            [recovery.as_bytes()],
        )?;
        Ok(())
    }

    /// One staff member's wrap of the practice key, if they have one.
    pub fn staff_wrap(&self, staff_id: i64) -> Result<Option<WrappedKey>, StoreError> {
        let bytes: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT wrapped_key FROM staff_key_wrap WHERE staff_id = ?1",
                [staff_id],
                |r| r.get(0),
            )
            .optional()?;
        wrapped(bytes)
    }

    /// Stores (or replaces) a staff member's wrap. Their PIN is from now on checked by
    /// unwrapping it, so the PIN hash is removed in the same transaction.
    pub fn set_staff_wrap(
        &mut self,
        staff_id: i64,
        wrap: &WrappedKey,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        put_wrap(&tx, staff_id, wrap, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Seals every row the plaintext `personal_details` table (schema 3) still holds into
    /// `sealed_personal`, and deletes it, in one transaction. Returns how many were sealed.
    pub(super) fn seal_plaintext_rows(&mut self) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'personal_details')",
            [],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(0);
        }
        let public = public_key(&tx)?;
        let rows: Vec<(i64, String, super::sealed::SealedDetails)> = {
            let mut stmt = tx.prepare(
                "SELECT p.journey_id, j.reference, p.first_name, p.last_name, p.date_of_birth,
                        p.mobile, p.email, p.nhs_number
                 FROM personal_details p JOIN journey j ON j.id = p.journey_id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    super::sealed::SealedDetails {
                        first_name: r.get(2)?,
                        last_name: r.get(3)?,
                        date_of_birth: r.get(4)?,
                        mobile: r.get(5)?,
                        email: r.get(6)?,
                        nhs_number: r.get(7)?,
                        ..Default::default()
                    },
                ))
            })?;
            rows.collect::<Result<_, _>>()?
        };
        for (id, reference, details) in &rows {
            let blob = seal(
                &public,
                &details.to_json(),
                &super::sealed::associated_data(reference),
            )?;
            tx.execute(
                "INSERT OR REPLACE INTO sealed_personal (journey_id, sealed) VALUES (?1, ?2)",
                params![id, blob],
            )?;
        }
        tx.execute("DELETE FROM personal_details", [])?;
        tx.commit()?;
        Ok(rows.len())
    }
}

pub(super) fn public_key(conn: &rusqlite::Connection) -> Result<PublicKey, StoreError> {
    let text: String = conn.query_row(
        "SELECT public_key FROM practice_key WHERE id = 1",
        [],
        |r| r.get(0),
    )?;
    Ok(text.parse()?)
}

/// Stores a wrap and marks the account's PIN as checked by it, inside `conn`'s transaction.
pub(super) fn put_wrap(
    conn: &rusqlite::Connection,
    staff_id: i64,
    wrap: &WrappedKey,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO staff_key_wrap (staff_id, wrapped_key, created_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (staff_id) DO UPDATE SET wrapped_key = excluded.wrapped_key,
             created_at = excluded.created_at",
        params![staff_id, wrap.as_bytes(), now.to_rfc3339()],
    )?;
    conn.execute(
        "UPDATE staff SET pin_hash = ?2 WHERE id = ?1",
        params![staff_id, PIN_CHECKED_BY_WRAP],
    )?;
    Ok(())
}

/// Opens the practice's secret key from its provisional wrap (before set-up only).
pub(crate) fn open_provisional(wrap: &WrappedKey) -> Result<SecretKey, StoreError> {
    Ok(crate::privacy::unwrap_secret(wrap, PROVISIONAL_PHRASE)?)
}

#[cfg(test)]
impl Store {
    /// A journey's sealed blob as stored (tests only).
    pub(crate) fn sealed_blob_for_tests(&self, journey_id: i64) -> Option<Vec<u8>> {
        self.conn
            .query_row(
                "SELECT sealed FROM sealed_personal WHERE journey_id = ?1",
                [journey_id],
                |r| r.get(0),
            )
            .optional()
            .unwrap()
    }

    /// The practice's secret key while it is still provisional (tests only).
    pub(crate) fn provisional_secret_for_tests(&self) -> SecretKey {
        let key = self.practice_key().unwrap().unwrap();
        open_provisional(key.provisional.as_ref().unwrap()).unwrap()
    }
}
