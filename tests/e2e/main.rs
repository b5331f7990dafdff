//! End-to-end tests: the built kiosk, driven through WebDriver under Xvfb.
//! Modules mirror the app's faces.

mod attacks;
mod borough;
mod crash_safety;
mod keyboard;
mod languages;
mod patient_flow;
mod printing;
mod reports;
mod robustness;
mod setup;
mod sign_up_process;
mod staff_face;
mod startup;
mod training;
