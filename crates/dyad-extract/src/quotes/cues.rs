//! Speech cues (`said`, `pointing out`, `according to`), from `data/lexicon/speech_cues.tsv`.

use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

use dyad_text::data_lines;

use crate::analysis::Analysis;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// `X said`, `said X`.
    Finite,
    /// `..., adding that`: the subject is the clause's, or whoever spoke last.
    Participle,
    /// `according to X`.
    According,
}

#[derive(Debug, Clone, Copy)]
pub struct Cue {
    pub kind: CueKind,
    /// The verb takes its addressee as object (`told X`).
    pub addressee: bool,
    /// Only introduces a direct quote (`condemned China's "aggressive" manoeuvres`): the verb's
    /// object is no reported clause.
    pub direct_only: bool,
}

pub struct Cues {
    /// Lower-case cue phrases, keyed by their words joined with spaces.
    map: HashMap<String, Cue>,
    /// First word of a cue → the most words a cue starting with it has (most tokens start none).
    firsts: HashMap<String, usize>,
}

impl Cues {
    pub fn embedded() -> &'static Cues {
        static CUES: OnceLock<Cues> = OnceLock::new();
        CUES.get_or_init(|| {
            let mut map = HashMap::new();
            let mut firsts: HashMap<String, usize> = HashMap::new();
            for line in data_lines(include_str!("../../../../data/lexicon/speech_cues.tsv")).skip(1) {
                let mut cols = line.split('\t');
                let (Some(cue), Some(kind)) = (cols.next(), cols.next()) else { continue };
                let flag = cols.next().unwrap_or("");
                let kind = match kind {
                    "participle" => CueKind::Participle,
                    "according" => CueKind::According,
                    _ => CueKind::Finite,
                };
                let first = cue.split(' ').next().unwrap_or(cue).to_string();
                let words = firsts.entry(first).or_insert(1);
                *words = (*words).max(cue.split(' ').count());
                map.insert(cue.to_string(), Cue { kind, addressee: flag == "addressee", direct_only: flag == "direct" });
            }
            Cues { map, firsts }
        })
    }

    /// Whether a single word is a finite speech cue (`reported`, `said`).
    pub fn is_finite_word(&self, w: &str) -> bool {
        let lower: String = w.chars().flat_map(char::to_lowercase).collect();
        self.map.get(&lower).is_some_and(|c| c.kind == CueKind::Finite)
    }

    /// The cue starting at token `i`, with its length in tokens.
    pub fn at(&self, a: &Analysis, i: usize) -> Option<(usize, Cue)> {
        let first = a.tok(i);
        if first.is_empty() || !first.starts_with(|c: char| c.is_lowercase()) && !matches!(first, "According" | "Adding") {
            return None;
        }
        let mut key: String = first.chars().flat_map(char::to_lowercase).collect();
        let &max_words = self.firsts.get(&key)?;
        for n in (1..=max_words).rev() {
            if i + n > a.len() {
                continue;
            }
            key.clear();
            for k in i..i + n {
                if k > i {
                    key.push(' ');
                }
                key.extend(a.tok(k).chars().flat_map(char::to_lowercase));
            }
            if let Some(c) = self.map.get(&key) {
                // A cue word the tagger reads as a noun or adjective, inside a noun phrase or
                // as a verb's object, is none: "*state* media", "the *claims* of", "rejected
                // *claims* that". (Alone it may be a mistagged verb: "the BBC *reports*.")
                let nominal = |k: usize| matches!(a.upos(k), "NOUN" | "ADJ" | "PROPN");
                let in_phrase = (i + 1 < a.len() && nominal(i + 1)) || (i > 0 && matches!(a.upos(i - 1), "DET" | "ADJ" | "VERB"));
                if n == 1 && nominal(i) && in_phrase {
                    return None;
                }
                return Some((n, *c));
            }
        }
        None
    }
}
