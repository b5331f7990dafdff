//! Slips for a journey: what to print, and the record of each print. The printing itself
//! is the platform's (see `print_queue`); this module decides content and who may see it.

use chrono::{DateTime, Utc};
use serde_json::json;

use crate::error::KioskError;
use crate::journey::{Actor, Reference, Status};
use crate::kiosk::Kiosk;
use crate::materials::{self, PrescriptionMessage};
use crate::print_queue::PrintError;
use crate::slip::{self, Linkage, SlipContent};

/// What the staff face's Materials tab shows and prints.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Materials {
    pub poster_html: String,
    pub leaflet_html: String,
    pub prescription_messages: Vec<PrescriptionMessage>,
    pub prescription_message_limit: u32,
}

impl Kiosk {
    /// The slip for the journey with `reference`, as HTML for the page's print area.
    /// The patient's name and the registration details are for staff prints only.
    pub fn slip_html(
        &self,
        reference: &str,
        with_name: bool,
        linkage: Option<&Linkage>,
        now: DateTime<Utc>,
    ) -> Result<String, KioskError> {
        let staff_print = with_name || linkage.is_some();
        if staff_print {
            self.staff_name(now)?;
        }
        let reference = Reference::parse(reference).ok_or(KioskError::NoSuchJourney)?;
        let store = self.store();
        let journey = store
            .journey_by_reference(&reference)?
            .ok_or(KioskError::NoSuchJourney)?;
        let name = if with_name {
            store
                .personal_details(journey.id)?
                .map(|p| format!("{} {}", p.first_name, p.last_name))
        } else {
            None
        };
        drop(store);
        let qr_svg = self.registration_qr()?;
        let date = now.format("%d/%m/%Y").to_string();
        Ok(slip::render(
            self.locales(),
            &SlipContent {
                practice_name: &self.config().practice_name,
                reference: reference.as_str(),
                qr_svg,
                locale: &journey.locale,
                date: &date,
                identity_to_check: matches!(
                    journey.status,
                    Status::Interested | Status::IdentityPending
                ),
                linkage,
                name: name.as_deref(),
                layout: self.config().slip_layout,
            },
        ))
    }

    /// Posters, the leaflet and the prescription messages, for staff.
    pub fn materials(
        &self,
        poster_locale: &str,
        now: DateTime<Utc>,
    ) -> Result<Materials, KioskError> {
        self.staff_name(now)?;
        let qr_svg = self.registration_qr()?;
        let tags: Vec<String> = self
            .settings()?
            .languages
            .into_iter()
            .map(|l| l.tag)
            .collect();
        Ok(Materials {
            poster_html: materials::poster(
                self.locales(),
                poster_locale,
                &self.config().practice_name,
                qr_svg,
            ),
            leaflet_html: materials::leaflet(
                self.locales(),
                &tags,
                &self.config().practice_name,
                qr_svg,
            ),
            prescription_messages: materials::prescription_messages(
                self.locales(),
                &tags,
                self.config().prescription_message_limit as usize,
            ),
            prescription_message_limit: self.config().prescription_message_limit,
        })
    }

    /// Records a print: on the journey's history when it worked, in the audit log always.
    pub fn record_print(
        &self,
        reference: &str,
        problem: Option<&PrintError>,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let actor = match self.staff_name(now) {
            Ok(name) => Actor::Staff(name),
            Err(_) => Actor::Kiosk,
        };
        let journey = Reference::parse(reference)
            .map(|r| self.store().journey_by_reference(&r))
            .transpose()?
            .flatten();
        let store = self.store();
        match (problem, &journey) {
            (None, Some(j)) => {
                store.append_event(
                    j.id,
                    &actor,
                    "slip-printed",
                    json!({ "layout": self.config().slip_layout, "printer": self.config().printer }),
                    now,
                )?;
                store.audit(
                    actor.as_str(),
                    "slip-printed",
                    json!({ "reference": reference }),
                    now,
                )?;
            }
            (Some(p), _) => store.audit(
                actor.as_str(),
                "print-failed",
                json!({ "reference": reference, "problem": p.code() }),
                now,
            )?,
            (None, None) => store.audit(
                actor.as_str(),
                "material-printed",
                json!({ "what": reference }),
                now,
            )?,
        }
        Ok(())
    }
}
