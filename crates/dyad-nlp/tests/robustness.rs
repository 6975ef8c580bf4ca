//! Readers reject malformed input with errors; the models never panic on arbitrary tokens.

use dyad_nlp::io::{self, NerFormat};
use dyad_nlp::{Models, NerTag};

const CONLLU: &str = "# sent_id = 1\n# text = I can't go.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tca\tcan\tAUX\tMD\t_\t3\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\t_\n3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t_\t_\n";

#[test]
fn conllu_round_trip_and_word_filtering() {
    let s = io::read_conllu(CONLLU.as_bytes()).unwrap();
    assert_eq!(s.len(), 1);
    let t = s[0].to_tagged();
    assert_eq!(t.words, ["I", "ca", "n't"]);
    assert_eq!(t.heads, [3, 3, 0]);
    let mut out = Vec::new();
    s[0].write(&mut out).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), format!("{CONLLU}\n"));
}

#[test]
fn conllu_malformed_lines_are_errors() {
    for bad in ["1\tI\tI\n", "x\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n", "2\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n"] {
        assert!(io::read_conllu(bad.as_bytes()).is_err(), "{bad:?}");
    }
}

#[test]
fn conll2003_iob1_becomes_iob2() {
    let txt = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\nJohn NNP I-NP I-PER\nB NNP I-NP B-PER\n\n-DOCSTART- -X- O O\n\nX NN I-NP O\n";
    let s = io::read_ner(txt.as_bytes(), NerFormat::Conll).unwrap();
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].tags[0].to_string(), "B-ORG");
    assert_eq!(s[0].tags[3].to_string(), "B-PER");
    assert_eq!(s[0].tags[4].to_string(), "B-PER");
    assert_eq!((s[0].doc, s[1].doc), (0, 1));
    assert!(io::read_ner("EU NNP I-NP I-FOO\n".as_bytes(), NerFormat::Conll).is_err());
    assert!(io::read_ner("EU\n".as_bytes(), NerFormat::Conll).is_err());
}

#[test]
fn uner_iob2_reader() {
    let txt = "# sent_id = n01\n# text = Obama spoke\n1\tObama\tB-PER\t-\t-\n2\tspoke\tO\t-\t-\n\n";
    assert_eq!(NerFormat::sniff(txt.lines().next().unwrap()), NerFormat::Iob2);
    let s = io::read_ner(txt.as_bytes(), NerFormat::Iob2).unwrap();
    assert_eq!(s[0].id.as_deref(), Some("n01"));
    assert_eq!(s[0].words, ["Obama", "spoke"]);
    assert_eq!(s[0].tags, [NerTag::parse("B-PER").unwrap(), NerTag::O]);
}

struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn models_never_panic_on_random_tokens() {
    let m = Models::embedded();
    let pieces = [
        "the",
        "Obama",
        "“",
        "”",
        "‘",
        "’",
        "",
        " ",
        "\u{0}",
        "🙂",
        "B52",
        "n't",
        "'s",
        "-",
        "...",
        "ÉCOLE",
        "日本",
        "\u{202e}",
        "a\tb",
        "Ωmega",
        "0",
        "1,000,000",
        "U.S.",
        "--",
    ];
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let (mut pos, mut ner, mut heads, mut rels) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut owned: Vec<String> = Vec::new();
    for round in 0..300 {
        let n = match round {
            0 => 0,
            1 => 1,
            2 => 1000,
            _ => (rng.next() % 40) as usize,
        };
        owned.clear();
        for _ in 0..n {
            let r = rng.next();
            owned.push(if r.is_multiple_of(5) {
                (0..(r >> 8) % 6).filter_map(|k| char::from_u32(((r >> (k * 7)) % 0x3000) as u32)).collect()
            } else {
                pieces[(r >> 3) as usize % pieces.len()].to_string()
            });
        }
        let words: Vec<&str> = owned.iter().map(|s| s.as_str()).collect();
        m.pos.tag(&words, &mut pos);
        assert_eq!(pos.len(), n);
        m.ner.tag(&words, &pos, &mut ner);
        assert_eq!(ner.len(), n);
        // Mismatched POS length must not panic either.
        m.ner.tag(&words, &pos[..pos.len() / 2], &mut ner);
        m.parser.parse(&words, &pos, &mut heads, &mut rels);
        assert_eq!((heads.len(), rels.len()), (n, n));
        assert!(heads.iter().all(|&h| h as usize <= n));
        if n > 0 && n <= 300 {
            assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1, "single root");
        }
        m.parser.parse(&words, &[], &mut heads, &mut rels);
    }
}

#[test]
fn corrupt_model_bytes_are_errors() {
    assert!(dyad_nlp::PosTagger::from_bytes(b"").is_err());
    assert!(dyad_nlp::NerTagger::from_bytes(b"DYADNLP\0\x01\0\0\0NER1\xff").is_err());
    assert!(dyad_nlp::Parser::from_bytes(b"garbage").is_err());
}
