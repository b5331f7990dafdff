//! Printing: a slip through CUPS, the page's print area through the webview, and the
//! posters, leaflets and prescription message to print.

use chrono::Utc;
use tauri::State;

use access_kiosk_core::error::KioskError;

use super::as_page;
use crate::AppState;

/// Prints the slip for `reference` without a dialog; the registration details, if staff
/// typed them, go into this print only. Without a staff session, only the slip of the
/// sign-up the patient face has just confirmed.
#[tauri::command(async)]
pub fn print_slip(
    state: State<'_, AppState>,
    token: Option<String>,
    reference: String,
    with_name: bool,
    linkage: Option<access_kiosk_core::printing::slip::Linkage>,
) -> Result<(), KioskError> {
    as_page(&state, "print_slip", token, |k| {
        k.print_slip(&reference, with_name, linkage.as_ref(), Utc::now())
    })
}

/// Prints the page's print area (material such as a poster, named by `reference`, on A4
/// when `layout` says so) without a dialog.
#[tauri::command(async)]
pub fn print_page<R: tauri::Runtime>(
    webview: tauri::Webview<R>,
    state: State<'_, AppState>,
    token: Option<String>,
    reference: String,
    layout: Option<access_kiosk_core::printing::slip::Layout>,
) -> Result<(), KioskError> {
    // Staff only: the page's print area is what staff chose to print (posters, leaflets).
    as_page(&state, "print_page", token.clone(), |k| {
        k.may_print_material(Utc::now())
    })?;
    let k = state.kiosk()?;
    // Copied out, so no settings guard is held while the page prints.
    let (printer, default_layout) = {
        let config = k.config();
        (config.printer.clone(), config.slip_layout)
    };
    let result =
        crate::print_page::print_webview(&webview, &printer, layout.unwrap_or(default_layout));
    as_page(&state, "print_page", token, |k| {
        k.record_print(&reference, result.as_ref().err(), Utc::now())
    })?;
    result.map_err(KioskError::Print)
}

#[tauri::command(async)]
pub fn materials(
    state: State<'_, AppState>,
    token: Option<String>,
    poster_locale: String,
) -> Result<access_kiosk_core::kiosk::slip_printing::Materials, KioskError> {
    as_page(&state, "materials", token, |k| {
        k.materials(&poster_locale, Utc::now())
    })
}
