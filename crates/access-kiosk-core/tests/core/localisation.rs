//! Localisation (`src/localisation/`): a practice's own wording laid over the shipped
//! languages, whatever its files hold, and a message every language must have.

use access_kiosk_core::localisation::{Locales, SOURCE_LOCALE};
use proptest::prelude::*;

use crate::support::hostile::hostile_text;

#[test]
fn the_disk_full_message_exists_in_every_language() {
    use access_kiosk_core::localisation::{Locales, SOURCE_LOCALE};
    let locales = Locales::shipped().unwrap();
    let english = locales.format(SOURCE_LOCALE, "error-code-disk-full", None);
    for tag in locales.tags() {
        let status = locales.statuses().iter().find(|s| s.locale == tag).unwrap();
        match &status.text_from {
            // A spoken-first language (Sylheti) shows its text locale's message.
            Some(text_locale) => assert_eq!(
                locales.format(&tag, "error-code-disk-full", None),
                locales.format(text_locale, "error-code-disk-full", None),
                "{tag}"
            ),
            None => {
                let own = locales
                    .format_strict(&tag, "error-code-disk-full", None)
                    .unwrap_or_else(|| panic!("{tag} has no error-code-disk-full"))
                    .unwrap();
                assert!(
                    tag == SOURCE_LOCALE || own != english,
                    "{tag} is translated"
                );
            }
        }
    }
}

proptest! {
    // Each case loads every shipped language: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_practice_wording_file_is_layered_or_reported_and_every_message_still_formats(
        text in prop_oneof![
            hostile_text(),
            hostile_text().prop_map(|s| format!("form-submit = {s}\n")),
            hostile_text().prop_map(|s| format!("form-submit =\n    {s}\nkiosk-x = {{ $n ->\n [one] a\n *[other] {s}\n}}\n")),
        ]
    ) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("bn")).unwrap();
        std::fs::write(dir.path().join("bn/practice.ftl"), &text).unwrap();
        let locales = Locales::shipped().unwrap().with_overrides(dir.path());
        for p in locales.override_problems() {
            prop_assert!(p.contains("practice.ftl"), "a problem names its file: {p}");
        }
        for (id, value) in locales.strings("bn") {
            prop_assert!(!id.is_empty(), "{value}");
        }
        let _ = locales.format("bn", "form-submit", None);
    }

    #[test]
    fn a_well_formed_override_replaces_the_message_with_exactly_its_text(
        words in "[A-Za-zÀ-ÿঅ-হء-ي<>=/'\"!?.,;:()&%$#@*+^|~-]([A-Za-zÀ-ÿঅ-হء-ي<>=/'\"!?.,;:()&%$#@*+^|~ -]{0,40}[A-Za-zÀ-ÿঅ-হء-ي<>=/'\"!?.,;:()&%$#@+^|~])?"
    ) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(SOURCE_LOCALE)).unwrap();
        std::fs::write(dir.path().join(SOURCE_LOCALE).join("x.ftl"), format!("form-submit = {words}\n")).unwrap();
        let locales = Locales::shipped().unwrap().with_overrides(dir.path());
        prop_assert!(locales.override_problems().is_empty(), "{:?}", locales.override_problems());
        prop_assert_eq!(locales.format(SOURCE_LOCALE, "form-submit", None), words);
    }
}

#[test]
fn the_patient_face_lists_every_risk_heading_coercion_included_in_every_language() {
    use access_kiosk_core::journey::sign_up::Risk;
    // The benefits screen the patient reads before the form (`ui/src/index.html`).
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/index.html"),
    )
    .unwrap();
    let list_at = page.find("data-testid=\"risks\"").expect("the risks list");
    let list = &page[list_at..list_at + page[list_at..].find("</ul>").unwrap()];
    let locales = Locales::shipped().unwrap();
    for risk in Risk::ALL {
        let id = format!(
            "risk-{}",
            serde_json::to_value(risk).unwrap().as_str().unwrap()
        );
        assert!(
            list.contains(&format!("data-l10n=\"{id}\"")),
            "{id} is not on the patient's benefits screen"
        );
        for tag in locales.tags() {
            let text = locales.format(&tag, &id, None);
            assert!(!text.trim().is_empty() && text != id, "{tag}: {id}");
        }
    }
    assert!(locales
        .format(SOURCE_LOCALE, "risk-coercion", None)
        .contains("best not to sign up"));
}
