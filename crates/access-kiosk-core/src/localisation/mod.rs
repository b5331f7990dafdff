//! Every word the kiosk shows comes from Fluent files under `locales/{locale}/`.
//!
//! One concurrent bundle per locale is built once at start. A lookup walks the negotiated
//! chain message by message (the patient's locale, its declared text fallback such as
//! Sylheti → Bengali, then `en-GB`), so a message missing from a translation shows English,
//! never its id. Text direction comes from a fixed list of right-to-left languages, never
//! guessed from the text.
//!
//! A practice can reword any message without a rebuild: `.ftl` files in
//! `{data folder}/locales/{locale}/` are layered over the shipped ones. A broken override
//! is reported (file and line) and skipped, so the shipped wording stays.

pub mod audio;

use std::collections::BTreeMap;
use std::path::Path;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub(crate) mod shipped {
    include!(concat!(env!("OUT_DIR"), "/shipped_locales.rs"));
}

/// The source locale: complete by definition, and the last link of every chain.
pub const SOURCE_LOCALE: &str = "en-GB";

/// Languages written right to left (by their primary language subtag).
const RIGHT_TO_LEFT: &[&str] = &["ar", "ur", "fa", "ckb", "he", "ps", "sd", "yi"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LocaleError {
    #[error("locale folder name {0:?} is not a language tag")]
    BadTag(String),
    #[error("{locale}/{file}: Fluent syntax error at line {line}: {problem}")]
    Syntax {
        locale: String,
        file: String,
        line: usize,
        problem: String,
    },
    #[error("{locale}/{file}: message {id:?} is defined twice")]
    Duplicate {
        locale: String,
        file: String,
        id: String,
    },
    #[error("the source locale {SOURCE_LOCALE} is missing")]
    NoSource,
    #[error("{locale}/status.toml: {problem}")]
    Status { locale: String, problem: String },
}

/// How far a translation can be trusted: shown to staff, because machine-drafted health
/// text must be reviewed by a native speaker before go-live.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationStatus {
    pub locale: String,
    pub drafted_by: String,
    pub drafted_on: String,
    pub reviewed_by_native_speaker: bool,
    #[serde(default)]
    pub reviewed_by: String,
    #[serde(default)]
    pub reviewed_on: String,
    #[serde(default)]
    pub notes: String,
    /// For a mostly spoken language (Sylheti): the locale whose text its screens show.
    #[serde(default)]
    pub text_from: Option<String>,
    /// Recorded audio is this language's main channel.
    #[serde(default)]
    pub audio_first: bool,
    /// Files drafted after the rest of the locale (`[files."keyboard.ftl"]`), each with its
    /// own review state: a new file's machine draft must not pass as reviewed with the rest.
    #[serde(default)]
    pub files: BTreeMap<String, FileStatus>,
}

/// The translation status of one file of a locale (see [`TranslationStatus::files`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileStatus {
    pub drafted_by: String,
    pub drafted_on: String,
    pub reviewed_by_native_speaker: bool,
    #[serde(default)]
    pub reviewed_by: String,
    #[serde(default)]
    pub reviewed_on: String,
    #[serde(default)]
    pub notes: String,
}

struct Locale {
    id: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
}

/// All loaded locales.
pub struct Locales {
    locales: Vec<Locale>,
    /// Message ids of the source locale, in file order: the set the UI asks for.
    message_ids: Vec<String>,
    statuses: Vec<TranslationStatus>,
    /// Practice overrides that could not be used, as "file, line: problem".
    override_problems: Vec<String>,
}

impl Locales {
    /// The locales compiled into the binary, with their translation status.
    pub fn shipped() -> Result<Self, LocaleError> {
        let mut locales = Self::from_sources(shipped::SHIPPED)?;
        for (tag, text) in shipped::STATUS {
            let status: TranslationStatus =
                toml::from_str(text).map_err(|e| LocaleError::Status {
                    locale: (*tag).to_owned(),
                    problem: e.message().to_owned(),
                })?;
            if status.locale != *tag {
                return Err(LocaleError::Status {
                    locale: (*tag).to_owned(),
                    problem: format!("says it is {:?}", status.locale),
                });
            }
            locales.statuses.push(status);
        }
        Ok(locales)
    }

    /// Layers a practice's own wording from `dir/{locale}/*.ftl` over the shipped text.
    /// Problems are kept for staff to see; the shipped wording stays where an override fails.
    pub fn with_overrides(mut self, dir: &Path) -> Self {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return self; // no overrides folder: nothing to layer
        };
        let mut folders: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        folders.sort();
        for folder in folders.into_iter().filter(|p| p.is_dir()) {
            let tag = folder
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let Some(index) = self.locales.iter().position(|l| l.id == tag.as_str()) else {
                self.override_problems.push(format!(
                    "{}: no shipped language {tag:?} to override",
                    folder.display()
                ));
                continue;
            };
            let mut files: Vec<_> = std::fs::read_dir(&folder)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect();
            files.sort();
            for file in files {
                match read_override(&file) {
                    Ok(resource) => self.locales[index].bundle.add_resource_overriding(resource),
                    Err(problem) => self.override_problems.push(problem),
                }
            }
        }
        self
    }

    /// Every locale's translation status.
    pub fn statuses(&self) -> &[TranslationStatus] {
        &self.statuses
    }

    /// Practice overrides that were skipped, and why.
    pub fn override_problems(&self) -> &[String] {
        &self.override_problems
    }

    fn status(&self, tag: &str) -> Option<&TranslationStatus> {
        self.statuses.iter().find(|s| s.locale == tag)
    }

    /// Builds bundles from `(locale, [(file name, text)])`.
    pub fn from_sources(sources: &[(&str, &[(&str, &str)])]) -> Result<Self, LocaleError> {
        let mut locales = Vec::new();
        let mut message_ids = None;
        for (tag, files) in sources {
            let id: LanguageIdentifier = tag
                .parse()
                .map_err(|_| LocaleError::BadTag((*tag).to_owned()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
            let mut ids = Vec::new();
            for (file, text) in *files {
                let resource =
                    FluentResource::try_new((*text).to_owned()).map_err(|(_, errs)| {
                        let first = &errs[0];
                        LocaleError::Syntax {
                            locale: (*tag).to_owned(),
                            file: (*file).to_owned(),
                            line: text[..first.pos.start.min(text.len())]
                                .matches('\n')
                                .count()
                                + 1,
                            problem: first.kind.to_string(),
                        }
                    })?;
                ids.extend(message_ids_of(&resource));
                bundle.add_resource(resource).map_err(|errs| {
                    let id = errs
                        .iter()
                        .find_map(|e| match e {
                            fluent::FluentError::Overriding { id, .. } => Some(id.clone()),
                            _ => None,
                        })
                        .unwrap_or_default();
                    LocaleError::Duplicate {
                        locale: (*tag).to_owned(),
                        file: (*file).to_owned(),
                        id,
                    }
                })?;
            }
            if *tag == SOURCE_LOCALE {
                message_ids = Some(ids);
            }
            locales.push(Locale { id, bundle });
        }
        Ok(Locales {
            locales,
            message_ids: message_ids.ok_or(LocaleError::NoSource)?,
            statuses: Vec::new(),
            override_problems: Vec::new(),
        })
    }

    /// Turns off Unicode isolation marks around placeables: only for tests that compare
    /// whole strings. The app keeps them, so mixed-direction text stays in order.
    pub fn without_isolation(mut self) -> Self {
        for l in &mut self.locales {
            l.bundle.set_use_isolating(false);
        }
        self
    }

    /// Tags of every loaded locale.
    pub fn tags(&self) -> Vec<String> {
        self.locales.iter().map(|l| l.id.to_string()).collect()
    }

    /// Whether a translation for exactly this tag is installed.
    pub fn has(&self, tag: &str) -> bool {
        self.find(tag).is_some()
    }

    fn find(&self, tag: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.id == tag)
    }

    /// The message ids every locale should have (the source locale's).
    pub fn message_ids(&self) -> &[String] {
        &self.message_ids
    }

    /// The best available locales for `requested`, best first, always ending in en-GB.
    fn chain(&self, requested: &str) -> Vec<&Locale> {
        let requested: Vec<LanguageIdentifier> = requested.parse().into_iter().collect();
        let available: Vec<&LanguageIdentifier> = self.locales.iter().map(|l| &l.id).collect();
        let source: LanguageIdentifier = SOURCE_LOCALE.parse().unwrap_or_default();
        let picked =
            negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering);
        let mut chain: Vec<&Locale> = Vec::new();
        for id in picked {
            let Some(locale) = self.locales.iter().find(|l| &&l.id == id) else {
                continue;
            };
            chain.push(locale);
            // A spoken-first language shows another locale's text (Sylheti → Bengali).
            let text_from = self
                .status(&locale.id.to_string())
                .and_then(|s| s.text_from.as_deref());
            if let Some(fallback) = text_from.and_then(|t| self.find(t)) {
                chain.push(fallback);
            }
        }
        if let Some(src) = self.locales.iter().find(|l| l.id == source) {
            if !chain.iter().any(|l| l.id == source) {
                chain.push(src);
            }
        }
        chain
    }

    /// The resolved locale tag that will be used for `requested`.
    pub fn resolve(&self, requested: &str) -> String {
        self.chain(requested)
            .first()
            .map(|l| l.id.to_string())
            .unwrap_or_else(|| SOURCE_LOCALE.to_owned())
    }

    /// Formats one message, falling back message by message along the chain.
    /// A message no locale has comes back as its id, so a gap is visible in testing
    /// (the completeness test makes sure that never ships).
    pub fn format(&self, requested: &str, id: &str, args: Option<&FluentArgs>) -> String {
        for locale in self.chain(requested) {
            if let Some(text) = format_in(&locale.bundle, id, args) {
                return text;
            }
        }
        id.to_owned()
    }

    /// Formats a message in exactly one locale, with no fallback, reporting Fluent errors.
    /// For tests that check translations are complete and well-formed.
    pub fn format_strict(
        &self,
        tag: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<Result<String, Vec<fluent::FluentError>>> {
        let locale = self.find(tag)?;
        let msg = locale.bundle.get_message(id)?;
        let pattern = msg.value()?;
        let mut errors = Vec::new();
        let text = locale
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        Some(if errors.is_empty() {
            Ok(text)
        } else {
            Err(errors)
        })
    }

    /// Every source message formatted for `requested` (without arguments): what the UI
    /// needs to draw any screen. Messages that take arguments are formatted on demand.
    pub fn strings(&self, requested: &str) -> BTreeMap<String, String> {
        self.message_ids
            .iter()
            .map(|id| (id.clone(), self.format(requested, id, None)))
            .collect()
    }

    /// Which way the resolved locale's text runs.
    pub fn direction(&self, requested: &str) -> Direction {
        direction_of(&self.resolve(requested))
    }
}

/// Right-to-left for the listed languages, left-to-right for everything else.
pub fn direction_of(tag: &str) -> Direction {
    let language = tag.split(['-', '_']).next().unwrap_or(tag);
    if RIGHT_TO_LEFT.contains(&language) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

fn read_override(file: &Path) -> Result<FluentResource, String> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
    FluentResource::try_new(text.clone()).map_err(|(_, errs)| {
        let first = &errs[0];
        let line = text[..first.pos.start.min(text.len())]
            .matches('\n')
            .count()
            + 1;
        format!("{}, line {line}: {}", file.display(), first.kind)
    })
}

fn format_in(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    // A formatting error (e.g. a missing argument) still yields readable text; keep it.
    Some(text.into_owned())
}

fn message_ids_of(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Fluent arguments from the JSON the UI sends: numbers stay numbers (for plurals),
/// everything else is text.
pub fn args_from_json(
    json: &std::collections::HashMap<String, serde_json::Value>,
) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (k, v) in json {
        match v {
            serde_json::Value::Number(n) => args.set(k.clone(), n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => args.set(k.clone(), s.clone()),
            other => args.set(k.clone(), other.to_string()),
        }
    }
    args
}

#[cfg(test)]
mod tests;
