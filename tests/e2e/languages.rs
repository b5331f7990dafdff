//! The borough's languages and accessibility, measured in the real app: axe-core on every
//! patient screen, touch-target sizes, right-to-left layout, text size, recordings and
//! practice wording overrides.

use access_kiosk_e2e::{
    axe_violations, born_years_ago, small_targets, tiny_wav, Answers, App, Practice,
};

const MIN_TARGET: f64 = 48.0;

/// Walks the patient screens in `language`, calling `check` on each with its name: every
/// part of the interest form, with its problems showing, and the turns the path takes for a
/// 13-15-year-old and a child under 13 (then through the parent's own part to the end).
async fn each_patient_screen(app: &App, language: &str, mut check: impl AsyncFnMut(&str)) {
    app.find("attract-screen").await;
    check("attract").await;
    app.tap("attract-start").await;
    app.find("language-screen").await;
    check("language").await;
    app.tap(&format!("language-{language}")).await;
    app.find("benefits-screen").await;
    check("benefits").await;
    app.tap("benefits-interested").await;
    app.wait_part("nhs-app").await;
    check("form-nhs-app").await;
    // Nothing chosen: the problem shows.
    assert_eq!(app.next_from("nhs-app").await, "nhs-app");
    check("form-nhs-app-error").await;
    app.tap("nhs-app-started").await;
    assert_eq!(app.next_from("nhs-app").await, "for-whom");
    check("form-for-whom").await;
    assert_eq!(app.next_from("for-whom").await, "about");
    check("form-about").await;
    assert_eq!(app.next_from("about").await, "about");
    check("form-about-errors").await;
    let fourteen = born_years_ago(14);
    app.fill(&[
        ("first-name", "Test"),
        ("last-name", "Patient"),
        ("dob-day", "1"),
        ("dob-month", "1"),
        ("dob-year", &fourteen),
    ])
    .await;
    assert_eq!(app.next_from("about").await, "young-person");
    check("form-young-person").await;
    app.tap("form-back").await;
    app.wait_part("about").await;
    app.type_into("dob-year", &born_years_ago(9)).await;
    assert_eq!(app.next_from("about").await, "under-13");
    check("form-under-13").await;
    app.tap("under13-carer").await;
    app.wait_part("carer").await;
    check("form-carer").await;
    assert_eq!(app.next_from("carer").await, "carer");
    check("form-carer-errors").await;
    app.fill(&[
        ("carer-first-name", "Parent"),
        ("carer-last-name", "Patient"),
    ])
    .await;
    assert_eq!(app.next_from("carer").await, "relationship");
    check("form-relationship").await;
    app.tap("relationship-parent-or-guardian").await;
    assert_eq!(app.next_from("relationship").await, "basis");
    check("form-basis").await;
    app.tap("basis-parent-of-child").await;
    assert_eq!(app.next_from("basis").await, "contact");
    check("form-contact").await;
    app.type_into("mobile", "07700 900111").await;
    assert_eq!(app.next_from("contact").await, "wants");
    check("form-wants").await;
    assert_eq!(app.next_from("wants").await, "documents");
    check("form-documents").await;
    app.tap("id-both").await;
    app.tap("form-submit").await;
    app.find("confirmation-screen").await;
    check("confirmation").await;
    app.tap("open-language").await;
    app.find("language-dialog").await;
    app.wait_until(
        "the dialog",
        "!document.querySelector('[data-testid=language-dialog]').hidden",
    )
    .await;
    check("language-dialog").await;
    app.tap("language-dialog-close").await;
}

/// The text of a one-line Fluent message `id` in `locales/<language>/<file>`.
fn message(language: &str, file: &str, id: &str) -> String {
    let path = format!(
        "{}/../locales/{language}/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{path} has no one-line message {id}"))
        .trim()
        .to_owned()
}

#[tokio::test(flavor = "current_thread")]
async fn every_patient_screen_passes_axe_at_wcag_2_2_aa_in_english_bengali_and_urdu() {
    for language in ["en-GB", "bn", "ur"] {
        let app = App::launch(Practice::with_languages(&["en-GB", "bn", "ur"])).await;
        let mut failures = Vec::new();
        each_patient_screen(&app, language, async |screen: &str| {
            for v in axe_violations(&app).await {
                failures.push(format!("{language}/{screen}: {v}"));
            }
            // Every word has its message: none shows its id instead.
            let ids = app
                .js("return [...document.querySelectorAll('[data-l10n]')]\
                     .filter(e => e.textContent.trim() === e.dataset.l10n).map(e => e.dataset.l10n)")
                .await;
            if ids != serde_json::json!([]) {
                failures.push(format!("{language}/{screen}: words shown as ids: {ids}"));
            }
            // Before the form, the patient reads in their own language that someone making
            // them show their record is a reason not to sign up (hazard log H3, control 2).
            if screen == "benefits" {
                let shown = app
                    .js("const e = document.querySelector('[data-l10n=risk-coercion]');\
                         return e && e.getClientRects().length > 0 && !e.closest('[hidden]') \
                           ? e.textContent.trim() : null;")
                    .await;
                let expected = message(language, "kiosk.ftl", "risk-coercion");
                if shown != serde_json::json!(expected) {
                    failures.push(format!("{language}/benefits: the coercion warning is {shown}, not {expected:?}"));
                }
            }
        })
        .await;
        assert!(
            failures.is_empty(),
            "axe-core violations:\n{}",
            failures.join("\n")
        );
        // axe really runs: an unlabelled field is caught.
        app.js("const i = document.createElement('input'); document.querySelector('main').append(i); return true;")
            .await;
        let caught = axe_violations(&app).await;
        assert!(
            caught.iter().any(|v| v.starts_with("label")),
            "axe must catch a missing label: {caught:?}"
        );
        app.close().await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn every_touch_target_is_at_least_48_px_on_every_screen() {
    let app = App::launch(Practice::with_languages(&["en-GB", "ur"])).await;
    let mut failures = Vec::new();
    each_patient_screen(&app, "ur", async |screen: &str| {
        for t in small_targets(&app, MIN_TARGET).await {
            failures.push(format!("{screen}: {t}"));
        }
    })
    .await;
    assert!(
        failures.is_empty(),
        "targets under {MIN_TARGET} px:\n{}",
        failures.join("\n")
    );
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn right_to_left_languages_mirror_the_layout_and_keep_numbers_readable() {
    let app = App::launch(Practice::with_languages(&["en-GB", "ar", "ur", "bn"])).await;
    app.tap("attract-start").await;
    app.tap("language-ur").await;
    app.find("benefits-screen").await;
    assert_eq!(app.js("return document.documentElement.dir").await, "rtl");
    assert_eq!(app.js("return document.documentElement.lang").await, "ur");
    app.save_screenshot("benefits-ur").await;
    // "Not now" sits on the right and "I am interested" on the left when mirrored.
    let mirrored = app
        .js("const a = document.querySelector('[data-testid=benefits-not-now]').getBoundingClientRect();\
             const b = document.querySelector('[data-testid=benefits-interested]').getBoundingClientRect();\
             return a.left > b.left;")
        .await;
    assert_eq!(mirrored, true, "the actions mirror in right-to-left");
    app.tap("benefits-interested").await;
    app.find("form-screen").await;
    app.save_screenshot("form-nhs-app-ur").await;
    app.tap("nhs-app-no").await;
    assert_eq!(app.next_from("nhs-app").await, "for-whom");
    assert_eq!(app.next_from("for-whom").await, "about");
    let phone_dir = app
        .js("return getComputedStyle(document.querySelector('[data-testid=mobile]')).direction")
        .await;
    assert_eq!(
        phone_dir, "ltr",
        "phone numbers stay left-to-right inside Urdu"
    );
    app.type_into("first-name", "فاطمہ").await;

    // Arabic, then a left-to-right language: direction follows the language, not the text.
    app.tap("open-language").await;
    app.tap("language-ar").await;
    app.wait_until("Arabic", "document.documentElement.lang === 'ar'")
        .await;
    assert_eq!(app.js("return document.documentElement.dir").await, "rtl");
    app.tap("open-language").await;
    app.tap("language-bn").await;
    app.wait_until("Bengali", "document.documentElement.lang === 'bn'")
        .await;
    assert_eq!(app.js("return document.documentElement.dir").await, "ltr");
    assert_eq!(
        app.value_of("first-name").await,
        "فاطمہ",
        "switching language keeps the name"
    );
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn three_text_sizes_never_make_the_page_scroll_sideways() {
    let app = App::launch(Practice::default()).await;
    app.open_form_in("bn").await;
    let mut widths = Vec::new();
    for size in 0..3 {
        app.tap(&format!("text-size-{size}")).await;
        // The page scrolls in .kiosk-page (above the on-screen keyboard): neither it nor
        // the document may be wider than the screen.
        let overflow = app
            .js("const d = document.documentElement, p = document.querySelector('.kiosk-page');                 return Math.max(d.scrollWidth - d.clientWidth, p.scrollWidth - p.clientWidth);")
            .await;
        assert_eq!(
            overflow, 0,
            "text size {size} makes the page wider than the screen"
        );
        let h = app
            .js("return document.querySelector('[data-testid=form-next]').getBoundingClientRect().height")
            .await;
        widths.push(h.as_f64().unwrap());
    }
    assert!(
        widths[0] < widths[1] && widths[1] < widths[2],
        "each step is bigger: {widths:?}"
    );
    app.save_screenshot("form-bn-largest-text").await;
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn sylheti_plays_the_practice_recording_and_listen_hides_where_there_is_none() {
    let wav = tiny_wav(800);
    let len = wav.len();
    let app = App::launch_with(Practice::with_languages(&["en-GB", "bn", "syl"]), |dir| {
        std::fs::create_dir_all(dir.join("audio/syl")).unwrap();
        std::fs::write(dir.join("audio/syl/benefits.wav"), &wav).unwrap();
    })
    .await;
    app.tap("attract-start").await;
    app.tap("language-syl").await;
    app.find("benefits-screen").await;
    app.wait_until(
        "the listen button",
        "!document.querySelector('[data-testid=listen]').hidden",
    )
    .await;
    assert_eq!(
        app.text_of("benefits-interested").await,
        "আমি আগ্রহী",
        "Sylheti screens show the Bengali text"
    );
    let fetched = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             window.__TAURI__.core.invoke('audio_clip', { locale: 'syl', screen: 'benefits' })\
               .then(b => done(b.byteLength));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(fetched, len, "the button plays the practice's own file");
    app.tap("listen").await;

    app.tap("open-language").await;
    app.tap("language-en-GB").await;
    app.wait_until("English", "document.documentElement.lang === 'en-GB'")
        .await;
    let hidden = app
        .js("return document.querySelector('[data-testid=listen]').hidden")
        .await;
    assert_eq!(hidden, true, "no English recording, so no Listen button");
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn practice_wording_overrides_apply_and_broken_ones_are_shown_to_staff() {
    let app = App::launch_with(Practice::default(), |dir| {
        std::fs::create_dir_all(dir.join("locales/en-GB")).unwrap();
        std::fs::write(
            dir.join("locales/en-GB/practice.ftl"),
            "benefits-interested = Yes, sign me up\n",
        )
        .unwrap();
        std::fs::create_dir_all(dir.join("locales/bn")).unwrap();
        std::fs::write(dir.join("locales/bn/broken.ftl"), "fine = ok\n= oops\n").unwrap();
    })
    .await;
    app.tap("attract-start").await;
    app.tap("language-en-GB").await;
    assert_eq!(app.text_of("benefits-interested").await, "Yes, sign me up");

    // Staff see the problem in the staff face's About tab.
    app.tap("benefits-not-now").await;
    app.find("attract-screen").await; // the next patient's page, loaded afresh
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    app.tap("tab-about").await;
    app.find("about-panel").await;
    let problems = app.text_of("override-problems").await;
    assert!(problems.contains("broken.ftl, line 2"), "{problems}");
    let bn = app.text_of("translation-bn").await;
    assert!(
        bn.contains("machine draft") && bn.contains("review before go-live"),
        "{bn}"
    );
    app.tap("staff-leave").await;
    app.find("attract-screen").await;
    app.close().await;
}

/// Screenshots for people to look at (tests/artifacts/): the benefits screen in five
/// scripts and directions, and an Urdu confirmation. Each is checked for its language first.
#[tokio::test(flavor = "current_thread")]
async fn screenshot_tour_of_the_benefits_screen_in_five_languages_and_an_urdu_confirmation() {
    let app = App::launch(Practice::with_languages(&[
        "en-GB", "bn", "ur", "ar", "zh-Hans",
    ]))
    .await;
    app.tap("attract-start").await;
    app.tap("language-en-GB").await;
    app.find("benefits-screen").await;
    for language in ["en-GB", "bn", "ur", "ar", "zh-Hans"] {
        app.tap("open-language").await;
        app.tap(&format!("language-{language}")).await;
        app.wait_until(
            language,
            &format!("document.documentElement.lang === '{language}'"),
        )
        .await;
        app.save_screenshot(&format!("benefits-{language}")).await;
    }
    app.tap("benefits-interested").await;
    app.answer(&Answers {
        first: "Fatima",
        last: "Khan",
        dob: ("9", "9", "1972"),
        mobile: "07700 900222",
        documents: "id-neither",
        ..Answers::default()
    })
    .await;
    app.tap("open-language").await;
    app.tap("language-ur").await;
    app.wait_until("Urdu", "document.documentElement.lang === 'ur'")
        .await;
    app.tap("form-submit").await;
    app.find("confirmation-screen").await;
    app.save_screenshot("confirmation-ur").await;
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_attract_screen_turns_to_each_language_with_its_direction() {
    let app = App::launch(Practice::with_languages(&["en-GB", "ar"])).await;
    let rotating = "document.querySelector('[data-testid=attract-rotating]')";
    assert_eq!(app.js(&format!("return {rotating}.lang")).await, "en-GB");
    let first = app.text_of("attract-rotating").await;
    // Three benefits in each language, one every five seconds: Arabic comes third.
    app.wait_until(
        "the second English benefit",
        &format!("{rotating}.innerText !== {first:?}"),
    )
    .await;
    app.wait_until(
        "Arabic on the attract screen",
        &format!("{rotating}.lang === 'ar'"),
    )
    .await;
    let arabic = app
        .js(
            "const q = (s) => document.querySelector(`[data-slot=${s}]`);\
             return [q('rotating').dir, q('rotating-touch').lang, q('rotating-touch').dir,\
                     q('own-phone-caption').lang, q('rotating-title').textContent,\
                     q('rotating-touch').textContent, q('own-phone-caption').textContent];",
        )
        .await;
    assert_eq!(arabic[0], "rtl");
    assert_eq!(arabic[1], "ar");
    assert_eq!(arabic[2], "rtl");
    assert_eq!(arabic[3], "ar");
    for text in [&arabic[4], &arabic[5], &arabic[6]] {
        let text = text.as_str().unwrap();
        assert!(
            text.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)),
            "every turning line is in Arabic, not left in English: {text}"
        );
    }
    app.save_screenshot("attract-ar").await;
    app.close().await;
}
