//! The staff face's reports and the command line's: weekly measures read from the store,
//! run charts with their signals, tests of change and baselines, and the exports.
//!
//! Everything here works on a [`Store`] and [`Locales`], never on Tauri, so the window and
//! `access-kiosk report` produce the same figures. Making Data Count charts are in [`mdc`],
//! the borough's report from practices' aggregate files in [`borough`].

pub mod borough;
pub mod mdc;

use chrono::{Duration, NaiveDate};
use fluent::FluentArgs;
use serde::Serialize;

use crate::localisation::{Locales, SOURCE_LOCALE};
use crate::measures::run_chart::svg::{self, Annotation, ChartText};
use crate::measures::run_chart::{self, Analysis};
use crate::measures::{Breakdown, Measure, Period, WeekStart, WeeklyMeasures};
use crate::store::{Baseline, MilestoneIndex, PdsaCycle, Store, StoreError};

/// Reads the whole history and tallies `period` (the command line's way: one report, one
/// read). `progress` hears (events read, events in the file) as the work goes on.
pub fn weekly_measures(
    store: &Store,
    period: Period,
    progress: impl FnMut(u64, u64),
) -> Result<WeeklyMeasures, StoreError> {
    let index = MilestoneIndex::build(store, progress)?;
    measures_from(store, &index, period)
}

/// Tallies `period` from an up-to-date index, with the period's feedback.
pub fn measures_from(
    store: &Store,
    index: &MilestoneIndex,
    period: Period,
) -> Result<WeeklyMeasures, StoreError> {
    let feedback = store.feedback_facts(period.from, period.to)?;
    Ok(index.measures(period, feedback))
}

/// What a run chart shows, for the staff face: the points, the analysis and the drawing.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RunChartView {
    pub measure: Measure,
    pub breakdown: Breakdown,
    pub group: String,
    pub weeks: Vec<String>,
    pub values: Vec<f64>,
    pub analysis: Analysis,
    pub baseline: Option<Baseline>,
    pub pdsa_cycles: Vec<PdsaCycle>,
    /// The chart as a standalone SVG, with its legend in words.
    pub svg: String,
}

/// Which chart to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRequest {
    pub measure: Measure,
    pub breakdown: Breakdown,
    pub group: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the chart cannot be drawn: {0}")]
    Chart(#[from] run_chart::RunChartError),
    #[error("the Making Data Count chart cannot be drawn: {0}")]
    Mdc(#[from] crate::measures::mdc::XmrError),
    #[error("the period ends before it starts")]
    EmptyPeriod,
}

/// Draws the run chart of one measure. A frozen baseline moves the chart's start to the
/// baseline's first week, so the baseline is always the chart's leading points.
pub fn run_chart(
    store: &Store,
    index: &MilestoneIndex,
    locales: &Locales,
    week_start: WeekStart,
    request: &ChartRequest,
) -> Result<RunChartView, ReportError> {
    let baseline = store.baseline(request.measure)?;
    let from = baseline
        .as_ref()
        .map_or(request.from, |b| b.first_week.min(request.from));
    if request.to < from {
        return Err(ReportError::EmptyPeriod);
    }
    let period = Period {
        from,
        to: request.to,
        week_start,
    };
    let measures = measures_from(store, index, period)?;
    let series = measures.series(request.measure, request.breakdown, &request.group);
    // Weeks with no value (a conversion with nothing to convert) are left off the chart.
    let (weeks, values): (Vec<(NaiveDate, String)>, Vec<f64>) = measures
        .weeks()
        .into_iter()
        .zip(series.values)
        .filter_map(|(w, v)| v.map(|v| (w, v)))
        .unzip();
    let baseline_points = baseline.as_ref().map(|b| {
        weeks
            .iter()
            .filter(|(w, _)| *w >= b.first_week && *w <= b.last_week)
            .count()
    });
    let baseline_points = baseline_points.filter(|&n| n > 0 && n <= values.len());
    let analysis = run_chart::analyse(&values, baseline_points)?;
    let cycles = store.pdsa_cycles()?;
    let annotations = annotations(&cycles, &weeks, week_start);
    let labels: Vec<String> = weeks.iter().map(|(_, l)| l.clone()).collect();
    let text = chart_text(locales, request);
    let svg = svg::render(&labels, &values, &analysis, &annotations, &text);
    Ok(RunChartView {
        measure: request.measure,
        breakdown: request.breakdown,
        group: request.group.clone(),
        weeks: labels,
        values,
        analysis,
        baseline,
        pdsa_cycles: cycles,
        svg,
    })
}

/// Places each test of change at the week it started (or the chart's first week if it
/// started earlier and was still running), to the week it ended.
fn annotations(
    cycles: &[PdsaCycle],
    weeks: &[(NaiveDate, String)],
    week_start: WeekStart,
) -> Vec<Annotation> {
    let (Some((first, _)), Some((last, _))) = (weeks.first(), weeks.last()) else {
        return Vec::new();
    };
    let chart_end = *last + Duration::days(6);
    let index_of = |d: NaiveDate| {
        let w = week_start.week_of(d);
        weeks.iter().rposition(|(s, _)| *s <= w)
    };
    cycles
        .iter()
        .filter(|c| c.start_date <= chart_end && c.end_date.is_none_or(|e| e >= *first))
        .map(|c| Annotation {
            first: index_of(c.start_date).unwrap_or(0),
            last: c.end_date.and_then(index_of),
            title: c.title.clone(),
        })
        .collect()
}

/// The chart's words, from the staff messages.
pub fn chart_text(locales: &Locales, request: &ChartRequest) -> ChartText {
    let t = |id: &str| locales.format(SOURCE_LOCALE, id, None);
    let measure = t(&format!("measure-{}", request.measure.as_str()));
    let title = if request.breakdown == Breakdown::Total {
        measure
    } else {
        let mut args = FluentArgs::new();
        args.set("measure", measure);
        args.set(
            "breakdown",
            t(&format!("breakdown-{}", request.breakdown.as_str())),
        );
        args.set("group", request.group.clone());
        locales.format(SOURCE_LOCALE, "chart-title-group", Some(&args))
    };
    ChartText {
        title,
        y_label: t(&format!("measure-unit-{}", request.measure.as_str())),
        median_label: t("chart-median"),
        baseline_label: t("chart-baseline"),
        shift_label: t("chart-signal-shift"),
        trend_label: t("chart-signal-trend"),
        too_few_runs_label: t("chart-signal-too-few-runs"),
        too_many_runs_label: t("chart-signal-too-many-runs"),
        astronomical_label: t("chart-signal-astronomical"),
        no_data_label: t("chart-no-data"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn weeks(n: usize) -> Vec<(NaiveDate, String)> {
        (0..n)
            .map(|i| {
                let d = day(9, 7) + Duration::days(7 * i as i64);
                (d, WeekStart::Monday.label(d))
            })
            .collect()
    }

    fn cycle(start: NaiveDate, end: Option<NaiveDate>) -> PdsaCycle {
        PdsaCycle {
            id: 1,
            title: "Posters".into(),
            tried: String::new(),
            start_date: start,
            end_date: end,
            created_by: "Ann".into(),
        }
    }

    #[test]
    fn tests_of_change_are_placed_at_their_weeks_and_clipped_to_the_chart() {
        let w = weeks(10); // 7 Sep .. 9 Nov 2026 (Mondays)
        let at = |c| annotations(&[c], &w, WeekStart::Monday);
        let a = at(cycle(day(9, 16), Some(day(10, 1))));
        assert_eq!((a[0].first, a[0].last), (1, Some(3)));
        let running_from_before = at(cycle(day(8, 1), None));
        assert_eq!(
            (running_from_before[0].first, running_from_before[0].last),
            (0, None)
        );
        assert!(
            at(cycle(day(8, 1), Some(day(8, 20)))).is_empty(),
            "ended before the chart"
        );
        assert!(
            at(cycle(day(12, 1), None)).is_empty(),
            "starts after the chart"
        );
    }

    #[test]
    fn a_frozen_baseline_sets_the_centre_line() {
        let store = Store::open_in_memory().unwrap();
        let locales = Locales::shipped().unwrap();
        let request = ChartRequest {
            measure: Measure::InterestRegistered,
            breakdown: Breakdown::Total,
            group: String::new(),
            from: day(9, 7),
            to: day(11, 22),
        };
        let index = MilestoneIndex::build(&store, |_, _| {}).unwrap();
        let open = run_chart(&store, &index, &locales, WeekStart::Monday, &request).unwrap();
        assert_eq!(open.values.len(), 11, "every week, zeros included");
        assert_eq!(open.analysis.baseline, None);
        store
            .freeze_baseline(
                Measure::InterestRegistered,
                day(8, 31),
                day(9, 28),
                "Ann",
                Utc::now(),
            )
            .unwrap();
        let frozen = run_chart(&store, &index, &locales, WeekStart::Monday, &request).unwrap();
        assert_eq!(frozen.weeks.first().map(String::as_str), Some("2026-W36"));
        assert_eq!(frozen.analysis.baseline, Some(5));
        assert!(frozen
            .svg
            .contains(&locales.format(SOURCE_LOCALE, "chart-baseline", None)));
    }

    #[test]
    fn every_chart_word_is_a_staff_message() {
        let locales = Locales::shipped().unwrap();
        for measure in Measure::ALL {
            for breakdown in [Breakdown::Total, Breakdown::Language] {
                let text = chart_text(
                    &locales,
                    &ChartRequest {
                        measure,
                        breakdown,
                        group: "bn".into(),
                        from: day(1, 1),
                        to: day(2, 1),
                    },
                );
                for s in [
                    &text.title,
                    &text.y_label,
                    &text.median_label,
                    &text.shift_label,
                ] {
                    assert!(
                        !s.is_empty() && !s.contains("measure-") && !s.contains("chart-"),
                        "{s}"
                    );
                }
            }
        }
    }
}
