//! The liaison officer's face, against the real app: from a patient's interest at the
//! kiosk to access granted and coded 9IW, with the audit log showing each step; and the
//! lockout after five wrong PINs.

use access_kiosk_e2e::{axe_violations, small_targets, App, Practice};
use serde_json::json;

#[tokio::test(flavor = "current_thread")]
async fn an_officer_takes_a_kiosk_interest_to_access_granted_and_coded_with_every_step_audited() {
    let app = App::launch(Practice::with_languages(&["en-GB", "ur", "bn"]).not_set_up()).await;
    // First start: the patient face takes nothing yet; the administrator is set up through
    // the staff entry, with the set-up code only the tablet's own account can read.
    app.find("not-set-up-screen").await;
    app.press_practice_name().await;
    app.find("staff-setup-screen").await;
    app.type_into("setup-code", &app.setup_code()).await;
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
    }
    app.tap("staff-leave").await;
    app.find("attract-screen").await;
    let reference = app.register_interest("ur", "Nadia").await;
    for file in ["kiosk.sqlite3", "kiosk.sqlite3-wal"] {
        let bytes = std::fs::read(app.data_dir.path().join(file)).unwrap_or_default();
        assert!(
            !bytes.windows(5).any(|w| w == b"Nadia"),
            "the patient's name is not readable in {file}"
        );
    }
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
    // Tapping the tab one is on draws it afresh in the same task as the tap: the search
    // field it replaces is gone before anything can be typed into it and lost.
    let replaced = app
        .js(
            "const old = document.querySelector('[data-testid=queue-search]');
             document.querySelector('[data-testid=tab-queue]').click();
             const now = document.querySelector('[data-testid=queue-search]');
             return [old.isConnected, now !== null && now !== old];",
        )
        .await;
    assert_eq!(
        replaced,
        json!([false, true]),
        "the queue tab is redrawn at the tap"
    );
    app.type_into("queue-search", "12/06/1984").await;
    app.find(&format!("open-{reference}")).await;
    app.save_screenshot("staff-queue").await;
    app.tap(&format!("open-{reference}")).await;
    app.find("journey-screen").await;
    app.wait_for_journey_status("interested").await;
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
    app.wait_for_journey_status("identity-verified").await;
    app.explain_every_risk().await;
    app.tap("step-access-granted").await;
    app.wait_for_journey_status("access-granted").await;

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
    let staff = app.invoke("staff_state", json!({})).await;
    let id = staff["staff"][0]["id"].as_i64().unwrap();
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

/// Administrator actions need a recent PIN (issue 17): with the window at 0 s (a stricter
/// setting a practice may choose), adding a member of staff asks for the PIN again in the
/// staff face; a wrong one is refused there and counted; the right one lets it through.
#[tokio::test(flavor = "current_thread")]
async fn an_administrators_action_asks_for_the_pin_again() {
    let app =
        App::launch(Practice::default().with_env("ACCESS_KIOSK_FRESH_PIN_SECONDS", "0")).await;
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    app.tap("tab-staff").await;
    app.type_into("new-staff-name", "Ola Officer").await;
    app.type_into("new-staff-pin", "583920").await;
    app.tap("new-staff-add").await;
    app.find("pin-prompt").await;
    assert_eq!(
        app.js("const i = document.querySelector('#pin-prompt-pin'); return [i.inputMode, i.autocomplete, i.type];")
            .await,
        json!(["numeric", "off", "password"])
    );
    app.type_into("pin-prompt-pin", "000001").await;
    app.tap("pin-prompt-confirm").await;
    app.wait_until(
        "the wrong PIN's message",
        "!document.querySelector('[data-testid=pin-prompt-error]').hidden",
    )
    .await;
    app.save_screenshot("staff-pin-prompt").await;
    assert_eq!(small_targets(&app, 48.0).await, Vec::<String>::new());
    assert_eq!(axe_violations(&app).await, Vec::<String>::new());
    app.type_into("pin-prompt-pin", "402917").await;
    app.tap("pin-prompt-confirm").await;
    app.wait_until(
        "Ola in the staff list",
        "document.querySelector('[data-testid=staff-home]')?.textContent.includes('Ola Officer')",
    )
    .await;
    assert!(!app.present("pin-prompt").await);
    let (failed, confirmed): (i64, i64) = app
        .database()
        .query_row(
            "SELECT sum(action = 'pin-confirm-failed'), sum(action = 'pin-confirmed') FROM audit_log",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((failed, confirmed), (1, 1));
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

/// Decrypts an age file with Debian's `age` command-line tool: with an identity file, or
/// with a passphrase typed at its prompt (it reads only from a terminal: `script` gives it
/// one). Returns the plaintext.
fn age_decrypt(file: &std::path::Path, key: AgeKey<'_>) -> Vec<u8> {
    let out = file.with_extension("decrypted");
    let status = match key {
        AgeKey::Identity(identity) => std::process::Command::new("age")
            .arg("-d")
            .arg("-i")
            .arg(identity)
            .arg("-o")
            .arg(&out)
            .arg(file)
            .status(),
        AgeKey::Passphrase(phrase) => {
            use std::io::Write;
            let mut child = std::process::Command::new("script")
                .args(["-qec"])
                .arg(format!(
                    "age -d -o '{}' '{}'",
                    out.display(),
                    file.display()
                ))
                .arg("/dev/null")
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("script (util-linux) runs");
            writeln!(child.stdin.take().unwrap(), "{phrase}").unwrap();
            child.wait()
        }
    }
    .expect("the age tool runs (tools/setup test installs Debian's age)");
    assert!(status.success(), "age -d failed on {}", file.display());
    std::fs::read(&out).unwrap()
}

enum AgeKey<'a> {
    Identity(&'a std::path::Path),
    Passphrase(&'a str),
}

fn backups_in(app: &App) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(app.data_dir.path().join("backups"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "age"))
        .collect()
}

/// What a backup holds, opened with standard tools: the kiosk's database, with patients'
/// details and staff notes still sealed inside it.
fn assert_is_the_kiosk_database(plain: &[u8], dir: &std::path::Path) {
    assert!(plain.starts_with(b"SQLite format 3\0"));
    for typed in [&b"Nadia"[..], b"Begum", b"+447700900555"] {
        assert!(!plain.windows(typed.len()).any(|w| w == typed));
    }
    let db = dir.join("opened.sqlite3");
    std::fs::write(&db, plain).unwrap();
    let journeys: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT count(*) FROM journey", [], |r| r.get(0))
        .unwrap();
    assert_eq!(journeys, 1);
}

#[tokio::test(flavor = "current_thread")]
async fn a_backup_is_an_age_file_that_the_age_tool_opens_with_its_one_time_passphrase() {
    let app = App::launch(Practice::default()).await;
    app.register_interest("en-GB", "Nadia").await;
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    app.tap("tab-staff").await;
    app.find("backup-panel").await;
    app.find("restore-none").await;
    app.tap("backup-export").await;
    app.find("backup-passphrase-shown").await;
    let phrase = app.text_of("backup-passphrase-shown").await;
    assert_eq!(phrase.split(' ').count(), 6, "six random words: {phrase}");
    app.save_screenshot("staff-backup-passphrase").await;
    let backups = backups_in(&app);
    assert_eq!(backups.len(), 1, "{backups:?}");
    let bytes = std::fs::read(&backups[0]).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    assert!(!bytes.windows(10).any(|w| w == b"Amir Admin"));
    // The passphrase is shown once: nowhere on disk.
    let db = std::fs::read(app.data_dir.path().join("kiosk.sqlite3")).unwrap();
    assert!(!db.windows(phrase.len()).any(|w| w == phrase.as_bytes()));
    let scratch = tempfile::tempdir().unwrap();
    let copy = scratch.path().join("backup.age");
    std::fs::copy(&backups[0], &copy).unwrap();
    let plain = age_decrypt(&copy, AgeKey::Passphrase(&phrase));
    assert_is_the_kiosk_database(&plain, scratch.path());
    // The staff tab now offers it for restoring.
    app.tap("tab-staff").await;
    app.find("restore-file").await;
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_backup_to_the_practices_recipient_opens_with_its_identity_kept_off_the_tablet() {
    let keys = tempfile::tempdir().unwrap();
    let identity = keys.path().join("practice-backup-key.txt");
    let made = std::process::Command::new("age-keygen")
        .arg("-o")
        .arg(&identity)
        .output()
        .expect("age-keygen (Debian's age)");
    assert!(made.status.success());
    let recipient = String::from_utf8_lossy(&made.stderr)
        .lines()
        .find_map(|l| l.strip_prefix("Public key: ").map(str::to_owned))
        .expect("age-keygen prints the public key");
    let mut practice = Practice::default();
    practice
        .toml
        .push_str(&format!("backup_recipient = \"{recipient}\"\n"));
    let app = App::launch(practice).await;
    app.register_interest("en-GB", "Nadia").await;
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    app.tap("tab-staff").await;
    app.tap("backup-export").await;
    app.find("backup-to-recipient").await;
    assert!(!app.present("backup-passphrase-shown").await);
    let backups = backups_in(&app);
    assert_eq!(backups.len(), 1);
    let plain = age_decrypt(&backups[0], AgeKey::Identity(&identity));
    assert_is_the_kiosk_database(&plain, keys.path());
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_desk_form_is_in_english_whatever_the_patient_before_chose() {
    let app = App::launch(Practice::with_languages(&["en-GB", "ur"])).await;
    // A patient had chosen Urdu when the officer stepped in.
    app.open_form_in("ur").await;
    app.log_in_as_new_admin("Ola Officer", "583920").await;
    app.tap("tab-new").await;
    app.find("interest-form").await;
    let said = app
        .js("return [document.documentElement.lang, \
                    document.querySelector('[data-testid=staff-home] [data-slot=about-title]').textContent];")
        .await;
    assert_eq!(said, json!(["en-GB", "About you"]));
    // The keyboard the officer types on names its keys in English too.
    app.type_on_keys("first-name", "Ola").await;
    let hide = app
        .js("return document.querySelector('[data-testid=keyboard] [data-testid=key-hide]')?.textContent;")
        .await;
    assert_eq!(hide, json!("Hide keyboard"));
    app.close().await;
}
