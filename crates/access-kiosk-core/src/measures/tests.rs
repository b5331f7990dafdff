use super::*;
use chrono::TimeZone;

fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 10, 0, 0).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn fact(m: Milestone, when: DateTime<Utc>, interest: DateTime<Utc>) -> MilestoneFact {
    MilestoneFact {
        milestone: m,
        at: when,
        interest_at: interest,
        channel: "kiosk".into(),
        locale: "bn".into(),
        age_band: "20-35".into(),
        cohorts: vec![],
    }
}

/// November 2026: Monday 2nd, 9th, 16th, 23rd, 30th.
fn november() -> Period {
    Period {
        from: day(2026, 11, 2),
        to: day(2026, 11, 29),
        week_start: WeekStart::Monday,
    }
}

#[test]
fn weeks_start_on_the_chosen_day_and_are_labelled() {
    let wed = day(2026, 11, 25);
    assert_eq!(WeekStart::Monday.week_of(wed), day(2026, 11, 23));
    assert_eq!(WeekStart::Sunday.week_of(wed), day(2026, 11, 22));
    assert_eq!(WeekStart::Wednesday.week_of(wed), wed);
    assert_eq!(WeekStart::Thursday.week_of(wed), day(2026, 11, 19));
    assert_eq!(WeekStart::Monday.label(day(2026, 11, 23)), "2026-W48");
    // ISO week-numbering year: 29 Dec 2025 is in 2026-W01.
    assert_eq!(WeekStart::Monday.label(day(2025, 12, 29)), "2026-W01");
    assert_eq!(WeekStart::Sunday.label(day(2026, 11, 22)), "2026-11-22");
    assert_eq!(november().week_count(), 4);
    let sunday_weeks = Period {
        week_start: WeekStart::Sunday,
        ..november()
    };
    // Sun 1 Nov .. Sat 28 Nov, plus Sun 29 Nov.
    assert_eq!(sunday_weeks.week_count(), 5);
    assert_eq!(sunday_weeks.first_week(), day(2026, 11, 1));
}

#[test]
fn only_the_weeks_the_period_covers_from_first_day_to_last_are_whole() {
    assert_eq!(november().whole_weeks(), 0..4, "Monday 2nd to Sunday 29th");
    let to_tuesday = Period {
        to: day(2026, 11, 24),
        ..november()
    };
    assert_eq!(to_tuesday.week_count(), 4);
    assert_eq!(
        to_tuesday.whole_weeks(),
        0..3,
        "the week in progress is not whole"
    );
    let from_tuesday = Period {
        from: day(2026, 11, 3),
        ..november()
    };
    assert_eq!(from_tuesday.whole_weeks(), 1..4);
    let inside_one_week = Period {
        from: day(2026, 11, 3),
        to: day(2026, 11, 5),
        ..november()
    };
    assert_eq!(inside_one_week.whole_weeks().len(), 0);
    // Weeks from Sunday: Sun 1 Nov .. Sat 28 Nov whole, Sun 29 Nov a day of its week.
    let sunday_weeks = Period {
        from: day(2026, 11, 1),
        week_start: WeekStart::Sunday,
        ..november()
    };
    assert_eq!(sunday_weeks.whole_weeks(), 0..4);
    let empty = Period {
        to: day(2026, 11, 1),
        ..november()
    };
    assert_eq!(empty.whole_weeks(), 0..0);
}

#[test]
fn counts_fall_in_their_week_and_outside_facts_are_ignored() {
    use Milestone::*;
    let facts = vec![
        fact(InterestRegistered, at(2026, 11, 2), at(2026, 11, 2)),
        fact(InterestRegistered, at(2026, 11, 8), at(2026, 11, 8)), // Sunday: week 1
        fact(InterestRegistered, at(2026, 11, 9), at(2026, 11, 9)),
        fact(IdentityVerified, at(2026, 11, 10), at(2026, 11, 2)),
        fact(InterestRegistered, at(2026, 10, 30), at(2026, 10, 30)), // before
        fact(InterestRegistered, at(2026, 11, 30), at(2026, 11, 30)), // after
    ];
    let m = WeeklyMeasures::compute(november(), facts, []);
    assert_eq!(
        m.counts(InterestRegistered, Breakdown::Total, ""),
        [2, 1, 0, 0]
    );
    assert_eq!(
        m.counts(IdentityVerified, Breakdown::Total, ""),
        [0, 1, 0, 0]
    );
    assert_eq!(m.counts(Coded9iw, Breakdown::Total, ""), [0, 0, 0, 0]);
}

#[test]
fn conversions_are_weekly_ratios_and_empty_without_a_denominator() {
    use Milestone::*;
    let i = at(2026, 11, 2);
    let facts = vec![
        fact(InterestRegistered, i, i),
        fact(InterestRegistered, i, i),
        fact(InterestRegistered, i, i),
        fact(InterestRegistered, i, i),
        fact(IdentityVerified, at(2026, 11, 3), i),
        fact(IdentityVerified, at(2026, 11, 10), i),
        fact(AccessGranted, at(2026, 11, 10), i),
        fact(AccessGranted, at(2026, 11, 11), i),
    ];
    let m = WeeklyMeasures::compute(november(), facts, []);
    let s = m.series(Measure::InterestToVerified, Breakdown::Total, "");
    assert_eq!(s.values, [Some(25.0), None, None, None]);
    let s = m.series(Measure::VerifiedToAccess, Breakdown::Total, "");
    assert_eq!(
        s.values,
        [Some(0.0), Some(200.0), None, None],
        "a backlog clearing passes 100 %"
    );
}

#[test]
fn median_days_to_access_is_over_the_weeks_grants() {
    use Milestone::*;
    let facts = vec![
        fact(AccessGranted, at(2026, 11, 10), at(2026, 11, 9)), // 1 day
        fact(AccessGranted, at(2026, 11, 11), at(2026, 11, 1)), // 10 days
        fact(AccessGranted, at(2026, 11, 12), at(2026, 11, 8)), // 4 days
        fact(AccessGranted, at(2026, 11, 17), at(2026, 11, 15)), // 2 days
        fact(AccessGranted, at(2026, 11, 18), at(2026, 11, 13)), // 5 days
    ];
    let m = WeeklyMeasures::compute(november(), facts, []);
    let s = m.series(Measure::MedianDaysToAccess, Breakdown::Total, "");
    assert_eq!(s.values, [None, Some(4.0), Some(3.5), None]);
}

#[test]
fn breakdowns_split_counts_and_cohorts_count_in_each_tag() {
    use Milestone::*;
    let i = at(2026, 11, 2);
    let mut a = fact(InterestRegistered, i, i);
    a.channel = "phlebotomy".into();
    a.cohorts = vec!["carer".into(), "dna-risk".into()];
    let mut b = fact(InterestRegistered, i, i);
    b.locale = "ur".into();
    b.age_band = "65-79".into();
    let m = WeeklyMeasures::compute(november(), vec![a, b.clone(), b], []);
    let first = |bd: Breakdown, g: &str| m.counts(InterestRegistered, bd, g)[0];
    assert_eq!(first(Breakdown::Total, ""), 3);
    assert_eq!(first(Breakdown::Channel, "phlebotomy"), 1);
    assert_eq!(first(Breakdown::Channel, "kiosk"), 2);
    assert_eq!(first(Breakdown::Language, "bn"), 1);
    assert_eq!(first(Breakdown::Language, "ur"), 2);
    assert_eq!(first(Breakdown::AgeBand, "65-79"), 2);
    assert_eq!(first(Breakdown::Cohort, "carer"), 1);
    assert_eq!(first(Breakdown::Cohort, "dna-risk"), 1);
    assert_eq!(first(Breakdown::Cohort, NO_COHORT), 2);
    assert_eq!(
        m.groups(Breakdown::Channel),
        ["kiosk".to_string(), "phlebotomy".to_string()]
    );
    assert_eq!(first(Breakdown::Channel, "clinician"), 0, "unseen group");
}

#[test]
fn csv_has_a_row_per_week_measure_and_group_and_defuses_formulas() {
    use Milestone::*;
    let i = at(2026, 11, 2);
    let m = WeeklyMeasures::compute(november(), vec![fact(InterestRegistered, i, i)], []);
    let rows = m.rows();
    // total(1) + channel(1) + language(1) + cohort(1) + age band(1) groups.
    assert_eq!(rows.len(), 5 * Measure::ALL.len() * 4);
    let csv = to_csv(&rows);
    assert!(csv.starts_with("week_start,week,measure,breakdown,group,value\n"));
    assert!(csv.contains("\n2026-11-02,2026-W45,interest-registered,total,,1\n"));
    assert!(csv.contains("\n2026-11-09,2026-W46,interest-to-verified,total,,\n"));
    assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    assert_eq!(csv_field("a,\"b\""), "\"a,\"\"b\"\"\"");
}

#[test]
fn feedback_is_counted_by_source_and_reason() {
    let fb = |d, s: &str, r: &str| FeedbackFact {
        at: at(2026, 11, d),
        source: s.into(),
        reason: r.into(),
    };
    let m = WeeklyMeasures::compute(
        november(),
        [],
        vec![
            fb(3, "patient", "privacy"),
            fb(4, "patient", "privacy"),
            fb(20, "staff", "no-device"),
        ],
    );
    assert_eq!(
        m.feedback(),
        vec![
            ("patient".into(), "privacy".into(), vec![2, 0, 0, 0]),
            ("staff".into(), "no-device".into(), vec![0, 0, 1, 0]),
        ]
    );
}

#[test]
fn names_round_trip() {
    for m in Measure::ALL {
        assert_eq!(Measure::parse(m.as_str()), Some(m));
        assert_eq!(
            serde_json::to_value(m).unwrap(),
            serde_json::Value::String(m.as_str().into())
        );
    }
    for b in Breakdown::ALL {
        assert_eq!(Breakdown::parse(b.as_str()), Some(b));
    }
    for m in Milestone::ALL {
        assert_eq!(Milestone::from_event_kind(m.event_kind()), Some(m));
    }
    assert_eq!(
        Milestone::AccessGranted.event_kind(),
        crate::journey::Status::AccessGranted.as_str()
    );
    assert_eq!(
        Milestone::Coded9iw.event_kind(),
        crate::journey::Status::Coded9iw.as_str()
    );
}
