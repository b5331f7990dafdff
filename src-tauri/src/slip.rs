//! The patient's printed slip: practice name, reference, a QR to the registration route,
//! numbered steps in the patient's language with English beneath, what to bring if the
//! identity check is still to do, the registration details when staff typed them for this
//! print, and the date.
//!
//! The slip is HTML laid out and printed by the webview, so every script is shaped exactly
//! as on screen (Bengali conjuncts, Arabic and Urdu joining, Chinese). Registration details
//! ([`Linkage`]) are credentials: they only pass through here into the page being printed,
//! and are never stored, logged or kept.

use fluent::FluentArgs;
use serde::{Deserialize, Serialize};

use crate::localisation::{Direction, Locales, SOURCE_LOCALE};

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
    fn is_empty(&self) -> bool {
        [&self.account_id, &self.ods_code, &self.linkage_key]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

/// Everything a slip shows.
pub struct SlipContent<'a> {
    pub practice_name: &'a str,
    pub reference: &'a str,
    pub qr_svg: &'a str,
    pub locale: &'a str,
    pub date: &'a str,
    pub identity_to_check: bool,
    pub linkage: Option<&'a Linkage>,
    pub name: Option<&'a str>,
    pub layout: Layout,
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The slip as an HTML fragment for the page's print area.
pub fn render(locales: &Locales, c: &SlipContent<'_>) -> String {
    let lang = locales.resolve(c.locale);
    let dir = match locales.direction(c.locale) {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    };
    let english = lang != SOURCE_LOCALE;
    let mut args = FluentArgs::new();
    args.set("reference", c.reference.to_owned());
    args.set("date", c.date.to_owned());
    // Patient's language, with English beneath for staff and family.
    let both = |id: &str, args: Option<&FluentArgs>| -> String {
        let mine = escape(&locales.format(&lang, id, args));
        if english {
            let en = escape(&locales.format(SOURCE_LOCALE, id, args));
            format!(
                "<span lang=\"{lang}\" dir=\"{dir}\">{mine}</span>\
                 <span class=\"slip-en\" lang=\"en-GB\" dir=\"ltr\">{en}</span>"
            )
        } else {
            format!("<span lang=\"{lang}\" dir=\"{dir}\">{mine}</span>")
        }
    };
    let layout = match c.layout {
        Layout::Receipt80mm => "receipt-80mm",
        Layout::A5 => "a5",
        Layout::A4 => "a4",
    };
    let mut html = format!(
        "<article class=\"slip slip--{layout}\" data-testid=\"slip\" lang=\"{lang}\" dir=\"{dir}\">\
         <header class=\"slip-head\"><h1 dir=\"auto\">{practice}</h1><p>{title}</p></header>\
         <p class=\"slip-ref\">{reference}</p>",
        practice = escape(c.practice_name),
        title = both("slip-title", None),
        reference = both("slip-reference", Some(&args)),
    );
    if let Some(name) = c.name {
        html.push_str(&format!(
            "<p class=\"slip-name\" dir=\"auto\">{}</p>",
            escape(name)
        ));
    }
    html.push_str(&format!(
        "<figure class=\"slip-qr\">{qr}<figcaption>{scan}</figcaption></figure>\
         <h2>{steps}</h2><ol class=\"slip-steps\">",
        qr = c.qr_svg,
        scan = both("slip-scan", None),
        steps = both("slip-steps-title", None),
    ));
    let linkage = c.linkage.filter(|l| !l.is_empty());
    for step in ["slip-step-1", "slip-step-2", "slip-step-3", "slip-step-4"] {
        if step == "slip-step-3" && linkage.is_none() {
            continue; // "type the three details below" only when they are printed
        }
        html.push_str(&format!("<li>{}</li>", both(step, None)));
    }
    html.push_str("</ol>");
    if let Some(l) = linkage {
        html.push_str("<dl class=\"slip-linkage\" data-testid=\"slip-linkage\">");
        for (id, value) in [
            ("slip-account-id", &l.account_id),
            ("slip-ods-code", &l.ods_code),
            ("slip-linkage-key", &l.linkage_key),
        ] {
            html.push_str(&format!(
                "<dt>{}</dt><dd dir=\"ltr\">{}</dd>",
                both(id, None),
                escape(value.trim())
            ));
        }
        html.push_str("</dl>");
    }
    if c.identity_to_check {
        html.push_str(&format!(
            "<p class=\"slip-bring\">{}</p>",
            both("slip-bring", None)
        ));
    }
    html.push_str(&format!(
        "<p class=\"slip-date\">{}</p></article>",
        both("slip-printed-on", Some(&args))
    ));
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content<'a>(
        locale: &'a str,
        linkage: Option<&'a Linkage>,
        name: Option<&'a str>,
    ) -> SlipContent<'a> {
        SlipContent {
            practice_name: "Test <Surgery>",
            reference: "ACD479",
            qr_svg: "<svg></svg>",
            locale,
            date: "25/11/2026",
            identity_to_check: true,
            linkage,
            name,
            layout: Layout::Receipt80mm,
        }
    }

    #[test]
    fn a_bengali_slip_has_bengali_steps_with_english_beneath() {
        let l = Locales::shipped().unwrap();
        let html = render(&l, &content("bn", None, None));
        assert!(html.contains(&escape(&l.format("bn", "slip-step-1", None))));
        assert!(html.contains(&escape(&l.format("en-GB", "slip-step-1", None))));
        assert!(html.contains("ACD479"));
        assert!(html.contains("Test &lt;Surgery&gt;"), "text is escaped");
        assert!(!html.contains("slip-step-3") && !html.contains("slip-linkage"));
        assert!(
            html.contains("slip-bring"),
            "identity still to check: say what to bring"
        );
    }

    #[test]
    fn right_to_left_slips_say_so() {
        let l = Locales::shipped().unwrap();
        assert!(render(&l, &content("ar", None, None)).contains("dir=\"rtl\""));
    }

    #[test]
    fn registration_details_print_only_when_typed_and_names_only_when_chosen() {
        let l = Locales::shipped().unwrap();
        let linkage = Linkage {
            account_id: "1234567890".into(),
            ods_code: "F84999".into(),
            linkage_key: "AB12CD34EF<".into(),
        };
        let html = render(&l, &content("en-GB", Some(&linkage), Some("Amina Begum")));
        assert!(html.contains("1234567890") && html.contains("AB12CD34EF&lt;"));
        assert!(html.contains("Amina Begum"));
        assert!(
            !format!("{linkage:?}").contains("1234567890"),
            "never in debug output"
        );
    }
}
