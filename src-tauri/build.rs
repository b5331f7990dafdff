//! Embeds every `locales/{locale}/*.ftl` into the binary, so a kiosk needs no files
//! beside it to speak its languages, then runs Tauri's own build step.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    embed_locales();
    tauri_build::build();
}

fn embed_locales() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales: Vec<_> = std::fs::read_dir(&root)
        .expect("locales/ must exist beside src-tauri/")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    locales.sort_by_key(|e| e.file_name());
    let mut out = String::from("pub static SHIPPED: &[(&str, &[(&str, &str)])] = &[\n");
    for dir in locales {
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
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("shipped_locales.rs");
    std::fs::write(dest, out).expect("write shipped_locales.rs");
}
