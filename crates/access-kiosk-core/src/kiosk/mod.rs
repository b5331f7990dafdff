//! The kiosk as the app sees it: one opened data folder with its settings, languages and
//! store, built completely before the window opens. Knows nothing of Tauri, so tests and
//! command-line tools use exactly what the app uses.

pub mod backup;
pub mod mdc_charts;
pub mod pack;
pub mod patient_flow;
pub mod practice_key;
#[cfg(test)]
mod privacy_tests;
pub mod report_desk;
#[cfg(test)]
mod restore_tests;
pub mod script;
#[cfg(test)]
mod security_tests;
pub mod set_up;
pub mod settings;
pub mod slip_printing;
pub mod staff_accounts;
pub mod staff_queue;
pub mod staff_session;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod training;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use serde::Serialize;

use crate::error::StartupError;
use crate::localisation::{Direction, Locales, TranslationStatus};
use crate::practice::config::{PracticeConfig, CONFIG_FILE};
use crate::qr::{self, QrError};
use crate::store::{Store, StoreError, DATABASE_FILE};

pub struct Kiosk {
    data_dir: PathBuf,
    /// Replaced whole when an administrator saves settings or imports a process pack. Read
    /// as a snapshot ([`Kiosk::config`]): the lock is held only to clone the `Arc`, so no
    /// reader can ever wait behind a save while holding a read.
    config: RwLock<Arc<PracticeConfig>>,
    /// Rebuilt when a process pack changes the practice's wording; read as a snapshot too.
    locales: RwLock<Arc<Locales>>,
    store: Mutex<Store>,
    desk: crate::staff::Desk,
    last_purge: Mutex<Option<chrono::DateTime<chrono::Utc>>>,
    /// The reports' index of milestones, brought up to date before each report.
    milestones: Mutex<crate::store::MilestoneIndex>,
    /// The registration QR as SVG, with the address it was drawn for.
    registration_qr: Mutex<Option<(String, String)>>,
    /// This tablet's device secret (every staff PIN wrap is bound to it), and where it is.
    device: crate::privacy::DeviceSecret,
    device_placement: crate::device_secret::Placement,
    /// At most one key stretch (Argon2id or scrypt, 128 MiB to 256 MiB each) at a time, so a
    /// burst of logins cannot exhaust the tablet's memory.
    key_stretch: Mutex<()>,
    /// The sign-up the patient face confirmed last, and when: the only slip it may print
    /// without a staff session, once.
    patient_slip: Mutex<Option<(String, chrono::DateTime<chrono::Utc>)>>,
    /// A restore's swap left no database to open ([`StoreError::Lost`]): every command is
    /// refused, as after a failed start, until the app is restarted.
    store_lost: std::sync::atomic::AtomicBool,
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
    /// Where this tablet's device secret is kept, and its id.
    pub device_secret: String,
}

/// Every message of one locale, ready to draw.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleStrings {
    pub locale: String,
    pub dir: Direction,
    pub strings: std::collections::BTreeMap<String, String>,
}

impl Kiosk {
    /// Opens the data folder (creating it, its settings and its database on first start),
    /// with this tablet's device secret where the platform keeps it.
    pub fn open(data_dir: &Path) -> Result<Self, StartupError> {
        Self::open_with(data_dir, &crate::device_secret::DeviceStore::platform())
    }

    /// [`Kiosk::open`] with the device secret kept in `device` (tests, another "tablet").
    pub fn open_with(
        data_dir: &Path,
        device: &crate::device_secret::DeviceStore,
    ) -> Result<Self, StartupError> {
        crate::data_dir::create_private_dir(data_dir).map_err(|source| StartupError::DataDir {
            path: data_dir.to_owned(),
            source,
        })?;
        let (device, device_placement) = device.load_or_create()?;
        tracing::info!(
            device = %device.id_text(),
            "this tablet's device secret is in {device_placement}"
        );
        let config = PracticeConfig::load_or_create(data_dir)?;
        let locales = Locales::shipped()?.with_overrides(&data_dir.join("locales"));
        if let Some(unknown) = config.languages.iter().find(|t| !locales.has(t)) {
            let path = data_dir.join(CONFIG_FILE);
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            return Err(PracticeConfig::unknown_language(&path, &text, unknown).into());
        }
        let store = Store::open_on_device(&data_dir.join(DATABASE_FILE), Some(&device))?;
        let kiosk = Kiosk {
            data_dir: data_dir.to_owned(),
            config: RwLock::new(Arc::new(config)),
            locales: RwLock::new(Arc::new(locales)),
            store: Mutex::new(store),
            desk: crate::staff::Desk::default(),
            last_purge: Mutex::new(None),
            milestones: Mutex::default(),
            registration_qr: Mutex::new(None),
            device,
            device_placement,
            key_stretch: Mutex::new(()),
            patient_slip: Mutex::new(None),
            store_lost: std::sync::atomic::AtomicBool::new(false),
        };
        kiosk.after_opening_store(data_dir);
        // Personal details past their retention period go at every start, but not here:
        // `after_window_opened` runs the purge off start-up's path (13 of `open`'s 15 ms
        // with 10,000 journeys, measured by benches/core.rs).
        // Training left on when the app stopped: what was made in it goes now.
        if let Ok(n @ 1..) = kiosk.store().training_journeys() {
            if kiosk.end_training().is_ok() {
                let _ = kiosk.store().audit(
                    "kiosk",
                    "training-ended",
                    serde_json::json!({ "journeys_removed": n, "at_start": true }),
                    chrono::Utc::now(),
                );
            }
        }
        Ok(kiosk)
    }

    /// What runs at every start once the window is up, on a thread of its own: the
    /// retention purge. The page's first commands wait for it only if they need the store
    /// before it is done.
    pub fn after_window_opened(&self, now: chrono::DateTime<chrono::Utc>) {
        self.purge_if_due(now);
    }

    /// When the retention purge last ran.
    pub(crate) fn last_purge(&self) -> &Mutex<Option<chrono::DateTime<chrono::Utc>>> {
        &self.last_purge
    }

    /// Why the kiosk can no longer work, if a restore left it with no database to open: the
    /// shell refuses every command with it, as it does after a failed start.
    pub fn failed(&self) -> Option<crate::error::KioskError> {
        self.store_lost
            .load(std::sync::atomic::Ordering::SeqCst)
            .then_some(crate::error::KioskError::StoreLost)
    }

    /// Marks the kiosk failed if `result` says its store was lost; passes `result` on.
    pub(crate) fn note_lost_store<T>(
        &self,
        result: Result<T, crate::error::KioskError>,
    ) -> Result<T, crate::error::KioskError> {
        if matches!(result, Err(crate::error::KioskError::StoreLost)) {
            self.store_lost
                .store(true, std::sync::atomic::Ordering::SeqCst);
        }
        result
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The current settings, as a snapshot: a save after this call does not change it, and
    /// holding it never holds up a save.
    pub fn config(&self) -> Arc<PracticeConfig> {
        Arc::clone(&self.config.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// The current languages and wording (shipped, with the practice's overrides), as a
    /// snapshot like [`Kiosk::config`].
    pub fn locales(&self) -> Arc<Locales> {
        Arc::clone(&self.locales.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// Puts new settings (and, if the wording changed, new locales) in place.
    pub(crate) fn replace_config(&self, config: PracticeConfig, locales: Option<Locales>) {
        if let Some(l) = locales {
            *self.locales.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(l);
        }
        *self.config.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(config);
    }

    /// The QR to the registration route (SVG), drawn once per address and kept: drawing it
    /// took most of an interest's submission time (about 0.6 ms of CPU; see the Benchmarks
    /// section of the README). It is drawn again only if an administrator changes the address.
    pub fn registration_qr(&self) -> Result<String, QrError> {
        let url = self.config().registration_url.clone();
        let mut cache = self
            .registration_qr
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if let Some((drawn_for, svg)) = cache.as_ref() {
            if *drawn_for == url {
                return Ok(svg.clone());
            }
        }
        let svg = qr::svg_for(&url)?;
        *cache = Some((url, svg.clone()));
        Ok(svg)
    }

    /// Who is logged in at the staff desk.
    pub(crate) fn desk(&self) -> &crate::staff::Desk {
        &self.desk
    }

    /// The store, for one short piece of work. Never held across an `.await`.
    pub fn store(&self) -> MutexGuard<'_, Store> {
        // A panic while holding the lock cannot leave a half-written transaction (SQLite
        // rolls it back), so the store is still sound: carry on with it.
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The reports' milestone index, refreshed with any events added since it was last read.
    pub(crate) fn milestone_index(
        &self,
        store: &Store,
    ) -> Result<MutexGuard<'_, crate::store::MilestoneIndex>, StoreError> {
        let mut index = self.milestones.lock().unwrap_or_else(|p| p.into_inner());
        index.refresh(store, |_, _| {})?;
        Ok(index)
    }

    /// Forgets the reports' index (a restore replaced the history it was built from).
    pub(crate) fn reset_milestones(&self) {
        *self.milestones.lock().unwrap_or_else(|p| p.into_inner()) = Default::default();
    }

    /// Version, data folder, where the device secret is kept and translation status, for the
    /// staff face's About tab. Staff only: the folder's path and the secret's place are no
    /// business of a page without a session.
    pub fn about(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<AboutKiosk, crate::error::KioskError> {
        self.session(now)?;
        Ok(AboutKiosk {
            version: env!("CARGO_PKG_VERSION"),
            data_dir: self.data_dir.display().to_string(),
            translations: self.locales().statuses().to_vec(),
            override_problems: self.locales().override_problems().to_vec(),
            device_secret: format!(
                "{} (device {})",
                self.device_placement,
                self.device.id_text()
            ),
        })
    }

    /// This tablet's device secret.
    pub(crate) fn device(&self) -> &crate::privacy::DeviceSecret {
        &self.device
    }

    /// Waits for the key stretch gate (administrators' actions in a session: they wait).
    pub(crate) fn stretch_gate(&self) -> MutexGuard<'_, ()> {
        self.key_stretch.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The key stretch gate if it is free now (logins and other attempts from anyone at
    /// the tablet: refused while another runs, never queued).
    pub(crate) fn stretch_gate_now(&self) -> Result<MutexGuard<'_, ()>, crate::error::KioskError> {
        match self.key_stretch.try_lock() {
            Ok(g) => Ok(g),
            Err(std::sync::TryLockError::Poisoned(p)) => Ok(p.into_inner()),
            Err(std::sync::TryLockError::WouldBlock) => Err(crate::error::KioskError::Busy),
        }
    }

    /// The sign-up the patient face confirmed last (see `patient_flow.rs`).
    pub(crate) fn patient_slip(
        &self,
    ) -> MutexGuard<'_, Option<(String, chrono::DateTime<chrono::Utc>)>> {
        self.patient_slip.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Every message for `locale`, with its resolved tag and direction.
    pub fn strings(&self, locale: &str) -> LocaleStrings {
        LocaleStrings {
            locale: self.locales().resolve(locale),
            dir: self.locales().direction(locale),
            strings: self.locales().strings(locale),
        }
    }
}
