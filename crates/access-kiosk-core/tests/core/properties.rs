//! Hostile input, as properties: every validator and parser the kiosk has is fed generated
//! input (arbitrary Unicode, and strings built from the fragments attackers and unlucky
//! keyboards produce: bidi overrides, zero-width characters, mixed scripts, SQL and HTML)
//! and must either keep the input faithfully or refuse it with a stable reason — never
//! panic, never change what it keeps. The plain cases each rule is built on live beside
//! the code (`validation.rs` and the rest); these tests are about the space between them.
//!
//! The process-pack parser is fuzzed by `fuzz/` (target `process_pack`: never panics, what
//! it accepts writes out and parses back the same).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use access_kiosk_core::data_dir::{self, DataDirError};
use access_kiosk_core::journey::sign_up::{Step, StepProblem};
use access_kiosk_core::journey::validation::{self, Field, FieldErrorCode};
use access_kiosk_core::journey::{
    IdDocumentsToday, InterestForm, NhsApp, Path as SignUpPath, Reference, Relationship,
    StatedBasis, REFERENCE_ALPHABET,
};
use access_kiosk_core::localisation::{Locales, SOURCE_LOCALE};
use access_kiosk_core::measures::aggregate::{self, AggregateError, AggregateFile};
use access_kiosk_core::measures::{
    self, Milestone, MilestoneFact, Period, WeekStart, WeeklyMeasures,
};
use access_kiosk_core::practice::config::{ConfigError, PracticeConfig, DEFAULT_CONFIG};
use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

/// Pieces of text that have broken other systems, joined at random with ordinary letters.
const HOSTILE: &[&str] = &[
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "\"><svg/onload=alert(1)>",
    "'; DROP TABLE journey; --",
    "' OR '1'='1",
    "Robert'); DELETE FROM personal_details;--",
    "%",
    "_",
    "\\",
    "\u{202E}",
    "\u{202D}",
    "\u{2066}",
    "\u{2067}",
    "\u{2069}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{200E}",
    "\u{200F}",
    "\u{FEFF}",
    "\u{0000}",
    "\u{0007}",
    "\n",
    "\r\n",
    "\t",
    "\u{00A0}",
    "\u{0301}\u{0301}\u{0301}",
    "Z\u{0351}\u{0354}a\u{0327}\u{036D}l\u{0337}g\u{0359}o",
    "রহিম",
    "র\u{200D}্যাব",
    "محمد",
    "عائشہ\u{200C}بی",
    "王小明",
    "Łukasiewicz",
    "Ωμέγα",
    "Дмитрий",
    "O'Brien",
    "Zoë",
    "😀",
    "{ $name }",
    "{{",
    "}}",
    "=cmd|' /C calc'!A0",
    "../../etc/passwd",
    "\u{FFFD}",
    "\u{10FFFF}",
    " ",
    "-",
    ".",
    "0",
    "9434765919",
    "07700 900123",
    "a@b.co",
];

/// Arbitrary Unicode, or hostile fragments joined with letters.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(
            prop_oneof![
                prop::sample::select(HOSTILE).prop_map(str::to_owned),
                "[a-zA-Z]{1,6}",
            ],
            0..10
        )
        .prop_map(|parts| parts.concat()),
    ]
}

/// A name that must be accepted: letters of several scripts, with the joiners and
/// separators real names use.
fn real_name() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-zA-ZÀ-ÖØ-öø-ÿ]{1,8}",
        "[а-яА-Я]{1,8}",
        "[α-ω]{1,8}",
        "[ء-ي]{1,8}",
        "[ক-নপ-রলশ-হ]{1,8}",
        "[一-龥]{1,4}",
        Just("র\u{200D}্যাব".to_owned()),
        Just("عائشہ\u{200C}بی".to_owned()),
        Just("Zoë".to_owned()),
    ];
    prop::collection::vec(
        (word, prop::sample::select(&[" ", "-", "'", "’", ". "][..])),
        1..4,
    )
    .prop_map(|parts| {
        let mut s = String::new();
        for (i, (w, sep)) in parts.iter().enumerate() {
            if i > 0 {
                s.push_str(sep);
            }
            s.push_str(w);
        }
        s
    })
    .prop_filter("at most 100 characters", |s| s.chars().count() <= 100)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// The NHS number check digit for nine digits, or `None` where the rule has no digit (10).
fn check_digit(nine: &[u32]) -> Option<u32> {
    let sum: u32 = nine.iter().zip((2..=10).rev()).map(|(d, w)| d * w).sum();
    match 11 - (sum % 11) {
        11 => Some(0),
        10 => None,
        c => Some(c),
    }
}

fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{FEFF}'
                | '\u{200B}'
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    // ---- Names -------------------------------------------------------------------------

    #[test]
    fn a_name_is_kept_exactly_as_typed_or_refused_with_a_reason(raw in hostile_text()) {
        match validation::name(&raw) {
            Ok(kept) => {
                prop_assert_eq!(&kept, raw.trim(), "only the ends are trimmed");
                prop_assert!((1..=validation::NAME_MAX_CHARS).contains(&kept.chars().count()));
                prop_assert!(!kept.chars().any(is_hidden), "no hidden or reordering characters");
                prop_assert!(kept.chars().any(char::is_alphabetic));
                prop_assert!(
                    !kept.contains(['<', '>', '"', ';', '=', '(', ')', '{', '}', '%', '\\']),
                    "markup and SQL punctuation never get into a name: {kept:?}"
                );
                prop_assert_eq!(validation::name(&kept), Ok(kept.clone()), "idempotent");
            }
            Err(code) => prop_assert!(matches!(
                code,
                FieldErrorCode::NameMissing
                    | FieldErrorCode::NameTooLong
                    | FieldErrorCode::NameHiddenCharacters
                    | FieldErrorCode::NameNoLetters
                    | FieldErrorCode::NameSymbols
            )),
        }
    }

    #[test]
    fn names_in_any_script_mixed_and_joined_are_accepted_unchanged(n in real_name()) {
        prop_assert_eq!(validation::name(&format!("  {n}\u{00A0}")), Ok(n.clone()));
    }

    #[test]
    fn a_bidi_override_or_zero_width_space_anywhere_in_a_name_is_refused(
        n in real_name(),
        at in any::<prop::sample::Index>(),
        hidden in prop::sample::select(&['\u{202E}', '\u{202D}', '\u{2067}', '\u{2069}', '\u{200B}', '\u{200F}', '\u{FEFF}', '\u{0000}'][..]),
    ) {
        let mut chars: Vec<char> = n.chars().collect();
        let i = at.index(chars.len() + 1);
        chars.insert(i, hidden);
        let s: String = chars.into_iter().collect();
        // At the very ends a few of these count as white space and are trimmed away.
        if s.trim() != n.as_str() {
            prop_assert_eq!(validation::name(&s), Err(FieldErrorCode::NameHiddenCharacters));
        }
    }

    #[test]
    fn markup_in_a_name_is_refused(n in real_name(), tag in prop::sample::select(&["<", ">", "<img src=x onerror=alert(1)>", "</td>"][..])) {
        let s = format!("{n}{tag}");
        prop_assert!(validation::name(&s).is_err());
    }

    // ---- Dates of birth ----------------------------------------------------------------

    #[test]
    fn any_typed_date_of_birth_is_a_real_past_date_within_120_years_or_refused(
        d in hostile_text(), m in "[0-9]{0,3}|.{0,4}", y in "[0-9]{0,5}|.{0,5}"
    ) {
        if let Ok(dob) = validation::date_of_birth(&d, &m, &y, today()) {
            prop_assert!(dob <= today());
            prop_assert!(validation::age_on(dob, today()) <= validation::MAX_AGE_YEARS);
            prop_assert_eq!(dob.day().to_string(), d.trim().trim_start_matches('0'));
        }
    }

    #[test]
    fn every_date_in_the_last_120_years_round_trips_however_it_is_padded(
        back in 0i64..(120 * 365), pad in prop::bool::ANY, spaces in prop::bool::ANY
    ) {
        let dob = today() - Duration::days(back);
        let fmt = |n: u32| {
            let s = if pad { format!("{n:02}") } else { n.to_string() };
            if spaces { format!(" {s} ") } else { s }
        };
        prop_assert_eq!(
            validation::date_of_birth(&fmt(dob.day()), &fmt(dob.month()), &dob.year().to_string(), today()),
            Ok(dob)
        );
    }

    // ---- Contact details ---------------------------------------------------------------

    #[test]
    fn a_mobile_is_normalised_to_one_uk_mobile_form_or_refused(raw in hostile_text()) {
        if let Ok(m) = validation::uk_mobile(&raw) {
            prop_assert_eq!(m.len(), 13);
            prop_assert!(m.starts_with("+447"));
            prop_assert!(m[1..].bytes().all(|b| b.is_ascii_digit()));
            prop_assert!(!matches!(&m[3..5], "70" | "76"));
            prop_assert_eq!(validation::uk_mobile(&m), Ok(m.clone()), "idempotent");
        }
    }

    #[test]
    fn uk_mobiles_typed_any_common_way_are_accepted(
        range in prop::sample::select(&["71", "72", "73", "74", "75", "77", "78", "79"][..]),
        rest in "[0-9]{8}",
        style in 0usize..5,
    ) {
        let national = format!("7{}{}", &range[1..], rest);
        let typed = match style {
            0 => format!("0{national}"),
            1 => format!("0{} {}", &national[..4], &national[4..]),
            2 => format!("+44 {} {}", &national[..4], &national[4..]),
            3 => format!("+44 (0){national}"),
            _ => format!("0044-{}-{}", &national[..4], &national[4..]),
        };
        prop_assert_eq!(validation::uk_mobile(&typed), Ok(format!("+44{national}")));
    }

    #[test]
    fn an_email_is_kept_as_typed_or_refused(raw in hostile_text()) {
        if let Ok(e) = validation::email(&raw) {
            prop_assert_eq!(e.as_str(), raw.trim());
            prop_assert_eq!(e.matches('@').count(), 1);
            prop_assert!(e.len() <= 254);
            prop_assert!(!e.chars().any(|c| c.is_whitespace() || c.is_control()));
        }
    }

    // ---- NHS numbers -------------------------------------------------------------------

    #[test]
    fn an_accepted_nhs_number_is_ten_digits_with_a_valid_check_digit(raw in hostile_text()) {
        if let Ok(n) = validation::nhs_number(&raw) {
            let d: Vec<u32> = n.chars().filter_map(|c| c.to_digit(10)).collect();
            prop_assert_eq!(d.len(), 10);
            prop_assert_eq!(check_digit(&d[..9]), Some(d[9]));
        }
    }

    #[test]
    fn every_valid_nhs_number_is_accepted_and_any_one_digit_typo_is_caught(
        nine in prop::collection::vec(0u32..10, 9), at in 0usize..10, by in 1u32..10
    ) {
        let Some(check) = check_digit(&nine) else { return Ok(()); };
        let mut digits = nine.clone();
        digits.push(check);
        let s: String = digits.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
        prop_assert_eq!(validation::nhs_number(&s), Ok(s.clone()));
        let spaced = validation::format_nhs_number(&s);
        prop_assert_eq!(validation::nhs_number(&spaced), Ok(s.clone()));
        digits[at] = (digits[at] + by) % 10;
        let typo: String = digits.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
        prop_assert_eq!(validation::nhs_number(&typo), Err(FieldErrorCode::NhsNumberCheckDigit));
    }

    #[test]
    fn ods_codes_are_exactly_a_capital_and_five_digits(raw in hostile_text()) {
        let b = raw.as_bytes();
        let expected = b.len() == 6 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit);
        prop_assert_eq!(validation::is_ods_code(&raw), expected);
    }

    // ---- References --------------------------------------------------------------------

    #[test]
    fn a_typed_reference_parses_only_to_six_characters_of_the_alphabet(raw in hostile_text()) {
        if let Some(r) = Reference::parse(&raw) {
            prop_assert_eq!(r.as_str().len(), 6);
            prop_assert!(r.as_str().bytes().all(|b| REFERENCE_ALPHABET.contains(&b)));
        }
    }

    #[test]
    fn a_reference_typed_in_lower_case_with_spaces_is_the_same_reference(seed in any::<u64>()) {
        let _ = seed;
        let r = Reference::random().unwrap();
        let typed = format!(" {} {} ", r.as_str()[..3].to_lowercase(), &r.as_str()[3..]);
        prop_assert_eq!(Reference::parse(&typed), Some(r));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    // ---- The whole form ----------------------------------------------------------------

    #[test]
    fn the_interest_form_reports_each_field_once_or_keeps_every_answer(
        first in hostile_text(), last in hostile_text(),
        day in "[0-9]{1,2}|.{0,3}", month in "[0-9]{1,2}|.{0,3}", year in "(19|20)[0-9]{2}|.{0,5}",
        mobile in hostile_text(), email in hostile_text(), nhs in hostile_text(),
        docs in prop::option::of(prop::sample::select(&[IdDocumentsToday::Both, IdDocumentsToday::PhotoIdOnly, IdDocumentsToday::AddressOnly, IdDocumentsToday::Neither, IdDocumentsToday::NotNeeded][..])),
        wants in any::<(bool, bool, bool, bool)>(),
        nhs_app in prop::option::of(prop::sample::select(&[NhsApp::Verified, NhsApp::Started, NhsApp::No, NhsApp::NotSure][..])),
        carer in (hostile_text(), hostile_text()),
        relationship in prop::option::of(prop::sample::select(&Relationship::ALL[..])),
        basis in prop::option::of(prop::sample::select(&StatedBasis::ALL[..])),
    ) {
        let form = InterestForm {
            nhs_app,
            first_name: first.clone(), last_name: last.clone(),
            dob_day: day, dob_month: month, dob_year: year,
            mobile, email, nhs_number: nhs,
            carer_first_name: carer.0.clone(), carer_last_name: carer.1.clone(),
            relationship, basis,
            wants_services: wants.0, wants_new_entries: wants.1, wants_older_record: wants.2,
            for_someone_else: wants.3,
            id_documents: docs,
        };
        let check = form.check(today());
        match form.validate(today()) {
            Ok(i) => {
                prop_assert_eq!(i.person.first_name.as_str(), first.trim());
                prop_assert_eq!(i.person.last_name.as_str(), last.trim());
                prop_assert!(i.person.mobile.is_some() || i.person.email.is_some());
                prop_assert_eq!(i.wants.services, wants.0);
                prop_assert_eq!(i.wants.new_entries, wants.1 && i.path != SignUpPath::YoungPerson);
                prop_assert_eq!(i.for_someone_else(), wants.3);
                prop_assert_eq!(Some(i.path), check.path, "the page is steered as the store decides");
                prop_assert!(check.errors.is_empty());
                match &i.person.carer {
                    Some(c) => prop_assert_eq!(c.first_name.as_str(), carer.0.trim()),
                    None => prop_assert!(!wants.3),
                }
                if i.id_documents == IdDocumentsToday::NotNeeded {
                    prop_assert!(!wants.3 && nhs_app == Some(NhsApp::Verified));
                } else {
                    prop_assert_eq!(Some(i.id_documents), docs);
                }
            }
            Err(errors) => {
                prop_assert_eq!(&errors, &check.errors);
                prop_assert!(!errors.is_empty(), "a refusal always says why");
                let mut fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
                let n = fields.len();
                fields.sort_by_key(|f| format!("{f:?}"));
                fields.dedup();
                prop_assert_eq!(fields.len(), n, "one message per field");
                for e in &errors {
                    prop_assert!(e.code.message_id().starts_with("error-") && e.code.message_id().len() > 6);
                }
            }
        }
    }

    // ---- Staff steps -------------------------------------------------------------------

    #[test]
    fn free_text_in_a_step_is_kept_trimmed_up_to_200_characters_or_refused(text in hostile_text()) {
        let step = Step::CouldNotVerify { missing: text.clone() };
        match step.details() {
            Ok(d) => {
                prop_assert_eq!(d["missing"].as_str(), Some(text.trim()));
                prop_assert!(text.trim().chars().count() <= 200);
            }
            Err(p) => prop_assert!(matches!(p, StepProblem::MissingNotSaid | StepProblem::TextTooLong)),
        }
        let json = serde_json::json!({ "step": "declined", "reason": text });
        let step: Step = serde_json::from_value(json).unwrap();
        let _ = step.details();
    }

    #[test]
    fn any_json_the_staff_face_could_send_as_a_step_is_parsed_or_refused_without_panic(text in hostile_text()) {
        let _ = serde_json::from_str::<Step>(&text).map(|s| s.details());
        let wrapped = format!("{{\"step\":\"identity-verified\",\"method\":\"vouching\",\"vouchedBy\":{}}}", serde_json::Value::String(text));
        let step: Step = serde_json::from_str(&wrapped).unwrap();
        let _ = step.details();
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

    // ---- The data folder ---------------------------------------------------------------

    #[test]
    fn the_data_folder_is_the_first_flag_else_the_environment_else_the_platform(
        args in prop::collection::vec(prop_oneof![
            Just("--data-dir".to_owned()),
            "--data-dir=[a-z/]{0,8}",
            "--[a-z-]{0,8}",
            hostile_text(),
        ], 0..6),
        env in prop::option::of("[a-z/]{0,8}"),
    ) {
        let os: Vec<OsString> = args.iter().map(OsString::from).collect();
        let got = data_dir::resolve(os, env.clone().map(OsString::from));
        // The model: the first --data-dir (with its value) wins.
        let mut expected: Option<Result<PathBuf, ()>> = None;
        for (i, a) in args.iter().enumerate() {
            if a == "--data-dir" {
                expected = Some(args.get(i + 1).map(PathBuf::from).ok_or(()));
                break;
            }
            if let Some(v) = a.strip_prefix("--data-dir=") {
                expected = Some(Ok(PathBuf::from(v)));
                break;
            }
        }
        match (expected, got) {
            (Some(Ok(p)), Ok(g)) => prop_assert_eq!(p, g),
            (Some(Err(())), Err(DataDirError::MissingValue)) => {}
            (None, Ok(g)) => match env.filter(|e| !e.is_empty()) {
                Some(e) => prop_assert_eq!(g, PathBuf::from(e)),
                None => prop_assert!(g.ends_with("access-kiosk")),
            },
            (e, g) => prop_assert!(false, "expected {e:?}, got {g:?}"),
        }
    }
}

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

fn sample_aggregate() -> AggregateFile {
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

// ---- Very long input: refused quickly, or kept whole -------------------------------------

const TEN_MB: usize = 10 * 1024 * 1024;

#[test]
fn ten_megabyte_strings_are_refused_by_every_field_that_limits_length() {
    let big = "a".repeat(TEN_MB);
    assert_eq!(validation::name(&big), Err(FieldErrorCode::NameTooLong));
    assert_eq!(
        validation::name(&"রহিম ".repeat(TEN_MB / 16)),
        Err(FieldErrorCode::NameTooLong)
    );
    assert_eq!(validation::email(&big), Err(FieldErrorCode::EmailInvalid));
    assert_eq!(
        validation::uk_mobile(&big),
        Err(FieldErrorCode::MobileInvalid)
    );
    assert_eq!(
        validation::nhs_number(&big),
        Err(FieldErrorCode::NhsNumberLength)
    );
    assert_eq!(
        validation::date_of_birth(&big, &big, &big, today()),
        Err(FieldErrorCode::DobNotADate)
    );
    assert_eq!(Reference::parse(&big), None);
    assert_eq!(
        Step::Declined {
            reason: big.clone()
        }
        .details(),
        Err(StepProblem::TextTooLong)
    );
    let form = InterestForm {
        nhs_app: Some(NhsApp::No),
        first_name: big.clone(),
        last_name: big.clone(),
        email: big.clone(),
        id_documents: Some(IdDocumentsToday::Both),
        dob_day: "1".into(),
        dob_month: "1".into(),
        dob_year: "1990".into(),
        ..Default::default()
    };
    let fields: Vec<Field> = form
        .validate(today())
        .unwrap_err()
        .iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        [Field::FirstName, Field::LastName, Field::Email],
        "each long field is named, nothing else"
    );
}

#[test]
fn ten_megabyte_files_are_read_or_refused_without_crashing() {
    let big = "a".repeat(TEN_MB);
    // A practice name has no limit of its own: a huge one is kept whole.
    let text = DEFAULT_CONFIG.replace("\"Demo Surgery\"", &format!("\"{big}\""));
    let c = PracticeConfig::parse(&text, Path::new("practice.toml")).unwrap();
    assert_eq!(c.practice_name.len(), TEN_MB);
    // A huge URL is refused, naming the setting.
    let text = DEFAULT_CONFIG.replace(
        "https://www.nhsapp.service.nhs.uk/login",
        &format!("https://{big}"),
    );
    let e = PracticeConfig::parse(&text, Path::new("practice.toml")).unwrap_err();
    assert!(e.to_string().contains("registration_url"), "{e}");
    assert!(AggregateFile::parse(Path::new("f.json"), &big).is_err());
    let mut json = sample_aggregate().to_json();
    json.insert_str(1, &format!("\"padding\": \"{big}\","));
    assert!(AggregateFile::parse(Path::new("f.json"), &json)
        .unwrap_err()
        .to_string()
        .contains("padding"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join(SOURCE_LOCALE)).unwrap();
    std::fs::write(
        dir.path().join(SOURCE_LOCALE).join("big.ftl"),
        format!("form-submit = {big}\n"),
    )
    .unwrap();
    let locales = Locales::shipped().unwrap().with_overrides(dir.path());
    assert_eq!(
        locales.format(SOURCE_LOCALE, "form-submit", None).len(),
        TEN_MB
    );
}

// ---- Stored faithfully: what is accepted comes back from the database exactly -------------

/// Email addresses that pass the shape check but carry markup or SQL.
fn hostile_email() -> impl Strategy<Value = String> {
    (
        prop::sample::select(
            &[
                "<img/src=x/onerror=alert(1)>",
                "robert');DROP/**/TABLE/**/journey;--",
                "'OR'1'='1",
                "\"><script>alert(1)</script>",
                "%_\\",
                "a",
            ][..],
        ),
        "[a-z]{1,8}",
    )
        .prop_map(|(local, domain)| format!("{local}@{domain}.example.org"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn accepted_answers_are_stored_and_read_back_exactly(
        first in real_name(), last in real_name(), email in hostile_email()
    ) {
        let kiosk = unlocked_kiosk();
        let form = InterestForm {
            first_name: first.clone(),
            last_name: last.clone(),
            dob_day: "29".into(),
            dob_month: "2".into(),
            dob_year: "2000".into(),
            email: email.clone(),
            nhs_app: Some(NhsApp::NotSure),
            id_documents: Some(IdDocumentsToday::Both),
            ..Default::default()
        };
        let c = kiosk.submit_interest(&form, "ur", Utc::now()).unwrap();
        // Read back as the staff face does: unsealed with the logged-in officer's key.
        let found = kiosk.queue(&c.reference, Utc::now()).unwrap();
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(&found[0].first_name, &first);
        prop_assert_eq!(&found[0].last_name, &last);
    }
}

/// One kiosk for every case, with an administrator logged in (a PIN wrap costs Argon2id's
/// full work factor, too slow to repeat for each case).
fn unlocked_kiosk() -> &'static access_kiosk_core::kiosk::Kiosk {
    type Unlocked = (tempfile::TempDir, access_kiosk_core::kiosk::Kiosk, String);
    static KIOSK: std::sync::OnceLock<Unlocked> = std::sync::OnceLock::new();
    let (_, kiosk, token) = KIOSK.get_or_init(|| {
        let (dir, kiosk) = access_kiosk_core::testing::open_kiosk();
        let admin = access_kiosk_core::testing::set_up(&kiosk, "Pat Property", "583016");
        let token = kiosk
            .log_in(admin.member.id, "583016", Utc::now())
            .unwrap()
            .token
            .unwrap();
        (dir, kiosk, token)
    });
    // Each test thread calls it as the page that logged in.
    access_kiosk_core::staff::present_on_this_thread(token);
    kiosk
}
