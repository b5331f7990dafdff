//! The core's integration tests, in one test binary (one link, one run) whose modules mirror
//! `src/`'s top-level modules, so a module's tests are found under its own name:
//! - `data_dir`: where the data folder is; a start on a read-only, unreadable or full disk;
//! - `journey`: the interest form's fields, the whole form and the staff's steps, as properties;
//! - `localisation`: a practice's wording overrides; the disk-full message in every language;
//! - `measures`: weeks, CSV cells, suppression, the aggregate file;
//! - `practice`: the settings file, whatever its text;
//! - `store`: a disk that fills while saving, answers read back exactly, and upgrades
//!   (`store::upgrade` from schema 1, `store::schema_6` from before today's process);
//! - `layers`: the layers of `src/` and their one rule, read from the source.
//!
//! Beside them: `long_input` (very long input, across `journey`, `practice`, `measures` and
//! `localisation`), `fuzz` (the fuzz targets of the repo's `fuzz/` folder, driven on stable),
//! and `support` (hostile-input generators and disk faults, shared by all).

mod data_dir;
mod fuzz;
mod journey;
mod layers;
mod localisation;
mod long_input;
mod measures;
mod practice;
mod store;
mod support;
