//! "*We* will respond," the minister said: inside a direct quote, "we", "our" and "us" stand
//! for the side its speaker speaks for (an official's state), "I", "my" and "me" for the
//! speaker. The events stage reads them as mentions of those actors.

use dyad_events::Mention;

use crate::actors::Actors;
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Lexicon, WordClass};
use crate::quotes::QuoteRec;

/// Per token of the document, the speaker of the direct quote it lies in.
pub(crate) fn voices(a: &Analysis, quotes: &[QuoteRec]) -> Vec<Option<u32>> {
    let mut out = vec![None; a.seg.tokens.len()];
    for q in quotes.iter().filter(|q| q.direct) {
        for k in q.content.clone() {
            if let Some(v) = out.get_mut(k) {
                *v = q.speaker;
            }
        }
    }
    out
}

/// Adds a mention for each first-person word of a direct quote in the sentence whose first
/// token is `offset`.
pub(crate) fn add_first_person(voices: &[Option<u32>], actors: &Actors, offset: usize, words: &[&str], mentions: &mut Vec<Mention>) {
    let lex = Lexicon::embedded();
    for (k, w) in words.iter().enumerate() {
        let Some(speaker) = voices.get(offset + k).copied().flatten() else { continue };
        if mentions.iter().any(|m| m.tokens.contains(&k)) {
            continue;
        }
        let actor = if lex.word_is(w, WordClass::FirstPersonPlural) {
            side_of(actors, speaker)
        } else if lex.word_is(w, WordClass::FirstPersonSingular) {
            Some(speaker as usize)
        } else {
            continue;
        };
        if let Some(x) = actor.filter(|&x| x < actors.list.len()) {
            mentions.push(Mention { tokens: k..k + 1, actor: x, kind: crate::events::mention_kind(&actors.list[x]) });
        }
    }
}

/// Whom "we" stands for: the state of a speaker who serves it (government, army, police …),
/// when the article names that state; else the speaker.
fn side_of(actors: &Actors, speaker: u32) -> Option<usize> {
    let s = actors.list.get(speaker as usize)?;
    let serves_state = s.kind == ActorKind::Person && s.sector.as_deref().is_some_and(crate::actors::serves_state);
    let state = || actors.state_of_country(s.country.as_deref()?);
    serves_state.then(state).flatten().or(Some(speaker as usize))
}
