//! Every expected value here is worked by hand in the comment above it, or taken from
//! `NHSRplotthedots` (commit `050b07d`): its `tests/testthat` files, named where used, or
//! its R source run on the series shown (marked "R run").

use super::*;
use ImprovementDirection::{Decrease, Increase, Neutral};

fn some(values: &[f64]) -> Vec<Option<f64>> {
    values.iter().map(|&v| Some(v)).collect()
}

fn chart(values: &[f64], direction: ImprovementDirection, options: &XmrOptions) -> XmrChart {
    analyse(&some(values), direction, options).expect("test data is valid")
}

fn plain(values: &[f64]) -> XmrChart {
    chart(values, Increase, &XmrOptions::default())
}

fn fixed(values: &[f64]) -> XmrChart {
    chart(values, Increase, &fix_12())
}

fn fix_12() -> XmrOptions {
    XmrOptions {
        fix_after: Some(12),
        ..XmrOptions::default()
    }
}

/// One character a point: `.` common cause, `_` missing, and for a special cause `o`
/// outside, `t` trend, `w` two of three, `s` shift, in capitals when high.
fn codes(c: &XmrChart) -> String {
    c.points
        .iter()
        .map(|p| match (p.value, p.special_cause) {
            (None, _) => '_',
            (_, None) => '.',
            (_, Some(sc)) => {
                let ch = match sc.rule {
                    Rule::Outside => 'o',
                    Rule::Trend => 't',
                    Rule::TwoOfThree => 'w',
                    Rule::Shift => 's',
                };
                match sc.side {
                    Side::High => ch.to_ascii_uppercase(),
                    Side::Low => ch,
                }
            }
        })
        .collect()
}

fn spans(c: &XmrChart, rule: Rule) -> Vec<(usize, usize, Side)> {
    c.signals
        .iter()
        .filter(|s| s.rule == rule)
        .map(|s| (s.first, s.last, s.side))
        .collect()
}

fn close(actual: Option<f64>, expected: f64, tolerance: f64) -> bool {
    actual.is_some_and(|a| (a - expected).abs() <= tolerance)
}

/// The baseline used by most rule tests: 12, 8, 12, 8, ... (12 weeks).
/// Mean 120 / 12 = 10. Moving ranges: 11 × 4, mR̄ = 4 (3.267 × 4 = 13.068, none screened).
/// Limits 10 ± 2.66 × 4 = −0.64 and 20.64. Two sigma: 10 ± 2 × (2.66 / 3) × 4 = 10 ± 7.0933,
/// i.e. 2.9067 and 17.0933. It zigzags across the mean, so it signals nothing by itself.
const B: [f64; 12] = [
    12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0,
];

/// The mirror image of [`B`] (20 − x): same mean, same lines, ends above the mean.
const B_MIRROR: [f64; 12] = [
    8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0,
];

fn after(base: &[f64], tail: &[f64]) -> Vec<f64> {
    base.iter().chain(tail).copied().collect()
}

// ---- limits ------------------------------------------------------------------------

#[test]
fn limits_on_a_small_hand_series() {
    // 10, 12, 11, 13, 14: mean 60 / 5 = 12. Moving ranges 2, 1, 2, 1: mR̄ 6 / 4 = 1.5.
    // Limits 12 ± 2.66 × 1.5 = 12 ± 3.99 → 8.01, 15.99.
    // Two sigma 12 ± 1.7733 × 1.5 = 12 ± 2.66 → 9.34, 14.66.
    let c = plain(&[10.0, 12.0, 11.0, 13.0, 14.0]);
    let s = &c.segments[0];
    assert_eq!(s.lines.mean, Some(12.0));
    assert_eq!(s.mean_moving_range, Some(1.5));
    assert!(close(s.lines.upper, 15.99, 1e-12));
    assert!(close(s.lines.lower, 8.01, 1e-12));
    assert!(close(s.lines.upper_two_sigma, 14.66, 1e-12));
    assert!(close(s.lines.lower_two_sigma, 9.34, 1e-12));
    assert_eq!((s.start, s.end, s.baseline_len, s.values), (0, 4, 5, 5));
    assert!(c
        .points
        .iter()
        .all(|p| p.lines == s.lines && p.segment == 0));
    assert_eq!(codes(&c), ".....");
}

#[test]
fn the_shared_baseline_is_as_worked() {
    let c = plain(&B);
    let l = c.segments[0].lines;
    assert_eq!(
        (l.mean, c.segments[0].mean_moving_range),
        (Some(10.0), Some(4.0))
    );
    assert!(close(l.upper, 20.64, 1e-12) && close(l.lower, -0.64, 1e-12));
    assert!(close(l.upper_two_sigma, 17.093_333, 1e-6));
    assert!(close(l.lower_two_sigma, 2.906_667, 1e-6));
    assert_eq!(codes(&c), "............");
}

// ---- screening ---------------------------------------------------------------------

/// 10, 11 alternating with one jump to 30 at index 9.
/// Moving ranges: eight 1s, then |30 − 10| = 20, |10 − 30| = 20, then 1: 11 ranges, sum 49.
const JUMP: [f64; 12] = [
    10.0, 11.0, 10.0, 11.0, 10.0, 11.0, 10.0, 11.0, 10.0, 30.0, 10.0, 11.0,
];

#[test]
fn screening_leaves_out_a_big_jump_and_takes_the_mean_moving_range_again() {
    // mR̄ = 49 / 11 = 4.4545; 3.267 × 4.4545 = 14.553, so both 20s go. Nine 1s left: mR̄ = 1.
    // Mean (6 × 10 + 5 × 11 + 30) / 12 = 145 / 12 = 12.0833 (screening leaves it alone).
    let c = plain(&JUMP);
    let s = &c.segments[0];
    assert_eq!(s.mean_moving_range, Some(1.0));
    assert_eq!(s.screened_out, 2);
    assert!(close(s.lines.mean, 145.0 / 12.0, 1e-12));
    assert!(close(s.lines.upper, 145.0 / 12.0 + 2.66, 1e-12));
}

#[test]
fn without_screening_the_big_jump_widens_the_limits() {
    // mR̄ = 49 / 11 = 4.4545; upper = 12.0833 + 2.66 × 4.4545 = 23.9326.
    let options = XmrOptions {
        screen_outliers: false,
        ..XmrOptions::default()
    };
    let c = chart(&JUMP, Increase, &options);
    let s = &c.segments[0];
    assert!(close(s.mean_moving_range, 49.0 / 11.0, 1e-12));
    assert_eq!(s.screened_out, 0);
    assert!(close(
        s.lines.upper,
        145.0 / 12.0 + 2.66 * 49.0 / 11.0,
        1e-12
    ));
}

#[test]
fn screening_is_done_once_against_the_first_mean_moving_range() {
    // 0, 1 alternating (9 ranges of 1), then 6 (range 5), then 46 (range 40): sum 54 over 11,
    // mR̄ 4.909; 3.267 × 4.909 = 16.04: only the 40 goes. New mR̄ = 14 / 10 = 1.4. A second
    // pass would drop the 5 too (3.267 × 1.4 = 4.57), but the R package makes one pass.
    let values = [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 6.0, 46.0];
    let s = &plain(&values).segments[0];
    assert!(close(s.mean_moving_range, 1.4, 1e-12));
    assert_eq!(s.screened_out, 1);
}

#[test]
fn a_range_of_exactly_the_screening_cut_off_is_left_out() {
    // 1, 0, 1, 0, −X with X = 13.371077762619372: ranges 1, 1, 1, X, mR̄ (3 + X) / 4, and
    // 3.267 × (3 + X) / 4 is exactly X in binary. R keeps a range only if it is *below* the
    // cut-off, so X goes and mR̄ is 1.
    let x = 13.371077762619372;
    assert_eq!(SCREEN_FACTOR * ((3.0 + x) / 4.0), x);
    let s = &plain(&[1.0, 0.0, 1.0, 0.0, -x]).segments[0];
    assert_eq!((s.mean_moving_range, s.screened_out), (Some(1.0), 1));
}

// ---- outside the limits --------------------------------------------------------------

#[test]
fn a_spike_above_the_upper_limit_is_outside_high() {
    // 8, 12 zigzag with index 6 raised to 30: sum 6 × 8 + 7 × 12 + 30 = 162, mean 11.5714.
    // Ranges: eleven 4s and two 18s = 80 over 13, mR̄ 6.1538; 3.267 × 6.1538 = 20.1, the 18s
    // stay. Upper 11.5714 + 2.66 × 6.1538 = 27.94 < 30. Nothing else signals: the zigzag
    // crosses the mean at every step (the 12s beside the spike are not beyond two sigma).
    let values = [
        8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 30.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0,
    ];
    let c = plain(&values);
    assert!(close(c.segments[0].lines.upper, 27.94, 0.01));
    assert_eq!(codes(&c), "......O.......");
}

#[test]
fn a_dip_below_the_lower_limit_is_outside_low() {
    // The mirror image (20 − x) of the spike: mean 8.4286, lower 8.4286 − 16.369 = −7.94.
    let values = [
        12.0, 8.0, 12.0, 8.0, 12.0, 8.0, -10.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0,
    ];
    let c = plain(&values);
    assert!(close(c.segments[0].lines.lower, -7.94, 0.01));
    assert_eq!(codes(&c), "......o.......");
}

#[test]
fn a_point_on_the_limit_is_not_outside() {
    // Fixed on B: upper limit 20.64. A week of exactly 20.64 is on it (R: `y > upl`, strict),
    // 20.65 is beyond it.
    assert_eq!(codes(&fixed(&after(&B, &[20.64]))), ".............");
    assert_eq!(codes(&fixed(&after(&B, &[20.65]))), "............O");
    assert_eq!(codes(&fixed(&after(&B, &[-0.64]))), ".............");
    assert_eq!(codes(&fixed(&after(&B, &[-0.65]))), "............o");
}

// ---- trend -------------------------------------------------------------------------

/// Zigzag 0/20 around a rising run 7..=13 (indices 6..=12), then back to the zigzag.
/// Sum 60 + 70 + 40 = 170 over 17: mean 10. Ranges: five 20s, 13, six 1s, 13, three 20s =
/// 192 over 16: mR̄ 12 (3.267 × 12 = 39.2, none screened). Limits 10 ± 31.92, two sigma
/// 10 ± 21.28: every point is well inside both. 20 → 7 falls and 13 → 0 falls, so the run
/// is exactly seven points; 7, 8, 9 are below the mean, 10 on it, 11–13 above: no shift.
const RISING: [f64; 17] = [
    0.0, 20.0, 0.0, 20.0, 0.0, 20.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 0.0, 20.0, 0.0, 20.0,
];

#[test]
fn seven_rising_points_are_a_trend() {
    let c = plain(&RISING);
    assert_eq!(c.segments[0].lines.mean, Some(10.0));
    assert_eq!(c.segments[0].mean_moving_range, Some(12.0));
    assert_eq!(codes(&c), "......TTTTTTT....");
    assert_eq!(spans(&c, Rule::Trend), vec![(6, 12, Side::High)]);
}

#[test]
fn seven_falling_points_are_a_trend() {
    // The mirror image, 20 − x: same mean (10) and ranges; 0 → 13 rises, 7 → 20 rises.
    let values: Vec<f64> = RISING.iter().map(|v| 20.0 - v).collect();
    let c = plain(&values);
    assert_eq!(codes(&c), "......ttttttt....");
    assert_eq!(spans(&c, Rule::Trend), vec![(6, 12, Side::Low)]);
}

#[test]
fn six_rising_points_are_not_a_trend() {
    // Drop the 13: 7..=12 is six points (five rises). Mean 157 / 16 = 9.81, mR̄ 190 / 15 =
    // 12.67: nothing near the lines, and the zigzag breaks every run.
    let mut values = RISING.to_vec();
    values.remove(12);
    let c = plain(&values);
    assert_eq!(codes(&c), "................");
    assert!(c.signals.is_empty(), "{:?}", c.signals);
}

#[test]
fn a_tie_breaks_a_trend() {
    // 7, 8, 9, 9, 10, 11, 12: the repeated 9 leaves runs of three and four points.
    let values = [
        0.0, 20.0, 0.0, 20.0, 0.0, 20.0, 7.0, 8.0, 9.0, 9.0, 10.0, 11.0, 12.0, 0.0, 20.0, 0.0, 20.0,
    ];
    let c = plain(&values);
    assert!(spans(&c, Rule::Trend).is_empty(), "{:?}", c.signals);
    assert_eq!(codes(&c), ".................");
    // 1..=7, 7..=13: two trends of seven that meet at a tie stay two signals.
    let two: Vec<f64> = (1..=7).chain(7..=13).map(f64::from).collect();
    assert_eq!(
        spans(&plain(&two), Rule::Trend),
        vec![(0, 6, Side::High), (7, 13, Side::High)]
    );
}

#[test]
fn the_turning_point_between_two_trends_takes_the_later_one() {
    // 0, 20, 0, 20, then 7..=13 rising, 12..=7 falling, then 20, 0, 20, 0. The peak (13, at
    // index 10) ends the rising trend and starts the falling one; like the R package (which
    // takes the difference to its right) it is labelled falling. Mean 207 / 21 = 9.857, so
    // 10, 11, 12, 13, 12, 11, 10 (indices 7–13) are also a shift, which the trends outrank.
    let values = [
        0.0, 20.0, 0.0, 20.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 12.0, 11.0, 10.0, 9.0, 8.0,
        7.0, 20.0, 0.0, 20.0, 0.0,
    ];
    let c = plain(&values);
    assert_eq!(codes(&c), "....TTTTTTttttttt....");
    assert_eq!(
        spans(&c, Rule::Trend),
        vec![(4, 10, Side::High), (10, 16, Side::Low)]
    );
    assert_eq!(spans(&c, Rule::Shift), vec![(7, 13, Side::High)]);
}

// ---- two of three ------------------------------------------------------------------

#[test]
fn two_of_three_beyond_the_upper_two_sigma_line() {
    // Fixed on B (two sigma 17.09, limit 20.64): 18, 11, 18 are all above the mean and two
    // are beyond two sigma. Only those two are flagged; the 11 between them is not.
    let c = fixed(&after(&B, &[18.0, 11.0, 18.0, 8.0]));
    assert_eq!(codes(&c), "............W.W.");
    assert_eq!(spans(&c, Rule::TwoOfThree), vec![(12, 14, Side::High)]);
}

#[test]
fn two_of_three_beyond_the_lower_two_sigma_line() {
    // Mirror: 2, 9, 2 below the mean, the 2s beyond the lower two-sigma line (2.91).
    let c = fixed(&after(&B_MIRROR, &[2.0, 9.0, 2.0, 12.0]));
    assert_eq!(codes(&c), "............w.w.");
}

#[test]
fn two_beyond_two_sigma_on_opposite_sides_are_not_two_of_three() {
    // 18 (beyond the upper line) then 2 (beyond the lower): two of three are beyond two sigma
    // but not on one side.
    let c = fixed(&after(&B, &[18.0, 2.0, 11.0, 8.0]));
    assert_eq!(codes(&c), "................");
}

#[test]
fn the_third_point_must_be_on_the_same_side_of_the_mean() {
    // 18, 9, 18: two beyond the upper line, but 9 is below the mean (R's fix for issue #143).
    let c = fixed(&after(&B, &[18.0, 9.0, 18.0, 8.0]));
    assert_eq!(codes(&c), "................");
}

#[test]
fn a_point_on_the_mean_breaks_two_of_three() {
    // 18, 10, 18: the 10 is on the mean, on neither side.
    let c = fixed(&after(&B, &[18.0, 10.0, 18.0, 8.0]));
    assert_eq!(codes(&c), "................");
}

#[test]
fn a_point_outside_the_limits_does_not_count_towards_two_of_three() {
    // 21, 11, 18: 21 is outside (above 20.64), so only 18 counts as beyond two sigma (R's
    // `close_to_limits` excludes points outside). 21 is flagged as outside, nothing else.
    let c = fixed(&after(&B, &[21.0, 11.0, 18.0, 8.0]));
    assert_eq!(codes(&c), "............O...");
}

// ---- shift -------------------------------------------------------------------------

#[test]
fn seven_points_above_the_mean_are_a_shift() {
    // Fixed on B (which ends on 8, below the mean): seven 11s above 10, then 8. The 11s are
    // ties (no trend) and far from two sigma.
    let c = fixed(
        &after(&B, &[11.0; 7])
            .into_iter()
            .chain([8.0])
            .collect::<Vec<_>>(),
    );
    assert_eq!(codes(&c), "............SSSSSSS.");
    assert_eq!(spans(&c, Rule::Shift), vec![(12, 18, Side::High)]);
}

#[test]
fn seven_points_below_the_mean_are_a_shift() {
    let values: Vec<f64> = after(&B_MIRROR, &[9.0; 7])
        .into_iter()
        .chain([12.0])
        .collect();
    assert_eq!(codes(&fixed(&values)), "............sssssss.");
}

#[test]
fn six_points_on_one_side_are_not_a_shift() {
    let values: Vec<f64> = after(&B, &[11.0; 6]).into_iter().chain([8.0]).collect();
    assert_eq!(codes(&fixed(&values)), "...................");
}

#[test]
fn a_point_on_the_mean_breaks_a_shift() {
    // 11, 11, 11, 10, 11, 11, 11: seven points, but the 10 is on the mean: two runs of three.
    let values = after(&B, &[11.0, 11.0, 11.0, 10.0, 11.0, 11.0, 11.0, 8.0]);
    assert_eq!(codes(&fixed(&values)), "....................");
}

#[test]
fn a_point_within_rounding_of_the_mean_is_on_it() {
    // Fixed on 0.1, 0.5 × 6: the mean is 3.6 / 12, which comes out as 0.30000000000000004 in
    // binary, a hair above 0.3. Seven points 0.2, 0.2, 0.2, 0.3, 0.2, 0.2, 0.2: to a reader
    // the 0.3 is on the mean and breaks the run (R, comparing exactly, would see seven below).
    let base: Vec<f64> = (0..12)
        .map(|i| if i % 2 == 0 { 0.1 } else { 0.5 })
        .collect();
    let values = after(&base, &[0.2, 0.2, 0.2, 0.3, 0.2, 0.2, 0.2, 0.5]);
    let c = fixed(&values);
    assert_eq!(c.segments[0].lines.mean, Some(0.30000000000000004));
    assert_eq!(codes(&c), "....................");
}

// ---- precedence --------------------------------------------------------------------

#[test]
fn outside_beats_trend() {
    // Fixed on B: 7, 9, 11, 12, 13, 14, 21 rise (8 → 7 falls first); 21 is above 20.64.
    // Both rules keep their signal; the point shows the first.
    let c = fixed(&after(&B, &[7.0, 9.0, 11.0, 12.0, 13.0, 14.0, 21.0]));
    assert_eq!(codes(&c), "............TTTTTTO");
    assert_eq!(spans(&c, Rule::Outside), vec![(18, 18, Side::High)]);
    assert_eq!(spans(&c, Rule::Trend), vec![(12, 18, Side::High)]);
}

#[test]
fn trend_beats_two_of_three() {
    // 7, 9, 11, 12, 13, 17.5, 18: a rising trend whose last two are beyond two sigma (17.09)
    // with 13 above the mean: also two of three.
    let c = fixed(&after(&B, &[7.0, 9.0, 11.0, 12.0, 13.0, 17.5, 18.0]));
    assert_eq!(codes(&c), "............TTTTTTT");
    assert_eq!(spans(&c, Rule::TwoOfThree), vec![(16, 18, Side::High)]);
}

#[test]
fn two_of_three_beats_shift() {
    // 11, 11, 18, 11, 18, 11, 11: seven above the mean (a shift); in the window 18, 11, 18 two
    // are beyond two sigma. Also R's `ptd_two_in_three` case g: c(0, 0, 1, 0, 1, 0, 0) flags
    // the third and fifth (test-ptd_calculate_point_type.R).
    let c = fixed(&after(&B, &[11.0, 11.0, 18.0, 11.0, 18.0, 11.0, 11.0]));
    assert_eq!(codes(&c), "............SSWSWSS");
}

#[test]
fn outside_beats_shift() {
    // Fixed on B (mean 10, limits −0.64 and 20.64, two sigma 2.91 and 17.09), which ends on 8,
    // below the mean. Then 11, 11, 11, 21, 11, 11, 11: all seven above 10, a shift at 12..=18.
    // 21 > 20.64 is outside. The 11s tie (no trend) and are below 17.09, and 21, being
    // outside, is not "close to the limits": no two of three. The 21 shows outside, the rest
    // of the run shift; both signals are kept.
    let c = fixed(&after(&B, &[11.0, 11.0, 11.0, 21.0, 11.0, 11.0, 11.0]));
    assert_eq!(codes(&c), "............SSSOSSS");
    assert_eq!(spans(&c, Rule::Outside), vec![(15, 15, Side::High)]);
    assert_eq!(spans(&c, Rule::Shift), vec![(12, 18, Side::High)]);
    assert_eq!(spans(&c, Rule::Trend), vec![]);
    assert_eq!(spans(&c, Rule::TwoOfThree), vec![]);
}

#[test]
fn trend_beats_shift() {
    // Fixed on B_MIRROR: (6 × 8 + 6 × 12) / 12 = 10, eleven ranges of 4, so the same lines as
    // B. It ends on 12 (index 11, above the mean). Then 11, 12, ..., 17: 12 → 11 falls, then
    // six rises, a trend at 12..=18. 12 and 11..=17 are eight points above 10, a shift at
    // 11..=18 (windows 11..=17 and 12..=18). 17 < 17.09: no two of three. Index 11 is in the
    // shift only; 12..=18 are in both and show the trend.
    let c = chart(
        &after(&B_MIRROR, &[11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0]),
        Increase,
        &fix_12(),
    );
    assert_eq!(codes(&c), "...........STTTTTTT");
    assert_eq!(spans(&c, Rule::Trend), vec![(12, 18, Side::High)]);
    assert_eq!(spans(&c, Rule::Shift), vec![(11, 18, Side::High)]);
    assert_eq!(spans(&c, Rule::TwoOfThree), vec![]);
}

#[test]
fn outside_beats_two_of_three() {
    // Fixed on B: 18, 21, 18. 18 is beyond two sigma (17.09) and inside the limit (20.64);
    // 21 is outside. The window 18, 21, 18 is all above the mean with two of its points
    // close to the limit: two of three at 12..=14, flagging the 18s. The 21 in its middle is
    // in that signal too and shows outside (R's `close_to_limits` leaves outside points out,
    // so they are never labelled two of three).
    let c = fixed(&after(&B, &[18.0, 21.0, 18.0]));
    assert_eq!(codes(&c), "............WOW");
    assert_eq!(spans(&c, Rule::Outside), vec![(13, 13, Side::High)]);
    assert_eq!(spans(&c, Rule::TwoOfThree), vec![(12, 14, Side::High)]);
    assert_eq!(
        c.points[13].special_cause.map(|sc| sc.rule),
        Some(Rule::Outside)
    );
}

// ---- improvement and concern -------------------------------------------------------

#[test]
fn improvement_or_concern_follows_the_direction() {
    let high = after(&B, &[21.0]);
    let low = after(&B, &[-1.0]);
    let kind = |values: &[f64], d| {
        let c = chart(values, d, &fix_12());
        c.points[12].special_cause.map(|s| (s.side, s.kind))
    };
    use SpecialCauseKind::{Concern, Improvement};
    assert_eq!(kind(&high, Increase), Some((Side::High, Improvement)));
    assert_eq!(kind(&high, Decrease), Some((Side::High, Concern)));
    assert_eq!(
        kind(&high, Neutral),
        Some((Side::High, SpecialCauseKind::Neutral))
    );
    assert_eq!(kind(&low, Increase), Some((Side::Low, Concern)));
    assert_eq!(kind(&low, Decrease), Some((Side::Low, Improvement)));
    assert_eq!(
        kind(&low, Neutral),
        Some((Side::Low, SpecialCauseKind::Neutral))
    );
    // A falling trend is low: improvement when lower is better.
    let falling: Vec<f64> = RISING.iter().map(|v| 20.0 - v).collect();
    let c = chart(&falling, Decrease, &XmrOptions::default());
    assert_eq!(c.signals[0].kind, Improvement);
}

// ---- trial limits ------------------------------------------------------------------

#[test]
fn eleven_values_are_trial_and_twelve_are_not() {
    // The project's rule (DOMAIN.md, issue 18): trial limits below 12 points, as the MDC
    // tool's default baseline of 12; not the R package's code, `n() < 13`.
    let eleven = plain(&B[..11]);
    assert_eq!(
        (eleven.segments[0].baseline_values, eleven.segments[0].trial),
        (11, true)
    );
    assert!(eleven.summary.trial_limits);
    let twelve = plain(&B);
    assert_eq!(
        (twelve.segments[0].baseline_values, twelve.segments[0].trial),
        (12, false)
    );
    assert!(!twelve.summary.trial_limits);
    assert!(!plain(&after(&B, &[10.0])).segments[0].trial);
    assert!(plain(&[1.0, 2.0, 3.0]).segments[0].trial);
}

#[test]
fn a_missing_week_does_not_count_towards_firm_limits() {
    // Eleven values and a suppressed week: twelve weeks, eleven values, trial.
    let mut values = some(&B[..11]);
    values.push(None);
    let c = analyse(&values, Increase, &XmrOptions::default()).expect("valid");
    let s = &c.segments[0];
    assert_eq!((s.values, s.baseline_values, s.trial), (11, 11, true));
    // Twelve values with a suppressed week among them: firm.
    let mut values = some(&B);
    values.insert(5, None);
    let c = analyse(&values, Increase, &XmrOptions::default()).expect("valid");
    let s = &c.segments[0];
    assert_eq!((s.values, s.baseline_values, s.trial), (12, 12, false));
}

#[test]
fn limits_fixed_on_twelve_weeks_with_three_suppressed_are_trial_however_many_follow() {
    // Fixed after 12: the baseline is weeks 0..=11, of which 2, 5 and 8 are suppressed, so
    // the mean and limits come from 9 values. Twenty weeks follow, all present: the segment
    // has 29 values, but its limits still come from 9, so they stay trial limits.
    let mut values = some(&B);
    for i in [2, 5, 8] {
        values[i] = None;
    }
    values.extend(some(&[B, B].concat()[..20]));
    let c = analyse(&values, Increase, &fix_12()).expect("valid");
    let s = &c.segments[0];
    assert_eq!(
        (s.baseline_len, s.values, s.baseline_values, s.trial),
        (12, 29, 9, true)
    );
    assert!(c.summary.trial_limits);
    // The same, with the twelve baseline weeks all present and three later weeks suppressed:
    // limits from 12 values, firm, whatever is missing after them.
    let mut values = some(&[B, B].concat());
    for i in [14, 17, 20] {
        values[i] = None;
    }
    let c = analyse(&values, Increase, &fix_12()).expect("valid");
    let s = &c.segments[0];
    assert_eq!(
        (s.baseline_len, s.values, s.baseline_values, s.trial),
        (12, 21, 12, false)
    );
    assert!(!c.summary.trial_limits);
}

// ---- flat series -------------------------------------------------------------------

#[test]
fn a_flat_series_has_limits_on_the_mean_and_no_signal() {
    // All 5: mean 5, every moving range 0, mR̄ 0, so all four lines are 5. Each point is on
    // the mean (no shift), there are no rises (no trend) and none is beyond a line.
    for screen_outliers in [true, false] {
        let options = XmrOptions {
            screen_outliers,
            ..XmrOptions::default()
        };
        let c = chart(&[5.0; 20], Increase, &options);
        let s = &c.segments[0];
        assert_eq!((s.mean_moving_range, s.screened_out), (Some(0.0), 0));
        assert_eq!(s.lines.upper, Some(5.0));
        assert_eq!(s.lines.lower_two_sigma, Some(5.0));
        assert_eq!(codes(&c), "....................");
        assert_eq!(c.variation, Some(VariationIcon::CommonCause));
    }
}

#[test]
fn after_a_flat_fixed_baseline_any_change_is_outside() {
    // Baseline of twelve 5s: limits 5 and 5. A 6 is above the upper limit. (R with
    // screening on gets NaN limits here and flags nothing; with screening off it agrees.)
    let values = after(&[5.0; 12], &[6.0]);
    assert_eq!(codes(&fixed(&values)), "............O");
}

// ---- missing weeks -----------------------------------------------------------------

#[test]
fn missing_weeks_are_left_out_not_taken_as_zero() {
    // 10, 12, _, 20, 22: mean 64 / 4 = 16 (as zero it would be 12.8). Moving ranges only
    // between neighbours both present: |12 − 10| = 2 and |22 − 20| = 2, mR̄ 2 (bridging the gap
    // would add |20 − 12| = 8; zero would add 12 and 20).
    let values = [Some(10.0), Some(12.0), None, Some(20.0), Some(22.0)];
    let c = analyse(&values, Increase, &XmrOptions::default()).expect("valid");
    let s = &c.segments[0];
    assert_eq!((s.lines.mean, s.mean_moving_range), (Some(16.0), Some(2.0)));
    assert_eq!(s.values, 4);
    assert_eq!(c.points[2].special_cause, None);
    assert_eq!(c.points[2].lines, s.lines);
    // Limits 16 ± 5.32 (10.68, 21.32), two sigma 16 ± 3.55 (12.45, 19.55): 10 and 22 are
    // outside; 12 and 20 are beyond two sigma, but every window of three holding either
    // one also holds the gap, so neither is two of three.
    assert_eq!(codes(&c), "o._.O");
}

#[test]
fn a_missing_week_breaks_a_run() {
    // R run (ptd_spc on this series with NA at index 12). Mean 123 / 19 = 6.4737. Ranges:
    // 1,2,1,1,2,1,1,2 (11), 3, 0, 0, none either side of the gap, 0, 0, 0, 4, 1, 2: 21 over 17
    // = 1.2353 (3.267 × 1.2353 = 4.04 keeps the 4). Upper 6.4737 + 2.66 × 1.2353 = 9.7596;
    // upper two sigma 8.664, so the 9s are two of three. Three 9s, the gap, four 9s: joined
    // they would be a shift of seven; the gap splits them, so there is no high shift.
    let mut values = some(&[
        5.0, 4.0, 6.0, 5.0, 4.0, 6.0, 5.0, 4.0, 6.0, 9.0, 9.0, 9.0, 0.0, 9.0, 9.0, 9.0, 9.0, 5.0,
        4.0, 6.0,
    ]);
    values[12] = None;
    let c = analyse(&values, Increase, &XmrOptions::default()).expect("valid");
    let s = &c.segments[0];
    assert!(close(s.lines.mean, 6.473684, 1e-6));
    assert!(close(s.lines.lower, 3.187802, 1e-6));
    assert!(close(s.lines.upper, 9.759567, 1e-6));
    assert_eq!(codes(&c), "sssssssssWWW_WWWW...");
    assert_eq!(spans(&c, Rule::Shift), vec![(0, 8, Side::Low)]);
    // The same gap in a rising run leaves 7, 8, 9 and 11, 12, 13: no trend (R stops with an
    // error on this one).
    let mut rising = some(&RISING);
    rising[9] = None;
    let c = analyse(&rising, Increase, &XmrOptions::default()).expect("valid");
    assert!(spans(&c, Rule::Trend).is_empty(), "{:?}", c.signals);
}

#[test]
fn missing_weeks_alone_give_a_chart_without_lines_or_icons() {
    let c = analyse(&[None, None], Increase, &XmrOptions::default()).expect("valid");
    assert_eq!(c.segments[0].lines, Lines::default());
    assert_eq!((c.variation, c.summary.latest), (None, None));
    let empty = analyse(&[], Increase, &XmrOptions::default()).expect("valid");
    assert!(empty.points.is_empty() && empty.segments.is_empty());
    assert_eq!((empty.variation, empty.assurance), (None, None));
}

#[test]
fn one_value_has_a_mean_but_no_limits() {
    let c = plain(&[7.0]);
    let l = c.segments[0].lines;
    assert_eq!(
        (l.mean, l.upper, c.segments[0].mean_moving_range),
        (Some(7.0), None, None)
    );
    assert_eq!(c.variation, Some(VariationIcon::CommonCause));
}

// ---- rebasing ----------------------------------------------------------------------

#[test]
fn each_segment_has_its_own_mean_and_no_moving_range_crosses_a_rebase() {
    // 10, 12 × 3 then 30, 32 × 3, rebased at 6. First: mean 11, five ranges of 2. Second:
    // mean 31, five ranges of 2. The 12 → 30 range (18) belongs to neither: had it been
    // taken, screening would have had something to drop (screened_out 1).
    let values = [
        10.0, 12.0, 10.0, 12.0, 10.0, 12.0, 30.0, 32.0, 30.0, 32.0, 30.0, 32.0,
    ];
    let options = XmrOptions {
        rebases: vec![6],
        ..XmrOptions::default()
    };
    let c = chart(&values, Increase, &options);
    let means: Vec<_> = c.segments.iter().map(|s| s.lines.mean).collect();
    assert_eq!(means, vec![Some(11.0), Some(31.0)]);
    for s in &c.segments {
        assert_eq!((s.mean_moving_range, s.screened_out), (Some(2.0), 0));
    }
    assert_eq!((c.segments[1].start, c.segments[1].end), (6, 11));
    assert_eq!((c.points[5].segment, c.points[6].segment), (0, 1));
    assert_eq!(codes(&c), "............");
}

#[test]
fn runs_do_not_cross_a_rebase() {
    // First segment 8, 12, 8, 12, 8, 12, 8, 11, 11, 11, 11: mean 112 / 11 = 10.18, the four
    // 11s above. Second 11, 11, 11, 8, 12, 8, 12, 8, 12: mean 93 / 9 = 10.33, the three 11s
    // above. Seven 11s in a row, but four in one segment and three in the next: no shift.
    // Unrebased, the mean is 205 / 20 = 10.25 and the seven 11s are a shift.
    let values = [
        8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0, 8.0, 12.0,
        8.0, 12.0, 8.0, 12.0,
    ];
    let rebased = XmrOptions {
        rebases: vec![11],
        ..XmrOptions::default()
    };
    assert_eq!(
        codes(&chart(&values, Increase, &rebased)),
        "...................."
    );
    assert_eq!(codes(&plain(&values)), ".......SSSSSSS......");
}

#[test]
fn rebases_at_zero_repeated_or_unordered_are_harmless() {
    let values = [10.0, 12.0, 10.0, 12.0, 30.0, 32.0, 30.0, 32.0];
    let one = |rebases: Vec<usize>| {
        let c = chart(
            &values,
            Increase,
            &XmrOptions {
                rebases,
                ..XmrOptions::default()
            },
        );
        c.segments
            .iter()
            .map(|s| (s.start, s.end))
            .collect::<Vec<_>>()
    };
    assert_eq!(one(vec![4]), vec![(0, 3), (4, 7)]);
    assert_eq!(one(vec![4, 0, 4]), vec![(0, 3), (4, 7)]);
    assert_eq!(one(vec![6, 2]), vec![(0, 1), (2, 5), (6, 7)]);
}

// ---- fixed limits ------------------------------------------------------------------

#[test]
fn fixed_limits_come_from_the_first_weeks_and_later_weeks_are_judged_against_them() {
    // B then 14, 15, 13, 14. Fixed after 12: mean 10, mR̄ 4, whatever follows. Not fixed:
    // mean (120 + 56) / 16 = 11 and the ranges 8 → 14 (6), 1, 2, 1 join in.
    let values = after(&B, &[14.0, 15.0, 13.0, 14.0]);
    let c = fixed(&values);
    let s = &c.segments[0];
    assert_eq!(
        (s.baseline_len, s.lines.mean, s.mean_moving_range),
        (12, Some(10.0), Some(4.0))
    );
    assert!(c.points.iter().all(|p| p.lines == s.lines));
    assert_eq!(plain(&values).segments[0].lines.mean, Some(11.0));
    // A fixed baseline longer than the series is the whole series.
    let short = chart(&B[..5], Increase, &fix_12());
    assert_eq!(short.segments[0].baseline_len, 5);
}

#[test]
fn limits_are_fixed_in_each_segment_separately() {
    // R groups by segment before numbering rows. First segment B, 30, 30: fixed on B (mean
    // 10, limits −0.64 to 20.64), the 30s outside. Second 52, 48 × 6 then 0: fixed on its
    // first twelve (mean 50, mR̄ 4, limits 39.36 to 60.64), the 0 outside.
    let first = after(&B, &[30.0, 30.0]);
    let second: Vec<f64> = B.iter().map(|v| v + 40.0).chain([0.0]).collect();
    let values = after(&first, &second);
    let options = XmrOptions {
        fix_after: Some(12),
        rebases: vec![14],
        ..XmrOptions::default()
    };
    let c = chart(&values, Increase, &options);
    let summary: Vec<_> = c
        .segments
        .iter()
        .map(|s| (s.baseline_len, s.lines.mean, s.mean_moving_range))
        .collect();
    assert_eq!(
        summary,
        vec![(12, Some(10.0), Some(4.0)), (12, Some(50.0), Some(4.0))]
    );
    assert_eq!(codes(&c), "............OO............o");
    // Neighbouring weeks outside the same limit are one excursion.
    assert_eq!(
        spans(&c, Rule::Outside),
        vec![(12, 13, Side::High), (26, 26, Side::Low)]
    );
}

// ---- input errors ------------------------------------------------------------------

#[test]
fn impossible_options_and_values_are_rejected() {
    let values = some(&B);
    let with = |o: XmrOptions| analyse(&values, Increase, &o);
    assert_eq!(
        with(XmrOptions {
            fix_after: Some(11),
            ..XmrOptions::default()
        }),
        Err(XmrError::FixAfterTooShort {
            fix_after: 11,
            minimum: 12
        })
    );
    assert_eq!(
        with(XmrOptions {
            rebases: vec![3, 12],
            ..XmrOptions::default()
        }),
        Err(XmrError::RebaseOutOfRange {
            index: 12,
            points: 12
        })
    );
    assert_eq!(
        with(XmrOptions {
            target: Some(f64::NAN),
            ..XmrOptions::default()
        }),
        Err(XmrError::TargetNotFinite)
    );
    let bad = [Some(1.0), None, Some(f64::INFINITY)];
    assert_eq!(
        analyse(&bad, Increase, &XmrOptions::default()),
        Err(XmrError::NotFinite { index: 2 })
    );
    assert_eq!(
        XmrError::FixAfterTooShort {
            fix_after: 11,
            minimum: 12
        }
        .to_string(),
        "limits can be fixed after 12 points or more, not 11"
    );
}

// ---- icons -------------------------------------------------------------------------

#[test]
fn variation_icon_for_each_kind() {
    use VariationIcon as V;
    let icon = |tail: f64, d| chart(&after(&B, &[tail]), d, &fix_12()).variation;
    assert_eq!(icon(10.0, Increase), Some(V::CommonCause));
    assert_eq!(icon(21.0, Increase), Some(V::ImprovementHigh));
    assert_eq!(icon(-1.0, Decrease), Some(V::ImprovementLow));
    assert_eq!(icon(21.0, Decrease), Some(V::ConcernHigh));
    assert_eq!(icon(-1.0, Increase), Some(V::ConcernLow));
    assert_eq!(icon(21.0, Neutral), Some(V::NeutralHigh));
    assert_eq!(icon(-1.0, Neutral), Some(V::NeutralLow));
}

#[test]
fn variation_icon_comes_from_the_latest_week_with_a_value() {
    // The spike is followed by a suppressed week: the icon is still the spike's (the R
    // package, which expects no gaps, would take the empty last row as common cause).
    let mut values = some(&after(&B, &[21.0]));
    values.push(None);
    let c = analyse(&values, Increase, &fix_12()).expect("valid");
    assert_eq!(c.variation, Some(VariationIcon::ImprovementHigh));
    assert_eq!(c.summary.latest, Some(12));
}

#[test]
fn assurance_passing_failing_or_inconsistent() {
    // Fixed on B: limits −0.64 and 20.64.
    let icon = |target: Option<f64>, d| {
        let options = XmrOptions { target, ..fix_12() };
        chart(&B, d, &options).assurance
    };
    use AssuranceIcon::{ConsistentFail, ConsistentPass, Inconsistent};
    assert_eq!(icon(Some(25.0), Increase), Some(ConsistentFail));
    assert_eq!(icon(Some(25.0), Decrease), Some(ConsistentPass));
    assert_eq!(icon(Some(-5.0), Increase), Some(ConsistentPass));
    assert_eq!(icon(Some(-5.0), Decrease), Some(ConsistentFail));
    assert_eq!(icon(Some(15.0), Increase), Some(Inconsistent));
    // On a limit is between them (R: `target > upl` is strict).
    assert_eq!(icon(Some(20.64), Increase), Some(Inconsistent));
    assert_eq!(icon(Some(-0.64), Decrease), Some(Inconsistent));
    assert_eq!(icon(None, Increase), None);
    assert_eq!(icon(Some(25.0), Neutral), None);
}

#[test]
fn assurance_uses_the_latest_segment_and_needs_its_limits() {
    // R: `slice_tail(n = 1)`, the last row's limits. First segment B (limits −0.64..20.64),
    // second B + 40 (39.36..60.64); target 30 is above the first and below the second.
    let values = after(&B, &B.map(|v| v + 40.0));
    let options = XmrOptions {
        target: Some(30.0),
        rebases: vec![12],
        ..XmrOptions::default()
    };
    assert_eq!(
        chart(&values, Increase, &options).assurance,
        Some(AssuranceIcon::ConsistentPass)
    );
    // A last segment of one value has no limits, so no assurance (R: NaN → inconsistent).
    let options = XmrOptions {
        target: Some(30.0),
        rebases: vec![12],
        ..XmrOptions::default()
    };
    assert_eq!(
        chart(&after(&B, &[50.0]), Increase, &options).assurance,
        None
    );
}

// ---- summary -----------------------------------------------------------------------

#[test]
fn summary_counts_the_weeks_of_the_latest_shift() {
    // Fixed on B, then nine 11s: the latest nine weeks are above the mean, since index 12.
    let c = fixed(&after(&B, &[11.0; 9]));
    assert_eq!(
        c.summary,
        Summary {
            latest: Some(20),
            signal: Some(LatestSignal {
                rule: Rule::Shift,
                side: Side::High,
                kind: SpecialCauseKind::Improvement,
                since: 12,
                points: 9,
            }),
            trial_limits: false,
        }
    );
}

#[test]
fn summary_of_a_trend_and_of_two_of_three() {
    // RISING up to the end of its trend: 7..=13 at indices 6..=12. Mean 130 / 13 = 10,
    // mR̄ (100 + 13 + 6) / 12 = 9.92, limits 10 ± 26.4: nothing else signals.
    let c = plain(&RISING[..13]);
    let s = c.summary.signal.expect("a trend");
    assert_eq!(
        (s.rule, s.side, s.since, s.points),
        (Rule::Trend, Side::High, 6, 7)
    );
    // Two of three: the window 18, 11, 18 started at index 12.
    let c = fixed(&after(&B, &[18.0, 11.0, 18.0]));
    let s = c.summary.signal.expect("two of three");
    assert_eq!((s.rule, s.since, s.points), (Rule::TwoOfThree, 12, 3));
}

#[test]
fn summary_of_common_cause_has_no_signal() {
    let c = plain(&B);
    assert_eq!(c.summary.latest, Some(11));
    assert_eq!(c.summary.signal, None);
}

// ---- JSON --------------------------------------------------------------------------

#[test]
fn the_ui_reads_kebab_case_json() {
    let c = chart(&after(&B, &[21.0]), Increase, &fix_12());
    let json = serde_json::to_value(&c).expect("serialises");
    assert_eq!(
        json["points"][12]["special-cause"],
        serde_json::json!({"rule": "outside", "side": "high", "kind": "improvement"})
    );
    assert_eq!(json["variation"], "improvement-high");
    assert_eq!(json["assurance"], serde_json::Value::Null);
    assert_eq!(json["segments"][0]["mean-moving-range"], 4.0);
    assert_eq!(
        json["segments"][0]["lines"]["upper-two-sigma"],
        10.0 + TWO_SIGMA_FACTOR * 4.0
    );
    assert_eq!(json["summary"]["signal"]["since"], 12);
    assert_eq!(
        serde_json::to_value(Rule::TwoOfThree).expect("ok"),
        "two-of-three"
    );
    assert_eq!(
        serde_json::to_value(XmrError::FixAfterTooShort {
            fix_after: 11,
            minimum: 12
        })
        .expect("ok"),
        serde_json::json!({"kind": "fix-after-too-short", "fix-after": 11, "minimum": 12})
    );
}

#[test]
fn options_read_from_settings_default_to_screening() {
    let o: XmrOptions = serde_json::from_str(r#"{"fix-after": 12, "target": 80}"#).expect("ok");
    assert_eq!(
        o,
        XmrOptions {
            fix_after: Some(12),
            target: Some(80.0),
            ..XmrOptions::default()
        }
    );
    assert!(o.screen_outliers);
}

// ---- NHSRplotthedots's own tests ---------------------------------------------------

/// `set.seed(123); rnorm(20)`, as R 4.2 prints it to 17 digits (tests/testthat's
/// test-ptd_spc_standard.R and test-ptd_spc.R build their data this way).
const RNORM_20: [f64; 20] = [
    -0.5604756465522126,
    -0.23017748948327996,
    1.558708314149124,
    0.070508391424576,
    0.12928773516094624,
    1.715064986883281,
    0.4609162059892023,
    -1.265061234606534,
    -0.6868528518935261,
    -0.44566197009995806,
    1.2240817974394615,
    0.3598138270573638,
    0.40077145059405217,
    0.1106827159451197,
    -0.5558411347540749,
    1.7869131368030782,
    0.4978504782292394,
    -1.9666171566296382,
    0.7013559015636855,
    -0.47279140772793404,
];

#[test]
fn r_snapshot_of_twenty_normal_values() {
    // tests/testthat/_snaps/ptd_spc_standard.md, r1: mean_col 0.1416238, lpl -3.01138,
    // upl 3.294627; relative_to_mean -1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1, …
    // _snaps/ptd_spc.md: 20 common cause.
    let c = plain(&RNORM_20);
    let l = c.segments[0].lines;
    assert!(close(l.mean, 0.1416238, 5e-8));
    assert!(close(l.lower, -3.01138, 5e-6));
    assert!(close(l.upper, 3.294627, 5e-7));
    let sides: Vec<i8> = RNORM_20[..15]
        .iter()
        .map(|&v| if v > l.mean.expect("mean") { 1 } else { -1 })
        .collect();
    assert_eq!(
        sides,
        vec![-1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1]
    );
    assert_eq!(codes(&c), "....................");
    assert_eq!(c.variation, Some(VariationIcon::CommonCause));
}

#[test]
fn r_snapshot_with_an_outlier_screened_and_not() {
    // The same data with y[15] <- 10: r2 (screened) mean_col 0.6694159, lpl -2.383666, upl
    // 3.722497; r3 (not screened) lpl -4.596625, upl 5.935457. Labels from an R run.
    let mut values = RNORM_20;
    values[14] = 10.0;
    let screened = plain(&values);
    let l = screened.segments[0].lines;
    assert!(close(l.mean, 0.6694159, 5e-8));
    assert!(close(l.lower, -2.383666, 5e-7));
    assert!(close(l.upper, 3.722497, 5e-7));
    assert_eq!(codes(&screened), "..............O.....");
    let options = XmrOptions {
        screen_outliers: false,
        ..XmrOptions::default()
    };
    let wide = chart(&values, Increase, &options);
    let l = wide.segments[0].lines;
    assert!(close(l.lower, -4.596625, 5e-7));
    assert!(close(l.upper, 5.935457, 5e-7));
    assert_eq!(codes(&wide), "..............O.....");
}

#[test]
fn r_two_of_three_on_opposite_sides_is_common_cause() {
    // test-ptd_spc_standard.R: 1, −1 × 8 with y[15] = 5.5 and y[16] = −5.5; the last two
    // points are "common_cause". By hand: mean 0; ranges thirteen 2s, 6.5, 11: 43.5 / 15 =
    // 2.9, 3.267 × 2.9 = 9.47 drops the 11: 32.5 / 14 = 2.3214. Limits ±6.175, two sigma
    // ±4.117: 5.5 and −5.5 are beyond two sigma on opposite sides.
    let mut values: Vec<f64> = (0..16)
        .map(|i| if i % 2 == 0 { 1.0 } else { -1.0 })
        .collect();
    values[14] = 5.5;
    values[15] = -5.5;
    let c = plain(&values);
    assert!(close(c.segments[0].lines.upper, 6.175, 1e-9));
    assert_eq!(codes(&c), "................");
}

#[test]
fn r_seven_point_trend_cases() {
    // test-ptd_calculate_point_type.R, ptd_seven_point_trend: 1:6 none; c(1:3, 3:6) none;
    // 1:7 up; c(2, 1:7, 3) up over 1:7; 7:1 down; c(2, 7:1, 3) down over 7:1. (Points may
    // show "outside" instead, by precedence; the trend signal is there regardless.)
    let trend = |v: &[f64]| spans(&plain(v), Rule::Trend);
    let up_to = |n: u8| (1..=n).map(f64::from).collect::<Vec<_>>();
    assert!(trend(&up_to(6)).is_empty());
    assert!(trend(&[1.0, 2.0, 3.0, 3.0, 4.0, 5.0, 6.0]).is_empty());
    assert_eq!(trend(&up_to(7)), vec![(0, 6, Side::High)]);
    let wrapped: Vec<f64> = [2.0].into_iter().chain(up_to(7)).chain([3.0]).collect();
    assert_eq!(trend(&wrapped), vec![(1, 7, Side::High)]);
    let down: Vec<f64> = up_to(7).into_iter().rev().collect();
    assert_eq!(trend(&down), vec![(0, 6, Side::Low)]);
    let wrapped: Vec<f64> = [2.0].into_iter().chain(down).chain([3.0]).collect();
    assert_eq!(trend(&wrapped), vec![(1, 7, Side::Low)]);
}

#[test]
fn r_two_in_three_cases() {
    // test-ptd_calculate_point_type.R, ptd_two_in_three / ptd_part_of_two_in_three, with
    // "close" = 18 and not = 11 after B (all above the mean): h c(0, 0, 1, 1, 0, 0, 0) flags
    // the third and fourth (and the seven are a shift); hv c(1, 0, 0, 1) flags none; iv
    // c(1, 0, 0, 1, 1) flags the last two.
    let h = fixed(&after(&B, &[11.0, 11.0, 18.0, 18.0, 11.0, 11.0, 11.0]));
    assert_eq!(codes(&h), "............SSWWSSS");
    let hv = fixed(&after(&B, &[18.0, 11.0, 11.0, 18.0]));
    assert_eq!(codes(&hv), "................");
    let iv = fixed(&after(&B, &[18.0, 11.0, 11.0, 18.0, 18.0]));
    assert_eq!(codes(&iv), "...............WW");
}

#[test]
fn r_assurance_cases() {
    // test-ptd_calculate_assurance_type.R: limits (1, 3), (5, 7), (1, 5), target 4.
    let lines = |lower: f64, upper: f64| Lines {
        mean: Some((lower + upper) / 2.0),
        upper: Some(upper),
        lower: Some(lower),
        upper_two_sigma: None,
        lower_two_sigma: None,
    };
    use AssuranceIcon::{ConsistentFail, ConsistentPass, Inconsistent};
    let rows = [lines(1.0, 3.0), lines(5.0, 7.0), lines(1.0, 5.0)];
    let got = |d| rows.map(|l| assurance(Some(4.0), &l, d));
    assert_eq!(
        got(Increase),
        [
            Some(ConsistentFail),
            Some(ConsistentPass),
            Some(Inconsistent)
        ]
    );
    assert_eq!(
        got(Decrease),
        [
            Some(ConsistentPass),
            Some(ConsistentFail),
            Some(Inconsistent)
        ]
    );
    assert_eq!(got(Neutral), [None, None, None]);
    assert_eq!(assurance(None, &rows[0], Increase), None);
}

/// test-geom_ptd_icon.R: `set.seed(123)`, `y = rnorm(24)`, then the second twelve replaced
/// by `rnorm(12, 5)` and later by `rnorm(12, -5)` (values as R 4.2 draws them).
const ICONS_FIRST_12: [f64; 12] = [
    -0.5604756465522126,
    -0.23017748948327996,
    1.558708314149124,
    0.070508391424576,
    0.12928773516094624,
    1.715064986883281,
    0.4609162059892023,
    -1.265061234606534,
    -0.6868528518935261,
    -0.44566197009995806,
    1.2240817974394615,
    0.3598138270573638,
];
const ICONS_PLUS_5: [f64; 12] = [
    4.374960732150743,
    3.313306689257587,
    5.837787044494525,
    5.153373117836515,
    3.8618630629880526,
    6.253814921069926,
    5.426464221476814,
    4.704928517007729,
    5.8951256610450224,
    5.878133487533042,
    5.821581081637487,
    5.688640254100091,
];
const ICONS_MINUS_5: [f64; 12] = [
    -4.446082346462411,
    -5.061911710576721,
    -5.305962663739916,
    -5.380471001012383,
    -5.694706978920513,
    -5.207917278019599,
    -6.265396351568264,
    -2.8310440346614874,
    -3.7920380016950093,
    -6.123108583203349,
    -5.402884835299076,
    -5.466655353623219,
];

#[test]
fn r_icon_cases() {
    use AssuranceIcon::{ConsistentFail, ConsistentPass, Inconsistent};
    use VariationIcon as V;
    let icons = |values: &[f64], target: f64, d| {
        let options = XmrOptions {
            target: Some(target),
            ..XmrOptions::default()
        };
        let c = chart(values, d, &options);
        (c.variation, c.assurance, codes(&c))
    };
    // s1, s2: rnorm(24), common cause; target 0.5 inconsistent.
    let first_24 = after(
        &RNORM_20,
        &[
            -1.0678237059868452,
            -0.21797491465829513,
            -1.0260044483072397,
            -0.7288912292911403,
        ],
    );
    let (v, a, _) = icons(&first_24, 0.5, Increase);
    assert_eq!((v, a), (Some(V::CommonCause), Some(Inconsistent)));
    // s5, s6: second half around 5, target −3. Codes from an R run.
    let up = after(&ICONS_FIRST_12, &ICONS_PLUS_5);
    let (v, a, c) = icons(&up, -3.0, Increase);
    assert_eq!((v, a), (Some(V::ImprovementHigh), Some(ConsistentPass)));
    assert_eq!(c, "ooswwswooossSSOSSOOSOOOO");
    let (v, a, _) = icons(&up, -3.0, Decrease);
    assert_eq!((v, a), (Some(V::ConcernHigh), Some(ConsistentFail)));
    // s7, s8, s9: second half around −5, target 3.
    let down = after(&ICONS_FIRST_12, &ICONS_MINUS_5);
    let (v, a, c) = icons(&down, 3.0, Increase);
    assert_eq!((v, a), (Some(V::ConcernLow), Some(ConsistentFail)));
    assert_eq!(c, "WWOWWOOSSSOOttooooossooo");
    let (v, a, _) = icons(&down, 3.0, Decrease);
    assert_eq!((v, a), (Some(V::ImprovementLow), Some(ConsistentPass)));
    let (v, a, _) = icons(&down, 3.0, Neutral);
    assert_eq!((v, a), (Some(V::NeutralLow), None));
}

#[test]
fn r_run_with_rebase_fixed_limits_and_no_direction() {
    // R run: ptd_spc(rebase = the 6th date, fix_after_n_points = 16, "neutral"). First
    // segment (5 points) short-group warning; means and limits as R prints them.
    let values = [
        42.88056649173115,
        56.872071300114335,
        54.52482453242902,
        52.391916039569054,
        46.4759990903165,
        54.15709736663658,
        57.828616015134926,
        62.830577112739796,
        82.92240755300864,
        48.230707277133845,
        45.27435820802732,
        30.325732633856315,
        29.327437957908888,
        27.700176180559428,
        30.70964402221062,
        34.71637839663745,
        19.190556019216398,
        27.122441275716692,
        26.729740757380565,
    ];
    let options = XmrOptions {
        fix_after: Some(16),
        rebases: vec![5],
        ..XmrOptions::default()
    };
    let c = chart(&values, Neutral, &options);
    let (a, b) = (c.segments[0].lines, c.segments[1].lines);
    assert!(close(a.mean, 50.629075490832015, 1e-9));
    assert!(close(a.lower, 34.41133677374164, 1e-9));
    assert!(close(a.upper, 66.84681420792239, 1e-9));
    assert!(close(b.mean, 41.21899076972625, 1e-9));
    assert!(close(b.lower, 23.44964732035874, 1e-9));
    assert!(close(b.upper, 58.98833421909376, 1e-9));
    assert_eq!((c.segments[0].trial, c.segments[1].trial), (true, false));
    assert_eq!(codes(&c), ".....WWOO..swwssoww");
    assert_eq!(c.variation, Some(VariationIcon::NeutralLow));
}

#[test]
fn r_run_without_screening_with_every_rule() {
    // R run: ptd_spc(fix_after_n_points = 17, "increase", target 116.8, screen_outliers = FALSE).
    let values = [
        53.08284285332827,
        47.21428545370621,
        46.016012793476456,
        61.28702313464168,
        54.82075787767199,
        52.80999349917563,
        52.2011752049992,
        52.123240385622374,
        50.75329499441745,
        50.02989626290013,
        45.856051472848655,
        58.11094207859706,
        67.37364639927182,
        65.08777586783513,
        56.76814647236698,
        67.74728028771223,
        63.47052589050945,
        71.04069987734954,
        60.293528596570646,
        53.16569889684643,
        61.053037493390015,
        63.98472184140636,
        61.776941511210765,
        58.83126276442062,
        63.70411876342122,
    ];
    let options = XmrOptions {
        screen_outliers: false,
        fix_after: Some(17),
        target: Some(116.79666474934892),
        ..XmrOptions::default()
    };
    let c = chart(&values, Increase, &options);
    let l = c.segments[0].lines;
    assert!(close(l.mean, 55.573699466416514, 1e-9));
    assert!(close(l.lower, 41.417878526272446, 1e-9));
    assert!(close(l.upper, 69.72952040656058, 1e-9));
    assert_eq!(codes(&c), "...ttttttttSWWSWSOS......");
    assert_eq!(c.variation, Some(VariationIcon::CommonCause));
    assert_eq!(c.assurance, Some(AssuranceIcon::ConsistentFail));
}

// ---- properties --------------------------------------------------------------------

/// A small deterministic generator so the property test needs no crate.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() * n as f64) as usize
    }
}

fn random_case(rng: &mut Lcg) -> (Vec<Option<f64>>, XmrOptions) {
    let n = rng.below(45);
    let whole = rng.below(2) == 0;
    let mut level = 50.0;
    let values = (0..n)
        .map(|_| {
            if rng.below(12) == 0 {
                level += 20.0 * (rng.next() - 0.5);
            }
            let v = level + 10.0 * (rng.next() - 0.5) + if rng.below(20) == 0 { 40.0 } else { 0.0 };
            let v = if whole { v.round() } else { v };
            (rng.below(15) != 0).then_some(v)
        })
        .collect();
    let options = XmrOptions {
        screen_outliers: rng.below(3) != 0,
        fix_after: (rng.below(3) == 0).then(|| 12 + rng.below(10)),
        rebases: (0..rng.below(3))
            .filter(|_| n > 0)
            .map(|_| rng.below(n))
            .collect(),
        target: (rng.below(2) == 0).then(|| 30.0 + 40.0 * rng.next()),
    };
    (values, options)
}

#[test]
fn random_series_keep_the_invariants() {
    let mut rng = Lcg(20260401);
    for _ in 0..3000 {
        let (values, options) = random_case(&mut rng);
        let c = analyse(&values, Increase, &options).expect("valid");
        assert_eq!(c.points.len(), values.len());
        for s in &c.segments {
            let l = s.lines;
            let all = [
                l.mean,
                l.upper,
                l.lower,
                l.upper_two_sigma,
                l.lower_two_sigma,
                s.mean_moving_range,
            ];
            assert!(all.iter().flatten().all(|v| v.is_finite()), "{s:?}");
            if let (Some(lo), Some(lo2), Some(m), Some(hi2), Some(hi)) = (
                l.lower,
                l.lower_two_sigma,
                l.mean,
                l.upper_two_sigma,
                l.upper,
            ) {
                assert!(lo <= lo2 && lo2 <= m && m <= hi2 && hi2 <= hi, "{s:?}");
            }
            let baseline = &values[s.start..s.start + s.baseline_len];
            assert_eq!(s.baseline_values, baseline.iter().flatten().count());
            assert!(s.baseline_values <= s.values);
            assert_eq!(s.trial, s.baseline_values < FIRM_LIMITS_MIN_VALUES);
        }
        for (i, p) in c.points.iter().enumerate() {
            let Some(sc) = p.special_cause else { continue };
            assert!(p.value.is_some(), "a missing week has no signal");
            let within = |rule: Rule| {
                c.signals
                    .iter()
                    .any(|s| s.rule == rule && (s.first..=s.last).contains(&i))
            };
            assert!(within(sc.rule), "point {i} {sc:?} has no signal");
            // Outside, trend and shift flag every point they span: a point inside one of
            // their signals shows the first of them that applies.
            if within(Rule::Outside) {
                assert_eq!(sc.rule, Rule::Outside);
            } else if within(Rule::Trend) {
                assert_eq!(sc.rule, Rule::Trend);
            }
        }
        // Turning the series upside down and the direction round changes sides, not kinds.
        let flipped: Vec<Option<f64>> = values.iter().map(|v| v.map(|v| -v)).collect();
        let options_flipped = XmrOptions {
            target: options.target.map(|t| -t),
            ..options.clone()
        };
        let m = analyse(&flipped, Decrease, &options_flipped).expect("valid");
        for (p, q) in c.points.iter().zip(&m.points) {
            let (a, b) = (p.special_cause, q.special_cause);
            assert_eq!(a.map(|s| (s.rule, s.kind)), b.map(|s| (s.rule, s.kind)));
            assert!(a.zip(b).is_none_or(|(a, b)| a.side != b.side));
            assert_eq!(p.lines.mean.map(|v| -v), q.lines.mean);
        }
        assert_eq!(c.assurance, m.assurance);
    }
}
