//! What the QI reports read and keep: milestone events, anonymous feedback, tests of
//! change (PDSA cycles) and frozen baselines. Training journeys are never read here.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{Store, StoreError};
use crate::journey::Channel;
use crate::measures::feedback::{Reason, Source};
use crate::measures::{FeedbackFact, Measure};

/// A test of change, as drawn on the run charts.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PdsaCycle {
    pub id: i64,
    pub title: String,
    pub tried: String,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub created_by: String,
}

/// A frozen baseline: the weeks whose median is the centre line of a measure's chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Baseline {
    pub measure: Measure,
    pub first_week: NaiveDate,
    pub last_week: NaiveDate,
    pub frozen_by: String,
}

impl Store {
    /// Stores one anonymous feedback answer.
    pub fn record_feedback(
        &self,
        source: Source,
        reason: Reason,
        channel: Channel,
        locale: &str,
        training: bool,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO feedback (at, source, channel, locale, reason, training)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                now.to_rfc3339(),
                source.as_str(),
                channel.as_str(),
                locale,
                reason.as_str(),
                training
            ],
        )?;
        Ok(())
    }

    /// The non-training feedback answers given in `from..=to`.
    pub fn feedback_facts(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<FeedbackFact>, StoreError> {
        let (lo, hi) = bounds(from, to);
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, source, reason FROM feedback
             WHERE at >= ?1 AND at < ?2 AND training = 0 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![lo, hi], |r| {
            Ok(FeedbackFact {
                at: super::journeys::parse_time(&r.get::<_, String>(0)?, 0)?,
                source: r.get(1)?,
                reason: r.get(2)?,
            })
        })?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from)
    }

    /// Adds a test of change; returns its id.
    pub fn add_pdsa_cycle(
        &self,
        title: &str,
        tried: &str,
        start_date: NaiveDate,
        end_date: Option<NaiveDate>,
        created_by: &str,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        self.conn.execute(
            "INSERT INTO pdsa_cycle (title, tried, start_date, end_date, created_at, created_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                title,
                tried,
                start_date.to_string(),
                end_date.map(|d| d.to_string()),
                now.to_rfc3339(),
                created_by
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Ends a test of change on `end_date`.
    pub fn end_pdsa_cycle(&self, id: i64, end_date: NaiveDate) -> Result<(), StoreError> {
        let n = self.conn.execute(
            "UPDATE pdsa_cycle SET end_date = ?2 WHERE id = ?1",
            params![id, end_date.to_string()],
        )?;
        if n == 0 {
            return Err(StoreError::NoSuchPdsaCycle);
        }
        Ok(())
    }

    /// Every test of change, oldest first.
    pub fn pdsa_cycles(&self) -> Result<Vec<PdsaCycle>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, tried, start_date, end_date, created_by FROM pdsa_cycle
             ORDER BY start_date, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(PdsaCycle {
                id: r.get(0)?,
                title: r.get(1)?,
                tried: r.get(2)?,
                start_date: parse_date(&r.get::<_, String>(3)?, 3)?,
                end_date: r
                    .get::<_, Option<String>>(4)?
                    .map(|d| parse_date(&d, 4))
                    .transpose()?,
                created_by: r.get(5)?,
            })
        })?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from)
    }

    /// Freezes (or re-freezes) the baseline of a measure.
    pub fn freeze_baseline(
        &self,
        measure: Measure,
        first_week: NaiveDate,
        last_week: NaiveDate,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO run_chart_baseline (measure, first_week, last_week, frozen_at, frozen_by)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (measure) DO UPDATE SET first_week = ?2, last_week = ?3,
                frozen_at = ?4, frozen_by = ?5",
            params![
                measure.as_str(),
                first_week.to_string(),
                last_week.to_string(),
                now.to_rfc3339(),
                by
            ],
        )?;
        Ok(())
    }

    /// Unfreezes a measure's baseline: its chart's median is over all points again.
    pub fn unfreeze_baseline(&self, measure: Measure) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM run_chart_baseline WHERE measure = ?1",
            params![measure.as_str()],
        )?;
        Ok(())
    }

    pub fn baseline(&self, measure: Measure) -> Result<Option<Baseline>, StoreError> {
        self.conn
            .query_row(
                "SELECT first_week, last_week, frozen_by FROM run_chart_baseline
                 WHERE measure = ?1",
                params![measure.as_str()],
                |r| {
                    Ok(Baseline {
                        measure,
                        first_week: parse_date(&r.get::<_, String>(0)?, 0)?,
                        last_week: parse_date(&r.get::<_, String>(1)?, 1)?,
                        frozen_by: r.get(2)?,
                    })
                },
            )
            .optional()
            .map_err(StoreError::from)
    }
}

/// RFC 3339 bounds covering the UTC days `from..=to` (text comparison works because every
/// stored time is UTC with the same `+00:00` form).
fn bounds(from: NaiveDate, to: NaiveDate) -> (String, String) {
    (from.to_string(), (to + Duration::days(1)).to_string())
}

fn parse_date(s: &str, col: usize) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, Box::new(e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::sign_up::{IdentityMethod, NewEntries, Risk, Step};
    use crate::journey::{Actor, IdDocumentsToday, InterestForm};
    use crate::measures::{Breakdown, Milestone, Period, WeekStart};
    use crate::store::MilestoneIndex;
    use chrono::TimeZone;

    fn at(d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap()
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn interest(store: &mut Store, channel: Channel, locale: &str, when: DateTime<Utc>) -> i64 {
        let form = InterestForm {
            first_name: "Test".into(),
            last_name: "Patient".into(),
            dob_day: "1".into(),
            dob_month: "6".into(),
            dob_year: "1950".into(),
            mobile: "07700 900001".into(),
            nhs_app: Some(crate::journey::NhsApp::No),
            wants_services: true,
            id_documents: Some(IdDocumentsToday::Both),
            ..Default::default()
        }
        .validate(when.date_naive())
        .unwrap();
        store
            .record_interest(&form, channel, locale, &Actor::Kiosk, when)
            .unwrap()
            .id
    }

    fn step(store: &mut Store, id: i64, step: Step, when: DateTime<Utc>) {
        let staff = Actor::Staff("Officer".into());
        store
            .apply_step(
                id,
                &step,
                serde_json::json!({}),
                Default::default(),
                &staff,
                when,
            )
            .unwrap();
    }

    fn verified() -> Step {
        Step::IdentityVerified {
            method: IdentityMethod::Vouching,
            documents: vec![],
            vouched_by: Some("Dr Who".into()),
            patient: None,
        }
    }

    fn granted() -> Step {
        Step::AccessGranted {
            services: true,
            new_entries: Some(NewEntries::On),
            risks_explained: Risk::ALL.to_vec(),
            competence_assessed: false,
            proxy: None,
        }
    }

    /// Weeks of Monday 2 and Monday 9 November 2026, counted by hand:
    /// - A (kiosk, bn): interest 2 Nov 10:00, verified 4 Nov, access 10 Nov 10:00 (8 days),
    ///   coded 11 Nov;
    /// - B (phlebotomy, en-GB): interest 2 Nov 10:00, verified and access 9 Nov 10:00 (7 days);
    /// - C (kiosk, ur): interest 3 Nov, declined;
    /// - D: a training journey, interest and verified in week 1: never counted;
    /// - E: interest 16 Nov, outside the period.
    #[test]
    fn the_report_from_a_seeded_history_equals_the_counts_made_by_hand() {
        let mut s = Store::open_in_memory().unwrap();
        s.practice_key_for_tests();
        let a = interest(&mut s, Channel::Kiosk, "bn", at(2, 10));
        let b = interest(&mut s, Channel::Phlebotomy, "en-GB", at(2, 10));
        let c = interest(&mut s, Channel::Kiosk, "ur", at(3, 9));
        let d = interest(&mut s, Channel::Kiosk, "bn", at(3, 9));
        interest(&mut s, Channel::Kiosk, "bn", at(16, 9));
        step(&mut s, a, verified(), at(4, 11));
        step(&mut s, a, granted(), at(10, 10));
        step(&mut s, a, Step::Coded9iw, at(11, 12));
        step(&mut s, b, verified(), at(9, 9));
        step(&mut s, b, granted(), at(9, 10));
        step(
            &mut s,
            c,
            Step::Declined {
                reason: String::new(),
            },
            at(3, 10),
        );
        step(&mut s, d, verified(), at(4, 9));
        s.conn
            .execute("UPDATE journey SET training = 1 WHERE id = ?1", [d])
            .unwrap();
        s.record_feedback(
            Source::Patient,
            Reason::Privacy,
            Channel::Kiosk,
            "bn",
            false,
            at(3, 9),
        )
        .unwrap();
        s.record_feedback(
            Source::Staff,
            Reason::NoDevice,
            Channel::Kiosk,
            "bn",
            false,
            at(9, 9),
        )
        .unwrap();
        s.record_feedback(
            Source::Patient,
            Reason::Privacy,
            Channel::Kiosk,
            "bn",
            true,
            at(3, 9),
        )
        .unwrap();

        let period = Period {
            from: day(2),
            to: day(15),
            week_start: WeekStart::Monday,
        };
        let index = MilestoneIndex::build(&s, |_, _| {}).unwrap();
        assert_eq!(index.journeys(), 4, "the training journey is not indexed");
        let m = index.measures(period, s.feedback_facts(period.from, period.to).unwrap());
        let total = |ms: Milestone| m.counts(ms, Breakdown::Total, "");
        assert_eq!(total(Milestone::InterestRegistered), [3, 0]);
        assert_eq!(total(Milestone::IdentityVerified), [1, 1]);
        assert_eq!(total(Milestone::AccessGranted), [0, 2]);
        assert_eq!(total(Milestone::Coded9iw), [0, 1]);
        assert_eq!(
            m.series(Measure::MedianDaysToAccess, Breakdown::Total, "")
                .values,
            [None, Some(7.5)]
        );
        assert_eq!(
            m.counts(Milestone::InterestRegistered, Breakdown::Channel, "kiosk"),
            [2, 0]
        );
        assert_eq!(
            m.counts(Milestone::AccessGranted, Breakdown::Language, "en-GB"),
            [0, 1]
        );
        assert_eq!(
            m.counts(Milestone::InterestRegistered, Breakdown::AgeBand, "65-79"),
            [3, 0]
        );
        assert_eq!(
            m.feedback(),
            vec![
                ("patient".into(), "privacy".into(), vec![1, 0]),
                ("staff".into(), "no-device".into(), vec![0, 1]),
            ]
        );
    }

    /// The index brought up to date step by step equals one built afresh from the file,
    /// including a cohort re-tag after the journey's milestones were indexed.
    #[test]
    fn a_refreshed_index_equals_a_fresh_build() {
        let mut s = Store::open_in_memory().unwrap();
        s.practice_key_for_tests();
        let period = Period {
            from: day(2),
            to: day(15),
            week_start: WeekStart::Monday,
        };
        let mut index = MilestoneIndex::build(&s, |_, _| {}).unwrap();
        let a = interest(&mut s, Channel::Kiosk, "bn", at(2, 10));
        index.refresh(&s, |_, _| {}).unwrap();
        step(&mut s, a, verified(), at(4, 11));
        let b = interest(&mut s, Channel::Reception, "so", at(9, 10));
        index.refresh(&s, |_, _| {}).unwrap();
        s.set_cohorts(
            a,
            &[crate::journey::sign_up::Cohort::Carer],
            &Actor::Staff("Officer".into()),
            at(10, 9),
        )
        .unwrap();
        step(&mut s, b, verified(), at(10, 11));
        step(&mut s, a, granted(), at(11, 10));
        index.refresh(&s, |_, _| {}).unwrap();
        let fresh = MilestoneIndex::build(&s, |_, _| {}).unwrap();
        assert_eq!(
            crate::measures::to_csv(&index.measures(period, vec![]).rows()),
            crate::measures::to_csv(&fresh.measures(period, vec![]).rows())
        );
        let m = index.measures(period, vec![]);
        assert_eq!(
            m.counts(Milestone::IdentityVerified, Breakdown::Cohort, "carer"),
            [1, 0]
        );
        assert_eq!(
            m.counts(Milestone::IdentityVerified, Breakdown::Total, ""),
            [1, 1]
        );
        assert_eq!(
            m.counts(Milestone::InterestRegistered, Breakdown::Cohort, "none"),
            [0, 1]
        );
    }

    #[test]
    fn tests_of_change_and_baselines_are_kept() {
        let s = Store::open_in_memory().unwrap();
        let id = s
            .add_pdsa_cycle(
                "Posters",
                "Posters in Bengali",
                day(2),
                None,
                "Ann",
                at(2, 9),
            )
            .unwrap();
        s.end_pdsa_cycle(id, day(20)).unwrap();
        assert!(matches!(
            s.end_pdsa_cycle(id + 1, day(20)),
            Err(StoreError::NoSuchPdsaCycle)
        ));
        let cycles = s.pdsa_cycles().unwrap();
        assert_eq!(cycles.len(), 1);
        assert_eq!(cycles[0].end_date, Some(day(20)));
        assert!(
            s.end_pdsa_cycle(id, day(1)).is_err(),
            "an end before the start is refused by the database"
        );
        assert_eq!(s.baseline(Measure::AccessGranted).unwrap(), None);
        s.freeze_baseline(Measure::AccessGranted, day(2), day(9), "Ann", at(10, 9))
            .unwrap();
        s.freeze_baseline(Measure::AccessGranted, day(2), day(16), "Bo", at(17, 9))
            .unwrap();
        let b = s.baseline(Measure::AccessGranted).unwrap().unwrap();
        assert_eq!((b.last_week, b.frozen_by.as_str()), (day(16), "Bo"));
        s.unfreeze_baseline(Measure::AccessGranted).unwrap();
        assert_eq!(s.baseline(Measure::AccessGranted).unwrap(), None);
    }
}
