//! The kiosk's log: what happened and what went wrong, for whoever supports the tablet, in
//! `logs/` inside the data folder, one file a day, the last 14 days kept.
//!
//! Never personal data: log lines carry journey numbers, channels, locales, error codes and
//! English error messages, never names, dates of birth, contact details, NHS numbers or
//! references (an end-to-end test searches the files for a patient it registered).

use std::path::Path;
use std::sync::OnceLock;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{RollingFileAppender, Rotation};

/// The log folder's name inside the data folder.
pub const LOGS_DIR: &str = "logs";
/// How many daily files are kept.
const KEEP_DAYS: usize = 14;

/// Keeps the log writer's thread alive for the life of the process.
static GUARD: OnceLock<WorkerGuard> = OnceLock::new();

/// Starts logging into `data_dir/logs`, once per process. If the folder cannot be written
/// the app runs without a log (and says so on stderr).
pub fn start(data_dir: &Path) {
    if GUARD.get().is_none() {
        if let Some(guard) = open(data_dir) {
            let _ = GUARD.set(guard);
        }
    }
}

fn open(data_dir: &Path) -> Option<WorkerGuard> {
    // The appender prunes old files by listing the folder, so the folder must exist first.
    if let Err(e) = std::fs::create_dir_all(data_dir.join(LOGS_DIR)) {
        eprintln!(
            "access-kiosk: cannot write logs in {}: {e}",
            data_dir.display()
        );
        return None;
    }
    let appender = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .max_log_files(KEEP_DAYS)
        .filename_prefix("kiosk")
        .filename_suffix("log")
        .build(data_dir.join(LOGS_DIR));
    let appender = match appender {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "access-kiosk: cannot write logs in {}: {e}",
                data_dir.display()
            );
            return None;
        }
    };
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let subscriber = tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .with_target(false)
        .with_max_level(tracing::Level::INFO)
        .finish();
    tracing::subscriber::set_global_default(subscriber).ok()?;
    Some(guard)
}
