//! An in-memory index of when each journey reached each milestone, built from the event
//! history and brought up to date by reading only the events added since.
//!
//! Events are append-only and numbered, so the last event read is an exact cursor: a
//! refresh reads the new events and nothing else, and the index can never drift from the
//! history (a fresh build from the file gives the same index; a test checks it). Counting a
//! period is then a pass over small fixed-size records, not over a million rows of text.
//! Journeys made in training mode are never indexed.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;

use super::{kind, Store, StoreError};
use crate::measures::{Breakdown, FeedbackFact, Milestone, Period, WeeklyMeasures, NO_COHORT};

const SECONDS_PER_DAY: i64 = 86_400;
/// Not reached (yet).
const NEVER: i64 = i64::MIN;
/// How many events are read between two progress reports.
const PROGRESS_EVERY: u64 = 50_000;

/// Names seen in one breakdown (channel, language, ...), numbered in order of first sight.
#[derive(Debug, Clone, Default)]
struct Names {
    names: Vec<String>,
    ids: HashMap<String, u16>,
}

impl Names {
    fn id(&mut self, name: &str) -> u16 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = u16::try_from(self.names.len()).unwrap_or(u16::MAX);
        self.names.push(name.to_owned());
        self.ids.insert(name.to_owned(), id);
        id
    }
}

/// One journey: when it reached each milestone (UTC seconds) and what it is counted by.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Record {
    interest_at: i64,
    reached: [i64; Milestone::COUNT],
    channel: u16,
    locale: u16,
    age_band: u16,
    /// Bit n set: tagged with cohort name n.
    cohorts: u64,
}

#[derive(Debug, Clone, Default)]
pub struct MilestoneIndex {
    last_event_id: i64,
    last_journey_id: i64,
    records: Vec<Record>,
    slot_of: HashMap<i64, usize>,
    channels: Names,
    locales: Names,
    age_bands: Names,
    cohorts: Names,
}

impl MilestoneIndex {
    /// Builds the index from the whole history; `progress` hears (events read, events in
    /// the file).
    pub fn build(store: &Store, progress: impl FnMut(u64, u64)) -> Result<Self, StoreError> {
        let mut index = MilestoneIndex::default();
        index.refresh(store, progress)?;
        Ok(index)
    }

    /// Reads the journeys and events added since the last refresh. Journeys are never
    /// deleted except training ones, which are never indexed, so new rows are all there is
    /// to read.
    pub fn refresh(
        &mut self,
        store: &Store,
        mut progress: impl FnMut(u64, u64),
    ) -> Result<(), StoreError> {
        let conn = &store.conn;
        {
            let mut stmt = conn.prepare_cached(
                "SELECT id, created_at, channel, locale, age_band, cohorts, training
                 FROM journey WHERE id > ?1 ORDER BY id",
            )?;
            let mut rows = stmt.query([self.last_journey_id])?;
            while let Some(r) = rows.next()? {
                let id: i64 = r.get(0)?;
                self.last_journey_id = id;
                if r.get::<_, bool>(6)? {
                    continue;
                }
                let record = Record {
                    interest_at: utc_seconds(&r.get::<_, String>(1)?),
                    reached: [NEVER; Milestone::COUNT],
                    channel: self.channels.id(&r.get::<_, String>(2)?),
                    locale: self.locales.id(&r.get::<_, String>(3)?),
                    age_band: self.age_bands.id(&r.get::<_, String>(4)?),
                    cohorts: self.cohort_bits(&r.get::<_, String>(5)?),
                };
                self.slot_of.insert(id, self.records.len());
                self.records.push(record);
            }
        }
        let total: i64 =
            conn.query_row("SELECT coalesce(max(id), 0) FROM journey_event", [], |r| {
                r.get(0)
            })?;
        let total = u64::try_from(total).unwrap_or(0);
        let mut stmt = conn.prepare_cached(
            "SELECT id, journey_id, kind, at FROM journey_event WHERE id > ?1 ORDER BY id",
        )?;
        let mut rows = stmt.query([self.last_event_id])?;
        let mut retagged = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            self.last_event_id = id;
            let id = u64::try_from(id).unwrap_or(0);
            if id % PROGRESS_EVERY == 0 {
                progress(id, total);
            }
            let Some(&slot) = self.slot_of.get(&r.get::<_, i64>(1)?) else {
                continue; // a training journey
            };
            let kind_ref = r.get_ref(2)?;
            let kind = kind_ref.as_str().map_err(rusqlite::Error::from)?;
            if let Some(m) = Milestone::from_event_kind(kind) {
                let at = utc_seconds(r.get_ref(3)?.as_str().map_err(rusqlite::Error::from)?);
                let reached = &mut self.records[slot].reached[m as usize];
                if *reached == NEVER || at < *reached {
                    *reached = at;
                }
            } else if kind == kind::COHORTS_TAGGED {
                retagged.push((r.get::<_, i64>(1)?, slot));
            }
        }
        progress(total, total);
        drop(rows);
        drop(stmt);
        for (journey_id, slot) in retagged {
            let cohorts: String = conn.query_row(
                "SELECT cohorts FROM journey WHERE id = ?1",
                params![journey_id],
                |r| r.get(0),
            )?;
            self.records[slot].cohorts = self.cohort_bits(&cohorts);
        }
        Ok(())
    }

    fn cohort_bits(&mut self, json: &str) -> u64 {
        let names: Vec<String> = serde_json::from_str(json).unwrap_or_default();
        let names = if names.is_empty() {
            vec![NO_COHORT.to_owned()]
        } else {
            names
        };
        names
            .iter()
            .map(|n| self.cohorts.id(n))
            .filter(|&id| id < 64)
            .fold(0, |bits, id| bits | 1 << id)
    }

    /// How many journeys are indexed.
    pub fn journeys(&self) -> usize {
        self.records.len()
    }

    /// The weekly measures of `period`, with its feedback.
    pub fn measures(&self, period: Period, feedback: Vec<FeedbackFact>) -> WeeklyMeasures {
        let weeks = period.week_count();
        let first_day = day_number(period.first_week());
        let (from, to) = (day_number(period.from), day_number(period.to));
        let week_of = |at: i64| {
            let day = at.div_euclid(SECONDS_PER_DAY);
            (at != NEVER && day >= from && day <= to)
                .then(|| usize::try_from((day - first_day) / 7).unwrap_or(usize::MAX))
                .filter(|&w| w < weeks)
        };
        let dims: [(Breakdown, &Names); 4] = [
            (Breakdown::Channel, &self.channels),
            (Breakdown::Language, &self.locales),
            (Breakdown::AgeBand, &self.age_bands),
            (Breakdown::Cohort, &self.cohorts),
        ];
        // counts[dim][group][milestone][week], with dimension 0 the total.
        let mut counts: Vec<Vec<[Vec<u32>; Milestone::COUNT]>> = std::iter::once(1)
            .chain(dims.iter().map(|(_, n)| n.names.len()))
            .map(|groups| {
                (0..groups)
                    .map(|_| std::array::from_fn(|_| vec![0; weeks]))
                    .collect()
            })
            .collect();
        let mut days: Vec<Vec<Vec<Vec<f64>>>> = counts
            .iter()
            .map(|groups| groups.iter().map(|_| vec![Vec::new(); weeks]).collect())
            .collect();
        for rec in &self.records {
            for (m, &at) in rec.reached.iter().enumerate() {
                let Some(w) = week_of(at) else { continue };
                let granted = (m == Milestone::AccessGranted as usize)
                    .then(|| (at - rec.interest_at) as f64 / SECONDS_PER_DAY as f64);
                let mut count = |dim: usize, group: usize| {
                    counts[dim][group][m][w] += 1;
                    if let Some(d) = granted {
                        days[dim][group][w].push(d);
                    }
                };
                count(0, 0);
                count(1, usize::from(rec.channel));
                count(2, usize::from(rec.locale));
                count(3, usize::from(rec.age_band));
                let mut bits = rec.cohorts;
                while bits != 0 {
                    let c = bits.trailing_zeros() as usize;
                    count(4, c);
                    bits &= bits - 1;
                }
            }
        }
        let mut out = WeeklyMeasures::compute(period, [], feedback);
        let names = |dim: usize| -> (Breakdown, Vec<String>) {
            match dim {
                0 => (Breakdown::Total, vec![String::new()]),
                d => (dims[d - 1].0, dims[d - 1].1.names.clone()),
            }
        };
        for (dim, (groups, group_days)) in counts.into_iter().zip(days).enumerate() {
            let (breakdown, group_names) = names(dim);
            for ((name, c), d) in group_names.into_iter().zip(groups).zip(group_days) {
                // A group with nothing in the period is not listed (as when counting facts).
                if dim > 0 && c.iter().all(|w| w.iter().all(|&n| n == 0)) {
                    continue;
                }
                out.insert_tally(breakdown, name, c, d);
            }
        }
        out
    }
}

/// Days since 1970-01-01.
fn day_number(d: NaiveDate) -> i64 {
    d.signed_duration_since(NaiveDate::default()).num_days()
}

/// Seconds since the Unix epoch of a stored time. Stored times are RFC 3339 in UTC
/// (`2026-11-25T10:30:00.123+00:00`); the fast path reads the fixed positions, anything
/// else goes through the full parser. Unreadable text counts as never.
fn utc_seconds(s: &str) -> i64 {
    fast_utc_seconds(s)
        .or_else(|| {
            DateTime::parse_from_rfc3339(s)
                .ok()
                .map(|t| t.with_timezone(&Utc).timestamp())
        })
        .unwrap_or(NEVER)
}

fn fast_utc_seconds(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || !s.ends_with("+00:00") {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u32> { s.get(from..to)?.parse().ok() };
    let date = NaiveDate::from_ymd_opt(i32::try_from(num(0, 4)?).ok()?, num(5, 7)?, num(8, 10)?)?;
    let (h, m, sec) = (num(11, 13)?, num(14, 16)?, num(17, 19)?);
    if h > 23 || m > 59 || sec > 60 {
        return None;
    }
    Some(day_number(date) * SECONDS_PER_DAY + i64::from(h * 3600 + m * 60 + sec))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_times_are_read_exactly() {
        let t = "2026-11-25T10:30:07.123456789+00:00";
        let chrono = DateTime::parse_from_rfc3339(t).unwrap().timestamp();
        assert_eq!(utc_seconds(t), chrono);
        assert_eq!(utc_seconds("2026-11-25T10:30:07+00:00"), chrono);
        // Not the stored form: still read correctly by the full parser.
        assert_eq!(utc_seconds("2026-11-25T11:30:07+01:00"), chrono);
        assert_eq!(utc_seconds("1969-12-31T23:59:59+00:00"), -1);
        assert_eq!(utc_seconds("yesterday"), NEVER);
        assert_eq!(utc_seconds("2026-13-25T10:30:07+00:00"), NEVER);
    }
}
