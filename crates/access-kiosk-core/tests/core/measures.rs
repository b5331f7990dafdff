//! The QI measures (`src/measures/`): weeks, CSV cells, suppression of small counts, and
//! the anonymous aggregate file (`aggregate.rs`) read from hostile or damaged text.

use std::path::Path;

use access_kiosk_core::measures::aggregate::{self, AggregateError, AggregateFile};
use access_kiosk_core::measures::{
    self, Milestone, MilestoneFact, Period, WeekStart, WeeklyMeasures,
};
use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

use crate::support::hostile::hostile_text;

pub(crate) fn sample_aggregate() -> AggregateFile {
    let period = Period {
        from: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 11, 15).unwrap(),
        week_start: WeekStart::Monday,
    };
    let facts = (0..23u32).map(|i| {
        let t = Utc.with_ymd_and_hms(2026, 11, 3, 9, i, 0).unwrap();
        MilestoneFact {
            milestone: Milestone::InterestRegistered,
            at: t,
            interest_at: t,
            channel: if i < 3 { "phlebotomy" } else { "kiosk" }.into(),
            locale: "bn".into(),
            age_band: "20-35".into(),
            cohorts: vec![],
        }
    });
    AggregateFile::from_measures(
        "F84001",
        &WeeklyMeasures::compute(period, facts, []),
        Utc::now(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    // ---- The aggregate file ------------------------------------------------------------

    #[test]
    fn any_aggregate_text_is_read_or_refused_naming_the_file(text in hostile_text()) {
        let path = Path::new("practice-F84001.json");
        if let Err(e) = AggregateFile::parse(path, &text) {
            prop_assert!(e.to_string().contains("practice-F84001.json"), "{e}");
        }
    }

    #[test]
    fn a_damaged_aggregate_file_is_refused_or_read_consistently(
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0usize..4, hostile_text()), 1..4)
    ) {
        let mut text = sample_aggregate().to_json();
        for (at, kind, junk) in edits {
            let mut i = at.index(text.len() + 1);
            while !text.is_char_boundary(i) { i -= 1; }
            match kind {
                0 => text.insert_str(i, &junk),
                1 => text.truncate(i),
                2 => { let mut j = (i + junk.len().max(1)).min(text.len()); while !text.is_char_boundary(j) { j -= 1; } text.replace_range(i..j, ""); }
                _ => { let mut j = (i + 1).min(text.len()); while !text.is_char_boundary(j) { j += 1; } text.replace_range(i..j, &junk); }
            }
        }
        let path = Path::new("f.json");
        match AggregateFile::parse(path, &text) {
            Ok(file) => {
                // What was accepted writes back and reads again to the same file.
                let again = AggregateFile::parse(path, &file.to_json()).unwrap();
                prop_assert_eq!(again, file);
            }
            Err(AggregateError::Malformed { why, .. }) => prop_assert!(!why.is_empty()),
            Err(AggregateError::SchemaVersion { .. }) => {}
            Err(other) => prop_assert!(false, "unexpected {other}"),
        }
    }

    // ---- Weeks and CSV -----------------------------------------------------------------

    #[test]
    fn every_day_falls_in_the_week_that_starts_on_or_before_it(
        back in 0i64..(200 * 365),
        start in prop::sample::select(&[WeekStart::Monday, WeekStart::Tuesday, WeekStart::Wednesday, WeekStart::Thursday, WeekStart::Friday, WeekStart::Saturday, WeekStart::Sunday][..]),
    ) {
        let day = NaiveDate::from_ymd_opt(2100, 1, 1).unwrap() - Duration::days(back);
        let w = start.week_of(day);
        prop_assert!(w <= day && day - w < Duration::days(7));
        prop_assert_eq!(start.week_of(w), w);
        let label = start.label(w);
        if start == WeekStart::Monday {
            let iso = day.iso_week();
            prop_assert_eq!(label, format!("{}-W{:02}", iso.year(), iso.week()));
        } else {
            prop_assert_eq!(NaiveDate::parse_from_str(&label, "%Y-%m-%d").ok(), Some(w));
        }
    }

    #[test]
    fn a_csv_field_never_starts_a_formula_and_reads_back_as_written(s in hostile_text()) {
        let f = measures::csv_field(&s);
        prop_assert!(!f.starts_with(['=', '+', '-', '@']));
        let unquoted = if f.starts_with('"') {
            prop_assert!(f.ends_with('"') && f.len() >= 2);
            f[1..f.len() - 1].replace("\"\"", "\"")
        } else {
            prop_assert!(!f.contains([',', '"', '\n', '\r']));
            f.clone()
        };
        let expected = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.clone() };
        prop_assert_eq!(unquoted, expected);
    }

    #[test]
    fn published_counts_are_suppressed_below_eight_and_rounded_to_five(n in any::<u32>().prop_map(|n| n % 1_000_000)) {
        match aggregate::publish(n) {
            None => prop_assert!((1..=7).contains(&n)),
            Some(p) => {
                prop_assert!(n == 0 || n >= 8);
                prop_assert_eq!(p % 5, 0);
                prop_assert!(p.abs_diff(n) <= 2);
            }
        }
    }
}
