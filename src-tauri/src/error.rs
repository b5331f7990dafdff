//! The error the UI receives from any command: a stable `code` it switches on, an English
//! `message` for staff and logs, and for a refused form the fields and their codes.
//! The UI shows the patient the Fluent message for the code in their own language.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::kiosk::StartupError;
use crate::qr::QrError;
use crate::store::StoreError;
use crate::validation::FieldError;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KioskError {
    #[error("some answers need checking")]
    InvalidForm(Vec<FieldError>),
    #[error("the disk is full: nothing was saved")]
    DiskFull,
    #[error("could not save: {0}")]
    Store(StoreError),
    #[error("could not draw the QR code: {0}")]
    Qr(#[from] QrError),
    #[error("the kiosk could not start: {0}")]
    Startup(String),
}

impl KioskError {
    /// The stable code the UI switches on; its Fluent message is `error-code-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            KioskError::InvalidForm(_) => "invalid-form",
            KioskError::DiskFull => "disk-full",
            KioskError::Store(_) => "not-saved",
            KioskError::Qr(_) => "qr-failed",
            KioskError::Startup(_) => "startup-failed",
        }
    }
}

impl From<StoreError> for KioskError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::DiskFull => KioskError::DiskFull,
            other => KioskError::Store(other),
        }
    }
}

impl From<&StartupError> for KioskError {
    fn from(e: &StartupError) -> Self {
        KioskError::Startup(e.to_string())
    }
}

impl Serialize for KioskError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("KioskError", 3)?;
        st.serialize_field("code", self.code())?;
        st.serialize_field("message", &self.to_string())?;
        let fields: &[FieldError] = match self {
            KioskError::InvalidForm(f) => f,
            _ => &[],
        };
        st.serialize_field("fields", fields)?;
        st.end()
    }
}
