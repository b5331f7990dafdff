//! Anonymous feedback: "What might stop you using online access?", answered by patients at
//! the end of the kiosk flow or noted by staff after a conversation at the desk. Only a
//! fixed reason is kept (no free text, no link to a journey), so an answer can never
//! identify anyone; the counts appear in the reports.

use serde::{Deserialize, Serialize};

/// What might stop someone using online access.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    NoDevice,
    Privacy,
    DontKnowHow,
    DontNeed,
    SomethingElse,
}

impl Reason {
    pub const ALL: [Reason; 5] = [
        Reason::NoDevice,
        Reason::Privacy,
        Reason::DontKnowHow,
        Reason::DontNeed,
        Reason::SomethingElse,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::NoDevice => "no-device",
            Reason::Privacy => "privacy",
            Reason::DontKnowHow => "dont-know-how",
            Reason::DontNeed => "dont-need",
            Reason::SomethingElse => "something-else",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Who gave the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    Patient,
    Staff,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Patient => "patient",
            Source::Staff => "staff",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_round_trip_through_their_names() {
        for r in Reason::ALL {
            assert_eq!(Reason::parse(r.as_str()), Some(r));
            assert_eq!(
                serde_json::to_value(r).unwrap(),
                serde_json::Value::String(r.as_str().into())
            );
        }
        assert_eq!(Reason::parse("my name is Ann"), None);
    }
}
