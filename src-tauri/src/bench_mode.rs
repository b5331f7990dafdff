//! Measurement mode, for `tools/bench` only: compiled into a bench build and nowhere else.
//!
//! A build with the cargo feature `bench` (only `tools/bench` turns it on) reads
//! `ACCESS_KIOSK_BENCH=/path/to/script.js` from its environment, injects that script into
//! its page ahead of the page's own scripts, and prints each line the page hands to the
//! `bench_report` command on stdout as `KIOSK_BENCH <line>`. The script
//! (`src-tauri/benches/page/bench.js`) times start-up, taps and key taps and can drive the
//! patient flow through the real handlers.
//!
//! Invariant: a build without the feature (release, `tools/run-kiosk`, the .deb, CI) has no
//! code that reads the variable or injects anything: whoever can set a process's environment
//! must not be able to put a script into a kiosk's page. It only says, once, that the
//! variable is ignored. The test at the bottom holds that line.

/// Names the script to inject; in a bench build its presence turns measurement mode on.
pub const ENV_VAR: &str = "ACCESS_KIOSK_BENCH";

#[cfg(feature = "bench")]
mod on {
    use std::io::Write;
    use std::sync::OnceLock;

    use tauri::plugin::TauriPlugin;
    use tauri::Runtime;

    use super::ENV_VAR;

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
}

#[cfg(not(feature = "bench"))]
mod on {
    use tauri::plugin::TauriPlugin;
    use tauri::Runtime;

    use super::ENV_VAR;

    /// Never: this build has no measurement mode.
    pub fn enabled() -> bool {
        false
    }

    /// None, whatever the environment says; says once on stderr that the variable is ignored,
    /// so someone measuring a release build by mistake is told why nothing is reported.
    pub fn plugin<R: Runtime>() -> Option<TauriPlugin<R>> {
        if std::env::var_os(ENV_VAR).is_some() {
            eprintln!(
                "access-kiosk: {ENV_VAR} is ignored: this build has no measurement mode \
                 (tools/bench builds one with --features bench)"
            );
        }
        None
    }

    /// Nothing.
    pub fn report(_line: &str) {}
}

pub use on::{enabled, plugin, report};

#[cfg(all(test, not(feature = "bench")))]
mod tests {
    use super::*;

    /// The variable set to a real script must change nothing in a build without the feature.
    #[test]
    fn a_build_without_the_bench_feature_ignores_the_variable() {
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("inject.js");
        std::fs::write(&script, "document.title = 'injected';").unwrap();
        std::env::set_var(ENV_VAR, &script);
        let plugin = plugin::<tauri::Wry>();
        let on = enabled();
        std::env::remove_var(ENV_VAR);
        assert!(plugin.is_none(), "a default build must not inject a script");
        assert!(!on, "a default build must not report measurements");
    }
}
