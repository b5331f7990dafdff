//! The practice key's lifecycle around the staff desk: a fresh key at set-up, replacing a key
//! an older version made before set-up (at the next administrator's login), recovery with the
//! recovery passphrase, and the retention purge. The cryptography is [`crate::privacy`]; see
//! SECURITY.md.

use chrono::{DateTime, Duration, Utc};
use serde_json::json;
use zeroize::Zeroizing;

use crate::error::KioskError;
use crate::kiosk::Kiosk;
use crate::privacy::params::{pin_params, recovery_params};
use crate::privacy::{
    canonical_recovery_passphrase, generate_recovery_passphrase, unwrap_secret, wrap_secret,
    wrap_secret_bound, CryptoError, PracticeKeys, SecretKey, WrappedKey,
};
use crate::staff::{self, StaffMember};
use crate::store::NewPracticeKey;

/// A fresh practice key with its recovery wrap, and the passphrase to show once.
pub(crate) struct KeySetUp {
    pub key: NewPracticeKey,
    pub recovery_passphrase: Zeroizing<String>,
}

impl KeySetUp {
    pub fn fingerprint(&self) -> String {
        self.key.secret.public_key().fingerprint()
    }
}

impl Kiosk {
    /// Makes a fresh practice key pair and wraps it under a new recovery passphrase. Nothing
    /// is stored: the caller stores it (re-sealing what the old key sealed), then scrubs.
    pub(crate) fn new_practice_key(&self) -> Result<KeySetUp, KioskError> {
        let (_, secret) = PracticeKeys::generate()?;
        let recovery_passphrase = generate_recovery_passphrase()?;
        let recovery = wrap_secret(
            &secret,
            &canonical_recovery_passphrase(&recovery_passphrase),
            &recovery_params(),
        )?;
        Ok(KeySetUp {
            key: NewPracticeKey { secret, recovery },
            recovery_passphrase,
        })
    }

    /// The old key of a file an older version made before set-up, if it has one: opened from
    /// its held wrap, to re-seal what it sealed.
    pub(crate) fn provisional_secret(&self) -> Result<Option<SecretKey>, KioskError> {
        let Some(held) = self.store().practice_key()?.and_then(|k| k.provisional) else {
            return Ok(None);
        };
        Ok(Some(crate::store::open_provisional(&held, self.device())?))
    }

    /// A staff PIN wrap of `secret`, bound to this tablet.
    pub(crate) fn pin_wrap(&self, secret: &SecretKey, pin: &str) -> Result<WrappedKey, KioskError> {
        Ok(wrap_secret_bound(
            secret,
            pin,
            self.device(),
            &pin_params(),
        )?)
    }

    /// An administrator has logged in with the key an older version made (which an old
    /// copy of the file may open): a fresh key replaces it, every sealed row is re-sealed,
    /// the old key's wraps are deleted (other staff need a PIN reset) and the file is
    /// scrubbed. Returns the new key and the recovery passphrase to show once.
    pub(crate) fn rotate_practice_key(
        &self,
        admin: &StaffMember,
        pin: &str,
        old: &SecretKey,
        now: DateTime<Utc>,
    ) -> Result<(SecretKey, Zeroizing<String>), KioskError> {
        let fresh = self.new_practice_key()?;
        let wrap = self.pin_wrap(&fresh.key.secret, pin)?;
        let mut store = self.store();
        let counts = store.rotate_practice_key(admin.id, &wrap, old, &fresh.key, now)?;
        store.scrub()?;
        store.audit_staff(
            admin.id,
            &admin.name,
            "practice-key-replaced",
            json!({
                "fingerprint": fresh.fingerprint(),
                "resealed": counts.resealed,
                "unreadable": counts.unreadable,
            }),
            now,
        )?;
        drop(store);
        let KeySetUp {
            key,
            recovery_passphrase,
        } = fresh;
        Ok((key.secret, recovery_passphrase))
    }

    /// An account made before encryption has logged in with its PIN hash. An administrator's
    /// login while the key is still held from an older version sets up a fresh key (and
    /// returns the recovery passphrase to show). Any other such account has no key: an
    /// administrator must reset its PIN.
    pub(crate) fn adopt_account_made_before_encryption(
        &self,
        member: &StaffMember,
        pin: &str,
        now: DateTime<Utc>,
    ) -> Result<(Option<SecretKey>, Option<Zeroizing<String>>), KioskError> {
        if !member.is_admin {
            return Ok((None, None));
        }
        let Some(old) = self.provisional_secret()? else {
            return Ok((None, None));
        };
        let (secret, phrase) = self.rotate_practice_key(member, pin, &old, now)?;
        Ok((Some(secret), Some(phrase)))
    }

    /// Sets a new PIN for an administrator who has forgotten theirs (or whose PIN was set on
    /// another tablet), with the recovery passphrase written down at set-up. No login needed;
    /// every attempt is audited, and only one key stretch runs at a time.
    pub fn recover_admin_pin(
        &self,
        staff_id: i64,
        recovery_passphrase: &str,
        new_pin: &str,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        staff::check_new_pin(new_pin).map_err(KioskError::Pin)?;
        let (member, recovery) = {
            let store = self.store();
            let member = store
                .staff_by_id(staff_id)?
                .filter(|m| m.is_admin)
                .ok_or(KioskError::NoSuchStaff)?;
            let recovery = store
                .practice_key()?
                .and_then(|k| k.recovery)
                .ok_or(KioskError::KeyUnavailable)?;
            (member, recovery)
        };
        let gate = self.stretch_gate_now()?;
        let secret = match unwrap_secret(
            &recovery,
            &canonical_recovery_passphrase(recovery_passphrase),
        ) {
            Ok(s) => s,
            Err(CryptoError::WrongSecret) => {
                self.store().audit_staff(
                    member.id,
                    &member.name,
                    "recovery-failed",
                    json!({}),
                    now,
                )?;
                return Err(KioskError::WrongRecoveryPassphrase);
            }
            Err(e) => return Err(e.into()),
        };
        let wrap = self.pin_wrap(&secret, new_pin)?;
        drop(gate);
        let mut store = self.store();
        store.set_pin_wrap(member.id, &wrap, now)?;
        store.audit_staff(
            member.id,
            &member.name,
            "pin-recovered",
            json!({ "name": member.name }),
            now,
        )?;
        Ok(())
    }

    /// The retention purge: deletes the sealed personal details and staff notes of journeys
    /// closed more than `retention_days_after_close` days ago and of open ones inactive for
    /// `retention_days_if_inactive` days. Journeys, events and counts stay, so reports do
    /// not change. One audit entry with the count when anything was purged.
    pub fn purge_personal_data(&self, now: DateTime<Utc>) -> Result<usize, KioskError> {
        let after_close = self.config().retention_days_after_close;
        let if_inactive = self.config().retention_days_if_inactive;
        let mut store = self.store();
        let n = store.purge_personal_details(
            now - Duration::days(i64::from(after_close)),
            now - Duration::days(i64::from(if_inactive)),
        )?;
        if n > 0 {
            store.audit(
                "retention",
                "personal-data-purged",
                json!({
                    "journeys": n,
                    "daysAfterClose": after_close,
                    "daysIfInactive": if_inactive,
                }),
                now,
            )?;
            // Deleted rows are zeros already (secure_delete); drop the WAL's older copies.
            store.checkpoint()?;
        }
        drop(store);
        *self.last_purge().lock().unwrap_or_else(|p| p.into_inner()) = Some(now);
        Ok(n)
    }

    /// Runs the purge if it has not run for a day (it runs at start, then at staff logins
    /// and queue views). A failure is reported on stderr and never stops the caller.
    pub(crate) fn purge_if_due(&self, now: DateTime<Utc>) {
        let last = *self.last_purge().lock().unwrap_or_else(|p| p.into_inner());
        if last.is_some_and(|t| now - t < Duration::days(1)) {
            return;
        }
        if let Err(e) = self.purge_personal_data(now) {
            eprintln!("access-kiosk: the retention purge did not run: {e}");
        }
    }
}
