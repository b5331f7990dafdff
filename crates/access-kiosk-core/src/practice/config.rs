//! The practice's settings: `practice.toml` in the data folder.
//!
//! Written with documented defaults on first start, so a practice manager can open it in a
//! text editor and see what each setting does. A malformed file is never a panic: it is a
//! [`ConfigError`] naming the file, the line and the setting.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::journey::sign_up::ClinicalCode;
use crate::journey::Channel;
use crate::practice::codes::{self, CodeEntry, CodeView};

/// The settings file's name inside the data folder.
pub const CONFIG_FILE: &str = "practice.toml";

/// What a first start writes: every setting, with its default and what it means.
pub const DEFAULT_CONFIG: &str = r#"# Access Kiosk: this practice's settings.
# Edit with any text editor, then restart the kiosk. Lines starting with # are notes.

# The practice's name, printed on slips and shown on screen.
practice_name = "Demo Surgery"

# The practice's ODS (organisation) code, e.g. F84001.
ods_code = "F84999"

# Where the QR code on the patient's slip leads: the registration route.
registration_url = "https://www.nhsapp.service.nhs.uk/login"

# Seconds without a touch or key press before the kiosk asks "Are you still there?".
idle_seconds = 60

# Seconds the "Are you still there?" countdown lasts before the form is wiped.
idle_countdown_seconds = 20

# Languages offered to patients, in the order shown. English is always available.
# en-GB English, bn Bengali, syl Sylheti (audio first, Bengali text), so Somali, ur Urdu,
# ar Arabic, zh-Hans Chinese, pl Polish, lt Lithuanian, ro Romanian, it Italian,
# es Spanish, pt Portuguese, fr French, tr Turkish.
languages = ["en-GB", "bn", "syl", "so", "ur", "ar", "zh-Hans", "pl", "lt", "ro", "it", "es", "pt", "fr", "tr"]

# How patients reach this tablet: kiosk, reception, phlebotomy, ltc-clinic,
# new-registration or clinician.
channel = "kiosk"

# The print queue for slips (a CUPS printer name on Linux; leave empty for none), and the
# paper: receipt-80mm (thermal printers at reception), a5 or a4.
printer = ""
slip_layout = "receipt-80mm"

# The most characters the prescription message may have (the clinical system's limit).
prescription_message_limit = 160

# Minutes without activity before a staff session ends (separate from the patient reset).
staff_session_minutes = 5

# The codes staff add in the clinical system, each { system, code, term }: system is read-v2,
# ctv3, snomed-ct or local. The coding worklist shows each with a tick.
# Added for every patient given online access (the borough's measure).
sign_up_code = { system = "read-v2", code = "9IW", term = "Registered for Access to Patient Facing Services" }
# Added when a clinician withholds new record entries after an enhanced review.
enhanced_review_code = { system = "snomed-ct", code = "1364731000000104", term = "Enhanced review indicated before granting access to your own health record" }
# Added when a clinician lifts that, finding an enhanced review not needed (it overrides it).
enhanced_review_not_indicated_code = { system = "snomed-ct", code = "1364751000000106", term = "Enhanced review not indicated before granting access to your own health record" }

# A child's proxy access is reviewed at this age (11-13; the RCGP suggests 11) and
# suspended at 16.
proxy_review_age = 11
# The worklist shows a proxy review, end or suspension this many days ahead (1-180).
proxy_notice_days = 28

# The day each reporting week starts on (monday gives ISO weeks, labelled like 2026-W48).
week_starts_on = "monday"

# Days after a sign-up closes (coded, declined, withdrawn…) before the patient's personal
# details are deleted. The counts in reports are kept (1-3650).
retention_days_after_close = 30

# Days without any activity before an open sign-up's personal details are deleted (1-3650).
retention_days_if_inactive = 180

# Identity checks the staff script offers, and the only ones it records: documents,
# vouching, vouching-with-confirmation, nhs-login.
identity_methods = ["documents", "vouching", "vouching-with-confirmation", "nhs-login"]

# --- Security (SECURITY.md) ---
# Hosts the registration QR may lead to besides the NHS App and NHS login, which are always
# allowed (www.nhsapp.service.nhs.uk, nhsapp.service.nhs.uk, login.nhs.uk,
# access.login.nhs.uk, settings.login.nhs.uk), e.g. ["register.example.nhs.uk"]. A process
# pack can add to them.
registration_hosts = []
# The practice's backup recipient: an age public key (age1...) made with age-keygen on a
# computer that is not this tablet, whose secret the practice keeps safe. Backups are then
# encrypted to it. Empty: each backup is locked with a new six-word passphrase, shown once.
backup_recipient = ""

# The process pack imported last (set by importing one in staff mode; empty if none).
pack_name = ""
# That pack's version.
pack_version = ""
# That pack's date.
pack_date = ""

# Making Data Count charts (Reports, and the borough's report). A weekly target per measure,
# for the assurance icon; leave a measure out for no target. Measures: interest-registered,
# identity-verified, access-granted, coded-9iw, older-record-requested, older-record-granted,
# older-record-declined, proxy-access-granted (counts a week), interest-to-verified,
# verified-to-access, access-to-coded-9iw, interest-to-access (%), median-days-to-access
# (days). Example: { access-granted = 20, median-days-to-access = 14 }
mdc_targets = {}
# Leave very large week-to-week jumps out of the limits (true, as NHSRplotthedots does) or
# keep them (false, as the MDC Excel tool does).
mdc_screen_outliers = true
# Fix the mean and limits on the first this many weeks of each stretch (12 to 520), or 0 to
# recalculate them with every week.
mdc_fix_limits_after = 0
"#;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PracticeConfig {
    pub practice_name: String,
    pub ods_code: String,
    pub registration_url: String,
    pub idle_seconds: u32,
    pub idle_countdown_seconds: u32,
    pub languages: Vec<String>,
    pub channel: Channel,
    #[serde(default)]
    pub printer: String,
    #[serde(default = "default_slip_layout")]
    pub slip_layout: crate::printing::slip::Layout,
    #[serde(default = "default_prescription_message_limit")]
    pub prescription_message_limit: u32,
    #[serde(default = "default_staff_session_minutes")]
    pub staff_session_minutes: u32,
    #[serde(default = "codes::default_sign_up")]
    pub sign_up_code: CodeEntry,
    #[serde(default = "codes::default_enhanced_review")]
    pub enhanced_review_code: CodeEntry,
    #[serde(default = "codes::default_enhanced_review_not_indicated")]
    pub enhanced_review_not_indicated_code: CodeEntry,
    #[serde(default = "default_proxy_review_age")]
    pub proxy_review_age: u8,
    #[serde(default = "default_proxy_notice_days")]
    pub proxy_notice_days: u32,
    /// The sign-up code as files before this version named it: read, moved into
    /// `sign_up_code`, never written.
    #[serde(default, skip_serializing)]
    tracking_code: Option<String>,
    #[serde(default, skip_serializing)]
    tracking_code_label: Option<String>,
    #[serde(default)]
    pub week_starts_on: crate::measures::WeekStart,
    #[serde(default = "default_retention_days_after_close")]
    pub retention_days_after_close: u32,
    #[serde(default = "default_retention_days_if_inactive")]
    pub retention_days_if_inactive: u32,
    #[serde(default = "default_identity_methods")]
    pub identity_methods: Vec<crate::journey::sign_up::IdentityMethod>,
    #[serde(default)]
    pub registration_hosts: Vec<String>,
    #[serde(default)]
    pub backup_recipient: String,
    #[serde(default)]
    pub pack_name: String,
    #[serde(default)]
    pub pack_version: String,
    #[serde(default)]
    pub pack_date: String,
    /// Making Data Count: see [`PracticeConfig::mdc`].
    #[serde(default)]
    pub mdc_targets: std::collections::BTreeMap<crate::measures::Measure, f64>,
    #[serde(default = "default_mdc_screen_outliers")]
    pub mdc_screen_outliers: bool,
    /// 0: limits recalculated with every week.
    #[serde(default)]
    pub mdc_fix_limits_after: u32,
}

fn default_mdc_screen_outliers() -> bool {
    true
}

fn default_identity_methods() -> Vec<crate::journey::sign_up::IdentityMethod> {
    crate::journey::sign_up::IdentityMethod::ALL.to_vec()
}

fn default_retention_days_after_close() -> u32 {
    30
}

fn default_retention_days_if_inactive() -> u32 {
    180
}

fn default_slip_layout() -> crate::printing::slip::Layout {
    crate::printing::slip::Layout::Receipt80mm
}

fn default_prescription_message_limit() -> u32 {
    160
}

fn default_staff_session_minutes() -> u32 {
    5
}

fn default_proxy_review_age() -> u8 {
    crate::journey::proxy::DEFAULT_REVIEW_AGE
}

fn default_proxy_notice_days() -> u32 {
    28
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write the default settings to {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}, line {line}, setting `{field}`: {problem}")]
    Invalid {
        path: PathBuf,
        line: usize,
        field: String,
        problem: String,
    },
}

impl PracticeConfig {
    /// Reads the settings in `data_dir`, writing the documented defaults first if there are none.
    pub fn load_or_create(data_dir: &Path) -> Result<Self, ConfigError> {
        let path = data_dir.join(CONFIG_FILE);
        if !path.exists() {
            std::fs::write(&path, DEFAULT_CONFIG).map_err(|source| ConfigError::Write {
                path: path.clone(),
                source,
            })?;
        }
        let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Read {
            path: path.clone(),
            source,
        })?;
        Self::parse(&text, &path)
    }

    /// Parses and checks settings text; `path` is only used in messages.
    pub fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let mut config: PracticeConfig = toml::from_str(text).map_err(|e| {
            let offset = e.span().map(|s| s.start).unwrap_or(0);
            let line = line_of_offset(text, offset);
            ConfigError::Invalid {
                path: path.to_owned(),
                line,
                field: key_on_line(text, line).unwrap_or_else(|| "?".into()),
                problem: e.message().trim().to_owned(),
            }
        })?;
        config.move_legacy_code(text, path)?;
        config.check(text, path)?;
        Ok(config)
    }

    /// A file from before this version names the sign-up code `tracking_code` with its
    /// label: it becomes `sign_up_code` (written so at the next save).
    fn move_legacy_code(&mut self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let (code, label) = (self.tracking_code.take(), self.tracking_code_label.take());
        if code.is_none() && label.is_none() {
            return Ok(());
        }
        if line_of_key(text, "sign_up_code").is_some() {
            return Err(ConfigError::Invalid {
                path: path.to_owned(),
                line: line_of_key(text, "tracking_code")
                    .or_else(|| line_of_key(text, "tracking_code_label"))
                    .unwrap_or(0),
                field: "tracking_code".into(),
                problem: "is the older name of sign_up_code: keep only sign_up_code".into(),
            });
        }
        let old = codes::default_sign_up();
        self.sign_up_code = CodeEntry::from_legacy(
            code.as_deref().unwrap_or(&old.code),
            label.as_deref().unwrap_or(&old.term),
        );
        Ok(())
    }

    /// The code staff add for `key`.
    pub fn code(&self, key: ClinicalCode) -> &CodeEntry {
        match key {
            ClinicalCode::SignUp => &self.sign_up_code,
            ClinicalCode::EnhancedReview => &self.enhanced_review_code,
            ClinicalCode::EnhancedReviewNotIndicated => &self.enhanced_review_not_indicated_code,
        }
    }

    pub(crate) fn code_mut(&mut self, key: ClinicalCode) -> &mut CodeEntry {
        match key {
            ClinicalCode::SignUp => &mut self.sign_up_code,
            ClinicalCode::EnhancedReview => &mut self.enhanced_review_code,
            ClinicalCode::EnhancedReviewNotIndicated => {
                &mut self.enhanced_review_not_indicated_code
            }
        }
    }

    /// Every code, for the staff face.
    pub fn codes(&self) -> Vec<CodeView> {
        ClinicalCode::ALL
            .into_iter()
            .map(|key| CodeView {
                key,
                entry: self.code(key).clone(),
            })
            .collect()
    }

    fn check(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let invalid = |field: &str, problem: String| ConfigError::Invalid {
            path: path.to_owned(),
            line: line_of_key(text, field).unwrap_or(0),
            field: field.to_owned(),
            problem,
        };
        if self.practice_name.trim().is_empty() {
            return Err(invalid("practice_name", "must not be empty".into()));
        }
        if let Some(host) = self.registration_hosts.iter().find(|h| !is_host_name(h)) {
            return Err(invalid(
                "registration_hosts",
                format!("{host:?} is not a host name (like register.example.nhs.uk)"),
            ));
        }
        match check_registration_url(&self.registration_url, &self.registration_hosts) {
            Ok(()) => {}
            Err(UrlProblem::NotAWebAddress) => {
                return Err(invalid(
                    "registration_url",
                    "must be a web address starting with https:// (at most 300 characters)".into(),
                ))
            }
            Err(UrlProblem::HostNotAllowed(host)) => {
                return Err(invalid(
                    "registration_url",
                    format!(
                        "{host} is not the NHS App or NHS login: add it to registration_hosts \
                         if the practice means it"
                    ),
                ))
            }
        }
        if !self.backup_recipient.trim().is_empty()
            && crate::privacy::check_backup_recipient(&self.backup_recipient).is_err()
        {
            return Err(invalid(
                "backup_recipient",
                "must be an age public key (age1...), or empty".into(),
            ));
        }
        if !(5..=3600).contains(&self.idle_seconds) {
            return Err(invalid("idle_seconds", "must be between 5 and 3600".into()));
        }
        if !(1..=60).contains(&self.staff_session_minutes) {
            return Err(invalid(
                "staff_session_minutes",
                "must be between 1 and 60".into(),
            ));
        }
        for key in ClinicalCode::ALL {
            if let Err(problem) = self.code(key).check() {
                return Err(invalid(code_setting(key), problem.to_string()));
            }
        }
        if !crate::journey::proxy::REVIEW_AGES.contains(&self.proxy_review_age) {
            return Err(invalid("proxy_review_age", "must be 11, 12 or 13".into()));
        }
        if !(1..=180).contains(&self.proxy_notice_days) {
            return Err(invalid(
                "proxy_notice_days",
                "must be between 1 and 180".into(),
            ));
        }
        for (field, days) in [
            (
                "retention_days_after_close",
                self.retention_days_after_close,
            ),
            (
                "retention_days_if_inactive",
                self.retention_days_if_inactive,
            ),
        ] {
            if !(1..=3650).contains(&days) {
                return Err(invalid(field, "must be between 1 and 3650 days".into()));
            }
        }
        if !(1..=300).contains(&self.idle_countdown_seconds) {
            return Err(invalid(
                "idle_countdown_seconds",
                "must be between 1 and 300".into(),
            ));
        }
        if self.identity_methods.is_empty() {
            return Err(invalid(
                "identity_methods",
                "must name at least one identity check".into(),
            ));
        }
        if let Err(problem) = self.mdc().check() {
            return Err(invalid(problem.setting(), problem.to_string()));
        }
        Ok(())
    }

    /// How the Making Data Count charts are drawn.
    pub fn mdc(&self) -> crate::measures::mdc::settings::MdcSettings {
        crate::measures::mdc::settings::MdcSettings {
            targets: self.mdc_targets.clone(),
            screen_outliers: self.mdc_screen_outliers,
            fix_limits_after: (self.mdc_fix_limits_after > 0).then_some(self.mdc_fix_limits_after),
        }
    }

    /// Sets the Making Data Count settings (not checked: see [`PracticeConfig::validate`]).
    pub fn set_mdc(&mut self, mdc: crate::measures::mdc::settings::MdcSettings) {
        self.mdc_targets = mdc.targets;
        self.mdc_screen_outliers = mdc.screen_outliers;
        self.mdc_fix_limits_after = mdc.fix_limits_after.unwrap_or(0);
    }

    /// The settings as `practice.toml` text: the shipped file with its notes, each value
    /// replaced by this one, so a practice manager can still read what each setting does.
    pub fn to_documented_toml(&self) -> String {
        let table = match toml::Value::try_from(self) {
            Ok(toml::Value::Table(t)) => t,
            _ => toml::Table::new(),
        };
        let mut out = String::with_capacity(DEFAULT_CONFIG.len() + 256);
        for line in DEFAULT_CONFIG.lines() {
            let key = (!line.starts_with('#'))
                .then(|| line.split_once('='))
                .flatten()
                .map(|(k, _)| k.trim());
            match key.and_then(|k| table.get(k).map(|v| (k, v))) {
                Some((k, v)) => out.push_str(&format!("{k} = {}", inline(v))),
                None => out.push_str(line),
            }
            out.push('\n');
        }
        out
    }

    /// Writes the settings to `data_dir/practice.toml` (through a temporary file, so a
    /// failed write leaves the old settings whole).
    pub fn save(&self, data_dir: &Path) -> Result<(), ConfigError> {
        let path = data_dir.join(CONFIG_FILE);
        let tmp = data_dir.join(format!("{CONFIG_FILE}.new"));
        let write = |source| ConfigError::Write {
            path: path.clone(),
            source,
        };
        std::fs::write(&tmp, self.to_documented_toml()).map_err(write)?;
        std::fs::rename(&tmp, &path).map_err(write)
    }

    /// Checks settings made in the app (not read from a file): ranges and required values.
    pub fn validate(&self) -> Result<(), ConfigError> {
        self.check("", Path::new(CONFIG_FILE))
    }

    /// Reports a problem with the `languages` setting (checked against shipped locales by
    /// the caller, which knows them).
    pub fn unknown_language(text_path: &Path, text: &str, tag: &str) -> ConfigError {
        ConfigError::Invalid {
            path: text_path.to_owned(),
            line: line_of_key(text, "languages").unwrap_or(0),
            field: "languages".into(),
            problem: format!("no translation is installed for \"{tag}\""),
        }
    }
}

/// The hosts of the NHS App and NHS login: the registration QR may always lead there.
pub const NHS_REGISTRATION_HOSTS: &[&str] = &[
    "www.nhsapp.service.nhs.uk",
    "nhsapp.service.nhs.uk",
    "login.nhs.uk",
    "access.login.nhs.uk",
    "settings.login.nhs.uk",
];

/// Why a registration address was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlProblem {
    /// Not an `https://` address of at most 300 characters without spaces.
    NotAWebAddress,
    /// A web address, on a host that is not allowed.
    HostNotAllowed(String),
}

/// The registration QR must lead to an `https://` address on the NHS App, NHS login, or a
/// host the practice (or its pack) added: a QR is followed without a second look, so a wrong
/// host would send patients to a phishing page with the practice's name on the slip. The
/// host is compared exactly (no user name, no other port).
pub fn check_registration_url(url: &str, extra_hosts: &[String]) -> Result<(), UrlProblem> {
    let rest = url
        .strip_prefix("https://")
        .ok_or(UrlProblem::NotAWebAddress)?;
    if url.len() > 300 || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlProblem::NotAWebAddress);
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority
        .strip_suffix(":443")
        .unwrap_or(authority)
        .to_ascii_lowercase();
    if host.is_empty() || !is_host_name(&host) {
        return Err(UrlProblem::NotAWebAddress);
    }
    let allowed = NHS_REGISTRATION_HOSTS.contains(&host.as_str())
        || extra_hosts.iter().any(|h| h.eq_ignore_ascii_case(&host));
    if allowed {
        Ok(())
    } else {
        Err(UrlProblem::HostNotAllowed(host))
    }
}

/// A plain host name: letters, digits, hyphens and dots, with a dot in it.
pub fn is_host_name(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.contains('.')
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// The `practice.toml` name of the setting that holds `key`'s code.
pub fn code_setting(key: ClinicalCode) -> &'static str {
    match key {
        ClinicalCode::SignUp => "sign_up_code",
        ClinicalCode::EnhancedReview => "enhanced_review_code",
        ClinicalCode::EnhancedReviewNotIndicated => "enhanced_review_not_indicated_code",
    }
}

/// A value on one line: tables as inline tables, so each setting stays one line under
/// its note.
pub(crate) fn inline(v: &toml::Value) -> String {
    match v {
        toml::Value::Table(t) => {
            // A code reads system, code, term, as a person says it.
            let first = ["system", "code", "term"];
            let ordered = first
                .iter()
                .filter_map(|k| t.get_key_value(*k))
                .chain(t.iter().filter(|(k, _)| !first.contains(&k.as_str())));
            let fields: Vec<String> = ordered
                .map(|(k, v)| format!("{k} = {}", inline(v)))
                .collect();
            if fields.is_empty() {
                "{}".to_owned()
            } else {
                format!("{{ {} }}", fields.join(", "))
            }
        }
        toml::Value::Array(a) => {
            let items: Vec<String> = a.iter().map(inline).collect();
            format!("[{}]", items.join(", "))
        }
        other => other.to_string(),
    }
}

fn line_of_offset(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn key_on_line(text: &str, line: usize) -> Option<String> {
    let l = text.lines().nth(line.checked_sub(1)?)?;
    let (key, _) = l.split_once('=')?;
    let key = key.trim();
    (!key.is_empty() && !key.starts_with('#')).then(|| key.to_owned())
}

fn line_of_key(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| l.split_once('=').is_some_and(|(k, _)| k.trim() == key))
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<PracticeConfig, ConfigError> {
        PracticeConfig::parse(text, Path::new("practice.toml"))
    }

    #[test]
    fn the_default_file_parses_and_documents_every_setting() {
        let c = parse(DEFAULT_CONFIG).expect("the shipped defaults must be valid");
        assert_eq!(c.idle_seconds, 60);
        assert_eq!(c.channel, Channel::Kiosk);
        for key in [
            "practice_name",
            "ods_code",
            "registration_url",
            "idle_seconds",
            "idle_countdown_seconds",
            "languages",
            "channel",
            "printer",
            "prescription_message_limit",
            "staff_session_minutes",
            "sign_up_code",
            "enhanced_review_code",
            "enhanced_review_not_indicated_code",
            "proxy_review_age",
            "proxy_notice_days",
            "retention_days_after_close",
            "retention_days_if_inactive",
            "identity_methods",
            "registration_hosts",
            "backup_recipient",
            "pack_name",
            "pack_version",
            "pack_date",
            "mdc_targets",
            "mdc_screen_outliers",
            "mdc_fix_limits_after",
        ] {
            let line = line_of_key(DEFAULT_CONFIG, key).unwrap();
            let above = DEFAULT_CONFIG.lines().nth(line - 2).unwrap();
            assert!(above.starts_with('#'), "`{key}` must have a note above it");
        }
    }

    #[test]
    fn first_start_writes_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let c = PracticeConfig::load_or_create(dir.path()).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join(CONFIG_FILE)).unwrap(),
            DEFAULT_CONFIG
        );
        assert_eq!(c, parse(DEFAULT_CONFIG).unwrap());
    }

    #[test]
    fn saved_settings_keep_every_note_and_read_back_the_same() {
        let mut c = parse(DEFAULT_CONFIG).unwrap();
        assert_eq!(c.to_documented_toml(), DEFAULT_CONFIG);
        c.practice_name = "Riverside \"Health\" Centre".into();
        c.languages = vec!["en-GB".into(), "bn".into()];
        c.channel = Channel::Phlebotomy;
        let text = c.to_documented_toml();
        assert_eq!(parse(&text).unwrap(), c);
        let notes = |t: &str| t.lines().filter(|l| l.starts_with('#')).count();
        assert_eq!(notes(&text), notes(DEFAULT_CONFIG));
        // Every setting the app knows is in the file, so none is lost on saving.
        let table = toml::Value::try_from(&c).unwrap();
        for key in table.as_table().unwrap().keys() {
            assert!(
                line_of_key(DEFAULT_CONFIG, key).is_some(),
                "{key} is missing"
            );
        }
    }

    #[test]
    fn chart_targets_are_written_on_their_line_and_read_back() {
        use crate::measures::Measure;
        let mut c = parse(DEFAULT_CONFIG).unwrap();
        assert_eq!(
            c.mdc(),
            Default::default(),
            "no targets, screening, no fixing"
        );
        c.mdc_targets = [
            (Measure::AccessGranted, 20.0),
            (Measure::MedianDaysToAccess, 14.5),
        ]
        .into();
        c.mdc_fix_limits_after = 12;
        let text = c.to_documented_toml();
        assert!(
            text.contains(
                "\nmdc_targets = { access-granted = 20.0, median-days-to-access = 14.5 }\n"
            ),
            "{text}"
        );
        assert_eq!(parse(&text).unwrap(), c);
        let typo =
            DEFAULT_CONFIG.replace("mdc_targets = {}", "mdc_targets = { access-grunted = 20 }");
        let err = parse(&typo).unwrap_err().to_string();
        assert!(
            err.contains("mdc_targets") && err.contains("access-grunted"),
            "{err}"
        );
        let short = DEFAULT_CONFIG.replace("mdc_fix_limits_after = 0", "mdc_fix_limits_after = 6");
        let err = parse(&short).unwrap_err().to_string();
        assert!(err.contains("`mdc_fix_limits_after`"), "{err}");
    }

    #[test]
    fn a_settings_file_from_before_configurable_codes_still_loads() {
        let old = DEFAULT_CONFIG.replace(
            &DEFAULT_CONFIG[DEFAULT_CONFIG.find("sign_up_code =").unwrap()..]
                .lines()
                .next()
                .unwrap()
                .to_owned(),
            "tracking_code = \"XaZ12\"\ntracking_code_label = \"Online access set up (borough code)\"",
        );
        let c = parse(&old).unwrap();
        assert_eq!(
            c.sign_up_code,
            CodeEntry::new(
                codes::CodeSystem::ReadV2,
                "XaZ12",
                "Online access set up (borough code)"
            )
        );
        let saved = c.to_documented_toml();
        assert!(!saved.contains("tracking_code"), "{saved}");
        assert!(
            saved.contains("sign_up_code = { code = \"XaZ12\", system = \"read-v2\", term = \"Online access set up (borough code)\" }")
                || saved.contains("sign_up_code = { system = \"read-v2\", code = \"XaZ12\", term = \"Online access set up (borough code)\" }"),
            "{saved}"
        );
        assert_eq!(parse(&saved).unwrap(), c, "and reads back the same");
        let both = format!("{DEFAULT_CONFIG}\ntracking_code = \"9IW\"\n");
        assert!(parse(&both).unwrap_err().to_string().contains("older name"));
    }

    #[test]
    fn a_wrong_code_or_review_age_names_the_setting() {
        let text =
            DEFAULT_CONFIG.replace("code = \"1364731000000104\"", "code = \"1364731000000105\"");
        let err = parse(&text).unwrap_err().to_string();
        assert!(
            err.contains("`enhanced_review_code`") && err.contains("check digit"),
            "{err}"
        );
        let text = DEFAULT_CONFIG.replace("proxy_review_age = 11", "proxy_review_age = 14");
        assert!(parse(&text)
            .unwrap_err()
            .to_string()
            .contains("proxy_review_age"));
    }

    #[test]
    fn a_wrong_type_names_the_line_and_setting() {
        let text = DEFAULT_CONFIG.replace("idle_seconds = 60", "idle_seconds = \"sixty\"");
        match parse(&text) {
            Err(ConfigError::Invalid {
                line,
                field,
                problem,
                ..
            }) => {
                assert_eq!(field, "idle_seconds");
                assert_eq!(line, line_of_key(&text, "idle_seconds").unwrap());
                assert!(problem.contains("string"), "{problem}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_misspelt_setting_is_reported_not_ignored() {
        let text = DEFAULT_CONFIG.replace("idle_seconds = 60", "idle_secs = 60");
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains("idle_secs"), "{err}");
    }

    #[test]
    fn broken_syntax_is_an_error_with_a_line() {
        let text = "practice_name = \"Unclosed\n";
        match parse(text) {
            Err(ConfigError::Invalid { line, .. }) => assert_eq!(line, 1),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn out_of_range_values_name_the_setting() {
        let text = DEFAULT_CONFIG.replace("idle_seconds = 60", "idle_seconds = 1");
        let err = parse(&text).unwrap_err();
        assert!(
            err.to_string().contains("`idle_seconds`") && err.to_string().contains("line 14"),
            "{err}"
        );
        let text = DEFAULT_CONFIG.replace("https://www.nhsapp.service.nhs.uk/login", "nhs app");
        assert!(parse(&text)
            .unwrap_err()
            .to_string()
            .contains("registration_url"));
    }

    #[test]
    fn the_registration_address_must_be_on_an_allowed_host() {
        let ok = |url: &str, extra: &[&str]| {
            let extra: Vec<String> = extra.iter().map(|h| (*h).to_owned()).collect();
            check_registration_url(url, &extra)
        };
        assert_eq!(ok("https://www.nhsapp.service.nhs.uk/login", &[]), Ok(()));
        assert_eq!(ok("https://access.login.nhs.uk/", &[]), Ok(()));
        for phishing in [
            "https://nhsapp-login.example.com/",
            "https://www.nhsapp.service.nhs.uk.evil.example/",
            "https://www.nhsapp.service.nhs.uk@evil.example/",
            "https://evil.example/?https://www.nhsapp.service.nhs.uk",
        ] {
            assert!(
                matches!(
                    ok(phishing, &[]),
                    Err(UrlProblem::HostNotAllowed(_)) | Err(UrlProblem::NotAWebAddress)
                ),
                "{phishing} must be refused"
            );
        }
        assert_eq!(
            ok("http://www.nhsapp.service.nhs.uk/login", &[]),
            Err(UrlProblem::NotAWebAddress),
            "https only"
        );
        assert_eq!(
            ok(
                "https://register.borough.nhs.uk/x",
                &["register.borough.nhs.uk"]
            ),
            Ok(())
        );
        let text = DEFAULT_CONFIG.replace(
            "https://www.nhsapp.service.nhs.uk/login",
            "https://nhs-app.example.com/login",
        );
        let err = parse(&text).unwrap_err().to_string();
        assert!(
            err.contains("registration_url") && err.contains("nhs-app.example.com"),
            "{err}"
        );
        let text = text.replace(
            "registration_hosts = []",
            "registration_hosts = [\"nhs-app.example.com\"]",
        );
        assert!(parse(&text).is_ok(), "the practice can allow its own host");
    }
}
