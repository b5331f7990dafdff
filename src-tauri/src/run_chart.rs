//! Run-chart analysis: the centre line and the signals a practice's quality-improvement
//! lead reads off a weekly measure (IHI rules, Perla, Provost & Murray, "The run chart: a
//! simple analytical tool for learning from variation in healthcare processes", BMJ Qual
//! Saf 2011;20:46–51).
//!
//! Pure and deterministic: values in, an [`Analysis`] out, no I/O. The UI reads the
//! analysis as JSON; [`crate::run_chart_svg`] draws it.
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
mod tests {
    use super::*;

    fn ok(values: &[f64], baseline: Option<usize>) -> Analysis {
        analyse(values, baseline).expect("test data is valid")
    }

    fn shifts_of(a: &Analysis) -> Vec<(usize, usize, Side)> {
        a.signals
            .iter()
            .filter_map(|s| match *s {
                Signal::Shift { first, last, side } => Some((first, last, side)),
                _ => None,
            })
            .collect()
    }

    fn trends_of(a: &Analysis) -> Vec<(usize, usize, Direction)> {
        a.signals
            .iter()
            .filter_map(|s| match *s {
                Signal::Trend {
                    first,
                    last,
                    direction,
                } => Some((first, last, direction)),
                _ => None,
            })
            .collect()
    }

    fn astronomical_of(a: &Analysis) -> Vec<usize> {
        a.signals
            .iter()
            .filter_map(|s| match *s {
                Signal::Astronomical { index } => Some(index),
                _ => None,
            })
            .collect()
    }

    // ---- input, edge cases ------------------------------------------------------------

    #[test]
    fn empty_input_has_no_centre_and_no_signals() {
        let a = ok(&[], None);
        assert_eq!(a.centre, None);
        assert_eq!((a.useful_points, a.runs), (0, 0));
        assert_eq!(a.runs_limits, None);
        assert!(a.signals.is_empty());
    }

    #[test]
    fn a_single_point_is_its_own_median_and_not_useful() {
        let a = ok(&[42.0], None);
        assert_eq!(a.centre, Some(42.0));
        assert_eq!((a.useful_points, a.runs), (0, 0));
        assert!(a.signals.is_empty());
    }

    #[test]
    fn all_equal_values_are_all_on_the_median_and_signal_nothing() {
        let a = ok(&[7.0; 30], None);
        assert_eq!(a.centre, Some(7.0));
        assert_eq!((a.useful_points, a.runs), (0, 0));
        assert_eq!(a.runs_limits, None);
        assert_eq!(a.astronomical_distance, None);
        assert!(a.signals.is_empty(), "{:?}", a.signals);
    }

    #[test]
    fn non_finite_values_are_rejected_with_their_position() {
        assert_eq!(
            analyse(&[1.0, f64::NAN, 3.0], None),
            Err(RunChartError::NotFinite { index: 1 })
        );
        assert_eq!(
            analyse(&[1.0, 2.0, f64::INFINITY], None),
            Err(RunChartError::NotFinite { index: 2 })
        );
        assert_eq!(
            analyse(&[f64::NEG_INFINITY], None),
            Err(RunChartError::NotFinite { index: 0 })
        );
    }

    #[test]
    fn impossible_baselines_are_rejected() {
        assert_eq!(
            analyse(&[1.0, 2.0], Some(0)),
            Err(RunChartError::EmptyBaseline)
        );
        assert_eq!(
            analyse(&[1.0, 2.0], Some(3)),
            Err(RunChartError::BaselineTooLong {
                baseline: 3,
                points: 2
            })
        );
        assert!(analyse(&[1.0, 2.0], Some(2)).is_ok());
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(
            RunChartError::NotFinite { index: 4 }.to_string(),
            "value at position 4 is not a finite number"
        );
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn a_point_equal_to_an_averaged_median_counts_as_on_it() {
        // (87.1 + 87.3) / 2 is 87.19999999999999 in binary; 87.2 must still be on it.
        let values = [87.1, 87.3, 87.2, 87.0, 87.4, 87.2];
        let a = ok(&values, None);
        assert!(is_on_centre(87.2, a.centre.expect("has points")));
        assert_eq!(a.useful_points, 4);
    }

    // ---- shift --------------------------------------------------------------------------

    #[test]
    fn six_points_below_after_a_run_above_is_a_shift() {
        // Median 10.5: indices 6..=11 are all below.
        let values = [
            12.0, 14.0, 13.0, 15.0, 12.0, 16.0, 9.0, 8.0, 7.0, 9.0, 8.0, 6.0,
        ];
        let a = ok(&values, None);
        assert_eq!(
            shifts_of(&a),
            vec![(0, 5, Side::Above), (6, 11, Side::Below)]
        );
    }

    #[test]
    fn five_points_on_one_side_is_not_a_shift() {
        // Median 5: five above (3..=7), then four below.
        let values = [
            1.0, 9.0, 1.0, 9.0, 9.0, 9.0, 9.0, 9.0, 1.0, 1.0, 1.0, 1.0, 5.0,
        ];
        let a = ok(&values, None);
        assert!(shifts_of(&a).is_empty(), "{:?}", a.signals);
    }

    #[test]
    fn points_on_the_median_neither_count_nor_break_a_shift() {
        // Median 5. Above: 6,7,_5_,8,9,_5_,6 → 5 useful points above with two on the median:
        // not a shift (on-median points do not count towards it).
        let not_yet = [
            6.0, 7.0, 5.0, 8.0, 9.0, 5.0, 6.0, 1.0, 2.0, 3.0, 4.0, 2.0, 5.0,
        ];
        assert!(shifts_of(&ok(&not_yet, None)).is_empty());
        // One more point above after them makes six: a shift spanning the on-median points.
        let values = [
            1.0, 6.0, 7.0, 5.0, 8.0, 9.0, 5.0, 6.0, 7.0, 2.0, 3.0, 4.0, 2.0, 5.0,
        ];
        let a = ok(&values, None);
        assert_eq!(a.centre, Some(5.0));
        assert_eq!(shifts_of(&a), vec![(1, 8, Side::Above)]);
    }

    #[test]
    fn a_shift_does_not_start_or_end_on_a_median_point() {
        // Median 5; the on-median points at 1 and 8 are outside the six points above.
        let values = [
            1.0, 5.0, 6.0, 7.0, 8.0, 6.0, 7.0, 9.0, 5.0, 1.0, 2.0, 3.0, 4.0, 2.0, 1.0,
        ];
        let a = ok(&values, None);
        assert_eq!(a.centre, Some(5.0));
        assert_eq!(
            shifts_of(&a),
            vec![(2, 7, Side::Above), (9, 14, Side::Below)]
        );
    }

    // ---- trend --------------------------------------------------------------------------

    #[test]
    fn five_rising_points_are_a_trend_and_four_are_not() {
        let a = ok(&[3.0, 1.0, 2.0, 3.0, 4.0, 5.0, 2.0], None);
        assert_eq!(trends_of(&a), vec![(1, 5, Direction::Up)]);
        let b = ok(&[3.0, 1.0, 2.0, 3.0, 4.0, 2.0, 3.0], None);
        assert!(trends_of(&b).is_empty(), "{:?}", b.signals);
    }

    #[test]
    fn equal_neighbours_count_once_and_do_not_break_a_trend() {
        // 1,2,2,3,4,5: five counted points, a trend over all six.
        let a = ok(&[1.0, 2.0, 2.0, 3.0, 4.0, 5.0], None);
        assert_eq!(trends_of(&a), vec![(0, 5, Direction::Up)]);
        // 1,2,2,3,4: only four counted points.
        let b = ok(&[1.0, 2.0, 2.0, 3.0, 4.0], None);
        assert!(trends_of(&b).is_empty());
    }

    #[test]
    fn flat_stretches_at_the_ends_of_a_trend_are_left_out() {
        let a = ok(&[9.0, 9.0, 8.0, 7.0, 6.0, 5.0, 5.0, 5.0], None);
        assert_eq!(trends_of(&a), vec![(1, 5, Direction::Down)]);
    }

    #[test]
    fn a_peak_ends_one_trend_and_starts_the_next() {
        let a = ok(&[1.0, 2.0, 3.0, 4.0, 5.0, 4.0, 3.0, 2.0, 1.0], None);
        assert_eq!(
            trends_of(&a),
            vec![(0, 4, Direction::Up), (4, 8, Direction::Down)]
        );
    }

    #[test]
    fn a_zigzag_has_no_trend() {
        let values: Vec<f64> = (0..20)
            .map(|i| if i % 2 == 0 { 1.0 } else { 2.0 })
            .collect();
        assert!(trends_of(&ok(&values, None)).is_empty());
    }

    // ---- runs ---------------------------------------------------------------------------

    #[test]
    fn runs_are_counted_on_useful_points_only() {
        // Median 5: above, on, above, below, on, below, above → 3 runs on 5 useful points.
        let a = ok(&[6.0, 5.0, 7.0, 1.0, 5.0, 2.0, 8.0], None);
        assert_eq!(a.centre, Some(5.0));
        assert_eq!((a.useful_points, a.runs), (5, 3));
    }

    #[test]
    fn fewer_than_ten_useful_points_get_no_runs_test() {
        // Median 5; eight alternating useful points would be too many runs at ten.
        let a = ok(&[1.0, 9.0, 1.0, 9.0, 5.0, 1.0, 9.0, 1.0, 9.0], None);
        assert_eq!((a.useful_points, a.runs), (8, 8));
        assert_eq!(a.runs_limits, None);
        assert!(a
            .signals
            .iter()
            .all(|s| !matches!(s, Signal::TooManyRuns { .. } | Signal::TooFewRuns { .. })));
    }

    #[test]
    fn runs_table_rows_checked_by_hand() {
        // Perla, Provost & Murray 2011, Table 1, rows written out by hand.
        let rows = [
            (10, 3, 9),
            (16, 5, 13),
            (20, 6, 16),
            (24, 8, 18),
            (30, 11, 21),
            (40, 15, 27),
            (60, 24, 38),
        ];
        for (n, lower, upper) in rows {
            assert_eq!(runs_limits(n), Some(RunsLimits { lower, upper }), "n = {n}");
        }
        assert_eq!(runs_limits(9), None);
        assert_eq!(runs_limits(61), None);
    }

    #[test]
    fn runs_table_is_complete_and_well_formed() {
        for (k, &(n, lower, upper)) in RUNS_TABLE.iter().enumerate() {
            assert_eq!(n, 10 + k, "rows are consecutive");
            assert!(2 <= lower && lower < upper && upper <= n, "row {n}");
            if k > 0 {
                let (_, prev_lower, prev_upper) = RUNS_TABLE[k - 1];
                assert!(
                    lower >= prev_lower && upper >= prev_upper,
                    "monotone at {n}"
                );
            }
        }
    }

    #[test]
    fn domain_example_sixteen_points_is_five_to_thirteen_not_twelve() {
        // DOMAIN.md says 5–12; Perla's Table 1 and the exact distribution say 5–13.
        assert_eq!(
            runs_limits(16),
            Some(RunsLimits {
                lower: 5,
                upper: 13
            })
        );
        // Eight below (1) and eight above (9), median 5, in 13 runs.
        let thirteen_runs: Vec<f64> = [1, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 9, 1, 9, 9, 1]
            .iter()
            .map(|&v| f64::from(v))
            .collect();
        let a = ok(&thirteen_runs, None);
        assert_eq!((a.useful_points, a.runs), (16, 13));
        assert!(!a
            .signals
            .iter()
            .any(|s| matches!(s, Signal::TooManyRuns { .. })));
    }

    #[test]
    fn alternating_points_are_too_many_runs() {
        let values: Vec<f64> = (0..20)
            .map(|i| if i % 2 == 0 { 1.0 } else { 2.0 })
            .collect();
        let a = ok(&values, None);
        assert_eq!((a.useful_points, a.runs), (20, 20));
        assert!(a.signals.contains(&Signal::TooManyRuns {
            runs: 20,
            upper: 16
        }));
    }

    #[test]
    fn two_long_halves_are_too_few_runs() {
        // 10 below then 10 above: 2 runs on 20 useful points, lower limit 6.
        let values: Vec<f64> = (0..20).map(|i| if i < 10 { 1.0 } else { 2.0 }).collect();
        let a = ok(&values, None);
        assert_eq!(a.runs, 2);
        assert!(a
            .signals
            .contains(&Signal::TooFewRuns { runs: 2, lower: 6 }));
    }

    #[test]
    fn ordinary_mixing_has_no_runs_signal() {
        // 20 useful points in 11 runs: inside 6–16.
        let pattern = [0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1];
        let values: Vec<f64> = pattern
            .iter()
            .map(|&b| if b == 1 { 9.0 } else { 1.0 })
            .collect();
        let a = ok(&values, None);
        assert_eq!((a.useful_points, a.runs), (20, 14));
        assert!(!a
            .signals
            .iter()
            .any(|s| matches!(s, Signal::TooManyRuns { .. } | Signal::TooFewRuns { .. })));
    }

    /// Exact number of runs distribution for `n1` of one kind and `n2` of the other in
    /// random order (Swed & Eisenhart 1943): P(R = r) for r = 0..=n1+n2.
    fn swed_eisenhart(n1: usize, n2: usize) -> Vec<f64> {
        fn choose(n: usize, k: usize) -> f64 {
            if k > n {
                return 0.0;
            }
            (0..k).fold(1.0, |acc, i| acc * (n - i) as f64 / (i + 1) as f64)
        }
        let total = choose(n1 + n2, n1);
        (0..=n1 + n2)
            .map(|r| {
                if r < 2 {
                    return 0.0;
                }
                let k = r / 2;
                let ways = if r % 2 == 0 {
                    2.0 * choose(n1 - 1, k - 1) * choose(n2 - 1, k - 1)
                } else {
                    choose(n1 - 1, k) * choose(n2 - 1, k - 1)
                        + choose(n1 - 1, k - 1) * choose(n2 - 1, k)
                };
                ways / total
            })
            .collect()
    }

    /// Limits from the exact distribution for an even split, at `alpha` in each tail:
    /// the largest `lower` with P(R < lower) ≤ alpha and the smallest `upper` with
    /// P(R > upper) ≤ alpha.
    fn exact_limits(n: usize, alpha: f64) -> (usize, usize, f64, f64) {
        let p = swed_eisenhart(n / 2, n - n / 2);
        let below = |x: usize| p[..x].iter().sum::<f64>();
        let above = |x: usize| p[x + 1..].iter().sum::<f64>();
        let lower = (2..=n).filter(|&l| below(l) <= alpha).max().unwrap_or(2);
        let upper = (2..=n).filter(|&u| above(u) <= alpha).min().unwrap_or(n);
        (lower, upper, below(lower), above(upper))
    }

    #[test]
    fn exact_distribution_sums_to_one_and_matches_swed_eisenhart_worked_values() {
        for (n1, n2) in [(5, 5), (8, 8), (10, 10), (15, 16)] {
            let total: f64 = swed_eisenhart(n1, n2).iter().sum();
            assert!((total - 1.0).abs() < 1e-12, "{n1},{n2}");
        }
        // P(R = 2) for 5 and 5 is 2 / C(10, 5) = 2/252.
        assert!((swed_eisenhart(5, 5)[2] - 2.0 / 252.0).abs() < 1e-15);
        // Two-tailed 5% critical values for 8 and 8 (reject R ≤ 4 or R ≥ 14) and for 10 and
        // 10 (reject R ≤ 6 or R ≥ 16), as in the published critical-value tables.
        assert_eq!(
            exact_limits(16, 0.025).0..=exact_limits(16, 0.025).1,
            5..=13
        );
        assert_eq!(
            exact_limits(20, 0.025).0..=exact_limits(20, 0.025).1,
            7..=15
        );
    }

    #[test]
    fn runs_table_against_exact_swed_eisenhart() {
        // Rows where the published table is not the exact 2.5%-per-tail limits for an even
        // split. Each differs by one run at one or both ends; this list is the complete
        // record of where and how (checked by the loop below).
        let differs: [(usize, (usize, usize)); 16] = [
            (11, (4, 9)),
            (12, (4, 10)),
            (17, (6, 13)),
            (20, (7, 15)),
            (22, (8, 16)),
            (23, (8, 17)),
            (25, (9, 18)),
            (29, (10, 21)),
            (32, (12, 22)),
            (37, (14, 25)),
            (41, (15, 28)),
            (43, (16, 29)),
            (53, (20, 35)),
            (55, (21, 36)),
            (57, (22, 37)),
            (59, (23, 38)),
        ];
        for &(n, lower, upper) in RUNS_TABLE.iter() {
            let (ex_lower, ex_upper, _, _) = exact_limits(n, 0.025);
            let expected_exact = differs
                .iter()
                .find(|d| d.0 == n)
                .map(|d| d.1)
                .unwrap_or((lower, upper));
            assert_eq!((ex_lower, ex_upper), expected_exact, "row {n}");
            assert!(
                ex_lower.abs_diff(lower) <= 1 && ex_upper.abs_diff(upper) <= 1,
                "row {n}"
            );
            // Whatever the row, the chance of a false runs signal for random data stays at
            // "about 5%" or less, as the paper says.
            let p = swed_eisenhart(n / 2, n - n / 2);
            let false_signal: f64 =
                p[..lower].iter().sum::<f64>() + p[upper + 1..].iter().sum::<f64>();
            assert!(false_signal <= 0.066, "row {n}: {false_signal}");
        }
    }

    // ---- baseline -----------------------------------------------------------------------

    #[test]
    fn a_frozen_baseline_sets_the_centre_and_later_points_are_judged_against_it() {
        // Baseline of 8 weeks around 20; then the change lifts the measure a little.
        let values = [
            20.0, 22.0, 19.0, 21.0, 18.0, 23.0, 20.0, 19.0, 24.0, 21.0, 25.0, 22.0, 26.0, 23.0,
        ];
        let frozen = ok(&values, Some(8));
        assert_eq!(frozen.centre, Some(20.0));
        assert_eq!(frozen.baseline, Some(8));
        assert_eq!(shifts_of(&frozen), vec![(8, 13, Side::Above)]);
        // Without freezing, the new points pull the median up and hide the shift.
        let moving = ok(&values, None);
        assert_eq!(moving.centre, Some(21.5));
        assert!(shifts_of(&moving).is_empty(), "{:?}", moving.signals);
    }

    #[test]
    fn a_baseline_of_all_points_equals_no_baseline_except_for_the_record() {
        let values = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0, 5.0];
        let a = ok(&values, Some(values.len()));
        let b = ok(&values, None);
        assert_eq!(a.centre, b.centre);
        assert_eq!(a.signals, b.signals);
        assert_eq!((a.baseline, b.baseline), (Some(11), None));
    }

    // ---- astronomical -------------------------------------------------------------------

    /// Weekly sign-ups at a practice: ordinary week-to-week noise, no special cause.
    const ORDINARY: [f64; 26] = [
        14.0, 17.0, 12.0, 15.0, 16.0, 13.0, 18.0, 14.0, 15.0, 11.0, 16.0, 17.0, 13.0, 15.0, 14.0,
        19.0, 12.0, 16.0, 15.0, 13.0, 17.0, 14.0, 16.0, 12.0, 15.0, 18.0,
    ];

    #[test]
    fn ordinary_weeks_have_no_astronomical_point() {
        let a = ok(&ORDINARY, None);
        assert!(a.astronomical_distance.is_some());
        assert!(astronomical_of(&a).is_empty(), "{:?}", a.signals);
    }

    #[test]
    fn a_blatant_spike_is_astronomical() {
        let mut values = ORDINARY;
        values[12] = 60.0; // a mass-registration day
        let a = ok(&values, None);
        assert_eq!(astronomical_of(&a), vec![12]);
    }

    #[test]
    fn the_astronomical_distance_uses_the_median_moving_range() {
        // Moving ranges 2,2,2,2,2,2,2,2,2 → median 2 → 3.145 × 2.
        let values = [10.0, 12.0, 10.0, 12.0, 10.0, 12.0, 10.0, 12.0, 10.0, 12.0];
        let a = ok(&values, None);
        assert_eq!(
            a.astronomical_distance,
            Some(MEDIAN_MOVING_RANGE_FACTOR * 2.0)
        );
    }

    #[test]
    fn repeated_small_counts_fall_back_to_the_mean_moving_range() {
        // Median moving range 0; mean moving range 45/9 = 5 → 13.3. The spike is 45 away.
        let values = [5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 50.0];
        let a = ok(&values, None);
        assert_eq!(
            a.astronomical_distance,
            Some(MEAN_MOVING_RANGE_FACTOR * 5.0)
        );
        assert_eq!(astronomical_of(&a), vec![9]);
        // One more sign-up in a quiet week is not astronomical: 2.66 × 2/9 would be 0.59,
        // but the floor is three counts.
        let b = ok(&[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], None);
        assert_eq!(b.astronomical_distance, Some(3.0));
        assert!(astronomical_of(&b).is_empty(), "{:?}", b.signals);
        let c = ok(&[0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], None);
        assert_eq!(astronomical_of(&c), vec![3]);
    }

    #[test]
    fn resolution_follows_the_recorded_decimal_places() {
        assert_eq!(resolution(&[3.0, 14.0]), 1.0);
        assert_eq!(resolution(&[87.5, 90.0, 91.2]), 0.1);
        assert_eq!(resolution(&[0.25, 0.5]), 0.01);
        assert_eq!(resolution(&[1.0 / 3.0]), 0.0);
    }

    #[test]
    fn too_few_points_flag_nothing_astronomical() {
        let a = ok(&[1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 100.0], None);
        assert_eq!(a.astronomical_distance, None);
        assert!(astronomical_of(&a).is_empty());
    }

    #[test]
    fn astronomical_limits_come_from_the_baseline_when_frozen() {
        // The baseline's own variation sets the distance; a spike after it is flagged.
        let mut values = ORDINARY[..10].to_vec();
        values.extend([16.0, 45.0, 14.0]);
        let a = ok(&values, Some(10));
        let b = ok(&ORDINARY[..10], None);
        assert_eq!(a.astronomical_distance, b.astronomical_distance);
        assert_eq!(astronomical_of(&a), vec![11]);
    }

    #[test]
    fn a_sustained_step_is_a_shift_not_a_row_of_astronomical_points() {
        let mut values = ORDINARY[..10].to_vec();
        values.extend([40.0, 41.0, 39.0, 42.0, 40.0, 41.0]);
        let a = ok(&values, Some(10));
        assert!(astronomical_of(&a).is_empty(), "{:?}", a.signals);
        assert_eq!(shifts_of(&a), vec![(10, 15, Side::Above)]);
    }

    #[test]
    fn a_spike_at_either_end_is_judged_on_its_one_neighbour() {
        let mut values = ORDINARY;
        values[0] = 70.0;
        values[25] = 70.0;
        assert_eq!(astronomical_of(&ok(&values, None)), vec![0, 25]);
    }

    /// A small deterministic generator so the false-alarm check needs no crate.
    struct Lcg(u64);
    impl Lcg {
        fn uniform(&mut self) -> f64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((self.0 >> 11) as f64 + 0.5) / (1u64 << 53) as f64
        }
        fn normal(&mut self) -> f64 {
            let (u, v) = (self.uniform(), self.uniform());
            (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
        }
    }

    #[test]
    fn on_random_normal_data_astronomical_points_are_rare() {
        let mut rng = Lcg(20260101);
        let (mut flagged, mut points) = (0usize, 0usize);
        for _ in 0..2000 {
            let values: Vec<f64> = (0..26).map(|_| 50.0 + 5.0 * rng.normal()).collect();
            flagged += astronomical_of(&ok(&values, None)).len();
            points += 26;
        }
        let rate = flagged as f64 / points as f64;
        assert!(rate < 0.01, "false-alarm rate {rate}");
    }

    // ---- Anhøj --------------------------------------------------------------------------

    #[test]
    fn anhoej_limits_match_the_published_examples() {
        // DOMAIN.md / Anhøj & Olesen 2014: 24 useful points → longest run limit 8; the
        // crossings limit is qbinom(0.05, 23, 0.5) = 8 (qicharts2's table).
        assert_eq!(binomial_half_quantile(23, 0.05), 8);
        assert_eq!(binomial_half_quantile(9, 0.05), 2);
        assert_eq!(binomial_half_quantile(59, 0.05), 23);
        let values: Vec<f64> = (0..24)
            .map(|i| if i % 2 == 0 { 1.0 } else { 2.0 })
            .collect();
        let a = ok(&values, None).anhoej.expect("24 useful points");
        assert_eq!((a.longest_run_limit, a.crossings_limit), (8, 8));
        assert_eq!((a.longest_run, a.crossings), (1, 23));
        assert!(!a.unusually_long_run && !a.unusually_few_crossings);
    }

    #[test]
    fn anhoej_flags_a_long_run_and_few_crossings() {
        let values: Vec<f64> = (0..24).map(|i| if i < 12 { 1.0 } else { 2.0 }).collect();
        let a = ok(&values, None).anhoej.expect("24 useful points");
        assert_eq!((a.longest_run, a.crossings), (12, 1));
        assert!(a.unusually_long_run && a.unusually_few_crossings);
        assert_eq!(ok(&values[..9], None).anhoej, None);
    }

    // ---- serialisation ------------------------------------------------------------------

    #[test]
    fn the_ui_reads_kebab_case_tagged_json() {
        let values = [1.0, 2.0, 2.0, 3.0, 4.0, 5.0];
        let json = serde_json::to_value(ok(&values, None)).expect("serialises");
        assert_eq!(json["useful-points"], 6);
        assert_eq!(json["runs-limits"], serde_json::Value::Null);
        assert_eq!(
            json["signals"][0],
            serde_json::json!({"kind": "trend", "first": 0, "last": 5, "direction": "up"})
        );
        let runs = serde_json::to_value(Signal::TooFewRuns { runs: 2, lower: 6 }).expect("ok");
        assert_eq!(
            runs,
            serde_json::json!({"kind": "too-few-runs", "runs": 2, "lower": 6})
        );
        let err = serde_json::to_value(RunChartError::NotFinite { index: 3 }).expect("ok");
        assert_eq!(err, serde_json::json!({"kind": "not-finite", "index": 3}));
    }

    #[test]
    fn analysis_round_trips_through_json() {
        let a = ok(&ORDINARY, Some(12));
        let back: Analysis =
            serde_json::from_str(&serde_json::to_string(&a).expect("ser")).expect("de");
        assert_eq!(back, a);
    }
}
