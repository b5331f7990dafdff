//! The practice's own settings (`practice.toml`, [`config`]; its clinical codes, [`codes`]), the Settings form's rules
//! ([`settings_form`]) and the borough's process pack ([`pack`]). No `Kiosk` here: how the
//! kiosk applies them is in `kiosk/settings.rs` and `kiosk/pack.rs`.

pub mod codes;
pub mod config;
pub mod pack;
pub mod settings_form;
