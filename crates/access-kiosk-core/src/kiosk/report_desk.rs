//! The staff face's reports: run charts, tests of change, baselines, feedback and exports.
//! Every action needs a live staff session; changes and exports land in the audit log.
//! Exports are written to the `exports` folder of the data folder.

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::error::KioskError;
use crate::kiosk::Kiosk;
use crate::measures::aggregate::AggregateFile;
use crate::measures::feedback::{Reason, Source};
use crate::measures::{self, Breakdown, Measure, Period};
use crate::reports::mdc::MdcChartView;
use crate::reports::{self, ChartRequest, RunChartView};
use crate::store::PdsaCycle;

/// The exports folder's name inside the data folder.
pub const EXPORTS_DIR: &str = "exports";

/// The longest title of a test of change, and of what was tried.
const PDSA_TITLE_MAX: usize = 120;
const PDSA_TRIED_MAX: usize = 2000;

/// What the staff face asks for: a measure's chart over a period.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChartQuery {
    pub measure: Measure,
    pub breakdown: Breakdown,
    #[serde(default)]
    pub group: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl From<&ChartQuery> for ChartRequest {
    fn from(q: &ChartQuery) -> Self {
        ChartRequest {
            measure: q.measure,
            breakdown: q.breakdown,
            group: q.group.clone(),
            from: q.from,
            to: q.to,
        }
    }
}

/// The reports tab: a chart (its run chart and its Making Data Count chart), the groups it
/// can be split into, and the feedback counts.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportView {
    pub chart: RunChartView,
    pub mdc: MdcChartView,
    /// The groups seen for the chosen breakdown in the period.
    pub groups: Vec<String>,
    /// (source, reason, total over the period).
    pub feedback: Vec<(String, String, u32)>,
}

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportKind {
    Csv,
    Aggregate,
    Svg,
    Png,
    /// The measure's weeks as the NHS's SPC tools read them (`date,value,target,rebase`).
    NhsCsv,
}

/// A new test of change.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewPdsaCycle {
    pub title: String,
    pub tried: String,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
}

impl Kiosk {
    fn period(&self, from: NaiveDate, to: NaiveDate) -> Result<Period, KioskError> {
        if to < from {
            return Err(KioskError::PeriodEmpty);
        }
        Ok(Period {
            from,
            to,
            week_start: self.config().week_starts_on,
        })
    }

    pub fn report(&self, q: &ChartQuery, now: DateTime<Utc>) -> Result<ReportView, KioskError> {
        self.staff_name(now)?;
        let period = self.period(q.from, q.to)?;
        let store = self.store();
        let index = self.milestone_index(&store)?;
        let chart = reports::run_chart(
            &store,
            &index,
            &self.locales(),
            period.week_start,
            &ChartRequest::from(q),
        )?;
        let mdc = reports::mdc::mdc_chart(
            &store,
            &index,
            &self.locales(),
            period.week_start,
            &self.config().mdc(),
            &ChartRequest::from(q),
        )?;
        let m = reports::measures_from(&store, &index, period)?;
        Ok(ReportView {
            chart,
            mdc,
            groups: m.groups(q.breakdown),
            feedback: m
                .feedback()
                .into_iter()
                .map(|(source, reason, counts)| (source, reason, counts.iter().sum()))
                .collect(),
        })
    }

    pub fn add_pdsa_cycle(&self, c: &NewPdsaCycle, now: DateTime<Utc>) -> Result<i64, KioskError> {
        let s = self.session(now)?;
        let name = s.name.clone();
        let title = c.title.trim();
        if title.is_empty() || title.chars().count() > PDSA_TITLE_MAX {
            return Err(KioskError::PdsaTitle);
        }
        let tried: String = c.tried.trim().chars().take(PDSA_TRIED_MAX).collect();
        if c.end_date.is_some_and(|e| e < c.start_date) {
            return Err(KioskError::PeriodEmpty);
        }
        let store = self.store();
        let id = store.add_pdsa_cycle(title, &tried, c.start_date, c.end_date, &name, now)?;
        store.audit_staff(
            s.staff_id,
            &name,
            "pdsa-added",
            json!({ "id": id, "title": title, "start": c.start_date }),
            now,
        )?;
        Ok(id)
    }

    pub fn end_pdsa_cycle(&self, id: i64, now: DateTime<Utc>) -> Result<(), KioskError> {
        let s = self.session(now)?;
        let name = s.name.clone();
        let store = self.store();
        store.end_pdsa_cycle(id, now.date_naive())?;
        store.audit_staff(s.staff_id, &name, "pdsa-ended", json!({ "id": id }), now)?;
        Ok(())
    }

    pub fn pdsa_cycles(&self, now: DateTime<Utc>) -> Result<Vec<PdsaCycle>, KioskError> {
        self.staff_name(now)?;
        Ok(self.store().pdsa_cycles()?)
    }

    /// Freezes a measure's baseline to the weeks containing `first` and `last`.
    pub fn freeze_baseline(
        &self,
        measure: Measure,
        first: NaiveDate,
        last: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let s = self.session(now)?;
        let name = s.name.clone();
        let week = self.config().week_starts_on;
        let (first, last) = (week.week_of(first), week.week_of(last));
        if last < first {
            return Err(KioskError::PeriodEmpty);
        }
        let store = self.store();
        store.freeze_baseline(measure, first, last, &name, now)?;
        store.audit_staff(
            s.staff_id,
            &name,
            "baseline-frozen",
            json!({ "measure": measure, "first_week": first, "last_week": last }),
            now,
        )?;
        Ok(())
    }

    pub fn unfreeze_baseline(
        &self,
        measure: Measure,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let s = self.session(now)?;
        let name = s.name.clone();
        let store = self.store();
        store.unfreeze_baseline(measure)?;
        store.audit_staff(
            s.staff_id,
            &name,
            "baseline-unfrozen",
            json!({ "measure": measure }),
            now,
        )?;
        Ok(())
    }

    /// A member of staff notes what a patient said might stop them.
    pub fn staff_feedback(&self, reason: Reason, now: DateTime<Utc>) -> Result<(), KioskError> {
        self.staff_name(now)?;
        let store = self.store();
        store.record_feedback(
            Source::Staff,
            reason,
            self.config().channel,
            crate::localisation::SOURCE_LOCALE,
            store.training_mode(),
            now,
        )?;
        Ok(())
    }

    /// Writes an export into the exports folder and returns its path. `png` is the chart as
    /// the webview drew it (PNG bytes), for [`ExportKind::Png`].
    pub fn export_report(
        &self,
        kind: ExportKind,
        q: &ChartQuery,
        png: Option<Vec<u8>>,
        now: DateTime<Utc>,
    ) -> Result<PathBuf, KioskError> {
        let s = self.session(now)?;
        let name = s.name.clone();
        let period = self.period(q.from, q.to)?;
        let stamp = now.format("%Y%m%d-%H%M%S");
        let (file, bytes) = {
            let store = self.store();
            let index = self.milestone_index(&store)?;
            match kind {
                ExportKind::Csv => {
                    let m = reports::measures_from(&store, &index, period)?;
                    (
                        format!("weekly-measures-{stamp}.csv"),
                        measures::to_csv(&m.rows()).into_bytes(),
                    )
                }
                ExportKind::Aggregate => {
                    let m = reports::measures_from(&store, &index, period)?;
                    let file = AggregateFile::from_measures(&self.config().ods_code, &m, now);
                    (
                        format!("aggregate-{}-{stamp}.json", self.config().ods_code),
                        file.to_json().into_bytes(),
                    )
                }
                ExportKind::Svg => {
                    let chart = reports::run_chart(
                        &store,
                        &index,
                        &self.locales(),
                        period.week_start,
                        &ChartRequest::from(q),
                    )?;
                    (
                        format!("run-chart-{}-{stamp}.svg", q.measure.as_str()),
                        chart.svg.into_bytes(),
                    )
                }
                ExportKind::NhsCsv => {
                    let view = reports::mdc::mdc_chart(
                        &store,
                        &index,
                        &self.locales(),
                        period.week_start,
                        &self.config().mdc(),
                        &ChartRequest::from(q),
                    )?;
                    (
                        format!("nhs-spc-{}-{stamp}.csv", q.measure.as_str()),
                        reports::mdc::nhs_csv(&view).into_bytes(),
                    )
                }
                ExportKind::Png => {
                    let png = png.filter(|b| b.starts_with(b"\x89PNG\r\n\x1a\n"));
                    (
                        format!("run-chart-{}-{stamp}.png", q.measure.as_str()),
                        png.ok_or(KioskError::ExportFailed)?,
                    )
                }
            }
        };
        let dir = self.data_dir().join(EXPORTS_DIR);
        let path = dir.join(&file);
        let tmp = dir.join(format!(".{file}.partial"));
        std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::write(&tmp, &bytes))
            .and_then(|()| std::fs::rename(&tmp, &path))
            .map_err(|e| {
                tracing::error!("export to {} failed: {e}", path.display());
                KioskError::ExportFailed
            })?;
        self.store().audit_staff(
            s.staff_id,
            &name,
            "report-exported",
            json!({ "file": file, "from": q.from, "to": q.to }),
            now,
        )?;
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kiosk::testing::{log_in_at, open_kiosk, set_up};

    fn kiosk() -> (tempfile::TempDir, Kiosk) {
        let (dir, kiosk) = open_kiosk();
        let admin = set_up(&kiosk, "Ann Admin", "482916").member;
        log_in_at(&kiosk, admin.id, "482916", Utc::now());
        (dir, kiosk)
    }

    fn query() -> ChartQuery {
        ChartQuery {
            measure: Measure::InterestRegistered,
            breakdown: Breakdown::Total,
            group: String::new(),
            from: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        }
    }

    #[test]
    fn reports_need_a_staff_session() {
        let (_dir, kiosk) = open_kiosk();
        assert!(matches!(
            kiosk.report(&query(), Utc::now()),
            Err(KioskError::NotLoggedIn)
        ));
    }

    #[test]
    fn exports_are_written_whole_and_audited() {
        let (dir, kiosk) = kiosk();
        for kind in [
            ExportKind::Csv,
            ExportKind::Aggregate,
            ExportKind::Svg,
            ExportKind::NhsCsv,
        ] {
            let path = kiosk
                .export_report(kind, &query(), None, Utc::now())
                .unwrap();
            assert!(path.starts_with(dir.path().join(EXPORTS_DIR)));
            assert!(std::fs::metadata(&path).unwrap().len() > 0);
        }
        assert!(matches!(
            kiosk.export_report(
                ExportKind::Png,
                &query(),
                Some(b"<svg/>".to_vec()),
                Utc::now()
            ),
            Err(KioskError::ExportFailed)
        ));
        let exported = kiosk
            .store()
            .audit_entries(None, Some("report-exported"), 10)
            .unwrap();
        assert_eq!(exported.len(), 4);
    }

    #[test]
    fn a_test_of_change_needs_a_title_and_is_audited() {
        let (_dir, kiosk) = kiosk();
        let c = |title: &str| NewPdsaCycle {
            title: title.into(),
            tried: "Bengali posters at the front desk".into(),
            start_date: NaiveDate::from_ymd_opt(2026, 10, 5).unwrap(),
            end_date: None,
        };
        assert!(matches!(
            kiosk.add_pdsa_cycle(&c("   "), Utc::now()),
            Err(KioskError::PdsaTitle)
        ));
        let id = kiosk.add_pdsa_cycle(&c("Posters"), Utc::now()).unwrap();
        kiosk.end_pdsa_cycle(id, Utc::now()).unwrap();
        let view = kiosk.report(&query(), Utc::now()).unwrap();
        assert_eq!(view.chart.pdsa_cycles.len(), 1);
        assert_eq!(
            kiosk
                .store()
                .audit_entries(None, Some("pdsa-added"), 10)
                .unwrap()
                .len(),
            1
        );
    }
}
