//! The Reports tab: run charts and Making Data Count charts, tests of change, baselines,
//! rebases, staff feedback, exports and the printed report.

use chrono::Utc;
use tauri::State;

use access_kiosk_core::error::KioskError;

use super::as_page;
use crate::AppState;

#[tauri::command(async)]
pub fn report(
    state: State<'_, AppState>,
    token: Option<String>,
    query: access_kiosk_core::kiosk::report_desk::ChartQuery,
) -> Result<access_kiosk_core::kiosk::report_desk::ReportView, KioskError> {
    as_page(&state, "report", token, |k| k.report(&query, Utc::now()))
}

#[tauri::command]
pub fn add_pdsa_cycle(
    state: State<'_, AppState>,
    token: Option<String>,
    cycle: access_kiosk_core::kiosk::report_desk::NewPdsaCycle,
) -> Result<i64, KioskError> {
    as_page(&state, "add_pdsa_cycle", token, |k| {
        k.add_pdsa_cycle(&cycle, Utc::now())
    })
}

#[tauri::command]
pub fn end_pdsa_cycle(
    state: State<'_, AppState>,
    token: Option<String>,
    id: i64,
) -> Result<(), KioskError> {
    as_page(&state, "end_pdsa_cycle", token, |k| {
        k.end_pdsa_cycle(id, Utc::now())
    })
}

#[tauri::command]
pub fn freeze_baseline(
    state: State<'_, AppState>,
    token: Option<String>,
    measure: access_kiosk_core::measures::Measure,
    first: chrono::NaiveDate,
    last: chrono::NaiveDate,
) -> Result<(), KioskError> {
    as_page(&state, "freeze_baseline", token, |k| {
        k.freeze_baseline(measure, first, last, Utc::now())
    })
}

#[tauri::command]
pub fn unfreeze_baseline(
    state: State<'_, AppState>,
    token: Option<String>,
    measure: access_kiosk_core::measures::Measure,
) -> Result<(), KioskError> {
    as_page(&state, "unfreeze_baseline", token, |k| {
        k.unfreeze_baseline(measure, Utc::now())
    })
}

#[tauri::command]
pub fn staff_feedback(
    state: State<'_, AppState>,
    token: Option<String>,
    reason: access_kiosk_core::measures::feedback::Reason,
) -> Result<(), KioskError> {
    as_page(&state, "staff_feedback", token, |k| {
        k.staff_feedback(reason, Utc::now())
    })
}

/// Saves an export in the exports folder; returns where.
#[tauri::command(async)]
pub fn export_report(
    state: State<'_, AppState>,
    token: Option<String>,
    kind: access_kiosk_core::kiosk::report_desk::ExportKind,
    query: access_kiosk_core::kiosk::report_desk::ChartQuery,
    png: Option<Vec<u8>>,
) -> Result<String, KioskError> {
    as_page(&state, "export_report", token, |k| {
        k.export_report(kind, &query, png, Utc::now())
            .map(|p| p.display().to_string())
    })
}

/// Adds a Making Data Count rebase (administrators only).
#[tauri::command]
pub fn add_rebase(
    state: State<'_, AppState>,
    token: Option<String>,
    measure: access_kiosk_core::measures::Measure,
    week: chrono::NaiveDate,
    reason: String,
) -> Result<access_kiosk_core::store::Rebase, KioskError> {
    as_page(&state, "add_rebase", token, |k| {
        k.add_rebase(measure, week, &reason, Utc::now())
    })
}

#[tauri::command]
pub fn remove_rebase(
    state: State<'_, AppState>,
    token: Option<String>,
    id: i64,
) -> Result<(), KioskError> {
    as_page(&state, "remove_rebase", token, |k| {
        k.remove_rebase(id, Utc::now())
    })
}

/// The weekly report to print on A4, as HTML for the page's print area.
#[tauri::command(async)]
pub fn report_print_page(
    state: State<'_, AppState>,
    query: access_kiosk_core::kiosk::report_desk::ChartQuery,
    token: Option<String>,
    kind: access_kiosk_core::reports::mdc::PrintedChart,
) -> Result<String, KioskError> {
    as_page(&state, "report_print_page", token, |k| {
        k.report_print_page(&query, kind, Utc::now())
    })
}
