//! Tokens: PTB/UD-like word splitting over the normalised text.
//!
//! Punctuation is split off, clitics (`'s`, `n't`, `'re` …) become their own tokens as in UD
//! English EWT (the statistical models were trained on that convention), hyphenated words and
//! letter-digit codes (`Al-Nahar`, `B52`, `B-52`) stay whole, and abbreviations keep their period.

use crate::lexicon::TextLexicon;

/// One token: byte offsets and character offsets in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub char_start: u32,
    pub char_end: u32,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start as usize..self.end as usize]
    }
}

const LEADING: &[char] = &['"', '\'', '(', '[', '{', '¿', '¡', '*', '—', '–', '‹', '<'];
const TRAILING: &[char] = &['"', '\'', ')', ']', '}', ',', ';', ':', '!', '?', '—', '–', '*', '>', '›'];
const CLITICS: &[&str] = &["n't", "N'T", "'s", "'S", "'re", "'RE", "'ve", "'VE", "'ll", "'LL", "'d", "'D", "'m", "'M"];

/// Appends the tokens of `text[from..to]` (a byte range) to `out`. `char_at` is the character
/// offset of byte `from` in the whole text.
pub fn tokenize_range(text: &str, from: usize, to: usize, char_at: u32, lex: &TextLexicon, out: &mut Vec<Token>) {
    let slice = &text[from..to];
    let mut chunk_start: Option<(usize, u32)> = None;
    for (char_idx, (off, c)) in (char_at..).zip(slice.char_indices()) {
        let b = from + off;
        if c.is_whitespace() {
            if let Some((s, cs)) = chunk_start.take() {
                split_chunk(text, s, b, cs, lex, out);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some((b, char_idx));
        }
    }
    if let Some((s, cs)) = chunk_start {
        split_chunk(text, s, to, cs, lex, out);
    }
}

fn push(text: &str, s: usize, e: usize, cs: u32, out: &mut Vec<Token>) {
    if s >= e {
        return;
    }
    let n = text[s..e].chars().count() as u32;
    out.push(Token { start: s as u32, end: e as u32, char_start: cs, char_end: cs + n });
}

/// Splits one whitespace-free chunk into tokens.
fn split_chunk(text: &str, mut s: usize, mut e: usize, mut cs: u32, lex: &TextLexicon, out: &mut Vec<Token>) {
    // Leading punctuation, one token per character ("(" and '"' in `("word`).
    while s < e {
        let c = text[s..e].chars().next().unwrap_or(' ');
        let rest = &text[s + c.len_utf8()..e];
        let is_lead = LEADING.contains(&c) && !rest.is_empty();
        // A leading minus or quote glued to a digit stays ("-5", "'90s").
        let keeps =
            (c == '\'' && rest.starts_with(|d: char| d.is_ascii_digit())) || (c == '-' && rest.starts_with(|d: char| d.is_ascii_digit()));
        if is_lead && !keeps {
            push(text, s, s + c.len_utf8(), cs, out);
            s += c.len_utf8();
            cs += 1;
        } else {
            break;
        }
    }
    if s >= e {
        return;
    }
    // Trailing punctuation is collected right to left, then emitted in order.
    let mut tail: [(usize, usize); 8] = [(0, 0); 8];
    let mut n_tail = 0;
    loop {
        if n_tail == tail.len() || s >= e {
            break;
        }
        let word = &text[s..e];
        let Some(c) = word.chars().next_back() else { break };
        let cl = c.len_utf8();
        if word.len() > cl && word.ends_with("...") && word.len() > 3 {
            tail[n_tail] = (e - 3, e);
            n_tail += 1;
            e -= 3;
            continue;
        }
        // The Spanish wire dateline's ".-" ("LIMA, 14 Nov (EFE).-") is one punctuation token.
        if word.len() > 2 && word.ends_with(".-") {
            tail[n_tail] = (e - 2, e);
            n_tail += 1;
            e -= 2;
            continue;
        }
        if TRAILING.contains(&c) && word.len() > cl {
            tail[n_tail] = (e - cl, e);
            n_tail += 1;
            e -= cl;
            continue;
        }
        if c == '.' && word.len() > 1 && !keeps_period(&word[..word.len() - 1], lex) {
            tail[n_tail] = (e - 1, e);
            n_tail += 1;
            e -= 1;
            continue;
        }
        break;
    }
    split_core(text, s, e, cs, out);
    let mut cpos = cs + text[s..e].chars().count() as u32;
    for i in (0..n_tail).rev() {
        let (a, b) = tail[i];
        push(text, a, b, cpos, out);
        cpos += text[a..b].chars().count() as u32;
    }
}

/// Whether `word` + "." is one token (an abbreviation, an initial, or dotted letters like U.S).
fn keeps_period(word: &str, lex: &TextLexicon) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_alphabetic() => return true,
        _ => {}
    }
    if lex.abbreviation_kind(word).is_some() {
        return true;
    }
    // Dotted acronyms: "U.S", "e.g", "a.m" — letters separated by single periods.
    word.contains('.') && word.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// Splits the core of a chunk: clitics, internal dashes and ellipses.
fn split_core(text: &str, s: usize, e: usize, cs: u32, out: &mut Vec<Token>) {
    if s >= e {
        return;
    }
    let word = &text[s..e];
    // Internal em/en dashes and "--" separate words: "Libya—Belarus".
    if let Some((i, d)) = word.char_indices().find(|&(i, c)| (c == '—' || c == '–') && i > 0) {
        let b = s + i;
        split_core(text, s, b, cs, out);
        let c1 = cs + word[..i].chars().count() as u32;
        push(text, b, b + d.len_utf8(), c1, out);
        split_core(text, b + d.len_utf8(), e, c1 + 1, out);
        return;
    }
    for cl in CLITICS {
        if word.len() > cl.len() && word.ends_with(cl) {
            let b = e - cl.len();
            // "n't" belongs with the clitic ("do" + "n't"); guard "Ma'm" style names by requiring letters before.
            if text[s..b].chars().next_back().is_some_and(char::is_alphabetic) {
                push(text, s, b, cs, out);
                let c1 = cs + text[s..b].chars().count() as u32;
                push(text, b, e, c1, out);
                return;
            }
        }
    }
    push(text, s, e, cs, out);
}
