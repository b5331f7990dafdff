// The one way to the Rust side: every command the page runs goes through `invoke`. This is
// the only file that touches window.__TAURI__ (ui/check-imports.mjs fails the build if
// another does).

export const invoke = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);
