//! The Making Data Count variation and assurance icons, drawn here as SVG (our own drawings
//! of NHS England's designs, as `NHSRplotthedots` ships them in `inst/icons/`): a coloured
//! ring, a letter, and a tiny chart. Blue is improvement, orange concern, grey common cause
//! or "inconsistent", purple a change in a measure with no better direction.
//!
//! Each icon is one `<svg>` element on a 100 × 100 view box, placed at `x`, `y` and `size`,
//! so it can stand inside a chart's SVG or inline in an HTML page. It carries its meaning in
//! words (`<title>` and `aria-label`), so nothing depends on telling colours apart.

use std::fmt::Write as _;

use crate::measures::mdc::{AssuranceIcon, VariationIcon};
use crate::measures::run_chart::svg::escape;

/// Ring and letter colours of the icons (as the NHS icon files have them).
const ICON_BLUE: &str = "#0072c6";
const ICON_ORANGE: &str = "#ff6600";
const ICON_GREY: &str = "#bfbfbf";
const ICON_DARK_GREY: &str = "#7f7f7f";
const ICON_PURPLE: &str = "#8000c0";
const WHITE: &str = "#ffffff";

/// Where an icon goes and what it says.
#[derive(Debug, Clone, Copy)]
pub struct Placement<'a> {
    pub x: f64,
    pub y: f64,
    pub size: f64,
    /// Its meaning in words, e.g. "Special cause: improvement (high)".
    pub label: &'a str,
    /// A `data-icon` value for tests and for sorting tables, e.g. "improvement-high".
    pub code: &'a str,
}

fn open(svg: &mut String, p: &Placement<'_>, class: &str, ring: &str) {
    let _ = write!(
        svg,
        r#"<svg class="{class}" data-icon="{code}" x="{x:.1}" y="{y:.1}" width="{s:.1}" height="{s:.1}" viewBox="0 0 100 100" role="img" aria-label="{label}" xmlns="http://www.w3.org/2000/svg"><title>{label}</title><circle cx="50" cy="50" r="44" fill="{WHITE}" stroke="{ring}" stroke-width="7"/>"#,
        code = escape(p.code),
        x = p.x,
        y = p.y,
        s = p.size,
        label = escape(p.label),
    );
}

fn letter(svg: &mut String, text: &str, y: f64, colour: &str) {
    let _ = write!(
        svg,
        r#"<text x="50" y="{y}" font-family="Arial, sans-serif" font-weight="700" font-size="34" text-anchor="middle" fill="{colour}">{text}</text>"#
    );
}

/// Five dots joined by a line; the last two (if `coloured`) in that colour.
fn mini_chart(svg: &mut String, ys: [f64; 5], coloured: Option<&str>) {
    let xs = [26.0, 38.0, 50.0, 62.0, 74.0];
    let points: Vec<String> = xs.iter().zip(ys).map(|(x, y)| format!("{x},{y}")).collect();
    let _ = write!(
        svg,
        r#"<polyline points="{}" fill="none" stroke="{ICON_DARK_GREY}" stroke-width="2.5"/>"#,
        points.join(" ")
    );
    for (i, (x, y)) in xs.iter().zip(ys).enumerate() {
        let fill = match coloured {
            Some(c) if i >= 3 => c,
            _ => ICON_DARK_GREY,
        };
        let _ = write!(svg, r#"<circle cx="{x}" cy="{y}" r="5" fill="{fill}"/>"#);
    }
}

/// The variation icon: what the latest week's special cause, if any, says.
pub fn variation(icon: VariationIcon, p: &Placement<'_>) -> String {
    let mut svg = String::with_capacity(900);
    match icon {
        VariationIcon::CommonCause => {
            open(&mut svg, p, "mdc-icon variation", ICON_GREY);
            mini_chart(&mut svg, [56.0, 44.0, 58.0, 42.0, 54.0], None);
        }
        VariationIcon::ImprovementHigh | VariationIcon::ConcernHigh => {
            let colour = if icon == VariationIcon::ImprovementHigh {
                ICON_BLUE
            } else {
                ICON_ORANGE
            };
            open(&mut svg, p, "mdc-icon variation", colour);
            letter(&mut svg, "H", 44.0, colour);
            mini_chart(&mut svg, [70.0, 74.0, 70.0, 60.0, 55.0], Some(colour));
        }
        VariationIcon::ImprovementLow | VariationIcon::ConcernLow => {
            let colour = if icon == VariationIcon::ImprovementLow {
                ICON_BLUE
            } else {
                ICON_ORANGE
            };
            open(&mut svg, p, "mdc-icon variation", colour);
            mini_chart(&mut svg, [30.0, 26.0, 30.0, 40.0, 45.0], Some(colour));
            letter(&mut svg, "L", 80.0, colour);
        }
        VariationIcon::NeutralHigh | VariationIcon::NeutralLow => {
            open(&mut svg, p, "mdc-icon variation", ICON_PURPLE);
            // A thick arrow pointing up and right (high) or down and right (low).
            let flip = if icon == VariationIcon::NeutralHigh {
                ""
            } else {
                r#" transform="matrix(1 0 0 -1 0 100)""#
            };
            let _ = write!(
                svg,
                r#"<path d="M28 66 L52 42 L44 34 L70 30 L66 56 L58 48 L34 72 Z" fill="{ICON_PURPLE}"{flip}/>"#
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The assurance icon: whether the process will meet its target.
pub fn assurance(icon: AssuranceIcon, p: &Placement<'_>) -> String {
    let (ring, text, text_colour, target_y) = match icon {
        AssuranceIcon::ConsistentPass => (ICON_BLUE, "P", ICON_BLUE, 72.0),
        AssuranceIcon::ConsistentFail => (ICON_ORANGE, "F", ICON_ORANGE, 50.0),
        AssuranceIcon::Inconsistent => (ICON_GREY, "?", ICON_DARK_GREY, 61.0),
    };
    let mut svg = String::with_capacity(900);
    open(&mut svg, p, "mdc-icon assurance", ring);
    letter(&mut svg, text, 42.0, text_colour);
    // The target, dashed, below (pass), above (fail) or through (inconsistent) the process.
    let _ = write!(
        svg,
        r#"<line x1="14" y1="{target_y}" x2="86" y2="{target_y}" stroke="{ring}" stroke-width="3" stroke-dasharray="7 3"/><path d="M20 63 C28 54 34 53 40 56 S50 66 54 64 S58 56 62 58 S70 64 80 61" fill="none" stroke="{ICON_DARK_GREY}" stroke-width="3"/>"#
    );
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at<'a>(label: &'a str, code: &'a str) -> Placement<'a> {
        Placement {
            x: 10.0,
            y: 20.0,
            size: 64.0,
            label,
            code,
        }
    }

    #[test]
    fn each_icon_says_what_it_means_and_has_its_colour() {
        let svg = variation(
            VariationIcon::ImprovementHigh,
            &at("Special cause: improvement <high>", "improvement-high"),
        );
        assert!(svg.starts_with("<svg class=\"mdc-icon variation\" data-icon=\"improvement-high\""));
        assert!(svg.contains("<title>Special cause: improvement &lt;high&gt;</title>"));
        assert!(svg.contains(">H</text>") && svg.contains(ICON_BLUE));
        let low = variation(VariationIcon::ConcernLow, &at("Concern", "concern-low"));
        assert!(low.contains(">L</text>") && low.contains(ICON_ORANGE) && !low.contains(ICON_BLUE));
        let common = variation(
            VariationIcon::CommonCause,
            &at("Common cause", "common-cause"),
        );
        assert!(!common.contains("</text>") && common.contains(ICON_GREY));
        let neutral = variation(VariationIcon::NeutralLow, &at("Change", "neutral-low"));
        assert!(neutral.contains(ICON_PURPLE) && neutral.contains("matrix(1 0 0 -1 0 100)"));
        for (icon, letter) in [
            (AssuranceIcon::ConsistentPass, ">P<"),
            (AssuranceIcon::ConsistentFail, ">F<"),
            (AssuranceIcon::Inconsistent, ">?<"),
        ] {
            let svg = assurance(icon, &at("Target", "x"));
            assert!(svg.contains(letter) && svg.ends_with("</svg>"), "{svg}");
        }
    }
}
