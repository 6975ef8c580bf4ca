//! The whole pipeline on arbitrary text: it must never panic, and every span must lie inside the
//! original input.

use dyad_extract::{extract, input, Options};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

const WORDS: &[&str] = &[
    "Haftar",
    "met",
    "Lukashenko",
    "in",
    "Minsk",
    "on",
    "Sunday",
    ",",
    ".",
    "\u{201C}",
    "\u{201D}",
    "\"",
    "said",
    "President",
    "the",
    "Al -Nahar",
    "Libyan",
    "expert",
    "Boiser",
    "he",
    "added",
    "\n",
    "\n\n",
    "according to",
    "Mr.",
    "U.S.",
    "did not",
    "attack",
    "will",
    "visit",
    "(",
    ")",
    "Moscow",
    "Belarus",
    "army",
    "\u{00A0}",
    "北京",
    "🙂",
    "'s",
    "told",
    ":",
    "that",
    "last Saturday",
    "two weeks ago",
    "sanctions",
    "KYIV",
];

#[test]
fn random_articles_never_panic_and_spans_stay_inside() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for round in 0..400u32 {
        let n = 1 + (rng.next() % 120) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(WORDS[(rng.next() % WORDS.len() as u64) as usize]);
            if !rng.next().is_multiple_of(3) {
                text.push(' ');
            }
        }
        let mut article = input::from_text(&text);
        if round.is_multiple_of(2) {
            article.published = Some(input::parse_date("2025-03-10").unwrap());
        }
        let doc = extract(&article, &Options::default());
        let len = text.chars().count() as u32;
        let ok = |s: &[u32; 2]| s[0] <= s[1] && s[1] <= len;
        for a in &doc.actors {
            assert!(a.mentions.iter().all(ok), "{text:?}");
        }
        for q in &doc.quotes {
            assert!(ok(&q.span), "{text:?}");
            assert!(q.speaker.as_ref().is_none_or(|s| doc.actors.iter().any(|a| &a.id == s)));
        }
        for e in &doc.events {
            assert!(ok(&e.sentence), "{text:?}");
            assert!(e.actor.iter().chain(&e.recipient).all(|id| doc.actors.iter().any(|a| &a.id == id)));
        }
    }
}
