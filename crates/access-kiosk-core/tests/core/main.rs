//! The core's integration tests, in one test binary (one link, one run) whose modules follow
//! the concerns they test: faults of the disk and the data folder, hostile input as
//! properties, the fuzz targets' checks on stable, and upgrades from the first schema.

mod faults;
mod fuzz_stable;
mod properties;
mod schema_6;
mod upgrade;
