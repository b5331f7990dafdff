//! The practice's settings as an administrator edits them: at first-run setup and later
//! from the staff face's Settings tab. Checked here, field by field, so the form can show
//! each problem beside its field; saved to `practice.toml` with its notes kept, applied
//! at once (no restart), and every change audited with its old and new values.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::journey::sign_up::ClinicalCode;
use crate::journey::Channel;
use crate::practice::codes::{CodeEntry, CodeSystem};
use crate::practice::config::PracticeConfig;
use crate::printing::slip::Layout;

/// What the settings form sends. Numbers come as typed, so a wrong one is a field problem
/// rather than a refused request.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SettingsForm {
    pub practice_name: String,
    pub ods_code: String,
    pub registration_url: String,
    pub languages: Vec<String>,
    pub channel: Channel,
    pub printer: String,
    pub slip_layout: Layout,
    pub idle_seconds: String,
    pub idle_countdown_seconds: String,
    pub retention_days_after_close: String,
    pub retention_days_if_inactive: String,
    /// The codes staff add in the clinical system, one entry per code.
    pub codes: Vec<CodeForm>,
    pub proxy_review_age: String,
    pub proxy_notice_days: String,
}

/// One code as the form edits it.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
pub struct CodeForm {
    pub key: ClinicalCode,
    pub system: CodeSystem,
    pub code: String,
    pub term: String,
}

/// One refused field: the form shows `settings-error-<code>` beside the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SettingProblem {
    pub field: &'static str,
    pub code: &'static str,
}

/// One setting that changes: its `practice.toml` name, the current and the new value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SettingChange {
    pub setting: String,
    pub current: serde_json::Value,
    pub new: serde_json::Value,
}

/// The form, filled from the current settings, and what it may offer.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingsView {
    pub form: SettingsForm,
    /// Shipped languages the practice may offer: tag and native name.
    pub available_languages: Vec<(String, String)>,
    /// The codes staff add in the clinical system (also in the form, editable).
    pub codes: Vec<crate::practice::codes::CodeView>,
    pub identity_methods: Vec<crate::journey::sign_up::IdentityMethod>,
    pub pack_name: String,
    pub pack_version: String,
    pub pack_date: String,
}

impl SettingsForm {
    pub fn from_config(c: &PracticeConfig) -> Self {
        SettingsForm {
            practice_name: c.practice_name.clone(),
            ods_code: c.ods_code.clone(),
            registration_url: c.registration_url.clone(),
            languages: c.languages.clone(),
            channel: c.channel,
            printer: c.printer.clone(),
            slip_layout: c.slip_layout,
            idle_seconds: c.idle_seconds.to_string(),
            idle_countdown_seconds: c.idle_countdown_seconds.to_string(),
            retention_days_after_close: c.retention_days_after_close.to_string(),
            retention_days_if_inactive: c.retention_days_if_inactive.to_string(),
            codes: ClinicalCode::ALL
                .into_iter()
                .map(|key| {
                    let e = c.code(key);
                    CodeForm {
                        key,
                        system: e.system,
                        code: e.code.clone(),
                        term: e.term.clone(),
                    }
                })
                .collect(),
            proxy_review_age: c.proxy_review_age.to_string(),
            proxy_notice_days: c.proxy_notice_days.to_string(),
        }
    }

    /// The current settings with this form's values, or every field's problem.
    pub fn apply_to(
        &self,
        current: &PracticeConfig,
        is_shipped: impl Fn(&str) -> bool,
    ) -> Result<PracticeConfig, Vec<SettingProblem>> {
        let mut problems = Vec::new();
        let mut problem = |field, code| problems.push(SettingProblem { field, code });
        let mut c = current.clone();

        c.practice_name = self.practice_name.trim().to_owned();
        if c.practice_name.is_empty() || c.practice_name.chars().count() > 100 {
            problem("practice-name", "practice-name");
        }
        c.ods_code = self.ods_code.trim().to_ascii_uppercase();
        if !crate::journey::validation::is_ods_code(&c.ods_code) {
            problem("ods-code", "ods-code");
        }
        c.registration_url = self.registration_url.trim().to_owned();
        match crate::practice::config::check_registration_url(
            &c.registration_url,
            &c.registration_hosts,
        ) {
            Ok(()) => {}
            Err(crate::practice::config::UrlProblem::NotAWebAddress) => {
                problem("registration-url", "registration-url")
            }
            // Only the NHS App, NHS login and hosts the practice or its pack allowed.
            Err(crate::practice::config::UrlProblem::HostNotAllowed(_)) => {
                problem("registration-url", "registration-host")
            }
        }
        c.languages = self.languages.clone();
        if c.languages.is_empty() {
            problem("languages", "languages-none");
        } else if c.languages.iter().any(|t| !is_shipped(t)) {
            problem("languages", "languages-unknown");
        }
        c.channel = self.channel;
        c.printer = self.printer.trim().to_owned();
        if c.printer.chars().count() > 127
            || c.printer
                .chars()
                .any(|ch| ch.is_whitespace() || ch.is_control())
        {
            problem("printer", "printer");
        }
        c.slip_layout = self.slip_layout;
        let mut number = |field, text: &str, range: std::ops::RangeInclusive<u32>, code| match text
            .trim()
            .parse::<u32>()
        {
            Ok(n) if range.contains(&n) => n,
            _ => {
                problem(field, code);
                0
            }
        };
        c.idle_seconds = number("idle-seconds", &self.idle_seconds, 5..=3600, "idle-seconds");
        c.idle_countdown_seconds = number(
            "idle-countdown-seconds",
            &self.idle_countdown_seconds,
            1..=300,
            "idle-countdown-seconds",
        );
        c.retention_days_after_close = number(
            "retention-days-after-close",
            &self.retention_days_after_close,
            1..=3650,
            "retention-days",
        );
        c.retention_days_if_inactive = number(
            "retention-days-if-inactive",
            &self.retention_days_if_inactive,
            1..=3650,
            "retention-days",
        );
        c.proxy_review_age = number(
            "proxy-review-age",
            &self.proxy_review_age,
            11..=13,
            "proxy-review-age",
        )
        .try_into()
        .unwrap_or(0);
        c.proxy_notice_days = number(
            "proxy-notice-days",
            &self.proxy_notice_days,
            1..=180,
            "proxy-notice-days",
        );
        for form in &self.codes {
            let entry = CodeEntry::new(form.system, &form.code, &form.term);
            if let Err(p) = entry.check() {
                problem(code_field(form.key), p.code());
            }
            *c.code_mut(form.key) = entry;
        }
        if problems.is_empty() {
            Ok(c)
        } else {
            Err(problems)
        }
    }
}

// ---- The Making Data Count chart settings: a block of their own, with their own button --

/// The chart settings as the Settings tab sends them: each measure's target as typed (empty
/// for none), screening, and "fix limits after" as typed (empty or 0 for never).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ChartSettingsForm {
    pub targets: std::collections::BTreeMap<crate::measures::Measure, String>,
    pub screen_outliers: bool,
    pub fix_limits_after: String,
}

impl ChartSettingsForm {
    /// Every measure, its target or empty.
    pub fn from_config(c: &PracticeConfig) -> Self {
        let mdc = c.mdc();
        ChartSettingsForm {
            targets: crate::measures::Measure::ALL
                .into_iter()
                .map(|m| {
                    let t = mdc.targets.get(&m).map(|t| t.to_string());
                    (m, t.unwrap_or_default())
                })
                .collect(),
            screen_outliers: mdc.screen_outliers,
            fix_limits_after: mdc
                .fix_limits_after
                .map(|n| n.to_string())
                .unwrap_or_default(),
        }
    }

    /// The current settings with this form's chart settings, or every field's problem: a
    /// target's field is its measure (`access-granted`), with the code `mdc-target`.
    pub fn apply_to(
        &self,
        current: &PracticeConfig,
    ) -> Result<PracticeConfig, Vec<SettingProblem>> {
        use crate::measures::mdc::settings::{fix_after_ok, target_ok, MdcSettings};
        let mut problems = Vec::new();
        let mut targets = std::collections::BTreeMap::new();
        for (measure, typed) in &self.targets {
            let typed = typed.trim().trim_end_matches('%').trim();
            if typed.is_empty() {
                continue;
            }
            match typed.parse::<f64>() {
                Ok(t) if target_ok(t) => {
                    targets.insert(*measure, t);
                }
                _ => problems.push(SettingProblem {
                    field: measure.as_str(),
                    code: "mdc-target",
                }),
            }
        }
        let fix = self.fix_limits_after.trim();
        let fix_limits_after = match fix.parse::<u32>() {
            _ if fix.is_empty() => None,
            Ok(n) if fix_after_ok(n) => (n > 0).then_some(n),
            _ => {
                problems.push(SettingProblem {
                    field: "mdc-fix-limits-after",
                    code: "mdc-fix-limits-after",
                });
                None
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut c = current.clone();
        c.set_mdc(MdcSettings {
            targets,
            screen_outliers: self.screen_outliers,
            fix_limits_after,
        });
        Ok(c)
    }
}

/// The form field a code's problem is shown beside.
fn code_field(key: ClinicalCode) -> &'static str {
    match key {
        ClinicalCode::SignUp => "code-sign-up",
        ClinicalCode::EnhancedReview => "code-enhanced-review",
        ClinicalCode::EnhancedReviewNotIndicated => "code-enhanced-review-not-indicated",
    }
}

/// The settings that differ between two configurations, by `practice.toml` name.
pub fn changes(old: &PracticeConfig, new: &PracticeConfig) -> Vec<SettingChange> {
    let as_map = |c: &PracticeConfig| match serde_json::to_value(c) {
        Ok(serde_json::Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    };
    let (old, new) = (as_map(old), as_map(new));
    new.into_iter()
        .filter(|(k, v)| old.get(k) != Some(v))
        .map(|(k, v)| SettingChange {
            current: old.get(&k).cloned().unwrap_or(serde_json::Value::Null),
            setting: k,
            new: v,
        })
        .collect()
}

/// The audit entry's details for changed settings: `{ setting: { from, to } }`.
pub(crate) fn audit_details(changes: &[SettingChange]) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    for c in changes {
        m.insert(c.setting.clone(), json!({ "from": c.current, "to": c.new }));
    }
    serde_json::Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn defaults() -> PracticeConfig {
        PracticeConfig::parse(
            crate::practice::config::DEFAULT_CONFIG,
            Path::new("practice.toml"),
        )
        .unwrap()
    }

    #[test]
    fn a_good_form_changes_only_what_was_edited() {
        let c = defaults();
        let mut form = SettingsForm::from_config(&c);
        form.practice_name = " Riverside Surgery ".into();
        form.ods_code = "f84123".into();
        form.channel = Channel::Phlebotomy;
        let new = form.apply_to(&c, |_| true).unwrap();
        assert_eq!(new.practice_name, "Riverside Surgery");
        assert_eq!(new.ods_code, "F84123");
        let names: Vec<_> = changes(&c, &new).into_iter().map(|c| c.setting).collect();
        assert_eq!(names, ["channel", "ods_code", "practice_name"]);
        assert_eq!(
            audit_details(&changes(&c, &new))["ods_code"],
            json!({ "from": "F84999", "to": "F84123" })
        );
    }

    #[test]
    fn chart_settings_are_checked_and_changed_as_a_block() {
        use crate::measures::Measure;
        let c = defaults();
        let mut form = ChartSettingsForm::from_config(&c);
        assert_eq!(
            form.targets.len(),
            Measure::ALL.len(),
            "a field for every measure"
        );
        form.targets.insert(Measure::AccessGranted, " 20 ".into());
        form.targets
            .insert(Measure::InterestToAccess, "62.5%".into());
        form.fix_limits_after = "12".into();
        let new = form.apply_to(&c).unwrap();
        assert_eq!(new.mdc_targets[&Measure::InterestToAccess], 62.5);
        let names: Vec<_> = changes(&c, &new).into_iter().map(|c| c.setting).collect();
        assert_eq!(names, ["mdc_fix_limits_after", "mdc_targets"]);
        assert_eq!(
            ChartSettingsForm::from_config(&new).targets[&Measure::AccessGranted],
            "20"
        );

        form.targets.insert(Measure::Coded9iw, "lots".into());
        form.targets
            .insert(Measure::MedianDaysToAccess, "-2".into());
        form.fix_limits_after = "6".into();
        let problems: Vec<_> = form
            .apply_to(&c)
            .unwrap_err()
            .into_iter()
            .map(|p| (p.field, p.code))
            .collect();
        assert_eq!(
            problems,
            [
                ("coded-9iw", "mdc-target"),
                ("median-days-to-access", "mdc-target"),
                ("mdc-fix-limits-after", "mdc-fix-limits-after")
            ]
        );
    }

    #[test]
    fn codes_are_edited_as_system_code_and_term() {
        let c = defaults();
        let mut form = SettingsForm::from_config(&c);
        assert_eq!(form.codes[0].code, "9IW");
        form.codes[0] = CodeForm {
            key: ClinicalCode::SignUp,
            system: CodeSystem::Local,
            code: " TH-ACC ".into(),
            term: "Tower Hamlets online access".into(),
        };
        form.proxy_review_age = "12".into();
        let new = form.apply_to(&c, |_| true).unwrap();
        assert_eq!(
            new.sign_up_code,
            CodeEntry::new(CodeSystem::Local, "TH-ACC", "Tower Hamlets online access")
        );
        assert_eq!(new.proxy_review_age, 12);
        let names: Vec<_> = changes(&c, &new).into_iter().map(|c| c.setting).collect();
        assert_eq!(names, ["proxy_review_age", "sign_up_code"]);
    }

    #[test]
    fn every_bad_field_is_named_with_its_code() {
        let c = defaults();
        let mut form = SettingsForm::from_config(&c);
        form.practice_name = "  ".into();
        form.ods_code = "84001F".into();
        form.registration_url = "http://example.org".into();
        form.languages = vec!["en-GB".into(), "xx".into()];
        form.printer = "front desk".into();
        form.idle_seconds = "2".into();
        form.idle_countdown_seconds = "ten".into();
        form.retention_days_after_close = "0".into();
        form.retention_days_if_inactive = "3651".into();
        form.proxy_review_age = "10".into();
        form.codes[1].code = "1364731000000105".into();
        let problems = form.apply_to(&c, |t| t != "xx").unwrap_err();
        let fields: Vec<_> = problems.iter().map(|p| (p.field, p.code)).collect();
        assert_eq!(
            fields,
            [
                ("practice-name", "practice-name"),
                ("ods-code", "ods-code"),
                ("registration-url", "registration-url"),
                ("languages", "languages-unknown"),
                ("printer", "printer"),
                ("idle-seconds", "idle-seconds"),
                ("idle-countdown-seconds", "idle-countdown-seconds"),
                ("retention-days-after-close", "retention-days"),
                ("retention-days-if-inactive", "retention-days"),
                ("proxy-review-age", "proxy-review-age"),
                ("code-enhanced-review", "code-snomed"),
            ]
        );
        form.languages.clear();
        let problems = form.apply_to(&c, |_| true).unwrap_err();
        assert!(problems.contains(&SettingProblem {
            field: "languages",
            code: "languages-none"
        }));
    }
}
