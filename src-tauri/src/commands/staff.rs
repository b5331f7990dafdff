//! The staff face's commands: the first administrator, logging in and out, the queue,
//! the standard script, the worklists (codes, older records, proxy reviews), staff accounts, the audit log, training mode and
//! closing the kiosk. Every rule and session check is in the core.

use chrono::Utc;
use tauri::State;

use access_kiosk_core::error::KioskError;
use access_kiosk_core::journey::proxy::ProxyDates;
use access_kiosk_core::journey::sign_up::{Cohort, Step};
use access_kiosk_core::journey::{InterestForm, Journey};
use access_kiosk_core::kiosk::script::{ProxyTask, TaskCounts};
use access_kiosk_core::kiosk::staff_queue::JourneyView;
use access_kiosk_core::kiosk::staff_session::SessionInfo;
use access_kiosk_core::store::{AuditEntry, QueueEntry};

use super::as_page;
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
    setup_code: Option<String>,
    name: String,
    pin: String,
) -> Result<access_kiosk_core::kiosk::staff_accounts::FirstAdmin, KioskError> {
    state.kiosk()?.create_first_admin(
        setup_code.as_deref().unwrap_or_default(),
        &name,
        &pin,
        Utc::now(),
    )
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
pub fn log_out(state: State<'_, AppState>, token: Option<String>) -> Result<(), KioskError> {
    as_page(&state, "log_out", token, |k| k.log_out(Utc::now()))
}

/// The administrator at the desk types their PIN again for an administrator action.
#[tauri::command(async)]
pub fn confirm_pin(
    state: State<'_, AppState>,
    token: Option<String>,
    pin: String,
) -> Result<(), KioskError> {
    as_page(&state, "confirm_pin", token, |k| {
        k.confirm_pin(&pin, Utc::now())
    })
}

/// Who is at the desk, with the settings the staff face uses (after a change).
#[tauri::command]
pub fn staff_session(
    state: State<'_, AppState>,
    token: Option<String>,
) -> Result<SessionInfo, KioskError> {
    as_page(&state, "staff_session", token, |k| {
        k.session_info(Utc::now())
    })
}

#[tauri::command]
pub fn staff_queue(
    state: State<'_, AppState>,
    token: Option<String>,
    search: String,
) -> Result<Vec<QueueEntry>, KioskError> {
    as_page(&state, "staff_queue", token, |k| {
        k.queue(&search, Utc::now())
    })
}

#[tauri::command]
pub fn staff_worklist(
    state: State<'_, AppState>,
    token: Option<String>,
) -> Result<Vec<QueueEntry>, KioskError> {
    as_page(&state, "staff_worklist", token, |k| k.worklist(Utc::now()))
}

#[tauri::command]
pub fn older_record_worklist(
    state: State<'_, AppState>,
    token: Option<String>,
) -> Result<Vec<QueueEntry>, KioskError> {
    as_page(&state, "older_record_worklist", token, |k| {
        k.older_record_worklist(Utc::now())
    })
}

#[tauri::command]
pub fn proxy_worklist(
    state: State<'_, AppState>,
    token: Option<String>,
) -> Result<Vec<ProxyTask>, KioskError> {
    as_page(&state, "proxy_worklist", token, |k| {
        k.proxy_worklist(Utc::now())
    })
}

/// How many items wait on the older-records and proxy-reviews worklists (the tabs' badges).
#[tauri::command]
pub fn task_counts(
    state: State<'_, AppState>,
    token: Option<String>,
) -> Result<TaskCounts, KioskError> {
    as_page(&state, "task_counts", token, |k| k.task_counts(Utc::now()))
}

#[tauri::command]
pub fn proxy_dates(
    state: State<'_, AppState>,
    token: Option<String>,
    journey_id: i64,
) -> Result<Option<ProxyDates>, KioskError> {
    as_page(&state, "proxy_dates", token, |k| {
        k.proxy_dates(journey_id, Utc::now())
    })
}

#[tauri::command]
pub fn open_journey(
    state: State<'_, AppState>,
    token: Option<String>,
    journey_id: i64,
) -> Result<JourneyView, KioskError> {
    as_page(&state, "open_journey", token, |k| {
        k.open_journey(journey_id, Utc::now())
    })
}

#[tauri::command]
pub fn record_step(
    state: State<'_, AppState>,
    token: Option<String>,
    journey_id: i64,
    step: Step,
) -> Result<Journey, KioskError> {
    as_page(&state, "record_step", token, |k| {
        k.record_step(journey_id, &step, Utc::now())
    })
}

#[tauri::command]
pub fn set_cohorts(
    state: State<'_, AppState>,
    token: Option<String>,
    journey_id: i64,
    cohorts: Vec<Cohort>,
) -> Result<(), KioskError> {
    as_page(&state, "set_cohorts", token, |k| {
        k.set_cohorts(journey_id, &cohorts, Utc::now())
    })
}

#[tauri::command(async)]
pub fn start_journey(
    state: State<'_, AppState>,
    token: Option<String>,
    locale: String,
    form: InterestForm,
    channel: access_kiosk_core::journey::Channel,
) -> Result<Journey, KioskError> {
    as_page(&state, "start_journey", token, |k| {
        k.start_journey(&form, &locale, channel, Utc::now())
    })
}

#[tauri::command(async)]
pub fn add_staff(
    state: State<'_, AppState>,
    token: Option<String>,
    name: String,
    pin: String,
    is_admin: bool,
) -> Result<access_kiosk_core::staff::StaffMember, KioskError> {
    as_page(&state, "add_staff", token, |k| {
        k.add_staff(&name, &pin, is_admin, Utc::now())
    })
}

#[tauri::command]
pub fn remove_staff(
    state: State<'_, AppState>,
    token: Option<String>,
    staff_id: i64,
) -> Result<(), KioskError> {
    as_page(&state, "remove_staff", token, |k| {
        k.remove_staff(staff_id, Utc::now())
    })
}

#[tauri::command(async)]
pub fn reset_pin(
    state: State<'_, AppState>,
    token: Option<String>,
    staff_id: i64,
    pin: String,
) -> Result<(), KioskError> {
    as_page(&state, "reset_pin", token, |k| {
        k.reset_pin(staff_id, &pin, Utc::now())
    })
}

#[tauri::command]
pub fn audit_log(
    state: State<'_, AppState>,
    token: Option<String>,
    actor: Option<String>,
    action: Option<String>,
) -> Result<Vec<AuditEntry>, KioskError> {
    as_page(&state, "audit_log", token, |k| {
        k.audit_log(actor.as_deref(), action.as_deref(), Utc::now())
    })
}

/// Turns training mode on or off (staff only); returns whether it is now on.
#[tauri::command]
pub fn set_training(
    state: State<'_, AppState>,
    token: Option<String>,
    on: bool,
) -> Result<bool, KioskError> {
    as_page(&state, "set_training", token, |k| {
        k.set_training(on, Utc::now())
    })
}

/// An administrator closes the kiosk app (the only way out of a locked-down kiosk).
#[tauri::command]
pub fn quit_app<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    token: Option<String>,
) -> Result<(), KioskError> {
    as_page(&state, "quit_app", token, |k| k.may_quit(Utc::now()))?;
    crate::lockdown::allow_exit();
    app.exit(0);
    Ok(())
}
