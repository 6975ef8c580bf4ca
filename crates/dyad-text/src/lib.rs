//! # dyad-text
//!
//! The first stages of dyad's pipeline: from raw input to tokens.
//!
//! ```
//! use dyad_text::{normalize, segment, TextLexicon};
//! let raw = "Boiser assured Al -Nahar that it works . Mr. Smith agreed.";
//! let norm = normalize(raw);
//! let seg = segment(norm.as_str(), TextLexicon::embedded());
//! assert_eq!(seg.sentences.len(), 2);
//! let t = seg.tokens[2]; // "Al-Nahar"
//! assert_eq!(t.text(norm.as_str()), "Al-Nahar");
//! assert_eq!(norm.to_original(t.char_start, t.char_end), (15, 24)); // "Al -Nahar" in the raw text
//! ```
//!
//! Invariants: token offsets are into the normalised text; [`NormalizedText::to_original`] maps
//! character ranges back to the raw input, and is the only way spans leave this crate.

pub mod html;
pub mod lexicon;
pub mod normalize;
pub mod segment;
pub mod tokenize;

pub use lexicon::{data_lines, TextLexicon};
pub use normalize::{normalize, NormalizedText};
pub use segment::{segment, Paragraph, Segmentation, Sentence};
pub use tokenize::Token;
