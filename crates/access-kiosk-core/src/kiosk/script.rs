//! The officer's script at the kiosk: recording a step (with the rules that need the
//! practice's settings or the patient's date of birth), and the worklists the steps lead
//! to — codes to add in the clinical system, older-record requests waiting for a
//! clinician, and proxy accesses due for review, an end or the suspension at 16.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::error::KioskError;
use crate::journey::proxy::{self, ProxyBasis, ProxyDates, ProxyDue, ProxyStatus};
use crate::journey::sign_up::{Step, StepProblem};
use crate::journey::validation::{age_on, local_day};
use crate::journey::{Actor, Journey, ADULT_FROM_AGE};
use crate::kiosk::Kiosk;
use crate::store::{QueueEntry, StepSeal};

/// How many items wait on the task worklists (the staff face's tab badges).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskCounts {
    pub older_records: usize,
    pub proxy_reviews: usize,
}

/// A proxy access on the worklist: the journey, what is due, and when.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProxyTask {
    #[serde(flatten)]
    pub entry: QueueEntry,
    pub due: ProxyDue,
    /// When it is due (`None` when no date was ever recorded).
    pub due_on: Option<NaiveDate>,
    pub dates: ProxyDates,
}

impl Kiosk {
    /// Records a step of the script for a journey.
    pub fn record_step(
        &self,
        journey_id: i64,
        step: &Step,
        now: DateTime<Utc>,
    ) -> Result<Journey, KioskError> {
        let s = self.session(now)?;
        self.may_change_journey(journey_id)?;
        self.check_identity_methods(step)?;
        let details = step.details().map_err(KioskError::Step)?;
        let seal = match step {
            Step::AccessGranted { proxy: Some(g), .. } => {
                self.proxy_seal(journey_id, Some(g.basis), g.review_on, g.ends_on, now)?
            }
            Step::ProxyReviewed { review_on, ends_on } => {
                self.proxy_seal(journey_id, None, *review_on, *ends_on, now)?
            }
            _ => StepSeal::default(),
        };
        let mut store = self.store();
        let journey = store.apply_step(
            journey_id,
            step,
            details,
            seal,
            &Actor::Staff(s.name.clone()),
            now,
        )?;
        store.audit_staff(
            s.staff_id,
            &s.name,
            "journey-changed",
            json!({ "reference": journey.reference, "status": journey.status,
                    "step": step.event_kind() }),
            now,
        )?;
        Ok(journey)
    }

    /// The practice (or its process pack) chose which identity checks it accepts: for the
    /// person at the desk and for the patient alike.
    fn check_identity_methods(&self, step: &Step) -> Result<(), KioskError> {
        if let Step::IdentityVerified {
            method, patient, ..
        } = step
        {
            let allowed = &self.config().identity_methods;
            let methods = std::iter::once(method).chain(patient.as_ref().map(|p| &p.method));
            if methods.into_iter().any(|m| !allowed.contains(m)) {
                return Err(KioskError::Step(StepProblem::MethodNotAllowed));
            }
        }
        Ok(())
    }

    /// A proxy's dates, worked out from the patient's date of birth (which needs the
    /// practice key) and sealed, with whether the patient is a child; the basis checked
    /// against their age. `granting` carries the basis of a new grant; a review checks the
    /// basis the access was granted on (parental responsibility cannot be kept past 16).
    fn proxy_seal(
        &self,
        journey_id: i64,
        granting: Option<ProxyBasis>,
        review_on: Option<NaiveDate>,
        ends_on: Option<NaiveDate>,
        now: DateTime<Utc>,
    ) -> Result<StepSeal, KioskError> {
        let (_, key) = self.unlocked(now)?;
        let review_age = self.config().proxy_review_age;
        let store = self.store();
        let person = store
            .personal_details(journey_id, &key)?
            .ok_or(KioskError::Step(StepProblem::PatientDetailsGone))?;
        let today = local_day(now);
        let age = age_on(person.date_of_birth, today);
        let basis = match granting {
            Some(b) => Some(b),
            None => store
                .queue_entry(journey_id, &key)?
                .and_then(|e| e.sign_up.proxy.map(|p| p.basis)),
        };
        if let Some(b) = basis {
            proxy::check_basis(b, age).map_err(KioskError::Step)?;
        }
        let dates = proxy::dates(
            person.date_of_birth,
            today,
            review_age,
            granting.is_some(),
            review_on,
            ends_on,
        )
        .map_err(KioskError::Step)?;
        Ok(StepSeal {
            proxy_dates: Some(store.seal_proxy_dates(journey_id, &dates)?),
            child: age < ADULT_FROM_AGE,
        })
    }

    /// Journeys with codes still to add in the clinical system, oldest first.
    pub fn worklist(&self, now: DateTime<Utc>) -> Result<Vec<QueueEntry>, KioskError> {
        let (s, key) = self.unlocked(now)?;
        let entries = self.store().coding_worklist(&key)?;
        self.audit_list_shown(&s, "worklist-viewed", entries.len(), now)?;
        Ok(entries)
    }

    /// Older-record requests waiting for a clinician's decision, oldest first.
    pub fn older_record_worklist(&self, now: DateTime<Utc>) -> Result<Vec<QueueEntry>, KioskError> {
        let (s, key) = self.unlocked(now)?;
        let entries = self.store().older_record_worklist(&key)?;
        self.audit_list_shown(&s, "older-record-worklist-viewed", entries.len(), now)?;
        Ok(entries)
    }

    /// Active proxy accesses whose review, end or suspension at 16 falls within the
    /// practice's notice period (or is past), and those with no date at all (from before
    /// this version): what is overdue first, then what has no date, then what is coming.
    /// Staff are told beforehand, as the standard asks. A child's proxy from before this
    /// version has no dates of its own: its review (the review-age birthday) and suspension
    /// (the 16th birthday) are worked out from the child's date of birth, so one already
    /// past 16 shows as overdue rather than as "no date".
    pub fn proxy_worklist(&self, now: DateTime<Utc>) -> Result<Vec<ProxyTask>, KioskError> {
        let (s, key) = self.unlocked(now)?;
        let tasks = self.proxy_tasks(&key, now)?;
        self.audit_list_shown(&s, "proxy-worklist-viewed", tasks.len(), now)?;
        Ok(tasks)
    }

    /// How many items wait on each task worklist (older records, proxy reviews), for the
    /// staff face's tabs: staff see that something is due without opening the tab, as the
    /// proxy standard's "told beforehand" asks. Counts only, no names, so not audited.
    pub fn task_counts(&self, now: DateTime<Utc>) -> Result<TaskCounts, KioskError> {
        let (_, key) = self.unlocked(now)?;
        let older_records = self.store().older_record_worklist(&key)?.len();
        let proxy_reviews = self.proxy_tasks(&key, now)?.len();
        Ok(TaskCounts {
            older_records,
            proxy_reviews,
        })
    }

    /// The proxy worklist's items (see [`Kiosk::proxy_worklist`]), not audited.
    fn proxy_tasks(
        &self,
        key: &crate::privacy::SecretKey,
        now: DateTime<Utc>,
    ) -> Result<Vec<ProxyTask>, KioskError> {
        let today = local_day(now);
        let horizon = today + Duration::days(i64::from(self.config().proxy_notice_days));
        let review_age = self.config().proxy_review_age;
        let store = self.store();
        let mut tasks = Vec::new();
        for entry in store.proxy_journeys(key)? {
            if entry.sign_up.proxy.as_ref().map(|p| p.status) != Some(ProxyStatus::Active) {
                continue;
            }
            // Dates that do not open are treated as none: staff are asked to set them.
            let dates = store
                .proxy_dates(entry.journey.id, key)
                .ok()
                .flatten()
                .unwrap_or_default();
            let dates = if dates.next().is_none()
                && entry.sign_up.proxy.as_ref().is_some_and(|p| p.child)
            {
                child_dates_from_birth(&entry.date_of_birth, review_age, today).unwrap_or(dates)
            } else {
                dates
            };
            let (due, due_on) = match dates.next() {
                Some((due, on)) if on <= horizon => (due, Some(on)),
                Some(_) => continue,
                None => (ProxyDue::NoDate, None),
            };
            tasks.push(ProxyTask {
                entry,
                due,
                due_on,
                dates,
            });
        }
        // Overdue (or due today) first, then those with no date, then those coming.
        tasks.sort_by_key(|t| match t.due_on {
            Some(on) if on <= today => (0, Some(on)),
            None => (1, None),
            Some(on) => (2, Some(on)),
        });
        Ok(tasks)
    }

    /// A proxy's dates for one journey (staff with the practice key). Sealed like the
    /// personal details (a child's review date reveals their date of birth), so reading them
    /// is audited like opening the journey: who, and which reference, never the dates.
    pub fn proxy_dates(
        &self,
        journey_id: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<ProxyDates>, KioskError> {
        let (s, key) = self.unlocked(now)?;
        let store = self.store();
        let dates = store.proxy_dates(journey_id, &key)?;
        if dates.is_some() {
            let reference = store.journey_by_id(journey_id)?.map(|j| j.reference);
            store.audit_staff(
                s.staff_id,
                &s.name,
                "proxy-dates-opened",
                json!({ "reference": reference }),
                now,
            )?;
        }
        Ok(dates)
    }
}

/// A child's proxy dates worked out from their date of birth (as the queue shows it,
/// `YYYY-MM-DD`), for a proxy recorded before dates were: suspended at 16, reviewed at the
/// practice's review age until then. `None` when the date of birth is unknown (its details
/// were deleted or do not open).
fn child_dates_from_birth(dob: &str, review_age: u8, today: NaiveDate) -> Option<ProxyDates> {
    let dob = NaiveDate::parse_from_str(dob, "%Y-%m-%d").ok()?;
    let sixteen = proxy::birthday(dob, ADULT_FROM_AGE);
    Some(ProxyDates {
        // Past 16 nothing is left to review: the access is to be suspended.
        review_on: (today < sixteen).then(|| proxy::birthday(dob, i32::from(review_age))),
        ends_on: None,
        suspend_on: Some(sixteen),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::proxy::{Evidence, ProxyGrant, ProxyScope};
    use crate::journey::sign_up::{
        ClinicalCode, DocumentKind, IdentityCheck, IdentityMethod, NewEntries, OlderRecordScope,
        OlderRecordStatus, Risk,
    };
    use crate::journey::{InterestForm, NhsApp, Relationship, StatedBasis, Status};
    use crate::kiosk::testing::*;

    fn documents() -> Step {
        Step::IdentityVerified {
            method: IdentityMethod::Documents,
            documents: vec![DocumentKind::Passport, DocumentKind::UtilityBill],
            vouched_by: None,
            patient: None,
        }
    }

    fn access(new_entries: NewEntries, proxy: Option<ProxyGrant>) -> Step {
        Step::AccessGranted {
            services: true,
            new_entries: Some(new_entries),
            risks_explained: Risk::ALL.to_vec(),
            competence_assessed: false,
            proxy,
        }
    }

    fn day(d: i64) -> DateTime<Utc> {
        t0() + Duration::days(d)
    }

    #[test]
    fn an_officer_walks_a_journey_to_coded_and_it_leaves_the_worklist() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        let reference = interest(&k, "Amina");
        let id = k.queue(&reference, t0()).unwrap()[0].journey.id;
        let view = k.open_journey(id, t0()).unwrap();
        assert_eq!(view.entry.first_name, "Amina");

        // Access before identity is refused by the domain, not just hidden by the UI.
        assert!(matches!(
            k.record_step(id, &access(NewEntries::On, None), t0()),
            Err(KioskError::IllegalMove {
                from: "interested",
                to: "access-granted"
            })
        ));
        k.record_step(id, &documents(), t0()).unwrap();
        k.record_step(id, &access(NewEntries::On, None), t0())
            .unwrap();
        let worklist = k.worklist(t0()).unwrap();
        assert_eq!(worklist.len(), 1, "access granted and not yet coded");
        assert_eq!(worklist[0].sign_up.codes_due, [ClinicalCode::SignUp]);
        let coded = k.record_step(id, &Step::Coded9iw, t0()).unwrap();
        assert_eq!(coded.status, Status::Coded9iw);
        assert!(
            k.worklist(t0()).unwrap().is_empty(),
            "coded journeys leave the worklist"
        );
        assert!(k.queue("", t0()).unwrap().is_empty(), "and the queue");

        let kinds: Vec<String> = k
            .open_journey(id, t0())
            .unwrap()
            .events
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                "interest-registered",
                "identity-verified",
                "access-granted",
                "coded-9iw"
            ]
        );
        assert_eq!(audit_count(&k, "journey-changed"), 3);
    }

    #[test]
    fn withheld_new_entries_put_the_enhanced_review_code_on_the_worklist_with_its_own_tick() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        let reference = interest(&k, "Amina");
        let id = k.queue(&reference, t0()).unwrap()[0].journey.id;
        k.record_step(id, &documents(), t0()).unwrap();
        k.record_step(id, &access(NewEntries::Withheld, None), t0())
            .unwrap();
        let entry = &k.worklist(t0()).unwrap()[0];
        assert_eq!(
            entry.sign_up.codes_due,
            [ClinicalCode::SignUp, ClinicalCode::EnhancedReview]
        );
        assert_eq!(entry.sign_up.new_entries, Some(NewEntries::Withheld));
        k.record_step(id, &Step::Coded9iw, t0()).unwrap();
        assert_eq!(
            k.worklist(t0()).unwrap()[0].sign_up.codes_due,
            [ClinicalCode::EnhancedReview],
            "coded with the sign-up code, still on the worklist for the other"
        );
        k.record_step(
            id,
            &Step::CodeAdded {
                code: ClinicalCode::EnhancedReview,
            },
            t0(),
        )
        .unwrap();
        assert!(k.worklist(t0()).unwrap().is_empty());
        // A clinician lifts it later: the overriding code falls due.
        admin_logged_in_again(&k, day(30));
        k.record_step(
            id,
            &Step::NewEntriesChanged {
                new_entries: NewEntries::On,
            },
            day(30),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            k.worklist(day(30)).unwrap()[0].sign_up.codes_due,
            [ClinicalCode::EnhancedReviewNotIndicated]
        );
    }

    #[test]
    fn the_older_record_is_requested_decided_by_a_named_clinician_and_counted_apart() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        let reference = interest(&k, "Amina");
        let id = k.queue(&reference, t0()).unwrap()[0].journey.id;
        let request = Step::OlderRecordRequested {
            scope: OlderRecordScope::FullRecord,
        };
        assert!(matches!(
            k.record_step(id, &request, t0()),
            Err(KioskError::Step(StepProblem::IdentityFirst))
        ));
        k.record_step(id, &documents(), t0()).unwrap();
        k.record_step(id, &access(NewEntries::On, None), t0())
            .unwrap();
        k.record_step(id, &request, t0()).unwrap();
        let waiting = k.older_record_worklist(t0()).unwrap();
        assert_eq!(waiting.len(), 1);
        let older = waiting[0].sign_up.older_record.as_ref().unwrap();
        assert_eq!(
            (older.scope, older.status),
            (OlderRecordScope::FullRecord, OlderRecordStatus::Requested)
        );
        let grant = Step::OlderRecordGranted {
            from: NaiveDate::from_ymd_opt(2026, 12, 14).unwrap(),
            reviewed_by: "Dr Rahman, GP".into(),
        };
        admin_logged_in_again(&k, day(14));
        k.record_step(id, &grant, day(14)).unwrap();
        assert!(k.older_record_worklist(day(14)).unwrap().is_empty());
        let view = k.open_journey(id, day(14)).unwrap();
        let older = view.entry.sign_up.older_record.as_ref().unwrap();
        assert_eq!(older.status, OlderRecordStatus::Granted);
        assert_eq!(older.granted_from.as_deref(), Some("2026-12-14"));
        assert_eq!(
            view.entry.journey.status,
            Status::AccessGranted,
            "the journey's own status is untouched by the task"
        );
        let last = view.events.last().unwrap();
        assert_eq!(
            (last.kind.as_str(), last.actor.as_str()),
            ("older-record-granted", "Amir Admin")
        );
        assert_eq!(last.details["reviewedBy"], "Dr Rahman, GP");
    }

    #[test]
    fn closing_a_sign_up_withdraws_its_open_older_record_request() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        let reference = interest(&k, "Amina");
        let id = k.queue(&reference, t0()).unwrap()[0].journey.id;
        k.record_step(id, &documents(), t0()).unwrap();
        k.record_step(
            id,
            &Step::OlderRecordRequested {
                scope: OlderRecordScope::DetailedCodedRecord,
            },
            t0(),
        )
        .unwrap();
        k.record_step(id, &Step::Withdrawn, t0()).unwrap();
        assert!(
            k.older_record_worklist(t0()).unwrap().is_empty(),
            "no clinician is left a request that can never be granted"
        );
    }

    /// A parent (verified in the NHS App) asks for their child born on `dob` (d, m, y).
    fn proxy_journey(k: &Kiosk, dob: (&str, &str, &str)) -> i64 {
        let form = InterestForm {
            nhs_app: Some(NhsApp::Verified),
            for_someone_else: true,
            first_name: "Sami".into(),
            last_name: "Uddin".into(),
            dob_day: dob.0.into(),
            dob_month: dob.1.into(),
            dob_year: dob.2.into(),
            carer_first_name: "Amina".into(),
            carer_last_name: "Uddin".into(),
            relationship: Some(Relationship::ParentOrGuardian),
            basis: Some(StatedBasis::ParentOfChild),
            mobile: "07700 900123".into(),
            wants_services: true,
            wants_new_entries: true,
            id_documents: Some(crate::journey::IdDocumentsToday::Both),
            ..InterestForm::default()
        };
        let reference = k.submit_interest(&form, "bn", t0()).unwrap().reference;
        let id = k.queue(&reference, t0()).unwrap()[0].journey.id;
        k.record_step(
            id,
            &Step::IdentityVerified {
                method: IdentityMethod::NhsLogin,
                documents: vec![],
                vouched_by: None,
                patient: Some(IdentityCheck {
                    method: IdentityMethod::Documents,
                    documents: vec![DocumentKind::Passport, DocumentKind::CouncilTaxBill],
                    vouched_by: None,
                }),
            },
            t0(),
        )
        .unwrap();
        id
    }

    /// A parent's sign-up as proxy for a child born on `dob`, through to access at t0.
    fn parents_proxy_granted(k: &Kiosk, dob: (&str, &str, &str)) -> i64 {
        let id = proxy_journey(k, dob);
        k.record_step(
            id,
            &access(
                NewEntries::On,
                Some(parental(ProxyBasis::ParentalResponsibility)),
            ),
            t0(),
        )
        .unwrap();
        id
    }

    fn parental(basis: ProxyBasis) -> ProxyGrant {
        ProxyGrant {
            basis,
            evidence: vec![Evidence::BirthOrAdoptionCertificate],
            decided_by: "Dr Rahman, GP".into(),
            scope: vec![ProxyScope::Services, ProxyScope::NewEntries],
            review_on: None,
            ends_on: None,
        }
    }

    #[test]
    fn a_parents_proxy_for_a_nine_year_old_is_reviewed_at_eleven_and_suspended_at_sixteen() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        let id = proxy_journey(&k, ("14", "5", "2017"));
        let consent = ProxyGrant {
            basis: ProxyBasis::PatientConsent,
            evidence: vec![Evidence::SignedConsentForm],
            ..parental(ProxyBasis::PatientConsent)
        };
        assert!(matches!(
            k.record_step(id, &access(NewEntries::On, Some(consent)), t0()),
            Err(KioskError::Step(
                StepProblem::ChildNeedsParentalResponsibility
            ))
        ));
        k.record_step(
            id,
            &access(
                NewEntries::On,
                Some(parental(ProxyBasis::ParentalResponsibility)),
            ),
            t0(),
        )
        .unwrap();
        let dates = k.proxy_dates(id, t0()).unwrap().unwrap();
        assert_eq!(
            dates.review_on,
            NaiveDate::from_ymd_opt(2028, 5, 14),
            "11th birthday"
        );
        assert_eq!(
            dates.suspend_on,
            NaiveDate::from_ymd_opt(2033, 5, 14),
            "16th birthday"
        );
        // Nothing due yet; four weeks before the 11th birthday staff are told.
        assert!(k.proxy_worklist(t0()).unwrap().is_empty());
        let told = NaiveDate::from_ymd_opt(2028, 4, 16).unwrap();
        let at = |d: NaiveDate| d.and_hms_opt(9, 0, 0).unwrap().and_utc();
        admin_logged_in_again(&k, at(told));
        let tasks = k.proxy_worklist(at(told)).unwrap();
        assert_eq!(tasks.len(), 1);
        assert_eq!(tasks[0].due, ProxyDue::Review);
        assert_eq!(
            tasks[0].entry.carer_first_name, "Amina",
            "staff see who the proxy is"
        );
        // Reviewed: kept until the suspension at 16, which then falls due beforehand.
        k.record_step(
            id,
            &Step::ProxyReviewed {
                review_on: None,
                ends_on: None,
            },
            at(told),
        )
        .unwrap();
        assert!(k.proxy_worklist(at(told)).unwrap().is_empty());
        let before_sixteen = NaiveDate::from_ymd_opt(2033, 5, 1).unwrap();
        admin_logged_in_again(&k, at(before_sixteen));
        let tasks = k.proxy_worklist(at(before_sixteen)).unwrap();
        assert_eq!(tasks[0].due, ProxyDue::Suspension);
        k.record_step(id, &Step::ProxySuspended, at(before_sixteen))
            .unwrap();
        assert!(k.proxy_worklist(at(before_sixteen)).unwrap().is_empty());
        // Who decided is on the access step's event only (free text stays in one place).
        let events = k.open_journey(id, at(before_sixteen)).unwrap().events;
        let proxy_event = events
            .iter()
            .find(|e| e.kind == "proxy-access-granted")
            .unwrap();
        assert_eq!(proxy_event.details["basis"], "parental-responsibility");
        assert!(
            proxy_event.details.get("decidedBy").is_none(),
            "{:?}",
            proxy_event.details
        );
        // The event history holds no date worked out from the child's birthday.
        let history =
            serde_json::to_string(&k.open_journey(id, at(before_sixteen)).unwrap().events).unwrap();
        for leak in ["2028-05-14", "2033-05-14", "2017-05-14"] {
            assert!(!history.contains(leak), "{leak} in {history}");
        }
    }

    #[test]
    fn an_active_proxy_keeps_the_details_its_reviews_need_past_the_retention_period() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        let id = parents_proxy_granted(&k, ("14", "5", "2017"));
        k.record_step(id, &Step::Coded9iw, t0()).unwrap();
        let later = day(400);
        k.store()
            .purge_personal_details(later - Duration::days(30), later - Duration::days(180))
            .unwrap();
        let key = k.unlocked(t0()).unwrap().1;
        assert!(k.store().personal_details(id, &key).unwrap().is_some());
        admin_logged_in_again(&k, later);
        k.record_step(id, &Step::ProxyEnded, later).unwrap();
        k.store()
            .purge_personal_details(later - Duration::days(30), later - Duration::days(180))
            .unwrap();
        assert!(
            k.store().personal_details(id, &key).unwrap().is_some(),
            "ended today: the retention period starts now"
        );
        let much_later = later + Duration::days(400);
        k.store()
            .purge_personal_details(much_later - Duration::days(30), much_later)
            .unwrap();
        assert!(k.store().personal_details(id, &key).unwrap().is_none());
        assert!(
            k.store().proxy_dates(id, &key).unwrap().is_none(),
            "the dates go with them"
        );
    }

    #[test]
    fn identity_checks_the_practice_does_not_use_are_refused_for_either_person() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        let mut config = crate::practice::config::PracticeConfig::clone(&k.config());
        config.identity_methods = vec![IdentityMethod::Documents, IdentityMethod::NhsLogin];
        k.replace_config(config, None);
        let form = InterestForm {
            for_someone_else: true,
            carer_first_name: "Amina".into(),
            carer_last_name: "Uddin".into(),
            relationship: Some(Relationship::SonOrDaughter),
            basis: Some(StatedBasis::LastingPowerOfAttorney),
            ..interest_form("Momtaz")
        };
        let reference = k.submit_interest(&form, "bn", t0()).unwrap().reference;
        let id = k.queue(&reference, t0()).unwrap()[0].journey.id;
        let step = Step::IdentityVerified {
            method: IdentityMethod::NhsLogin,
            documents: vec![],
            vouched_by: None,
            patient: Some(IdentityCheck {
                method: IdentityMethod::Vouching,
                documents: vec![],
                vouched_by: Some("Dr Rahman".into()),
            }),
        };
        assert!(matches!(
            k.record_step(id, &step, t0()),
            Err(KioskError::Step(StepProblem::MethodNotAllowed))
        ));
    }

    #[test]
    fn every_worklist_view_is_audited_with_how_many_were_shown() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        interest(&k, "Amina");
        k.worklist(t0()).unwrap();
        k.older_record_worklist(t0()).unwrap();
        k.proxy_worklist(t0()).unwrap();
        for action in [
            "worklist-viewed",
            "older-record-worklist-viewed",
            "proxy-worklist-viewed",
        ] {
            assert_eq!(audit_count(&k, action), 1, "{action}");
        }
    }

    #[test]
    fn reading_a_proxys_dates_is_audited_under_the_staff_account() {
        let (_d, k) = open_kiosk();
        let admin = admin_logged_in(&k);
        let id = parents_proxy_granted(&k, ("14", "5", "2017"));
        let reference = k.store().journey_by_id(id).unwrap().unwrap().reference;
        assert!(k.proxy_dates(id, t0()).unwrap().is_some());
        let read = k
            .store()
            .audit_entries(None, Some("proxy-dates-opened"), 5)
            .unwrap();
        assert_eq!(
            read.len(),
            1,
            "a child's review date reveals their date of birth: reading it is audited"
        );
        assert_eq!(read[0].staff_id, Some(admin.id));
        assert_eq!(read[0].details["reference"], reference.as_str());
        assert!(
            !read[0].details.to_string().contains("2028"),
            "the dates themselves stay out of the log"
        );
    }

    /// A 14-year-old asks for themselves; identity checked with documents.
    fn young_person_journey(k: &Kiosk) -> i64 {
        let form = InterestForm {
            dob_year: "2012".into(),
            wants_new_entries: false,
            ..interest_form("Rumi")
        };
        let reference = k.submit_interest(&form, "bn", t0()).unwrap().reference;
        let id = k.queue(&reference, t0()).unwrap()[0].journey.id;
        k.record_step(id, &documents(), t0()).unwrap();
        id
    }

    #[test]
    fn a_young_persons_record_stays_closed_when_access_was_granted_without_a_competence_assessment()
    {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        let id = young_person_journey(&k);
        k.record_step(id, &access(NewEntries::OptedOut, None), t0())
            .unwrap();
        let on = Step::NewEntriesChanged {
            new_entries: NewEntries::On,
        };
        assert!(matches!(
            k.record_step(id, &on, t0()),
            Err(KioskError::Step(StepProblem::CompetenceNotAssessed))
        ));
        let request = Step::OlderRecordRequested {
            scope: OlderRecordScope::FullRecord,
        };
        assert!(matches!(
            k.record_step(id, &request, t0()),
            Err(KioskError::Step(StepProblem::CompetenceNotAssessed))
        ));
        assert!(
            !k.open_journey(id, t0())
                .unwrap()
                .entry
                .sign_up
                .competence_assessed
        );

        // Assessed at the access step: the store reads it back from the access event.
        let assessed = young_person_journey(&k);
        k.record_step(
            assessed,
            &Step::AccessGranted {
                services: true,
                new_entries: Some(NewEntries::OptedOut),
                risks_explained: Risk::ALL.to_vec(),
                competence_assessed: true,
                proxy: None,
            },
            t0(),
        )
        .unwrap();
        assert!(
            k.open_journey(assessed, t0())
                .unwrap()
                .entry
                .sign_up
                .competence_assessed
        );
        k.record_step(assessed, &on, t0()).unwrap();
        k.record_step(assessed, &request, t0()).unwrap();
    }

    #[test]
    fn closing_a_sign_up_after_access_ends_its_proxy_and_it_leaves_the_proxy_worklist() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        let id = parents_proxy_granted(&k, ("14", "5", "2017"));
        let key = k.unlocked(t0()).unwrap().1;
        assert_eq!(k.store().proxy_journeys(&key).unwrap().len(), 1);
        k.record_step(id, &Step::Withdrawn, t0()).unwrap();
        assert!(
            k.store().proxy_journeys(&key).unwrap().is_empty(),
            "a withdrawn sign-up leaves no proxy access to review"
        );
        let entry = k.store().queue_entry(id, &key).unwrap().unwrap();
        assert_eq!(
            entry.sign_up.proxy.map(|p| p.status),
            Some(ProxyStatus::Ended)
        );
        let events = k.open_journey(id, t0()).unwrap().events;
        let ended = events.iter().find(|e| e.kind == "proxy-ended").unwrap();
        assert_eq!(ended.details["because"], "withdrawn");
        // The active-proxy hold on the details is gone: the retention period runs.
        let later = day(400);
        k.store()
            .purge_personal_details(later - Duration::days(30), later - Duration::days(180))
            .unwrap();
        assert!(k.store().personal_details(id, &key).unwrap().is_none());
    }

    #[test]
    fn the_tabs_counts_match_the_task_worklists_and_are_not_audited() {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        assert_eq!(
            k.task_counts(t0()).unwrap(),
            TaskCounts {
                older_records: 0,
                proxy_reviews: 0
            }
        );
        // A patient who asked for the older record at the kiosk, and a child's proxy whose
        // suspension at 16 falls within the notice period.
        let form = InterestForm {
            wants_older_record: true,
            ..interest_form("Amina")
        };
        k.submit_interest(&form, "bn", t0()).unwrap();
        parents_proxy_granted(&k, ("20", "12", "2010"));
        let audited = |k: &Kiosk| k.store().audit_entries(None, None, 10_000).unwrap().len();
        let before = audited(&k);
        let counts = k.task_counts(t0()).unwrap();
        assert_eq!(
            audited(&k),
            before,
            "counts show no names: nothing to audit"
        );
        assert_eq!(
            counts,
            TaskCounts {
                older_records: k.older_record_worklist(t0()).unwrap().len(),
                proxy_reviews: k.proxy_worklist(t0()).unwrap().len(),
            }
        );
        assert_eq!((counts.older_records, counts.proxy_reviews), (1, 1));
        // Without a session there is nothing to count.
        k.log_out(t0()).unwrap();
        assert!(k.task_counts(t0()).is_err());
    }

    #[test]
    fn a_childs_proxy_from_before_dates_were_kept_falls_due_from_the_date_of_birth_past_sixteen_first(
    ) {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        // 15 at t0, 16 on 20 December 2026.
        let child = parents_proxy_granted(&k, ("20", "12", "2010"));
        // An adult's proxy (a Lasting Power of Attorney), also from before dates were kept.
        let form = InterestForm {
            for_someone_else: true,
            carer_first_name: "Amina".into(),
            carer_last_name: "Uddin".into(),
            relationship: Some(Relationship::SonOrDaughter),
            basis: Some(StatedBasis::LastingPowerOfAttorney),
            ..interest_form("Momtaz")
        };
        let reference = k.submit_interest(&form, "bn", t0()).unwrap().reference;
        let adult = k.queue(&reference, t0()).unwrap()[0].journey.id;
        k.record_step(
            adult,
            &Step::IdentityVerified {
                method: IdentityMethod::NhsLogin,
                documents: vec![],
                vouched_by: None,
                patient: Some(IdentityCheck {
                    method: IdentityMethod::Vouching,
                    documents: vec![],
                    vouched_by: Some("Dr Rahman".into()),
                }),
            },
            t0(),
        )
        .unwrap();
        k.record_step(
            adult,
            &access(
                NewEntries::On,
                Some(ProxyGrant {
                    basis: ProxyBasis::LastingPowerOfAttorney,
                    evidence: vec![Evidence::LastingPowerOfAttorneyDocument],
                    ends_on: NaiveDate::from_ymd_opt(2030, 1, 1),
                    ..parental(ProxyBasis::LastingPowerOfAttorney)
                }),
            ),
            t0(),
        )
        .unwrap();
        // As a schema-6 database upgrades: no dates sealed for either.
        k.store()
            .conn_for_tests()
            .execute("UPDATE proxy_access SET sealed_dates = NULL", [])
            .unwrap();
        let after_sixteen = NaiveDate::from_ymd_opt(2027, 1, 10)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
            .and_utc();
        admin_logged_in_again(&k, after_sixteen);
        let tasks = k.proxy_worklist(after_sixteen).unwrap();
        let shown: Vec<(i64, ProxyDue, Option<NaiveDate>)> = tasks
            .iter()
            .map(|t| (t.entry.journey.id, t.due, t.due_on))
            .collect();
        assert_eq!(
            shown,
            [
                (
                    child,
                    ProxyDue::Suspension,
                    NaiveDate::from_ymd_opt(2026, 12, 20)
                ),
                (adult, ProxyDue::NoDate, None),
            ],
            "the child past 16 is overdue, and first"
        );
    }

    #[test]
    fn a_patient_who_asked_for_the_older_record_at_the_kiosk_is_on_its_worklist_until_it_is_requested(
    ) {
        let (_d, k) = open_kiosk();
        admin_logged_in(&k);
        let form = InterestForm {
            wants_older_record: true,
            ..interest_form("Amina")
        };
        let reference = k.submit_interest(&form, "bn", t0()).unwrap().reference;
        let asked = k.queue(&reference, t0()).unwrap()[0].journey.id;
        let not_asked = k.queue(&interest(&k, "Rokeya"), t0()).unwrap()[0]
            .journey
            .id;
        let key = k.unlocked(t0()).unwrap().1;
        let listed = |k: &Kiosk| -> Vec<i64> {
            k.store()
                .older_record_worklist(&key)
                .unwrap()
                .iter()
                .map(|e| e.journey.id)
                .collect()
        };
        assert_eq!(listed(&k), [asked], "asked at the kiosk, not yet requested");
        assert!(k
            .store()
            .queue_entry(asked, &key)
            .unwrap()
            .unwrap()
            .sign_up
            .older_record
            .is_none());
        assert_ne!(asked, not_asked);
        // Requested: listed once, as the request.
        k.record_step(asked, &documents(), t0()).unwrap();
        k.record_step(
            asked,
            &Step::OlderRecordRequested {
                scope: OlderRecordScope::FullRecord,
            },
            t0(),
        )
        .unwrap();
        assert_eq!(listed(&k), [asked]);
        // Closed: off the list.
        k.record_step(asked, &Step::Withdrawn, t0()).unwrap();
        assert!(listed(&k).is_empty());
        // A wish on a closed sign-up is not listed either.
        let closed = k.submit_interest(&form, "bn", t0()).unwrap().reference;
        let closed = k.queue(&closed, t0()).unwrap()[0].journey.id;
        k.record_step(closed, &Step::Withdrawn, t0()).unwrap();
        assert!(listed(&k).is_empty());
    }

    /// Staff sessions time out: a test far in the future logs in again first.
    fn admin_logged_in_again(k: &Kiosk, at: DateTime<Utc>) {
        let id = k.staff_list().unwrap()[0].id;
        log_in_at(k, id, ADMIN_PIN, at);
    }
}
