//! The webview's entry points. Each is a one-line adapter: take the state, call one domain
//! function, return its result or its [`KioskError`]. No rules, SQL or formatting here.

use std::collections::HashMap;

use tauri::State;

use crate::error::KioskError;
use crate::journey::InterestForm;
use crate::kiosk::{AboutKiosk, Kiosk, KioskSettings, LocaleStrings};
use crate::localisation::{self, Locales};
use crate::patient_flow::Confirmation;
use crate::AppState;

impl AppState {
    fn kiosk(&self) -> Result<&Kiosk, KioskError> {
        match self {
            AppState::Ready(k) => Ok(k),
            AppState::Failed(e) => Err(KioskError::from(e)),
        }
    }
}

#[tauri::command]
pub fn settings(state: State<'_, AppState>) -> Result<KioskSettings, KioskError> {
    state.kiosk()?.settings()
}

#[tauri::command]
pub fn about(state: State<'_, AppState>) -> Result<AboutKiosk, KioskError> {
    state.kiosk().map(Kiosk::about)
}

/// The recording for a screen, as raw bytes (an empty answer when there is none).
#[tauri::command(async)]
pub fn audio_clip(
    state: State<'_, AppState>,
    locale: String,
    screen: String,
) -> Result<tauri::ipc::Response, KioskError> {
    let kiosk = state.kiosk()?;
    let clip = crate::audio::clip(kiosk.data_dir(), &locale, &screen);
    Ok(tauri::ipc::Response::new(
        clip.map(|c| c.bytes).unwrap_or_default(),
    ))
}

/// Every message for a locale. Works even when the kiosk failed to start, so the failure
/// screen can still speak the shipped languages.
#[tauri::command]
pub fn strings(state: State<'_, AppState>, locale: String) -> Result<LocaleStrings, KioskError> {
    match state.inner() {
        AppState::Ready(k) => Ok(k.strings(&locale)),
        AppState::Failed(_) => Locales::shipped()
            .map(|l| LocaleStrings {
                locale: l.resolve(&locale),
                dir: l.direction(&locale),
                strings: l.strings(&locale),
            })
            .map_err(|e| KioskError::Startup(e.to_string())),
    }
}

#[tauri::command]
pub fn format_message(
    state: State<'_, AppState>,
    locale: String,
    id: String,
    args: HashMap<String, serde_json::Value>,
) -> Result<String, KioskError> {
    let kiosk = state.kiosk()?;
    let args = localisation::args_from_json(&args);
    Ok(kiosk.locales().format(&locale, &id, Some(&args)))
}

#[tauri::command(async)]
pub fn submit_interest(
    state: State<'_, AppState>,
    locale: String,
    form: InterestForm,
) -> Result<Confirmation, KioskError> {
    state
        .kiosk()?
        .submit_interest(&form, &locale, chrono::Utc::now())
}
