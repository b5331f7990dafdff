//! The liaison officer's face, against the real app: from a patient's interest at the
//! kiosk to access granted and coded 9IW, with the audit log showing each step; and the
//! lockout after five wrong PINs.

use access_kiosk_e2e::{App, Practice};
use serde_json::json;

/// Ticks every risk on the script as explained.
async fn explain_every_risk(app: &App) {
    for risk in [
        "forgotten",
        "bad-news",
        "sharing",
        "coercion",
        "misunderstanding",
        "third-party",
        "keep-safe",
    ] {
        app.tap(&format!("risk-{risk}")).await;
    }
}

async fn wait_for_status(app: &App, status: &str) {
    app.wait_until(
        status,
        &format!(
            "document.querySelector('[data-testid=journey-status]')?.dataset.status === '{status}'"
        ),
    )
    .await;
}

#[tokio::test(flavor = "current_thread")]
async fn an_officer_takes_a_kiosk_interest_to_access_granted_and_coded_with_every_step_audited() {
    let app = App::launch(Practice::with_languages(&["en-GB", "ur", "bn"])).await;
    let reference = app.register_interest("ur", "Nadia").await;

    // First start: the administrator is set up through the staff entry.
    app.press_practice_name().await;
    app.find("staff-setup-screen").await;
    app.type_into("admin-name", "Amir Admin").await;
    app.type_into("admin-pin", "402917").await;
    app.type_into("admin-pin-again", "402917").await;
    app.tap("admin-create").await;
    // The recovery passphrase is shown once, and the next step waits for it to be noted.
    app.find("recovery-screen").await;
    let phrase = app.text_of("recovery-passphrase").await;
    assert_eq!(phrase.len(), 29, "{phrase}");
    app.tap("recovery-continue").await;
    app.wait_until(
        "the reminder to write it down",
        "!document.querySelector('[data-testid=staff-error]').hidden",
    )
    .await;
    app.tap("recovery-written").await;
    app.tap("recovery-continue").await;
    // First-run setup goes on to the practice's settings, as the new administrator.
    app.find("first-run-settings").await;
    app.tap("settings-save").await;
    app.find("staff-home").await;
    let html = app
        .js("return document.documentElement.outerHTML")
        .await
        .to_string();
    assert!(
        !html.contains(&phrase),
        "shown once, then gone from the page"
    );
    for file in ["kiosk.sqlite3", "kiosk.sqlite3-wal"] {
        let bytes = std::fs::read(app.data_dir.path().join(file)).unwrap_or_default();
        for form in [phrase.clone(), phrase.replace('-', "")] {
            assert!(
                !bytes.windows(form.len()).any(|w| w == form.as_bytes()),
                "the recovery passphrase is not stored in {file}"
            );
        }
        assert!(
            !bytes.windows(5).any(|w| w == b"Nadia"),
            "the patient's name is not readable in {file}"
        );
    }
    app.tap("staff-leave").await;
    app.find("attract-screen").await;
    app.press_practice_name().await;
    app.find("staff-login-screen").await;
    let staff = app.invoke("staff_state", json!({})).await;
    let id = staff["staff"][0]["id"].as_i64().unwrap();
    app.tap(&format!("staff-account-{id}")).await;
    app.type_into("pin", "402917").await;
    app.tap("pin-submit").await;

    // The queue shows the patient; search finds them by date of birth.
    app.find("staff-home").await;
    app.find(&format!("row-{reference}")).await;
    app.type_into("queue-search", "12/06/1984").await;
    app.find(&format!("open-{reference}")).await;
    app.save_screenshot("staff-queue").await;
    app.tap(&format!("open-{reference}")).await;
    app.find("journey-screen").await;
    wait_for_status(&app, "interested").await;
    // The script shows the patient's language (Urdu) beside English.
    let urdu = app
        .js("return [...document.querySelectorAll('.kiosk-side-by-side__patient')].some(e => e.lang === 'ur' && e.dir === 'rtl')")
        .await;
    assert_eq!(
        urdu, true,
        "the patient's language is beside English, right to left"
    );
    app.js("document.querySelector('[data-testid=risk-coercion]').scrollIntoView()")
        .await;
    app.save_screenshot("staff-script-ur").await;

    // Granting access before the identity check is not offered, and refused by the domain
    // when asked for anyway.
    assert!(!app.present("step-access-granted").await);
    let journey_id: i64 = app
        .database()
        .query_row(
            "SELECT id FROM journey WHERE reference = ?1",
            [&reference],
            |r| r.get(0),
        )
        .unwrap();
    let refused = app
        .invoke(
            "record_step",
            json!({ "journeyId": journey_id, "step": {
                "step": "access-granted", "services": true, "newEntries": "on",
                "risksExplained": ["forgotten", "bad-news", "sharing", "coercion",
                                   "misunderstanding", "third-party", "keep-safe"] } }),
        )
        .await;
    assert_eq!(refused["error"]["code"], "illegal-move", "{refused}");

    // Identity by documents: the kinds seen, never numbers.
    app.tap("doc-passport").await;
    app.tap("doc-utility-bill").await;
    app.tap("step-identity-verified").await;
    wait_for_status(&app, "identity-verified").await;
    explain_every_risk(&app).await;
    app.tap("step-access-granted").await;
    wait_for_status(&app, "access-granted").await;

    // The coding worklist has them until they are ticked off.
    app.tap("journey-back").await;
    app.tap("tab-worklist").await;
    app.find(&format!("coded-{reference}")).await;
    app.save_screenshot("staff-worklist").await;
    app.tap(&format!("coded-{reference}")).await;
    app.find("worklist-empty").await;

    // The database has the whole history, with who did each step.
    let events: Vec<(String, String)> = app
        .database()
        .prepare(
            "SELECT kind, actor FROM journey_event JOIN journey ON journey.id = journey_event.journey_id
             WHERE reference = ?1 ORDER BY journey_event.id",
        )
        .unwrap()
        .query_map([&reference], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let kinds: Vec<&str> = events.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "interest-registered",
            "identity-verified",
            "access-granted",
            "coded-9iw"
        ]
    );
    assert!(
        events[1..].iter().all(|(_, who)| who == "Amir Admin"),
        "each step names who did it"
    );

    // The audit log shows each step, to the administrator.
    app.tap("tab-audit").await;
    app.find("audit-rows").await;
    let audit = app.text_of("audit-rows").await;
    for action in ["login", "journey-opened", "journey-changed", "staff-added"] {
        assert!(audit.contains(action), "audit log lacks {action}:\n{audit}");
    }
    assert_eq!(
        audit.matches("journey-changed").count(),
        3,
        "three steps changed the journey"
    );

    // Leaving staff mode leaves nothing of it in the page.
    app.tap("staff-leave").await;
    app.find("attract-screen").await;
    let html = app
        .js("return document.documentElement.outerHTML")
        .await
        .to_string();
    for gone in ["Nadia", &reference, "Amir Admin", "audit-rows"] {
        assert!(
            !html.contains(gone),
            "{gone:?} must be gone after leaving staff mode"
        );
    }
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn five_wrong_pins_lock_the_account() {
    let app = App::launch(Practice::default()).await;
    let admin = app
        .invoke(
            "create_first_admin",
            json!({ "name": "Amir Admin", "pin": "402917" }),
        )
        .await;
    let id = admin["id"].as_i64().unwrap();
    app.press_practice_name().await;
    app.tap(&format!("staff-account-{id}")).await;
    for attempt in 1..=5 {
        app.type_into("pin", "000001").await;
        app.tap("pin-submit").await;
        app.wait_until(
            &format!("refusal {attempt}"),
            "!document.querySelector('[data-testid=staff-error]')?.hidden",
        )
        .await;
        app.js("document.querySelector('[data-testid=staff-error]').hidden = true")
            .await;
    }
    // Now even the right PIN is refused, and the screen says the account is locked.
    app.type_into("pin", "402917").await;
    app.tap("pin-submit").await;
    app.wait_until(
        "the lock message",
        "!document.querySelector('[data-testid=staff-error]')?.hidden",
    )
    .await;
    let message = app.text_of("staff-error").await;
    assert!(message.contains("locked"), "{message}");
    assert!(
        !app.present("staff-home").await,
        "a locked account does not get in"
    );
    let (failures, locked): (i64, Option<String>) = app
        .database()
        .query_row(
            "SELECT failed_attempts, locked_until FROM staff WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(failures, 5);
    assert!(locked.is_some(), "the account is locked in the database");
    let failed: i64 = app
        .database()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'login-failed'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(failed, 5, "each wrong PIN is audited");
    app.save_screenshot("staff-locked").await;
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn an_officer_starts_a_sign_up_at_phlebotomy_for_a_patient_at_the_desk() {
    let app = App::launch(Practice::default()).await;
    app.log_in_as_new_admin("Ola Officer", "583920").await;
    app.tap("tab-new").await;
    app.find("interest-form").await;
    app.js("const c = document.querySelector('[data-testid=new-channel]'); c.value = 'phlebotomy'; true").await;
    app.js("const l = document.querySelector('[data-testid=new-language]'); l.value = 'bn'; true")
        .await;
    // A mistake is shown in place and nothing is lost.
    app.type_into("first-name", "Desk").await;
    app.tap("form-submit").await;
    app.find("error-summary").await;
    app.wait_until(
        "errors",
        "!document.querySelector('[data-testid=error-summary]').hidden",
    )
    .await;
    assert_eq!(app.value_of("first-name").await, "Desk");
    app.fill(&[
        ("last-name", "Patient"),
        ("dob-day", "2"),
        ("dob-month", "2"),
        ("dob-year", "1961"),
        ("email", "desk.patient@example.org"),
    ])
    .await;
    app.tap("nhs-app-not-sure").await;
    app.tap("id-neither").await;
    app.save_screenshot("staff-new-sign-up").await;
    app.tap("form-submit").await;
    app.find("journey-screen").await;
    let (channel, locale, actor): (String, String, String) = app
        .database()
        .query_row(
            "SELECT channel, locale, actor FROM journey JOIN journey_event
             ON journey.id = journey_event.journey_id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (channel.as_str(), locale.as_str(), actor.as_str()),
        ("phlebotomy", "bn", "Ola Officer")
    );
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn an_administrator_exports_an_encrypted_backup_that_the_restore_panel_offers() {
    let app = App::launch(Practice::default()).await;
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    app.tap("tab-staff").await;
    app.find("backup-panel").await;
    app.find("restore-none").await;
    app.type_into("backup-passphrase", "plum orchard seven lanterns")
        .await;
    app.type_into("backup-passphrase-again", "plum orchard seven lanterns")
        .await;
    app.tap("backup-export").await;
    app.wait_until(
        "the saved backup",
        "!document.querySelector('[data-testid=backup-done]').hidden",
    )
    .await;
    let backups: Vec<_> = std::fs::read_dir(app.data_dir.path().join("backups"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "akbackup"))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    let bytes = std::fs::read(&backups[0]).unwrap();
    assert!(bytes.starts_with(b"AKBACKUP"));
    assert!(!bytes.windows(10).any(|w| w == b"Amir Admin"));
    // The staff tab now offers it for restoring.
    app.tap("tab-staff").await;
    app.find("restore-file").await;
    app.save_screenshot("staff-backup").await;
    app.close().await;
}
