//! Today's sign-up process end to end (issue 15), against the real app, its SQLite file and
//! the real print system. Each patient's walk is made in English, Bengali and Urdu (right to
//! left), with a screenshot of each new screen in each; the officer's side, in English, on
//! one of them:
//! - an adult verified in the NHS App: no documents, a slip that needs no letter;
//! - an adult without it who asks for the older record: documents, access, the older-record
//!   task granted by a clinician, and the codes ticked off;
//! - a 14-year-old, told the practice will talk with them;
//! - a parent for a 9-year-old, through the proxy path to a review date;
//! - a database made by the last version (schema 6), upgraded, whose reports agree.

use std::collections::BTreeMap;
use std::path::Path;

use access_kiosk_e2e::{
    born_years_ago, pdf_words, printed_pdfs, shipped_message, wait_for_new_pdf, words, Answers,
    App, Practice,
};
use serde_json::json;

const LANGUAGES: [&str; 3] = ["en-GB", "bn", "ur"];

fn practice() -> Practice {
    Practice::with_languages(&LANGUAGES)
}

/// Records a step by its button and waits for the page to say it is saved.
async fn record(app: &App, button: &str, saved_as: &str) {
    // A message from an earlier try is not this step's answer.
    app.js("const e = document.querySelector('[data-testid=staff-error]'); if (e) e.hidden = true; return true;")
        .await;
    app.tap(button).await;
    app.wait_until(
        &format!("{saved_as} saved"),
        &format!(
            "document.querySelector('[data-testid=step-saved]')?.dataset.step === '{saved_as}' \
             || !document.querySelector('[data-testid=staff-error]')?.hidden"
        ),
    )
    .await;
    let error = app
        .js("const e = document.querySelector('[data-testid=staff-error]'); return e && !e.hidden ? e.textContent : '';")
        .await;
    assert_eq!(error, "", "{saved_as} was refused");
}

/// Opens a sign-up from the queue (or the queue's search).
async fn open_sign_up(app: &App, reference: &str) {
    app.tap("tab-queue").await;
    app.type_into("queue-search", reference).await;
    app.tap(&format!("open-{reference}")).await;
    app.find("journey-screen").await;
}

fn journey_column(app: &App, reference: &str, column: &str) -> Option<String> {
    app.database()
        .query_row(
            &format!("SELECT {column} FROM journey WHERE reference = ?1"),
            [reference],
            |r| r.get(0),
        )
        .unwrap()
}

fn event_kinds(app: &App, reference: &str) -> Vec<String> {
    app.database()
        .prepare(
            "SELECT kind FROM journey_event JOIN journey ON journey.id = journey_event.journey_id
             WHERE reference = ?1 ORDER BY journey_event.id",
        )
        .unwrap()
        .query_map([reference], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Whether the element is on screen (not in a hidden part or hidden by the path's CSS).
async fn shown(app: &App, testid: &str) -> bool {
    app.js(&format!(
        "const e = document.querySelector('[data-testid={testid}]'); \
         return !!e && e.offsetParent !== null && !e.closest('[hidden]');"
    ))
    .await
        == true
}

async fn confirmation_reference(app: &App) -> String {
    app.find("confirmation-screen").await;
    app.text_of("reference").await
}

async fn finish(app: &App) {
    app.tap("confirm-finish").await;
    app.find("attract-screen").await;
}

#[tokio::test(flavor = "current_thread")]
async fn an_adult_verified_in_the_nhs_app_needs_no_documents_and_gets_a_slip_without_a_letter() {
    let app = App::launch(practice().with_printer("PDF")).await;
    let mut english = String::new();
    for language in LANGUAGES {
        let before = printed_pdfs();
        app.open_form_in(language).await;
        app.save_screenshot(&format!("process-nhs-app-{language}"))
            .await;
        app.answer(&Answers {
            nhs_app: "verified",
            first: "Verity",
            last: "Shah",
            ..Answers::default()
        })
        .await;
        // Verified, for themselves: "What would you like?" is the last part: no documents.
        assert_eq!(app.current_part().await, "wants");
        assert!(shown(&app, "form-submit").await && !shown(&app, "form-next").await);
        app.save_screenshot(&format!("process-wants-{language}"))
            .await;
        app.tap("form-submit").await;
        let reference = confirmation_reference(&app).await;
        assert!(shown(&app, "confirm-app-record").await, "{language}");
        assert!(!shown(&app, "confirm-older-record").await);
        assert_eq!(
            app.text_of("confirm-app-record").await,
            shipped_message(language, "confirm-app-record")
        );
        app.save_screenshot(&format!("process-confirmation-verified-{language}"))
            .await;
        assert_eq!(
            journey_column(&app, &reference, "id_documents_today").as_deref(),
            Some("not-needed")
        );
        assert_eq!(
            journey_column(&app, &reference, "nhs_app").as_deref(),
            Some("verified")
        );
        // The slip says how to see the record now; nothing to bring, no letter's details.
        let pdf = wait_for_new_pdf(&before, &format!("slip-{reference}")).await;
        let read = words(&pdf_words(&pdf));
        // A step's number can land inside its text where the step wraps (a right-to-left
        // line's number is read between its lines): single digits are set aside.
        let read: String = read
            .split(' ')
            .filter(|w| !(w.len() == 1 && w.chars().all(|c| c.is_ascii_digit())))
            .collect::<Vec<_>>()
            .join(" ");
        // (pdftotext's simple bidi puts the Latin "NHS App" out of place in an Urdu line, as
        // the printing tests note: Urdu is read on the step without Latin words.)
        let steps: &[&str] = if language == "ur" {
            &["slip-app-step-3"]
        } else {
            &["slip-app-step-1", "slip-app-step-3"]
        };
        for id in steps {
            for lang in [language, "en-GB"] {
                assert!(
                    read.contains(&words(&shipped_message(lang, id))),
                    "{language}: {id} in {lang} is on the slip:\n{read}"
                );
            }
        }
        for id in ["slip-bring", "slip-step-3", "slip-step-1"] {
            assert!(
                !read.contains(&words(&shipped_message("en-GB", id))),
                "{language}: no {id} for a patient verified in the NHS App"
            );
        }
        if language == "en-GB" {
            english = reference;
        }
        finish(&app).await;
    }

    // The officer records "verified in the NHS App" (offered first for this patient): no
    // documents are kept, then access and the sign-up code.
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    open_sign_up(&app, &english).await;
    let checked = app
        .js("return document.querySelector('[data-testid=id-method-nhs-login]').checked")
        .await;
    assert_eq!(
        checked, true,
        "the patient said they are verified in the NHS App"
    );
    record(&app, "step-identity-verified", "identity-verified").await;
    app.wait_for_journey_status("identity-verified").await;
    app.explain_every_risk().await;
    record(&app, "step-access-granted", "access-granted").await;
    app.wait_for_journey_status("access-granted").await;
    record(&app, "step-coded", "coded-9iw").await;
    app.wait_for_journey_status("coded-9iw").await;
    let identity: String = app
        .database()
        .query_row(
            "SELECT details FROM journey_event JOIN journey ON journey.id = journey_id
             WHERE reference = ?1 AND kind = 'identity-verified'",
            [&english],
            |r| r.get(0),
        )
        .unwrap();
    let identity: serde_json::Value = serde_json::from_str(&identity).unwrap();
    assert_eq!(identity["method"], "nhs-login");
    assert_eq!(identity["documents"], json!([]));
    assert_eq!(
        journey_column(&app, &english, "new_entries").as_deref(),
        Some("on"),
        "new entries on by default from 16"
    );
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn an_adult_asks_for_the_older_record_and_a_clinician_grants_it_before_the_codes_are_ticked()
{
    let app = App::launch(practice()).await;
    let mut bengali = String::new();
    for language in LANGUAGES {
        app.open_form_in(language).await;
        app.answer(&Answers {
            first: "Olu",
            last: "Adeyemi",
            dob: ("17", "8", "1962"),
            toggle: &["wants-older-record"],
            ..Answers::default()
        })
        .await;
        assert_eq!(app.current_part().await, "documents");
        app.save_screenshot(&format!("process-documents-{language}"))
            .await;
        app.tap("form-submit").await;
        let reference = confirmation_reference(&app).await;
        assert!(shown(&app, "confirm-older-record").await, "{language}");
        app.save_screenshot(&format!("process-confirmation-older-record-{language}"))
            .await;
        if language == "bn" {
            bengali = reference;
        }
        finish(&app).await;
    }
    let wants_older: bool = app
        .database()
        .query_row(
            "SELECT wants_older_record FROM journey WHERE reference = ?1",
            [&bengali],
            |r| r.get(0),
        )
        .unwrap();
    assert!(wants_older);

    // Documents, access, and the older record asked for as a task of its own.
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    open_sign_up(&app, &bengali).await;
    app.find("older-asked").await;
    app.tap("doc-passport").await;
    app.tap("doc-utility-bill").await;
    record(&app, "step-identity-verified", "identity-verified").await;
    app.wait_for_journey_status("identity-verified").await;
    app.explain_every_risk().await;
    app.js("document.querySelector('[data-testid=access-services]').scrollIntoView()")
        .await;
    app.save_screenshot("staff-access").await;
    record(&app, "step-access-granted", "access-granted").await;
    app.wait_for_journey_status("access-granted").await;
    record(
        &app,
        "step-older-record-requested",
        "older-record-requested",
    )
    .await;
    app.find("older-waiting").await;
    app.js("document.querySelector('[data-testid=older-waiting]').scrollIntoView()")
        .await;
    app.save_screenshot("staff-older-record-decision").await;

    // The clinician's worklist has it; the decision names who reviewed it.
    app.tap("journey-back").await;
    app.tap("tab-older-records").await;
    app.find(&format!("older-row-{bengali}")).await;
    app.save_screenshot("staff-older-records").await;
    assert_eq!(
        access_kiosk_e2e::axe_violations(&app).await,
        Vec::<String>::new()
    );
    app.tap(&format!("older-open-{bengali}")).await;
    app.find("journey-screen").await;
    app.tap("step-older-record-granted").await;
    app.wait_until(
        "the missing reviewer refused",
        "!document.querySelector('[data-testid=staff-error]').hidden",
    )
    .await;
    assert_eq!(
        app.text_of("staff-error").await,
        "Name the clinician who reviewed the older record."
    );
    app.type_into("older-reviewed-by", "Dr Rahman, GP").await;
    record(&app, "step-older-record-granted", "older-record-granted").await;
    app.find("older-outcome").await;
    app.tap("journey-back").await;
    app.tap("tab-older-records").await;
    // The granted request has left the clinician's worklist; the English and Urdu patients
    // asked for theirs at the kiosk too, and stay listed until staff make the request.
    app.find("older-worklist").await;
    let left = app
        .js(&format!(
            "return [!!document.querySelector('[data-testid=older-row-{bengali}]'), \
                     document.querySelectorAll('[data-testid^=older-asked-]').length]"
        ))
        .await;
    assert_eq!(left, json!([false, 2]));
    // Staff see them waiting without opening the tab: its badge counts them.
    app.wait_until(
        "the older-records tab's count",
        "document.querySelector('[data-testid=tab-older-records-count]')?.textContent === '2'",
    )
    .await;

    // The coding worklist: system, code and term, and a tick for the code.
    app.tap("tab-worklist").await;
    app.find("worklist-codes").await;
    let codes = app.text_of("worklist-code-sign-up").await;
    assert!(
        codes.contains("Read v2")
            && codes.contains("9IW")
            && codes.contains("Registered for Access to Patient Facing Services"),
        "{codes}"
    );
    app.find(&format!("due-{bengali}-sign-up")).await;
    app.save_screenshot("staff-coding-worklist").await;
    assert_eq!(
        access_kiosk_e2e::axe_violations(&app).await,
        Vec::<String>::new()
    );
    app.tap(&format!("coded-{bengali}")).await;
    app.find("worklist-empty").await;

    let (status, from, scope): (String, String, String) = app
        .database()
        .query_row(
            "SELECT o.status, o.granted_from, o.scope FROM older_record_request o
             JOIN journey j ON j.id = o.journey_id WHERE j.reference = ?1",
            [&bengali],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (status.as_str(), scope.as_str()),
        ("granted", "full-record")
    );
    assert_eq!(from.len(), 10, "granted from a date: {from}");
    assert_eq!(
        event_kinds(&app, &bengali),
        [
            "interest-registered",
            "identity-verified",
            "access-granted",
            "older-record-requested",
            "older-record-granted",
            "coded-9iw"
        ]
    );
    // Reported apart: this week's older records requested and granted.
    let today = chrono::Utc::now().date_naive().to_string();
    for measure in ["older-record-requested", "older-record-granted"] {
        let view = app
            .invoke(
                "report",
                json!({ "query": { "measure": measure, "breakdown": "total", "group": "",
                                   "from": today, "to": today } }),
            )
            .await;
        assert_eq!(view["chart"]["values"], json!([1]), "{measure}: {view}");
    }
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_fourteen_year_old_is_told_the_practice_will_talk_with_them() {
    let app = App::launch(practice()).await;
    let fourteen = born_years_ago(14);
    let mut urdu = String::new();
    for language in LANGUAGES {
        // In Bengali she is verified in the NHS App: no documents, and still no record yet.
        let verified = language == "bn";
        app.open_form_in(language).await;
        app.tap(if verified {
            "nhs-app-verified"
        } else {
            "nhs-app-no"
        })
        .await;
        assert_eq!(app.next_from("nhs-app").await, "for-whom");
        assert_eq!(app.next_from("for-whom").await, "about");
        app.fill(&[
            ("first-name", "Yasmin"),
            ("last-name", "Ali"),
            ("dob-day", "1"),
            ("dob-month", "1"),
            ("dob-year", &fourteen),
        ])
        .await;
        assert_eq!(app.next_from("about").await, "young-person");
        assert!(app
            .text_of("part-young-person")
            .await
            .contains(&shipped_message(language, "young-person-body")));
        app.save_screenshot(&format!("process-young-person-{language}"))
            .await;
        assert_eq!(app.next_from("young-person").await, "contact");
        app.type_into("mobile", "07700 900314").await;
        assert_eq!(app.next_from("contact").await, "wants");
        // Only online services are asked for; the practice talks with them about the record.
        assert!(shown(&app, "wants-young-person").await);
        assert!(
            !shown(&app, "wants-new-entries").await && !shown(&app, "wants-older-record").await
        );
        app.save_screenshot(&format!("process-wants-young-person-{language}"))
            .await;
        if verified {
            assert!(shown(&app, "form-submit").await && !shown(&app, "form-next").await);
        } else {
            assert_eq!(app.next_from("wants").await, "documents");
            app.tap("id-photo-only").await;
        }
        app.tap("form-submit").await;
        let reference = confirmation_reference(&app).await;
        assert!(shown(&app, "confirm-young-person").await, "{language}");
        assert!(
            !shown(&app, "confirm-app-record").await,
            "{language}: at 14 the record is not in the app yet, verified or not"
        );
        app.save_screenshot(&format!("process-confirmation-young-person-{language}"))
            .await;
        let (path, new_entries): (String, bool) = app
            .database()
            .query_row(
                "SELECT path, wants_new_entries FROM journey WHERE reference = ?1",
                [&reference],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(
            (path.as_str(), new_entries),
            ("young-person", false),
            "the record ticked by default is not asked for at 14"
        );
        if language == "ur" {
            urdu = reference;
        }
        finish(&app).await;
    }

    // At the desk: the record waits for a clinician's view of their competence.
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    open_sign_up(&app, &urdu).await;
    app.tap("doc-passport").await;
    app.tap("doc-council-tax-bill").await;
    record(&app, "step-identity-verified", "identity-verified").await;
    app.wait_for_journey_status("identity-verified").await;
    app.explain_every_risk().await;
    app.tap("new-entries-on").await;
    app.tap("step-access-granted").await;
    app.wait_until(
        "the refusal",
        "!document.querySelector('[data-testid=staff-error]').hidden",
    )
    .await;
    assert!(app.text_of("staff-error").await.contains("competence"));
    app.tap("access-competence").await;
    record(&app, "step-access-granted", "access-granted").await;
    app.wait_for_journey_status("access-granted").await;
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_parent_signs_up_a_nine_year_old_as_their_proxy_through_to_a_review_date() {
    let app = App::launch(practice()).await;
    let nine = born_years_ago(9);
    let mut urdu = String::new();
    for language in LANGUAGES {
        app.open_form_in(language).await;
        app.tap("nhs-app-verified").await;
        assert_eq!(app.next_from("nhs-app").await, "for-whom");
        // The child's own details first, "for me": only a parent or carer can ask for them.
        assert_eq!(app.next_from("for-whom").await, "about");
        app.fill(&[
            ("first-name", "Sami"),
            ("last-name", "Uddin"),
            ("dob-day", "1"),
            ("dob-month", "1"),
            ("dob-year", &nine),
        ])
        .await;
        assert_eq!(app.next_from("about").await, "under-13");
        app.save_screenshot(&format!("process-under-13-{language}"))
            .await;
        app.tap("under13-carer").await;
        app.wait_part("carer").await;
        assert_eq!(
            app.value_of("first-name").await,
            "Sami",
            "the turn to the parent's path keeps the child's details"
        );
        app.fill(&[("carer-first-name", "Amina"), ("carer-last-name", "Uddin")])
            .await;
        app.save_screenshot(&format!("process-carer-{language}"))
            .await;
        assert_eq!(app.next_from("carer").await, "relationship");
        app.tap("relationship-parent-or-guardian").await;
        app.save_screenshot(&format!("process-relationship-{language}"))
            .await;
        assert_eq!(app.next_from("relationship").await, "basis");
        app.tap("basis-parent-of-child").await;
        app.save_screenshot(&format!("process-basis-{language}"))
            .await;
        assert_eq!(app.next_from("basis").await, "contact");
        app.type_into("mobile", "07700 900909").await;
        assert_eq!(app.next_from("contact").await, "wants");
        // A proxy verified in the NHS App still shows documents: the child is checked too.
        assert_eq!(app.next_from("wants").await, "documents");
        assert!(shown(&app, "documents-proxy-hint").await);
        app.save_screenshot(&format!("process-documents-proxy-{language}"))
            .await;
        app.tap("id-both").await;
        app.tap("form-submit").await;
        let reference = confirmation_reference(&app).await;
        assert!(shown(&app, "confirm-proxy").await, "{language}");
        assert_eq!(
            journey_column(&app, &reference, "path").as_deref(),
            Some("proxy")
        );
        if language == "ur" {
            urdu = reference;
        }
        finish(&app).await;
    }

    // The officer checks both people, records the basis, the evidence (its kind), who
    // decided and the scope; the review at 11 and the suspension at 16 follow from the
    // child's date of birth.
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    open_sign_up(&app, &urdu).await;
    let summary = app.text_of("journey-summary").await;
    assert!(
        summary.contains("Amina Uddin"),
        "the proxy is named: {summary}"
    );
    app.tap("id-method-nhs-login").await;
    app.tap("patient-id-method-vouching").await;
    app.type_into("patient-id-vouched-by", "Nurse Begum, who knows the family")
        .await;
    record(&app, "step-identity-verified", "identity-verified").await;
    app.wait_for_journey_status("identity-verified").await;
    app.explain_every_risk().await;
    let basis = app
        .js(
            "const b = document.querySelector('[data-testid=proxy-basis]'); \
             return b ? b.value : document.querySelector('main').innerText;",
        )
        .await;
    assert_eq!(
        basis, "parental-responsibility",
        "from what the parent said"
    );
    app.tap("evidence-birth-or-adoption-certificate").await;
    app.type_into("proxy-decided-by", "Dr Rahman, GP").await;
    app.js("document.querySelector('[data-testid=evidence-birth-or-adoption-certificate]').scrollIntoView()")
        .await;
    app.save_screenshot("staff-proxy-access").await;
    record(&app, "step-access-granted", "access-granted").await;
    app.wait_for_journey_status("access-granted").await;
    let year: i32 = nine.parse().unwrap();
    app.save_screenshot("staff-proxy-summary").await;
    let summary = app.text_of("journey-summary").await;
    for (what, date) in [
        ("review at 11", format!("01/01/{}", year + 11)),
        ("suspension at 16", format!("01/01/{}", year + 16)),
    ] {
        assert!(summary.contains(&date), "{what} on {date}: {summary}");
    }
    let (basis, child, sealed): (String, bool, usize) = app
        .database()
        .query_row(
            "SELECT p.basis, p.child, length(p.sealed_dates) FROM proxy_access p
             JOIN journey j ON j.id = p.journey_id WHERE j.reference = ?1",
            [&urdu],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((basis.as_str(), child), ("parental-responsibility", true));
    assert!(sealed > 40, "the dates are sealed with the child's details");
    let history: String = app
        .database()
        .query_row(
            "SELECT group_concat(details, ' ') FROM journey_event JOIN journey ON journey.id = journey_id
             WHERE reference = ?1",
            [&urdu],
            |r| r.get(0),
        )
        .unwrap();
    for leak in [
        format!("{}-01-01", year + 11),
        format!("{}-01-01", year + 16),
        format!("{year}-01-01"),
    ] {
        assert!(
            !history.contains(&leak),
            "no date of birth's date in the history: {history}"
        );
    }
    assert!(
        event_kinds(&app, &urdu).contains(&"proxy-access-granted".to_owned()),
        "counted as a proxy access granted"
    );
    app.tap("journey-back").await;
    app.tap("tab-proxy-reviews").await;
    app.find("proxy-worklist-empty").await;
    app.close().await;
}

/// Logs in as the fixture's administrator (made by the last version, PIN 402917).
async fn log_in_as_fixture_admin(app: &App) {
    app.press_practice_name().await;
    app.find("staff-login-screen").await;
    let staff = app.invoke("staff_state", json!({})).await;
    let id = staff["staff"][0]["id"]
        .as_i64()
        .expect("the fixture's administrator");
    app.tap(&format!("staff-account-{id}")).await;
    app.type_into("pin", "402917").await;
    app.tap("pin-submit").await;
    // The first administrator's login after an upgrade from a version before the security
    // round replaces the practice key, and shows its new recovery passphrase once.
    app.find("recovery-screen").await;
    app.tap("recovery-written").await;
    app.tap("recovery-continue").await;
    app.find("staff-home").await;
}

fn csv_cells(csv: &str) -> BTreeMap<(String, String, String, String), String> {
    csv.lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (
                (f[0].into(), f[2].into(), f[3].into(), f[4].into()),
                f[5].into(),
            )
        })
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn a_database_from_the_last_version_upgrades_and_its_reports_agree() {
    let fixtures =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/access-kiosk-core/tests/fixtures");
    let app = App::launch_with(practice(), |dir| {
        std::fs::copy(
            fixtures.join("kiosk-schema-6.sqlite3"),
            dir.join("kiosk.sqlite3"),
        )
        .unwrap();
    })
    .await;
    let version: i64 = app
        .database()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        version,
        access_kiosk_core::store::schema_version() as i64,
        "upgraded to the latest schema when the kiosk opened it"
    );
    // The plain copy made before the upgrade holds what the old file held: once the
    // upgrade worked it is removed (issue 17; the copy itself is tested in the core).
    let copies: Vec<String> = std::fs::read_dir(app.data_dir.path().join("backups"))
        .map(|d| {
            d.map(|e| e.unwrap().file_name().into_string().unwrap())
                .collect()
        })
        .unwrap_or_default();
    assert!(
        !copies.iter().any(|c| c.starts_with("kiosk-schema-6-")),
        "no unencrypted copy is left: {copies:?}"
    );
    log_in_as_fixture_admin(&app).await;

    // The weekly CSV exported from the staff face agrees with what the last version
    // exported from the same data, cell for cell.
    let path = app
        .invoke(
            "export_report",
            json!({ "kind": "csv", "png": null, "query": { "measure": "interest-registered",
                    "breakdown": "total", "group": "", "from": "2026-09-28", "to": "2026-11-22" } }),
        )
        .await;
    let exported = std::fs::read_to_string(path.as_str().expect("the export's path")).unwrap();
    let before =
        csv_cells(&std::fs::read_to_string(fixtures.join("kiosk-schema-6.report.csv")).unwrap());
    let after = csv_cells(&exported);
    assert!(before.len() > 1000);
    let differing: Vec<_> = before
        .iter()
        .filter(|(cell, value)| after.get(*cell) != Some(value))
        .collect();
    assert!(differing.is_empty(), "cells that changed: {differing:?}");
    let granted: u32 = after
        .iter()
        .filter(|((_, m, b, _), _)| m == "older-record-granted" && b == "total")
        .map(|(_, v)| v.parse::<u32>().unwrap())
        .sum();
    assert_eq!(granted, 7, "the seven full records granted then");

    // The reports chart the new measures.
    app.tap("tab-reports").await;
    app.find("report-chart").await;
    app.js("const s = document.querySelector('[data-testid=report-measure]'); s.value = 'older-record-granted'; s.dispatchEvent(new Event('change'));")
        .await;
    app.wait_until(
        "the older-record chart",
        "document.querySelector('[data-testid=report-chart] svg title')?.textContent.includes('Older record granted')",
    )
    .await;

    // The proxies granted then are active now, with no dates kept. A child's are worked out
    // from the date of birth: the one born in April 2012 is overdue for the review at 11 (or,
    // from 2028, for the suspension at 16), so listed first; the adult under a Lasting Power
    // of Attorney still has no date, and the worklist asks for one. (The child born in 2017
    // joins the list four weeks before the review at 11, in 2028.)
    app.tap("tab-proxy-reviews").await;
    app.find("proxy-worklist").await;
    let dues = app
        .js("return [...document.querySelectorAll('[data-testid^=proxy-due-]')].map(e => e.dataset.due)")
        .await;
    let dues: Vec<String> = serde_json::from_value(dues).unwrap();
    assert!(
        dues.len() >= 2
            && dues[0] != "no-date"
            && dues.iter().filter(|d| *d == "no-date").count() == 1,
        "the child's dates from the date of birth, first; the adult's none: {dues:?}"
    );
    app.wait_until(
        "the proxy-reviews tab's count",
        &format!(
            "document.querySelector('[data-testid=tab-proxy-reviews-count]')?.textContent === '{}'",
            dues.len()
        ),
    )
    .await;
    app.save_screenshot("staff-proxy-reviews-migrated").await;
    assert_eq!(
        access_kiosk_e2e::axe_violations(&app).await,
        Vec::<String>::new()
    );
    // Granted and not coded then: still on the coding worklist.
    app.tap("tab-worklist").await;
    app.find("worklist-codes").await;
    let due = app
        .js("return document.querySelectorAll('[data-testid^=due-][data-testid$=-sign-up]').length")
        .await;
    assert_eq!(due, 4);
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_codes_are_edited_in_settings_as_system_code_and_term_and_checked() {
    let app = App::launch(practice()).await;
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    app.tap("tab-settings").await;
    app.find("setting-field-code-enhanced-review").await;
    // A SNOMED CT id one digit off fails its check digit, beside the field.
    app.type_into("setting-code-enhanced-review-code", "1364731000000105")
        .await;
    app.tap("settings-save").await;
    app.wait_until(
        "the code's problem",
        "!document.querySelector('[data-testid=setting-error-code-enhanced-review]').hidden",
    )
    .await;
    assert!(app
        .text_of("setting-error-code-enhanced-review")
        .await
        .contains("SNOMED CT"));
    app.js("document.querySelector('[data-testid=setting-field-code-sign-up]').scrollIntoView()")
        .await;
    app.save_screenshot("staff-settings-codes").await;
    assert_eq!(
        access_kiosk_e2e::axe_violations(&app).await,
        Vec::<String>::new()
    );
    assert_eq!(
        access_kiosk_e2e::small_targets(&app, 48.0).await,
        Vec::<String>::new()
    );
    // A borough's own local code for sign-up, and the right SNOMED CT id back.
    app.type_into("setting-code-enhanced-review-code", "1364731000000104")
        .await;
    app.js("const s = document.querySelector('[data-testid=setting-code-sign-up-system]'); s.value = 'local'; true")
        .await;
    app.type_into("setting-code-sign-up-code", "TH-ACCESS")
        .await;
    app.type_into("setting-code-sign-up-term", "Tower Hamlets online access")
        .await;
    app.tap("settings-save").await;
    app.wait_until(
        "saved",
        "!document.querySelector('[data-testid=settings-saved]').hidden",
    )
    .await;
    let toml = std::fs::read_to_string(app.data_dir.path().join("practice.toml")).unwrap();
    assert!(
        toml.contains(
            "sign_up_code = { system = \"local\", code = \"TH-ACCESS\", term = \"Tower Hamlets online access\" }"
        ),
        "{toml}"
    );
    app.tap("tab-worklist").await;
    let codes = app.text_of("worklist-code-sign-up").await;
    assert!(
        codes.contains("Local code") && codes.contains("TH-ACCESS"),
        "{codes}"
    );
    app.close().await;
}

/// The "about" part's title and name hint, as the page chose them (message ids).
async fn about_says(app: &App) -> (String, String) {
    let v = app
        .js(
            "return [document.querySelector('[data-slot=about-title]').dataset.l10n, \
                    document.querySelector('#name-hint').dataset.l10n];",
        )
        .await;
    serde_json::from_value(v).unwrap()
}

#[tokio::test(flavor = "current_thread")]
async fn someone_asking_for_a_person_they_care_for_is_asked_about_that_person() {
    let app = App::launch(practice()).await;
    for language in ["en-GB", "ur"] {
        app.open_form_in(language).await;
        app.tap("nhs-app-no").await;
        assert_eq!(app.next_from("nhs-app").await, "for-whom");
        app.tap("for-someone-else").await;
        // No date of birth yet, so no path: the answer here already says whose details.
        assert_eq!(app.next_from("for-whom").await, "about");
        assert_eq!(
            about_says(&app).await,
            (
                "about-title-someone-else".into(),
                "form-name-hint-someone-else".into()
            ),
            "{language}"
        );
        app.save_screenshot(&format!("process-about-someone-else-{language}"))
            .await;
        // Changing the answer changes the words back.
        app.tap("form-back").await;
        app.wait_part("for-whom").await;
        app.tap("for-me").await;
        assert_eq!(app.next_from("for-whom").await, "about");
        assert_eq!(
            about_says(&app).await,
            ("about-title-me".into(), "form-name-hint".into()),
            "{language}"
        );
        app.tap("form-back").await;
        app.wait_part("for-whom").await;
        app.tap("form-back").await;
        app.wait_part("nhs-app").await;
        // The whole proxy path from "for someone I care for", for an adult patient.
        app.answer(&Answers {
            for_someone_else: true,
            first: "Rahim",
            last: "Uddin",
            dob: ("3", "4", "1941"),
            carer: Some((
                "Nadia",
                "Uddin",
                "relationship-son-or-daughter",
                "basis-patient-agrees",
            )),
            documents: "id-both",
            ..Answers::default()
        })
        .await;
        app.tap("form-submit").await;
        let reference = confirmation_reference(&app).await;
        assert!(shown(&app, "confirm-proxy").await, "{language}");
        assert_eq!(
            journey_column(&app, &reference, "path").as_deref(),
            Some("proxy")
        );
        finish(&app).await;
    }
    app.close().await;
}
