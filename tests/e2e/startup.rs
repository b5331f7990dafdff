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
