//! QR codes for slips and screens, as SVG from the `qrcode` crate.
//!
//! A QR only ever carries a public address (the practice's registration route), never
//! personal data or the patient's reference.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QrError {
    #[error("the address is too long for a QR code")]
    TooLong,
}

fn code_for(url: &str) -> Result<QrCode, QrError> {
    // Level M survives a crease or a smudge on a printed slip.
    QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).map_err(|_| QrError::TooLong)
}

/// An SVG QR code for `url`, scalable to its container, with the standard quiet zone.
pub fn svg_for(url: &str) -> Result<String, QrError> {
    Ok(code_for(url)?
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

/// A QR code as its square of modules, for drawing on paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrModules {
    width: usize,
    dark: Vec<bool>,
}

impl QrModules {
    /// Modules along a side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module in column `x`, row `y` is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.width + x]
    }
}

/// The modules of the QR code for `url`.
pub fn modules_for(url: &str) -> Result<QrModules, QrError> {
    let code = code_for(url)?;
    Ok(QrModules {
        width: code.width(),
        dark: code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modules_are_a_square_with_the_finder_pattern_in_the_corner() {
        let m = modules_for("https://www.nhsapp.service.nhs.uk/login").unwrap();
        assert!(m.width() >= 21);
        // A finder pattern's outer ring is dark, its next ring light.
        assert!(m.is_dark(0, 0) && m.is_dark(6, 0) && m.is_dark(0, 6));
        assert!(!m.is_dark(1, 1) && m.is_dark(2, 2));
    }

    #[test]
    fn svg_is_a_complete_svg_document() {
        let s = svg_for("https://www.nhsapp.service.nhs.uk/login").unwrap();
        assert!(s.contains("<svg") && s.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn an_overlong_address_is_an_error_not_a_panic() {
        assert!(matches!(svg_for(&"x".repeat(5000)), Err(QrError::TooLong)));
    }
}
