//! Replacing the practice key: at the first administrator's set-up
//! ([`Store::set_up_practice_key`]) and when a key an older version made is replaced
//! ([`Store::rotate_practice_key`]). Every sealed row (personal details and staff notes) is
//! re-sealed to the new key and every wrap of the old one deleted, in one transaction. It
//! sits above the tables it rewrites (`keys`, `sealed`, `notes`, `staff`), which know
//! nothing of it.

use chrono::{DateTime, Utc};
use rusqlite::{params, Transaction};

use super::keys::{put_wrap, NewPracticeKey, Resealed};
use super::{Store, StoreError};
use crate::privacy::{open, seal, SecretKey, WrappedKey};
use crate::staff::StaffMember;

impl Store {
    /// The first administrator's set-up: their account, a fresh practice key (its recovery
    /// wrap and their wrap), and, in a file from an older version that sealed details before
    /// set-up, every sealed row re-sealed from the `old` key, whose wraps are deleted. One
    /// transaction, which refuses ([`StoreError::AlreadySetUp`]) if an administrator
    /// exists by then: the caller's check came before the key stretch, and a second set-up
    /// racing the first must not replace the practice key it made. Call [`Store::scrub`]
    /// afterwards.
    pub fn set_up_practice_key(
        &mut self,
        name: &str,
        admin_wrap: impl FnOnce(&SecretKey) -> Result<WrappedKey, StoreError>,
        old: Option<&SecretKey>,
        new: &NewPracticeKey,
        now: DateTime<Utc>,
    ) -> Result<(StaffMember, Resealed), StoreError> {
        let wrap = admin_wrap(&new.secret)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        if super::staff::has_admin(&tx)? {
            return Err(StoreError::AlreadySetUp);
        }
        let id = super::staff::insert_account(&tx, name, true, now)?;
        let resealed = rekey(&tx, old, new, now)?;
        put_wrap(&tx, id, &wrap, now)?;
        tx.commit()?;
        Ok((
            self.staff_by_id(id)?.ok_or(StoreError::NoSuchStaff)?,
            resealed,
        ))
    }

    /// Replaces the practice key with `new` (an administrator's login after an upgrade from
    /// a version whose key may have been copied): every sealed row re-sealed from `old`,
    /// every wrap of the old key deleted (other staff need a PIN reset), the administrator's
    /// new wrap stored. One transaction. Call [`Store::scrub`] afterwards.
    pub fn rotate_practice_key(
        &mut self,
        admin_id: i64,
        admin_wrap: &WrappedKey,
        old: &SecretKey,
        new: &NewPracticeKey,
        now: DateTime<Utc>,
    ) -> Result<Resealed, StoreError> {
        let tx = self.conn.transaction()?;
        let resealed = rekey(&tx, Some(old), new, now)?;
        put_wrap(&tx, admin_id, admin_wrap, now)?;
        tx.commit()?;
        Ok(resealed)
    }
}

/// Puts `new` in place of the old practice key inside `tx`: re-seals every sealed row from
/// `old` (personal details and staff notes, each bound to the same associated data as
/// before), deletes every staff wrap of the old key, stores the new public key and recovery
/// wrap and clears the old key's held copy.
fn rekey(
    tx: &Transaction<'_>,
    old: Option<&SecretKey>,
    new: &NewPracticeKey,
    now: DateTime<Utc>,
) -> Result<Resealed, StoreError> {
    let public = new.secret.public_key();
    let mut counts = Resealed::default();
    if let Some(old) = old {
        for (table, key_column, rows) in [
            (
                "sealed_personal",
                "journey_id",
                super::sealed::personal_rows(tx)?,
            ),
            ("sealed_note", "event_id", super::notes::note_rows(tx)?),
        ] {
            for (row_key, ad, blob) in rows {
                match open(old, &blob, &ad) {
                    Ok(plain) => {
                        let resealed = seal(&public, &plain, &ad)?;
                        tx.execute(
                            &format!("UPDATE {table} SET sealed = ?2 WHERE {key_column} = ?1"),
                            params![row_key, resealed],
                        )?;
                        counts.resealed += 1;
                    }
                    Err(_) => counts.unreadable += 1,
                }
            }
        }
    }
    tx.execute("DELETE FROM staff_key_wrap", [])?;
    tx.execute(
        "INSERT INTO practice_key (id, public_key, recovery, provisional, rotation_due, created_at)
         VALUES (1, ?1, ?2, NULL, 0, ?3)
         ON CONFLICT (id) DO UPDATE SET public_key = excluded.public_key,
             recovery = excluded.recovery, provisional = NULL, rotation_due = 0,
             created_at = excluded.created_at",
        params![
            public.to_string(),
            new.recovery.as_bytes(),
            now.to_rfc3339()
        ],
    )?;
    Ok(counts)
}

#[cfg(test)]
impl Store {
    /// Gives an in-memory store a practice key, as set-up would, and returns its secret
    /// (tests of the store alone).
    pub(crate) fn practice_key_for_tests(&mut self) -> SecretKey {
        let (_, secret) = crate::privacy::PracticeKeys::generate().unwrap();
        let recovery = crate::privacy::wrap_secret(
            &secret,
            "recovery",
            &crate::privacy::Argon2Params::for_tests(),
        )
        .unwrap();
        let new = NewPracticeKey { secret, recovery };
        let tx = self.conn.transaction().unwrap();
        rekey(&tx, None, &new, Utc::now()).unwrap();
        tx.commit().unwrap();
        new.secret
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::{wrap_secret, Argon2Params, PracticeKeys};

    fn new_key() -> NewPracticeKey {
        let (_, secret) = PracticeKeys::generate().unwrap();
        let recovery = wrap_secret(&secret, "recovery", &Argon2Params::for_tests()).unwrap();
        NewPracticeKey { secret, recovery }
    }

    fn wrap(secret: &SecretKey) -> Result<WrappedKey, StoreError> {
        Ok(wrap_secret(secret, "402917", &Argon2Params::for_tests())?)
    }

    /// Two set-ups that both found no administrator before their key stretch: the second is
    /// refused inside its transaction, and the practice key the first made stays.
    #[test]
    fn a_second_set_up_is_refused_and_leaves_the_practice_key_alone() {
        let mut store = Store::open_in_memory().unwrap();
        let (first, second) = (new_key(), new_key());
        store
            .set_up_practice_key("Amir", wrap, None, &first, Utc::now())
            .unwrap();
        let key = |s: &Store| s.practice_key().unwrap().unwrap().public_key.to_string();
        let made = key(&store);
        assert!(matches!(
            store.set_up_practice_key("Mallory", wrap, None, &second, Utc::now()),
            Err(StoreError::AlreadySetUp)
        ));
        assert_eq!(key(&store), made, "the first set-up's key is kept");
        assert_eq!(
            store.active_staff().unwrap().len(),
            1,
            "no second administrator"
        );
    }
}
