//! The core's one rule, checked from its source: a module uses only its own layer and those
//! below (`src/lib.rs` lists them), and the modules of one layer use each other without a
//! circle; nor do the files inside a module (`store/journeys.rs` and `store/sign_up.rs`,
//! say). Read from the `crate::` and `super::` paths in the code, comments left out; a new
//! top-level module must be given a layer here before the test passes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each top-level module of `src/` and its layer, from the bottom (0) up.
const LAYERS: &[(&str, u8)] = &[
    // basics
    ("data_dir", 0),
    ("qr", 0),
    ("localisation", 0),
    ("privacy", 0),
    // the domain: pure types and rules
    ("journey", 1),
    ("measures", 1),
    ("staff", 1),
    ("printing", 1),
    ("practice", 1),
    ("device_secret", 1),
    // SQLite, keeping the domain's types
    ("store", 2),
    // report assembly from the store
    ("reports", 3),
    // the use-cases and their error
    ("error", 4),
    ("kiosk", 5),
];

fn layer_of(module: &str) -> u8 {
    LAYERS
        .iter()
        .find(|(m, _)| *m == module)
        .map(|(_, l)| *l)
        .unwrap_or_else(|| panic!("`{module}` has no layer: add it to LAYERS and lib.rs's list"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its comments (a `//` inside a string literal is kept).
fn without_comments(text: &str) -> String {
    let mut code = String::new();
    for line in text.lines() {
        let mut in_string = false;
        let mut previous = '\0';
        let mut end = line.len();
        for (i, c) in line.char_indices() {
            if c == '"' && previous != '\\' {
                in_string = !in_string;
            }
            if !in_string && c == '/' && previous == '/' {
                end = i - 1;
                break;
            }
            previous = c;
        }
        code.push_str(&line[..end]);
        code.push('\n');
    }
    code
}

/// The top-level modules a piece of code names through `crate::`, grouped imports included
/// (`crate::{journey::Path, store::Store}`).
fn modules_named(code: &str) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        named.insert(ident(&group[start..i]));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        named.insert(ident(&group[start..i]));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            named.insert(ident(rest));
        }
    }
    named.retain(|m| !m.is_empty() && m != "self");
    named
}

/// Which top-level modules each top-level module uses, with one place each use is made.
fn uses() -> BTreeMap<String, BTreeMap<String, String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut uses: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let first = relative.iter().next().unwrap().to_str().unwrap();
        let module = first.trim_end_matches(".rs").to_owned();
        if module == "lib" {
            continue; // declares the modules; uses none
        }
        let code = without_comments(&std::fs::read_to_string(&file).unwrap());
        for used in modules_named(&code) {
            if used != module {
                uses.entry(module.clone())
                    .or_default()
                    .entry(used)
                    .or_insert_with(|| relative.display().to_string());
            }
        }
    }
    uses
}

#[test]
fn nothing_uses_a_module_of_a_layer_above_it() {
    let uses = uses();
    assert!(
        uses.get("kiosk").is_some_and(|u| u.contains_key("store")),
        "the reading of the source found the use-cases' use of the store: {uses:?}"
    );
    let mut upward = Vec::new();
    for (module, used) in &uses {
        for (target, at) in used {
            if layer_of(target) > layer_of(module) {
                upward.push(format!("{at}: {module} uses {target}, a layer above it"));
            }
        }
    }
    assert!(upward.is_empty(), "{upward:#?}");
}

/// The first circle found in a graph of who uses whom, as the nodes on it (the first one
/// again at its end). Depth-first, keeping the path: a node met again on its own path closes
/// a circle.
fn first_circle<N: Ord + Clone>(uses: &BTreeMap<N, BTreeSet<N>>) -> Option<Vec<N>> {
    fn visit<N: Ord + Clone>(
        node: &N,
        uses: &BTreeMap<N, BTreeSet<N>>,
        path: &mut Vec<N>,
        done: &mut BTreeSet<N>,
    ) -> Option<Vec<N>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.clone());
            return Some(circle);
        }
        if !done.insert(node.clone()) {
            return None;
        }
        path.push(node.clone());
        for target in uses.get(node).into_iter().flatten() {
            if let Some(circle) = visit(target, uses, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    uses.keys()
        .find_map(|node| visit(node, uses, &mut Vec::new(), &mut done))
}

#[test]
fn the_modules_use_each_other_without_a_circle() {
    let uses: BTreeMap<String, BTreeSet<String>> = uses()
        .into_iter()
        .map(|(module, used)| (module, used.into_keys().collect()))
        .collect();
    if let Some(circle) = first_circle(&uses) {
        panic!("a circle: {}", circle.join(" → "));
    }
}

#[test]
fn the_reading_finds_grouped_imports_and_skips_comments() {
    let code = without_comments(
        "use crate::{journey::Path, store::{Store, StoreError}};\n\
         // crate::kiosk in a comment\n\
         let s = \"a // b\"; crate::qr::modules_for(s); // crate::error\n",
    );
    assert_eq!(
        modules_named(&code).into_iter().collect::<Vec<_>>(),
        ["journey", "qr", "store"]
    );
}

/// A file's module path: `store/journeys.rs` → `store::journeys`, `store/mod.rs` → `store`.
fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_str().unwrap().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The paths a piece of code names (`crate::a::b::C`, `super::a::b`, grouped imports
/// included), each as module path segments from the crate's root, for the file `at`.
fn paths_named(code: &str, at: &[String]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let segments = |rest: &str| -> Vec<String> {
        rest.split("::")
            .map(|s| {
                s.trim_start()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect::<String>()
            })
            .take_while(|s| !s.is_empty())
            .collect()
    };
    for (prefix, base) in [
        ("crate::", Vec::new()),
        ("super::", at[..at.len().saturating_sub(1)].to_vec()),
    ] {
        for (i, _) in code.match_indices(prefix) {
            // `super::super::` and `self::super::` are not used in the core; a `super::`
            // inside `crate::…::super` would be odd too.
            if prefix == "super::" && code[..i].ends_with("::") {
                continue;
            }
            let rest = &code[i + prefix.len()..];
            let mut heads = Vec::new();
            if let Some(group) = rest.strip_prefix('{') {
                let mut depth = 0;
                let mut start = 0;
                for (j, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => {
                            heads.push(&group[start..j]);
                            break;
                        }
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            heads.push(&group[start..j]);
                            start = j + 1;
                        }
                        _ => {}
                    }
                }
            } else {
                heads.push(rest);
            }
            for head in heads {
                let mut path = base.clone();
                path.extend(segments(head));
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn the_files_use_each_other_without_a_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<Vec<String>> = files
        .iter()
        .map(|f| module_path(f.strip_prefix(&src).unwrap()))
        .filter(|m| !m.is_empty() && m[0] != "lib")
        .collect();
    // Each file's uses of other files (the longest module path a named path starts with),
    // leaving out a module's own parents and children: a child uses what its `mod.rs`
    // declares, and the `mod.rs` re-exports its children, by design.
    let mut uses: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in &files {
        let module = module_path(file.strip_prefix(&src).unwrap());
        if !modules.contains(&module) {
            continue;
        }
        let code = without_comments(&std::fs::read_to_string(file).unwrap());
        // A file's own tests (its `#[cfg(test)] mod tests`, at its end) may use the shared
        // test fixtures (kiosk/testing.rs), which use the code under test: not a circle.
        let code = match code.find("#[cfg(test)]\nmod ") {
            Some(tests) => &code[..tests],
            None => &code[..],
        };
        for path in paths_named(code, &module) {
            let Some(target) = (1..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|p| modules.contains(p))
            else {
                continue;
            };
            let related = target.starts_with(&module) || module.starts_with(&target);
            if !related {
                uses.entry(module.clone()).or_default().insert(target);
            }
        }
    }
    assert!(
        uses.get(&vec!["store".to_owned(), "sign_up".to_owned()])
            .is_some_and(|u| u.contains(&vec!["store".to_owned(), "journeys".to_owned()])),
        "the reading found store/sign_up.rs's use of store/journeys.rs: {uses:?}"
    );
    if let Some(circle) = first_circle(&uses) {
        let names: Vec<String> = circle.iter().map(|m| m.join("::")).collect();
        panic!("files in a circle: {}", names.join(" → "));
    }
}
