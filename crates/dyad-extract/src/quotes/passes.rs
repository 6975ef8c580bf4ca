//! Passes over the attributed quotes: a clause reported twice becomes one quote, and a
//! sentence opened by a name and a colon becomes that person's claim.

use super::cues::{CueKind, Cues};
use super::QuoteRec;
use crate::actors::Actors;
use crate::analysis::Analysis;
use crate::document::ActorKind;

/// "According to X, CLAUSE, Y said at …" and "X said CLAUSE, according to Y": the clause is
/// reported twice, each time running through the other cue's attribution. One quote remains:
/// the clause, with the speech verb's speaker (who said it; "according to" names the source,
/// the speaker when the speech verb's subject is nobody named: "according to the Press
/// Enterprise, media reports suggested …").
pub(super) fn one_report_with_two_cues(a: &Analysis, quotes: &mut Vec<QuoteRec>) {
    let cues = Cues::embedded();
    let according = |q: &QuoteRec| q.cue.as_ref().and_then(|c| cues.at(a, c.start)).is_some_and(|(_, c)| c.kind == CueKind::According);
    let holds_cue = |outer: &QuoteRec, inner: &QuoteRec| inner.cue.as_ref().is_some_and(|c| outer.content.contains(&c.start));
    let mut drop = Vec::new();
    for i in 0..quotes.len() {
        if quotes[i].direct || !according(&quotes[i]) {
            continue;
        }
        let (outer, mut inner) = (quotes[i].content.clone(), None);
        for j in (0..quotes.len()).filter(|&j| j != i && !quotes[j].direct && !according(&quotes[j]) && holds_cue(&quotes[i], &quotes[j])) {
            let c = quotes[j].content.clone();
            // ("X said CLAUSE, according to Y" with the said-clause ending at the comma already.)
            if c.start >= outer.start && c.end <= outer.end {
                inner = Some((j, c));
                break;
            }
            if holds_cue(&quotes[j], &quotes[i]) {
                let mut shared = outer.start.max(c.start)..outer.end.min(c.end);
                while shared.end > shared.start && matches!(a.tok(shared.end - 1), "," | ";" | ":") {
                    shared.end -= 1;
                }
                if shared.len() >= 4 {
                    inner = Some((j, shared));
                    break;
                }
            }
        }
        if let Some((j, content)) = inner {
            quotes[j].content = content;
            quotes[j].speaker = quotes[j].speaker.or(quotes[i].speaker);
            drop.push(i);
        }
    }
    for i in drop.into_iter().rev() {
        quotes.remove(i);
    }
}

/// "Lavrov: Moscow ready for dialogue with Washington": a sentence opened by a person's name
/// and a colon is that person's claim (wire headlines, interview transcripts).
pub(super) fn named_before_colon(a: &Analysis, actors: &Actors, in_quote: &[bool], quotes: &mut Vec<QuoteRec>) {
    for si in 0..a.seg.sentences.len() {
        let r = a.sentence_tokens(si);
        let Some(person) = actors.actor_at(r.start).filter(|&x| actors.list[x as usize].kind == ActorKind::Person) else { continue };
        let colon = (r.start..r.end).find(|&k| actors.actor_at(k) != Some(person)).filter(|&k| a.tok(k) == ":");
        let Some(colon) = colon else { continue };
        let mut end = r.end;
        while end > colon + 1 && matches!(a.tok(end - 1), "." | "!" | "?") {
            end -= 1;
        }
        let content = colon + 1..end;
        let said_there = quotes.iter().any(|q| q.content.start < content.end && content.start < q.content.end);
        if content.len() >= 3 && !said_there && !in_quote[colon + 1] {
            quotes.push(QuoteRec { content, speaker: Some(person), direct: false, cue: None });
        }
    }
    quotes.sort_by_key(|q| q.content.start);
}
