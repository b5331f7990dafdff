//! Benchmark: the weekly measures over five years of a large practice (over 1,000,000
//! journey events), read from a real SQLite file with the app's own pragmas.
//!
//! Then the borough's side (issue 18): the Making Data Count analysis of every measure over
//! those 261 weeks for 35 practices, as the borough report makes it (alone, and with the
//! report's charts drawn), and `borough merge` end to end over 35 practices' five-year
//! aggregate files (read, check, CSV, run charts, `borough.html`, written to disk).
//!
//! Run with `cargo bench -p access-kiosk-core --bench weekly_report`. Prints the median and
//! spread of repeated runs; it asserts nothing about time (figures belong in README).

use std::time::{Duration as StdDuration, Instant};

use access_kiosk_core::measures::aggregate::{publish, AggregateFile};
use access_kiosk_core::measures::mdc::settings::MdcSettings;
use access_kiosk_core::measures::mdc::svg::{render, ChartSize, MdcChartText};
use access_kiosk_core::measures::{mdc, Breakdown, Measure, Milestone, Period, WeekStart};
use access_kiosk_core::store::{MilestoneIndex, Store, DATABASE_FILE};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use rusqlite::{params, Connection};

const YEARS: i64 = 5;
const RUNS: usize = 7;

/// A small deterministic generator (xorshift), so every run seeds the same history.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// Seeds journeys and their events until at least `events` events exist. Returns the
/// number of events written.
fn seed(path: &std::path::Path, events: u64) -> u64 {
    drop(Store::open(path).expect("create the schema"));
    let mut conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "synchronous", "OFF").unwrap();
    let tx = conn.transaction().unwrap();
    let start = Utc.with_ymd_and_hms(2021, 11, 1, 9, 0, 0).unwrap();
    let span_minutes = YEARS * 365 * 24 * 60;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let channels = [
        "kiosk",
        "reception",
        "phlebotomy",
        "ltc-clinic",
        "new-registration",
    ];
    let locales = ["en-GB", "bn", "so", "ur", "ar", "zh-Hans", "pl", "tr"];
    let bands = ["16-19", "20-35", "36-49", "50-64", "65-79", "80+"];
    let cohorts = [
        "[]",
        "[]",
        "[\"carer\"]",
        "[\"frequent-attender\",\"dna-risk\"]",
    ];
    let mut written = 0u64;
    let mut n = 0u64;
    {
        let mut journey = tx
            .prepare(
                "INSERT INTO journey (reference, created_at, channel, locale, status, age_band,
                    wants_services, wants_new_entries, wants_older_record,
                    for_someone_else, id_documents_today, cohorts)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, 1, 1, 0, 'both', ?7)",
            )
            .unwrap();
        let mut event = tx
            .prepare(
                "INSERT INTO journey_event (journey_id, at, actor, kind, details)
                 VALUES (?1, ?2, ?3, ?4, '{}')",
            )
            .unwrap();
        while written < events {
            n += 1;
            let created: DateTime<Utc> =
                start + Duration::minutes(rng.below(span_minutes as u64) as i64);
            let mut steps = vec![(created, "interest-registered")];
            let mut at = created;
            for (kind, percent) in [
                ("identity-verified", 80),
                ("access-granted", 88),
                ("coded-9iw", 90),
            ] {
                if !rng.chance(percent) {
                    break;
                }
                at += Duration::hours(1 + rng.below(24 * 14) as i64);
                steps.push((at, kind));
            }
            // The older record asked for by about one in six given access, and mostly granted.
            if steps
                .last()
                .is_some_and(|(_, k)| *k != "interest-registered" && *k != "identity-verified")
                && rng.chance(15)
            {
                at += Duration::hours(1);
                steps.push((at, "older-record-requested"));
                at += Duration::hours(24 + rng.below(24 * 21) as i64);
                steps.push((
                    at,
                    if rng.chance(85) {
                        "older-record-granted"
                    } else {
                        "older-record-declined"
                    },
                ));
            }
            if rng.chance(50) {
                steps.push((created + Duration::minutes(5), "slip-printed"));
            }
            let status = steps
                .iter()
                .rev()
                .find(|(_, k)| {
                    !matches!(
                        *k,
                        "slip-printed"
                            | "older-record-requested"
                            | "older-record-granted"
                            | "older-record-declined"
                    )
                })
                .map(|(_, k)| *k)
                .unwrap_or("interested");
            let status = if status == "interest-registered" {
                "interested"
            } else {
                status
            };
            journey
                .execute(params![
                    unique_reference(n),
                    created.to_rfc3339(),
                    channels[rng.below(channels.len() as u64) as usize],
                    locales[rng.below(locales.len() as u64) as usize],
                    status,
                    bands[rng.below(bands.len() as u64) as usize],
                    cohorts[rng.below(cohorts.len() as u64) as usize],
                ])
                .unwrap();
            let id = tx.last_insert_rowid();
            for (at, kind) in steps {
                let actor = if kind == "interest-registered" {
                    "kiosk"
                } else {
                    "staff:Officer"
                };
                event
                    .execute(params![id, at.to_rfc3339(), actor, kind])
                    .unwrap();
                written += 1;
            }
        }
    }
    tx.commit().unwrap();
    written
}

/// Six letters from the kiosk's alphabet, different for every `n` below 23^6.
fn unique_reference(mut n: u64) -> String {
    const ALPHABET: &[u8] = access_kiosk_core::journey::REFERENCE_ALPHABET;
    (0..6)
        .map(|_| {
            let c = ALPHABET[(n % ALPHABET.len() as u64) as usize] as char;
            n /= ALPHABET.len() as u64;
            c
        })
        .collect()
}

fn summary(name: &str, mut times: Vec<StdDuration>) {
    times.sort();
    let ms = |d: StdDuration| d.as_secs_f64() * 1000.0;
    println!(
        "{name}: median {:.1} ms (min {:.1}, max {:.1}, {} runs)",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
        times.len()
    );
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    let t = Instant::now();
    let events = seed(&path, 1_000_000);
    println!(
        "seeded {events} events over {YEARS} years in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let store = Store::open(&path).unwrap();
    let period = Period {
        from: NaiveDate::from_ymd_opt(2021, 11, 1).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
        week_start: WeekStart::Monday,
    };
    // Cold: what the command line does, and the staff face's first report after a start.
    let mut times = Vec::new();
    let mut index = None;
    for _ in 0..RUNS {
        let t = Instant::now();
        index = Some(MilestoneIndex::build(&store, |_, _| {}).unwrap());
        times.push(t.elapsed());
    }
    let mut index = index.unwrap();
    summary(
        "index build from 1,000,000+ events (cold, once per start)",
        times,
    );
    // Warm: the staff face's weekly report: bring the index up to date, count 5 years.
    let mut times = Vec::new();
    let mut granted = 0;
    for _ in 0..RUNS * 3 {
        let t = Instant::now();
        index.refresh(&store, |_, _| {}).unwrap();
        let m = access_kiosk_core::reports::measures_from(&store, &index, period).unwrap();
        times.push(t.elapsed());
        granted = m
            .counts(Milestone::AccessGranted, Breakdown::Total, "")
            .iter()
            .sum::<u32>();
    }
    println!(
        "weekly measures: {} journeys, {} weeks, {granted} grants",
        index.journeys(),
        period.week_count()
    );
    summary(
        "weekly report, 5 years, over 1,000,000+ events (warm)",
        times,
    );
    let last_year = Period {
        from: NaiveDate::from_ymd_opt(2025, 11, 1).unwrap(),
        ..period
    };
    let mut times = Vec::new();
    for _ in 0..RUNS * 3 {
        let t = Instant::now();
        index.refresh(&store, |_, _| {}).unwrap();
        access_kiosk_core::reports::measures_from(&store, &index, last_year).unwrap();
        times.push(t.elapsed());
    }
    summary("weekly report, last 52 weeks (warm)", times);

    borough(&store, &index, period);
}

/// How many practices a borough report covers.
const PRACTICES: usize = 35;

/// 35 practices' five-year aggregate files: this practice's, with every published count
/// scaled by a factor per practice (0.25 to 2.0) and published again, so the practices
/// differ in size and the small ones have suppressed weeks.
fn practices(m: &access_kiosk_core::measures::WeeklyMeasures) -> Vec<AggregateFile> {
    let base = AggregateFile::from_measures("F84000", m, Utc::now());
    (0..PRACTICES)
        .map(|k| {
            let factor = 0.25 + (k % 8) as f64 * 0.25;
            let scale = |v: &mut Option<u32>| {
                *v = v.and_then(|c| publish((f64::from(c) * factor).round() as u32));
            };
            let mut f = base.clone();
            f.ods_code = format!("F84{k:03}");
            for w in &mut f.weeks {
                for counts in w.counts.values_mut() {
                    scale(&mut counts.total);
                    for groups in [
                        &mut counts.channel,
                        &mut counts.language,
                        &mut counts.cohort,
                        &mut counts.age_band,
                    ] {
                        groups.values_mut().for_each(scale);
                    }
                }
            }
            f
        })
        .collect()
}

fn borough(store: &Store, index: &MilestoneIndex, period: Period) {
    let m = access_kiosk_core::reports::measures_from(store, index, period).unwrap();
    let files = practices(&m);
    let weeks: Vec<NaiveDate> = m.weeks().into_iter().map(|(d, _)| d).collect();
    let labels: Vec<String> = m.weeks().into_iter().map(|(_, l)| l).collect();
    let settings = MdcSettings::default();
    let series: Vec<(Measure, Vec<Option<f64>>)> = files
        .iter()
        .flat_map(|f| Measure::ALL.map(|measure| (measure, f.series(measure, &weeks))))
        .collect();
    // Every label below is counted from the data analysed, not written in: a measure added
    // to Measure::ALL changes the figures and their labels together.
    let (practice_count, measure_count, week_count) =
        (files.len(), Measure::ALL.len(), weeks.len());
    let series_count = series.len();
    println!(
        "MDC analysis: {practice_count} practices x {measure_count} measures x {week_count} weeks = {series_count} series"
    );
    let analyse_all = || {
        series
            .iter()
            .map(|(measure, values)| {
                mdc::analyse(
                    values,
                    measure.improvement(),
                    &settings.options(*measure, Vec::new()),
                )
                .unwrap()
            })
            .collect::<Vec<_>>()
    };
    let mut times = Vec::new();
    for _ in 0..RUNS * 3 {
        let t = Instant::now();
        std::hint::black_box(analyse_all());
        times.push(t.elapsed());
    }
    summary(
        &format!(
            "MDC analysis, {week_count} weeks x {measure_count} measures x {practice_count} practices ({series_count} series)"
        ),
        times,
    );
    let text = MdcChartText::default();
    let mut times = Vec::new();
    let mut bytes = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        let charts = analyse_all();
        bytes = charts
            .iter()
            .map(|c| render(&labels, c, &text, ChartSize::Small).len())
            .sum::<usize>();
        times.push(t.elapsed());
    }
    summary(
        &format!(
            "MDC analysis and small multiples drawn, {series_count} series ({:.1} MB of SVG)",
            bytes as f64 / 1e6
        ),
        times,
    );

    // End to end, as `access-kiosk borough merge` runs it, files on disk.
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<std::path::PathBuf> = files
        .iter()
        .map(|f| {
            let p = dir.path().join(format!("{}.json", f.ods_code));
            std::fs::write(&p, f.to_json()).unwrap();
            p
        })
        .collect();
    let input: u64 = paths
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len())
        .sum();
    let out = dir.path().join("borough");
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        access_kiosk_core::reports::borough::merge(&paths, &out, None, Utc::now(), |_| {}).unwrap();
        times.push(t.elapsed());
    }
    let size = |name: &str| std::fs::metadata(out.join(name)).unwrap().len() as f64 / 1e6;
    println!(
        "borough merge: {} files, {:.1} MB in; borough.html {:.1} MB, borough.csv {:.1} MB",
        paths.len(),
        input as f64 / 1e6,
        size("borough.html"),
        size("borough.csv")
    );
    summary(
        &format!(
            "borough merge end to end, {} practices x {week_count} weeks (read, CSV, charts, borough.html)",
            paths.len()
        ),
        times,
    );
}
