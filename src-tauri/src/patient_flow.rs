//! The patient face's one write: "I'm interested". Validates the form, stores the journey
//! durably, and returns what the confirmation screen shows.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::error::KioskError;
use crate::journey::{Actor, Channel, InterestForm, Journey};
use crate::kiosk::Kiosk;

/// What the confirmation screen shows: the reference and the QR to the registration route.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Confirmation {
    pub reference: String,
    pub qr_svg: String,
    pub registration_url: String,
}

impl Kiosk {
    /// Validates and stores an interest from the kiosk. `Ok` means the journey is committed.
    pub fn submit_interest(
        &self,
        form: &InterestForm,
        locale: &str,
        now: DateTime<Utc>,
    ) -> Result<Confirmation, KioskError> {
        self.register(form, locale, self.config().channel, &Actor::Kiosk, now)
            .map(|(confirmation, _)| confirmation)
    }

    /// Validates and stores an interest, for whichever face took it.
    pub(crate) fn register(
        &self,
        form: &InterestForm,
        locale: &str,
        channel: Channel,
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> Result<(Confirmation, Journey), KioskError> {
        let interest = form.validate(now.date_naive()).map_err(|fields| {
            // Which fields and why, never what was typed.
            let codes: Vec<String> = fields
                .iter()
                .map(|f| format!("{:?}:{:?}", f.field, f.code))
                .collect();
            tracing::info!(fields = ?codes, "interest form refused");
            KioskError::InvalidForm(fields)
        })?;
        let locale = self.locales().resolve(locale);
        let url = &self.config().registration_url;
        // Have the QR before saving, so a confirmed save always comes with its slip.
        let qr_svg = self.registration_qr()?.to_owned();
        let journey = self
            .store()
            .record_interest(&interest, channel, &locale, actor, now)
            .inspect_err(|e| tracing::error!("interest not saved: {e}"))?;
        tracing::info!(
            journey = journey.id,
            channel = channel.as_str(),
            locale = %locale,
            "interest registered"
        );
        let confirmation = Confirmation {
            reference: journey.reference.to_string(),
            qr_svg,
            registration_url: url.clone(),
        };
        Ok((confirmation, journey))
    }

    /// Stores the patient's optional, anonymous answer to "what might stop you using online
    /// access?". Nothing links it to their journey.
    pub fn patient_feedback(
        &self,
        reason: crate::feedback::Reason,
        locale: &str,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let locale = self.locales().resolve(locale);
        let store = self.store();
        store.record_feedback(
            crate::feedback::Source::Patient,
            reason,
            self.config().channel,
            &locale,
            store.training_mode(),
            now,
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::IdDocumentsToday;
    use crate::kiosk::StartupError;
    use crate::store::Store;

    fn form() -> InterestForm {
        InterestForm {
            first_name: "Amina".into(),
            last_name: "Begum".into(),
            dob_day: "7".into(),
            dob_month: "3".into(),
            dob_year: "1990".into(),
            email: "amina@example.org".into(),
            wants_appointments: true,
            id_documents: Some(IdDocumentsToday::Neither),
            ..InterestForm::default()
        }
    }

    #[test]
    fn a_valid_interest_is_committed_to_the_data_folder_before_it_is_confirmed() {
        let dir = tempfile::tempdir().unwrap();
        let kiosk = Kiosk::open(dir.path()).unwrap();
        let confirmation = kiosk.submit_interest(&form(), "bn-BD", Utc::now()).unwrap();
        assert_eq!(
            confirmation.registration_url,
            kiosk.config().registration_url
        );
        assert!(confirmation.qr_svg.contains("<svg"));
        drop(kiosk);
        // A fresh connection to the file sees it: the confirmation meant a commit.
        let store = Store::open(&dir.path().join(crate::store::DATABASE_FILE)).unwrap();
        let reference = crate::journey::Reference::parse(&confirmation.reference).unwrap();
        let journey = store
            .journey_by_reference(&reference)
            .unwrap()
            .expect("stored");
        assert_eq!(
            journey.locale, "bn",
            "the negotiated language is stored on the journey"
        );
    }

    #[test]
    fn a_refused_form_saves_nothing_and_says_which_fields() {
        let dir = tempfile::tempdir().unwrap();
        let kiosk = Kiosk::open(dir.path()).unwrap();
        let bad = InterestForm {
            email: "not an email".into(),
            ..form()
        };
        match kiosk.submit_interest(&bad, "en-GB", Utc::now()) {
            Err(KioskError::InvalidForm(fields)) => {
                assert_eq!(fields.len(), 1);
                assert_eq!(fields[0].field, crate::validation::Field::Email);
            }
            other => panic!("expected InvalidForm, got {:?}", other.map(|c| c.reference)),
        }
        assert_eq!(kiosk.store().journey_count().unwrap(), 0);
        let json = serde_json::to_value(KioskError::InvalidForm(vec![])).unwrap();
        assert_eq!(
            json["code"], "invalid-form",
            "the UI switches on a stable code"
        );
    }

    #[test]
    fn a_language_without_a_translation_stops_start_up_naming_the_setting() {
        let dir = tempfile::tempdir().unwrap();
        let text = crate::config::DEFAULT_CONFIG.replace("\"tr\"]", "\"tr\", \"xx\"]");
        std::fs::write(dir.path().join(crate::config::CONFIG_FILE), text).unwrap();
        match Kiosk::open(dir.path()) {
            Err(StartupError::Config(e)) => {
                let msg = e.to_string();
                assert!(
                    msg.contains("`languages`") && msg.contains("\"xx\""),
                    "{msg}"
                );
            }
            other => panic!("expected a config error, got ok={}", other.is_ok()),
        }
    }
}
