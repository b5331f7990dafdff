//! Draws a Making Data Count chart ([`XmrChart`]) as a standalone SVG, the way NHS boards
//! and borough teams are used to reading it: grey points and line, blue points for special
//! cause improvement, orange for concern (purple for a measure with no better direction),
//! the mean as a solid line and the process limits dashed, each stretch (after a rebase)
//! with its own, the target in red, and the variation and assurance icons at the top right.
//!
//! Two sizes: [`ChartSize::Full`] for the staff face, printing and the borough's chart
//! (labels beside the lines, a key, the chart's meaning in words under it), and
//! [`ChartSize::Small`] for small multiples (one practice each, icons and lines only).
//!
//! Pure string building, deterministic. A missing week (a suppressed count, a conversion
//! with nothing to convert) is a gap in the line with no point, never a zero. Limits taken
//! from fewer than [`FIRM_LIMITS_MIN_VALUES`](super::FIRM_LIMITS_MIN_VALUES) values are
//! drawn with a finer dash and labelled as trial limits on the chart (a short "trial" tag
//! on a small multiple). All caller text is escaped.

use std::fmt::Write as _;

use crate::measures::mdc::icons::{self, Placement};
use crate::measures::mdc::{Segment, SpecialCauseKind, XmrChart};
use crate::measures::run_chart::svg::{
    escape, fit, fnv1a, format_number, label_stride, nice_ticks_between,
};

const FONT: &str = "Arial, 'Noto Sans', sans-serif";
const TEXT: &str = "#212b32";
const WHITE: &str = "#ffffff";
const GRID: &str = "#e8edee";
/// Point and line colours of `NHSRplotthedots` (`ptd_spc_colours()`).
const COMMON: &str = "#a6a6a6";
const IMPROVEMENT: &str = "#00b0f0";
const CONCERN: &str = "#e46c0a";
const NEUTRAL: &str = "#490092";
const MEAN: &str = "#000000";
/// The limits a shade darker than the package's grey, to keep 3:1 against white.
const LIMIT: &str = "#7f7f7f";
const TARGET: &str = "#de1b1b";
/// Average advance of a character at 1px font size in Arial, to lay out text (a little
/// generous, so estimated widths never make text overlap).
const CHAR_WIDTH: f64 = 0.53;

/// The chart's words, from the caller's Fluent messages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MdcChartText {
    pub title: String,
    pub y_label: String,
    /// "Mean", "Upper limit", "Lower limit", "Target": beside the lines, with their value.
    pub mean_label: String,
    pub upper_label: String,
    pub lower_label: String,
    /// The limits in the key: "Process limits".
    pub limits_label: String,
    pub target_label: String,
    /// Over limits from too few weeks: "Trial limits".
    pub trial_label: String,
    /// The same on a small multiple, short: "Trial".
    pub trial_tag: String,
    /// At the start of a new stretch: "Rebased".
    pub rebase_label: String,
    /// The key: what each point colour means.
    pub improvement_label: String,
    pub concern_label: String,
    pub neutral_label: String,
    pub common_cause_label: String,
    pub no_data_label: String,
    /// The icons' meanings in words (their `<title>`).
    pub variation_label: String,
    pub assurance_label: String,
    /// Sentences under the full chart (what the icons and signals mean).
    pub caption: Vec<String>,
}

/// How big a chart is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartSize {
    Full,
    Small,
}

/// The page of one size: where the plot sits and how big things are.
struct Layout {
    width: f64,
    left: f64,
    /// Room right of the plot: the lines' labels (full size).
    right: f64,
    top: f64,
    bottom: f64,
    title_font: f64,
    label_font: f64,
    icon: f64,
}

impl ChartSize {
    fn layout(self) -> Layout {
        match self {
            ChartSize::Full => Layout {
                width: 960.0,
                left: 84.0,
                right: 190.0,
                top: 92.0,
                bottom: 440.0,
                title_font: 24.0,
                label_font: 14.0,
                icon: 64.0,
            },
            ChartSize::Small => Layout {
                width: 320.0,
                left: 44.0,
                right: 10.0,
                top: 46.0,
                bottom: 150.0,
                title_font: 15.0,
                label_font: 11.0,
                icon: 34.0,
            },
        }
    }
}

/// Maps data to pixels.
struct Frame {
    layout: Layout,
    n: usize,
    y_min: f64,
    y_max: f64,
    ticks: Vec<f64>,
}

impl Frame {
    fn plot_right(&self) -> f64 {
        self.layout.width - self.layout.right
    }

    fn step(&self) -> f64 {
        (self.plot_right() - self.layout.left) / self.n.max(1) as f64
    }

    fn x(&self, i: usize) -> f64 {
        self.layout.left + (i as f64 + 0.5) * self.step()
    }

    fn y(&self, v: f64) -> f64 {
        let span = (self.y_max - self.y_min).max(f64::MIN_POSITIVE);
        let l = &self.layout;
        l.bottom - (v - self.y_min) / span * (l.bottom - l.top)
    }
}

/// Draws `chart`; `labels` name its weeks (e.g. "2026-W03").
pub fn render(labels: &[String], chart: &XmrChart, text: &MdcChartText, size: ChartSize) -> String {
    let layout = size.layout();
    let full = size == ChartSize::Full;
    let caption: Vec<String> = if full {
        let width = layout.width - 2.0 * 24.0;
        text.caption
            .iter()
            .flat_map(|c| wrap(c, width, 16.0))
            .collect()
    } else {
        Vec::new()
    };
    let key = if full {
        key_items(chart, text)
    } else {
        Vec::new()
    };
    let key_rows = key_rows(&key, layout.width - layout.left);
    let height = if full {
        layout.bottom + 44.0 + key_rows.len() as f64 * 28.0 + caption.len() as f64 * 24.0 + 12.0
    } else {
        layout.bottom + 22.0
    };
    let id = format!("mdc-{:08x}", fingerprint(labels, chart, text));
    let mut svg = String::with_capacity(8 * 1024 + chart.points.len() * 160);
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="mdc-chart" width="{w}" height="{height}" viewBox="0 0 {w} {height}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="{FONT}" fill="{TEXT}" data-variation="{variation}" data-assurance="{assurance}">"#,
        w = layout.width,
        variation = chart.variation.map(code_of).unwrap_or_default(),
        assurance = chart.assurance.map(code_of).unwrap_or_default(),
    );
    let desc = [text.variation_label.as_str(), text.assurance_label.as_str()]
        .into_iter()
        .chain(text.caption.iter().map(String::as_str))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let _ = writeln!(
        svg,
        r#"<title id="{id}-title">{}</title>"#,
        escape(&text.title)
    );
    let _ = writeln!(svg, r#"<desc id="{id}-desc">{}</desc>"#, escape(&desc));
    let _ = writeln!(
        svg,
        r#"<rect x="0" y="0" width="{w}" height="{height}" fill="{WHITE}"/>"#,
        w = layout.width
    );
    let icons_width = icons(&mut svg, chart, text, &layout);
    let _ = writeln!(
        svg,
        r#"<text class="chart-title" x="{x}" y="{y}" font-size="{f}" font-weight="bold">{}</text>"#,
        escape(&fit(
            &text.title,
            layout.width - icons_width - 24.0,
            layout.title_font
        )),
        x = if full { 42.0 } else { 8.0 },
        y = if full { 40.0 } else { 20.0 },
        f = layout.title_font,
    );
    let Some(frame) = frame(chart, layout) else {
        no_data(&mut svg, &size.layout(), &text.no_data_label);
        svg.push_str("</svg>\n");
        return svg;
    };
    y_axis(&mut svg, &frame, if full { &text.y_label } else { "" });
    x_labels(&mut svg, &frame, labels, full);
    for (k, segment) in chart.segments.iter().enumerate() {
        segment_lines(&mut svg, &frame, segment, k > 0, text, full);
    }
    if let Some(target) = chart.target {
        let y = frame.y(target);
        let _ = writeln!(
            svg,
            r#"<line class="target" x1="{x1}" y1="{y:.1}" x2="{x2:.1}" y2="{y:.1}" stroke="{TARGET}" stroke-width="{w}" stroke-dasharray="10 5"/>"#,
            x1 = frame.layout.left,
            x2 = frame.plot_right(),
            w = if full { 2.5 } else { 1.5 },
        );
    }
    value_line(&mut svg, &frame, chart, full);
    points(&mut svg, &frame, chart, labels, full);
    if full {
        line_labels(&mut svg, &frame, chart, text);
        key_row(&mut svg, &frame, &key_rows);
        let first = frame.layout.bottom + 44.0 + key_rows.len() as f64 * 28.0 + 18.0;
        for (k, line) in caption.iter().enumerate() {
            let _ = writeln!(
                svg,
                r#"<text class="caption" x="24" y="{y:.1}" font-size="16">{}</text>"#,
                escape(line),
                y = first + k as f64 * 24.0,
            );
        }
    }
    svg.push_str("</svg>\n");
    svg
}

/// The kebab-case name of an icon (`improvement-high`, `consistent-pass`).
pub fn code_of<T: serde::Serialize>(icon: T) -> String {
    serde_json::to_value(icon)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn fingerprint(labels: &[String], chart: &XmrChart, text: &MdcChartText) -> u32 {
    let values = chart
        .points
        .iter()
        .flat_map(|p| p.value.map_or(u64::MAX, f64::to_bits).to_le_bytes());
    let labels = labels.iter().flat_map(|l| l.bytes());
    fnv1a(text.title.bytes().chain(labels).chain(values))
}

/// Splits `s` into lines that fit `width` pixels at `size`, at spaces.
fn wrap(s: &str, width: f64, size: f64) -> Vec<String> {
    let max = (width / (size * CHAR_WIDTH)).floor().max(8.0) as usize;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The icons at the top right; returns the width they take.
fn icons(svg: &mut String, chart: &XmrChart, text: &MdcChartText, layout: &Layout) -> f64 {
    let size = layout.icon;
    let gap = size / 8.0;
    let mut x = layout.width - gap - size;
    let y = gap / 2.0 + 2.0;
    let mut used = 0.0;
    if let Some(a) = chart.assurance {
        let code = code_of(a);
        svg.push_str(&icons::assurance(
            a,
            &Placement {
                x,
                y,
                size,
                label: &text.assurance_label,
                code: &code,
            },
        ));
        svg.push('\n');
        x -= size + gap;
        used += size + gap;
    }
    if let Some(v) = chart.variation {
        let code = code_of(v);
        svg.push_str(&icons::variation(
            v,
            &Placement {
                x,
                y,
                size,
                label: &text.variation_label,
                code: &code,
            },
        ));
        svg.push('\n');
        used += size + gap;
    }
    used
}

/// The frame, or `None` when no week has a value.
fn frame(chart: &XmrChart, layout: Layout) -> Option<Frame> {
    let mut seen = chart.points.iter().filter_map(|p| p.value).peekable();
    seen.peek()?;
    let lines = chart.segments.iter().flat_map(|s| {
        let l = s.lines;
        [l.mean, l.upper, l.lower].into_iter().flatten()
    });
    let all: Vec<f64> = seen.chain(lines).chain(chart.target).collect();
    let lowest = all.iter().copied().fold(f64::INFINITY, f64::min);
    let highest = all.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    // A little room above and below, so no point sits on the frame; none below zero when
    // nothing is (counts, percentages and days never are).
    let pad = ((highest - lowest) * 0.05).max(0.5);
    let low = if lowest >= 0.0 {
        (lowest - pad).max(0.0)
    } else {
        lowest - pad
    };
    let (ticks, _) = nice_ticks_between(low, highest + pad);
    Some(Frame {
        layout,
        n: chart.points.len(),
        y_min: ticks.first().copied().unwrap_or(0.0),
        y_max: ticks.last().copied().unwrap_or(1.0),
        ticks,
    })
}

fn no_data(svg: &mut String, layout: &Layout, label: &str) {
    let (w, h) = (
        layout.width - layout.left - layout.right,
        layout.bottom - layout.top,
    );
    let _ = writeln!(
        svg,
        r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="none" stroke="{GRID}" stroke-width="2"/>"#,
        x = layout.left,
        y = layout.top,
    );
    let _ = writeln!(
        svg,
        r#"<text class="no-data" x="{x}" y="{y}" font-size="{f}" text-anchor="middle">{}</text>"#,
        escape(label),
        x = layout.left + w / 2.0,
        y = layout.top + h / 2.0,
        f = layout.label_font + 4.0,
    );
}

fn y_axis(svg: &mut String, frame: &Frame, label: &str) {
    let l = &frame.layout;
    // Small charts keep the lowest and highest tick only.
    let small = label.is_empty();
    for (k, &t) in frame.ticks.iter().enumerate() {
        let y = frame.y(t);
        let _ = writeln!(
            svg,
            r#"<line x1="{x1}" y1="{y:.1}" x2="{x2:.1}" y2="{y:.1}" stroke="{GRID}" stroke-width="1"/>"#,
            x1 = l.left,
            x2 = frame.plot_right(),
        );
        if !small || k == 0 || k + 1 == frame.ticks.len() {
            let _ = writeln!(
                svg,
                r#"<text class="y-tick" x="{x}" y="{ty:.1}" font-size="{f}" text-anchor="end">{}</text>"#,
                format_number(t),
                x = l.left - 6.0,
                ty = y + l.label_font / 3.0,
                f = l.label_font,
            );
        }
    }
    let _ = writeln!(
        svg,
        r#"<line x1="{x}" y1="{top}" x2="{x}" y2="{bottom}" stroke="{TEXT}" stroke-width="1.5"/><line x1="{x}" y1="{bottom}" x2="{r:.1}" y2="{bottom}" stroke="{TEXT}" stroke-width="1.5"/>"#,
        x = l.left,
        top = l.top,
        bottom = l.bottom,
        r = frame.plot_right(),
    );
    if !small {
        let mid = (l.top + l.bottom) / 2.0;
        let _ = writeln!(
            svg,
            r#"<text x="20" y="{mid}" font-size="16" text-anchor="middle" transform="rotate(-90 20 {mid})">{}</text>"#,
            escape(&fit(label, l.bottom - l.top, 16.0)),
        );
    }
}

fn x_labels(svg: &mut String, frame: &Frame, labels: &[String], full: bool) {
    let name = |i: usize| {
        labels
            .get(i)
            .cloned()
            .unwrap_or_else(|| (i + 1).to_string())
    };
    let l = &frame.layout;
    let shown: Vec<usize> = if full {
        let stride = label_stride(labels, frame.n, frame.step());
        (0..frame.n).step_by(stride).collect()
    } else {
        [0, frame.n.saturating_sub(1)].into_iter().collect()
    };
    for (k, i) in shown.iter().copied().enumerate() {
        let x = frame.x(i);
        let anchor = match (full, k) {
            (true, _) => "middle",
            (false, 0) => "start",
            (false, _) => "end",
        };
        let x = if full {
            x
        } else if k == 0 {
            l.left
        } else {
            frame.plot_right()
        };
        let _ = writeln!(
            svg,
            r#"<text class="x-label" x="{x:.1}" y="{y}" font-size="{f}" text-anchor="{anchor}">{}</text>"#,
            escape(&name(i)),
            y = l.bottom + l.label_font + 6.0,
            f = l.label_font,
        );
    }
}

/// One stretch's mean and limits, from its first week to its last; a rebase line at its
/// start if it follows another.
fn segment_lines(
    svg: &mut String,
    frame: &Frame,
    segment: &Segment,
    rebased: bool,
    text: &MdcChartText,
    full: bool,
) {
    let half = frame.step() / 2.0;
    let x0 = frame.x(segment.start) - half;
    let x1 = frame.x(segment.end) + half;
    let l = &frame.layout;
    if rebased {
        let _ = writeln!(
            svg,
            r#"<line class="rebase" x1="{x0:.1}" y1="{top}" x2="{x0:.1}" y2="{bottom}" stroke="{TEXT}" stroke-width="1.5" stroke-dasharray="2 4"/>"#,
            top = l.top - if full { 18.0 } else { 4.0 },
            bottom = l.bottom,
        );
        if full {
            let _ = writeln!(
                svg,
                r#"<text class="rebase-label" x="{x:.1}" y="{y}" font-size="13">{}</text>"#,
                escape(&text.rebase_label),
                x = x0 + 4.0,
                y = l.top - 6.0,
            );
        }
    }
    let lines = segment.lines;
    let (dash, width) = match (segment.trial, full) {
        (true, true) => ("3 5", 2.0),
        (false, true) => ("9 5", 2.0),
        (true, false) => ("2 3", 1.0),
        (false, false) => ("5 3", 1.0),
    };
    for (class, value) in [("upper", lines.upper), ("lower", lines.lower)] {
        let Some(v) = value else { continue };
        let y = frame.y(v);
        let _ = writeln!(
            svg,
            r#"<line class="limit {class}{trial}" x1="{x0:.1}" y1="{y:.1}" x2="{x1:.1}" y2="{y:.1}" stroke="{LIMIT}" stroke-width="{width}" stroke-dasharray="{dash}"/>"#,
            trial = if segment.trial { " trial" } else { "" },
        );
    }
    if let Some(m) = lines.mean {
        let y = frame.y(m);
        let _ = writeln!(
            svg,
            r#"<line class="mean" x1="{x0:.1}" y1="{y:.1}" x2="{x1:.1}" y2="{y:.1}" stroke="{MEAN}" stroke-width="{w}"/>"#,
            w = if full { 2.5 } else { 1.2 },
        );
    }
    // Trial limits are said on the chart, over the stretch they belong to: in words on a
    // full chart, with a short tag over the upper limit on a small multiple.
    if segment.trial && !full && lines.upper.is_some() {
        let f = l.label_font - 1.0;
        let label = fit(&text.trial_tag, (x1 - x0 - 4.0).max(70.0), f);
        let _ = writeln!(
            svg,
            r#"<text class="trial-tag" x="{x:.1}" y="{y:.1}" font-size="{f}" font-style="italic" fill="{TEXT}">{}</text>"#,
            escape(&label),
            x = x0 + 2.0,
            y = frame.y(lines.upper.unwrap_or_default()) - 3.0,
        );
    }
    if segment.trial && full && lines.upper.is_some() {
        let y = frame.y(lines.upper.unwrap_or_default()) - 6.0;
        let label = fit(&text.trial_label, (x1 - x0 - 8.0).max(80.0), 13.0);
        let _ = writeln!(
            svg,
            r#"<text class="trial-label" x="{x:.1}" y="{y:.1}" font-size="13" font-style="italic" fill="{TEXT}">{}</text>"#,
            escape(&label),
            x = x0 + 4.0,
        );
    }
}

/// The grey line through the weeks with a value; a missing week breaks it.
fn value_line(svg: &mut String, frame: &Frame, chart: &XmrChart, full: bool) {
    let mut runs: Vec<Vec<String>> = vec![Vec::new()];
    for (i, p) in chart.points.iter().enumerate() {
        match p.value {
            Some(v) => {
                if let Some(run) = runs.last_mut() {
                    run.push(format!("{:.1},{:.1}", frame.x(i), frame.y(v)));
                }
            }
            None => runs.push(Vec::new()),
        }
    }
    for run in runs.iter().filter(|r| r.len() > 1) {
        let _ = writeln!(
            svg,
            r#"<polyline class="values" points="{}" fill="none" stroke="{COMMON}" stroke-width="{w}" stroke-linejoin="round"/>"#,
            run.join(" "),
            w = if full { 2.0 } else { 1.2 },
        );
    }
}

fn colour_of(kind: Option<SpecialCauseKind>) -> (&'static str, &'static str) {
    match kind {
        None => (COMMON, "common-cause"),
        Some(SpecialCauseKind::Improvement) => (IMPROVEMENT, "improvement"),
        Some(SpecialCauseKind::Concern) => (CONCERN, "concern"),
        Some(SpecialCauseKind::Neutral) => (NEUTRAL, "neutral"),
    }
}

fn points(svg: &mut String, frame: &Frame, chart: &XmrChart, labels: &[String], full: bool) {
    let step = frame.step();
    let r = if full {
        (step * 0.35).clamp(2.5, 6.0)
    } else {
        (step * 0.4).clamp(1.2, 3.0)
    };
    // In a small chart of many weeks the dots would sit on top of each other: the grey line
    // carries the common-cause weeks, and only special causes get a dot. A week with a
    // value between two missing ones has no line to carry it, so it gets its dot too (else
    // it would be drawn nowhere and read as suppressed).
    let dense = !full && step < 3.0;
    let has_value = |i: Option<usize>| {
        i.and_then(|i| chart.points.get(i))
            .is_some_and(|p| p.value.is_some())
    };
    for (i, p) in chart.points.iter().enumerate() {
        let Some(v) = p.value else { continue };
        let alone = !has_value(i.checked_sub(1)) && !has_value(Some(i + 1));
        if dense && p.special_cause.is_none() && !alone {
            continue;
        }
        let (fill, class) = colour_of(p.special_cause.map(|c| c.kind));
        // Special causes a little bigger, so they stand out in grey print too.
        let r = if p.special_cause.is_some() {
            r * 1.3
        } else {
            r
        };
        let (x, y) = (frame.x(i), frame.y(v));
        if full {
            let week = labels.get(i).map(String::as_str).unwrap_or_default();
            let _ = writeln!(
                svg,
                r#"<circle class="point {class}" data-index="{i}" cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{fill}" stroke="{WHITE}" stroke-width="1"><title>{}: {}</title></circle>"#,
                escape(week),
                format_number(v),
            );
        } else {
            let _ = writeln!(
                svg,
                r#"<circle class="point {class}" cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{fill}"/>"#,
            );
        }
    }
}

/// The last stretch's mean and limits, and the target, named with their values right of
/// the plot, moved apart where they would overlap.
fn line_labels(svg: &mut String, frame: &Frame, chart: &XmrChart, text: &MdcChartText) {
    let Some(last) = chart.segments.last() else {
        return;
    };
    let l = &frame.layout;
    let mut labels: Vec<(f64, String, &str, &str)> = Vec::new();
    let mut add = |value: Option<f64>, name: &str, colour: &'static str, class: &'static str| {
        if let Some(v) = value {
            labels.push((
                frame.y(v),
                format!("{name} {}", format_number(v)),
                colour,
                class,
            ));
        }
    };
    add(last.lines.upper, &text.upper_label, LIMIT, "upper");
    add(last.lines.mean, &text.mean_label, MEAN, "mean");
    add(last.lines.lower, &text.lower_label, LIMIT, "lower");
    add(chart.target, &text.target_label, TARGET, "target");
    labels.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Push apart downwards, then back up from the bottom, so none overlaps or leaves the plot.
    let gap = l.label_font + 4.0;
    for k in 1..labels.len() {
        labels[k].0 = labels[k].0.max(labels[k - 1].0 + gap);
    }
    if let Some(lowest) = labels.last_mut() {
        lowest.0 = lowest.0.min(l.bottom);
    }
    for k in (0..labels.len().saturating_sub(1)).rev() {
        labels[k].0 = labels[k].0.min(labels[k + 1].0 - gap);
    }
    let x = frame.plot_right() + 8.0;
    for (y, label, colour, class) in labels {
        let shown = fit(&label, l.right - 12.0, l.label_font);
        let colour = if colour == LIMIT { TEXT } else { colour };
        let _ = writeln!(
            svg,
            r#"<text class="line-label {class}" x="{x:.1}" y="{y:.1}" font-size="{f}" font-weight="bold" fill="{colour}" dominant-baseline="middle">{}</text>"#,
            escape(&shown),
            f = l.label_font,
        );
    }
}

/// An entry of the key: a point colour, or a line style.
#[derive(Debug, Clone)]
enum KeyMark {
    Point(&'static str),
    Line(&'static str, &'static str),
}

fn key_items(chart: &XmrChart, text: &MdcChartText) -> Vec<(KeyMark, String)> {
    let has = |k: SpecialCauseKind| {
        chart
            .points
            .iter()
            .any(|p| p.special_cause.is_some_and(|c| c.kind == k))
    };
    let mut items = Vec::new();
    if has(SpecialCauseKind::Improvement) {
        items.push((KeyMark::Point(IMPROVEMENT), text.improvement_label.clone()));
    }
    if has(SpecialCauseKind::Concern) {
        items.push((KeyMark::Point(CONCERN), text.concern_label.clone()));
    }
    if has(SpecialCauseKind::Neutral) {
        items.push((KeyMark::Point(NEUTRAL), text.neutral_label.clone()));
    }
    items.push((KeyMark::Point(COMMON), text.common_cause_label.clone()));
    items.push((KeyMark::Line(MEAN, "none"), text.mean_label.clone()));
    items.push((KeyMark::Line(LIMIT, "9 5"), text.limits_label.clone()));
    if chart.target.is_some() {
        items.push((KeyMark::Line(TARGET, "10 5"), text.target_label.clone()));
    }
    items
}

/// The key's items in rows that fit `width`.
fn key_rows(items: &[(KeyMark, String)], width: f64) -> Vec<Vec<(KeyMark, String)>> {
    let mut rows: Vec<Vec<(KeyMark, String)>> = Vec::new();
    let mut used = f64::INFINITY;
    for item in items {
        let w = 40.0 + item.1.chars().count() as f64 * CHAR_WIDTH * 15.0 + 28.0;
        if used + w > width {
            rows.push(Vec::new());
            used = 0.0;
        }
        used += w;
        if let Some(row) = rows.last_mut() {
            row.push(item.clone());
        }
    }
    rows
}

fn key_row(svg: &mut String, frame: &Frame, rows: &[Vec<(KeyMark, String)>]) {
    for (r, row) in rows.iter().enumerate() {
        let y = frame.layout.bottom + 56.0 + r as f64 * 28.0;
        let mut x = frame.layout.left;
        for (mark, label) in row {
            match mark {
                KeyMark::Point(fill) => {
                    let _ = writeln!(
                        svg,
                        r#"<circle class="key" cx="{cx:.1}" cy="{cy:.1}" r="6" fill="{fill}"/>"#,
                        cx = x + 14.0,
                        cy = y - 5.0,
                    );
                }
                KeyMark::Line(stroke, dash) => {
                    let _ = writeln!(
                        svg,
                        r#"<line class="key" x1="{x:.1}" y1="{ly:.1}" x2="{x2:.1}" y2="{ly:.1}" stroke="{stroke}" stroke-width="2.5" stroke-dasharray="{dash}"/>"#,
                        x2 = x + 30.0,
                        ly = y - 5.0,
                    );
                }
            }
            let _ = writeln!(
                svg,
                r#"<text class="key-label" x="{tx:.1}" y="{y:.1}" font-size="15">{}</text>"#,
                escape(label),
                tx = x + 38.0,
            );
            x += 40.0 + label.chars().count() as f64 * CHAR_WIDTH * 15.0 + 28.0;
        }
    }
}

#[cfg(test)]
mod tests;
