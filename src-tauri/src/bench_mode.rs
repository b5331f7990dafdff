//! Measurement mode, for `tools/bench` only; off unless asked for.
//!
//! With `ACCESS_KIOSK_BENCH=/path/to/script.js` in its environment the kiosk injects that
//! script into its page ahead of the page's own scripts, and prints each line the page hands
//! to the `bench_report` command on stdout as `KIOSK_BENCH <line>`. The script
//! (`src-tauri/benches/page/bench.js`) times start-up and taps and can drive the patient flow
//! through the real handlers; none of it is built into the binary. Without the variable the
//! command does nothing and nothing is injected.

use std::io::Write;
use std::sync::OnceLock;

use tauri::plugin::TauriPlugin;
use tauri::Runtime;

/// Names the script to inject; its presence turns measurement mode on.
pub const ENV_VAR: &str = "ACCESS_KIOSK_BENCH";

fn script() -> Option<&'static str> {
    static SCRIPT: OnceLock<Option<String>> = OnceLock::new();
    SCRIPT
        .get_or_init(|| {
            let path = std::env::var_os(ENV_VAR)?;
            match std::fs::read_to_string(&path) {
                Ok(s) => Some(s),
                Err(e) => {
                    eprintln!("access-kiosk: {ENV_VAR}: cannot read {path:?}: {e}");
                    None
                }
            }
        })
        .as_deref()
}

/// Whether the kiosk runs in measurement mode.
pub fn enabled() -> bool {
    script().is_some()
}

/// The plugin that injects the measurement script, in measurement mode only.
pub fn plugin<R: Runtime>() -> Option<TauriPlugin<R>> {
    script().map(|s| {
        tauri::plugin::Builder::new("kiosk-bench")
            .js_init_script(s.to_owned())
            .build()
    })
}

/// Prints one line from the page for the harness (measurement mode only).
pub fn report(line: &str) {
    if enabled() {
        let line = line.replace(['\n', '\r'], " ");
        // The harness may have gone: a closed stdout is not the kiosk's problem.
        let _ = writeln!(std::io::stdout().lock(), "KIOSK_BENCH {line}");
    }
}
