//! The webview's entry points, one file per face (mirroring `ui/src/patient` and
//! `ui/src/staff`). Each command is a one-line adapter: take the state, call one core
//! function, return its result or its [`KioskError`](access_kiosk_core::error::KioskError).
//! No rules, SQL or formatting here.

pub mod admin;
pub mod patient;
pub mod printing;
pub mod reports;
pub mod staff;

use access_kiosk_core::error::KioskError;
use access_kiosk_core::kiosk::Kiosk;

use crate::AppState;

/// Runs one staff command with the page's session `token` presented, so every session check
/// inside it answers only the page that logged in (see `access_kiosk_core::staff::presenting`).
/// Each staff command is one call of this.
pub(crate) fn as_page<T>(
    state: &AppState,
    command: &str,
    token: Option<String>,
    action: impl FnOnce(&Kiosk) -> Result<T, KioskError>,
) -> Result<T, KioskError> {
    let kiosk = state.kiosk()?;
    access_kiosk_core::staff::presenting(command, token.as_deref(), || action(kiosk))
}

/// Measurement mode only (a build with the feature `bench` and `ACCESS_KIOSK_BENCH` set, see
/// `tools/bench`): one line of timings from the page, printed for the benchmark harness.
/// Does nothing otherwise.
#[tauri::command]
pub fn bench_report(line: String) {
    crate::bench_mode::report(&line);
}
