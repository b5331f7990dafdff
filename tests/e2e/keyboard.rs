//! The kiosk's own on-screen keyboard and number pad (issue 16): the interest form typed key
//! by key through WebDriver clicks on the keys (never `send_keys`) in Latin, Bengali and Urdu
//! script and read back as staff; and what a kiosk needs of it: typing is activity, the
//! field keeps the focus and stays in view, a physical keyboard still types, the staff PIN
//! gets the number pad, the first touch after a reset works, and axe finds nothing.

use access_kiosk_e2e::{axe_violations, small_targets, App, Practice};

/// Which keys the keyboard shows now: (layout, layer), e.g. ("number-pad", "digits").
async fn shown(app: &App) -> (String, String) {
    let v = app
        .js(
            "const k = document.querySelector('[data-testid=keyboard]');\
             return k.hidden ? null : [k.dataset.layout, k.dataset.layer];",
        )
        .await;
    let pair: Option<(String, String)> = serde_json::from_value(v).expect("a pair or null");
    pair.expect("the keyboard is open")
}

/// The field still has the focus (the keys never take it), and it is in view between the
/// header and the keyboard, not behind the keys.
async fn focused_and_in_view(app: &App, testid: &str) {
    let v = app
        .js(&format!(
            "const f = document.querySelector('[data-testid={testid}]');\
             const page = document.querySelector('.kiosk-page').getBoundingClientRect();\
             const keys = document.querySelector('[data-testid=keyboard]').getBoundingClientRect();\
             const r = f.getBoundingClientRect();\
             return {{ focused: document.activeElement === f,\
                      inView: r.top >= page.top && r.bottom <= page.bottom && r.bottom <= keys.top }};"
        ))
        .await;
    assert_eq!(
        v["focused"], true,
        "{testid} lost the focus to the keyboard"
    );
    assert_eq!(
        v["inView"], true,
        "{testid} is hidden (behind the keys or scrolled away)"
    );
}

/// Types `text` into `testid` on the keys, checks which keyboard it got, that the field kept
/// the focus and is in view, and that it holds exactly what was typed.
async fn type_field(app: &App, testid: &str, text: &str, keyboard: (&str, &str)) {
    app.type_on_keys(testid, text).await;
    let (layout, layer) = shown(app).await;
    assert_eq!(
        (layout.as_str(), layer.as_str()),
        keyboard,
        "{testid} got the wrong keyboard"
    );
    focused_and_in_view(app, testid).await;
    assert_eq!(
        app.value_of(testid).await,
        text,
        "{testid} holds what was typed"
    );
}

/// From the form's first part to the one with the patient's name, date of birth and NHS
/// number: not in the NHS App yet, for themselves (each answer is a tap, not typing).
async fn to_about(app: &App) {
    app.wait_part("nhs-app").await;
    app.tap("nhs-app-no").await;
    assert_eq!(app.next_from("nhs-app").await, "for-whom");
    app.tap("for-me").await;
    assert_eq!(app.next_from("for-whom").await, "about");
}

/// On to the part with the mobile and email.
async fn to_contact(app: &App) {
    assert_eq!(app.next_from("about").await, "contact");
}

/// From the contact part, on through what they want and their documents, sends the form
/// and returns the reference from the confirmation screen.
async fn send(app: &App) -> String {
    assert_eq!(app.next_from("contact").await, "wants");
    assert_eq!(app.next_from("wants").await, "documents");
    app.tap("id-both").await;
    app.tap("form-submit").await;
    app.find("confirmation-screen").await;
    app.text_of("reference").await
}

#[tokio::test(flavor = "current_thread")]
async fn the_whole_form_typed_on_the_keys_in_english_is_stored_exactly_as_typed() {
    let app = App::launch(Practice::default()).await;
    app.open_form_in("en-GB").await;
    to_about(&app).await;
    // Accented capitals and small letters from several of the borough's languages, a
    // hyphen and an apostrophe: each one or two taps away (the accents layer).
    type_field(&app, "first-name", "Łukasz", ("latin", "letters")).await;
    app.save_screenshot("keyboard-latin-letters-en-GB").await;
    type_field(&app, "last-name", "Ğüneş-Ó'Brien", ("latin", "letters")).await;
    app.tap_key("key-layer-accents").await;
    app.save_screenshot("keyboard-latin-accents-en-GB").await;
    app.tap_key("key-shift").await;
    app.save_screenshot("keyboard-latin-accent-capitals-en-GB")
        .await;
    app.tap_key("key-layer-letters").await;
    app.tap_key("key-layer-symbols").await;
    app.save_screenshot("keyboard-latin-symbols-en-GB").await;
    type_field(&app, "dob-day", "7", ("number-pad", "digits")).await;
    app.save_screenshot("keyboard-number-pad-en-GB").await;
    type_field(&app, "dob-month", "3", ("number-pad", "digits")).await;
    type_field(&app, "dob-year", "1984", ("number-pad", "digits")).await;
    // The NHS number is this part's last field: its pad says Done, which closes the keyboard.
    type_field(&app, "nhs-number", "9434765919", ("number-pad", "digits")).await;
    assert_eq!(app.text_of("key-next").await, "Done");
    app.tap_key("key-next").await;
    app.wait_until(
        "the keyboard to close",
        "document.querySelector('[data-testid=keyboard]').hidden",
    )
    .await;
    to_contact(&app).await;
    type_field(&app, "mobile", "+44 7700 900123", ("number-pad", "phone")).await;
    app.save_screenshot("keyboard-number-pad-phone-en-GB").await;
    type_field(
        &app,
        "email",
        "lukasz.o'brien+kiosk_84@example.co.uk",
        ("latin", "email"),
    )
    .await;
    app.save_screenshot("keyboard-latin-email-en-GB").await;

    let reference = send(&app).await;
    let entry = app.staff_view_of(&reference).await;
    assert_eq!(
        (
            entry["firstName"].as_str(),
            entry["lastName"].as_str(),
            entry["dateOfBirth"].as_str()
        ),
        (Some("Łukasz"), Some("Ğüneş-Ó'Brien"), Some("1984-03-07")),
        "stored exactly as typed on the keys: {entry}"
    );
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_bengali_name_with_a_conjunct_typed_key_by_key_is_stored_byte_for_byte() {
    let app = App::launch(Practice::default()).await;
    app.open_form_in("bn").await;
    to_about(&app).await;
    // The Bengali page offers Bengali letters first. উদ্দিন is typed as a patient types it:
    // উ (the vowels key, then উ), দ, hasanta, দ, the i-sign after its consonant, ন.
    type_field(&app, "first-name", "রহিম", ("bengali", "letters")).await;
    app.save_screenshot("keyboard-bengali-letters-bn").await;
    // Backspace takes one code point: the vowel sign goes, its consonant stays.
    app.tap_key("key-backspace").await;
    app.tap_key("key-backspace").await;
    assert_eq!(app.value_of("first-name").await, "রহ");
    app.keys("িম").await;
    assert_eq!(app.value_of("first-name").await, "রহিম");
    type_field(&app, "last-name", "উদ্দিন", ("bengali", "letters")).await;
    app.tap_key("key-layer-vowels").await;
    app.save_screenshot("keyboard-bengali-vowels-bn").await;
    app.tap_key("key-layer-letters").await;
    type_field(&app, "dob-day", "12", ("number-pad", "digits")).await;
    type_field(&app, "dob-month", "6", ("number-pad", "digits")).await;
    type_field(&app, "dob-year", "1984", ("number-pad", "digits")).await;
    to_contact(&app).await;
    type_field(&app, "mobile", "07700 900456", ("number-pad", "phone")).await;
    let reference = send(&app).await;

    let entry = app.staff_view_of(&reference).await;
    let last = entry["lastName"].as_str().expect("a last name");
    assert_eq!(
        last.chars().map(|c| c as u32).collect::<Vec<_>>(),
        vec![0x0989, 0x09A6, 0x09CD, 0x09A6, 0x09BF, 0x09A8],
        "উদ্দিন in logical order: u, da, hasanta, da, i-sign, na: {last:?}"
    );
    assert_eq!(last.as_bytes(), "উদ্দিন".as_bytes());
    assert_eq!(entry["firstName"].as_str(), Some("রহিম"));
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn an_urdu_name_typed_on_the_right_to_left_keys_is_stored_exactly() {
    let app = App::launch(Practice::with_languages(&["en-GB", "ur"])).await;
    app.open_form_in("ur").await;
    to_about(&app).await;
    type_field(&app, "first-name", "فاطمہ", ("urdu", "letters")).await;
    let dir = app
        .js("return document.querySelector('[data-testid=keyboard] .kiosk-keyboard__layer').dir")
        .await;
    assert_eq!(dir, "rtl", "Urdu keys run right to left");
    app.save_screenshot("keyboard-urdu-letters-ur").await;
    type_field(&app, "last-name", "چوہدری", ("urdu", "letters")).await;
    app.tap_key("key-layer-marks").await;
    app.save_screenshot("keyboard-urdu-marks-ur").await;
    app.tap_key("key-layer-letters").await;
    type_field(&app, "dob-day", "1", ("number-pad", "digits")).await;
    app.save_screenshot("keyboard-number-pad-ur").await;
    type_field(&app, "dob-month", "11", ("number-pad", "digits")).await;
    type_field(&app, "dob-year", "1990", ("number-pad", "digits")).await;
    to_contact(&app).await;
    type_field(&app, "mobile", "07700 900789", ("number-pad", "phone")).await;
    let reference = send(&app).await;
    let entry = app.staff_view_of(&reference).await;
    assert_eq!(
        (entry["firstName"].as_str(), entry["lastName"].as_str()),
        (Some("فاطمہ"), Some("چوہدری")),
        "{entry}"
    );
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn every_layout_can_be_switched_to_on_the_keyboard_and_looked_at() {
    let app = App::launch(Practice::with_languages(&["en-GB", "bn", "ur", "ar", "pl"])).await;
    // A Polish patient gets the Polish letters in a row of their own, one tap each.
    app.open_form_in("pl").await;
    to_about(&app).await;
    app.type_on_keys("first-name", "Zażółć").await;
    let row = app
        .js("return [...document.querySelectorAll('[data-testid=keyboard] .kiosk-keyboard__row')][0].textContent")
        .await;
    assert_eq!(row, "ąćęłńóśźż", "the first row is Polish's letters");
    app.save_screenshot("keyboard-latin-letters-pl").await;
    for (layout, name) in [
        ("bengali", "keyboard-bengali-letters-pl"),
        ("urdu", "keyboard-urdu-letters-pl"),
        ("arabic", "keyboard-arabic-letters-pl"),
    ] {
        app.tap_key(&format!("key-layout-{layout}")).await;
        assert_eq!(shown(&app).await, (layout.to_owned(), "letters".to_owned()));
        app.save_screenshot(name).await;
    }
    // The patient's pick holds for the next field, and Arabic types Arabic letters.
    app.type_on_keys("last-name", "حسن").await;
    assert_eq!(shown(&app).await.0, "arabic");
    assert_eq!(app.value_of("last-name").await, "حسن");
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn typing_for_longer_than_idle_seconds_never_brings_are_you_still_there() {
    let idle = 5;
    let app = App::launch(Practice::with_idle(idle, 20)).await;
    app.open_form_in("en-GB").await;
    to_about(&app).await;
    app.type_on_keys("first-name", "A").await;
    let started = std::time::Instant::now();
    let mut typed = String::from("A");
    // Key taps and nothing else, for well over idle_seconds.
    while started.elapsed().as_secs() < idle as u64 + 4 {
        app.keys("nna").await;
        typed.push_str("nna");
        assert_eq!(
            app.js("return document.querySelector('[data-testid=idle-dialog]').hidden")
                .await,
            true,
            "\"Are you still there?\" came while the patient was typing ({:?} in)",
            started.elapsed()
        );
    }
    assert_eq!(app.value_of("first-name").await, typed);
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_language_change_mid_form_keeps_what_was_typed() {
    let app = App::launch(Practice::with_languages(&["en-GB", "bn", "ur"])).await;
    app.open_form_in("en-GB").await;
    to_about(&app).await;
    app.type_on_keys("first-name", "Amina").await;
    app.type_on_keys("dob-year", "1984").await;
    app.tap("open-language").await;
    app.tap("language-ur").await;
    app.wait_until("Urdu", "document.documentElement.lang === 'ur'")
        .await;
    assert_eq!(app.value_of("first-name").await, "Amina");
    assert_eq!(app.value_of("dob-year").await, "1984");
    // The keyboard now offers Urdu letters first, labelled in Urdu.
    type_field(&app, "last-name", "خان", ("urdu", "letters")).await;
    assert_eq!(
        app.js("return document.querySelector('[data-testid=key-next]').textContent")
            .await,
        "اگلا"
    );
    app.tap("open-language").await;
    app.tap("language-en-GB").await;
    app.wait_until("English", "document.documentElement.lang === 'en-GB'")
        .await;
    for (field, value) in [
        ("first-name", "Amina"),
        ("last-name", "خان"),
        ("dob-year", "1984"),
    ] {
        assert_eq!(app.value_of(field).await, value, "{field} kept");
    }
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_physical_keyboard_still_types_and_the_keys_never_take_the_focus() {
    let app = App::launch(Practice::default()).await;
    app.open_form_in("en-GB").await;
    to_about(&app).await;
    app.tap("first-name").await;
    app.find("keyboard").await;
    // The physical keyboard types into the same field, with the on-screen one open.
    let field = app.find("first-name").await;
    field.send_keys("Ann").await.expect("physical keys");
    app.keys("e").await;
    field.send_keys("-Marie").await.expect("physical keys");
    assert_eq!(app.value_of("first-name").await, "Anne-Marie");
    focused_and_in_view(&app, "first-name").await;
    // Backspace on the keys takes one character; Next moves to the next field.
    app.tap_key("key-backspace").await;
    assert_eq!(app.value_of("first-name").await, "Anne-Mari");
    app.tap_key("key-next").await;
    app.wait_until(
        "the last name focused",
        "document.activeElement.dataset.testid === 'last-name'",
    )
    .await;
    // A name's every word starts with a capital by itself ("Van Der", not "Van der"); a
    // letter typed after it goes back to small letters.
    assert_eq!(shown(&app).await, ("latin".into(), "capitals".into()));
    app.keys("Van").await;
    assert_eq!(shown(&app).await, ("latin".into(), "letters".into()));
    app.tap_key("key-space").await;
    assert_eq!(shown(&app).await, ("latin".into(), "capitals".into()));
    // Hide closes the keyboard and leaves the page as it was.
    app.tap_key("key-hide").await;
    app.wait_until(
        "the keyboard to close",
        "document.querySelector('[data-testid=keyboard]').hidden",
    )
    .await;
    assert_eq!(app.value_of("first-name").await, "Anne-Mari");
    app.close().await;
}

/// Every PIN field of the staff face gets the number pad: the log-in, a PIN reset, and the
/// PIN asked again before an administrator's action, whose dialog covers the page with a
/// veil: there its keys must sit above the veil and take the taps (typed here on the keys
/// only, key by key). Keys drawn for the patient before (in Urdu) are drawn again in English
/// for staff.
#[tokio::test(flavor = "current_thread")]
async fn the_staff_pin_entry_gets_the_number_pad() {
    // The harness sets the kiosk up with its administrator, as a practice would; a PIN typed
    // at log-in is "recent" for no time at all, so the first administrator action asks again.
    let app = App::launch(
        Practice::with_languages(&["en-GB", "ur"]).with_env("ACCESS_KIOSK_FRESH_PIN_SECONDS", "0"),
    )
    .await;
    let staff = app.invoke("staff_state", serde_json::json!({})).await;
    let id = staff["staff"][0]["id"].as_i64().expect("the administrator");
    // A patient reading in Urdu switches their keyboard to Latin letters; then a member of
    // staff takes over (the long press on the practice name).
    app.open_form_in("ur").await;
    to_about(&app).await;
    app.tap("first-name").await;
    app.find("key-hide").await;
    app.tap_key("key-layout-latin").await;
    let space = "document.querySelector('[data-testid=keyboard] [data-action=space]').textContent";
    assert_ne!(
        app.js(&format!("return {space};")).await,
        "Space",
        "the keys are in Urdu"
    );
    app.tap_key("key-hide").await;
    app.press_practice_name().await;
    app.tap(&format!("staff-account-{id}")).await;
    type_field(&app, "pin", Practice::ADMIN_PIN, ("number-pad", "pin")).await;
    app.save_screenshot("keyboard-number-pad-staff-pin").await;
    app.tap("pin-submit").await;
    app.find("staff-home").await;
    app.tap("tab-staff").await;
    app.type_on_keys("new-staff-name", "Ola Officer").await;
    assert_eq!(shown(&app).await.0, "latin");
    assert_eq!(app.js(&format!("return {space};")).await, "Space");
    type_field(&app, &format!("new-pin-{id}"), "1", ("number-pad", "pin")).await;
    app.js(&format!(
        "document.querySelector('[data-testid=new-pin-{id}]').value = '';"
    ))
    .await;
    type_field(&app, "new-staff-pin", "583920", ("number-pad", "pin")).await;
    app.tap("new-staff-add").await;
    app.find("pin-prompt").await;
    app.tap("pin-prompt-pin").await;
    app.wait_until(
        "the number pad for the PIN prompt",
        "document.activeElement?.id === 'pin-prompt-pin' \
         && !document.querySelector('[data-testid=keyboard]').hidden \
         && document.querySelector('[data-testid=keyboard]').dataset.layer === 'pin'",
    )
    .await;
    // Each key is what a finger at its centre touches (not the veil, not the dialog), and the
    // dialog ends above the keys.
    let covered = app
        .js(
            "const keys = document.querySelector('[data-testid=keyboard]');\
             const panel = document.querySelector('[data-testid=pin-prompt] .kiosk-overlay__panel');\
             const out = [...keys.querySelectorAll('.kiosk-key')].filter((k) => {\
               const r = k.getBoundingClientRect();\
               const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);\
               return !hit || hit.closest('.kiosk-key') !== k;\
             }).map((k) => k.dataset.testid);\
             if (panel.getBoundingClientRect().bottom > keys.getBoundingClientRect().top) out.push('the dialog over the keys');\
             return out;",
        )
        .await;
    assert_eq!(
        covered,
        serde_json::json!([]),
        "keys covered by the PIN prompt"
    );
    app.keys(Practice::ADMIN_PIN).await;
    assert_eq!(app.value_of("pin-prompt-pin").await, Practice::ADMIN_PIN);
    app.save_screenshot("keyboard-number-pad-pin-prompt").await;
    assert_eq!(small_targets(&app, 48.0).await, Vec::<String>::new());
    assert_eq!(axe_violations(&app).await, Vec::<String>::new());
    app.tap("pin-prompt-confirm").await;
    app.wait_until(
        "Ola in the staff list",
        "document.querySelector('[data-testid=staff-home]')?.textContent.includes('Ola Officer')",
    )
    .await;
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_first_touch_after_a_reset_works() {
    let app = App::launch(Practice::with_idle(5, 1)).await;
    app.open_form_in("en-GB").await;
    to_about(&app).await;
    app.type_on_keys("first-name", "Gone").await;
    // Left alone with the keyboard open, the kiosk resets for the next patient.
    app.wait_until(
        "the attract screen after the reset",
        "document.querySelector('[data-testid=attract-screen]') && document.body.dataset.ready === 'true'",
    )
    .await;
    // One touch each: the next patient starts, and their first key tap types.
    app.tap("attract-start").await;
    app.find("language-screen").await;
    app.tap("language-en-GB").await;
    app.find("benefits-screen").await;
    app.tap("benefits-interested").await;
    app.find("form-screen").await;
    to_about(&app).await;
    app.type_on_keys("first-name", "N").await;
    assert_eq!(app.value_of("first-name").await, "N");
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_touch_while_the_page_is_replaced_is_kept_for_the_next_patient() {
    let app = App::launch(Practice::default()).await;
    app.send_interest_form("en-GB", "Amina").await;
    app.find("confirmation-screen").await;
    // The patient finishes and the next one touches the screen at once, while the kiosk
    // loads its page afresh behind the attract screen. WebDriver waits for a page to load
    // before it clicks, so the touch is sent from the page, in the same moment as Finish.
    let during = app
        .js(
            "document.querySelector('[data-testid=confirm-finish]').click();\
             const state = document.body.dataset.ready;\
             document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));\
             return state;",
        )
        .await;
    assert_eq!(during, "reloading", "Finish replaces the page");
    // The fresh page acts on that touch: the next patient is asked for their language.
    app.wait_until(
        "the fresh page to start the next patient",
        "document.body.dataset.ready === 'true' && document.querySelector('[data-testid=language-screen]')",
    )
    .await;
    // Nothing of the last patient is left: not in the page, nor in what pages hand on to
    // the next one (sessionStorage keeps the touch and the wording, nothing else).
    let left = app
        .js("return document.documentElement.outerHTML + JSON.stringify(sessionStorage);")
        .await
        .to_string();
    assert!(
        !left.contains("Amina"),
        "nothing of the last patient is left"
    );
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_open_keyboard_passes_axe_in_english_bengali_and_urdu() {
    for language in ["en-GB", "bn", "ur"] {
        let app = App::launch(Practice::with_languages(&["en-GB", "bn", "ur"])).await;
        app.open_form_in(language).await;
        to_about(&app).await;
        let mut failures = Vec::new();
        for (field, layer) in [
            ("first-name", None),
            ("first-name", Some("key-layer-symbols")),
            ("dob-day", None),
            ("email", None),
            ("mobile", None),
        ] {
            if field == "email" {
                // The contact details are the next part: the about part's answers first.
                app.fill(&[
                    ("first-name", "Amina"),
                    ("last-name", "Begum"),
                    ("dob-day", "7"),
                    ("dob-month", "3"),
                    ("dob-year", "1984"),
                ])
                .await;
                to_contact(&app).await;
            }
            app.tap(field).await;
            app.find("keyboard").await;
            if let Some(key) = layer {
                app.tap_key(key).await;
            }
            let at = format!("{language}/{field}/{}", layer.unwrap_or("first"));
            for v in axe_violations(&app).await {
                failures.push(format!("{at}: {v}"));
            }
            for t in small_targets(&app, 48.0).await {
                failures.push(format!("{at}: target under 48×48: {t}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        app.close().await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn key_taps_keep_a_staff_session_alive_past_its_timeout() {
    let mut practice = Practice::default();
    practice.toml.push_str("staff_session_minutes = 1\n");
    let app = App::launch(practice).await;
    app.log_in_as_new_admin("Ola Officer", "583920").await;
    // The desk's own form: typing in it sends no command of its own.
    app.tap("tab-new").await;
    app.find("interest-form").await;
    app.type_on_keys("first-name", "D").await;
    let started = std::time::Instant::now();
    while started.elapsed().as_secs() < 75 {
        app.keys("esk").await;
        assert!(
            app.present("staff-home").await,
            "the staff session ended while the officer was typing ({:?} in)",
            started.elapsed()
        );
    }
    // The session is still live on the Rust side too: a command that needs it works.
    let session = app.invoke("staff_session", serde_json::json!({})).await;
    assert!(session["error"].is_null(), "{session}");
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_reports_dates_are_typed_on_the_number_pad_and_checked() {
    let app = App::launch(Practice::default()).await;
    app.log_in_as_new_admin("Ola Officer", "583920").await;
    app.tap("tab-reports").await;
    app.find("report-chart").await;
    // Clear the period's start on the keys, then type a day that does not exist.
    app.type_on_keys("report-from", "").await;
    assert_eq!(shown(&app).await, ("number-pad".into(), "date".into()));
    for _ in 0..app.value_of("report-from").await.chars().count() {
        app.tap_key("key-backspace").await;
    }
    app.keys("2026-02-30").await;
    focused_and_in_view(&app, "report-from").await;
    app.save_screenshot("keyboard-number-pad-report-date").await;
    app.tap("report-show").await;
    app.wait_until(
        "the date refused",
        "!document.querySelector('[data-testid=report-error]').hidden",
    )
    .await;
    assert_eq!(
        app.text_of("report-error").await,
        "Use a real date (year-month-day)."
    );
    assert_eq!(
        app.value_of("report-from").await,
        "2026-02-30",
        "nothing typed is lost"
    );
    app.type_on_keys("report-from", "").await;
    for _ in 0.."02-30".len() {
        app.tap_key("key-backspace").await;
    }
    app.keys("03-02").await;
    assert_eq!(app.value_of("report-from").await, "2026-03-02");
    app.tap("report-show").await;
    // Monday 2 March 2026 is in ISO week 10: the chart now starts there.
    app.wait_until(
        "the chart from the typed date",
        "document.querySelector('[data-testid=report-error]').hidden \
         && document.querySelector('[data-testid=report-chart] svg').textContent.includes('2026-W10')",
    )
    .await;
    app.save_screenshot("report-from-a-typed-date").await;
    app.close().await;
}
