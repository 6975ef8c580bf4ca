//! # dyad-extract
//!
//! One article in; actors, quotes and PLOVER events out, as the JSON contract in
//! `spec/document.schema.json` defines them. The whole pipeline is [`extract`] in `pipeline.rs`.
//!
//! ```
//! use dyad_extract::{extract, input, Options};
//! let article = input::from_text("Norwegian Foreign Minister Espen Barth Eide met his counterpart in Oslo.");
//! let doc = extract(&article, &Options::default());
//! assert!(doc.actors.iter().any(|a| a.name == "Espen Barth Eide" && a.country.as_deref() == Some("NOR")));
//! ```

pub mod actors;
pub mod analysis;
pub mod casing;
mod datelines;
pub mod diplomacy;
pub mod document;
mod event_anaphora;
mod event_dates;
pub mod events;
pub mod gsr;
pub mod input;
pub mod lexicon;
pub mod names;
mod pairs;
mod parse_paths;
pub mod pipeline;
mod quoted_voice;
pub mod quotes;
pub mod refer;
mod references;
mod repair;
pub mod tagging;

pub use document::Document;
pub use input::Article;
pub use pipeline::{extract, extract_guarded, Options};
