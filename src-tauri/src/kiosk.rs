//! The kiosk as the app sees it: one opened data folder with its settings, languages and
//! store, built completely before the window opens. Knows nothing of Tauri, so tests and
//! command-line tools use exactly what the app uses.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, OnceLock};

use serde::Serialize;

use crate::config::{ConfigError, PracticeConfig, CONFIG_FILE};
use crate::error::KioskError;
use crate::localisation::{Direction, LocaleError, Locales, TranslationStatus, SOURCE_LOCALE};
use crate::qr::{self, QrError};
use crate::store::{Store, StoreError, DATABASE_FILE};

/// Why the kiosk could not start. Shown to staff on screen, in full.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartupError {
    #[error("cannot create the data folder {path}: {source}")]
    DataDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("translations: {0}")]
    Locales(#[from] LocaleError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    DataDirChoice(#[from] crate::data_dir::DataDirError),
}

pub struct Kiosk {
    data_dir: PathBuf,
    config: PracticeConfig,
    locales: Locales,
    store: Mutex<Store>,
    desk: crate::staff_desk::Desk,
    registration_qr: OnceLock<String>,
}

/// One language as the picker shows it: its own name, in its own script.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageChoice {
    pub tag: String,
    pub native_name: String,
    pub dir: Direction,
    /// Screens with a recording in this language (the "Listen" button shows only there).
    pub audio_screens: Vec<&'static str>,
    /// Audio is this language's main channel (Sylheti).
    pub audio_first: bool,
}

/// What the UI needs to run the patient face.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KioskSettings {
    pub practice_name: String,
    pub idle_seconds: u32,
    pub idle_countdown_seconds: u32,
    pub staff_session_minutes: u32,
    /// Whether slips are printed at the end of the patient flow.
    pub printer_configured: bool,
    /// This tablet's default channel (a phlebotomy tablet starts journeys as phlebotomy).
    pub channel: crate::journey::Channel,
    pub languages: Vec<LanguageChoice>,
    /// "Use your own phone": a QR to the registration route for the attract screen.
    pub own_phone_qr_svg: String,
}

/// What staff see about this kiosk's languages: how far each translation can be trusted,
/// and any practice wording that could not be used.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AboutKiosk {
    pub version: &'static str,
    pub data_dir: String,
    pub translations: Vec<TranslationStatus>,
    pub override_problems: Vec<String>,
}

/// Every message of one locale, ready to draw.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleStrings {
    pub locale: String,
    pub dir: Direction,
    pub strings: std::collections::BTreeMap<String, String>,
}

impl Kiosk {
    /// Opens the data folder (creating it, its settings and its database on first start).
    pub fn open(data_dir: &Path) -> Result<Self, StartupError> {
        std::fs::create_dir_all(data_dir).map_err(|source| StartupError::DataDir {
            path: data_dir.to_owned(),
            source,
        })?;
        let config = PracticeConfig::load_or_create(data_dir)?;
        let locales = Locales::shipped()?.with_overrides(&data_dir.join("locales"));
        if let Some(unknown) = config.languages.iter().find(|t| !locales.has(t)) {
            let path = data_dir.join(CONFIG_FILE);
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            return Err(PracticeConfig::unknown_language(&path, &text, unknown).into());
        }
        let store = Store::open(&data_dir.join(DATABASE_FILE))?;
        Ok(Kiosk {
            data_dir: data_dir.to_owned(),
            config,
            locales,
            store: Mutex::new(store),
            desk: crate::staff_desk::Desk::default(),
            registration_qr: OnceLock::new(),
        })
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn config(&self) -> &PracticeConfig {
        &self.config
    }

    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    /// The QR to the registration route (SVG), drawn on first use and kept: the address is
    /// fixed while the kiosk runs, and drawing it took most of an interest's submission time
    /// (about 0.6 ms of CPU; see the Benchmarks section of the README).
    pub fn registration_qr(&self) -> Result<&str, QrError> {
        if let Some(svg) = self.registration_qr.get() {
            return Ok(svg);
        }
        let svg = qr::svg_for(&self.config.registration_url)?;
        Ok(self.registration_qr.get_or_init(|| svg))
    }

    /// Who is logged in at the staff desk.
    pub(crate) fn desk(&self) -> &crate::staff_desk::Desk {
        &self.desk
    }

    /// The store, for one short piece of work. Never held across an `.await`.
    pub fn store(&self) -> MutexGuard<'_, Store> {
        // A panic while holding the lock cannot leave a half-written transaction (SQLite
        // rolls it back), so the store is still sound: carry on with it.
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The languages offered, English first if the practice did not list it.
    pub fn settings(&self) -> Result<KioskSettings, KioskError> {
        let mut tags: Vec<&str> = self.config.languages.iter().map(String::as_str).collect();
        if !tags.contains(&SOURCE_LOCALE) {
            tags.insert(0, SOURCE_LOCALE);
        }
        Ok(KioskSettings {
            own_phone_qr_svg: self.registration_qr()?.to_owned(),
            practice_name: self.config.practice_name.clone(),
            idle_seconds: self.config.idle_seconds,
            idle_countdown_seconds: self.config.idle_countdown_seconds,
            staff_session_minutes: self.config.staff_session_minutes,
            channel: self.config.channel,
            printer_configured: !self.config.printer.trim().is_empty(),
            languages: tags
                .into_iter()
                .map(|tag| LanguageChoice {
                    tag: tag.to_owned(),
                    native_name: self.locales.format(tag, "language-name", None),
                    dir: self.locales.direction(tag),
                    audio_screens: crate::audio::screens_with_audio(&self.data_dir, tag),
                    audio_first: self
                        .locales
                        .statuses()
                        .iter()
                        .any(|s| s.locale == tag && s.audio_first),
                })
                .collect(),
        })
    }

    /// Version, data folder and translation status, for the staff information panel.
    pub fn about(&self) -> AboutKiosk {
        AboutKiosk {
            version: env!("CARGO_PKG_VERSION"),
            data_dir: self.data_dir.display().to_string(),
            translations: self.locales.statuses().to_vec(),
            override_problems: self.locales.override_problems().to_vec(),
        }
    }

    /// Every message for `locale`, with its resolved tag and direction.
    pub fn strings(&self, locale: &str) -> LocaleStrings {
        LocaleStrings {
            locale: self.locales.resolve(locale),
            dir: self.locales.direction(locale),
            strings: self.locales.strings(locale),
        }
    }
}
