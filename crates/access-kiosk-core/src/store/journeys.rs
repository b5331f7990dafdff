//! Journeys and their append-only event history: recording an interest, reading a
//! journey's history and details, the queue's entries with where each sign-up stands, and
//! the retention purge. The officer's steps are `sign_up.rs`.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Row, TransactionBehavior};
use serde::Serialize;
use serde_json::json;

use super::notes::insert_event;
use super::sealed::{associated_data, open_details, SealedDetails};
use super::{Store, StoreError};
use crate::journey::proxy::{Evidence, ProxyBasis, ProxyScope, ProxyStatus};
use crate::journey::sign_up::{
    ClinicalCode, Cohort, NewEntries, OlderRecordScope, OlderRecordStatus, SignUpState,
};
use crate::journey::{
    age_band, Actor, Channel, Event, Interest, Journey, NhsApp, Path, PersonalDetails,
    ProxyRequest, Reference, Status, Wants,
};
use crate::privacy::{seal, SecretKey};

/// How many fresh references to try before giving up (23^6 ≈ 148 million exist).
const REFERENCE_ATTEMPTS: usize = 16;

/// Event kinds, as stored. A status change's kind is the new status's name; the officer's
/// other steps are named by `sign_up::Step::event_kind`.
pub mod kind {
    pub const INTEREST_REGISTERED: &str = "interest-registered";
    pub const COHORTS_TAGGED: &str = "cohorts-tagged";
    /// Recorded with an access grant that has a proxy (a milestone of the reports).
    pub const PROXY_ACCESS_GRANTED: &str = "proxy-access-granted";
}

/// A journey on the officer's queue, with what staff need to find and greet the patient.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QueueEntry {
    #[serde(flatten)]
    pub journey: Journey,
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: String,
    /// The proxy's own name, on a proxy's journey ("" otherwise).
    pub carer_first_name: String,
    pub carer_last_name: String,
    pub cohorts: Vec<Cohort>,
    pub id_documents_today: String,
    pub for_someone_else: bool,
    #[serde(flatten)]
    pub sign_up: SignUpView,
    /// Whether the names and date of birth above could be shown.
    pub details: Details,
}

/// Where a sign-up stands beyond its status: what was asked for, what was given, the codes
/// still to add, the older-record request and a proxy's access.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SignUpView {
    pub path: Path,
    /// `None` for a journey from before the question was asked.
    pub nhs_app: Option<NhsApp>,
    pub wants: Wants,
    pub proxy_request: Option<ProxyRequest>,
    /// Online services, once access is granted.
    pub services: Option<bool>,
    pub new_entries: Option<NewEntries>,
    pub codes_due: Vec<ClinicalCode>,
    pub older_record: Option<OlderRecordView>,
    pub proxy: Option<ProxyView>,
    /// A clinician considered the patient's competence when access was granted (a
    /// 13–15-year-old's record needs it for new entries and the older record).
    pub competence_assessed: bool,
}

/// A journey's older-record request.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OlderRecordView {
    pub scope: OlderRecordScope,
    pub status: OlderRecordStatus,
    pub requested_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub granted_from: Option<String>,
}

/// A proxy's access to the patient's record (its dates are sealed: see `sign_up.rs`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProxyView {
    pub basis: ProxyBasis,
    pub evidence: Vec<Evidence>,
    pub scope: Vec<ProxyScope>,
    /// The patient was under 16 when it was granted.
    pub child: bool,
    pub status: ProxyStatus,
    pub granted_at: DateTime<Utc>,
}

impl QueueEntry {
    /// What the script's rules need to know about this journey.
    pub fn state(&self) -> SignUpState {
        SignUpState {
            status: Some(self.journey.status),
            path: Some(self.sign_up.path),
            new_entries: self.sign_up.new_entries,
            codes_due: self.sign_up.codes_due.clone(),
            older_record: self.sign_up.older_record.as_ref().map(|o| o.status),
            proxy: self.sign_up.proxy.as_ref().map(|p| p.status),
            competence_assessed: self.sign_up.competence_assessed,
        }
    }
}

/// What a patient said about the NHS App, as the slip needs it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NhsAppStanding {
    /// Verified in the NHS App (NHS login P9), for themselves.
    pub verified: bool,
    /// Their record is in the app now: verified, 16 or over, and they did not say no to it.
    pub record_now: bool,
}

/// What became of a journey's personal details, for the staff face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Details {
    /// Opened with the practice key: shown.
    Present,
    /// Deleted by the retention purge (the journey and its counts remain).
    Purged,
    /// Sealed, but they did not open with this key (damaged, or from another practice key).
    Unreadable,
}

impl Store {
    /// Stores a validated interest as a new journey with its first event, in one durable
    /// transaction: when this returns `Ok`, the journey survives a crash or power cut.
    pub fn record_interest(
        &mut self,
        interest: &Interest,
        channel: Channel,
        locale: &str,
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> Result<Journey, StoreError> {
        let training = self.training;
        self.record_interest_marked(interest, channel, locale, actor, training, now)
    }

    /// [`Store::record_interest`], marked as training or not whatever the mode (the patient
    /// face never is).
    pub fn record_interest_marked(
        &mut self,
        interest: &Interest,
        channel: Channel,
        locale: &str,
        actor: &Actor,
        training: bool,
        now: DateTime<Utc>,
    ) -> Result<Journey, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let created_at = now.to_rfc3339();
        let band = age_band(
            interest.person.date_of_birth,
            crate::journey::validation::local_day(now),
        );
        let mut inserted = None;
        for _ in 0..REFERENCE_ATTEMPTS {
            let reference = Reference::random().map_err(StoreError::Random)?;
            let n = tx.execute(
                "INSERT INTO journey (reference, created_at, channel, locale, status, age_band,
                    wants_services, wants_new_entries, wants_older_record,
                    for_someone_else, id_documents_today, training, path, nhs_app,
                    proxy_relationship, proxy_basis_stated)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
                 ON CONFLICT (reference) DO NOTHING",
                params![
                    reference.as_str(),
                    created_at,
                    channel.as_str(),
                    locale,
                    Status::Interested.as_str(),
                    band,
                    interest.wants.services,
                    interest.wants.new_entries,
                    interest.wants.older_record,
                    interest.for_someone_else(),
                    interest.id_documents.as_str(),
                    training,
                    interest.path.as_str(),
                    interest.nhs_app.as_str(),
                    interest.proxy.map(|p| p.relationship.as_str()),
                    interest.proxy.map(|p| p.basis.as_str()),
                ],
            )?;
            if n == 1 {
                inserted = Some((tx.last_insert_rowid(), reference));
                break;
            }
        }
        let (id, reference) = inserted.ok_or(StoreError::ReferencesExhausted)?;
        // Sealed to the practice's public key: the kiosk can write them, not read them back.
        let public = super::keys::public_key(&tx)?;
        let sealed = seal(
            &public,
            &SealedDetails::from_person(&interest.person).to_json(),
            &associated_data(reference.as_str()),
        )?;
        tx.execute(
            "INSERT INTO sealed_personal (journey_id, sealed) VALUES (?1, ?2)",
            params![id, sealed],
        )?;
        // The event carries no personal data: it outlives the purge of personal details.
        let details = json!({
            "channel": channel.as_str(),
            "locale": locale,
            "ageBand": band,
            "path": interest.path,
            "nhsApp": interest.nhs_app,
            "wants": interest.wants,
            "forSomeoneElse": interest.for_someone_else(),
            "proxy": interest.proxy,
            "idDocumentsToday": interest.id_documents.as_str(),
        });
        insert_event(&tx, id, now, actor, kind::INTEREST_REGISTERED, &details)?;
        tx.commit()?;
        Ok(Journey {
            id,
            reference,
            created_at: now,
            channel,
            locale: locale.to_owned(),
            status: Status::Interested,
            age_band: band.to_owned(),
        })
    }

    /// The journey with this reference, if any.
    pub fn journey_by_reference(
        &self,
        reference: &Reference,
    ) -> Result<Option<Journey>, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {JOURNEY_COLUMNS} FROM journey j WHERE j.reference = ?1"),
                [reference.as_str()],
                journey_from_row,
            )
            .optional()
            .map_err(StoreError::from)
    }

    /// A journey's history, oldest first.
    pub fn events(&self, journey_id: i64) -> Result<Vec<Event>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, actor, kind, details FROM journey_event WHERE journey_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([journey_id], |r| {
            let at: String = r.get(0)?;
            let details: String = r.get(3)?;
            Ok(Event {
                at: parse_time(&at, 0)?,
                actor: r.get(1)?,
                kind: r.get(2)?,
                details: serde_json::from_str(&details).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        3,
                        rusqlite::types::Type::Text,
                        e.into(),
                    )
                })?,
            })
        })?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from)
    }

    /// The personal details of a journey (staff use only), opened with the practice key.
    /// `None` once purged.
    pub fn personal_details(
        &self,
        journey_id: i64,
        key: &SecretKey,
    ) -> Result<Option<PersonalDetails>, StoreError> {
        let row: Option<(String, Vec<u8>)> = self
            .conn
            .query_row(
                "SELECT j.reference, s.sealed FROM sealed_personal s
                 JOIN journey j ON j.id = s.journey_id WHERE s.journey_id = ?1",
                [journey_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((reference, blob)) = row else {
            return Ok(None);
        };
        open_details(key, &blob, &reference)?
            .into_person()
            .map(Some)
            .ok_or(StoreError::Crypto(crate::privacy::CryptoError::Malformed))
    }

    /// Appends an event that does not change the status (a print, a note).
    pub fn append_event(
        &self,
        journey_id: i64,
        actor: &Actor,
        kind: &str,
        details: serde_json::Value,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        insert_event(&self.conn, journey_id, now, actor, kind, &details)
    }

    /// Sets a journey's cohort tags, recording who set them.
    pub fn set_cohorts(
        &mut self,
        journey_id: i64,
        cohorts: &[Cohort],
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let tags = json!(cohorts).to_string();
        let n = tx.execute(
            "UPDATE journey SET cohorts = ?2, updated_at = ?3 WHERE id = ?1",
            params![journey_id, tags, now.to_rfc3339()],
        )?;
        if n == 0 {
            return Err(StoreError::NoSuchJourney);
        }
        let details = json!({ "cohorts": cohorts });
        insert_event(&tx, journey_id, now, actor, kind::COHORTS_TAGGED, &details)?;
        tx.commit()?;
        Ok(())
    }

    /// Journeys with the given statuses, newest first, with the details staff need,
    /// opened with the practice key.
    pub fn queue(
        &self,
        statuses: &[Status],
        key: &SecretKey,
    ) -> Result<Vec<QueueEntry>, StoreError> {
        self.queue_entries(&QueueFilter::Statuses(statuses), key)
    }

    /// One journey as the queue shows it, whatever its status.
    pub fn queue_entry(
        &self,
        journey_id: i64,
        key: &SecretKey,
    ) -> Result<Option<QueueEntry>, StoreError> {
        Ok(self
            .queue_entries(&QueueFilter::One(journey_id), key)?
            .into_iter()
            .next())
    }

    /// Journeys with codes still to add in the clinical system, oldest first.
    pub fn coding_worklist(&self, key: &SecretKey) -> Result<Vec<QueueEntry>, StoreError> {
        let mut entries = self.queue_entries(&QueueFilter::CodesDue, key)?;
        entries.reverse();
        Ok(entries)
    }

    /// Older-record requests waiting for a clinician, and sign-ups still going whose
    /// patient asked for the older record at the kiosk with no request made yet (journeys
    /// migrated from schema 6 keep that wish as a flag): oldest request, or wish, first.
    pub fn older_record_worklist(&self, key: &SecretKey) -> Result<Vec<QueueEntry>, StoreError> {
        let mut entries = self.queue_entries(&QueueFilter::OlderRecordRequested, key)?;
        entries.sort_by_key(|e| {
            e.sign_up
                .older_record
                .as_ref()
                .map_or(e.journey.created_at, |o| o.requested_at)
        });
        Ok(entries)
    }

    /// Journeys whose proxy access is active or suspended (not ended).
    pub fn proxy_journeys(&self, key: &SecretKey) -> Result<Vec<QueueEntry>, StoreError> {
        self.queue_entries(&QueueFilter::ProxyNotEnded, key)
    }

    fn queue_entries(
        &self,
        filter: &QueueFilter<'_>,
        key: &SecretKey,
    ) -> Result<Vec<QueueEntry>, StoreError> {
        let (condition, arg) = match filter {
            QueueFilter::Statuses(statuses) => (
                "j.status IN (SELECT value FROM json_each(?1))",
                json!(statuses.iter().map(|s| s.as_str()).collect::<Vec<_>>()).to_string(),
            ),
            QueueFilter::One(id) => ("j.id = ?1", id.to_string()),
            QueueFilter::CodesDue => ("j.codes_due <> '[]' AND ?1 = ''", String::new()),
            QueueFilter::OlderRecordRequested => (
                "(o.status = 'requested'
                  OR (o.journey_id IS NULL AND j.wants_older_record
                      AND j.status NOT IN ('declined', 'withdrawn', 'could-not-verify')))
                 AND ?1 = ''",
                String::new(),
            ),
            QueueFilter::ProxyNotEnded => ("p.status <> 'ended' AND ?1 = ''", String::new()),
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {JOURNEY_COLUMNS}, s.sealed, j.cohorts, j.id_documents_today,
                    j.for_someone_else, j.path, j.nhs_app, j.wants_services,
                    j.wants_new_entries, j.wants_older_record, j.proxy_relationship,
                    j.proxy_basis_stated, j.services, j.new_entries, j.codes_due,
                    o.scope, o.status, o.requested_at, o.decided_at, o.granted_from,
                    p.basis, p.evidence, p.scope, p.child, p.status, p.granted_at,
                    {COMPETENCE_ASSESSED}
             FROM journey j LEFT JOIN sealed_personal s ON s.journey_id = j.id
                 LEFT JOIN older_record_request o ON o.journey_id = j.id
                 LEFT JOIN proxy_access p ON p.journey_id = j.id
             WHERE {condition}
             ORDER BY j.created_at DESC, j.id DESC"
        ))?;
        let rows = stmt.query_map(params![arg], |r| {
            let journey = journey_from_row(r)?;
            let sealed: Option<Vec<u8>> = r.get(7)?;
            // One damaged record must not hide the rest of the queue: it is marked instead.
            let (details, person) = match sealed {
                None => (Details::Purged, None),
                Some(blob) => match open_details(key, &blob, journey.reference.as_str()) {
                    Ok(p) => (Details::Present, Some(p)),
                    Err(_) => (Details::Unreadable, None),
                },
            };
            let person = person.unwrap_or_default();
            let cohorts: String = r.get(8)?;
            Ok(QueueEntry {
                first_name: person.first_name,
                last_name: person.last_name,
                date_of_birth: person.date_of_birth,
                carer_first_name: person.carer_first_name.unwrap_or_default(),
                carer_last_name: person.carer_last_name.unwrap_or_default(),
                cohorts: serde_json::from_str(&cohorts).unwrap_or_default(),
                id_documents_today: r.get(9)?,
                for_someone_else: r.get(10)?,
                sign_up: sign_up_view(r)?,
                details,
                journey,
            })
        })?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from)
    }

    /// The retention purge: deletes the sealed personal details of journeys that closed
    /// before `closed_before`, and of open journeys with no activity since
    /// `inactive_before`. Journeys, their events and every column reports read stay.
    /// Returns how many journeys lost their details. It runs at every start, so it looks only
    /// at journeys that still have details (those within the retention period), never at
    /// the whole history.
    pub fn purge_personal_details(
        &mut self,
        closed_before: DateTime<Utc>,
        inactive_before: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        let closed = json!(Status::ALL
            .iter()
            .filter(|s| !s.is_open())
            .map(|s| s.as_str())
            .collect::<Vec<_>>())
        .to_string();
        let tx = self.conn.transaction()?;
        // Journeys that still hold something personal (details, or staff notes) and are past
        // their retention period. A sign-up with a task still open (a code to add, an older
        // record to decide) counts as open; an active proxy keeps the details its reviews and
        // the suspension at 16 need, however long that is.
        let due: Vec<i64> = {
            let mut stmt = tx.prepare(
                "SELECT j.id FROM journey j
                 WHERE (EXISTS (SELECT 1 FROM sealed_personal sp WHERE sp.journey_id = j.id)
                        OR EXISTS (SELECT 1 FROM sealed_note n WHERE n.journey_id = j.id))
                   AND NOT EXISTS (SELECT 1 FROM proxy_access p
                                   WHERE p.journey_id = j.id AND p.status = 'active')
                   AND julianday(coalesce(
                         (SELECT max(e.at) FROM journey_event e WHERE e.journey_id = j.id),
                         j.created_at))
                     < julianday(CASE WHEN j.status IN (SELECT value FROM json_each(?1))
                                       AND j.codes_due = '[]'
                                       AND NOT EXISTS (SELECT 1 FROM older_record_request o
                                           WHERE o.journey_id = j.id AND o.status = 'requested')
                                      THEN ?2 ELSE ?3 END)",
            )?;
            let rows = stmt.query_map(
                params![
                    closed,
                    closed_before.to_rfc3339(),
                    inactive_before.to_rfc3339()
                ],
                |r| r.get(0),
            )?;
            rows.collect::<Result<_, _>>()?
        };
        for id in &due {
            tx.execute("DELETE FROM sealed_personal WHERE journey_id = ?1", [id])?;
            tx.execute("DELETE FROM sealed_note WHERE journey_id = ?1", [id])?;
            // A proxy's dates go with the details they were worked out from.
            tx.execute(
                "UPDATE proxy_access SET sealed_dates = NULL WHERE journey_id = ?1",
                [id],
            )?;
        }
        tx.commit()?;
        Ok(due.len())
    }

    /// Whether a journey was made in training mode.
    pub fn is_training_journey(&self, id: i64) -> Result<bool, StoreError> {
        self.conn
            .query_row("SELECT training FROM journey WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(StoreError::NoSuchJourney)
    }

    /// What the patient of a journey said about the NHS App: whether they are verified in
    /// it for themselves (not through a proxy: then they need no documents and no letter),
    /// and whether their record is there now (verified, 16 or over, and they did not say no
    /// to their record; a 13–15-year-old talks with the practice first).
    pub fn nhs_app_standing(&self, id: i64) -> Result<NhsAppStanding, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT path <> 'proxy' AND nhs_app IS 'verified',
                        path = 'adult' AND nhs_app IS 'verified' AND wants_new_entries
                 FROM journey WHERE id = ?1",
                [id],
                |r| {
                    Ok(NhsAppStanding {
                        verified: r.get(0)?,
                        record_now: r.get(1)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }

    pub fn journey_by_id(&self, id: i64) -> Result<Option<Journey>, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {JOURNEY_COLUMNS} FROM journey j WHERE j.id = ?1"),
                [id],
                journey_from_row,
            )
            .optional()
            .map_err(StoreError::from)
    }

    /// How many journeys exist (used by tests and the demo seed).
    pub fn journey_count(&self) -> Result<u64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM journey", [], |r| r.get(0))?)
    }
}

/// Whether a clinician considered the patient's competence when access was granted on the
/// journey `j`: what its access event recorded (the row keeps no column of its own).
pub(super) const COMPETENCE_ASSESSED: &str =
    "coalesce((SELECT json_extract(e.details, '$.competenceAssessed') = 1
               FROM journey_event e WHERE e.journey_id = j.id AND e.kind = 'access-granted'
               ORDER BY e.id DESC LIMIT 1), 0)";

/// The columns [`journey_from_row`] reads, for a `journey` aliased `j`.
pub(super) const JOURNEY_COLUMNS: &str =
    "j.id, j.reference, j.created_at, j.channel, j.locale, j.status, j.age_band";

pub(super) fn parse_time(s: &str, col: usize) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, e.into())
        })
}

pub(super) fn journey_from_row(r: &Row<'_>) -> rusqlite::Result<Journey> {
    let bad = |col: usize, what: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            col,
            rusqlite::types::Type::Text,
            format!("unknown {what}").into(),
        )
    };
    let reference: String = r.get(1)?;
    let created: String = r.get(2)?;
    let channel: String = r.get(3)?;
    let status: String = r.get(5)?;
    Ok(Journey {
        id: r.get(0)?,
        reference: Reference::parse(&reference).ok_or_else(|| bad(1, "reference"))?,
        created_at: parse_time(&created, 2)?,
        channel: Channel::parse(&channel).ok_or_else(|| bad(3, "channel"))?,
        locale: r.get(4)?,
        status: Status::parse(&status).ok_or_else(|| bad(5, "status"))?,
        age_band: r.get(6)?,
    })
}

/// Which journeys a queue lists.
enum QueueFilter<'a> {
    Statuses(&'a [Status]),
    One(i64),
    CodesDue,
    OlderRecordRequested,
    ProxyNotEnded,
}

/// A stored name read back as its enum; an unknown one (a newer version's) reads as an
/// error of that column, never as a panic.
fn parse_column<T>(
    r: &Row<'_>,
    col: usize,
    parse: fn(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    let text: Option<String> = r.get(col)?;
    text.map(|t| {
        parse(&t).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                col,
                rusqlite::types::Type::Text,
                format!("unknown value {t:?}").into(),
            )
        })
    })
    .transpose()
}

fn json_column<T: serde::de::DeserializeOwned>(
    r: &Row<'_>,
    col: usize,
) -> rusqlite::Result<Option<T>> {
    let text: Option<String> = r.get(col)?;
    text.map(|t| {
        serde_json::from_str(&t).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, e.into())
        })
    })
    .transpose()
}

/// A kebab-case name stored as text, read as its enum (`None` if absent or unknown).
fn enum_column<T: serde::de::DeserializeOwned>(
    r: &Row<'_>,
    col: usize,
) -> rusqlite::Result<Option<T>> {
    Ok(r.get::<_, Option<String>>(col)?
        .and_then(|s| serde_json::from_value(serde_json::Value::String(s)).ok()))
}

/// The sign-up columns of a queue row (from column 11 on).
fn sign_up_view(r: &Row<'_>) -> rusqlite::Result<SignUpView> {
    let relationship = enum_column(r, 16)?;
    let basis = enum_column(r, 17)?;
    let older_record = match (
        parse_column(r, 21, OlderRecordScope::parse)?,
        parse_column(r, 22, OlderRecordStatus::parse)?,
    ) {
        (Some(scope), Some(status)) => Some(OlderRecordView {
            scope,
            status,
            requested_at: parse_time(&r.get::<_, String>(23)?, 23)?,
            decided_at: r
                .get::<_, Option<String>>(24)?
                .map(|t| parse_time(&t, 24))
                .transpose()?,
            granted_from: r.get(25)?,
        }),
        _ => None,
    };
    let proxy = match (
        parse_column(r, 26, ProxyBasis::parse)?,
        parse_column(r, 30, ProxyStatus::parse)?,
    ) {
        (Some(basis), Some(status)) => Some(ProxyView {
            basis,
            evidence: json_column(r, 27)?.unwrap_or_default(),
            scope: json_column(r, 28)?.unwrap_or_default(),
            child: r.get(29)?,
            status,
            granted_at: parse_time(&r.get::<_, String>(31)?, 31)?,
        }),
        _ => None,
    };
    Ok(SignUpView {
        path: parse_column(r, 11, Path::parse)?.unwrap_or(Path::Adult),
        nhs_app: enum_column(r, 12)?,
        wants: Wants {
            services: r.get(13)?,
            new_entries: r.get(14)?,
            older_record: r.get(15)?,
        },
        proxy_request: relationship
            .zip(basis)
            .map(|(relationship, basis)| ProxyRequest {
                relationship,
                basis,
            }),
        services: r.get(18)?,
        new_entries: parse_column(r, 19, NewEntries::parse)?,
        codes_due: json_column(r, 20)?.unwrap_or_default(),
        older_record,
        proxy,
        competence_assessed: r.get(32)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::{IdDocumentsToday, InterestForm};

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-25T10:30:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn interest() -> Interest {
        InterestForm {
            first_name: "রহিম".into(),
            last_name: "Uddin".into(),
            dob_day: "1".into(),
            dob_month: "6".into(),
            dob_year: "1995".into(),
            mobile: "07700 900001".into(),
            nhs_number: "943 476 5919".into(),
            nhs_app: Some(crate::journey::NhsApp::Started),
            wants_services: true,
            wants_new_entries: false,
            wants_older_record: true,
            id_documents: Some(IdDocumentsToday::PhotoIdOnly),
            ..Default::default()
        }
        .validate(now().date_naive())
        .unwrap()
    }

    #[test]
    fn recording_interest_creates_a_journey_its_details_and_one_event() {
        let mut store = Store::open_in_memory().unwrap();
        let key = store.practice_key_for_tests();
        let j = store
            .record_interest(&interest(), Channel::Kiosk, "bn", &Actor::Kiosk, now())
            .unwrap();
        let found = store.journey_by_reference(&j.reference).unwrap().unwrap();
        assert_eq!(found, j, "what was returned is what was stored");
        assert_eq!(found.status, Status::Interested);
        assert_eq!(found.age_band, "20-35");
        assert_eq!(found.created_at, now(), "timestamps are stored in UTC");

        let events = store.events(j.id).unwrap();
        assert_eq!(events.len(), 1, "a new journey has exactly its first event");
        assert_eq!(events[0].kind, kind::INTEREST_REGISTERED);
        assert_eq!(events[0].actor, "kiosk");
        assert_eq!(events[0].details["locale"], "bn");
        assert_eq!(events[0].details["wants"]["newEntries"], false);
        assert_eq!(events[0].details["wants"]["olderRecord"], true);
        assert_eq!(events[0].details["nhsApp"], "started");
        assert_eq!(events[0].details["path"], "adult");
        let text = events[0].details.to_string();
        assert!(
            !text.contains("রহিম") && !text.contains("7700"),
            "events carry no personal data"
        );

        let p = store.personal_details(j.id, &key).unwrap().unwrap();
        assert_eq!(p.first_name, "রহিম");
        assert_eq!(p.mobile.as_deref(), Some("+447700900001"));
        assert_eq!(p.nhs_number.as_deref(), Some("9434765919"));
    }

    #[test]
    fn events_cannot_be_changed_or_deleted() {
        let mut store = Store::open_in_memory().unwrap();
        store.practice_key_for_tests();
        let j = store
            .record_interest(&interest(), Channel::Kiosk, "en-GB", &Actor::Kiosk, now())
            .unwrap();
        let update = store.conn.execute(
            "UPDATE journey_event SET kind = 'x' WHERE journey_id = ?1",
            [j.id],
        );
        assert!(update.is_err(), "history is append-only");
        let delete = store
            .conn
            .execute("DELETE FROM journey_event WHERE journey_id = ?1", [j.id]);
        assert!(delete.is_err(), "history is append-only");
        assert_eq!(store.events(j.id).unwrap().len(), 1);
    }

    #[test]
    fn each_journey_gets_its_own_reference() {
        let mut store = Store::open_in_memory().unwrap();
        store.practice_key_for_tests();
        let mut seen = std::collections::HashSet::new();
        for _ in 0..200 {
            let j = store
                .record_interest(&interest(), Channel::Kiosk, "en-GB", &Actor::Kiosk, now())
                .unwrap();
            assert!(seen.insert(j.reference.clone()), "references are unique");
        }
        assert_eq!(store.journey_count().unwrap(), 200);
    }

    #[test]
    fn a_committed_journey_is_in_the_file_after_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(super::super::DATABASE_FILE);
        let reference = {
            let mut store = Store::open(&path).unwrap();
            store.practice_key_for_tests();
            store
                .record_interest(&interest(), Channel::Kiosk, "en-GB", &Actor::Kiosk, now())
                .unwrap()
                .reference
        };
        let store = Store::open(&path).unwrap();
        assert!(store.journey_by_reference(&reference).unwrap().is_some());
    }
}
