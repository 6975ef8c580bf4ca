//! The statistical layers: part of speech, named entities and dependencies for every token,
//! from the models in `dyad-nlp`. Entities are recognised over the whole document, so a name
//! tagged early informs its later mentions. Sentences that cannot hold an event are not parsed.

use dyad_nlp::{DepRel, Models, NerTag, Upos};
use dyad_text::Segmentation;

/// Per-token predictions, indexed like the tokens. `head` is 1-based within the sentence
/// (0 = root), as in CoNLL-U.
#[derive(Debug, Default, Clone)]
pub struct Layers {
    pub upos: Vec<Upos>,
    pub ner: Vec<NerTag>,
    pub head: Vec<u32>,
    pub deprel: Vec<DepRel>,
}

/// Tags, recognises and parses every sentence.
pub fn tag(text: &str, seg: &Segmentation) -> Layers {
    let models = Models::embedded();
    let n = seg.tokens.len();
    let words: Vec<&str> = seg.tokens.iter().map(|t| t.text(text)).collect();
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
    let mut head = vec![0u32; n];
    let mut deprel = vec![DepRel::Dep; n];
    let (mut heads, mut rels) = (Vec::new(), Vec::new());
    // Only events read the parse, and only in sentences with a trigger: parsing is the costliest
    // stage, so the rest keep an empty parse.
    let events = dyad_events::Lexicon::embedded();
    let mut upos_str: Vec<&str> = Vec::new();
    for (r, (w, p)) in ranges.iter().zip(&sentences) {
        upos_str.clear();
        upos_str.extend(p.iter().map(|u| u.as_str()));
        if !dyad_events::may_hold_event(&dyad_events::SentenceView::new(w, &upos_str, &[], &[]), events) {
            continue;
        }
        models.parser.parse(w, p, &mut heads, &mut rels);
        for (slot, h) in head[r.clone()].iter_mut().zip(&heads) {
            *slot = *h;
        }
        for (slot, rel) in deprel[r.clone()].iter_mut().zip(&rels) {
            *slot = *rel;
        }
    }
    Layers { upos, ner, head, deprel }
}
