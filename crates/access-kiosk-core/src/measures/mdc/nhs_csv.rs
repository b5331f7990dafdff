//! One measure's weekly series in the shape the NHS's SPC tools read directly: one row per
//! week, `date,value,target,rebase`. `NHSRplotthedots` takes it as `value_field = value,
//! date_field = date` with `ptd_target()` of the target column and `ptd_rebase()` of the dates
//! marked 1; the Making Data Count Excel tool takes the date and value columns pasted in, and
//! the target. README ("CSV for the NHS tools") shows both.
//!
//! The weeks are those of the chart ([`crate::reports::mdc::mdc_chart`]): whole weeks only,
//! so a week the period covers only in part (the week in progress) has no row. A week with
//! no value (a conversion with nothing to convert) has an empty value, which R reads as
//! `NA`, never a zero. Values are written in full (Rust's shortest exact form), so
//! a tool's limits agree with the kiosk's to the last digit.

use chrono::NaiveDate;

/// The header of the file.
pub const HEADER: &str = "date,value,target,rebase";

/// The CSV: one row per week (`weeks[i]` is week `i`'s first day), with the target on every
/// row (empty when there is none) and `1` on the weeks where a new stretch starts.
pub fn to_csv(
    weeks: &[NaiveDate],
    values: &[Option<f64>],
    target: Option<f64>,
    rebases: &[usize],
) -> String {
    let mut out = String::with_capacity(32 * weeks.len() + 32);
    out.push_str(HEADER);
    out.push('\n');
    let target = target.map(|t| t.to_string()).unwrap_or_default();
    for (i, week) in weeks.iter().enumerate() {
        let value = values
            .get(i)
            .copied()
            .flatten()
            .map(|v| v.to_string())
            .unwrap_or_default();
        let rebase = u8::from(rebases.contains(&i));
        out.push_str(&format!("{week},{value},{target},{rebase}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_a_week_with_gaps_empty_and_rebases_marked() {
        let week = |d: u32| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let csv = to_csv(
            &[week(2), week(9), week(16)],
            &[Some(12.0), None, Some(200.0 / 3.0)],
            Some(20.0),
            &[2],
        );
        assert_eq!(
            csv,
            "date,value,target,rebase\n\
             2026-11-02,12,20,0\n\
             2026-11-09,,20,0\n\
             2026-11-16,66.66666666666667,20,1\n"
        );
        let no_target = to_csv(&[week(2)], &[Some(1.5)], None, &[]);
        assert_eq!(no_target, "date,value,target,rebase\n2026-11-02,1.5,,0\n");
    }
}
