//! Staff sessions at the desk: logging in and out, the session's own inactivity clock,
//! and the checks every staff action makes: a live session **named by the token the page
//! presented** ([`crate::staff::presenting`]); an administrator; for an administrator's
//! action, a PIN typed within [`crate::staff::FRESH_PIN`]; the practice key unlocked. Each
//! login, failure, lock, refusal and timeout lands in the audit log.
//!
//! A PIN attempt is counted as wrong before its key stretch runs (and taken back if right),
//! and only one key stretch runs at a time: attempts that arrive together are each counted,
//! and cannot exhaust the tablet's memory.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use serde_json::json;

use crate::error::KioskError;
use crate::kiosk::Kiosk;
use crate::privacy::{unwrap_secret_bound, CryptoError, SecretKey};
use crate::staff::DeskCheck;
use crate::staff::{self, LoginRefused, StaffMember, StaffSession};

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
    /// Only on a login: the session's token, which the page sends with every staff command.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Only on a login that set up a fresh practice key (the first administrator's login
    /// after an upgrade from a version whose key may have been copied): the recovery
    /// passphrase, to be shown once and written down.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recovery_passphrase: Option<String>,
    /// Wrong PINs tried on this account in the last day before this login, so its owner
    /// notices someone guessing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wrong_pins_before: Option<u32>,
}

/// Names a shorter window than [`staff::FRESH_PIN`] for administrator actions, in seconds
/// (0: the PIN for every one; a confirmation lets the next action through). Stricter only: a
/// longer one is ignored. For a practice that wants it, and for the end-to-end test of the
/// PIN prompt.
pub const FRESH_PIN_ENV: &str = "ACCESS_KIOSK_FRESH_PIN_SECONDS";

fn fresh_pin_window() -> Duration {
    std::env::var(FRESH_PIN_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .map(Duration::seconds)
        .filter(|d| *d >= Duration::zero() && *d < staff::FRESH_PIN)
        .unwrap_or(staff::FRESH_PIN)
}

impl Kiosk {
    fn session_timeout(&self) -> Duration {
        Duration::minutes(i64::from(self.config().staff_session_minutes))
    }

    /// The live session and its key, refreshed by this activity; an expired one is ended
    /// (its key dropped) and audited; a call without this session's token is refused and
    /// audited (which command, and why), and the session is left as it is.
    fn live(
        &self,
        now: DateTime<Utc>,
    ) -> Result<(StaffSession, Option<Arc<SecretKey>>), KioskError> {
        match self.desk().check(now, self.session_timeout()) {
            DeskCheck::Live(session, key) => Ok((session, key)),
            DeskCheck::Empty => Err(self.refuse("no-session", now)),
            DeskCheck::NotThisPage { token_given } => Err(self.refuse(
                if token_given {
                    "stale-token"
                } else {
                    "no-token"
                },
                now,
            )),
            DeskCheck::TimedOut(ended) => {
                self.audit_as(&ended, "session-timed-out", json!({}), now)?;
                Err(self.refuse("timed-out", now))
            }
        }
    }

    /// Ends the staff session if it has been idle past the practice's timeout, audited as
    /// any timeout is. The shell calls this every little while, so a session whose page
    /// never comes back does not keep the practice key in memory until someone asks. Whether
    /// a session ended.
    pub fn expire_idle_session(&self, now: DateTime<Utc>) -> Result<bool, KioskError> {
        match self.desk().end_if_idle(now, self.session_timeout()) {
            Some(ended) => {
                self.audit_as(&ended, "session-timed-out", json!({}), now)?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn refuse(&self, reason: &str, now: DateTime<Utc>) -> KioskError {
        let command = staff::presented().command;
        tracing::warn!(command = %command, reason, "staff command refused");
        let _ = self.store().audit(
            "page",
            "staff-command-refused",
            json!({ "command": command, "reason": reason }),
            now,
        );
        KioskError::NotLoggedIn
    }

    /// The live session, refreshed by this activity.
    pub(crate) fn session(&self, now: DateTime<Utc>) -> Result<StaffSession, KioskError> {
        self.live(now).map(|(s, _)| s)
    }

    /// The live session if the caller presented its token, without auditing a refusal: for
    /// actions anyone may take that record who took them (a print).
    pub(crate) fn session_if_presented(&self, now: DateTime<Utc>) -> Option<StaffSession> {
        match self.desk().check(now, self.session_timeout()) {
            DeskCheck::Live(s, _) => Some(s),
            DeskCheck::TimedOut(ended) => {
                let _ = self.audit_as(&ended, "session-timed-out", json!({}), now);
                None
            }
            _ => None,
        }
    }

    /// The live session and the practice key, for reading patients' details.
    pub(crate) fn unlocked(
        &self,
        now: DateTime<Utc>,
    ) -> Result<(StaffSession, Arc<SecretKey>), KioskError> {
        let (s, key) = self.live(now)?;
        Ok((s, key.ok_or(KioskError::KeyUnavailable)?))
    }

    /// An administrator's session with the practice key and a fresh PIN (to wrap the key
    /// for someone else).
    pub(crate) fn admin_unlocked(
        &self,
        now: DateTime<Utc>,
    ) -> Result<(StaffSession, Arc<SecretKey>), KioskError> {
        let s = self.admin_fresh(now)?;
        let (_, key) = self.live(now)?;
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

    /// Checks an administrator is at the desk, with a fresh PIN, before the app closes, and
    /// audits it.
    pub fn may_quit(&self, now: DateTime<Utc>) -> Result<(), KioskError> {
        let s = self.admin_fresh(now)?;
        self.audit_as(&s, "app-closed", json!({}), now)?;
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

    /// An administrator whose last PIN (at the login, or confirmed) was typed within
    /// [`staff::FRESH_PIN`]: for actions that change who can do what or where the data goes
    /// (staff, PINs, settings, packs, backups, closing the app). An older PIN answers
    /// [`KioskError::PinNeeded`]; the page asks for it ([`Kiosk::confirm_pin`]) and tries
    /// again. A confirmation never carries over past the next administrator action
    /// ([`staff::Desk::pin_fresh`]).
    pub(crate) fn admin_fresh(&self, now: DateTime<Utc>) -> Result<StaffSession, KioskError> {
        let s = self.admin_session(now)?;
        if !self.desk().pin_fresh(now, fresh_pin_window()) {
            return Err(KioskError::PinNeeded);
        }
        Ok(s)
    }

    /// Audits what the member of staff in session `s` did (their account's id and name).
    pub(crate) fn audit_as(
        &self,
        s: &StaffSession,
        action: &str,
        details: serde_json::Value,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        self.store()
            .audit_staff(s.staff_id, &s.name, action, details, now)?;
        Ok(())
    }

    /// Audits that this session was shown a list of patients (the queue, a worklist): who,
    /// which list and how many, never whom.
    pub(crate) fn audit_list_shown(
        &self,
        s: &StaffSession,
        action: &str,
        shown: usize,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        self.audit_as(s, action, serde_json::json!({ "shown": shown }), now)
    }

    /// Checks a PIN by unwrapping the account's copy of the practice key, bound to this
    /// tablet (accounts made before encryption have only a PIN hash). The attempt is counted
    /// as wrong before Argon2id runs, and only one runs at a time (another attempt meanwhile
    /// is refused, not queued); a lock is checked first; every attempt is audited.
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
                return Err(locked_refusal(&store, &member, until, now));
            }
            let wrap = store.staff_wrap(member.id)?;
            (member, hash, wrap)
        };
        let gate = self.stretch_gate_now()?;
        let key = self.check_pin(&member, &hash, wrap.as_ref(), pin, "login-failed", now)?;
        let attempts_before = self
            .store()
            .staff_by_id(member.id)?
            .map_or(0, |m| m.failed_attempts);
        let (key, recovery_passphrase) =
            self.after_good_pin(&member, wrap.as_ref(), key, pin, now)?;
        drop(gate);
        self.store().audit_staff(
            member.id,
            &member.name,
            "login",
            json!({ "wrongPinsBefore": attempts_before }),
            now,
        )?;
        let token = self
            .desk()
            .begin(StaffSession::start(&member, now), key.map(Arc::new))
            .map_err(|_| CryptoError::Random)?;
        self.purge_if_due(now);
        let mut info = self.session_info_for(member.name, member.is_admin);
        info.token = Some(token.to_hex());
        info.recovery_passphrase = recovery_passphrase.map(|p| p.to_string());
        info.wrong_pins_before = (attempts_before > 0).then_some(attempts_before);
        Ok(info)
    }

    /// Checks `pin` for `member` (the caller holds the key stretch gate): counted as wrong
    /// first, then Argon2id. `Ok(Some(key))` for a right PIN with a wrap, `Ok(None)` for a
    /// right PIN checked by an old hash.
    fn check_pin(
        &self,
        member: &StaffMember,
        hash: &str,
        wrap: Option<&crate::privacy::WrappedKey>,
        pin: &str,
        failed_action: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<SecretKey>, KioskError> {
        if wrap.is_none() && hash == crate::store::PIN_CHECKED_BY_WRAP {
            // Its wrap went with the old practice key: nothing to check the PIN against.
            return Err(KioskError::PinResetNeeded);
        }
        // Bound first: the store's lock must not be held into the arm that audits.
        let counted = self.store().count_pin_attempt(member.id, now);
        let attempt = match counted {
            Err(crate::store::StoreError::Locked { until }) => {
                // Locked since the caller read the account: refused as a login on a locked
                // account is.
                return Err(locked_refusal(&self.store(), member, until, now));
            }
            counted => counted?,
        };
        let checked: Option<Option<SecretKey>> = match wrap {
            Some(w) => match unwrap_secret_bound(w, pin, self.device()) {
                Ok(key) => Some(Some(key)),
                Err(CryptoError::WrongSecret) => None,
                Err(e) => {
                    // Not a guess of the PIN (another tablet's wrap, or damage): not counted.
                    let store = self.store();
                    store.pin_attempt_was_right(&attempt)?;
                    let action = match e {
                        CryptoError::OtherDevice => "login-other-tablet",
                        _ => "login-key-damaged",
                    };
                    store.audit_staff(member.id, &member.name, action, json!({}), now)?;
                    return Err(KioskError::Crypto(e));
                }
            },
            None => staff::pin_matches(hash, pin).then_some(None),
        };
        let store = self.store();
        match checked {
            Some(key) => {
                store.pin_attempt_was_right(&attempt)?;
                Ok(key)
            }
            None => {
                store.audit_staff(
                    member.id,
                    &member.name,
                    failed_action,
                    json!({ "failures": attempt.failures, "lockedUntil": attempt.locked_until }),
                    now,
                )?;
                Err(KioskError::LoginRefused(LoginRefused::WrongPin {
                    locked_until: attempt.locked_until,
                }))
            }
        }
    }

    /// After a right PIN: a wrap from before the tablet binding is replaced by a bound one;
    /// an administrator's login with a key an older version made replaces that key; an
    /// account from before encryption is adopted. Returns the key for the session and any
    /// recovery passphrase to show once.
    fn after_good_pin(
        &self,
        member: &StaffMember,
        wrap: Option<&crate::privacy::WrappedKey>,
        key: Option<SecretKey>,
        pin: &str,
        now: DateTime<Utc>,
    ) -> Result<(Option<SecretKey>, Option<zeroize::Zeroizing<String>>), KioskError> {
        let Some(key) = key else {
            return self.adopt_account_made_before_encryption(member, pin, now);
        };
        let rotation_due = self.store().practice_key()?.is_some_and(|k| k.rotation_due);
        if member.is_admin && rotation_due {
            let (fresh, phrase) = self.rotate_practice_key(member, pin, &key, now)?;
            return Ok((Some(fresh), Some(phrase)));
        }
        if wrap.is_some_and(|w| w.device_id().is_none()) {
            let bound = self.pin_wrap(&key, pin)?;
            self.store().set_staff_wrap(member.id, &bound, now)?;
        }
        Ok((Some(key), None))
    }

    /// The administrator at the desk types their PIN again for an administrator action.
    /// Counted like a login attempt; a lock it brings ends the session.
    pub fn confirm_pin(&self, pin: &str, now: DateTime<Utc>) -> Result<(), KioskError> {
        let s = self.session(now)?;
        let (member, hash, wrap) = {
            let store = self.store();
            let (member, hash) = store
                .staff_with_hash(s.staff_id)?
                .ok_or(KioskError::NoSuchStaff)?;
            let wrap = store.staff_wrap(member.id)?;
            (member, hash, wrap)
        };
        let gate = self.stretch_gate_now()?;
        match self.check_pin(
            &member,
            &hash,
            wrap.as_ref(),
            pin,
            "pin-confirm-failed",
            now,
        ) {
            Ok(_) => {
                drop(gate);
                self.desk().pin_typed(now);
                self.audit_as(&s, "pin-confirmed", json!({}), now)?;
                Ok(())
            }
            Err(e) => {
                if let KioskError::LoginRefused(LoginRefused::WrongPin {
                    locked_until: Some(_),
                }) = e
                {
                    self.desk().end();
                    self.audit_as(&s, "logout", json!({ "locked": true }), now)?;
                }
                Err(e)
            }
        }
    }

    fn session_info_for(&self, name: String, is_admin: bool) -> SessionInfo {
        let c = self.config();
        SessionInfo {
            name,
            is_admin,
            codes: c.codes(),
            proxy_review_age: c.proxy_review_age,
            identity_methods: c.identity_methods.clone(),
            token: None,
            recovery_passphrase: None,
            wrong_pins_before: None,
        }
    }

    /// Who is at the desk, with the current settings the staff face uses.
    pub fn session_info(&self, now: DateTime<Utc>) -> Result<SessionInfo, KioskError> {
        let s = self.session(now)?;
        Ok(self.session_info_for(s.name, s.is_admin))
    }

    /// Ends the staff session named by the presented token (*Leave staff mode*). A page
    /// without it cannot end someone else's session.
    pub fn log_out(&self, now: DateTime<Utc>) -> Result<(), KioskError> {
        let s = self.session(now)?;
        self.desk().end();
        self.audit_as(&s, "logout", json!({}), now)?;
        Ok(())
    }
}

/// A PIN attempt on an account locked until `until`: audited, and the refusal to return.
fn locked_refusal(
    store: &crate::store::Store,
    member: &StaffMember,
    until: DateTime<Utc>,
    now: DateTime<Utc>,
) -> KioskError {
    match store.audit_staff(
        member.id,
        &member.name,
        "login-refused-locked",
        json!({ "until": until }),
        now,
    ) {
        Ok(_) => KioskError::LoginRefused(LoginRefused::Locked { until }),
        Err(e) => e.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::kiosk::testing::*;

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
        log_in_at(&k, admin.id, "402917", later);
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

    /// A session left idle is ended by the next staff command whoever sends it (here one
    /// with no token), and audited: the practice key does not wait for its own page.
    #[test]
    fn an_idle_session_is_ended_by_a_call_without_its_token() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        let later = t0() + Duration::minutes(14);
        let r = staff::presenting("queue", None, || k.queue("", later));
        assert!(matches!(r, Err(KioskError::NotLoggedIn)));
        assert_eq!(audit_count(&k, "session-timed-out"), 1);
        assert!(
            k.desk().end().is_none(),
            "the desk is empty: the key is dropped"
        );
    }

    /// The shell's periodic sweep ends an idle session with no call at all, audited once.
    #[test]
    fn the_idle_sweep_ends_a_session_past_its_timeout_only() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        assert!(!k.expire_idle_session(t0() + Duration::minutes(4)).unwrap());
        assert!(k.expire_idle_session(t0() + Duration::minutes(14)).unwrap());
        assert!(!k.expire_idle_session(t0() + Duration::minutes(15)).unwrap());
        assert_eq!(audit_count(&k, "session-timed-out"), 1);
        assert!(matches!(
            k.queue("", t0() + Duration::minutes(15)),
            Err(KioskError::NotLoggedIn)
        ));
    }

    /// An administrator's account locked while they are logged in (wrong PINs tried at the
    /// login screen meanwhile) cannot confirm its PIN, even the right one, until the lock
    /// ends: the lock is checked where the attempt is counted.
    #[test]
    fn a_locked_account_cannot_confirm_its_pin() {
        let (_d, k) = open_kiosk();
        let admin = admin_logged_in(&k);
        for _ in 0..5 {
            k.store().count_pin_attempt(admin.id, t0()).unwrap();
        }
        assert!(matches!(
            k.confirm_pin(ADMIN_PIN, t0()),
            Err(KioskError::LoginRefused(LoginRefused::Locked { .. }))
        ));
        assert_eq!(audit_count(&k, "pin-confirmed"), 0);
        assert_eq!(audit_count(&k, "login-refused-locked"), 1);
    }
}
