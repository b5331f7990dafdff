//! Access Kiosk's domain: everything that decides, with no window in it. The Tauri shell
//! (`src-tauri/`) and the command line call into it; tests run it without a display.
//!
//! Layers, from the top. A module uses only its own layer and those below, and the modules
//! of one layer use each other without a circle (`tests/core/layers.rs` checks both):
//! - [`kiosk`]: the [`kiosk::Kiosk`] type and what each face asks of it (the use-cases),
//!   with the fixtures of their tests ([`kiosk::testing`]);
//! - [`error`]: the error every use-case returns, with a stable code for the page;
//! - [`reports`]: measures and charts assembled from the store, for the staff face and CLI;
//! - [`store`]: SQLite; it keeps the domain's own types (a journey, sealed details, a staff
//!   member), so it sits above them and nothing in the domain knows it;
//! - the domain folders, pure types and rules: [`journey`] (the interest form, validation,
//!   the standard script), [`staff`] (PINs, lockout, sessions), [`measures`] (the QI
//!   measures, run charts, the aggregate file), [`printing`], [`practice`] (settings and
//!   the process pack), [`device_secret`] (where the tablet's device secret is kept);
//! - basics: [`privacy`] (sealing and keys), [`localisation`], [`qr`], [`data_dir`].

pub mod data_dir;
pub mod device_secret;
pub mod error;
pub mod journey;
pub mod kiosk;
pub mod localisation;
pub mod measures;
pub mod practice;
pub mod printing;
pub mod privacy;
pub mod qr;
pub mod reports;
pub mod staff;
pub mod store;
/// The fixtures of the use-cases' tests, for the crates above too (`testing` feature).
#[cfg(any(test, feature = "testing"))]
pub use kiosk::testing;
