use super::*;
use chrono::TimeZone;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap()
}

fn admin_kiosk() -> (tempfile::TempDir, Kiosk) {
    let dir = tempfile::tempdir().unwrap();
    let k = Kiosk::open(dir.path()).unwrap();
    k.create_first_admin("Amir Admin", "402917", t0()).unwrap();
    std::fs::create_dir_all(dir.path().join(PACKS_DIR)).unwrap();
    (dir, k)
}

fn put(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(PACKS_DIR).join(name), text).unwrap();
}

const BOROUGH: &str = r#"
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
    let (_dir, k) = admin_kiosk();
    match parse(text).and_then(|p| check(p, &k.config(), &k.locales())) {
        Err(e) => e,
        Ok(_) => panic!("accepted: {text}"),
    }
}

#[test]
fn a_borough_pack_parses_and_checks() {
    let (_dir, k) = admin_kiosk();
    let checked = check(parse(BOROUGH).unwrap(), &k.config(), &k.locales()).unwrap();
    assert_eq!(checked.config.tracking_code, "XaZ12");
    assert_eq!(checked.config.pack_date, "2026-11-01");
    assert_eq!(
        checked.config.identity_methods,
        [IdentityMethod::Documents, IdentityMethod::NhsLogin]
    );
    // What the pack leaves out is kept, and the practice's own values are untouched.
    assert_eq!(checked.config.retention_days_if_inactive, 180);
    assert_eq!(checked.config.practice_name, k.config().practice_name);
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
fn import_shows_the_changes_then_applies_them_and_audits() {
    let (dir, k) = admin_kiosk();
    put(dir.path(), "borough.akpack.toml", BOROUGH);
    assert_eq!(k.pack_files(t0()).unwrap(), ["borough.akpack.toml"]);
    let before = std::fs::read(dir.path().join("practice.toml")).unwrap();
    let preview = k.preview_pack("borough.akpack.toml", t0()).unwrap();
    let names: Vec<_> = preview
        .settings
        .iter()
        .map(|c| c.setting.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "identity_methods",
            "languages",
            "retention_days_after_close",
            "tracking_code",
            "tracking_code_label"
        ]
    );
    assert_eq!(preview.messages[0].ids, ["script-greeting"]);
    assert!(!preview.nothing_changes);
    // A preview changes nothing.
    assert_eq!(
        std::fs::read(dir.path().join("practice.toml")).unwrap(),
        before
    );

    k.import_pack("borough.akpack.toml", t0()).unwrap();
    assert_eq!(k.config().tracking_code, "XaZ12");
    assert_eq!(k.config().pack_name, "Tower Hamlets access process");
    assert_eq!(
        k.locales().format("en-GB", "script-greeting", None),
        "Good morning. Let's get you set up to see your GP record."
    );
    let on_disk = PracticeConfig::load_or_create(dir.path()).unwrap();
    assert_eq!(on_disk, *k.config());
    assert_eq!(on_disk.practice_name, "Demo Surgery");
    let audit = k
        .store()
        .audit_entries(None, Some("pack-imported"), 10)
        .unwrap();
    assert_eq!(audit.len(), 1);
    assert_eq!(k.session_info(t0()).unwrap().tracking_code, "XaZ12");

    // The identity checks the pack left out are refused by the domain, not just hidden.
    let form = crate::journey::InterestForm {
        first_name: "Nadia".into(),
        last_name: "Begum".into(),
        dob_day: "7".into(),
        dob_month: "3".into(),
        dob_year: "1980".into(),
        mobile: "07700 900123".into(),
        id_documents: Some(crate::journey::IdDocumentsToday::Both),
        ..Default::default()
    };
    let j = k
        .start_journey(&form, "en-GB", crate::journey::Channel::Reception, t0())
        .unwrap();
    let vouch = crate::sign_up::Step::IdentityVerified {
        method: IdentityMethod::Vouching,
        documents: vec![],
        vouched_by: Some("Dr Shah".into()),
    };
    assert!(matches!(
        k.record_step(j.id, &vouch, t0()),
        Err(KioskError::Step(
            crate::sign_up::StepProblem::MethodNotAllowed
        ))
    ));
}

#[test]
fn a_refused_pack_changes_nothing() {
    let (dir, k) = admin_kiosk();
    put(
        dir.path(),
        "broken.akpack.toml",
        &BOROUGH.replace("Good morning.", "Good { morning."),
    );
    let before = std::fs::read(dir.path().join("practice.toml")).unwrap();
    let config = k.config().clone();
    let err = k.import_pack("broken.akpack.toml", t0()).unwrap_err();
    assert_eq!(err.code(), "pack-refused");
    assert_eq!(
        std::fs::read(dir.path().join("practice.toml")).unwrap(),
        before
    );
    assert_eq!(*k.config(), config);
    assert!(!dir.path().join("locales/en-GB").join(PACK_FTL).exists());
    assert!(matches!(
        k.preview_pack("../practice.toml", t0()),
        Err(KioskError::PackRefused(PackError::NoSuchPack(_)))
    ));
}

#[test]
fn an_exported_pack_reimports_with_nothing_to_change() {
    let (dir, k) = admin_kiosk();
    put(
        dir.path(),
        "borough.akpack.toml",
        &BOROUGH.replace(
            "script-greeting = \"Good morning. Let's get you set up to see your GP record.\"",
            "script-greeting = \"\"\"\nGood morning.\nLet's get you set up.\"\"\"",
        ),
    );
    k.import_pack("borough.akpack.toml", t0()).unwrap();
    let exported = k.export_pack(t0()).unwrap();
    assert!(exported.ends_with(PACK_EXTENSION));
    let text = std::fs::read_to_string(dir.path().join(PACKS_DIR).join(&exported)).unwrap();
    assert!(
        !text.contains("Demo Surgery\"") && !text.contains("ods_code"),
        "{text}"
    );
    let preview = k.preview_pack(&exported, t0()).unwrap();
    assert!(preview.nothing_changes, "{preview:?}");
    assert_eq!(preview.name, "Tower Hamlets access process");
}
