//! Access Kiosk's shell: the Tauri app around the domain crate `access_kiosk_core`. Only
//! what needs the window or the process is here: the webview's commands (one file per face),
//! lockdown, webview tuning, one kiosk per data folder, logging, printing the page through
//! the webview, and the command line. [`build`] wires the app generically over the runtime,
//! so the tests below run it under `tauri::test::mock_builder()`.

pub mod bench_mode;
pub mod cli;
pub mod commands;
pub mod lockdown;
pub mod logging;
pub mod print_page;
pub mod single_instance;
pub mod webview_tuning;

use std::process::ExitCode;

use tauri::{Manager, Runtime};

use access_kiosk_core::data_dir;
use access_kiosk_core::error::{KioskError, StartupError};
use access_kiosk_core::kiosk::Kiosk;

/// What the app manages: the opened kiosk, or why it could not open (shown to staff).
pub enum AppState {
    Ready(Box<Kiosk>),
    Failed(StartupError),
}

impl AppState {
    /// The opened kiosk, or why it could not open (or can no longer work: a restore that
    /// left no database), as every command reports it.
    pub fn kiosk(&self) -> Result<&Kiosk, KioskError> {
        match self {
            AppState::Ready(k) => match k.failed() {
                Some(e) => Err(e),
                None => Ok(k),
            },
            AppState::Failed(e) => Err(KioskError::from(e)),
        }
    }

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
                    schema = access_kiosk_core::store::schema_version(),
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

/// How often an idle staff session is looked for.
const IDLE_SWEEP: std::time::Duration = std::time::Duration::from_secs(30);

/// Ends the staff session once it has been idle past its timeout, even if its page never
/// sends another command (closed, or left on the patient face), so the practice key it
/// holds does not stay in memory. Runs for the life of the app, on a thread of its own.
fn sweep_idle_sessions(kiosk: &Kiosk) -> ! {
    loop {
        std::thread::sleep(IDLE_SWEEP);
        if let Err(e) = kiosk.expire_idle_session(chrono::Utc::now()) {
            tracing::warn!(code = e.code(), "ending an idle staff session: {e}");
        }
    }
}

/// The app's commands and plugins, for any runtime.
pub fn build<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::patient::settings,
        commands::patient::strings,
        commands::patient::format_message,
        commands::patient::submit_interest,
        commands::patient::check_interest,
        commands::patient::audio_clip,
        commands::admin::about,
        commands::staff::staff_state,
        commands::staff::create_first_admin,
        commands::staff::recover_admin_pin,
        commands::admin::export_backup,
        commands::admin::backup_files,
        commands::admin::restore_backup,
        commands::staff::log_in,
        commands::staff::log_out,
        commands::staff::confirm_pin,
        commands::staff::staff_queue,
        commands::staff::staff_worklist,
        commands::staff::older_record_worklist,
        commands::staff::proxy_worklist,
        commands::staff::task_counts,
        commands::staff::proxy_dates,
        commands::staff::open_journey,
        commands::staff::record_step,
        commands::staff::set_cohorts,
        commands::staff::start_journey,
        commands::printing::print_slip,
        commands::printing::print_page,
        commands::printing::materials,
        commands::staff::add_staff,
        commands::staff::remove_staff,
        commands::staff::reset_pin,
        commands::staff::audit_log,
        commands::reports::report,
        commands::reports::add_pdsa_cycle,
        commands::reports::end_pdsa_cycle,
        commands::reports::freeze_baseline,
        commands::reports::unfreeze_baseline,
        commands::reports::staff_feedback,
        commands::patient::patient_feedback,
        commands::reports::export_report,
        commands::staff::set_training,
        commands::staff::quit_app,
        commands::admin::settings_form,
        commands::admin::save_settings,
        commands::staff::staff_session,
        commands::admin::pack_files,
        commands::admin::preview_pack,
        commands::admin::import_pack,
        commands::admin::export_pack,
        commands::reports::add_rebase,
        commands::reports::remove_rebase,
        commands::reports::report_print_page,
        commands::admin::chart_settings,
        commands::admin::save_chart_settings,
        commands::bench_report,
    ])
}

/// Every file and folder the process creates from here on (the database and its journal,
/// logs, exports, backups, copies SQLite makes) is readable by this user only: mode 0600 and
/// 0700 on Unix. Files already there are made private when the kiosk opens the data folder.
fn files_private_to_this_user() {
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file-creation mask; it cannot fail and touches
    // no memory.
    unsafe {
        libc::umask(0o077);
    }
}

/// Runs a command-line subcommand if one was given, else starts the kiosk window. Returns a failure exit code, with a message on stderr, if the
/// window system cannot be reached.
pub fn run() -> ExitCode {
    use clap::Parser;
    files_private_to_this_user();
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
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                if let AppState::Ready(kiosk) = handle.state::<AppState>().inner() {
                    sweep_idle_sessions(kiosk);
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

#[cfg(test)]
mod tests {
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
    use tauri::webview::InvokeRequest;

    fn invoke(cmd: &str, body: serde_json::Value) -> InvokeRequest {
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // The mock runtime on Linux takes the app's own origin, as the real one does.
            url: "tauri://localhost".parse().expect("a URL"),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        }
    }

    /// The app as `run()` builds it (the same `build()`, the same managed state on a fresh
    /// data folder), under Tauri's mock runtime: no window system needed. A command
    /// reaches the core through the real IPC path and answers; a refused one comes back as
    /// the page's `{ code, message }`, never a debug string.
    #[test]
    fn the_app_builds_and_its_commands_answer_under_the_mock_runtime() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let app = super::build(mock_builder())
            .manage(super::AppState::open(Ok(dir.path().to_owned())))
            .build(mock_context(noop_assets()))
            .expect("the app builds");
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("a webview");

        let settings = get_ipc_response(&webview, invoke("settings", serde_json::json!({})))
            .expect("the patient page's first command answers")
            .deserialize::<serde_json::Value>()
            .expect("JSON");
        assert_eq!(settings["practiceName"], "Demo Surgery");
        assert_eq!(settings["languages"][0]["tag"], "en-GB");

        let refused = get_ipc_response(
            &webview,
            invoke("staff_queue", serde_json::json!({ "search": "" })),
        )
        .expect_err("no one is logged in");
        assert_eq!(refused["code"], "not-logged-in", "{refused}");
    }
}
