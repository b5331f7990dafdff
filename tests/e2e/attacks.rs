//! The attacker's suite (issue 17, item 8), against the real app: what a script on the
//! patient page, a passer-by at a kiosk not yet set up, or someone holding a copy of the
//! database can do. Every staff and administrator command is called with no session, while
//! a member of staff is logged in but without their token, with a stale token, and after
//! *Leave staff mode*: each is refused and the refusal is in the audit log.

use std::collections::BTreeSet;

use access_kiosk_e2e::{App, Practice};
use serde_json::{json, Value};

/// Commands anyone at the kiosk may call: the patient face's, the login and set-up (which
/// need a PIN, the set-up code or the recovery passphrase), and measurement mode's report.
const OPEN_COMMANDS: &[&str] = &[
    "settings",
    "strings",
    "format_message",
    "check_interest",
    "submit_interest",
    "audio_clip",
    "patient_feedback",
    "staff_state",
    "log_in",
    "create_first_admin",
    "recover_admin_pin",
    "bench_report",
];

/// Every staff and administrator command, with arguments that would be accepted from a
/// member of staff (so a refusal is the session's, not the arguments').
fn staff_commands() -> Vec<(&'static str, Value)> {
    let query = json!({
        "measure": "interest-registered", "breakdown": "total", "group": "",
        "from": "2026-10-01", "to": "2026-11-30",
    });
    let form = json!({
        "firstName": "Mallory", "lastName": "Intruder", "dobDay": "1", "dobMonth": "1",
        "dobYear": "1980", "email": "m@example.org", "idDocuments": "both",
    });
    let settings = json!({
        "practiceName": "Evil Surgery", "odsCode": "F84999",
        "registrationUrl": "https://www.nhsapp.service.nhs.uk/login", "languages": ["en-GB"],
        "channel": "kiosk", "printer": "", "slipLayout": "receipt-80mm", "idleSeconds": "60",
        "idleCountdownSeconds": "20", "retentionDaysAfterClose": "30",
        "retentionDaysIfInactive": "180", "codes": [], "proxyReviewAge": "11",
        "proxyNoticeDays": "28",
    });
    vec![
        ("log_out", json!({})),
        ("confirm_pin", json!({ "pin": "402917" })),
        ("staff_session", json!({})),
        ("staff_queue", json!({ "search": "" })),
        ("staff_worklist", json!({})),
        ("older_record_worklist", json!({})),
        ("proxy_worklist", json!({})),
        ("task_counts", json!({})),
        ("about", json!({})),
        ("proxy_dates", json!({ "journeyId": 1 })),
        ("open_journey", json!({ "journeyId": 1 })),
        (
            "record_step",
            json!({ "journeyId": 1, "step": { "step": "withdrawn" } }),
        ),
        ("set_cohorts", json!({ "journeyId": 1, "cohorts": [] })),
        (
            "start_journey",
            json!({ "locale": "en-GB", "form": form, "channel": "reception" }),
        ),
        (
            "print_slip",
            json!({ "reference": "ACDEFG", "withName": true, "linkage": null }),
        ),
        (
            "print_page",
            json!({ "reference": "poster", "layout": null }),
        ),
        ("materials", json!({ "posterLocale": "en-GB" })),
        (
            "add_staff",
            json!({ "name": "Mallory", "pin": "583921", "isAdmin": true }),
        ),
        ("remove_staff", json!({ "staffId": 1 })),
        ("reset_pin", json!({ "staffId": 1, "pin": "583921" })),
        ("audit_log", json!({ "actor": null, "action": null })),
        ("report", json!({ "query": query })),
        (
            "report_print_page",
            json!({ "query": query, "kind": "mdc" }),
        ),
        (
            "add_rebase",
            json!({ "measure": "access-granted", "week": "2026-11-02", "reason": "x" }),
        ),
        ("remove_rebase", json!({ "id": 1 })),
        ("chart_settings", json!({})),
        (
            "save_chart_settings",
            json!({ "form": { "targets": {}, "screenOutliers": false, "fixLimitsAfter": "" } }),
        ),
        (
            "add_pdsa_cycle",
            json!({ "cycle": { "title": "x", "tried": "y", "startDate": "2026-11-01", "endDate": null } }),
        ),
        ("end_pdsa_cycle", json!({ "id": 1 })),
        (
            "freeze_baseline",
            json!({ "measure": "interest-registered", "first": "2026-10-05", "last": "2026-11-02" }),
        ),
        (
            "unfreeze_baseline",
            json!({ "measure": "interest-registered" }),
        ),
        ("staff_feedback", json!({ "reason": "privacy" })),
        (
            "export_report",
            json!({ "kind": "csv", "query": query, "png": null }),
        ),
        ("set_training", json!({ "on": true })),
        ("quit_app", json!({})),
        ("settings_form", json!({})),
        ("save_settings", json!({ "form": settings })),
        ("pack_files", json!({})),
        ("preview_pack", json!({ "file": "borough.akpack.toml" })),
        ("import_pack", json!({ "file": "borough.akpack.toml" })),
        ("export_pack", json!({})),
        ("export_backup", json!({})),
        ("backup_files", json!({})),
        (
            "restore_backup",
            json!({ "name": "access-kiosk-2026-11-01-100000.age", "passphrase": "x" }),
        ),
    ]
}

/// The commands the window may call, from its capability file.
fn granted_commands() -> BTreeSet<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../src-tauri/capabilities/kiosk-window.json"
    );
    let caps: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    caps["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|c| c.replace('-', "_"))
        .collect()
}

fn refusals(app: &App, command: &str) -> i64 {
    app.database()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'staff-command-refused'
             AND json_extract(details, '$.command') = ?1",
            [command],
            |r| r.get(0),
        )
        .unwrap()
}

/// Calls every staff command with `token` (or none) and checks each is refused as not
/// logged in, and audited with its name.
async fn every_command_is_refused(app: &App, token: Option<&str>, situation: &str) {
    for (command, mut args) in staff_commands() {
        if let Some(t) = token {
            args["token"] = json!(t);
        }
        let before = refusals(app, command);
        let answer = app.invoke_raw(command, args).await;
        assert_eq!(
            answer["error"]["code"],
            json!("not-logged-in"),
            "{situation}: {command} must be refused, got {answer}"
        );
        assert_eq!(
            refusals(app, command),
            before + 1,
            "{situation}: the refused {command} is in the audit log"
        );
    }
}

async fn admin_id(app: &App) -> i64 {
    let state = app.invoke("staff_state", json!({})).await;
    state["staff"][0]["id"].as_i64().unwrap()
}

#[tokio::test(flavor = "current_thread")]
async fn every_staff_command_from_the_patient_page_is_refused_and_audited() {
    let app = App::launch(Practice::default()).await;
    let listed: BTreeSet<String> = staff_commands()
        .iter()
        .map(|(c, _)| (*c).to_owned())
        .chain(OPEN_COMMANDS.iter().map(|c| (*c).to_owned()))
        .collect();
    assert_eq!(
        granted_commands(),
        listed,
        "every command the window may call is either open or in this suite"
    );
    let journeys_before = app.journey_count();

    // Nobody logged in.
    every_command_is_refused(&app, None, "no session").await;

    // A member of staff logged in elsewhere (the token is theirs): the patient page has none.
    let id = admin_id(&app).await;
    let session = app
        .invoke_raw(
            "log_in",
            json!({ "staffId": id, "pin": Practice::ADMIN_PIN }),
        )
        .await;
    let live = session["token"].as_str().unwrap().to_owned();
    every_command_is_refused(&app, None, "a live session, no token").await;
    every_command_is_refused(&app, Some("0".repeat(64).as_str()), "a forged token").await;

    // A stale token: a new login replaced that session.
    let newer = app
        .invoke_raw(
            "log_in",
            json!({ "staffId": id, "pin": Practice::ADMIN_PIN }),
        )
        .await;
    every_command_is_refused(&app, Some(&live), "a stale token").await;

    // After Leave: that session's token is dead.
    let left = newer["token"].as_str().unwrap().to_owned();
    let out = app.invoke_raw("log_out", json!({ "token": left })).await;
    assert_eq!(out, Value::Null, "leaving works with the page's own token");
    every_command_is_refused(&app, Some(&left), "after Leave").await;

    // Nothing an attacker's call tried happened: no journey, no staff, the app still runs.
    assert_eq!(app.journey_count(), journeys_before);
    let staff: i64 = app
        .database()
        .query_row("SELECT count(*) FROM staff", [], |r| r.get(0))
        .unwrap();
    assert_eq!(staff, 1, "no administrator was added");
    app.find("attract-screen").await;

    // The real page's Leave: after it, even the page's own calls carry no token.
    app.log_in_as_new_admin(Practice::ADMIN_NAME, Practice::ADMIN_PIN)
        .await;
    assert!(app
        .invoke("staff_queue", json!({ "search": "" }))
        .await
        .is_array());
    app.tap("staff-leave").await;
    app.find("attract-screen").await;
    let after = app.invoke("staff_queue", json!({ "search": "" })).await;
    assert_eq!(after["error"]["code"], json!("not-logged-in"));
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_kiosk_before_set_up_stores_nothing_and_cannot_be_taken_without_the_code() {
    let app = App::launch(Practice::default().not_set_up()).await;
    app.find("not-set-up-screen").await;
    app.save_screenshot("attack-not-set-up").await;
    // The patient face's own command, called straight: refused, nothing stored.
    let form = json!({
        "firstName": "Early", "lastName": "Patient", "dobDay": "1", "dobMonth": "1",
        "dobYear": "1980", "email": "e@example.org", "idDocuments": "both",
    });
    let answer = app
        .invoke_raw(
            "submit_interest",
            json!({ "locale": "en-GB", "form": form }),
        )
        .await;
    assert_eq!(answer["error"]["code"], json!("not-set-up"), "{answer}");
    let feedback = app
        .invoke_raw(
            "patient_feedback",
            json!({ "reason": "privacy", "locale": "en-GB" }),
        )
        .await;
    assert_eq!(feedback["error"]["code"], json!("not-set-up"));
    for table in [
        "journey",
        "sealed_personal",
        "feedback",
        "practice_key",
        "staff",
    ] {
        let n: i64 = app
            .database()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "nothing in {table} before set-up");
    }
    // The 2-second press alone no longer makes an administrator: the code is needed.
    for code in [json!(null), json!(""), json!("ACDE-FGHJ-KMNP")] {
        let tried = app
            .invoke_raw(
                "create_first_admin",
                json!({ "setupCode": code, "name": "Mallory", "pin": "583921" }),
            )
            .await;
        assert_eq!(tried["error"]["code"], json!("wrong-setup-code"), "{tried}");
    }
    let refused: i64 = app
        .database()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'setup-code-refused'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(refused, 3, "each try is audited");
    let restore = app
        .invoke_raw(
            "restore_backup",
            json!({ "name": "access-kiosk-2026-11-01-100000.age", "passphrase": "x" }),
        )
        .await;
    assert_eq!(restore["error"]["code"], json!("wrong-setup-code"));
    // The set-up code file is private to the kiosk's account.
    use std::os::unix::fs::PermissionsExt;
    let code_file = app.data_dir.path().join("setup-code.txt");
    let mode = std::fs::metadata(&code_file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    app.close().await;
}

/// Tries PINs against a copy of the database as an attacker would, through the real unwrap
/// (`privacy::open_bound_wrap`), for at most `budget`: returns how many were tried and
/// whether any opened the key.
fn try_pins(
    wrap: &access_kiosk_core::privacy::WrappedKey,
    device: &access_kiosk_core::privacy::DeviceSecret,
    pins: impl Iterator<Item = String>,
    budget: std::time::Duration,
) -> (usize, bool) {
    let start = std::time::Instant::now();
    let mut tried = 0;
    for pin in pins {
        if start.elapsed() > budget {
            break;
        }
        tried += 1;
        if access_kiosk_core::privacy::open_bound_wrap(wrap, &pin, device).is_ok() {
            return (tried, true);
        }
    }
    (tried, false)
}

#[tokio::test(flavor = "current_thread")]
async fn a_copied_database_on_another_machine_yields_no_key_to_any_pin() {
    let app = App::launch(Practice::default()).await;
    app.register_interest("en-GB", "Nadia").await;
    let id = admin_id(&app).await;
    // The tablet's own device secret, for the control at the end (a thief does not have it).
    let (home, _) = access_kiosk_core::device_secret::DeviceStore::file_only(&app.device_dir)
        .load_or_create()
        .unwrap();
    // The copy, on another machine: its own data folder and its own device secret.
    let other = tempfile::tempdir().unwrap();
    app.js("return true;").await;
    let copied = app
        .database()
        .execute(
            "VACUUM INTO ?1",
            [other.path().join("kiosk.sqlite3").to_string_lossy()],
        )
        .is_ok();
    assert!(
        copied,
        "a copy of the database, as someone copying the disk would take"
    );
    app.close().await;
    let other_device = tempfile::tempdir().unwrap();
    let thief = App::launch_on_device(other, other_device.path()).await;
    // The kiosk there: the right PIN opens nothing, and says why.
    let answer = thief
        .invoke_raw(
            "log_in",
            json!({ "staffId": id, "pin": Practice::ADMIN_PIN }),
        )
        .await;
    assert_eq!(
        answer["error"]["code"],
        json!("pin-other-tablet"),
        "{answer}"
    );

    // Offline, with the real unwrap: a sample of 6-digit PINs in a bounded time, the right
    // one included, against the wrap in the copied file and the only device secret the
    // thief has (their machine's). SECURITY.md has the estimate for all of them.
    let wrap_bytes: Vec<u8> = thief
        .database()
        .query_row(
            "SELECT wrapped_key FROM staff_key_wrap WHERE staff_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    let wrap = access_kiosk_core::privacy::WrappedKey::from_bytes(&wrap_bytes).unwrap();
    let (theirs, _) = access_kiosk_core::device_secret::DeviceStore::file_only(other_device.path())
        .load_or_create()
        .unwrap();
    let sample = std::iter::once(Practice::ADMIN_PIN.to_owned())
        .chain((0..1_000_000u32).step_by(99_991).map(|n| format!("{n:06}")));
    let started = std::time::Instant::now();
    let (tried, opened) = try_pins(&wrap, &theirs, sample, std::time::Duration::from_secs(20));
    let each = started.elapsed().as_secs_f64() / tried.max(1) as f64;
    // For SECURITY.md's estimate (never asserted): what one guess costs in this build.
    eprintln!(
        "attacks: {tried} PINs tried in {:.1} s ({each:.2} s each); all 10^6 would take {:.1} days \
         on one core, and every one of them fails without this tablet's device secret",
        started.elapsed().as_secs_f64(),
        each * 1e6 / 86_400.0
    );
    assert!(tried >= 1, "the right PIN was tried first");
    assert!(
        !opened,
        "no PIN, not even the right one, opens the copy without this tablet's secret"
    );
    let guessed = access_kiosk_core::privacy::DeviceSecret::generate().unwrap();
    let (_, opened) = try_pins(
        &wrap,
        &guessed,
        std::iter::once(Practice::ADMIN_PIN.to_owned()),
        std::time::Duration::from_secs(20),
    );
    assert!(!opened, "nor with a guessed device secret");
    // On its own tablet, the right PIN does open it: the binding is what stopped the thief.
    let (tried, opened) = try_pins(
        &wrap,
        &home,
        std::iter::once(Practice::ADMIN_PIN.to_owned()),
        std::time::Duration::from_secs(20),
    );
    assert!(
        tried == 1 && opened,
        "with the tablet's own secret the PIN opens it"
    );
    thief.close().await;
}

/// Fields of the page that would let the webview offer what was typed to the next person
/// (WebView2 autofills `given-name`, `tel`, `email` and any field without `off`): none.
async fn fields_that_may_autofill(app: &App) -> Vec<String> {
    let found = app
        .js(
            "const roots = [document, ...Array.from(document.querySelectorAll('template'), (t) => t.content)];\
             return roots.flatMap((r) => Array.from(r.querySelectorAll('input, textarea')))\
               .filter((e) => !['radio', 'checkbox', 'hidden', 'button', 'submit'].includes(e.type))\
               .filter((e) => e.getAttribute('autocomplete') !== 'off')\
               .map((e) => e.id || e.dataset.testid || e.outerHTML.slice(0, 80));",
        )
        .await;
    serde_json::from_value(found).unwrap()
}

#[tokio::test(flavor = "current_thread")]
async fn no_field_of_either_face_asks_the_webview_to_remember_what_was_typed() {
    let app = App::launch(Practice::default()).await;
    let reference = app.register_interest("en-GB", "Autofill").await;
    // The patient face: every screen it may show is a template in the page.
    app.find("attract-screen").await;
    let patient = app
        .js("return Array.from(document.querySelectorAll('template'), (t) => t.content.querySelectorAll('input:not([type=radio]):not([type=checkbox])').length).reduce((a, b) => a + b, 0);")
        .await;
    assert_eq!(fields_that_may_autofill(&app).await, Vec::<String>::new());

    // The staff face: each tab as drawn, and a journey opened.
    app.log_in_as_new_admin(Practice::ADMIN_NAME, Practice::ADMIN_PIN)
        .await;
    let tabs = app
        .js("return Array.from(document.querySelectorAll('.kiosk-tabs [data-testid^=tab-]')).map((b) => b.dataset.testid);")
        .await;
    let tabs: Vec<String> = serde_json::from_value(tabs).unwrap();
    assert!(tabs.len() >= 10, "an administrator's tabs: {tabs:?}");
    let mut staff_fields = 0;
    for tab in &tabs {
        app.tap(tab).await;
        app.wait_until(
            &format!("{tab} drawn"),
            &format!(
                "document.querySelector('[data-testid={tab}]')?.getAttribute('aria-current') === 'page' \
                 && document.querySelector('[data-testid=staff-tab-body]')?.getAttribute('aria-busy') === 'false'"
            ),
        )
        .await;
        staff_fields += app
            .js("return document.querySelectorAll('[data-testid=staff-tab-body] input, [data-testid=staff-tab-body] textarea').length;")
            .await
            .as_i64()
            .unwrap();
        assert_eq!(
            fields_that_may_autofill(&app).await,
            Vec::<String>::new(),
            "{tab}"
        );
    }
    app.tap("tab-queue").await;
    app.tap(&format!("open-{reference}")).await;
    app.find("journey-screen").await;
    assert_eq!(fields_that_may_autofill(&app).await, Vec::<String>::new());
    assert!(
        staff_fields > 10 && patient.as_i64().unwrap() >= 9,
        "the check saw the fields: {staff_fields} staff, {patient} patient"
    );
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_double_tap_on_log_in_checks_the_pin_once() {
    let app = App::launch(Practice::default()).await;
    let id = admin_id(&app).await;
    app.press_practice_name().await;
    app.tap(&format!("staff-account-{id}")).await;
    app.type_into("pin", "111111").await;
    // Two taps in one go, as an impatient finger makes while the PIN is checked.
    let disabled = app
        .js("const b = document.querySelector('[data-testid=pin-submit]'); b.click(); b.click(); return b.disabled;")
        .await;
    assert_eq!(
        disabled,
        json!(true),
        "the button waits for the first login"
    );
    app.wait_until(
        "the login answered",
        "!document.querySelector('[data-testid=pin-submit]').disabled",
    )
    .await;
    let shown = app.text_of("staff-error").await;
    assert_eq!(
        shown, "Wrong PIN.",
        "one answer, to the one check: wrong, never busy (locales/en-GB/staff.ftl)"
    );
    let failed: i64 = app
        .database()
        .query_row(
            "SELECT failed_attempts FROM staff WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(failed, 1, "one attempt counted");
    app.close().await;
}
