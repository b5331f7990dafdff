//! Printing through the operating system's print system (CUPS), with no dialog: a slip as
//! a PDF the kiosk drew (`slip_page`), or the page's print area (posters and leaflets),
//! which WebKitGTK's print engine lays out and sends. (On Windows the same idea would use
//! WebView2's `PrintAsync` with a named printer; it is not built here.)

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::printing::slip::Layout;

/// How long a print may take to be handed to the print system.
pub const PRINT_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PrintError {
    #[error("no printer is configured (printer in practice.toml)")]
    NoPrinter,
    #[error("the printer {0:?} is not known to the print system")]
    UnknownPrinter(String),
    #[error("the printer {0:?} is stopped")]
    PrinterStopped(String),
    #[error("printing failed: {0}")]
    Failed(String),
}

impl PrintError {
    /// The stable detail code the staff face shows as `error-print-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            PrintError::NoPrinter => "no-printer",
            PrintError::UnknownPrinter(_) => "unknown-printer",
            PrintError::PrinterStopped(_) => "printer-stopped",
            PrintError::Failed(_) => "failed",
        }
    }
}

/// Asks CUPS whether `printer` exists and accepts work.
pub fn check_printer(printer: &str) -> Result<(), PrintError> {
    if printer.trim().is_empty() {
        return Err(PrintError::NoPrinter);
    }
    let out = Command::new("lpstat")
        .args(["-p", printer])
        .output()
        .map_err(|e| PrintError::Failed(format!("cannot ask the print system (lpstat): {e}")))?;
    let text = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() || text.trim().is_empty() {
        return Err(PrintError::UnknownPrinter(printer.to_owned()));
    }
    if text.contains("disabled") {
        return Err(PrintError::PrinterStopped(printer.to_owned()));
    }
    Ok(())
}

/// Sends `pdf` to the CUPS queue `printer` as the job `title`, on the paper for `layout`.
/// The document goes through a pipe to `lp`: the kiosk writes no file of it.
pub fn print_pdf(printer: &str, layout: Layout, title: &str, pdf: &[u8]) -> Result<(), PrintError> {
    check_printer(printer)?;
    let media = match layout {
        Layout::Receipt80mm => "media=Custom.80x297mm",
        Layout::A5 => "media=A5",
        Layout::A4 => "media=A4",
    };
    let failed = |e: std::io::Error| PrintError::Failed(format!("cannot hand the job to lp: {e}"));
    let mut lp = Command::new("lp")
        .args(["-d", printer, "-t", title, "-o", media, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(failed)?;
    let sent = lp.stdin.take().map(|mut stdin| stdin.write_all(pdf));
    let out = lp.wait_with_output().map_err(failed)?;
    if let Some(Err(e)) = sent {
        return Err(failed(e));
    }
    if !out.status.success() {
        return Err(PrintError::Failed(
            String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_printer_name_means_no_printer() {
        assert_eq!(check_printer(" "), Err(PrintError::NoPrinter));
    }

    #[test]
    fn an_unknown_printer_is_reported_not_hung_on() {
        // Whether or not CUPS runs here, a made-up queue is never usable.
        assert!(check_printer("no-such-queue-4f2a").is_err());
    }
}
