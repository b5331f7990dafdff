//! The officer's steps in the store: each is checked against where the journey stands
//! (`sign_up::Step::check`) and recorded in one transaction — the journey's status, the
//! access given, the codes still due, the older-record request, a proxy's access — with its
//! events. The journey's own row and the history can never disagree.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use serde_json::json;

use super::journeys::{journey_from_row, kind, COMPETENCE_ASSESSED, JOURNEY_COLUMNS};
use super::notes::insert_event;
use super::{Store, StoreError};
use crate::journey::proxy::{ProxyDates, ProxyStatus};
use crate::journey::sign_up::{NewEntries, OlderRecordStatus, Refusal, SignUpState, Step};
use crate::journey::{Actor, Journey, Path, Status};
use crate::privacy::{open, seal, SecretKey};

/// What a step needs from the kiosk beyond itself: a proxy's dates, sealed to the practice
/// key (they can reveal the patient's date of birth), and whether the patient is a child.
#[derive(Default)]
pub struct StepSeal {
    pub proxy_dates: Option<Vec<u8>>,
    pub child: bool,
}

impl Store {
    /// Where a journey stands, as the script's rules see it.
    pub fn sign_up_state(&self, journey_id: i64) -> Result<SignUpState, StoreError> {
        state_of(&self.conn, journey_id)
    }

    /// Records one step of the script: checks it against where the journey stands, then
    /// makes every change it brings and appends its events, in one transaction.
    pub fn apply_step(
        &mut self,
        journey_id: i64,
        step: &Step,
        details: serde_json::Value,
        seal: StepSeal,
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> Result<Journey, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let state = state_of(&tx, journey_id)?;
        step.check(&state).map_err(|r| match r {
            Refusal::IllegalMove { from, to } => StoreError::IllegalMove { from, to },
            Refusal::Problem(p) => StoreError::StepRefused(p),
        })?;
        let at = now.to_rfc3339();
        if let Some(to) = step.status() {
            tx.execute(
                "UPDATE journey SET status = ?2, updated_at = ?3 WHERE id = ?1",
                params![journey_id, to.as_str(), at],
            )?;
        }
        let due = step.codes_due_after(&state);
        if due != state.codes_due {
            tx.execute(
                "UPDATE journey SET codes_due = ?2 WHERE id = ?1",
                params![journey_id, json!(due).to_string()],
            )?;
        }
        insert_event(&tx, journey_id, now, actor, step.event_kind(), &details)?;
        record_effects(&tx, journey_id, step, seal, actor, now)?;
        let journey = tx.query_row(
            &format!("SELECT {JOURNEY_COLUMNS} FROM journey j WHERE j.id = ?1"),
            [journey_id],
            journey_from_row,
        )?;
        tx.commit()?;
        Ok(journey)
    }

    /// Seals a proxy's dates to the practice key, bound to the journey (the kiosk can
    /// write them; only a staff session can read them).
    pub fn seal_proxy_dates(
        &self,
        journey_id: i64,
        dates: &ProxyDates,
    ) -> Result<Vec<u8>, StoreError> {
        let reference: String = self
            .conn
            .query_row(
                "SELECT reference FROM journey WHERE id = ?1",
                [journey_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NoSuchJourney)?;
        let json = zeroize::Zeroizing::new(serde_json::to_vec(dates).unwrap_or_default());
        Ok(seal(
            &self.public_key()?,
            &json,
            &dates_bound_to(&reference),
        )?)
    }

    /// A proxy's dates, opened with the practice key; `None` when none were recorded (or
    /// they went with the patient's details).
    pub fn proxy_dates(
        &self,
        journey_id: i64,
        key: &SecretKey,
    ) -> Result<Option<ProxyDates>, StoreError> {
        let row: Option<(String, Vec<u8>)> = self
            .conn
            .query_row(
                "SELECT j.reference, p.sealed_dates FROM proxy_access p
                 JOIN journey j ON j.id = p.journey_id
                 WHERE p.journey_id = ?1 AND p.sealed_dates IS NOT NULL",
                [journey_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((reference, blob)) = row else {
            return Ok(None);
        };
        let json = open(key, &blob, &dates_bound_to(&reference))?;
        serde_json::from_slice(&json)
            .map(Some)
            .map_err(|_| StoreError::Crypto(crate::privacy::CryptoError::Malformed))
    }
}

/// What a proxy's sealed dates are bound to: a blob copied onto another journey does not
/// open, nor does a journey's details blob open as dates.
fn dates_bound_to(reference: &str) -> Vec<u8> {
    format!("proxy-dates:{reference}").into_bytes()
}

/// What a step changes beyond the status and the codes due.
fn record_effects(
    tx: &Transaction<'_>,
    journey_id: i64,
    step: &Step,
    seal: StepSeal,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let at = now.to_rfc3339();
    let older = |status: OlderRecordStatus, from: Option<String>| {
        tx.execute(
            "UPDATE older_record_request SET status = ?2, decided_at = ?3, granted_from = ?4
             WHERE journey_id = ?1",
            params![journey_id, status.as_str(), at, from],
        )
    };
    let proxy = |status: ProxyStatus| {
        tx.execute(
            "UPDATE proxy_access SET status = ?2, changed_at = ?3 WHERE journey_id = ?1",
            params![journey_id, status.as_str(), at],
        )
    };
    match step {
        Step::AccessGranted {
            services,
            new_entries,
            proxy: grant,
            ..
        } => {
            tx.execute(
                "UPDATE journey SET services = ?2, new_entries = ?3 WHERE id = ?1",
                params![journey_id, services, new_entries.map(NewEntries::as_str)],
            )?;
            if let Some(g) = grant {
                tx.execute(
                    "INSERT INTO proxy_access (journey_id, basis, evidence, scope, child, status,
                         sealed_dates, granted_at, changed_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, 'active', ?6, ?7, ?7)",
                    params![
                        journey_id,
                        g.basis.as_str(),
                        json!(g.evidence).to_string(),
                        json!(g.scope).to_string(),
                        seal.child,
                        seal.proxy_dates,
                        at
                    ],
                )?;
                // Its own milestone, so reports count proxies without reading details. Who
                // decided (free text) stays on the step's own event only.
                let event = json!({
                    "basis": g.basis,
                    "evidence": g.evidence,
                    "scope": g.scope,
                    "child": seal.child,
                });
                insert_event(
                    tx,
                    journey_id,
                    now,
                    actor,
                    kind::PROXY_ACCESS_GRANTED,
                    &event,
                )?;
            }
        }
        Step::NewEntriesChanged { new_entries } => {
            tx.execute(
                "UPDATE journey SET new_entries = ?2 WHERE id = ?1",
                params![journey_id, new_entries.as_str()],
            )?;
        }
        Step::OlderRecordRequested { scope } => {
            tx.execute(
                "INSERT INTO older_record_request (journey_id, scope, status, requested_at)
                 VALUES (?1, ?2, 'requested', ?3)",
                params![journey_id, scope.as_str(), at],
            )?;
        }
        Step::OlderRecordGranted { from, .. } => {
            older(OlderRecordStatus::Granted, Some(from.to_string()))?;
        }
        Step::OlderRecordDeclined => {
            older(OlderRecordStatus::Declined, None)?;
        }
        Step::OlderRecordWithdrawn => {
            older(OlderRecordStatus::Withdrawn, None)?;
        }
        Step::ProxyReviewed { .. } => {
            tx.execute(
                "UPDATE proxy_access SET sealed_dates = coalesce(?2, sealed_dates),
                     changed_at = ?3 WHERE journey_id = ?1",
                params![journey_id, seal.proxy_dates, at],
            )?;
        }
        Step::ProxySuspended => {
            proxy(ProxyStatus::Suspended)?;
        }
        Step::ProxyEnded => {
            proxy(ProxyStatus::Ended)?;
        }
        Step::Declined { .. } | Step::Withdrawn | Step::CouldNotVerify { .. } => {
            // A sign-up that ends without access ends its older-record request with it, so
            // no clinician is left a request that can never be granted.
            let open: bool = tx
                .query_row(
                    "SELECT count(*) FROM older_record_request
                     WHERE journey_id = ?1 AND status = 'requested'",
                    [journey_id],
                    |r| r.get::<_, i64>(0),
                )
                .map(|n| n > 0)?;
            if open {
                older(OlderRecordStatus::Withdrawn, None)?;
                insert_event(
                    tx,
                    journey_id,
                    now,
                    actor,
                    "older-record-withdrawn",
                    &json!({ "because": step.event_kind() }),
                )?;
            }
            // A sign-up closed after access ends its proxy's access with it (the practice
            // removes it in the clinical system), so it leaves the proxy worklist and
            // no one reviews, or keeps, an access the sign-up no longer stands behind.
            let proxy_not_ended: bool = tx
                .query_row(
                    "SELECT count(*) FROM proxy_access
                     WHERE journey_id = ?1 AND status <> 'ended'",
                    [journey_id],
                    |r| r.get::<_, i64>(0),
                )
                .map(|n| n > 0)?;
            if proxy_not_ended {
                proxy(ProxyStatus::Ended)?;
                insert_event(
                    tx,
                    journey_id,
                    now,
                    actor,
                    Step::ProxyEnded.event_kind(),
                    &json!({ "because": step.event_kind() }),
                )?;
            }
        }
        Step::IdentityVerified { .. }
        | Step::IdentityPending { .. }
        | Step::Coded9iw
        | Step::CodeAdded { .. } => {}
    }
    Ok(())
}

/// Where a journey stands, read inside whatever transaction `conn` is in.
fn state_of(conn: &rusqlite::Connection, journey_id: i64) -> Result<SignUpState, StoreError> {
    let row = conn
        .query_row(
            &format!(
                "SELECT j.status, j.path, j.new_entries, j.codes_due, o.status, p.status,
                    {COMPETENCE_ASSESSED}
             FROM journey j
                 LEFT JOIN older_record_request o ON o.journey_id = j.id
                 LEFT JOIN proxy_access p ON p.journey_id = j.id
             WHERE j.id = ?1"
            ),
            [journey_id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, bool>(6)?,
                ))
            },
        )
        .optional()?
        .ok_or(StoreError::NoSuchJourney)?;
    let (status, path, new_entries, codes_due, older, proxy, competence_assessed) = row;
    Ok(SignUpState {
        status: Some(Status::parse(&status).ok_or(StoreError::NoSuchJourney)?),
        path: Path::parse(&path),
        new_entries: new_entries.as_deref().and_then(NewEntries::parse),
        codes_due: serde_json::from_str(&codes_due).unwrap_or_default(),
        older_record: older.as_deref().and_then(OlderRecordStatus::parse),
        proxy: proxy.as_deref().and_then(ProxyStatus::parse),
        competence_assessed,
    })
}
