//! The practice key in the database: the public key (clear), the recovery wrap, each staff
//! member's wrap, and, only in files from older versions, the key held before set-up. The
//! cryptography is in [`crate::privacy`]; the lifecycle in [`crate::kiosk::practice_key`].
//!
//! A new kiosk has no practice key until its first administrator is set up: the patient
//! face takes no sign-up before then, so nothing needs sealing. Replacing the key, which
//! touches every table with something sealed in it, is `rekeying.rs`, above this module.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use super::{Store, StoreError};
use crate::privacy::{
    seal, unwrap_secret, unwrap_secret_bound, wrap_secret_bound, Argon2Params, DeviceSecret,
    PracticeKeys, PublicKey, SecretKey, WrappedKey,
};

/// The phrase older versions wrapped the provisional practice key under, before set-up. It
/// is in the source code, so such a wrap protects nothing: it is only ever *read* (to
/// re-seal what it sealed to a fresh key at set-up), never written.
const LEGACY_PROVISIONAL_PHRASE: &str = "access-kiosk/provisional-practice-key/v1";

/// What the key held under the device secret (a file from before personal details were
/// sealed, upgraded on its tablet) is wrapped with, beside the device secret that protects it.
const HELD_PHRASE: &str = "access-kiosk/held-until-set-up/v1";

/// What `staff.pin_hash` holds for an account whose PIN is checked by unwrapping its key
/// wrap: no hash, so there is no cheaper check of the PIN than the wrap itself.
pub(crate) const PIN_CHECKED_BY_WRAP: &str = "!checked-by-key-wrap";

/// The practice's key as stored.
#[derive(Debug, Clone)]
pub struct PracticeKey {
    pub public_key: PublicKey,
    /// The secret wrapped under the recovery passphrase (once an administrator exists).
    pub recovery: Option<WrappedKey>,
    /// Files from older versions only: the secret held before set-up (under a phrase in
    /// the source, or under this tablet's device secret after an upgrade from plaintext).
    pub provisional: Option<WrappedKey>,
    /// The key may have been readable by someone with an old copy of the file: it is
    /// replaced at the next administrator's login.
    pub rotation_due: bool,
}

/// A fresh practice key, made at set-up or to replace an old one.
pub struct NewPracticeKey {
    pub secret: SecretKey,
    pub recovery: WrappedKey,
}

/// How many sealed rows a change of key re-sealed, and how many it could not open (damaged,
/// or sealed to yet another key: they stay as they were, unreadable as before).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Resealed {
    pub resealed: usize,
    pub unreadable: usize,
}

fn wrapped(bytes: Option<Vec<u8>>) -> Result<Option<WrappedKey>, StoreError> {
    Ok(bytes.map(|b| WrappedKey::from_bytes(&b)).transpose()?)
}

impl Store {
    pub fn practice_key(&self) -> Result<Option<PracticeKey>, StoreError> {
        type Row = (String, Option<Vec<u8>>, Option<Vec<u8>>, bool);
        let row: Option<Row> = self
            .conn
            .query_row(
                "SELECT public_key, recovery, provisional, rotation_due
                 FROM practice_key WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((public, recovery, provisional, rotation_due)) = row else {
            return Ok(None);
        };
        Ok(Some(PracticeKey {
            public_key: public.parse()?,
            recovery: wrapped(recovery)?,
            provisional: wrapped(provisional)?,
            rotation_due,
        }))
    }

    /// The public key the kiosk seals with.
    pub fn public_key(&self) -> Result<PublicKey, StoreError> {
        public_key(&self.conn)
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
    /// If the file has no practice key yet, one is made and held under this tablet's device
    /// secret until set-up (or the next administrator's login) replaces it.
    pub(super) fn seal_plaintext_rows(
        &mut self,
        device: Option<&DeviceSecret>,
    ) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'personal_details')",
            [],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(0);
        }
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
        if rows.is_empty() {
            return Ok(0);
        }
        let public = held_public_key(&tx, device)?;
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

/// The file's public key; if it has none (an old file being upgraded), a new key pair whose
/// secret is held under the device secret, due to be replaced at set-up.
pub(super) fn held_public_key(
    conn: &rusqlite::Connection,
    device: Option<&DeviceSecret>,
) -> Result<PublicKey, StoreError> {
    if let Ok(public) = public_key(conn) {
        return Ok(public);
    }
    let device = device.ok_or(StoreError::UpgradeNeedsDevice)?;
    let (public, secret) = PracticeKeys::generate()?;
    let held = wrap_secret_bound(&secret, HELD_PHRASE, device, &held_params())?;
    conn.execute(
        "INSERT INTO practice_key (id, public_key, provisional, created_at)
         VALUES (1, ?1, ?2, ?3)",
        params![public.to_string(), held.as_bytes(), Utc::now().to_rfc3339()],
    )?;
    // The column exists from schema 9; before it, migration 0009 marks every key as due.
    let _ = conn.execute("UPDATE practice_key SET rotation_due = 1 WHERE id = 1", []);
    Ok(public)
}

/// Argon2id settings for a key held under the device secret: the lowest allowed, as the
/// device secret (256 random bits) is what protects it.
fn held_params() -> Argon2Params {
    #[cfg(test)]
    {
        Argon2Params::for_tests()
    }
    #[cfg(not(test))]
    {
        Argon2Params::new(19 * 1024, 2, 1).unwrap_or(Argon2Params::PIN)
    }
}

pub(super) fn public_key(conn: &rusqlite::Connection) -> Result<PublicKey, StoreError> {
    let text: Option<String> = conn
        .query_row(
            "SELECT public_key FROM practice_key WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(text.ok_or(StoreError::NoPracticeKey)?.parse()?)
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

/// Opens the practice's secret key held in an older file before set-up: under the phrase
/// older versions used, or under this tablet's device secret.
pub(crate) fn open_provisional(
    wrap: &WrappedKey,
    device: &DeviceSecret,
) -> Result<SecretKey, StoreError> {
    Ok(match wrap.device_id() {
        Some(_) => unwrap_secret_bound(wrap, HELD_PHRASE, device)?,
        None => unwrap_secret(wrap, LEGACY_PROVISIONAL_PHRASE)?,
    })
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

    /// The connection, for tests that read or change the file as a tool would.
    pub(crate) fn conn_for_tests(&self) -> &rusqlite::Connection {
        &self.conn
    }

    /// Opens a file at an older schema without migrating it (tests that build old files).
    pub(crate) fn open_in_place_for_tests(path: &std::path::Path, version: usize) -> Store {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        let store = Store {
            conn,
            path: path.to_owned(),
            training: false,
            lost: false,
        };
        assert_eq!(store.user_version().unwrap(), version);
        store
    }

    /// An event written as versions before 7 wrote them: its details as given, in clear.
    pub(crate) fn insert_clear_event_for_tests(
        &self,
        journey_id: i64,
        kind: &str,
        details: serde_json::Value,
    ) {
        self.conn
            .execute(
                "INSERT INTO journey_event (journey_id, at, actor, kind, details)
                 VALUES (?1, ?2, 'Officer', ?3, ?4)",
                params![
                    journey_id,
                    Utc::now().to_rfc3339(),
                    kind,
                    details.to_string()
                ],
            )
            .unwrap();
    }

    /// A file as an older version left it before set-up: a key under the legacy phrase.
    pub(crate) fn legacy_provisional_key_for_tests(&mut self) -> SecretKey {
        let (public, secret) = PracticeKeys::generate().unwrap();
        let wrap = crate::privacy::wrap_secret(
            &secret,
            LEGACY_PROVISIONAL_PHRASE,
            &Argon2Params::for_tests(),
        )
        .unwrap();
        self.conn
            .execute(
                "INSERT INTO practice_key (id, public_key, provisional, created_at)
                 VALUES (1, ?1, ?2, ?3)",
                params![public.to_string(), wrap.as_bytes(), Utc::now().to_rfc3339()],
            )
            .unwrap();
        let _ = self
            .conn
            .execute("UPDATE practice_key SET rotation_due = 1", []);
        secret
    }
}
