//! "Brussels and Budapest clashed over the frozen funds": in an article that names the EU,
//! its seat stands for it, not for Belgium; "the Kremlin said": a seat of government that acts
//! is that government (`gazetteer/seats.tsv`).

use super::ActorRec;
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Lexicon, WordClass};
use dyad_nlp::Upos;

/// Moves the mentions of a seat city (read as its country's capital or as the city) to the
/// organisation seated there, when the article names that organisation; "in Brussels"
/// (after a locative preposition) and "the Brussels attacks" (a noun's modifier) stay the place.
pub fn seats_for_organisations(a: &Analysis, lex: &Lexicon, list: &mut Vec<ActorRec>) {
    // "in Brussels" (after a locative preposition) is where; "the Brussels attacks" (a noun's
    // modifier) too.
    let acting = |m: &super::Mention| {
        // (Across an article: "at *the* White House".)
        let mut before = m.tokens.start;
        if before > 0 && a.tok(before - 1).eq_ignore_ascii_case("the") {
            before -= 1;
        }
        let locative = before > 0 && lex.word_is(&a.tok(before - 1).to_lowercase(), WordClass::LocativePrep);
        let modifier = matches!(a.tags.upos.get(m.tokens.end), Some(Upos::Noun));
        !locative && !modifier
    };
    for (city, organisation) in &lex.seats {
        if organisation == GOVERNMENT {
            seat_of_government(list, city, &acting);
            continue;
        }
        let Some(org) = list.iter().position(|x| x.kind == ActorKind::Organization && x.name == *organisation) else { continue };
        for i in 0..list.len() {
            if !matches!(list[i].kind, ActorKind::State | ActorKind::Place) {
                continue;
            }
            let (moved, kept): (Vec<_>, Vec<_>) =
                std::mem::take(&mut list[i].mentions).into_iter().partition(|m| a.slice(m.tokens.start, m.tokens.end) == city && acting(m));
            list[i].mentions = kept;
            list[org].mentions.extend(moved);
        }
    }
}

/// `seats.tsv` rows whose organisation is this word name a seat of government.
const GOVERNMENT: &str = "government";

/// "*The Kremlin* said", "*the White House* announced": a seat of government that acts is its
/// government, an organisation of the place's country (sector GOV); "talks in the Kremlin"
/// and "Kremlin spokesman" stay the place.
fn seat_of_government(list: &mut Vec<ActorRec>, seat: &str, acting: &dyn Fn(&super::Mention) -> bool) {
    let Some(place) = list.iter().position(|x| x.kind == ActorKind::Place && x.name == seat) else { return };
    let (moved, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut list[place].mentions).into_iter().partition(|m| acting(m));
    list[place].mentions = kept;
    if moved.is_empty() {
        return;
    }
    let country = list[place].country.clone();
    list.push(ActorRec {
        name: seat.to_string(),
        kind: ActorKind::Organization,
        country,
        sector: Some("GOV".to_string()),
        titles: Vec::new(),
        aliases: Vec::new(),
        mentions: moved,
    });
}
