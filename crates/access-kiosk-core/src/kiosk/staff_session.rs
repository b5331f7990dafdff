//! Staff sessions at the desk: logging in and out, the session's own inactivity clock,
//! and the checks every staff action makes (a live session; an administrator; the practice
//! key unlocked). Each login, failure, lock and timeout lands in the audit log.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use serde_json::json;

use crate::error::KioskError;
use crate::kiosk::Kiosk;
use crate::privacy::{unwrap_secret, CryptoError, SecretKey};
use crate::staff::DeskCheck;
use crate::staff::{self, LoginRefused, StaffSession};

/// Who is at the desk, for the staff face's header.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionInfo {
    pub name: String,
    pub is_admin: bool,
    /// The codes staff add in the clinical system (system, code, term), in worklist order.
    pub codes: Vec<crate::practice::codes::CodeView>,
    /// The age a child's proxy access is reviewed at.
    pub proxy_review_age: u8,
    /// The identity checks the script offers (the practice's or its pack's choice).
    pub identity_methods: Vec<crate::journey::sign_up::IdentityMethod>,
    /// Only on the login that set up the practice key on a kiosk upgraded from an older
    /// version: the recovery passphrase, to be shown once and written down.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recovery_passphrase: Option<String>,
}

impl Kiosk {
    fn session_timeout(&self) -> Duration {
        Duration::minutes(i64::from(self.config().staff_session_minutes))
    }

    /// The live session and its key, refreshed by this activity; an expired one is ended
    /// (its key dropped) and audited.
    fn live(
        &self,
        now: DateTime<Utc>,
    ) -> Result<(StaffSession, Option<Arc<SecretKey>>), KioskError> {
        match self.desk().check(now, self.session_timeout()) {
            DeskCheck::Live(session, key) => Ok((session, key)),
            DeskCheck::Empty => Err(KioskError::NotLoggedIn),
            DeskCheck::TimedOut(name) => {
                self.store()
                    .audit(&name, "session-timed-out", json!({}), now)?;
                Err(KioskError::NotLoggedIn)
            }
        }
    }

    /// The live session, refreshed by this activity.
    pub(crate) fn session(&self, now: DateTime<Utc>) -> Result<StaffSession, KioskError> {
        self.live(now).map(|(s, _)| s)
    }

    /// The live session and the practice key, for reading patients' details.
    pub(crate) fn unlocked(
        &self,
        now: DateTime<Utc>,
    ) -> Result<(StaffSession, Arc<SecretKey>), KioskError> {
        let (s, key) = self.live(now)?;
        Ok((s, key.ok_or(KioskError::KeyUnavailable)?))
    }

    /// An administrator's session with the practice key (to wrap it for someone else).
    pub(crate) fn admin_unlocked(
        &self,
        now: DateTime<Utc>,
    ) -> Result<(StaffSession, Arc<SecretKey>), KioskError> {
        let (s, key) = self.live(now)?;
        if !s.is_admin {
            return Err(KioskError::NotAdmin);
        }
        Ok((s, key.ok_or(KioskError::KeyUnavailable)?))
    }

    /// The logged-in member of staff's name (refreshing the session), if any.
    pub(crate) fn staff_name(&self, now: DateTime<Utc>) -> Result<String, KioskError> {
        self.session(now).map(|s| s.name)
    }

    /// The logged-in administrator's name.
    pub(crate) fn admin_name(&self, now: DateTime<Utc>) -> Result<String, KioskError> {
        self.admin_session(now).map(|s| s.name)
    }

    /// Checks an administrator is at the desk before the app closes, and audits it.
    pub fn may_quit(&self, now: DateTime<Utc>) -> Result<(), KioskError> {
        let s = self.admin_session(now)?;
        self.store().audit(&s.name, "app-closed", json!({}), now)?;
        Ok(())
    }

    pub(crate) fn admin_session(&self, now: DateTime<Utc>) -> Result<StaffSession, KioskError> {
        let s = self.session(now)?;
        if s.is_admin {
            Ok(s)
        } else {
            Err(KioskError::NotAdmin)
        }
    }

    /// Checks a PIN by unwrapping the account's copy of the practice key (accounts made
    /// before encryption have only a PIN hash, and get a wrap at this login while the key
    /// is still provisional). Wrong PINs count towards a lock, checked before any Argon2id
    /// run; every attempt is audited.
    pub fn log_in(
        &self,
        staff_id: i64,
        pin: &str,
        now: DateTime<Utc>,
    ) -> Result<SessionInfo, KioskError> {
        let (member, hash, wrap) = {
            let store = self.store();
            let Some((member, hash)) = store.staff_with_hash(staff_id)? else {
                return Err(KioskError::LoginRefused(LoginRefused::WrongPin {
                    locked_until: None,
                }));
            };
            if let Some(until) = member.locked_until.filter(|t| *t > now) {
                store.audit(
                    &member.name,
                    "login-refused-locked",
                    json!({ "until": until }),
                    now,
                )?;
                return Err(KioskError::LoginRefused(LoginRefused::Locked { until }));
            }
            let wrap = store.staff_wrap(member.id)?;
            (member, hash, wrap)
        };
        // Argon2id runs without holding the store, so the kiosk can keep saving meanwhile.
        let checked: Option<Option<SecretKey>> = match &wrap {
            Some(w) => match unwrap_secret(w, pin) {
                Ok(key) => Some(Some(key)),
                Err(CryptoError::WrongSecret) => None,
                Err(e) => {
                    self.store()
                        .audit(&member.name, "login-key-damaged", json!({}), now)?;
                    return Err(KioskError::Crypto(e));
                }
            },
            None => staff::pin_matches(&hash, pin).then_some(None),
        };
        let Some(key) = checked else {
            let store = self.store();
            let failures = member.failed_attempts + 1;
            let locked_until = staff::lock_for(failures).map(|d| now + d);
            store.record_wrong_pin(member.id, failures, locked_until)?;
            store.audit(
                &member.name,
                "login-failed",
                json!({ "failures": failures, "lockedUntil": locked_until }),
                now,
            )?;
            return Err(KioskError::LoginRefused(LoginRefused::WrongPin {
                locked_until,
            }));
        };
        {
            let store = self.store();
            store.record_good_pin(member.id)?;
            store.audit(&member.name, "login", json!({}), now)?;
        }
        let (key, recovery_passphrase) = match key {
            Some(key) => (Some(key), None),
            None => self.adopt_account_made_before_encryption(&member, pin, now)?,
        };
        self.desk()
            .begin(StaffSession::start(&member, now), key.map(Arc::new));
        self.purge_if_due(now);
        let mut info = self.session_info_for(member.name, member.is_admin);
        info.recovery_passphrase = recovery_passphrase.map(|p| p.to_string());
        Ok(info)
    }

    fn session_info_for(&self, name: String, is_admin: bool) -> SessionInfo {
        let c = self.config();
        SessionInfo {
            name,
            is_admin,
            codes: c.codes(),
            proxy_review_age: c.proxy_review_age,
            identity_methods: c.identity_methods.clone(),
            recovery_passphrase: None,
        }
    }

    /// Who is at the desk, with the current settings the staff face uses.
    pub fn session_info(&self, now: DateTime<Utc>) -> Result<SessionInfo, KioskError> {
        let s = self.session(now)?;
        Ok(self.session_info_for(s.name, s.is_admin))
    }

    /// Ends the staff session.
    pub fn log_out(&self, now: DateTime<Utc>) -> Result<(), KioskError> {
        let ended = self.desk().end();
        if let Some(s) = ended {
            self.store().audit(&s.name, "logout", json!({}), now)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::*;

    #[test]
    fn five_wrong_pins_lock_the_account_with_a_growing_delay_and_a_reset_unlocks_it() {
        let (_d, k) = open_kiosk();
        let admin = admin_logged_in(&k);
        let ola = k.add_staff("Ola Officer", "583920", false, t0()).unwrap();
        for i in 1..=4 {
            let r = k.log_in(ola.id, "000001", t0());
            assert!(
                matches!(
                    r,
                    Err(KioskError::LoginRefused(LoginRefused::WrongPin {
                        locked_until: None
                    }))
                ),
                "wrong PIN {i} does not lock yet"
            );
        }
        let fifth = k.log_in(ola.id, "000001", t0());
        let Err(KioskError::LoginRefused(LoginRefused::WrongPin {
            locked_until: Some(until),
        })) = fifth
        else {
            panic!("the fifth wrong PIN locks: {fifth:?}");
        };
        assert_eq!(until, t0() + Duration::minutes(1));
        // Even the right PIN is refused while locked, and the admin sees the lock.
        assert!(matches!(
            k.log_in(ola.id, "583920", t0() + Duration::seconds(30)),
            Err(KioskError::LoginRefused(LoginRefused::Locked { .. }))
        ));
        let listed = k
            .staff_list()
            .unwrap()
            .into_iter()
            .find(|m| m.id == ola.id)
            .unwrap();
        assert!(
            listed.is_locked(t0()),
            "the administrator's list shows the lock"
        );
        // After the lock, another wrong PIN locks for twice as long.
        let later = t0() + Duration::minutes(2);
        match k.log_in(ola.id, "000001", later) {
            Err(KioskError::LoginRefused(LoginRefused::WrongPin {
                locked_until: Some(u),
            })) => {
                assert_eq!(u, later + Duration::minutes(2))
            }
            other => panic!("{other:?}"),
        }
        // The administrator resets the PIN: unlocked at once.
        k.log_in(admin.id, "402917", later).unwrap();
        k.reset_pin(ola.id, "771204", later).unwrap();
        assert!(k.log_in(ola.id, "771204", later).is_ok());
        let failed = audit_count(&k, "login-failed");
        assert_eq!(failed, 6, "every wrong PIN is in the audit log");
    }

    #[test]
    fn the_staff_session_times_out_separately_from_the_patient_reset() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        assert!(k.queue("", t0() + Duration::minutes(4)).is_ok());
        assert!(
            k.queue("", t0() + Duration::minutes(8)).is_ok(),
            "activity keeps it alive"
        );
        assert!(matches!(
            k.queue("", t0() + Duration::minutes(14)),
            Err(KioskError::NotLoggedIn)
        ));
        assert_eq!(audit_count(&k, "session-timed-out"), 1);
    }
}
