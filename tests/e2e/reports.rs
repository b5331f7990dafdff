//! The reports, against the real app: a patient's anonymous answer at the kiosk and a
//! journey reach the staff face's run chart and feedback counts; a test of change is drawn
//! on the chart; the exports land in the data folder with no personal data in the
//! borough's file; the chart exports as a PNG the webview drew.

use std::path::{Path, PathBuf};

use access_kiosk_e2e::{Answers, App, Practice};

/// The data folder's `logs`, found from its `exports` (the app may be closed by then).
fn app_logs(exports: &Path) -> PathBuf {
    exports.parent().unwrap().join("logs")
}

#[tokio::test(flavor = "current_thread")]
async fn a_kiosk_answer_and_a_test_of_change_reach_the_chart_and_the_exports() {
    let app = App::launch(Practice::with_languages(&["en-GB", "bn"])).await;

    // A patient registers interest in Bengali and answers the optional question.
    app.open_form_in("bn").await;
    app.answer(&Answers {
        first: "Rokeya",
        last: "Chowdhury",
        dob: ("3", "2", "1961"),
        mobile: "07700 900321",
        ..Answers::default()
    })
    .await;
    app.tap("form-submit").await;
    app.find("confirmation-screen").await;
    app.tap("feedback-privacy").await;
    app.wait_until(
        "the thank-you after the answer",
        "!document.querySelector('[data-testid=feedback-thanks]').hidden",
    )
    .await;
    app.tap("confirm-finish").await;
    app.find("attract-screen").await;

    // Staff open the reports: this week's interest is on the chart, the answer is counted.
    app.log_in_as_new_admin("Rita Reports", "730194").await;
    app.tap("tab-reports").await;
    app.find("report-chart").await;
    app.js("const s = document.querySelector('[data-testid=report-measure]'); s.value = 'interest-registered'; s.dispatchEvent(new Event('change'));")
        .await;
    app.wait_until(
        "the interest chart",
        "document.querySelector('[data-testid=report-chart] svg title')?.textContent.includes('Interest registered')",
    )
    .await;
    assert_eq!(app.text_of("feedback-patient-privacy").await, "1");
    assert_eq!(app.text_of("feedback-patient-no-device").await, "0");

    // A test of change, suggested from the borough's change ideas, is drawn on the chart.
    app.type_into("pdsa-title", "Offer sign-up at phlebotomy")
        .await;
    app.type_into("pdsa-tried", "Phlebotomist hands out the leaflet")
        .await;
    app.tap("pdsa-add").await;
    app.wait_until(
        "the test of change on the chart",
        "document.querySelector('[data-testid=report-chart] svg')?.textContent.includes('Offer sign-up at phlebotomy')",
    )
    .await;
    let ideas = app
        .js("return document.querySelectorAll('#pdsa-ideas option').length")
        .await;
    assert!(
        ideas.as_u64().unwrap() >= 10,
        "change ideas are offered: {ideas}"
    );
    app.js("document.activeElement.blur(); document.querySelector('[data-testid=report-chart]').scrollIntoView()")
        .await;
    app.save_screenshot("staff-reports").await;

    // Exports: the weekly CSV counts the interest; the borough file has no personal data.
    let exports = app.data_dir.path().join("exports");
    for kind in ["csv", "aggregate", "svg", "png"] {
        app.tap(&format!("export-{kind}")).await;
        app.wait_until(
            "the export's saved message",
            &format!(
                "!document.querySelector('[data-testid=report-saved]').hidden && \
                 document.querySelector('[data-testid=report-saved]').textContent.includes('.{}')",
                if kind == "aggregate" { "json" } else { kind }
            ),
        )
        .await;
        app.js("document.querySelector('[data-testid=report-saved]').hidden = true")
            .await;
    }
    let files: Vec<_> = std::fs::read_dir(&exports)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let read = |ext: &str| {
        let f = files
            .iter()
            .find(|p| p.extension().is_some_and(|e| e == ext))
            .unwrap_or_else(|| panic!("a .{ext} export in {files:?}"));
        std::fs::read(f).unwrap()
    };
    let csv = String::from_utf8(read("csv")).unwrap();
    let this_week = csv
        .lines()
        .filter(|l| l.contains(",interest-registered,total,,"))
        .map(|l| l.rsplit(',').next().unwrap().to_owned())
        .collect::<Vec<_>>();
    assert_eq!(
        this_week.last().map(String::as_str),
        Some("1"),
        "{this_week:?}"
    );
    let aggregate = String::from_utf8(read("json")).unwrap();
    assert!(aggregate.contains("\"schema\": \"access-kiosk-aggregate\""));
    for personal in ["Rokeya", "Chowdhury", "1961", "900321"] {
        assert!(
            !aggregate.contains(personal),
            "{personal} in the borough file"
        );
    }
    let png = read("png");
    let image = image::load_from_memory(&png).expect("the chart PNG decodes");
    assert!(image.width() >= 960, "drawn at twice the SVG's size");
    let svg = String::from_utf8(read("svg")).unwrap();
    assert!(svg.contains("Offer sign-up at phlebotomy"));

    // The log says what happened (its writer works in the background: wait for the line),
    // and nothing about who.
    let logs = app_logs(&exports);
    let read_logs = || -> String {
        std::fs::read_dir(&logs)
            .map(|d| {
                d.map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default())
                    .collect()
            })
            .unwrap_or_default()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !read_logs().contains("interest registered") {
        assert!(
            std::time::Instant::now() < deadline,
            "no log line: {}",
            read_logs()
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let text = read_logs();
    for personal in ["Rokeya", "Chowdhury", "1961", "900321", "Rita"] {
        assert!(!text.contains(personal), "{personal} in the log:\n{text}");
    }
    app.close().await;
}
