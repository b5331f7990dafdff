//! Making Data Count charts for people: the analysis of a measure's weeks
//! ([`crate::measures::mdc`]) with its words from the staff messages (`staff-mdc.ftl`): what
//! each icon means, one sentence on the latest signal ("Special cause: improvement. Seven
//! weeks above the mean since 2026-W31."), one on the target, and one when the limits are
//! trial limits. The staff face, the printed report and the borough's report all say it the
//! same way, because they all come through here.

use chrono::NaiveDate;
use fluent::FluentArgs;
use serde::Serialize;

use crate::localisation::{Locales, SOURCE_LOCALE};
use crate::measures::mdc::settings::MdcSettings;
use crate::measures::mdc::svg::{self, code_of, ChartSize, MdcChartText};
use crate::measures::mdc::{self, AssuranceIcon, Rule, Side, XmrChart, FIRM_LIMITS_MIN_VALUES};
use crate::measures::run_chart::svg::format_number;
use crate::measures::{Breakdown, Measure, Period, WeekStart};
use crate::reports::{chart_text, measures_from, ChartRequest, ReportError};
use crate::store::{MilestoneIndex, Rebase, Store};

/// What a chart means, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MdcWords {
    /// The variation icon's meaning ("Special cause: improvement, higher").
    pub variation: String,
    /// The assurance icon's meaning, with a target.
    pub assurance: Option<String>,
    /// The latest week's signal: "Special cause: improvement. Seven weeks above the mean
    /// since 2026-W31." or "Common cause: …".
    pub sentence: String,
    /// The target against the limits, with a target.
    pub assurance_sentence: Option<String>,
    /// When the latest stretch's limits are trial limits.
    pub trial_sentence: Option<String>,
    /// The weeks the chosen period covers only in part, which are not plotted: one sentence
    /// each (the first week, when the period starts after its first day; the last, when the
    /// period ends before its last day, as the week in progress does).
    pub part_week_sentences: Vec<String>,
}

impl MdcWords {
    /// The sentences under a chart, in order.
    pub fn caption(&self) -> Vec<String> {
        std::iter::once(self.sentence.clone())
            .chain(self.assurance_sentence.clone())
            .chain(self.trial_sentence.clone())
            .chain(self.part_week_sentences.iter().cloned())
            .collect()
    }
}

fn t(locales: &Locales, id: &str) -> String {
    locales.format(SOURCE_LOCALE, id, None)
}

fn tf(locales: &Locales, id: &str, args: &FluentArgs<'_>) -> String {
    locales.format(SOURCE_LOCALE, id, Some(args))
}

/// The words of `chart`, whose weeks are named by `labels`.
pub fn words(locales: &Locales, chart: &XmrChart, labels: &[String]) -> MdcWords {
    let week = |i: usize| {
        labels
            .get(i)
            .cloned()
            .unwrap_or_else(|| (i + 1).to_string())
    };
    let variation = chart
        .variation
        .map(|v| t(locales, &format!("mdc-variation-{}", code_of(v))))
        .unwrap_or_else(|| t(locales, "mdc-variation-none"));
    let assurance = chart
        .assurance
        .map(|a| t(locales, &format!("mdc-assurance-{}", code_of(a))));
    let sentence = match chart.summary.signal {
        None if chart.summary.latest.is_none() => t(locales, "mdc-sentence-no-data"),
        None => t(locales, "mdc-sentence-common-cause"),
        Some(s) => {
            let mut args = FluentArgs::new();
            args.set("kind", code_of(s.kind));
            args.set("side", if s.side == Side::High { "high" } else { "low" });
            args.set("rule", code_of(s.rule));
            let mut count = FluentArgs::new();
            count.set("count", s.points);
            args.set("weeks", tf(locales, "mdc-weeks", &count));
            args.set("since", week(s.since));
            args.set("latest", week(chart.summary.latest.unwrap_or(s.since)));
            args.set("points", s.points);
            if s.rule == Rule::Outside && s.points == 1 {
                args.set("rule", "outside-one");
            }
            tf(locales, "mdc-sentence-special", &args)
        }
    };
    let assurance_sentence = chart.assurance.zip(chart.target).map(|(a, target)| {
        let mut args = FluentArgs::new();
        args.set("target", format_number(target));
        let id = match a {
            AssuranceIcon::ConsistentPass => "mdc-assurance-sentence-pass",
            AssuranceIcon::ConsistentFail => "mdc-assurance-sentence-fail",
            AssuranceIcon::Inconsistent => "mdc-assurance-sentence-inconsistent",
        };
        tf(locales, id, &args)
    });
    let trial_sentence = chart.summary.trial_limits.then(|| {
        let mut args = FluentArgs::new();
        args.set("weeks", FIRM_LIMITS_MIN_VALUES);
        tf(locales, "mdc-sentence-trial", &args)
    });
    MdcWords {
        variation,
        assurance,
        sentence,
        assurance_sentence,
        trial_sentence,
        part_week_sentences: Vec::new(),
    }
}

/// What the chart says about the weeks `period` covers only in part, which it leaves out:
/// the first (the period starts after its first day) and the last (the period ends before
/// its last day, as the week in progress does), or the only one.
pub fn part_week_sentences(locales: &Locales, period: &Period) -> Vec<String> {
    let whole = period.whole_weeks();
    let count = period.week_count();
    let label = |i: usize| {
        period
            .week_start
            .label(period.first_week() + chrono::Duration::days(7 * i as i64))
    };
    let say = |id: &str, week: usize| {
        let mut args = FluentArgs::new();
        args.set("week", label(week));
        args.set("from", period.from.to_string());
        args.set("to", period.to.to_string());
        tf(locales, id, &args)
    };
    if count == 0 {
        return Vec::new();
    }
    if count == 1 && whole.is_empty() {
        return vec![say("mdc-sentence-part-week-only", 0)];
    }
    let mut out = Vec::new();
    if whole.start > 0 {
        out.push(say("mdc-sentence-part-week-start", 0));
    }
    if whole.end < count {
        out.push(say("mdc-sentence-part-week-end", count - 1));
    }
    out
}

/// The chart's words for drawing it, around `title` and `y_label`.
pub fn chart_words(
    locales: &Locales,
    title: String,
    y_label: String,
    words: &MdcWords,
    caption: bool,
) -> MdcChartText {
    MdcChartText {
        title,
        y_label,
        mean_label: t(locales, "mdc-chart-mean"),
        upper_label: t(locales, "mdc-chart-upper"),
        lower_label: t(locales, "mdc-chart-lower"),
        limits_label: t(locales, "mdc-chart-limits"),
        target_label: t(locales, "mdc-chart-target"),
        trial_label: t(locales, "mdc-chart-trial"),
        trial_tag: t(locales, "mdc-chart-trial-tag"),
        rebase_label: t(locales, "mdc-chart-rebased"),
        improvement_label: t(locales, "mdc-key-improvement"),
        concern_label: t(locales, "mdc-key-concern"),
        neutral_label: t(locales, "mdc-key-neutral"),
        common_cause_label: t(locales, "mdc-key-common-cause"),
        no_data_label: t(locales, "mdc-chart-no-data"),
        variation_label: words.variation.clone(),
        assurance_label: words.assurance.clone().unwrap_or_default(),
        caption: if caption { words.caption() } else { Vec::new() },
    }
}

/// A measure's Making Data Count chart for the staff face: the analysis, its words and the
/// drawing, with the rebases that made its stretches.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MdcChartView {
    pub measure: Measure,
    pub weeks: Vec<String>,
    /// Each week's first day, for the NHS tools' CSV.
    pub week_starts: Vec<NaiveDate>,
    pub values: Vec<Option<f64>>,
    pub chart: XmrChart,
    pub words: MdcWords,
    /// Every rebase of the measure (those outside the period too, so they can be removed).
    pub rebases: Vec<Rebase>,
    /// Which of them start a stretch on this chart: indices into `weeks`.
    pub rebase_points: Vec<usize>,
    pub svg: String,
}

/// Analyses and draws one measure's MDC chart over the weeks the request's period covers
/// whole (each in place; a week with no value stays a gap). A week the period covers only
/// in part (it starts after the week's first day, or ends before its last, as the week in
/// progress does) holds part of a week's count, which would read as a fall: it is left off
/// the chart, its analysis and its CSV, and the words say so.
pub fn mdc_chart(
    store: &Store,
    index: &MilestoneIndex,
    locales: &Locales,
    week_start: WeekStart,
    settings: &MdcSettings,
    request: &ChartRequest,
) -> Result<MdcChartView, ReportError> {
    if request.to < request.from {
        return Err(ReportError::EmptyPeriod);
    }
    let period = Period {
        from: request.from,
        to: request.to,
        week_start,
    };
    let measures = measures_from(store, index, period)?;
    let whole = period.whole_weeks();
    let mut series = measures.series(request.measure, request.breakdown, &request.group);
    series.values = series.values[whole.clone()].to_vec();
    let (week_starts, weeks): (Vec<NaiveDate>, Vec<String>) =
        measures.weeks()[whole].iter().cloned().unzip();
    let rebases = store.rebases(request.measure)?;
    // A rebase stands in the week that holds its day: the week it was recorded against
    // began on the practice's week-start day then, which may have changed since.
    let rebase_points: Vec<usize> = rebases
        .iter()
        .filter_map(|r| {
            week_starts
                .iter()
                .position(|w| *w <= r.week && r.week < *w + chrono::Duration::days(7))
        })
        .filter(|&i| i > 0)
        .collect();
    let chart = mdc::analyse(
        &series.values,
        request.measure.improvement(),
        &settings.options(request.measure, rebase_points.clone()),
    )?;
    let mut words = words(locales, &chart, &weeks);
    words.part_week_sentences = part_week_sentences(locales, &period);
    let run_text = chart_text(locales, request);
    let text = chart_words(locales, run_text.title, run_text.y_label, &words, true);
    let svg = svg::render(&weeks, &chart, &text, ChartSize::Full);
    Ok(MdcChartView {
        measure: request.measure,
        weeks,
        week_starts,
        values: series.values,
        chart,
        words,
        rebases,
        rebase_points,
        svg,
    })
}

/// The NHS tools' CSV of a chart (see [`crate::measures::mdc::nhs_csv`]).
pub fn nhs_csv(view: &MdcChartView) -> String {
    mdc::nhs_csv::to_csv(
        &view.week_starts,
        &view.values,
        view.chart.target,
        &view.rebase_points,
    )
}

/// Which chart each measure of a printed report shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PrintedChart {
    RunChart,
    Mdc,
}

/// The report to print on A4: a heading, then every measure's chart of the chosen kind for
/// the request's group and period, each with its words, kept whole on a page.
pub fn print_page(
    practice_name: &str,
    locales: &Locales,
    request: &ChartRequest,
    charts: &[(Measure, String)],
    printed_on: NaiveDate,
) -> String {
    use crate::printing::materials::escape;
    let mut args = FluentArgs::new();
    args.set("practice", practice_name.to_owned());
    args.set("from", request.from.to_string());
    args.set("to", request.to.to_string());
    args.set("printed", printed_on.to_string());
    let mut html = format!(
        "<article class=\"report-print\" data-testid=\"report-print\" lang=\"en-GB\" dir=\"ltr\">\
         <header><h1>{}</h1><p>{}</p></header>",
        escape(&tf(locales, "mdc-print-title", &args)),
        escape(&tf(locales, "mdc-print-period", &args)),
    );
    if request.breakdown != Breakdown::Total {
        let mut g = FluentArgs::new();
        g.set(
            "breakdown",
            t(
                locales,
                &format!("breakdown-{}", request.breakdown.as_str()),
            ),
        );
        g.set("group", request.group.clone());
        html.push_str(&format!(
            "<p>{}</p>",
            escape(&tf(locales, "mdc-print-group", &g))
        ));
    }
    for (measure, svg) in charts {
        html.push_str(&format!(
            "<section class=\"report-print-chart\" data-measure=\"{}\">{svg}</section>",
            measure.as_str()
        ));
    }
    html.push_str("</article>");
    html
}

#[cfg(test)]
mod tests;
