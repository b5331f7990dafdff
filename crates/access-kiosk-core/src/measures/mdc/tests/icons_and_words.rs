//! The variation and assurance icons, the summary, and the chart as JSON.

use super::*;

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
