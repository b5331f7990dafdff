use super::*;

/// Realistic arguments for every message that takes some.
fn realistic_args(id: &str) -> Option<FluentArgs<'static>> {
    let mut args = FluentArgs::new();
    match id {
        "idle-countdown" => args.set("seconds", 5),
        "slip-reference" => args.set("reference", "ACD479"),
        "slip-printed-on" => args.set("date", "25/11/2026"),
        "slip-linkage-expires" => args.set("date", "9 December 2026"),
        "date-long" => {
            args.set("day", 9);
            args.set("month", "December");
            args.set("year", 2026);
        }
        "staff-locked-until" => args.set("time", "09:01"),
        "staff-logged-in-as" => args.set("name", "Ola Officer"),
        "waiting-minutes" => args.set("minutes", 12),
        "waiting-days" => args.set("days", 2),
        "journey-title" => args.set("reference", "ACD479"),
        "proxy-dates-hint" => args.set("age", 11),
        "materials-rx-hint" => args.set("limit", 160),
        "materials-rx-count" => {
            args.set("chars", 137);
            args.set("limit", 160);
        }
        "chart-title-group" => {
            args.set("measure", "Access granted");
            args.set("breakdown", "Language");
            args.set("group", "bn");
        }
        "report-signal-shift" | "report-signal-trend" => {
            args.set("count", 7);
            args.set("direction", "up");
            args.set("first", "2026-W40");
            args.set("last", "2026-W46");
        }
        "report-signal-too-few-runs" | "report-signal-too-many-runs" => {
            args.set("runs", 4);
            args.set("limit", 6);
        }
        "report-signal-astronomical" => args.set("week", "2026-W44"),
        "report-runs-summary" => {
            args.set("useful", 16);
            args.set("runs", 8);
            args.set("limits", "some");
            args.set("lower", 5);
            args.set("upper", 13);
        }
        "report-baseline-frozen" => {
            args.set("first", "2026-W30");
            args.set("last", "2026-W45");
            args.set("name", "Ola Officer");
        }
        "report-exported" => args.set("path", "/var/lib/access-kiosk/exports/a.csv"),
        id if id.starts_with("mdc-") => {
            for (k, v) in [
                ("kind", "improvement"),
                ("side", "high"),
                ("rule", "shift"),
                ("weeks", "Seven weeks"),
                ("since", "2026-W31"),
                ("latest", "2026-W37"),
                ("target", "20"),
                ("week", "2026-09-07"),
                ("reason", "New script from September"),
                ("name", "Ola Officer"),
                ("practice", "Riverside Surgery"),
                ("from", "2026-01-05"),
                ("to", "2026-11-23"),
                ("printed", "2026-11-25"),
                ("made", "2026-11-25"),
                ("source", "from the process pack Borough 2026.2"),
                ("pack", "borough.akpack.toml"),
                ("each", "20"),
                ("breakdown", "Language"),
                ("group", "bn"),
            ] {
                args.set(k, v);
            }
            args.set("count", 7);
            args.set("points", 7);
            args.set("practices", 35);
        }
        id if id.starts_with("pack-") => {
            for (k, v) in [
                ("name", "Borough access process"),
                ("version", "2026.2"),
                ("file", "borough.akpack.toml"),
                ("problem", "expected `=`"),
                ("setting", "tracking_code"),
                ("language", "xx"),
                ("method", "passport-scan"),
                ("locale", "bn"),
                ("id", "script-greeting"),
            ] {
                args.set(k, v);
            }
            args.set("line", 3);
            args.set("format", 2);
            args.set("supported", 1);
        }
        _ => return None,
    }
    Some(args)
}

/// The files of patient-facing text: every file a translation has too (`kiosk.ftl`, and a
/// topic's own such as `process.ftl`). Staff text is in files only English has (`staff.ftl`,
/// `staff-process.ftl`); other locales fall back to it.
fn patient_files() -> std::collections::BTreeSet<&'static str> {
    shipped::SHIPPED
        .iter()
        .filter(|(tag, _)| *tag != SOURCE_LOCALE)
        .flat_map(|(_, files)| files.iter().map(|(name, _)| *name))
        .collect()
}

fn ids_of(tag: &str) -> Vec<String> {
    let (_, files) = shipped::SHIPPED
        .iter()
        .find(|(t, _)| *t == tag)
        .unwrap_or_else(|| panic!("{tag} is shipped"));
    // Patient-facing text must be complete in every language.
    let patient = patient_files();
    files
        .iter()
        .filter(|(name, _)| patient.contains(name))
        .flat_map(|(_, text)| message_ids_of(&FluentResource::try_new((*text).to_owned()).unwrap()))
        .collect()
}

#[test]
fn patient_text_is_in_kiosk_ftl_and_the_process_file_and_staff_text_only_in_english() {
    let patient = patient_files();
    for name in ["kiosk.ftl", "process.ftl"] {
        assert!(patient.contains(name), "{name} is translated");
    }
    assert!(!patient.contains("staff.ftl"), "staff text is English");
}

#[test]
fn every_shipped_locale_loads() {
    let l = Locales::shipped().expect("shipped Fluent files parse without errors");
    for tag in ["en-GB", "bn"] {
        assert!(l.has(tag), "{tag} must be shipped");
    }
}

#[test]
fn every_locale_has_every_source_message_and_no_strays() {
    let l = Locales::shipped().unwrap();
    let source: std::collections::BTreeSet<String> = ids_of(SOURCE_LOCALE).into_iter().collect();
    assert!(source.len() > 100, "the patient face has its messages");
    for tag in l.tags() {
        let ids: std::collections::BTreeSet<String> = ids_of(&tag).into_iter().collect();
        let stray: Vec<_> = ids.difference(&source).collect();
        assert!(
            stray.is_empty(),
            "{tag} has messages English does not: {stray:?}"
        );
        let status = l
            .status(&tag)
            .unwrap_or_else(|| panic!("{tag} has no status.toml"));
        if let Some(text_from) = &status.text_from {
            // A spoken-first language shows another locale's text: that one must be complete.
            assert!(
                l.has(text_from),
                "{tag} takes its text from {text_from}, which is missing"
            );
            assert!(ids.contains("language-name"), "{tag} must name itself");
            continue;
        }
        let missing: Vec<_> = source.difference(&ids).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
    }
}

#[test]
fn no_translation_is_a_copy_of_english() {
    let l = Locales::shipped().unwrap().without_isolation();
    // Words that stay the same in many languages: names, numbers, codes.
    let same_everywhere = |text: &str| {
        text.chars().all(|c| !c.is_alphabetic())
            || ["NHS App", "NHS login", "ODS", "NHS"]
                .iter()
                .any(|n| text.trim() == *n)
    };
    let ids = ids_of(SOURCE_LOCALE);
    for tag in l.tags().into_iter().filter(|t| t != SOURCE_LOCALE) {
        if l.status(&tag).is_some_and(|s| s.text_from.is_some()) {
            continue;
        }
        let identical: Vec<&String> = ids
            .iter()
            .filter(|id| {
                let args = realistic_args(id);
                let en = l.format_strict(SOURCE_LOCALE, id, args.as_ref());
                let tr = l.format_strict(&tag, id, args.as_ref());
                matches!((en, tr), (Some(Ok(a)), Some(Ok(b))) if a == b && !same_everywhere(&a))
            })
            .collect();
        assert!(
            identical.len() * 20 <= ids.len(),
            "{tag}: {} of {} messages are identical to English: {identical:?}",
            identical.len(),
            ids.len()
        );
    }
}

#[test]
fn every_locale_has_an_honest_status() {
    let l = Locales::shipped().unwrap();
    for tag in l.tags() {
        let s = l
            .status(&tag)
            .unwrap_or_else(|| panic!("{tag} has no status.toml"));
        if s.drafted_by.contains("machine") {
            assert!(
                !s.reviewed_by_native_speaker || !s.reviewed_by.is_empty(),
                "{tag}: a review must name its reviewer"
            );
        }
    }
}

#[test]
fn a_file_drafted_later_has_its_own_honest_status() {
    let l = Locales::shipped().unwrap();
    for tag in l.tags() {
        let s = l.status(&tag).unwrap();
        for (file, f) in &s.files {
            assert!(
                patient_files().contains(file.as_str()),
                "{tag}/status.toml names {file}, which is not a patient file"
            );
            assert!(
                !f.reviewed_by_native_speaker || !f.reviewed_by.is_empty(),
                "{tag}/{file}: a review must name its reviewer"
            );
        }
        // These files came after the rest: a machine draft says so in its own entry, so
        // marking the rest of the locale reviewed does not mark them reviewed too.
        if tag != SOURCE_LOCALE && s.text_from.is_none() {
            for later in ["keyboard.ftl", "process.ftl", "security.ftl"] {
                let entry = s.files.get(later).unwrap_or_else(|| {
                    panic!("{tag}/status.toml must say how {later} was drafted and reviewed")
                });
                assert!(!entry.drafted_by.is_empty(), "{tag}: who drafted {later}");
            }
        }
    }
}

#[test]
fn sylheti_shows_bengali_text_and_its_own_name() {
    let l = Locales::shipped().unwrap();
    assert_eq!(
        l.format("syl", "form-submit", None),
        l.format("bn", "form-submit", None)
    );
    assert_ne!(
        l.format("syl", "language-name", None),
        l.format("bn", "language-name", None)
    );
    assert_eq!(l.resolve("syl"), "syl");
}

#[test]
fn practice_overrides_reword_messages_and_broken_ones_are_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("en-GB")).unwrap();
    std::fs::create_dir_all(dir.path().join("bn")).unwrap();
    std::fs::create_dir_all(dir.path().join("xx")).unwrap();
    std::fs::write(
        dir.path().join("en-GB/ours.ftl"),
        "form-submit = Send my details\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("bn/broken.ftl"),
        "ok = fine\n= no id here\n",
    )
    .unwrap();
    let shipped_bn = Locales::shipped()
        .unwrap()
        .format("bn", "form-submit", None);
    let l = Locales::shipped().unwrap().with_overrides(dir.path());
    assert_eq!(l.format("en-GB", "form-submit", None), "Send my details");
    assert_eq!(
        l.format("bn", "form-submit", None),
        shipped_bn,
        "a broken file changes nothing"
    );
    let problems = l.override_problems();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems.iter().any(|p| p.contains("broken.ftl, line 2")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("\"xx\"")),
        "{problems:?}"
    );
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    let l = Locales::shipped().unwrap();
    let patient_ids = ids_of(SOURCE_LOCALE);
    for tag in l.tags() {
        if l.status(&tag).is_some_and(|s| s.text_from.is_some()) {
            continue; // checked through the locale it takes its text from
        }
        let ids: &[String] = if tag == SOURCE_LOCALE {
            l.message_ids()
        } else {
            &patient_ids
        };
        for id in ids {
            let args = realistic_args(id);
            match l.format_strict(&tag, id, args.as_ref()) {
                Some(Ok(text)) => assert!(!text.trim().is_empty(), "{tag}/{id} is empty"),
                Some(Err(errors)) => panic!("{tag}/{id}: {errors:?}"),
                None => panic!("{tag}/{id} is missing"),
            }
        }
    }
}

#[test]
fn a_missing_translation_falls_back_to_english_not_to_its_id() {
    let l = Locales::from_sources(&[
        ("en-GB", &[("a.ftl", "hello = Hello\nbye = Goodbye\n")]),
        ("bn", &[("a.ftl", "hello = নমস্কার\n")]),
    ])
    .unwrap();
    assert_eq!(l.format("bn", "hello", None), "নমস্কার");
    assert_eq!(
        l.format("bn", "bye", None),
        "Goodbye",
        "message by message fallback"
    );
    assert_eq!(
        l.format("so", "hello", None),
        "Hello",
        "an unknown locale gets English"
    );
    assert_eq!(
        l.resolve("bn-BD"),
        "bn",
        "a regional tag finds its language"
    );
}

#[test]
fn plurals_follow_the_language() {
    let l = Locales::shipped().unwrap().without_isolation();
    let one = realistic_args("idle-countdown").map(|_| {
        let mut a = FluentArgs::new();
        a.set("seconds", 1);
        a
    });
    assert_eq!(
        l.format("en-GB", "idle-countdown", one.as_ref()),
        "The screen will clear in 1 second."
    );
    assert_eq!(
        l.format(
            "en-GB",
            "idle-countdown",
            realistic_args("idle-countdown").as_ref()
        ),
        "The screen will clear in 5 seconds."
    );
}

#[test]
fn direction_is_set_from_the_language_not_the_text() {
    assert_eq!(direction_of("ar"), Direction::Rtl);
    assert_eq!(direction_of("ur"), Direction::Rtl);
    assert_eq!(direction_of("bn"), Direction::Ltr);
    assert_eq!(direction_of("en-GB"), Direction::Ltr);
}

#[test]
fn a_syntax_error_names_the_file_and_line() {
    let err =
        Locales::from_sources(&[("en-GB", &[("a.ftl", "ok = fine\n= no id\nlater = fine\n")])])
            .err()
            .expect("bad syntax is refused");
    assert!(
        matches!(&err, LocaleError::Syntax { file, line: 2, .. } if file == "a.ftl"),
        "{err}"
    );
}
