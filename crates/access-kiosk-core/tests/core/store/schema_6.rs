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
//! only where the code writes schema 6: check out 9e01501, copy this file
//! (`crates/access-kiosk-core/tests/core/store/schema_6.rs`) to that checkout's
//! `crates/access-kiosk-core/tests/core/schema_6.rs` (its tests were not yet in folders), add
//! `mod schema_6;` to its `tests/core/main.rs`, and run
//! `cargo test -p access-kiosk-core --test core -- --ignored schema_6::` (removing the set-up
//! code argument the security round added to `create_first_admin`). Here the test is
//! `store::schema_6::regenerate_the_schema_6_fixture`, and it refuses to run on today's schema.

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
        p(
            "Rahima",
            ("12", "6", "1984"),
            "bn",
            all,
            0,
            vec![(0, documents()), (0, granted("full-record")), (2, coded())],
        ),
        p(
            "Tom",
            ("30", "1", "1999"),
            "en-GB",
            appts,
            0,
            vec![
                (1, vouched()),
                (1, granted("appointments-and-prescriptions")),
                (3, coded()),
            ],
        ),
        p(
            "Hodan",
            ("2", "9", "1971"),
            "so",
            all,
            1,
            vec![(0, json!({ "step": "declined", "reason": "" }))],
        ),
        Patient {
            desk: Some("phlebotomy"),
            ..p(
                "Nasreen",
                ("4", "4", "1958"),
                "bn",
                results,
                2,
                vec![(0, documents()), (0, granted("test-results")), (7, coded())],
            )
        },
        Patient {
            cohorts: vec!["long-term-condition"],
            ..p(
                "Imran",
                ("19", "11", "1990"),
                "ur",
                all,
                3,
                vec![(0, nhs_login()), (0, granted("full-record"))],
            )
        },
        // Week 2 (from 12 October).
        p(
            "Ayesha",
            ("8", "8", "2001"),
            "ur",
            all,
            7,
            vec![
                (
                    0,
                    json!({ "step": "identity-pending", "missing": "Proof of address" }),
                ),
                (5, documents()),
                (5, granted("test-results")),
                (6, coded()),
            ],
        ),
        p("Giulia", ("23", "2", "1986"), "it", appts, 8, vec![]),
        Patient {
            for_someone_else: true,
            documents_today: "photo-id-only",
            ..p(
                "Sami",
                ("14", "5", "2017"),
                "bn",
                results,
                8,
                vec![
                    (1, documents()),
                    (
                        1,
                        granted_proxy("appointments-and-prescriptions", "parental-responsibility"),
                    ),
                    (2, coded()),
                ],
            )
        },
        Patient {
            desk: Some("reception"),
            cohorts: vec!["carer", "frequent-attender"],
            ..p(
                "Marek",
                ("3", "3", "1966"),
                "pl",
                all,
                9,
                vec![
                    (0, licence_and_bank()),
                    (0, granted("full-record")),
                    (1, coded()),
                ],
            )
        },
        p(
            "Farah",
            ("10", "10", "1995"),
            "ar",
            all,
            10,
            vec![(
                0,
                json!({ "step": "could-not-verify", "missing": "Photo ID" }),
            )],
        ),
        // Week 3 (from 19 October).
        p(
            "Li",
            ("1", "12", "1979"),
            "zh-Hans",
            results,
            14,
            vec![(0, nhs_login()), (0, granted("test-results")), (1, coded())],
        ),
        p(
            "Abdul",
            ("15", "7", "1948"),
            "bn",
            all,
            14,
            vec![(2, vouched())],
        ),
        Patient {
            documents_today: "neither",
            ..p(
                "Sara",
                ("21", "6", "2007"),
                "es",
                appts,
                15,
                vec![(0, json!({ "step": "withdrawn" }))],
            )
        },
        Patient {
            for_someone_else: true,
            cohorts: vec!["carer"],
            ..p(
                "Momtaz",
                ("9", "1", "1940"),
                "bn",
                all,
                16,
                vec![
                    (0, documents()),
                    (0, granted_proxy("full-record", "lasting-power-of-attorney")),
                    (4, coded()),
                ],
            )
        },
        // Week 4 (from 26 October).
        Patient {
            desk: Some("ltc-clinic"),
            cohorts: vec!["long-term-condition"],
            ..p(
                "Olu",
                ("17", "8", "1962"),
                "en-GB",
                all,
                21,
                vec![(0, documents()), (0, granted("full-record")), (9, coded())],
            )
        },
        p(
            "Ana",
            ("5", "5", "1993"),
            "pt",
            results,
            22,
            vec![
                (0, documents()),
                (0, granted("appointments-and-prescriptions")),
            ],
        ),
        p(
            "Deniz",
            ("28", "2", "1988"),
            "tr",
            all,
            23,
            vec![(
                0,
                json!({ "step": "identity-pending", "missing": "Photo ID" }),
            )],
        ),
        // Week 5 (from 2 November).
        p(
            "Ionut",
            ("11", "11", "1975"),
            "ro",
            all,
            28,
            vec![(0, nhs_login()), (0, granted("full-record")), (0, coded())],
        ),
        p("Rokeya", ("6", "6", "1983"), "bn", all, 29, vec![]),
        Patient {
            desk: Some("new-registration"),
            ..p(
                "Jonas",
                ("13", "3", "2004"),
                "lt",
                appts,
                30,
                vec![(0, documents())],
            )
        },
        // Week 6 (from 9 November).
        p(
            "Claire",
            ("22", "9", "1969"),
            "fr",
            results,
            35,
            vec![(0, documents()), (0, granted("test-results")), (1, coded())],
        ),
        Patient {
            for_someone_else: true,
            ..p(
                "Yusuf",
                ("30", "4", "2012"),
                "ur",
                all,
                36,
                vec![
                    (0, documents()),
                    (0, granted_proxy("test-results", "parental-responsibility")),
                ],
            )
        },
        p(
            "Shirin",
            ("2", "2", "1997"),
            "bn",
            (true, false, true),
            37,
            vec![(0, documents()), (0, granted("full-record"))],
        ),
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
    let admin = unwrap_or_panic(
        // At 9e01501 the call took no set-up code: drop the first argument there.
        kiosk.create_first_admin(
            &kiosk.setup_code_for_tests(),
            "Amir Admin",
            FIXTURE_PIN,
            start,
        ),
        "admin",
    );
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
                let reference =
                    unwrap_or_panic(kiosk.submit_interest(&form, p.locale, when), "submit")
                        .reference;
                unwrap_or_panic(kiosk.queue(&reference, when), "queue")[0]
                    .journey
                    .id
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
            let reason =
                serde_json::from_value(json!(["no-device", "privacy", "dont-know-how"][n % 3]))
                    .unwrap();
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
    std::fs::write(
        fixtures.join("kiosk-schema-6.report.csv"),
        to_csv(&measures.rows()),
    )
    .unwrap();
    let aggregate = AggregateFile::from_measures("F84999", &measures, fixture_generated_at());
    std::fs::write(
        fixtures.join("kiosk-schema-6.aggregate.json"),
        aggregate.to_json(),
    )
    .unwrap();
    let target = fixtures.join("kiosk-schema-6.sqlite3");
    let _ = std::fs::remove_file(&target);
    store.copy_to(&target).unwrap();
}

/// One journey of the schema-6 fixture, as that version stored it.
struct OldJourney {
    reference: String,
    status: String,
    /// Appointments, test results, full record.
    wants: (bool, bool, bool),
    level: Option<String>,
    /// The basis of a proxy granted with the access.
    proxy: Option<String>,
}

fn old_journeys(conn: &rusqlite::Connection) -> Vec<OldJourney> {
    let mut stmt = conn
        .prepare(
            "SELECT j.reference, j.status, j.wants_appointments, j.wants_test_results,
                    j.wants_full_record, j.access_level,
                    (SELECT json_extract(e.details, '$.proxy.basis') FROM journey_event e
                     WHERE e.journey_id = j.id AND e.kind = 'access-granted')
             FROM journey j ORDER BY j.id",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok(OldJourney {
            reference: r.get(0)?,
            status: r.get(1)?,
            wants: (r.get(2)?, r.get(3)?, r.get(4)?),
            level: r.get(5)?,
            proxy: r.get(6)?,
        })
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// The rows of a weekly CSV by (week, measure, breakdown, group) → value.
fn csv_cells(csv: &str) -> std::collections::BTreeMap<(String, String, String, String), String> {
    csv.lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            assert_eq!(f.len(), 6, "{l}");
            (
                (f[0].into(), f[2].into(), f[3].into(), f[4].into()),
                f[5].into(),
            )
        })
        .collect()
}

#[test]
fn a_schema_6_database_moves_to_todays_process_faithfully_and_its_reports_agree() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DATABASE_FILE);
    std::fs::copy(fixtures().join("kiosk-schema-6.sqlite3"), &db).unwrap();
    let old = {
        let conn = rusqlite::Connection::open(&db).unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, 6, "the fixture is at schema 6");
        old_journeys(&conn)
    };
    assert_eq!(old.len(), 23);

    let store = store::Store::open(&db).unwrap();
    assert_eq!(store.user_version().unwrap(), store::schema_version());
    let conn = rusqlite::Connection::open(&db).unwrap();
    // What staff typed then (who vouched, a proxy's relationship) is sealed at the upgrade:
    // not in the history, nor anywhere in the file or its WAL.
    let typed: i64 = conn
        .query_row(
            "SELECT count(*) FROM journey_event
             WHERE details LIKE '%Rahman%' OR details LIKE '%Mother%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(typed, 0, "staff free text left in clear in the history");
    for file in [db.clone(), db.with_extension("sqlite3-wal")] {
        let bytes = std::fs::read(&file).unwrap_or_default();
        for word in ["Dr Rahman", "Mother"] {
            assert!(
                !bytes.windows(word.len()).any(|w| w == word.as_bytes()),
                "{word} in clear in {}",
                file.display()
            );
        }
    }
    for OldJourney {
        reference,
        status,
        wants: (appts, results, full),
        level,
        proxy,
    } in &old
    {
        let (
            new_status,
            services_wanted,
            entries_wanted,
            older_wanted,
            services,
            new_entries,
            codes_due,
        ): (
            String,
            bool,
            bool,
            bool,
            Option<bool>,
            Option<String>,
            String,
        ) = conn
            .query_row(
                "SELECT status, wants_services, wants_new_entries, wants_older_record, services,
                        new_entries, codes_due FROM journey WHERE reference = ?1",
                [reference],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                    ))
                },
            )
            .unwrap_or_else(|e| panic!("{reference} survives: {e}"));
        assert_eq!(&new_status, status, "{reference}");
        // appointments -> services; test results -> services + new entries; full record ->
        // services + new entries + the older record.
        assert_eq!(services_wanted, *appts || *results || *full, "{reference}");
        assert_eq!(entries_wanted, *results || *full, "{reference}");
        assert_eq!(older_wanted, *full, "{reference}");
        match level.as_deref() {
            None => assert_eq!(
                (services, new_entries.as_deref()),
                (None, None),
                "{reference}"
            ),
            Some("appointments-and-prescriptions") => {
                assert_eq!(
                    (services, new_entries.as_deref()),
                    (Some(true), None),
                    "{reference}"
                )
            }
            Some(_) => assert_eq!(
                (services, new_entries.as_deref()),
                (Some(true), Some("on")),
                "{reference}"
            ),
        }
        assert_eq!(
            codes_due,
            if status == "access-granted" {
                "[\"sign-up\"]"
            } else {
                "[]"
            },
            "{reference}: granted and not coded is still to code"
        );
        let older: Option<(String, String, String, String)> = conn
            .query_row(
                "SELECT o.scope, o.status, o.granted_from,
                        (SELECT substr(e.at, 1, 10) FROM journey_event e
                         WHERE e.journey_id = j.id AND e.kind = 'access-granted')
                 FROM older_record_request o JOIN journey j ON j.id = o.journey_id
                 WHERE j.reference = ?1",
                [reference],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .ok();
        match level.as_deref() {
            Some("full-record") => {
                let (scope, status, from, granted_on) = older.expect("a full record granted");
                assert_eq!(
                    (scope.as_str(), status.as_str()),
                    ("full-record", "granted")
                );
                assert_eq!(from, granted_on, "granted from the day of that grant");
            }
            _ => assert!(older.is_none(), "{reference}: no request was ever decided"),
        }
        let basis: Option<String> = conn
            .query_row(
                "SELECT p.basis FROM proxy_access p JOIN journey j ON j.id = p.journey_id
                 WHERE j.reference = ?1 AND p.status = 'active'",
                [reference],
                |r| r.get(0),
            )
            .ok();
        assert_eq!(
            &basis, proxy,
            "{reference}: a proxy granted then is an active proxy now"
        );
    }

    // Every count the last version reported is the same now; the new measures are added.
    let measures =
        access_kiosk_core::reports::weekly_measures(&store, fixture_period(), |_, _| {}).unwrap();
    let before =
        csv_cells(&std::fs::read_to_string(fixtures().join("kiosk-schema-6.report.csv")).unwrap());
    let after = csv_cells(&to_csv(&measures.rows()));
    assert!(before.len() > 1000, "{} cells", before.len());
    for (cell, value) in &before {
        assert_eq!(after.get(cell), Some(value), "{cell:?}");
    }
    let total = |measure: &str| -> u32 {
        after
            .iter()
            .filter(|((_, m, b, _), _)| m == measure && b == "total")
            .map(|(_, v)| v.parse::<u32>().unwrap_or(0))
            .sum()
    };
    let full_grants = old
        .iter()
        .filter(|j| j.level.as_deref() == Some("full-record"))
        .count() as u32;
    assert_eq!(total("older-record-granted"), full_grants);
    assert_eq!(total("older-record-requested"), full_grants);
    assert_eq!(total("older-record-declined"), 0);
    assert_eq!(
        total("proxy-access-granted"),
        old.iter().filter(|j| j.proxy.is_some()).count() as u32
    );

    // The borough file: every published cell of the old one is the same in the new one.
    let new_file = AggregateFile::from_measures("F84999", &measures, fixture_generated_at());
    let old_file = AggregateFile::parse(
        &fixtures().join("kiosk-schema-6.aggregate.json"),
        &std::fs::read_to_string(fixtures().join("kiosk-schema-6.aggregate.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(old_file.weeks.len(), new_file.weeks.len());
    for (o, n) in old_file.weeks.iter().zip(&new_file.weeks) {
        for (milestone, counts) in &o.counts {
            assert_eq!(
                Some(counts),
                n.counts.get(milestone),
                "{} {milestone:?}",
                o.week
            );
        }
        assert_eq!(o.median_days_to_access, n.median_days_to_access);
        assert_eq!(o.feedback, n.feedback);
    }
}

#[test]
fn a_migrated_wish_for_the_older_record_is_on_the_older_records_worklist_not_a_request() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DATABASE_FILE);
    std::fs::copy(fixtures().join("kiosk-schema-6.sqlite3"), &db).unwrap();
    let old = old_journeys(&rusqlite::Connection::open(&db).unwrap());
    // Asked for the full record then, not granted it, and the sign-up is still going.
    let mut wished: Vec<&str> = old
        .iter()
        .filter(|j| {
            j.wants.2
                && j.level.as_deref() != Some("full-record")
                && !["declined", "withdrawn", "could-not-verify"].contains(&j.status.as_str())
        })
        .map(|j| j.reference.as_str())
        .collect();
    assert!(!wished.is_empty(), "the fixture has such a sign-up");
    let store = store::Store::open(&db).unwrap();
    // The details are sealed to the fixture's own key: rows still list, marked unreadable.
    let (_, key) = access_kiosk_core::privacy::PracticeKeys::generate().unwrap();
    let entries = store.older_record_worklist(&key).unwrap();
    let mut listed: Vec<&str> = entries
        .iter()
        .map(|e| e.journey.reference.as_str())
        .collect();
    assert!(
        entries.iter().all(|e| e.sign_up.older_record.is_none()),
        "the migration made no request of a wish: it is listed as asked, not requested"
    );
    wished.sort_unstable();
    listed.sort_unstable();
    assert_eq!(listed, wished);
}
