//! Printing through the real print system: cupsd with a CUPS-PDF queue. The PDF that CUPS
//! writes is read back: its QR is decoded and its text read by `pdftotext`, which must find
//! the slip's sentences as the locale files have them, in the order they are read (Bengali
//! conjuncts and vowel signs, Arabic joined letters). The rendered pages are kept in
//! tests/artifacts/ to look at.

use std::collections::HashSet;
use std::path::PathBuf;

use access_kiosk_e2e::{
    pdf_qr_codes, pdf_words, printed_pdfs, shipped_message, wait_for_new_pdf, words, Answers, App,
    Practice,
};

/// Registers an interest; returns its reference and the PDFs that existed before.
async fn interest_in(app: &App, language: &str) -> (String, HashSet<PathBuf>) {
    let before = printed_pdfs();
    app.open_form_in(language).await;
    app.answer(&Answers {
        first: "Print",
        last: "Test",
        dob: ("3", "4", "1979"),
        mobile: "07700 900777",
        documents: "id-neither",
        ..Answers::default()
    })
    .await;
    app.tap("form-submit").await;
    app.find("confirmation-screen").await;
    let reference = app
        .js("return document.querySelector('[data-testid=reference]').textContent")
        .await;
    (reference.as_str().unwrap_or_default().to_owned(), before)
}

#[tokio::test(flavor = "current_thread")]
async fn slips_print_in_english_bengali_and_arabic_and_their_qr_decodes_from_the_printed_pdf() {
    let app =
        App::launch(Practice::with_languages(&["en-GB", "bn", "ar"]).with_printer("PDF")).await;
    for language in ["en-GB", "bn", "ar"] {
        let (reference, before) = interest_in(&app, language).await;
        let pdf = wait_for_new_pdf(&before, &format!("slip-{reference}")).await;
        let text = pdf_words(&pdf);
        assert!(
            text.contains(&reference),
            "{language}: the reference is printed:\n{text}"
        );
        // Whole sentences in the patient's language, then the English beneath them, word for
        // word in reading order: Bengali conjuncts and vowel signs, Arabic joined letters and
        // their marks. (Not slip-step-4: its Arabic comma sits mid-line, and pdftotext's
        // simple bidi algorithm swaps the comma's two sides on a mostly Latin page.)
        let read = words(&text);
        let sentences = ["slip-title", "slip-steps-title", "slip-bring"];
        let mut expected: Vec<String> = sentences
            .iter()
            .map(|id| shipped_message(language, id))
            .collect();
        expected.extend(sentences.iter().map(|id| shipped_message("en-GB", id)));
        for sentence in expected {
            assert!(
                read.contains(&words(&sentence)),
                "{language}: {sentence:?} is not in the printed text, in reading order:\n{text}"
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
    app.find("attract-screen").await; // the next patient's page, loaded afresh
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
    wait_for_new_pdf(&before, &format!("slip-{reference}")).await; // the kiosk's own slip
    app.tap("confirm-finish").await;
    app.find("attract-screen").await; // the next patient's page, loaded afresh
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    app.tap(&format!("open-{reference}")).await;
    app.find("journey-screen").await;
    let (account, key) = ("ACCT-5550199", "LINKKEY-7Q4Z9");
    app.type_into("print-account-id", account).await;
    app.type_into("print-ods-code", "F84999").await;
    app.type_into("print-linkage-key", key).await;
    app.tap("print-with-name").await;
    let before = printed_pdfs();
    app.tap("print-slip").await;
    app.wait_until(
        "the print",
        "!document.querySelector('[data-testid=print-done]').hidden",
    )
    .await;
    let pdf = wait_for_new_pdf(&before, &format!("slip-{reference}")).await;
    assert_eq!(
        pdf_qr_codes(&pdf, "slip-staff-with-details"),
        vec![Practice::REGISTRATION_URL.to_owned()]
    );
    let text = pdf_words(&pdf);
    for printed in [account, key, "F84999", "Print Test"] {
        assert!(text.contains(printed), "{printed} is on the slip:\n{text}");
    }
    // The key's expiry, two weeks after printing, in words.
    let expires = chrono::Local::now().date_naive() + chrono::Duration::days(14);
    let months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    use chrono::Datelike;
    let date = format!(
        "{} {} {}",
        expires.day(),
        months[expires.month0() as usize],
        expires.year()
    );
    assert!(
        words(&text).contains(&words(&format!("It stops working on {date}"))),
        "the linkage key's expiry ({date}) is on the slip:\n{text}"
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
    // WebKitGTK names its print jobs after the app.
    let pdf = wait_for_new_pdf(&before, "access-kiosk_job").await;
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
