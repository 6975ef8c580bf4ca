//! Candidate actor mentions: capitalised chunks, split into gazetteer names, titles and names.

use std::ops::Range;

use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Form, Lexicon, PlaceCue, WordClass};
use dyad_nlp::{EntType, NerTag};

/// What a piece of a capitalised chunk is.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// A gazetteer name.
    Known { known: u32, form: Form },
    /// Title words (`Deputy Defense Minister`).
    Title,
    /// Name words not in any list.
    Name,
    /// An organisation named by a head word (`State Security Committee`).
    Org { sector: Option<String> },
    /// A place named by a head word (`Benina International Airport`).
    Place { kind: String },
}

#[derive(Debug, Clone)]
pub struct Part {
    pub tokens: Range<usize>,
    pub piece: Piece,
}

/// A maximal run of capitalised tokens in one sentence, with its parts.
#[derive(Debug, Clone)]
pub struct Chunk {
    pub tokens: Range<usize>,
    pub sentence: usize,
    pub parts: Vec<Part>,
}

/// A word that can be part of a name: capitalised, or an Arabic article glued to one.
fn is_namey(a: &Analysis, i: usize) -> bool {
    if a.is_headline_common(i) {
        return false;
    }
    let t = a.tok(i);
    let Some(c) = t.chars().next() else { return false };
    if c.is_uppercase() {
        return t.chars().any(char::is_alphabetic);
    }
    // `al-Qaeda`, `el-Sisi`: a lower-case article glued to a capitalised name.
    (t.starts_with("al-") || t.starts_with("el-")) && t[3..].starts_with(char::is_uppercase)
}

/// Finds the capitalised chunks of every sentence.
pub fn find_chunks(a: &Analysis, lex: &Lexicon) -> Vec<Chunk> {
    let mut chunks = Vec::new();
    let family_names: Vec<(&str, &str)> =
        (1..a.len().saturating_sub(1)).filter(|&k| family_name_at(a, k, lex)).map(|k| (a.tok(k), a.tok(k + 1))).collect();
    for si in 0..a.seg.sentences.len() {
        let r = a.sentence_tokens(si);
        let mut i = r.start;
        while i < r.end {
            if !is_namey(a, i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            loop {
                if end < r.end && is_namey(a, end) {
                    end += 1;
                    continue;
                }
                // A number ends a gazetteer name that starts in the chunk: `France 24`.
                if end < r.end && a.tok(end).bytes().all(|b| b.is_ascii_digit()) && known_through(a, start, end + 1, lex) {
                    end += 1;
                    continue;
                }
                // A lower-case name particle joins name words (`Faisal bin Farhan`). A connector
                // continues the chunk only after an organisation head or inside a gazetteer name:
                // `Council of Europe`, but never `Moscow and Washington`.
                // Up to two connector words ("of the") before the next name word.
                let connector = |k: usize| lex.word_is(a.tok(k), WordClass::NameConnector);
                let next = (end + 1..(end + 3).min(r.end)).find(|&k| is_namey(a, k));
                // (Up to two lower-case particles: "Ursula *von der* Leyen".)
                let particle = |k: usize| lex.is_particle(a.tok(k)) && a.tok(k).starts_with(char::is_lowercase);
                if let Some(next) = next.filter(|&n| (end + 1..n).all(connector) || (end..n).all(particle)) {
                    let particles = (end..next).all(particle);
                    if particles || connector(end) && connects(a, start, end, next, lex) {
                        end = next + 1;
                        continue;
                    }
                }
                break;
            }
            let mut s = start;
            // Sentence-initial function words are not names ("The", "Many", "However"), unless
            // a known name starts there ("Republic of Congo"), or it is a family name.
            let mut buf = String::new();
            // (After a word, not after a comma: "…, By John Wright" is a byline. Opening a
            // sentence, when the text also writes the pair inside one: "To Lam said".)
            let family_name = |k: usize| {
                k + 1 < end
                    && if k > r.start && a.tok(k - 1).chars().all(char::is_alphabetic) {
                        family_name_at(a, k, lex)
                    } else {
                        family_names.contains(&(a.tok(k), a.tok(k + 1)))
                    }
            };
            while s < end && is_function_word(a, s, lex) && !family_name(s) && longest_known(a, s, end, lex, &mut buf).is_none() {
                s += 1;
            }
            if s < end {
                let parts = split_chunk(a, s, end, lex);
                chunks.push(Chunk { tokens: s..end, sentence: si, parts });
            }
            i = end;
        }
    }
    chunks
}

/// A family name spelt like a function word, after a word and before a name word ("party chief
/// *To* Lam", "Vice President *Do* Van Chien").
fn family_name_at(a: &Analysis, k: usize, lex: &Lexicon) -> bool {
    k > 0
        && a.tok(k - 1).chars().all(char::is_alphabetic)
        && lex.word_is(a.tok(k), WordClass::FamilyNameWord)
        && is_namey(a, k)
        && k + 1 < a.len()
        && is_namey(a, k + 1)
}

fn is_function_word(a: &Analysis, i: usize, lex: &Lexicon) -> bool {
    let w = a.tok(i);
    (lex.is_not_name(w) || dyad_text::TextLexicon::embedded().is_sentence_starter(w)) && lex.lookup(w).is_empty()
}

/// The "for" after an organisation head in `start..end` that no gazetteer name spans
/// (`Syrian Observatory for Human Rights` is known whole), with the head.
fn org_for<'l>(a: &Analysis, start: usize, end: usize, lex: &'l Lexicon) -> Option<(usize, &'l crate::lexicon::OrgHead)> {
    let f = (start + 1..end.saturating_sub(1)).find(|&k| a.tok(k) == "for")?;
    let head = lex.org_head(a.tok(f - 1))?;
    let mut buf = String::new();
    let spanned = (start..f).any(|k| longest_known(a, k, end, lex, &mut buf).is_some_and(|(n, _, _)| k + n > f));
    // (`the European Union for France`: a known name before it is complete.)
    (!spanned && !known_through(a, start, f, lex) && !dated(a, f + 1)).then_some((f, head))
}

/// Whether a date starts at token `k` (`Feb. 3`).
fn dated(a: &Analysis, k: usize) -> bool {
    !dyad_events::dates::find_date_expressions(a.slice(k, (k + 2).min(a.len()))).is_empty()
}

/// Whether a gazetteer name starting in `start..stop - 1` ends at `stop`.
fn known_through(a: &Analysis, start: usize, stop: usize, lex: &Lexicon) -> bool {
    let mut buf = String::new();
    (start..stop - 1).any(|k0| {
        join(a, k0..stop, &mut buf);
        !lex.lookup(&buf).is_empty()
    })
}

/// Whether the connector words `end..next` join the chunk `start..end` to the name word at `next`.
fn connects(a: &Analysis, start: usize, end: usize, next: usize, lex: &Lexicon) -> bool {
    let last = a.tok(end - 1);
    // (Not an adjective before a common noun: "the appreciation of the Council *for the
    // Egyptian position*".)
    let adjective = || {
        next > 0
        && lex.word_is(a.tok(next - 1), WordClass::DefiniteArticle)
        // ("a University of the Prairies *scholar*": a name before a noun is one after "of".)
        && (a.upos(next) == "ADJ" || (a.upos(next) == "PROPN" && a.tok(end) == "for"))
        && a.upos(next + 1) == "NOUN"
        && a.tok(next + 1).starts_with(|c: char| c.is_ascii_lowercase())
    };
    // (Not a date: "its Navy *on Tuesday* deployed".)
    if matches!(a.tok(end), "of" | "for" | "on" | "de") && lex.org_head(last).is_some_and(|h| h.first) && !dated(a, next) && !adjective() {
        return true;
    }
    // Any organisation names what it is for: `High Military Command for the Restoration of
    // Order`, `Committee for the Protection of Journalists` — not a complete gazetteer name
    // (`the Security Council for Syria`), nor a date (`for Feb. 3`).
    if a.tok(end) == "for" && lex.org_head(last).is_some() && !known_through(a, start, end, lex) && !dated(a, next) && !adjective() {
        return true;
    }
    // A plural possessive before an organisation's head: `Farmers' Union`, `Veterans' Association`.
    // (Not after a known name: `the United Nations' Commission of Inquiry` is the commission
    // of the UN.)
    if matches!(a.tok(end), "'" | "’") && next == end + 1 && lex.org_head(a.tok(next)).is_some_and(|h| h.last) {
        let mut buf = String::new();
        return !(start..end).any(|k0| {
            join(a, k0..end, &mut buf);
            !lex.lookup(&buf).is_empty()
        });
    }
    // … and whose cause it is for: `Popular Front for the Liberation *of* Palestine`.
    if a.tok(end) == "of" && org_for(a, start, end, lex).is_some() {
        return true;
    }
    // A title that spans the connector: `Secretary of State`, `Minister of Foreign Affairs`.
    let mut buf = String::new();
    for k in start..end {
        for stop in next + 1..=(k + lex.max_title_tokens).min(a.len()) {
            join(a, k..stop, &mut buf);
            if lex.title(&buf.to_lowercase()).is_some() {
                return true;
            }
        }
    }
    // Whether a gazetteer name starting in the chunk continues across the connector(s):
    // `Council of Europe`, `(The) Republic of Congo`, `Democratic Republic of the Congo`.
    (start..end).any(|k0| {
        (next + 1..=(k0 + lex.max_phrase_tokens).min(a.len())).any(|stop| {
            join(a, k0..stop, &mut buf);
            !lex.lookup(&buf).is_empty()
        })
    })
}

fn join(a: &Analysis, r: Range<usize>, buf: &mut String) {
    buf.clear();
    for k in r.clone() {
        if k > r.start {
            buf.push(' ');
        }
        buf.push_str(a.tok(k));
    }
}

/// The longest gazetteer name starting at `i` and ending by `end`.
pub fn longest_known(a: &Analysis, i: usize, end: usize, lex: &Lexicon, buf: &mut String) -> Option<(usize, u32, Form)> {
    if i >= end {
        return None;
    }
    if !lex.may_start_phrase(a.tok(i)) && !a.tok(i).chars().all(|c| c.is_uppercase() || c == '-') {
        return None;
    }
    let max = (end - i).min(lex.max_phrase_tokens);
    for n in (1..=max).rev() {
        join(a, i..i + n, buf);
        if let Some(h) = best_hit(lex.lookup(buf)) {
            return Some((n, h.0, h.1));
        }
    }
    // Datelines and headlines shout: `KYIV, May 2 -` is Kyiv, `NEW DELHI -` New Delhi. A single
    // shouted word of three letters or fewer is more likely an acronym than a name.
    let shouting = |k: usize| a.tok(k).chars().all(|c| c.is_uppercase() || c == '-') && a.tok(k).chars().any(char::is_alphabetic);
    let run = (i..i + max).take_while(|&k| shouting(k)).count();
    for n in (1..=run).rev() {
        if n == 1 && a.tok(i).chars().count() <= 3 {
            break;
        }
        join(a, i..i + n, buf);
        if let Some(h) = best_hit(lex.lookup_surface(buf)) {
            return Some((n, h.0, h.1));
        }
    }
    None
}

/// Of several entries with one surface form, names beat aliases beat capitals: `Georgia` the
/// state, `Minsk` the capital-of-Belarus reading decided later by context.
fn best_hit(hits: &[crate::lexicon::Hit]) -> Option<(u32, Form)> {
    let rank = |f: Form| match f {
        Form::Name => 0,
        Form::Acronym => 1,
        Form::Alias => 2,
        Form::Demonym => 3,
        Form::Capital => 4,
    };
    // A capital is the state unless the context makes it a location; the caller decides that.
    if let Some(h) = hits.iter().find(|h| h.form == Form::Capital) {
        return Some((h.known, h.form));
    }
    hits.iter().min_by_key(|h| rank(h.form)).map(|h| (h.known, h.form))
}

/// The longest title (1–3 words, any case) starting at `i`.
pub fn title_len(a: &Analysis, i: usize, end: usize, lex: &Lexicon, buf: &mut String) -> usize {
    if i >= end {
        return 0;
    }
    let max = (end - i).min(lex.max_title_tokens.max(1));
    for n in (1..=max).rev() {
        join(a, i..i + n, buf);
        let lower = buf.to_lowercase();
        if lex.title(&lower).is_some() {
            return n;
        }
    }
    0
}

fn split_chunk(a: &Analysis, start: usize, end: usize, lex: &Lexicon) -> Vec<Part> {
    let mut buf = String::new();
    let mut parts: Vec<Part> = Vec::new();
    // The whole chunk as a gazetteer name, an organisation or a place.
    if let Some((n, known, form)) = longest_known(a, start, end, lex, &mut buf) {
        if n == end - start {
            return vec![Part { tokens: start..end, piece: Piece::Known { known, form } }];
        }
    }
    let last = a.tok(end - 1);
    // "the *Vienna Convention*", "the Minsk Agreements": a document's name; the place in it is
    // where it was signed, no party. (Not a body named after one: "Government of National
    // *Accord*".)
    let body = || (start..end).any(|k| lex.org_head(a.tok(k)).is_some()) || known_through(a, start, end, lex);
    if end - start >= 2 && lex.word_is(last, WordClass::DocumentHead) && !body() {
        return Vec::new();
    }
    // "Sudanese *Army Spokesman* Brigadier General Nabil Abdullah": a title after the
    // organisation's head, then name words to the end, is a person's title.
    let titled_name = || {
        (start + 1..end.saturating_sub(1)).any(|k| {
            let tn = title_len(a, k, end, lex, &mut String::new());
            let head = |j: usize| lex.is_title_head(a.tok(j));
            // (Not an organisation's own name: "Transport *Workers* Union", "Army General *Staff*".)
            let name_word = |j: usize| {
                title_len(a, j, end, lex, &mut String::new()) == 0
                    && lex.org_head(a.tok(j)).is_none()
                    && a.tok(j).starts_with(char::is_uppercase)
            };
            tn > 0 && (k..k + tn).any(head) && k + tn < end && (k + tn..end).all(name_word)
        })
    };
    // "Brazil's *Congress*", "Armenia's *Parliament*": a lone head owned by a state is that
    // state's body. (A lone "the Ministry" is the organisation named before.)
    if end - start == 1 && possessor_state(a, lex, start).is_some() {
        if let Some(h) = lex.org_head(last).filter(|h| h.last) {
            return vec![Part { tokens: start..end, piece: Piece::Org { sector: h.sector.clone() } }];
        }
    }
    // "the Russian Foreign *Ministry* Sergey Lavrov": an organisation's head, then a person's
    // name to the end, is the organisation and its head of office.
    let person_at = |k: usize| lex.is_given_name(a.tok(k)) || a.tags.ner.get(k).and_then(|t| t.ent_type()) == Some(EntType::Per);
    let name_word = |k: usize| {
        a.tok(k).starts_with(char::is_uppercase) && lex.org_head(a.tok(k)).is_none() && title_len(a, k, end, lex, &mut String::new()) == 0
    };
    if let Some(k) = (start + 1..end.saturating_sub(2))
        .find(|&k| lex.org_head(a.tok(k)).is_some_and(|h| h.last) && person_at(k + 1) && (k + 1..end).all(name_word))
    {
        let mut parts = split_chunk(a, start, k + 1, lex);
        parts.extend(split_chunk(a, k + 1, end, lex));
        return parts;
    }
    // (Not an organisation named by its cause: "Center for *Worker* Rights".)
    if end - start >= 2 && !(end - start >= 4 && org_for(a, start, end, lex).is_none() && titled_name()) {
        // (`the White House Chief of Staff` ends in a title, not in an organisation's head.)
        // (A title's domain alone names the body: "Ukraine's *Air Force* said", "the Ukrainian
        // *Air Force* reported", not "Air Force General …".)
        let domain_only = |k: usize| (k..end).all(|j| !lex.is_title_head(a.tok(j)));
        let mut ends_in_title = || (start..end - 1).any(|k| title_len(a, k, end, lex, &mut buf) == end - k && !domain_only(k));
        if let Some(h) = lex.org_head(last).filter(|h| h.last && !ends_in_title()) {
            return with_leading_known(a, start, end, Piece::Org { sector: h.sector.clone() }, lex);
        }
        if let Some(kind) = lex.place_head(last, PlaceCue::Last) {
            return with_leading_known(a, start, end, Piece::Place { kind: kind.to_string() }, lex);
        }
        // `Syrian Observatory for Human Rights`: a head with what the organisation is for, up
        // to a title that opens a person's name (`… for Volcanism President Joaquim Chirinos`).
        if let Some((f, h)) = org_for(a, start, end, lex) {
            let head_title = |k: usize| lex.is_honorific(a.tok(k)) || lex.is_title_head(a.tok(k));
            // (Not the cause itself: `Institute for *Justice*`.)
            let org_end = (f + 2..end).find(|&k| head_title(k) && a.tok(k - 1) != "the" && k + 1 < end).unwrap_or(end);
            let mut parts = with_leading_known(a, start, org_end, Piece::Org { sector: h.sector.clone() }, lex);
            if org_end < end {
                parts.extend(split_chunk(a, org_end, end, lex));
            }
            return parts;
        }
        // (Not a title that opens a name: "*Police Chief* Mandla Dube".)
        if let Some(h) = lex.org_head(a.tok(start)).filter(|h| h.first && title_len(a, start, end, lex, &mut buf) < 2) {
            return vec![Part { tokens: start..end, piece: Piece::Org { sector: h.sector.clone() } }];
        }
        // `Algerian Ministry of Foreign Affairs`: a demonym or state before a leading head.
        if let Some((n, _, Form::Demonym | Form::Name | Form::Alias)) = longest_known(a, start, end, lex, &mut buf) {
            if let Some(h) = lex.org_head(a.tok(start + n)).filter(|h| h.first && start + n + 1 < end) {
                return with_leading_known(a, start, end, Piece::Org { sector: h.sector.clone() }, lex);
            }
        }
    }
    let mut i = start;
    let mut name_start: Option<usize> = None;
    while i < end {
        let known = longest_known(a, i, end, lex, &mut buf);
        let tn = title_len(a, i, end, lex, &mut buf);
        // ("Hassan *Sheikh* Mohamud": a title word inside a name the recogniser read as one
        // person's, between name words, is a name word.)
        let inside_person = |k: usize| matches!(a.tags.ner.get(k), Some(NerTag::I(EntType::Per)));
        let in_name = tn == 1 && name_start.is_some() && i + 1 < end && inside_person(i) && inside_person(i + 1);
        // Inside a name, a word that is also a gazetteer entry stays a name word when more name
        // words follow and it is not a state (`Abu Dhabi Smith` is rare; `Victor Ivan` is common).
        let piece_len = if in_name {
            None
        } else if let Some((n, k, f)) = known.filter(|_| name_start.is_none() || tn == 0) {
            Some((n, Piece::Known { known: k, form: f }))
        } else if tn > 0 {
            Some((tn, Piece::Title))
        } else if lex.is_honorific(a.tok(i)) {
            Some((1, Piece::Title))
        } else {
            None
        };
        match piece_len {
            Some((n, piece)) => {
                if let Some(ns) = name_start.take() {
                    parts.push(Part { tokens: ns..i, piece: Piece::Name });
                }
                parts.push(Part { tokens: i..i + n, piece });
                i += n;
            }
            None => {
                name_start.get_or_insert(i);
                i += 1;
            }
        }
    }
    if let Some(ns) = name_start {
        parts.push(Part { tokens: ns..end, piece: Piece::Name });
    }
    headless_titles_are_names(a, &mut parts, lex);
    let mut parts = national_bodies(a, merge_name_runs(a, parts, lex), lex);
    // A name ends in no particle: "Koos *van* Antwerpen" split at the place is "Koos".
    for p in parts.iter_mut().filter(|p| p.piece == Piece::Name) {
        while p.tokens.len() > 1 && a.tok(p.tokens.end - 1).starts_with(char::is_lowercase) && lex.is_particle(a.tok(p.tokens.end - 1)) {
            p.tokens.end -= 1;
        }
    }
    parts
}

/// A run of title words before a name is a title only if it holds a head or an honorific:
/// modifiers and ministry domains alone (`State` House, `Foreign` Policy) are part of the name.
fn headless_titles_are_names(a: &Analysis, parts: &mut [Part], lex: &Lexicon) {
    let is_head = |r: &Range<usize>| {
        lex.is_honorific(a.tok(r.start)) || { lex.is_title_head(&a.slice(r.start, r.end).split_whitespace().collect::<Vec<_>>().join(" ")) }
    };
    let mut i = 0;
    while i < parts.len() {
        if parts[i].piece != Piece::Title {
            i += 1;
            continue;
        }
        let run_end = (i..parts.len()).find(|&k| parts[k].piece != Piece::Title).unwrap_or(parts.len());
        let before_name = parts.get(run_end).is_some_and(|p| p.piece == Piece::Name);
        if before_name && !parts[i..run_end].iter().any(|p| is_head(&p.tokens)) {
            for p in &mut parts[i..run_end] {
                p.piece = Piece::Name;
            }
        }
        i = run_end;
    }
}

/// The state owning what starts at `at` ("*Russia's* Foreign Minister …"): its tokens, its
/// gazetteer entry and the form it was written in.
pub(super) fn possessor_state(a: &Analysis, lex: &Lexicon, at: usize) -> Option<(Range<usize>, u32, Form)> {
    let end = at.checked_sub(1).filter(|&e| a.tok(e) == "'s")?;
    state_ending_at(a, lex, end.saturating_sub(4), end)
}

/// The longest state name (or demonym) that starts at or after `from` and ends right before
/// `end` ("*Serbian* public broadcaster", "*Russia*'s").
pub(super) fn state_ending_at(a: &Analysis, lex: &Lexicon, from: usize, end: usize) -> Option<(Range<usize>, u32, Form)> {
    let mut buf = String::new();
    (from..end).find_map(|k| {
        let (n, known, form) = longest_known(a, k, end, lex, &mut buf)?;
        (k + n == end && lex.known[known as usize].kind == ActorKind::State).then_some((k..end, known, form))
    })
}

/// A chunk headed by an organisation or place word, with a leading demonym or state kept as part
/// of the name but also reported (`Libyan National Army` is Libyan).
fn with_leading_known(a: &Analysis, start: usize, end: usize, piece: Piece, lex: &Lexicon) -> Vec<Part> {
    let mut buf = String::new();
    let mut parts = vec![Part { tokens: start..end, piece }];
    if let Some((n, known, form)) = longest_known(a, start, end, lex, &mut buf) {
        if n < end - start && matches!(form, Form::Demonym | Form::Name | Form::Alias | Form::Acronym) {
            parts.push(Part { tokens: start..start + n, piece: Piece::Known { known, form } });
        }
    }
    parts
}

/// "*Russian Security Council* Secretary Sergei Shoigu": a demonym before the short name of an
/// international body that ends in an organisation's head ("Security Council" for the UN's)
/// names that state's own body.
fn national_bodies(a: &Analysis, mut parts: Vec<Part>, lex: &Lexicon) -> Vec<Part> {
    let known = |p: &Part| match p.piece {
        Piece::Known { known, form } => Some((&lex.known[known as usize], form)),
        _ => None,
    };
    let mut i = 1;
    while i < parts.len() {
        let demonym = known(&parts[i - 1]).is_some_and(|(k, f)| k.kind == ActorKind::State && f == Form::Demonym);
        let short_name = known(&parts[i])
            .is_some_and(|(k, f)| k.kind == ActorKind::Organization && k.country.is_none() && matches!(f, Form::Alias | Form::Acronym));
        let head = lex.org_head(a.tok(parts[i].tokens.end - 1));
        if let Some(h) = head.filter(|h| h.last && demonym && short_name && parts[i - 1].tokens.end == parts[i].tokens.start) {
            let r = parts[i - 1].tokens.start..parts[i].tokens.end;
            let body = with_leading_known(a, r.start, r.end, Piece::Org { sector: h.sector.clone() }, lex);
            let n = body.len();
            parts.splice(i - 1..=i, body);
            i += n;
        } else {
            i += 1;
        }
    }
    parts
}

/// Gazetteer words inside a person's name (`Victor` the place in Seychelles, `Jordan`) are name
/// words when a given name precedes them in the same chunk; so is an organisation's one-word
/// alias after a name of two words or more (`Therese Kayikwamba *Wagner*`).
fn merge_name_runs(a: &Analysis, parts: Vec<Part>, lex: &Lexicon) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for p in parts {
        if let (Some(prev), Piece::Known { form, known }) = (out.last_mut(), &p.piece) {
            let prev_is_given = prev.piece == Piece::Name && lex.is_given_name(a.tok(prev.tokens.start));
            let person = |k: usize| a.tags.ner.get(k).and_then(|t| t.ent_type()) == Some(EntType::Per);
            let surname = prev.piece == Piece::Name
                && prev.tokens.len() >= 2
                && prev.tokens.clone().all(person)
                && p.tokens.len() == 1
                && matches!(lex.known[*known as usize].kind, ActorKind::Organization | ActorKind::Group);
            // ("Volker *Turk* said": a demonym after a given name, or a proper noun after a proper
            // noun, with no noun after it to qualify, is a surname; an adjective is not.)
            let qualifies = matches!(a.upos(p.tokens.end), "NOUN" | "PROPN");
            // (Shaped as a name: "U.S.-South Korean" is no person.)
            let proper = |k: usize| a.upos(k) == "PROPN" && a.tok(k).chars().skip(1).all(char::is_lowercase);
            let named = prev_is_given || (prev.piece == Piece::Name && prev.tokens.clone().all(proper) && proper(p.tokens.start));
            let plural = a.tok(p.tokens.start).ends_with('s');
            let demonym_surname = *form == Form::Demonym && named && p.tokens.len() == 1 && !qualifies && !plural;
            if (prev_is_given || surname || demonym_surname)
                && (*form != Form::Demonym || demonym_surname)
                && p.tokens.start == prev.tokens.end
            {
                prev.tokens.end = p.tokens.end;
                continue;
            }
        }
        if let (Some(prev), Piece::Name) = (out.last_mut(), &p.piece) {
            if prev.piece == Piece::Name && prev.tokens.end == p.tokens.start {
                prev.tokens.end = p.tokens.end;
                continue;
            }
            // ("Defense Minister *Israel Katz*", "*Jordan Bardella* said": a state's or place's
            // one-word name before a name word is a given name when the tagger reads both as
            // one person.)
            let person = |k: usize| a.tags.ner.get(k).and_then(|t| t.ent_type()) == Some(EntType::Per);
            // (Or right after a title, whatever the tagger read: "Defense Minister *Israel* Katz".)
            let titled = prev.tokens.start > 0 && lex.is_title_head(a.tok(prev.tokens.start - 1));
            let given = matches!(prev.piece, Piece::Known { form: Form::Name, .. })
                && prev.tokens.len() == 1
                && prev.tokens.end == p.tokens.start
                && ((prev.tokens.start..p.tokens.end).all(person) || titled);
            if given {
                prev.piece = Piece::Name;
                prev.tokens.end = p.tokens.end;
                continue;
            }
        }
        out.push(p);
    }
    out
}
