//! "Brussels and Budapest clashed over the frozen funds": in an article that names the EU,
//! its seat stands for it, not for Belgium (`gazetteer/seats.tsv`).

use super::ActorRec;
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Lexicon, WordClass};
use dyad_nlp::Upos;

/// Moves the mentions of a seat city (read as its country's capital or as the city) to the
/// organisation seated there, when the article names that organisation; "in Brussels"
/// (after a locative preposition) and "the Brussels attacks" (a noun's modifier) stay the place.
pub fn seats_for_organisations(a: &Analysis, lex: &Lexicon, list: &mut [ActorRec]) {
    for (city, organisation) in &lex.seats {
        let Some(org) = list.iter().position(|x| x.kind == ActorKind::Organization && x.name == *organisation) else { continue };
        for i in 0..list.len() {
            if !matches!(list[i].kind, ActorKind::State | ActorKind::Place) {
                continue;
            }
            let (moved, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut list[i].mentions).into_iter().partition(|m| {
                let locative = m.tokens.start > 0 && lex.word_is(&a.tok(m.tokens.start - 1).to_lowercase(), WordClass::LocativePrep);
                // "the Brussels attacks": a modifier of a noun says where.
                let modifier = matches!(a.tags.upos.get(m.tokens.end), Some(Upos::Noun));
                a.slice(m.tokens.start, m.tokens.end) == city && !locative && !modifier
            });
            list[i].mentions = kept;
            list[org].mentions.extend(moved);
        }
    }
}
