//! Crash safety through the real command path: the page calls `submit_interest` in a loop
//! (as the form does, through `window.__TAURI__.core.invoke`), the test reads each
//! confirmed reference back over WebDriver as it arrives, and kills the kiosk with SIGKILL
//! at a random moment. After each restart every reference the page was given is in the
//! database and `PRAGMA integrity_check` says `ok`. Repeats until 1,000 are confirmed.
//!
//! Why through the webview rather than a harness calling `Kiosk::submit_interest`: it
//! covers what a patient's confirmation really rests on (the IPC answer comes only after
//! the command returned, so after the commit), and at a few dozen saves a second it stays
//! well inside CI's time. A confirmation the page received in the few milliseconds between
//! the test's last read and the kill is not known to the test, so it is not checked: every
//! reference checked is one the page had been given.
//!
//! The moments are drawn from a seeded generator; the seed is printed and can be set with
//! `CRASH_SEED=…` to replay a run.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use access_kiosk_e2e::{App, Practice};
use serde_json::json;

const TARGET: usize = 1_000;

/// splitmix64: a small, seedable generator, so a failing run can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low)
    }
}

/// Starts the page submitting interests back to back, keeping every confirmed reference
/// (and any refusal) where the test can read it.
const SUBMIT_LOOP: &str = r#"
  const names = ["Amina", "Bashir", "Chen", "Dorota", "Eko", "রহিমা", "فاطمة", "Zoë"];
  window.__confirmed = [];
  window.__refused = [];
  (async () => {
    for (let i = 0; ; i++) {
      const form = {
        firstName: names[i % names.length], lastName: "Crashtest",
        dobDay: String(1 + (i % 28)), dobMonth: String(1 + (i % 12)), dobYear: "1987",
        mobile: "07700 900" + String(100 + (i % 900)), email: "", nhsNumber: "",
        nhsApp: "no", wantsServices: true, wantsNewEntries: true, wantsOlderRecord: (i % 2) === 0,
        forSomeoneElse: false, idDocuments: "both",
      };
      try {
        const c = await window.__TAURI__.core.invoke("submit_interest", { locale: "en-GB", form });
        window.__confirmed.push(c.reference);
      } catch (e) {
        window.__refused.push(JSON.stringify(e));
      }
    }
  })();
  return true;
"#;

/// The references confirmed since the `from`-th, and any refusals.
async fn confirmed_since(app: &App, from: usize) -> Vec<String> {
    let got = app
        .client
        .execute(
            "return { refs: window.__confirmed.slice(arguments[0]), refused: window.__refused };",
            vec![json!(from)],
        )
        .await
        .expect("read the page's confirmations");
    let refused = got["refused"].as_array().cloned().unwrap_or_default();
    assert!(
        refused.is_empty(),
        "a submission was refused while the kiosk was running: {refused:?}"
    );
    serde_json::from_value(got["refs"].clone()).expect("a list of references")
}

/// Checks the restarted kiosk's file; returns how many journeys it holds.
fn check_database(app: &App, confirmed: &[String], round: usize) -> usize {
    let db = app.database();
    let integrity: Vec<String> = db
        .prepare("PRAGMA integrity_check")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(integrity, ["ok"], "integrity after kill {round}");
    let stored: HashSet<String> = db
        .prepare("SELECT reference FROM journey")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let missing: Vec<&String> = confirmed.iter().filter(|r| !stored.contains(*r)).collect();
    assert!(
        missing.is_empty(),
        "after kill {round}, {} confirmed submissions are not in the database: {missing:?}",
        missing.len()
    );
    stored.len()
}

#[tokio::test(flavor = "current_thread")]
async fn every_confirmed_submission_survives_sigkill_at_random_moments() {
    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    println!("crash safety: seed {seed} (replay with CRASH_SEED={seed})");
    let mut rng = Rng(seed);

    let mut app = App::launch(Practice::default()).await;
    let mut confirmed: Vec<String> = Vec::new();
    let mut round = 0;
    while confirmed.len() < TARGET {
        round += 1;
        app.js(SUBMIT_LOOP).await;
        // Kill somewhere between 0.02 and 0.5 seconds in: mid-transaction, mid-fsync,
        // mid-checkpoint or between saves, wherever the moment falls.
        let kill_at = Instant::now() + Duration::from_millis(rng.between(20, 500));
        let mut seen = 0;
        loop {
            let fresh = confirmed_since(&app, seen).await;
            seen += fresh.len();
            confirmed.extend(fresh);
            if Instant::now() >= kill_at {
                break;
            }
            // Read again after a short, random pause, so the kill is not tied to a poll.
            tokio::time::sleep(Duration::from_millis(rng.between(1, 40))).await;
        }
        app = app.kill_and_restart().await;
        let stored = check_database(&app, &confirmed, round);
        // Saves committed but not yet read by the test when the kill came (in flight, or
        // answered after the last read) are the difference: fine either way.
        println!(
            "crash safety: kill {round}: {seen} confirmed this round, {} in all, all present \
             ({stored} stored), integrity ok",
            confirmed.len()
        );
    }
    let unique: HashSet<&String> = confirmed.iter().collect();
    assert_eq!(
        unique.len(),
        confirmed.len(),
        "every confirmation has its own reference"
    );
    app.close().await;
}
