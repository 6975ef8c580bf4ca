//! Generic groups: parties the text names only by what they are ("insurgents shelled …",
//! "protesters marched …", "security forces arrested …"), from `data/lexicon/group_nouns.tsv`.
//! Without them the events these groups take part in have no actor at all.

use std::ops::Range;

use dyad_nlp::Upos;

use super::{ActorRec, Mention};
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Lexicon, TitleRole, WordClass};

/// Compound nouns kept in a group's name ("*security* forces", "*opposition* activists").
const MAX_MODIFIERS: usize = 2;

/// Adds a group actor for every group noun that heads its noun phrase and that no named actor
/// qualifies: "Russian troops" and "Israel's soldiers" stay mentions of the state (its own
/// agents), "rebel leader" is no group, and "their forces" are whoever "their" is. A region
/// or, outside the state's agents, a nationality names the group ("Tigray rebels", "Syrian
/// rebels": a group of that country). Groups of one name and country within a document are
/// one actor; the country of an unnamed one is the one a place right after gives ("rebels
/// *in the Ivory Coast*", "students throughout Indonesia"), else none.
pub fn add_groups(a: &Analysis, lex: &Lexicon, list: &mut Vec<ActorRec>) {
    let mut occupied = vec![false; a.len()];
    for m in list.iter().flat_map(|x| &x.mentions) {
        for t in m.tokens.clone() {
            if let Some(o) = occupied.get_mut(t) {
                *o = true;
            }
        }
    }
    let noun = |k: usize| matches!(a.tags.upos.get(k), Some(Upos::Noun));
    for si in 0..a.seg.sentences.len() {
        let r = a.sentence_tokens(si);
        for k in r.clone() {
            // "armed group", "rebel groups": a two-word entry whose head alone is no group
            // (capitalised only as the sentence's first word: "*Army* officers said", also
            // after a dateline: "BISSAU, Nov 27 (Reuters) - *Army* officers").
            let opening = |j: usize| j == r.start || (j > r.start && crate::analysis::is_dateline_dash(a.tok(j - 1)));
            let pair = (k > r.start && !occupied[k - 1] && (is_lower(a.tok(k - 1)) || opening(k - 1)))
                .then(|| group_noun_after(a, lex, k, &occupied, a.tok(k - 1)))
                .flatten();
            let Some(sector) = pair.or_else(|| group_noun(a, lex, &r, k, &occupied)) else { continue };
            if k + 1 < r.end && (noun(k + 1) || a.tags.upos.get(k + 1) == Some(&Upos::Propn)) {
                continue;
            }
            // "the *health* ministry", "the *foreign* ministry": a ministry named by its domain
            // is one whatever its country (`titles.tsv` kind domain).
            let domain = pair.is_none()
                && k > r.start
                && !occupied[k - 1]
                && is_lower(a.tok(k - 1))
                && lex.title(a.tok(k - 1)).is_some_and(|t| t.role == TitleRole::Domain);
            let mut start = if pair.is_some() || domain { k - 1 } else { k };
            // (Not a gerund after a verb, whose object the group is: "denied *mistreating* prisoners".)
            let gerund =
                |j: usize| j > r.start && a.tok(j).ends_with("ing") && matches!(a.tags.upos.get(j - 1), Some(Upos::Verb | Upos::Aux));
            // (Nor a verb the tagger read as a noun before its object: "to stop the war and
            // *exchange* prisoners" — one the event lexicon knows with that object.)
            let verb = |j: usize| {
                j > r.start
                    && matches!(a.tok(j - 1), "to" | "and" | "or")
                    && lex.group_sector(&format!("{} {}", a.tok(j), a.tok(k)).to_lowercase()).is_none()
                    && dyad_events::Lexicon::embedded()
                        .find_triggers(&dyad_events::SentenceView::new(&[a.tok(j), a.tok(k)], &["VERB", "NOUN"], &[], &[]))
                        .iter()
                        .any(|t| t.head == 0 && t.pos != dyad_events::TriggerPos::Noun && t.matched.contains(&1))
            };
            while start > r.start
                && k - start < MAX_MODIFIERS
                && noun(start - 1)
                && !occupied[start - 1]
                && is_lower(a.tok(start - 1))
                && !gerund(start - 1)
                && !verb(start - 1)
            {
                start -= 1;
            }
            // "Tigray rebels", "Syrian protesters": the region or nationality names the group
            // (its country's); the modifier is then no mention of its own.
            let (start, regional) = match (own_modifier(a, list, start, sector), sponsor(a, lex, &r, start, &occupied)) {
                (Some((x, i)), _) => {
                    let place = list[x].mentions.remove(i);
                    (place.tokens.start, Some(list[x].country.clone()))
                }
                (None, Some(country)) => (start - 1, Some(country)),
                (None, None)
                    if qualified_by_actor(a, &r, start, &occupied)
                        || (pair.is_none() && !domain && lex.group_named_only(&a.tok(k).to_lowercase())) =>
                {
                    continue
                }
                (None, None) => (start, None),
            };
            let country = regional.clone().unwrap_or_else(|| country_after(a, lex, list, &r, k + 1));
            let name = if regional.is_some() { a.slice(start, k + 1).to_string() } else { a.slice(start, k + 1).to_lowercase() };
            let m = Mention { tokens: start..k + 1, sentence: si };
            match list.iter_mut().find(|x| x.kind == ActorKind::Group && x.country == country && x.name == name) {
                Some(x) => x.mentions.push(m),
                None => list.push(ActorRec {
                    name,
                    kind: ActorKind::Group,
                    country,
                    sector: (sector != "-").then(|| sector.to_string()),
                    titles: Vec::new(),
                    aliases: Vec::new(),
                    mentions: vec![m],
                }),
            }
        }
    }
}

/// "the *Saudi-led* coalition", "*Hamas-run* authorities", "*Iran-backed* militias": a
/// hyphenated word right before `start` whose first half names a known actor and whose second
/// half says how it stands to the group (`function_words.tsv` classes `led_by`, `backed_by`).
/// Such a word names the group; the group's country is the leader's (`Some(Some(..))`), not a
/// backer's (`Some(None)`).
fn sponsor(a: &Analysis, lex: &Lexicon, r: &Range<usize>, start: usize, occupied: &[bool]) -> Option<Option<String>> {
    let p = start.checked_sub(1).filter(|&p| p >= r.start && !occupied[p])?;
    let (first, second) = a.tok(p).rsplit_once('-')?;
    let led = lex.word_is(second, WordClass::LedBy);
    if !(led || lex.word_is(second, WordClass::BackedBy)) || !first.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let country = lex.lookup_surface(first).iter().find_map(|h| lex.known.get(h.known as usize)?.country.clone())?;
    Some(led.then_some(country))
}

/// Sectors of a state's own agents: "Russian troops", "Iranian officials" act for the state.
pub(super) const STATE_SECTORS: [&str; 6] = ["GOV", "MIL", "COP", "SPY", "LEG", "JUD"];

/// The place ("*Tigray* rebels") or, for a group outside the state's agents, the nationality
/// ("*Syrian* rebels", "*Afghan* students") whose mention ends right before `start`: its
/// actor's index and the mention's. A state's name or possessive ("Israel's soldiers") and
/// its agents ("Russian troops") stay the state's.
fn own_modifier(a: &Analysis, list: &[ActorRec], start: usize, sector: &str) -> Option<(usize, usize)> {
    let outside_state = !STATE_SECTORS.contains(&sector);
    list.iter().enumerate().find_map(|(xi, x)| {
        let mi = x.mentions.iter().position(|m| m.tokens.end == start && m.tokens.start < start)?;
        let m = &x.mentions[mi];
        let demonym = m.tokens.len() == 1 && a.tags.upos.get(m.tokens.start) == Some(&Upos::Adj);
        let fits = match x.kind {
            ActorKind::Place => true,
            ActorKind::State => outside_state && demonym,
            _ => false,
        };
        fits.then_some((xi, mi))
    })
}

fn is_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// The sector of the group noun at `k`: lower case, or capitalised only as the sentence's
/// first word ("Insurgents bombarded …", also after a dateline); a capitalised word elsewhere
/// is part of a name.
fn group_noun<'l>(a: &Analysis, lex: &'l Lexicon, r: &Range<usize>, k: usize, occupied: &[bool]) -> Option<&'l str> {
    if occupied[k] {
        return None;
    }
    let w = a.tok(k);
    // (Also the first word after a dateline: "MAPUTO, Nov 7 (AP) — *Police* in …".)
    let first_word = k == r.start
        || (k == r.start + 1 && !a.tok(r.start).chars().any(char::is_alphanumeric))
        || (k > r.start && crate::analysis::is_dateline_dash(a.tok(k - 1)));
    // (A lower-case word tagged as a proper noun is the tagger's slip: "the *junta* said".)
    let propn = a.tags.upos.get(k) == Some(&Upos::Propn);
    let tagged_noun = matches!(a.tags.upos.get(k), Some(Upos::Noun)) || (propn && (first_word || is_lower(w)));
    if !tagged_noun || !(is_lower(w) || first_word) {
        return None;
    }
    if w.chars().any(char::is_uppercase) {
        lex.group_sector(&w.to_lowercase())
    } else {
        lex.group_sector(w)
    }
}

/// The sector of a two-word group entry ending at `k` ("armed group"), `before` being the
/// word before `k` in the same sentence.
fn group_noun_after<'l>(a: &Analysis, lex: &'l Lexicon, k: usize, occupied: &[bool], before: &str) -> Option<&'l str> {
    if occupied[k] || !matches!(a.tags.upos.get(k), Some(Upos::Noun)) || !is_lower(a.tok(k)) {
        return None;
    }
    lex.group_pair_sector(before, a.tok(k))
}

/// Whether a named actor (or a possessive pronoun) right before the phrase owns the group:
/// "Syrian rebels", "UN troops", "Israel's soldiers", "their forces".
fn qualified_by_actor(a: &Analysis, r: &Range<usize>, start: usize, occupied: &[bool]) -> bool {
    if start == r.start {
        return false;
    }
    let mut p = start - 1;
    // Over plain adjectives ("Serbian *military* police") and a bracketed acronym
    // ("Municipality Association *(AKK)* officials").
    for _ in 0..MAX_MODIFIERS {
        if p > r.start && a.tags.upos.get(p) == Some(&Upos::Adj) && is_lower(a.tok(p)) {
            p -= 1;
        }
    }
    if a.tok(p) == ")" && p >= r.start + 3 && a.tok(p - 2) == "(" {
        p -= 3;
    }
    occupied[p]
        || a.tags.upos.get(p) == Some(&Upos::Pron)
        || (matches!(a.tok(p), "'s" | "'" | "’s" | "’") && p > r.start && occupied[p - 1])
}

/// The country of a state or place named right after a group by a locative preposition
/// ("in", "throughout", "of", "from": `function_words.tsv` class `group_origin`).
fn country_after(a: &Analysis, lex: &Lexicon, list: &[ActorRec], r: &Range<usize>, k: usize) -> Option<String> {
    if k + 1 >= r.end || !lex.word_is(a.tok(k), WordClass::GroupOrigin) {
        return None;
    }
    // "in the Ivory Coast": one determiner may come between.
    let at = if a.tags.upos.get(k + 1) == Some(&Upos::Det) { k + 2 } else { k + 1 };
    list.iter()
        .filter(|x| matches!(x.kind, ActorKind::State | ActorKind::Place))
        .find(|x| x.mentions.iter().any(|m| m.tokens.start == at))
        .and_then(|x| x.country.clone())
}
