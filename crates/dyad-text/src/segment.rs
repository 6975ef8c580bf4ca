//! Paragraphs and sentences over the token stream.

use std::ops::Range;

use crate::lexicon::{AbbrevKind, TextLexicon};
use crate::tokenize::{tokenize_range, Token};

/// A sentence: a range of token indices, inside one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub tokens: Range<u32>,
    pub paragraph: u32,
}

/// A paragraph: a range of token indices and its byte range in the normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub tokens: Range<u32>,
    pub bytes: Range<u32>,
}

/// The segmented text: tokens, sentences and paragraphs.
#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
}

/// Splits normalised text into paragraphs (lines; a line that continues in lower case joins the
/// previous one, as hard-wrapped text does), sentences and tokens.
pub fn segment(text: &str, lex: &TextLexicon) -> Segmentation {
    let mut seg = Segmentation::default();
    let mut para_start: Option<(usize, u32)> = None;
    let mut line_start = 0usize;
    let mut line_char = 0u32;
    // Walk lines, deciding whether each starts a new paragraph.
    loop {
        let end = text[line_start..].find('\n').map_or(text.len(), |k| line_start + k);
        let line = &text[line_start..end];
        let line_chars = line.chars().count() as u32;
        let blank = line.trim().is_empty();
        if blank {
            if let Some((ps, pc)) = para_start.take() {
                close_paragraph(text, ps, line_start, pc, lex, &mut seg);
            }
        } else {
            let continues = para_start.is_some()
                && line.trim_start().starts_with(|c: char| c.is_lowercase())
                && !text[..line_start].trim_end().ends_with(['.', '!', '?', '"', ':']);
            if !continues {
                if let Some((ps, pc)) = para_start.take() {
                    close_paragraph(text, ps, line_start, pc, lex, &mut seg);
                }
                para_start = Some((line_start, line_char));
            }
        }
        let char_at = line_char + line_chars + 1;
        if end >= text.len() {
            break;
        }
        line_start = end + 1;
        line_char = char_at;
    }
    if let Some((ps, pc)) = para_start.take() {
        close_paragraph(text, ps, text.len(), pc, lex, &mut seg);
    }
    seg
}

fn close_paragraph(text: &str, start: usize, end: usize, char_at: u32, lex: &TextLexicon, seg: &mut Segmentation) {
    let first = seg.tokens.len() as u32;
    tokenize_range(text, start, end, char_at, lex, &mut seg.tokens);
    let last = seg.tokens.len() as u32;
    if first == last {
        return;
    }
    let p = seg.paragraphs.len() as u32;
    let trimmed_end = start + text[start..end].trim_end().len();
    seg.paragraphs.push(Paragraph { tokens: first..last, bytes: start as u32..trimmed_end as u32 });
    split_sentences(text, first, last, p, lex, seg);
}

fn is_closer(t: &str) -> bool {
    matches!(t, "\"" | "'" | ")" | "]" | "}")
}

fn split_sentences(text: &str, first: u32, last: u32, paragraph: u32, lex: &TextLexicon, seg: &mut Segmentation) {
    let toks = &seg.tokens;
    let mut start = first;
    let mut i = first;
    while i < last {
        let t = toks[i as usize].text(text);
        let mut end_here = false;
        if matches!(t, "." | "!" | "?" | "..." | "?!" | "!?") {
            end_here = true;
        } else if let Some(word) = t.strip_suffix('.') {
            // An abbreviation kept its period: only some may end a sentence.
            if i + 1 < last {
                let next = toks[i as usize + 1].text(text);
                end_here = match lex.abbreviation_kind(word) {
                    Some(AbbrevKind::FinalOk) => lex.is_sentence_starter(next),
                    Some(AbbrevKind::Numeric) => !next.starts_with(|c: char| c.is_ascii_digit()) && lex.is_sentence_starter(next),
                    Some(_) => false,
                    None => word.chars().count() > 1 && lex.is_sentence_starter(next),
                };
            }
        }
        if end_here {
            let mut j = i + 1;
            // Closing quotes and brackets glued to the terminal punctuation stay in this sentence.
            while j < last && is_closer(toks[j as usize].text(text)) && toks[j as usize].start == toks[j as usize - 1].end {
                j += 1;
            }
            let boundary = j >= last || {
                let next = toks[j as usize].text(text);
                next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'' | '(' | '[' | '-' | '—'))
            };
            if boundary {
                seg.sentences.push(Sentence { tokens: start..j, paragraph });
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < last {
        seg.sentences.push(Sentence { tokens: start..last, paragraph });
    }
}
