//! Access Kiosk: a reception-tablet app that signs patients up to online access to their
//! GP record.
//!
//! The domain (store, journeys, validation, localisation, QR) lives in plain modules that
//! know nothing of Tauri; [`commands`] adapts them to the webview in one line each, and
//! [`build`] wires the app generically over the runtime so tests can run it under
//! `tauri::test::mock_builder()`.

pub mod audio;
pub mod bench_mode;
pub mod commands;
pub mod config;
pub mod data_dir;
pub mod error;
pub mod journey;
pub mod kiosk;
pub mod localisation;
pub mod materials;
pub mod patient_flow;
pub mod print_queue;
pub mod qr;
pub mod sign_up;
pub mod slip;
pub mod slip_printing;
pub mod staff;
pub mod staff_desk;
pub mod store;
pub mod validation;
pub mod webview_tuning;

use std::process::ExitCode;

use tauri::Runtime;

use crate::kiosk::{Kiosk, StartupError};

/// What the app manages: the opened kiosk, or why it could not open (shown to staff).
pub enum AppState {
    Ready(Box<Kiosk>),
    Failed(StartupError),
}

impl AppState {
    /// Opens the data folder chosen by the command line and environment.
    pub fn from_environment() -> Self {
        let dir = data_dir::resolve(
            std::env::args_os().skip(1),
            std::env::var_os(data_dir::ENV_VAR),
        );
        match dir
            .map_err(StartupError::from)
            .and_then(|d| Kiosk::open(&d))
        {
            Ok(kiosk) => AppState::Ready(Box::new(kiosk)),
            Err(e) => {
                eprintln!("access-kiosk: cannot start: {e}");
                AppState::Failed(e)
            }
        }
    }
}

/// The app's commands and plugins, for any runtime.
pub fn build<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::settings,
        commands::strings,
        commands::format_message,
        commands::submit_interest,
        commands::audio_clip,
        commands::about,
        commands::staff_state,
        commands::create_first_admin,
        commands::log_in,
        commands::log_out,
        commands::staff_queue,
        commands::staff_worklist,
        commands::open_journey,
        commands::record_step,
        commands::set_cohorts,
        commands::start_journey,
        commands::slip_html,
        commands::print_page,
        commands::materials,
        commands::add_staff,
        commands::remove_staff,
        commands::reset_pin,
        commands::audit_log,
        commands::bench_report,
    ])
}

/// Starts the kiosk window. Returns a failure exit code, with a message on stderr, if the
/// window system cannot be reached.
pub fn run() -> ExitCode {
    let state = AppState::from_environment();
    let builder = build(tauri::Builder::default()).setup(|app| {
        webview_tuning::apply(app);
        Ok(())
    });
    let builder = match bench_mode::plugin() {
        Some(plugin) => builder.plugin(plugin),
        None => builder,
    };
    match builder.manage(state).run(tauri::generate_context!()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("access-kiosk: the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}
