//! Training mode, against the real app: a TRAINING band on every screen (patient face in a
//! right-to-left language too), demo patients in the queue, nothing counted in the reports,
//! and everything made in training gone when it ends.

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

    // The patient face carries the band too, in the patient's language.
    app.tap("staff-leave").await;
    app.find("attract-screen").await;
    app.wait_until("the band on the attract screen", band_shown())
        .await;
    app.open_form_in("ur").await;
    app.wait_until(
        "the band in Urdu",
        "document.querySelector('[data-testid=training-band]').textContent.includes('تربیت')",
    )
    .await;
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

    // Nothing made in training is counted.
    let counted: i64 = app
        .database()
        .query_row("SELECT count(*) FROM journey WHERE training = 0", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(counted, 0);
    let training: i64 = app
        .database()
        .query_row("SELECT count(*) FROM journey WHERE training = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(training, 6, "five demo patients and the one just entered");

    // Ending training removes it all, and the band.
    let staff = app.invoke("staff_state", json!({})).await;
    let id = staff["staff"][0]["id"].as_i64().unwrap();
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
    assert_eq!(left, 0, "training journeys are deleted when training ends");
    let events: i64 = app
        .database()
        .query_row("SELECT count(*) FROM journey_event", [], |r| r.get(0))
        .unwrap();
    assert_eq!(events, 0, "with their history");
    app.close().await;
}
