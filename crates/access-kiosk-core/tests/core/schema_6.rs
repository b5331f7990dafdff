//! The last schema before today's sign-up process (schema 6: the three access "levels" of
//! before 2023) and its upgrade.
//!
//! The fixture `tests/fixtures/kiosk-schema-6.sqlite3` was made by the app's own code at
//! schema 6 (main at 9e01501), through the same calls the kiosk and the staff face make:
//! patients' forms at the kiosk and the desk, the officer's steps (documents, vouching, NHS
//! login; every access level, with and without a proxy), cohorts, feedback, spread over six
//! weeks. Beside it that code wrote the weekly report of the same database as CSV
//! (`kiosk-schema-6.report.csv`) and its anonymous aggregate file
//! (`kiosk-schema-6.aggregate.json`, aggregate format 1), so the upgrade can be checked
//! against what the old version itself reported.
//!
//! The generator below compiles with later code (forms and steps go in as JSON) but runs
//! only where the code writes schema 6: check out 9e01501, copy this file into
//! `crates/access-kiosk-core/tests/core/`, add `mod schema_6;` to `main.rs`, and run
//! `cargo test -p access-kiosk-core --test core -- --ignored schema_6::`.

use std::path::{Path, PathBuf};

use access_kiosk_core::kiosk::Kiosk;
use access_kiosk_core::measures::{aggregate::AggregateFile, to_csv, Period, WeekStart};
use access_kiosk_core::store::{self, DATABASE_FILE};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use serde_json::{json, Value};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The fixture's PIN for its administrator, "Amir Admin".
pub const FIXTURE_PIN: &str = "402917";

/// The weeks the fixture's reports cover.
pub fn fixture_period() -> Period {
    Period {
        from: NaiveDate::from_ymd_opt(2026, 9, 28).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        week_start: WeekStart::Monday,
    }
}

/// When the fixture's aggregate file says it was made.
pub fn fixture_generated_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap()
}

/// One patient of the fixture: who, where, what they asked for, and what staff did.
struct Patient {
    first: &'static str,
    dob: (&'static str, &'static str, &'static str),
    locale: &'static str,
    /// `None`: at the kiosk; otherwise the desk's channel.
    desk: Option<&'static str>,
    wants: (bool, bool, bool),
    for_someone_else: bool,
    documents_today: &'static str,
    /// Days after the first Monday (5 October 2026) the interest was registered.
    day: i64,
    /// The officer's steps, each with the days after the interest it was recorded.
    steps: Vec<(i64, Value)>,
    cohorts: Vec<&'static str>,
}

fn documents() -> Value {
    json!({ "step": "identity-verified", "method": "documents",
            "documents": ["passport", "utility-bill"] })
}

fn licence_and_bank() -> Value {
    json!({ "step": "identity-verified", "method": "documents",
            "documents": ["driving-licence", "bank-statement"] })
}

fn vouched() -> Value {
    json!({ "step": "identity-verified", "method": "vouching", "vouchedBy": "Dr Rahman" })
}

fn nhs_login() -> Value {
    json!({ "step": "identity-verified", "method": "nhs-login" })
}

fn granted(level: &str) -> Value {
    json!({ "step": "access-granted", "level": level, "risksExplained": [
        "forgotten", "bad-news", "sharing", "coercion", "misunderstanding", "third-party", "keep-safe"
    ] })
}

fn granted_proxy(level: &str, basis: &str) -> Value {
    let mut g = granted(level);
    g["proxy"] = json!({ "relationship": "Mother", "basis": basis });
    g
}

fn coded() -> Value {
    json!({ "step": "coded-9iw" })
}

fn patients() -> Vec<Patient> {
    let p = |first, dob, locale, wants, day, steps: Vec<(i64, Value)>| Patient {
        first,
        dob,
        locale,
        desk: None,
        wants,
        for_someone_else: false,
        documents_today: "both",
        day,
        steps,
        cohorts: vec![],
    };
    let all = (true, true, true);
    let appts = (true, false, false);
    let results = (true, true, false);
    vec![
        // Week 1 (from 5 October).
        p("Rahima", ("12", "6", "1984"), "bn", all, 0, vec![(0, documents()), (0, granted("full-record")), (2, coded())]),
        p("Tom", ("30", "1", "1999"), "en-GB", appts, 0, vec![(1, vouched()), (1, granted("appointments-and-prescriptions")), (3, coded())]),
        p("Hodan", ("2", "9", "1971"), "so", all, 1, vec![(0, json!({ "step": "declined", "reason": "" }))]),
        Patient { desk: Some("phlebotomy"), ..p("Nasreen", ("4", "4", "1958"), "bn", results, 2, vec![(0, documents()), (0, granted("test-results")), (7, coded())]) },
        Patient { cohorts: vec!["long-term-condition"], ..p("Imran", ("19", "11", "1990"), "ur", all, 3, vec![(0, nhs_login()), (0, granted("full-record"))]) },
        // Week 2 (from 12 October).
        p("Ayesha", ("8", "8", "2001"), "ur", all, 7, vec![(0, json!({ "step": "identity-pending", "missing": "Proof of address" })), (5, documents()), (5, granted("test-results")), (6, coded())]),
        p("Giulia", ("23", "2", "1986"), "it", appts, 8, vec![]),
        Patient { for_someone_else: true, documents_today: "photo-id-only", ..p("Sami", ("14", "5", "2017"), "bn", results, 8, vec![(1, documents()), (1, granted_proxy("appointments-and-prescriptions", "parental-responsibility")), (2, coded())]) },
        Patient { desk: Some("reception"), cohorts: vec!["carer", "frequent-attender"], ..p("Marek", ("3", "3", "1966"), "pl", all, 9, vec![(0, licence_and_bank()), (0, granted("full-record")), (1, coded())]) },
        p("Farah", ("10", "10", "1995"), "ar", all, 10, vec![(0, json!({ "step": "could-not-verify", "missing": "Photo ID" }))]),
        // Week 3 (from 19 October).
        p("Li", ("1", "12", "1979"), "zh-Hans", results, 14, vec![(0, nhs_login()), (0, granted("test-results")), (1, coded())]),
        p("Abdul", ("15", "7", "1948"), "bn", all, 14, vec![(2, vouched())]),
        Patient { documents_today: "neither", ..p("Sara", ("21", "6", "2007"), "es", appts, 15, vec![(0, json!({ "step": "withdrawn" }))]) },
        Patient { for_someone_else: true, cohorts: vec!["carer"], ..p("Momtaz", ("9", "1", "1940"), "bn", all, 16, vec![(0, documents()), (0, granted_proxy("full-record", "lasting-power-of-attorney")), (4, coded())]) },
        // Week 4 (from 26 October).
        Patient { desk: Some("ltc-clinic"), cohorts: vec!["long-term-condition"], ..p("Olu", ("17", "8", "1962"), "en-GB", all, 21, vec![(0, documents()), (0, granted("full-record")), (9, coded())]) },
        p("Ana", ("5", "5", "1993"), "pt", results, 22, vec![(0, documents()), (0, granted("appointments-and-prescriptions"))]),
        p("Deniz", ("28", "2", "1988"), "tr", all, 23, vec![(0, json!({ "step": "identity-pending", "missing": "Photo ID" }))]),
        // Week 5 (from 2 November).
        p("Ionut", ("11", "11", "1975"), "ro", all, 28, vec![(0, nhs_login()), (0, granted("full-record")), (0, coded())]),
        p("Rokeya", ("6", "6", "1983"), "bn", all, 29, vec![]),
        Patient { desk: Some("new-registration"), ..p("Jonas", ("13", "3", "2004"), "lt", appts, 30, vec![(0, documents())]) },
        // Week 6 (from 9 November).
        p("Claire", ("22", "9", "1969"), "fr", results, 35, vec![(0, documents()), (0, granted("test-results")), (1, coded())]),
        Patient { for_someone_else: true, ..p("Yusuf", ("30", "4", "2012"), "ur", all, 36, vec![(0, documents()), (0, granted_proxy("test-results", "parental-responsibility"))]) },
        p("Shirin", ("2", "2", "1997"), "bn", (true, false, true), 37, vec![(0, documents()), (0, granted("full-record"))]),
    ]
}

fn at(day: i64, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 10, 5, hour, 15, 0).unwrap() + Duration::days(day)
}

fn unwrap_or_panic<T, E: std::fmt::Debug>(r: Result<T, E>, what: &str) -> T {
    r.unwrap_or_else(|e| panic!("{what}: {e:?}"))
}

/// Builds the schema-6 fixture, its report and its aggregate file with the code at hand,
/// which must be the code that writes schema 6 (see the module's notes).
#[test]
#[ignore]
fn regenerate_the_schema_6_fixture() {
    assert_eq!(
        store::schema_version(),
        6,
        "the schema-6 fixture is made by the code that writes schema 6 (main at 9e01501)"
    );
    let dir = tempfile::tempdir().unwrap();
    let kiosk = Kiosk::open(dir.path()).unwrap();
    let start = at(0, 8);
    let admin = unwrap_or_panic(kiosk.create_first_admin("Amir Admin", FIXTURE_PIN, start), "admin");
    unwrap_or_panic(kiosk.log_in(admin.member.id, FIXTURE_PIN, start), "log in");
    for (n, p) in patients().into_iter().enumerate() {
        let when = at(p.day, 9 + (n % 8) as u32);
        let form = serde_json::from_value(json!({
            "firstName": p.first, "lastName": "Fixture",
            "dobDay": p.dob.0, "dobMonth": p.dob.1, "dobYear": p.dob.2,
            "mobile": format!("07700 900{:03}", 100 + n), "email": "",
            "nhsNumber": if n % 3 == 0 { "943 476 5919" } else { "" },
            "wantsAppointments": p.wants.0, "wantsTestResults": p.wants.1,
            "wantsFullRecord": p.wants.2, "forSomeoneElse": p.for_someone_else,
            "idDocuments": p.documents_today,
        }))
        .unwrap();
        // Staff log in again before each patient: a session times out after 5 minutes.
        unwrap_or_panic(kiosk.log_in(admin.member.id, FIXTURE_PIN, when), "log in");
        let id = match p.desk {
            None => {
                let reference = unwrap_or_panic(kiosk.submit_interest(&form, p.locale, when), "submit").reference;
                unwrap_or_panic(kiosk.queue(&reference, when), "queue")[0].journey.id
            }
            Some(channel) => {
                let channel = serde_json::from_value(json!(channel)).unwrap();
                unwrap_or_panic(kiosk.start_journey(&form, p.locale, channel, when), "desk").id
            }
        };
        if !p.cohorts.is_empty() {
            let cohorts: Vec<_> = serde_json::from_value(json!(p.cohorts)).unwrap();
            unwrap_or_panic(kiosk.set_cohorts(id, &cohorts, when), "cohorts");
        }
        for (i, (after, step)) in p.steps.into_iter().enumerate() {
            let then = when + Duration::days(after) + Duration::minutes(i as i64 + 1);
            unwrap_or_panic(kiosk.log_in(admin.member.id, FIXTURE_PIN, then), "log in");
            let step = serde_json::from_value(step).unwrap();
            unwrap_or_panic(kiosk.record_step(id, &step, then), "step");
        }
        if n % 4 == 1 {
            let reason = serde_json::from_value(json!(["no-device", "privacy", "dont-know-how"][n % 3])).unwrap();
            unwrap_or_panic(kiosk.patient_feedback(reason, p.locale, when), "feedback");
        }
    }
    drop(kiosk);

    // The report and the aggregate file, as this version made them.
    let fixtures = fixtures();
    let db = dir.path().join(DATABASE_FILE);
    let store = store::Store::open(&db).unwrap();
    let measures =
        access_kiosk_core::reports::weekly_measures(&store, fixture_period(), |_, _| {}).unwrap();
    std::fs::write(fixtures.join("kiosk-schema-6.report.csv"), to_csv(&measures.rows())).unwrap();
    let aggregate = AggregateFile::from_measures("F84999", &measures, fixture_generated_at());
    std::fs::write(fixtures.join("kiosk-schema-6.aggregate.json"), aggregate.to_json()).unwrap();
    let target = fixtures.join("kiosk-schema-6.sqlite3");
    let _ = std::fs::remove_file(&target);
    store.copy_to(&target).unwrap();
}
