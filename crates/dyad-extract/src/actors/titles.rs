//! Titles and roles around a person's name.
//!
//! Left of the name: `[the] [Libyan] expert in political affairs, NAME`,
//! `Russian Deputy Defense Minister NAME`, `the deputy Prime Minister of Belarus, NAME`.
//! Right of it: `NAME, Norway's foreign minister, said`. A title is a core of title words ending in
//! a head (`Minister`, `expert`, `head`) optionally followed by a complement (`of the State Security
//! Committee`, `in Russian affairs`). A demonym or state before the core, or `of <state>` as the
//! whole complement, gives the person's country; the head (or the organisation in the complement,
//! for generic heads such as `head` and `leader`) gives the sector.

use std::ops::Range;

use super::chunks::longest_known;
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Form, Lexicon, TitleRole, WordClass};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TitleInfo {
    pub title: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// Tokens of the whole title phrase.
    pub tokens: Range<usize>,
    /// Gazetteer entries seen in the title that name states (`Belarusian`, `of Belarus`).
    pub states: Vec<(Range<usize>, u32, Form)>,
}

const MAX_COMPLEMENT: usize = 10;

fn is_complement_prep(w: &str) -> bool {
    matches!(w, "of" | "in" | "for" | "on" | "to")
}

/// Words that end a complement: clause boundaries and reporting words.
fn stops_complement(w: &str) -> bool {
    Lexicon::embedded().word_is(w, WordClass::ComplementStop) || (w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_lowercase))
}

fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "'")
}

/// Length of the title (head, modifier or domain) ending exactly at `end`, with its role.
fn title_ending_at(a: &Analysis, lo: usize, end: usize, lex: &Lexicon) -> Option<(usize, TitleRole, Option<String>)> {
    for n in (1..=lex.max_title_tokens.max(1)).rev() {
        if end < lo + n {
            continue;
        }
        let key = a.slice(end - n, end).to_lowercase();
        let key = key.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(t) = lex.title(&key) {
            return Some((n, t.role, t.sector.clone()));
        }
    }
    None
}

/// The title written left of a name starting at `name_start`.
pub fn title_left(a: &Analysis, name_start: usize, sentence: Range<usize>, lex: &Lexicon) -> Option<TitleInfo> {
    let mut info = title_left_of(a, name_start, sentence.clone(), lex)?;
    if info.country.is_none() {
        info.country = apposed_country(a, info.tokens.start, sentence.clone(), lex);
    }
    if info.country.is_none() {
        info.country = owner_before_its(a, info.tokens.start, sentence, lex);
    }
    Some(info)
}

/// "*Cairo* was represented by *its* foreign minister, X": the country of the state or capital
/// that opens the sentence of an "its" owning the title starting at `start`.
fn owner_before_its(a: &Analysis, start: usize, sentence: Range<usize>, lex: &Lexicon) -> Option<String> {
    let its = (sentence.start..start).rev().take(3).find(|&k| a.tok(k).eq_ignore_ascii_case("its"))?;
    if (its + 1..start).any(|k| !a.tok(k).starts_with(char::is_lowercase)) {
        return None;
    }
    // (The first name the gazetteer knows in the sentence, likeliest its subject: "*Hezbollah*
    // has not claimed any attack on Israel …, and its leader" is no state's.)
    let mut buf = String::new();
    let (_, known, form) = (sentence.start..its).find_map(|k| longest_known(a, k, its, lex, &mut buf))?;
    let known = &lex.known[known as usize];
    (known.kind == ActorKind::State || form == Form::Capital).then(|| known.country.clone()).flatten()
}

/// "his *Saudi* counterpart, Prince Faisal": the country of a title in apposition before the
/// title starting at `start`, for one that names none itself.
pub fn apposed_country(a: &Analysis, start: usize, sentence: Range<usize>, lex: &Lexicon) -> Option<String> {
    (start > sentence.start + 1 && a.tok(start - 1) == ",").then(|| title_left_of(a, start, sentence, lex)?.country).flatten()
}

fn title_left_of(a: &Analysis, name_start: usize, sentence: Range<usize>, lex: &Lexicon) -> Option<TitleInfo> {
    let lo = sentence.start;
    let mut j = name_start;
    while j > lo && is_quote(a.tok(j - 1)) {
        j -= 1;
    }
    if j > lo && a.tok(j - 1) == "," {
        j -= 1;
    }
    while j > lo && is_quote(a.tok(j - 1)) {
        j -= 1;
    }
    // The nearest head whose complement reaches the name.
    let mut head: Option<(usize, usize, Option<String>)> = None;
    let mut k = j;
    while k > lo && j - k <= MAX_COMPLEMENT + 3 {
        if let Some((n, TitleRole::Head, sector)) = title_ending_at(a, lo, k, lex) {
            if k == j || valid_complement(a, k, j) {
                head = Some((k - n, k, sector));
                break;
            }
        }
        let w = a.tok(k - 1);
        // ("ambassador *to* the UN": "to" opens the complement of a head right before it.)
        let opens = || w == "to" && title_ending_at(a, lo, k - 1, lex).is_some_and(|(_, role, _)| role == TitleRole::Head);
        if stops_complement(w) && k != j && !opens() {
            break;
        }
        k -= 1;
    }
    let (mut core_start, core_end, head_sector) = head?;
    // ("Speaking to *lawmakers* of his party, Erdogan said": a plural names the people he
    // addressed, not his title.)
    let last = a.tok(core_end - 1).to_lowercase();
    if last.len() > 3 && last.ends_with('s') && lex.title(&last[..last.len() - 1]).is_some() {
        return None;
    }
    // Extend left over modifiers, domains and more heads: `Deputy Defense Minister` (not over a
    // lower-case preposition that is also a title word: "prime minister *under* former president").
    while let Some((n, _, _)) = title_ending_at(a, lo, core_start, lex) {
        if stops_complement(a.tok(core_start - 1)) {
            break;
        }
        core_start -= n;
    }
    let mut info = TitleInfo { tokens: core_start..j, ..TitleInfo::default() };
    // A demonym or state (possibly with 's) just before the core gives the country, also
    // across one or two plain adjectives ("Iran's *religious* leader", "Iranian *religious*
    // leader").
    // ("EU *foreign policy* chief": a domain word the core did not absorb counts as plain.)
    let plain = |k: usize| {
        let w = a.tok(k);
        w.len() > 2 && w.chars().all(char::is_lowercase) && !stops_complement(w)
    };
    let mut adjectives = 0;
    while adjectives < 3 && core_start - adjectives > lo && plain(core_start - adjectives - 1) {
        adjectives += 1;
    }
    let starts: &[usize] = if adjectives > 0 { &[core_start, core_start - adjectives] } else { &[core_start] };
    'found: for &start in starts {
        let mut c = start;
        if c > lo && a.tok(c - 1) == "'s" {
            c -= 1;
        }
        // Longest first: `North Korean leader` is not a `Korean leader`.
        for n in (1..=3.min(c - lo)).rev() {
            let mut buf = String::new();
            if let Some((len, known, form)) = longest_known(a, c - n, c, lex, &mut buf) {
                if len == n {
                    // `Belarusian President`, `Kremlin spokesman`, `IAEA chief`.
                    let k = &lex.known[known as usize];
                    info.country = k.country.clone();
                    match k.kind {
                        ActorKind::State => info.states.push((c - n..c, known, form)),
                        ActorKind::Organization | ActorKind::Group => info.sector = k.sector.clone(),
                        _ => {}
                    }
                    info.tokens.start = c - n;
                    break 'found;
                }
            }
        }
    }
    if info.country.is_none() {
        organisation_before(a, lo, core_start, lex, &mut info);
    }
    // "the *union's* secretary-general": a common noun owning the title gives the sector of
    // its members (the head alone would make a secretary-general a UN official).
    if info.sector.is_none() && core_start >= lo + 2 && a.tok(core_start - 1) == "'s" {
        let owner = a.tok(core_start - 2);
        if owner.chars().all(|c| c.is_lowercase()) {
            let sector = lex.group_sector(owner).or_else(|| lex.group_sector(&format!("{owner}s")));
            info.sector = sector.map(str::to_string);
        }
    }
    let org_sector = info.sector.take();
    finish(a, core_start, core_end, j, head_sector, lex, &mut info);
    info.sector = org_sector.or(info.sector.take());
    Some(info)
}

/// `US State Department spokesman`, `Tunisian Interior Ministry official`: an organisation
/// named by a head word right before the title gives the sector (unless a known organisation
/// gave it), and a state or demonym opening it the country.
fn organisation_before(a: &Analysis, lo: usize, core_start: usize, lex: &Lexicon, info: &mut TitleInfo) {
    let mut start = core_start;
    while start > lo && core_start - start < 5 && a.is_capitalised(start - 1) {
        start -= 1;
    }
    if core_start - start < 2 {
        return;
    }
    let Some(head) = lex.org_head(a.tok(core_start - 1)) else { return };
    let mut buf = String::new();
    // The first state named in the run ("*The* US State Department": past a capitalised "The").
    let state = (start..core_start - 1).find_map(|k| {
        let (n, known, form) = longest_known(a, k, core_start - 1, lex, &mut buf)?;
        (lex.known[known as usize].kind == ActorKind::State).then_some((k, n, known, form))
    });
    if let Some((k, n, known, form)) = state {
        info.country = lex.known[known as usize].country.clone();
        info.tokens.start = k;
        info.states.push((k..k + n, known, form));
    }
    if info.sector.is_none() {
        info.sector = head.sector.clone();
    }
}

/// The title written right of a name ending at `name_end`: `NAME, Norway's foreign minister,`.
pub fn title_right(a: &Analysis, name_end: usize, sentence: Range<usize>, lex: &Lexicon) -> Option<TitleInfo> {
    let hi = sentence.end;
    if a.tok(name_end) != "," {
        return None;
    }
    let mut i = name_end + 1;
    if matches!(a.tok(i), "the" | "a" | "an") {
        i += 1;
    }
    let mut info = TitleInfo::default();
    let phrase_start = i;
    let mut buf = String::new();
    if let Some((n, known, form)) = longest_known(a, i, hi.min(i + 3), lex, &mut buf) {
        if lex.known[known as usize].kind == ActorKind::State {
            info.country = lex.known[known as usize].country.clone();
            info.states.push((i..i + n, known, form));
            i += n;
            if a.tok(i) == "'s" {
                i += 1;
            }
        }
    }
    let core_start = i;
    let mut core_end = i;
    let mut head_sector = None;
    let mut has_head = false;
    while core_end < hi {
        let tn = super::chunks::title_len(a, core_end, hi, lex, &mut buf);
        if tn == 0 {
            break;
        }
        let key = a.slice(core_end, core_end + tn).to_lowercase();
        if let Some(t) = lex.title(&key.split_whitespace().collect::<Vec<_>>().join(" ")) {
            if t.role == TitleRole::Head {
                has_head = true;
                head_sector = t.sector.clone().or(head_sector);
            }
        }
        core_end += tn;
    }
    if !has_head || core_start == core_end {
        return None;
    }
    let mut end = core_end;
    if is_complement_prep(a.tok(end)) {
        let mut k = end + 1;
        while k < hi && k - end <= MAX_COMPLEMENT && !stops_complement(a.tok(k)) {
            k += 1;
        }
        if a.tok(k) == "," || a.tok(k) == "." || k == hi {
            end = k;
        }
    }
    if !matches!(a.tok(end), "," | "." | "" | "said" | "says" | "told") && end != hi {
        return None;
    }
    info.tokens = phrase_start..end;
    finish(a, core_start, core_end, end, head_sector, lex, &mut info);
    Some(info)
}

fn valid_complement(a: &Analysis, from: usize, to: usize) -> bool {
    if !is_complement_prep(a.tok(from)) || to - from > MAX_COMPLEMENT {
        return false;
    }
    // "head of the East government" is not a title of "East": a complement is a whole phrase.
    if matches!(a.tok(to - 1), "the" | "a" | "an" | "of" | "in" | "for" | "on" | "to" | "and" | "or") {
        return false;
    }
    // ("called on the president *to denounce* …": "to" before a verb is an infinitive.)
    if a.tok(from) == "to" && (matches!(a.upos(from + 1), "VERB" | "AUX") || !(from + 1..to).any(|k| matches!(a.upos(k), "NOUN" | "PROPN")))
    {
        return false;
    }
    // ("his Qatari counterpart *on Sunday*, Foreign Minister X": a time is no complement.)
    if (from + 1..to).any(|k| dyad_events::dates::is_day_or_month(a.tok(k))) {
        return false;
    }
    (from + 1..to).all(|k| !stops_complement(a.tok(k)))
}

/// Fills title text, country from `of <state>`, and sector.
fn finish(a: &Analysis, core_start: usize, core_end: usize, end: usize, head_sector: Option<String>, lex: &Lexicon, info: &mut TitleInfo) {
    let mut title_end = end;
    let mut buf = String::new();
    let mut sector = head_sector;
    // `Minister of Foreign Affairs of Qatar`: a trailing `of <state>` gives the country and is
    // not part of the title.
    if let Some(of) = (core_end + 1..end).rev().find(|&k| a.tok(k) == "of") {
        let s = if a.tok(of + 1) == "the" { of + 2 } else { of + 1 };
        if let Some((n, known, form)) = longest_known(a, s, end, lex, &mut buf) {
            let k = &lex.known[known as usize];
            if k.kind == ActorKind::State && s + n == end {
                info.country = info.country.take().or_else(|| k.country.clone());
                info.states.push((s..s + n, known, form));
                title_end = of;
            }
        }
    }
    if core_end < end && a.tok(core_end) == "of" {
        let mut s = core_end + 1;
        if a.tok(s) == "the" {
            s += 1;
        }
        if let Some((n, known, form)) = longest_known(a, s, end, lex, &mut buf) {
            let k = &lex.known[known as usize];
            if k.kind == ActorKind::State {
                info.country = info.country.take().or_else(|| k.country.clone());
                info.states.push((s..s + n, known, form));
                if s + n == end {
                    // "Prime Minister of Belarus": the state is the country, not part of the title.
                    title_end = core_end;
                }
                info.states.dedup_by(|x, y| x.0 == y.0);
            } else if k.kind == ActorKind::Organization || k.kind == ActorKind::Group {
                sector = k.sector.clone().or(sector);
                info.country = info.country.take().or_else(|| k.country.clone());
            } else if k.kind == ActorKind::Place && s + n == end {
                // "governor of North Kordofan", "mayor of Kherson": the place's country.
                info.country = info.country.take().or_else(|| k.country.clone());
            }
        }
        // Whoever heads an organisation belongs to its sector: the leader of an army is MIL
        // whatever the generic sector of `leader`.
        let org_sector = (s..end).rev().find_map(|k| {
            let w = a.tok(k);
            let cap = capitalise(w);
            lex.org_head(&cap).or_else(|| lex.org_head(w)).and_then(|h| h.sector.clone())
        });
        sector = org_sector.or(sector);
    }
    info.sector = sector;
    info.title = clean_title(a, core_start, title_end.min(end));
}

/// The word with its first letter in upper case ("police" → "Police").
pub(crate) fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// Title words joined, without quotes and parenthetical remarks.
fn clean_title(a: &Analysis, from: usize, to: usize) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for k in from..to {
        let w = a.tok(k);
        match w {
            "(" => depth += 1,
            ")" => depth = (depth - 1).max(0),
            "\"" | "'" | "," => {}
            _ if depth == 0 => {
                if !out.is_empty() && w != "'s" {
                    out.push(' ');
                }
                out.push_str(w);
            }
            _ => {}
        }
    }
    out
}
