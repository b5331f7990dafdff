//! Printing: what a slip says ([`slip`]), the slip laid out as a PDF with Pango and cairo
//! ([`slip_page`], Linux only), posters, leaflets and the prescription message
//! ([`materials`]), and handing a PDF to the operating system's print system ([`cups`]).
//! Printing the page itself through the webview is the shell's (it needs the window).

pub mod cups;
pub mod materials;
pub mod slip;
#[cfg(target_os = "linux")]
pub mod slip_page;
