//! The patient face's one write: "I'm interested". Validates the form, stores the journey
//! durably, and returns what the confirmation screen shows. A kiosk that is not set up takes
//! nothing (it has no practice key to seal with, and nobody to read what it took). What the
//! patient face takes is never training: training mode is the desk's.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::error::KioskError;
use crate::journey::validation::local_day;
use crate::journey::{Actor, Channel, FormCheck, InterestForm, Journey, NhsApp, Path};
use crate::kiosk::Kiosk;
use crate::localisation::{Direction, SOURCE_LOCALE};

/// What the confirmation screen shows: the reference and the QR to the registration route,
/// and what comes next for this patient's path.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Confirmation {
    pub reference: String,
    pub qr_svg: String,
    pub registration_url: String,
    pub path: Path,
    /// Verified in the NHS App, for themselves: nothing to bring.
    pub verified_in_nhs_app: bool,
    /// Their record is in the app now: verified, 16 or over, and they did not say no to it
    /// (a 13–15-year-old verified in the app still talks with the practice first).
    pub record_in_app_now: bool,
    pub older_record_asked: bool,
}

/// One language as the picker shows it: its own name, in its own script.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageChoice {
    pub tag: String,
    pub native_name: String,
    pub dir: Direction,
    /// Screens with a recording in this language (the "Listen" button shows only there).
    pub audio_screens: Vec<&'static str>,
    /// Audio is this language's main channel (Sylheti).
    pub audio_first: bool,
}

/// What the UI needs to run the patient face.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KioskSettings {
    pub practice_name: String,
    pub idle_seconds: u32,
    pub idle_countdown_seconds: u32,
    pub staff_session_minutes: u32,
    /// Whether slips are printed at the end of the patient flow.
    pub printer_configured: bool,
    /// Training mode is on at the desk: the staff face shows the TRAINING band (the patient
    /// face is never in training, so it does not).
    pub training: bool,
    /// The kiosk is set up (it has an administrator): until then the patient face only says
    /// "This kiosk is not set up yet. Please ask at reception."
    pub set_up: bool,
    /// This tablet's default channel (a phlebotomy tablet starts journeys as phlebotomy).
    pub channel: crate::journey::Channel,
    pub languages: Vec<LanguageChoice>,
    /// "Use your own phone": a QR to the registration route for the attract screen.
    pub own_phone_qr_svg: String,
}

impl Kiosk {
    /// The languages offered, English first if the practice did not list it.
    pub fn settings(&self) -> Result<KioskSettings, KioskError> {
        let config = self.config();
        let locales = self.locales();
        let mut tags: Vec<&str> = config.languages.iter().map(String::as_str).collect();
        if !tags.contains(&SOURCE_LOCALE) {
            tags.insert(0, SOURCE_LOCALE);
        }
        // Asked before the struct is built: a store guard taken inside it would live to its end.
        let set_up = self.is_set_up()?;
        let training = self.store().training_mode();
        Ok(KioskSettings {
            own_phone_qr_svg: self.registration_qr()?,
            practice_name: config.practice_name.clone(),
            idle_seconds: config.idle_seconds,
            idle_countdown_seconds: config.idle_countdown_seconds,
            staff_session_minutes: config.staff_session_minutes,
            channel: config.channel,
            printer_configured: !config.printer.trim().is_empty(),
            training,
            set_up,
            languages: tags
                .into_iter()
                .map(|tag| LanguageChoice {
                    tag: tag.to_owned(),
                    native_name: locales.format(tag, "language-name", None),
                    dir: locales.direction(tag),
                    audio_screens: crate::localisation::audio::screens_with_audio(
                        &self.data_dir,
                        tag,
                    ),
                    audio_first: locales
                        .statuses()
                        .iter()
                        .any(|s| s.locale == tag && s.audio_first),
                })
                .collect(),
        })
    }

    /// Validates and stores an interest from the kiosk. `Ok` means the journey is committed.
    pub fn submit_interest(
        &self,
        form: &InterestForm,
        locale: &str,
        now: DateTime<Utc>,
    ) -> Result<Confirmation, KioskError> {
        self.require_set_up()?;
        let (confirmation, _) = self.register(
            form,
            locale,
            self.config().channel,
            &Actor::Kiosk,
            false,
            now,
        )?;
        // The patient face may print this slip (and only this one) without a staff session.
        *self.patient_slip() = Some((confirmation.reference.clone(), now));
        Ok(confirmation)
    }

    /// Where the patient's answers so far lead, and what needs fixing: the page asks this
    /// between the form's parts, so the path (adult, 13-15, proxy) is decided here.
    pub fn check_interest(&self, form: &InterestForm, now: DateTime<Utc>) -> FormCheck {
        form.check(local_day(now))
    }

    /// Validates and stores an interest, for whichever face took it, marked as training or
    /// not.
    pub(crate) fn register(
        &self,
        form: &InterestForm,
        locale: &str,
        channel: Channel,
        actor: &Actor,
        training: bool,
        now: DateTime<Utc>,
    ) -> Result<(Confirmation, Journey), KioskError> {
        let interest = form.validate(local_day(now)).map_err(|fields| {
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
            .record_interest_marked(&interest, channel, &locale, actor, training, now)
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
            path: interest.path,
            verified_in_nhs_app: interest.path != Path::Proxy
                && interest.nhs_app == NhsApp::Verified,
            record_in_app_now: interest.path == Path::Adult
                && interest.nhs_app == NhsApp::Verified
                && interest.wants.new_entries,
            older_record_asked: interest.wants.older_record,
        };
        Ok((confirmation, journey))
    }

    /// Stores the patient's optional, anonymous answer to "what might stop you using online
    /// access?". Nothing links it to their journey.
    pub fn patient_feedback(
        &self,
        reason: crate::measures::feedback::Reason,
        locale: &str,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        self.require_set_up()?;
        let locale = self.locales().resolve(locale);
        let store = self.store();
        store.record_feedback(
            crate::measures::feedback::Source::Patient,
            reason,
            self.config().channel,
            &locale,
            false,
            now,
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::StartupError;
    use crate::journey::IdDocumentsToday;
    use crate::kiosk::testing::open_kiosk;
    use crate::store::Store;
    use chrono::Datelike;

    fn form() -> InterestForm {
        InterestForm {
            first_name: "Amina".into(),
            last_name: "Begum".into(),
            dob_day: "7".into(),
            dob_month: "3".into(),
            dob_year: "1990".into(),
            email: "amina@example.org".into(),
            nhs_app: Some(crate::journey::NhsApp::No),
            wants_services: true,
            id_documents: Some(IdDocumentsToday::Neither),
            ..InterestForm::default()
        }
    }

    #[test]
    fn a_valid_interest_is_committed_to_the_data_folder_before_it_is_confirmed() {
        let (dir, kiosk) = open_kiosk();
        crate::kiosk::testing::admin_logged_in(&kiosk);
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
    fn only_an_adult_verified_in_the_nhs_app_who_wants_their_record_is_told_it_is_there_now() {
        let (_dir, kiosk) = open_kiosk();
        crate::kiosk::testing::admin_logged_in(&kiosk);
        let now = Utc::now();
        let born = |years: i32| (now.date_naive().year() - years - 1).to_string();
        let verified = |years: i32, wants_new_entries: bool| InterestForm {
            dob_year: born(years),
            nhs_app: Some(crate::journey::NhsApp::Verified),
            wants_new_entries,
            id_documents: None,
            ..form()
        };
        for (who, form, verified_in_app, record_now) in [
            (
                "an adult who wants their record",
                verified(30, true),
                true,
                true,
            ),
            (
                "an adult who said no to it",
                verified(30, false),
                true,
                false,
            ),
            ("a 14-year-old", verified(14, true), true, false),
            ("an adult not verified", form(), false, false),
        ] {
            let c = kiosk.submit_interest(&form, "en-GB", now).unwrap();
            assert_eq!(
                (c.verified_in_nhs_app, c.record_in_app_now),
                (verified_in_app, record_now),
                "{who}: the confirmation screen"
            );
            let reference = crate::journey::Reference::parse(&c.reference).unwrap();
            let store = kiosk.store();
            let id = store.journey_by_reference(&reference).unwrap().unwrap().id;
            let standing = store.nhs_app_standing(id).unwrap();
            assert_eq!(
                (standing.verified, standing.record_now),
                (verified_in_app, record_now),
                "{who}: the slip, from what was stored"
            );
        }
    }

    #[test]
    fn a_refused_form_saves_nothing_and_says_which_fields() {
        let (_dir, kiosk) = open_kiosk();
        crate::kiosk::testing::admin_logged_in(&kiosk);
        let bad = InterestForm {
            email: "not an email".into(),
            ..form()
        };
        match kiosk.submit_interest(&bad, "en-GB", Utc::now()) {
            Err(KioskError::InvalidForm(fields)) => {
                assert_eq!(fields.len(), 1);
                assert_eq!(fields[0].field, crate::journey::validation::Field::Email);
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
        let text = crate::practice::config::DEFAULT_CONFIG.replace("\"tr\"]", "\"tr\", \"xx\"]");
        std::fs::write(dir.path().join(crate::practice::config::CONFIG_FILE), text).unwrap();
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
