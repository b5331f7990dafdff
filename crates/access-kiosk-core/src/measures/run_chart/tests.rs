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
        let false_signal: f64 = p[..lower].iter().sum::<f64>() + p[upper + 1..].iter().sum::<f64>();
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
    14.0, 17.0, 12.0, 15.0, 16.0, 13.0, 18.0, 14.0, 15.0, 11.0, 16.0, 17.0, 13.0, 15.0, 14.0, 19.0,
    12.0, 16.0, 15.0, 13.0, 17.0, 14.0, 16.0, 12.0, 15.0, 18.0,
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
