//! Test helpers: sentences from text or from a compact CoNLL-U-like notation, and a
//! tiny country/organisation mention finder.
#![allow(dead_code)]

use dyad_events::{tokenize, Mention, MentionKind};

/// Owned storage behind a `SentenceView`.
pub struct Sent {
    pub words: Vec<String>,
    pub upos: Vec<String>,
    pub heads: Vec<u32>,
    pub deprels: Vec<String>,
}

pub fn plain(text: &str) -> Sent {
    Sent { words: tokenize(text).into_iter().map(str::to_string).collect(), upos: Vec::new(), heads: Vec::new(), deprels: Vec::new() }
}

/// One token per line: `word UPOS head deprel` (head 1-based, 0 = root).
pub fn parsed(rows: &str) -> Sent {
    let mut s = Sent { words: vec![], upos: vec![], heads: vec![], deprels: vec![] };
    for line in rows.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let c: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(c.len(), 4, "bad row {line:?}");
        s.words.push(c[0].to_string());
        s.upos.push(c[1].to_string());
        s.heads.push(c[2].parse().unwrap());
        s.deprels.push(c[3].to_string());
    }
    s
}

/// Borrowed slices for a `SentenceView`.
pub struct Slices<'a> {
    pub words: Vec<&'a str>,
    pub upos: Vec<&'a str>,
    pub deprels: Vec<&'a str>,
}

impl Sent {
    pub fn slices(&self) -> Slices<'_> {
        Slices {
            words: self.words.iter().map(String::as_str).collect(),
            upos: self.upos.iter().map(String::as_str).collect(),
            deprels: self.deprels.iter().map(String::as_str).collect(),
        }
    }
}

#[macro_export]
macro_rules! view {
    ($sent:expr, $sl:ident) => {
        let $sl = $sent.slices();
        let $sl = dyad_events::SentenceView::new(&$sl.words, &$sl.upos, &$sent.heads, &$sl.deprels);
    };
}

/// (surface words, actor code, kind). Actor index = position in this list.
pub const NAMES: &[(&str, &str, MentionKind)] = &[
    ("United States", "USA", MentionKind::State),
    ("US", "USA", MentionKind::State),
    ("Washington", "USA", MentionKind::State),
    ("Russia", "RUS", MentionKind::State),
    ("Russian", "RUS", MentionKind::State),
    ("Moscow", "RUS", MentionKind::Place),
    ("Ukraine", "UKR", MentionKind::State),
    ("Ukrainian", "UKR", MentionKind::State),
    ("Kyiv", "UKR", MentionKind::Place),
    ("China", "CHN", MentionKind::State),
    ("Chinese", "CHN", MentionKind::State),
    ("Beijing", "CHN", MentionKind::Place),
    ("France", "FRA", MentionKind::State),
    ("French", "FRA", MentionKind::State),
    ("Paris", "FRA", MentionKind::Place),
    ("Germany", "DEU", MentionKind::State),
    ("Berlin", "DEU", MentionKind::Place),
    ("Iran", "IRN", MentionKind::State),
    ("Tehran", "IRN", MentionKind::Place),
    ("Israel", "ISR", MentionKind::State),
    ("Israeli", "ISR", MentionKind::State),
    ("Japan", "JPN", MentionKind::State),
    ("India", "IND", MentionKind::State),
    ("Pakistan", "PAK", MentionKind::State),
    ("Turkey", "TUR", MentionKind::State),
    ("Syria", "SYR", MentionKind::State),
    ("Egypt", "EGY", MentionKind::State),
    ("Britain", "GBR", MentionKind::State),
    ("British", "GBR", MentionKind::State),
    ("London", "GBR", MentionKind::Place),
    ("Brazil", "BRA", MentionKind::State),
    ("Kenya", "KEN", MentionKind::State),
    ("Serbia", "SRB", MentionKind::State),
    ("Nairobi", "KEN", MentionKind::Place),
    ("Geneva", "CHE", MentionKind::Place),
    ("Balkan", "BLK", MentionKind::Place),
    ("United Nations", "UNO", MentionKind::Org),
    ("UN", "UNO", MentionKind::Org),
    ("NATO", "IGO", MentionKind::Org),
    ("rebels", "REB", MentionKind::Group),
    ("protesters", "CVL", MentionKind::Group),
    ("police", "COP", MentionKind::Group),
    ("Lavrov", "LAV", MentionKind::Person),
    ("Sokolov", "SOK", MentionKind::Person),
];

/// Longest-match mention finder over `words`.
pub fn mentions(words: &[String]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut best: Option<(usize, usize)> = None;
        for (idx, (name, _, _)) in NAMES.iter().enumerate() {
            let parts: Vec<&str> = name.split(' ').collect();
            if i + parts.len() <= words.len()
                && parts.iter().zip(&words[i..]).all(|(p, w)| p == w)
                && best.is_none_or(|(_, l)| parts.len() > l)
            {
                best = Some((idx, parts.len()));
            }
        }
        if let Some((idx, len)) = best {
            out.push(Mention { tokens: i..i + len, actor: idx, kind: NAMES[idx].2 });
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

pub fn code(actor: usize) -> &'static str {
    NAMES[actor].1
}

pub fn codes(actors: &[usize]) -> Vec<&'static str> {
    let mut v: Vec<&str> = actors.iter().map(|&a| code(a)).collect();
    v.dedup();
    v
}
