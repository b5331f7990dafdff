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
