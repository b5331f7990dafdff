//! Printing through the real print system: cupsd with a CUPS-PDF queue. The PDF that CUPS
//! writes is read back: its QR is decoded and its text searched. The rendered pages are kept
//! in tests/artifacts/ to look at.
//!
//! Known gap: WebKit's print engine draws shaped glyphs without the text they came from
//! (cairo gets no glyph clusters), so a PDF's Bengali conjuncts and reordered vowel signs
//! cannot be mapped back to Unicode by `pdftotext`. The English text round-trips and is
//! checked; the Bengali and Arabic slips are checked by their QR and reference, and by eye.

use std::collections::HashSet;
use std::path::PathBuf;

use access_kiosk_e2e::{pdf_qr_codes, pdf_text, printed_pdfs, wait_for_new_pdf, App, Practice};

/// Registers an interest; returns its reference and the PDFs that existed before.
async fn interest_in(app: &App, language: &str) -> (String, HashSet<PathBuf>) {
    let before = printed_pdfs();
    app.open_form_in(language).await;
    app.fill(&[
        ("first-name", "Print"),
        ("last-name", "Test"),
        ("dob-day", "3"),
        ("dob-month", "4"),
        ("dob-year", "1979"),
        ("mobile", "07700 900777"),
    ])
    .await;
    app.tap("id-neither").await;
    app.tap("form-submit").await;
    app.find("confirmation-screen").await;
    // Read from the DOM: while WebKit lays the page out for printing, nothing is "displayed"
    // to WebDriver, so its element text would be empty.
    let reference = app
        .js("return document.querySelector('[data-testid=reference]').textContent")
        .await;
    (reference.as_str().unwrap_or_default().to_owned(), before)
}

#[tokio::test(flavor = "current_thread")]
async fn slips_print_in_english_bengali_and_arabic_and_their_qr_decodes_from_the_printed_pdf() {
    let app =
        App::launch(Practice::with_languages(&["en-GB", "bn", "ar"]).with_printer("PDF")).await;
    for (language, words) in [
        (
            "en-GB",
            vec!["How to sign up", "Bring photo ID and proof of address"],
        ),
        // English beneath the patient's language is on every slip.
        ("bn", vec!["How to sign up", "Your reference"]),
        ("ar", vec!["How to sign up", "Your reference"]),
    ] {
        let (reference, before) = interest_in(&app, language).await;
        let pdf = wait_for_new_pdf(&before).await;
        let text = pdf_text(&pdf);
        assert!(
            text.contains(&reference),
            "{language}: the reference is printed:\n{text}"
        );
        for w in words {
            assert!(
                text.contains(w),
                "{language}: {w:?} is not in the printed text, in logical order:\n{text}"
            );
        }
        assert!(
            !text.contains("Print Test"),
            "{language}: no name on a kiosk slip"
        );
        assert_eq!(
            pdf_qr_codes(&pdf, &format!("slip-{language}")),
            vec![Practice::REGISTRATION_URL.to_owned()],
            "{language}: the printed QR leads to the registration address"
        );
        app.wait_until(
            "the print to finish",
            "document.body.dataset.lastPrint === 'done'",
        )
        .await;
        let events: i64 = app
            .database()
            .query_row(
                "SELECT count(*) FROM journey_event JOIN journey ON journey.id = journey_id
                 WHERE reference = ?1 AND kind = 'slip-printed'",
                [&reference],
                |r| r.get(0),
            )
            .unwrap();
        let kinds: Vec<String> = app
            .database()
            .prepare("SELECT kind || ' ' || actor || ' ' || journey_id FROM journey_event")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            events, 1,
            "{language}: the print is on the journey's history: {kinds:?}"
        );
        let hidden = app
            .js("return document.querySelector('[data-testid=print-problem]').hidden")
            .await;
        assert_eq!(
            hidden, true,
            "{language}: no problem shown when the slip printed"
        );
        app.tap("confirm-finish").await;
        app.find("attract-screen").await;
    }
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_stopped_printer_is_explained_and_the_slip_can_be_reprinted_from_the_journey() {
    let app = App::launch(Practice::default().with_printer("Stopped")).await;
    let (reference, _) = interest_in(&app, "en-GB").await;
    app.wait_until(
        "the patient message",
        "!document.querySelector('[data-testid=print-problem]').hidden",
    )
    .await;
    assert_eq!(
        app.text_of("print-problem").await,
        "We could not print your slip. Please ask at reception."
    );
    app.tap("confirm-finish").await;
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    app.tap(&format!("open-{reference}")).await;
    app.find("journey-screen").await;
    app.tap("print-slip").await;
    app.wait_until(
        "the officer's message",
        "!document.querySelector('[data-testid=print-error]').hidden",
    )
    .await;
    assert!(app
        .text_of("print-error")
        .await
        .contains("The printer is stopped"));
    let failed: i64 = app
        .database()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'print-failed'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(failed, 2, "both failed prints are audited");
    assert!(
        app.present("print-slip").await,
        "the journey stays reprintable"
    );
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn registration_details_typed_for_a_print_are_printed_and_never_kept() {
    let app = App::launch(Practice::default().with_printer("PDF")).await;
    let (reference, before) = interest_in(&app, "en-GB").await;
    wait_for_new_pdf(&before).await; // the kiosk's own slip
    app.tap("confirm-finish").await;
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    app.tap(&format!("open-{reference}")).await;
    app.find("journey-screen").await;
    let (account, key) = ("ACCT-5550199", "LINKKEY-7Q4Z9");
    app.type_into("print-account-id", account).await;
    app.type_into("print-ods-code", "F84999").await;
    app.type_into("print-linkage-key", key).await;
    app.tap("print-with-name").await;
    // What the print area holds for this print: the details and the chosen name.
    let slip = app
        .invoke(
            "slip_html",
            serde_json::json!({ "reference": reference, "withName": true,
                "linkage": { "accountId": account, "odsCode": "F84999", "linkageKey": key } }),
        )
        .await;
    let slip = slip.as_str().expect("slip HTML");
    assert!(slip.contains(key) && slip.contains(account) && slip.contains("Print Test"));
    let before = printed_pdfs();
    app.tap("print-slip").await;
    app.wait_until(
        "the print",
        "!document.querySelector('[data-testid=print-done]').hidden",
    )
    .await;
    let pdf = wait_for_new_pdf(&before).await;
    assert_eq!(
        pdf_qr_codes(&pdf, "slip-staff-with-details"),
        vec![Practice::REGISTRATION_URL.to_owned()]
    );
    assert_eq!(
        app.value_of("print-linkage-key").await,
        "",
        "the fields are emptied after printing"
    );
    let html = app
        .js("return document.documentElement.outerHTML")
        .await
        .to_string();
    assert!(
        !html.contains(key),
        "nothing of the details stays in the page"
    );
    app.tap("journey-back").await;
    app.tap("staff-leave").await;
    app.find("attract-screen").await;
    // Nothing in the data folder holds them: database, its WAL, settings, anything.
    for entry in walk(app.data_dir.path()) {
        let bytes = std::fs::read(&entry).unwrap_or_default();
        for secret in [key, account] {
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{secret} found in {}",
                entry.display()
            );
        }
    }
    app.close().await;
}

fn walk(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[tokio::test(flavor = "current_thread")]
async fn staff_print_an_urdu_poster_and_copy_prescription_messages_within_their_limit() {
    let app =
        App::launch(Practice::with_languages(&["en-GB", "bn", "ur"]).with_printer("PDF")).await;
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    app.tap("tab-materials").await;
    app.find("print-poster").await;
    app.js(
        "const l = document.querySelector('[data-testid=poster-language]'); l.value = 'ur'; true",
    )
    .await;
    let before = printed_pdfs();
    app.tap("print-poster").await;
    app.wait_until(
        "the poster",
        "!document.querySelector('[data-testid=materials-printed]').hidden",
    )
    .await;
    let pdf = wait_for_new_pdf(&before).await;
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("(A4)"), "the poster is on A4:\n{info}");
    assert_eq!(
        pdf_qr_codes(&pdf, "poster-ur"),
        vec![Practice::REGISTRATION_URL.to_owned()]
    );
    for tag in ["en-GB", "bn", "ur"] {
        let text = app.value_of(&format!("rx-{tag}")).await;
        assert!(
            !text.is_empty() && text.chars().count() <= 160,
            "{tag}: {text}"
        );
        // Fluent isolates the numbers (U+2068 … U+2069) so they read right in any direction.
        let count = app
            .text_of(&format!("rx-count-{tag}"))
            .await
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(count.contains("of 160 characters"), "{tag}: {count}");
    }
    let audited: i64 = app
        .database()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'material-printed'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1, "the poster print is audited");
    app.save_screenshot("staff-materials").await;
    app.close().await;
}
