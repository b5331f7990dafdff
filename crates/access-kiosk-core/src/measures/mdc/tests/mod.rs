//! Every expected value here is worked by hand in the comment above it, or taken from
//! `NHSRplotthedots` (commit `050b07d`): its `tests/testthat` files, named where used, or
//! its R source run on the series shown (marked "R run"). One file per part of the
//! analysis; the helpers and the shared baseline are here.

mod icons_and_words;
mod limits;
mod properties;
mod r_package;
mod rebasing;
mod rules;

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

/// Zigzag 0/20 around a rising run 7..=13 (indices 6..=12), then back to the zigzag.
/// Sum 60 + 70 + 40 = 170 over 17: mean 10. Ranges: five 20s, 13, six 1s, 13, three 20s =
/// 192 over 16: mR̄ 12 (3.267 × 12 = 39.2, none screened). Limits 10 ± 31.92, two sigma
/// 10 ± 21.28: every point is well inside both. 20 → 7 falls and 13 → 0 falls, so the run
/// is exactly seven points; 7, 8, 9 are below the mean, 10 on it, 11–13 above: no shift.
const RISING: [f64; 17] = [
    0.0, 20.0, 0.0, 20.0, 0.0, 20.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 0.0, 20.0, 0.0, 20.0,
];
