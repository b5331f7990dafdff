//! The borough's report, as a borough team gets it: `access-kiosk borough merge` (the real
//! binary) on three practices' aggregate files and the borough's pack, then `borough.html`
//! opened from the folder in another browser (Debian's Chromium, headless, through its
//! WebDriver), with no network: the table shows each practice's icons, sorts, and the page
//! passes axe.

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use access_kiosk_e2e::fantoccini::{Client, ClientBuilder, Locator};
use access_kiosk_e2e::{app_binary, WAIT};
use serde_json::{json, Value};

/// One practice's aggregate file, as a kiosk exports it (the documented format), over 30
/// weeks from 2026-01-05: `grants(i)` access grants in week `i` (`None`: suppressed), twice
/// that interested, all verified and coded.
fn aggregate(ods: &str, grants: impl Fn(usize) -> Option<u32>) -> Value {
    let groups = json!({ "channel": {}, "language": {}, "cohort": {}, "age-band": {} });
    let weeks: Vec<Value> = (0..30)
        .map(|i| {
            let day = 5 + 7 * i as u32; // days after 2025-12-31
            let (month, dom) = month_day(day);
            let g = grants(i);
            let counts = |v: Option<u32>| {
                let mut c = groups.clone();
                c["total"] = json!(v);
                c
            };
            json!({
                "week_start": format!("2026-{month:02}-{dom:02}"),
                "week": format!("2026-W{:02}", i + 2),
                "counts": {
                    "interest-registered": counts(g.map(|g| 2 * g)),
                    "identity-verified": counts(g),
                    "access-granted": counts(g),
                    "coded-9iw": counts(g),
                },
                "median_days_to_access": g.filter(|g| *g >= 8).map(|_| 6.0),
                "feedback": {},
            })
        })
        .collect();
    json!({
        "schema": "access-kiosk-aggregate",
        "schema_version": 1,
        "ods_code": ods,
        "generated_at": "2026-11-25T09:00:00Z",
        "week_starts_on": "monday",
        "disclosure_control": "Counts from 1 to 7 are suppressed (null); all other counts are rounded to the nearest 5.",
        "weeks": weeks,
    })
}

/// Month and day of the `day`th day of 2026 (1-based).
fn month_day(day: u32) -> (u32, u32) {
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut d = day;
    for (m, len) in lengths.iter().enumerate() {
        if d <= *len {
            return (m as u32 + 1, d);
        }
        d -= len;
    }
    (12, 31)
}

/// Three practices: one improving from week 20, one steady, one falling away from week 20
/// with a suppressed week.
fn three_practices(dir: &Path) -> Vec<PathBuf> {
    let zigzag = |i: usize| 20 + 5 * (i % 2) as u32;
    let files = [
        aggregate("F84001", |i| Some(zigzag(i) + if i >= 20 { 15 } else { 0 })),
        aggregate("F84002", |i| Some(zigzag(i))),
        aggregate("F84003", |i| {
            (i != 3).then(|| zigzag(i) - if i >= 20 { 10 } else { 0 })
        }),
    ];
    files
        .iter()
        .map(|f| {
            let path = dir.join(format!("{}.json", f["ods_code"].as_str().unwrap()));
            std::fs::write(&path, serde_json::to_string_pretty(f).unwrap()).unwrap();
            path
        })
        .collect()
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// Headless Chromium through chromedriver, at the kiosk's own 1280 × 800.
struct Chromium {
    client: Client,
    driver: Child,
}

impl Chromium {
    async fn start() -> Chromium {
        let port = free_port();
        // In a process group of its own, so the driver and every browser process it starts
        // can be ended together, even when a check fails half way.
        let driver = Command::new("chromedriver")
            .process_group(0)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver on PATH (tools/setup test installs chromium-driver)");
        let caps = json!({
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                         "--window-size=1280,800", "--disable-dev-shm-usage"],
            }
        });
        let caps = caps.as_object().unwrap().clone();
        let deadline = std::time::Instant::now() + WAIT;
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(c) => break c,
                Err(e) => {
                    assert!(
                        std::time::Instant::now() < deadline,
                        "chromedriver did not start: {e}"
                    );
                    // Wait for the driver's port to open; the port is the condition.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        };
        Chromium { client, driver }
    }

    async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        // The group is the driver's own (see `start`): its browser goes with it.
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.driver.id())])
            .status();
        let _ = self.driver.wait();
    }
}

/// The practices' ODS codes in the order a table shows them, with their icons.
const ROWS: &str = "return [...document.querySelectorAll('[data-testid=practices-access-granted] tbody tr')]\
    .map(r => [r.dataset.ods, r.querySelector('td:nth-of-type(3) svg')?.dataset.icon || '', \
               r.querySelector('td:nth-of-type(3) svg title')?.textContent || '', r.dataset.assurance]);";

#[tokio::test(flavor = "current_thread")]
async fn borough_merge_writes_a_report_that_opens_in_another_browser_with_each_practice_s_icons() {
    let work = tempfile::tempdir().unwrap();
    let files = three_practices(work.path());
    let pack = work.path().join("borough.akpack.toml");
    std::fs::write(
        &pack,
        "mdc_targets = { access-granted = 40 }\n\n[pack]\nname = \"Borough access process\"\n\
         version = \"2026.2\"\ndate = 2026-11-01\nformat = 1\n",
    )
    .unwrap();
    let out = work.path().join("usb-stick");
    let merged = Command::new(app_binary())
        .args(["borough", "merge", "--out"])
        .arg(&out)
        .arg("--pack")
        .arg(&pack)
        .args(&files)
        .env_remove("ACCESS_KIOSK_DATA_DIR")
        .output()
        .expect("run access-kiosk borough merge");
    assert!(
        merged.status.success(),
        "{}",
        String::from_utf8_lossy(&merged.stderr)
    );
    let html_path = out.join("borough.html");
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(
        !html.contains("https://") && !html.contains("src=\""),
        "nothing to fetch"
    );

    let browser = Chromium::start().await;
    browser
        .client
        .goto(&format!("file://{}", html_path.display()))
        .await
        .unwrap();
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("[data-testid=practices-access-granted]"))
        .await
        .expect("the practices' table");
    let rows = browser.js(ROWS).await;
    assert_eq!(
        rows,
        json!([
            // Its jump to 35–40 a week brings the target inside its limits.
            [
                "F84001",
                "improvement-high",
                "Special cause: improvement (higher)",
                "inconsistent"
            ],
            [
                "F84002",
                "common-cause",
                "Common cause: no significant change",
                "consistent-fail"
            ],
            [
                "F84003",
                "concern-low",
                "Special cause: concern (lower)",
                "consistent-fail"
            ],
        ]),
        "each practice's variation icon, its words, and its assurance against 40 a week"
    );
    // The borough's chart: the week with a suppressed practice is a gap, not a zero.
    let gap = browser
        .js("const c = document.querySelector('#m-access-granted [data-testid=borough-chart] svg');\
             return [!!c.querySelector('circle[data-index=\"3\"]'), !!c.querySelector('circle[data-index=\"4\"]')];")
        .await;
    assert_eq!(gap, json!([false, true]));

    // Sorting by variation puts the concern first; again, the improvement first.
    let sort = "document.querySelector('[data-testid=practices-access-granted] button[data-column=variation]').click(); return true;";
    browser.js(sort).await;
    let order = browser.js(ROWS).await;
    assert_eq!(order[0][0], "F84003", "{order}");
    browser.js(sort).await;
    let order = browser.js(ROWS).await;
    assert_eq!(order[0][0], "F84001", "{order}");

    let axe = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&axe).expect("axe-core (tools/setup)");
    browser.js(&format!("{source}; return true;")).await;
    let violations = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })\
               .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))\
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(violations, json!([]), "borough.html passes axe");

    // Screenshots for people to look at: the top of the page and the first measure's table.
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    browser.js("window.scrollTo(0, 0); return true;").await;
    let png = browser.client.screenshot().await.unwrap();
    std::fs::write(artifacts.join("borough-html.png"), png).unwrap();
    browser
        .js("document.querySelector('#m-access-granted').scrollIntoView(); return true;")
        .await;
    let png = browser.client.screenshot().await.unwrap();
    std::fs::write(artifacts.join("borough-html-access-granted.png"), png).unwrap();
    browser
        .js("document.querySelector('[data-testid=practices-access-granted]').scrollIntoView(); return true;")
        .await;
    let png = browser.client.screenshot().await.unwrap();
    std::fs::write(artifacts.join("borough-html-table.png"), png).unwrap();
    browser.close().await;
}
