//! In-process benchmarks of the kiosk's own work, without a window (issue 8, items 4 and 5):
//!
//! - an interest submitted through the command path (the JSON the page sends, validation,
//!   the QR, the durable SQLite transaction, the JSON answer), beside a bare one-row SQLite
//!   insert with the same pragmas, interleaved in the same run on the same disk;
//! - the printed slip (journey lookup, QR and HTML);
//! - opening the data folder, the part of start-up before the window opens.
//!
//! Run with `cargo bench -p access-kiosk-core --bench core` (or `tools/bench` for everything).
//! Prints each figure's median, spread and tail; asserts nothing about time.

use std::path::Path;
use std::time::{Duration, Instant};

use access_kiosk_core::journey::InterestForm;
use access_kiosk_core::kiosk::Kiosk;
use chrono::Utc;
use rusqlite::Connection;
use serde_json::json;

fn main() {
    let submissions = count("KIOSK_BENCH_SUBMISSIONS", 10_000);
    let slips = count("KIOSK_BENCH_SLIPS", 2_000);
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("a folder on disk");
    println!(
        "core benchmarks (release profile, data on disk in {})",
        dir.path().display()
    );
    submission_vs_bare_insert(
        &dir.path().join("kiosk"),
        &dir.path().join("bare"),
        submissions,
    );
    slip_render(&dir.path().join("kiosk"), slips);
    open_kiosk(&dir.path().join("kiosk"), 20);
}

/// What the app does before its window opens: settings, every language's messages, the store.
fn open_kiosk(kiosk_dir: &Path, n: usize) {
    let times = (0..n)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(Kiosk::open(kiosk_dir).expect("the kiosk opens"));
            start.elapsed()
        })
        .collect();
    println!();
    println!("part of item 1: opening the data folder before the window (Kiosk::open), n={n}");
    println!("{}", Stats::HEADER);
    println!("{}", Stats::of(times).row("Kiosk::open"));
}

fn count(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A kiosk takes sign-ups only once it is set up (issue 17): its first administrator, with
/// its set-up code, as an installer would.
fn set_up(kiosk: &Kiosk) {
    if kiosk.needs_first_admin().expect("the store reads") {
        access_kiosk_core::testing::set_up_at(kiosk, "Bench Admin", "402917", Utc::now());
    }
}

/// The page's form, as `submit_interest` receives it.
fn form_json(i: usize) -> serde_json::Value {
    let names = ["Amina", "Rahim", "Joanna", "Ionut", "Fatima", "Li"];
    json!({
        "firstName": names[i % names.len()],
        "lastName": "Begum",
        "dobDay": format!("{}", 1 + i % 28),
        "dobMonth": format!("{}", 1 + i % 12),
        "dobYear": format!("{}", 1950 + i % 55),
        "mobile": "07700 900123",
        "email": "patient@example.org",
        "nhsNumber": "",
        "nhsApp": (["no", "verified", "started"][i % 3]),
        "wantsServices": true,
        "wantsNewEntries": true,
        "wantsOlderRecord": i % 3 != 0,
        "forSomeoneElse": false,
        "idDocuments": "both",
    })
}

fn submission_vs_bare_insert(kiosk_dir: &Path, bare_dir: &Path, n: usize) {
    let kiosk = Kiosk::open(kiosk_dir).expect("open a kiosk data folder");
    set_up(&kiosk);
    std::fs::create_dir_all(bare_dir).expect("bare folder");
    let bare = bare_connection(&bare_dir.join("bare.sqlite3"));
    let mut insert = bare
        .prepare(
            "INSERT INTO journey (reference, created_at, channel, locale, status, age_band,
                wants_services, wants_new_entries, wants_older_record, for_someone_else,
                id_documents_today)
             VALUES (?1, ?2, 'kiosk', 'en-GB', 'interested', '36-64', 1, 1, 1, 0, 'both')",
        )
        .expect("prepare the bare insert");
    let forms: Vec<String> = (0..n).map(|i| form_json(i).to_string()).collect();
    let (mut ours, mut theirs) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for (i, body) in forms.iter().enumerate() {
        // Alternate which goes first, so neither always follows the other's fsync.
        let mut one_submission = || {
            let start = Instant::now();
            let form: InterestForm = serde_json::from_str(body).expect("the form parses");
            let confirmation = kiosk
                .submit_interest(&form, "en-GB", Utc::now())
                .expect("a valid form is stored");
            let answer = serde_json::to_string(&confirmation).expect("the answer serialises");
            std::hint::black_box(answer);
            ours.push(start.elapsed());
        };
        let mut one_insert = || {
            let start = Instant::now();
            insert
                .execute(rusqlite::params![
                    format!("{:06}", i),
                    Utc::now().to_rfc3339()
                ])
                .expect("bare insert");
            theirs.push(start.elapsed());
        };
        if i % 2 == 0 {
            one_submission();
            one_insert();
        } else {
            one_insert();
            one_submission();
        }
    }
    let ours = Stats::of(ours);
    let theirs = Stats::of(theirs);
    println!();
    println!("item 4: interest submission vs bare SQLite insert (WAL, synchronous=FULL), n={n} each, interleaved");
    println!("{}", Stats::HEADER);
    println!("{}", ours.row("submit_interest (command path)"));
    println!("{}", theirs.row("bare INSERT, one commit"));
    println!(
        "ratio p50 {:.2}x  p99 {:.2}x  (target p99 <= 2.00x)",
        ratio(ours.p50, theirs.p50),
        ratio(ours.p99, theirs.p99)
    );
}

/// A connection with exactly the store's pragmas, on a table shaped like `journey`.
fn bare_connection(path: &Path) -> Connection {
    let conn = Connection::open(path).expect("open the bare database");
    conn.busy_timeout(Duration::from_secs(5)).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    conn.execute_batch(
        "CREATE TABLE journey (
            id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL,
            channel TEXT NOT NULL, locale TEXT NOT NULL, status TEXT NOT NULL,
            age_band TEXT NOT NULL, wants_services INTEGER NOT NULL,
            wants_new_entries INTEGER NOT NULL, wants_older_record INTEGER NOT NULL,
            for_someone_else INTEGER NOT NULL, id_documents_today TEXT NOT NULL) STRICT;",
    )
    .unwrap();
    conn
}

fn slip_render(kiosk_dir: &Path, n: usize) {
    let kiosk = Kiosk::open(kiosk_dir).expect("reopen the kiosk data folder");
    set_up(&kiosk);
    let form: InterestForm = serde_json::from_value(form_json(7)).unwrap();
    let reference = kiosk
        .submit_interest(&form, "bn", Utc::now())
        .expect("a journey to print")
        .reference;
    let mut whole = Vec::with_capacity(n);
    let mut qr_only = Vec::with_capacity(n);
    for _ in 0..n {
        let start = Instant::now();
        let slip = kiosk
            .slip(&reference, false, None, Utc::now())
            .expect("the slip is composed");
        // Laid out on paper, shaped by Pango, as the PDF that goes to the printer (Linux's
        // printing backend; elsewhere this times the slip's composition alone).
        #[cfg(target_os = "linux")]
        let slip = access_kiosk_core::printing::slip_page::pdf(&slip).expect("the slip is drawn");
        whole.push(start.elapsed());
        std::hint::black_box(slip);
        let start = Instant::now();
        std::hint::black_box(
            access_kiosk_core::qr::svg_for(&kiosk.config().registration_url).expect("the QR draws"),
        );
        qr_only.push(start.elapsed());
    }
    let whole = Stats::of(whole);
    println!();
    println!("item 5: slip render (Bengali with English beneath, receipt layout), n={n}");
    println!("{}", Stats::HEADER);
    println!("{}", whole.row("slip (lookup + QR + PDF layout)"));
    println!(
        "{}",
        Stats::of(qr_only).row("drawing the QR afresh (svg_for)")
    );
    println!("(target: slip render <= 30 ms; the PDF is what CUPS receives)");
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64()
}

/// Order statistics of one series of timings.
struct Stats {
    n: usize,
    min: Duration,
    q1: Duration,
    p50: Duration,
    q3: Duration,
    p95: Duration,
    p99: Duration,
    max: Duration,
}

impl Stats {
    const HEADER: &'static str = "                                       n      min       q1      p50       q3      p95      p99      max   (ms)";

    fn of(mut v: Vec<Duration>) -> Stats {
        v.sort();
        let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
        Stats {
            n: v.len(),
            min: v[0],
            q1: at(0.25),
            p50: at(0.5),
            q3: at(0.75),
            p95: at(0.95),
            p99: at(0.99),
            max: v[v.len() - 1],
        }
    }

    fn row(&self, label: &str) -> String {
        let ms = |d: Duration| format!("{:8.3}", d.as_secs_f64() * 1000.0);
        format!(
            "{label:<34}{:>6} {} {} {} {} {} {} {}",
            self.n,
            ms(self.min),
            ms(self.q1),
            ms(self.p50),
            ms(self.q3),
            ms(self.p95),
            ms(self.p99),
            ms(self.max)
        )
    }
}
