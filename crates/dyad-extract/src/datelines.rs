//! Where a paragraph's events are reported from: the place of its dateline ("KYIV, May 2
//! (AFP) -"), which the parse does not see, and the state a sentence places an event in instead.

use dyad_events::{Mention, MentionKind};

use crate::analysis::Analysis;
use dyad_nlp::DepRel;

/// The place of a dateline opening a paragraph: a place mention at the start of a dateline of
/// `dateline_words` words (`analysis::dateline_len`).
pub(crate) fn dateline(dateline_words: usize, mentions: &[Mention]) -> Option<usize> {
    let m = mentions.first().filter(|m| m.tokens.start == 0 && m.kind == MentionKind::Place)?;
    (dateline_words > m.tokens.end).then_some(m.actor)
}

/// How many sentences from the start may hold the dateline (after a headline and a byline).
const DATELINE_SENTENCES: usize = 4;

/// The country of the article's dateline place (`BAMAKO, Nov 28 (AFP) -`: Mali; `NEW DELHI:`,
/// `Port Sudan -`), when a dateline opens a paragraph among its first sentences: the gazetteer's
/// place or state named by its capitalised words before the first comma, bracket or dash.
pub(crate) fn dateline_country(a: &Analysis) -> Option<String> {
    let si = (0..a.seg.sentences.len().min(DATELINE_SENTENCES)).find(|&si| {
        let words: Vec<&str> = a.sentence_tokens(si).map(|k| a.tok(k)).collect();
        crate::analysis::dateline_len(a, si, &words) > 0
    })?;
    let words: Vec<&str> =
        a.sentence_tokens(si).map(|k| a.tok(k)).take_while(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect();
    crate::analysis::known_place(&words)?.country.clone()
}

/// Hangs the dateline (`words[..skip]`) on the root of the sentence parsed without it, whose
/// heads are shifted to count the dateline's tokens.
pub(crate) fn attach_dateline(skip: usize, words: &[&str], heads: &mut Vec<u32>, rels: &mut Vec<DepRel>) {
    let root = heads.iter().position(|&h| h == 0).map_or(0, |k| (k + skip + 1) as u32);
    for h in heads.iter_mut().filter(|h| **h > 0) {
        *h += skip as u32;
    }
    heads.splice(0..0, std::iter::repeat_n(root, skip));
    let prefix = words[..skip].iter().map(|w| if w.chars().any(char::is_alphanumeric) { DepRel::Dep } else { DepRel::Punct });
    rels.splice(0..0, prefix);
}

/// "BEIRUT — Israeli warplanes struck villages *in southern Lebanon*": the state named after a
/// preposition of place (`role_words.tsv` class `location_prep`: "in", "near", not "from") in the
/// trigger's phrase, after at most a few determiners, adjectives and nouns, is where the event
/// happened rather than the dateline's city. The phrase ends at punctuation or the next verb.
pub(crate) fn placed_in_state(words: &[&str], upos: &[&str], mentions: &[Mention], trigger_end: usize) -> Option<usize> {
    let stop = |k: usize| upos.get(k).is_some_and(|u| matches!(*u, "VERB" | "AUX" | "PUNCT"));
    let prep =
        (trigger_end..(trigger_end + 12).min(words.len())).take_while(|&k| !stop(k)).find(|&k| dyad_events::is_location_prep(words[k]))?;
    let mut j = prep + 1;
    while j < words.len() && j <= prep + 4 {
        if let Some(m) = mentions.iter().find(|m| m.tokens.start == j) {
            // (Not a demonym on a noun, "in the *Qatari* capital", nor the dateline's own place
            // named again, "LIMA, Peru - … marched through central *Lima*".)
            let demonym = upos.get(m.tokens.end).is_some_and(|u| *u == "NOUN");
            let said = words.get(m.tokens.clone()).unwrap_or_default();
            let dateline_again =
                !said.is_empty() && words.len() > said.len() && words.iter().zip(said).all(|(a, b)| a.eq_ignore_ascii_case(b));
            return (m.kind == MentionKind::State && !demonym && !dateline_again).then_some(m.actor);
        }
        if !upos.get(j).is_some_and(|u| matches!(*u, "DET" | "ADJ" | "NOUN")) {
            return None;
        }
        j += 1;
    }
    None
}
