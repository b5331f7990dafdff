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

// Asked for at every page start: off the main thread, so the window is never held up.
#[tauri::command(async)]
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
) -> Result<crate::staff_desk::FirstAdmin, KioskError> {
    state.kiosk()?.create_first_admin(&name, &pin, Utc::now())
}

#[tauri::command(async)]
pub fn recover_admin_pin(
    state: State<'_, AppState>,
    staff_id: i64,
    recovery_passphrase: String,
    pin: String,
) -> Result<(), KioskError> {
    state
        .kiosk()?
        .recover_admin_pin(staff_id, &recovery_passphrase, &pin, Utc::now())
}

/// Saves an encrypted backup in the backups folder; returns where.
#[tauri::command(async)]
pub fn export_backup(state: State<'_, AppState>, passphrase: String) -> Result<String, KioskError> {
    state
        .kiosk()?
        .export_backup(&passphrase, Utc::now())
        .map(|p| p.display().to_string())
}

#[tauri::command]
pub fn backup_files(
    state: State<'_, AppState>,
) -> Result<Vec<crate::backup::BackupFile>, KioskError> {
    state.kiosk()?.backup_files(Utc::now())
}

#[tauri::command(async)]
pub fn restore_backup(
    state: State<'_, AppState>,
    name: String,
    passphrase: String,
) -> Result<(), KioskError> {
    state
        .kiosk()?
        .restore_backup(&name, &passphrase, Utc::now())
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

/// Prints the slip for `reference` without a dialog; the registration details, if staff
/// typed them, go into this print only.
#[tauri::command(async)]
pub fn print_slip(
    state: State<'_, AppState>,
    reference: String,
    with_name: bool,
    linkage: Option<crate::slip::Linkage>,
) -> Result<(), KioskError> {
    state
        .kiosk()?
        .print_slip(&reference, with_name, linkage.as_ref(), Utc::now())
}

/// Prints the page's print area (material such as a poster, named by `reference`, on A4
/// when `layout` says so) without a dialog.
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

// ---- Reports ----------------------------------------------------------------------------

#[tauri::command(async)]
pub fn report(
    state: State<'_, AppState>,
    query: crate::report_desk::ChartQuery,
) -> Result<crate::report_desk::ReportView, KioskError> {
    state.kiosk()?.report(&query, Utc::now())
}

#[tauri::command]
pub fn add_pdsa_cycle(
    state: State<'_, AppState>,
    cycle: crate::report_desk::NewPdsaCycle,
) -> Result<i64, KioskError> {
    state.kiosk()?.add_pdsa_cycle(&cycle, Utc::now())
}

#[tauri::command]
pub fn end_pdsa_cycle(state: State<'_, AppState>, id: i64) -> Result<(), KioskError> {
    state.kiosk()?.end_pdsa_cycle(id, Utc::now())
}

#[tauri::command]
pub fn freeze_baseline(
    state: State<'_, AppState>,
    measure: crate::measures::Measure,
    first: chrono::NaiveDate,
    last: chrono::NaiveDate,
) -> Result<(), KioskError> {
    state
        .kiosk()?
        .freeze_baseline(measure, first, last, Utc::now())
}

#[tauri::command]
pub fn unfreeze_baseline(
    state: State<'_, AppState>,
    measure: crate::measures::Measure,
) -> Result<(), KioskError> {
    state.kiosk()?.unfreeze_baseline(measure, Utc::now())
}

#[tauri::command]
pub fn staff_feedback(
    state: State<'_, AppState>,
    reason: crate::feedback::Reason,
) -> Result<(), KioskError> {
    state.kiosk()?.staff_feedback(reason, Utc::now())
}

/// The patient's optional, anonymous answer at the end of the kiosk flow (no login).
#[tauri::command]
pub fn patient_feedback(
    state: State<'_, AppState>,
    reason: crate::feedback::Reason,
    locale: String,
) -> Result<(), KioskError> {
    state.kiosk()?.patient_feedback(reason, &locale, Utc::now())
}

/// Saves an export in the exports folder; returns where.
#[tauri::command(async)]
pub fn export_report(
    state: State<'_, AppState>,
    kind: crate::report_desk::ExportKind,
    query: crate::report_desk::ChartQuery,
    png: Option<Vec<u8>>,
) -> Result<String, KioskError> {
    state
        .kiosk()?
        .export_report(kind, &query, png, Utc::now())
        .map(|p| p.display().to_string())
}

/// Turns training mode on or off (staff only); returns whether it is now on.
#[tauri::command]
pub fn set_training(state: State<'_, AppState>, on: bool) -> Result<bool, KioskError> {
    state.kiosk()?.set_training(on, Utc::now())
}

/// An administrator closes the kiosk app (the only way out of a locked-down kiosk).
#[tauri::command]
pub fn quit_app<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<(), KioskError> {
    state.kiosk()?.may_quit(Utc::now())?;
    crate::lockdown::allow_exit();
    app.exit(0);
    Ok(())
}

// ---- Settings and process packs (administrators) -----------------------------------------

#[tauri::command]
pub fn settings_form(
    state: State<'_, AppState>,
) -> Result<crate::settings::SettingsView, KioskError> {
    state.kiosk()?.settings_view(Utc::now())
}

#[tauri::command]
pub fn save_settings(
    state: State<'_, AppState>,
    form: crate::settings::SettingsForm,
) -> Result<crate::settings::SettingsView, KioskError> {
    state.kiosk()?.save_settings(&form, Utc::now())
}

/// Who is at the desk, with the settings the staff face uses (after a change).
#[tauri::command]
pub fn staff_session(state: State<'_, AppState>) -> Result<SessionInfo, KioskError> {
    state.kiosk()?.session_info(Utc::now())
}

#[tauri::command]
pub fn pack_files(state: State<'_, AppState>) -> Result<Vec<String>, KioskError> {
    state.kiosk()?.pack_files(Utc::now())
}

#[tauri::command]
pub fn preview_pack(
    state: State<'_, AppState>,
    file: String,
) -> Result<crate::pack::PackPreview, KioskError> {
    state.kiosk()?.preview_pack(&file, Utc::now())
}

#[tauri::command]
pub fn import_pack(
    state: State<'_, AppState>,
    file: String,
) -> Result<crate::pack::PackPreview, KioskError> {
    state.kiosk()?.import_pack(&file, Utc::now())
}

#[tauri::command]
pub fn export_pack(state: State<'_, AppState>) -> Result<String, KioskError> {
    state.kiosk()?.export_pack(Utc::now())
}

/// Measurement mode only (`ACCESS_KIOSK_BENCH`, see `tools/bench`): one line of timings from
/// the page, printed for the benchmark harness. Does nothing otherwise.
#[tauri::command]
pub fn bench_report(line: String) {
    crate::bench_mode::report(&line);
}
