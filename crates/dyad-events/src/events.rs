//! One-call coding of a sentence: triggers, roles, modality and PLOVER recoding.

use std::ops::Range;

use crate::constructions::{
    answered_with_event, answering_verb, at_risk, detains_property, dismissal, met_obligation, only_possible, received_thing,
    released_object, said_of_another_event, turned_into_event,
};
use crate::lexicon::{role_word, RoleClass};
use crate::tree::Tree;
use crate::triggers::Lemmas;
use crate::{assign_roles, modality, recode_future, Lexicon, Mention, Modality, PloverType, Roles};
use crate::{Flags, SentenceView, TriggerMatch};

/// Most tokens between two triggers that may be merged into one event.
const MERGE_GAP: usize = 4;

/// "X agrees with the view/vision of Y", "the expert agrees with Z that …": agreeing with an
/// opinion is no PLOVER AGREE. A present-tense "agrees" (news report past events) or an
/// "agree with" whose object is not an actor.
fn opinion_agreement(s: &SentenceView, trig: &TriggerMatch, mentions: &[Mention]) -> bool {
    let h = trig.head;
    let w = s.words[h].to_ascii_lowercase();
    if w == "agrees" {
        return true;
    }
    if !w.starts_with("agree") || trig.matched.len() > 1 {
        return false;
    }
    let next = h + 1;
    if next < s.len() && s.words[next].eq_ignore_ascii_case("with") {
        let mut k = next + 1;
        while k < s.len() && matches!(s.words[k].to_ascii_lowercase().as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their") {
            k += 1;
        }
        return !mentions.iter().any(|m| m.tokens.contains(&k));
    }
    false
}

/// A trigger with its roles, modality and final (recoded) type.
#[derive(Clone, Debug, PartialEq)]
pub struct CodedEvent {
    pub trigger: TriggerMatch,
    /// Type after [`recode_future`] ("will send aid" → AGREE).
    pub event_type: PloverType,
    pub mode: Option<String>,
    pub quad: u8,
    pub score: f32,
    pub roles: Roles,
    pub modality: Modality,
}

impl CodedEvent {
    /// Whether PLOVER would code it: not negated, and either real or a future/offered
    /// event that PLOVER records as intent (AGREE, CONCEDE, THREATEN).
    pub fn codable(&self) -> bool {
        !self.modality.negated
            && (!self.modality.hypothetical
                || (self.modality.future && matches!(self.event_type, PloverType::Agree | PloverType::Concede | PloverType::Threaten)))
    }
}

/// Most words from the comma to the reporting verb of a closing attribution ("…, South Korea's
/// Joint Chiefs of Staff (JCS) said").
const ATTRIBUTION_SPEAKER: usize = 12;

/// An attribution between commas at the end of a sentence (`…, South Korea's Joint Chiefs of
/// Staff said in a statement.`, `…, said Kaja Kallas, a day before …`): a stretch after a
/// comma, up to the next comma or the end, with a reporting verb (cues.tsv `report`) within
/// a few words and no other verb, in the sentence's last two comma stretches.
fn attribution_tail(s: &SentenceView, lm: &Lemmas, lex: &Lexicon) -> Option<Range<usize>> {
    let n = s.len();
    let end = if n > 0 && matches!(s.words[n - 1], "." | "\"" | "\u{201d}") { n - 1 } else { n };
    let commas: Vec<usize> = (0..end).filter(|&k| s.words[k] == ",").collect();
    commas.iter().rev().take(2).find_map(|&comma| {
        let stop = (comma + 1..end).find(|&k| s.words[k] == ",").unwrap_or(end);
        let verbs: Vec<usize> = (comma + 1..stop).filter(|&k| matches!(s.upos_at(k), "VERB" | "AUX")).collect();
        let [verb] = verbs[..] else { return None };
        (verb <= comma + ATTRIBUTION_SPEAKER && stop - verb <= 6 && lex.is_cue_word(&lm.lemma[verb], crate::lexicon::CueKind::Report))
            .then_some(comma..stop)
    })
}

/// An attribution opening a clause (`According to the Health Ministry, 30 people …`): from
/// the attribution word (role class `attribution_prep`) to the next comma.
fn attribution_lead(s: &SentenceView, lm: &Lemmas) -> Option<Range<usize>> {
    let n = s.len();
    let start = (0..n.saturating_sub(2)).find(|&k| {
        (k == 0 || s.words[k - 1] == ",") && lm.in_class(k, RoleClass::AttributionPrep) && s.words[k + 1].eq_ignore_ascii_case("to")
    })?;
    let comma = (start + 2..n.min(start + 12)).find(|&k| s.words[k] == ",")?;
    Some(start..comma)
}

/// Whether an event may be coded in the sentence, from its words alone: a trigger, or the
/// words of a reported demand. Callers parse only such sentences.
pub fn may_hold_event(s: &SentenceView, lex: &Lexicon) -> bool {
    let lm = Lemmas::new(s);
    !lex.find_triggers_with(s, &lm).is_empty()
        || crate::demand::may_hold_demand(s, &lm, lex)
        || (s.heads.len() != s.len() && lex.may_match_in_object(s, &lm))
}

/// Codes every trigger of the sentence. Events of the same final type whose roles are
/// contained in another's ("offered to mediate": the offer and the mediation are both
/// AGREE) are merged into the first; non-codable events are kept, see
/// [`CodedEvent::codable`].
pub fn code_events(s: &SentenceView, mentions: &[Mention], lex: &Lexicon) -> Vec<CodedEvent> {
    let mut out: Vec<CodedEvent> = Vec::new();
    let lm = Lemmas::new(s);
    // One tree for every rule that walks the parse (None for an unparsed sentence).
    let tree = Tree::new(s);
    let found = lex.find_triggers_with(s, &lm);
    let trigger_heads: Vec<usize> = found.iter().map(|t| t.head).collect();
    let trigger_types: Vec<(usize, PloverType)> = found.iter().map(|t| (t.head, t.event_type)).collect();
    let lexical = found.into_iter().map(|t| (t, None));
    let constructions = crate::demand::find_demands(s, &lm, lex, mentions).into_iter().map(|(t, r)| (t, Some(r)));
    let sources: Vec<Range<usize>> = attribution_tail(s, &lm, lex).into_iter().chain(attribution_lead(s, &lm)).collect();
    let mut ceasing_words: Vec<usize> = Vec::new();
    for (trig, given_roles) in lexical.chain(constructions) {
        if trig.flags.has(Flags::GOVERNED) && trig.matched.len() == 1 && !crate::roles::governed(s, &trig) {
            continue;
        }
        if trig.flags.has(Flags::ACTIVE_ONLY) && crate::constructions::passive_voice(s, &lm, trig.head) {
            continue;
        }
        if trig.event_type == PloverType::Agree && opinion_agreement(s, &trig, mentions) {
            continue;
        }
        if tree.as_ref().is_some_and(|t| adjectival_participle(s, t, &trig)) {
            continue;
        }
        let mut trig = trig;
        let ceasing = ceased(tree.as_ref(), &lm, &trig);
        if let Some(c) = &ceasing {
            (trig.event_type, trig.mode, trig.quad, trig.score) = typed(lex, c.to.0, c.to.1);
            ceasing_words.push(c.word);
        }
        // The word that names a de-escalation: its cessation word, or its own trigger.
        let naming = ceasing.as_ref().map_or(trig.head, |c| c.word);
        let settles = trig.event_type == PloverType::Retreat && matches!(trig.mode.as_deref(), Some("ceasefire" | "withdraw"));
        let declaration = settles.then(|| declared(tree.as_ref(), &lm, naming)).flatten();
        if declaration.is_some() {
            (trig.event_type, trig.mode, trig.quad, trig.score) = typed(lex, PloverType::Concede, None);
        }
        // A declaration or a cessation is the event: its modality is the declaring or
        // cessation word's ("ordered a halt", "has suspended plans to impose", "agreed to
        // stop fighting").
        let m = match declaration.or(ceasing.as_ref().map(|c| c.word)).or_else(|| answering_verb(tree.as_ref(), &lm, &trig)) {
            Some(w) => {
                let mut at = trig.clone();
                (at.head, at.matched, at.tokens) = (w, vec![w], w..w + 1);
                modality(s, &at, lex)
            }
            None => modality(s, &trig, lex),
        };
        let t = recode_future(trig.event_type, &m);
        let mut roles = given_roles.unwrap_or_else(|| {
            // The source named in an attribution is no party to what it reports (a pronoun
            // elsewhere may still be: "he would go, he said").
            let apart: Vec<&Range<usize>> = sources.iter().filter(|t| !t.contains(&trig.head)).collect();
            if apart.is_empty() {
                return assign_roles(s, &trig, mentions);
            }
            let outside: Vec<Mention> = mentions.iter().filter(|m| !apart.iter().any(|t| t.contains(&m.tokens.start))).cloned().collect();
            assign_roles(s, &trig, &outside)
        });
        if released_object(tree.as_ref(), &lm, &trig, &roles)
            || (trig.flags.has(Flags::NEEDS_PARTY) && roles.recipient.is_empty())
            || dismissal(tree.as_ref(), &lm, &trig, mentions)
            || crate::constructions::fights_an_evil(tree.as_ref(), &lm, &trig)
            || received_thing(tree.as_ref(), &lm, &trig, mentions, &trigger_heads)
            || met_obligation(tree.as_ref(), &lm, &trig)
            || turned_into_event(tree.as_ref(), &lm, &trig, &trigger_types)
            || answered_with_event(tree.as_ref(), &lm, &trig, &trigger_heads)
            || crate::constructions::target_of_event_noun(s, tree.as_ref(), &trig, &trigger_heads)
            || said_of_another_event(s, tree.as_ref(), &trig, &trigger_types, mentions)
            || tree.as_ref().and_then(|t| at_risk(t, &lm, trig.head).map(|v| (t, v))).is_some_and(|(t, v)| only_possible(t, &lm, lex, v))
        {
            continue;
        }
        if t == PloverType::Mobilize {
            crate::constructions::deployed_forces_deploy(&lm, mentions, &trig, &mut roles);
        }
        let riot = t == PloverType::Assault && crate::constructions::crowd_violence(s, mentions, &mut roles);
        // ("*striking* Tube drivers", "a *strike of* taxi drivers": the workers after it are the
        // strikers, not a target.)
        if t == PloverType::Assault && crate::constructions::strikers_after(s, &lm, &trig) && roles.actor.is_empty() {
            roles.actor = std::mem::take(&mut roles.recipient);
        }
        let walkout = t == PloverType::Assault && crate::constructions::labour_strike(s, &lm, &trig, &roles);
        let (t, mode, quad, score) = if riot {
            typed(lex, PloverType::Protest, Some("riot"))
        } else if walkout {
            typed(lex, PloverType::Protest, Some("strike"))
        } else if t == PloverType::Protest
            && trig.mode.as_deref() == Some("obstruct")
            && crate::constructions::by_states(mentions, &roles)
            && !trigger_types.iter().any(|&(h, t)| h != trig.head && t == PloverType::Protest)
        {
            // ("Ethiopia blocked access to Facebook": a state obstructing is restricting; "people
            // in Belarus blocked the road in protest" — another protest word — still protest.)
            typed(lex, PloverType::Coerce, Some("restrict"))
        } else if crate::constructions::dispatches_forces(tree.as_ref(), s, &lm, &trig, mentions) {
            typed(lex, PloverType::Mobilize, Some("troops"))
        } else if crate::constructions::economic_target(tree.as_ref(), &lm, &trig) {
            typed(lex, PloverType::Sanction, None)
        } else if crate::constructions::courtesy_call(s, &lm, &trig, mentions) {
            typed(lex, PloverType::Consult, Some("visit"))
        } else if t == PloverType::Coerce && trig.mode.as_deref() == Some("arrest") && detains_property(tree.as_ref(), &lm, &trig) {
            typed(lex, PloverType::Coerce, Some("seize"))
        } else if t == trig.event_type {
            (t, trig.mode.clone(), trig.quad, trig.score)
        } else {
            let mode = (t == PloverType::Threaten).then(|| threat_content(trig.event_type, trig.mode.as_deref())).flatten();
            typed(lex, t, mode)
        };
        let ev = CodedEvent { trigger: trig, event_type: t, mode, quad, score, roles, modality: m };
        let covered =
            |a: &Roles, b: &Roles| a.actor.iter().all(|x| b.actor.contains(x)) && a.recipient.iter().all(|x| b.recipient.contains(x));
        // Only neighbouring triggers describe one event ("offered to mediate").
        let near = |p: &CodedEvent| {
            p.trigger.tokens.end + MERGE_GAP >= ev.trigger.tokens.start && ev.trigger.tokens.end + MERGE_GAP >= p.trigger.tokens.start
        };
        if let Some(prev) = out.iter_mut().find(|p| {
            p.event_type == ev.event_type
                && !separate_acts(tree.as_ref(), p, &ev)
                && p.codable() == ev.codable()
                && near(p)
                && (covered(&ev.roles, &p.roles) || covered(&p.roles, &ev.roles))
        }) {
            if covered(&prev.roles, &ev.roles) && prev.roles != ev.roles {
                prev.roles = ev.roles;
            }
            continue;
        }
        out.push(ev);
    }
    out.retain(|e| !empty_warning(tree.as_ref(), &lm, e, &trigger_heads));
    // "suspended plans to impose a curfew": the cessation word is no event of its own (no
    // SANCTION "suspend") when it ends another.
    out.retain(|e| e.trigger.matched.len() > 1 || !ceasing_words.contains(&e.trigger.head));
    absorb_promised(&mut out, &lm, lex);
    absorb_signed_content(&mut out, lex);
    absorb_enacted(s, &lm, &mut out);
    crate::constructions::deployed_are_no_targets(&lm, mentions, &mut out);
    if let Some(tree) = tree.as_ref() {
        crate::constructions::victims_not_accused(tree, &lm, &mut out);
        crate::constructions::forces_acting(tree, &mut out);
    }
    out
}

/// "The Security Council *endorsed* an arms *embargo* on Sudan", "parliament *approved* the
/// *deployment*", "*ordered* the *expulsion*": approving or ordering a measure (a SUPPORT or REQUEST verb of the `making_verb` class with the measure
/// as its object) is taking it. The measure keeps its type and takes the approver as its actor;
/// the approval goes.
fn absorb_enacted(s: &SentenceView, lm: &Lemmas, out: &mut Vec<CodedEvent>) {
    let measure = |t: PloverType| {
        matches!(
            t,
            PloverType::Sanction | PloverType::Retreat | PloverType::Concede | PloverType::Aid | PloverType::Mobilize | PloverType::Coerce
        )
    };
    let mut drop = vec![false; out.len()];
    for i in 0..out.len() {
        let h = out[i].trigger.head;
        // (Ordering a measure is taking it too: "the junta *ordered* the *expulsion* of …".)
        let enacting = matches!(out[i].event_type, PloverType::Support | PloverType::Request)
            && out[i].trigger.matched.len() == 1
            && role_word(&lm.lemma[h], RoleClass::MakingVerb);
        if !enacting {
            continue;
        }
        // The measure is the object or sits inside it ("approved *the transfer of* aid",
        // "approved a $10 billion *loan*"): a path of at most three steps up to the verb,
        // entering it as its object.
        let object_of = |mut k: usize| {
            for _ in 0..3 {
                let Some(&p) = s.heads.get(k).filter(|&&p| p > 0) else { return false };
                if p as usize == h + 1 {
                    return s.deprel_at(k) == "obj";
                }
                k = p as usize - 1;
            }
            false
        };
        let Some(j) = (0..out.len()).find(|&j| j != i && !drop[j] && measure(out[j].event_type) && object_of(out[j].trigger.head)) else {
            continue;
        };
        if out[j].roles.actor.is_empty() {
            out[j].roles.actor = out[i].roles.actor.clone();
        }
        drop[i] = true;
    }
    retain_unmarked(out, &drop);
}

/// Keeps the events whose `drop` mark is unset.
fn retain_unmarked(out: &mut Vec<CodedEvent>, drop: &[bool]) {
    let mut marks = drop.iter();
    out.retain(|_| !marks.next().copied().unwrap_or(false));
}

/// "closed the border crossings and arrested hundreds": two joined verbs of different modes,
/// each with its own object, are two acts. (An attack's killing and wounding, "killed five
/// and wounded ten", is one.)
fn separate_acts(tree: Option<&Tree>, a: &CodedEvent, b: &CodedEvent) -> bool {
    let Some(tree) = tree.filter(|_| a.event_type != PloverType::Assault) else { return false };
    let (x, y) = (a.trigger.head, b.trigger.head);
    let joined = (tree.rel[y] == "conj" && tree.parent[y] == Some(x)) || (tree.rel[x] == "conj" && tree.parent[x] == Some(y));
    let has_object = |h: usize| tree.kids(h, "obj").next().is_some();
    a.mode != b.mode && joined && has_object(x) && has_object(y)
}

/// "signed a *ceasefire* agreement", "signed a *disarmament* deal": a de-escalation named inside
/// a signing phrase is what was signed, so the signing takes its type (RETREAT), and the
/// inner event (no other parties than the signers') goes.
fn absorb_signed_content(out: &mut Vec<CodedEvent>, lex: &Lexicon) {
    let mut drop = vec![false; out.len()];
    for i in 0..out.len() {
        let t = &out[i].trigger;
        let gapped = t.matched.len() >= 2 && t.tokens.len() > t.matched.len();
        if out[i].event_type != PloverType::Support || !gapped {
            continue;
        }
        let inner = (0..out.len()).find(|&j| {
            j != i
                && !drop[j]
                && out[j].event_type == PloverType::Retreat
                && out[j].roles.actor.iter().all(|a| out[i].roles.actor.contains(a))
                && out[i].trigger.tokens.contains(&out[j].trigger.head)
        });
        if let Some(j) = inner {
            let mode = out[j].mode.clone();
            let ev = &mut out[i];
            (ev.event_type, ev.mode, ev.quad, ev.score) = typed(lex, PloverType::Retreat, mode.as_deref());
            drop[j] = true;
        }
    }
    retain_unmarked(out, &drop);
}

/// A type and mode with the quad and score the lexicon gives them, for an event recoded
/// from its trigger's type.
fn typed(lex: &Lexicon, t: PloverType, mode: Option<&str>) -> (PloverType, Option<String>, u8, f32) {
    (t, mode.map(str::to_string), lex.quad(t), lex.score(t, mode))
}

/// Most tokens between a cessation word and the conflict it ends, without a parse
/// ("stop *the* fighting", "end *all* attacks").
const CESSATION_GAP: usize = 3;

/// How a conflict event is ended: the de-escalation it becomes, and the cessation word
/// ("*suspended*", "an *end* to") that ends it.
struct Ceasing {
    to: (PloverType, Option<&'static str>),
    word: usize,
}

/// "agreed to *stop* fighting", "will *end* attacks", "an *end* to the violence", "suspended
/// plans to impose a curfew": ending a conflict is its de-escalation. Violence ends in a
/// ceasefire and a deployment in a withdrawal (RETREAT), sanctions are eased (RETREAT);
/// repression and protest end in a concession (CONCEDE), as the PLOVER manual groups them.
/// The cessation and plan words are data (`role_words.tsv`, classes `cessation`, `plan`).
///
/// A *pause* in violence or a deployment ("suspended attacks", "a suspension of attacks") is
/// announced by the side that pauses, with no ceasefire agreed or observed yet: a declared
/// ceasefire, which PLOVER codes CONCEDE (class `pause`).
fn ceased(tree: Option<&Tree>, lm: &Lemmas, trig: &TriggerMatch) -> Option<Ceasing> {
    let mut c = ceasing_of(tree, lm, trig)?;
    let pause = lm.in_class(c.word, RoleClass::Pause);
    if pause && matches!(trig.event_type, PloverType::Assault | PloverType::Mobilize) {
        c.to = (PloverType::Concede, None);
    }
    Some(c)
}

fn ceasing_of(tree: Option<&Tree>, lm: &Lemmas, trig: &TriggerMatch) -> Option<Ceasing> {
    let to = match trig.event_type {
        PloverType::Assault => (PloverType::Retreat, Some("ceasefire")),
        PloverType::Mobilize => (PloverType::Retreat, Some("withdraw")),
        PloverType::Sanction => (PloverType::Retreat, None),
        PloverType::Coerce | PloverType::Protest => (PloverType::Concede, None),
        // A threat is an announced act; ending it is ending the act.
        PloverType::Threaten => (PloverType::Concede, None),
        _ => return None,
    };
    if let Some(tree) = tree {
        let governed = |k: usize| matches!(tree.base(k), "obj" | "xcomp" | "ccomp" | "nmod" | "nsubj");
        let p = tree.parent[trig.head]?;
        if trig.matched.contains(&p) {
            return None;
        }
        if governed(trig.head) && lm.in_class(p, RoleClass::Cessation) {
            return Some(Ceasing { to, word: p });
        }
        // "suspended its decision to ban rallies", also when the parser hangs the infinitive
        // on the verb beside the plan noun.
        let beside_plan = matches!(tree.base(trig.head), "advcl" | "xcomp")
            && lm.in_class(p, RoleClass::Cessation)
            && tree.children[p].iter().any(|&k| k < trig.head && tree.base(k) == "obj" && lm.in_class(k, RoleClass::Plan));
        if beside_plan {
            return Some(Ceasing { to, word: p });
        }
        let planned = lm.in_class(p, RoleClass::Plan) && matches!(tree.base(trig.head), "acl" | "xcomp" | "nmod");
        let word = tree.parent[p].filter(|&w| planned && governed(p) && lm.in_class(w, RoleClass::Cessation))?;
        Some(Ceasing { to, word })
    } else {
        let first = trig.tokens.start;
        let word = (first.saturating_sub(CESSATION_GAP)..first).rev().find(|&k| lm.in_class(k, RoleClass::Cessation))?;
        Some(Ceasing { to, word })
    }
}

/// "Hezbollah *declared* a ceasefire", "the rebels *announced* a suspension of attacks": a
/// ceasefire or withdrawal declared (the word `k` that names it is the object of a
/// declaration verb, which is returned) is a verbal concession, PLOVER CONCEDE; carrying it
/// out is RETREAT.
fn declared(tree: Option<&Tree>, lm: &Lemmas, k: usize) -> Option<usize> {
    let tree = tree?;
    let p = tree.parent[k].filter(|_| tree.base(k) == "obj")?;
    lm.in_class(p, RoleClass::Declaration).then_some(p)
}

/// "The agency warned that famine conditions were likely", "warned of famine": a warning
/// (`needs_content`) whose clause (or of-phrase) holds no event word (but for one at risk,
/// class `endangering`) and no word of what threats promise ("*consequences*", "*intervene*":
/// `role_words.tsv` class `threat_content`) threatens nothing.
fn empty_warning(tree: Option<&Tree>, lm: &Lemmas, e: &CodedEvent, trigger_heads: &[usize]) -> bool {
    // (Of the phrases only "warn of" needs content: "warned *it* would" is a warning with
    // its object matched.)
    let of_phrase_trigger = e.trigger.matched.len() == 2 && e.trigger.matched.iter().any(|&k| lm.lower[k] == "of");
    if !e.trigger.flags.has(Flags::NEEDS_CONTENT) || (e.trigger.matched.len() > 1 && !of_phrase_trigger) {
        return false;
    }
    let Some(tree) = tree else { return false };
    let n = tree.parent.len();
    // ("warned *of famine*": what a warning is of stands for its clause.)
    let of_phrase = || {
        let of = |k: &usize| tree.children[*k].iter().any(|&c| tree.base(c) == "case" && lm.lower[c] == "of");
        tree.kids(e.trigger.head, "obl").chain(tree.kids(e.trigger.head, "nmod")).find(of)
    };
    // ("warned that 25 million people *face* hunger" misread as one noun phrase: the phrase
    // holding "that" is the clause.)
    let h = e.trigger.head;
    let that_object = || {
        let that = (h + 1..(h + 6).min(n)).find(|&k| lm.lower[k] == "that")?;
        tree.children[h].iter().copied().find(|&c| matches!(tree.base(c), "obj" | "obl") && tree.dominates(c, that))
    };
    let Some(clause) = tree.kids(e.trigger.head, "ccomp").next().or_else(of_phrase).or_else(that_object) else { return false };
    let inside = |mut k: usize| {
        for _ in 0..n {
            if k == clause {
                return true;
            }
            let Some(p) = tree.parent[k] else { return false };
            k = p;
        }
        false
    };
    let threat_word = |k: usize| lm.in_class(k, RoleClass::ThreatContent);
    // ("the truce *remains* fragile", "the talks *were* at risk": an event word said to be in a
    // state, class `state_verb` or a copular predicate, is no act promised.)
    let in_a_state = |h: usize| {
        tree.base(h) == "nsubj"
            && tree.parent[h].is_some_and(|p| lm.in_class(p, RoleClass::StateVerb) || tree.kids(p, "cop").next().is_some())
    };
    // ("could *disrupt* aid deliveries": what is at risk is no promised act.)
    !trigger_heads.iter().any(|&h| h != e.trigger.head && inside(h) && at_risk(tree, lm, h).is_none() && !in_a_state(h))
        && !(0..n).any(|k| inside(k) && threat_word(k))
}

/// The PLOVER THREATEN mode (the content of the threat) of an announced act: violence,
/// arrests, other restrictions, expulsions or cuts in relations.
fn threat_content(t: PloverType, mode: Option<&str>) -> Option<&'static str> {
    match (t, mode) {
        (PloverType::Assault, _) => Some("violence"),
        (PloverType::Coerce, Some("arrest")) => Some("arrest"),
        (PloverType::Coerce, _) => Some("restrict"),
        (PloverType::Sanction, Some("expel")) => Some("expel"),
        (PloverType::Sanction, _) => Some("relations"),
        _ => None,
    }
}

/// Most tokens between a promise and the event it promises.
const PROMISE_GAP: usize = 6;

/// "Libya offered to hand over two suspects to Britain", "promised to continue military aid to
/// Mozambique": the promised event is the content of the AGREE, which takes its recipient;
/// a promised event that is only hypothetical is not coded separately. A promised
/// concession ("agreed to release the prisoners", "offered concessions") makes the promise
/// a CONCEDE: the PLOVER manual codes future RETREAT as CONCEDE, and CONCEDE stays CONCEDE
/// (CAMEO2PLOVER-2021 maps CAMEO 035 "intent to yield" to AGREE instead; the manual wins).
fn absorb_promised(out: &mut Vec<CodedEvent>, lm: &Lemmas, lex: &Lexicon) {
    let mut drop = vec![false; out.len()];
    for i in 0..out.len() {
        if out[i].event_type != PloverType::Agree || drop[i] || out[i].modality.negated {
            continue;
        }
        // The promised event follows the promise, or sits inside a gapped promise phrase
        // ("offered *concessions* to").
        let (start, end) = (out[i].trigger.tokens.start, out[i].trigger.tokens.end);
        let Some(j) = (0..out.len())
            .filter(|&j| j != i && !drop[j] && (start + 1..=end + PROMISE_GAP).contains(&out[j].trigger.tokens.start))
            .min_by_key(|&j| out[j].trigger.tokens.start)
        else {
            // "agreed to *halt* settlement construction", "agreed to a three-month *freeze*": a
            // promise to stop doing something (no event itself) is a concession.
            // (Not a time: "announced the deal at *the end of* December".)
            let time = |k: usize| lm.lower.get(k + 1).is_some_and(|w| w == "of");
            let stops = |k: usize| (lm.in_class(k, RoleClass::Cessation) || lm.in_class(k, RoleClass::Pause)) && !time(k);
            let promise = out[i].trigger.event_type == PloverType::Agree;
            if promise && (end..(end + CESSATION_GAP).min(lm.lower.len())).any(stops) {
                let ev = &mut out[i];
                (ev.event_type, ev.mode, ev.quad, ev.score) = typed(lex, PloverType::Concede, None);
            }
            continue;
        };
        // Only a promise word promises: "will discuss sanctions against Russia" is a future
        // meeting, coded AGREE, whose topic is no promised event; a meeting "to discuss" is
        // that meeting.
        if out[i].trigger.event_type != PloverType::Agree {
            let same = out[j].trigger.event_type == out[i].trigger.event_type;
            // (Kept when it names a party the other does not: "will fly to Kabul for
            // consultations *with his counterpart X*".)
            let (a, b) = (&out[i].roles, &out[j].roles);
            let no_new_party = b.actor.iter().chain(&b.recipient).all(|x| a.actor.contains(x) || a.recipient.contains(x));
            if same && no_new_party && out[j].modality.hypothetical && !out[j].modality.negated {
                drop[j] = true;
            }
            continue;
        }
        let same_actor = out[j].roles.actor.is_empty() || out[j].roles.actor.iter().all(|a| out[i].roles.actor.contains(a));
        // (What parties agree to do together against a third is a deed of its own: "Uganda and
        // South Sudan agreed to fight the LRA" agree with each other.)
        let hostile = matches!(out[j].trigger.event_type, PloverType::Assault | PloverType::Coerce | PloverType::Sanction)
            && out[j].roles.recipient.iter().any(|r| !out[i].roles.actor.contains(r));
        if !same_actor || (out[i].roles.actor.len() >= 2 && hostile) {
            continue;
        }
        // "vowed to fight on", "pledged to crush the rebels": a vow of violence (role class
        // `vow`) is a threat, and the threat is the one event ("vowed that it would attack": a
        // few words apart at most). A pledge to ban a weapon stays a promise, and so does an
        // agreement to coordinate the fighting.
        let adjacent = out[j].trigger.tokens.start <= end + 3;
        if adjacent
            && lm.in_class(out[i].trigger.head, RoleClass::Vow)
            && out[j].event_type == PloverType::Threaten
            && out[j].trigger.event_type == PloverType::Assault
            && !out[j].modality.negated
        {
            if out[j].roles.actor.is_empty() {
                out[j].roles.actor = out[i].roles.actor.clone();
            }
            drop[i] = true;
            continue;
        }
        if out[i].roles.recipient.is_empty() {
            let actor = out[i].roles.actor.clone();
            out[i].roles.recipient = out[j].roles.recipient.iter().copied().filter(|r| !actor.contains(r)).collect();
        }
        if out[j].modality.hypothetical && !out[j].modality.negated {
            drop[j] = true;
        }
        let concession = matches!(out[j].event_type, PloverType::Concede | PloverType::Retreat);
        if concession && !out[j].modality.negated {
            let ev = &mut out[i];
            (ev.event_type, ev.mode, ev.quad, ev.score) = typed(lex, PloverType::Concede, None);
        }
    }
    retain_unmarked(out, &drop);
}

/// "the palace and *surrounding* ministries": a present participle modifying a noun is an
/// adjective, no act — hung on the noun, or read as a verb joined to a past-tense one after a
/// noun and "and" ("cleaned the palace and *surrounding* ministries": no verb in -ing joins a
/// finite one without an auxiliary).
fn adjectival_participle(s: &SentenceView, t: &Tree, trig: &TriggerMatch) -> bool {
    let h = trig.head;
    if trig.matched.len() != 1 || !s.words[h].ends_with("ing") {
        return false;
    }
    if t.rel[h] == "amod" {
        return t.children[h].is_empty();
    }
    // (A noun before "and", the participle's object right after it.)
    let object = |v: usize, k: usize| t.parent[k] == Some(v) && t.base(k) == "obj" && s.upos_at(k) == "NOUN";
    let own_clause = t.children[h].iter().any(|&k| matches!(t.base(k), "aux" | "nsubj" | "mark"));
    let joined_to_finite = t.rel[h] == "conj"
        && t.parent[h].is_some_and(|p| !s.words[p].ends_with("ing") && s.upos_at(p) == "VERB")
        && h >= 2
        && s.upos_at(h - 2) == "NOUN";
    // ("the city and *surrounding* areas" read as a verb joined to the noun.)
    let joined_to_noun = t.rel[h] == "conj" && t.parent[h].is_some_and(|p| matches!(s.upos_at(p), "NOUN" | "PROPN"));
    let noun_after = h + 1 < s.len() && t.parent[h + 1] == Some(h) && s.upos_at(h + 1) == "NOUN";
    h >= 2 && s.words[h - 1] == "and" && !own_clause && ((joined_to_finite && object(h, h + 1)) || (joined_to_noun && noun_after))
}
