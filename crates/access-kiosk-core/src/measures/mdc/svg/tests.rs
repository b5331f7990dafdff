use super::*;
use crate::measures::mdc::{analyse, ImprovementDirection, XmrOptions};

fn text() -> MdcChartText {
    MdcChartText {
        title: "Access granted <weekly>".into(),
        y_label: "Patients a week".into(),
        mean_label: "Mean".into(),
        upper_label: "Upper limit".into(),
        lower_label: "Lower limit".into(),
        limits_label: "Process limits".into(),
        target_label: "Target".into(),
        trial_label: "Trial limits".into(),
        trial_tag: "Trial".into(),
        rebase_label: "Rebased".into(),
        improvement_label: "Improvement".into(),
        concern_label: "Concern".into(),
        neutral_label: "Change".into(),
        common_cause_label: "Common cause".into(),
        no_data_label: "No data".into(),
        variation_label: "Special cause: improvement".into(),
        assurance_label: "Will meet the target".into(),
        caption: vec![
            "Special cause: improvement. Seven weeks above the mean since 2026-W31.".into(),
        ],
    }
}

fn weeks(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("2026-W{:02}", i + 1)).collect()
}

/// Twelve zigzag weeks then seven high ones: a shift, improvement when higher is better.
fn improving() -> Vec<Option<f64>> {
    [
        12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0,
    ]
    .into_iter()
    .chain([11.0; 7])
    .map(Some)
    .collect()
}

fn chart(values: &[Option<f64>], options: &XmrOptions) -> XmrChart {
    analyse(values, ImprovementDirection::Increase, options).unwrap()
}

fn count(svg: &str, needle: &str) -> usize {
    svg.matches(needle).count()
}

#[test]
fn special_causes_are_blue_common_causes_grey_with_lines_icons_and_words() {
    let options = XmrOptions {
        fix_after: Some(12),
        target: Some(5.0),
        ..XmrOptions::default()
    };
    let c = chart(&improving(), &options);
    let svg = render(&weeks(19), &c, &text(), ChartSize::Full);
    assert_eq!(
        count(&svg, "class=\"point improvement\""),
        7,
        "the seven high weeks"
    );
    assert_eq!(count(&svg, "class=\"point common-cause\""), 12);
    assert!(svg.contains(&format!("fill=\"{IMPROVEMENT}\"")));
    assert_eq!(count(&svg, "class=\"mean\""), 1);
    assert_eq!(count(&svg, "class=\"limit upper\""), 1);
    assert_eq!(count(&svg, "class=\"target\""), 1);
    assert!(svg.contains("data-variation=\"improvement-high\""));
    assert!(
        svg.contains("data-icon=\"improvement-high\"")
            && svg.contains("data-icon=\"inconsistent\"")
    );
    assert!(svg.contains("<title>Special cause: improvement</title>"));
    assert!(svg.contains(">Mean 10</text>") && svg.contains(">Target 5</text>"));
    assert!(svg.contains("Seven weeks above the mean since 2026-W31."));
    assert!(
        svg.contains("Access granted &lt;weekly&gt;"),
        "the title is escaped"
    );
    assert!(!svg.contains("NaN") && !svg.contains("inf"));
    assert_eq!(
        svg,
        render(&weeks(19), &c, &text(), ChartSize::Full),
        "deterministic"
    );
}

#[test]
fn a_missing_week_is_a_gap_never_a_zero() {
    let mut values: Vec<Option<f64>> = improving()
        .into_iter()
        .map(|v| v.map(|v| v + 100.0))
        .collect();
    values[5] = None;
    let c = chart(&values, &XmrOptions::default());
    let svg = render(&weeks(19), &c, &text(), ChartSize::Full);
    assert_eq!(
        count(&svg, "<circle class=\"point"),
        18,
        "no point for the missing week"
    );
    assert!(!svg.contains("data-index=\"5\""));
    assert_eq!(
        count(&svg, "class=\"values\""),
        2,
        "the line breaks at the gap"
    );
    // The frame is drawn from the values and lines, none of which is near zero.
    let frame = frame(&c, ChartSize::Full.layout()).unwrap();
    assert!(frame.y_min > 0.0, "{}", frame.y_min);
}

#[test]
fn trial_limits_are_said_on_the_chart() {
    let c = chart(&improving()[..10], &XmrOptions::default());
    assert!(c.segments[0].trial);
    let svg = render(&weeks(10), &c, &text(), ChartSize::Full);
    assert!(svg.contains("class=\"trial-label\"") && svg.contains(">Trial limits</text>"));
    assert!(svg.contains("class=\"limit upper trial\""));
    let firm = chart(&improving(), &XmrOptions::default());
    let svg = render(&weeks(19), &firm, &text(), ChartSize::Full);
    assert!(!svg.contains("trial-label"));
}

#[test]
fn each_stretch_after_a_rebase_has_its_own_lines() {
    let options = XmrOptions {
        rebases: vec![12],
        ..XmrOptions::default()
    };
    let c = chart(&improving(), &options);
    let svg = render(&weeks(19), &c, &text(), ChartSize::Full);
    assert_eq!(count(&svg, "class=\"mean\""), 2);
    assert_eq!(count(&svg, "class=\"rebase\""), 1);
    assert!(svg.contains(">Rebased</text>"));
}

#[test]
fn a_small_multiple_has_icons_and_lines_but_no_key_or_caption() {
    let c = chart(&improving(), &XmrOptions::default());
    let svg = render(&weeks(19), &c, &text(), ChartSize::Small);
    assert!(svg.contains("width=\"320\""));
    assert!(svg.contains("data-icon=\"improvement-high\""));
    assert!(!svg.contains("class=\"caption\"") && !svg.contains("class=\"key"));
    assert!(
        !svg.contains("<title>2026-W"),
        "no per-point titles in small charts"
    );
    assert_eq!(
        count(&svg, "class=\"x-label\""),
        2,
        "first and last week only"
    );
}

#[test]
fn a_small_chart_of_many_weeks_dots_only_its_special_causes() {
    let values: Vec<Option<f64>> = (0..261)
        .map(|i| {
            Some(if i >= 250 {
                30.0
            } else {
                10.0 + (i % 3) as f64
            })
        })
        .collect();
    let c = chart(&values, &XmrOptions::default());
    let special = c
        .points
        .iter()
        .filter(|p| p.special_cause.is_some())
        .count();
    let svg = render(&weeks(261), &c, &text(), ChartSize::Small);
    assert!(special > 0);
    assert_eq!(count(&svg, "<circle class=\"point"), special);
    assert_eq!(
        count(&svg, "class=\"values\""),
        1,
        "the line still runs through every week"
    );
    let full = render(&weeks(261), &c, &text(), ChartSize::Full);
    assert_eq!(count(&full, "<circle class=\"point"), 261);
}

#[test]
fn no_values_draw_a_frame_that_says_so() {
    let c = chart(&[None, None], &XmrOptions::default());
    let svg = render(&weeks(2), &c, &text(), ChartSize::Full);
    assert!(svg.contains(">No data</text>"));
    assert!(!svg.contains("<circle class=\"point"));
    assert!(!svg.contains("data-icon="));
}

#[test]
fn captions_wrap_at_spaces_to_fit() {
    let lines = wrap(
        "one two three four five six seven eight nine ten",
        100.0,
        10.0,
    );
    let max = (100.0 / (10.0 * CHAR_WIDTH)).floor() as usize;
    assert!(lines.len() > 1, "{lines:?}");
    assert!(lines.iter().all(|l| l.chars().count() <= max), "{lines:?}");
    assert_eq!(
        lines.join(" "),
        "one two three four five six seven eight nine ten"
    );
}

#[test]
fn a_dense_small_chart_dots_a_week_with_a_value_between_two_missing_ones() {
    // 261 weeks, every other suppressed from week 100 to 110, then [None, Some, None] at
    // 200..=202: those weeks have no neighbour to draw a line to.
    let values: Vec<Option<f64>> = (0..261)
        .map(|i| match i {
            201 => Some(10.0),
            200 | 202 => None,
            100..=110 if i % 2 == 0 => None,
            _ => Some(10.0 + (i % 3) as f64),
        })
        .collect();
    let c = chart(&values, &XmrOptions::default());
    assert_eq!(c.points[201].special_cause, None, "common cause");
    let svg = render(&weeks(261), &c, &text(), ChartSize::Small);
    let frame = frame(&c, ChartSize::Small.layout()).unwrap();
    assert!(frame.step() < 3.0, "dense");
    let at = |i: usize| {
        format!(
            "<circle class=\"point common-cause\" cx=\"{:.1}\"",
            frame.x(i)
        )
    };
    assert!(svg.contains(&at(201)), "the lone week has its dot");
    for i in [101, 103, 105, 107, 109] {
        assert!(
            svg.contains(&at(i)),
            "week {i}, alone between suppressed weeks"
        );
    }
    let special = c
        .points
        .iter()
        .filter(|p| p.special_cause.is_some())
        .count();
    let lone_common = [101, 103, 105, 107, 109, 201]
        .iter()
        .filter(|&&i| c.points[i].special_cause.is_none())
        .count();
    assert_eq!(count(&svg, "<circle class=\"point"), special + lone_common);
}

#[test]
fn a_small_multiple_tags_trial_limits() {
    let c = chart(&improving()[..10], &XmrOptions::default());
    let svg = render(&weeks(10), &c, &text(), ChartSize::Small);
    assert!(svg.contains("class=\"trial-tag\"") && svg.contains(">Trial</text>"));
    assert!(
        !svg.contains("trial-label"),
        "the full chart's words are too long"
    );
    let firm = chart(&improving(), &XmrOptions::default());
    let svg = render(&weeks(19), &firm, &text(), ChartSize::Small);
    assert!(!svg.contains("trial-tag"));
    let full = render(&weeks(10), &c, &text(), ChartSize::Full);
    assert!(!full.contains("trial-tag"));
}
