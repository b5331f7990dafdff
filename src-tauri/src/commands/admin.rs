//! Administrators' commands: about this kiosk, settings, process packs and backups.

use chrono::Utc;
use tauri::State;

use access_kiosk_core::error::KioskError;
use access_kiosk_core::kiosk::{AboutKiosk, Kiosk};

use crate::AppState;

#[tauri::command]
pub fn about(state: State<'_, AppState>) -> Result<AboutKiosk, KioskError> {
    state.kiosk().map(Kiosk::about)
}

#[tauri::command]
pub fn settings_form(
    state: State<'_, AppState>,
) -> Result<access_kiosk_core::practice::settings_form::SettingsView, KioskError> {
    state.kiosk()?.settings_view(Utc::now())
}

#[tauri::command]
pub fn save_settings(
    state: State<'_, AppState>,
    form: access_kiosk_core::practice::settings_form::SettingsForm,
) -> Result<access_kiosk_core::practice::settings_form::SettingsView, KioskError> {
    state.kiosk()?.save_settings(&form, Utc::now())
}

#[tauri::command]
pub fn pack_files(state: State<'_, AppState>) -> Result<Vec<String>, KioskError> {
    state.kiosk()?.pack_files(Utc::now())
}

#[tauri::command]
pub fn preview_pack(
    state: State<'_, AppState>,
    file: String,
) -> Result<access_kiosk_core::practice::pack::PackPreview, KioskError> {
    state.kiosk()?.preview_pack(&file, Utc::now())
}

#[tauri::command]
pub fn import_pack(
    state: State<'_, AppState>,
    file: String,
) -> Result<access_kiosk_core::practice::pack::PackPreview, KioskError> {
    state.kiosk()?.import_pack(&file, Utc::now())
}

#[tauri::command]
pub fn export_pack(state: State<'_, AppState>) -> Result<String, KioskError> {
    state.kiosk()?.export_pack(Utc::now())
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
) -> Result<Vec<access_kiosk_core::kiosk::backup::BackupFile>, KioskError> {
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

/// The Making Data Count chart settings block (administrators only).
#[tauri::command]
pub fn chart_settings(
    state: State<'_, AppState>,
) -> Result<access_kiosk_core::kiosk::mdc_charts::ChartSettingsView, KioskError> {
    state.kiosk()?.chart_settings(Utc::now())
}

#[tauri::command]
pub fn save_chart_settings(
    state: State<'_, AppState>,
    form: access_kiosk_core::practice::settings_form::ChartSettingsForm,
) -> Result<access_kiosk_core::kiosk::mdc_charts::ChartSettingsView, KioskError> {
    state.kiosk()?.save_chart_settings(&form, Utc::now())
}
