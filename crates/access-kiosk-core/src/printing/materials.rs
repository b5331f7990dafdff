//! Promotional material from the same Fluent messages as the kiosk: an A4 poster per
//! language, a folded A4 leaflet with several languages, and the short message practices
//! print on the right-hand side of prescriptions (within a character limit).

use serde::Serialize;

use crate::localisation::{Direction, Locales};

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

/// One language's prescription message, with its length against the practice's limit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PrescriptionMessage {
    pub tag: String,
    pub text: String,
    pub chars: usize,
    pub within_limit: bool,
}

fn dir_of(locales: &Locales, tag: &str) -> &'static str {
    match locales.direction(tag) {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    }
}

/// The prescription message in each language, counted in characters (not bytes).
pub fn prescription_messages(
    locales: &Locales,
    tags: &[String],
    limit: usize,
) -> Vec<PrescriptionMessage> {
    tags.iter()
        .map(|tag| {
            // No isolation marks: the text is pasted into another system as it is.
            let text = locales
                .format(tag, "rx-message", None)
                .replace(['\u{2068}', '\u{2069}'], "");
            let chars = text.chars().count();
            PrescriptionMessage {
                tag: tag.clone(),
                text,
                chars,
                within_limit: chars <= limit,
            }
        })
        .collect()
}

/// An A4 poster in one language: the benefits, a QR, "ask at reception".
pub fn poster(locales: &Locales, tag: &str, practice_name: &str, qr_svg: &str) -> String {
    let t = |id: &str| escape(&locales.format(tag, id, None));
    let lang = locales.resolve(tag);
    format!(
        "<article class=\"poster\" data-testid=\"poster\" lang=\"{lang}\" dir=\"{dir}\">\
         <p class=\"poster-practice\" dir=\"auto\">{practice}</p>\
         <h1>{title}</h1>\
         <ul>{benefits}</ul>\
         <p class=\"poster-ask\">{ask}</p>\
         <figure class=\"poster-qr\">{qr_svg}<figcaption>{scan}</figcaption></figure>\
         </article>",
        dir = dir_of(locales, tag),
        practice = escape(practice_name),
        title = t("attract-title"),
        benefits = [
            "benefit-appointments",
            "benefit-prescriptions",
            "benefit-results",
            "benefit-vaccinations",
            "benefit-record"
        ]
        .iter()
        .map(|id| format!("<li>{}</li>", t(id)))
        .collect::<String>(),
        ask = t("poster-ask"),
        scan = t("poster-scan"),
    )
}

/// A folded A4 leaflet: one panel per language (up to six), each with the benefits and
/// what to do, and the QR once.
pub fn leaflet(locales: &Locales, tags: &[String], practice_name: &str, qr_svg: &str) -> String {
    let panels: String = tags
        .iter()
        .take(6)
        .map(|tag| {
            let t = |id: &str| escape(&locales.format(tag, id, None));
            format!(
                "<section class=\"leaflet-panel\" lang=\"{lang}\" dir=\"{dir}\">\
                 <h2>{title}</h2><p>{a}</p><p>{b}</p><p>{c}</p><p><strong>{ask}</strong></p></section>",
                lang = locales.resolve(tag),
                dir = dir_of(locales, tag),
                title = t("attract-title"),
                a = t("attract-benefit-1"),
                b = t("attract-benefit-2"),
                c = t("attract-benefit-3"),
                ask = t("poster-ask"),
            )
        })
        .collect();
    format!(
        "<article class=\"leaflet\" data-testid=\"leaflet\">\
         <p class=\"poster-practice\" dir=\"auto\">{practice}</p>\
         <div class=\"leaflet-panels\">{panels}</div>\
         <figure class=\"poster-qr\">{qr_svg}</figure></article>",
        practice = escape(practice_name),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_prescription_message_fits_the_default_limit() {
        let l = Locales::shipped().unwrap();
        let msgs = prescription_messages(&l, &l.tags(), 160);
        assert!(msgs.len() >= 14);
        for m in &msgs {
            assert!(m.within_limit, "{} is {} characters", m.tag, m.chars);
            assert!(
                !m.text.contains('\u{2068}'),
                "no invisible marks in pasted text"
            );
        }
        let tight = prescription_messages(&l, &["en-GB".to_owned()], 20);
        assert!(
            !tight[0].within_limit,
            "a lower limit is reported, not hidden"
        );
    }

    #[test]
    fn posters_and_leaflets_speak_their_languages() {
        let l = Locales::shipped().unwrap();
        let p = poster(&l, "ur", "Test <Surgery>", "<svg></svg>");
        assert!(
            p.contains("dir=\"rtl\"") && p.contains(&escape(&l.format("ur", "poster-ask", None)))
        );
        assert!(p.contains("Test &lt;Surgery&gt;"));
        let tags: Vec<String> = ["en-GB", "bn", "so"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let leaflet = leaflet(&l, &tags, "Test", "<svg></svg>");
        assert_eq!(
            leaflet.matches("<section class=\"leaflet-panel\"").count(),
            3
        );
    }
}
