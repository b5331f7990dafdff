//! The patient face's one write: "I'm interested". Validates the form, stores the journey
//! durably, and returns what the confirmation screen shows.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::error::KioskError;
use crate::journey::{Actor, InterestForm};
use crate::kiosk::Kiosk;
use crate::qr;

/// What the confirmation screen shows: the reference and the QR to the registration route.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Confirmation {
    pub reference: String,
    pub qr_svg: String,
    pub registration_url: String,
}

impl Kiosk {
    /// Validates and stores an interest. `Ok` means the journey is committed to disk.
    pub fn submit_interest(
        &self,
        form: &InterestForm,
        locale: &str,
        now: DateTime<Utc>,
    ) -> Result<Confirmation, KioskError> {
        let interest = form
            .validate(now.date_naive())
            .map_err(KioskError::InvalidForm)?;
        let locale = self.locales().resolve(locale);
        let url = &self.config().registration_url;
        // Draw the QR before saving, so a confirmed save always comes with its slip.
        let qr_svg = qr::svg_for(url)?;
        let journey = self.store()?.record_interest(
            &interest,
            self.config().channel,
            &locale,
            &Actor::Kiosk,
            now,
        )?;
        Ok(Confirmation {
            reference: journey.reference.to_string(),
            qr_svg,
            registration_url: url.clone(),
        })
    }
}
