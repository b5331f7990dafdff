//! What each fuzz target does with one input, shared by the cargo-fuzz targets
//! (`fuzz/fuzz_targets/*.rs`, nightly) and the stable-toolchain driver
//! (`crates/access-kiosk-core/tests/core/fuzz.rs`), so both run exactly the same checks.
//!
//! Each body feeds the input to a parser of outside input the way the app does and checks
//! what must hold whatever the input: no panic, errors that name their file, and whatever
//! is accepted reads back the same.
//!

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// What a target does with one input.
pub type Body = fn(&[u8]);

/// Every target, by name.
pub const TARGETS: &[(&str, Body)] = &[
    ("config", config),
    ("aggregate", aggregate),
    ("fluent_override", fluent_override),
    ("webview_json", webview_json),
    ("process_pack", process_pack),
];

/// A borough's process pack, as an import reads it: parses or is refused in words; an
/// accepted pack written out again parses back the same.
pub fn process_pack(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match access_kiosk_core::practice::pack::parse(text) {
        Ok(pack) => {
            let written = toml::to_string(&pack).expect("an accepted pack writes out");
            let again = access_kiosk_core::practice::pack::parse(&written)
                .expect("a pack we accepted, written out again, is accepted");
            assert_eq!(again, pack);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

/// `practice.toml`: parses, or names the file and line.
pub fn config(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("practice.toml");
    match access_kiosk_core::practice::config::PracticeConfig::parse(text, path) {
        Ok(c) => {
            // What was accepted writes out and reads back the same.
            let again = toml_round_trip(&c);
            assert_eq!(again.as_ref(), Some(&c), "settings round trip");
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with("practice.toml, line "), "{msg}");
        }
    }
}

fn toml_round_trip(
    c: &access_kiosk_core::practice::config::PracticeConfig,
) -> Option<access_kiosk_core::practice::config::PracticeConfig> {
    let text = toml::to_string(c).ok()?;
    access_kiosk_core::practice::config::PracticeConfig::parse(&text, Path::new("practice.toml"))
        .ok()
}

/// A practice's aggregate file, as the borough merge reads it.
pub fn aggregate(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("F84001.json");
    match access_kiosk_core::measures::aggregate::AggregateFile::parse(path, text) {
        Ok(file) => {
            let again =
                access_kiosk_core::measures::aggregate::AggregateFile::parse(path, &file.to_json())
                    .expect("a file we accepted, written out again, is accepted");
            assert_eq!(again, file);
        }
        Err(e) => assert!(e.to_string().contains("F84001.json"), "{e}"),
    }
}

/// A practice's wording override (`locales/{locale}/*.ftl` in the data folder), layered over
/// a small stand-in for the shipped text; then every message is formatted.
pub fn fluent_override(data: &[u8]) {
    use access_kiosk_core::localisation::Locales;
    const SOURCE: &[(&str, &[(&str, &str)])] = &[
        (
            "en-GB",
            &[(
                "kiosk.ftl",
                "form-submit = Send\nidle-countdown = { $seconds } seconds\nlanguage-name = English\n",
            )],
        ),
        ("bn", &[("kiosk.ftl", "form-submit = পাঠান\n")]),
    ];
    let dir = scratch_dir().join("bn");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let file = dir.join("practice.ftl");
    std::fs::write(&file, data).expect("write the override");
    let locales = Locales::from_sources(SOURCE)
        .expect("the stand-in source parses")
        .with_overrides(dir.parent().expect("parent"));
    for p in locales.override_problems() {
        assert!(p.contains("practice.ftl"), "a problem names its file: {p}");
    }
    let mut args = fluent::FluentArgs::new();
    args.set("seconds", 5);
    for tag in ["bn", "en-GB", "xx"] {
        let _ = locales.strings(tag);
        let _ = locales.format(tag, "idle-countdown", Some(&args));
    }
}

/// A per-process scratch folder (fuzzers run many processes side by side).
fn scratch_dir() -> PathBuf {
    std::env::temp_dir().join(format!("access-kiosk-fuzz-{}", std::process::id()))
}

/// JSON as the webview sends it: the interest form and a staff step.
pub fn webview_json(data: &[u8]) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date");
    if let Ok(form) = serde_json::from_slice::<access_kiosk_core::journey::InterestForm>(data) {
        match form.validate(today) {
            Ok(i) => {
                assert_eq!(i.person.first_name, form.first_name.trim());
                assert_eq!(i.person.last_name, form.last_name.trim());
            }
            Err(errors) => assert!(!errors.is_empty(), "a refusal says why"),
        }
    }
    if let Ok(step) = serde_json::from_slice::<access_kiosk_core::journey::sign_up::Step>(data) {
        let _ = step.details();
    }
}

/// Starting points for the stable driver's mutations, and cargo-fuzz's seed corpus.
pub fn seeds(target: &str) -> Vec<Vec<u8>> {
    match target {
        "config" => vec![access_kiosk_core::practice::config::DEFAULT_CONFIG.as_bytes().to_vec()],
        "aggregate" => vec![sample_aggregate().into_bytes()],
        "fluent_override" => vec![
            include_bytes!("../locales/bn/kiosk.ftl").to_vec(),
            b"form-submit = { $n ->\n    [one] one\n   *[other] { $n } others\n}\n-term = x\n"
                .to_vec(),
        ],
        "webview_json" => vec![
            br#"{"firstName":"Amina","lastName":"Begum","dobDay":"7","dobMonth":"3","dobYear":"1990","mobile":"07700 900123","email":"","nhsNumber":"943 476 5919","wantsAppointments":true,"idDocuments":"both"}"#.to_vec(),
            br#"{"step":"identity-verified","method":"vouching","vouchedBy":"Dr Rahman","documents":["passport"]}"#.to_vec(),
            br#"{"step":"access-granted","level":"full-record","risksExplained":["forgotten","coercion"],"proxy":{"relationship":"mother","basis":"patient-consent"}}"#.to_vec(),
        ],
        "process_pack" => vec![br#"languages = ["en-GB", "bn", "so"]
identity_methods = ["documents", "vouching"]
tracking_code = "9IW"
tracking_code_label = "Registered for Access to Patient Facing Services"
retention_days_after_close = 30

[pack]
name = "Borough standard process"
version = "2"
date = "2026-11-01"
format = 1

[messages.en-GB]
script-greeting = "Hello, I can help you see your GP record on your phone."
"#
        .to_vec()],
        _ => Vec::new(),
    }
}

fn sample_aggregate() -> String {
    use access_kiosk_core::measures::{
        Milestone, MilestoneFact, Period, WeekStart, WeeklyMeasures,
    };
    use chrono::{NaiveDate, TimeZone, Utc};
    let period = Period {
        from: NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"),
        to: NaiveDate::from_ymd_opt(2026, 11, 15).expect("date"),
        week_start: WeekStart::Monday,
    };
    let facts = (0..23u32).map(|i| {
        let t = Utc
            .with_ymd_and_hms(2026, 11, 3, 9, i, 0)
            .single()
            .expect("time");
        MilestoneFact {
            milestone: Milestone::InterestRegistered,
            at: t,
            interest_at: t,
            channel: if i < 3 { "phlebotomy" } else { "kiosk" }.into(),
            locale: "bn".into(),
            age_band: "20-35".into(),
            cohorts: vec!["carer".into()],
        }
    });
    access_kiosk_core::measures::aggregate::AggregateFile::from_measures(
        "F84001",
        &WeeklyMeasures::compute(period, facts, []),
        Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0)
            .single()
            .expect("time"),
    )
    .to_json()
}
