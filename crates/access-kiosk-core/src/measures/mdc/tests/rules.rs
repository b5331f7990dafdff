//! The four rules (outside, trend, two of three, shift), their precedence, and improvement
//! or concern by the measure's direction.

use super::*;

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
