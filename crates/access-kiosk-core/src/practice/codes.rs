//! The codes staff add in the clinical system, as the practice (or its borough's process
//! pack) sets them: each one a code system, a code and its term, because EMIS Web codes in
//! SNOMED CT and no public SNOMED CT equivalent of the borough's Read v2 `9IW` was found
//! (DOMAIN.md): the borough sets the concept it verified in its own code picker.
//!
//! Invariants: a SNOMED CT concept id is 6 to 18 digits with a valid Verhoeff check digit;
//! Read v2 and CTV3 codes are 1 to 5 letters, digits or dots; a local code is 1 to 20
//! characters without spaces; every term is 1 to 200 characters. A settings file from
//! before this version (`tracking_code`, `tracking_code_label`) still loads: its code moves
//! into the sign-up code, its system read from the code's shape.

use serde::{Deserialize, Serialize};

use crate::journey::sign_up::ClinicalCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CodeSystem {
    ReadV2,
    Ctv3,
    SnomedCt,
    /// A code of the practice's or borough's own.
    Local,
}

impl CodeSystem {
    pub const ALL: [CodeSystem; 4] = [
        CodeSystem::ReadV2,
        CodeSystem::Ctv3,
        CodeSystem::SnomedCt,
        CodeSystem::Local,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CodeSystem::ReadV2 => "read-v2",
            CodeSystem::Ctv3 => "ctv3",
            CodeSystem::SnomedCt => "snomed-ct",
            CodeSystem::Local => "local",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The system a bare code from before this version belongs to: digits only and long
    /// enough is a SNOMED CT concept id, anything else the Read v2 of the original default.
    fn of_legacy_code(code: &str) -> Self {
        if code.len() >= 6 && code.bytes().all(|b| b.is_ascii_digit()) {
            CodeSystem::SnomedCt
        } else {
            CodeSystem::ReadV2
        }
    }
}

/// One code: system, code and term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeEntry {
    pub system: CodeSystem,
    pub code: String,
    pub term: String,
}

/// Why a code was refused; the settings form shows `settings-error-code-<problem>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeProblem {
    #[error("a SNOMED CT concept id is 6 to 18 digits with a valid check digit")]
    Snomed,
    #[error("a Read v2 or CTV3 code is 1 to 5 letters, digits or dots")]
    Read,
    #[error("a local code is 1 to 20 characters without spaces")]
    Local,
    #[error("the term must be 1 to 200 characters")]
    Term,
}

impl CodeProblem {
    pub fn code(self) -> &'static str {
        match self {
            CodeProblem::Snomed => "code-snomed",
            CodeProblem::Read => "code-read",
            CodeProblem::Local => "code-local",
            CodeProblem::Term => "code-term",
        }
    }
}

impl CodeEntry {
    pub fn new(system: CodeSystem, code: &str, term: &str) -> Self {
        CodeEntry {
            system,
            code: code.trim().to_owned(),
            term: term.trim().to_owned(),
        }
    }

    /// A code as settings files before this version held it (`tracking_code` and its
    /// label).
    pub fn from_legacy(code: &str, label: &str) -> Self {
        CodeEntry::new(CodeSystem::of_legacy_code(code.trim()), code, label)
    }

    /// Checks the code fits its system and the term is there.
    pub fn check(&self) -> Result<(), CodeProblem> {
        let c = self.code.as_str();
        match self.system {
            CodeSystem::SnomedCt => {
                if !(6..=18).contains(&c.len())
                    || !c.bytes().all(|b| b.is_ascii_digit())
                    || !verhoeff_valid(c)
                {
                    return Err(CodeProblem::Snomed);
                }
            }
            CodeSystem::ReadV2 | CodeSystem::Ctv3 => {
                if !(1..=5).contains(&c.len())
                    || !c.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
                {
                    return Err(CodeProblem::Read);
                }
            }
            CodeSystem::Local => {
                if c.is_empty()
                    || c.chars().count() > 20
                    || c.chars().any(|ch| ch.is_whitespace() || ch.is_control())
                {
                    return Err(CodeProblem::Local);
                }
            }
        }
        let term = self.term.trim();
        if term.is_empty() || term.chars().count() > 200 || term.chars().any(char::is_control) {
            return Err(CodeProblem::Term);
        }
        Ok(())
    }
}

/// The default sign-up code: the borough's measure.
pub fn default_sign_up() -> CodeEntry {
    CodeEntry::new(
        CodeSystem::ReadV2,
        "9IW",
        "Registered for Access to Patient Facing Services",
    )
}

/// The default for new entries withheld after an enhanced review (DOMAIN.md).
pub fn default_enhanced_review() -> CodeEntry {
    CodeEntry::new(
        CodeSystem::SnomedCt,
        "1364731000000104",
        "Enhanced review indicated before granting access to your own health record",
    )
}

/// The default for a clinician finding an enhanced review not needed (it overrides the
/// one above).
pub fn default_enhanced_review_not_indicated() -> CodeEntry {
    CodeEntry::new(
        CodeSystem::SnomedCt,
        "1364751000000106",
        "Enhanced review not indicated before granting access to your own health record",
    )
}

/// One code as the staff face shows it: which code it is, and the entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeView {
    pub key: ClinicalCode,
    #[serde(flatten)]
    pub entry: CodeEntry,
}

/// The SNOMED CT check digit: the last digit of a concept id is Dihedral (Verhoeff) over
/// the others.
pub fn verhoeff_valid(digits: &str) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let mut c = 0u8;
    for (i, b) in digits.bytes().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        c = D[usize::from(c)][usize::from(P[i % 8][usize::from(b - b'0')])];
    }
    c == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_valid_codes() {
        for c in [
            default_sign_up(),
            default_enhanced_review(),
            default_enhanced_review_not_indicated(),
        ] {
            assert_eq!(c.check(), Ok(()), "{c:?}");
        }
    }

    #[test]
    fn snomed_ids_carry_a_verhoeff_check_digit() {
        // Published SNOMED CT concept ids.
        for id in [
            "22298006",
            "73211009",
            "1364731000000104",
            "1364751000000106",
        ] {
            assert!(verhoeff_valid(id), "{id}");
        }
        assert!(!verhoeff_valid("1364731000000105"), "one digit off");
        assert!(!verhoeff_valid("1364371000000104"), "two digits swapped");
        let typo = CodeEntry::new(CodeSystem::SnomedCt, "1364731000000105", "Enhanced review");
        assert_eq!(typo.check(), Err(CodeProblem::Snomed));
    }

    #[test]
    fn each_system_has_its_shape() {
        let check = |system, code: &str| CodeEntry::new(system, code, "A term").check();
        assert_eq!(check(CodeSystem::ReadV2, "9IW"), Ok(()));
        assert_eq!(check(CodeSystem::ReadV2, "9IW.."), Ok(()));
        assert_eq!(check(CodeSystem::ReadV2, "9IW123"), Err(CodeProblem::Read));
        assert_eq!(check(CodeSystem::Ctv3, "XaZ12"), Ok(()));
        assert_eq!(check(CodeSystem::Local, "TH-ACCESS-1"), Ok(()));
        assert_eq!(
            check(CodeSystem::Local, "two words"),
            Err(CodeProblem::Local)
        );
        assert_eq!(
            CodeEntry::new(CodeSystem::ReadV2, "9IW", " ").check(),
            Err(CodeProblem::Term)
        );
    }

    #[test]
    fn codes_from_before_this_version_keep_their_meaning() {
        let old = CodeEntry::from_legacy("9IW", "Registered for Access to Patient Facing Services");
        assert_eq!(old, default_sign_up());
        assert_eq!(
            CodeEntry::from_legacy("1364731000000104", "Enhanced review").system,
            CodeSystem::SnomedCt
        );
        assert_eq!(
            CodeEntry::from_legacy("XaZ12", "Borough").system,
            CodeSystem::ReadV2
        );
    }
}
