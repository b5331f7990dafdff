//! Cases from `NHSRplotthedots`'s own tests and R runs of its source (commit `050b07d`).

use super::*;

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
