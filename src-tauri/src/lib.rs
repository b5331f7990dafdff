//! Access Kiosk: a reception-tablet app that signs patients up to online access to their
//! GP record.
//!
//! The domain (store, journeys, validation, localisation, QR) lives in plain modules that
//! know nothing of Tauri; [`commands`] adapts them to the webview in one line each, and
//! [`build`] wires the app generically over the runtime so tests can run it under
//! `tauri::test::mock_builder()`.

pub mod aggregate;
pub mod audio;
pub mod backup;
pub mod bench_mode;
pub mod cli;
pub mod commands;
pub mod config;
pub mod data_dir;
pub mod error;
pub mod feedback;
pub mod journey;
pub mod kiosk;
pub mod localisation;
pub mod lockdown;
pub mod logging;
pub mod materials;
pub mod measures;
pub mod pack;
pub mod patient_flow;
pub mod personal_crypto;
pub mod practice_key;
pub mod print_queue;
#[cfg(test)]
mod privacy_tests;
pub mod qr;
pub mod report_desk;
pub mod reports;
pub mod run_chart;
pub mod run_chart_svg;
pub mod settings;
pub mod sign_up;
pub mod single_instance;
pub mod slip;
#[cfg(target_os = "linux")]
pub mod slip_page;
pub mod slip_printing;
pub mod staff;
pub mod staff_desk;
pub mod store;
pub mod training;
pub mod validation;
pub mod webview_tuning;

use std::process::ExitCode;

use tauri::{Manager, Runtime};

use crate::kiosk::{Kiosk, StartupError};

/// What the app manages: the opened kiosk, or why it could not open (shown to staff).
pub enum AppState {
    Ready(Box<Kiosk>),
    Failed(StartupError),
}

impl AppState {
    /// Opens the data folder chosen by the command line and environment.
    pub fn open(dir: Result<std::path::PathBuf, data_dir::DataDirError>) -> Self {
        if let Ok(d) = &dir {
            logging::start(d);
        }
        // The folder is checked first, so a file in its place, a folder that cannot be read
        // or a read-only disk is named for staff before anything in it is opened.
        match dir
            .and_then(|d| data_dir::prepare(&d).map(|()| d))
            .map_err(StartupError::from)
            .and_then(|d| Kiosk::open(&d))
        {
            Ok(kiosk) => {
                tracing::info!(
                    version = env!("CARGO_PKG_VERSION"),
                    schema = crate::store::schema_version(),
                    "kiosk opened"
                );
                AppState::Ready(Box::new(kiosk))
            }
            Err(e) => {
                eprintln!("access-kiosk: cannot start: {e}");
                tracing::error!("cannot start: {e}");
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
        commands::recover_admin_pin,
        commands::export_backup,
        commands::backup_files,
        commands::restore_backup,
        commands::log_in,
        commands::log_out,
        commands::staff_queue,
        commands::staff_worklist,
        commands::open_journey,
        commands::record_step,
        commands::set_cohorts,
        commands::start_journey,
        commands::print_slip,
        commands::print_page,
        commands::materials,
        commands::add_staff,
        commands::remove_staff,
        commands::reset_pin,
        commands::audit_log,
        commands::report,
        commands::add_pdsa_cycle,
        commands::end_pdsa_cycle,
        commands::freeze_baseline,
        commands::unfreeze_baseline,
        commands::staff_feedback,
        commands::patient_feedback,
        commands::export_report,
        commands::set_training,
        commands::quit_app,
        commands::settings_form,
        commands::save_settings,
        commands::staff_session,
        commands::pack_files,
        commands::preview_pack,
        commands::import_pack,
        commands::export_pack,
        commands::bench_report,
    ])
}

/// Runs a command-line subcommand if one was given, else starts the kiosk window. Returns a failure exit code, with a message on stderr, if the
/// window system cannot be reached.
pub fn run() -> ExitCode {
    use clap::Parser;
    webview_tuning::before_start();
    if let Some(code) = cli::run(cli::Cli::parse()) {
        return code;
    }
    let dir = data_dir::resolve(
        std::env::args_os().skip(1),
        std::env::var_os(data_dir::ENV_VAR),
    );
    // One kiosk per data folder: a second start brings the first to the front and exits.
    let instance = match &dir {
        Ok(d) => match single_instance::claim(d) {
            Ok(single_instance::Claim::First(guard)) => Some(guard),
            Ok(single_instance::Claim::AlreadyRunning) => {
                eprintln!(
                    "access-kiosk: already running on {}; it was brought to the front",
                    d.display()
                );
                return ExitCode::SUCCESS;
            }
            // The folder's own problem is reported on screen by the start below.
            Err(_) => None,
        },
        Err(_) => None,
    };
    let state = AppState::open(dir);
    let builder = match bench_mode::plugin() {
        Some(plugin) => build(tauri::Builder::default()).plugin(plugin),
        None => build(tauri::Builder::default()),
    };
    match builder
        .plugin(lockdown::navigation_guard())
        .on_window_event(lockdown::on_window_event)
        .setup(move |app| {
            webview_tuning::apply(app);
            lockdown::lock_window(app.handle());
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                if let AppState::Ready(kiosk) = handle.state::<AppState>().inner() {
                    kiosk.after_window_opened(chrono::Utc::now());
                }
            });
            if let Some(guard) = instance {
                let handle = app.handle().clone();
                guard.listen(move || lockdown::show(&handle));
                // Held until the process ends.
                Box::leak(Box::new(guard));
            }
            Ok(())
        })
        .manage(state)
        .run(tauri::generate_context!())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("access-kiosk: the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}
