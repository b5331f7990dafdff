//! Staff free text in the event history, sealed like personal details.
//!
//! What the officer types in their own words (what was missing, a reason, who vouched, a
//! proxy's relationship) can be as sensitive as anything the patient typed ("staying at a
//! women's refuge"), and the event history is append-only and kept for ever for the reports.
//! So every event is written through [`split`]: the fields its kind names as free text
//! ([`crate::journey::sign_up::free_text_fields`]) are taken out and sealed to the practice
//! key in a row of their own (`sealed_note`, bound to the journey's reference and the event),
//! in the same transaction; the event keeps the rest in clear, with the field set to `null`
//! and its name listed under `sealedFields`. Staff see the text again only through
//! [`Store::events_opened`], with the key of a staff session. The retention purge deletes
//! the notes with the personal details.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};
use serde_json::{Map, Value};

use super::{Store, StoreError};
use crate::journey::sign_up::{free_text_fields, legacy_free_text_fields};
use crate::journey::Event;
use crate::privacy::{open, seal, DeviceSecret, SecretKey};

/// Where an event's clear details list the fields that were sealed.
pub const SEALED_FIELDS: &str = "sealedFields";

/// What a note is bound to: its journey and its event, so it opens nowhere else.
pub(super) fn associated_data(reference: &str, event_id: i64) -> Vec<u8> {
    format!("note:{reference}:{event_id}").into_bytes()
}

/// Splits an event's details into what stays in clear and the free text to seal (pointer →
/// text), for an event of `kind`. Empty text is not sealed: there is nothing in it.
pub(super) fn split(kind: &str, details: &Value) -> (Value, Map<String, Value>) {
    let mut clear = details.clone();
    let mut sealed = Map::new();
    for pointer in free_text_fields(kind)
        .iter()
        .chain(legacy_free_text_fields(kind))
    {
        if let Some(field) = clear.pointer_mut(pointer) {
            if field.as_str().is_some_and(|t| !t.is_empty()) {
                sealed.insert((*pointer).to_owned(), field.take());
            }
        }
    }
    if !sealed.is_empty() {
        if let Value::Object(o) = &mut clear {
            o.insert(
                SEALED_FIELDS.into(),
                Value::Array(sealed.keys().cloned().map(Value::String).collect()),
            );
        }
    }
    (clear, sealed)
}

/// Puts opened free text back where it was taken from.
fn merge(details: &mut Value, sealed: Map<String, Value>) {
    for (pointer, text) in sealed {
        if let Some(field) = details.pointer_mut(&pointer) {
            *field = text;
        }
    }
}

/// Appends one event inside whatever transaction `conn` is in, its free text sealed in the
/// same transaction: the only place events are written.
pub(super) fn insert_event(
    conn: &rusqlite::Connection,
    journey_id: i64,
    now: chrono::DateTime<chrono::Utc>,
    actor: &crate::journey::Actor,
    kind: &str,
    details: &Value,
) -> Result<(), StoreError> {
    let (clear, sealed) = split(kind, details);
    conn.execute(
        "INSERT INTO journey_event (journey_id, at, actor, kind, details)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            journey_id,
            now.to_rfc3339(),
            actor.as_str(),
            kind,
            clear.to_string()
        ],
    )?;
    if !sealed.is_empty() {
        let event_id = conn.last_insert_rowid();
        seal_note(conn, journey_id, event_id, &sealed, None)?;
    }
    Ok(())
}

fn seal_note(
    conn: &rusqlite::Connection,
    journey_id: i64,
    event_id: i64,
    sealed: &Map<String, Value>,
    device: Option<&DeviceSecret>,
) -> Result<(), StoreError> {
    let reference: String = conn
        .query_row(
            "SELECT reference FROM journey WHERE id = ?1",
            [journey_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(StoreError::NoSuchJourney)?;
    let public = match device {
        Some(_) => super::keys::held_public_key(conn, device)?,
        None => super::keys::public_key(conn)?,
    };
    let plain = zeroize::Zeroizing::new(serde_json::to_vec(sealed).unwrap_or_default());
    let blob = seal(&public, &plain, &associated_data(&reference, event_id))?;
    conn.execute(
        "INSERT INTO sealed_note (event_id, journey_id, sealed) VALUES (?1, ?2, ?3)",
        params![event_id, journey_id, blob],
    )?;
    Ok(())
}

/// Every sealed note with what it is bound to, for re-sealing to a new practice key.
pub(super) fn note_rows(
    conn: &rusqlite::Connection,
) -> Result<Vec<super::sealed::SealedRow>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT n.event_id, j.reference, n.sealed
         FROM sealed_note n JOIN journey j ON j.id = n.journey_id",
    )?;
    let rows = stmt.query_map([], |r| {
        let event_id: i64 = r.get(0)?;
        let reference: String = r.get(1)?;
        Ok((event_id, associated_data(&reference, event_id), r.get(2)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Store {
    /// A journey's history with its staff free text opened by the practice key (staff
    /// sessions only). A note that was purged, or does not open, leaves its fields `null`.
    pub fn events_opened(
        &self,
        journey_id: i64,
        key: &SecretKey,
    ) -> Result<Vec<Event>, StoreError> {
        let ids = self.event_ids(journey_id)?;
        let mut events = self.events(journey_id)?;
        let notes = self.notes_of(journey_id, key)?;
        for (id, event) in ids.into_iter().zip(events.iter_mut()) {
            if let Some(sealed) = notes.get(&id) {
                merge(&mut event.details, sealed.clone());
            }
        }
        Ok(events)
    }

    fn event_ids(&self, journey_id: i64) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM journey_event WHERE journey_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([journey_id], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn notes_of(
        &self,
        journey_id: i64,
        key: &SecretKey,
    ) -> Result<HashMap<i64, Map<String, Value>>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT n.event_id, j.reference, n.sealed
             FROM sealed_note n JOIN journey j ON j.id = n.journey_id WHERE n.journey_id = ?1",
        )?;
        let rows = stmt.query_map([journey_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Vec<u8>>(2)?,
            ))
        })?;
        let mut out = HashMap::new();
        for row in rows {
            let (event_id, reference, blob) = row?;
            let opened = open(key, &blob, &associated_data(&reference, event_id))
                .ok()
                .and_then(|plain| serde_json::from_slice::<Map<String, Value>>(&plain).ok());
            if let Some(sealed) = opened {
                out.insert(event_id, sealed);
            }
        }
        Ok(out)
    }

    /// Seals the free text that events written by older versions hold in clear, in one
    /// transaction (the history's append-only trigger is lifted for it and put back as it
    /// was). Returns how many events were changed; the caller scrubs the file.
    pub(super) fn seal_event_free_text(
        &mut self,
        device: Option<&DeviceSecret>,
    ) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let rows: Vec<(i64, i64, String, String)> = {
            let mut stmt = tx.prepare(
                "SELECT e.id, e.journey_id, e.kind, e.details FROM journey_event e
                 WHERE NOT EXISTS (SELECT 1 FROM sealed_note n WHERE n.event_id = e.id)",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        let mut changed = Vec::new();
        for (id, journey_id, kind, details) in rows {
            let Ok(details) = serde_json::from_str::<Value>(&details) else {
                continue;
            };
            let (clear, sealed) = split(&kind, &details);
            if !sealed.is_empty() {
                changed.push((id, journey_id, clear, sealed));
            }
        }
        if changed.is_empty() {
            return Ok(0);
        }
        let trigger: String = tx.query_row(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger'
                 AND name = 'journey_event_is_append_only_update'",
            [],
            |r| r.get(0),
        )?;
        tx.execute_batch("DROP TRIGGER journey_event_is_append_only_update")?;
        for (id, journey_id, clear, sealed) in &changed {
            tx.execute(
                "UPDATE journey_event SET details = ?2 WHERE id = ?1",
                params![id, clear.to_string()],
            )?;
            seal_note(&tx, *journey_id, *id, sealed, device)?;
        }
        tx.execute_batch(&trigger)?;
        tx.commit()?;
        Ok(changed.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn free_text_is_split_out_and_merged_back_and_empty_text_is_left() {
        let details = json!({ "newEntries": "on", "proxy": { "decidedBy": "Dr Sonné", "basis": "patient-consent" } });
        let (clear, sealed) = split("access-granted", &details);
        assert_eq!(clear["proxy"]["decidedBy"], Value::Null);
        assert_eq!(clear["proxy"]["basis"], "patient-consent");
        assert_eq!(clear["newEntries"], "on");
        assert_eq!(clear[SEALED_FIELDS], json!(["/proxy/decidedBy"]));
        let mut back = clear.clone();
        merge(&mut back, sealed);
        back.as_object_mut().unwrap().remove(SEALED_FIELDS);
        assert_eq!(back, details);

        // An event an older version wrote, where a proxy's relationship was typed.
        let old = json!({ "level": "full-record", "proxy": { "relationship": "her son", "basis": "patient-consent" } });
        let (clear, sealed) = split("access-granted", &old);
        assert_eq!(clear["proxy"]["relationship"], Value::Null);
        assert_eq!(clear["proxy"]["basis"], "patient-consent");
        assert_eq!(clear[SEALED_FIELDS], json!(["/proxy/relationship"]));
        assert_eq!(sealed["/proxy/relationship"], "her son");

        let (clear, sealed) = split("declined", &json!({ "reason": "" }));
        assert!(sealed.is_empty());
        assert_eq!(
            clear,
            json!({ "reason": "" }),
            "nothing typed, nothing sealed"
        );
        let (clear, sealed) = split("slip-printed", &json!({ "layout": "a4" }));
        assert!(sealed.is_empty());
        assert_eq!(clear, json!({ "layout": "a4" }));
    }
}
