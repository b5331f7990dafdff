//! The patient's printed slip: practice name, reference, a QR to the registration route,
//! numbered steps in the patient's language with English beneath, what to bring if the
//! identity check is still to do, the registration details when staff typed them for this
//! print with the day the linkage key expires (two weeks after printing, in the patient's
//! language), and the date. A patient verified in the NHS App gets the steps to see their
//! record there now, and needs no letter.
//!
//! This module decides what the slip says, from the Fluent messages; `slip_page` lays it
//! out on paper. Registration details ([`Linkage`]) are credentials: they only pass through
//! here into the page being printed, and are never stored, logged or kept (nothing that can
//! hold them implements `Debug`).

use chrono::{Datelike, NaiveDate};
use fluent::FluentArgs;
use serde::{Deserialize, Serialize};

use crate::localisation::{Direction, Locales, SOURCE_LOCALE};
use crate::qr::QrModules;

/// Paper for slips, chosen per tablet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// 80 mm thermal receipt printers at reception.
    #[serde(rename = "receipt-80mm")]
    Receipt80mm,
    A5,
    A4,
}

/// The three registration details (EMIS "registration letter"): for one print only.
#[derive(Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Linkage {
    pub account_id: String,
    pub ods_code: String,
    pub linkage_key: String,
}

impl std::fmt::Debug for Linkage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Linkage { .. }") // credentials never reach a log or panic message
    }
}

impl Linkage {
    pub fn is_empty(&self) -> bool {
        [&self.account_id, &self.ods_code, &self.linkage_key]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

/// Everything a slip shows.
pub struct SlipContent<'a> {
    pub practice_name: &'a str,
    pub reference: &'a str,
    pub qr: &'a QrModules,
    pub locale: &'a str,
    pub date: &'a str,
    pub identity_to_check: bool,
    /// Verified in the NHS App (NHS login P9), for themselves: no documents, no letter.
    pub verified_in_nhs_app: bool,
    /// Their record is in the NHS App now: verified, 16 or over, and they did not say no to
    /// it. A 13–15-year-old verified in the app still talks with the practice first.
    pub record_in_app_now: bool,
    pub linkage: Option<&'a Linkage>,
    /// The day the printed linkage key stops working.
    pub linkage_expires: Option<NaiveDate>,
    pub name: Option<&'a str>,
    pub layout: Layout,
}

/// Text in one language, with what shaping and line layout need to know about it.
#[derive(Clone, PartialEq, Eq)]
pub struct Words {
    pub text: String,
    pub lang: String,
    /// `None` for text typed by people (names): its own letters decide, as `dir="auto"`.
    pub direction: Option<Direction>,
}

/// How a block of the slip looks on paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The practice name at the top.
    PracticeName,
    /// The patient's name, when staff chose to print it.
    Name,
    Title,
    Reference,
    /// The words under the QR.
    Caption,
    Heading,
    /// A numbered step.
    Step(u8),
    Body,
    /// A registration detail's value, typed by staff for this print.
    Detail,
}

/// One block of the slip, top to bottom: the patient's language, then English beneath
/// (for staff and family) unless the patient's language is English.
#[derive(Clone, PartialEq, Eq)]
pub enum Block {
    Text {
        style: Style,
        words: Words,
        english: Option<Words>,
    },
    Qr,
}

/// The slip, ready to be laid out on its paper.
#[derive(Clone)]
pub struct Slip {
    pub blocks: Vec<Block>,
    pub qr: QrModules,
    pub layout: Layout,
}

/// What the slip says, in order, in the patient's language with English beneath.
pub fn compose(locales: &Locales, c: &SlipContent<'_>) -> Slip {
    let lang = locales.resolve(c.locale);
    let direction = locales.direction(c.locale);
    let english = lang != SOURCE_LOCALE;
    let mut args = FluentArgs::new();
    args.set("reference", c.reference.to_owned());
    args.set("date", c.date.to_owned());
    let as_is = |text: &str| Words {
        text: text.trim().to_owned(),
        lang: lang.clone(),
        direction: None,
    };
    let both = |style: Style, id: &str, args: Option<&FluentArgs>| Block::Text {
        style,
        words: Words {
            text: locales.format(&lang, id, args),
            lang: lang.clone(),
            direction: Some(direction),
        },
        english: english.then(|| Words {
            text: locales.format(SOURCE_LOCALE, id, args),
            lang: SOURCE_LOCALE.to_owned(),
            direction: Some(Direction::Ltr),
        }),
    };
    let mut blocks = vec![Block::Text {
        style: Style::PracticeName,
        words: as_is(c.practice_name),
        english: None,
    }];
    blocks.push(both(Style::Title, "slip-title", None));
    blocks.push(both(Style::Reference, "slip-reference", Some(&args)));
    if let Some(name) = c.name {
        blocks.push(Block::Text {
            style: Style::Name,
            words: as_is(name),
            english: None,
        });
    }
    blocks.push(Block::Qr);
    blocks.push(both(Style::Caption, "slip-scan", None));
    blocks.push(both(Style::Heading, "slip-steps-title", None));
    let linkage = c.linkage.filter(|l| !l.is_empty());
    let steps: &[&str] = if c.verified_in_nhs_app && c.record_in_app_now {
        &[
            "slip-app-step-1",
            "slip-app-step-2",
            "slip-step-3",
            "slip-app-step-3",
            "slip-step-4",
        ]
    } else if c.verified_in_nhs_app {
        &[
            "slip-app-step-1",
            "slip-step-3",
            "slip-app-step-3",
            "slip-step-4",
        ]
    } else {
        &["slip-step-1", "slip-step-2", "slip-step-3", "slip-step-4"]
    };
    let mut number = 0;
    for &step in steps {
        if step == "slip-step-3" && linkage.is_none() {
            continue; // "type the three details below" only when they are printed
        }
        number += 1;
        blocks.push(both(Style::Step(number), step, None));
    }
    if let Some(l) = linkage {
        for (id, value) in [
            ("slip-account-id", &l.account_id),
            ("slip-ods-code", &l.ods_code),
            ("slip-linkage-key", &l.linkage_key),
        ] {
            blocks.push(both(Style::Body, id, None));
            blocks.push(Block::Text {
                style: Style::Detail,
                words: Words {
                    text: value.trim().to_owned(),
                    lang: SOURCE_LOCALE.to_owned(),
                    direction: Some(Direction::Ltr),
                },
                english: None,
            });
        }
        if let Some(expires) = c.linkage_expires {
            // The date in each language's own words, so each line reads whole.
            let in_lang = |tag: &str| {
                let mut a = FluentArgs::new();
                a.set("date", long_date(locales, tag, expires));
                locales.format(tag, "slip-linkage-expires", Some(&a))
            };
            blocks.push(Block::Text {
                style: Style::Body,
                words: Words {
                    text: in_lang(&lang),
                    lang: lang.clone(),
                    direction: Some(direction),
                },
                english: english.then(|| Words {
                    text: in_lang(SOURCE_LOCALE),
                    lang: SOURCE_LOCALE.to_owned(),
                    direction: Some(Direction::Ltr),
                }),
            });
        }
    }
    if c.identity_to_check {
        blocks.push(both(Style::Body, "slip-bring", None));
    }
    blocks.push(both(Style::Body, "slip-printed-on", Some(&args)));
    Slip {
        blocks,
        qr: c.qr.clone(),
        layout: c.layout,
    }
}

/// A date in words in `lang` ("9 December 2026"), from that language's own month names and
/// order (`date-long`, `date-month-1` … `date-month-12`).
pub fn long_date(locales: &Locales, lang: &str, date: NaiveDate) -> String {
    let mut a = FluentArgs::new();
    a.set("day", date.day());
    a.set("year", date.year());
    a.set(
        "month",
        locales.format(lang, &format!("date-month-{}", date.month()), None),
    );
    // The parts are the language's own words and numbers: no isolation inside the date (the
    // sentence that takes it isolates it whole).
    locales
        .format(lang, "date-long", Some(&a))
        .replace(['\u{2068}', '\u{2069}'], "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slip(locale: &str, linkage: Option<&Linkage>, name: Option<&str>) -> Slip {
        let l = Locales::shipped().unwrap();
        let qr = crate::qr::modules_for("https://example.org/register").unwrap();
        compose(
            &l,
            &SlipContent {
                practice_name: "Test Surgery",
                reference: "ACD479",
                qr: &qr,
                locale,
                date: "25/11/2026",
                identity_to_check: true,
                verified_in_nhs_app: false,
                record_in_app_now: false,
                linkage,
                linkage_expires: linkage.map(|_| NaiveDate::from_ymd_opt(2026, 12, 9).unwrap()),
                name,
                layout: Layout::Receipt80mm,
            },
        )
    }

    /// Each text block as (style, the patient's language, the English beneath).
    fn texts(slip: &Slip) -> Vec<(Style, String, Option<String>)> {
        slip.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Text {
                    style,
                    words,
                    english,
                } => Some((
                    *style,
                    words.text.clone(),
                    english.as_ref().map(|e| e.text.clone()),
                )),
                Block::Qr => None,
            })
            .collect()
    }

    #[test]
    fn a_bengali_slip_has_bengali_steps_with_english_beneath() {
        let l = Locales::shipped().unwrap();
        let t = texts(&slip("bn", None, None));
        assert!(t.contains(&(
            Style::Step(1),
            l.format("bn", "slip-step-1", None),
            Some(l.format("en-GB", "slip-step-1", None))
        )));
        assert!(t.iter().any(|(_, bn, _)| bn.contains("ACD479")));
        assert_eq!(
            t.iter()
                .filter(|(s, ..)| matches!(s, Style::Step(_)))
                .count(),
            3,
            "no step about registration details when none are printed"
        );
        assert!(
            t.iter()
                .any(|(_, bn, _)| *bn == l.format("bn", "slip-bring", None)),
            "identity still to check: say what to bring"
        );
        assert!(!t
            .iter()
            .any(|(s, ..)| *s == Style::Detail || *s == Style::Name));
    }

    #[test]
    fn a_patient_verified_in_the_nhs_app_gets_the_steps_to_see_their_record_now_and_no_letter() {
        let l = Locales::shipped().unwrap();
        let qr = crate::qr::modules_for("https://example.org/register").unwrap();
        let verified = compose(
            &l,
            &SlipContent {
                practice_name: "Test Surgery",
                reference: "ACD479",
                qr: &qr,
                locale: "ur",
                date: "25/11/2026",
                identity_to_check: false,
                verified_in_nhs_app: true,
                record_in_app_now: true,
                linkage: None,
                linkage_expires: None,
                name: None,
                layout: Layout::Receipt80mm,
            },
        );
        let t = texts(&verified);
        let steps: Vec<&str> = t
            .iter()
            .filter(|(s, ..)| matches!(s, Style::Step(_)))
            .map(|(_, u, _)| u.as_str())
            .collect();
        assert_eq!(
            steps,
            [
                l.format("ur", "slip-app-step-1", None),
                l.format("ur", "slip-app-step-2", None),
                l.format("ur", "slip-app-step-3", None),
                l.format("ur", "slip-step-4", None),
            ]
        );
        assert!(!t
            .iter()
            .any(|(_, u, _)| *u == l.format("ur", "slip-bring", None)));
    }

    #[test]
    fn a_young_person_verified_in_the_nhs_app_is_not_told_their_record_is_there() {
        let l = Locales::shipped().unwrap();
        let qr = crate::qr::modules_for("https://example.org/register").unwrap();
        let young = compose(
            &l,
            &SlipContent {
                practice_name: "Test Surgery",
                reference: "ACD479",
                qr: &qr,
                locale: "bn",
                date: "25/11/2026",
                identity_to_check: false,
                verified_in_nhs_app: true,
                record_in_app_now: false,
                linkage: None,
                linkage_expires: None,
                name: None,
                layout: Layout::Receipt80mm,
            },
        );
        let steps: Vec<String> = texts(&young)
            .into_iter()
            .filter(|(s, ..)| matches!(s, Style::Step(_)))
            .map(|(_, bn, _)| bn)
            .collect();
        assert_eq!(
            steps,
            [
                l.format("bn", "slip-app-step-1", None),
                l.format("bn", "slip-app-step-3", None),
                l.format("bn", "slip-step-4", None),
            ],
            "no step to open a record that is not there yet"
        );
    }

    #[test]
    fn right_to_left_slips_say_so_and_english_slips_have_no_second_language() {
        let ar = slip("ar", None, None);
        let Some(Block::Text { words, english, .. }) = ar.blocks.get(1) else {
            panic!("the title follows the practice name");
        };
        assert_eq!(words.direction, Some(Direction::Rtl));
        assert_eq!(english.as_ref().unwrap().direction, Some(Direction::Ltr));
        assert!(texts(&slip("en-GB", None, None))
            .iter()
            .all(|(_, _, english)| english.is_none()));
    }

    #[test]
    fn registration_details_print_only_when_typed_and_names_only_when_chosen() {
        let linkage = Linkage {
            account_id: "1234567890".into(),
            ods_code: "F84999".into(),
            linkage_key: " AB12CD34EF ".into(),
        };
        let t = texts(&slip("en-GB", Some(&linkage), Some("Amina Begum")));
        let details: Vec<&str> = t
            .iter()
            .filter(|(s, ..)| *s == Style::Detail)
            .map(|(_, v, _)| v.as_str())
            .collect();
        assert_eq!(details, ["1234567890", "F84999", "AB12CD34EF"]);
        assert!(t.contains(&(Style::Name, "Amina Begum".into(), None)));
        assert_eq!(
            t.iter()
                .filter(|(s, ..)| matches!(s, Style::Step(_)))
                .count(),
            4
        );
        assert!(
            !format!("{linkage:?}").contains("1234567890"),
            "never in debug output"
        );
        assert!(
            t.iter()
                .any(|(_, text, _)| text.contains("9 December 2026")),
            "the key's expiry, two weeks after printing: {t:?}"
        );
        assert_eq!(
            long_date(
                &Locales::shipped().unwrap(),
                "zh-Hans",
                NaiveDate::from_ymd_opt(2026, 12, 9).unwrap()
            ),
            "2026年12月9日",
            "in the language's own order"
        );
        let bn = texts(&slip("bn", Some(&linkage), None));
        let l = Locales::shipped().unwrap();
        let bn_date = long_date(&l, "bn", NaiveDate::from_ymd_opt(2026, 12, 9).unwrap());
        assert!(
            bn_date.contains(&l.format("bn", "date-month-12", None)),
            "{bn_date}"
        );
        assert!(
            bn.iter().any(|(_, b, e)| b.contains(&bn_date)
                && e.as_deref().is_some_and(|e| e.contains("9 December 2026"))),
            "the expiry in Bengali, with English beneath"
        );
        let empty = Linkage::default();
        assert!(!texts(&slip("en-GB", Some(&empty), None))
            .iter()
            .any(|(s, ..)| *s == Style::Detail));
    }
}
