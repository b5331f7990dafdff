use super::*;
use crate::measures::mdc::{analyse, ImprovementDirection, XmrOptions};

fn locales() -> Locales {
    Locales::shipped().unwrap().without_isolation()
}

/// Weeks 2026-W25 onwards.
fn labels(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("2026-W{:02}", 25 + i)).collect()
}

/// Twelve zigzag weeks (mean 10), then `tail`.
fn after_zigzag(tail: &[f64]) -> Vec<Option<f64>> {
    [
        12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0,
    ]
    .iter()
    .chain(tail)
    .map(|v| Some(*v))
    .collect()
}

fn fixed(target: Option<f64>) -> XmrOptions {
    XmrOptions {
        fix_after: Some(12),
        target,
        ..XmrOptions::default()
    }
}

#[test]
fn a_shift_reads_as_the_issue_says() {
    // Seven 11s from index 12 (2026-W37): seven weeks above the mean of 10.
    let values = after_zigzag(&[11.0; 7]);
    let chart = analyse(&values, ImprovementDirection::Increase, &fixed(None)).unwrap();
    let w = words(&locales(), &chart, &labels(19));
    assert_eq!(
        w.sentence,
        "Special cause: improvement. Seven weeks above the mean since 2026-W37."
    );
    assert_eq!(w.variation, "Special cause: improvement (higher)");
    assert_eq!((w.assurance, w.assurance_sentence), (None, None));
    assert_eq!(w.trial_sentence, None, "19 weeks: firm limits");
}

#[test]
fn lower_is_improvement_for_days_to_access() {
    let values = after_zigzag(&[9.0; 8]);
    let chart = analyse(
        &values,
        Measure::MedianDaysToAccess.improvement(),
        &fixed(Some(20.0)),
    )
    .unwrap();
    let w = words(&locales(), &chart, &labels(20));
    assert_eq!(
        w.sentence,
        // The zigzag's last week (8, in 2026-W36) is below the mean too.
        "Special cause: improvement. Nine weeks below the mean since 2026-W36."
    );
    assert_eq!(w.variation, "Special cause: improvement (lower)");
    // Limits −0.64 to 20.64: a target of 20 days is between them.
    assert_eq!(
        w.assurance.as_deref(),
        Some("Assurance: will meet the target in some weeks and miss it in others")
    );
    assert_eq!(
        w.assurance_sentence.as_deref(),
        Some("The target (20) lies between the limits: the process will meet it in some weeks and miss it in others.")
    );
}

#[test]
fn one_week_outside_a_trend_two_of_three_and_common_cause() {
    let l = locales();
    let say = |tail: &[f64]| {
        let values = after_zigzag(tail);
        let chart = analyse(&values, ImprovementDirection::Increase, &fixed(None)).unwrap();
        words(&l, &chart, &labels(values.len())).sentence
    };
    assert_eq!(
        say(&[-1.0]),
        "Special cause: concern. Below the lower limit in 2026-W37."
    );
    assert_eq!(
        say(&[7.0, 9.0, 11.0, 12.0, 13.0, 14.0, 15.0]),
        "Special cause: improvement. Seven weeks rising in a row since 2026-W37."
    );
    assert_eq!(
        say(&[18.0, 11.0, 18.0]),
        "Special cause: improvement. Two of three weeks close to the upper limit since 2026-W37."
    );
    assert!(say(&[10.0]).starts_with("Common cause: "));
}

#[test]
fn trial_limits_and_no_data_are_said() {
    let l = locales();
    let short = analyse(
        &after_zigzag(&[])[..8],
        ImprovementDirection::Increase,
        &XmrOptions::default(),
    )
    .unwrap();
    let w = words(&l, &short, &labels(8));
    assert_eq!(
        w.trial_sentence.as_deref(),
        Some("Trial limits: the mean and limits come from fewer than 12 weeks with a value, so they are not yet a firm guide.")
    );
    assert_eq!(w.caption().len(), 2);
    let empty = analyse(
        &[None, None],
        ImprovementDirection::Increase,
        &XmrOptions::default(),
    )
    .unwrap();
    let w = words(&l, &empty, &labels(2));
    assert_eq!(w.variation, "No data");
    assert_eq!(w.sentence, "No week in this period has a value yet.");
}

#[test]
fn the_staff_chart_places_rebases_at_their_weeks_and_draws_the_target() {
    let store = Store::open_in_memory().unwrap();
    let index = MilestoneIndex::build(&store, |_, _| {}).unwrap();
    let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let now = chrono::Utc::now();
    for (week, reason) in [(day(9, 28), "New script"), (day(1, 5), "Before the chart")] {
        store
            .add_rebase(Measure::AccessGranted, week, reason, "Ann", now)
            .unwrap();
    }
    let settings = MdcSettings {
        targets: [(Measure::AccessGranted, 3.0)].into(),
        ..MdcSettings::default()
    };
    let request = ChartRequest {
        measure: Measure::AccessGranted,
        breakdown: Breakdown::Total,
        group: String::new(),
        from: day(9, 7),
        to: day(11, 22),
    };
    let view = mdc_chart(
        &store,
        &index,
        &locales(),
        WeekStart::Monday,
        &settings,
        &request,
    )
    .unwrap();
    assert_eq!(view.weeks.len(), 11);
    assert_eq!(
        view.rebase_points,
        [3],
        "2026-09-28 is the chart's fourth week"
    );
    assert_eq!(
        view.rebases.len(),
        2,
        "every rebase is listed, to be removable"
    );
    assert_eq!(view.chart.segments.len(), 2);
    assert_eq!(view.chart.target, Some(3.0));
    assert!(view.svg.contains("class=\"target\"") && view.svg.contains(">Rebased</text>"));
    let csv = nhs_csv(&view);
    assert!(
        csv.starts_with("date,value,target,rebase\n2026-09-07,0,3,0\n"),
        "{csv}"
    );
    assert!(csv.contains("\n2026-09-28,0,3,1\n"), "{csv}");
    // The practice's weeks now start on Sunday: the rebase stays in the week holding its day.
    let sunday = mdc_chart(
        &store,
        &index,
        &locales(),
        WeekStart::Sunday,
        &settings,
        &request,
    )
    .unwrap();
    assert_eq!(
        sunday.rebase_points,
        [2],
        "Monday 2026-09-28 is in the week from Sunday 2026-09-27, the chart's third: the \
         period covers the weeks from Sunday 6 September and Sunday 22 November only in part"
    );
    assert_eq!(sunday.week_starts.first(), Some(&day(9, 13)));
    assert_eq!(sunday.week_starts.last(), Some(&day(11, 15)));
    assert_eq!(sunday.chart.segments.len(), 2);
}

/// The staff chart of access granted over `from..=to` (2026), on an empty history.
fn chart_over(from: (u32, u32), to: (u32, u32)) -> MdcChartView {
    let store = Store::open_in_memory().unwrap();
    let index = MilestoneIndex::build(&store, |_, _| {}).unwrap();
    let day = |(m, d)| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let request = ChartRequest {
        measure: Measure::AccessGranted,
        breakdown: Breakdown::Total,
        group: String::new(),
        from: day(from),
        to: day(to),
    };
    mdc_chart(
        &store,
        &index,
        &locales(),
        WeekStart::Monday,
        &MdcSettings::default(),
        &request,
    )
    .unwrap()
}

#[test]
fn full_weeks_are_all_analysed_and_nothing_is_said_about_part_weeks() {
    // Monday 7 September to Sunday 22 November 2026: eleven whole weeks.
    let view = chart_over((9, 7), (11, 22));
    assert_eq!(view.weeks.len(), 11);
    assert_eq!(view.chart.points.len(), 11);
    assert_eq!(view.weeks.first().map(String::as_str), Some("2026-W37"));
    assert_eq!(view.weeks.last().map(String::as_str), Some("2026-W47"));
    assert!(view.words.part_week_sentences.is_empty());
    assert_eq!(nhs_csv(&view).lines().count(), 1 + 11);
}

#[test]
fn a_period_ending_on_a_tuesday_leaves_the_week_in_progress_out_and_says_so() {
    // To Tuesday 24 November: 2026-W48 has two days of seven, which would read as a fall.
    let view = chart_over((9, 7), (11, 24));
    assert_eq!(view.weeks.len(), 11, "{:?}", view.weeks);
    assert_eq!(view.chart.points.len(), 11);
    assert_eq!(view.weeks.last().map(String::as_str), Some("2026-W47"));
    assert_eq!(
        view.words.part_week_sentences,
        [
            "2026-W48 is not plotted: the period ends on 2026-11-24, before that week is over, \
          so it holds only part of the week. The week in progress is never plotted."
        ]
    );
    assert!(view
        .words
        .caption()
        .contains(&view.words.part_week_sentences[0]));
    assert!(
        view.svg.contains("2026-W48 is not plotted"),
        "said under the chart"
    );
    let csv = nhs_csv(&view);
    assert!(!csv.contains("2026-11-23"), "{csv}");
    assert!(csv.trim_end().ends_with("2026-11-16,0,,0"), "{csv}");
}

#[test]
fn a_period_starting_on_a_tuesday_leaves_its_first_week_out_and_says_so() {
    let view = chart_over((9, 8), (11, 22));
    assert_eq!(view.weeks.len(), 10);
    assert_eq!(
        view.week_starts.first().map(|d| d.to_string()).as_deref(),
        Some("2026-09-14")
    );
    assert_eq!(
        view.words.part_week_sentences,
        [
            "2026-W37 is not plotted: the period starts on 2026-09-08, after that week began, \
          so it holds only part of the week."
        ]
    );
    assert!(nhs_csv(&view).starts_with("date,value,target,rebase\n2026-09-14,"));
    // Both ends cut, and a period inside one week.
    let both = chart_over((9, 8), (11, 24));
    assert_eq!(both.weeks.len(), 10);
    assert_eq!(both.words.part_week_sentences.len(), 2);
    let inside = chart_over((9, 8), (9, 10));
    assert!(inside.weeks.is_empty() && inside.chart.points.is_empty());
    assert_eq!(
        inside.words.part_week_sentences,
        ["2026-W37 is not plotted: the period, 2026-09-08 to 2026-09-10, is only part of that week."]
    );
}
