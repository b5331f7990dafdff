//! The lines: limits, screening, trial limits, flat series, missing weeks, fixed limits and
//! refused input.

use super::*;

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
