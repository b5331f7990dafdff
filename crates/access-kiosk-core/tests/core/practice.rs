//! The practice's settings (`src/practice/config.rs`): any text parses or names the line
//! and setting at fault, and what is kept writes out and reads back the same.

use std::path::Path;

use access_kiosk_core::practice::config::{ConfigError, PracticeConfig, DEFAULT_CONFIG};
use proptest::prelude::*;

use crate::support::hostile::hostile_text;

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
}
