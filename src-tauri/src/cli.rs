//! The command-line face: reports, exports, the borough merge and the health check, run
//! without a window over the same data folder and the same code as the staff face.
//!
//! `access-kiosk` alone opens the kiosk window; a subcommand runs here and exits. Errors
//! are one plain sentence on stderr and exit code 1; usage mistakes exit 2 (clap's rule).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{NaiveDate, Utc};
use clap::{Parser, Subcommand, ValueEnum};

use access_kiosk_core::measures::aggregate::AggregateFile;
use access_kiosk_core::measures::{self, Measure, Period};
use access_kiosk_core::practice::config::PracticeConfig;
use access_kiosk_core::store::{self, Store, DATABASE_FILE};

#[derive(Debug, Parser)]
#[command(
    name = "access-kiosk",
    version,
    about = "Access Kiosk: signs patients up to online access to their GP record.\n\
             With no command, opens the kiosk window."
)]
pub struct Cli {
    /// The data folder (default: $ACCESS_KIOSK_DATA_DIR, else ~/.local/share/access-kiosk).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Prints the weekly QI measures (every measure, total and by channel, language, cohort
    /// and age band), one row per week, measure and group; or, with `--format nhs-spc`, one
    /// measure's weeks as the NHS's SPC tools read them (date,value,target,rebase).
    Report {
        /// First day, YYYY-MM-DD.
        #[arg(long, value_parser = parse_date)]
        from: NaiveDate,
        /// Last day, YYYY-MM-DD (included).
        #[arg(long, value_parser = parse_date)]
        to: NaiveDate,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        /// The measure for `--format nhs-spc` (e.g. access-granted, median-days-to-access).
        #[arg(long, value_parser = parse_measure, default_value = "access-granted")]
        measure: Measure,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Writes the anonymous aggregate file for the borough (no personal data; small counts
    /// suppressed, others rounded to 5).
    ExportAggregate {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// First day, YYYY-MM-DD (default: 52 weeks ago).
        #[arg(long, value_parser = parse_date)]
        from: Option<NaiveDate>,
        /// Last day, YYYY-MM-DD (default: today).
        #[arg(long, value_parser = parse_date)]
        to: Option<NaiveDate>,
    },
    /// Borough tools.
    Borough {
        #[command(subcommand)]
        command: BoroughCommand,
    },
    /// Checks the database's integrity and schema version, without changing it.
    Check,
    /// Prints the one-time code that setting this kiosk up needs (the first administrator,
    /// or taking over another tablet's data from a backup). Only the account the kiosk runs
    /// as can read it; it is gone once used.
    SetupCode,
    /// Process pack tools.
    Pack {
        #[command(subcommand)]
        command: PackCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum PackCommand {
    /// Prints what a process pack contains, or why a kiosk would refuse it. Changes nothing.
    Check {
        /// The pack file (`*.akpack.toml`).
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum BoroughCommand {
    /// Merges practices' aggregate files into borough.csv, one run chart (SVG) per
    /// milestone, and borough.html: the borough's report with every measure's Making Data
    /// Count chart, its practices' icons and small charts, in one file that opens in any
    /// browser. A malformed or mismatched file stops the merge; nothing is written.
    Merge {
        /// The practices' aggregate files.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The folder to write into (created if needed).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The borough's process pack (`*.akpack.toml`), for its chart targets and method.
        #[arg(long, value_name = "FILE")]
        pack: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Csv,
    Json,
    /// One measure, one row per week: `date,value,target,rebase` (NHSRplotthedots, MDC tool).
    NhsSpc,
}

fn parse_measure(s: &str) -> Result<Measure, String> {
    Measure::parse(s).ok_or_else(|| {
        let all: Vec<&str> = Measure::ALL.iter().map(|m| m.as_str()).collect();
        format!(
            "{s:?} is not a measure; the measures are {}",
            all.join(", ")
        )
    })
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date like 2026-11-25"))
}

/// Runs a subcommand. `None` when there is none: the caller opens the window.
pub fn run(cli: Cli) -> Option<ExitCode> {
    let command = cli.command?;
    let result = match command {
        Command::Borough {
            command: BoroughCommand::Merge { files, out, pack },
        } => merge(&files, &out, pack.as_deref()),
        Command::Pack {
            command: PackCommand::Check { file },
        } => pack_check(&file),
        other => data_dir(cli.data_dir).and_then(|dir| match other {
            Command::Report {
                from,
                to,
                format,
                measure,
                out,
            } => match format {
                Format::NhsSpc => nhs_spc(&dir, from, to, measure, out.as_deref()),
                _ => report(&dir, from, to, format, out.as_deref()),
            },
            Command::ExportAggregate { out, from, to } => export_aggregate(&dir, &out, from, to),
            Command::Check => check(&dir),
            Command::SetupCode => setup_code(&dir),
            Command::Borough { .. } | Command::Pack { .. } => Ok(()),
        }),
    };
    Some(match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("access-kiosk: {message}");
            ExitCode::FAILURE
        }
    })
}

fn data_dir(flag: Option<PathBuf>) -> Result<PathBuf, String> {
    let args = flag.map(|d| vec!["--data-dir".into(), d.into_os_string()]);
    access_kiosk_core::data_dir::resolve(
        args.unwrap_or_default(),
        std::env::var_os(access_kiosk_core::data_dir::ENV_VAR),
    )
    .map_err(|e| e.to_string())
}

fn setup_code(dir: &Path) -> Result<(), String> {
    use access_kiosk_core::kiosk::set_up::{setup_code, SetupCode};
    match setup_code(dir).map_err(|e| e.to_string())? {
        SetupCode::Code(code) => {
            println!("{code}");
            Ok(())
        }
        SetupCode::AlreadySetUp => Err(format!(
            "the kiosk in {} is set up already: there is no set-up code",
            dir.display()
        )),
    }
}

/// Opens an existing data folder's settings and store (never creates one).
fn open(dir: &Path) -> Result<(PracticeConfig, Store), String> {
    let db = dir.join(DATABASE_FILE);
    if !db.exists() {
        return Err(format!("{} has no kiosk database", dir.display()));
    }
    let config = PracticeConfig::load_or_create(dir).map_err(|e| e.to_string())?;
    let store = Store::open(&db).map_err(|e| e.to_string())?;
    Ok((config, store))
}

/// Prints "Reading events: n of m (p %)" on stderr as the work goes on.
fn progress(read: u64, total: u64) {
    if total >= 100_000 {
        eprint!(
            "\rReading events: {read} of {total} ({} %)",
            read * 100 / total.max(1)
        );
        if read >= total {
            eprintln!();
        }
    }
}

fn report(
    dir: &Path,
    from: NaiveDate,
    to: NaiveDate,
    format: Format,
    out: Option<&Path>,
) -> Result<(), String> {
    if to < from {
        return Err("--to is before --from".into());
    }
    let (config, store) = open(dir)?;
    let period = Period {
        from,
        to,
        week_start: config.week_starts_on,
    };
    let m = access_kiosk_core::reports::weekly_measures(&store, period, progress)
        .map_err(|e| e.to_string())?;
    let text = match format {
        Format::Csv | Format::NhsSpc => measures::to_csv(&m.rows()),
        Format::Json => {
            let feedback: Vec<_> = m
                .feedback()
                .into_iter()
                .map(|(source, reason, counts)| {
                    serde_json::json!({ "source": source, "reason": reason, "counts": counts })
                })
                .collect();
            let json = serde_json::json!({
                "ods_code": config.ods_code,
                "from": from,
                "to": to,
                "week_starts_on": config.week_starts_on,
                "weeks": m.weeks().into_iter().map(|(d, l)| serde_json::json!({"week_start": d, "week": l})).collect::<Vec<_>>(),
                "rows": m.rows(),
                "feedback": feedback,
            });
            serde_json::to_string_pretty(&json).map_err(|e| e.to_string())? + "\n"
        }
    };
    write_out(out, &text)
}

/// One measure's weeks in the NHS tools' CSV shape, with the practice's target and rebases.
fn nhs_spc(
    dir: &Path,
    from: NaiveDate,
    to: NaiveDate,
    measure: Measure,
    out: Option<&Path>,
) -> Result<(), String> {
    use access_kiosk_core::reports::{mdc, ChartRequest};
    if to < from {
        return Err("--to is before --from".into());
    }
    let (config, store) = open(dir)?;
    let index = access_kiosk_core::store::MilestoneIndex::build(&store, progress)
        .map_err(|e| e.to_string())?;
    let locales = access_kiosk_core::localisation::Locales::shipped().map_err(|e| e.to_string())?;
    let request = ChartRequest {
        measure,
        breakdown: measures::Breakdown::Total,
        group: String::new(),
        from,
        to,
    };
    let view = mdc::mdc_chart(
        &store,
        &index,
        &locales,
        config.week_starts_on,
        &config.mdc(),
        &request,
    )
    .map_err(|e| e.to_string())?;
    write_out(out, &mdc::nhs_csv(&view))
}

fn write_out(out: Option<&Path>, text: &str) -> Result<(), String> {
    match out {
        Some(path) => write_file(path, text),
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| format!("cannot write the report: {e}")),
    }
}

/// Writes a file whole: to a temporary name first, then renamed, so a reader never sees
/// half a file.
fn write_file(path: &Path, text: &str) -> Result<(), String> {
    let tmp = path.with_extension("partial");
    std::fs::write(&tmp, text)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn export_aggregate(
    dir: &Path,
    out: &Path,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<(), String> {
    let (config, store) = open(dir)?;
    let today = Utc::now().date_naive();
    let to = to.unwrap_or(today);
    // From the first day of the week 52 weeks back, so the file's first week is whole (a
    // week the period covers only in part is left out of the file).
    let from = from.unwrap_or_else(|| {
        config
            .week_starts_on
            .week_of(to - chrono::Duration::weeks(52))
    });
    let period = Period {
        from,
        to,
        week_start: config.week_starts_on,
    };
    let m = access_kiosk_core::reports::weekly_measures(&store, period, progress)
        .map_err(|e| e.to_string())?;
    let file = AggregateFile::from_measures(&config.ods_code, &m, Utc::now());
    write_file(out, &file.to_json())?;
    store
        .audit(
            "command-line",
            "aggregate-exported",
            serde_json::json!({ "from": from, "to": to }),
            Utc::now(),
        )
        .map_err(|e| e.to_string())?;
    eprintln!("Wrote {}", out.display());
    Ok(())
}

/// Merges with a progress line on stderr when there are many files to read.
fn merge(files: &[PathBuf], out: &Path, pack: Option<&Path>) -> Result<(), String> {
    use access_kiosk_core::reports::borough::{self, MergeProgress};
    let large = files.len() >= PROGRESS_FROM_FILES;
    let summary = borough::merge(files, out, pack, Utc::now(), |p| {
        if !large {
            return;
        }
        match p {
            MergeProgress::Reading { done, of, file } => {
                eprintln!("Read {done} of {of}: {}", file.display())
            }
            MergeProgress::Charting { done, of } => eprintln!("Charted {done} of {of} measures"),
        }
    })
    .map_err(|e| e.to_string())?;
    eprintln!(
        "Merged {} practices, {} weeks, into {}",
        summary.practices,
        summary.weeks,
        out.display()
    );
    eprintln!("Borough report: {}", out.join("borough.html").display());
    Ok(())
}

/// From this many files a merge says how far it has got.
const PROGRESS_FROM_FILES: usize = 10;

fn check(dir: &Path) -> Result<(), String> {
    let db = dir.join(DATABASE_FILE);
    let health = store::check(&db).map_err(|e| e.to_string())?;
    println!("database: {}", db.display());
    println!(
        "schema version: {} (this version of Access Kiosk writes {})",
        health.schema_version,
        store::schema_version()
    );
    println!("journeys: {}", health.journeys);
    println!("integrity: {}", health.integrity.join("; "));
    if health.is_ok() {
        Ok(())
    } else {
        Err("the database is not sound (see above)".into())
    }
}

/// Checks a pack against the shipped languages and messages and the default settings.
fn pack_check(file: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let locales = access_kiosk_core::localisation::Locales::shipped().map_err(|e| e.to_string())?;
    let defaults = PracticeConfig::parse(
        access_kiosk_core::practice::config::DEFAULT_CONFIG,
        Path::new("practice.toml"),
    )
    .map_err(|e| e.to_string())?;
    let checked = access_kiosk_core::practice::pack::parse(&text)
        .and_then(|p| access_kiosk_core::practice::pack::check(p, &defaults, &locales))
        .map_err(|e| format!("{}: refused: {e}", file.display()))?;
    let p = &checked.pack;
    println!(
        "{} version {} ({}), format {}",
        p.pack.name, p.pack.version, p.pack.date, p.pack.format
    );
    let c = &checked.config;
    if p.languages.is_some() {
        println!("languages: {}", c.languages.join(", "));
    }
    if p.identity_methods.is_some() {
        let m: Vec<_> = c.identity_methods.iter().map(|m| m.as_str()).collect();
        println!("identity checks: {}", m.join(", "));
    }
    let legacy = p.tracking_code.is_some() || p.tracking_code_label.is_some();
    for (set, code) in [
        (p.sign_up_code.is_some() || legacy, &c.sign_up_code),
        (p.enhanced_review_code.is_some(), &c.enhanced_review_code),
        (
            p.enhanced_review_not_indicated_code.is_some(),
            &c.enhanced_review_not_indicated_code,
        ),
    ] {
        if set {
            println!(
                "code: {} {} \"{}\"",
                code.system.as_str(),
                code.code,
                code.term
            );
        }
    }
    if p.proxy_review_age.is_some() || p.proxy_notice_days.is_some() {
        println!(
            "proxy access: reviewed at {}, staff told {} days ahead",
            c.proxy_review_age, c.proxy_notice_days
        );
    }
    if p.retention_days_after_close.is_some() || p.retention_days_if_inactive.is_some() {
        println!(
            "retention: {} days after closing, {} days if inactive",
            c.retention_days_after_close, c.retention_days_if_inactive
        );
    }
    for (locale, messages) in &p.messages {
        let ids: Vec<_> = messages.keys().map(String::as_str).collect();
        println!("wording ({locale}): {}", ids.join(", "));
    }
    Ok(())
}
