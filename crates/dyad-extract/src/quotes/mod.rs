//! Quotes: who said what.
//!
//! Direct quotes are found by pairing quotation marks within a paragraph. Machine-translated copy
//! often leaves a quote open, or turns a closing mark into an opening one; pairing therefore reads
//! each mark's orientation from its neighbours, treats an "opening" mark right after `,` `.` `?` `!`
//! inside an open quote as the missing close, and ends a quote that never closes at the paragraph's
//! end (or, when another quote opens first, before the attribution clause that introduces it).
//! Reported speech (`X said (that) …`, `…, X said.`, `according to X, …`) is found from speech cues. Speakers are
//! then attributed in text order by [`speaker`], so `he added` and continued quotes can use who
//! spoke last.

pub mod cues;
mod passes;
mod reported;
mod speaker;

use std::ops::Range;

use crate::actors::Actors;
use crate::analysis::Analysis;
use crate::refer::Resolver;
use cues::Cues;

/// One quote of the document.
#[derive(Debug, Clone)]
pub struct QuoteRec {
    /// Tokens of what was said, without quotation marks.
    pub content: Range<usize>,
    pub speaker: Option<u32>,
    pub direct: bool,
    /// Tokens of the speech cue, if one was found.
    pub cue: Option<Range<usize>>,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    tok: usize,
    open_like: bool,
    close_like: bool,
}

pub(crate) fn is_mark(w: &str) -> bool {
    w == "\""
}

/// Finds the quotes of a document and their speakers.
pub fn find_quotes(a: &Analysis, actors: &Actors) -> Vec<QuoteRec> {
    let mut direct = Vec::new();
    for p in &a.seg.paragraphs {
        direct_in_paragraph(a, p.tokens.start as usize, p.tokens.end as usize, &mut direct);
    }
    let mut resolver = Resolver::new(a, actors);
    for q in &direct {
        for k in q.content.clone() {
            resolver.in_quote[k] = true;
        }
    }
    let mut all = direct;
    all.extend(reported::reported(a, &resolver.in_quote));
    all.sort_by_key(|q| q.content.start);
    speaker::attribute(a, &resolver, &mut all);
    passes::one_report_with_two_cues(a, &mut all);
    passes::named_before_colon(a, actors, &resolver.in_quote, &mut all);
    // Reported speech is only speech when someone says it.
    all.retain(|q| q.direct || q.speaker.is_some());
    // A quoted phrase that reported speech runs through, or ends with, is said there already
    // (by whoever says the rest: the nearest name before the phrase may be someone else's).
    let reported: Vec<Range<usize>> = all.iter().filter(|q| !q.direct).map(|q| q.content.clone()).collect();
    all.retain(|q| !q.direct || !reported.iter().any(|c| c.start < q.content.start && q.content.end <= c.end));
    all
}

fn marks(a: &Analysis, from: usize, to: usize) -> Vec<Mark> {
    let text = a.text();
    (from..to)
        .filter(|&k| is_mark(a.tok(k)))
        .map(|k| {
            let t = a.seg.tokens[k];
            let prev = text[..t.start as usize].chars().next_back();
            let next = text[t.end as usize..].chars().next();
            let open_like = prev.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | ':' | '-' | '—'))
                && next.is_some_and(|c| !c.is_whitespace());
            let close_like = prev.is_some_and(|c| !c.is_whitespace()) && next.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation());
            Mark { tok: k, open_like, close_like }
        })
        .collect()
}

fn direct_in_paragraph(a: &Analysis, from: usize, to: usize, out: &mut Vec<QuoteRec>) {
    let ms = marks(a, from, to);
    let mut open: Option<Mark> = None;
    for (i, m) in ms.iter().enumerate() {
        match open {
            None => {
                // A "closing" mark with a stretch of text after it opens a quote (MT flips marks).
                let text_follows = ms.get(i + 1).map_or(to, |n| n.tok).saturating_sub(m.tok) > 3;
                if m.open_like || !m.close_like || text_follows {
                    open = Some(*m);
                }
            }
            Some(o) => {
                let after_punct = matches!(a.tok(m.tok.saturating_sub(1)), "," | "." | "?" | "!" | ";");
                if after_punct || !m.open_like {
                    push_quote(a, o.tok + 1, m.tok, out);
                    open = None;
                } else {
                    // Another quote opens before this one closed: end it before the clause that
                    // introduces the next (`..., while the guest asserted that Libya "seeks ...`).
                    let end = attribution_start(a, o.tok + 1, m.tok);
                    push_quote(a, o.tok + 1, end, out);
                    open = Some(*m);
                }
            }
        }
    }
    if let Some(o) = open {
        let mut end = to;
        while end > o.tok + 1 && is_mark(a.tok(end - 1)) {
            end -= 1;
        }
        push_quote(a, o.tok + 1, end, out);
    }
}

/// Within `from..to`, where the clause with the last speech cue begins (at its preceding comma).
fn attribution_start(a: &Analysis, from: usize, to: usize) -> usize {
    let cues = Cues::embedded();
    let Some(cue) = (from..to).rev().find(|&k| cues.at(a, k).is_some()) else { return to };
    (from..cue).rev().find(|&k| matches!(a.tok(k), "," | ";" | ":")).unwrap_or(to)
}

fn push_quote(a: &Analysis, mut from: usize, mut to: usize, out: &mut Vec<QuoteRec>) {
    while from < to && is_mark(a.tok(from)) {
        from += 1;
    }
    while to > from && (is_mark(a.tok(to - 1)) || a.tok(to - 1) == ",") && to - from > 1 {
        to -= 1;
    }
    if from >= to {
        return;
    }
    // A quoted name or term (`the "National Army"`) is not speech.
    if is_name_like(a, from, to) {
        return;
    }
    out.push(QuoteRec { content: from..to, speaker: None, direct: true, cue: None });
}

/// Whether the words `from..to` are a name or a term, not speech: at most four words, each
/// capitalised or not a word (`the "National Army"`, `told "Al-Quds Al-Arabi"`).
fn is_name_like(a: &Analysis, from: usize, to: usize) -> bool {
    to > from
        && to - from <= 4
        && (from..to).all(|k| {
            let w = a.tok(k);
            w.starts_with(char::is_uppercase) || !w.chars().any(char::is_alphabetic)
        })
}
