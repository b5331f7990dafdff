//! The anonymous aggregate file a practice sends to its borough, and the borough's merge of
//! many practices' files.
//!
//! The file holds weekly counts only, for whole weeks (a week the export's period covers
//! only in part is left out): the practice's ODS code, and for each week each
//! milestone's count (the sign-up funnel's four, and since format 2 the older-record
//! requests made, granted and declined and the proxy accesses granted) in total and by
//! channel, language, cohort and age band, the median days to access, and the feedback
//! answers. No names, dates of birth, references or events. A borough merge reads format 1
//! files too: their practices did not report the newer measures, and the merge says so.
//!
//! Disclosure control, so no patient can be singled out by a small number or by
//! subtracting one published number from another: every count from 1 to 7 is suppressed
//! (written as `null`) and every other count is rounded to the nearest 5 — the rule NHS
//! England uses for its published activity statistics. Zeros stay zeros. The median days to
//! access is given only for weeks with at least 8 grants. The rule is written into each
//! file, so a reader never has to guess.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::measures::{Breakdown, Measure, Milestone, WeekStart, WeeklyMeasures};

/// What identifies the file's format.
pub const SCHEMA: &str = "access-kiosk-aggregate";
/// The format version this build writes.
pub const SCHEMA_VERSION: u32 = 2;
/// The format versions this build reads: 1 lacks the older-record and proxy measures.
pub const READS_VERSIONS: std::ops::RangeInclusive<u32> = 1..=SCHEMA_VERSION;
/// Counts from 1 up to this are suppressed.
pub const SUPPRESS_UP_TO: u32 = 7;
/// Other counts are rounded to a multiple of this.
pub const ROUND_TO: u32 = 5;
/// The fewest grants in a week for its median days to access to be given.
pub const MIN_GRANTS_FOR_MEDIAN: u32 = 8;

/// The rule, in words, as written into every file.
pub const DISCLOSURE_RULE: &str = "Counts from 1 to 7 are suppressed (null); all other counts \
    are rounded to the nearest 5; zero is shown as 0. The median days to access is given \
    only for weeks with at least 8 grants.";

/// A count as published: `None` when suppressed.
pub type Published = Option<u32>;

/// Applies the disclosure rule to one count.
pub fn publish(count: u32) -> Published {
    match count {
        0 => Some(0),
        1..=SUPPRESS_UP_TO => None,
        n => Some((n + ROUND_TO / 2) / ROUND_TO * ROUND_TO),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AggregateFile {
    pub schema: String,
    pub schema_version: u32,
    pub ods_code: String,
    pub generated_at: DateTime<Utc>,
    pub week_starts_on: WeekStart,
    pub disclosure_control: String,
    pub weeks: Vec<AggregateWeek>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AggregateWeek {
    pub week_start: NaiveDate,
    pub week: String,
    /// Per milestone: the total and each breakdown's groups.
    pub counts: BTreeMap<Milestone, MilestoneCounts>,
    pub median_days_to_access: Option<f64>,
    /// Feedback answers: source → reason → count.
    pub feedback: BTreeMap<String, BTreeMap<String, Published>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneCounts {
    pub total: Published,
    pub channel: BTreeMap<String, Published>,
    pub language: BTreeMap<String, Published>,
    pub cohort: BTreeMap<String, Published>,
    #[serde(rename = "age-band")]
    pub age_band: BTreeMap<String, Published>,
}

impl MilestoneCounts {
    fn groups_mut(&mut self, b: Breakdown) -> Option<&mut BTreeMap<String, Published>> {
        match b {
            Breakdown::Total => None,
            Breakdown::Channel => Some(&mut self.channel),
            Breakdown::Language => Some(&mut self.language),
            Breakdown::Cohort => Some(&mut self.cohort),
            Breakdown::AgeBand => Some(&mut self.age_band),
        }
    }

    fn groups(&self, b: Breakdown) -> Option<&BTreeMap<String, Published>> {
        match b {
            Breakdown::Total => None,
            Breakdown::Channel => Some(&self.channel),
            Breakdown::Language => Some(&self.language),
            Breakdown::Cohort => Some(&self.cohort),
            Breakdown::AgeBand => Some(&self.age_band),
        }
    }
}

impl AggregateFile {
    /// The anonymous aggregate of a practice's weekly measures, over the weeks the period
    /// covers whole ([`crate::measures::Period::whole_weeks`]): a week cut by the period's
    /// first or last day (the week in progress, when the export runs to today) is left out
    /// of the file, so the borough never adds part of a week to other practices' weeks.
    pub fn from_measures(ods_code: &str, m: &WeeklyMeasures, now: DateTime<Utc>) -> Self {
        let whole = m.period().whole_weeks();
        let weeks = m.weeks();
        let mut out: Vec<AggregateWeek> = weeks[whole.clone()]
            .iter()
            .map(|(start, label)| AggregateWeek {
                week_start: *start,
                week: label.clone(),
                counts: BTreeMap::new(),
                median_days_to_access: None,
                feedback: BTreeMap::new(),
            })
            .collect();
        for milestone in Milestone::ALL {
            let total = m.counts(milestone, Breakdown::Total, "");
            for (w, week) in out.iter_mut().enumerate() {
                week.counts.entry(milestone).or_default().total = publish(total[whole.start + w]);
            }
            for b in Breakdown::ALL.into_iter().skip(1) {
                for group in m.groups(b) {
                    let counts = m.counts(milestone, b, &group);
                    for (w, week) in out.iter_mut().enumerate() {
                        if let Some(groups) =
                            week.counts.entry(milestone).or_default().groups_mut(b)
                        {
                            groups.insert(group.clone(), publish(counts[whole.start + w]));
                        }
                    }
                }
            }
        }
        let grants = m.counts(Milestone::AccessGranted, Breakdown::Total, "");
        let days = m.series(Measure::MedianDaysToAccess, Breakdown::Total, "");
        for (w, week) in out.iter_mut().enumerate() {
            let w = whole.start + w;
            if grants[w] >= MIN_GRANTS_FOR_MEDIAN {
                week.median_days_to_access = days.values[w].map(|d| (d * 10.0).round() / 10.0);
            }
        }
        for (source, reason, counts) in m.feedback() {
            for (w, week) in out.iter_mut().enumerate() {
                week.feedback
                    .entry(source.clone())
                    .or_default()
                    .insert(reason.clone(), publish(counts[whole.start + w]));
            }
        }
        AggregateFile {
            schema: SCHEMA.into(),
            schema_version: SCHEMA_VERSION,
            ods_code: ods_code.into(),
            generated_at: now,
            week_starts_on: m.period().week_start,
            disclosure_control: DISCLOSURE_RULE.into(),
            weeks: out,
        }
    }

    pub fn to_json(&self) -> String {
        // Serialising these plain maps and numbers cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads and checks one practice's file.
    pub fn parse(path: &Path, text: &str) -> Result<Self, AggregateError> {
        let bad = |why: String| AggregateError::Malformed {
            path: path.to_owned(),
            why,
        };
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| bad(format!("not JSON ({e})")))?;
        if value.get("schema").and_then(|s| s.as_str()) != Some(SCHEMA) {
            return Err(bad(format!(
                "it is not an Access Kiosk aggregate file (\"schema\" is not \"{SCHEMA}\")"
            )));
        }
        match value.get("schema_version").and_then(|v| v.as_u64()) {
            Some(v) if u32::try_from(v).is_ok_and(|v| READS_VERSIONS.contains(&v)) => {}
            Some(v) => {
                return Err(AggregateError::SchemaVersion {
                    path: path.to_owned(),
                    found: v,
                })
            }
            None => return Err(bad("it has no \"schema_version\"".into())),
        }
        let file: AggregateFile = serde_json::from_value(value).map_err(|e| bad(e.to_string()))?;
        if !crate::journey::validation::is_ods_code(&file.ods_code) {
            return Err(bad(format!("{:?} is not an ODS code", file.ods_code)));
        }
        for w in &file.weeks {
            if file.week_starts_on.week_of(w.week_start) != w.week_start {
                return Err(bad(format!(
                    "week {} does not start on a {}",
                    w.week_start,
                    file.week_starts_on.as_str()
                )));
            }
        }
        Ok(file)
    }
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AggregateError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} was refused: {why}")]
    Malformed { path: PathBuf, why: String },
    #[error(
        "{path} was refused: it is aggregate format version {found}, this version of Access \
         Kiosk reads versions 1 to {SCHEMA_VERSION}"
    )]
    SchemaVersion { path: PathBuf, found: u64 },
    #[error(
        "{path} was refused: its weeks start on {found}, the other files' on {expected}; \
         ask the practice to export with the borough's week"
    )]
    WeekStartMismatch {
        path: PathBuf,
        found: &'static str,
        expected: &'static str,
    },
    #[error("{path} was refused: practice {ods_code} is already in {first}")]
    DuplicatePractice {
        path: PathBuf,
        ods_code: String,
        first: PathBuf,
    },
    #[error("no files to merge")]
    Nothing,
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl AggregateWeek {
    /// The published total of a milestone; `None` if suppressed or not in the file.
    pub fn total(&self, milestone: Milestone) -> Published {
        self.counts.get(&milestone).and_then(|c| c.total)
    }

    /// A measure's value this week, from what the file published: a count, a conversion of
    /// two published counts (`None` if either is suppressed or nothing was there to
    /// convert), or the median days to access (given only for weeks with enough grants).
    pub fn value(&self, measure: Measure) -> Option<f64> {
        if let Some(m) = measure.count_of() {
            self.total(m).map(f64::from)
        } else if let Some((top, bottom)) = measure.ratio() {
            let (t, b) = (self.total(top)?, self.total(bottom)?);
            (b > 0).then(|| 100.0 * f64::from(t) / f64::from(b))
        } else if measure == Measure::MedianDaysToAccess {
            self.median_days_to_access
        } else {
            None
        }
    }
}

impl AggregateFile {
    /// A measure's weekly values on the borough's `weeks`: `None` for a week the file does
    /// not have and for a suppressed one (never a zero).
    pub fn series(&self, measure: Measure, weeks: &[NaiveDate]) -> Vec<Option<f64>> {
        let by_week: BTreeMap<NaiveDate, &AggregateWeek> =
            self.weeks.iter().map(|w| (w.week_start, w)).collect();
        weeks
            .iter()
            .map(|d| by_week.get(d).and_then(|w| w.value(measure)))
            .collect()
    }

    /// Weeks of the file with no value for a measure: suppressed, or nothing to convert,
    /// or (for the median days) too few grants.
    pub fn weeks_without_value(&self, measure: Measure) -> usize {
        self.weeks
            .iter()
            .filter(|w| w.value(measure).is_none())
            .count()
    }
}

/// One practice's published count for a week, milestone and group; `None` if suppressed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct BoroughRow {
    pub week_start: NaiveDate,
    pub week: String,
    pub ods_code: String,
    pub milestone: Milestone,
    pub breakdown: Breakdown,
    pub group: String,
    pub value: Published,
}

/// Many practices' files, checked against each other.
#[derive(Debug, Clone)]
pub struct Borough {
    pub week_start: WeekStart,
    pub practices: Vec<AggregateFile>,
}

/// The borough total for one cell: the sum of what practices published, how many
/// practices' values were suppressed, and how many practices' files are of a format from
/// before the measure existed (so the sum is a lower bound when either is not 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BoroughTotal {
    pub sum: u32,
    pub suppressed: u32,
    pub not_reported: u32,
}

impl Borough {
    /// Reads every file, refusing the merge at the first bad one (nothing is written).
    pub fn read(paths: &[PathBuf]) -> Result<Self, AggregateError> {
        Self::read_with_progress(paths, |_, _, _| {})
    }

    /// As [`Borough::read`]; `progress` hears (files read, files, the file just read).
    pub fn read_with_progress(
        paths: &[PathBuf],
        mut progress: impl FnMut(usize, usize, &Path),
    ) -> Result<Self, AggregateError> {
        let mut practices: Vec<(PathBuf, AggregateFile)> = Vec::new();
        for path in paths {
            let text = std::fs::read_to_string(path).map_err(|source| AggregateError::Read {
                path: path.clone(),
                source,
            })?;
            let file = AggregateFile::parse(path, &text)?;
            if let Some((first_path, first)) = practices.first() {
                let _ = first_path;
                if first.week_starts_on != file.week_starts_on {
                    return Err(AggregateError::WeekStartMismatch {
                        path: path.clone(),
                        found: file.week_starts_on.as_str(),
                        expected: first.week_starts_on.as_str(),
                    });
                }
            }
            if let Some((first, _)) = practices.iter().find(|(_, f)| f.ods_code == file.ods_code) {
                return Err(AggregateError::DuplicatePractice {
                    path: path.clone(),
                    ods_code: file.ods_code,
                    first: first.clone(),
                });
            }
            practices.push((path.clone(), file));
            progress(practices.len(), paths.len(), path);
        }
        let week_start = practices
            .first()
            .map(|(_, f)| f.week_starts_on)
            .ok_or(AggregateError::Nothing)?;
        Ok(Borough {
            week_start,
            practices: practices.into_iter().map(|(_, f)| f).collect(),
        })
    }

    /// Every practice's published cells, sorted by week, practice, milestone, group.
    pub fn rows(&self) -> Vec<BoroughRow> {
        let mut rows = Vec::new();
        for p in &self.practices {
            for w in &p.weeks {
                for (milestone, counts) in &w.counts {
                    let row = |breakdown, group: &str, value| BoroughRow {
                        week_start: w.week_start,
                        week: w.week.clone(),
                        ods_code: p.ods_code.clone(),
                        milestone: *milestone,
                        breakdown,
                        group: group.to_owned(),
                        value,
                    };
                    rows.push(row(Breakdown::Total, "", counts.total));
                    for b in Breakdown::ALL.into_iter().skip(1) {
                        for (g, v) in counts.groups(b).into_iter().flatten() {
                            rows.push(row(b, g, *v));
                        }
                    }
                }
            }
        }
        rows.sort();
        rows
    }

    /// Borough totals per (week, milestone, breakdown, group).
    pub fn totals(&self) -> BTreeMap<(NaiveDate, Milestone, Breakdown, String), BoroughTotal> {
        let rows = self.rows();
        let mut totals = totals_of(&rows);
        self.count_not_reported(&mut totals);
        totals
    }

    /// Adds to each week's total how many practices did not report the measure at all: a
    /// practice whose file predates a measure (an older format) reported nothing for it, and
    /// a practice whose file does not cover the week (it starts later or ends sooner)
    /// reported nothing that week.
    fn count_not_reported(
        &self,
        totals: &mut BTreeMap<(NaiveDate, Milestone, Breakdown, String), BoroughTotal>,
    ) {
        let weeks = self.weeks();
        for p in &self.practices {
            let has: std::collections::BTreeSet<NaiveDate> =
                p.weeks.iter().map(|w| w.week_start).collect();
            for (week, _) in weeks.iter().filter(|(d, _)| !has.contains(d)) {
                for m in Milestone::ALL {
                    totals
                        .entry((*week, m, Breakdown::Total, String::new()))
                        .or_default()
                        .not_reported += 1;
                }
            }
        }
        for p in &self.practices {
            for w in &p.weeks {
                for m in Milestone::ALL
                    .into_iter()
                    .filter(|m| !w.counts.contains_key(m))
                {
                    totals
                        .entry((w.week_start, m, Breakdown::Total, String::new()))
                        .or_default()
                        .not_reported += 1;
                }
            }
        }
    }

    /// Every week any practice reported, with its label, in order.
    pub fn weeks(&self) -> Vec<(NaiveDate, String)> {
        let mut weeks: BTreeMap<NaiveDate, String> = BTreeMap::new();
        for p in &self.practices {
            for w in &p.weeks {
                weeks.insert(w.week_start, w.week.clone());
            }
        }
        weeks.into_iter().collect()
    }

    /// The borough CSV: each practice's published cells, then the borough totals
    /// (`ods_code` = `BOROUGH`), with how many practices' cells were suppressed and how
    /// many practices did not report the measure (files of an older format).
    pub fn to_csv(&self) -> String {
        use crate::measures::csv_field;
        use std::fmt::Write as _;
        let mut out = String::from(
            "week_start,week,ods_code,measure,breakdown,group,value,suppressed,not_reported\n",
        );
        let labels: BTreeMap<NaiveDate, String> = self.weeks().into_iter().collect();
        // The rows once, for both parts (a five-year borough has over a million).
        let rows = self.rows();
        for r in &rows {
            let _ = writeln!(
                out,
                "{},{},{},{},{},{},{},{},0",
                r.week_start,
                csv_field(&r.week),
                csv_field(&r.ods_code),
                r.milestone.event_kind(),
                r.breakdown.as_str(),
                csv_field(&r.group),
                r.value.map(|v| v.to_string()).unwrap_or_default(),
                u8::from(r.value.is_none())
            );
        }
        let mut totals = totals_of(&rows);
        self.count_not_reported(&mut totals);
        for ((week, milestone, breakdown, group), t) in totals {
            let _ = writeln!(
                out,
                "{},{},BOROUGH,{},{},{},{},{},{}",
                week,
                csv_field(labels.get(&week).map(String::as_str).unwrap_or_default()),
                milestone.event_kind(),
                breakdown.as_str(),
                csv_field(&group),
                t.sum,
                t.suppressed,
                t.not_reported
            );
        }
        out
    }

    /// The borough's weekly series of a measure, for its Making Data Count chart: a count is
    /// the practices' sum, a conversion the ratio of the sums. A week in which any practice
    /// has a suppressed cell is a gap (`None`): its sum would count the suppressed cell as
    /// zero. So is a week outside any practice's file (a practice whose file starts later or
    /// ends sooner): a sum without that practice would show as a jump where it joins. The
    /// borough's chart therefore has values only over the weeks every practice's file
    /// covers. `None` for the median days to access, which cannot be made from the
    /// practices' medians.
    pub fn series(&self, measure: Measure) -> Option<Vec<Option<f64>>> {
        let weeks: Vec<NaiveDate> = self.weeks().into_iter().map(|(d, _)| d).collect();
        let by_week: Vec<BTreeMap<NaiveDate, &AggregateWeek>> = self
            .practices
            .iter()
            .map(|p| p.weeks.iter().map(|w| (w.week_start, w)).collect())
            .collect();
        let sum = |milestone: Milestone| -> Vec<Option<u32>> {
            weeks
                .iter()
                .map(|d| {
                    by_week
                        .iter()
                        .map(|p| p.get(d).and_then(|w| w.total(milestone)))
                        .sum::<Option<u32>>()
                })
                .collect()
        };
        if let Some(m) = measure.count_of() {
            return Some(sum(m).into_iter().map(|v| v.map(f64::from)).collect());
        }
        let (top, bottom) = measure.ratio()?;
        Some(
            sum(top)
                .into_iter()
                .zip(sum(bottom))
                .map(|(t, b)| match (t, b) {
                    (Some(t), Some(b)) if b > 0 => Some(100.0 * f64::from(t) / f64::from(b)),
                    _ => None,
                })
                .collect(),
        )
    }

    /// The borough's weekly total of a milestone, for its run chart, one per week of
    /// [`Borough::weeks`]: the sum of what the practices published, a lower bound in a week
    /// with a suppressed cell (see [`Borough::to_csv`] for how many). `None` (a gap, never a
    /// zero) for a week in which the published cells sum to 0 but some were suppressed
    /// (every cell suppressed, say), and for a week outside any practice's file, as in
    /// [`Borough::series`]. A practice whose file is of a format from before the milestone
    /// adds nothing (the CSV's `not_reported`).
    pub fn total_series(&self, milestone: Milestone) -> Vec<Option<f64>> {
        let mut sums: BTreeMap<NaiveDate, (u32, u32, usize)> = self
            .weeks()
            .into_iter()
            .map(|(d, _)| (d, (0, 0, 0)))
            .collect();
        for w in self.practices.iter().flat_map(|p| &p.weeks) {
            let (sum, suppressed, practices) = sums.entry(w.week_start).or_default();
            *practices += 1;
            match (w.counts.get(&milestone), w.total(milestone)) {
                (Some(_), None) => *suppressed += 1,
                (_, v) => *sum += v.unwrap_or(0),
            }
        }
        sums.into_values()
            .map(|(sum, suppressed, practices)| {
                let whole = practices == self.practices.len() && (sum > 0 || suppressed == 0);
                whole.then_some(f64::from(sum))
            })
            .collect()
    }
}

/// The borough totals of some practices' rows.
fn totals_of(
    rows: &[BoroughRow],
) -> BTreeMap<(NaiveDate, Milestone, Breakdown, String), BoroughTotal> {
    let mut totals: BTreeMap<_, BoroughTotal> = BTreeMap::new();
    for r in rows {
        let t = totals
            .entry((r.week_start, r.milestone, r.breakdown, r.group.clone()))
            .or_default();
        match r.value {
            Some(v) => t.sum += v,
            None => t.suppressed += 1,
        }
    }
    totals
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measures::{MilestoneFact, Period};
    use chrono::TimeZone;

    #[test]
    fn small_counts_are_suppressed_and_others_rounded_to_five() {
        let published: Vec<Published> = [0, 1, 4, 7, 8, 10, 12, 13, 102]
            .into_iter()
            .map(publish)
            .collect();
        assert_eq!(
            published,
            [
                Some(0),
                None,
                None,
                None,
                Some(10),
                Some(10),
                Some(10),
                Some(15),
                Some(100)
            ]
        );
    }

    fn measures(ods_seed: u32) -> WeeklyMeasures {
        let period = Period {
            from: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 11, 15).unwrap(),
            week_start: WeekStart::Monday,
        };
        WeeklyMeasures::compute(period, facts(ods_seed), [])
    }

    fn facts(ods_seed: u32) -> Vec<MilestoneFact> {
        let mut facts = Vec::new();
        // Week 1: 20 + seed interests at the kiosk, 3 at phlebotomy (suppressed).
        for i in 0..(20 + ods_seed) {
            let t = Utc.with_ymd_and_hms(2026, 11, 3, 9, i % 60, 0).unwrap();
            facts.push(MilestoneFact {
                milestone: Milestone::InterestRegistered,
                at: t,
                interest_at: t,
                channel: if i < 3 { "phlebotomy" } else { "kiosk" }.into(),
                locale: "bn".into(),
                age_band: "20-35".into(),
                cohorts: vec![],
            });
        }
        facts
    }

    fn file(ods: &str, seed: u32) -> AggregateFile {
        AggregateFile::from_measures(ods, &measures(seed), Utc::now())
    }

    #[test]
    fn the_file_holds_published_counts_only() {
        let f = file("F84001", 3); // 23 interests: 20 kiosk, 3 phlebotomy
        let w = &f.weeks[0];
        let c = &w.counts[&Milestone::InterestRegistered];
        assert_eq!(c.total, Some(25));
        assert_eq!(c.channel["kiosk"], Some(20));
        assert_eq!(c.channel["phlebotomy"], None, "3 is suppressed");
        assert_eq!(
            f.weeks[1].counts[&Milestone::InterestRegistered].total,
            Some(0)
        );
        let json = f.to_json();
        assert!(json.contains(DISCLOSURE_RULE));
        let back = AggregateFile::parse(Path::new("a.json"), &json).unwrap();
        assert_eq!(back, f);
    }

    #[test]
    fn a_week_the_period_covers_only_in_part_is_left_out_of_the_file() {
        let with_period = |from: (u32, u32), to: (u32, u32)| {
            let period = Period {
                from: NaiveDate::from_ymd_opt(2026, from.0, from.1).unwrap(),
                to: NaiveDate::from_ymd_opt(2026, to.0, to.1).unwrap(),
                week_start: WeekStart::Monday,
            };
            let m = WeeklyMeasures::compute(period, facts(3), []);
            AggregateFile::from_measures("F84001", &m, Utc::now())
        };
        let starts = |f: &AggregateFile| -> Vec<NaiveDate> {
            f.weeks.iter().map(|w| w.week_start).collect()
        };
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        // Full weeks: Monday 2 to Sunday 15 November, as before.
        let full = with_period((11, 2), (11, 15));
        assert_eq!(starts(&full), [day(11, 2), day(11, 9)]);
        assert_eq!(full.weeks[0].total(Milestone::InterestRegistered), Some(25));
        // To a Tuesday: the week in progress is not in the file.
        let to_tuesday = with_period((11, 2), (11, 17));
        assert_eq!(starts(&to_tuesday), [day(11, 2), day(11, 9)]);
        // From a Tuesday: the first week's Monday was not counted, so it is not in the file.
        let from_tuesday = with_period((11, 3), (11, 15));
        assert_eq!(starts(&from_tuesday), [day(11, 9)]);
        assert_eq!(
            from_tuesday.weeks[0].total(Milestone::InterestRegistered),
            Some(0)
        );
    }

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn a_merge_of_three_practices_is_their_sum() {
        let dir = tempfile::tempdir().unwrap();
        let files = [("F84001", 3), ("F84002", 11), ("F84003", 30)];
        let paths: Vec<PathBuf> = files
            .iter()
            .map(|(ods, seed)| {
                write(
                    dir.path(),
                    &format!("{ods}.json"),
                    &file(ods, *seed).to_json(),
                )
            })
            .collect();
        let borough = Borough::read(&paths).unwrap();
        let totals = borough.totals();
        let week1 = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let cell = |b, g: &str| totals[&(week1, Milestone::InterestRegistered, b, g.to_owned())];
        // Published totals: 23 → 25, 31 → 30, 50 → 50.
        assert_eq!(
            cell(Breakdown::Total, ""),
            BoroughTotal {
                sum: 105,
                suppressed: 0,
                not_reported: 0
            }
        );
        // Kiosk: 20, 28 → 30, 47 → 45; phlebotomy 3 each, all suppressed.
        assert_eq!(
            cell(Breakdown::Channel, "kiosk"),
            BoroughTotal {
                sum: 95,
                suppressed: 0,
                not_reported: 0
            }
        );
        assert_eq!(
            cell(Breakdown::Channel, "phlebotomy"),
            BoroughTotal {
                sum: 0,
                suppressed: 3,
                not_reported: 0
            }
        );
        assert_eq!(
            borough.total_series(Milestone::InterestRegistered),
            [Some(105.0), Some(0.0)]
        );
        let csv = borough.to_csv();
        assert!(csv.contains("\n2026-11-02,2026-W45,F84002,interest-registered,total,,30,0,0\n"));
        assert!(csv.contains("\n2026-11-02,2026-W45,BOROUGH,interest-registered,total,,105,0,0\n"));
        assert!(csv.contains(
            "\n2026-11-02,2026-W45,BOROUGH,interest-registered,channel,phlebotomy,0,3,0\n"
        ));
    }

    #[test]
    fn a_suppressed_cell_is_a_gap_in_the_practice_s_and_the_borough_s_series() {
        let a = file("F84001", 3); // week 1: 23 interests → 25
        let mut b = file("F84002", 11);
        b.weeks[0]
            .counts
            .get_mut(&Milestone::InterestRegistered)
            .unwrap()
            .total = None;
        let weeks: Vec<NaiveDate> = a.weeks.iter().map(|w| w.week_start).collect();
        assert_eq!(
            a.series(Measure::InterestRegistered, &weeks),
            [Some(25.0), Some(0.0)]
        );
        assert_eq!(
            b.series(Measure::InterestRegistered, &weeks),
            [None, Some(0.0)]
        );
        // Nothing verified of 25 interested is 0 %; with nothing to convert, no value.
        assert_eq!(
            a.series(Measure::InterestToVerified, &weeks),
            [Some(0.0), None]
        );
        assert_eq!(b.series(Measure::InterestToVerified, &weeks), [None, None]);
        assert_eq!(b.weeks_without_value(Measure::InterestRegistered), 1);
        // A week beyond a practice's file is no value for it, not a zero.
        let later = [weeks[1], weeks[1] + chrono::Duration::days(7)];
        assert_eq!(
            a.series(Measure::InterestRegistered, &later),
            [Some(0.0), None]
        );

        let borough = Borough {
            week_start: WeekStart::Monday,
            practices: vec![a, b],
        };
        assert_eq!(
            borough.series(Measure::InterestRegistered),
            Some(vec![None, Some(0.0)]),
            "a week with a suppressed practice is a gap, not a sum counting it as zero"
        );
        assert_eq!(borough.series(Measure::MedianDaysToAccess), None);
        assert_eq!(
            borough.series(Measure::IdentityVerified),
            Some(vec![Some(0.0), Some(0.0)])
        );
    }

    #[test]
    fn a_week_outside_a_practice_s_file_is_a_gap_in_the_borough_s_sums_not_a_jump() {
        // F84002's file starts a week later than F84001's.
        let a = file("F84001", 3); // weeks 2 and 9 November: 25, 0
        let mut b = file("F84002", 11); // 31 → 30, then 0
        b.weeks.remove(0);
        let borough = Borough {
            week_start: WeekStart::Monday,
            practices: vec![a, b],
        };
        assert_eq!(borough.weeks().len(), 2);
        assert_eq!(
            borough.series(Measure::InterestRegistered),
            Some(vec![None, Some(0.0)]),
            "week 1 without F84002 would be F84001's 25 alone"
        );
        assert_eq!(
            borough.total_series(Milestone::InterestRegistered),
            [None, Some(0.0)]
        );
        // The CSV's borough row for that week says one practice did not report it.
        assert!(borough
            .to_csv()
            .contains("\n2026-11-02,2026-W45,BOROUGH,interest-registered,total,,25,0,1\n"));
    }

    #[test]
    fn a_week_whose_every_cell_was_suppressed_is_a_gap_in_the_run_chart_never_a_zero() {
        let suppress = |f: &mut AggregateFile, week: usize| {
            f.weeks[week]
                .counts
                .get_mut(&Milestone::InterestRegistered)
                .unwrap()
                .total = None;
        };
        let mut a = file("F84001", 3);
        let mut b = file("F84002", 11);
        suppress(&mut a, 0);
        suppress(&mut b, 0);
        let mut c = file("F84003", 30);
        suppress(&mut c, 1);
        let both = Borough {
            week_start: WeekStart::Monday,
            practices: vec![a.clone(), b.clone()],
        };
        assert_eq!(
            both.total_series(Milestone::InterestRegistered),
            [None, Some(0.0)],
            "every cell of week 1 suppressed"
        );
        // Week 2: F84003's suppressed cell beside two zeros sums to 0, which would read as
        // none; week 1: 50 beside two suppressed cells is a lower bound, as the CSV says.
        let mixed = Borough {
            week_start: WeekStart::Monday,
            practices: vec![a, b, c],
        };
        assert_eq!(
            mixed.total_series(Milestone::InterestRegistered),
            [Some(50.0), None]
        );
        assert_eq!(
            mixed.series(Measure::InterestRegistered),
            Some(vec![None, None])
        );
    }

    #[test]
    fn a_format_1_file_merges_with_format_2_files_and_its_missing_measures_are_said() {
        let dir = tempfile::tempdir().unwrap();
        // As the last version wrote it: the four funnel milestones only.
        let mut old = file("F84001", 3);
        old.schema_version = 1;
        for w in &mut old.weeks {
            w.counts.retain(|m, _| {
                matches!(
                    m,
                    Milestone::InterestRegistered
                        | Milestone::IdentityVerified
                        | Milestone::AccessGranted
                        | Milestone::Coded9iw
                )
            });
        }
        let old = write(dir.path(), "F84001.json", &old.to_json());
        let new = write(dir.path(), "F84002.json", &file("F84002", 11).to_json());
        let borough = Borough::read(&[old, new]).unwrap();
        let week1 = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let totals = borough.totals();
        assert_eq!(
            totals[&(
                week1,
                Milestone::InterestRegistered,
                Breakdown::Total,
                String::new()
            )]
                .sum,
            55,
            "25 + 30: both formats count the funnel"
        );
        assert_eq!(
            totals[&(
                week1,
                Milestone::OlderRecordRequested,
                Breakdown::Total,
                String::new()
            )],
            BoroughTotal {
                sum: 0,
                suppressed: 0,
                not_reported: 1
            },
            "the format 1 practice did not report it"
        );
        let csv = borough.to_csv();
        assert!(
            csv.contains("\n2026-11-02,2026-W45,BOROUGH,older-record-requested,total,,0,0,1\n"),
            "{csv}"
        );
    }

    #[test]
    fn the_schema_6_fixtures_aggregate_file_still_merges() {
        let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/kiosk-schema-6.aggregate.json");
        let borough = Borough::read(&[fixture]).unwrap();
        assert_eq!(borough.practices[0].schema_version, 1);
        assert_eq!(borough.practices[0].ods_code, "F84999");
    }

    #[test]
    fn malformed_and_mismatched_files_are_refused_with_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        let good = write(dir.path(), "good.json", &file("F84001", 0).to_json());
        let refused = |name: &str, text: &str| {
            let bad = write(dir.path(), name, text);
            Borough::read(&[good.clone(), bad]).unwrap_err().to_string()
        };
        assert!(refused("a.json", "{not json").contains("not JSON"));
        assert!(refused("b.json", r#"{"schema": "something-else"}"#)
            .contains("not an Access Kiosk aggregate file"));
        let newer = file("F84002", 0)
            .to_json()
            .replace("\"schema_version\": 2", "\"schema_version\": 3");
        assert!(refused("c.json", &newer).contains("format version 3"));
        let sunday = file("F84002", 0).to_json().replace(
            "\"week_starts_on\": \"monday\"",
            "\"week_starts_on\": \"sunday\"",
        );
        assert!(refused("d.json", &sunday).contains("does not start on a sunday"));
        assert!(refused("e.json", &file("F84001", 5).to_json()).contains("already in"));
        let extra = file("F84002", 0)
            .to_json()
            .replacen('{', "{\"patient_name\": \"Ann\",", 1);
        assert!(refused("f.json", &extra).contains("unknown field"));
        let bad_ods = file("not an ods", 0).to_json();
        assert!(refused("g.json", &bad_ods).contains("not an ODS code"));
        assert!(matches!(Borough::read(&[]), Err(AggregateError::Nothing)));
    }
}
