//! Training mode, against the real app: a TRAINING band on the staff face, demo patients in
//! the queue, nothing made in training counted in the reports, and all of it gone when it
//! ends. The patient face is never in training (issue 17): a patient who signs up at the
//! kiosk while staff train is a real sign-up, shown no band, and kept when training ends.

use access_kiosk_e2e::{Answers, App, Practice};
use serde_json::json;

fn band_shown() -> &'static str {
    "!document.querySelector('[data-testid=training-band]').hidden"
}

#[tokio::test(flavor = "current_thread")]
async fn training_shows_its_band_keeps_out_of_the_reports_and_leaves_nothing_behind() {
    let app = App::launch(Practice::with_languages(&["en-GB", "ur"])).await;
    app.log_in_as_new_admin("Tess Trainer", "583016").await;
    app.tap("training-toggle").await;
    app.wait_until("the band in staff mode", band_shown()).await;
    app.wait_until(
        "the demo patients in the queue",
        "(document.querySelector('[data-testid=queue-list]')?.textContent || '').includes('Trainee')",
    )
    .await;

    // The patient face is never in training: no band, and what a patient types is real.
    app.tap("staff-leave").await;
    app.find("attract-screen").await;
    app.open_form_in("ur").await;
    assert_eq!(
        app.js(&format!("return {};", band_shown())).await,
        json!(false),
        "no TRAINING band for a patient"
    );
    app.save_screenshot("training-form-ur").await;
    app.answer(&Answers {
        first: "Imran",
        last: "Khan",
        dob: ("9", "9", "1990"),
        mobile: "07700 900444",
        ..Answers::default()
    })
    .await;
    app.tap("form-submit").await;
    app.find("confirmation-screen").await;
    app.tap("confirm-finish").await;
    app.find("attract-screen").await;

    // The patient's sign-up is real and counted; the demo patients are training.
    let counted: i64 = app
        .database()
        .query_row("SELECT count(*) FROM journey WHERE training = 0", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(counted, 1, "the patient who came during training");
    let training: i64 = app
        .database()
        .query_row("SELECT count(*) FROM journey WHERE training = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(training, 5, "the five demo patients");

    // Ending training removes what was made in it, and the band; the real sign-up stays.
    let staff = app.invoke("staff_state", json!({})).await;
    let id = staff["staff"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "Tess Trainer")
        .and_then(|m| m["id"].as_i64())
        .unwrap();
    app.press_practice_name().await;
    app.tap(&format!("staff-account-{id}")).await;
    app.type_into("pin", "583016").await;
    app.tap("pin-submit").await;
    app.find("staff-home").await;
    app.tap("training-toggle").await;
    app.wait_until(
        "the band to go",
        "document.querySelector('[data-testid=training-band]').hidden",
    )
    .await;
    let left: i64 = app
        .database()
        .query_row("SELECT count(*) FROM journey", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        left, 1,
        "training journeys are deleted when training ends; the real one stays"
    );
    let events: i64 = app
        .database()
        .query_row(
            "SELECT count(*) FROM journey_event e JOIN journey j ON j.id = e.journey_id
             WHERE j.training = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(events, 0, "with their history");
    app.close().await;
}
