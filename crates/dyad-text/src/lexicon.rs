//! The language data the text stages need, parsed once from `data/lexicon`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// How an abbreviation behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevKind {
    /// Precedes a name (`Mr.`, `Gen.`): never ends a sentence before a capitalised word.
    Title,
    /// Usually sentence-internal (`vs.`, `Jan.`).
    Any,
    /// Internal only before a digit (`No. 5`).
    Numeric,
    /// May end a sentence (`U.S.`, `Inc.`): split when a sentence starter follows.
    FinalOk,
}

/// Abbreviations and sentence starters.
#[derive(Debug, Default)]
pub struct TextLexicon {
    /// Keyed without the final period.
    abbreviations: HashMap<String, AbbrevKind>,
    sentence_starters: HashSet<String>,
}

const ABBREVIATIONS: &str = include_str!("../../../data/lexicon/abbreviations.tsv");
const STARTERS: &str = include_str!("../../../data/lexicon/sentence_starters.txt");

impl TextLexicon {
    /// The lexicon compiled into the binary, parsed on first use.
    pub fn embedded() -> &'static TextLexicon {
        static LEX: OnceLock<TextLexicon> = OnceLock::new();
        LEX.get_or_init(|| TextLexicon::parse(ABBREVIATIONS, STARTERS))
    }

    /// Parses the two data files; malformed lines are skipped (the files are ours and tested).
    pub fn parse(abbreviations: &str, starters: &str) -> TextLexicon {
        let mut lex = TextLexicon::default();
        for line in data_lines(abbreviations).skip(1) {
            let mut cols = line.split('\t');
            let (Some(abbr), Some(kind)) = (cols.next(), cols.next()) else { continue };
            let kind = match kind {
                "title" => AbbrevKind::Title,
                "numeric" => AbbrevKind::Numeric,
                "final_ok" => AbbrevKind::FinalOk,
                _ => AbbrevKind::Any,
            };
            lex.abbreviations.insert(abbr.trim_end_matches('.').to_string(), kind);
        }
        lex.sentence_starters = data_lines(starters).map(str::to_string).collect();
        lex
    }

    /// The kind of `word` (without its final period) if it is a known abbreviation.
    pub fn abbreviation_kind(&self, word: &str) -> Option<AbbrevKind> {
        self.abbreviations.get(word).copied()
    }

    pub fn is_sentence_starter(&self, word: &str) -> bool {
        self.sentence_starters.contains(word)
    }
}

/// Non-empty, non-comment lines of a data file.
pub fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}
