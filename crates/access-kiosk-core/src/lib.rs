//! Access Kiosk's domain: everything that decides, with no window in it. The Tauri shell
//! (`src-tauri/`) and the command line call into it; tests run it without a display.
//!
//! Layers, from the top (nothing imports anything above it):
//! - [`kiosk`]: the [`kiosk::Kiosk`] type and what each face asks of it (the use-cases);
//! - [`error`]: the error every use-case returns, with a stable code for the page;
//! - [`reports`]: measures and charts assembled from the store, for the staff face and CLI;
//! - the domain folders, pure types and rules: [`journey`] (the interest form, validation,
//!   the standard script), [`staff`] (PINs, lockout, sessions), [`measures`] (the QI
//!   measures, run charts, the aggregate file), [`printing`], [`localisation`],
//!   [`practice`] (settings and the process pack), [`privacy`] (sealing and keys);
//! - [`store`]: SQLite, below every rule it stores;
//! - basics: [`qr`], [`data_dir`], [`device_secret`] (where the tablet's device secret is kept).

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
#[cfg(any(test, feature = "testing"))]
pub mod testing;
