//! The process pack: one TOML file a borough team publishes and each practice imports.
//! It carries the shared process (the standard script's wording as Fluent message
//! overrides, languages offered, identity checks allowed, the codes staff add in the
//! clinical system, the proxy review age and notice, retention periods, the Making Data Count
//! targets and method) and never the practice's own values (name, ODS code, printer).
//!
//! Importing is two steps: [`Kiosk::preview_pack`] shows what will change, and
//! [`Kiosk::import_pack`] applies it. A pack that is malformed, of an unknown format or
//! names anything this kiosk does not have is refused whole, and nothing changes.

use std::collections::BTreeMap;

use fluent::FluentResource;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::journey::sign_up::IdentityMethod;
use crate::localisation::Locales;
use crate::practice::codes::CodeEntry;
use crate::practice::config::PracticeConfig;
use crate::practice::settings_form::SettingChange;

/// The only pack format this version reads.
pub const PACK_FORMAT: u32 = 1;
/// Packs to import, and exported packs, live here in the data folder.
pub const PACKS_DIR: &str = "packs";
/// How a pack file's name ends.
pub const PACK_EXTENSION: &str = ".akpack.toml";
/// The override file a pack's wording is written to, in `locales/<locale>/`.
pub const PACK_FTL: &str = "pack.ftl";
/// Settings that belong to the practice: a pack naming them is refused.
const PRACTICE_OWN: &[&str] = &["practice_name", "ods_code", "printer", "slip_layout"];

/// A pack file as written. Every setting is optional: what a pack leaves out is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub pack: PackHeader,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_methods: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_up_code: Option<CodeEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enhanced_review_code: Option<CodeEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enhanced_review_not_indicated_code: Option<CodeEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_review_age: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_notice_days: Option<u32>,
    /// The sign-up code as packs before this version named it: still read (and written
    /// back as read); an export names `sign_up_code` instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_code_label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_days_after_close: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_days_if_inactive: Option<u32>,
    /// Hosts the registration QR may lead to, added to the practice's own (never taken
    /// away: the NHS App and NHS login are always allowed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_hosts: Option<Vec<String>>,
    /// Making Data Count targets: when given, they replace the practice's (a measure left
    /// out has no target), so every practice is judged against the borough's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mdc_targets: Option<BTreeMap<crate::measures::Measure, f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mdc_screen_outliers: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mdc_fix_limits_after: Option<u32>,
    /// Message overrides: locale → message id → Fluent text.
    #[serde(default)]
    pub messages: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackHeader {
    pub name: String,
    #[serde(deserialize_with = "as_text")]
    pub version: String,
    #[serde(deserialize_with = "as_text")]
    pub date: String,
    pub format: u32,
}

/// Accepts `version = 3` or `date = 2026-11-25` as well as quoted text.
fn as_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match toml::Value::deserialize(d)? {
        toml::Value::String(s) => s,
        other => other.to_string(),
    })
}

/// Why a pack was refused. The staff face shows `pack-error-<code>` with these arguments.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PackError {
    #[error("there is no pack file called {0:?} in the packs folder")]
    NoSuchPack(String),
    #[error("the pack cannot be read: {0}")]
    Unreadable(String),
    #[error("the pack is not valid, line {line}: {problem}")]
    Malformed { line: usize, problem: String },
    #[error("the pack is format {0}; this kiosk reads format {PACK_FORMAT}")]
    UnsupportedFormat(u32),
    #[error("the pack needs a name, a version and a date")]
    HeaderMissing,
    #[error("a pack cannot set `{0}`: it belongs to the practice")]
    PracticeOwn(String),
    #[error("no translation is installed for the language {0:?}")]
    UnknownLanguage(String),
    #[error("{0:?} is not an identity check this kiosk knows")]
    UnknownIdentityMethod(String),
    #[error("the setting `{setting}` {problem}")]
    InvalidSetting { setting: String, problem: String },
    #[error("there is no message {id:?} to reword (in {locale})")]
    UnknownMessage { locale: String, id: String },
    #[error("the wording of {id:?} in {locale} is not valid Fluent: {problem}")]
    BadMessage {
        locale: String,
        id: String,
        problem: String,
    },
}

impl PackError {
    /// The Fluent message for this problem is `pack-error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            PackError::NoSuchPack(_) => "no-such-pack",
            PackError::Unreadable(_) => "unreadable",
            PackError::Malformed { .. } => "malformed",
            PackError::UnsupportedFormat(_) => "format",
            PackError::HeaderMissing => "header",
            PackError::PracticeOwn(_) => "practice-own",
            PackError::UnknownLanguage(_) => "unknown-language",
            PackError::UnknownIdentityMethod(_) => "unknown-identity-method",
            PackError::InvalidSetting { .. } => "invalid-setting",
            PackError::UnknownMessage { .. } => "unknown-message",
            PackError::BadMessage { .. } => "bad-message",
        }
    }

    /// The arguments for its Fluent message.
    pub fn args(&self) -> serde_json::Value {
        match self {
            PackError::NoSuchPack(f) => json!({ "file": f }),
            PackError::Unreadable(p) => json!({ "problem": p }),
            PackError::Malformed { line, problem } => json!({ "line": line, "problem": problem }),
            PackError::UnsupportedFormat(f) => json!({ "format": f, "supported": PACK_FORMAT }),
            PackError::HeaderMissing => json!({}),
            PackError::PracticeOwn(k) => json!({ "setting": k }),
            PackError::UnknownLanguage(t) => json!({ "language": t }),
            PackError::UnknownIdentityMethod(m) => json!({ "method": m }),
            PackError::InvalidSetting { setting, problem } => {
                json!({ "setting": setting, "problem": problem })
            }
            PackError::UnknownMessage { locale, id } => json!({ "locale": locale, "id": id }),
            PackError::BadMessage {
                locale,
                id,
                problem,
            } => json!({ "locale": locale, "id": id, "problem": problem }),
        }
    }
}

/// Wording that changes in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MessageChanges {
    pub locale: String,
    /// Message ids reworded, newly overridden or returned to the shipped wording.
    pub ids: Vec<String>,
}

/// What importing a pack will change (or did change).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PackPreview {
    pub file: String,
    pub name: String,
    pub version: String,
    pub date: String,
    pub settings: Vec<SettingChange>,
    pub messages: Vec<MessageChanges>,
    pub nothing_changes: bool,
}

/// A checked pack: the settings it leads to and the wording per locale.
#[derive(Debug, Clone)]
pub struct CheckedPack {
    pub pack: Pack,
    pub config: PracticeConfig,
}

impl Pack {
    /// The Making Data Count settings this pack gives, over `base` (what it leaves out is
    /// kept); checked. The borough merge reads a pack this way, without a kiosk.
    pub fn mdc_over(
        &self,
        base: &crate::measures::mdc::settings::MdcSettings,
    ) -> Result<crate::measures::mdc::settings::MdcSettings, PackError> {
        let mut s = base.clone();
        if let Some(t) = &self.mdc_targets {
            s.targets = t.clone();
        }
        if let Some(v) = self.mdc_screen_outliers {
            s.screen_outliers = v;
        }
        if let Some(v) = self.mdc_fix_limits_after {
            s.fix_limits_after = (v > 0).then_some(v);
        }
        s.check().map_err(|p| PackError::InvalidSetting {
            setting: p.setting().into(),
            problem: p.to_string(),
        })?;
        Ok(s)
    }
}

/// Parses a pack's text (nothing else is looked at).
pub fn parse(text: &str) -> Result<Pack, PackError> {
    let table: toml::Table = text
        .parse()
        .map_err(|e: toml::de::Error| malformed(text, &e))?;
    // The practice's own values get a message of their own, not "unknown field".
    if let Some(k) = PRACTICE_OWN.iter().find(|k| table.contains_key(**k)) {
        return Err(PackError::PracticeOwn((*k).to_owned()));
    }
    let pack: Pack = toml::from_str(text).map_err(|e| malformed(text, &e))?;
    if pack.pack.format != PACK_FORMAT {
        return Err(PackError::UnsupportedFormat(pack.pack.format));
    }
    let h = &pack.pack;
    if [&h.name, &h.version, &h.date]
        .iter()
        .any(|f| f.trim().is_empty() || f.chars().count() > 100)
    {
        return Err(PackError::HeaderMissing);
    }
    Ok(pack)
}

fn malformed(text: &str, e: &toml::de::Error) -> PackError {
    let offset = e.span().map(|s| s.start).unwrap_or(0);
    PackError::Malformed {
        line: text[..offset.min(text.len())].matches('\n').count() + 1,
        problem: e.message().trim().to_owned(),
    }
}

/// Checks a pack against this kiosk's languages and messages, and works out the settings
/// it leads to from `current` (whose practice values it never touches).
pub fn check(
    pack: Pack,
    current: &PracticeConfig,
    locales: &Locales,
) -> Result<CheckedPack, PackError> {
    let mut c = current.clone();
    if let Some(langs) = &pack.languages {
        if let Some(t) = langs.iter().find(|t| !locales.has(t)) {
            return Err(PackError::UnknownLanguage(t.clone()));
        }
        c.languages = langs.clone();
    }
    if let Some(methods) = &pack.identity_methods {
        c.identity_methods = methods
            .iter()
            .map(|m| {
                IdentityMethod::ALL
                    .into_iter()
                    .find(|known| known.as_str() == m)
                    .ok_or_else(|| PackError::UnknownIdentityMethod(m.clone()))
            })
            .collect::<Result<_, _>>()?;
    }
    if pack.tracking_code.is_some() || pack.tracking_code_label.is_some() {
        if pack.sign_up_code.is_some() {
            return Err(PackError::InvalidSetting {
                setting: "tracking_code".into(),
                problem: "is the older name of sign_up_code: keep only sign_up_code".into(),
            });
        }
        let current = &c.sign_up_code;
        c.sign_up_code = CodeEntry::from_legacy(
            pack.tracking_code.as_deref().unwrap_or(&current.code),
            pack.tracking_code_label.as_deref().unwrap_or(&current.term),
        );
    }
    for (setting, code) in [
        (&mut c.sign_up_code, &pack.sign_up_code),
        (&mut c.enhanced_review_code, &pack.enhanced_review_code),
        (
            &mut c.enhanced_review_not_indicated_code,
            &pack.enhanced_review_not_indicated_code,
        ),
    ] {
        if let Some(code) = code {
            *setting = CodeEntry::new(code.system, &code.code, &code.term);
        }
    }
    if let Some(v) = pack.proxy_review_age {
        c.proxy_review_age = v;
    }
    if let Some(v) = pack.proxy_notice_days {
        c.proxy_notice_days = v;
    }
    if let Some(v) = pack.retention_days_after_close {
        c.retention_days_after_close = v;
    }
    if let Some(v) = pack.retention_days_if_inactive {
        c.retention_days_if_inactive = v;
    }
    if let Some(hosts) = &pack.registration_hosts {
        for host in hosts {
            let host = host.trim().to_ascii_lowercase();
            if !crate::practice::config::is_host_name(&host) {
                return Err(PackError::InvalidSetting {
                    setting: "registration_hosts".into(),
                    problem: format!("{host:?} is not a host name"),
                });
            }
            if !c.registration_hosts.contains(&host) {
                c.registration_hosts.push(host);
            }
        }
    }
    if let Some(v) = &pack.mdc_targets {
        c.mdc_targets = v.clone();
    }
    if let Some(v) = pack.mdc_screen_outliers {
        c.mdc_screen_outliers = v;
    }
    if let Some(v) = pack.mdc_fix_limits_after {
        c.mdc_fix_limits_after = v;
    }
    if c.languages.is_empty() {
        return Err(PackError::InvalidSetting {
            setting: "languages".into(),
            problem: "must name at least one language".into(),
        });
    }
    c.validate().map_err(|e| match e {
        crate::practice::config::ConfigError::Invalid { field, problem, .. } => {
            PackError::InvalidSetting {
                setting: field,
                problem,
            }
        }
        other => PackError::Unreadable(other.to_string()),
    })?;
    c.pack_name = pack.pack.name.trim().to_owned();
    c.pack_version = pack.pack.version.trim().to_owned();
    c.pack_date = pack.pack.date.trim().to_owned();
    let known = locales.message_ids();
    for (locale, messages) in &pack.messages {
        if !locales.has(locale) {
            return Err(PackError::UnknownLanguage(locale.clone()));
        }
        for (id, text) in messages {
            if !known.contains(id) {
                return Err(PackError::UnknownMessage {
                    locale: locale.clone(),
                    id: id.clone(),
                });
            }
            check_message(locale, id, text)?;
        }
    }
    Ok(CheckedPack { pack, config: c })
}

/// One message's wording must parse as Fluent and be exactly that one message.
fn check_message(locale: &str, id: &str, text: &str) -> Result<(), PackError> {
    let bad = |problem: String| PackError::BadMessage {
        locale: locale.to_owned(),
        id: id.to_owned(),
        problem,
    };
    if text.trim().is_empty() {
        return Err(bad("the wording is empty".into()));
    }
    let source = ftl_entry(id, text);
    let resource =
        FluentResource::try_new(source).map_err(|(_, errs)| bad(errs[0].kind.to_string()))?;
    let ids: Vec<String> = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect();
    if ids != [id] {
        return Err(bad(
            "the wording must be one message, without other entries".into(),
        ));
    }
    Ok(())
}

/// `id = text` in Fluent, continuation lines indented.
fn ftl_entry(id: &str, text: &str) -> String {
    let mut out = format!("{id} =");
    for (i, line) in text.lines().enumerate() {
        if i == 0 {
            out.push(' ');
        } else {
            out.push_str("\n    ");
        }
        out.push_str(line);
    }
    out.push('\n');
    out
}

/// The `pack.ftl` text for one locale's overrides.
pub(crate) fn ftl_file(pack: &PackHeader, messages: &BTreeMap<String, String>) -> String {
    let mut out = format!(
        "# Written by Access Kiosk from the process pack {:?}, version {}. Import a pack to change it.\n",
        pack.name.replace('\n', " "),
        pack.version.replace('\n', " ")
    );
    for (id, text) in messages {
        out.push_str(&ftl_entry(id, text));
    }
    out
}

/// Reads back a `pack.ftl` this module wrote: message id → text.
pub(crate) fn read_ftl_file(text: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("    ") {
            if let Some(text) = current.as_ref().and_then(|id| out.get_mut(id)) {
                text.push('\n');
                text.push_str(rest);
            }
        } else if let Some((id, value)) = line.split_once(" =").filter(|_| !line.starts_with('#')) {
            let id = id.trim().to_owned();
            out.insert(
                id.clone(),
                value.strip_prefix(' ').unwrap_or(value).to_owned(),
            );
            current = Some(id);
        } else {
            current = None;
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests;
