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
