//! "Rebels attacked a police station. The African Union condemned *the attack*": a definite
//! noun that names a deed told shortly before points back to it, so a reaction to it with no
//! target of its own is aimed at whoever did that deed ("Argentina offered to mediate, but La Paz
//! rejected *the offer*": Argentina).

use dyad_events::{CodedEvent, Lexicon, PloverType, SentenceView, TriggerPos};

use crate::analysis::Analysis;
use crate::events::EventRec;
use crate::lexicon::{Lexicon as ActorLexicon, WordClass};

/// How many sentences back the deed may have been told.
const REACH: usize = 5;

/// The actors of the earlier deed a condemnation's or rejection's object points back to, for
/// one that has no recipient: its object is a noun with "the"/"this" before it and nothing
/// naming whose it is, that is a noun trigger of the deed's type or shares a lemma with the
/// deed's trigger ("the launch" after "launched a missile").
pub(crate) fn reaction_target(
    a: &Analysis,
    earlier: &[EventRec],
    si: usize,
    view: &SentenceView,
    lex: &Lexicon,
    ev: &CodedEvent,
) -> Vec<usize> {
    let reaction = matches!(ev.event_type, PloverType::Accuse | PloverType::Reject);
    if !reaction || !ev.roles.recipient.is_empty() || view.heads.len() != view.len() {
        return Vec::new();
    }
    let head = ev.trigger.head;
    let child = |k: usize, rel: &str| (0..view.len()).find(|&c| view.heads[c] as usize == k + 1 && view.deprel_at(c) == rel);
    // (Not the trigger's own noun: "launched *the investigation*".)
    let object = child(head, "obj").filter(|&k| view.upos_at(k) == "NOUN" && !ev.trigger.matched.contains(&k));
    let Some(object) = object else { return Vec::new() };
    let determiner = child(object, "det").is_some_and(|d| ActorLexicon::embedded().word_is(view.words[d], WordClass::AnaphoricDeterminer));
    if !determiner || child(object, "nmod:poss").is_some() {
        return Vec::new();
    }
    let noun_lemma = dyad_events::lemma(&view.words[object].to_lowercase(), "NOUN").into_owned();
    let noun_type = lex.find_triggers(view).into_iter().find(|t| t.pos == TriggerPos::Noun && t.head == object).map(|t| t.event_type);
    let names_it = |e: &EventRec| {
        noun_type.is_some_and(|t| t.as_str() == e.event_type)
            || e.trigger.iter().any(|&k| dyad_events::lemma(&a.tok(k).to_lowercase(), a.tags.upos[k].as_str()) == noun_lemma)
    };
    earlier
        .iter()
        .rev()
        .take_while(|e| e.sentence < si && e.sentence + REACH >= si)
        .find(|e| names_it(e))
        // (The latest such deed is the one meant, even when no one is named as its doer.)
        .filter(|e| !e.negated && !e.hypothetical)
        .map(|e| e.actor.iter().map(|&x| x as usize).filter(|x| !ev.roles.actor.contains(x)).collect())
        .unwrap_or_default()
}
