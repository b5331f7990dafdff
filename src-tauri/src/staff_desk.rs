//! The liaison officer's desk: staff accounts and sessions, the queue, the standard
//! script's steps, cohorts, the coding worklist and the audit log. Every action checks
//! the live staff session and lands in the audit log. Knows nothing of Tauri.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use serde_json::json;

use crate::error::KioskError;
use crate::journey::{Actor, Channel, Event, InterestForm, Journey, Status};
use crate::kiosk::Kiosk;
use crate::personal_crypto::{unwrap_secret, wrap_secret, CryptoError, SecretKey};
use crate::practice_key::pin_params;
use crate::sign_up::{Cohort, Step};
use crate::staff::{self, LoginRefused, StaffMember, StaffSession};
use crate::store::{AuditEntry, QueueEntry};

/// Who is logged in at the desk, if anyone.
#[derive(Default)]
pub struct Desk(Mutex<Option<DeskSession>>);

/// A live staff session and the practice's secret key its PIN unwrapped. The key lives
/// only here (and briefly in the request using it): it is dropped, and so zeroized, when
/// the session ends by logging out, timing out or a restore.
struct DeskSession {
    session: StaffSession,
    key: Option<Arc<SecretKey>>,
}

impl Desk {
    /// Ends the session, if any, dropping its key. Returns who it was.
    pub(crate) fn end(&self) -> Option<StaffSession> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
            .map(|d| d.session)
    }
}

/// A journey opened by staff: the queue entry and its whole history.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JourneyView {
    #[serde(flatten)]
    pub entry: QueueEntry,
    pub events: Vec<Event>,
}

/// Who is at the desk, for the staff face's header.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionInfo {
    pub name: String,
    pub is_admin: bool,
    pub tracking_code: String,
    pub tracking_code_label: String,
    /// The identity checks the script offers (the practice's or its pack's choice).
    pub identity_methods: Vec<crate::sign_up::IdentityMethod>,
    /// Only on the login that set up the practice key on a kiosk upgraded from an older
    /// version: the recovery passphrase, to be shown once and written down.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recovery_passphrase: Option<String>,
}

/// The first administrator, and the recovery passphrase to show once.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FirstAdmin {
    #[serde(flatten)]
    pub member: StaffMember,
    pub recovery_passphrase: String,
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
        let mut desk = self.desk().0.lock().unwrap_or_else(|p| p.into_inner());
        let Some(live) = desk.as_mut() else {
            return Err(KioskError::NotLoggedIn);
        };
        if live.session.touch(now, self.session_timeout()) {
            return Ok((live.session.clone(), live.key.clone()));
        }
        let name = live.session.name.clone();
        *desk = None;
        drop(desk);
        self.store()
            .audit(&name, "session-timed-out", json!({}), now)?;
        Err(KioskError::NotLoggedIn)
    }

    /// The live session, refreshed by this activity.
    fn session(&self, now: DateTime<Utc>) -> Result<StaffSession, KioskError> {
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
    fn admin_unlocked(
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

    fn admin_session(&self, now: DateTime<Utc>) -> Result<StaffSession, KioskError> {
        let s = self.session(now)?;
        if s.is_admin {
            Ok(s)
        } else {
            Err(KioskError::NotAdmin)
        }
    }

    /// Whether the first start still has to create an administrator.
    pub fn needs_first_admin(&self) -> Result<bool, KioskError> {
        Ok(!self.store().has_admin()?)
    }

    /// Creates the first administrator, logged in; refused once one exists. Sets up the practice
    /// key: wraps it under the administrator's PIN and under a new recovery passphrase,
    /// which is returned to be shown once, and removes the provisional copy.
    pub fn create_first_admin(
        &self,
        name: &str,
        pin: &str,
        now: DateTime<Utc>,
    ) -> Result<FirstAdmin, KioskError> {
        if !self.needs_first_admin()? {
            return Err(KioskError::NotAdmin);
        }
        let name = check_staff_name(name)?;
        staff::check_new_pin(pin).map_err(KioskError::Pin)?;
        let setup = self.set_up_practice_key()?;
        let wrap = wrap_secret(&setup.secret, pin, &pin_params())?;
        let mut store = self.store();
        let member =
            store.insert_staff_with_wrap(name, true, &wrap, Some(&setup.recovery_wrap), now)?;
        store.scrub()?;
        store.audit(
            &member.name,
            "staff-added",
            json!({ "name": member.name, "admin": true }),
            now,
        )?;
        store.audit(
            &member.name,
            "practice-key-set-up",
            json!({ "fingerprint": setup.fingerprint }),
            now,
        )?;
        // The new administrator stays logged in to go on to the practice's settings.
        store.audit(&member.name, "login", json!({ "firstRun": true }), now)?;
        drop(store);
        *self.desk().0.lock().unwrap_or_else(|p| p.into_inner()) = Some(DeskSession {
            session: StaffSession::start(&member, now),
            key: Some(Arc::new(setup.secret)),
        });
        Ok(FirstAdmin {
            member,
            recovery_passphrase: setup.recovery_passphrase.to_string(),
        })
    }

    /// Accounts for the login picker (names and lock state only).
    pub fn staff_list(&self) -> Result<Vec<StaffMember>, KioskError> {
        Ok(self.store().active_staff()?)
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
        *self.desk().0.lock().unwrap_or_else(|p| p.into_inner()) = Some(DeskSession {
            session: StaffSession::start(&member, now),
            key: key.map(Arc::new),
        });
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
            tracking_code: c.tracking_code.clone(),
            tracking_code_label: c.tracking_code_label.clone(),
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

    pub fn add_staff(
        &self,
        name: &str,
        pin: &str,
        is_admin: bool,
        now: DateTime<Utc>,
    ) -> Result<StaffMember, KioskError> {
        let (admin, key) = self.admin_unlocked(now)?;
        let name = check_staff_name(name)?;
        staff::check_new_pin(pin).map_err(KioskError::Pin)?;
        let wrap = wrap_secret(&key, pin, &pin_params())?;
        drop(key);
        let member = self
            .store()
            .insert_staff_with_wrap(name, is_admin, &wrap, None, now)?;
        self.store().audit(
            &admin.name,
            "staff-added",
            json!({ "name": member.name, "admin": is_admin }),
            now,
        )?;
        Ok(member)
    }

    pub fn remove_staff(&self, staff_id: i64, now: DateTime<Utc>) -> Result<(), KioskError> {
        let admin = self.admin_session(now)?;
        if admin.staff_id == staff_id {
            return Err(KioskError::CannotRemoveSelf);
        }
        let mut store = self.store();
        let member = store
            .staff_by_id(staff_id)?
            .ok_or(KioskError::NoSuchStaff)?;
        store.remove_staff(staff_id, now)?;
        store.audit(
            &admin.name,
            "staff-removed",
            json!({ "name": member.name }),
            now,
        )?;
        Ok(())
    }

    pub fn reset_pin(
        &self,
        staff_id: i64,
        pin: &str,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let (admin, key) = self.admin_unlocked(now)?;
        staff::check_new_pin(pin).map_err(KioskError::Pin)?;
        let wrap = wrap_secret(&key, pin, &pin_params())?;
        drop(key);
        let mut store = self.store();
        let member = store
            .staff_by_id(staff_id)?
            .ok_or(KioskError::NoSuchStaff)?;
        store.set_pin_wrap(staff_id, &wrap, now)?;
        store.audit(
            &admin.name,
            "pin-reset",
            json!({ "name": member.name }),
            now,
        )?;
        Ok(())
    }

    /// Open journeys, newest first, optionally only those matching `search` (a reference,
    /// part of a name, or a date of birth as DD/MM/YYYY or YYYY-MM-DD).
    pub fn queue(&self, search: &str, now: DateTime<Utc>) -> Result<Vec<QueueEntry>, KioskError> {
        let (_, key) = self.unlocked(now)?;
        self.purge_if_due(now);
        let open: Vec<Status> = Status::ALL.into_iter().filter(|s| s.is_open()).collect();
        // Names and dates of birth are sealed: search happens here, after opening them.
        let entries = self.store().queue(&open, &key)?;
        Ok(entries
            .into_iter()
            .filter(|e| matches_search(e, search))
            .collect())
    }

    /// Patients given access and not yet coded in the clinical system.
    pub fn worklist(&self, now: DateTime<Utc>) -> Result<Vec<QueueEntry>, KioskError> {
        let (_, key) = self.unlocked(now)?;
        Ok(self.store().queue(&[Status::AccessGranted], &key)?)
    }

    pub fn open_journey(
        &self,
        journey_id: i64,
        now: DateTime<Utc>,
    ) -> Result<JourneyView, KioskError> {
        let (s, key) = self.unlocked(now)?;
        let store = self.store();
        let entry = store
            .queue_entry(journey_id, &key)?
            .ok_or(KioskError::NoSuchJourney)?;
        let events = store.events(journey_id)?;
        store.audit(
            &s.name,
            "journey-opened",
            json!({ "reference": entry.journey.reference }),
            now,
        )?;
        Ok(JourneyView { entry, events })
    }

    /// Starts a journey for a patient at the desk, through the channel they were offered
    /// sign-up in (reception, phlebotomy, a clinic…).
    pub fn start_journey(
        &self,
        form: &InterestForm,
        locale: &str,
        channel: Channel,
        now: DateTime<Utc>,
    ) -> Result<Journey, KioskError> {
        let s = self.session(now)?;
        let (_, journey) =
            self.register(form, locale, channel, &Actor::Staff(s.name.clone()), now)?;
        self.store().audit(
            &s.name,
            "journey-started",
            json!({ "reference": journey.reference, "channel": channel }),
            now,
        )?;
        Ok(journey)
    }

    /// Records a step of the script for a journey.
    pub fn record_step(
        &self,
        journey_id: i64,
        step: &Step,
        now: DateTime<Utc>,
    ) -> Result<Journey, KioskError> {
        let s = self.session(now)?;
        if let Step::IdentityVerified { method, .. } = step {
            // The practice (or its process pack) chose which checks it accepts.
            if !self.config().identity_methods.contains(method) {
                return Err(KioskError::Step(
                    crate::sign_up::StepProblem::MethodNotAllowed,
                ));
            }
        }
        let details = step.details().map_err(KioskError::Step)?;
        let mut store = self.store();
        let journey = store.apply_step(
            journey_id,
            step,
            details,
            &Actor::Staff(s.name.clone()),
            now,
        )?;
        store.audit(
            &s.name,
            "journey-changed",
            json!({ "reference": journey.reference, "status": journey.status }),
            now,
        )?;
        Ok(journey)
    }

    pub fn set_cohorts(
        &self,
        journey_id: i64,
        cohorts: &[Cohort],
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let s = self.session(now)?;
        let mut store = self.store();
        store.set_cohorts(journey_id, cohorts, &Actor::Staff(s.name.clone()), now)?;
        store.audit(
            &s.name,
            "cohorts-tagged",
            json!({ "journeyId": journey_id, "cohorts": cohorts }),
            now,
        )?;
        Ok(())
    }

    /// The audit log, for administrators only.
    pub fn audit_log(
        &self,
        actor: Option<&str>,
        action: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Vec<AuditEntry>, KioskError> {
        self.admin_session(now)?;
        Ok(self.store().audit_entries(actor, action, 500)?)
    }
}

/// A staff name as stored: trimmed, 1 to 60 characters.
fn check_staff_name(name: &str) -> Result<&str, KioskError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 60 {
        return Err(KioskError::StaffNameInvalid);
    }
    Ok(name)
}

fn matches_search(e: &QueueEntry, search: &str) -> bool {
    let q = search.trim().to_lowercase();
    if q.is_empty() {
        return true;
    }
    let compact: String = q.chars().filter(|c| !c.is_whitespace()).collect();
    if e.journey.reference.as_str().to_lowercase() == compact {
        return true;
    }
    let name = format!("{} {}", e.first_name, e.last_name).to_lowercase();
    if name.contains(&q) {
        return true;
    }
    // Dates of birth: stored YYYY-MM-DD; staff often type DD/MM/YYYY.
    let parts: Vec<&str> = q
        .split(['/', '-', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let dob = match parts.as_slice() {
        [d, m, y] if y.len() == 4 => format!("{y}-{:0>2}-{:0>2}", m, d),
        [y, m, d] if y.len() == 4 => format!("{y}-{:0>2}-{:0>2}", m, d),
        _ => return false,
    };
    e.date_of_birth == dob
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::{IdDocumentsToday, InterestForm};
    use crate::sign_up::{AccessLevel, DocumentKind, IdentityMethod, Risk};

    fn t0() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-25T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn kiosk() -> (tempfile::TempDir, Kiosk) {
        let dir = tempfile::tempdir().unwrap();
        let k = Kiosk::open(dir.path()).unwrap();
        (dir, k)
    }

    fn interest(k: &Kiosk, first: &str) -> String {
        let form = InterestForm {
            first_name: first.into(),
            last_name: "Begum".into(),
            dob_day: "7".into(),
            dob_month: "3".into(),
            dob_year: "1990".into(),
            mobile: "07700 900123".into(),
            id_documents: Some(IdDocumentsToday::Both),
            ..InterestForm::default()
        };
        k.submit_interest(&form, "bn", t0()).unwrap().reference
    }

    fn admin_logged_in(k: &Kiosk) -> StaffMember {
        let admin = k
            .create_first_admin("Amir Admin", "402917", t0())
            .unwrap()
            .member;
        k.log_in(admin.id, "402917", t0()).unwrap();
        admin
    }

    #[test]
    fn the_first_administrator_can_be_created_only_once() {
        let (_d, k) = kiosk();
        assert!(k.needs_first_admin().unwrap());
        k.create_first_admin("Amir Admin", "402917", t0()).unwrap();
        assert!(!k.needs_first_admin().unwrap());
        assert!(
            k.create_first_admin("Mallory", "402917", t0()).is_err(),
            "no second first admin"
        );
        assert!(matches!(
            k.create_first_admin("", "1", t0()),
            Err(KioskError::NotAdmin)
        ));
    }

    #[test]
    fn five_wrong_pins_lock_the_account_with_a_growing_delay_and_a_reset_unlocks_it() {
        let (_d, k) = kiosk();
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
        let failed = k.audit_entries_for_test("login-failed");
        assert_eq!(failed, 6, "every wrong PIN is in the audit log");
    }

    #[test]
    fn the_staff_session_times_out_separately_from_the_patient_reset() {
        let (_d, k) = kiosk();
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
        assert_eq!(k.audit_entries_for_test("session-timed-out"), 1);
    }

    #[test]
    fn an_officer_walks_a_journey_to_coded_and_it_leaves_the_worklist() {
        let (_d, k) = kiosk();
        admin_logged_in(&k);
        let reference = interest(&k, "Amina");
        let id = k.queue(&reference, t0()).unwrap()[0].journey.id;
        let view = k.open_journey(id, t0()).unwrap();
        assert_eq!(view.entry.first_name, "Amina");

        // Access before identity is refused by the domain, not just hidden by the UI.
        let grant = Step::AccessGranted {
            level: AccessLevel::FullRecord,
            risks_explained: Risk::ALL.to_vec(),
            proxy: None,
        };
        assert!(matches!(
            k.record_step(id, &grant, t0()),
            Err(KioskError::IllegalMove {
                from: "interested",
                to: "access-granted"
            })
        ));
        let verify = Step::IdentityVerified {
            method: IdentityMethod::Documents,
            documents: vec![DocumentKind::Passport, DocumentKind::UtilityBill],
            vouched_by: None,
        };
        k.record_step(id, &verify, t0()).unwrap();
        k.record_step(id, &grant, t0()).unwrap();
        let worklist = k.worklist(t0()).unwrap();
        assert_eq!(worklist.len(), 1, "access granted and not yet coded");
        let coded = k.record_step(id, &Step::Coded9iw, t0()).unwrap();
        assert_eq!(coded.status, Status::Coded9iw);
        assert!(
            k.worklist(t0()).unwrap().is_empty(),
            "coded journeys leave the worklist"
        );
        assert!(k.queue("", t0()).unwrap().is_empty(), "and the queue");

        let kinds: Vec<String> = k
            .open_journey(id, t0())
            .unwrap()
            .events
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                "interest-registered",
                "identity-verified",
                "access-granted",
                "coded-9iw"
            ]
        );
        assert_eq!(k.audit_entries_for_test("journey-changed"), 3);
    }

    #[test]
    fn staff_start_journeys_through_their_channel_and_are_named_on_the_event() {
        let (_d, k) = kiosk();
        let form = InterestForm {
            first_name: "Desk".into(),
            last_name: "Patient".into(),
            dob_day: "1".into(),
            dob_month: "1".into(),
            dob_year: "1950".into(),
            email: "desk@example.org".into(),
            id_documents: Some(IdDocumentsToday::PhotoIdOnly),
            ..InterestForm::default()
        };
        assert!(
            matches!(
                k.start_journey(&form, "en-GB", Channel::Phlebotomy, t0()),
                Err(KioskError::NotLoggedIn)
            ),
            "only staff start journeys"
        );
        admin_logged_in(&k);
        let j = k
            .start_journey(&form, "en-GB", Channel::Phlebotomy, t0())
            .unwrap();
        assert_eq!(j.channel, Channel::Phlebotomy);
        let events = k.open_journey(j.id, t0()).unwrap().events;
        assert_eq!(events[0].actor, "Amir Admin");
        assert_eq!(k.audit_entries_for_test("journey-started"), 1);
    }

    #[test]
    fn search_finds_by_reference_name_or_date_of_birth() {
        let (_d, k) = kiosk();
        admin_logged_in(&k);
        let r = interest(&k, "Amina");
        interest(&k, "Rahim");
        assert_eq!(k.queue("", t0()).unwrap().len(), 2);
        assert_eq!(k.queue(&r.to_lowercase(), t0()).unwrap().len(), 1);
        assert_eq!(k.queue("rahim", t0()).unwrap()[0].first_name, "Rahim");
        assert_eq!(k.queue("07/03/1990", t0()).unwrap().len(), 2);
        assert_eq!(k.queue("7/3/1990", t0()).unwrap().len(), 2);
        assert!(k.queue("08/03/1990", t0()).unwrap().is_empty());
    }

    #[test]
    fn only_administrators_manage_staff_and_read_the_audit_log() {
        let (_d, k) = kiosk();
        let admin = admin_logged_in(&k);
        let ola = k.add_staff("Ola Officer", "583920", false, t0()).unwrap();
        assert!(matches!(
            k.remove_staff(admin.id, t0()),
            Err(KioskError::CannotRemoveSelf)
        ));
        k.log_in(ola.id, "583920", t0()).unwrap();
        assert!(matches!(
            k.add_staff("X", "583921", false, t0()),
            Err(KioskError::NotAdmin)
        ));
        assert!(matches!(
            k.audit_log(None, None, t0()),
            Err(KioskError::NotAdmin)
        ));
        k.log_in(admin.id, "402917", t0()).unwrap();
        k.remove_staff(ola.id, t0()).unwrap();
        assert!(
            k.log_in(ola.id, "583920", t0()).is_err(),
            "a removed account cannot log in"
        );
        let log = k.audit_log(None, Some("staff-removed"), t0()).unwrap();
        assert_eq!(log.len(), 1);
    }

    impl Kiosk {
        fn audit_entries_for_test(&self, action: &str) -> usize {
            self.store()
                .audit_entries(None, Some(action), 1000)
                .unwrap()
                .len()
        }
    }
}
