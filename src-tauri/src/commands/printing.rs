//! Printing: a slip through CUPS, the page's print area through the webview, and the
//! posters, leaflets and prescription message to print.

use chrono::Utc;
use tauri::State;

use access_kiosk_core::error::KioskError;

use crate::AppState;

/// Prints the slip for `reference` without a dialog; the registration details, if staff
/// typed them, go into this print only.
#[tauri::command(async)]
pub fn print_slip(
    state: State<'_, AppState>,
    reference: String,
    with_name: bool,
    linkage: Option<access_kiosk_core::printing::slip::Linkage>,
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
    layout: Option<access_kiosk_core::printing::slip::Layout>,
) -> Result<(), KioskError> {
    let k = state.kiosk()?;
    // Copied out, so no settings guard is held while the page prints.
    let (printer, default_layout) = {
        let config = k.config();
        (config.printer.clone(), config.slip_layout)
    };
    let result =
        crate::print_page::print_webview(&webview, &printer, layout.unwrap_or(default_layout));
    k.record_print(&reference, result.as_ref().err(), Utc::now())?;
    result.map_err(KioskError::Print)
}

#[tauri::command(async)]
pub fn materials(
    state: State<'_, AppState>,
    poster_locale: String,
) -> Result<access_kiosk_core::kiosk::slip_printing::Materials, KioskError> {
    state.kiosk()?.materials(&poster_locale, Utc::now())
}
