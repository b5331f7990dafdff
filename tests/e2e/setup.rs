//! First-run setup and the process pack, against the real app: the administrator sets the
//! practice up after creating their account; a pack's changes are shown before they are
//! applied, a broken pack changes nothing, and an exported pack re-imports unchanged.

use access_kiosk_e2e::{axe_violations, small_targets, App, Practice};
use serde_json::json;

/// A one-line English staff message, as shipped.
fn staff_message(id: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/en-GB/staff.ftl");
    let text = std::fs::read_to_string(path).unwrap();
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{id} is not a one-line staff message"))
        .to_owned()
}

/// Text without Fluent's invisible isolation marks around arguments.
fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

async fn set_select(app: &App, testid: &str, value: &str) {
    // The tab may still be drawing: wait for the choice to be offered.
    app.wait_until(
        value,
        &format!(
            "[...document.querySelectorAll('[data-testid={testid}] option')].some(o => o.value === '{value}')"
        ),
    )
    .await;
    app.js(&format!(
        "const s = document.querySelector('[data-testid={testid}]');\
         s.value = '{value}'; s.dispatchEvent(new Event('change', {{ bubbles: true }}));"
    ))
    .await;
}

async fn checked(app: &App, testid: &str) -> bool {
    app.js(&format!(
        "return document.querySelector('[data-testid=\"{testid}\"]').checked"
    ))
    .await
        == json!(true)
}

#[tokio::test(flavor = "current_thread")]
async fn first_run_sets_up_the_practice_and_the_patient_face_uses_it_at_once() {
    let app = App::launch(Practice::with_languages(&["en-GB", "bn", "so"]).not_set_up()).await;
    app.press_practice_name().await;
    app.find("staff-setup-screen").await;
    app.type_into("setup-code", &app.setup_code()).await;
    app.type_into("admin-name", "Amir Admin").await;
    app.type_into("admin-pin", "402917").await;
    app.type_into("admin-pin-again", "402917").await;
    app.tap("admin-create").await;
    app.find("recovery-screen").await;
    app.tap("recovery-written").await;
    app.tap("recovery-continue").await;

    // The settings form follows, filled from practice.toml, each field explained.
    app.find("first-run-settings").await;
    assert_eq!(app.value_of("setting-practice-name").await, "Test Surgery");
    assert_eq!(app.value_of("setting-ods-code").await, "F84999");
    assert!(checked(&app, "setting-lang-bn").await);
    assert!(!checked(&app, "setting-lang-ur").await);
    let unexplained = app
        .js("return [...document.querySelectorAll('[data-testid=settings-form] input, [data-testid=settings-form] select')]\
             .filter(i => !(i.labels && i.labels.length) && !i.closest('fieldset')).map(i => i.id)")
        .await;
    assert_eq!(unexplained, json!([]), "every control has a label");

    app.type_into("setting-practice-name", "Riverside Health Centre")
        .await;
    app.type_into("setting-ods-code", "F8412").await;
    app.tap("setting-lang-bn").await; // off
    app.tap("setting-lang-so").await; // off
    app.tap("setting-lang-ur").await; // on
    set_select(&app, "setting-channel", "phlebotomy").await;
    app.tap("settings-save").await;

    // A bad ODS code is named beside its field, and what was typed stays.
    app.wait_until(
        "the ODS code message",
        "!document.querySelector('[data-testid=setting-error-ods-code]').hidden",
    )
    .await;
    assert_eq!(
        app.text_of("setting-error-ods-code").await,
        staff_message("settings-error-ods-code")
    );
    assert_eq!(app.value_of("setting-ods-code").await, "F8412");
    assert_eq!(
        app.value_of("setting-practice-name").await,
        "Riverside Health Centre"
    );
    app.save_screenshot("settings-form-error").await;
    assert_eq!(small_targets(&app, 48.0).await, Vec::<String>::new());
    assert_eq!(axe_violations(&app).await, Vec::<String>::new());
    let on_disk = std::fs::read_to_string(app.data_dir.path().join("practice.toml")).unwrap();
    assert!(on_disk.contains("Test Surgery"), "nothing saved yet");

    // Enter in a field saves, as the Save button does (it once sent the hidden interest
    // form instead, and failed).
    app.type_into("setting-ods-code", "F84123\u{E007}").await;
    app.find("staff-home").await;

    // practice.toml has the new values, and still explains every setting.
    let on_disk = std::fs::read_to_string(app.data_dir.path().join("practice.toml")).unwrap();
    for line in [
        "practice_name = \"Riverside Health Centre\"",
        "ods_code = \"F84123\"",
        "channel = \"phlebotomy\"",
        "languages = [\"en-GB\", \"ur\"]",
        "# The practice's ODS (organisation) code, e.g. F84001.",
    ] {
        assert!(on_disk.contains(line), "{line} in\n{on_disk}");
    }
    // The change is in the audit log, old and new values named.
    let audit = app
        .invoke(
            "audit_log",
            json!({ "actor": null, "action": "settings-changed" }),
        )
        .await;
    assert_eq!(audit.as_array().unwrap().len(), 1, "{audit}");
    let details = &audit[0]["details"];
    assert_eq!(
        details["practice_name"],
        json!({ "from": "Test Surgery", "to": "Riverside Health Centre" })
    );
    assert_eq!(details["ods_code"]["to"], "F84123");
    assert_eq!(details["languages"]["to"], json!(["en-GB", "ur"]));

    // The patient face uses them at once: new name, only the chosen languages.
    app.tap("staff-leave").await;
    app.find("attract-screen").await;
    assert_eq!(
        app.text_of("practice-name").await,
        "Riverside Health Centre"
    );
    app.tap("attract-start").await;
    app.find("language-ur").await;
    app.find("language-en-GB").await;
    assert!(
        !app.present("language-bn").await,
        "Bengali is no longer offered"
    );
    assert!(
        !app.present("language-so").await,
        "Somali is no longer offered"
    );

    // The Settings tab shows the same form for later changes.
    app.press_practice_name().await;
    let staff = app.invoke("staff_state", json!({})).await;
    let id = staff["staff"][0]["id"].as_i64().unwrap();
    app.tap(&format!("staff-account-{id}")).await;
    app.type_into("pin", "402917").await;
    app.tap("pin-submit").await;
    app.tap("tab-settings").await;
    app.find("settings-form").await;
    assert_eq!(
        app.value_of("setting-practice-name").await,
        "Riverside Health Centre"
    );
    app.save_screenshot("settings-tab").await;
    app.close().await;
}

const BOROUGH_PACK: &str = r#"
languages = ["en-GB", "bn"]
identity_methods = ["documents", "nhs-login"]
tracking_code = "XaZ12"
tracking_code_label = "Online access set up (borough code)"
retention_days_after_close = 60

[pack]
name = "Borough access process"
version = "2026.2"
date = 2026-11-01
format = 1

[messages.en-GB]
script-greeting = "Good morning. Let's get you set up to see your GP record."
"#;

async fn choose_pack(app: &App, file: &str) {
    app.tap("tab-settings").await;
    app.find("pack-panel").await;
    set_select(app, "pack-file", file).await;
    app.tap("pack-show-changes").await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_pack_is_previewed_imported_and_exported_and_a_broken_one_changes_nothing() {
    let app = App::launch(Practice::with_languages(&["en-GB", "bn", "ur"])).await;
    let reference = app.register_interest("en-GB", "Nadia").await;
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    let packs = app.data_dir.path().join("packs");

    // Export the current settings as a pack: it re-imports with nothing to change.
    app.tap("tab-settings").await;
    app.tap("pack-export").await;
    app.wait_until(
        "the export message",
        "!document.querySelector('[data-testid=pack-message]').hidden",
    )
    .await;
    let exported: Vec<_> = std::fs::read_dir(&packs)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(exported.len(), 1, "{exported:?}");
    let text = std::fs::read_to_string(packs.join(&exported[0])).unwrap();
    assert!(
        text.contains("[sign_up_code]") && text.contains("code = \"9IW\""),
        "{text}"
    );
    assert!(
        !text.contains("ods_code") && !text.contains("F84999"),
        "{text}"
    );
    choose_pack(&app, &exported[0]).await;
    app.find("pack-nothing-changes").await;

    // A borough pack: what will change is shown first; cancelling changes nothing.
    std::fs::write(packs.join("borough.akpack.toml"), BOROUGH_PACK).unwrap();
    let before = std::fs::read(app.data_dir.path().join("practice.toml")).unwrap();
    choose_pack(&app, "borough.akpack.toml").await;
    app.find("pack-setting-changes").await;
    // A pack from before configurable codes names `tracking_code`: it sets the sign-up code.
    let row = app.text_of("pack-change-sign_up_code").await;
    assert!(row.contains("9IW") && row.contains("XaZ12"), "{row}");
    let langs = app.text_of("pack-change-languages").await;
    assert!(
        langs.contains("en-GB, bn, ur") && langs.contains("en-GB, bn"),
        "{langs}"
    );
    assert!(app
        .text_of("pack-messages-en-GB")
        .await
        .contains("script-greeting"));
    app.save_screenshot("pack-diff").await;
    assert_eq!(small_targets(&app, 48.0).await, Vec::<String>::new());
    assert_eq!(axe_violations(&app).await, Vec::<String>::new());
    app.tap("pack-cancel").await;
    assert_eq!(
        std::fs::read(app.data_dir.path().join("practice.toml")).unwrap(),
        before,
        "a preview and a cancel change nothing"
    );

    choose_pack(&app, "borough.akpack.toml").await;
    app.tap("pack-confirm").await;
    app.wait_until(
        "the import message",
        "!document.querySelector('[data-testid=pack-message]')?.hidden",
    )
    .await;
    let info = app.text_of("pack-info").await;
    assert!(
        info.contains("Borough access process")
            && info.contains("2026.2")
            && info.contains("2026-11-01"),
        "{info}"
    );
    let audit = app
        .invoke(
            "audit_log",
            json!({ "actor": null, "action": "pack-imported" }),
        )
        .await;
    assert_eq!(audit[0]["details"]["version"], "2026.2", "{audit}");
    let on_disk = std::fs::read_to_string(app.data_dir.path().join("practice.toml")).unwrap();
    assert!(
        on_disk.contains(
            "sign_up_code = { system = \"read-v2\", code = \"XaZ12\", term = \"Online access set up (borough code)\" }"
        ),
        "{on_disk}"
    );
    assert!(
        on_disk.contains("practice_name = \"Test Surgery\""),
        "the practice's name is kept"
    );

    // The worklist and the script use the new sign-up code and wording.
    app.tap("tab-worklist").await;
    app.wait_until(
        "the new sign-up code",
        "document.querySelector('[data-testid=staff-home]').textContent.includes('XaZ12')",
    )
    .await;
    app.tap("tab-queue").await;
    app.tap(&format!("open-{reference}")).await;
    app.find("journey-screen").await;
    app.wait_until(
        "the pack's greeting",
        "document.querySelector('[data-testid=journey-screen]').textContent.includes(\"Good morning. Let's get you set up\")",
    )
    .await;
    assert!(
        !app.present("id-method-vouching").await,
        "only the pack's identity checks"
    );
    app.find("id-method-nhs-login").await;

    // A malformed pack is refused with what is wrong, and nothing changes.
    std::fs::write(packs.join("broken.akpack.toml"), "[pack\nname = \"x\"\n").unwrap();
    let before = std::fs::read(app.data_dir.path().join("practice.toml")).unwrap();
    app.tap("journey-back").await;
    app.tap("tab-settings").await;
    app.find("pack-panel").await;
    set_select(&app, "pack-file", "broken.akpack.toml").await;
    app.tap("pack-show-changes").await;
    app.wait_until(
        "the refusal",
        "!document.querySelector('[data-testid=pack-error]').hidden",
    )
    .await;
    let message = plain(app.text_of("pack-error").await);
    assert!(
        message.contains("line 1") && message.contains("Nothing was changed"),
        "{message}"
    );
    assert!(!app.present("pack-confirm").await);
    assert_eq!(
        std::fs::read(app.data_dir.path().join("practice.toml")).unwrap(),
        before
    );
    // A pack naming the practice's own values is refused too.
    std::fs::write(
        packs.join("greedy.akpack.toml"),
        format!("practice_name = \"Elsewhere\"\n{BOROUGH_PACK}"),
    )
    .unwrap();
    app.tap("tab-settings").await;
    set_select(&app, "pack-file", "greedy.akpack.toml").await;
    app.tap("pack-show-changes").await;
    app.wait_until(
        "the refusal",
        "!document.querySelector('[data-testid=pack-error]').hidden",
    )
    .await;
    assert!(app.text_of("pack-error").await.contains("practice_name"));
    app.close().await;
}

/// The first-run screen at 1280×800: the set-up form's buttons and the restore panel below
/// them never overlap (they did: *Cancel* / *Create administrator* sat on the *Restore from
/// a backup* heading), also when the patient face was last in a right-to-left language.
#[tokio::test(flavor = "current_thread")]
async fn the_first_run_screen_lays_out_without_overlap_in_english_and_after_arabic() {
    let app = App::launch(Practice::with_languages(&["en-GB", "ar"]).not_set_up()).await;
    // A backup in the folder, so the restore panel offers it (its heading and fields show).
    let backups = app.data_dir.path().join("backups");
    std::fs::create_dir_all(&backups).unwrap();
    std::fs::write(
        backups.join("access-kiosk-2026-11-01-100000.age"),
        b"age-encryption.org/v1\n",
    )
    .unwrap();
    for (pass, language) in [("en", None), ("ar", Some("ar"))] {
        if let Some(tag) = language {
            app.js(&format!(
                "document.documentElement.lang = '{tag}'; document.documentElement.dir = 'rtl'; return true;"
            ))
            .await;
        }
        app.press_practice_name().await;
        app.find("staff-setup-screen").await;
        app.find("restore-panel").await;
        app.find("restore-file").await;
        let overlaps = app
            .js(
                "const boxes = [...document.querySelectorAll('[data-testid=staff-setup-screen] > *, \
                   [data-testid=restore-panel] > *')]\
                   .filter(e => e.offsetParent !== null && e.getAttribute('data-testid') !== 'restore-panel')\
                   .map(e => ({ name: e.dataset.testid || e.tagName + '.' + e.className, r: e.getBoundingClientRect() }));\
                 const hit = [];\
                 for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {\
                   const a = boxes[i].r, b = boxes[j].r;\
                   if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)\
                     hit.push(boxes[i].name + ' × ' + boxes[j].name);\
                 }\
                 return hit;",
            )
            .await;
        assert_eq!(overlaps, json!([]), "{pass}: nothing overlaps");
        let (actions_bottom, heading_top) = (
            app.js("return document.querySelector('[data-testid=staff-setup-screen] .kiosk-actions').getBoundingClientRect().bottom").await,
            app.js("return document.querySelector('[data-testid=restore-panel] h2').getBoundingClientRect().top").await,
        );
        assert!(
            actions_bottom.as_f64().unwrap() + 16.0 <= heading_top.as_f64().unwrap(),
            "{pass}: the buttons end above the restore heading ({actions_bottom} / {heading_top})"
        );
        assert_eq!(
            app.js("return document.documentElement.dir").await,
            json!("ltr"),
            "{pass}: the staff face is English, left to right"
        );
        assert_eq!(small_targets(&app, 48.0).await, Vec::<String>::new());
        assert_eq!(axe_violations(&app).await, Vec::<String>::new());
        app.save_screenshot(&format!("first-run-{pass}")).await;
        // The page scrolls inside .kiosk-page (the window does not): bring the restore panel
        // into view for its screenshot.
        app.js("document.querySelector('[data-testid=restore-panel]').scrollIntoView({ block: 'end' }); return true;")
            .await;
        app.wait_until(
            "the restore panel in view",
            "document.querySelector('[data-testid=restore-panel]').getBoundingClientRect().bottom <= innerHeight",
        )
        .await;
        app.save_screenshot(&format!("first-run-{pass}-restore"))
            .await;
        app.tap("staff-cancel").await;
        app.find("not-set-up-screen").await;
    }
    app.save_screenshot("not-set-up").await;
    app.close().await;
}
