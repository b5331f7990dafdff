//! The whole form, the staff steps' free text, weeks and CSV cells, suppression of small
//! counts, and where the data folder is.

use super::*;

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

    // ---- Weeks and CSV -----------------------------------------------------------------

    #[test]
    fn every_day_falls_in_the_week_that_starts_on_or_before_it(
        back in 0i64..(200 * 365),
        start in prop::sample::select(&[WeekStart::Monday, WeekStart::Tuesday, WeekStart::Wednesday, WeekStart::Thursday, WeekStart::Friday, WeekStart::Saturday, WeekStart::Sunday][..]),
    ) {
        let day = NaiveDate::from_ymd_opt(2100, 1, 1).unwrap() - Duration::days(back);
        let w = start.week_of(day);
        prop_assert!(w <= day && day - w < Duration::days(7));
        prop_assert_eq!(start.week_of(w), w);
        let label = start.label(w);
        if start == WeekStart::Monday {
            let iso = day.iso_week();
            prop_assert_eq!(label, format!("{}-W{:02}", iso.year(), iso.week()));
        } else {
            prop_assert_eq!(NaiveDate::parse_from_str(&label, "%Y-%m-%d").ok(), Some(w));
        }
    }

    #[test]
    fn a_csv_field_never_starts_a_formula_and_reads_back_as_written(s in hostile_text()) {
        let f = measures::csv_field(&s);
        prop_assert!(!f.starts_with(['=', '+', '-', '@']));
        let unquoted = if f.starts_with('"') {
            prop_assert!(f.ends_with('"') && f.len() >= 2);
            f[1..f.len() - 1].replace("\"\"", "\"")
        } else {
            prop_assert!(!f.contains([',', '"', '\n', '\r']));
            f.clone()
        };
        let expected = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.clone() };
        prop_assert_eq!(unquoted, expected);
    }

    #[test]
    fn published_counts_are_suppressed_below_eight_and_rounded_to_five(n in any::<u32>().prop_map(|n| n % 1_000_000)) {
        match aggregate::publish(n) {
            None => prop_assert!((1..=7).contains(&n)),
            Some(p) => {
                prop_assert!(n == 0 || n >= 8);
                prop_assert_eq!(p % 5, 0);
                prop_assert!(p.abs_diff(n) <= 2);
            }
        }
    }

    // ---- The data folder ---------------------------------------------------------------

    #[test]
    fn the_data_folder_is_the_first_flag_else_the_environment_else_the_platform(
        args in prop::collection::vec(prop_oneof![
            Just("--data-dir".to_owned()),
            "--data-dir=[a-z/]{0,8}",
            "--[a-z-]{0,8}",
            hostile_text(),
        ], 0..6),
        env in prop::option::of("[a-z/]{0,8}"),
    ) {
        let os: Vec<OsString> = args.iter().map(OsString::from).collect();
        let got = data_dir::resolve(os, env.clone().map(OsString::from));
        // The model: the first --data-dir (with its value) wins.
        let mut expected: Option<Result<PathBuf, ()>> = None;
        for (i, a) in args.iter().enumerate() {
            if a == "--data-dir" {
                expected = Some(args.get(i + 1).map(PathBuf::from).ok_or(()));
                break;
            }
            if let Some(v) = a.strip_prefix("--data-dir=") {
                expected = Some(Ok(PathBuf::from(v)));
                break;
            }
        }
        match (expected, got) {
            (Some(Ok(p)), Ok(g)) => prop_assert_eq!(p, g),
            (Some(Err(())), Err(DataDirError::MissingValue)) => {}
            (None, Ok(g)) => match env.filter(|e| !e.is_empty()) {
                Some(e) => prop_assert_eq!(g, PathBuf::from(e)),
                None => prop_assert!(g.ends_with("access-kiosk")),
            },
            (e, g) => prop_assert!(false, "expected {e:?}, got {g:?}"),
        }
    }
}
