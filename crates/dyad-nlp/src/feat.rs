//! Token normalisation and hashed feature keys shared by all three models.
//! Every string property a template needs is hashed once per token, so feature extraction
//! is a handful of integer mixes per template and never allocates per token.

/// Maps typographic variants onto the ASCII forms seen in the training corpora.
#[inline]
pub fn norm_char(c: char) -> char {
    match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' | '\u{FF02}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{0060}' | '\u{00B4}' | '\u{FF07}' => '\'',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{2013}' | '\u{2014}' | '\u{2015}' => '-',
        '\u{2026}' => '.',
        '\u{00A0}' | '\u{2009}' | '\u{202F}' => ' ',
        _ => c,
    }
}

const K: u64 = 0x517c_c1b7_2722_0a95;

#[inline]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

#[inline]
pub fn fin(h: u64) -> u64 {
    let mut z = h ^ (h >> 33);
    z = z.wrapping_mul(0xff51_afd7_ed55_8ccd);
    z ^= z >> 33;
    z = z.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    z ^ (z >> 33)
}

pub fn hash_str(s: &str) -> u64 {
    let mut h = 0x1234_5678u64;
    for b in s.bytes() {
        h = mix(h, b as u64);
    }
    fin(mix(h, s.len() as u64))
}

/// Indices into [`TokInfo::h`].
pub mod slot {
    pub const LOWER: usize = 0;
    pub const RAW: usize = 1;
    pub const SUF1: usize = 2; // SUF1..=SUF4 = 2..=5
    pub const PRE1: usize = 6; // PRE1..=PRE4 = 6..=9
    pub const SHAPE: usize = 10;
    pub const SSHAPE: usize = 11;
    pub const FLAGS: usize = 12;
    pub const N: usize = 13;
}

pub mod flag {
    pub const INIT_CAP: u32 = 1;
    pub const ALL_CAPS: u32 = 2;
    pub const HAS_DIGIT: u32 = 4;
    pub const ALL_DIGIT: u32 = 8;
    pub const HAS_HYPHEN: u32 = 16;
    pub const HAS_PERIOD: u32 = 32;
    pub const HAS_ALPHA: u32 = 64;
    pub const PUNCT_ONLY: u32 = 128;
    pub const HAS_LOWER: u32 = 256;
    /// Any upper-case letter anywhere ("iPhone"). Not part of the hashed flag feature, so
    /// models trained before it existed keep their features.
    pub const HAS_UPPER: u32 = 512;
    /// The flags the `FLAGS` feature hashes.
    pub const HASHED: u32 = 511;
}

/// Per-token precomputed hashes.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TokInfo {
    pub h: [u64; slot::N],
    pub flags: u32,
    /// Number of chars (capped), for length buckets.
    pub len: u32,
}

impl TokInfo {
    /// Sentinel for positions before the start / after the end.
    pub fn pad(kind: u64) -> TokInfo {
        let mut t = TokInfo::default();
        for (i, h) in t.h.iter_mut().enumerate() {
            *h = fin(0xdead_0000 + kind * 64 + i as u64);
        }
        t
    }
}

/// Running sums of one word's characters, which [`Analyzer::finish`] turns into a [`TokInfo`].
struct Counts {
    raw_h: u64,
    shape_h: u64,
    sshape_h: u64,
    last_cls: u8,
    run: u32,
    flags: u32,
    n_upper: u32,
    n_alpha: u32,
    n_digit: u32,
    n: u32,
}

impl Counts {
    fn new() -> Counts {
        Counts { raw_h: 0x9e37, shape_h: 0x51, sshape_h: 0x77, last_cls: 0, run: 0, flags: 0, n_upper: 0, n_alpha: 0, n_digit: 0, n: 0 }
    }

    /// Adds one normalised character: its class to the shapes, its code to the raw form.
    #[inline]
    fn push(&mut self, c: char) {
        self.raw_h = mix(self.raw_h, c as u64);
        let cls = if c.is_uppercase() {
            self.n_upper += 1;
            self.n_alpha += 1;
            self.flags |= flag::HAS_UPPER;
            b'X'
        } else if c.is_alphabetic() {
            self.n_alpha += 1;
            self.flags |= flag::HAS_LOWER;
            b'x'
        } else if c.is_ascii_digit() || c.is_numeric() {
            self.n_digit += 1;
            b'd'
        } else {
            match c {
                '-' => self.flags |= flag::HAS_HYPHEN,
                '.' => self.flags |= flag::HAS_PERIOD,
                _ => {}
            }
            // Punctuation keeps its identity in the shape.
            c as u32 as u8 | 0x80
        };
        if cls == self.last_cls {
            self.run += 1;
        } else {
            self.run = 1;
            self.sshape_h = mix(self.sshape_h, cls as u64);
        }
        if self.run <= 4 {
            self.shape_h = mix(self.shape_h, cls as u64);
        }
        self.last_cls = cls;
        if self.n == 0 && cls == b'X' {
            self.flags |= flag::INIT_CAP;
        }
        self.n += 1;
    }
}

/// Reusable buffers for computing [`TokInfo`]s.
#[derive(Default)]
pub struct Analyzer {
    lower: Vec<char>,
}

impl Analyzer {
    pub fn analyze(&mut self, word: &str) -> TokInfo {
        if word.is_ascii() {
            self.analyze_ascii(word.as_bytes())
        } else {
            self.analyze_chars(word)
        }
    }

    /// The general path, character by character.
    fn analyze_chars(&mut self, word: &str) -> TokInfo {
        self.lower.clear();
        let mut counts = Counts::new();
        for c in word.chars().take(64) {
            let c = norm_char(c);
            counts.push(c);
            self.lower.extend(c.to_lowercase());
        }
        self.finish(counts)
    }

    /// The same analysis for an ASCII word (most words of English text), byte by byte: an
    /// ASCII character's code is its byte and its lower case one byte, so every hash is the
    /// general path's without decoding UTF-8 or case-mapping tables.
    fn analyze_ascii(&mut self, word: &[u8]) -> TokInfo {
        self.lower.clear();
        let mut counts = Counts::new();
        for &b in &word[..word.len().min(64)] {
            let c = norm_char(b as char);
            counts.push(c);
            self.lower.push(c.to_ascii_lowercase());
        }
        self.finish(counts)
    }

    /// Flags from the counts, and the hashes of the lower-case form and its affixes.
    fn finish(&self, c: Counts) -> TokInfo {
        let Counts { raw_h, shape_h, sshape_h, mut flags, n_upper, n_alpha, n_digit, n, .. } = c;
        let lower = &self.lower;
        let mut t = TokInfo::default();
        if n_alpha > 0 {
            flags |= flag::HAS_ALPHA;
            if n_upper == n_alpha {
                flags |= flag::ALL_CAPS;
            }
        }
        if n_digit > 0 {
            flags |= flag::HAS_DIGIT;
            if n_digit == n {
                flags |= flag::ALL_DIGIT;
            }
        }
        if n > 0 && n_alpha == 0 && n_digit == 0 {
            flags |= flag::PUNCT_ONLY;
        }
        let mut lh = 0x3141u64;
        for &c in lower.iter() {
            lh = mix(lh, c as u64);
        }
        t.h[slot::LOWER] = fin(lh);
        t.h[slot::RAW] = fin(mix(raw_h, 1));
        let m = lower.len();
        for k in 1..=4usize {
            let kk = k.min(m);
            let mut hs = 0x5u64 + k as u64 * 131;
            for &c in &lower[m - kk..] {
                hs = mix(hs, c as u64);
            }
            t.h[slot::SUF1 + k - 1] = fin(hs);
            let mut hp = 0x7u64 + k as u64 * 137;
            for &c in &lower[..kk] {
                hp = mix(hp, c as u64);
            }
            t.h[slot::PRE1 + k - 1] = fin(hp);
        }
        t.h[slot::SHAPE] = fin(shape_h);
        t.h[slot::SSHAPE] = fin(sshape_h);
        t.h[slot::FLAGS] = fin(0xf1a9_0000 + (flags & flag::HASHED) as u64);
        t.flags = flags;
        t.len = n;
        t
    }

    /// The normalised lowercase form of the last analysed word.
    pub fn lower(&self) -> &[char] {
        &self.lower
    }
}

/// Collects hashed feature keys and turns them into table buckets.
pub struct FeatSink {
    pub keys: Vec<u32>,
    shift: u32,
}

impl FeatSink {
    pub fn new(bits: u32) -> FeatSink {
        FeatSink { keys: Vec::with_capacity(128), shift: 64 - bits }
    }
    #[inline]
    pub fn clear(&mut self) {
        self.keys.clear();
    }
    #[inline]
    pub fn add(&mut self, template: u32, h: u64) {
        let z = fin(h ^ (template as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        self.keys.push((z >> self.shift) as u32);
    }
    #[inline]
    pub fn add2(&mut self, template: u32, a: u64, b: u64) {
        self.add(template, mix(a, b));
    }
    #[inline]
    pub fn add3(&mut self, template: u32, a: u64, b: u64, c: u64) {
        self.add(template, mix(mix(a, b), c));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII path is a shortcut only: same hashes, flags and lower-case form.
    #[test]
    fn ascii_words_analyse_as_the_general_path_does() {
        let mut words: Vec<String> =
            ["", "a", "The", "U.S.", "ISIS-K", "`Tis", "e-mail", "1,200", "x86_64", "McDonald's", "--", "...", "iPhone"]
                .iter()
                .map(|w| w.to_string())
                .collect();
        // Every printable ASCII character, alone and in runs longer than the shape keeps.
        words.extend((0x20u8..0x7f).map(|b| (b as char).to_string().repeat(1 + b as usize % 7)));
        words.push("A".repeat(80));
        let mut seed = 0x9e37_79b9u64;
        for _ in 0..2000 {
            let len = (seed >> 60) as usize + 1;
            let w: String = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    (0x20 + (seed >> 33) % 95) as u8 as char
                })
                .collect();
            words.push(w);
        }
        let (mut fast, mut general) = (Analyzer::default(), Analyzer::default());
        for w in &words {
            assert_eq!(fast.analyze_ascii(w.as_bytes()), general.analyze_chars(w), "{w:?}");
            assert_eq!(fast.lower(), general.lower(), "{w:?}");
        }
    }
}
