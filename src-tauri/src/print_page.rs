//! Printing the page's print area (posters and leaflets) with no dialog, through
//! WebKitGTK's own print engine to a CUPS queue. (On Windows the same idea would use
//! WebView2's `PrintAsync` with a named printer; it is not built here.)

use tauri::Runtime;

use access_kiosk_core::printing::cups::{check_printer, PrintError, PRINT_TIMEOUT};
use access_kiosk_core::printing::slip::Layout;

/// Prints what the webview shows (its print stylesheet shows only the print area).
#[cfg(target_os = "linux")]
pub fn print_webview<R: Runtime>(
    webview: &tauri::Webview<R>,
    printer: &str,
    layout: Layout,
) -> Result<(), PrintError> {
    use webkit2gtk::PrintOperationExt;

    check_printer(printer)?;
    let (tx, rx) = std::sync::mpsc::channel::<Result<(), String>>();
    let printer = printer.to_owned();
    webview
        .with_webview(move |platform| {
            let op = webkit2gtk::PrintOperation::new(&platform.inner());
            let settings = gtk::PrintSettings::new();
            settings.set_printer(&printer);
            let setup = gtk::PageSetup::new();
            let paper = match layout {
                Layout::Receipt80mm => gtk::PaperSize::new_custom(
                    "receipt-80mm",
                    "80 mm receipt",
                    80.0,
                    297.0,
                    gtk::Unit::Mm,
                ),
                Layout::A5 => gtk::PaperSize::new(Some("iso_a5")),
                Layout::A4 => gtk::PaperSize::new(Some("iso_a4")),
            };
            setup.set_paper_size(&paper);
            for set in [
                gtk::PageSetup::set_top_margin,
                gtk::PageSetup::set_bottom_margin,
                gtk::PageSetup::set_left_margin,
                gtk::PageSetup::set_right_margin,
            ] {
                set(&setup, 4.0, gtk::Unit::Mm);
            }
            op.set_print_settings(&settings);
            op.set_page_setup(&setup);
            let done = tx.clone();
            // The operation is kept alive by its handlers until it ends.
            let keep = op.clone();
            op.connect_finished(move |_| {
                let _ = &keep;
                let _ = done.send(Ok(()));
            });
            op.connect_failed(move |_, err| {
                let _ = tx.send(Err(err.to_string()));
            });
            op.print();
        })
        .map_err(|e| PrintError::Failed(e.to_string()))?;
    match rx.recv_timeout(PRINT_TIMEOUT) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(PrintError::Failed(e)),
        Err(_) => Err(PrintError::Failed("the print system did not answer".into())),
    }
}

#[cfg(not(target_os = "linux"))]
pub fn print_webview<R: Runtime>(
    _webview: &tauri::Webview<R>,
    _printer: &str,
    _layout: Layout,
) -> Result<(), PrintError> {
    Err(PrintError::Failed(
        "silent printing is implemented for Linux (CUPS) only so far".into(),
    ))
}
