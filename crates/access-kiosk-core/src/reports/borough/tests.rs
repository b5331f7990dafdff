use super::*;
use crate::measures::aggregate::{AggregateFile, AggregateWeek, MilestoneCounts};
use std::collections::BTreeMap;

/// A practice's file of `weeks` weeks from 2026-01-05 whose weekly grants are `grants(i)`
/// (interest twice that, everything verified, all coded); `None` is a suppressed week.
pub(crate) fn practice(
    ods: &str,
    weeks: usize,
    grants: impl Fn(usize) -> Option<u32>,
) -> AggregateFile {
    let first = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let weeks = (0..weeks)
        .map(|i| {
            let start = first + chrono::Duration::days(7 * i as i64);
            let g = grants(i);
            let count = |v: Option<u32>| MilestoneCounts {
                total: v,
                ..MilestoneCounts::default()
            };
            let counts: BTreeMap<Milestone, MilestoneCounts> = [
                (Milestone::InterestRegistered, count(g.map(|g| 2 * g))),
                (Milestone::IdentityVerified, count(g)),
                (Milestone::AccessGranted, count(g)),
                (Milestone::Coded9iw, count(g)),
            ]
            .into();
            AggregateWeek {
                week_start: start,
                week: crate::measures::WeekStart::Monday.label(start),
                counts,
                median_days_to_access: g.filter(|g| *g >= 8).map(|_| 6.0),
                feedback: BTreeMap::new(),
            }
        })
        .collect();
    AggregateFile {
        schema: crate::measures::aggregate::SCHEMA.into(),
        schema_version: crate::measures::aggregate::SCHEMA_VERSION,
        ods_code: ods.into(),
        generated_at: "2026-11-25T09:00:00Z".parse().unwrap(),
        week_starts_on: crate::measures::WeekStart::Monday,
        disclosure_control: crate::measures::aggregate::DISCLOSURE_RULE.into(),
        weeks,
    }
}

/// Three practices over 30 weeks: one improving (grants up from week 20), one steady, one
/// falling away, with a suppressed week.
pub(crate) fn three() -> Vec<AggregateFile> {
    let zigzag = |i: usize| 20 + 5 * (i % 2) as u32;
    vec![
        practice("F84001", 30, |i| {
            Some(zigzag(i) + if i >= 20 { 15 } else { 0 })
        }),
        practice("F84002", 30, |i| Some(zigzag(i))),
        practice("F84003", 30, |i| {
            (i != 3).then(|| zigzag(i).saturating_sub(if i >= 20 { 15 } else { 0 }))
        }),
    ]
}

fn write_files(dir: &Path, files: &[AggregateFile]) -> Vec<PathBuf> {
    files
        .iter()
        .map(|f| {
            let p = dir.join(format!("{}.json", f.ods_code));
            std::fs::write(&p, f.to_json()).unwrap();
            p
        })
        .collect()
}

fn now() -> DateTime<Utc> {
    "2026-11-25T09:00:00Z".parse().unwrap()
}

#[test]
fn the_report_shows_each_practice_s_icons_and_keeps_suppressed_weeks_as_gaps() {
    let dir = tempfile::tempdir().unwrap();
    let files = write_files(dir.path(), &three());
    let out = dir.path().join("out");
    let mut heard = Vec::new();
    let summary = merge(&files, &out, None, now(), |p| heard.push(p)).unwrap();
    assert_eq!((summary.practices, summary.weeks), (3, 30));
    assert!(matches!(
        heard[0],
        MergeProgress::Reading { done: 1, of: 3, .. }
    ));
    assert_eq!(
        heard.last(),
        Some(&MergeProgress::Charting {
            done: Measure::ALL.len(),
            of: Measure::ALL.len()
        })
    );
    let html = std::fs::read_to_string(out.join("borough.html")).unwrap();
    assert!(out.join("borough.csv").exists() && out.join("access-granted.svg").exists());
    // Self-contained: nothing fetched.
    for remote in ["http://", "https://", "src=\"", "@import", "url("] {
        let outside = html.replace("http://www.w3.org/2000/svg", "");
        assert!(!outside.contains(remote), "{remote} in borough.html");
    }
    let row = |ods: &str| {
        let section = &html[html.find("data-measure=\"access-granted\"").unwrap()..];
        let start = section.find(&format!("<tr data-ods=\"{ods}\"")).unwrap();
        section[start..start + section[start..].find("</tr>").unwrap()].to_owned()
    };
    assert!(
        row("F84001").contains("data-variation=\"improvement-high\""),
        "{}",
        row("F84001")
    );
    assert!(row("F84002").contains("data-variation=\"common-cause\""));
    assert!(row("F84003").contains("data-variation=\"concern-low\""));
    // The suppressed week is counted, and is a gap in the borough's chart.
    assert!(
        row("F84003").contains("<td data-sort=\"1\">1</td>"),
        "{}",
        row("F84003")
    );
    for measure in Measure::ALL {
        assert!(html.contains(&format!("<section id=\"m-{}\"", measure.as_str())));
    }
    assert_eq!(
        html.matches("<figure class=\"multiple\"").count(),
        3 * Measure::ALL.len()
    );
    let borough = &html[html.find("data-measure=\"access-granted\"").unwrap()..];
    let chart = &borough[..borough.find("</figure>").unwrap()];
    assert!(
        !chart.contains("data-index=\"3\""),
        "week 4 has a suppressed practice: a gap"
    );
    assert!(chart.contains("data-index=\"4\""));
}

#[test]
fn targets_come_from_the_pack_and_a_count_s_borough_target_is_every_practice_s() {
    let dir = tempfile::tempdir().unwrap();
    let files = write_files(dir.path(), &three());
    let pack = dir.path().join("borough.akpack.toml");
    std::fs::write(
        &pack,
        "mdc_targets = { access-granted = 40, median-days-to-access = 14 }\n\
         [pack]\nname = \"Borough\"\nversion = \"1\"\ndate = 2026-11-01\nformat = 1\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    merge(&files, &out, Some(&pack), now(), |_| {}).unwrap();
    let html = std::fs::read_to_string(out.join("borough.html")).unwrap();
    assert!(
        html.contains("Borough target: \u{2068}120\u{2069} a week"),
        "3 × 40, above the limits of 9.2 to 35.8"
    );
    let section = &html[html.find("data-measure=\"access-granted\"").unwrap()..];
    let f84002 = &section[section.find("<tr data-ods=\"F84002\"").unwrap()..];
    assert!(f84002[..f84002.find("</tr>").unwrap()].contains("data-assurance=\"consistent-fail\""));
    assert!(html.contains("from the process pack"));

    let bad = dir.path().join("bad.akpack.toml");
    std::fs::write(&bad, "mdc_fix_limits_after = 3\n[pack]\nname = \"B\"\nversion = \"1\"\ndate = 2026-11-01\nformat = 1\n").unwrap();
    let err = merge(&files, &dir.path().join("never"), Some(&bad), now(), |_| {}).unwrap_err();
    assert!(err.to_string().contains("bad.akpack.toml"), "{err}");
    assert!(!dir.path().join("never").exists(), "nothing written");
}

#[test]
fn a_bad_file_refuses_the_merge_naming_it_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = write_files(dir.path(), &three());
    let broken = dir.path().join("F84009.json");
    std::fs::write(
        &broken,
        "{\"schema\": \"access-kiosk-aggregate\", \"schema_version\": 1",
    )
    .unwrap();
    files.push(broken);
    let out = dir.path().join("out");
    let err = merge(&files, &out, None, now(), |_| {}).unwrap_err();
    assert!(err.to_string().contains("F84009.json"), "{err}");
    assert!(!out.exists());
}
