//! The borough's merge of its practices' anonymous aggregate files, and its report.
//!
//! `access-kiosk borough merge` runs [`merge`]: it reads every file (refusing the whole merge,
//! naming the file, at the first bad one, before anything is written), then writes
//! `borough.csv`, one run chart per milestone (`<milestone>.svg`), and `borough.html`: one
//! self-contained page (inline SVG and CSS, a few lines of script to sort tables, nothing
//! fetched) that opens from a USB stick in any browser. Per measure it shows the borough's
//! Making Data Count chart, a table of practices with their variation and assurance icons
//! (sortable), then each practice's small chart.
//!
//! Every measure in [`Measure::ALL`] gets its section, from what the files published, so a
//! new measure appears without changes here. What the aggregate's disclosure rule
//! suppressed stays a gap: in a practice's chart, and in the borough's for any week in which
//! a practice's cell was suppressed (its sum would count it as zero) or which a practice's
//! file does not cover (its sum would jump when the practice joins). The milestone run
//! charts plot a week's published sum (a lower bound beside a suppressed cell) but leave off
//! a week whose sum is 0 beside suppressed cells and a week a practice's file lacks.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use fluent::FluentArgs;

use crate::localisation::{Locales, SOURCE_LOCALE};
use crate::measures::aggregate::{AggregateError, Borough};
use crate::measures::mdc::icons::{self, Placement};
use crate::measures::mdc::settings::MdcSettings;
use crate::measures::mdc::svg::{self as mdc_svg, code_of, ChartSize};
use crate::measures::mdc::{self, AssuranceIcon, VariationIcon, XmrChart};
use crate::measures::run_chart::svg::{self as run_svg, format_number};
use crate::measures::{run_chart, Breakdown, Measure, Milestone};
use crate::practice::pack;
use crate::printing::materials::escape;
use crate::reports::mdc::{chart_words, words};
use crate::reports::{chart_text, ChartRequest};

/// What the merge is doing, for a progress line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeProgress {
    /// `done` of `of` files read; `file` was the last.
    Reading {
        done: usize,
        of: usize,
        file: PathBuf,
    },
    /// `done` of `of` measures charted.
    Charting { done: usize, of: usize },
}

/// What a merge wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeSummary {
    pub practices: usize,
    pub weeks: usize,
    pub files: Vec<PathBuf>,
}

/// Why a merge stopped; nothing is written when the input is refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MergeError {
    #[error(transparent)]
    Aggregate(#[from] AggregateError),
    #[error("{path} was refused: {why}")]
    Pack { path: PathBuf, why: String },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Report(String),
}

/// Where the targets and method came from, for the report to say.
#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    pub settings: MdcSettings,
    /// The process pack's name and version, if one was given.
    pub pack: Option<String>,
}

impl Method {
    /// The borough's targets and method from its process pack (or the defaults without
    /// one); a pack that cannot be used is refused, naming the file.
    pub fn from_pack(path: Option<&Path>) -> Result<Self, MergeError> {
        let Some(path) = path else {
            return Ok(Method {
                settings: MdcSettings::default(),
                pack: None,
            });
        };
        let refused = |why: String| MergeError::Pack {
            path: path.to_owned(),
            why,
        };
        let text = std::fs::read_to_string(path).map_err(|e| refused(e.to_string()))?;
        let pack = pack::parse(&text).map_err(|e| refused(e.to_string()))?;
        let settings = pack
            .mdc_over(&MdcSettings::default())
            .map_err(|e| refused(e.to_string()))?;
        Ok(Method {
            settings,
            pack: Some(format!("{} {}", pack.pack.name, pack.pack.version)),
        })
    }
}

/// Reads `files`, then writes `borough.csv`, a run chart per milestone and `borough.html`
/// into `out` (created if needed), each file whole (written aside, then renamed).
pub fn merge(
    files: &[PathBuf],
    out: &Path,
    pack: Option<&Path>,
    now: DateTime<Utc>,
    mut progress: impl FnMut(MergeProgress),
) -> Result<MergeSummary, MergeError> {
    let method = Method::from_pack(pack)?;
    let borough = Borough::read_with_progress(files, |done, of, file| {
        progress(MergeProgress::Reading {
            done,
            of,
            file: file.to_owned(),
        })
    })?;
    let locales = Locales::shipped().map_err(|e| MergeError::Report(e.to_string()))?;
    std::fs::create_dir_all(out).map_err(|source| MergeError::Write {
        path: out.to_owned(),
        source,
    })?;
    let mut written = Vec::new();
    let mut write = |name: &str, text: &str| -> Result<(), MergeError> {
        let path = out.join(name);
        write_whole(&path, text).map_err(|source| MergeError::Write {
            path: path.clone(),
            source,
        })?;
        written.push(path);
        Ok(())
    };
    write("borough.csv", &borough.to_csv())?;
    let labels: Vec<String> = borough.weeks().into_iter().map(|(_, l)| l).collect();
    for milestone in Milestone::ALL {
        let svg = milestone_run_chart(&borough, milestone, &labels, &locales)?;
        write(&format!("{}.svg", milestone.event_kind()), &svg)?;
    }
    let html = report(&borough, &method, &locales, now.date_naive(), |done, of| {
        progress(MergeProgress::Charting { done, of })
    })?;
    write("borough.html", &html)?;
    Ok(MergeSummary {
        practices: borough.practices.len(),
        weeks: labels.len(),
        files: written,
    })
}

fn write_whole(path: &Path, text: &str) -> std::io::Result<()> {
    let tmp = path.with_extension("partial");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

/// The borough's run chart of one milestone's total (as the merge has always written).
fn milestone_run_chart(
    borough: &Borough,
    milestone: Milestone,
    labels: &[String],
    locales: &Locales,
) -> Result<String, MergeError> {
    // Weeks with no value (see Borough::total_series) are left off the chart, as the staff
    // face's run chart leaves them off.
    let (labels, values): (Vec<String>, Vec<f64>) = labels
        .iter()
        .zip(borough.total_series(milestone))
        .filter_map(|(l, v)| v.map(|v| (l.clone(), v)))
        .unzip();
    let analysis =
        run_chart::analyse(&values, None).map_err(|e| MergeError::Report(e.to_string()))?;
    let mut text = chart_text(locales, &total_request(Measure::from(milestone)));
    text.title = format!(
        "{} — {}",
        text.title,
        locales.format(SOURCE_LOCALE, "chart-borough", None)
    );
    Ok(run_svg::render(&labels, &values, &analysis, &[], &text))
}

fn total_request(measure: Measure) -> ChartRequest {
    ChartRequest {
        measure,
        breakdown: Breakdown::Total,
        group: String::new(),
        from: NaiveDate::MIN,
        to: NaiveDate::MAX,
    }
}

fn t(locales: &Locales, id: &str) -> String {
    locales.format(SOURCE_LOCALE, id, None)
}

/// How a table sorts the variation icons: concerns first, improvements last.
fn variation_rank(v: Option<VariationIcon>) -> u8 {
    match v {
        Some(VariationIcon::ConcernHigh | VariationIcon::ConcernLow) => 0,
        Some(VariationIcon::NeutralHigh | VariationIcon::NeutralLow) => 1,
        Some(VariationIcon::CommonCause) => 2,
        Some(VariationIcon::ImprovementHigh | VariationIcon::ImprovementLow) => 3,
        None => 4,
    }
}

/// How a table sorts the assurance icons: failing first.
fn assurance_rank(a: Option<AssuranceIcon>) -> u8 {
    match a {
        Some(AssuranceIcon::ConsistentFail) => 0,
        Some(AssuranceIcon::Inconsistent) => 1,
        Some(AssuranceIcon::ConsistentPass) => 2,
        None => 3,
    }
}

/// One practice's chart of one measure.
struct PracticeChart {
    ods_code: String,
    chart: XmrChart,
    words: crate::reports::mdc::MdcWords,
    without_value: usize,
}

/// `borough.html`. `progress` hears (measures done, measures).
pub fn report(
    borough: &Borough,
    method: &Method,
    locales: &Locales,
    made: NaiveDate,
    mut progress: impl FnMut(usize, usize),
) -> Result<String, MergeError> {
    let weeks = borough.weeks();
    let week_starts: Vec<NaiveDate> = weeks.iter().map(|(d, _)| *d).collect();
    let labels: Vec<String> = weeks.iter().map(|(_, l)| l.clone()).collect();
    let practices = borough.practices.len();
    let mut args = FluentArgs::new();
    args.set("practices", practices);
    args.set("from", labels.first().cloned().unwrap_or_default());
    args.set("to", labels.last().cloned().unwrap_or_default());
    args.set("made", made.to_string());
    let source = match &method.pack {
        Some(p) => {
            let mut a = FluentArgs::new();
            a.set("pack", p.clone());
            locales.format(SOURCE_LOCALE, "mdc-borough-settings-pack", Some(&a))
        }
        None => t(locales, "mdc-borough-settings-none"),
    };
    let mut settings_args = FluentArgs::new();
    settings_args.set("source", source);

    let mut sections = String::new();
    let mut contents = String::new();
    for (k, measure) in Measure::ALL.into_iter().enumerate() {
        let run_text = chart_text(locales, &total_request(measure));
        let name = run_text.title.clone();
        let id = format!("m-{}", measure.as_str());
        let (section, icon) =
            measure_section(borough, method, locales, measure, &week_starts, &labels)?;
        let _ = write!(
            contents,
            "<li><a href=\"#{id}\">{icon}<span>{}</span></a></li>",
            escape(&name)
        );
        sections.push_str(&section);
        progress(k + 1, Measure::ALL.len());
    }
    let title = t(locales, "mdc-borough-title");
    Ok(format!(
        "<!DOCTYPE html>\n<html lang=\"en-GB\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main id=\"top\">\n\
         <h1>{title}</h1>\n<p class=\"lead\">{intro}</p>\n<p>{method_text}</p>\n<p>{suppressed}</p>\n<p>{settings}</p>\n\
         <nav aria-labelledby=\"contents\"><h2 id=\"contents\">{contents_title}</h2><ul class=\"contents\">{contents}</ul></nav>\n\
         {sections}</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        title = escape(&title),
        intro = escape(&locales.format(SOURCE_LOCALE, "mdc-borough-intro", Some(&args))),
        method_text = escape(&t(locales, "mdc-borough-method")),
        suppressed = escape(&t(locales, "mdc-borough-suppressed")),
        settings = escape(&locales.format(SOURCE_LOCALE, "mdc-borough-settings", Some(&settings_args))),
        contents_title = escape(&t(locales, "mdc-borough-contents")),
    ))
}

/// One measure's section, and its borough variation icon for the contents.
fn measure_section(
    borough: &Borough,
    method: &Method,
    locales: &Locales,
    measure: Measure,
    week_starts: &[NaiveDate],
    labels: &[String],
) -> Result<(String, String), MergeError> {
    let run_text = chart_text(locales, &total_request(measure));
    let name = run_text.title.clone();
    let direction = measure.improvement();
    let analyse = |values: &[Option<f64>], target: Option<f64>| -> Result<XmrChart, MergeError> {
        let mut options = method.settings.options(measure, Vec::new());
        options.target = target;
        mdc::analyse(values, direction, &options).map_err(|e| MergeError::Report(e.to_string()))
    };
    let practice_target = method.settings.targets.get(&measure).copied();
    let mut html = format!(
        "<section id=\"m-{id}\" data-measure=\"{id}\">\n<h2>{name}</h2>\n",
        id = measure.as_str(),
        name = escape(&name),
    );
    // The borough's own chart: a count's target is every practice's together.
    let mut contents_icon = String::new();
    match borough.series(measure) {
        Some(values) => {
            let is_count = measure.count_of().is_some();
            let practices = borough.practices.len();
            let target = practice_target.map(|t| if is_count { t * practices as f64 } else { t });
            let chart = analyse(&values, target)?;
            let w = words(locales, &chart, labels);
            let mut text = chart_words(locales, name.clone(), run_text.y_label.clone(), &w, true);
            text.title = format!("{name} — {}", t(locales, "mdc-borough-chart"));
            let _ = writeln!(
                html,
                "<figure class=\"borough-chart\" data-testid=\"borough-chart\">{}</figure>",
                mdc_svg::render(labels, &chart, &text, ChartSize::Full)
            );
            if let (Some(each), Some(all), true) = (practice_target, target, is_count) {
                let mut a = FluentArgs::new();
                a.set("target", format_number(all));
                a.set("each", format_number(each));
                a.set("practices", practices);
                let _ = writeln!(
                    html,
                    "<p>{}</p>",
                    escape(&locales.format(SOURCE_LOCALE, "mdc-borough-target-count", Some(&a)))
                );
            }
            if let Some(v) = chart.variation {
                contents_icon = variation_svg(v, &w.variation, 28.0);
            }
        }
        None => {
            let _ = writeln!(
                html,
                "<p class=\"note\">{}</p>",
                escape(&t(locales, "mdc-borough-no-chart"))
            );
        }
    }

    let mut charts = Vec::with_capacity(borough.practices.len());
    for p in &borough.practices {
        let values = p.series(measure, week_starts);
        let chart = analyse(&values, practice_target)?;
        let words = words(locales, &chart, labels);
        charts.push(PracticeChart {
            ods_code: p.ods_code.clone(),
            without_value: p.weeks_without_value(measure),
            chart,
            words,
        });
    }
    html.push_str(&practice_table(locales, measure, &charts, labels));
    let _ = writeln!(
        html,
        "<h3>{}</h3>\n<div class=\"multiples\">",
        escape(&t(locales, "mdc-borough-small-multiples"))
    );
    for c in &charts {
        let text = chart_words(locales, c.ods_code.clone(), String::new(), &c.words, false);
        let _ = writeln!(
            html,
            "<figure class=\"multiple\" data-ods=\"{}\">{}</figure>",
            escape(&c.ods_code),
            mdc_svg::render(labels, &c.chart, &text, ChartSize::Small)
        );
    }
    let _ = writeln!(
        html,
        "</div>\n<p><a href=\"#top\">{}</a></p>\n</section>",
        escape(&t(locales, "mdc-borough-back"))
    );
    Ok((html, contents_icon))
}

/// The variation icon, inline, saying `label`.
fn variation_svg(v: VariationIcon, label: &str, size: f64) -> String {
    let code = code_of(v);
    icons::variation(
        v,
        &Placement {
            x: 0.0,
            y: 0.0,
            size,
            label,
            code: &code,
        },
    )
}

/// The assurance icon, inline, saying `label`.
fn assurance_svg(a: AssuranceIcon, label: &str, size: f64) -> String {
    let code = code_of(a);
    icons::assurance(
        a,
        &Placement {
            x: 0.0,
            y: 0.0,
            size,
            label,
            code: &code,
        },
    )
}

/// The sortable table of practices for one measure.
fn practice_table(
    locales: &Locales,
    measure: Measure,
    charts: &[PracticeChart],
    labels: &[String],
) -> String {
    let col = |id: &str| escape(&t(locales, &format!("mdc-borough-col-{id}")));
    let head = [
        "practice",
        "latest",
        "mean",
        "variation",
        "assurance",
        "suppressed",
        "says",
    ]
    .iter()
    .map(|c| {
        format!(
            "<th scope=\"col\"><button type=\"button\" data-column=\"{c}\">{}</button></th>",
            col(c)
        )
    })
    .collect::<String>();
    let mut rows = String::new();
    for c in charts {
        let latest = c.chart.summary.latest;
        let latest_value = latest.and_then(|i| c.chart.points[i].value);
        let latest_text = match (latest, latest_value) {
            (Some(i), Some(v)) => format!(
                "{} ({})",
                format_number(v),
                labels.get(i).map(String::as_str).unwrap_or_default()
            ),
            _ => "—".into(),
        };
        let mean = c.chart.segments.last().and_then(|s| s.lines.mean);
        let variation = match c.chart.variation {
            Some(v) => format!(
                "<span class=\"icon-cell\">{}<span>{}</span></span>",
                variation_svg(v, &c.words.variation, 40.0),
                escape(&c.words.variation)
            ),
            None => escape(&c.words.variation),
        };
        let assurance = match (c.chart.assurance, &c.words.assurance) {
            (Some(a), Some(words)) => format!(
                "<span class=\"icon-cell\">{}<span>{}</span></span>",
                assurance_svg(a, words, 40.0),
                escape(words)
            ),
            _ => escape(&t(locales, "mdc-assurance-none")),
        };
        let _ = writeln!(
            rows,
            "<tr data-ods=\"{ods}\" data-variation=\"{vcode}\" data-assurance=\"{acode}\">\
             <th scope=\"row\" data-sort=\"{ods}\">{ods}</th>\
             <td data-sort=\"{lsort}\">{latest_text}</td>\
             <td data-sort=\"{msort}\">{mean_text}</td>\
             <td data-sort=\"{vrank}\">{variation}</td>\
             <td data-sort=\"{arank}\">{assurance}</td>\
             <td data-sort=\"{without}\">{without}</td>\
             <td data-sort=\"{says}\">{says}</td></tr>",
            ods = escape(&c.ods_code),
            vcode = c.chart.variation.map(code_of).unwrap_or_default(),
            acode = c.chart.assurance.map(code_of).unwrap_or_default(),
            lsort = latest_value.map_or("-1".into(), |v| v.to_string()),
            latest_text = escape(&latest_text),
            msort = mean.map_or("-1".into(), |v| v.to_string()),
            mean_text = mean.map_or("—".into(), format_number),
            vrank = variation_rank(c.chart.variation),
            arank = assurance_rank(c.chart.assurance),
            without = c.without_value,
            says = escape(&c.words.sentence),
        );
    }
    format!(
        "<h3>{title}</h3>\n<p class=\"hint\">{hint}</p>\n<div class=\"table-wrap\"><table class=\"practices sortable\" data-testid=\"practices-{id}\">\
         <thead><tr>{head}</tr></thead><tbody>\n{rows}</tbody></table></div>\n",
        title = escape(&t(locales, "mdc-borough-practices")),
        hint = escape(&t(locales, "mdc-borough-sort-hint")),
        id = measure.as_str(),
    )
}

/// The page's style: readable on a laptop and printable, no fonts or images fetched.
const STYLE: &str = "\
body{margin:0;background:#f0f4f5;color:#212b32;font:16px/1.5 Arial,'Noto Sans',sans-serif}\
main{max-width:1120px;margin:0 auto;padding:24px;background:#fff}\
h1{font-size:2rem;margin:0 0 16px}h2{font-size:1.5rem;margin:48px 0 12px;border-top:4px solid #005eb8;padding-top:16px}\
h3{font-size:1.2rem;margin:24px 0 8px}.lead{font-size:1.15rem}.note,.hint{color:#4c6272}\
a{color:#005eb8}a:focus,button:focus{outline:3px solid #ffeb3b;box-shadow:0 4px #212b32}\
figure{margin:0 0 16px}svg.mdc-chart{display:block;max-width:100%;height:auto}\
.contents{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:8px}\
.contents a{display:flex;align-items:center;gap:8px;min-height:48px}\
.table-wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.95rem}\
th,td{border-bottom:1px solid #d8dde0;padding:6px 8px;text-align:left;vertical-align:middle}\
thead th{background:#e8edee}thead button{font:inherit;font-weight:700;background:none;border:0;padding:8px 0;min-height:44px;cursor:pointer;color:#005eb8;text-decoration:underline;text-align:left}\
th[aria-sort=ascending] button::after{content:' \\25B2'}th[aria-sort=descending] button::after{content:' \\25BC'}\
.icon-cell{display:flex;align-items:center;gap:8px}.icon-cell svg{flex:none}\
.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px}\
.multiple{border:1px solid #d8dde0}\
@media print{body{background:#fff}main{padding:0}h2{break-before:page}figure,tr{break-inside:avoid}thead button{color:#212b32;text-decoration:none}}";

/// Sorts a table by a column when its heading is pressed; without script the table stays in
/// practice order and everything else still reads.
const SCRIPT: &str = "\
document.querySelectorAll('table.sortable').forEach(function(table){\
var buttons=table.querySelectorAll('thead button');\
buttons.forEach(function(button,column){button.addEventListener('click',function(){\
var th=button.parentNode,up=th.getAttribute('aria-sort')!=='ascending';\
buttons.forEach(function(b){b.parentNode.removeAttribute('aria-sort')});\
th.setAttribute('aria-sort',up?'ascending':'descending');\
var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);\
rows.sort(function(a,b){var x=a.cells[column].getAttribute('data-sort'),y=b.cells[column].getAttribute('data-sort');\
var nx=parseFloat(x),ny=parseFloat(y),c=(isNaN(nx)||isNaN(ny))?x.localeCompare(y):nx-ny;return up?c:-c});\
rows.forEach(function(r){body.appendChild(r)})})})});";

#[cfg(test)]
mod tests;
