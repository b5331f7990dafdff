//! Parsers of files: settings, aggregate files, a practice's wording.

use super::*;

// ---- Parsers of files: settings, aggregates, wording overrides ----------------------------

/// The default settings with one line's value replaced by `value`.
fn settings_with(line: usize, value: &str) -> String {
    DEFAULT_CONFIG
        .lines()
        .enumerate()
        .map(|(i, l)| match l.split_once('=') {
            Some((key, _)) if i == line => format!("{key}= {value}"),
            _ => l.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn assert_config_error_is_located(text: &str, e: &ConfigError) {
    match e {
        ConfigError::Invalid { path, line, .. } => {
            assert_eq!(path, Path::new("practice.toml"));
            assert!(*line <= text.lines().count() + 1, "line {line} of {text:?}");
            assert!(e.to_string().starts_with("practice.toml, line "));
        }
        other => panic!("parsing text can only be Invalid, got {other}"),
    }
}

pub(super) fn sample_aggregate() -> AggregateFile {
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

    #[test]
    fn any_settings_text_parses_or_names_a_line_and_setting(text in hostile_text()) {
        if let Err(e) = PracticeConfig::parse(&text, Path::new("practice.toml")) {
            assert_config_error_is_located(&text, &e);
        }
    }

    #[test]
    fn a_hostile_value_on_any_line_of_the_settings_is_located_not_crashed_on(
        line in 0usize..DEFAULT_CONFIG.lines().count(),
        value in prop_oneof![
            hostile_text(),
            hostile_text().prop_map(|s| format!("{:?}", s)),
            any::<i64>().prop_map(|n| n.to_string()),
            Just("[".to_owned()), Just("\"\"\"".to_owned()), Just("{ a = 1 }".to_owned()),
        ],
    ) {
        let text = settings_with(line, &value);
        if let Err(e) = PracticeConfig::parse(&text, Path::new("practice.toml")) {
            assert_config_error_is_located(&text, &e);
        }
    }

    #[test]
    fn hostile_practice_names_and_printers_are_kept_faithfully(name in hostile_text(), printer in hostile_text()) {
        prop_assume!(!name.trim().is_empty());
        let mut c = PracticeConfig::parse(DEFAULT_CONFIG, Path::new("practice.toml")).unwrap();
        c.practice_name = name;
        c.printer = printer;
        let text = toml::to_string(&c).unwrap();
        let back = PracticeConfig::parse(&text, Path::new("practice.toml")).unwrap();
        prop_assert_eq!(back, c);
    }

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
}

proptest! {
    // Each case loads every shipped language: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_practice_wording_file_is_layered_or_reported_and_every_message_still_formats(
        text in prop_oneof![
            hostile_text(),
            hostile_text().prop_map(|s| format!("form-submit = {s}\n")),
            hostile_text().prop_map(|s| format!("form-submit =\n    {s}\nkiosk-x = {{ $n ->\n [one] a\n *[other] {s}\n}}\n")),
        ]
    ) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("bn")).unwrap();
        std::fs::write(dir.path().join("bn/practice.ftl"), &text).unwrap();
        let locales = Locales::shipped().unwrap().with_overrides(dir.path());
        for p in locales.override_problems() {
            prop_assert!(p.contains("practice.ftl"), "a problem names its file: {p}");
        }
        for (id, value) in locales.strings("bn") {
            prop_assert!(!id.is_empty(), "{value}");
        }
        let _ = locales.format("bn", "form-submit", None);
    }

    #[test]
    fn a_well_formed_override_replaces_the_message_with_exactly_its_text(
        words in "[A-Za-zÀ-ÿঅ-হء-ي<>=/'\"!?.,;:()&%$#@*+^|~-]([A-Za-zÀ-ÿঅ-হء-ي<>=/'\"!?.,;:()&%$#@*+^|~ -]{0,40}[A-Za-zÀ-ÿঅ-হء-ي<>=/'\"!?.,;:()&%$#@+^|~])?"
    ) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(SOURCE_LOCALE)).unwrap();
        std::fs::write(dir.path().join(SOURCE_LOCALE).join("x.ftl"), format!("form-submit = {words}\n")).unwrap();
        let locales = Locales::shipped().unwrap().with_overrides(dir.path());
        prop_assert!(locales.override_problems().is_empty(), "{:?}", locales.override_problems());
        prop_assert_eq!(locales.format(SOURCE_LOCALE, "form-submit", None), words);
    }
}
