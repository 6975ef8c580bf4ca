//! The statistical layers: part of speech, named entities and dependencies for every token,
//! from the models in `dyad-nlp`, one sentence at a time.

use dyad_nlp::{DepRel, Models, NerTag, Upos};
use dyad_text::{Segmentation, Token};

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
    let mut layers =
        Layers { upos: Vec::with_capacity(n), ner: Vec::with_capacity(n), head: Vec::with_capacity(n), deprel: Vec::with_capacity(n) };
    let mut words: Vec<&str> = Vec::new();
    let (mut upos, mut ner, mut heads, mut rels) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for s in &seg.sentences {
        words.clear();
        words.extend(seg.tokens[s.tokens.start as usize..s.tokens.end as usize].iter().map(|t: &Token| t.text(text)));
        models.pos.tag(&words, &mut upos);
        models.ner.tag(&words, &upos, &mut ner);
        models.parser.parse(&words, &upos, &mut heads, &mut rels);
        // The models promise one prediction per word; pad defensively so indices never drift.
        let len = words.len();
        layers.upos.extend(upos.iter().copied().chain(std::iter::repeat(Upos::X)).take(len));
        layers.ner.extend(ner.iter().copied().chain(std::iter::repeat(NerTag::O)).take(len));
        layers.head.extend(heads.iter().copied().chain(std::iter::repeat(0)).take(len));
        layers.deprel.extend(rels.iter().copied().chain(std::iter::repeat(DepRel::Dep)).take(len));
    }
    // Tokens outside any sentence (none today) get neutral values.
    layers.upos.resize(n, Upos::X);
    layers.ner.resize(n, NerTag::O);
    layers.head.resize(n, 0);
    layers.deprel.resize(n, DepRel::Dep);
    layers
}
