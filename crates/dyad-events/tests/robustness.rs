//! No panics on arbitrary input: random words, tags, heads, relations and mentions.
use dyad_events::dates::{find_date_expressions, resolve};
use dyad_events::{assign_roles, lemma, modality, recode_future, tokenize, Lexicon, Mention, MentionKind, SentenceView};

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const WORDS: &[&str] = &[
    "Russia",
    "attacked",
    "talks",
    "held",
    "with",
    "by",
    "was",
    "not",
    "n't",
    "will",
    "if",
    "denied",
    "that",
    "on",
    "Sunday",
    "March",
    "3",
    "2025",
    ",",
    ".",
    ";",
    "last",
    "week",
    "ago",
    "two",
    "a",
    "month",
    "visit",
    "'s",
    "to",
    "called",
    "ready",
    "help",
    "phone",
    "call",
    "no",
    "deal",
    "reached",
    "in",
    "Geneva",
    "the",
    "é",
    "",
    "-",
    "'",
    "less",
    "than",
    "after",
    "May",
    "may",
    "yesterday",
    "sanctions",
    "imposed",
    "ŝŝŝ",
    "2024-02-30",
    "31st",
    "of",
];
const UPOS: &[&str] = &["VERB", "NOUN", "PROPN", "AUX", "ADP", "PUNCT", "DET", "ADJ", "", "X", "PART"];
const RELS: &[&str] = &[
    "root",
    "nsubj",
    "nsubj:pass",
    "obj",
    "iobj",
    "obl",
    "obl:agent",
    "nmod",
    "nmod:poss",
    "case",
    "conj",
    "xcomp",
    "ccomp",
    "aux",
    "aux:pass",
    "advmod",
    "det",
    "mark",
    "acl:relcl",
    "punct",
    "weird",
];

#[test]
fn random_sentences_never_panic() {
    let lex = Lexicon::embedded();
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        let n = rng.below(16);
        let words: Vec<&str> = (0..n).map(|_| rng.pick(WORDS)).collect();
        let tagged = rng.below(3) > 0;
        let upos: Vec<&str> = if tagged { (0..n).map(|_| rng.pick(UPOS)).collect() } else { vec![] };
        let parse = rng.below(3);
        let heads: Vec<u32> = match parse {
            0 => vec![],
            // Possibly inconsistent: out of range, cycles, wrong length.
            1 => (0..n + rng.below(2)).map(|_| rng.below(n + 3) as u32).collect(),
            _ => (0..n).map(|i| if i == 0 { 0 } else { rng.below(i) as u32 + 1 }).collect(),
        };
        let deprels: Vec<&str> = (0..heads.len()).map(|_| rng.pick(RELS)).collect();
        let s = SentenceView::new(&words, &upos, &heads, &deprels);
        let mentions: Vec<Mention> = (0..rng.below(4))
            .map(|k| {
                let a = rng.below(n + 2);
                let b = a + rng.below(3);
                Mention { tokens: a..b, actor: k, kind: MentionKind::State }
            })
            .collect();
        for trig in lex.find_triggers(&s) {
            assert!(trig.tokens.end <= n && trig.head < n, "round {round}");
            let roles = assign_roles(&s, &trig, &mentions);
            assert!(roles.actor.iter().all(|a| !roles.recipient.contains(a)));
            let m = modality(&s, &trig, lex);
            let _ = recode_future(trig.event_type, &m);
        }
        let text = words.join(if rng.below(2) == 0 { " " } else { "" });
        let _ = tokenize(&text);
        for (r, e) in find_date_expressions(&text) {
            assert!(r.end <= text.len() && text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            let _ = resolve(&e, chrono::NaiveDate::from_ymd_opt(2025, 1, 1 + (round % 28) as u32), round % 2 == 0);
        }
        for w in &words {
            let _ = lemma(w, rng.pick(UPOS));
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = XorShift(42);
    for _ in 0..2000 {
        let bytes: Vec<u8> = (0..rng.below(40)).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        let toks = tokenize(&text);
        let s = SentenceView::new(&toks, &[], &[], &[]);
        let lex = Lexicon::embedded();
        for t in lex.find_triggers(&s) {
            let _ = modality(&s, &t, lex);
        }
        let _ = find_date_expressions(&text);
        let _ = dyad_events::gsr::parse_petr2_sentences(&text);
        let _ = dyad_events::gsr::parse_plover_json(&text);
        let _ = dyad_events::gsr::cameo_country(&text);
        let _ = Lexicon::from_tsv(&text, &text, &text);
    }
}
