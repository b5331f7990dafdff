//! The liaison officer's queue: open sign-ups and search, opening and starting a journey,
//! cohorts, and the audit log. The script's steps and the worklists they lead to are
//! `script.rs`. Every view of patients' details is audited: the queue and its searches
//! (whether a search was typed and how many were shown, never what was typed: it may be a
//! name), the worklists, each journey opened.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::error::KioskError;
use crate::journey::sign_up::Cohort;
use crate::journey::{Actor, Channel, Event, InterestForm, Journey, Status};
use crate::kiosk::Kiosk;
use crate::store::{AuditEntry, QueueEntry};

/// A journey opened by staff: the queue entry and its whole history.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JourneyView {
    #[serde(flatten)]
    pub entry: QueueEntry,
    pub events: Vec<Event>,
}

impl Kiosk {
    /// Open journeys, newest first, optionally only those matching `search` (a reference,
    /// part of a name, or a date of birth as DD/MM/YYYY or YYYY-MM-DD).
    pub fn queue(&self, search: &str, now: DateTime<Utc>) -> Result<Vec<QueueEntry>, KioskError> {
        let (s, key) = self.unlocked(now)?;
        self.purge_if_due(now);
        let open: Vec<Status> = Status::ALL.into_iter().filter(|s| s.is_open()).collect();
        // Names and dates of birth are sealed: search happens here, after opening them.
        let entries: Vec<QueueEntry> = self
            .store()
            .queue(&open, &key)?
            .into_iter()
            .filter(|e| matches_search(e, search))
            .collect();
        let action = if search.trim().is_empty() {
            "queue-viewed"
        } else {
            "queue-searched"
        };
        self.audit_list_shown(&s, action, entries.len(), now)?;
        Ok(entries)
    }

    pub fn open_journey(
        &self,
        journey_id: i64,
        now: DateTime<Utc>,
    ) -> Result<JourneyView, KioskError> {
        let (s, key) = self.unlocked(now)?;
        let store = self.store();
        let entry = store
            .queue_entry(journey_id, &key)?
            .ok_or(KioskError::NoSuchJourney)?;
        // Staff free text opens only here, with the session's key.
        let events = store.events_opened(journey_id, &key)?;
        store.audit_staff(
            s.staff_id,
            &s.name,
            "journey-opened",
            json!({ "reference": entry.journey.reference }),
            now,
        )?;
        Ok(JourneyView { entry, events })
    }

    /// Starts a journey for a patient at the desk, through the channel they were offered
    /// sign-up in (reception, phlebotomy, a clinic…).
    pub fn start_journey(
        &self,
        form: &InterestForm,
        locale: &str,
        channel: Channel,
        now: DateTime<Utc>,
    ) -> Result<Journey, KioskError> {
        let s = self.session(now)?;
        let (_, journey) = self.register(
            form,
            locale,
            channel,
            &Actor::Staff(s.name.clone()),
            self.training(),
            now,
        )?;
        self.store().audit_staff(
            s.staff_id,
            &s.name,
            "journey-started",
            json!({ "reference": journey.reference, "channel": channel }),
            now,
        )?;
        Ok(journey)
    }

    pub fn set_cohorts(
        &self,
        journey_id: i64,
        cohorts: &[Cohort],
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let s = self.session(now)?;
        self.may_change_journey(journey_id)?;
        let mut store = self.store();
        store.set_cohorts(journey_id, cohorts, &Actor::Staff(s.name.clone()), now)?;
        store.audit_staff(
            s.staff_id,
            &s.name,
            "cohorts-tagged",
            json!({ "journeyId": journey_id, "cohorts": cohorts }),
            now,
        )?;
        Ok(())
    }

    /// The audit log, for administrators only.
    pub fn audit_log(
        &self,
        actor: Option<&str>,
        action: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Vec<AuditEntry>, KioskError> {
        self.admin_session(now)?;
        Ok(self.store().audit_entries(actor, action, 500)?)
    }
}

fn matches_search(e: &QueueEntry, search: &str) -> bool {
    let q = search.trim().to_lowercase();
    if q.is_empty() {
        return true;
    }
    let compact: String = q.chars().filter(|c| !c.is_whitespace()).collect();
    if e.journey.reference.as_str().to_lowercase() == compact {
        return true;
    }
    let name = format!("{} {}", e.first_name, e.last_name).to_lowercase();
    if name.contains(&q) {
        return true;
    }
    // Dates of birth: stored YYYY-MM-DD; staff often type DD/MM/YYYY.
    let parts: Vec<&str> = q
        .split(['/', '-', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let dob = match parts.as_slice() {
        [d, m, y] if y.len() == 4 => format!("{y}-{:0>2}-{:0>2}", m, d),
        [y, m, d] if y.len() == 4 => format!("{y}-{:0>2}-{:0>2}", m, d),
        _ => return false,
    };
    e.date_of_birth == dob
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::{IdDocumentsToday, InterestForm};
    use crate::kiosk::testing::*;

    #[test]
    fn staff_start_journeys_through_their_channel_and_are_named_on_the_event() {
        let (_d, k) = open_kiosk();
        let admin = set_up(&k, "Amir Admin", ADMIN_PIN).member;
        k.log_out(t0()).unwrap();
        let form = InterestForm {
            first_name: "Desk".into(),
            last_name: "Patient".into(),
            dob_day: "1".into(),
            dob_month: "1".into(),
            dob_year: "1950".into(),
            email: "desk@example.org".into(),
            nhs_app: Some(crate::journey::NhsApp::No),
            id_documents: Some(IdDocumentsToday::PhotoIdOnly),
            ..InterestForm::default()
        };
        assert!(
            matches!(
                k.start_journey(&form, "en-GB", Channel::Phlebotomy, t0()),
                Err(KioskError::NotLoggedIn)
            ),
            "only staff start journeys"
        );
        log_in(&k, admin.id, ADMIN_PIN);
        let j = k
            .start_journey(&form, "en-GB", Channel::Phlebotomy, t0())
            .unwrap();
        assert_eq!(j.channel, Channel::Phlebotomy);
        let events = k.open_journey(j.id, t0()).unwrap().events;
        assert_eq!(events[0].actor, "Amir Admin");
        assert_eq!(audit_count(&k, "journey-started"), 1);
    }

    #[test]
    fn search_finds_by_reference_name_or_date_of_birth() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        let r = interest(&k, "Amina");
        interest(&k, "Rahim");
        assert_eq!(k.queue("", t0()).unwrap().len(), 2);
        assert_eq!(k.queue(&r.to_lowercase(), t0()).unwrap().len(), 1);
        assert_eq!(k.queue("rahim", t0()).unwrap()[0].first_name, "Rahim");
        assert_eq!(k.queue("07/03/1990", t0()).unwrap().len(), 2);
        assert_eq!(k.queue("7/3/1990", t0()).unwrap().len(), 2);
        assert!(k.queue("08/03/1990", t0()).unwrap().is_empty());
    }
}
