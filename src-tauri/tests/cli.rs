//! The command-line face, run as the real binary over a real data folder: reports equal
//! what the library counts, the aggregate export and the borough merge round-trip, bad
//! files are refused with a plain message, and `check` reads a database without changing it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use access_kiosk_core::journey::{IdDocumentsToday, InterestForm};
use access_kiosk_core::measures::aggregate::AggregateFile;
use access_kiosk_core::measures::{Measure, Period, WeekStart};
use chrono::{Datelike, Duration, Utc};

fn kiosk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_access-kiosk"))
        .args(args)
        .env_remove("ACCESS_KIOSK_DATA_DIR")
        .output()
        .expect("run access-kiosk")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A data folder with `n` interests registered today through the library, and its ODS code.
fn practice(ods: &str, n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("practice.toml"),
        access_kiosk_core::practice::config::DEFAULT_CONFIG.replace("F84999", ods),
    )
    .unwrap();
    let k = access_kiosk_core::testing::open_kiosk_in(dir.path());
    access_kiosk_core::testing::set_up_at(&k, "Amir Admin", "402917", Utc::now());
    for i in 0..n {
        let form = InterestForm {
            first_name: ["Amina", "Bashir", "Chen", "Dorota", "Eko"][i % 5].into(),
            last_name: "Hussain".into(),
            dob_day: "14".into(),
            dob_month: "3".into(),
            dob_year: "1988".into(),
            mobile: "07700 900123".into(),
            nhs_app: Some(access_kiosk_core::journey::NhsApp::No),
            wants_services: true,
            id_documents: Some(IdDocumentsToday::Both),
            ..Default::default()
        };
        k.submit_interest(&form, "so", last_week()).unwrap();
    }
    dir
}

/// Noon on Wednesday of last week: in the latest week the reports count whole (the week in
/// progress is left out of the aggregate file and the NHS tools' CSV, since it holds only
/// part of a week), whatever the day and the tablet's time zone.
fn last_week() -> chrono::DateTime<Utc> {
    last_sunday()
        .checked_sub_signed(Duration::days(4))
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
        .and_utc()
}

/// The Sunday that ended last week.
fn last_sunday() -> chrono::NaiveDate {
    let today = Utc::now().date_naive();
    today - Duration::days(i64::from(today.weekday().num_days_from_monday()) + 1)
}

fn dir_arg(d: &Path) -> String {
    d.display().to_string()
}

/// `access-kiosk report` on the data folder `d` from `from` to `to`, with `more` arguments.
fn report(d: &Path, from: &str, to: &str, more: &[&str]) -> Output {
    let dir = dir_arg(d);
    let mut args = vec!["report", "--data-dir", &dir, "--from", from, "--to", to];
    args.extend_from_slice(more);
    kiosk(&args)
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["report", "--help"],
        vec!["export-aggregate", "--help"],
        vec!["borough", "merge", "--help"],
        vec!["check", "--help"],
        vec!["setup-code", "--help"],
    ] {
        let o = kiosk(&args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).contains("Usage:"), "{args:?}");
    }
    assert!(stdout(&kiosk(&["report", "--help"])).contains("--from"));
}

/// The set-up code is for someone with the tablet's own access: printed by the command line
/// (the same code the kiosk checks), and gone once the kiosk is set up.
#[test]
fn setup_code_prints_the_one_time_code_until_the_kiosk_is_set_up() {
    let dir = tempfile::tempdir().unwrap();
    let k = access_kiosk_core::testing::open_kiosk_in(dir.path());
    let o = kiosk(&["setup-code", "--data-dir", &dir_arg(dir.path())]);
    assert!(o.status.success(), "{}", stderr(&o));
    let code = stdout(&o).trim().to_owned();
    assert_eq!(
        code,
        k.setup_code_for_tests().trim(),
        "the code the kiosk checks"
    );
    k.create_first_admin(&code, "Amir Admin", "402917", Utc::now())
        .unwrap();
    let o = kiosk(&["setup-code", "--data-dir", &dir_arg(dir.path())]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("set up already"), "{}", stderr(&o));
}

#[test]
fn the_report_equals_what_the_library_counts() {
    let d = practice("F84001", 3);
    let today = Utc::now().date_naive();
    let from = (today - Duration::weeks(4)).to_string();
    let to = today.to_string();
    let o = report(d.path(), &from, &to, &["--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let k = access_kiosk_core::testing::open_kiosk_in(d.path());
    let period = Period {
        from: today - Duration::weeks(4),
        to: today,
        week_start: WeekStart::Monday,
    };
    let m = access_kiosk_core::reports::weekly_measures(&k.store(), period, |_, _| {}).unwrap();
    assert_eq!(stdout(&o), access_kiosk_core::measures::to_csv(&m.rows()));
    assert!(stdout(&o).contains(",interest-registered,language,so,3\n"));

    let json = report(d.path(), &from, &to, &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(v["ods_code"], "F84001");
    assert!(
        !stdout(&json).contains("Hussain"),
        "no personal data in reports"
    );

    let bad = report(d.path(), "25/11/2026", &to, &[]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("is not a date like 2026-11-25"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn a_file_from_the_last_version_merges_with_this_versions_and_says_what_it_lacks() {
    let work = tempfile::tempdir().unwrap();
    let d = practice("F84001", 9);
    let new = work.path().join("F84001.json");
    let o = kiosk(&[
        "export-aggregate",
        "--data-dir",
        &dir_arg(d.path()),
        "--out",
        &dir_arg(&new),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Written by the version before the older-record and proxy measures (format 1).
    let old = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../crates/access-kiosk-core/tests/fixtures/kiosk-schema-6.aggregate.json");
    let out = work.path().join("borough");
    let o = kiosk(&[
        "borough",
        "merge",
        &dir_arg(&new),
        &dir_arg(&old),
        "--out",
        &dir_arg(&out),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = std::fs::read_to_string(out.join("borough.csv")).unwrap();
    // The old file's week of 5 October: its interests count, its older-record requests are
    // said to be not reported rather than counted as none.
    assert!(
        csv.contains("\n2026-10-05,2026-W41,F84999,interest-registered,total,,,1,0\n"),
        "5 interests that week: suppressed\n{csv}"
    );
    assert!(
        csv.contains("\n2026-10-05,2026-W41,BOROUGH,older-record-requested,total,,0,0,1\n"),
        "{csv}"
    );
}

#[test]
fn three_practices_merge_into_their_sum_and_bad_files_are_refused() {
    let work = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = Vec::new();
    for (ods, n) in [("F84001", 9), ("F84002", 12), ("F84003", 20)] {
        let d = practice(ods, n);
        let out = work.path().join(format!("{ods}.json"));
        let o = kiosk(&[
            "export-aggregate",
            "--data-dir",
            &dir_arg(d.path()),
            "--out",
            &dir_arg(&out),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        let file = AggregateFile::parse(&out, &std::fs::read_to_string(&out).unwrap()).unwrap();
        assert_eq!(file.ods_code, ods);
        files.push(out);
    }
    let out = work.path().join("borough");
    let mut args = vec!["borough".to_owned(), "merge".to_owned()];
    args.extend(files.iter().map(|f| dir_arg(f)));
    args.extend(["--out".to_owned(), dir_arg(&out)]);
    let o = kiosk(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = std::fs::read_to_string(out.join("borough.csv")).unwrap();
    // Published: 9 → 10, 12 → 10, 20 → 20; the borough row is their sum.
    let this_week: Vec<&str> = csv
        .lines()
        .filter(|l| l.contains(",interest-registered,total,,") && !l.ends_with(",0,0,0"))
        .collect();
    assert_eq!(this_week.len(), 4, "{this_week:?}");
    assert!(
        this_week
            .iter()
            .any(|l| l.contains(",BOROUGH,") && l.ends_with(",40,0,0")),
        "{this_week:?}"
    );
    for m in [
        "interest-registered",
        "identity-verified",
        "access-granted",
        "coded-9iw",
        "older-record-requested",
        "older-record-granted",
        "older-record-declined",
        "proxy-access-granted",
    ] {
        let svg = std::fs::read_to_string(out.join(format!("{m}.svg"))).unwrap();
        assert!(svg.starts_with("<svg"), "{m}");
    }
    let html = std::fs::read_to_string(out.join("borough.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(
        html.matches("<tr data-ods=\"F84002\"").count(),
        Measure::ALL.len(),
        "a row in every measure"
    );
    assert!(stderr(&o).contains("borough.html"), "{}", stderr(&o));

    // Many files: the merge says how far it has got. A pack that cannot be used is named.
    let mut many = Vec::new();
    for k in 0..12 {
        let mut f =
            AggregateFile::parse(&files[0], &std::fs::read_to_string(&files[0]).unwrap()).unwrap();
        f.ods_code = format!("F85{k:03}");
        let path = work.path().join(format!("{}.json", f.ods_code));
        std::fs::write(&path, f.to_json()).unwrap();
        many.push(dir_arg(&path));
    }
    let out3 = work.path().join("many");
    let mut args: Vec<String> = vec!["borough".into(), "merge".into()];
    args.extend(many.iter().cloned());
    args.extend(["--out".into(), dir_arg(&out3)]);
    let o = kiosk(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("Read 12 of 12: "), "{}", stderr(&o));
    let charted = format!("Charted {0} of {0} measures", Measure::ALL.len());
    assert!(stderr(&o).contains(&charted), "{}", stderr(&o));
    let pack = work.path().join("typo.akpack.toml");
    std::fs::write(&pack, "mdc_targets = { sign-ups = 3 }\n").unwrap();
    args.extend(["--pack".into(), dir_arg(&pack)]);
    let o = kiosk(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("typo.akpack.toml was refused"),
        "{}",
        stderr(&o)
    );

    // A malformed file stops the merge with a plain message, and nothing is written.
    let broken = work.path().join("broken.json");
    std::fs::write(
        &broken,
        "{\"schema\": \"access-kiosk-aggregate\", \"schema_version\": 1",
    )
    .unwrap();
    let out2 = work.path().join("never");
    let o = kiosk(&[
        "borough",
        "merge",
        &dir_arg(&files[0]),
        &dir_arg(&broken),
        "--out",
        &dir_arg(&out2),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("broken.json was refused: not JSON"),
        "{}",
        stderr(&o)
    );
    assert!(
        !stderr(&o).contains("Error("),
        "no Rust debug text: {}",
        stderr(&o)
    );
    assert!(!out2.exists());
}

#[test]
fn one_measure_in_the_nhs_tools_shape() {
    let d = practice("F84001", 3);
    // The two whole weeks before this one, Monday to Sunday.
    let from = (last_sunday() - Duration::days(13)).to_string();
    let to = last_sunday().to_string();
    let o = report(
        d.path(),
        &from,
        &to,
        &["--format", "nhs-spc", "--measure", "interest-registered"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = stdout(&o);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "date,value,target,rebase");
    assert!(lines.len() >= 3, "{csv}");
    assert!(
        lines.last().unwrap().ends_with(",3,,0"),
        "last week's three, the last whole week: {csv}"
    );
    let bad = report(
        d.path(),
        &from,
        &to,
        &["--format", "nhs-spc", "--measure", "sign-ups"],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("is not a measure"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn check_reports_integrity_and_schema_without_changing_the_file() {
    let d = practice("F84001", 1);
    let db = d.path().join("kiosk.sqlite3");
    let before = std::fs::read(&db).unwrap();
    let o = kiosk(&["check", "--data-dir", &dir_arg(d.path())]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("integrity: ok"), "{}", stdout(&o));
    assert!(stdout(&o).contains(&format!(
        "schema version: {}",
        access_kiosk_core::store::schema_version()
    )));
    assert_eq!(std::fs::read(&db).unwrap(), before);

    let empty = tempfile::tempdir().unwrap();
    let o = report(empty.path(), "2026-01-01", "2026-02-01", &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("has no kiosk database"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn pack_check_prints_a_pack_or_why_it_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("borough.akpack.toml");
    std::fs::write(
        &good,
        "tracking_code = \"XaZ12\"\n[pack]\nname = \"Borough\"\nversion = 2\n\
         date = 2026-11-01\nformat = 1\n[messages.en-GB]\nscript-greeting = \"Hello.\"\n",
    )
    .unwrap();
    let out = kiosk(&["pack", "check", good.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Borough version 2 (2026-11-01)"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("wording (en-GB): script-greeting"));

    let bad = dir.path().join("bad.akpack.toml");
    std::fs::write(&bad, "ods_code = \"F84001\"\n[pack]\nname = \"x\"\n").unwrap();
    let out = kiosk(&["pack", "check", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("ods_code"), "{}", stderr(&out));
}
