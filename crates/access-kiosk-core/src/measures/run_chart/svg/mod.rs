//! Draws a run chart and its [`Analysis`] as a standalone SVG for the practice's QI lead.
//!
//! Pure string building, deterministic (same input, same bytes). Made to be read on a 10"
//! reception tablet and printed: text ≥ 14px, thick lines, NHS colours, and every signal
//! marked by shape *and* colour and listed in words under the chart, so nothing depends on
//! telling colours apart. No scripts, no external fonts or images; all caller text is
//! XML-escaped, so a measure title can never inject markup.

use std::fmt::Write as _;

use crate::measures::run_chart::{Analysis, Direction, Side, Signal};

const WIDTH: f64 = 960.0;
const PLOT_HEIGHT: f64 = 540.0;
const LEFT: f64 = 84.0;
const RIGHT: f64 = 36.0;
/// Top of the drawing under the title; PDSA titles get their own rows from here, above the
/// data, so they never sit on top of a point.
const TOP: f64 = 64.0;
const ANNOTATION_ROW: f64 = 26.0;
const ANNOTATION_ROWS: usize = 3;
/// Bottom of the plotting area; x labels and the legend go below it.
const PLOT_BOTTOM: f64 = 440.0;
const LEGEND_LINE: f64 = 26.0;

const FONT: &str = "Arial, 'Noto Sans', sans-serif";
const TEXT: &str = "#212b32";
const BLUE: &str = "#005eb8";
const RED: &str = "#d5281b";
const YELLOW: &str = "#ffb81c";
const GREEN: &str = "#007f3b";
const GRID: &str = "#d8dde0";
const WHITE: &str = "#ffffff";
const BASELINE_FILL: &str = "#e8edee";
const PDSA_FILL: &str = "#005eb8";

const LABEL_FONT: f64 = 14.0;
/// Average advance of a character at 1px font size in Arial; used to keep labels apart.
const CHAR_WIDTH: f64 = 0.6;

/// Localised strings, passed in by the caller (the app's Fluent bundle).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartText {
    pub title: String,
    pub y_label: String,
    pub median_label: String,
    pub baseline_label: String,
    pub shift_label: String,
    pub trend_label: String,
    pub too_few_runs_label: String,
    pub too_many_runs_label: String,
    pub astronomical_label: String,
    pub no_data_label: String,
}

/// A PDSA cycle or note: spans points `first..=last`, or from `first` onwards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    pub first: usize,
    pub last: Option<usize>,
    pub title: String,
}

/// How a point is marked: plain data, or the signal that claims it. Astronomical wins over
/// shift, shift over trend, so each point has exactly one marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Plain,
    Trend(Direction),
    Shift,
    Astronomical,
}

impl Mark {
    fn rank(self) -> u8 {
        match self {
            Mark::Plain => 0,
            Mark::Trend(_) => 1,
            Mark::Shift => 2,
            Mark::Astronomical => 3,
        }
    }
}

/// Maps data to pixels.
struct Frame {
    n: usize,
    y_min: f64,
    y_max: f64,
    /// Top of the plotting area (below any PDSA title rows).
    top: f64,
}

impl Frame {
    fn plot_width() -> f64 {
        WIDTH - LEFT - RIGHT
    }

    fn step(&self) -> f64 {
        Self::plot_width() / self.n.max(1) as f64
    }

    fn x(&self, i: usize) -> f64 {
        LEFT + (i as f64 + 0.5) * self.step()
    }

    fn y(&self, v: f64) -> f64 {
        let span = (self.y_max - self.y_min).max(f64::MIN_POSITIVE);
        PLOT_BOTTOM - (v - self.y_min) / span * (PLOT_BOTTOM - self.top)
    }
}

/// Renders the chart. `labels` name the points (e.g. "2026-W03"); a missing label falls
/// back to the point's number. Indices in `analysis` or `annotations` beyond the values are
/// ignored rather than drawn off the chart.
pub fn render(
    labels: &[String],
    values: &[f64],
    analysis: &Analysis,
    annotations: &[Annotation],
    text: &ChartText,
) -> String {
    let legend = legend_lines(labels, values.len(), analysis, text);
    let key = key_items(analysis, text);
    let rows = legend.len() + usize::from(!key.is_empty());
    let height = (PLOT_HEIGHT).max(PLOT_BOTTOM + 64.0 + rows as f64 * LEGEND_LINE + 16.0);
    let id = format!("run-chart-{:08x}", fingerprint(labels, values, text));

    let mut svg = String::new();
    open_svg(&mut svg, height, &id, text, &legend);
    title(&mut svg, &text.title);
    if values.is_empty() || values.iter().any(|v| !v.is_finite()) {
        no_data(&mut svg, text);
        svg.push_str("</svg>\n");
        return svg;
    }
    let shown: Vec<&Annotation> = annotations
        .iter()
        .filter(|a| a.first < values.len())
        .collect();
    let frame = frame(values, analysis.centre, shown.len().min(ANNOTATION_ROWS));
    baseline_band(&mut svg, &frame, analysis, text);
    annotation_bands(&mut svg, &frame, &shown);
    y_axis(&mut svg, &frame, &text.y_label);
    x_axis(&mut svg, &frame, labels);
    centre_line(&mut svg, &frame, analysis, text);
    trend_spans(&mut svg, &frame, values, analysis);
    data_line(&mut svg, &frame, values);
    markers(&mut svg, &frame, values, analysis);
    annotation_titles(&mut svg, &frame, &shown);
    key_row(&mut svg, &key);
    legend_text(&mut svg, &legend, !key.is_empty());
    svg.push_str("</svg>\n");
    svg
}

/// Escapes text for XML content and attribute values, dropping control characters XML 1.0
/// does not allow.
pub fn escape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A number as a QI lead would write it: no trailing zeros, at most two decimals.
pub fn format_number(v: f64) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// "Nice" y-axis ticks from `min(0, lowest)` up past `highest`: steps of 1, 2, 2.5 or 5
/// times a power of ten, about five intervals. Returns (ticks, step).
pub fn nice_ticks(lowest: f64, highest: f64) -> (Vec<f64>, f64) {
    nice_ticks_between(lowest.min(0.0), highest)
}

/// As [`nice_ticks`], from just below `lowest` rather than from zero (for charts whose
/// lines, not zero, are what the reader compares with).
pub fn nice_ticks_between(lowest: f64, highest: f64) -> (Vec<f64>, f64) {
    let low = lowest;
    let high = if highest > low { highest } else { low + 1.0 };
    let rough = (high - low) / 5.0;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * magnitude);
    let start = (low / step).floor() * step;
    let mut ticks = Vec::new();
    let mut k = 0.0;
    loop {
        let t = start + k * step;
        ticks.push(t);
        if t >= high - step * 1e-9 {
            break;
        }
        k += 1.0;
    }
    (ticks, step)
}

/// Every `k`-th x label, with `k` the smallest that keeps the widest label clear of the
/// next shown one.
pub fn label_stride(labels: &[String], n: usize, step: f64) -> usize {
    let widest = (0..n)
        .map(|i| label_for(labels, i).chars().count())
        .max()
        .unwrap_or(1) as f64;
    let needed = widest * CHAR_WIDTH * LABEL_FONT + 12.0;
    ((needed / step).ceil() as usize).max(1)
}

fn label_for(labels: &[String], i: usize) -> String {
    labels
        .get(i)
        .cloned()
        .unwrap_or_else(|| (i + 1).to_string())
}

fn fingerprint(labels: &[String], values: &[f64], text: &ChartText) -> u32 {
    let values = values.iter().flat_map(|v| v.to_bits().to_le_bytes());
    let labels = labels.iter().flat_map(|l| l.bytes());
    fnv1a(text.title.bytes().chain(labels).chain(values))
}

/// FNV-1a: stable across runs and platforms, so two charts on one page get distinct ids.
pub(crate) fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

fn frame(values: &[f64], centre: Option<f64>, annotation_rows: usize) -> Frame {
    let lowest = values
        .iter()
        .copied()
        .chain(centre)
        .fold(f64::INFINITY, f64::min);
    let highest = values
        .iter()
        .copied()
        .chain(centre)
        .fold(f64::NEG_INFINITY, f64::max);
    // Whole numbers (counts of patients) never get fractional ticks: a quiet practice's
    // chart runs to at least 5.
    let whole = values.iter().all(|v| v.fract() == 0.0);
    let highest = if whole { highest.max(5.0) } else { highest };
    let (ticks, _) = nice_ticks(lowest, highest);
    Frame {
        n: values.len(),
        y_min: ticks.first().copied().unwrap_or(0.0),
        y_max: ticks.last().copied().unwrap_or(1.0),
        top: TOP + annotation_rows as f64 * ANNOTATION_ROW + 8.0,
    }
}

fn open_svg(svg: &mut String, height: f64, id: &str, text: &ChartText, legend: &[String]) {
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="{FONT}" fill="{TEXT}">"#,
        w = WIDTH,
        h = height,
    );
    let _ = writeln!(
        svg,
        r#"<title id="{id}-title">{}</title>"#,
        escape(&text.title)
    );
    let desc = std::iter::once(text.y_label.as_str())
        .chain(legend.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(". ");
    let _ = writeln!(svg, r#"<desc id="{id}-desc">{}</desc>"#, escape(&desc));
    let _ = writeln!(
        svg,
        r#"<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="{WHITE}"/>"#
    );
}

fn title(svg: &mut String, title: &str) {
    let fitted = fit(title, WIDTH - 2.0 * LEFT / 2.0, 24.0);
    let _ = writeln!(
        svg,
        r#"<text x="{x}" y="38" font-size="24" font-weight="bold">{}</text>"#,
        escape(&fitted),
        x = LEFT / 2.0,
    );
}

/// Cuts `s` to what fits in `width` pixels at `size`, ending with "…" when cut.
pub(crate) fn fit(s: &str, width: f64, size: f64) -> String {
    let max_chars = (width / (size * CHAR_WIDTH)).floor().max(1.0) as usize;
    if s.chars().count() <= max_chars {
        return s.to_owned();
    }
    let mut cut: String = s.chars().take(max_chars.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn no_data(svg: &mut String, text: &ChartText) {
    let _ = writeln!(
        svg,
        r#"<rect x="{LEFT}" y="{TOP}" width="{w}" height="{h}" fill="none" stroke="{GRID}" stroke-width="2"/>"#,
        w = Frame::plot_width(),
        h = PLOT_BOTTOM - TOP,
    );
    let _ = writeln!(
        svg,
        r#"<text class="no-data" x="{x}" y="{y}" font-size="22" text-anchor="middle">{}</text>"#,
        escape(&text.no_data_label),
        x = LEFT + Frame::plot_width() / 2.0,
        y = (TOP + PLOT_BOTTOM) / 2.0,
    );
}

fn baseline_band(svg: &mut String, frame: &Frame, analysis: &Analysis, text: &ChartText) {
    let Some(b) = analysis.baseline.filter(|b| *b > 0) else {
        return;
    };
    let b = b.min(frame.n);
    let width = b as f64 * frame.step();
    let _ = writeln!(
        svg,
        r#"<rect class="baseline" x="{LEFT}" y="{top:.1}" width="{width:.1}" height="{h:.1}" fill="{BASELINE_FILL}"/>"#,
        top = frame.top,
        h = PLOT_BOTTOM - frame.top,
    );
    let _ = writeln!(
        svg,
        r#"<text x="{x:.1}" y="{y}" font-size="{LABEL_FONT}" font-weight="bold">{}</text>"#,
        escape(&fit(&text.baseline_label, width - 8.0, LABEL_FONT)),
        x = LEFT + 6.0,
        y = PLOT_BOTTOM - 8.0,
    );
}

fn annotation_span(frame: &Frame, a: &Annotation) -> Option<(f64, f64)> {
    if a.first >= frame.n {
        return None;
    }
    let last = a.last.unwrap_or(frame.n - 1).min(frame.n - 1).max(a.first);
    let x0 = frame.x(a.first) - frame.step() / 2.0;
    let x1 = frame.x(last) + frame.step() / 2.0;
    Some((x0, x1))
}

fn annotation_bands(svg: &mut String, frame: &Frame, annotations: &[&Annotation]) {
    for (k, a) in annotations.iter().enumerate() {
        let Some((x0, x1)) = annotation_span(frame, a) else {
            continue;
        };
        let _ = writeln!(
            svg,
            r#"<rect class="pdsa" x="{x0:.1}" y="{top:.1}" width="{w:.1}" height="{h:.1}" fill="{PDSA_FILL}" fill-opacity="0.07"/>"#,
            top = frame.top,
            w = x1 - x0,
            h = PLOT_BOTTOM - frame.top,
        );
        // The start line reaches up to its title's row.
        let _ = writeln!(
            svg,
            r#"<line x1="{x0:.1}" y1="{y1:.1}" x2="{x0:.1}" y2="{PLOT_BOTTOM}" stroke="{TEXT}" stroke-width="2" stroke-dasharray="2 4"/>"#,
            y1 = annotation_row_y(k) + 21.0,
        );
    }
}

fn annotation_row_y(k: usize) -> f64 {
    TOP + (k % ANNOTATION_ROWS) as f64 * ANNOTATION_ROW
}

/// Titles sit in rows above the plot, staggered so neighbours do not collide, each on a
/// white label joined to its dotted start line.
fn annotation_titles(svg: &mut String, frame: &Frame, annotations: &[&Annotation]) {
    for (k, a) in annotations.iter().enumerate() {
        let Some((x0, _)) = annotation_span(frame, a) else {
            continue;
        };
        let title = fit(&a.title, 360.0, LABEL_FONT);
        let w = title.chars().count() as f64 * CHAR_WIDTH * LABEL_FONT + 10.0;
        // At the start line, or pulled left just enough to stay inside the plot.
        let x0 = x0.min(WIDTH - RIGHT - w).max(LEFT);
        let y = annotation_row_y(k);
        let _ = writeln!(
            svg,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="21" fill="{WHITE}" stroke="{TEXT}" stroke-width="1"/>"#,
            x = x0,
        );
        let _ = writeln!(
            svg,
            r#"<text class="pdsa-title" x="{x:.1}" y="{ty:.1}" font-size="{LABEL_FONT}" font-weight="bold">{}</text>"#,
            escape(&title),
            x = x0 + 5.0,
            ty = y + 15.5,
        );
    }
}

fn y_axis(svg: &mut String, frame: &Frame, label: &str) {
    let (ticks, _) = nice_ticks(frame.y_min, frame.y_max);
    for t in ticks {
        let y = frame.y(t);
        let _ = writeln!(
            svg,
            r#"<line x1="{LEFT}" y1="{y:.1}" x2="{x2}" y2="{y:.1}" stroke="{GRID}" stroke-width="1"/>"#,
            x2 = WIDTH - RIGHT,
        );
        let _ = writeln!(
            svg,
            r#"<text class="y-tick" x="{x}" y="{ty:.1}" font-size="15" text-anchor="end">{}</text>"#,
            format_number(t),
            x = LEFT - 8.0,
            ty = y + 5.0,
        );
    }
    let _ = writeln!(
        svg,
        r#"<line x1="{LEFT}" y1="{top:.1}" x2="{LEFT}" y2="{PLOT_BOTTOM}" stroke="{TEXT}" stroke-width="2"/>"#,
        top = frame.top,
    );
    let mid = (frame.top + PLOT_BOTTOM) / 2.0;
    let _ = writeln!(
        svg,
        r#"<text x="20" y="{mid}" font-size="16" text-anchor="middle" transform="rotate(-90 20 {mid})">{}</text>"#,
        escape(&fit(label, PLOT_BOTTOM - frame.top, 16.0)),
    );
}

fn x_axis(svg: &mut String, frame: &Frame, labels: &[String]) {
    let _ = writeln!(
        svg,
        r#"<line x1="{LEFT}" y1="{PLOT_BOTTOM}" x2="{x2}" y2="{PLOT_BOTTOM}" stroke="{TEXT}" stroke-width="2"/>"#,
        x2 = WIDTH - RIGHT,
    );
    let stride = label_stride(labels, frame.n, frame.step());
    for i in (0..frame.n).step_by(stride) {
        let x = frame.x(i);
        let _ = writeln!(
            svg,
            r#"<line x1="{x:.1}" y1="{PLOT_BOTTOM}" x2="{x:.1}" y2="{y2}" stroke="{TEXT}" stroke-width="2"/>"#,
            y2 = PLOT_BOTTOM + 6.0,
        );
        let _ = writeln!(
            svg,
            r#"<text class="x-label" x="{x:.1}" y="{y}" font-size="{LABEL_FONT}" text-anchor="middle">{}</text>"#,
            escape(&label_for(labels, i)),
            y = PLOT_BOTTOM + 24.0,
        );
    }
}

/// Solid over the points the median was computed from; dashed where it is carried forward
/// from a frozen baseline.
fn centre_line(svg: &mut String, frame: &Frame, analysis: &Analysis, text: &ChartText) {
    let Some(centre) = analysis.centre else {
        return;
    };
    let y = frame.y(centre);
    let split = analysis.baseline.unwrap_or(frame.n).min(frame.n);
    let x_split = LEFT + split as f64 * frame.step();
    let x_end = WIDTH - RIGHT;
    let _ = writeln!(
        svg,
        r#"<line class="centre" x1="{LEFT}" y1="{y:.1}" x2="{x_split:.1}" y2="{y:.1}" stroke="{TEXT}" stroke-width="3"/>"#,
    );
    if split < frame.n {
        let _ = writeln!(
            svg,
            r#"<line class="centre-extended" x1="{x_split:.1}" y1="{y:.1}" x2="{x_end:.1}" y2="{y:.1}" stroke="{TEXT}" stroke-width="3" stroke-dasharray="12 8"/>"#,
        );
    }
    let label = format!("{} {}", text.median_label, format_number(centre));
    let w = label.chars().count() as f64 * CHAR_WIDTH * LABEL_FONT + 10.0;
    let _ = writeln!(
        svg,
        r#"<rect x="{x:.1}" y="{ry:.1}" width="{w:.1}" height="20" fill="{WHITE}" fill-opacity="0.85"/>"#,
        x = x_end - w,
        ry = y - 24.0,
    );
    let _ = writeln!(
        svg,
        r#"<text class="centre-label" x="{x:.1}" y="{ty:.1}" font-size="{LABEL_FONT}" font-weight="bold" text-anchor="end">{}</text>"#,
        escape(&label),
        x = x_end - 5.0,
        ty = y - 9.0,
    );
}

fn data_line(svg: &mut String, frame: &Frame, values: &[f64]) {
    let points = values
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{:.1},{:.1}", frame.x(i), frame.y(*v)))
        .collect::<Vec<_>>()
        .join(" ");
    let _ = writeln!(
        svg,
        r#"<polyline class="data" points="{points}" fill="none" stroke="{BLUE}" stroke-width="3" stroke-linejoin="round"/>"#,
    );
}

/// A trend is also drawn as a wide green band under the line, because its points may carry
/// a shift or astronomical marker instead of the trend triangle.
fn trend_spans(svg: &mut String, frame: &Frame, values: &[f64], analysis: &Analysis) {
    for signal in &analysis.signals {
        let Signal::Trend { first, last, .. } = *signal else {
            continue;
        };
        if first > last || last >= values.len() {
            continue;
        }
        let points = (first..=last)
            .map(|i| format!("{:.1},{:.1}", frame.x(i), frame.y(values[i])))
            .collect::<Vec<_>>()
            .join(" ");
        let _ = writeln!(
            svg,
            r#"<polyline class="trend-span" points="{points}" fill="none" stroke="{GREEN}" stroke-opacity="0.35" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>"#,
        );
    }
}

fn marks(n: usize, analysis: &Analysis) -> Vec<Mark> {
    let mut marks = vec![Mark::Plain; n];
    for signal in &analysis.signals {
        let mark = match *signal {
            Signal::Shift { .. } => Mark::Shift,
            Signal::Trend { direction, .. } => Mark::Trend(direction),
            Signal::Astronomical { .. } => Mark::Astronomical,
            Signal::TooFewRuns { .. } | Signal::TooManyRuns { .. } => continue,
        };
        let Some((first, last)) = signal.span() else {
            continue;
        };
        for m in marks
            .iter_mut()
            .take(last.saturating_add(1).min(n))
            .skip(first)
        {
            if mark.rank() > m.rank() {
                *m = mark;
            }
        }
    }
    marks
}

fn markers(svg: &mut String, frame: &Frame, values: &[f64], analysis: &Analysis) {
    for (i, (v, mark)) in values.iter().zip(marks(values.len(), analysis)).enumerate() {
        let (x, y) = (frame.x(i), frame.y(*v));
        let _ = writeln!(svg, "{}", marker_shape(mark, x, y, i));
    }
}

fn marker_shape(mark: Mark, x: f64, y: f64, i: usize) -> String {
    let stroke = format!(r#"stroke="{TEXT}" stroke-width="2""#);
    match mark {
        Mark::Plain => format!(
            r#"<circle class="point" data-index="{i}" cx="{x:.1}" cy="{y:.1}" r="6" fill="{BLUE}" stroke="{WHITE}" stroke-width="2"/>"#
        ),
        Mark::Shift => format!(
            r#"<rect class="point shift" data-index="{i}" x="{:.1}" y="{:.1}" width="15" height="15" fill="{YELLOW}" {stroke}/>"#,
            x - 7.5,
            y - 7.5
        ),
        Mark::Trend(direction) => {
            let d = if direction == Direction::Up {
                -1.0
            } else {
                1.0
            };
            format!(
                r#"<polygon class="point trend" data-index="{i}" points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{GREEN}" {stroke}/>"#,
                x,
                y + 10.0 * d,
                x - 9.0,
                y - 6.0 * d,
                x + 9.0,
                y - 6.0 * d
            )
        }
        Mark::Astronomical => format!(
            r#"<polygon class="point astronomical" data-index="{i}" points="{x:.1},{:.1} {:.1},{y:.1} {x:.1},{:.1} {:.1},{y:.1}" fill="{RED}" {stroke}/>"#,
            y - 11.0,
            x + 11.0,
            y + 11.0,
            x - 11.0
        ),
    }
}

/// The kinds of marker present, for the key row: (mark, label).
fn key_items(analysis: &Analysis, text: &ChartText) -> Vec<(Mark, String)> {
    let mut items: Vec<(Mark, String)> = Vec::new();
    for signal in &analysis.signals {
        let item = match *signal {
            Signal::Shift { .. } => (Mark::Shift, text.shift_label.clone()),
            Signal::Trend { direction, .. } => (Mark::Trend(direction), text.trend_label.clone()),
            Signal::Astronomical { .. } => (Mark::Astronomical, text.astronomical_label.clone()),
            Signal::TooFewRuns { .. } | Signal::TooManyRuns { .. } => continue,
        };
        if !items.iter().any(|(m, _)| m.rank() == item.0.rank()) {
            items.push(item);
        }
    }
    items
}

fn key_row(svg: &mut String, items: &[(Mark, String)]) {
    let y = PLOT_BOTTOM + 64.0;
    let mut x = LEFT + 10.0;
    for (mark, label) in items {
        if matches!(mark, Mark::Trend(_)) {
            let _ = writeln!(
                svg,
                r#"<line x1="{x0:.1}" y1="{ly:.1}" x2="{x1:.1}" y2="{ly:.1}" stroke="{GREEN}" stroke-opacity="0.35" stroke-width="16" stroke-linecap="round"/>"#,
                x0 = x - 6.0,
                x1 = x + 6.0,
                ly = y - 5.0,
            );
        }
        let _ = writeln!(
            svg,
            "{}",
            marker_shape(*mark, x, y - 5.0, usize::MAX)
                .replace(&format!(r#" data-index="{}""#, usize::MAX), "",)
                .replace("class=\"point ", "class=\"key ")
        );
        let _ = writeln!(
            svg,
            r#"<text x="{tx:.1}" y="{y:.1}" font-size="16">{}</text>"#,
            escape(label),
            tx = x + 16.0,
        );
        x += 16.0 + label.chars().count() as f64 * CHAR_WIDTH * 16.0 + 36.0;
    }
}

/// One line per signal, in words, e.g. "Shift (↑): 2026-W05 – 2026-W11".
fn legend_lines(labels: &[String], n: usize, analysis: &Analysis, text: &ChartText) -> Vec<String> {
    let name = |i: usize| label_for(labels, i);
    analysis
        .signals
        .iter()
        .filter(|s| {
            s.span()
                .is_none_or(|(first, last)| first <= last && last < n)
        })
        .map(|signal| match *signal {
            Signal::Shift { first, last, side } => {
                let arrow = if side == Side::Above { "↑" } else { "↓" };
                format!(
                    "{} ({arrow}): {} – {}",
                    text.shift_label,
                    name(first),
                    name(last)
                )
            }
            Signal::Trend {
                first,
                last,
                direction,
            } => {
                let arrow = if direction == Direction::Up {
                    "↑"
                } else {
                    "↓"
                };
                format!(
                    "{} ({arrow}): {} – {}",
                    text.trend_label,
                    name(first),
                    name(last)
                )
            }
            Signal::TooFewRuns { runs, lower } => {
                format!("{}: {runs} < {lower}", text.too_few_runs_label)
            }
            Signal::TooManyRuns { runs, upper } => {
                format!("{}: {runs} > {upper}", text.too_many_runs_label)
            }
            Signal::Astronomical { index } => {
                format!("{}: {}", text.astronomical_label, name(index))
            }
        })
        .collect()
}

fn legend_text(svg: &mut String, lines: &[String], after_key: bool) {
    let first_y = PLOT_BOTTOM + 64.0 + if after_key { LEGEND_LINE + 4.0 } else { 0.0 };
    for (k, line) in lines.iter().enumerate() {
        let _ = writeln!(
            svg,
            r#"<text class="legend" x="{LEFT}" y="{y:.1}" font-size="16">{}</text>"#,
            escape(&fit(line, Frame::plot_width(), 16.0)),
            y = first_y + k as f64 * LEGEND_LINE,
        );
    }
}

#[cfg(test)]
mod tests;
