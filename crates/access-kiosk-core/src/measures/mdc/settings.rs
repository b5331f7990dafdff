//! How a practice, or the borough, draws its Making Data Count charts: a target per measure
//! (optional), whether very large week-to-week jumps are screened out of the limits, and
//! after how many weeks the limits are fixed.
//!
//! These are method choices the borough makes once for every practice, so that a practice's
//! own chart and the borough's report of it agree: they live in `practice.toml` (the
//! Settings tab) and travel in the borough's process pack. Rebasing is different: it is a
//! decision about one practice's history, made on a date by someone, so it is stored with
//! its author and reason in the database and audited (`store::mdc`), never in settings.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::measures::mdc::{XmrOptions, FIX_AFTER_MIN};
use crate::measures::Measure;

/// The largest target accepted (a weekly count, a percentage or a number of days; anything
/// larger is a typing mistake).
pub const TARGET_MAX: f64 = 100_000.0;

/// The longest baseline limits may be fixed on: ten years of weeks.
pub const FIX_AFTER_MAX: u32 = 520;

/// The Making Data Count settings. [`Default`] is no targets, screening on (as
/// `NHSRplotthedots` does) and limits recalculated with every week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MdcSettings {
    /// The target per measure, for the assurance icon: a count per week, a percentage or a
    /// number of days, as the measure is charted. A measure left out has no target.
    pub targets: BTreeMap<Measure, f64>,
    pub screen_outliers: bool,
    /// Fix each stretch's mean and limits on its first this many weeks (at least
    /// [`FIX_AFTER_MIN`]); `None` recalculates them with every week.
    pub fix_limits_after: Option<u32>,
}

impl Default for MdcSettings {
    fn default() -> Self {
        MdcSettings {
            targets: BTreeMap::new(),
            screen_outliers: true,
            fix_limits_after: None,
        }
    }
}

/// A setting that cannot be used, named as in `practice.toml`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum MdcSettingsProblem {
    #[error("the target for {measure} must be a number from 0 to {TARGET_MAX}")]
    Target { measure: &'static str },
    #[error("must be 0 (limits recalculated every week) or from {FIX_AFTER_MIN} to {FIX_AFTER_MAX} weeks")]
    FixAfter,
}

impl MdcSettingsProblem {
    /// The `practice.toml` setting it is about.
    pub fn setting(&self) -> &'static str {
        match self {
            MdcSettingsProblem::Target { .. } => "mdc_targets",
            MdcSettingsProblem::FixAfter => "mdc_fix_limits_after",
        }
    }
}

/// Whether a target can be used: finite, from 0 to [`TARGET_MAX`].
pub fn target_ok(target: f64) -> bool {
    target.is_finite() && (0.0..=TARGET_MAX).contains(&target)
}

/// Whether a "fix limits after" can be used (0 meaning never).
pub fn fix_after_ok(weeks: u32) -> bool {
    weeks == 0 || (FIX_AFTER_MIN as u32..=FIX_AFTER_MAX).contains(&weeks)
}

impl MdcSettings {
    pub fn check(&self) -> Result<(), MdcSettingsProblem> {
        if let Some((m, _)) = self.targets.iter().find(|(_, t)| !target_ok(**t)) {
            return Err(MdcSettingsProblem::Target {
                measure: m.as_str(),
            });
        }
        if !fix_after_ok(self.fix_limits_after.unwrap_or(0)) {
            return Err(MdcSettingsProblem::FixAfter);
        }
        Ok(())
    }

    /// The analysis options for one measure's chart, with its rebases (indices of the weeks
    /// where a new stretch starts).
    pub fn options(&self, measure: Measure, rebases: Vec<usize>) -> XmrOptions {
        XmrOptions {
            screen_outliers: self.screen_outliers,
            fix_after: self
                .fix_limits_after
                .map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
            rebases,
            target: self.targets.get(&measure).copied(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_carry_the_measure_s_own_target() {
        let s = MdcSettings {
            targets: [(Measure::AccessGranted, 20.0)].into(),
            screen_outliers: false,
            fix_limits_after: Some(12),
        };
        let o = s.options(Measure::AccessGranted, vec![5]);
        assert_eq!(o.target, Some(20.0));
        assert_eq!((o.screen_outliers, o.fix_after), (false, Some(12)));
        assert_eq!(o.rebases, [5]);
        assert_eq!(s.options(Measure::Coded9iw, vec![]).target, None);
    }

    #[test]
    fn unusable_settings_name_their_setting() {
        let mut s = MdcSettings::default();
        assert_eq!(s.check(), Ok(()));
        s.fix_limits_after = Some(11);
        assert_eq!(s.check().unwrap_err().setting(), "mdc_fix_limits_after");
        s.fix_limits_after = Some(12);
        s.targets.insert(Measure::MedianDaysToAccess, -1.0);
        let e = s.check().unwrap_err();
        assert_eq!(e.setting(), "mdc_targets");
        assert!(e.to_string().contains("median-days-to-access"), "{e}");
        assert!(!target_ok(f64::NAN) && target_ok(0.0) && target_ok(TARGET_MAX));
    }
}
