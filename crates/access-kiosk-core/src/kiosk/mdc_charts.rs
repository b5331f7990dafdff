//! Making Data Count on the staff face: rebases (administrators add and remove them, each
//! audited), the chart settings block of the Settings tab, and the weekly report to print
//! on A4. The charts themselves come with each report ([`Kiosk::report`]) and are made by
//! [`crate::reports::mdc`].

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::error::KioskError;
use crate::kiosk::report_desk::ChartQuery;
use crate::kiosk::Kiosk;
use crate::measures::mdc::rebase::{self, RebaseProblem};
use crate::measures::Measure;
use crate::practice::settings_form::{audit_details, changes, ChartSettingsForm};
use crate::reports::mdc::{self as mdc_report, PrintedChart};
use crate::reports::{self, ChartRequest};
use crate::store::Rebase;

/// The chart settings block: the form, and the measures in the order the page lists them.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChartSettingsView {
    pub form: ChartSettingsForm,
    pub measures: Vec<Measure>,
}

impl Kiosk {
    /// Adds a rebase to `measure` from the week containing `week` (administrators only),
    /// with its reason; audited in the same transaction, so there is never a rebase without
    /// its audit entry nor an entry without its rebase.
    pub fn add_rebase(
        &self,
        measure: Measure,
        week: NaiveDate,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<Rebase, KioskError> {
        let admin = self.admin_session(now)?;
        let week_start = self.config().week_starts_on;
        let reason = rebase::reason(reason).map_err(KioskError::Rebase)?;
        let week = rebase::week(
            week_start.week_of(week),
            week_start.week_of(now.date_naive()),
        )
        .map_err(KioskError::Rebase)?;
        self.store()
            .add_rebase_audited(measure, week, &reason, admin.staff_id, &admin.name, now)?
            .ok_or(KioskError::Rebase(RebaseProblem::Duplicate))
    }

    /// Removes a rebase (administrators only); audited with what it was, in the same
    /// transaction.
    pub fn remove_rebase(&self, id: i64, now: DateTime<Utc>) -> Result<(), KioskError> {
        let admin = self.admin_session(now)?;
        self.store()
            .remove_rebase_audited(id, admin.staff_id, &admin.name, now)?
            .ok_or(KioskError::Rebase(RebaseProblem::NotFound))?;
        Ok(())
    }

    /// The chart settings block of the Settings tab (administrators only).
    pub fn chart_settings(&self, now: DateTime<Utc>) -> Result<ChartSettingsView, KioskError> {
        self.admin_name(now)?;
        Ok(ChartSettingsView {
            form: ChartSettingsForm::from_config(&self.config()),
            measures: Measure::ALL.to_vec(),
        })
    }

    /// Checks and saves the chart settings (administrators only): written to
    /// `practice.toml`, applied at once, each change audited with its old and new value.
    pub fn save_chart_settings(
        &self,
        form: &ChartSettingsForm,
        now: DateTime<Utc>,
    ) -> Result<ChartSettingsView, KioskError> {
        // Settings change how every report reads: the PIN again, as for the other settings.
        let admin = self.admin_fresh(now)?;
        let current = self.config();
        let new = form
            .apply_to(&current)
            .map_err(KioskError::InvalidSettings)?;
        let changed = changes(&current, &new);
        if !changed.is_empty() {
            new.save(self.data_dir())
                .map_err(|e| KioskError::SettingsNotSaved(e.to_string()))?;
            self.replace_config(new, None);
            self.audit_as(&admin, "settings-changed", audit_details(&changed), now)?;
        }
        self.chart_settings(now)
    }

    /// The weekly report to print on A4 (HTML for the page's print area): every measure's
    /// chart of the chosen kind, for the query's group and period.
    pub fn report_print_page(
        &self,
        q: &ChartQuery,
        kind: PrintedChart,
        now: DateTime<Utc>,
    ) -> Result<String, KioskError> {
        self.staff_name(now)?;
        if q.to < q.from {
            return Err(KioskError::PeriodEmpty);
        }
        let config = self.config();
        let locales = self.locales();
        let store = self.store();
        let index = self.milestone_index(&store)?;
        let mut charts = Vec::new();
        for measure in Measure::ALL {
            let request = ChartRequest {
                measure,
                ..ChartRequest::from(q)
            };
            let svg = match kind {
                PrintedChart::Mdc => {
                    mdc_report::mdc_chart(
                        &store,
                        &index,
                        &locales,
                        config.week_starts_on,
                        &config.mdc(),
                        &request,
                    )?
                    .svg
                }
                PrintedChart::RunChart => {
                    reports::run_chart(&store, &index, &locales, config.week_starts_on, &request)?
                        .svg
                }
            };
            charts.push((measure, svg));
        }
        let request = ChartRequest::from(q);
        Ok(mdc_report::print_page(
            &config.practice_name,
            &locales,
            &request,
            &charts,
            now.date_naive(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kiosk::testing::*;
    use crate::measures::Breakdown;
    use serde_json::json;

    fn query() -> ChartQuery {
        ChartQuery {
            measure: Measure::AccessGranted,
            breakdown: Breakdown::Total,
            group: String::new(),
            from: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        }
    }

    #[test]
    fn only_an_administrator_rebases_and_each_change_is_audited() {
        let (_dir, kiosk) = open_kiosk();
        let admin = admin_logged_in(&kiosk);
        let week = NaiveDate::from_ymd_opt(2026, 10, 7).unwrap(); // a Wednesday
        let r = kiosk
            .add_rebase(Measure::AccessGranted, week, " New script ", t0())
            .unwrap();
        assert_eq!(
            r.week,
            NaiveDate::from_ymd_opt(2026, 10, 5).unwrap(),
            "its Monday"
        );
        assert_eq!(
            (r.reason.as_str(), r.added_by.as_str()),
            ("New script", admin.name.as_str())
        );
        assert!(matches!(
            kiosk.add_rebase(Measure::AccessGranted, week, "Again", t0()),
            Err(KioskError::Rebase(RebaseProblem::Duplicate))
        ));
        assert!(matches!(
            kiosk.add_rebase(Measure::AccessGranted, week, "", t0()),
            Err(KioskError::Rebase(RebaseProblem::Reason))
        ));
        let next_week = t0().date_naive() + chrono::Duration::days(7);
        assert!(matches!(
            kiosk.add_rebase(Measure::AccessGranted, next_week, "Later", t0()),
            Err(KioskError::Rebase(RebaseProblem::Week))
        ));
        let view = kiosk.report(&query(), t0()).unwrap();
        assert_eq!(view.mdc.rebases.len(), 1);
        assert_eq!(
            view.mdc.chart.segments.len(),
            2,
            "the chart starts a new stretch"
        );

        kiosk.remove_rebase(r.id, t0()).unwrap();
        assert!(matches!(
            kiosk.remove_rebase(r.id, t0()),
            Err(KioskError::Rebase(RebaseProblem::NotFound))
        ));
        assert_eq!(audit_count(&kiosk, "mdc-rebase-added"), 1);
        assert_eq!(audit_count(&kiosk, "mdc-rebase-removed"), 1);

        // A member of staff who is not an administrator reads the chart but cannot rebase.
        let officer = kiosk
            .add_staff("Ola Officer", "739184", false, t0())
            .unwrap();
        kiosk.log_out(t0()).unwrap();
        log_in(&kiosk, officer.id, "739184");
        assert!(kiosk.report(&query(), t0()).is_ok());
        assert!(matches!(
            kiosk.add_rebase(Measure::AccessGranted, week, "Mine", t0()),
            Err(KioskError::NotAdmin)
        ));
    }

    fn entries(kiosk: &Kiosk, action: &str) -> Vec<crate::store::AuditEntry> {
        kiosk
            .store()
            .audit_entries(None, Some(action), 100)
            .unwrap()
    }

    /// Makes the audit log refuse entries with this action (as a full disk would refuse the
    /// write), on the kiosk's own connection.
    fn refuse_audit(kiosk: &Kiosk, action: &str) {
        kiosk
            .store()
            .conn_for_tests()
            .execute_batch(&format!(
                "CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log
                 WHEN NEW.action = '{action}' BEGIN SELECT RAISE(ABORT, 'refused'); END;"
            ))
            .unwrap();
    }

    #[test]
    fn adding_and_removing_a_rebase_each_leave_one_audit_entry_with_the_administrator() {
        let (_dir, kiosk) = open_kiosk();
        let admin = admin_logged_in(&kiosk);
        let week = NaiveDate::from_ymd_opt(2026, 10, 7).unwrap();
        let r = kiosk
            .add_rebase(Measure::AccessGranted, week, "New script", t0())
            .unwrap();
        let added = entries(&kiosk, "mdc-rebase-added");
        assert_eq!(added.len(), 1);
        assert_eq!(
            (added[0].staff_id, added[0].actor.as_str()),
            (Some(admin.id), admin.name.as_str())
        );
        assert_eq!(
            added[0].details,
            json!({ "measure": "access-granted", "week": "2026-10-05", "reason": "New script" })
        );
        assert!(entries(&kiosk, "mdc-rebase-removed").is_empty());

        kiosk.remove_rebase(r.id, t0()).unwrap();
        let removed = entries(&kiosk, "mdc-rebase-removed");
        assert_eq!(removed.len(), 1);
        assert_eq!(
            (removed[0].staff_id, removed[0].actor.as_str()),
            (Some(admin.id), admin.name.as_str())
        );
        assert_eq!(removed[0].details, added[0].details, "what was removed");
        assert_eq!(entries(&kiosk, "mdc-rebase-added").len(), 1);
    }

    #[test]
    fn a_rebase_whose_audit_entry_fails_is_not_added() {
        let (_dir, kiosk) = open_kiosk();
        admin_logged_in(&kiosk);
        refuse_audit(&kiosk, "mdc-rebase-added");
        let week = NaiveDate::from_ymd_opt(2026, 10, 7).unwrap();
        assert!(matches!(
            kiosk.add_rebase(Measure::AccessGranted, week, "New script", t0()),
            Err(KioskError::Store(_))
        ));
        assert!(kiosk.report(&query(), t0()).unwrap().mdc.rebases.is_empty());
        assert!(entries(&kiosk, "mdc-rebase-added").is_empty());
    }

    #[test]
    fn a_removal_whose_audit_entry_fails_leaves_the_rebase() {
        let (_dir, kiosk) = open_kiosk();
        admin_logged_in(&kiosk);
        let week = NaiveDate::from_ymd_opt(2026, 10, 7).unwrap();
        let r = kiosk
            .add_rebase(Measure::AccessGranted, week, "New script", t0())
            .unwrap();
        refuse_audit(&kiosk, "mdc-rebase-removed");
        assert!(matches!(
            kiosk.remove_rebase(r.id, t0()),
            Err(KioskError::Store(_))
        ));
        assert_eq!(kiosk.report(&query(), t0()).unwrap().mdc.rebases, vec![r]);
        assert!(entries(&kiosk, "mdc-rebase-removed").is_empty());
    }

    #[test]
    fn chart_settings_are_saved_applied_and_audited() {
        let (dir, kiosk) = open_kiosk();
        admin_logged_in(&kiosk);
        let mut form = kiosk.chart_settings(t0()).unwrap().form;
        form.targets.insert(Measure::AccessGranted, "4".into());
        form.screen_outliers = false;
        kiosk.save_chart_settings(&form, t0()).unwrap();
        assert_eq!(kiosk.config().mdc_targets[&Measure::AccessGranted], 4.0);
        let on_disk = std::fs::read_to_string(dir.path().join("practice.toml")).unwrap();
        assert!(
            on_disk.contains("mdc_targets = { access-granted = 4.0 }"),
            "{on_disk}"
        );
        assert!(on_disk.contains("mdc_screen_outliers = false"));
        assert_eq!(audit_count(&kiosk, "settings-changed"), 1);
        let view = kiosk.report(&query(), t0()).unwrap();
        assert_eq!(view.mdc.chart.target, Some(4.0), "applied at once");

        form.fix_limits_after = "3".into();
        assert!(matches!(
            kiosk.save_chart_settings(&form, t0()),
            Err(KioskError::InvalidSettings(p)) if p[0].field == "mdc-fix-limits-after"
        ));
    }

    #[test]
    fn the_printed_report_has_every_measure_s_chart() {
        let (_dir, kiosk) = open_kiosk();
        admin_logged_in(&kiosk);
        let html = kiosk
            .report_print_page(&query(), PrintedChart::Mdc, t0())
            .unwrap();
        assert_eq!(
            html.matches("<section class=\"report-print-chart\"")
                .count(),
            Measure::ALL.len()
        );
        assert!(html.contains("class=\"mdc-chart\"") && html.contains("Demo Surgery"));
        let runs = kiosk
            .report_print_page(&query(), PrintedChart::RunChart, t0())
            .unwrap();
        assert!(!runs.contains("class=\"mdc-chart\""));
        let bengali = ChartQuery {
            breakdown: Breakdown::Language,
            group: "bn".into(),
            ..query()
        };
        let html = kiosk
            .report_print_page(&bengali, PrintedChart::Mdc, t0())
            .unwrap();
        assert!(
            html.contains("<p>Only \u{2068}Language\u{2069}: \u{2068}bn\u{2069}</p>"),
            "{html}"
        );
    }
}
