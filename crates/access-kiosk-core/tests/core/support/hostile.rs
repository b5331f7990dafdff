//! Hostile input, the generators every property uses: arbitrary Unicode, and strings built
//! from the fragments attackers and unlucky keyboards produce (bidi overrides, zero-width
//! characters, mixed scripts, SQL and HTML); names that must be accepted; and the day the
//! properties take as today.

use chrono::NaiveDate;
use proptest::prelude::*;

/// Pieces of text that have broken other systems, joined at random with ordinary letters.
const HOSTILE: &[&str] = &[
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "\"><svg/onload=alert(1)>",
    "'; DROP TABLE journey; --",
    "' OR '1'='1",
    "Robert'); DELETE FROM personal_details;--",
    "%",
    "_",
    "\\",
    "\u{202E}",
    "\u{202D}",
    "\u{2066}",
    "\u{2067}",
    "\u{2069}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{200E}",
    "\u{200F}",
    "\u{FEFF}",
    "\u{0000}",
    "\u{0007}",
    "\n",
    "\r\n",
    "\t",
    "\u{00A0}",
    "\u{0301}\u{0301}\u{0301}",
    "Z\u{0351}\u{0354}a\u{0327}\u{036D}l\u{0337}g\u{0359}o",
    "রহিম",
    "র\u{200D}্যাব",
    "محمد",
    "عائشہ\u{200C}بی",
    "王小明",
    "Łukasiewicz",
    "Ωμέγα",
    "Дмитрий",
    "O'Brien",
    "Zoë",
    "😀",
    "{ $name }",
    "{{",
    "}}",
    "=cmd|' /C calc'!A0",
    "../../etc/passwd",
    "\u{FFFD}",
    "\u{10FFFF}",
    " ",
    "-",
    ".",
    "0",
    "9434765919",
    "07700 900123",
    "a@b.co",
];

/// Arbitrary Unicode, or hostile fragments joined with letters.
pub fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(
            prop_oneof![
                prop::sample::select(HOSTILE).prop_map(str::to_owned),
                "[a-zA-Z]{1,6}",
            ],
            0..10
        )
        .prop_map(|parts| parts.concat()),
    ]
}

/// A name that must be accepted: letters of several scripts, with the joiners and
/// separators real names use.
pub fn real_name() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-zA-ZÀ-ÖØ-öø-ÿ]{1,8}",
        "[а-яА-Я]{1,8}",
        "[α-ω]{1,8}",
        "[ء-ي]{1,8}",
        "[ক-নপ-রলশ-হ]{1,8}",
        "[一-龥]{1,4}",
        Just("র\u{200D}্যাব".to_owned()),
        Just("عائشہ\u{200C}بی".to_owned()),
        Just("Zoë".to_owned()),
    ];
    prop::collection::vec(
        (word, prop::sample::select(&[" ", "-", "'", "’", ". "][..])),
        1..4,
    )
    .prop_map(|parts| {
        let mut s = String::new();
        for (i, (w, sep)) in parts.iter().enumerate() {
            if i > 0 {
                s.push_str(sep);
            }
            s.push_str(w);
        }
        s
    })
    .prop_filter("at most 100 characters", |s| s.chars().count() <= 100)
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}
