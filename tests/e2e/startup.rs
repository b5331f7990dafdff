//! What staff see when the kiosk cannot start.

use access_kiosk_e2e::App;

#[tokio::test(flavor = "current_thread")]
async fn a_malformed_settings_file_names_the_line_and_setting_instead_of_crashing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("practice.toml"),
        "practice_name = \"Test Surgery\"\nidle_seconds = \"soon\"\n",
    )
    .unwrap();
    let app = App::launch_in(dir).await;
    app.find("startup-failed-screen").await;
    let problem = app.text_of("startup-problem").await;
    assert!(
        problem.contains("line 2") && problem.contains("idle_seconds"),
        "the message names the line and the setting: {problem}"
    );
    let settings = std::fs::read_to_string(app.data_dir.path().join("practice.toml")).unwrap();
    assert!(
        settings.contains("\"soon\""),
        "the practice's file is left as it was"
    );
    app.close().await;
}

/// A second start on the same data folder does not open a second kiosk: it asks the
/// running one to come to the front and exits; the running one carries on.
#[tokio::test(flavor = "current_thread")]
async fn a_second_start_on_the_same_folder_exits_and_leaves_the_first_running() {
    let app = App::launch(access_kiosk_e2e::Practice::default()).await;
    app.find("attract-screen").await;
    let second = std::process::Command::new(access_kiosk_e2e::app_binary())
        .arg("--data-dir")
        .arg(app.data_dir.path())
        .output()
        .expect("start a second kiosk");
    assert!(second.status.success(), "{second:?}");
    let said = String::from_utf8_lossy(&second.stderr);
    assert!(said.contains("already running"), "{said}");
    // The first is still there and still answers.
    app.tap("attract-start").await;
    app.find("language-screen").await;
    app.close().await;
}

/// Patients' details inactive past the retention period (180 days by default) go at the
/// next start: the app runs the purge once its window is up, off start-up's path.
#[tokio::test(flavor = "current_thread")]
async fn details_past_their_retention_period_go_at_the_next_start() {
    let mut app = App::launch(access_kiosk_e2e::Practice::default()).await;
    let reference = app.register_interest("en-GB", "Stale").await;
    let details = |db: &rusqlite::Connection| -> i64 {
        db.query_row(
            "SELECT count(*) FROM sealed_personal
             JOIN journey ON journey.id = sealed_personal.journey_id WHERE reference = ?1",
            [&reference],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(details(&app.database()), 1, "the details are stored");
    // Keep the folder, close the app.
    let dir = std::mem::replace(&mut app.data_dir, tempfile::tempdir().unwrap());
    app.close().await;

    // 200 days pass with nothing done: the journey and its events are dated back. (Events
    // are append-only; the test lifts the guard for this and puts it back as it was.)
    {
        let db = rusqlite::Connection::open(dir.path().join("kiosk.sqlite3")).unwrap();
        let guard: String = db
            .query_row(
                "SELECT sql FROM sqlite_master WHERE name = 'journey_event_is_append_only_update'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        db.execute_batch(&format!(
            "DROP TRIGGER journey_event_is_append_only_update;
             UPDATE journey SET created_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-200 days');
             UPDATE journey_event SET at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-200 days');
             {guard};"
        ))
        .unwrap();
        assert_eq!(details(&db), 1, "nothing is purged while the app is closed");
    }

    let app = App::launch_in(dir).await;
    app.find("attract-screen").await;
    let deadline = std::time::Instant::now() + access_kiosk_e2e::WAIT;
    while details(&app.database()) != 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the details past their retention period are still there after start"
        );
        // Poll the file; the purge is what we wait for, not the time.
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let journeys: i64 = app
        .database()
        .query_row(
            "SELECT count(*) FROM journey WHERE reference = ?1",
            [&reference],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(journeys, 1, "the journey itself stays, for the counts");
    app.close().await;
}

/// Once per window the page lays out its patient screens in every language, and every
/// keyboard's keys, out of sight (patient/warm_up.js), so the first patient in each script
/// does not wait for its fonts. What it lays out can never be seen, touched, found or read
/// out, and nothing of it stays in the page.
#[tokio::test(flavor = "current_thread")]
async fn each_scripts_fonts_are_warmed_out_of_sight_and_leave_nothing_behind() {
    let languages = ["en-GB", "bn", "ur", "ar", "pl"];
    let app = App::launch(access_kiosk_e2e::Practice::with_languages(&languages)).await;
    app.find("attract-screen").await;
    let done = "sessionStorage.getItem('kiosk-fonts-warmed') === '1' && !document.querySelector('.kiosk-warm-up')";
    app.wait_until("the fonts warmed and the warm-up gone", done)
        .await;
    // A second one, watched from its start: every piece it lays out, as it lays it out.
    let seen = app
        .client
        .execute_async(
            "const done = arguments[0];\
             const seen = [];\
             const watch = new MutationObserver(() => {\
               const box = document.querySelector('.kiosk-warm-up');\
               if (!box || !box.firstElementChild) return;\
               seen.push({\
                 visibility: getComputedStyle(box).visibility,\
                 height: box.getBoundingClientRect().height,\
                 ariaHidden: box.getAttribute('aria-hidden'),\
                 inert: box.inert === true,\
                 marked: box.querySelectorAll('[id], [for], [name], [data-testid], [data-action], [data-l10n], [hidden]').length,\
                 text: box.textContent.length,\
               });\
             });\
             watch.observe(document.body, { childList: true, subtree: true });\
             sessionStorage.removeItem('kiosk-fonts-warmed');\
             import('/main.js')\
               .then(m => m.warmFonts())\
               .then(() => setTimeout(() => { watch.disconnect(); done(seen); }, 0), e => done(String(e)));",
            vec![],
        )
        .await
        .expect("a watched warm-up");
    let seen = seen.as_array().unwrap_or_else(|| panic!("{seen}"));
    // The language and benefits screens in each of the practice's languages, then the keyboards.
    assert_eq!(
        seen.len(),
        languages.len() * 2 + 1,
        "one piece at a time: {seen:?}"
    );
    for piece in seen {
        assert_eq!(piece["visibility"], "hidden", "{piece}");
        assert_eq!(piece["height"], 0.0, "takes no room: {piece}");
        assert_eq!(piece["ariaHidden"], "true", "{piece}");
        assert_eq!(piece["inert"], true, "{piece}");
        assert_eq!(
            piece["marked"], 0,
            "nothing a test id, label or action finds: {piece}"
        );
        assert!(
            piece["text"].as_u64().unwrap() > 0,
            "it holds text to lay out: {piece}"
        );
    }
    assert_eq!(
        app.js(&format!("return {done};")).await,
        true,
        "and it is gone"
    );
    // A fresh page in the same window does not warm again.
    app.js("location.reload(); return true;").await;
    app.wait_for_fresh_page().await;
    assert_eq!(
        app.js("return sessionStorage.getItem('kiosk-fonts-warmed');")
            .await,
        "1"
    );
    // The page works as before: a patient can start.
    app.tap("attract-start").await;
    app.find("language-screen").await;
    app.close().await;
}
