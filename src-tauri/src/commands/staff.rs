//! The staff face's commands: the first administrator, logging in and out, the queue,
//! the standard script, the worklists (codes, older records, proxy reviews), staff accounts, the audit log, training mode and
//! closing the kiosk. Every rule and session check is in the core.

use chrono::Utc;
use tauri::State;

use access_kiosk_core::error::KioskError;
use access_kiosk_core::journey::proxy::ProxyDates;
use access_kiosk_core::journey::sign_up::{Cohort, Step};
use access_kiosk_core::journey::{InterestForm, Journey};
use access_kiosk_core::kiosk::script::ProxyTask;
use access_kiosk_core::kiosk::staff_queue::JourneyView;
use access_kiosk_core::kiosk::staff_session::SessionInfo;
use access_kiosk_core::store::{AuditEntry, QueueEntry};

use crate::AppState;

/// Whether an administrator must be created first, and the accounts for the login picker.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffState {
    needs_first_admin: bool,
    staff: Vec<access_kiosk_core::staff::StaffMember>,
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
) -> Result<access_kiosk_core::kiosk::staff_accounts::FirstAdmin, KioskError> {
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

/// Who is at the desk, with the settings the staff face uses (after a change).
#[tauri::command]
pub fn staff_session(state: State<'_, AppState>) -> Result<SessionInfo, KioskError> {
    state.kiosk()?.session_info(Utc::now())
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
pub fn older_record_worklist(state: State<'_, AppState>) -> Result<Vec<QueueEntry>, KioskError> {
    state.kiosk()?.older_record_worklist(Utc::now())
}

#[tauri::command]
pub fn proxy_worklist(state: State<'_, AppState>) -> Result<Vec<ProxyTask>, KioskError> {
    state.kiosk()?.proxy_worklist(Utc::now())
}

#[tauri::command]
pub fn proxy_dates(
    state: State<'_, AppState>,
    journey_id: i64,
) -> Result<Option<ProxyDates>, KioskError> {
    state.kiosk()?.proxy_dates(journey_id, Utc::now())
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

#[tauri::command]
pub fn set_cohorts(
    state: State<'_, AppState>,
    journey_id: i64,
    cohorts: Vec<Cohort>,
) -> Result<(), KioskError> {
    state.kiosk()?.set_cohorts(journey_id, &cohorts, Utc::now())
}

#[tauri::command(async)]
pub fn start_journey(
    state: State<'_, AppState>,
    locale: String,
    form: InterestForm,
    channel: access_kiosk_core::journey::Channel,
) -> Result<Journey, KioskError> {
    state
        .kiosk()?
        .start_journey(&form, &locale, channel, Utc::now())
}

#[tauri::command(async)]
pub fn add_staff(
    state: State<'_, AppState>,
    name: String,
    pin: String,
    is_admin: bool,
) -> Result<access_kiosk_core::staff::StaffMember, KioskError> {
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
