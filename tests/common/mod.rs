//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use dyad_extract::document::{Actor, ActorKind, Document};
use dyad_extract::{extract, input, Options};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Extracts an example article, as `dyad extract FILE --published DATE` would.
pub fn extract_example(name: &str, published: Option<&str>) -> Document {
    let path = repo().join("examples").join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = input::decode(&bytes).expect("example is valid text");
    let mut article = input::from_text(text);
    article.published = published.map(|p| input::parse_date(p).expect("valid date"));
    extract(&article, &Options::default())
}

/// Extracts one of our own test articles under `tests/events/`.
pub fn extract_own(name: &str, published: Option<&str>) -> Document {
    let path = repo().join("tests/events").join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = input::decode(&bytes).expect("test article is valid text");
    extract_text(text, published)
}

/// Extracts a text given inline.
pub fn extract_text(text: &str, published: Option<&str>) -> Document {
    let mut article = input::from_text(text);
    article.published = published.map(|p| input::parse_date(p).expect("valid date"));
    extract(&article, &Options::default())
}

pub fn actor<'a>(doc: &'a Document, name: &str) -> &'a Actor {
    doc.actors.iter().find(|a| a.name == name).unwrap_or_else(|| {
        let names: Vec<&str> = doc.actors.iter().map(|a| a.name.as_str()).collect();
        panic!("no actor {name:?}; actors: {names:?}")
    })
}

pub fn persons(doc: &Document) -> Vec<&str> {
    let mut v: Vec<&str> = doc.actors.iter().filter(|a| a.kind == ActorKind::Person).map(|a| a.name.as_str()).collect();
    v.sort_unstable();
    v
}

/// The actor id's name, for readable assertions on quotes and events.
pub fn name_of<'a>(doc: &'a Document, id: &str) -> &'a str {
    doc.actors.iter().find(|a| a.id == id).map_or("?", |a| a.name.as_str())
}

/// `TYPE actor… -> recipient…` for each event of an inline text that is not negated, with `?`
/// after a hypothetical one.
pub fn coded(text: &str) -> Vec<String> {
    let doc = extract_text(text, None);
    let names = |ids: &[String]| ids.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>().join("+");
    doc.events
        .iter()
        .filter(|e| !e.negated)
        .map(|e| format!("{} {} -> {}{}", e.event_type, names(&e.actor), names(&e.recipient), if e.hypothetical { " ?" } else { "" }))
        .collect()
}

/// Asserts that the inline text codes `expected` (in [`coded`]'s form) among its events.
#[track_caller]
pub fn assert_codes(text: &str, expected: &str) {
    let evs = coded(text);
    assert!(evs.iter().any(|e| e == expected), "{expected:?} not in {evs:?}");
}

/// The text of a span of the original input.
pub fn span_text(text: &str, span: [u32; 2]) -> String {
    text.chars().skip(span[0] as usize).take((span[1] - span[0]) as usize).collect()
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The name of the speaker of the first quote containing `needle` ("none" without one).
pub fn speaker(doc: &Document, needle: &str) -> String {
    let q = doc.quotes.iter().find(|q| q.text.contains(needle)).unwrap_or_else(|| panic!("no quote with {needle:?}"));
    q.speaker.as_deref().map_or("none".to_string(), |id| name_of(doc, id).to_string())
}
