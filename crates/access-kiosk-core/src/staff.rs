//! Staff accounts: PINs, lockout and sessions.
//!
//! A PIN is checked by unwrapping the member's copy of the practice key (accounts from before
//! that have an Argon2id hash, checked with its constant-time verify). After [`LOCK_AFTER`]
//! wrong PINs within [`FAILURES_FORGOTTEN_AFTER`] an account locks, for a minute at first and
//! twice as long for each further wrong PIN, up to a day; an administrator's PIN reset
//! unlocks it. A good PIN does not wipe the wrong ones before it.
//!
//! A staff session is bound to the page that logged in: the login returns a random
//! [`SessionToken`], and every staff action must present it ([`presenting`]); leaving staff
//! mode, the timeout and a new login end it. It ends after a configurable time without
//! activity, separately from the patient reset; administrator actions also need a PIN typed
//! within [`FRESH_PIN`]. Time is always passed in, so tests choose it.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use std::sync::{Arc, Mutex};

use crate::privacy::SecretKey;

/// Wrong PINs before an account locks.
pub const LOCK_AFTER: u32 = 5;
/// Wrong PINs older than this no longer count towards a lock.
pub const FAILURES_FORGOTTEN_AFTER: Duration = Duration::hours(24);
/// How recently an administrator must have typed their PIN for an administrator action.
pub const FRESH_PIN: Duration = Duration::minutes(2);
const FIRST_LOCK: Duration = Duration::minutes(1);
const LONGEST_LOCK: Duration = Duration::hours(24);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum PinProblem {
    #[error("a PIN needs at least 6 digits, or use a passphrase of at least 10 characters")]
    TooShort,
    #[error("a PIN of one repeated digit or a simple sequence is too easy to guess")]
    TooSimple,
}

/// A PIN (at least 6 digits) or a passphrase (at least 10 characters).
pub fn check_new_pin(pin: &str) -> Result<(), PinProblem> {
    let digits_only = !pin.is_empty() && pin.chars().all(|c| c.is_ascii_digit());
    if digits_only {
        if pin.len() < 6 {
            return Err(PinProblem::TooShort);
        }
        let b = pin.as_bytes();
        let same = b.iter().all(|&c| c == b[0]);
        let up = b.windows(2).all(|w| w[1] == w[0] + 1);
        let down = b.windows(2).all(|w| w[0] == w[1] + 1);
        if same || up || down {
            return Err(PinProblem::TooSimple);
        }
        return Ok(());
    }
    if pin.chars().count() < 10 {
        return Err(PinProblem::TooShort);
    }
    Ok(())
}

/// An Argon2id hash of `pin` with a fresh random salt, in PHC string format.
pub fn hash_pin(pin: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(pin.as_bytes(), &salt)?
        .to_string())
}

/// Whether `pin` matches `hash` (constant-time comparison inside `argon2`).
pub fn pin_matches(hash: &str, pin: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(pin.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// How long an account stays locked after `failures` wrong PINs in a row.
pub fn lock_for(failures: u32) -> Option<Duration> {
    if failures < LOCK_AFTER {
        return None;
    }
    let doublings = (failures - LOCK_AFTER).min(11);
    Some((FIRST_LOCK * 2i32.pow(doublings)).min(LONGEST_LOCK))
}

/// A staff account as the app shows it (never its hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffMember {
    pub id: i64,
    pub name: String,
    pub is_admin: bool,
    pub failed_attempts: u32,
    pub locked_until: Option<DateTime<Utc>>,
}

impl StaffMember {
    pub fn is_locked(&self, now: DateTime<Utc>) -> bool {
        self.locked_until.is_some_and(|t| t > now)
    }
}

/// Why a login was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoginRefused {
    #[error("wrong name or PIN")]
    WrongPin { locked_until: Option<DateTime<Utc>> },
    #[error("this account is locked until {until}")]
    Locked { until: DateTime<Utc> },
}

/// A logged-in member of staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffSession {
    pub staff_id: i64,
    pub name: String,
    pub is_admin: bool,
    last_activity: DateTime<Utc>,
}

impl StaffSession {
    pub fn start(member: &StaffMember, now: DateTime<Utc>) -> Self {
        StaffSession {
            staff_id: member.id,
            name: member.name.clone(),
            is_admin: member.is_admin,
            last_activity: now,
        }
    }

    /// Whether the session has been idle for longer than `timeout` at `now`.
    pub fn is_idle(&self, now: DateTime<Utc>, timeout: Duration) -> bool {
        now - self.last_activity > timeout
    }

    /// Whether the session is still live at `now`; if so, `now` counts as activity.
    pub fn touch(&mut self, now: DateTime<Utc>, timeout: Duration) -> bool {
        if self.is_idle(now, timeout) {
            return false;
        }
        self.last_activity = now;
        true
    }
}

/// The random token a login returns to the page that logged in, which every staff action
/// presents. 256 bits from the operating system; compared in constant time.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken([u8; 32]);

impl SessionToken {
    fn random() -> Result<Self, getrandom::Error> {
        let mut b = [0u8; 32];
        getrandom::fill(&mut b)?;
        Ok(SessionToken(b))
    }

    /// The token as the page holds it: 64 hex digits.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Reads a token the page sent; anything else is no token.
    pub fn parse(text: &str) -> Option<Self> {
        if text.len() != 64 || !text.is_ascii() {
            return None;
        }
        let mut b = [0u8; 32];
        for (i, byte) in b.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(SessionToken(b))
    }

    fn matches(&self, other: &SessionToken) -> bool {
        use subtle::ConstantTimeEq;
        bool::from(self.0.ct_eq(&other.0))
    }
}

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken(<redacted>)")
    }
}

/// What the caller of a staff action presented: the command's name and the page's token.
#[derive(Debug, Clone, Default)]
pub struct Presented {
    pub command: String,
    pub token: Option<SessionToken>,
}

thread_local! {
    /// The token presented for the staff action running on this thread (see [`presenting`]).
    static PRESENTED: std::cell::RefCell<Option<Presented>> = const { std::cell::RefCell::new(None) };
}

/// Runs `action` (one command from the page) with the page's `token` presented: every
/// session check inside it compares the token with the live session's. The shell wraps
/// every staff command in this; outside it no token is presented and no staff action runs.
pub fn presenting<T>(command: &str, token: Option<&str>, action: impl FnOnce() -> T) -> T {
    struct Restore(Option<Presented>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let before = self.0.take();
            PRESENTED.with(|p| *p.borrow_mut() = before);
        }
    }
    let now = Presented {
        command: command.to_owned(),
        token: token.and_then(SessionToken::parse),
    };
    let _restore = Restore(PRESENTED.with(|p| p.borrow_mut().replace(now)));
    action()
}

/// Presents `token` for everything that runs on this thread from now on: for tests, which
/// call the kiosk directly as one page would.
#[cfg(any(test, feature = "testing"))]
pub fn present_on_this_thread(token: &str) {
    PRESENTED.with(|p| {
        *p.borrow_mut() = Some(Presented {
            command: "test".into(),
            token: SessionToken::parse(token),
        })
    });
}

/// What is presented on this thread now.
pub fn presented() -> Presented {
    PRESENTED.with(|p| p.borrow().clone()).unwrap_or_default()
}

/// Who is logged in at the desk, if anyone.
#[derive(Default)]
pub struct Desk(Mutex<Option<DeskSession>>);

/// A live staff session, the token that names it, when its PIN was last typed, and the
/// practice's secret key its PIN unwrapped. The key lives only here (and briefly in the
/// request using it): it is dropped, and so zeroized, when the session ends by logging out,
/// timing out, a new login or a restore.
struct DeskSession {
    session: StaffSession,
    token: SessionToken,
    pin_at: DateTime<Utc>,
    /// The PIN was typed again for the administrator action about to run: the next
    /// administrator action uses it up (see [`Desk::pin_fresh`]).
    confirmed: bool,
    key: Option<Arc<SecretKey>>,
}

/// What the desk holds when a staff action asks for the session.
pub enum DeskCheck {
    /// A live session, refreshed by this activity, and the practice key if it unlocked it.
    Live(StaffSession, Option<Arc<SecretKey>>),
    /// Nobody is logged in.
    Empty,
    /// The session had timed out: it is ended now and its key dropped. Whose it was.
    TimedOut(StaffSession),
    /// Someone is logged in, but the caller did not present their token (no token, or one
    /// from a session that has ended): refused, and the session left as it is.
    NotThisPage { token_given: bool },
}

impl Desk {
    /// Starts a session (replacing any other, whose token stops working), holding the key
    /// its PIN unwrapped. Returns the new session's token.
    pub fn begin(
        &self,
        session: StaffSession,
        key: Option<Arc<SecretKey>>,
    ) -> Result<SessionToken, getrandom::Error> {
        let token = SessionToken::random()?;
        let pin_at = session.last_activity;
        *self.lock() = Some(DeskSession {
            session,
            token: token.clone(),
            pin_at,
            confirmed: false,
            key,
        });
        Ok(token)
    }

    /// The live session named by the token presented on this thread, refreshed by
    /// activity at `now`. One idle for longer than `timeout` is ended here whoever asks,
    /// before the token is compared: a session whose page never comes back (closed, or
    /// replaced by another) must not keep the practice key in memory.
    pub fn check(&self, now: DateTime<Utc>, timeout: Duration) -> DeskCheck {
        let presented = presented().token;
        let mut desk = self.lock();
        if let Some(ended) = end_if_idle(&mut desk, now, timeout) {
            return DeskCheck::TimedOut(ended);
        }
        let Some(live) = desk.as_mut() else {
            return DeskCheck::Empty;
        };
        if !presented.as_ref().is_some_and(|t| t.matches(&live.token)) {
            return DeskCheck::NotThisPage {
                token_given: presented.is_some(),
            };
        }
        live.session.touch(now, timeout);
        DeskCheck::Live(live.session.clone(), live.key.clone())
    }

    /// Ends the session if it has been idle for longer than `timeout` at `now`, dropping its
    /// key, without any token: for the shell's periodic sweep. Whose it was.
    pub fn end_if_idle(&self, now: DateTime<Utc>, timeout: Duration) -> Option<StaffSession> {
        end_if_idle(&mut self.lock(), now, timeout)
    }

    /// The PIN was typed again now (an administrator confirming an action).
    pub fn pin_typed(&self, now: DateTime<Utc>) {
        if let Some(d) = self.lock().as_mut() {
            d.pin_at = now;
            d.confirmed = true;
        }
    }

    /// Whether the live session's PIN (checked by [`Desk::check`] first) is fresh enough for
    /// an administrator action at `now`: typed, at the login or confirmed, within `window`.
    /// A confirmation ([`Desk::pin_typed`]) also lets the one action after it through when
    /// the practice's window is shorter, never beyond [`FRESH_PIN`]. The next administrator
    /// action uses the confirmation up, whether it needed it or not, so a PIN confirmed while
    /// the last one was still fresh never carries over to a later action.
    pub fn pin_fresh(&self, now: DateTime<Utc>, window: Duration) -> bool {
        let mut desk = self.lock();
        let Some(live) = desk.as_mut() else {
            return false;
        };
        let age = now - live.pin_at;
        let confirmed = std::mem::take(&mut live.confirmed);
        age <= window || (confirmed && age <= FRESH_PIN)
    }

    /// Ends the session, if any, dropping its key. Returns who it was.
    pub fn end(&self) -> Option<StaffSession> {
        self.lock().take().map(|d| d.session)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<DeskSession>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Takes the session out of `desk` (its key dropped) if it is idle at `now`.
fn end_if_idle(
    desk: &mut Option<DeskSession>,
    now: DateTime<Utc>,
    timeout: Duration,
) -> Option<StaffSession> {
    if desk.as_ref()?.session.is_idle(now, timeout) {
        desk.take().map(|d| d.session)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::six_digits("402917", Ok(()))]
    #[case::passphrase("correct horse battery", Ok(()))]
    #[case::five_digits("40291", Err(PinProblem::TooShort))]
    #[case::short_word("secret", Err(PinProblem::TooShort))]
    #[case::repeated("111111", Err(PinProblem::TooSimple))]
    #[case::ascending("123456", Err(PinProblem::TooSimple))]
    #[case::descending("987654", Err(PinProblem::TooSimple))]
    fn new_pins(#[case] pin: &str, #[case] expected: Result<(), PinProblem>) {
        assert_eq!(check_new_pin(pin), expected);
    }

    /// A staff account with no failed attempts, id 1.
    fn member(name: &str, is_admin: bool) -> StaffMember {
        StaffMember {
            id: 1,
            name: name.into(),
            is_admin,
            failed_attempts: 0,
            locked_until: None,
        }
    }

    #[test]
    fn pins_are_stored_as_salted_argon2id_and_verified() {
        let a = hash_pin("402917").unwrap();
        let b = hash_pin("402917").unwrap();
        assert!(a.starts_with("$argon2id$"), "{a}");
        assert_ne!(a, b, "each hash has its own salt");
        assert!(!a.contains("402917"));
        assert!(pin_matches(&a, "402917"));
        assert!(!pin_matches(&a, "402918"));
        assert!(!pin_matches("not a hash", "402917"));
    }

    #[test]
    fn locks_start_at_the_fifth_wrong_pin_and_grow() {
        assert_eq!(lock_for(4), None);
        assert_eq!(lock_for(5), Some(Duration::minutes(1)));
        assert_eq!(lock_for(6), Some(Duration::minutes(2)));
        assert_eq!(lock_for(7), Some(Duration::minutes(4)));
        assert_eq!(lock_for(40), Some(Duration::hours(24)), "capped at a day");
    }

    #[test]
    fn a_session_answers_only_the_token_it_gave_and_only_inside_presenting() {
        let desk = Desk::default();
        let t0 = Utc::now();
        let member = member("Ann", false);
        let minutes = Duration::minutes(5);
        let first = desk.begin(StaffSession::start(&member, t0), None).unwrap();
        let second = desk.begin(StaffSession::start(&member, t0), None).unwrap();
        assert!(first != second, "each login has its own token");
        assert!(matches!(
            desk.check(t0, minutes),
            DeskCheck::NotThisPage { token_given: false }
        ));
        presenting("test", Some(&first.to_hex()), || {
            assert!(
                matches!(
                    desk.check(t0, minutes),
                    DeskCheck::NotThisPage { token_given: true }
                ),
                "a new login ends the old token"
            );
        });
        presenting("test", Some(&second.to_hex()), || {
            assert!(matches!(desk.check(t0, minutes), DeskCheck::Live(..)));
        });
        assert!(
            presented().token.is_none(),
            "presented for that command only"
        );
        assert!(SessionToken::parse("zz").is_none());
        assert_eq!(format!("{second:?}"), "SessionToken(<redacted>)");
    }

    /// An idle session is ended by whoever asks, with the wrong token or none, or by the
    /// shell's sweep: its key does not wait in memory for a page that never comes back.
    #[test]
    fn an_idle_session_ends_whoever_asks() {
        let desk = Desk::default();
        let t0 = Utc::now();
        let member = member("Ann", false);
        let timeout = Duration::minutes(5);
        let later = t0 + Duration::minutes(6);
        let old = desk.begin(StaffSession::start(&member, t0), None).unwrap();
        desk.begin(StaffSession::start(&member, t0), None).unwrap();
        presenting("test", Some(&old.to_hex()), || {
            assert!(
                matches!(desk.check(later, timeout), DeskCheck::TimedOut(_)),
                "a stale token finds the idle session and ends it"
            );
        });
        assert!(
            desk.end().is_none(),
            "the desk is empty: the key is dropped"
        );
        desk.begin(StaffSession::start(&member, t0), None).unwrap();
        assert!(matches!(desk.check(later, timeout), DeskCheck::TimedOut(_)));
        assert!(matches!(desk.check(later, timeout), DeskCheck::Empty));
        desk.begin(StaffSession::start(&member, t0), None).unwrap();
        assert!(desk
            .end_if_idle(t0 + Duration::minutes(4), timeout)
            .is_none());
        assert!(desk.end_if_idle(later, timeout).is_some());
        assert!(desk.end().is_none(), "the sweep emptied the desk");
    }

    #[test]
    fn a_confirmation_lets_one_administrator_action_through_and_never_carries_over() {
        let desk = Desk::default();
        let t0 = Utc::now();
        let member = member("Amir", true);
        let m = Duration::minutes;
        assert!(!desk.pin_fresh(t0, FRESH_PIN), "nobody is logged in");
        desk.begin(StaffSession::start(&member, t0), None).unwrap();
        assert!(desk.pin_fresh(t0 + m(1), FRESH_PIN), "the login's PIN");
        assert!(!desk.pin_fresh(t0 + m(3), FRESH_PIN), "three minutes old");
        // Confirmed while fresh, used at once: a minute later still fresh, not later.
        desk.pin_typed(t0 + m(3));
        assert!(desk.pin_fresh(t0 + m(3), FRESH_PIN));
        assert!(desk.pin_fresh(t0 + m(4), FRESH_PIN));
        assert!(
            !desk.pin_fresh(t0 + m(6), FRESH_PIN),
            "the confirmation was used up by the action it was typed for"
        );
        // A practice's window of 0 (the PIN before every action): each confirmation lets
        // the command sent again after it through, once.
        let every = Duration::zero();
        let t = t0 + m(10);
        desk.pin_typed(t);
        assert!(desk.pin_fresh(t + Duration::seconds(1), every));
        assert!(
            !desk.pin_fresh(t + Duration::seconds(2), every),
            "only once"
        );
        desk.pin_typed(t + m(1));
        assert!(
            !desk.pin_fresh(t + m(4), every),
            "an unused confirmation lasts no longer than FRESH_PIN"
        );
    }

    #[test]
    fn a_session_ends_after_the_staff_timeout_without_activity() {
        let t0 = Utc::now();
        let member = member("Ann", false);
        let timeout = Duration::minutes(5);
        let mut s = StaffSession::start(&member, t0);
        assert!(
            s.touch(t0 + Duration::minutes(4), timeout),
            "4 minutes idle: still in"
        );
        assert!(
            s.touch(t0 + Duration::minutes(8), timeout),
            "activity at 4 moved the clock"
        );
        assert!(
            !s.touch(t0 + Duration::minutes(14), timeout),
            "6 minutes idle: out"
        );
    }
}
