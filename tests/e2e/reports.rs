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

/// Seeds `weekly[k]` access grants in the week `k` weeks before this one (0: this week),
/// straight into the app's SQLite file while it runs, as journeys that reached access
/// (interest the same week). The app's milestone index reads new events as they come.
fn seed_grants(app: &App, weekly: &[u32]) {
    // A writer beside the app's own, as a second process would be (WAL lets both work).
    let conn = rusqlite::Connection::open(app.data_dir.path().join("kiosk.sqlite3")).unwrap();
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    // Monday 00:00 UTC of this week (1970-01-01 was a Thursday).
    let monday = now - (now.div_euclid(86_400) + 3).rem_euclid(7) * 86_400 - now.rem_euclid(86_400);
    let alphabet = b"ACDEFGHJKMNPQRTWXY34679";
    let mut n = 0usize;
    for (k, grants) in weekly.iter().enumerate() {
        for g in 0..*grants {
            n += 1;
            let reference: String = (0..6)
                .map(|d| alphabet[(n / alphabet.len().pow(d)) % alphabet.len()] as char)
                .collect();
            let at = monday - k as i64 * 7 * 86_400 + 300 + i64::from(g) * 60;
            let at = rfc3339(at);
            conn.execute(
                "INSERT INTO journey (reference, created_at, channel, locale, status, age_band,
                    wants_services, wants_new_entries, wants_older_record,
                    for_someone_else, id_documents_today, cohorts, services, new_entries)
                 VALUES (?1, ?2, 'reception', 'en-GB', 'access-granted', '36-49', 1, 1, 0, 0,
                    'both', '[]', 1, 'on')",
                rusqlite::params![reference, at],
            )
            .unwrap();
            let id = conn.last_insert_rowid();
            for kind in ["interest-registered", "identity-verified", "access-granted"] {
                conn.execute(
                    "INSERT INTO journey_event (journey_id, at, actor, kind, details)
                     VALUES (?1, ?2, 'staff:Officer', ?3, '{}')",
                    rusqlite::params![id, at, kind],
                )
                .unwrap();
            }
        }
    }
}

/// Seconds since 1970 as RFC 3339 UTC (`2026-11-23T00:05:00+00:00`), as the store writes.
fn rfc3339(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}+00:00",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Twenty steady weeks (2 and 4 grants in turn), then eight weeks of 9: an improvement.
fn improving_weeks() -> Vec<u32> {
    (0..28)
        .map(|k| {
            if k < 8 {
                9
            } else if k % 2 == 0 {
                2
            } else {
                4
            }
        })
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn a_measure_switches_to_its_mdc_chart_with_icons_in_words_a_target_and_a_rebase() {
    let app = App::launch(Practice::default()).await;
    app.log_in_as_new_admin("Mina Manager", "730195").await;
    seed_grants(&app, &improving_weeks());
    app.tap("tab-reports").await;
    app.find("report-chart").await;
    app.wait_until(
        "the run chart of access granted",
        "document.querySelector('[data-testid=report-chart] svg title')?.textContent.includes('Access granted')",
    )
    .await;

    // One tap: the same measure's Making Data Count chart.
    app.tap("chart-kind-mdc").await;
    app.wait_until(
        "the MDC chart",
        "document.querySelector('[data-testid=report-chart] svg.mdc-chart')",
    )
    .await;
    let icon = app
        .js("const i = document.querySelector('[data-testid=report-chart] svg.mdc-chart [data-icon]'); \
             return [i.dataset.icon, i.getAttribute('aria-label')];")
        .await;
    assert_eq!(
        icon,
        serde_json::json!(["improvement-high", "Special cause: improvement (higher)"]),
        "the variation icon and its words"
    );
    assert_eq!(
        app.text_of("mdc-variation-words").await,
        "Special cause: improvement (higher)"
    );
    let sentence = app
        .text_of("mdc-sentence")
        .await
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        sentence.starts_with("Special cause: improvement. ") && sentence.contains(" since 20"),
        "{sentence}"
    );
    let blue = app
        .js("return document.querySelectorAll('[data-testid=report-chart] circle.point.improvement').length")
        .await;
    assert!(
        blue.as_u64().unwrap() >= 7,
        "the recent weeks are blue: {blue}"
    );
    assert!(
        app.js("return document.querySelector('[data-testid=run-chart-details]').hidden")
            .await
            .as_bool()
            .unwrap(),
        "the run chart's signals and baseline are for the run chart"
    );
    // The page scrolls inside .kiosk-page (the window does not): the chart from its switch
    // down, as staff see it at 1280×800.
    app.js("document.activeElement.blur(); \
            document.querySelector('.kiosk-chart-kind-row').scrollIntoView({ block: 'start' });")
        .await;
    app.save_screenshot("staff-reports-mdc").await;
    let violations = access_kiosk_e2e::axe_violations(&app).await;
    assert!(violations.is_empty(), "{violations:?}");
    let small = access_kiosk_e2e::small_targets(&app, 48.0).await;
    assert!(small.is_empty(), "{small:?}");

    // A target set in Settings gives the assurance icon: 12.5 a week is above the limits.
    // It is typed on the kiosk's own number pad, whose decimal layer has a named "." key.
    app.tap("tab-settings").await;
    app.type_on_keys("mdc-target-access-granted", "12.5").await;
    assert_eq!(
        app.js(
            "const k = document.querySelector('[data-testid=keyboard]'); \
                const dot = k.querySelector('[data-testid=\"key-.\"]'); \
                return [k.dataset.layer, dot && dot.getAttribute('aria-label')];"
        )
        .await,
        serde_json::json!(["decimal", "Decimal point"])
    );
    assert_eq!(app.value_of("mdc-target-access-granted").await, "12.5");
    app.tap("mdc-settings-save").await;
    app.find("mdc-settings-saved").await;
    app.wait_until(
        "the chart settings saved",
        "!document.querySelector('[data-testid=mdc-settings-saved]').hidden",
    )
    .await;
    app.js("document.activeElement.blur(); document.querySelector('[data-testid=mdc-settings]').scrollIntoView()")
        .await;
    app.save_screenshot("settings-mdc").await;
    assert_eq!(
        access_kiosk_e2e::axe_violations(&app).await,
        Vec::<String>::new()
    );
    assert_eq!(
        access_kiosk_e2e::small_targets(&app, 48.0).await,
        Vec::<String>::new()
    );
    app.tap("tab-reports").await;
    app.wait_until(
        "the MDC chart with its target",
        "document.querySelector('[data-testid=report-chart] svg.mdc-chart line.target')",
    )
    .await;
    assert_eq!(
        app.text_of("mdc-assurance-words").await,
        "Assurance: will miss the target every week until the process changes"
    );

    // An administrator rebases from eight weeks before the chart's latest week, chosen with a
    // tap from the chart's own weeks (newest first, after "Choose a week"), with a reason;
    // then removes it. Each change is audited.
    let weeks = app
        .js("return [...document.querySelectorAll('[data-testid=mdc-rebase-week] option')].map(o => o.value);")
        .await;
    let weeks: Vec<String> = serde_json::from_value(weeks).unwrap();
    assert_eq!(weeks[0], "", "no week is chosen until one is tapped");
    assert!(
        weeks[1..].windows(2).all(|w| w[0] > w[1]),
        "newest first: {weeks:?}"
    );
    let week = &weeks[1 + 8];
    let select = app.find("mdc-rebase-week").await;
    select
        .select_by_value(week)
        .await
        .unwrap_or_else(|e| panic!("tap the option {week}: {e}"));
    assert_eq!(&app.value_of("mdc-rebase-week").await, week);
    app.type_into("mdc-rebase-reason", "Liaison officer started in reception")
        .await;
    app.tap("mdc-rebase-add").await;
    app.wait_until(
        "the rebased chart",
        "document.querySelector('[data-testid=report-chart] svg.mdc-chart line.rebase')",
    )
    .await;
    let audited: i64 = app
        .database()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'mdc-rebase-added'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1, "the rebase is audited");
    let remove = app
        .js("return document.querySelector('[data-testid^=mdc-rebase-remove-]').dataset.testid")
        .await;
    app.tap(remove.as_str().unwrap()).await;
    app.wait_until(
        "the chart back to one stretch",
        "document.querySelector('[data-testid=report-chart] svg.mdc-chart') && \
         !document.querySelector('[data-testid=report-chart] svg.mdc-chart line.rebase')",
    )
    .await;
    let removed: (i64, String) = app
        .database()
        .query_row(
            "SELECT count(*), max(details) FROM audit_log WHERE action = 'mdc-rebase-removed'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(removed.0, 1, "the removal is audited");
    assert!(
        removed.1.contains(&format!("\"week\":\"{week}\"")),
        "with the week removed: {}",
        removed.1
    );
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn print_this_report_prints_every_measure_s_mdc_chart_on_a4() {
    let app = App::launch(Practice::default().with_printer("PDF")).await;
    app.log_in_as_new_admin("Mina Manager", "730196").await;
    seed_grants(&app, &improving_weeks());
    app.tap("tab-reports").await;
    app.tap("chart-kind-mdc").await;
    app.wait_until(
        "the MDC chart",
        "document.querySelector('[data-testid=report-chart] svg.mdc-chart')",
    )
    .await;
    let mut before = access_kiosk_e2e::printed_pdfs();
    app.tap("report-print").await;
    app.wait_until(
        "the report printed",
        "!document.querySelector('[data-testid=report-printed]').hidden",
    )
    .await;
    // WebKitGTK names its print jobs after the app, as it does another test's poster on the
    // shared queue: take the new one that is this report.
    let pdf = loop {
        let pdf = access_kiosk_e2e::wait_for_new_pdf(&before, "access-kiosk_job").await;
        if access_kiosk_e2e::pdf_words(&pdf).contains("Test Surgery: weekly report") {
            break pdf;
        }
        before.insert(pdf);
    };
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("(A4)"), "the report is on A4:\n{info}");
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    assert!(
        (3..=9).contains(&pages),
        "nine charts, about two a page: {pages} pages"
    );
    let words = access_kiosk_e2e::pdf_words(&pdf);
    for title in [
        "Test Surgery: weekly report",
        "Access granted",
        "Median days from interest to access",
        "Special cause: improvement.",
    ] {
        assert!(words.contains(title), "{title} is printed:\n{words}");
    }
    // Keep a picture of the first page to look at.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "60"])
        .arg(&pdf)
        .arg(dir.join("report-print-a4"))
        .status()
        .unwrap();
    assert!(status.success());
    let audited: i64 = app
        .database()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'material-printed'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1, "the print is audited");
    app.close().await;
}
