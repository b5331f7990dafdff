//! Kiosk lockdown: the webview shows the app's own pages and nothing else, and the app
//! closes only when an administrator asks. In release builds the window is also fullscreen
//! without decorations (debug builds keep a normal window for development and the
//! end-to-end tests). Dev tools are compiled out of release builds by Tauri itself; the
//! page blocks the context menu and reload keys; the Content Security Policy is in
//! `tauri.conf.json`, the command permissions in `capabilities/`.

use std::sync::atomic::{AtomicBool, Ordering};

use tauri::{Manager, Runtime};

/// Set by an administrator's "close the kiosk app"; until then a close request is refused.
static EXIT_ALLOWED: AtomicBool = AtomicBool::new(false);

/// Whether the webview may go to `url`: only the app's own pages.
pub fn is_own_page(url: &tauri::Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        "about" => url.path() == "blank",
        _ => false,
    }
}

/// A plugin that refuses every navigation away from the app's pages.
pub fn navigation_guard<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri::plugin::Builder::new("lockdown")
        .on_navigation(|_, url| {
            let ok = is_own_page(url);
            if !ok {
                tracing::warn!(
                    scheme = url.scheme(),
                    "navigation away from the app refused"
                );
            }
            ok
        })
        .build()
}

/// Whether this build locks the window down (release builds).
pub const LOCKED: bool = cfg!(not(debug_assertions));

/// Refuses to close the window unless an administrator allowed it.
pub fn on_window_event<R: Runtime>(_window: &tauri::Window<R>, event: &tauri::WindowEvent) {
    if let tauri::WindowEvent::CloseRequested { api, .. } = event {
        if LOCKED && !EXIT_ALLOWED.load(Ordering::SeqCst) {
            api.prevent_close();
        }
    }
}

/// Fullscreen without decorations in release builds, on the display the window is on.
pub fn lock_window<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(w) = app.get_webview_window("main") {
        if LOCKED {
            let _ = w.set_decorations(false);
            let _ = w.set_fullscreen(true);
        }
    }
}

/// Brings the kiosk to the front (a second start asked), fullscreen again in release.
pub fn show<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        if LOCKED {
            let _ = w.set_fullscreen(true);
        }
        let _ = w.set_focus();
    }
}

/// An administrator closes the app.
pub fn allow_exit() {
    EXIT_ALLOWED.store(true, Ordering::SeqCst);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The window's capability grants exactly the commands the app registers: a command
    /// added without a permission would be refused at run time, one removed would leave a
    /// grant behind.
    #[test]
    fn the_window_may_call_exactly_the_registered_commands() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let lib = std::fs::read_to_string(root.join("src/lib.rs")).unwrap();
        let start = lib.find("generate_handler![").unwrap() + "generate_handler![".len();
        let end = start + lib[start..].find(']').unwrap();
        let mut registered: Vec<String> = lib[start..end]
            .split(',')
            .map(str::trim)
            .filter(|c| c.starts_with("commands::"))
            .filter_map(|c| c.rsplit("::").next())
            .map(|c| format!("allow-{}", c.replace('_', "-")))
            .collect();
        let cap: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join("capabilities/kiosk-window.json")).unwrap(),
        )
        .unwrap();
        let mut granted: Vec<String> = cap["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_owned())
            .collect();
        registered.sort();
        granted.sort();
        assert_eq!(granted, registered);
        assert_eq!(cap["windows"], serde_json::json!(["main"]));
    }

    #[test]
    fn only_the_apps_own_pages_may_be_shown() {
        for ok in [
            "tauri://localhost/index.html",
            "http://tauri.localhost/index.html",
            "about:blank",
        ] {
            assert!(is_own_page(&tauri::Url::parse(ok).unwrap()), "{ok}");
        }
        for refused in [
            "https://example.com/",
            "http://localhost:8080/",
            "file:///etc/passwd",
            "tauri://evil.example/",
            "javascript:alert(1)",
            "data:text/html,<h1>hi</h1>",
        ] {
            assert!(
                !is_own_page(&tauri::Url::parse(refused).unwrap()),
                "{refused}"
            );
        }
    }
}
