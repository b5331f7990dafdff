//! End-to-end tests: the built kiosk, driven through WebDriver under Xvfb.
//! Modules mirror the app's faces.

mod languages;
mod patient_flow;
mod printing;
mod reports;
mod setup;
mod staff_face;
mod startup;
