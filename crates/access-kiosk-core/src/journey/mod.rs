//! A sign-up *journey*: one patient's way from "I'm interested" to access granted and
//! coded in the clinical system (the sign-up code, 9IW by default), with the older-record
//! request and a proxy's access as tasks of their own. The journey row holds what reports need in clear (status, channel,
//! language, age band); the person's details live apart in [`PersonalDetails`] so that
//! they can be encrypted and purged without touching the counts; every change is an
//! append-only [`Event`].

pub mod interest_form;
pub mod proxy;
pub mod sign_up;
pub mod step_problem;
pub mod validation;

pub use interest_form::*;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Characters of a reference: no look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V).
pub const REFERENCE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTWXY34679";
pub const REFERENCE_LEN: usize = 6;

/// A short reference a patient shows at reception. Random, never derived from personal data.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Reference(String);

impl Reference {
    /// A fresh random reference from the operating system's generator.
    pub fn random() -> Result<Self, getrandom::Error> {
        // Rejection sampling keeps every character equally likely.
        let n = REFERENCE_ALPHABET.len() as u8;
        let limit = u8::MAX - (u8::MAX % n);
        let mut out = String::with_capacity(REFERENCE_LEN);
        while out.len() < REFERENCE_LEN {
            let mut buf = [0u8; 16];
            getrandom::fill(&mut buf)?;
            for b in buf {
                if b < limit && out.len() < REFERENCE_LEN {
                    out.push(REFERENCE_ALPHABET[usize::from(b % n)] as char);
                }
            }
        }
        Ok(Reference(out))
    }

    /// Parses a typed reference: case-insensitive, spaces ignored.
    pub fn parse(raw: &str) -> Option<Self> {
        let r: String = raw
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        (r.len() == REFERENCE_LEN && r.bytes().all(|b| REFERENCE_ALPHABET.contains(&b)))
            .then_some(Reference(r))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where the patient was offered sign-up (the seed's tests of change).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Kiosk,
    Reception,
    Phlebotomy,
    LtcClinic,
    NewRegistration,
    Clinician,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Kiosk => "kiosk",
            Channel::Reception => "reception",
            Channel::Phlebotomy => "phlebotomy",
            Channel::LtcClinic => "ltc-clinic",
            Channel::NewRegistration => "new-registration",
            Channel::Clinician => "clinician",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(s.to_owned())).ok()
    }
}

/// Where a journey stands. The legal moves are in [`Status::can_move_to`], enforced by the
/// store, never only by the UI.
///
/// ```text
/// interested ──► identity-verified ──► access-granted ──► coded-9iw
///     │      └─► identity-pending ─┘
///     └─ any open state ──► declined | withdrawn | could-not-verify
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Interested,
    IdentityPending,
    IdentityVerified,
    AccessGranted,
    #[serde(rename = "coded-9iw")]
    Coded9iw,
    Declined,
    Withdrawn,
    CouldNotVerify,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Interested,
        Status::IdentityPending,
        Status::IdentityVerified,
        Status::AccessGranted,
        Status::Coded9iw,
        Status::Declined,
        Status::Withdrawn,
        Status::CouldNotVerify,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Interested => "interested",
            Status::IdentityPending => "identity-pending",
            Status::IdentityVerified => "identity-verified",
            Status::AccessGranted => "access-granted",
            Status::Coded9iw => "coded-9iw",
            Status::Declined => "declined",
            Status::Withdrawn => "withdrawn",
            Status::CouldNotVerify => "could-not-verify",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// Still on the officer's queue: not finished one way or the other.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Status::Interested
                | Status::IdentityPending
                | Status::IdentityVerified
                | Status::AccessGranted
        )
    }

    /// Whether a journey may move from `self` to `to`.
    pub fn can_move_to(self, to: Status) -> bool {
        use Status::*;
        match (self, to) {
            (Interested, IdentityVerified | IdentityPending) => true,
            (IdentityPending, IdentityVerified) => true,
            (IdentityVerified, AccessGranted) => true,
            (AccessGranted, Coded9iw) => true,
            (from, Declined | Withdrawn | CouldNotVerify) => from.is_open(),
            _ => false,
        }
    }
}

/// Who caused an event: the unattended kiosk, or a named member of staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Actor {
    Kiosk,
    Staff(String),
}

impl Actor {
    pub fn as_str(&self) -> &str {
        match self {
            Actor::Kiosk => "kiosk",
            Actor::Staff(name) => name,
        }
    }
}

/// One entry of a journey's append-only history.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub kind: String,
    pub details: serde_json::Value,
}

/// A stored journey as the staff face and reports see it (without personal details).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Journey {
    pub id: i64,
    pub reference: Reference,
    pub created_at: DateTime<Utc>,
    pub channel: Channel,
    pub locale: String,
    pub status: Status,
    pub age_band: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn references_use_only_the_unambiguous_alphabet_and_differ() {
        let refs: HashSet<String> = (0..500)
            .map(|_| Reference::random().unwrap().as_str().to_owned())
            .collect();
        assert!(
            refs.len() > 495,
            "500 draws from 23^6 should almost never collide"
        );
        for r in &refs {
            assert_eq!(r.len(), REFERENCE_LEN);
            assert!(
                !r.contains(['0', 'O', '1', 'I', 'L', '5', 'S', '8', 'B']),
                "{r}"
            );
        }
    }

    #[test]
    fn typed_references_are_normalised() {
        assert_eq!(
            Reference::parse(" a c d e f g ").map(|r| r.to_string()),
            Some("ACDEFG".into())
        );
        assert_eq!(Reference::parse("ACDEF0"), None, "0 is not in the alphabet");
    }

    #[test]
    fn every_legal_and_illegal_status_move() {
        use Status::*;
        // The whole table: (from, to, allowed). Anything not listed as allowed is refused.
        let allowed = [
            (Interested, IdentityVerified),
            (Interested, IdentityPending),
            (IdentityPending, IdentityVerified),
            (IdentityVerified, AccessGranted),
            (AccessGranted, Coded9iw),
        ];
        for from in Status::ALL {
            for to in Status::ALL {
                let closing = matches!(to, Declined | Withdrawn | CouldNotVerify);
                let expected = allowed.contains(&(from, to)) || (closing && from.is_open());
                assert_eq!(
                    from.can_move_to(to),
                    expected,
                    "{} -> {}",
                    from.as_str(),
                    to.as_str()
                );
            }
        }
        assert!(
            !Interested.can_move_to(AccessGranted),
            "no access without an identity check"
        );
        assert!(
            !Coded9iw.can_move_to(Withdrawn),
            "a finished journey stays finished"
        );
        assert!(
            !Interested.can_move_to(Interested),
            "staying put is not a move"
        );
    }

    #[test]
    fn statuses_round_trip_through_their_names() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
    }
}
