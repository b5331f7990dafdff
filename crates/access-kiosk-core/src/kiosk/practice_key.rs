//! The practice key's lifecycle around the staff desk: set-up with the first administrator,
//! adopting accounts made before encryption, recovery with the recovery passphrase, and
//! the retention purge. The cryptography is [`crate::privacy`]; see SECURITY.md.

use chrono::{DateTime, Duration, Utc};
use serde_json::json;
use zeroize::Zeroizing;

use crate::error::KioskError;
use crate::kiosk::Kiosk;
use crate::privacy::params::{pin_params, recovery_params};
use crate::privacy::{
    canonical_recovery_passphrase, generate_recovery_passphrase, unwrap_secret, wrap_secret,
    CryptoError, SecretKey, WrappedKey,
};
use crate::staff::{self, StaffMember};

/// The practice key taken out of its provisional wrap, with its recovery wrap made.
pub(crate) struct KeySetUp {
    pub secret: SecretKey,
    pub recovery_wrap: WrappedKey,
    pub recovery_passphrase: Zeroizing<String>,
    pub fingerprint: String,
}

impl Kiosk {
    /// Opens the provisional practice key and wraps it under a new recovery passphrase.
    /// Nothing is stored: the caller stores the wraps, then scrubs the file.
    pub(crate) fn set_up_practice_key(&self) -> Result<KeySetUp, KioskError> {
        let key = self
            .store()
            .practice_key()?
            .ok_or(KioskError::KeyUnavailable)?;
        let provisional = key.provisional.ok_or(KioskError::KeyUnavailable)?;
        let secret = crate::store::open_provisional(&provisional)?;
        let recovery_passphrase = generate_recovery_passphrase()?;
        let recovery_wrap = wrap_secret(
            &secret,
            &canonical_recovery_passphrase(&recovery_passphrase),
            &recovery_params(),
        )?;
        Ok(KeySetUp {
            secret,
            recovery_wrap,
            recovery_passphrase,
            fingerprint: key.public_key.fingerprint(),
        })
    }

    /// An account made before encryption has logged in with its PIN hash. While the key is
    /// still provisional (no administrator has logged in since the upgrade) it gets a wrap
    /// of its own, and an administrator's login sets the key up for good (returning the
    /// recovery passphrase to show). Once it is set up, such an account has no key: an
    /// administrator must reset its PIN.
    pub(crate) fn adopt_account_made_before_encryption(
        &self,
        member: &StaffMember,
        pin: &str,
        now: DateTime<Utc>,
    ) -> Result<(Option<SecretKey>, Option<Zeroizing<String>>), KioskError> {
        let Some(provisional) = self.store().practice_key()?.and_then(|k| k.provisional) else {
            return Ok((None, None));
        };
        let wrap_for = |secret: &SecretKey| wrap_secret(secret, pin, &pin_params());
        if member.is_admin {
            let setup = self.set_up_practice_key()?;
            let wrap = wrap_for(&setup.secret)?;
            let mut store = self.store();
            store.set_staff_wrap(member.id, &wrap, now)?;
            store.set_recovery_wrap(&setup.recovery_wrap)?;
            store.scrub()?;
            store.audit(
                &member.name,
                "practice-key-set-up",
                json!({ "fingerprint": setup.fingerprint }),
                now,
            )?;
            return Ok((Some(setup.secret), Some(setup.recovery_passphrase)));
        }
        let secret = crate::store::open_provisional(&provisional)?;
        let wrap = wrap_for(&secret)?;
        self.store().set_staff_wrap(member.id, &wrap, now)?;
        Ok((Some(secret), None))
    }

    /// Sets a new PIN for an administrator who has forgotten theirs, with the recovery
    /// passphrase written down at set-up. No login needed; every attempt is audited.
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
        let secret = match unwrap_secret(
            &recovery,
            &canonical_recovery_passphrase(recovery_passphrase),
        ) {
            Ok(s) => s,
            Err(CryptoError::WrongSecret) => {
                self.store()
                    .audit(&member.name, "recovery-failed", json!({}), now)?;
                return Err(KioskError::WrongRecoveryPassphrase);
            }
            Err(e) => return Err(e.into()),
        };
        let wrap = wrap_secret(&secret, new_pin, &pin_params())?;
        let mut store = self.store();
        store.set_pin_wrap(member.id, &wrap, now)?;
        store.audit(
            &member.name,
            "pin-recovered",
            json!({ "name": member.name }),
            now,
        )?;
        Ok(())
    }

    /// The retention purge: deletes the sealed personal details of journeys closed more
    /// than `retention_days_after_close` days ago and of open ones inactive for
    /// `retention_days_if_inactive` days. Journeys, events and counts stay, so reports do
    /// not change. One audit entry with the count when anything was purged.
    pub fn purge_personal_data(&self, now: DateTime<Utc>) -> Result<usize, KioskError> {
        let after_close = self.config().retention_days_after_close;
        let if_inactive = self.config().retention_days_if_inactive;
        let store = self.store();
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
