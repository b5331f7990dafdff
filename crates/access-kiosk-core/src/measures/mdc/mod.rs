//! Making Data Count (NHS England) XmR analysis of a weekly measure: the mean, the process
//! limits, the special-cause signals and the variation and assurance icons that NHS boards,
//! ICBs and practice teams read without explanation.
//!
//! The rules are those of the NHS-R community's `NHSRplotthedots` (R, 0.2.2, 2025; read at
//! commit `050b07d`), which implements NHS England's "Making Data Count" guidance. Each rule
//! below names the file of that package it was checked against. It is a different rule set
//! from the run chart's ([`crate::measures::run_chart`]): use this one for monitoring and the
//! run chart for a PDSA project, never both on one chart. Which way is better for each
//! measure is [`crate::measures::Measure::improvement`].
//!
//! Pure and deterministic: values in, an [`XmrChart`] out, no I/O, no text for users (the UI
//! localises the kebab-case codes). Invariants of every chart returned:
//! - there is no NaN or infinity anywhere in it;
//! - a missing value (`None`, e.g. a suppressed cell or a conversion with nothing to convert)
//!   is never treated as zero: it is left out of the mean, the moving ranges either side of it
//!   are not taken, it breaks every run (trend, two of three, shift) and it carries no signal;
//! - each segment's lines come from its own baseline only, and no moving range, run or
//!   window crosses the start of a segment.
//!
//! Where this module departs from the R package, on purpose, the doc comment says so:
//! gaps ([`analyse`]), screening when the mean moving range is 0 ([`SCREEN_FACTOR`]), the
//! tolerance for "on the line" ([`ON_LINE_TOLERANCE`]), what "trial" counts
//! ([`FIRM_LIMITS_MIN_VALUES`]), the latest point ([`XmrChart::variation`]) and assurance
//! without limits ([`XmrChart::assurance`]).

pub mod icons;
pub mod nhs_csv;
pub mod rebase;
pub mod settings;
pub mod svg;

use serde::{Deserialize, Serialize};

/// Process limits are the mean ± this × the mean moving range (`ptd_spc_standard.R`:
/// `limit <- 2.66`).
pub const LIMIT_FACTOR: f64 = 2.66;

/// The "two sigma" lines are the mean ± this × the mean moving range: two thirds of the way
/// to the limits (`ptd_spc_standard.R`: `limitclose <- 2 * (limit / 3)`).
pub const TWO_SIGMA_FACTOR: f64 = 2.0 * (LIMIT_FACTOR / 3.0);

/// Screening: a moving range of at least this × the mean moving range is left out and the
/// mean moving range taken again from the rest, once (`ptd_spc_standard.R`: ranges
/// `< 3.267 * amr` are kept, the others set to `NA`, then `amr` is recomputed; no second
/// pass). Screening changes only the mean moving range, so the limits; the mean and the
/// rules are as without it.
///
/// If the mean moving range is 0 (no change at all in the baseline) there is nothing to
/// screen and nothing is left out. The R package would leave out every range there (`0 < 0`
/// is false) and get NaN limits, so that with screening on it never flags a point as outside
/// a flat baseline, whereas with screening off its limits equal the mean and any point off
/// the mean is outside. This module always does the latter: no NaN, and the same chart with
/// screening on or off when there is nothing to screen.
pub const SCREEN_FACTOR: f64 = 3.267;

/// A trend and a shift are runs of this many points (`ptd_calculate_point_type.R`: 7 points,
/// i.e. 6 differences for a trend). The MDC Excel tool offers 6 as an option; the R package
/// does not (its issue #202), nor does this module.
pub const RUN_POINTS: usize = 7;

/// Limits taken from fewer values than this are *trial* limits, which the chart says are not
/// yet firm: the project's rule ("trial limits under 12 points", DOMAIN.md and issue 18), and
/// the MDC tool's, whose default baseline is the first 12 points. The R package is split on
/// it: `ptd_add_short_group_warnings.R`'s comment and warning text say "n < 12", while its
/// code compares `n() < warning_threshold` with a default of 13 (so a segment of 12 points
/// warns there). This module follows the stated rule, not that code: 11 values are trial,
/// 12 are not.
///
/// What is counted is the values the limits were taken from: those present in the
/// segment's baseline ([`Segment::baseline_values`]), not every row of the segment as the R
/// package counts. A suppressed week adds nothing to the limits, and weeks after a fixed
/// baseline ([`XmrOptions::fix_after`]) are judged against them but do not make them firm:
/// limits fixed on 12 weeks of which 3 are suppressed are trial limits however long the
/// segment grows.
pub const FIRM_LIMITS_MIN_VALUES: usize = 12;

/// The smallest baseline that limits may be fixed after (`ptd_spc_options.R`:
/// `fix_after_n_points >= 12`, else an error).
pub const FIX_AFTER_MIN: usize = 12;

/// A value this close to a line (relative to the line's size, at least 1) counts as on it:
/// on the mean (so neither above nor below), or on a limit (so not beyond it). The R package
/// compares exactly, which lets binary rounding decide for a mean such as `(87.1 + 87.3) /
/// 2`; this is the same convention as the run chart's.
pub const ON_LINE_TOLERANCE: f64 = 1e-9;

/// Which way is better for the measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImprovementDirection {
    /// Higher is better (sign-ups, conversions).
    Increase,
    /// Lower is better (days from interest to access).
    Decrease,
    /// Neither: special causes are reported but not judged, and there is no assurance.
    Neutral,
}

/// How to build the chart. [`Default`] is the R package's default: screening on, limits
/// recalculated with every point, one segment, no target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct XmrOptions {
    /// Leave very large moving ranges out of the mean moving range ([`SCREEN_FACTOR`]).
    pub screen_outliers: bool,
    /// Fix each segment's mean and limits on its first this many weeks (positions, missing
    /// weeks included, as the R package's `row_number()` counts); later weeks are judged
    /// against them. At least [`FIX_AFTER_MIN`]. Applies to every segment separately
    /// (`ptd_spc_standard.R` groups by rebase segment before numbering rows).
    pub fix_after: Option<usize>,
    /// Indices where a new segment starts, with its own mean and limits (rebasing, after a
    /// sustained change). 0 and repeats are ignored, order does not matter.
    pub rebases: Vec<usize>,
    /// The target, for the assurance icon.
    pub target: Option<f64>,
}

impl Default for XmrOptions {
    fn default() -> Self {
        XmrOptions {
            screen_outliers: true,
            fix_after: None,
            rebases: Vec::new(),
            target: None,
        }
    }
}

/// Why a chart could not be built: a mistake in how the measure was configured.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum XmrError {
    /// A value is NaN or infinite; `index` is its position. (A missing week is `None`.)
    #[serde(rename_all = "kebab-case")]
    NotFinite { index: usize },
    /// The target is NaN or infinite.
    TargetNotFinite,
    /// Limits fixed on fewer than [`FIX_AFTER_MIN`] weeks.
    #[serde(rename_all = "kebab-case")]
    FixAfterTooShort { fix_after: usize, minimum: usize },
    /// A rebase index past the last week.
    #[serde(rename_all = "kebab-case")]
    RebaseOutOfRange { index: usize, points: usize },
}

impl std::fmt::Display for XmrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            XmrError::NotFinite { index } => {
                write!(f, "value at position {index} is not a finite number")
            }
            XmrError::TargetNotFinite => f.write_str("the target is not a finite number"),
            XmrError::FixAfterTooShort { fix_after, minimum } => write!(
                f,
                "limits can be fixed after {minimum} points or more, not {fix_after}"
            ),
            XmrError::RebaseOutOfRange { index, points } => write!(
                f,
                "rebase at position {index} is past the end of the {points} points given"
            ),
        }
    }
}

impl std::error::Error for XmrError {}

/// The special-cause rules, in order of precedence: a point that meets several is labelled
/// by the first (`ptd_calculate_point_type.R`, `ptd_special_cause_type`'s `case_when`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// Strictly above the upper or below the lower process limit (`y > upl | y < lpl`).
    Outside,
    /// Part of a run of [`RUN_POINTS`] points each strictly higher (or each strictly lower)
    /// than the one before; a tie breaks it. The point between a rising and a falling trend
    /// belongs to both and is labelled by the later one, as the R package does (it takes the
    /// difference to the right). Unlike the R package, a tie right after a trend's last point
    /// does not turn that point's direction round.
    Trend,
    /// Two of three consecutive points beyond the same two-sigma line but not outside the
    /// limits, *all three* on the same side of the mean (none on it); only the points beyond
    /// two sigma are flagged (`ptd_two_in_three`, `ptd_part_of_two_in_three`; the
    /// same-side condition is the package's fix for its issue #143). A point outside the
    /// limits does not count towards it (`close_to_limits` excludes `outside_limits`).
    TwoOfThree,
    /// Part of a run of [`RUN_POINTS`] points on the same side of the mean; a point on the
    /// mean breaks it (`ptd_seven_point_one_side_mean`: `sign(y - mean)` of 0 matches nothing).
    Shift,
}

const RULES: [Rule; 4] = [Rule::Outside, Rule::Trend, Rule::TwoOfThree, Rule::Shift];

/// Which way a special cause points: above the mean or a limit, or a rising trend, is high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    High,
    Low,
}

/// A special cause judged by the improvement direction (`ptd_point_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpecialCauseKind {
    Improvement,
    Concern,
    /// The measure has no improvement direction.
    Neutral,
}

impl SpecialCauseKind {
    fn of(side: Side, direction: ImprovementDirection) -> Self {
        use ImprovementDirection as D;
        match (direction, side) {
            (D::Neutral, _) => SpecialCauseKind::Neutral,
            (D::Increase, Side::High) | (D::Decrease, Side::Low) => SpecialCauseKind::Improvement,
            _ => SpecialCauseKind::Concern,
        }
    }
}

/// Why a point is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct SpecialCause {
    pub rule: Rule,
    pub side: Side,
    pub kind: SpecialCauseKind,
}

/// One occurrence of a rule, whatever precedence later made of its points: the stretch
/// `first..=last` (indices into the values given). Overlapping windows of one rule and side
/// are one signal; so are neighbouring points outside the same limit. A two-of-three signal
/// spans its whole window(s), including the point not beyond two sigma.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Signal {
    pub rule: Rule,
    pub side: Side,
    pub kind: SpecialCauseKind,
    pub first: usize,
    pub last: usize,
}

/// The lines drawn at a point, or for a segment. `mean` is `None` only when the segment's
/// baseline has no value; the other four are all `Some` or all `None`, `None` when it has no
/// two consecutive values to take a moving range from (then only the trend and shift rules
/// can apply).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Lines {
    pub mean: Option<f64>,
    pub upper: Option<f64>,
    pub lower: Option<f64>,
    pub upper_two_sigma: Option<f64>,
    pub lower_two_sigma: Option<f64>,
}

/// A stretch of weeks with its own mean and limits (`ptd_spc_standard.R`, `rebase_group`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Segment {
    /// First and last index, inclusive.
    pub start: usize,
    pub end: usize,
    /// Weeks, from `start`, that the mean and limits are taken from (the whole segment unless
    /// [`XmrOptions::fix_after`] is shorter).
    pub baseline_len: usize,
    /// Values present in the segment (missing weeks not counted).
    pub values: usize,
    /// Values present in the baseline: those the mean and limits were taken from.
    pub baseline_values: usize,
    /// Mean of the moving ranges kept after screening.
    pub mean_moving_range: Option<f64>,
    /// Moving ranges left out by screening.
    pub screened_out: usize,
    pub lines: Lines,
    /// The limits were taken from fewer than [`FIRM_LIMITS_MIN_VALUES`] values
    /// (`baseline_values`): they are trial limits.
    pub trial: bool,
}

/// One week on the chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct XmrPoint {
    pub value: Option<f64>,
    /// Index into [`XmrChart::segments`].
    pub segment: usize,
    pub lines: Lines,
    /// `None`: common cause, or no value.
    pub special_cause: Option<SpecialCause>,
}

/// The MDC variation icon (the R package's `inst/icons/variation/*.svg`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum VariationIcon {
    CommonCause,
    ImprovementHigh,
    ImprovementLow,
    ConcernHigh,
    ConcernLow,
    NeutralHigh,
    NeutralLow,
}

/// The MDC assurance icon (`ptd_calculate_assurance_type.R`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AssuranceIcon {
    /// The whole process is on the good side of the target: it will meet it every week.
    ConsistentPass,
    /// The whole process is on the bad side: it will miss it every week until it changes.
    ConsistentFail,
    /// The target lies between the limits (or on one): some weeks will meet it, some not.
    Inconsistent,
}

/// What the latest signal is, for a sentence such as "Special cause: improvement. Seven
/// weeks above the mean since 2026-W31." (the UI supplies the words and the week label).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct LatestSignal {
    pub rule: Rule,
    pub side: Side,
    pub kind: SpecialCauseKind,
    /// Index where the signal containing the latest point starts ([`Signal::first`]).
    pub since: usize,
    /// Weeks from `since` to the latest point, both included (missing weeks cannot occur
    /// inside a signal).
    pub points: usize,
}

/// What a caption under the chart needs, beside the icons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Summary {
    /// Index of the latest week with a value.
    pub latest: Option<usize>,
    /// The special cause of that week, if any.
    pub signal: Option<LatestSignal>,
    /// The latest segment has trial limits.
    pub trial_limits: bool,
}

/// Everything the chart, its icons and its caption need.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct XmrChart {
    pub direction: ImprovementDirection,
    pub target: Option<f64>,
    /// One per value given, in order.
    pub points: Vec<XmrPoint>,
    pub segments: Vec<Segment>,
    /// Every occurrence of every rule, by rule in order of precedence, then by position.
    pub signals: Vec<Signal>,
    /// From the latest week *with a value* (`None` if there is none). The R package takes the
    /// last row whatever its value, which is common cause when the value is missing; it
    /// expects no gaps (`ptd_spc.R`: "There should be no gaps in the time series").
    pub variation: Option<VariationIcon>,
    /// From the target and the latest segment's limits; `None` with no target, for a neutral
    /// measure (`ptd_calculate_assurance_type.R`), or when the latest segment has no limits
    /// (where the R package, comparing with NaN, would say inconsistent).
    pub assurance: Option<AssuranceIcon>,
    pub summary: Summary,
}

/// Analyses a weekly series in time order (`None`: no value that week).
///
/// Gaps: the R package expects none; given `NA` it skips it in the mean, takes no moving
/// range across it, does not flag a window that contains it, and can stop with an error in
/// the trend rule. This module does the first three and never stops.
pub fn analyse(
    values: &[Option<f64>],
    direction: ImprovementDirection,
    options: &XmrOptions,
) -> Result<XmrChart, XmrError> {
    check(values, options)?;
    let mut points = Vec::with_capacity(values.len());
    let mut segments = Vec::new();
    let mut signals = Vec::new();
    for (number, (start, end)) in segment_bounds(values.len(), &options.rebases)
        .into_iter()
        .enumerate()
    {
        let part = &values[start..=end];
        let segment = fit(part, start, options);
        let marks = Marks::find(part, &segment.lines);
        for (offset, &value) in part.iter().enumerate() {
            let special_cause = RULES.iter().find_map(|&rule| {
                let side = marks.flags[offset][rule as usize]?;
                let kind = SpecialCauseKind::of(side, direction);
                Some(SpecialCause { rule, side, kind })
            });
            points.push(XmrPoint {
                value,
                segment: number,
                lines: segment.lines,
                special_cause,
            });
        }
        signals.extend(marks.signals(start, direction));
        segments.push(segment);
    }
    signals.sort_by_key(|s| (s.rule, s.first));

    let latest = points.iter().rposition(|p| p.value.is_some());
    let cause = latest.and_then(|i| points[i].special_cause);
    let variation = latest.map(|_| variation_icon(cause));
    let last_lines = segments.last().map(|s| s.lines).unwrap_or_default();
    let signal = latest
        .zip(cause)
        .map(|(i, c)| latest_signal(&signals, i, c));
    Ok(XmrChart {
        direction,
        target: options.target,
        variation,
        assurance: assurance(options.target, &last_lines, direction),
        summary: Summary {
            latest,
            signal,
            trial_limits: segments.last().is_some_and(|s| s.trial),
        },
        points,
        segments,
        signals,
    })
}

fn check(values: &[Option<f64>], options: &XmrOptions) -> Result<(), XmrError> {
    if let Some(index) = values
        .iter()
        .position(|v| v.is_some_and(|v| !v.is_finite()))
    {
        return Err(XmrError::NotFinite { index });
    }
    if options.target.is_some_and(|t| !t.is_finite()) {
        return Err(XmrError::TargetNotFinite);
    }
    if let Some(fix_after) = options.fix_after.filter(|&n| n < FIX_AFTER_MIN) {
        return Err(XmrError::FixAfterTooShort {
            fix_after,
            minimum: FIX_AFTER_MIN,
        });
    }
    match options.rebases.iter().find(|&&i| i >= values.len()) {
        Some(&index) => Err(XmrError::RebaseOutOfRange {
            index,
            points: values.len(),
        }),
        None => Ok(()),
    }
}

/// `(first, last)` of each segment, inclusive; none for no values.
fn segment_bounds(len: usize, rebases: &[usize]) -> Vec<(usize, usize)> {
    if len == 0 {
        return Vec::new();
    }
    let mut starts: Vec<usize> = rebases.iter().copied().filter(|&i| i > 0).collect();
    starts.push(0);
    starts.sort_unstable();
    starts.dedup();
    let ends = starts.iter().skip(1).map(|&s| s - 1).chain([len - 1]);
    starts.iter().copied().zip(ends).collect()
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The mean, mean moving range and lines of one segment (`ptd_spc_standard.R`).
fn fit(part: &[Option<f64>], start: usize, options: &XmrOptions) -> Segment {
    let baseline_len = options.fix_after.map_or(part.len(), |n| n.min(part.len()));
    let baseline = &part[..baseline_len];
    let present: Vec<f64> = baseline.iter().flatten().copied().collect();
    let ranges: Vec<f64> = baseline
        .windows(2)
        .filter_map(|w| Some((w[1]? - w[0]?).abs()))
        .collect();
    let (mean_moving_range, screened_out) = match mean(&ranges) {
        Some(raw) if options.screen_outliers && raw > 0.0 => {
            let kept: Vec<f64> = ranges
                .iter()
                .copied()
                .filter(|&r| r < SCREEN_FACTOR * raw)
                .collect();
            (mean(&kept), ranges.len() - kept.len())
        }
        raw => (raw, 0),
    };
    let centre = mean(&present);
    let spread = |factor: f64, sign: f64| Some(centre? + sign * factor * mean_moving_range?);
    Segment {
        start,
        end: start + part.len() - 1,
        baseline_len,
        values: part.iter().flatten().count(),
        baseline_values: present.len(),
        mean_moving_range,
        screened_out,
        lines: Lines {
            mean: centre,
            upper: spread(LIMIT_FACTOR, 1.0),
            lower: spread(LIMIT_FACTOR, -1.0),
            upper_two_sigma: spread(TWO_SIGMA_FACTOR, 1.0),
            lower_two_sigma: spread(TWO_SIGMA_FACTOR, -1.0),
        },
        trial: present.len() < FIRM_LIMITS_MIN_VALUES,
    }
}

/// Which side of `line` a value is on; `None` on it ([`ON_LINE_TOLERANCE`]).
fn side_of(value: f64, line: f64) -> Option<Side> {
    if (value - line).abs() <= ON_LINE_TOLERANCE * line.abs().max(1.0) {
        None
    } else if value > line {
        Some(Side::High)
    } else {
        Some(Side::Low)
    }
}

/// Whether a value is strictly above `upper` or strictly below `lower` (R: `y > upl | y <
/// lpl`, `y < nlpl | y > nupl`); never with no lines.
fn beyond(value: f64, upper: Option<f64>, lower: Option<f64>) -> Option<Side> {
    match (upper, lower) {
        (Some(u), _) if side_of(value, u) == Some(Side::High) => Some(Side::High),
        (_, Some(l)) if side_of(value, l) == Some(Side::Low) => Some(Side::Low),
        _ => None,
    }
}

/// What the rules need to know of one present value.
#[derive(Clone, Copy)]
struct Reading {
    value: f64,
    /// Side of the mean; `None` on it (or no mean).
    side: Option<Side>,
    /// Beyond a process limit.
    outside: Option<Side>,
    /// Beyond a two-sigma line but not outside.
    near: Option<Side>,
}

impl Reading {
    fn of(value: f64, lines: &Lines) -> Self {
        let outside = beyond(value, lines.upper, lines.lower);
        let two_sigma = beyond(value, lines.upper_two_sigma, lines.lower_two_sigma);
        Reading {
            value,
            side: lines.mean.and_then(|m| side_of(value, m)),
            outside,
            near: two_sigma.filter(|_| outside.is_none()),
        }
    }
}

/// The windows each rule found in one segment (offsets from its start), and the side each
/// rule gives each point.
struct Marks {
    windows: [Vec<(usize, usize, Side)>; 4],
    flags: Vec<[Option<Side>; 4]>,
}

impl Marks {
    fn find(part: &[Option<f64>], lines: &Lines) -> Self {
        let readings: Vec<Option<Reading>> = part
            .iter()
            .map(|v| v.map(|v| Reading::of(v, lines)))
            .collect();
        let mut marks = Marks {
            windows: Default::default(),
            flags: vec![[None; 4]; part.len()],
        };
        for (i, r) in readings.iter().enumerate() {
            if let Some(side) = r.and_then(|r| r.outside) {
                marks.mark(Rule::Outside, i, i, side, |_| true);
            }
        }
        // Every window of a rule must have all its values: a gap breaks the run.
        let full = |start: usize, len: usize| -> Option<Vec<Reading>> {
            readings[start..start + len].iter().copied().collect()
        };
        for start in 0..part.len().saturating_sub(RUN_POINTS - 1) {
            let Some(w) = full(start, RUN_POINTS) else {
                continue;
            };
            let last = start + RUN_POINTS - 1;
            let steps: Option<Vec<Side>> =
                w.windows(2).map(|p| step(p[0].value, p[1].value)).collect();
            if let Some(side) = steps.as_deref().and_then(same_side) {
                marks.mark(Rule::Trend, start, last, side, |_| true);
            }
            let sides: Option<Vec<Side>> = w.iter().map(|r| r.side).collect();
            if let Some(side) = sides.as_deref().and_then(same_side) {
                marks.mark(Rule::Shift, start, last, side, |_| true);
            }
        }
        for start in 0..part.len().saturating_sub(2) {
            let Some(w) = full(start, 3) else { continue };
            let sides: Option<Vec<Side>> = w.iter().map(|r| r.side).collect();
            let Some(side) = sides.as_deref().and_then(same_side) else {
                continue;
            };
            if w.iter().filter(|r| r.near == Some(side)).count() >= 2 {
                marks.mark(Rule::TwoOfThree, start, start + 2, side, |i| {
                    readings[i].and_then(|r| r.near) == Some(side)
                });
            }
        }
        marks
    }

    /// Records a window and flags its points that `flagged` picks (later windows overwrite
    /// earlier ones: the turning point between two trends takes the later one's side).
    fn mark(
        &mut self,
        rule: Rule,
        first: usize,
        last: usize,
        side: Side,
        flagged: impl Fn(usize) -> bool,
    ) {
        self.windows[rule as usize].push((first, last, side));
        for i in (first..=last).filter(|&i| flagged(i)) {
            self.flags[i][rule as usize] = Some(side);
        }
    }

    /// The windows merged into signals, with indices from the start of the series.
    fn signals(&self, offset: usize, direction: ImprovementDirection) -> Vec<Signal> {
        let mut out: Vec<Signal> = Vec::new();
        for rule in RULES {
            // Neighbouring single points outside the same limit read as one excursion.
            let reach = usize::from(rule == Rule::Outside);
            let mut current: Option<Signal> = None;
            for &(first, last, side) in &self.windows[rule as usize] {
                let (first, last) = (first + offset, last + offset);
                match current.as_mut() {
                    Some(s) if s.side == side && first <= s.last + reach => s.last = last,
                    _ => {
                        out.extend(current.take());
                        current = Some(Signal {
                            rule,
                            side,
                            kind: SpecialCauseKind::of(side, direction),
                            first,
                            last,
                        });
                    }
                }
            }
            out.extend(current);
        }
        out
    }
}

/// Which way a trend steps from `a` to `b`; `None` for a tie. Exact, as `sign(diff(y))` in
/// the R package: these are the values as given, not a computed line.
fn step(a: f64, b: f64) -> Option<Side> {
    match b.partial_cmp(&a)? {
        std::cmp::Ordering::Greater => Some(Side::High),
        std::cmp::Ordering::Less => Some(Side::Low),
        std::cmp::Ordering::Equal => None,
    }
}

/// The one side all of `sides` share, if they do.
fn same_side(sides: &[Side]) -> Option<Side> {
    let first = *sides.first()?;
    sides.iter().all(|&s| s == first).then_some(first)
}

/// The icon for the latest point's special cause (`geom_ptd_icon.R`, `ptd_get_icons`: the
/// point type of the last row; high or low from the direction, which always agrees with the
/// side of the special cause).
fn variation_icon(cause: Option<SpecialCause>) -> VariationIcon {
    use SpecialCauseKind as K;
    let Some(c) = cause else {
        return VariationIcon::CommonCause;
    };
    match (c.kind, c.side) {
        (K::Improvement, Side::High) => VariationIcon::ImprovementHigh,
        (K::Improvement, Side::Low) => VariationIcon::ImprovementLow,
        (K::Concern, Side::High) => VariationIcon::ConcernHigh,
        (K::Concern, Side::Low) => VariationIcon::ConcernLow,
        (K::Neutral, Side::High) => VariationIcon::NeutralHigh,
        (K::Neutral, Side::Low) => VariationIcon::NeutralLow,
    }
}

/// `ptd_calculate_assurance_type.R`: a target above the upper limit fails every week when
/// higher is better (passes when lower is better), below the lower limit the reverse, and
/// anywhere from the lower to the upper limit, limits included, is inconsistent.
fn assurance(
    target: Option<f64>,
    lines: &Lines,
    direction: ImprovementDirection,
) -> Option<AssuranceIcon> {
    if direction == ImprovementDirection::Neutral || lines.upper.is_none() {
        return None;
    }
    // A target beyond the process on its better side is missed every week.
    Some(match beyond(target?, lines.upper, lines.lower) {
        None => AssuranceIcon::Inconsistent,
        Some(side) if SpecialCauseKind::of(side, direction) == SpecialCauseKind::Improvement => {
            AssuranceIcon::ConsistentFail
        }
        Some(_) => AssuranceIcon::ConsistentPass,
    })
}

fn latest_signal(signals: &[Signal], latest: usize, cause: SpecialCause) -> LatestSignal {
    let since = signals
        .iter()
        .find(|s| {
            s.rule == cause.rule && s.side == cause.side && (s.first..=s.last).contains(&latest)
        })
        .map_or(latest, |s| s.first);
    LatestSignal {
        rule: cause.rule,
        side: cause.side,
        kind: cause.kind,
        since,
        points: latest - since + 1,
    }
}

#[cfg(test)]
mod tests;
