//! The webview's entry points. Each is a one-line adapter: take the state, call one domain
//! function, return its result or its [`KioskError`]. No rules, SQL or formatting here.

use std::collections::HashMap;

use tauri::State;

use crate::error::KioskError;
use crate::journey::InterestForm;
use crate::journey::Journey;
use crate::kiosk::{AboutKiosk, Kiosk, KioskSettings, LocaleStrings};
use crate::localisation::{self, Locales};
use crate::patient_flow::Confirmation;
use crate::sign_up::{Cohort, Step};
use crate::staff_desk::{JourneyView, SessionInfo};
use crate::store::{AuditEntry, QueueEntry};
use crate::AppState;
use chrono::Utc;

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

// ---- Staff face ------------------------------------------------------------------------

/// Whether an administrator must be created first, and the accounts for the login picker.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffState {
    needs_first_admin: bool,
    staff: Vec<crate::staff::StaffMember>,
    now: chrono::DateTime<chrono::Utc>,
}

#[tauri::command]
pub fn staff_state(state: State<'_, AppState>) -> Result<StaffState, KioskError> {
    let k = state.kiosk()?;
    Ok(StaffState {
        needs_first_admin: k.needs_first_admin()?,
        staff: k.staff_list()?,
        now: Utc::now(),
    })
}

#[tauri::command(async)]
pub fn create_first_admin(
    state: State<'_, AppState>,
    name: String,
    pin: String,
) -> Result<crate::staff::StaffMember, KioskError> {
    state.kiosk()?.create_first_admin(&name, &pin, Utc::now())
}

#[tauri::command(async)]
pub fn log_in(
    state: State<'_, AppState>,
    staff_id: i64,
    pin: String,
) -> Result<SessionInfo, KioskError> {
    state.kiosk()?.log_in(staff_id, &pin, Utc::now())
}

#[tauri::command]
pub fn log_out(state: State<'_, AppState>) -> Result<(), KioskError> {
    state.kiosk()?.log_out(Utc::now())
}

#[tauri::command]
pub fn staff_queue(
    state: State<'_, AppState>,
    search: String,
) -> Result<Vec<QueueEntry>, KioskError> {
    state.kiosk()?.queue(&search, Utc::now())
}

#[tauri::command]
pub fn staff_worklist(state: State<'_, AppState>) -> Result<Vec<QueueEntry>, KioskError> {
    state.kiosk()?.worklist(Utc::now())
}

#[tauri::command]
pub fn open_journey(
    state: State<'_, AppState>,
    journey_id: i64,
) -> Result<JourneyView, KioskError> {
    state.kiosk()?.open_journey(journey_id, Utc::now())
}

#[tauri::command]
pub fn record_step(
    state: State<'_, AppState>,
    journey_id: i64,
    step: Step,
) -> Result<Journey, KioskError> {
    state.kiosk()?.record_step(journey_id, &step, Utc::now())
}

#[tauri::command(async)]
pub fn start_journey(
    state: State<'_, AppState>,
    locale: String,
    form: InterestForm,
    channel: crate::journey::Channel,
) -> Result<Journey, KioskError> {
    state
        .kiosk()?
        .start_journey(&form, &locale, channel, Utc::now())
}

#[tauri::command(async)]
pub fn slip_html(
    state: State<'_, AppState>,
    reference: String,
    with_name: bool,
    linkage: Option<crate::slip::Linkage>,
) -> Result<String, KioskError> {
    state
        .kiosk()?
        .slip_html(&reference, with_name, linkage.as_ref(), Utc::now())
}

/// Prints the page's print area (a slip for `reference`, or material such as a poster, on
/// A4 when `layout` says so) without a dialog.
#[tauri::command(async)]
pub fn print_page<R: tauri::Runtime>(
    webview: tauri::Webview<R>,
    state: State<'_, AppState>,
    reference: String,
    layout: Option<crate::slip::Layout>,
) -> Result<(), KioskError> {
    let k = state.kiosk()?;
    let layout = layout.unwrap_or(k.config().slip_layout);
    let result = crate::print_queue::print_webview(&webview, &k.config().printer, layout);
    k.record_print(&reference, result.as_ref().err(), Utc::now())?;
    result.map_err(KioskError::Print)
}

#[tauri::command(async)]
pub fn materials(
    state: State<'_, AppState>,
    poster_locale: String,
) -> Result<crate::slip_printing::Materials, KioskError> {
    state.kiosk()?.materials(&poster_locale, Utc::now())
}

#[tauri::command]
pub fn set_cohorts(
    state: State<'_, AppState>,
    journey_id: i64,
    cohorts: Vec<Cohort>,
) -> Result<(), KioskError> {
    state.kiosk()?.set_cohorts(journey_id, &cohorts, Utc::now())
}

#[tauri::command(async)]
pub fn add_staff(
    state: State<'_, AppState>,
    name: String,
    pin: String,
    is_admin: bool,
) -> Result<crate::staff::StaffMember, KioskError> {
    state.kiosk()?.add_staff(&name, &pin, is_admin, Utc::now())
}

#[tauri::command]
pub fn remove_staff(state: State<'_, AppState>, staff_id: i64) -> Result<(), KioskError> {
    state.kiosk()?.remove_staff(staff_id, Utc::now())
}

#[tauri::command(async)]
pub fn reset_pin(state: State<'_, AppState>, staff_id: i64, pin: String) -> Result<(), KioskError> {
    state.kiosk()?.reset_pin(staff_id, &pin, Utc::now())
}

#[tauri::command]
pub fn audit_log(
    state: State<'_, AppState>,
    actor: Option<String>,
    action: Option<String>,
) -> Result<Vec<AuditEntry>, KioskError> {
    state
        .kiosk()?
        .audit_log(actor.as_deref(), action.as_deref(), Utc::now())
}

/// Measurement mode only (`ACCESS_KIOSK_BENCH`, see `tools/bench`): one line of timings from
/// the page, printed for the benchmark harness. Does nothing otherwise.
#[tauri::command]
pub fn bench_report(line: String) {
    crate::bench_mode::report(&line);
}
