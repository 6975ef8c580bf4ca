//! Committed models scored on held-out data; floors sit a little below the measured scores
//! so a regression fails.

use dyad_nlp::{eval::chunks, eval::NerScore, io, Models};
use std::path::PathBuf;

fn corpus(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora").join(rel)
}

#[test]
fn pos_and_parse_on_ewt_dev() {
    let m = Models::embedded();
    let gold = io::read_conllu_file(&corpus("ud_english_ewt/en_ewt-ud-dev.conllu")).unwrap();
    let gold: Vec<_> = gold.iter().map(|s| s.to_tagged()).collect();
    let sc = dyad_nlp::parser::evaluate(&m.parser, Some(&m.pos), &gold);
    eprintln!("EWT dev: UPOS {:.4} UAS {:.4} LAS {:.4}", sc.pos(), sc.uas(), sc.las());
    assert!(sc.pos() > 0.945, "UPOS {}", sc.pos());
    assert!(sc.uas() > 0.835, "UAS {}", sc.uas());
    assert!(sc.las() > 0.797, "LAS {}", sc.las());
}

#[test]
fn ner_on_conll_testa() {
    let m = Models::embedded();
    let gold = io::read_ner_file(&corpus("conll2003/eng.testa"), None).unwrap();
    // Sentence by sentence (no document history).
    let mut sc = NerScore::default();
    let (mut pos, mut out) = (Vec::new(), Vec::new());
    for s in &gold {
        let w = s.word_refs();
        m.pos.tag(&w, &mut pos);
        m.ner.tag(&w, &pos, &mut out);
        sc.add(&chunks(&s.tags), &chunks(&out));
    }
    eprintln!("CoNLL testa F1 (sentences) {:.4}", sc.f1());
    assert!(sc.f1() > 0.910, "F1 {}", sc.f1());
    // Document by document (`NerTagger::tag_doc`).
    let doc = dyad_nlp::ner::evaluate(&m.ner, &m.pos, &gold, false);
    eprintln!("CoNLL testa F1 (documents) {:.4}", doc.f1());
    assert!(doc.f1() > 0.922, "F1 {}", doc.f1());
}

/// A one-sentence document is what `tag` sees; in a longer one, every sentence also sees what
/// the others say about its words, and later sentences the tags given before.
#[test]
fn tag_doc_of_one_sentence_matches_tag() {
    let m = Models::embedded();
    let s1 = ["Chancellor", "Angela", "Merkel", "met", "officials", "of", "the", "World", "Health", "Organization", "in", "Geneva", "."];
    let s2 = ["Merkel", "said", "the", "WHO", "would", "help", "."];
    let (mut p1, mut p2) = (Vec::new(), Vec::new());
    m.pos.tag(&s1, &mut p1);
    m.pos.tag(&s2, &mut p2);
    let mut single = Vec::new();
    m.ner.tag(&s1, &p1, &mut single);
    let mut docs = Vec::new();
    m.ner.tag_doc(&[(&s1[..], &p1[..])], &mut docs);
    assert_eq!(docs, [single]);
    m.ner.tag_doc(&[(&s1[..], &p1[..]), (&s2[..], &p2[..])], &mut docs);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].len(), s1.len());
    assert_eq!(docs[1].len(), s2.len());
    assert_eq!(docs[1][0].to_string(), "B-PER", "{:?}", docs[1]);
    m.ner.tag_doc(&[], &mut docs);
    assert!(docs.is_empty());
}
