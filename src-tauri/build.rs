//! Tauri's build step, with the app's command list read from `src/lib.rs` so the capability
//! check knows every command. (The translations are embedded by the core crate's build.rs.)

use std::path::Path;

fn main() {
    // Declaring the app's commands makes Tauri check each call against the capabilities in
    // `capabilities/`: a window may call only the commands its capability grants.
    let commands: &'static [&'static str] = Vec::leak(
        app_commands()
            .into_iter()
            .map(|c| &*Box::leak(c.into_boxed_str()))
            .collect(),
    );
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri build step");
}

/// The commands registered in `src/lib.rs`'s `generate_handler!`, so the list is kept once.
fn app_commands() -> Vec<String> {
    // Read at run time, not baked in with env!: a build script compiled in another checkout
    // (a shared or copied target/) must still read this one's files.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let lib = Path::new(&manifest).join("src/lib.rs");
    println!("cargo:rerun-if-changed={}", lib.display());
    let text = std::fs::read_to_string(&lib).expect("src/lib.rs");
    let start = text
        .find("generate_handler![")
        .expect("generate_handler! in src/lib.rs")
        + "generate_handler![".len();
    let end = start + text[start..].find(']').expect("end of generate_handler!");
    text[start..end]
        .split(',')
        .map(str::trim)
        .filter(|item| item.starts_with("commands::"))
        // Tauri names a command by the last segment of its path (`commands::staff::log_in`).
        .filter_map(|item| item.rsplit("::").next())
        .map(str::to_owned)
        .collect()
}
