//! Recorded messages: a "Listen" button on each patient screen plays the recording for that
//! screen in the patient's language. For Sylheti, mostly spoken, audio is the main channel.
//!
//! A practice adds or replaces recordings without a rebuild by putting files in
//! `{data folder}/audio/{locale}/{screen}.ogg` (or `.opus`, `.wav`); those win over the
//! recordings shipped in `locales/{locale}/audio/`. Where no recording exists the button
//! is hidden.

use std::path::Path;

use crate::localisation::shipped;

/// The patient screens that can have a recording.
pub const SCREENS: &[&str] = &["attract", "language", "benefits", "form", "confirmation"];

/// File types we play, best first, with their MIME types.
const FORMATS: &[(&str, &str)] = &[
    ("ogg", "audio/ogg"),
    ("opus", "audio/ogg"),
    ("wav", "audio/wav"),
];

/// One recording, ready to play.
pub struct Clip {
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

/// The recording for `screen` in `locale`: the practice's own first, then the shipped one.
/// Unknown screens and odd locale tags find nothing (no path is built from them).
pub fn clip(data_dir: &Path, locale: &str, screen: &str) -> Option<Clip> {
    if !SCREENS.contains(&screen) || !is_plain_tag(locale) {
        return None;
    }
    let folder = data_dir.join("audio").join(locale);
    for (ext, mime) in FORMATS {
        if let Ok(bytes) = std::fs::read(folder.join(format!("{screen}.{ext}"))) {
            return Some(Clip { mime, bytes });
        }
    }
    FORMATS.iter().find_map(|(ext, mime)| {
        let name = format!("{screen}.{ext}");
        shipped::AUDIO
            .iter()
            .find(|(tag, file, _)| *tag == locale && *file == name)
            .map(|(_, _, bytes)| Clip {
                mime,
                bytes: bytes.to_vec(),
            })
    })
}

/// The screens that have a recording in `locale`, so the UI shows "Listen" only there.
pub fn screens_with_audio(data_dir: &Path, locale: &str) -> Vec<&'static str> {
    SCREENS
        .iter()
        .copied()
        .filter(|screen| {
            let practice = data_dir.join("audio").join(locale);
            FORMATS.iter().any(|(ext, _)| {
                let name = format!("{screen}.{ext}");
                practice.join(&name).is_file()
                    || shipped::AUDIO
                        .iter()
                        .any(|(t, f, _)| *t == locale && *f == name)
            })
        })
        .filter(|_| is_plain_tag(locale))
        .collect()
}

fn is_plain_tag(tag: &str) -> bool {
    !tag.is_empty() && tag.len() <= 16 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_practice_recording_is_found_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("audio/syl");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("benefits.wav"), b"RIFF....WAVE").unwrap();
        let clip = clip(dir.path(), "syl", "benefits").expect("the practice's recording");
        assert_eq!(clip.mime, "audio/wav");
        assert_eq!(clip.bytes, b"RIFF....WAVE");
        assert_eq!(screens_with_audio(dir.path(), "syl"), vec!["benefits"]);
        assert!(
            clip_is_absent(dir.path(), "syl", "form"),
            "no recording, no button"
        );
    }

    fn clip_is_absent(dir: &Path, locale: &str, screen: &str) -> bool {
        clip(dir, locale, screen).is_none()
    }

    #[test]
    fn paths_are_never_built_from_odd_input() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("secret.wav"), b"x").unwrap();
        assert!(clip_is_absent(dir.path(), "..", "secret"));
        assert!(clip_is_absent(dir.path(), "en-GB", "../../secret"));
        assert!(screens_with_audio(dir.path(), "../x").is_empty());
    }
}
