//! The output contract: one extracted document, as `spec/document.schema.json` defines it.

use serde::{Deserialize, Serialize};

pub const SCHEMA_ID: &str = "dyad.document/v1";

/// `[start, end)` in Unicode characters of the original input.
pub type Span = [u32; 2];

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Document {
    pub schema: String,
    pub document: DocumentMeta,
    pub actors: Vec<Actor>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DocumentMeta {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub language: String,
    pub text_sha256: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    State,
    Place,
    Group,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::State => "state",
            ActorKind::Place => "place",
            ActorKind::Group => "group",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub titles: Vec<String>,
    pub mentions: Vec<Span>,
}

impl Actor {
    /// A group named only by what it is ("insurgents", "security forces"): the extractor
    /// names these in lower case, proper names never are.
    pub fn is_generic(&self) -> bool {
        is_generic_group(self.kind, &self.name)
    }
}

/// See [`Actor::is_generic`].
/// A group named by a common noun (`rebels`, `security forces`): no capital anywhere (a name
/// may open with an article: `al-Shabaab`).
pub(crate) fn is_generic_group(kind: ActorKind, name: &str) -> bool {
    kind == ActorKind::Group && !name.chars().any(char::is_uppercase)
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: String,
    pub mode: Option<String>,
    pub quad: u8,
    pub score: f32,
    pub actor: Vec<String>,
    pub recipient: Vec<String>,
    pub location: Option<String>,
    pub date: Option<String>,
    pub date_text: Option<String>,
    pub negated: bool,
    pub hypothetical: bool,
    pub trigger: Option<String>,
    pub sentence: Span,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Quote {
    pub id: String,
    pub speaker: Option<String>,
    pub text: String,
    pub span: Span,
    pub direct: bool,
    pub cue: Option<String>,
}
