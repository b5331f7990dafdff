//! Validation of what a patient types at the kiosk.
//!
//! The UI may pre-check, but these functions decide. Each rejection is a stable
//! [`FieldErrorCode`] that the UI turns into a Fluent message (`error-<code>`) in the
//! patient's own language; nothing here produces user-facing text.
//!
//! Invariants:
//! - names are kept as typed (after trimming) in any script; only characters that can
//!   hide or reorder text (controls, bidi overrides and isolates) are refused;
//! - dates of birth are real calendar dates, not in the future, age at most 120;
//! - a mobile is a UK mobile range and is normalised to `+447XXXXXXXXX`;
//! - an NHS number passes the modulus 11 check and is normalised to 10 digits.

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use unicode_general_category::{get_general_category, GeneralCategory};

/// The longest name part we accept, in Unicode scalar values.
pub const NAME_MAX_CHARS: usize = 100;
/// The oldest age we accept for a date of birth.
pub const MAX_AGE_YEARS: i32 = 120;
/// RFC 5321 limit on a whole address.
const EMAIL_MAX_LEN: usize = 254;

/// Which form field a rejection belongs to; the UI shows the message beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    NhsApp,
    FirstName,
    LastName,
    DateOfBirth,
    Mobile,
    Email,
    Contact,
    NhsNumber,
    CarerFirstName,
    CarerLastName,
    Relationship,
    Basis,
    IdDocuments,
}

/// Why a field was refused. Serialised in kebab-case; the Fluent id is `error-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum FieldErrorCode {
    NameMissing,
    NameTooLong,
    NameHiddenCharacters,
    NameNoLetters,
    NameSymbols,
    DobMissing,
    DobNotADate,
    DobInFuture,
    DobTooOld,
    MobileInvalid,
    MobileNotMobile,
    EmailInvalid,
    ContactMissing,
    NhsNumberLength,
    NhsNumberCheckDigit,
    IdDocumentsMissing,
    NhsAppMissing,
    /// A child under 13 asking for themselves: only a parent or carer can ask for them.
    DobUnder13NeedsCarer,
    RelationshipMissing,
    BasisMissing,
}

impl FieldErrorCode {
    /// The Fluent message id that explains this error to a patient.
    pub fn message_id(self) -> String {
        let code = serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        format!("error-{code}")
    }
}

/// One rejected field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub code: FieldErrorCode,
}

/// A person's name part (first or last), trimmed, in any script.
pub fn name(raw: &str) -> Result<String, FieldErrorCode> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(FieldErrorCode::NameMissing);
    }
    if trimmed.chars().count() > NAME_MAX_CHARS {
        return Err(FieldErrorCode::NameTooLong);
    }
    if trimmed.chars().any(is_hidden_or_reordering) {
        return Err(FieldErrorCode::NameHiddenCharacters);
    }
    if !trimmed.chars().any(char::is_alphabetic) {
        return Err(FieldErrorCode::NameNoLetters);
    }
    if !trimmed.chars().all(is_name_char) {
        return Err(FieldErrorCode::NameSymbols);
    }
    Ok(trimmed.to_owned())
}

/// Controls and the bidi formatting characters that can make stored text display
/// differently from what was typed (overrides, embeddings, isolates, marks).
fn is_hidden_or_reordering(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{202A}'..='\u{202E}' // LRE RLE PDF LRO RLO
            | '\u{2066}'..='\u{2069}' // LRI RLI FSI PDI
            | '\u{200E}' | '\u{200F}' | '\u{061C}' // LRM RLM ALM
            | '\u{FEFF}' | '\u{200B}' // BOM / zero-width no-break space, zero-width space
        )
}

/// Letters and combining marks of any script, plus the separators that names use.
/// ZWJ and ZWNJ are kept: Bengali, Urdu and Persian spelling needs them.
fn is_name_char(c: char) -> bool {
    if c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.' | '\u{200C}' | '\u{200D}') {
        return true;
    }
    matches!(
        get_general_category(c),
        GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
            | GeneralCategory::EnclosingMark
    )
}

/// A date of birth from three separately typed parts, checked against `today`.
pub fn date_of_birth(
    day: &str,
    month: &str,
    year: &str,
    today: NaiveDate,
) -> Result<NaiveDate, FieldErrorCode> {
    let parts = [day.trim(), month.trim(), year.trim()];
    if parts.iter().all(|p| p.is_empty()) {
        return Err(FieldErrorCode::DobMissing);
    }
    let number = |s: &str| -> Option<u32> {
        if s.is_empty() || s.len() > 4 || !s.chars().all(|c| c.is_ascii_digit()) {
            None
        } else {
            s.parse().ok()
        }
    };
    let (Some(d), Some(m), Some(y)) = (number(parts[0]), number(parts[1]), number(parts[2])) else {
        return Err(FieldErrorCode::DobNotADate);
    };
    // A two-digit year is ambiguous: ask for all four digits.
    if parts[2].len() != 4 {
        return Err(FieldErrorCode::DobNotADate);
    }
    let year = i32::try_from(y).map_err(|_| FieldErrorCode::DobNotADate)?;
    let dob = NaiveDate::from_ymd_opt(year, m, d).ok_or(FieldErrorCode::DobNotADate)?;
    if dob > today {
        return Err(FieldErrorCode::DobInFuture);
    }
    if age_on(dob, today) > MAX_AGE_YEARS {
        return Err(FieldErrorCode::DobTooOld);
    }
    Ok(dob)
}

/// The tablet's own day at `now` (Europe/London at a practice), not UTC's, which is a day
/// behind for the hour after midnight in summer: every age limit (13, 16, a child's review
/// age) and every date a patient or member of staff reads is counted from it.
pub fn local_day(now: DateTime<Utc>) -> NaiveDate {
    day_in(now, &chrono::Local)
}

/// The day at `now` in the time zone `tz` ([`local_day`] with the tablet's own zone).
pub fn day_in<Tz: TimeZone>(now: DateTime<Utc>, tz: &Tz) -> NaiveDate {
    now.with_timezone(tz).date_naive()
}

/// Age in whole years on `today`.
pub fn age_on(dob: NaiveDate, today: NaiveDate) -> i32 {
    let mut age = today.year() - dob.year();
    if (today.month(), today.day()) < (dob.month(), dob.day()) {
        age -= 1;
    }
    age
}

/// A UK mobile number, normalised to `+447XXXXXXXXX`.
///
/// Accepts `07…` and `+44 7…` (also `0044 7…`), with spaces, dashes, dots or brackets.
/// Ranges 071–075 and 077–079 are mobiles; 070 (personal numbering) and 076 (pagers)
/// are not, and neither are landlines.
pub fn uk_mobile(raw: &str) -> Result<String, FieldErrorCode> {
    let compact: String = raw
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{00A0}'))
        .collect();
    let national = if let Some(rest) = compact.strip_prefix("+44") {
        rest.strip_prefix('0').unwrap_or(rest).to_owned()
    } else if let Some(rest) = compact.strip_prefix("0044") {
        rest.to_owned()
    } else if let Some(rest) = compact.strip_prefix('0') {
        rest.to_owned()
    } else {
        return Err(FieldErrorCode::MobileInvalid);
    };
    if national.len() != 10 || !national.chars().all(|c| c.is_ascii_digit()) {
        return Err(FieldErrorCode::MobileInvalid);
    }
    let range = &national[..2];
    match range {
        "71" | "72" | "73" | "74" | "75" | "77" | "78" | "79" => Ok(format!("+44{national}")),
        _ => Err(FieldErrorCode::MobileNotMobile),
    }
}

/// An email address of sane shape: one `@`, a local part, a dotted domain, no spaces.
/// Deliverability is not checked: the practice confirms contact details in person.
pub fn email(raw: &str) -> Result<String, FieldErrorCode> {
    let e = raw.trim();
    let bad = || FieldErrorCode::EmailInvalid;
    if e.len() > EMAIL_MAX_LEN || e.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad());
    }
    let (local, domain) = e.split_once('@').ok_or_else(bad)?;
    if local.is_empty() || domain.contains('@') || local.len() > 64 {
        return Err(bad());
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2
        || labels
            .iter()
            .any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-'))
    {
        return Err(bad());
    }
    Ok(e.to_owned())
}

/// An NHS number: 10 digits (spaces or dashes allowed) passing the modulus 11 check.
pub fn nhs_number(raw: &str) -> Result<String, FieldErrorCode> {
    let digits: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{00A0}'))
        .collect();
    if digits.len() != 10 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(FieldErrorCode::NhsNumberLength);
    }
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    let sum: u32 = d[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(digit, weight)| digit * weight)
        .sum();
    let check = match 11 - (sum % 11) {
        11 => 0,
        10 => return Err(FieldErrorCode::NhsNumberCheckDigit),
        c => c,
    };
    if check != d[9] {
        return Err(FieldErrorCode::NhsNumberCheckDigit);
    }
    Ok(digits)
}

/// Formats a stored 10-digit NHS number as `XXX XXX XXXX`.
pub fn format_nhs_number(digits: &str) -> String {
    if digits.len() == 10 && digits.is_ascii() {
        format!("{} {} {}", &digits[..3], &digits[3..6], &digits[6..])
    } else {
        digits.to_owned()
    }
}

/// Whether `code` has the form of a GP practice's ODS (organisation) code: one capital
/// letter and five digits, e.g. `F84001` (NHS England's Organisation Data Service).
pub fn is_ods_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 6 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_age_counts_from_the_tablets_own_day_not_utcs() {
        use super::{age_on, day_in};
        use chrono::{FixedOffset, NaiveDate, TimeZone, Utc};
        // 00:30 on 1 July in London (BST, UTC+1) is still 30 June in UTC.
        let now = Utc.with_ymd_and_hms(2026, 6, 30, 23, 30, 0).unwrap();
        let london_summer = FixedOffset::east_opt(3600).unwrap();
        let today = day_in(now, &london_summer);
        assert_eq!(today, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
        let born = NaiveDate::from_ymd_opt(2010, 7, 1).unwrap();
        assert_eq!(age_on(born, today), 16, "16 today at the practice");
        assert_eq!(
            age_on(born, now.date_naive()),
            15,
            "UTC's day is a day behind"
        );
        assert_eq!(day_in(now, &Utc), now.date_naive());
    }

    #[test]
    fn ods_codes_are_a_letter_and_five_digits() {
        assert!(is_ods_code("F84001"));
        assert!(is_ods_code("Y00123"));
        for bad in [
            "f84001", "F8400", "F840011", "84001F", "", "F84 01", "F８4001",
        ] {
            assert!(!is_ods_code(bad), "{bad:?}");
        }
    }

    use super::*;
    use rstest::rstest;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[rstest]
    #[case::bengali("রহিম", "রহিম")]
    #[case::bengali_with_virama_and_zwj("র‍্যাব", "র‍্যাব")]
    #[case::arabic("فاطمة", "فاطمة")]
    #[case::urdu_with_zwnj("عائشہ‌بی", "عائشہ‌بی")]
    #[case::chinese("王小明", "王小明")]
    #[case::accented_latin("  Zoë Ó'Brien-Łukasiewicz ", "Zoë Ó'Brien-Łukasiewicz")]
    #[case::initials("J. R.", "J. R.")]
    fn names_in_any_script_are_kept_as_typed(#[case] raw: &str, #[case] stored: &str) {
        assert_eq!(
            name(raw),
            Ok(stored.to_owned()),
            "a real name must be accepted and trimmed"
        );
    }

    #[rstest]
    #[case::empty("", FieldErrorCode::NameMissing)]
    #[case::only_spaces("   ", FieldErrorCode::NameMissing)]
    #[case::emoji_only("😀", FieldErrorCode::NameNoLetters)]
    #[case::emoji_in_name("Sam 😀", FieldErrorCode::NameSymbols)]
    #[case::digits_only("12345", FieldErrorCode::NameNoLetters)]
    #[case::markup("<b>Ann</b>", FieldErrorCode::NameSymbols)]
    #[case::right_to_left_override("Ann\u{202E}nhoJ", FieldErrorCode::NameHiddenCharacters)]
    #[case::isolate("\u{2067}Ann", FieldErrorCode::NameHiddenCharacters)]
    #[case::newline("Ann\nSmith", FieldErrorCode::NameHiddenCharacters)]
    #[case::zero_width_space("An\u{200B}n", FieldErrorCode::NameHiddenCharacters)]
    fn names_that_hide_or_are_not_names_are_refused(
        #[case] raw: &str,
        #[case] code: FieldErrorCode,
    ) {
        assert_eq!(name(raw), Err(code));
    }

    #[test]
    fn name_length_is_counted_in_characters_not_bytes() {
        let bengali_100 = "ক".repeat(100);
        assert!(
            name(&bengali_100).is_ok(),
            "100 Bengali letters are 300 bytes but allowed"
        );
        assert_eq!(name(&"a".repeat(101)), Err(FieldErrorCode::NameTooLong));
    }

    #[rstest]
    #[case::leap_year_29_february("29", "2", "2024", Ok((2024, 2, 29)))]
    #[case::non_leap_year_29_february("29", "2", "2023", Err(FieldErrorCode::DobNotADate))]
    #[case::century_not_leap("29", "2", "1900", Err(FieldErrorCode::DobNotADate))]
    #[case::leap_century("29", "2", "2000", Ok((2000, 2, 29)))]
    #[case::future("1", "1", "2027", Err(FieldErrorCode::DobInFuture))]
    #[case::tomorrow("26", "11", "2026", Err(FieldErrorCode::DobInFuture))]
    #[case::today_newborn("25", "11", "2026", Ok((2026, 11, 25)))]
    #[case::age_120("25", "11", "1906", Ok((1906, 11, 25)))]
    #[case::age_121("24", "11", "1905", Err(FieldErrorCode::DobTooOld))]
    #[case::month_13("1", "13", "1980", Err(FieldErrorCode::DobNotADate))]
    #[case::two_digit_year("1", "2", "80", Err(FieldErrorCode::DobNotADate))]
    #[case::letters("one", "2", "1980", Err(FieldErrorCode::DobNotADate))]
    #[case::all_empty("", "", "", Err(FieldErrorCode::DobMissing))]
    #[case::padded(" 07 ", "03", "1985", Ok((1985, 3, 7)))]
    fn dates_of_birth(
        #[case] d: &str,
        #[case] m: &str,
        #[case] y: &str,
        #[case] expected: Result<(i32, u32, u32), FieldErrorCode>,
    ) {
        let expected = expected.map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap());
        assert_eq!(date_of_birth(d, m, y, today()), expected);
    }

    #[rstest]
    #[case::zero_seven("07700 900123", "+447700900123")]
    #[case::plus_44("+44 7700 900123", "+447700900123")]
    #[case::plus_44_with_zero("+44 (0)7700 900123", "+447700900123")]
    #[case::double_zero("0044 7700-900-123", "+447700900123")]
    #[case::range_071("07123 456789", "+447123456789")]
    #[case::range_079("07912 345678", "+447912345678")]
    fn uk_mobiles_are_normalised(#[case] raw: &str, #[case] normalised: &str) {
        assert_eq!(uk_mobile(raw), Ok(normalised.to_owned()));
    }

    #[rstest]
    #[case::london_landline("020 7946 0000", FieldErrorCode::MobileNotMobile)]
    #[case::geographic_01("01632 960000", FieldErrorCode::MobileNotMobile)]
    #[case::personal_070("07012 345678", FieldErrorCode::MobileNotMobile)]
    #[case::pager_076("07624 123456", FieldErrorCode::MobileNotMobile)]
    #[case::too_short("07700 90012", FieldErrorCode::MobileInvalid)]
    #[case::too_long("07700 9001234", FieldErrorCode::MobileInvalid)]
    #[case::letters("07700 9OO123", FieldErrorCode::MobileInvalid)]
    #[case::foreign("+33 6 12 34 56 78", FieldErrorCode::MobileInvalid)]
    #[case::empty("", FieldErrorCode::MobileInvalid)]
    fn non_mobiles_are_refused(#[case] raw: &str, #[case] code: FieldErrorCode) {
        assert_eq!(uk_mobile(raw), Err(code));
    }

    #[rstest]
    #[case::plain("sam@example.org", true)]
    #[case::subdomain(" a.b+c@mail.example.co.uk ", true)]
    #[case::no_at("sam.example.org", false)]
    #[case::two_ats("sam@@example.org", false)]
    #[case::no_dot("sam@localhost", false)]
    #[case::space("sam smith@example.org", false)]
    #[case::empty_label("sam@example..org", false)]
    fn emails(#[case] raw: &str, #[case] ok: bool) {
        assert_eq!(email(raw).is_ok(), ok, "{raw:?}");
    }

    #[rstest]
    #[case::valid_spaced("943 476 5919", Ok("9434765919"))]
    #[case::valid_compact("9434765919", Ok("9434765919"))]
    #[case::valid_dashes("943-476-5919", Ok("9434765919"))]
    #[case::wrong_check_digit("943 476 5918", Err(FieldErrorCode::NhsNumberCheckDigit))]
    #[case::check_digit_ten("000 000 0060", Err(FieldErrorCode::NhsNumberCheckDigit))]
    #[case::nine_digits("943 476 591", Err(FieldErrorCode::NhsNumberLength))]
    #[case::letters("943 476 591X", Err(FieldErrorCode::NhsNumberLength))]
    fn nhs_numbers(#[case] raw: &str, #[case] expected: Result<&str, FieldErrorCode>) {
        assert_eq!(nhs_number(raw), expected.map(str::to_owned));
    }

    #[test]
    fn check_digit_eleven_becomes_zero() {
        // Weighted sum 0: 11 − 0 = 11, which the rule turns into 0.
        assert_eq!(nhs_number("0000000000"), Ok("0000000000".to_owned()));
        // 1×10 + 5×2 = 20; 20 mod 11 = 9; 11 − 9 = 2.
        assert_eq!(nhs_number("1000000052"), Ok("1000000052".to_owned()));
    }

    #[test]
    fn error_codes_map_to_fluent_ids() {
        assert_eq!(
            FieldErrorCode::MobileNotMobile.message_id(),
            "error-mobile-not-mobile"
        );
        assert_eq!(
            FieldErrorCode::DobInFuture.message_id(),
            "error-dob-in-future"
        );
    }

    #[test]
    fn nhs_number_is_shown_in_three_groups() {
        assert_eq!(format_nhs_number("9434765919"), "943 476 5919");
    }
}
