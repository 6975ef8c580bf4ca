//! Properties of normalisation and segmentation on arbitrary input: no panics, offsets in range.

use dyad_text::{normalize, segment, TextLexicon};

/// A small deterministic generator (xorshift), so failures reproduce without extra crates.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &'a [&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "Al",
    " -",
    "Nahar",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    ",",
    " ,",
    ".",
    " .",
    "U.S.",
    "Mr.",
    "\u{201C}",
    "\u{201D}",
    "\"",
    "'",
    "\u{2019}s",
    "n't",
    "(",
    " (",
    ")",
    "\u{00A0}",
    "\u{200B}",
    "\u{00AD}",
    "é",
    "Ж",
    "北京",
    "🙂",
    "B52",
    "—",
    "–",
    "...",
    "\u{2026}",
    "?",
    "!",
    "a",
    "Z",
    "\u{0301}",
    "\t",
    "<",
    "&amp;",
    "-",
    "--",
];

#[test]
fn random_text_never_panics_and_offsets_stay_in_range() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let n = (rng.next() % 40) as usize;
        let raw: String = (0..n).map(|_| rng.pick(PIECES)).collect();
        let norm = normalize(&raw);
        let text = norm.as_str();
        let seg = segment(text, TextLexicon::embedded());
        let orig_len = raw.chars().count() as u32;
        let mut last_end = 0;
        for t in &seg.tokens {
            assert!(t.start < t.end && (t.end as usize) <= text.len(), "{raw:?}");
            assert!(t.start >= last_end, "tokens overlap in {raw:?}");
            last_end = t.end;
            assert_eq!(text[t.start as usize..t.end as usize].chars().count() as u32, t.char_end - t.char_start);
            let (s, e) = norm.to_original(t.char_start, t.char_end);
            assert!(s < e && e <= orig_len, "{raw:?}: token {:?} maps to {s}..{e}", t.text(text));
        }
        for s in &seg.sentences {
            assert!(s.tokens.start < s.tokens.end && s.tokens.end as usize <= seg.tokens.len());
        }
    }
}

#[test]
fn tokens_cover_every_word_character() {
    let raw = "Belarusian President Alexander Lukashenko, who met Haftar's envoy (on Sunday), said: \u{201C}We're ready.\u{201D}";
    let norm = normalize(raw);
    let seg = segment(norm.as_str(), TextLexicon::embedded());
    let words: Vec<&str> = seg.tokens.iter().map(|t| t.text(norm.as_str())).collect();
    assert_eq!(
        words,
        [
            "Belarusian",
            "President",
            "Alexander",
            "Lukashenko",
            ",",
            "who",
            "met",
            "Haftar",
            "'s",
            "envoy",
            "(",
            "on",
            "Sunday",
            ")",
            ",",
            "said",
            ":",
            "\"",
            "We",
            "'re",
            "ready",
            ".",
            "\""
        ]
    );
}

#[test]
fn sentences_respect_abbreviations_and_initials() {
    let text = "Mr. Smith met Lt. Gen. J. R. Allen in the U.S. capital. The U.S. Army said so. He left the U.S. The envoy stayed.";
    let seg = segment(text, TextLexicon::embedded());
    let firsts: Vec<&str> = seg.sentences.iter().map(|s| seg.tokens[s.tokens.start as usize].text(text)).collect();
    assert_eq!(firsts, ["Mr.", "The", "He", "The"]);
}
