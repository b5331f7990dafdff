//! Administrators' commands: about this kiosk, settings, process packs and backups.

use chrono::Utc;
use tauri::State;

use access_kiosk_core::error::KioskError;
use access_kiosk_core::kiosk::AboutKiosk;

use super::as_page;
use crate::AppState;

#[tauri::command]
pub fn about(state: State<'_, AppState>, token: Option<String>) -> Result<AboutKiosk, KioskError> {
    as_page(&state, "about", token, |k| k.about(Utc::now()))
}

#[tauri::command]
pub fn settings_form(
    state: State<'_, AppState>,
    token: Option<String>,
) -> Result<access_kiosk_core::practice::settings_form::SettingsView, KioskError> {
    as_page(&state, "settings_form", token, |k| {
        k.settings_view(Utc::now())
    })
}

#[tauri::command]
pub fn save_settings(
    state: State<'_, AppState>,
    token: Option<String>,
    form: access_kiosk_core::practice::settings_form::SettingsForm,
) -> Result<access_kiosk_core::practice::settings_form::SettingsView, KioskError> {
    as_page(&state, "save_settings", token, |k| {
        k.save_settings(&form, Utc::now())
    })
}

#[tauri::command]
pub fn pack_files(
    state: State<'_, AppState>,
    token: Option<String>,
) -> Result<Vec<String>, KioskError> {
    as_page(&state, "pack_files", token, |k| k.pack_files(Utc::now()))
}

#[tauri::command]
pub fn preview_pack(
    state: State<'_, AppState>,
    token: Option<String>,
    file: String,
) -> Result<access_kiosk_core::practice::pack::PackPreview, KioskError> {
    as_page(&state, "preview_pack", token, |k| {
        k.preview_pack(&file, Utc::now())
    })
}

#[tauri::command]
pub fn import_pack(
    state: State<'_, AppState>,
    token: Option<String>,
    file: String,
) -> Result<access_kiosk_core::practice::pack::PackPreview, KioskError> {
    as_page(&state, "import_pack", token, |k| {
        k.import_pack(&file, Utc::now())
    })
}

#[tauri::command]
pub fn export_pack(
    state: State<'_, AppState>,
    token: Option<String>,
) -> Result<String, KioskError> {
    as_page(&state, "export_pack", token, |k| k.export_pack(Utc::now()))
}

/// Saves an encrypted backup (age) in the backups folder; returns where, and the new
/// passphrase to show once unless it went to the practice's backup recipient.
#[tauri::command(async)]
pub fn export_backup(
    state: State<'_, AppState>,
    token: Option<String>,
) -> Result<access_kiosk_core::kiosk::backup::ExportedBackup, KioskError> {
    as_page(&state, "export_backup", token, |k| {
        k.export_backup(Utc::now())
    })
}

#[tauri::command]
pub fn backup_files(
    state: State<'_, AppState>,
    token: Option<String>,
) -> Result<Vec<access_kiosk_core::kiosk::backup::BackupFile>, KioskError> {
    as_page(&state, "backup_files", token, |k| {
        k.backup_files(Utc::now())
    })
}

/// Restores a backup from the backups folder, opened with its passphrase or the practice's
/// age identity; a kiosk not yet set up needs its set-up code instead of a session.
#[tauri::command(async)]
pub fn restore_backup(
    state: State<'_, AppState>,
    token: Option<String>,
    setup_code: Option<String>,
    name: String,
    passphrase: String,
) -> Result<(), KioskError> {
    as_page(&state, "restore_backup", token, |k| {
        k.restore_backup(&name, &passphrase, setup_code.as_deref(), Utc::now())
    })
}

/// The Making Data Count chart settings block (administrators only).
#[tauri::command]
pub fn chart_settings(
    state: State<'_, AppState>,
    token: Option<String>,
) -> Result<access_kiosk_core::kiosk::mdc_charts::ChartSettingsView, KioskError> {
    as_page(&state, "chart_settings", token, |k| {
        k.chart_settings(Utc::now())
    })
}

#[tauri::command]
pub fn save_chart_settings(
    state: State<'_, AppState>,
    token: Option<String>,
    form: access_kiosk_core::practice::settings_form::ChartSettingsForm,
) -> Result<access_kiosk_core::kiosk::mdc_charts::ChartSettingsView, KioskError> {
    as_page(&state, "save_chart_settings", token, |k| {
        k.save_chart_settings(&form, Utc::now())
    })
}
