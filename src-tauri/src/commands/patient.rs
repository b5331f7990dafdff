//! The patient face's commands (no login): settings, wording, recordings, the interest
//! form and the anonymous feedback.

use std::collections::HashMap;

use chrono::Utc;
use tauri::State;

use access_kiosk_core::error::KioskError;
use access_kiosk_core::journey::{FormCheck, InterestForm};
use access_kiosk_core::kiosk::patient_flow::{Confirmation, KioskSettings};
use access_kiosk_core::kiosk::LocaleStrings;
use access_kiosk_core::localisation::{self, Locales};

use crate::AppState;

// Asked for at every page start: off the main thread, so the window is never held up.
#[tauri::command(async)]
pub fn settings(state: State<'_, AppState>) -> Result<KioskSettings, KioskError> {
    state.kiosk()?.settings()
}

/// Every message for a locale. Works even when the kiosk failed to start, so the failure
/// screen can still speak the shipped languages. Off the main thread, like `settings`.
#[tauri::command(async)]
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

/// The recording for a screen, as raw bytes (an empty answer when there is none).
#[tauri::command(async)]
pub fn audio_clip(
    state: State<'_, AppState>,
    locale: String,
    screen: String,
) -> Result<tauri::ipc::Response, KioskError> {
    let kiosk = state.kiosk()?;
    let clip = access_kiosk_core::localisation::audio::clip(kiosk.data_dir(), &locale, &screen);
    Ok(tauri::ipc::Response::new(
        clip.map(|c| c.bytes).unwrap_or_default(),
    ))
}

/// Where the patient's answers so far lead (adult, 13-15, proxy) and what needs fixing, as
/// the page moves from one part of the form to the next. Nothing is stored.
#[tauri::command]
pub fn check_interest(
    state: State<'_, AppState>,
    form: InterestForm,
) -> Result<FormCheck, KioskError> {
    Ok(state.kiosk()?.check_interest(&form, Utc::now()))
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

/// The patient's optional, anonymous answer at the end of the kiosk flow (no login).
#[tauri::command]
pub fn patient_feedback(
    state: State<'_, AppState>,
    reason: access_kiosk_core::measures::feedback::Reason,
    locale: String,
) -> Result<(), KioskError> {
    state.kiosk()?.patient_feedback(reason, &locale, Utc::now())
}
