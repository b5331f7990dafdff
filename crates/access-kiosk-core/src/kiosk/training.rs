//! Training mode: staff practise on the real app without touching the practice's figures.
//! While it is on, every screen shows a TRAINING band, demo patients are in the queue, and
//! whatever is entered is marked as training, so no report or export counts it. Ending
//! training (or the next start, if the app stopped while training) deletes it all.

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
        let name = self.staff_name(now)?;
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
                self.register(&form, locale, self.config().channel, &Actor::Kiosk, now)?;
            }
            self.store()
                .audit(&name, "training-started", json!({}), now)?;
        } else {
            let removed = self.end_training()?;
            self.store().audit(
                &name,
                "training-ended",
                json!({ "journeys_removed": removed }),
                now,
            )?;
        }
        Ok(on)
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
    use crate::measures::{Breakdown, Milestone, Period};
    use crate::testing::open_kiosk;

    #[test]
    fn training_journeys_are_never_counted_and_are_removed_when_training_ends() {
        let (_dir, k) = open_kiosk();
        let now = Utc::now();
        let admin = k.create_first_admin("Tess Trainer", "583016", now).unwrap();
        k.log_in(admin.member.id, "583016", now).unwrap();
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
        k.submit_interest(&real, "en-GB", now).unwrap();
        k.patient_feedback(crate::measures::feedback::Reason::Privacy, "en-GB", now)
            .unwrap();
        assert_eq!(k.queue("", now).unwrap().len(), 2 + DEMO_PATIENTS.len());
        assert_eq!(interest(&k), 1, "training journeys are not counted");
        assert!(k
            .store()
            .feedback_facts(period.from, period.to)
            .unwrap()
            .is_empty());

        assert!(!k.set_training(false, now).unwrap());
        assert_eq!(k.store().training_journeys().unwrap(), 0);
        assert_eq!(k.queue("", now).unwrap().len(), 1, "only the real patient");
        assert_eq!(interest(&k), 1);
        let ended = k
            .store()
            .audit_entries(None, Some("training-ended"), 5)
            .unwrap();
        assert_eq!(
            ended[0].details["journeys_removed"],
            json!(1 + DEMO_PATIENTS.len())
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
