//! Recoding an event by who its parties are: a protest by a state or its officials is a
//! diplomatic one (PLOVER ACCUSE, mode disapprove), not a street protest; a state is not
//! threatened by its own people.

use dyad_events::{CodedEvent, Lexicon, Mention, PloverType};

use crate::actors::Actors;
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Form, Lexicon as ActorLexicon, WordClass};

/// One parsed sentence as the events stage holds it: tokens `start..` of the analysis,
/// its words, 1-based heads and relations, and the actor mentions (sentence-local tokens).
pub struct Parse<'p> {
    pub a: &'p Analysis,
    pub actors: &'p Actors,
    pub mentions: &'p [Mention],
    pub words: &'p [&'p str],
    pub heads: &'p [u32],
    pub deprels: &'p [&'p str],
    pub start: usize,
}

impl Parse<'_> {
    /// Whether a mention of actor `x` is the subject of token `h` or of the verb `h`
    /// completes ("summoned … *to protest*"); `by_name`: a mention by the actor's own name
    /// ("Bhutan", not "Bhutanese").
    fn subject_of(&self, x: usize, h: usize, by_name: bool) -> bool {
        // (Also "recalled its ambassador *in protest*": the protest is the recall's motive.)
        let in_protest = self.deprels.get(h) == Some(&"obl") && h > 0 && self.words[h - 1].eq_ignore_ascii_case("in");
        let governor = ((matches!(self.deprels.get(h), Some(&("xcomp" | "advcl"))) || in_protest)
            && self.heads.get(h).is_some_and(|&g| g > 0))
        .then(|| self.heads[h] as usize);
        // ("summoned the ambassador *to protest*" with the infinitive hung on the object: the
        // verb of that object.)
        let object_head = |n: usize| (self.deprels.get(n) == Some(&"obj")).then(|| self.heads.get(n).copied()).flatten();
        let governor = governor.or_else(|| {
            (self.deprels.get(h) == Some(&"acl"))
                .then(|| self.heads.get(h).and_then(|&n| (n as usize).checked_sub(1)))
                .flatten()
                .and_then(object_head)
                .filter(|&g| g > 0)
                .map(|g| g as usize)
        });
        self.mentions.iter().any(|m| {
            let Some(last) = m.tokens.end.checked_sub(1) else { return false };
            let named = !by_name
                || self.actors.list.get(x).is_some_and(|act| {
                    // ("*The* Philippines" is named by its name.)
                    let said = self.a.slice(self.start + m.tokens.start, self.start + m.tokens.end);
                    let said = said.strip_prefix("The ").or_else(|| said.strip_prefix("the ")).unwrap_or(said);
                    // (Or by its capital: "*Baghdad* protested Turkish strikes".)
                    let capital = || ActorLexicon::embedded().lookup_surface(said).iter().any(|hit| hit.form == Form::Capital);
                    said == act.name || capital()
                });
            let head = self.heads.get(last).map(|&g| g as usize);
            let subject_at = |k: usize, head: Option<usize>| {
                (head == Some(h + 1) || (head.is_some() && head == governor)) && self.deprels.get(k).is_some_and(|d| *d == "nsubj")
            };
            // ("*Iran's* foreign ministry protested", "*Chinese* officials protested": the state
            // whose government body or officials (a group noun of sector GOV) are the subject.)
            let official_body = || {
                matches!(self.deprels.get(last), Some(&("nmod:poss" | "amod")))
                    && head.and_then(|g| g.checked_sub(1)).is_some_and(|b| {
                        let noun = self.words.get(b).map(|w| w.to_lowercase()).unwrap_or_default();
                        ActorLexicon::embedded().group_sector(&noun) == Some("GOV") && subject_at(b, self.heads.get(b).map(|&g| g as usize))
                    })
            };
            m.actor == x && ((named && subject_at(last, head)) || (by_name && official_body()))
        })
    }
}

/// "summoned the envoy on Monday *to protest* the attack", "Bhutan *protested*": a protest
/// (`function_words.tsv` class `diplomatic_protest`) whose every actor is a state named as
/// the verb's subject, or a government body or official as its subject, is a diplomatic
/// protest, PLOVER ACCUSE (disapprove). "Malawians protested", "a Hungarian protest" are a
/// state's people, and crowds protest in the street.
pub fn recode_official_protest(p: &Parse, lex: &Lexicon, ev: &mut CodedEvent) {
    let h = ev.trigger.head;
    let protest_word = p.words.get(h).is_some_and(|w| ActorLexicon::embedded().word_is(&w.to_lowercase(), WordClass::DiplomaticProtest));
    if ev.event_type != PloverType::Protest || ev.mode.as_deref() != Some("demo") || !protest_word || ev.roles.actor.is_empty() {
        return;
    }
    let official = |x: &usize| {
        p.actors.list.get(*x).is_some_and(|act| {
            let government = matches!(act.sector.as_deref(), Some("GOV" | "IGO"));
            match act.kind {
                ActorKind::State => p.subject_of(*x, h, true),
                ActorKind::Organization | ActorKind::Person => government && p.subject_of(*x, h, false),
                _ => false,
            }
        })
    };
    if ev.roles.actor.iter().all(official) {
        let disapprove = Some("disapprove");
        (ev.event_type, ev.mode, ev.quad, ev.score) =
            (PloverType::Accuse, disapprove.map(str::to_string), lex.quad(PloverType::Accuse), lex.score(PloverType::Accuse, disapprove));
    }
}

/// "Netanyahu warned that *Israel* would act forcefully": a threat by a state's people (or the
/// state) does not threaten that state, whoever the roles found in the warning's clause.
pub fn drop_own_state_threatened(actors: &Actors, ev: &mut CodedEvent) {
    if ev.event_type != PloverType::Threaten {
        return;
    }
    let country = |x: &usize| actors.list.get(*x).and_then(|act| act.country.as_deref());
    let roles = &mut ev.roles;
    roles.recipient.retain(|x| {
        let state = actors.list.get(*x).is_some_and(|act| act.kind == ActorKind::State);
        !(state && roles.actor.iter().any(|a| country(a).is_some() && country(a) == country(x)))
    });
}
