//! Embeds every `locales/{locale}/*.ftl`, its `status.toml` and its recordings
//! (`audio/*.ogg|opus|wav`) into the library, so a kiosk needs no files beside it to speak
//! its languages.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    embed_locales();
}

fn embed_locales() {
    // Read at run time, not baked in with env!: a build script compiled in another checkout
    // (a shared or copied target/) must still embed this one's translations.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales: Vec<_> = std::fs::read_dir(&root)
        .expect("locales/ must exist at the top of the repository")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    locales.sort_by_key(|e| e.file_name());
    let mut out = String::from("pub static SHIPPED: &[(&str, &[(&str, &str)])] = &[\n");
    let mut status = String::from("pub static STATUS: &[(&str, &str)] = &[\n");
    let mut audio = String::from("pub static AUDIO: &[(&str, &str, &[u8])] = &[\n");
    for dir in &locales {
        let tag = dir.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", dir.path().display());
        let mut files: Vec<_> = std::fs::read_dir(dir.path())
            .expect("readable locale folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        writeln!(out, "    ({tag:?}, &[").unwrap();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            let abs = f.canonicalize().expect("canonical path");
            writeln!(
                out,
                "        ({name:?}, include_str!({:?})),",
                abs.display().to_string()
            )
            .unwrap();
        }
        out.push_str("    ]),\n");
        let status_file = dir.path().join("status.toml");
        if status_file.exists() {
            let abs = status_file.canonicalize().expect("canonical path");
            writeln!(
                status,
                "    ({tag:?}, include_str!({:?})),",
                abs.display().to_string()
            )
            .unwrap();
        }
        let audio_dir = dir.path().join("audio");
        println!("cargo:rerun-if-changed={}", audio_dir.display());
        if let Ok(entries) = std::fs::read_dir(&audio_dir) {
            let mut clips: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
            clips.sort();
            for clip in clips {
                let ext = clip
                    .extension()
                    .and_then(|x| x.to_str())
                    .unwrap_or_default();
                if !matches!(ext, "ogg" | "opus" | "wav") {
                    continue;
                }
                let name = clip.file_name().unwrap().to_string_lossy().into_owned();
                let abs = clip.canonicalize().expect("canonical path");
                writeln!(
                    audio,
                    "    ({tag:?}, {name:?}, include_bytes!({:?})),",
                    abs.display().to_string()
                )
                .unwrap();
            }
        }
    }
    out.push_str("];\n");
    status.push_str("];\n");
    audio.push_str("];\n");
    out.push_str(&status);
    out.push_str(&audio);
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("shipped_locales.rs");
    std::fs::write(dest, out).expect("write shipped_locales.rs");
}
