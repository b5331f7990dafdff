use super::*;

/// The shipped settings and wording a fresh kiosk starts with.
fn defaults() -> (PracticeConfig, Locales) {
    let config = PracticeConfig::parse(
        crate::practice::config::DEFAULT_CONFIG,
        std::path::Path::new("practice.toml"),
    )
    .unwrap();
    (config, Locales::shipped().unwrap())
}

/// A borough's pack as the README shows it.
pub(crate) const BOROUGH: &str = r#"
languages = ["en-GB", "bn", "so"]
identity_methods = ["documents", "nhs-login"]
tracking_code = "XaZ12"
tracking_code_label = "Online access set up (borough code)"
retention_days_after_close = 60

[pack]
name = "Tower Hamlets access process"
version = "2026.2"
date = 2026-11-01
format = 1

[messages.en-GB]
script-greeting = "Good morning. Let's get you set up to see your GP record."
"#;

fn refused(text: &str) -> PackError {
    let (config, locales) = defaults();
    match parse(text).and_then(|p| check(p, &config, &locales)) {
        Err(e) => e,
        Ok(_) => panic!("accepted: {text}"),
    }
}

#[test]
fn a_borough_pack_parses_and_checks() {
    let (config, locales) = defaults();
    let checked = check(parse(BOROUGH).unwrap(), &config, &locales).unwrap();
    assert_eq!(
        checked.config.sign_up_code,
        CodeEntry::new(
            crate::practice::codes::CodeSystem::ReadV2,
            "XaZ12",
            "Online access set up (borough code)"
        ),
        "a pack from before configurable codes still sets the sign-up code"
    );
    assert_eq!(checked.config.pack_date, "2026-11-01");
    assert_eq!(
        checked.config.identity_methods,
        [IdentityMethod::Documents, IdentityMethod::NhsLogin]
    );
    // What the pack leaves out is kept, and the practice's own values are untouched.
    assert_eq!(checked.config.retention_days_if_inactive, 180);
    assert_eq!(checked.config.practice_name, config.practice_name);
}

#[test]
fn bad_packs_are_refused_with_what_is_wrong() {
    assert!(matches!(
        refused("[pack\nname="),
        PackError::Malformed { line: 1, .. }
    ));
    assert_eq!(
        refused(&BOROUGH.replace("format = 1", "format = 2")),
        PackError::UnsupportedFormat(2)
    );
    assert_eq!(
        refused(&format!("practice_name = \"Elsewhere\"\n{BOROUGH}")),
        PackError::PracticeOwn("practice_name".into())
    );
    assert_eq!(
        refused(&format!("printer = \"x\"\n{BOROUGH}")),
        PackError::PracticeOwn("printer".into())
    );
    assert_eq!(
        refused(&BOROUGH.replace("\"so\"", "\"klingon\"")),
        PackError::UnknownLanguage("klingon".into())
    );
    assert_eq!(
        refused(&BOROUGH.replace("\"nhs-login\"", "\"passport-scan\"")),
        PackError::UnknownIdentityMethod("passport-scan".into())
    );
    assert!(matches!(
        refused(&BOROUGH.replace("script-greeting =", "no-such-message =")),
        PackError::UnknownMessage { .. }
    ));
    assert!(matches!(
        refused(&BOROUGH.replace("Good morning.", "Good { morning.")),
        PackError::BadMessage { .. }
    ));
    assert!(matches!(
        refused(&BOROUGH.replace("= 60", "= 0")),
        PackError::InvalidSetting { .. }
    ));
    assert_eq!(
        refused(&BOROUGH.replace("version = \"2026.2\"", "version = \"\"")),
        PackError::HeaderMissing
    );
    assert!(matches!(
        refused(&format!("something_else = 1\n{BOROUGH}")),
        PackError::Malformed { .. }
    ));
}

#[test]
fn a_pack_carries_the_borough_s_chart_targets_and_method() {
    use crate::measures::mdc::settings::MdcSettings;
    use crate::measures::Measure;
    let text = BOROUGH.replace(
        "retention_days_after_close = 60\n",
        "retention_days_after_close = 60\n\
         mdc_targets = { access-granted = 25, median-days-to-access = 10 }\n\
         mdc_screen_outliers = false\n\
         mdc_fix_limits_after = 26\n",
    );
    let (config, locales) = defaults();
    let checked = check(parse(&text).unwrap(), &config, &locales).unwrap();
    let mdc = checked.config.mdc();
    assert_eq!(mdc.targets[&Measure::AccessGranted], 25.0);
    assert_eq!(
        (mdc.screen_outliers, mdc.fix_limits_after),
        (false, Some(26))
    );
    // The borough merge reads the same fields without a kiosk.
    let borough = parse(&text)
        .unwrap()
        .mdc_over(&MdcSettings::default())
        .unwrap();
    assert_eq!(borough, mdc);
    // A pack without them leaves the practice's own.
    assert_eq!(parse(BOROUGH).unwrap().mdc_over(&mdc).unwrap(), mdc);

    let negative = BOROUGH.replace(
        "retention_days_after_close = 60\n",
        "retention_days_after_close = 60\nmdc_targets = { coded-9iw = -3 }\n",
    );
    assert!(matches!(
        refused(&negative),
        PackError::InvalidSetting { setting, .. } if setting == "mdc_targets"
    ));
    let unknown = BOROUGH.replace(
        "retention_days_after_close = 60\n",
        "retention_days_after_close = 60\nmdc_targets = { sign-ups = 3 }\n",
    );
    assert!(matches!(refused(&unknown), PackError::Malformed { .. }));
}
