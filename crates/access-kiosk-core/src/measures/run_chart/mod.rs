//! Run-chart analysis: the centre line and the signals a practice's quality-improvement
//! lead reads off a weekly measure (IHI rules, Perla, Provost & Murray, "The run chart: a
//! simple analytical tool for learning from variation in healthcare processes", BMJ Qual
//! Saf 2011;20:46–51).
//!
//! Pure and deterministic: values in, an [`Analysis`] out, no I/O. The UI reads the
//! analysis as JSON; [`crate::measures::run_chart::svg`] draws it.
//!
//! Conventions that a reader of the chart may ask about, all decided here once:
//! - **Centre** is the median of the frozen baseline if there is one, else of all points.
//!   Signals are always evaluated on *all* points against that centre, because that is how
//!   QI teams use a frozen baseline: new weeks are judged against the old median.
//! - **On the centre** means within a relative tolerance of 1e-9 ([`is_on_centre`]): the
//!   median of an even count is an average, and `(87.1 + 87.3) / 2` is not exactly `87.2`
//!   in binary, yet a point of 87.2 is on the median for any human reading the chart.
//! - **Non-finite values** (NaN, ±∞) are rejected with [`RunChartError::NotFinite`]
//!   rather than skipped: a missing week must be left out by the caller, visibly, not
//!   silently turned into a gap the analysis pretends is not there.

pub mod svg;

use serde::{Deserialize, Serialize};

/// Points exactly this close (relative to the centre's size) count as on the centre.
const ON_CENTRE_TOLERANCE: f64 = 1e-9;

/// A shift is this many or more consecutive useful points on one side (Perla 2011, rule 1).
pub const SHIFT_MIN_POINTS: usize = 6;

/// A trend is this many or more points all going up or all going down (Perla 2011, rule 2).
pub const TREND_MIN_POINTS: usize = 5;

/// Fewest points the astronomical-point spread is estimated from; with fewer, the moving
/// ranges are too few for the limit to mean anything, so no point is flagged.
pub const ASTRONOMICAL_MIN_POINTS: usize = 8;

/// Wheeler's scaling of the *median* moving range to three-sigma natural process limits
/// (3 / 0.954; D. J. Wheeler & D. S. Chambers, *Understanding Statistical Process
/// Control*, 2nd ed., 1992). The median moving range is used because the very point we
/// are looking for contributes two large moving ranges, which would inflate the mean.
pub const MEDIAN_MOVING_RANGE_FACTOR: f64 = 3.145;

/// The usual XmR scaling of the *mean* moving range (3 / 1.128), used only when the
/// median moving range is zero (at least half the week-to-week changes are nil, as with
/// small counts that repeat), where the median would make every change look astronomical.
pub const MEAN_MOVING_RANGE_FACTOR: f64 = 2.66;

/// An astronomical point is never closer to the centre than this many measurement units
/// (1 for counts, 0.1 for values given to one decimal place, ...). Small repeating counts
/// ("chunky" data in Wheeler's sense) give moving-range limits narrower than one unit, and
/// one more sign-up in a quiet week is not "obviously, even blatantly, different".
pub const ASTRONOMICAL_MIN_UNITS: f64 = 3.0;

/// Limits for the number of runs, by number of useful points (points not on the median):
/// `(useful points, lower, upper)`. Fewer than `lower` runs is "too few", more than
/// `upper` is "too many".
///
/// Source: Perla, Provost & Murray, BMJ Qual Saf 2011;20:46–51, Table 1 ("Table for
/// checking for too many or too few runs on a run chart"), which states it is based on
/// Swed & Eisenhart, Ann Math Stat 1943;14:66–87, at about a 5% risk of a false signal.
///
/// How these values were checked (see the tests): the paper itself could not be opened
/// while this was written, so the rows are a transcription of the published table made
/// without the PDF to hand. Rows 10–26, 28, 31, 32, 34, 36, 38 and 40 agree with an
/// independent reproduction of the same table found in a public code repository; rows 27,
/// 29, 30, 33, 35, 37, 39 and 41–60 rest on this transcription alone (that reproduction
/// differs by one run at 27, 29, 30, 33, 35, 37 and 39, and stops at 40) and **must be
/// checked against the paper** before a release relies on them. Every row was also compared with the
/// exact Swed–Eisenhart distribution for an even split of the useful points
/// (`runs_table_against_exact_swed_eisenhart` below): most rows equal the exact
/// 2.5%-per-tail limits; the rest differ by one run at one or both ends (the chance of a
/// false runs signal on random data stays between 0.4% and 6.0%, "about 5%" at most),
/// because the published table is indexed by the total count only and does not follow one
/// tail probability throughout.
///
/// DOMAIN.md's example "16 useful points: 5–12 runs is normal" does **not** match this
/// table (16 → 5–13) nor the exact distribution for 8 above and 8 below (P(R ≥ 14) =
/// P(R ≤ 4) ≈ 0.9%; P(R ≥ 13) ≈ 3.2%, so 13 runs is not a signal at 2.5% per tail). 5–12
/// is the row quoted by D. Balestracci, "An underrated test for run charts", Quality
/// Digest, October 2008, from a different table.
pub const RUNS_TABLE: [(usize, usize, usize); 51] = [
    (10, 3, 9),
    (11, 3, 10),
    (12, 3, 11),
    (13, 4, 11),
    (14, 4, 12),
    (15, 5, 12),
    (16, 5, 13),
    (17, 5, 13),
    (18, 6, 14),
    (19, 6, 15),
    (20, 6, 16),
    (21, 7, 16),
    (22, 7, 17),
    (23, 7, 17),
    (24, 8, 18),
    (25, 8, 18),
    (26, 9, 19),
    (27, 10, 19),
    (28, 10, 20),
    (29, 10, 20),
    (30, 11, 21),
    (31, 11, 22),
    (32, 11, 23),
    (33, 12, 23),
    (34, 12, 24),
    (35, 13, 24),
    (36, 13, 25),
    (37, 13, 25),
    (38, 14, 26),
    (39, 14, 26),
    (40, 15, 27),
    (41, 15, 27),
    (42, 16, 28),
    (43, 16, 28),
    (44, 17, 29),
    (45, 17, 30),
    (46, 17, 31),
    (47, 18, 31),
    (48, 18, 32),
    (49, 19, 32),
    (50, 19, 33),
    (51, 20, 33),
    (52, 20, 34),
    (53, 21, 34),
    (54, 21, 35),
    (55, 22, 35),
    (56, 22, 36),
    (57, 23, 36),
    (58, 23, 37),
    (59, 24, 38),
    (60, 24, 38),
];

/// Why values could not be analysed. The UI shows these to whoever configured the measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum RunChartError {
    /// A value is NaN or infinite; `index` is its position.
    NotFinite { index: usize },
    /// A frozen baseline of no points has no median.
    EmptyBaseline,
    /// The baseline asks for more points than there are.
    BaselineTooLong { baseline: usize, points: usize },
}

impl std::fmt::Display for RunChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunChartError::NotFinite { index } => {
                write!(f, "value at position {index} is not a finite number")
            }
            RunChartError::EmptyBaseline => {
                f.write_str("a frozen baseline needs at least one point")
            }
            RunChartError::BaselineTooLong { baseline, points } => write!(
                f,
                "baseline of {baseline} points is longer than the {points} points given"
            ),
        }
    }
}

impl std::error::Error for RunChartError {}

/// Which side of the centre line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Above,
    Below,
}

/// Which way a trend goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Up,
    Down,
}

/// The normal range for the number of runs: `lower..=upper` runs is not a signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct RunsLimits {
    pub lower: usize,
    pub upper: usize,
}

/// A non-random pattern. Indices are positions in the values given to [`analyse`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Signal {
    /// Six or more consecutive useful points on one side; the span includes any points on
    /// the centre line inside it.
    #[serde(rename_all = "kebab-case")]
    Shift {
        first: usize,
        last: usize,
        side: Side,
    },
    /// Five or more points all going up or all going down, equal neighbours counted once.
    #[serde(rename_all = "kebab-case")]
    Trend {
        first: usize,
        last: usize,
        direction: Direction,
    },
    #[serde(rename_all = "kebab-case")]
    TooFewRuns { runs: usize, lower: usize },
    #[serde(rename_all = "kebab-case")]
    TooManyRuns { runs: usize, upper: usize },
    #[serde(rename_all = "kebab-case")]
    Astronomical { index: usize },
}

impl Signal {
    /// The point indices this signal marks on the chart (none for the runs signals,
    /// which are about the whole chart).
    pub fn span(&self) -> Option<(usize, usize)> {
        match *self {
            Signal::Shift { first, last, .. } | Signal::Trend { first, last, .. } => {
                Some((first, last))
            }
            Signal::Astronomical { index } => Some((index, index)),
            Signal::TooFewRuns { .. } | Signal::TooManyRuns { .. } => None,
        }
    }
}

/// Anhøj's rules (Anhøj & Olesen, PLoS ONE 2014;9:e113825), given alongside as extra
/// information: they keep the false-signal rate near 5% whatever the number of points,
/// which the fixed Perla rules do not. They do not add to [`Analysis::signals`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Anhoej {
    /// Points in the longest run of useful points on one side.
    pub longest_run: usize,
    /// `round(log2(n) + 3)`: a longer run than this is unusual.
    pub longest_run_limit: usize,
    /// Times the useful points cross the centre line (runs − 1).
    pub crossings: usize,
    /// 5th percentile of Binomial(n − 1, ½): fewer crossings than this is unusual.
    pub crossings_limit: usize,
    pub unusually_long_run: bool,
    pub unusually_few_crossings: bool,
}

/// Everything the chart and its legend need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Analysis {
    /// Median of the baseline points if a baseline is frozen, else of all points; `None`
    /// with no points.
    pub centre: Option<f64>,
    /// Number of leading points frozen as the baseline, if any.
    pub baseline: Option<usize>,
    /// Points not on the centre line.
    pub useful_points: usize,
    /// Runs among the useful points (crossings + 1; 0 with no useful points).
    pub runs: usize,
    /// Normal range for `runs` from [`RUNS_TABLE`]; `None` outside 10–60 useful points,
    /// where the table gives no limits (with fewer than 10 the runs test is not applied).
    pub runs_limits: Option<RunsLimits>,
    /// How far from the centre a point must be to be astronomical; `None` when there are
    /// too few points to estimate it or no variation at all.
    pub astronomical_distance: Option<f64>,
    /// Anhøj's rules, from 10 useful points on.
    pub anhoej: Option<Anhoej>,
    /// Shifts, then trends, then runs signals, then astronomical points, each in order.
    pub signals: Vec<Signal>,
}

/// Analyses a series in time order. `baseline`, if given, freezes the centre line at the
/// median of that many leading points.
pub fn analyse(values: &[f64], baseline: Option<usize>) -> Result<Analysis, RunChartError> {
    check_input(values, baseline)?;
    let reference = &values[..baseline.unwrap_or(values.len())];
    let Some(centre) = median(reference) else {
        return Ok(empty_analysis(baseline));
    };
    let sides = sides(values, centre);
    let useful: Vec<(usize, Side)> = sides
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (i, s)))
        .collect();
    let runs = count_runs(&useful);
    let runs_limits = runs_limits(useful.len());
    let astronomical_distance = astronomical_distance(reference);

    let mut signals = shifts(&useful);
    signals.extend(trends(values));
    signals.extend(runs_signals(runs, runs_limits));
    signals.extend(astronomical_points(values, centre, astronomical_distance));

    Ok(Analysis {
        centre: Some(centre),
        baseline,
        useful_points: useful.len(),
        runs,
        runs_limits,
        astronomical_distance,
        anhoej: anhoej(&useful, runs),
        signals,
    })
}

fn check_input(values: &[f64], baseline: Option<usize>) -> Result<(), RunChartError> {
    if let Some(index) = values.iter().position(|v| !v.is_finite()) {
        return Err(RunChartError::NotFinite { index });
    }
    match baseline {
        Some(0) => Err(RunChartError::EmptyBaseline),
        Some(b) if b > values.len() => Err(RunChartError::BaselineTooLong {
            baseline: b,
            points: values.len(),
        }),
        _ => Ok(()),
    }
}

fn empty_analysis(baseline: Option<usize>) -> Analysis {
    Analysis {
        centre: None,
        baseline,
        useful_points: 0,
        runs: 0,
        runs_limits: None,
        astronomical_distance: None,
        anhoej: None,
        signals: Vec::new(),
    }
}

/// Median of finite values; `None` if there are none.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// Whether a value sits on the centre line (see the module notes on the tolerance).
pub fn is_on_centre(value: f64, centre: f64) -> bool {
    (value - centre).abs() <= ON_CENTRE_TOLERANCE * centre.abs().max(1.0)
}

/// The side of each point, `None` for points on the centre line.
fn sides(values: &[f64], centre: f64) -> Vec<Option<Side>> {
    values
        .iter()
        .map(|&v| match v {
            _ if is_on_centre(v, centre) => None,
            _ if v > centre => Some(Side::Above),
            _ => Some(Side::Below),
        })
        .collect()
}

/// Maximal stretches of useful points on one side, as `(first index, last index, side,
/// number of useful points)`.
fn side_runs(useful: &[(usize, Side)]) -> Vec<(usize, usize, Side, usize)> {
    let mut out: Vec<(usize, usize, Side, usize)> = Vec::new();
    for &(i, side) in useful {
        match out.last_mut() {
            Some(run) if run.2 == side => {
                run.1 = i;
                run.3 += 1;
            }
            _ => out.push((i, i, side, 1)),
        }
    }
    out
}

fn count_runs(useful: &[(usize, Side)]) -> usize {
    side_runs(useful).len()
}

fn shifts(useful: &[(usize, Side)]) -> Vec<Signal> {
    side_runs(useful)
        .into_iter()
        .filter(|run| run.3 >= SHIFT_MIN_POINTS)
        .map(|(first, last, side, _)| Signal::Shift { first, last, side })
        .collect()
}

/// Trends on the raw values (the centre plays no part). Consecutive equal values are one
/// point: they neither add to nor break a trend. A trend starts at the last of its first
/// group of equal values and ends at the first of its last group, so a flat stretch before
/// or after it is not drawn as part of it.
fn trends(values: &[f64]) -> Vec<Signal> {
    let groups = equal_value_groups(values);
    let mut out = Vec::new();
    let mut start = 0;
    while start + 1 < groups.len() {
        let direction = step_direction(groups[start].0, groups[start + 1].0);
        let mut end = start + 1;
        while end + 1 < groups.len()
            && step_direction(groups[end].0, groups[end + 1].0) == direction
        {
            end += 1;
        }
        if end - start + 1 >= TREND_MIN_POINTS {
            out.push(Signal::Trend {
                first: groups[start].2,
                last: groups[end].1,
                direction,
            });
        }
        // The turning point belongs to both the trend that ends and the one that starts.
        start = end;
    }
    out
}

/// Runs of exactly equal neighbours as `(value, first index, last index)`.
fn equal_value_groups(values: &[f64]) -> Vec<(f64, usize, usize)> {
    let mut out: Vec<(f64, usize, usize)> = Vec::new();
    for (i, &v) in values.iter().enumerate() {
        match out.last_mut() {
            Some(group) if group.0 == v => group.2 = i,
            _ => out.push((v, i, i)),
        }
    }
    out
}

fn step_direction(from: f64, to: f64) -> Direction {
    if to > from {
        Direction::Up
    } else {
        Direction::Down
    }
}

/// The runs-table row for `useful` points, if the table has one.
pub fn runs_limits(useful: usize) -> Option<RunsLimits> {
    RUNS_TABLE
        .iter()
        .find(|row| row.0 == useful)
        .map(|&(_, lower, upper)| RunsLimits { lower, upper })
}

fn runs_signals(runs: usize, limits: Option<RunsLimits>) -> Option<Signal> {
    let limits = limits?;
    if runs < limits.lower {
        Some(Signal::TooFewRuns {
            runs,
            lower: limits.lower,
        })
    } else if runs > limits.upper {
        Some(Signal::TooManyRuns {
            runs,
            upper: limits.upper,
        })
    } else {
        None
    }
}

/// Perla 2011 gives no formula for an astronomical point ("an obviously, even blatantly,
/// different value"). This makes it deterministic with the individuals (XmR) chart's
/// three-sigma natural process limits, estimated robustly from the median moving range of
/// the reference points (the baseline, else all points): a point is astronomical when it
/// is further from the centre line than 3.145 × median moving range *and* differs by more
/// than that from each neighbour. The second condition keeps a sustained step (which the
/// shift rule reports) from being flagged again point by point against a frozen baseline:
/// an astronomical point stands out from the weeks either side of it. If at least half the
/// moving ranges are zero, 2.66 × the mean moving range is used instead. Either way the
/// distance is at least [`ASTRONOMICAL_MIN_UNITS`] units of the data's resolution. `None`
/// with fewer than [`ASTRONOMICAL_MIN_POINTS`] reference points or no variation at all.
///
/// On independent normal data this flags about 0.3% of points, so roughly one 26-week
/// chart in fifteen shows one by chance; it is a prompt to look, as Perla intends.
fn astronomical_distance(reference: &[f64]) -> Option<f64> {
    if reference.len() < ASTRONOMICAL_MIN_POINTS {
        return None;
    }
    let moving_ranges: Vec<f64> = reference.windows(2).map(|w| (w[1] - w[0]).abs()).collect();
    let median_mr = median(&moving_ranges)?;
    let mean_mr = moving_ranges.iter().sum::<f64>() / moving_ranges.len() as f64;
    let distance = if median_mr > 0.0 {
        MEDIAN_MOVING_RANGE_FACTOR * median_mr
    } else {
        MEAN_MOVING_RANGE_FACTOR * mean_mr
    };
    (distance > 0.0).then(|| distance.max(ASTRONOMICAL_MIN_UNITS * resolution(reference)))
}

/// The measurement unit the values are recorded in: 1 if all are whole numbers, 0.1 if
/// all have at most one decimal place, down to 0.001; 0 if finer (no floor applies).
fn resolution(values: &[f64]) -> f64 {
    [1.0, 0.1, 0.01, 0.001]
        .into_iter()
        .find(|unit| {
            values
                .iter()
                .all(|v| ((v / unit) - (v / unit).round()).abs() < 1e-6)
        })
        .unwrap_or(0.0)
}

fn astronomical_points(values: &[f64], centre: f64, distance: Option<f64>) -> Vec<Signal> {
    let Some(distance) = distance else {
        return Vec::new();
    };
    let stands_out = |i: usize, v: f64| {
        let before = i.checked_sub(1).and_then(|j| values.get(j));
        let after = values.get(i + 1);
        [before, after]
            .into_iter()
            .flatten()
            .all(|n| (v - n).abs() > distance)
    };
    values
        .iter()
        .enumerate()
        .filter(|&(i, &v)| (v - centre).abs() > distance && stands_out(i, v))
        .map(|(index, _)| Signal::Astronomical { index })
        .collect()
}

fn anhoej(useful: &[(usize, Side)], runs: usize) -> Option<Anhoej> {
    let n = useful.len();
    if n < 10 {
        return None;
    }
    let longest_run = side_runs(useful).iter().map(|r| r.3).max().unwrap_or(0);
    let longest_run_limit = ((n as f64).log2() + 3.0).round() as usize;
    let crossings = runs.saturating_sub(1);
    let crossings_limit = binomial_half_quantile(n - 1, 0.05);
    Some(Anhoej {
        longest_run,
        longest_run_limit,
        crossings,
        crossings_limit,
        unusually_long_run: longest_run > longest_run_limit,
        unusually_few_crossings: crossings < crossings_limit,
    })
}

/// Smallest `x` with P(X ≤ x) ≥ `p` for X ~ Binomial(`trials`, ½) (R's `qbinom`).
fn binomial_half_quantile(trials: usize, p: f64) -> usize {
    // Probabilities built up term by term in log space so 60+ trials do not overflow.
    let ln_half_n = trials as f64 * 0.5f64.ln();
    let mut ln_choose = 0.0;
    let mut cumulative = 0.0;
    for x in 0..=trials {
        if x > 0 {
            ln_choose += ((trials - x + 1) as f64).ln() - (x as f64).ln();
        }
        cumulative += (ln_choose + ln_half_n).exp();
        if cumulative >= p {
            return x;
        }
    }
    trials
}

#[cfg(test)]
mod tests;
