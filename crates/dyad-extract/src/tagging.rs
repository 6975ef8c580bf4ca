//! The statistical layers: part of speech and named entities for every token, dependencies
//! on demand, from the models in `dyad-nlp`. Entities are recognised over the whole
//! document, so a name tagged early informs its later mentions.

use dyad_nlp::{DepRel, Models, NerTag, Upos};
use dyad_text::Segmentation;

/// Per-token predictions, indexed like the tokens.
#[derive(Debug, Default, Clone)]
pub struct Layers {
    pub upos: Vec<Upos>,
    pub ner: Vec<NerTag>,
}

/// Dependency parse of one sentence: `heads` 1-based within the sentence (0 = root), as in
/// CoNLL-U. Parsing is the costliest stage and only events read it, so the events stage
/// calls this for the sentences that may hold an event with a party.
pub fn parse(words: &[&str], upos: &[Upos], heads: &mut Vec<u32>, rels: &mut Vec<DepRel>) {
    Models::embedded().parser.parse(words, upos, heads, rels);
}

/// Tags and recognises every sentence.
/// Words marked in `headline_common` are read in lower case.
pub fn tag(text: &str, seg: &Segmentation, headline_common: &[bool]) -> Layers {
    let models = Models::embedded();
    let n = seg.tokens.len();
    let lowered: Vec<Option<String>> = seg
        .tokens
        .iter()
        .enumerate()
        .map(|(i, t)| headline_common.get(i).copied().unwrap_or(false).then(|| t.text(text).to_lowercase()))
        .collect();
    let words: Vec<&str> = seg.tokens.iter().zip(&lowered).map(|(t, low)| low.as_deref().unwrap_or_else(|| t.text(text))).collect();
    let ranges: Vec<std::ops::Range<usize>> = seg.sentences.iter().map(|s| s.tokens.start as usize..s.tokens.end as usize).collect();
    let mut upos = vec![Upos::X; n];
    let mut buf = Vec::new();
    for r in &ranges {
        models.pos.tag(&words[r.clone()], &mut buf);
        // The models promise one prediction per word; zip keeps indices from drifting if not.
        for (slot, tag) in upos[r.clone()].iter_mut().zip(&buf) {
            *slot = *tag;
        }
    }
    let sentences: Vec<(&[&str], &[Upos])> = ranges.iter().map(|r| (&words[r.clone()], &upos[r.clone()])).collect();
    let mut per_sentence = Vec::new();
    models.ner.tag_doc(&sentences, &mut per_sentence);
    let mut ner = vec![NerTag::O; n];
    for (r, tags) in ranges.iter().zip(&per_sentence) {
        for (slot, tag) in ner[r.clone()].iter_mut().zip(tags) {
            *slot = *tag;
        }
    }
    Layers { upos, ner }
}
