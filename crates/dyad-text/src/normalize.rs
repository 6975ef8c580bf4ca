//! Offset-preserving normalisation.
//!
//! Machine-translated news carries artefacts (`Al -Nahar`, `word ,`, mixed curly and straight
//! quotes, non-breaking spaces). We repair them once, here, into a [`NormalizedText`] that
//! remembers where every normalised character came from, so that every span dyad reports can be
//! given in Unicode characters of the ORIGINAL input — the same idea as the `tokenizers` crate's
//! `NormalizedString`, but storing only the runs of change instead of one entry per byte.

/// A normalised text with an alignment back to the original.
#[derive(Debug, Clone, Default)]
pub struct NormalizedText {
    text: String,
    /// Runs of the normalised text, in order, covering it completely.
    runs: Vec<Run>,
    original_chars: u32,
}

/// One run of normalised characters: either copied verbatim from the original (one to one), or a
/// replacement whose characters all map to the whole replaced original range.
#[derive(Debug, Clone, Copy)]
struct Run {
    norm_start: u32,
    norm_len: u32,
    orig_start: u32,
    orig_len: u32,
    verbatim: bool,
}

impl NormalizedText {
    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Number of characters of the original input.
    pub fn original_len(&self) -> u32 {
        self.original_chars
    }

    /// Maps a `[start, end)` range of normalised characters to the original input's characters.
    pub fn to_original(&self, start: u32, end: u32) -> (u32, u32) {
        if start >= end {
            let at = self.map_start(start);
            return (at, at);
        }
        (self.map_start(start), self.map_end(end))
    }

    fn run_at(&self, norm: u32) -> Option<&Run> {
        let idx = self.runs.partition_point(|r| r.norm_start + r.norm_len <= norm);
        self.runs.get(idx)
    }

    fn map_start(&self, norm: u32) -> u32 {
        match self.run_at(norm) {
            Some(r) if r.verbatim => r.orig_start + (norm - r.norm_start),
            Some(r) => r.orig_start,
            None => self.original_chars,
        }
    }

    fn map_end(&self, norm_end: u32) -> u32 {
        match self.run_at(norm_end - 1) {
            Some(r) if r.verbatim => r.orig_start + (norm_end - r.norm_start),
            Some(r) => r.orig_start + r.orig_len,
            None => self.original_chars,
        }
    }
}

/// Builds a [`NormalizedText`] from pieces of the original.
struct Builder {
    out: NormalizedText,
    norm_chars: u32,
}

impl Builder {
    fn new(capacity: usize) -> Self {
        Builder { out: NormalizedText { text: String::with_capacity(capacity), runs: Vec::new(), original_chars: 0 }, norm_chars: 0 }
    }

    fn copy(&mut self, c: char, orig_at: u32) {
        self.out.text.push(c);
        if let Some(last) = self.out.runs.last_mut() {
            if last.verbatim && last.orig_start + last.orig_len == orig_at && last.norm_start + last.norm_len == self.norm_chars {
                last.norm_len += 1;
                last.orig_len += 1;
                self.norm_chars += 1;
                return;
            }
        }
        self.out.runs.push(Run { norm_start: self.norm_chars, norm_len: 1, orig_start: orig_at, orig_len: 1, verbatim: true });
        self.norm_chars += 1;
    }

    fn replace(&mut self, with: &str, orig_at: u32, orig_len: u32) {
        let n = with.chars().count() as u32;
        if n == 0 {
            return;
        }
        self.out.text.push_str(with);
        self.out.runs.push(Run { norm_start: self.norm_chars, norm_len: n, orig_start: orig_at, orig_len, verbatim: false });
        self.norm_chars += n;
    }

    fn finish(mut self, original_chars: u32) -> NormalizedText {
        self.out.original_chars = original_chars;
        self.out
    }
}

/// Characters dropped outright: they carry no meaning and break tokenisation.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{200E}' | '\u{200F}')
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' | '\u{FF02}' => "\"",
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{FF07}' => "'",
        '\u{00A0}' | '\u{2002}' | '\u{2003}' | '\u{2009}' | '\u{202F}' | '\u{3000}' => " ",
        '\u{2028}' | '\u{2029}' | '\u{0085}' => "\n",
        '\r' => "\n",
        '\u{2026}' => "...",
        '\u{FF0C}' => ",",
        _ => return None,
    })
}

/// Normalises `original`:
/// - curly and angle quotes become `"` / `'`; exotic spaces become a space; `\r\n` becomes `\n`;
/// - invisible characters (soft hyphen, zero-width, BOM) are dropped;
/// - a space before `, . ; : ! ? )` is dropped, as is a space after `(` (MT artefacts);
/// - `Al -Nahar` becomes `Al-Nahar`: a space before a hyphen that is glued to the next word is dropped.
pub fn normalize(original: &str) -> NormalizedText {
    let chars: Vec<char> = original.chars().collect();
    let mut b = Builder::new(original.len());
    let mut i = 0usize;
    while i < chars.len() {
        let c = chars[i];
        let at = i as u32;
        if c == '\r' && chars.get(i + 1) == Some(&'\n') {
            b.replace("\n", at, 2);
            i += 2;
            continue;
        }
        if is_invisible(c) {
            i += 1;
            continue;
        }
        if matches!(c, ' ' | '\t' | '\u{00A0}') && drop_space(&chars, i) {
            i += 1;
            continue;
        }
        match fold_char(c) {
            Some(s) if s.len() != c.len_utf8() || !s.starts_with(c) => b.replace(s, at, 1),
            _ => b.copy(c, at),
        }
        i += 1;
    }
    b.finish(chars.len() as u32)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether the horizontal space at `i` is an MT artefact to drop.
fn drop_space(chars: &[char], i: usize) -> bool {
    let prev = if i > 0 { Some(chars[i - 1]) } else { None };
    let next = chars.get(i + 1).copied();
    let (Some(p), Some(n)) = (prev, next) else { return false };
    if p.is_whitespace() {
        return false;
    }
    // "word ," / "word ." — but keep "... ." sequences and a space before an opening quote.
    if matches!(n, ',' | ';' | ':' | '!' | '?' | ')' | ']') && is_word_char(p) {
        let after = chars.get(i + 2).copied();
        return after.is_none_or(|a| a.is_whitespace() || a == '"' || a == '\u{201D}');
    }
    if n == '.' && is_word_char(p) {
        // Only when the period then ends the sentence or line, not "the .NET" or "a .5 rise".
        let after = chars.get(i + 2).copied();
        return after.is_none_or(|a| a.is_whitespace());
    }
    if p == '(' && is_word_char(n) {
        return true;
    }
    // "Al -Nahar": a letter word, a space, then a hyphen glued to a letter.
    if n == '-' && p.is_alphabetic() {
        let after = chars.get(i + 2).copied();
        return after.is_some_and(|a| a.is_alphabetic());
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_roundtrip(orig: &str, expect: &str) {
        let n = normalize(orig);
        assert_eq!(n.as_str(), expect);
    }

    #[test]
    fn repairs_mt_artefacts() {
        check_roundtrip("assured Al -Nahar that", "assured Al-Nahar that");
        check_roundtrip("in the Al -Kafra area", "in the Al-Kafra area");
        check_roundtrip("Libya , and Belarus .", "Libya, and Belarus.");
        check_roundtrip("( the capital )", "(the capital)");
        check_roundtrip("a \u{201C}quote\u{201D} and \u{2018}x\u{2019}", "a \"quote\" and 'x'");
        check_roundtrip("a\r\nb", "a\nb");
        check_roundtrip("B52 bombers", "B52 bombers");
        check_roundtrip("well - known", "well - known");
        check_roundtrip("soft\u{00AD}hyphen", "softhyphen");
    }

    #[test]
    fn maps_spans_back_to_original_characters() {
        let orig = "Boiser assured Al -Nahar that \u{201C}it works\u{201D} .";
        let n = normalize(orig);
        let norm = n.as_str();
        let find = |needle: &str| {
            let b = norm.find(needle).expect("present");
            let s = norm[..b].chars().count() as u32;
            (s, s + needle.chars().count() as u32)
        };
        let orig_chars: Vec<char> = orig.chars().collect();
        let slice = |(s, e): (u32, u32)| orig_chars[s as usize..e as usize].iter().collect::<String>();
        let (s, e) = find("Al-Nahar");
        assert_eq!(slice(n.to_original(s, e)), "Al -Nahar");
        let (s, e) = find("it works");
        assert_eq!(slice(n.to_original(s, e)), "it works");
        let (s, e) = find("\"it works\"");
        assert_eq!(slice(n.to_original(s, e)), "\u{201C}it works\u{201D}");
        let (s, e) = find("Boiser");
        assert_eq!(n.to_original(s, e), (0, 6));
    }

    #[test]
    fn never_maps_outside_the_original() {
        let orig = "x \u{2026} \u{00AD}";
        let n = normalize(orig);
        let len = n.as_str().chars().count() as u32;
        for s in 0..=len {
            for e in s..=len {
                let (a, b) = n.to_original(s, e);
                assert!(a <= b && b <= n.original_len(), "{s}..{e} -> {a}..{b}");
            }
        }
    }
}
