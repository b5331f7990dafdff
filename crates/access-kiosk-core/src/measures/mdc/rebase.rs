//! The rules for a rebase, the decision that a measure's chart starts a new stretch from a
//! week: MDC guidance is to rebase only on purpose, after a sustained change that can be
//! explained, so every rebase carries its reason; it starts on a week that has begun.

use chrono::NaiveDate;
use serde::Serialize;

/// The longest reason kept (the database checks it too).
pub const REASON_MAX: usize = 200;

/// Why a rebase was refused. The staff face shows `mdc-rebase-error-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RebaseProblem {
    #[error("a rebase needs a reason of 1 to {REASON_MAX} characters")]
    Reason,
    #[error("a rebase must start on a week that has already begun")]
    Week,
    #[error("the measure already has a rebase that week")]
    Duplicate,
    #[error("no such rebase")]
    NotFound,
}

impl RebaseProblem {
    pub fn code(self) -> &'static str {
        match self {
            RebaseProblem::Reason => "reason",
            RebaseProblem::Week => "week",
            RebaseProblem::Duplicate => "duplicate",
            RebaseProblem::NotFound => "not-found",
        }
    }
}

/// The reason as kept (trimmed, control characters out), or why not.
pub fn reason(typed: &str) -> Result<String, RebaseProblem> {
    let kept: String = typed
        .trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if kept.is_empty() || kept.chars().count() > REASON_MAX {
        return Err(RebaseProblem::Reason);
    }
    Ok(kept)
}

/// A rebase may start on the current week or an earlier one, never a later one.
pub fn week(week: NaiveDate, current_week: NaiveDate) -> Result<NaiveDate, RebaseProblem> {
    if week > current_week {
        return Err(RebaseProblem::Week);
    }
    Ok(week)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rebase_needs_a_reason_and_a_week_that_has_begun() {
        assert_eq!(
            reason("  New script\n from today "),
            Ok("New script  from today".into())
        );
        assert_eq!(reason("   "), Err(RebaseProblem::Reason));
        assert_eq!(reason(&"x".repeat(201)), Err(RebaseProblem::Reason));
        let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(week(monday, monday), Ok(monday));
        assert_eq!(
            week(monday.succ_opt().unwrap(), monday),
            Err(RebaseProblem::Week)
        );
    }
}
