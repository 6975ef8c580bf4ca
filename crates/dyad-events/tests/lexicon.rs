//! Integrity of the data files in data/events/.
use std::collections::HashSet;

use dyad_events::{CueKind, Lexicon, LexiconError, PloverType, TriggerPos};

const MODES: &[(&str, &[&str])] = &[
    ("CONSULT", &["visit", "third-party", "multilateral", "phone"]),
    ("RETREAT", &["withdraw", "release", "disarm", "ceasefire", "access", "resign"]),
    ("REQUEST", &["assist", "change", "yield", "meet"]),
    ("ACCUSE", &["disapprove", "investigate", "allege"]),
    ("REJECT", &["assist", "change", "yield", "meet"]),
    ("THREATEN", &["restrict", "arrest", "relations", "expel", "territory", "violence"]),
    ("PROTEST", &["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"]),
    ("SANCTION", &["convict", "expel", "withdraw", "discontinue"]),
    ("MOBILIZE", &["troops", "weapons", "police", "militia"]),
    ("COERCE", &["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"]),
    (
        "ASSAULT",
        &[
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        ],
    ),
];

fn manual_modes(t: PloverType) -> &'static [&'static str] {
    MODES.iter().find(|(n, _)| *n == t.as_str()).map_or(&[], |(_, m)| m)
}

#[test]
fn embedded_lexicon_loads_and_is_large() {
    let lex = Lexicon::embedded();
    assert!(lex.entries.len() >= 500, "{}", lex.entries.len());
    for t in PloverType::ALL {
        let n = lex.entries.iter().filter(|e| e.event_type == t).count();
        assert!(n >= 5, "{t} has only {n} triggers");
    }
}

#[test]
fn no_duplicate_lemma_pos_type_rows() {
    let mut seen = HashSet::new();
    for e in &Lexicon::embedded().entries {
        assert!(seen.insert((e.lemma(), e.pos, e.event_type)), "duplicate {} {:?} {}", e.lemma(), e.pos, e.event_type);
    }
}

#[test]
fn trigger_modes_are_manual_modes_and_lemmas_are_clean() {
    for e in &Lexicon::embedded().entries {
        if let Some(m) = &e.mode {
            assert!(manual_modes(e.event_type).contains(&m.as_str()), "{} {} mode {m}", e.lemma(), e.event_type);
        }
        assert!(e.words.iter().all(|w| !w.is_empty() && w.to_lowercase() == *w), "{}", e.lemma());
        if e.words.len() == 1 && e.pos == TriggerPos::Phrase {
            panic!("single-word phrase {}", e.lemma());
        }
        assert!(e.cameo.is_empty() || e.cameo.bytes().all(|b| b.is_ascii_digit()), "{}", e.cameo);
    }
}

#[test]
fn every_type_and_manual_mode_has_a_score_row() {
    let lex = Lexicon::embedded();
    for t in PloverType::ALL {
        let base = lex.scores.iter().find(|r| r.event_type == t && r.mode.is_none());
        let base = base.unwrap_or_else(|| panic!("no base score for {t}"));
        assert_eq!(base.quad, t.quad(), "{t}");
        for m in manual_modes(t) {
            assert!(lex.scores.iter().any(|r| r.event_type == t && r.mode.as_deref() == Some(m)), "no score for {t}/{m}");
        }
    }
    // Documented choice: ACCUSE base -3 (the manual prints "3").
    assert_eq!(lex.score(PloverType::Accuse, None), -3.0);
    assert_eq!(lex.score(PloverType::Assault, Some("unconventional")), -10.0);
    assert_eq!(lex.score(PloverType::Consult, Some("no-such-mode")), 2.5);
    // Cooperation positive, conflict negative (REQUEST is 0).
    for r in &lex.scores {
        match r.quad {
            1 | 2 => assert!(r.score > 0.0, "{r:?}"),
            _ => assert!(r.score <= 0.5, "{r:?}"),
        }
    }
}

#[test]
fn cues_cover_each_kind() {
    let lex = Lexicon::embedded();
    for k in [CueKind::Negation, CueKind::Hypothetical, CueKind::FutureAgree, CueKind::Blocker] {
        assert!(lex.cues.iter().filter(|c| c.kind == k).count() >= 5, "{k:?}");
    }
}

#[test]
fn from_tsv_reports_bad_rows() {
    let scores = "type\tmode\tquad\tscore\nAGREE\t\t1\t2.5\n";
    let cues = "cue\tkind\nnot\tnegation\n";
    let ok = Lexicon::from_tsv("lemma\tpos\ttype\tmode\tflags\tcameo\nmeet\tverb\tCONSULT\t\treciprocal\t040\n", scores, cues);
    assert_eq!(ok.unwrap().entries.len(), 1);
    let bad = Lexicon::from_tsv("lemma\tpos\ttype\tmode\tflags\tcameo\nmeet\tverb\tMEET\t\t\t\n", scores, cues);
    assert_eq!(bad.unwrap_err(), LexiconError::UnknownType("MEET".into()));
    let bad = Lexicon::from_tsv("lemma\tpos\ttype\tmode\tflags\tcameo\nmeet\tadj\tCONSULT\t\t\t\n", scores, cues);
    assert!(matches!(bad, Err(LexiconError::Row { line: 2, .. })));
    let bad = Lexicon::from_tsv("lemma\tpos\ttype\tmode\tflags\tcameo\nmeet\tverb\tCONSULT\t\tbogus\t\n", scores, cues);
    assert!(bad.is_err());
    assert!(Lexicon::from_tsv("", "", "").is_ok());
}

#[test]
fn old_and_new_labels() {
    assert_eq!(PloverType::from_label("DEMAND"), Some(PloverType::Request));
    assert_eq!(PloverType::from_label("DISAPPROVE"), Some(PloverType::Accuse));
    assert_eq!(PloverType::from_label("INVESTIGATE"), Some(PloverType::Accuse));
    assert_eq!(PloverType::from_label("FIGHT"), Some(PloverType::Assault));
    assert_eq!(PloverType::from_label("CRIME"), None);
    for t in PloverType::ALL {
        assert_eq!(t.as_str().parse::<PloverType>().unwrap(), t);
    }
}
