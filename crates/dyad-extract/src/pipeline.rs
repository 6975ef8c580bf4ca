//! The whole pipeline, top to bottom, in one function.

use sha2::{Digest, Sha256};

use crate::actors::{find_actors, Actors};
use crate::analysis::Analysis;
use crate::document::{Actor, Document, DocumentMeta, Event, Quote, Span, SCHEMA_ID};
use crate::events::{find_events, EventRec};
use crate::input::Article;
use crate::lexicon::Lexicon;
use crate::quotes::{find_quotes, QuoteRec};

/// Options that change what `extract` outputs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Always include `document.text`, even when it is the raw input.
    pub include_text: bool,
}

/// Extracts actors, quotes and events from one article.
///
/// input → normalised text (with an offset map) → paragraphs, sentences, tokens → actors →
/// quotes and events → the output document with every span in original characters.
pub fn extract(article: &Article, opts: &Options) -> Document {
    extract_with_events(article, opts).0
}

/// [`extract`] for batch callers: a defect that panics on one article becomes that article's
/// error ("internal error …") instead of ending the batch and losing what it already did.
pub fn extract_guarded(article: &Article, opts: &Options) -> Result<Document, String> {
    guarded(|| extract(article, opts))
}

/// Runs `f`, turning a panic into an error message.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        format!("internal error while extracting (please report it with the article): {what}")
    })
}

/// [`extract`], also returning the event records behind `document.events` (same order),
/// for callers that need what the contract leaves out (the evaluation's main events).
pub fn extract_with_events(article: &Article, opts: &Options) -> (Document, Vec<EventRec>) {
    let lex = Lexicon::embedded();
    let norm = dyad_text::normalize(&article.text);
    let seg = dyad_text::segment(norm.as_str(), dyad_text::TextLexicon::embedded());
    let headline_common = crate::casing::headline_common_words(norm.as_str(), &seg, lex);
    let analysis = Analysis::new(norm, seg, headline_common);
    let actors = find_actors(&analysis, lex);
    let quotes = find_quotes(&analysis, &actors);
    let events = find_events(&analysis, &actors, &quotes, article.published);
    let doc = build_document(article, &analysis, &actors, &quotes, &events, opts);
    (doc, events)
}

fn build_document(article: &Article, a: &Analysis, actors: &Actors, quotes: &[QuoteRec], events: &[EventRec], opts: &Options) -> Document {
    let sha = hex(&Sha256::digest(article.text.as_bytes()));
    let meta = DocumentMeta {
        id: article.id.clone().unwrap_or_else(|| sha.clone()),
        title: article.title.clone(),
        published: article.published.map(|d| d.format("%Y-%m-%d").to_string()),
        source: article.source.clone(),
        url: article.url.clone(),
        language: "en".to_string(),
        text_sha256: sha,
        text: (article.text_is_derived || opts.include_text).then(|| article.text.clone()),
    };
    let actors_out = actors
        .list
        .iter()
        .enumerate()
        .map(|(i, r)| Actor {
            id: actor_id(i),
            name: r.name.clone(),
            kind: r.kind,
            aliases: r.aliases.clone(),
            country: r.country.clone(),
            sector: r.sector.clone(),
            titles: r.titles.clone(),
            mentions: r.mentions.iter().map(|m| a.span(m.tokens.start, m.tokens.end)).collect(),
        })
        .collect();
    let quotes_out = quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let span = a.span(q.content.start, q.content.end);
            Quote {
                id: format!("Q{}", i + 1),
                speaker: q.speaker.map(|s| actor_id(s as usize)),
                text: original_slice(&article.text, span),
                span,
                direct: q.direct,
                cue: q.cue.as_ref().map(|c| a.slice(c.start, c.end).to_string()),
            }
        })
        .collect();
    let ids = |xs: &[u32]| xs.iter().map(|&x| actor_id(x as usize)).collect::<Vec<_>>();
    let events_out = events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let r = a.sentence_tokens(e.sentence);
            Event {
                id: format!("E{}", i + 1),
                event_type: e.event_type.to_string(),
                mode: e.mode.clone(),
                quad: e.quad,
                score: e.score,
                actor: ids(&e.actor),
                recipient: ids(&e.recipient),
                location: e.location.map(|x| actor_id(x as usize)),
                date: e.date.clone(),
                date_text: e.date_text.clone(),
                negated: e.negated,
                hypothetical: e.hypothetical,
                trigger: Some(e.trigger.iter().map(|&k| a.tok(k)).collect::<Vec<_>>().join(" ")),
                sentence: a.span(r.start, r.end),
            }
        })
        .collect();
    Document { schema: SCHEMA_ID.to_string(), document: meta, actors: actors_out, events: events_out, quotes: quotes_out }
}

/// The characters `[start, end)` of `text`.
pub fn original_slice(text: &str, span: Span) -> String {
    text.chars().skip(span[0] as usize).take(span[1].saturating_sub(span[0]) as usize).collect()
}

pub fn actor_id(i: usize) -> String {
    format!("A{}", i + 1)
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_records_error() {
        let err = guarded(|| -> u32 { panic!("index out of bounds: the len is 17 but the index is 17") }).unwrap_err();
        assert!(err.starts_with("internal error while extracting") && err.contains("the len is 17"), "{err}");
        assert_eq!(guarded(|| 7), Ok(7));
    }
}
