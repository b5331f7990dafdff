//! The QI measures: the weekly sign-up funnel, computed from the journey event history.
//!
//! Nothing here keeps a counter. Every figure is recounted from the milestone events the
//! store hands over ([`MilestoneFact`]), so a report can always be checked against the
//! history and is the same before and after personal details are purged. Journeys made in
//! training mode never reach this module (the store leaves them out).
//!
//! Definitions, as the practices agreed them:
//! - a week is seven days from the practice's chosen first day (Monday by default, when
//!   weeks are ISO 8601 weeks and labelled `2026-W48`); days are UTC calendar days;
//! - the counts are the journeys that reached each milestone in the week: interest
//!   registered, identity verified, access granted, coded (the sign-up code, 9IW by
//!   default); and, counted apart from the funnel, older-record requests made, granted
//!   and declined, and proxy accesses granted. Each journey reaches each milestone at most
//!   once (the status machine only moves forward; a sign-up has one older-record request
//!   and one proxy grant), and a milestone counts in the week it was first reached;
//! - a conversion is the week's count of the later step divided by the week's count of the
//!   earlier step, as a percentage (a throughput ratio: it can pass 100 % in a week when a
//!   backlog clears; it is left empty in a week with no earlier steps);
//! - days to access is the median, over the journeys granted access in the week, of the
//!   days from their interest to their access.

pub mod aggregate;
pub mod feedback;
pub mod mdc;
pub mod run_chart;

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use serde::{Deserialize, Serialize};

/// A step of the sign-up funnel that a journey reaches once, as recorded by an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Milestone {
    InterestRegistered,
    IdentityVerified,
    AccessGranted,
    #[serde(rename = "coded-9iw")]
    Coded9iw,
    OlderRecordRequested,
    OlderRecordGranted,
    OlderRecordDeclined,
    ProxyAccessGranted,
}

impl Milestone {
    /// How many milestones there are.
    pub const COUNT: usize = 8;

    pub const ALL: [Milestone; Milestone::COUNT] = [
        Milestone::InterestRegistered,
        Milestone::IdentityVerified,
        Milestone::AccessGranted,
        Milestone::Coded9iw,
        Milestone::OlderRecordRequested,
        Milestone::OlderRecordGranted,
        Milestone::OlderRecordDeclined,
        Milestone::ProxyAccessGranted,
    ];

    /// The event kind that records this milestone.
    pub fn event_kind(self) -> &'static str {
        match self {
            Milestone::InterestRegistered => "interest-registered",
            Milestone::IdentityVerified => "identity-verified",
            Milestone::AccessGranted => "access-granted",
            Milestone::Coded9iw => "coded-9iw",
            Milestone::OlderRecordRequested => "older-record-requested",
            Milestone::OlderRecordGranted => "older-record-granted",
            Milestone::OlderRecordDeclined => "older-record-declined",
            Milestone::ProxyAccessGranted => "proxy-access-granted",
        }
    }

    pub fn from_event_kind(kind: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.event_kind() == kind)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One figure that can be charted week by week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    InterestRegistered,
    IdentityVerified,
    AccessGranted,
    #[serde(rename = "coded-9iw")]
    Coded9iw,
    /// Identity verified ÷ interest registered, %.
    InterestToVerified,
    /// Access granted ÷ identity verified, %.
    VerifiedToAccess,
    /// Coded ÷ access granted, %.
    #[serde(rename = "access-to-coded-9iw")]
    AccessToCoded,
    /// Access granted ÷ interest registered, %.
    InterestToAccess,
    /// Median days from interest to access, over the week's grants.
    MedianDaysToAccess,
    OlderRecordRequested,
    OlderRecordGranted,
    OlderRecordDeclined,
    ProxyAccessGranted,
}

impl Measure {
    pub const ALL: [Measure; 13] = [
        Measure::InterestRegistered,
        Measure::IdentityVerified,
        Measure::AccessGranted,
        Measure::Coded9iw,
        Measure::InterestToVerified,
        Measure::VerifiedToAccess,
        Measure::AccessToCoded,
        Measure::InterestToAccess,
        Measure::MedianDaysToAccess,
        Measure::OlderRecordRequested,
        Measure::OlderRecordGranted,
        Measure::OlderRecordDeclined,
        Measure::ProxyAccessGranted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Measure::InterestRegistered => "interest-registered",
            Measure::IdentityVerified => "identity-verified",
            Measure::AccessGranted => "access-granted",
            Measure::Coded9iw => "coded-9iw",
            Measure::InterestToVerified => "interest-to-verified",
            Measure::VerifiedToAccess => "verified-to-access",
            Measure::AccessToCoded => "access-to-coded-9iw",
            Measure::InterestToAccess => "interest-to-access",
            Measure::MedianDaysToAccess => "median-days-to-access",
            Measure::OlderRecordRequested => "older-record-requested",
            Measure::OlderRecordGranted => "older-record-granted",
            Measure::OlderRecordDeclined => "older-record-declined",
            Measure::ProxyAccessGranted => "proxy-access-granted",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// Which way is better, for Making Data Count's improvement and concern: more sign-ups
    /// and higher conversions are improvement, fewer days from interest to access is.
    pub fn improvement(self) -> mdc::ImprovementDirection {
        use mdc::ImprovementDirection::{Decrease, Increase, Neutral};
        match self {
            Measure::InterestRegistered
            | Measure::IdentityVerified
            | Measure::AccessGranted
            | Measure::Coded9iw
            | Measure::InterestToVerified
            | Measure::VerifiedToAccess
            | Measure::AccessToCoded
            | Measure::InterestToAccess
            | Measure::OlderRecordRequested
            | Measure::OlderRecordGranted
            | Measure::ProxyAccessGranted => Increase,
            Measure::MedianDaysToAccess => Decrease,
            // A decline is a clinician's judgement about one record: neither more nor fewer
            // of them is better in itself, so the chart only says when they change.
            Measure::OlderRecordDeclined => Neutral,
        }
    }

    /// The (numerator, denominator) milestones of a conversion.
    pub fn ratio(self) -> Option<(Milestone, Milestone)> {
        use Milestone as M;
        match self {
            Measure::InterestToVerified => Some((M::IdentityVerified, M::InterestRegistered)),
            Measure::VerifiedToAccess => Some((M::AccessGranted, M::IdentityVerified)),
            Measure::AccessToCoded => Some((M::Coded9iw, M::AccessGranted)),
            Measure::InterestToAccess => Some((M::AccessGranted, M::InterestRegistered)),
            _ => None,
        }
    }

    /// The milestone a count measure counts.
    pub fn count_of(self) -> Option<Milestone> {
        match self {
            Measure::InterestRegistered => Some(Milestone::InterestRegistered),
            Measure::IdentityVerified => Some(Milestone::IdentityVerified),
            Measure::AccessGranted => Some(Milestone::AccessGranted),
            Measure::Coded9iw => Some(Milestone::Coded9iw),
            Measure::OlderRecordRequested => Some(Milestone::OlderRecordRequested),
            Measure::OlderRecordGranted => Some(Milestone::OlderRecordGranted),
            Measure::OlderRecordDeclined => Some(Milestone::OlderRecordDeclined),
            Measure::ProxyAccessGranted => Some(Milestone::ProxyAccessGranted),
            _ => None,
        }
    }
}

impl From<Milestone> for Measure {
    /// The count of a milestone.
    fn from(m: Milestone) -> Self {
        match m {
            Milestone::InterestRegistered => Measure::InterestRegistered,
            Milestone::IdentityVerified => Measure::IdentityVerified,
            Milestone::AccessGranted => Measure::AccessGranted,
            Milestone::Coded9iw => Measure::Coded9iw,
            Milestone::OlderRecordRequested => Measure::OlderRecordRequested,
            Milestone::OlderRecordGranted => Measure::OlderRecordGranted,
            Milestone::OlderRecordDeclined => Measure::OlderRecordDeclined,
            Milestone::ProxyAccessGranted => Measure::ProxyAccessGranted,
        }
    }
}

/// How a measure is split into groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Breakdown {
    Total,
    Channel,
    Language,
    Cohort,
    AgeBand,
}

impl Breakdown {
    pub const ALL: [Breakdown; 5] = [
        Breakdown::Total,
        Breakdown::Channel,
        Breakdown::Language,
        Breakdown::Cohort,
        Breakdown::AgeBand,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Breakdown::Total => "total",
            Breakdown::Channel => "channel",
            Breakdown::Language => "language",
            Breakdown::Cohort => "cohort",
            Breakdown::AgeBand => "age-band",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.as_str() == s)
    }
}

/// The group name for journeys with no cohort tag.
pub const NO_COHORT: &str = "none";

/// The day a practice's week starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum WeekStart {
    #[default]
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl WeekStart {
    fn weekday(self) -> Weekday {
        match self {
            WeekStart::Monday => Weekday::Mon,
            WeekStart::Tuesday => Weekday::Tue,
            WeekStart::Wednesday => Weekday::Wed,
            WeekStart::Thursday => Weekday::Thu,
            WeekStart::Friday => Weekday::Fri,
            WeekStart::Saturday => Weekday::Sat,
            WeekStart::Sunday => Weekday::Sun,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            WeekStart::Monday => "monday",
            WeekStart::Tuesday => "tuesday",
            WeekStart::Wednesday => "wednesday",
            WeekStart::Thursday => "thursday",
            WeekStart::Friday => "friday",
            WeekStart::Saturday => "saturday",
            WeekStart::Sunday => "sunday",
        }
    }

    /// The first day of the week `day` falls in.
    pub fn week_of(self, day: NaiveDate) -> NaiveDate {
        let back =
            (7 + day.weekday().num_days_from_monday() - self.weekday().num_days_from_monday()) % 7;
        day - Duration::days(i64::from(back))
    }

    /// How a week is named: its ISO week (`2026-W48`) when weeks start on Monday, else the
    /// date of its first day.
    pub fn label(self, week_start: NaiveDate) -> String {
        if self == WeekStart::Monday {
            let iso = week_start.iso_week();
            format!("{}-W{:02}", iso.year(), iso.week())
        } else {
            week_start.format("%Y-%m-%d").to_string()
        }
    }
}

/// A milestone reached by one (non-training) journey, with what reports break it down by.
#[derive(Debug, Clone, PartialEq)]
pub struct MilestoneFact {
    pub milestone: Milestone,
    pub at: DateTime<Utc>,
    /// When the journey's interest was registered (for days to access).
    pub interest_at: DateTime<Utc>,
    pub channel: String,
    pub locale: String,
    pub age_band: String,
    pub cohorts: Vec<String>,
}

/// An anonymous answer to "what might stop you using online access?".
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackFact {
    pub at: DateTime<Utc>,
    pub source: String,
    pub reason: String,
}

/// The weeks a report covers: every week from the one containing `from` to the one
/// containing `to`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub week_start: WeekStart,
}

impl Period {
    pub fn first_week(&self) -> NaiveDate {
        self.week_start.week_of(self.from)
    }

    pub fn week_count(&self) -> usize {
        if self.to < self.from {
            return 0;
        }
        let last = self.week_start.week_of(self.to);
        usize::try_from((last - self.first_week()).num_days() / 7 + 1).unwrap_or(0)
    }

    /// Which week (0-based) `at` falls in, if inside the period.
    fn week_index(&self, at: DateTime<Utc>) -> Option<usize> {
        let day = at.date_naive();
        if day < self.from || day > self.to {
            return None;
        }
        usize::try_from((day - self.first_week()).num_days() / 7).ok()
    }

    /// The weeks (0-based indices) the period covers whole, from their first day to their
    /// last. Only the first and the last week can be partial: the first when `from` is not
    /// the week's first day, the last when `to` is not its last day (a week still in
    /// progress, when `to` is today). A partial week's counts are part of a week, not a
    /// week's value, so the Making Data Count charts, the NHS tools' CSV and the aggregate
    /// file leave such weeks out.
    pub fn whole_weeks(&self) -> std::ops::Range<usize> {
        let count = self.week_count();
        if count == 0 {
            return 0..0;
        }
        let first = usize::from(self.from != self.first_week());
        let last_day = self.week_start.week_of(self.to) + Duration::days(6);
        let end = count - usize::from(self.to != last_day);
        first..end.max(first)
    }

    /// The first day of each week.
    pub fn weeks(&self) -> Vec<NaiveDate> {
        let first = self.first_week();
        (0..self.week_count())
            .map(|i| first + Duration::days(7 * i as i64))
            .collect()
    }
}

/// A group of journeys: one breakdown and one value of it ("total" has one group, "").
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct GroupKey {
    breakdown: Breakdown,
    group: String,
}

/// Per-week tallies for one group.
#[derive(Debug, Clone, Default)]
struct Tally {
    /// counts[milestone][week]
    counts: [Vec<u32>; Milestone::COUNT],
    /// Days from interest to access, for each week's grants.
    days_to_access: Vec<Vec<f64>>,
}

impl Tally {
    fn new(weeks: usize) -> Self {
        Tally {
            counts: std::array::from_fn(|_| vec![0; weeks]),
            days_to_access: vec![Vec::new(); weeks],
        }
    }
}

/// The weekly measures for a period, ready to be read as series, rows or a chart.
#[derive(Debug, Clone)]
pub struct WeeklyMeasures {
    period: Period,
    tallies: HashMap<GroupKey, Tally>,
    feedback: HashMap<(String, String), Vec<u32>>,
}

/// One measure for one group, week by week (`None`: no value that week, e.g. a conversion
/// with nothing to convert).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    pub measure: Measure,
    pub breakdown: Breakdown,
    pub group: String,
    pub values: Vec<Option<f64>>,
}

/// One row of the weekly CSV: a week, a measure, a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub week_start: NaiveDate,
    pub week: String,
    pub measure: Measure,
    pub breakdown: Breakdown,
    pub group: String,
    pub value: Option<f64>,
}

impl WeeklyMeasures {
    /// Tallies the facts that fall in `period`; others are ignored.
    pub fn compute(
        period: Period,
        facts: impl IntoIterator<Item = MilestoneFact>,
        feedback: impl IntoIterator<Item = FeedbackFact>,
    ) -> Self {
        let mut m = WeeklyMeasures {
            period,
            tallies: HashMap::new(),
            feedback: HashMap::new(),
        };
        for fact in facts {
            m.add(&fact);
        }
        let weeks = period.week_count();
        for f in feedback {
            if let Some(w) = period.week_index(f.at) {
                m.feedback
                    .entry((f.source, f.reason))
                    .or_insert_with(|| vec![0; weeks])[w] += 1;
            }
        }
        m
    }

    /// Counts one fact in each group it belongs to.
    pub fn add(&mut self, fact: &MilestoneFact) {
        let Some(week) = self.period.week_index(fact.at) else {
            return;
        };
        let days = (fact.milestone == Milestone::AccessGranted)
            .then(|| (fact.at - fact.interest_at).num_seconds() as f64 / 86_400.0);
        let weeks = self.period.week_count();
        let mut count = |breakdown: Breakdown, group: &str| {
            let key = GroupKey {
                breakdown,
                group: group.to_owned(),
            };
            let tally = self.tallies.entry(key).or_insert_with(|| Tally::new(weeks));
            tally.counts[fact.milestone.index()][week] += 1;
            if let Some(d) = days {
                tally.days_to_access[week].push(d);
            }
        };
        count(Breakdown::Total, "");
        count(Breakdown::Channel, &fact.channel);
        count(Breakdown::Language, &fact.locale);
        count(Breakdown::AgeBand, &fact.age_band);
        if fact.cohorts.is_empty() {
            count(Breakdown::Cohort, NO_COHORT);
        } else {
            for c in &fact.cohorts {
                count(Breakdown::Cohort, c);
            }
        }
    }

    /// Adds a group's tallies counted elsewhere (the store's milestone index): counts per
    /// milestone and week, and each week's days to access.
    pub(crate) fn insert_tally(
        &mut self,
        breakdown: Breakdown,
        group: String,
        counts: [Vec<u32>; Milestone::COUNT],
        days_to_access: Vec<Vec<f64>>,
    ) {
        self.tallies.insert(
            GroupKey { breakdown, group },
            Tally {
                counts,
                days_to_access,
            },
        );
    }

    pub fn period(&self) -> Period {
        self.period
    }

    /// The first day of each week, and its label.
    pub fn weeks(&self) -> Vec<(NaiveDate, String)> {
        self.period
            .weeks()
            .into_iter()
            .map(|d| (d, self.period.week_start.label(d)))
            .collect()
    }

    /// The groups seen for a breakdown, sorted ("" for the total).
    pub fn groups(&self, breakdown: Breakdown) -> Vec<String> {
        let mut groups: Vec<String> = self
            .tallies
            .keys()
            .filter(|k| k.breakdown == breakdown)
            .map(|k| k.group.clone())
            .collect();
        if breakdown == Breakdown::Total && groups.is_empty() {
            groups.push(String::new());
        }
        groups.sort();
        groups
    }

    /// The count of a milestone per week for one group (zeros for a group never seen).
    pub fn counts(&self, milestone: Milestone, breakdown: Breakdown, group: &str) -> Vec<u32> {
        self.tally(breakdown, group)
            .map(|t| t.counts[milestone.index()].clone())
            .unwrap_or_else(|| vec![0; self.period.week_count()])
    }

    fn tally(&self, breakdown: Breakdown, group: &str) -> Option<&Tally> {
        self.tallies.get(&GroupKey {
            breakdown,
            group: group.to_owned(),
        })
    }

    /// One measure for one group, week by week.
    pub fn series(&self, measure: Measure, breakdown: Breakdown, group: &str) -> Series {
        let weeks = self.period.week_count();
        let values = if let Some(m) = measure.count_of() {
            self.counts(m, breakdown, group)
                .into_iter()
                .map(|c| Some(f64::from(c)))
                .collect()
        } else if let Some((top, bottom)) = measure.ratio() {
            let top = self.counts(top, breakdown, group);
            let bottom = self.counts(bottom, breakdown, group);
            top.iter()
                .zip(&bottom)
                .map(|(&t, &b)| (b > 0).then(|| 100.0 * f64::from(t) / f64::from(b)))
                .collect()
        } else {
            match self.tally(breakdown, group) {
                Some(t) => t.days_to_access.iter().map(|d| median(d)).collect(),
                None => vec![None; weeks],
            }
        };
        Series {
            measure,
            breakdown,
            group: group.to_owned(),
            values,
        }
    }

    /// Every measure for every group of every breakdown, one row per week: the CSV export.
    pub fn rows(&self) -> Vec<Row> {
        let weeks = self.weeks();
        let mut rows = Vec::new();
        for breakdown in Breakdown::ALL {
            for group in self.groups(breakdown) {
                for measure in Measure::ALL {
                    let series = self.series(measure, breakdown, &group);
                    for ((start, label), value) in weeks.iter().zip(series.values) {
                        rows.push(Row {
                            week_start: *start,
                            week: label.clone(),
                            measure,
                            breakdown,
                            group: group.clone(),
                            value,
                        });
                    }
                }
            }
        }
        rows
    }

    /// Feedback answers per week, by (source, reason), sorted.
    pub fn feedback(&self) -> Vec<(String, String, Vec<u32>)> {
        let mut out: Vec<_> = self
            .feedback
            .iter()
            .map(|((s, r), c)| (s.clone(), r.clone(), c.clone()))
            .collect();
        out.sort();
        out
    }
}

/// The median of some values (`None` for none).
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    })
}

/// Writes rows as CSV (RFC 4180, UTF-8, header first): what Life QI and spreadsheets read.
pub fn to_csv(rows: &[Row]) -> String {
    let mut out = String::from("week_start,week,measure,breakdown,group,value\n");
    for r in rows {
        let value = r.value.map(format_value).unwrap_or_default();
        out.push_str(&format!(
            "{},{},{},{},{},{}\n",
            r.week_start.format("%Y-%m-%d"),
            csv_field(&r.week),
            r.measure.as_str(),
            r.breakdown.as_str(),
            csv_field(&r.group),
            value
        ));
    }
    out
}

/// Whole numbers without a decimal point; others to one decimal place.
pub fn format_value(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// Quotes a CSV field when needed, and defuses spreadsheet formulas (a value starting with
/// `=`, `+`, `-` or `@` is prefixed with `'`).
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests;
