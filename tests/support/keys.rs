//! Typing through the kiosk's own on-screen keyboard, as a patient does: a WebDriver click on
//! the field, then a WebDriver click on each key (never `send_keys`).
//!
//! Which keys to tap is worked out from the layout files the page itself is built from
//! (`ui/src/keyboards/*.json`, their format in that folder's README): the keyboard says in
//! its `data-layout` and `data-layer` attributes which set of keys it shows, and the layout
//! file says which keys are on it and where `{shift}`, `{layer:NAME}`, the letters-layout
//! buttons and `{letters}` lead. So the helper keeps working when a form gains fields or a
//! layout gains keys; a text no layout can type fails with the character named.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::Path;
use std::sync::OnceLock;

use fantoccini::Locator;
use serde_json::Value;

use crate::{App, WAIT};

/// The layout files, by id.
fn layouts() -> &'static HashMap<String, Value> {
    static LAYOUTS: OnceLock<HashMap<String, Value>> = OnceLock::new();
    LAYOUTS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/keyboards");
        std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| {
                let text = std::fs::read_to_string(&p).expect("a layout file");
                let layout: Value =
                    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                (
                    layout["id"].as_str().expect("a layout id").to_owned(),
                    layout,
                )
            })
            .collect()
    })
}

/// One key token of a row (see layouts.js's parseKey): `Ok(text)` or `Err((action, to))`.
fn parse_key(token: &str) -> Result<String, (String, Option<String>)> {
    match token.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
        Some(inner) => {
            let (action, to) = match inner.split_once(':') {
                Some((a, t)) => (a.to_owned(), Some(t.to_owned())),
                None => (inner.to_owned(), None),
            };
            Err((action, to))
        }
        None => Ok(token.to_owned()),
    }
}

/// Which keys the keyboard shows now: its layout, layer, the page's language (for the
/// language's accents row) and the letters layouts offered in its bar.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Shown {
    layout: String,
    layer: String,
}

struct Bar {
    locale: String,
    layouts: Vec<String>,
}

/// A key that types: its text and its test id.
type Typing = (String, String);
/// A key that shows other keys: its test id and what it shows.
type Move = (String, Shown);

/// The keys of one layer: what each key types, and where each action key leads.
fn keys_of(state: &Shown, bar: &Bar) -> (Vec<Typing>, Vec<Move>) {
    let layout = &layouts()[&state.layout];
    let layer = &layout["layers"][&state.layer];
    let mut texts = Vec::new();
    let mut moves = Vec::new();
    let mut rows: Vec<&str> = layer["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r.as_str().expect("a row"))
        .collect();
    if let Some(row) = layout["language_rows"][&bar.locale][&state.layer].as_str() {
        rows.push(row);
    }
    for row in rows {
        for token in row.split(' ') {
            match parse_key(token) {
                Ok(text) => texts.push((text.clone(), format!("key-{text}"))),
                Err((action, _)) if action == "space" => {
                    texts.push((" ".into(), "key-space".into()));
                }
                Err((action, to)) => {
                    let target = match action.as_str() {
                        "shift" => layer["shift"].as_str().map(str::to_owned),
                        "layer" => to.clone(),
                        _ => None,
                    };
                    if let Some(t) = target {
                        let id = if action == "layer" {
                            format!("key-layer-{t}")
                        } else {
                            format!("key-{action}")
                        };
                        moves.push((
                            id,
                            Shown {
                                layout: state.layout.clone(),
                                layer: t,
                            },
                        ));
                    }
                    if action == "letters" {
                        let latin = &layouts()["latin"];
                        moves.push((
                            "key-letters".into(),
                            Shown {
                                layout: "latin".into(),
                                layer: latin["modes"]["text"]
                                    .as_str()
                                    .expect("latin letters")
                                    .into(),
                            },
                        ));
                    }
                }
            }
        }
    }
    for id in &bar.layouts {
        if *id != state.layout {
            let letters = layouts()[id]["modes"]["text"]
                .as_str()
                .expect("a letters layer");
            moves.push((
                format!("key-layout-{id}"),
                Shown {
                    layout: id.clone(),
                    layer: letters.into(),
                },
            ));
        }
    }
    (texts, moves)
}

/// The taps (key test ids) that type the start of `rest` from `from`: the moves to a layer
/// that has a key for it, then that key, longest key first. `None` if no key types it.
fn plan(from: &Shown, bar: &Bar, rest: &str) -> Option<(Vec<String>, usize)> {
    let mut seen = HashSet::from([from.clone()]);
    let mut queue = VecDeque::from([(from.clone(), Vec::<String>::new())]);
    while let Some((state, path)) = queue.pop_front() {
        let (texts, moves) = keys_of(&state, bar);
        if let Some((text, id)) = texts
            .iter()
            .filter(|(t, _)| rest.starts_with(t.as_str()))
            .max_by_key(|(t, _)| t.len())
        {
            let mut taps = path;
            taps.push(id.clone());
            return Some((taps, text.len()));
        }
        for (id, next) in moves {
            if seen.insert(next.clone()) {
                let mut p = path.clone();
                p.push(id);
                queue.push_back((next, p));
            }
        }
    }
    None
}

/// A CSS string for an attribute selector: the key's own text goes inside it.
fn css_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

impl App {
    /// Taps the field with this `data-testid`, then types `text` on the on-screen keyboard,
    /// key by key, through WebDriver clicks on the keys. Types where the tap put the caret
    /// (at the end of what the field holds, for the short values of a form).
    pub async fn type_on_keys(&self, testid: &str, text: &str) {
        self.tap(testid).await;
        self.wait_until(
            "the on-screen keyboard for the tapped field",
            &format!(
                "document.activeElement && document.activeElement.dataset.testid === {} \
                 && !document.querySelector('[data-testid=keyboard]').hidden",
                css_string(testid)
            ),
        )
        .await;
        self.keys(text).await;
    }

    /// Types `text` on the on-screen keyboard that is open now (see [`App::type_on_keys`]).
    pub async fn keys(&self, text: &str) {
        let mut rest = text;
        while !rest.is_empty() {
            let now = self
                .js("const k = document.querySelector('[data-testid=keyboard]');\
                     return { layout: k.dataset.layout, layer: k.dataset.layer, \
                              locale: document.documentElement.lang, \
                              layouts: [...k.querySelectorAll('[data-action=layout]')].map(b => b.dataset.to) };")
                .await;
            let from = Shown {
                layout: now["layout"]
                    .as_str()
                    .expect("the keyboard is open")
                    .to_owned(),
                layer: now["layer"].as_str().expect("a layer").to_owned(),
            };
            let bar = Bar {
                locale: now["locale"].as_str().unwrap_or_default().to_owned(),
                layouts: serde_json::from_value(now["layouts"].clone()).unwrap_or_default(),
            };
            let (taps, used) = plan(&from, &bar, rest).unwrap_or_else(|| {
                panic!(
                    "no key types {:?} (from the {} layout's {} keys)",
                    rest.chars().next().unwrap_or_default(),
                    from.layout,
                    from.layer
                )
            });
            for id in taps {
                self.tap_key(&id).await;
            }
            rest = &rest[used..];
        }
    }

    /// A WebDriver click on the on-screen key with this test id (e.g. `key-a`, `key-shift`,
    /// `key-next`, `key-layout-bengali`).
    pub async fn tap_key(&self, id: &str) {
        let selector = format!("[data-testid=keyboard] [data-testid={}]", css_string(id));
        let key = self
            .client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(&selector))
            .await
            .unwrap_or_else(|e| panic!("key {id} is not on the keyboard: {e}"));
        key.click()
            .await
            .unwrap_or_else(|e| panic!("tap key {id}: {e}"));
    }
}
