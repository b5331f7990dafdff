//! Training mode: staff practise on the real app without touching the practice's figures.
//! While it is on, the staff face shows a TRAINING band, demo patients are in the queue, and
//! whatever is entered at the desk is marked as training, so no report or export counts it.
//! Ending training (or the next start, if the app stopped while training) deletes it all.
//!
//! Training never deletes a real sign-up. Decided: the **patient face is never in
//! training**. The kiosk is unattended: a patient who walks up while staff practise at the
//! desk cannot be told that what they type will be thrown away, and a lost sign-up is worse
//! than a practice one in the counts. So what the patient face takes is always real (and
//! shows no band), training journeys are only the demo patients and those started at the
//! desk, and while training is on the desk may change only those: a step or cohort on a real
//! patient's sign-up is refused, so practice never touches a real record either.

use chrono::{DateTime, Utc};
use serde_json::json;

use crate::error::KioskError;
use crate::journey::{Actor, IdDocumentsToday, InterestForm, NhsApp};
use crate::kiosk::Kiosk;

/// Demo patients: obviously fictional names and numbers from Ofcom's drama range
/// (07700 900000–900999), which are never given to real phones.
const DEMO_PATIENTS: [(&str, &str, &str, &str); 5] = [
    ("Ada", "Trainee", "07700 900001", "en-GB"),
    ("Bilal", "Practice", "07700 900002", "bn"),
    ("Chen", "Example", "07700 900003", "zh-Hans"),
    ("Dorota", "Rehearsal", "07700 900004", "pl"),
    ("Efua", "Pretend", "07700 900005", "so"),
];

impl Kiosk {
    pub fn training(&self) -> bool {
        self.store().training_mode()
    }

    /// Turns training on (with demo patients) or off (deleting everything made in it).
    pub fn set_training(&self, on: bool, now: DateTime<Utc>) -> Result<bool, KioskError> {
        let s = self.session(now)?;
        let name = s.name.clone();
        if on == self.training() {
            return Ok(on);
        }
        if on {
            self.store().set_training_mode(true);
            for (i, (first, last, mobile, locale)) in DEMO_PATIENTS.iter().enumerate() {
                let form = InterestForm {
                    first_name: (*first).into(),
                    last_name: (*last).into(),
                    dob_day: format!("{}", 1 + i * 5),
                    dob_month: format!("{}", 1 + i * 2),
                    dob_year: format!("{}", 1950 + i * 12),
                    mobile: (*mobile).into(),
                    // The demo shows each way in: the NHS App verified, and not.
                    nhs_app: Some(if i % 2 == 0 {
                        NhsApp::Verified
                    } else {
                        NhsApp::No
                    }),
                    wants_services: true,
                    wants_new_entries: true,
                    wants_older_record: i % 3 == 0,
                    id_documents: Some(IdDocumentsToday::Both),
                    ..Default::default()
                };
                self.register(
                    &form,
                    locale,
                    self.config().channel,
                    &Actor::Kiosk,
                    true,
                    now,
                )?;
            }
            self.store()
                .audit_staff(s.staff_id, &name, "training-started", json!({}), now)?;
        } else {
            let removed = self.end_training()?;
            self.store().audit_staff(
                s.staff_id,
                &name,
                "training-ended",
                json!({ "journeys_removed": removed }),
                now,
            )?;
        }
        Ok(on)
    }

    /// In training, only training journeys may be changed.
    pub(crate) fn may_change_journey(&self, journey_id: i64) -> Result<(), KioskError> {
        let store = self.store();
        if store.training_mode() && !store.is_training_journey(journey_id)? {
            return Err(KioskError::TrainingRealJourney);
        }
        Ok(())
    }

    /// Leaves training mode and deletes what was made in it; returns how many journeys went.
    pub(crate) fn end_training(&self) -> Result<usize, KioskError> {
        let mut store = self.store();
        store.set_training_mode(false);
        Ok(store.clear_training_data()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kiosk::testing::open_kiosk;
    use crate::measures::{Breakdown, Milestone, Period};

    #[test]
    fn training_journeys_are_never_counted_and_are_removed_when_training_ends() {
        let (_dir, k) = open_kiosk();
        let now = Utc::now();
        crate::kiosk::testing::set_up_at(&k, "Tess Trainer", "583016", now);
        let real = InterestForm {
            first_name: "Real".into(),
            last_name: "Person".into(),
            dob_day: "2".into(),
            dob_month: "3".into(),
            dob_year: "1970".into(),
            mobile: "07700 900777".into(),
            nhs_app: Some(NhsApp::No),
            wants_services: true,
            id_documents: Some(IdDocumentsToday::Both),
            ..Default::default()
        };
        k.submit_interest(&real, "en-GB", now).unwrap();
        let period = Period {
            from: now.date_naive(),
            to: now.date_naive(),
            week_start: k.config().week_starts_on,
        };
        let interest = |k: &Kiosk| {
            let store = k.store();
            crate::reports::weekly_measures(&store, period, |_, _| {})
                .unwrap()
                .counts(Milestone::InterestRegistered, Breakdown::Total, "")[0]
        };
        assert_eq!(interest(&k), 1);

        assert!(k.set_training(true, now).unwrap());
        assert!(k.training());
        // A patient at the kiosk while staff train: a real sign-up, counted and kept.
        k.submit_interest(&real, "en-GB", now).unwrap();
        k.patient_feedback(crate::measures::feedback::Reason::Privacy, "en-GB", now)
            .unwrap();
        // A practice sign-up at the desk: training.
        k.start_journey(&real, "en-GB", crate::journey::Channel::Reception, now)
            .unwrap();
        k.staff_feedback(crate::measures::feedback::Reason::DontNeed, now)
            .unwrap();
        assert_eq!(k.queue("", now).unwrap().len(), 3 + DEMO_PATIENTS.len());
        assert_eq!(
            interest(&k),
            2,
            "the kiosk's sign-up counts; the desk's practice one does not"
        );
        assert_eq!(
            k.store()
                .feedback_facts(period.from, period.to)
                .unwrap()
                .len(),
            1,
            "only the patient's answer"
        );
        // Practice never changes a real patient's sign-up.
        let real_id = k
            .queue("", now)
            .unwrap()
            .into_iter()
            .find(|e| !k.store().is_training_journey(e.journey.id).unwrap())
            .unwrap()
            .journey
            .id;
        assert!(matches!(
            k.record_step(real_id, &crate::journey::sign_up::Step::Withdrawn, now),
            Err(KioskError::TrainingRealJourney)
        ));

        assert!(!k.set_training(false, now).unwrap());
        assert_eq!(k.store().training_journeys().unwrap(), 0);
        assert_eq!(
            k.queue("", now).unwrap().len(),
            2,
            "both real patients, the one who came during training too"
        );
        assert_eq!(interest(&k), 2);
        let ended = k
            .store()
            .audit_entries(None, Some("training-ended"), 5)
            .unwrap();
        assert_eq!(
            ended[0].details["journeys_removed"],
            json!(1 + DEMO_PATIENTS.len()),
            "the demo patients and the desk's practice sign-up"
        );
    }

    #[test]
    fn training_needs_a_member_of_staff() {
        let (_dir, k) = open_kiosk();
        assert!(matches!(
            k.set_training(true, Utc::now()),
            Err(KioskError::NotLoggedIn)
        ));
        assert!(!k.training());
    }
}
