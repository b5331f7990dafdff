//! Slips for a journey: what to print, who may print it, and the record of each print. The
//! slip is drawn by `slip_page` and sent to the print system by `print_queue`.
//!
//! Staff print any journey's slip (with the name only with the practice key). Without a
//! staff session, the patient face may print only the slip of the sign-up it has just
//! confirmed, once, within [`PATIENT_SLIP_WINDOW`]: a page cannot print (and so put on the
//! history and in the audit log) slips for other references.

use chrono::{DateTime, Utc};
use serde_json::json;

use crate::error::KioskError;
use crate::journey::{Actor, Reference, Status};
use crate::kiosk::Kiosk;
use crate::printing::cups::{self, PrintError};
use crate::printing::materials::{self, PrescriptionMessage};
use crate::printing::slip::{self, Linkage, Slip, SlipContent};
use crate::qr;

/// How long a printed linkage key works.
pub const LINKAGE_KEY_DAYS: i64 = 14;

/// The slip as a PDF (see `slip_page`).
#[cfg(target_os = "linux")]
fn draw(slip: &Slip) -> Result<Vec<u8>, PrintError> {
    crate::printing::slip_page::pdf(slip).map_err(|e| PrintError::Failed(e.to_string()))
}

#[cfg(not(target_os = "linux"))]
fn draw(_slip: &Slip) -> Result<Vec<u8>, PrintError> {
    Err(PrintError::Failed(
        "slips are drawn for Linux (CUPS) only so far".into(),
    ))
}

/// How long after confirming a sign-up the patient face may print its slip.
pub const PATIENT_SLIP_WINDOW: chrono::Duration = chrono::Duration::minutes(10);

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
    /// The slip for the journey with `reference`. The patient's name and the registration
    /// details are for staff prints only.
    pub fn slip(
        &self,
        reference: &str,
        with_name: bool,
        linkage: Option<&Linkage>,
        now: DateTime<Utc>,
    ) -> Result<Slip, KioskError> {
        let staff_print = with_name || linkage.is_some();
        if staff_print {
            self.staff_name(now)?;
        }
        // The name is sealed: printing it needs the practice key of a staff session.
        let key = if with_name {
            Some(self.unlocked(now)?.1)
        } else {
            None
        };
        let reference = Reference::parse(reference).ok_or(KioskError::NoSuchJourney)?;
        let store = self.store();
        let journey = store
            .journey_by_reference(&reference)?
            .ok_or(KioskError::NoSuchJourney)?;
        let name = match &key {
            Some(key) => store
                .personal_details(journey.id, key)?
                .map(|p| format!("{} {}", p.first_name, p.last_name)),
            None => None,
        };
        let app = store.nhs_app_standing(journey.id)?;
        drop(store);
        let qr = qr::modules_for(&self.config().registration_url)?;
        // The patient reads these dates: the tablet's own day, as every age limit uses.
        let today = crate::journey::validation::local_day(now);
        let date = today.format("%d/%m/%Y").to_string();
        Ok(slip::compose(
            &self.locales(),
            &SlipContent {
                practice_name: &self.config().practice_name,
                reference: reference.as_str(),
                qr: &qr,
                locale: &journey.locale,
                date: &date,
                identity_to_check: !app.verified
                    && matches!(journey.status, Status::Interested | Status::IdentityPending),
                verified_in_nhs_app: app.verified,
                record_in_app_now: app.record_now,
                linkage,
                // A linkage key works once, for two weeks from printing (DOMAIN.md).
                linkage_expires: linkage
                    .is_some_and(|l| !l.is_empty())
                    .then(|| today + chrono::Duration::days(LINKAGE_KEY_DAYS)),
                name: name.as_deref(),
                layout: self.config().slip_layout,
            },
        ))
    }

    /// Prints the slip for `reference` on the practice's printer and records the print (or
    /// its failure). The slip goes to the print system from memory, never through a file.
    pub fn print_slip(
        &self,
        reference: &str,
        with_name: bool,
        linkage: Option<&Linkage>,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        self.may_print_slip(reference, with_name || linkage.is_some(), now)?;
        let slip = self.slip(reference, with_name, linkage, now)?;
        let printer = &self.config().printer;
        let result = draw(&slip).and_then(|pdf| {
            cups::print_pdf(printer, slip.layout, &format!("slip-{reference}"), &pdf)
        });
        self.record_print(reference, result.as_ref().err(), now)?;
        result.map_err(KioskError::Print)
    }

    /// Who may print the slip for `reference`: staff, or the patient face for the sign-up it
    /// has just confirmed (once).
    fn may_print_slip(
        &self,
        reference: &str,
        staff_print: bool,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        if staff_print {
            return self.session(now).map(|_| ());
        }
        if self.session_if_presented(now).is_some() {
            return Ok(());
        }
        let mut last = self.patient_slip();
        match last.as_ref() {
            Some((r, at)) if r == reference && now - *at <= PATIENT_SLIP_WINDOW => {
                *last = None;
                Ok(())
            }
            _ => {
                drop(last);
                // Not the patient's own slip, and no staff session: refused and audited.
                self.session(now).map(|_| ())
            }
        }
    }

    /// Checks a member of staff is at the desk (printing material through the page).
    pub fn may_print_material(&self, now: DateTime<Utc>) -> Result<(), KioskError> {
        self.session(now).map(|_| ())
    }

    /// Posters, the leaflet and the prescription messages, for staff.
    pub fn materials(
        &self,
        poster_locale: &str,
        now: DateTime<Utc>,
    ) -> Result<Materials, KioskError> {
        self.staff_name(now)?;
        let qr_svg = qr::svg_for(&self.config().registration_url)?;
        let tags: Vec<String> = self
            .settings()?
            .languages
            .into_iter()
            .map(|l| l.tag)
            .collect();
        Ok(Materials {
            poster_html: materials::poster(
                &self.locales(),
                poster_locale,
                &self.config().practice_name,
                &qr_svg,
            ),
            leaflet_html: materials::leaflet(
                &self.locales(),
                &tags,
                &self.config().practice_name,
                &qr_svg,
            ),
            prescription_messages: materials::prescription_messages(
                &self.locales(),
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
        let session = self.session_if_presented(now);
        let actor = match &session {
            Some(s) => Actor::Staff(s.name.clone()),
            None => Actor::Kiosk,
        };
        let staff_id = session.as_ref().map(|s| s.staff_id);
        let journey = Reference::parse(reference)
            .map(|r| self.store().journey_by_reference(&r))
            .transpose()?
            .flatten();
        if let Some(p) = problem {
            tracing::warn!(
                journey = journey.as_ref().map(|j| j.id),
                code = p.code(),
                "slip not printed: {p}"
            );
        }
        let store = self.store();
        let audit = |action: &str, details: serde_json::Value| match staff_id {
            Some(id) => store.audit_staff(id, actor.as_str(), action, details, now),
            None => store.audit(actor.as_str(), action, details, now),
        };
        match (problem, &journey) {
            (None, Some(j)) => {
                store.append_event(
                    j.id,
                    &actor,
                    "slip-printed",
                    json!({ "layout": self.config().slip_layout, "printer": self.config().printer }),
                    now,
                )?;
                audit("slip-printed", json!({ "reference": reference }))?;
            }
            (Some(p), _) => audit(
                "print-failed",
                json!({ "reference": reference, "problem": p.code() }),
            )?,
            (None, None) => audit("material-printed", json!({ "what": reference }))?,
        }
        Ok(())
    }
}
