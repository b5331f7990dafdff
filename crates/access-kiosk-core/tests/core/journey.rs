//! The patient's journey (`src/journey/`), fed hostile input: each field of the interest
//! form on its own (names, dates of birth, contact details, NHS numbers, references typed
//! back at the desk; `validation.rs`, the reference in `mod.rs`), then the whole form
//! (`interest_form.rs`) and the free text of the staff's steps (`sign_up.rs`). Each must keep
//! the input faithfully or refuse it with a stable reason — never panic, never change what
//! it keeps. The plain cases each rule is built on live beside the code; these tests are
//! about the space between them.

use access_kiosk_core::journey::sign_up::{Step, StepProblem};
use access_kiosk_core::journey::validation::{self, Field, FieldErrorCode};
use access_kiosk_core::journey::{
    IdDocumentsToday, InterestForm, NhsApp, Path as SignUpPath, Reference, Relationship,
    StatedBasis, REFERENCE_ALPHABET,
};
use chrono::{Datelike, Duration};
use proptest::prelude::*;

use crate::support::hostile::{hostile_text, real_name, today};

/// The NHS number check digit for nine digits, or `None` where the rule has no digit (10).
fn check_digit(nine: &[u32]) -> Option<u32> {
    let sum: u32 = nine.iter().zip((2..=10).rev()).map(|(d, w)| d * w).sum();
    match 11 - (sum % 11) {
        11 => Some(0),
        10 => None,
        c => Some(c),
    }
}

fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{FEFF}'
                | '\u{200B}'
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    // ---- Names -------------------------------------------------------------------------

    #[test]
    fn a_name_is_kept_exactly_as_typed_or_refused_with_a_reason(raw in hostile_text()) {
        match validation::name(&raw) {
            Ok(kept) => {
                prop_assert_eq!(&kept, raw.trim(), "only the ends are trimmed");
                prop_assert!((1..=validation::NAME_MAX_CHARS).contains(&kept.chars().count()));
                prop_assert!(!kept.chars().any(is_hidden), "no hidden or reordering characters");
                prop_assert!(kept.chars().any(char::is_alphabetic));
                prop_assert!(
                    !kept.contains(['<', '>', '"', ';', '=', '(', ')', '{', '}', '%', '\\']),
                    "markup and SQL punctuation never get into a name: {kept:?}"
                );
                prop_assert_eq!(validation::name(&kept), Ok(kept.clone()), "idempotent");
            }
            Err(code) => prop_assert!(matches!(
                code,
                FieldErrorCode::NameMissing
                    | FieldErrorCode::NameTooLong
                    | FieldErrorCode::NameHiddenCharacters
                    | FieldErrorCode::NameNoLetters
                    | FieldErrorCode::NameSymbols
            )),
        }
    }

    #[test]
    fn names_in_any_script_mixed_and_joined_are_accepted_unchanged(n in real_name()) {
        prop_assert_eq!(validation::name(&format!("  {n}\u{00A0}")), Ok(n.clone()));
    }

    #[test]
    fn a_bidi_override_or_zero_width_space_anywhere_in_a_name_is_refused(
        n in real_name(),
        at in any::<prop::sample::Index>(),
        hidden in prop::sample::select(&['\u{202E}', '\u{202D}', '\u{2067}', '\u{2069}', '\u{200B}', '\u{200F}', '\u{FEFF}', '\u{0000}'][..]),
    ) {
        let mut chars: Vec<char> = n.chars().collect();
        let i = at.index(chars.len() + 1);
        chars.insert(i, hidden);
        let s: String = chars.into_iter().collect();
        // At the very ends a few of these count as white space and are trimmed away.
        if s.trim() != n.as_str() {
            prop_assert_eq!(validation::name(&s), Err(FieldErrorCode::NameHiddenCharacters));
        }
    }

    #[test]
    fn markup_in_a_name_is_refused(n in real_name(), tag in prop::sample::select(&["<", ">", "<img src=x onerror=alert(1)>", "</td>"][..])) {
        let s = format!("{n}{tag}");
        prop_assert!(validation::name(&s).is_err());
    }

    // ---- Dates of birth ----------------------------------------------------------------

    #[test]
    fn any_typed_date_of_birth_is_a_real_past_date_within_120_years_or_refused(
        d in hostile_text(), m in "[0-9]{0,3}|.{0,4}", y in "[0-9]{0,5}|.{0,5}"
    ) {
        if let Ok(dob) = validation::date_of_birth(&d, &m, &y, today()) {
            prop_assert!(dob <= today());
            prop_assert!(validation::age_on(dob, today()) <= validation::MAX_AGE_YEARS);
            prop_assert_eq!(dob.day().to_string(), d.trim().trim_start_matches('0'));
        }
    }

    #[test]
    fn every_date_in_the_last_120_years_round_trips_however_it_is_padded(
        back in 0i64..(120 * 365), pad in prop::bool::ANY, spaces in prop::bool::ANY
    ) {
        let dob = today() - Duration::days(back);
        let fmt = |n: u32| {
            let s = if pad { format!("{n:02}") } else { n.to_string() };
            if spaces { format!(" {s} ") } else { s }
        };
        prop_assert_eq!(
            validation::date_of_birth(&fmt(dob.day()), &fmt(dob.month()), &dob.year().to_string(), today()),
            Ok(dob)
        );
    }

    // ---- Contact details ---------------------------------------------------------------

    #[test]
    fn a_mobile_is_normalised_to_one_uk_mobile_form_or_refused(raw in hostile_text()) {
        if let Ok(m) = validation::uk_mobile(&raw) {
            prop_assert_eq!(m.len(), 13);
            prop_assert!(m.starts_with("+447"));
            prop_assert!(m[1..].bytes().all(|b| b.is_ascii_digit()));
            prop_assert!(!matches!(&m[3..5], "70" | "76"));
            prop_assert_eq!(validation::uk_mobile(&m), Ok(m.clone()), "idempotent");
        }
    }

    #[test]
    fn uk_mobiles_typed_any_common_way_are_accepted(
        range in prop::sample::select(&["71", "72", "73", "74", "75", "77", "78", "79"][..]),
        rest in "[0-9]{8}",
        style in 0usize..5,
    ) {
        let national = format!("7{}{}", &range[1..], rest);
        let typed = match style {
            0 => format!("0{national}"),
            1 => format!("0{} {}", &national[..4], &national[4..]),
            2 => format!("+44 {} {}", &national[..4], &national[4..]),
            3 => format!("+44 (0){national}"),
            _ => format!("0044-{}-{}", &national[..4], &national[4..]),
        };
        prop_assert_eq!(validation::uk_mobile(&typed), Ok(format!("+44{national}")));
    }

    #[test]
    fn an_email_is_kept_as_typed_or_refused(raw in hostile_text()) {
        if let Ok(e) = validation::email(&raw) {
            prop_assert_eq!(e.as_str(), raw.trim());
            prop_assert_eq!(e.matches('@').count(), 1);
            prop_assert!(e.len() <= 254);
            prop_assert!(!e.chars().any(|c| c.is_whitespace() || c.is_control()));
        }
    }

    // ---- NHS numbers -------------------------------------------------------------------

    #[test]
    fn an_accepted_nhs_number_is_ten_digits_with_a_valid_check_digit(raw in hostile_text()) {
        if let Ok(n) = validation::nhs_number(&raw) {
            let d: Vec<u32> = n.chars().filter_map(|c| c.to_digit(10)).collect();
            prop_assert_eq!(d.len(), 10);
            prop_assert_eq!(check_digit(&d[..9]), Some(d[9]));
        }
    }

    #[test]
    fn every_valid_nhs_number_is_accepted_and_any_one_digit_typo_is_caught(
        nine in prop::collection::vec(0u32..10, 9), at in 0usize..10, by in 1u32..10
    ) {
        let Some(check) = check_digit(&nine) else { return Ok(()); };
        let mut digits = nine.clone();
        digits.push(check);
        let s: String = digits.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
        prop_assert_eq!(validation::nhs_number(&s), Ok(s.clone()));
        let spaced = validation::format_nhs_number(&s);
        prop_assert_eq!(validation::nhs_number(&spaced), Ok(s.clone()));
        digits[at] = (digits[at] + by) % 10;
        let typo: String = digits.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
        prop_assert_eq!(validation::nhs_number(&typo), Err(FieldErrorCode::NhsNumberCheckDigit));
    }

    #[test]
    fn ods_codes_are_exactly_a_capital_and_five_digits(raw in hostile_text()) {
        let b = raw.as_bytes();
        let expected = b.len() == 6 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit);
        prop_assert_eq!(validation::is_ods_code(&raw), expected);
    }

    // ---- References --------------------------------------------------------------------

    #[test]
    fn a_typed_reference_parses_only_to_six_characters_of_the_alphabet(raw in hostile_text()) {
        if let Some(r) = Reference::parse(&raw) {
            prop_assert_eq!(r.as_str().len(), 6);
            prop_assert!(r.as_str().bytes().all(|b| REFERENCE_ALPHABET.contains(&b)));
        }
    }

    #[test]
    fn a_reference_typed_in_lower_case_with_spaces_is_the_same_reference(seed in any::<u64>()) {
        let _ = seed;
        let r = Reference::random().unwrap();
        let typed = format!(" {} {} ", r.as_str()[..3].to_lowercase(), &r.as_str()[3..]);
        prop_assert_eq!(Reference::parse(&typed), Some(r));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    // ---- The whole form ----------------------------------------------------------------

    #[test]
    fn the_interest_form_reports_each_field_once_or_keeps_every_answer(
        first in hostile_text(), last in hostile_text(),
        day in "[0-9]{1,2}|.{0,3}", month in "[0-9]{1,2}|.{0,3}", year in "(19|20)[0-9]{2}|.{0,5}",
        mobile in hostile_text(), email in hostile_text(), nhs in hostile_text(),
        docs in prop::option::of(prop::sample::select(&[IdDocumentsToday::Both, IdDocumentsToday::PhotoIdOnly, IdDocumentsToday::AddressOnly, IdDocumentsToday::Neither, IdDocumentsToday::NotNeeded][..])),
        wants in any::<(bool, bool, bool, bool)>(),
        nhs_app in prop::option::of(prop::sample::select(&[NhsApp::Verified, NhsApp::Started, NhsApp::No, NhsApp::NotSure][..])),
        carer in (hostile_text(), hostile_text()),
        relationship in prop::option::of(prop::sample::select(&Relationship::ALL[..])),
        basis in prop::option::of(prop::sample::select(&StatedBasis::ALL[..])),
    ) {
        let form = InterestForm {
            nhs_app,
            first_name: first.clone(), last_name: last.clone(),
            dob_day: day, dob_month: month, dob_year: year,
            mobile, email, nhs_number: nhs,
            carer_first_name: carer.0.clone(), carer_last_name: carer.1.clone(),
            relationship, basis,
            wants_services: wants.0, wants_new_entries: wants.1, wants_older_record: wants.2,
            for_someone_else: wants.3,
            id_documents: docs,
        };
        let check = form.check(today());
        match form.validate(today()) {
            Ok(i) => {
                prop_assert_eq!(i.person.first_name.as_str(), first.trim());
                prop_assert_eq!(i.person.last_name.as_str(), last.trim());
                prop_assert!(i.person.mobile.is_some() || i.person.email.is_some());
                prop_assert_eq!(i.wants.services, wants.0);
                prop_assert_eq!(i.wants.new_entries, wants.1 && i.path != SignUpPath::YoungPerson);
                prop_assert_eq!(i.for_someone_else(), wants.3);
                prop_assert_eq!(Some(i.path), check.path, "the page is steered as the store decides");
                prop_assert!(check.errors.is_empty());
                match &i.person.carer {
                    Some(c) => prop_assert_eq!(c.first_name.as_str(), carer.0.trim()),
                    None => prop_assert!(!wants.3),
                }
                if i.id_documents == IdDocumentsToday::NotNeeded {
                    prop_assert!(!wants.3 && nhs_app == Some(NhsApp::Verified));
                } else {
                    prop_assert_eq!(Some(i.id_documents), docs);
                }
            }
            Err(errors) => {
                prop_assert_eq!(&errors, &check.errors);
                prop_assert!(!errors.is_empty(), "a refusal always says why");
                let mut fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
                let n = fields.len();
                fields.sort_by_key(|f| format!("{f:?}"));
                fields.dedup();
                prop_assert_eq!(fields.len(), n, "one message per field");
                for e in &errors {
                    prop_assert!(e.code.message_id().starts_with("error-") && e.code.message_id().len() > 6);
                }
            }
        }
    }

    // ---- Staff steps -------------------------------------------------------------------

    #[test]
    fn free_text_in_a_step_is_kept_trimmed_up_to_200_characters_or_refused(text in hostile_text()) {
        let step = Step::CouldNotVerify { missing: text.clone() };
        match step.details() {
            Ok(d) => {
                prop_assert_eq!(d["missing"].as_str(), Some(text.trim()));
                prop_assert!(text.trim().chars().count() <= 200);
            }
            Err(p) => prop_assert!(matches!(p, StepProblem::MissingNotSaid | StepProblem::TextTooLong)),
        }
        let json = serde_json::json!({ "step": "declined", "reason": text });
        let step: Step = serde_json::from_value(json).unwrap();
        let _ = step.details();
    }

    #[test]
    fn any_json_the_staff_face_could_send_as_a_step_is_parsed_or_refused_without_panic(text in hostile_text()) {
        let _ = serde_json::from_str::<Step>(&text).map(|s| s.details());
        let wrapped = format!("{{\"step\":\"identity-verified\",\"method\":\"vouching\",\"vouchedBy\":{}}}", serde_json::Value::String(text));
        let step: Step = serde_json::from_str(&wrapped).unwrap();
        let _ = step.details();
    }
}
