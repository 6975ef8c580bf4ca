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
    assert!(sc.uas() > 0.830, "UAS {}", sc.uas());
    assert!(sc.las() > 0.790, "LAS {}", sc.las());
}

#[test]
fn ner_on_conll_testa() {
    let m = Models::embedded();
    let gold = io::read_ner_file(&corpus("conll2003/eng.testa"), None).unwrap();
    let mut sc = NerScore::default();
    let (mut pos, mut out) = (Vec::new(), Vec::new());
    for s in &gold {
        let w = s.word_refs();
        m.pos.tag(&w, &mut pos);
        m.ner.tag(&w, &pos, &mut out);
        sc.add(&chunks(&s.tags), &chunks(&out));
    }
    eprintln!("CoNLL testa F1 {:.4}", sc.f1());
    assert!(sc.f1() > 0.895, "F1 {}", sc.f1());
}
