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

/// An SVG QR code for `url`, scalable to its container, with the standard quiet zone.
pub fn svg_for(url: &str) -> Result<String, QrError> {
    // Level M survives a crease or a smudge on a printed slip.
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .map_err(|_| QrError::TooLong)?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

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
