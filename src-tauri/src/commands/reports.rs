//! The Reports tab: run charts and Making Data Count charts, tests of change, baselines,
//! rebases, staff feedback, exports and the printed report.

use chrono::Utc;
use tauri::State;

use access_kiosk_core::error::KioskError;

use crate::AppState;

#[tauri::command(async)]
pub fn report(
    state: State<'_, AppState>,
    query: access_kiosk_core::kiosk::report_desk::ChartQuery,
) -> Result<access_kiosk_core::kiosk::report_desk::ReportView, KioskError> {
    state.kiosk()?.report(&query, Utc::now())
}

#[tauri::command]
pub fn add_pdsa_cycle(
    state: State<'_, AppState>,
    cycle: access_kiosk_core::kiosk::report_desk::NewPdsaCycle,
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
    measure: access_kiosk_core::measures::Measure,
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
    measure: access_kiosk_core::measures::Measure,
) -> Result<(), KioskError> {
    state.kiosk()?.unfreeze_baseline(measure, Utc::now())
}

#[tauri::command]
pub fn staff_feedback(
    state: State<'_, AppState>,
    reason: access_kiosk_core::measures::feedback::Reason,
) -> Result<(), KioskError> {
    state.kiosk()?.staff_feedback(reason, Utc::now())
}

/// Saves an export in the exports folder; returns where.
#[tauri::command(async)]
pub fn export_report(
    state: State<'_, AppState>,
    kind: access_kiosk_core::kiosk::report_desk::ExportKind,
    query: access_kiosk_core::kiosk::report_desk::ChartQuery,
    png: Option<Vec<u8>>,
) -> Result<String, KioskError> {
    state
        .kiosk()?
        .export_report(kind, &query, png, Utc::now())
        .map(|p| p.display().to_string())
}

/// Adds a Making Data Count rebase (administrators only).
#[tauri::command]
pub fn add_rebase(
    state: State<'_, AppState>,
    measure: access_kiosk_core::measures::Measure,
    week: chrono::NaiveDate,
    reason: String,
) -> Result<access_kiosk_core::store::Rebase, KioskError> {
    state
        .kiosk()?
        .add_rebase(measure, week, &reason, Utc::now())
}

#[tauri::command]
pub fn remove_rebase(state: State<'_, AppState>, id: i64) -> Result<(), KioskError> {
    state.kiosk()?.remove_rebase(id, Utc::now())
}

/// The weekly report to print on A4, as HTML for the page's print area.
#[tauri::command(async)]
pub fn report_print_page(
    state: State<'_, AppState>,
    query: access_kiosk_core::kiosk::report_desk::ChartQuery,
    kind: access_kiosk_core::reports::mdc::PrintedChart,
) -> Result<String, KioskError> {
    state.kiosk()?.report_print_page(&query, kind, Utc::now())
}
