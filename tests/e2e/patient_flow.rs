//! The patient's interest flow, in English and Bengali, against the real app and its
//! real SQLite file.

use access_kiosk_e2e::{decode_qr, Answers, App, Practice};

/// A birth year that puts the patient at 25 or 26 now, inside the 20–35 target band.
fn birth_year_25_years_ago() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    (1970 + secs / 31_556_952 - 25).to_string()
}

/// Fills the interest form as a patient would: not in the NHS App yet, for themselves,
/// saying no to the record from now on and asking for the older record.
async fn fill_form(app: &App, first: &str, last: &str, mobile: &str) {
    let year = birth_year_25_years_ago();
    app.answer(&Answers {
        first,
        last,
        dob: ("7", "3", &year),
        mobile,
        toggle: &["wants-new-entries", "wants-older-record"],
        documents: "id-photo-only",
        ..Answers::default()
    })
    .await;
}

#[tokio::test(flavor = "current_thread")]
async fn english_interest_is_saved_with_its_event_and_the_qr_leads_to_the_practice_url() {
    let app = App::launch(Practice::default()).await;
    assert!(
        app.present("attract-screen").await,
        "the kiosk opens on the attract screen"
    );
    app.save_screenshot("attract-en-GB").await;

    app.open_form_in("en-GB").await;
    fill_form(&app, "Amina", "Begum", "07700 900123").await;
    app.tap("form-submit").await;
    app.find("confirmation-screen").await;
    let reference = app.text_of("reference").await;
    assert_eq!(
        reference.len(),
        6,
        "a six-character reference is shown: {reference:?}"
    );

    // The QR as the patient sees it decodes to the configured registration address.
    let png = app.screenshot().await;
    app.save_screenshot("confirmation-en-GB").await;
    assert_eq!(decode_qr(&png), vec![Practice::REGISTRATION_URL.to_owned()]);

    // The journey and its first event are in the SQLite file, with the right fields.
    let db = app.database();
    let (locale, status, channel, band, services, new_entries, older, docs): (
        String,
        String,
        String,
        String,
        bool,
        bool,
        bool,
        String,
    ) = db
        .query_row(
            "SELECT locale, status, channel, age_band, wants_services, wants_new_entries,
                    wants_older_record, id_documents_today
             FROM journey WHERE reference = ?1",
            [&reference],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            },
        )
        .expect("the confirmed journey is in the database");
    assert_eq!(
        (locale.as_str(), status.as_str(), channel.as_str()),
        ("en-GB", "interested", "kiosk")
    );
    assert_eq!(band, "20-35");
    assert_eq!(
        (services, new_entries, older),
        (true, false, true),
        "the record from now on unticked (opted out), the older record asked for"
    );
    let (path, nhs_app): (String, String) = db
        .query_row(
            "SELECT path, nhs_app FROM journey WHERE reference = ?1",
            [&reference],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((path.as_str(), nhs_app.as_str()), ("adult", "no"));
    assert_eq!(docs, "photo-id-only");
    // The personal details are sealed: nothing typed is readable from the file or its WAL,
    // and staff see them after logging in.
    let sealed: usize = db
        .query_row(
            "SELECT length(sealed) FROM sealed_personal
             JOIN journey ON journey.id = sealed_personal.journey_id WHERE reference = ?1",
            [&reference],
            |r| r.get(0),
        )
        .expect("the details are stored, sealed");
    assert!(sealed > 100, "{sealed}");
    let dob = format!("{}-03-07", birth_year_25_years_ago());
    let raw = app.raw_database_bytes();
    for typed in ["Amina", "+447700900123", "7700900123", dob.as_str()] {
        assert!(
            !raw.windows(typed.len()).any(|w| w == typed.as_bytes()),
            "{typed:?} is readable in the database file or its WAL"
        );
    }
    let entry = app.staff_view_of(&reference).await;
    assert_eq!(
        (entry["firstName"].as_str(), entry["dateOfBirth"].as_str()),
        (Some("Amina"), Some(dob.as_str())),
        "{entry}"
    );
    let events: Vec<(String, String, String)> = db
        .prepare(
            "SELECT kind, actor, details FROM journey_event
             JOIN journey ON journey.id = journey_event.journey_id WHERE reference = ?1",
        )
        .unwrap()
        .query_map([&reference], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(events.len(), 1, "one event: interest registered");
    assert_eq!(
        (events[0].0.as_str(), events[0].1.as_str()),
        ("interest-registered", "kiosk")
    );
    assert!(
        !events[0].2.contains("Amina"),
        "events hold no personal data"
    );

    // Finishing wipes the patient's answers from the page.
    app.tap("confirm-finish").await;
    app.find("attract-screen").await;
    let html = app.js("return document.body.innerHTML;").await;
    assert!(!html.to_string().contains(&reference) && !html.to_string().contains("Amina"));
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn bengali_interest_is_saved_in_bengali() {
    let app = App::launch(Practice::default()).await;
    app.open_form_in("bn").await;
    assert_eq!(app.js("return document.documentElement.lang").await, "bn");
    assert_eq!(
        app.text_of("form-next").await,
        "পরবর্তী",
        "the form speaks Bengali"
    );
    fill_form(&app, "রহিমা", "বেগম", "+44 7700 900456").await;
    app.tap("form-submit").await;
    app.find("confirmation-screen").await;
    let reference = app.text_of("reference").await;
    app.save_screenshot("confirmation-bn").await;
    assert_eq!(
        decode_qr(&app.screenshot().await),
        vec![Practice::REGISTRATION_URL.to_owned()]
    );
    let locale: String = app
        .database()
        .query_row(
            "SELECT locale FROM journey WHERE reference = ?1",
            [&reference],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(locale, "bn");
    let raw = app.raw_database_bytes();
    assert!(
        !raw.windows("রহিমা".len()).any(|w| w == "রহিমা".as_bytes()),
        "the name is not readable in the file"
    );
    let entry = app.staff_view_of(&reference).await;
    assert_eq!(
        entry["firstName"].as_str(),
        Some("রহিমা"),
        "the name is stored as typed: {entry}"
    );
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_bad_mobile_shows_the_bengali_error_and_keeps_everything_typed() {
    let app = App::launch(Practice::default()).await;
    app.open_form_in("bn").await;
    let year = birth_year_25_years_ago();
    app.tap("nhs-app-no").await;
    assert_eq!(app.next_from("nhs-app").await, "for-whom");
    assert_eq!(app.next_from("for-whom").await, "about");
    app.fill(&[
        ("first-name", "রহিমা"),
        ("last-name", "বেগম"),
        ("dob-day", "7"),
        ("dob-month", "3"),
        ("dob-year", &year),
    ])
    .await;
    assert_eq!(app.next_from("about").await, "contact");
    app.fill(&[("mobile", "020 7946 0000"), ("email", "rahima@example.org")])
        .await;
    assert_eq!(
        app.next_from("contact").await,
        "contact",
        "a landline stops the patient on the contact part"
    );
    app.find("error-summary").await;
    app.wait_until(
        "the mobile error",
        "!document.querySelector('[data-testid=error-mobile]').hidden",
    )
    .await;
    assert_eq!(
        app.text_of("error-mobile").await,
        "এটি মোবাইল নম্বর নয়। 07 দিয়ে শুরু হওয়া একটি নম্বর লিখুন।",
        "a landline is refused in the patient's language"
    );
    app.save_screenshot("form-error-bn").await;
    for (field, typed) in [
        ("first-name", "রহিমা"),
        ("last-name", "বেগম"),
        ("dob-day", "7"),
        ("dob-year", birth_year_25_years_ago().as_str()),
        ("mobile", "020 7946 0000"),
        ("email", "rahima@example.org"),
    ] {
        assert_eq!(
            app.value_of(field).await,
            typed,
            "{field} keeps what was typed"
        );
    }
    let chosen = app
        .js("return document.querySelector('[data-testid=nhs-app-no]').checked")
        .await;
    assert_eq!(chosen, true, "the first part's answer stays chosen");
    let count: i64 = app
        .database()
        .query_row("SELECT count(*) FROM journey", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 0, "nothing is saved from a refused form");

    // Switching language keeps the form and re-words the error.
    app.tap("open-language").await;
    app.tap("language-en-GB").await;
    app.wait_until(
        "English labels",
        "document.documentElement.lang === 'en-GB'",
    )
    .await;
    assert_eq!(
        app.text_of("error-mobile").await,
        "This is not a mobile number. Enter a number that starts with 07."
    );
    assert_eq!(
        app.value_of("first-name").await,
        "রহিমা",
        "a language switch loses nothing"
    );

    // Correcting the number lets the same form through.
    app.type_into("mobile", "07700 900789").await;
    assert_eq!(app.next_from("contact").await, "wants");
    assert_eq!(app.next_from("wants").await, "documents");
    app.tap("id-photo-only").await;
    app.tap("form-submit").await;
    app.find("confirmation-screen").await;
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn inactivity_counts_down_then_returns_to_the_attract_screen_with_the_form_wiped() {
    let app = App::launch(Practice::with_idle(5, 2)).await;
    app.open_form_in("en-GB").await;
    app.tap("nhs-app-no").await;
    assert_eq!(app.next_from("nhs-app").await, "for-whom");
    assert_eq!(app.next_from("for-whom").await, "about");
    app.fill(&[
        ("first-name", "Idle"),
        ("last-name", "Patient"),
        ("dob-day", "1"),
        ("dob-month", "1"),
        ("dob-year", "1970"),
    ])
    .await;
    assert_eq!(app.next_from("about").await, "contact");
    app.type_into("mobile", "07700 900321").await;

    // The warning comes first, and saying "still here" keeps everything.
    app.find("idle-dialog").await;
    app.wait_until(
        "the countdown",
        "!document.querySelector('[data-testid=idle-dialog]').hidden",
    )
    .await;
    app.tap("idle-stay").await;
    assert_eq!(
        app.value_of("first-name").await,
        "Idle",
        "staying keeps the form"
    );

    // Left alone, the kiosk resets.
    app.wait_until(
        "the countdown again",
        "!document.querySelector('[data-testid=idle-dialog]').hidden",
    )
    .await;
    app.wait_until(
        "the attract screen",
        "document.querySelector('[data-testid=attract-screen]')",
    )
    .await;
    let html = app
        .js("return document.documentElement.outerHTML;")
        .await
        .to_string();
    for typed in ["Idle", "Patient", "900321"] {
        assert!(
            !html.contains(typed),
            "{typed:?} must be gone from the page"
        );
    }
    assert!(
        !app.present("first-name").await,
        "the form itself is gone, not hidden"
    );

    // The next patient starts with an empty form.
    app.open_form_in("en-GB").await;
    assert_eq!(app.value_of("first-name").await, "");
    assert_eq!(app.value_of("mobile").await, "");
    app.close().await;
}
