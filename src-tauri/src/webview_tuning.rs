//! Trims what WebKitGTK keeps and runs for the kiosk's one local page (issue 8). Measured with
//! `tools/bench` (see the Benchmarks section of the README): turning off hardware
//! acceleration removed about 75 MB RSS / 70 MB PSS on the attract screen and some idle CPU,
//! with no GPU to use on a reception tablet's software path or under Xvfb, and nothing on
//! the page (text, CSS, an SVG QR) that needs compositing. The cache model and the
//! back-forward cache did not change the attract-screen figures measurably; they are set so
//! WebKit keeps no caches sized for browsing over a day of patients (one page, no history).

use tauri::{Manager, Runtime};

/// WebKitGTK's switches that only take effect from process start: no accelerated
/// compositing and no DMA-BUF renderer, so neither the app nor its web process renders
/// through OpenGL (under Xvfb, or on a tablet without a driver, Mesa's software `swrast`).
/// WebKitGTK 2.50 still opens an EGL display in both, which loads Mesa's driver and its
/// LLVM (about 40 MB PSS; see README, Benchmarks), and aborts the web process without one.
/// With acceleration off anyway (below), measured with `tools/bench`: start-up 446 -> 409 ms
/// median, PSS 231 -> 221 MB on the attract screen. A value already in the environment is
/// left as it is.
const PROCESS_SWITCHES: [(&str, &str); 2] = [
    ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
    ("WEBKIT_DISABLE_DMABUF_RENDERER", "1"),
];

/// Sets [`PROCESS_SWITCHES`]; must run first in `main`, before any thread exists.
pub fn before_start() {
    for (name, value) in PROCESS_SWITCHES {
        if std::env::var_os(name).is_none() {
            std::env::set_var(name, value);
        }
    }
}

/// Applies the kiosk's webview settings to every webview the app has opened.
pub fn apply<R: Runtime>(app: &tauri::App<R>) {
    #[cfg(target_os = "linux")]
    for webview in app.webview_windows().into_values() {
        if let Err(e) = webview.with_webview(|platform| linux::tune(&platform.inner())) {
            eprintln!("access-kiosk: could not tune the webview: {e}");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

#[cfg(target_os = "linux")]
mod linux {
    use webkit2gtk::{
        CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt,
    };

    pub(super) fn tune(webview: &webkit2gtk::WebView) {
        if let Some(context) = webview.context() {
            // One local document: the smallest memory and resource caches.
            context.set_cache_model(CacheModel::DocumentViewer);
        }
        if let Some(settings) = WebViewExt::settings(webview) {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            // The page never navigates away and back (wry turns this on).
            settings.set_enable_page_cache(false);
        }
    }
}
