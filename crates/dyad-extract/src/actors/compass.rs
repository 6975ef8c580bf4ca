//! "South Korea said *the North* fired two missiles": a compass word after "the" stands for
//! the half of a divided country the article names the other half of (`function_words.tsv`
//! class `compass`). Without this it is read as a person's name, or as nothing.

use super::{ActorRec, Mention};
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Lexicon, WordClass};

/// Adds every "the North"/"the South" (not part of a longer name: "the North Atlantic") to
/// the state it stands for, when the article names the state's other half; an actor the
/// words alone had made ("North" as a person) gives them up.
pub fn resolve_halves(a: &Analysis, lex: &Lexicon, list: &mut Vec<ActorRec>) {
    // The divided countries the article names: ("South", "Korea").
    let named: Vec<(String, String)> = list
        .iter()
        .filter(|y| y.kind == ActorKind::State)
        .filter_map(|y| {
            let (first, rest) = y.name.split_once(' ')?;
            lex.word_is(first, WordClass::Compass).then(|| (first.to_string(), rest.to_string()))
        })
        .collect();
    if named.is_empty() {
        return;
    }
    // "North" with "South Korea" named: "North Korea", when the gazetteer knows that state.
    let other_half = |half: &str| {
        named.iter().filter(|(first, _)| first != half).find_map(|(_, rest)| {
            let hits = lex.lookup(&format!("{half} {rest}"));
            hits.iter().find_map(|hit| lex.known.get(hit.known as usize).filter(|k| k.kind == ActorKind::State))
        })
    };
    let capitalised = |k: usize| k < a.len() && a.tok(k).chars().next().is_some_and(char::is_uppercase);
    for si in 0..a.seg.sentences.len() {
        for k in a.sentence_tokens(si) {
            if !lex.word_is(a.tok(k), WordClass::Compass) {
                continue;
            }
            let Some(entry) = other_half(a.tok(k)) else { continue };
            let lone = k > 0 && a.tok(k - 1).eq_ignore_ascii_case("the") && !capitalised(k + 1);
            let owner = list.iter().position(|x| x.mentions.iter().any(|m| m.tokens.contains(&k)));
            let free = owner.is_none_or(|o| list[o].kind != ActorKind::State && list[o].name == a.tok(k));
            if !lone || !free {
                continue;
            }
            if let Some(o) = owner {
                list[o].mentions.retain(|m| !m.tokens.contains(&k));
            }
            let m = Mention { tokens: k..k + 1, sentence: si };
            match list.iter_mut().find(|y| y.kind == ActorKind::State && y.name == entry.name) {
                Some(y) => y.mentions.push(m),
                None => list.push(ActorRec {
                    name: entry.name.clone(),
                    kind: ActorKind::State,
                    country: entry.country.clone(),
                    sector: None,
                    titles: Vec::new(),
                    aliases: Vec::new(),
                    mentions: vec![m],
                }),
            }
        }
    }
}
