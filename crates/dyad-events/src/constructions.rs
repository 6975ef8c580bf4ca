//! Constructions around a trigger word that make it no event of its own, or another one: a
//! thing received or released rather than a visitor or a prisoner, an obligation met, property
//! detained, what a verb turns into, answers made with a measure, verbs done by a measure,
//! dismissals, harms that are only possible, riots and labour strikes. `events::code_events` asks
//! each of them.

use crate::lexicon::{role_word_any_case, CueKind, RoleClass, TriggerPos};
use crate::tree::Tree;
use crate::triggers::Lemmas;
use crate::{Flags, Lexicon, Mention, MentionKind, PloverType, Roles, SentenceView, TriggerMatch};

/// "could *disrupt* aid deliveries", "undermined the peace talks": a word in the object of a
/// verb of the `endangering` class names what is at risk, not something anyone did. Returns
/// that verb.
pub(crate) fn at_risk(tree: &Tree, lm: &Lemmas, k: usize) -> Option<usize> {
    let mut cur = k;
    for _ in 0..3 {
        if tree.base(cur) == "obj" {
            return tree.parent[cur].filter(|&p| lm.in_class(p, RoleClass::Endangering));
        }
        match tree.parent[cur] {
            Some(p) if matches!(tree.base(cur), "compound" | "amod" | "nmod" | "conj") => cur = p,
            _ => return None,
        }
    }
    None
}

/// Whether an endangering verb only may happen ("*could* disrupt aid deliveries"): then what
/// it puts at risk names no event at all. ("disrupted a protest by Odinga supporters": the
/// protest took place.)
pub(crate) fn only_possible(tree: &Tree, lm: &Lemmas, lex: &Lexicon, verb: usize) -> bool {
    tree.kids(verb, "aux").any(|a| {
        [CueKind::Hypothetical, CueKind::ReportedFuture, CueKind::FutureAgree].into_iter().any(|kind| lex.is_cue_word(&lm.lower[a], kind))
    })
}

/// "The institute *released* an investigation", "released a statement": a release whose
/// object names no party and no person (`role_words.tsv` class `releasable`) is a
/// publication, no RETREAT.
pub(crate) fn released_object(tree: Option<&Tree>, lm: &Lemmas, trig: &TriggerMatch, roles: &Roles) -> bool {
    if trig.event_type != PloverType::Retreat || trig.mode.as_deref() != Some("release") || !roles.recipient.is_empty() {
        return false;
    }
    let Some(tree) = tree else { return false };
    let Some(object) = tree.kids(trig.head, "obj").next() else { return false };
    // People and what holds them ("five *people*", "the *convoy* … and the eight detainees").
    let person = |k: usize| lm.in_class(k, RoleClass::Releasable);
    !(person(object) || tree.kids(object, "conj").any(person))
}

/// "had not *received* any new proposals", "received a letter", "the support they *receive*": a
/// host verb whose object is neither a party (no mention in it), nor people (`releasable`), nor
/// an event ("received a phone call") received a thing, not a visitor.
pub(crate) fn received_thing(tree: Option<&Tree>, lm: &Lemmas, trig: &TriggerMatch, mentions: &[Mention], trigger_heads: &[usize]) -> bool {
    if !trig.flags.has(Flags::HOST) || trig.matched.len() != 1 {
        return false;
    }
    let Some(tree) = tree else { return false };
    // ("the support *they receive*": a relative clause with a subject of its own and no object
    // received the noun right before that subject, also when the parser hung the clause on a verb.)
    let antecedent = || {
        let subject = tree.kids(trig.head, "nsubj").next().filter(|&k| k < trig.head)?;
        if tree.rel[trig.head] == "acl:relcl" {
            return tree.parent[trig.head];
        }
        let first = (0..subject).find(|&k| tree.dominates(subject, k)).unwrap_or(subject).checked_sub(1)?;
        let nominal = matches!(tree.base(first), "obj" | "obl" | "nsubj" | "nmod" | "conj");
        (tree.rel[trig.head].ends_with(":relcl") && nominal).then_some(first)
    };
    let own_object = tree.kids(trig.head, "obj").next();
    let Some(object) = own_object.or_else(antecedent) else { return false };
    // ("the meeting *which* Albania will host": the antecedent is what was hosted.)
    if lm.in_class(object, RoleClass::RelativePronoun) {
        return false;
    }
    // The object's phrase, three levels down ("envoys of Sudan's army and the RSF").
    let mut phrase = vec![object];
    let mut level = vec![object];
    for _ in 0..3 {
        // (Not through the receiving clause itself: "the support *they* receive".)
        level = level.iter().flat_map(|&h| tree.children[h].iter().copied()).filter(|&k| k != trig.head).collect();
        phrase.extend(&level);
    }
    // (A place there says where from: "proposals from Washington".)
    let party = phrase.iter().any(|&k| mentions.iter().any(|m| m.tokens.contains(&k) && m.kind != MentionKind::Place));
    // (The event is the object itself: "received a *reduction* in tariffs" is no sanction received.)
    // (Not for an antecedent: "the support they receive" is the thing itself.)
    let event = own_object.is_some() && (trigger_heads.contains(&object) || tree.kids(object, "conj").any(|k| trigger_heads.contains(&k)));
    !party && !event && !lm.in_class(object, RoleClass::Releasable) && !lm.in_class(object, RoleClass::Labour)
}

/// "failed to *meet* its commitments", "met the deadline": a meeting verb whose object is an
/// obligation (role class `obligation`) meets no one.
pub(crate) fn met_obligation(tree: Option<&Tree>, lm: &Lemmas, trig: &TriggerMatch) -> bool {
    trig.event_type == PloverType::Consult
        && trig.flags.has(Flags::RECIPROCAL)
        && trig.matched.len() == 1
        && tree.and_then(|t| t.kids(trig.head, "obj").next()).is_some_and(|o| lm.in_class(o, RoleClass::Obligation))
}

/// "Estonia *detained* a tanker": an arrest verb whose object is property or a craft (role
/// class `seizable`) seizes it.
pub(crate) fn detains_property(tree: Option<&Tree>, lm: &Lemmas, trig: &TriggerMatch) -> bool {
    trig.matched.len() == 1 && tree.and_then(|t| t.kids(trig.head, "obj").next()).is_some_and(|o| lm.in_class(o, RoleClass::Seizable))
}

/// "Tensions *exploded into* open fighting": a one-word active verb trigger with no object whose
/// phrase of becoming (role class `becoming`) is an event word of its own type only says how
/// that event began; the event word stands for it (no explosion). ("*inviting* the military
/// into peace talks", "*investigate* into the attacks", "were *arrested* in a probe into the
/// arrest" are events of their own.)
pub(crate) fn turned_into_event(tree: Option<&Tree>, lm: &Lemmas, trig: &TriggerMatch, triggers: &[(usize, PloverType)]) -> bool {
    let Some(tree) = tree else { return false };
    let same_kind = |o: usize| triggers.iter().any(|&(h, t)| h == o && t == trig.event_type);
    trig.matched.len() == 1
        && trig.pos == TriggerPos::Verb
        && tree.kids(trig.head, "obj").chain(tree.kids(trig.head, "aux:pass")).next().is_none()
        && tree
            .kids(trig.head, "obl")
            .any(|o| same_kind(o) && tree.children[o].iter().any(|&c| tree.rel[c] == "case" && lm.in_class(c, RoleClass::Becoming)))
}

/// "sanctions *targeting* Russia's shadow fleet", "the tariffs *target* steel": a verb whose
/// doer is a measure (a sanction, an agreement, a truce: an event word no one acts as) says
/// what the measure does; it is no act of its own. (A patrol or a strike does act.)
pub(crate) fn said_of_another_event(
    s: &SentenceView,
    tree: Option<&Tree>,
    trig: &TriggerMatch,
    triggers: &[(usize, PloverType)],
    mentions: &[Mention],
) -> bool {
    let Some(tree) = tree else { return false };
    let h = trig.head;
    let active_participle = tree.rel[h] == "acl" && s.words[h].ends_with("ing");
    // (A passive's subject is done to: "the deal *was rejected* by Australia", "a truce
    // *brokered* by Qatar".)
    let passive = tree.children[h].iter().any(|&k| matches!(tree.rel[k], "aux:pass" | "obl:agent"))
        || (s.words[h].ends_with("ed") && !tree.children[h].iter().any(|&k| tree.base(k) == "aux"));
    let doer = tree.children[h]
        .iter()
        .copied()
        .find(|&k| tree.rel[k] == "nsubj" && !passive)
        .or_else(|| active_participle.then(|| tree.parent[h]).flatten());
    let measure = |t: PloverType| t != trig.event_type && matches!(t, PloverType::Sanction | PloverType::Agree | PloverType::Retreat);
    trig.matched.len() == 1
        && trig.pos == TriggerPos::Verb
        && trig.flags.has(Flags::RECIPIENT_OBJ)
        // (Not a word of a name: "the *Ban* Ki-moon …".)
        && doer.is_some_and(|d| triggers.iter().any(|&(k, t)| k == d && measure(t)) && !mentions.iter().any(|m| m.tokens.contains(&d)))
}

/// The answering verb (role class `response`) whose means the noun trigger is: "Spain *may
/// retaliate* with a visa *ban*" — the ban is as possible as the retaliation.
pub(crate) fn answering_verb(tree: Option<&Tree>, lm: &Lemmas, trig: &TriggerMatch) -> Option<usize> {
    let tree = tree?;
    let p = tree.parent[trig.head]?;
    let with = tree.children[trig.head].iter().any(|&c| tree.rel[c] == "case" && lm.lower[c] == "with");
    (trig.pos != TriggerPos::Verb && tree.base(trig.head) == "obl" && with && lm.in_class(p, RoleClass::Response)).then_some(p)
}

/// "Beijing *retaliated* with *tariffs*": an answering verb (role class `response`) whose means
/// is an event word is no event of its own; the means is, done by the verb's subject.
pub(crate) fn answered_with_event(tree: Option<&Tree>, lm: &Lemmas, trig: &TriggerMatch, trigger_heads: &[usize]) -> bool {
    let Some(tree) = tree else { return false };
    trig.matched.len() == 1
        && trig.pos == TriggerPos::Verb
        && lm.in_class(trig.head, RoleClass::Response)
        && tree
            .kids(trig.head, "obl")
            .any(|o| trigger_heads.contains(&o) && tree.children[o].iter().any(|&c| tree.rel[c] == "case" && lm.lower[c] == "with"))
}

/// "new export controls *targeting* Chinese chip companies", "attacks *targeting* civilians": a
/// participle of the `targeting` class on an event noun names that event's target; it is no
/// event of its own.
pub(crate) fn target_of_event_noun(s: &SentenceView, tree: Option<&Tree>, trig: &TriggerMatch, trigger_heads: &[usize]) -> bool {
    let Some(tree) = tree else { return false };
    let h = trig.head;
    let on_noun = || trigger_heads.iter().any(|&n| crate::target::targeting_participles(s, tree, n, n + 1).any(|k| k == h));
    // (Only with an object for the noun to take: the parse may have lost it.)
    trig.matched.len() == 1 && tree.kids(h, "obj").next().is_some() && on_noun()
}

/// "threatened to *fire* doctors who stayed on strike", "*sacked* the minister": a verb of the
/// `dismissal` class whose own single word is the trigger and whose object is a person, a
/// group of people or working people (`labour`, `releasable`) dismisses them; no ASSAULT
/// ("fired shells", "fired on protesters" are other triggers or objects).
pub(crate) fn dismissal(tree: Option<&Tree>, lm: &Lemmas, trig: &TriggerMatch, mentions: &[Mention]) -> bool {
    if trig.event_type != PloverType::Assault || trig.matched.len() != 1 || !lm.in_class(trig.head, RoleClass::Dismissal) {
        return false;
    }
    let Some(tree) = tree else { return false };
    let Some(object) = tree.kids(trig.head, "obj").next() else { return false };
    let people = mentions.iter().any(|m| m.tokens.contains(&object) && matches!(m.kind, MentionKind::Person | MentionKind::Generic));
    people || lm.in_class(object, RoleClass::Labour) || lm.in_class(object, RoleClass::Releasable)
}

/// "called on the EU to go further by *targeting* Iran's oil *exports*": an attack verb of the
/// `targeting` class whose object is what only sanctions reach (`sanctionable`) is a sanction.
pub(crate) fn economic_target(tree: Option<&Tree>, lm: &Lemmas, trig: &TriggerMatch) -> bool {
    if trig.event_type != PloverType::Assault || trig.matched.len() != 1 || !lm.in_class(trig.head, RoleClass::Targeting) {
        return false;
    }
    let Some(tree) = tree else { return false };
    tree.kids(trig.head, "obj").next().is_some_and(|object| lm.in_class(object, RoleClass::Sanctionable))
}

/// "Maduro *ordered troops to* the Essequibo border": a command verb (`dispatching`) whose object
/// is forces (`state_agent`) and that sends them "to" a place or a border (on the verb or on the
/// forces; not an infinitive, "ordered troops to withdraw") deploys them.
pub(crate) fn dispatches_forces(tree: Option<&Tree>, s: &SentenceView, lm: &Lemmas, trig: &TriggerMatch, mentions: &[Mention]) -> bool {
    if trig.event_type != PloverType::Request || trig.matched.len() != 1 || !lm.in_class(trig.head, RoleClass::Dispatching) {
        return false;
    }
    let Some(tree) = tree else { return false };
    let place =
        |x: usize| lm.in_class(x, RoleClass::Boundary) || mentions.iter().any(|m| m.kind == MentionKind::Place && m.tokens.contains(&x));
    let to_phrase = |k: usize| {
        tree.children[k].iter().any(|&x| matches!(tree.base(x), "obl" | "nmod") && tree.case_of(s, x).as_deref() == Some("to") && place(x))
    };
    tree.kids(trig.head, "obj").any(|o| lm.in_class(o, RoleClass::StateAgent) && (to_phrase(o) || to_phrase(trig.head)))
}

/// "saying he is *fighting* corruption and traitors", "to combat poverty": an attack verb whose
/// first object is an evil fought by policy (`role_words.tsv` class `abstract_foe`) attacks no
/// one.
pub(crate) fn fights_an_evil(tree: Option<&Tree>, lm: &Lemmas, trig: &TriggerMatch) -> bool {
    if trig.event_type != PloverType::Assault || trig.matched.len() != 1 {
        return false;
    }
    let Some(tree) = tree else { return false };
    tree.kids(trig.head, "obj").next().is_some_and(|object| lm.in_class(object, RoleClass::AbstractFoe))
}

/// "Kallas condemned the violence *against peaceful protesters*": the victims of a condemned act
/// are not the ones accused. An accusation whose object is an act of force or repression loses
/// the recipients that are that act's victims only; when the act's doer is named, it is the one
/// accused. (Not for a blaming verb, whose "on" phrase the parser may have hung on the act:
/// "*blamed* the attack on Ansar al-Islam".)
pub(crate) fn victims_not_accused(tree: &Tree, lm: &Lemmas, out: &mut [crate::events::CodedEvent]) {
    for i in 0..out.len() {
        if out[i].event_type != PloverType::Accuse || lm.in_class(out[i].trigger.head, RoleClass::Blaming) {
            continue;
        }
        let h = out[i].trigger.head;
        let object = |k: usize| tree.parent[k] == Some(h) && tree.base(k) == "obj";
        let harm = |j: usize| matches!(out[j].event_type, PloverType::Assault | PloverType::Coerce);
        let Some(j) = (0..out.len()).find(|&j| j != i && harm(j) && object(out[j].trigger.head)) else { continue };
        let (victims, doers) = (out[j].roles.recipient.clone(), out[j].roles.actor.clone());
        let roles = &mut out[i].roles;
        let before = roles.recipient.len();
        roles.recipient.retain(|r| !victims.contains(r) || doers.contains(r));
        if roles.recipient.len() < before && roles.recipient.is_empty() {
            let accusers = roles.actor.clone();
            roles.recipient.extend(doers.into_iter().filter(|d| !accusers.contains(d)));
        }
    }
}

/// "Riot police fired water cannon at protesters": a force named as the subject of an act of
/// force is no mobilisation of its own (the PLOVER manual: MOBILIZE in the context of an ASSAULT
/// is coded as the ASSAULT only).
pub(crate) fn forces_acting(tree: &Tree, out: &mut Vec<crate::events::CodedEvent>) {
    let assaults: Vec<usize> = out.iter().filter(|e| e.event_type == PloverType::Assault).map(|e| e.trigger.head).collect();
    out.retain(|e| {
        let h = e.trigger.head;
        let subject_of_force =
            e.event_type == PloverType::Mobilize && tree.base(h) == "nsubj" && tree.parent[h].is_some_and(|p| assaults.contains(&p));
        // (Also the force an act of force describes, "riot police *firing* tear gas", or one the
        // parser read so: "riot police *used* water cannon".)
        let described_by_force =
            e.event_type == PloverType::Mobilize && assaults.iter().any(|&a| tree.base(a) == "acl" && tree.parent[a] == Some(h) && a > h);
        !subject_of_force && !described_by_force
    });
}

/// "8,000 Portuguese soldiers have been sent to the border": forces said to be deployed (named
/// before the trigger, the passive's subject) are the deploying side, not its target.
/// (Not a place they are in or sent to: "personnel stationed *in Afghanistan*, who have been
/// deployed".)
pub(crate) fn deployed_forces_deploy(lm: &Lemmas, mentions: &[Mention], trig: &TriggerMatch, roles: &mut Roles) {
    if !roles.actor.is_empty() {
        return;
    }
    let placed = |m: &Mention| m.tokens.start > 0 && lm.in_class(m.tokens.start - 1, RoleClass::LocationPrep);
    let before = |r: &usize| mentions.iter().any(|m| m.actor == *r && m.tokens.end <= trig.tokens.start && !placed(m));
    let (forces, rest): (Vec<usize>, Vec<usize>) = roles.recipient.iter().partition(|r| before(r));
    roles.actor = forces;
    roles.recipient = rest;
    // ("*Troops* were deployed to the border": the forces are the trigger phrase's own noun.)
    if roles.actor.is_empty() {
        let named = mentions
            .iter()
            .find(|m| m.tokens.end <= trig.head && !m.tokens.contains(&trig.head) && trig.matched.iter().any(|k| m.tokens.contains(k)));
        roles.actor.extend(named.map(|m| m.actor));
    }
}

/// With a deployer named, forces named only by a noun of those who act for a state ("ordered
/// the deployment of several thousand *troops*") are what is deployed, not a target.
pub(crate) fn deployed_are_no_targets(lm: &Lemmas, mentions: &[Mention], out: &mut [crate::events::CodedEvent]) {
    let force = |r: &usize| {
        mentions.iter().any(|m| {
            m.actor == *r && m.kind == MentionKind::Generic && m.tokens.end > 0 && lm.in_class(m.tokens.end - 1, RoleClass::StateAgent)
        })
    };
    for e in out.iter_mut().filter(|e| e.event_type == PloverType::Mobilize && !e.roles.actor.is_empty()) {
        e.roles.recipient.retain(|r| !force(r));
    }
}

/// Whether every actor of an event is a state.
pub(crate) fn by_states(mentions: &[Mention], roles: &Roles) -> bool {
    !roles.actor.is_empty() && roles.actor.iter().all(|&a| mentions.iter().any(|m| m.actor == a && m.kind == MentionKind::State))
}

/// Whether the verb at `k` is passive: a form of "be" before it, over adverbs ("were later
/// flown", "had been flown").
pub(crate) fn passive_voice(s: &SentenceView, lm: &Lemmas, k: usize) -> bool {
    let mut j = k;
    while j > 0 && s.upos_at(j - 1) == "ADV" {
        j -= 1;
    }
    // (Not the progressive: "is *flying* to London".)
    j > 0 && lm.is(j - 1, "be") && matches!(s.upos_at(j - 1), "AUX" | "VERB") && !lm.lower[k].ends_with("ing")
}

/// "He *called on* Prime Minister Narendra Modi later in the day": calling on a person with
/// nothing asked of them (no "to …", "for …" or quoted words after the person) is a courtesy
/// visit, as South Asian and British English use the phrase; "called on X to resign" stays a
/// request.
pub(crate) fn courtesy_call(s: &SentenceView, lm: &Lemmas, trig: &TriggerMatch, mentions: &[Mention]) -> bool {
    if trig.event_type != PloverType::Request || trig.matched.len() != 2 || !lm.is(trig.head, "call") {
        return false;
    }
    let particle = trig.matched[1];
    if !lm.in_class(particle, RoleClass::ControlPrep) {
        return false;
    }
    // The person, after at most a few title words ("Prime Minister", "Bangladesh's interim
    // leader", "the visiting foreign minister").
    let titling =
        |k: usize| s.words[k].starts_with(char::is_uppercase) || s.words[k] == "'s" || matches!(s.upos_at(k), "DET" | "ADJ" | "NOUN");
    let Some(person) = mentions.iter().find(|m| {
        m.kind == MentionKind::Person
            && m.tokens.start > particle
            && m.tokens.start <= particle + 6
            && (particle + 1..m.tokens.start).all(titling)
    }) else {
        return false;
    };
    let asks = |k: usize| matches!(&*lm.lower[k], "to" | "for" | ":" | "\"" | "“" | "”" | "'" | "‘");
    !(person.tokens.end..s.len()).any(asks)
}

/// "Protesters clashed with police", "rioters torched cars": violence by a protesting crowd
/// is a riot (PLOVER PROTEST, mode riot). The crowd stays the actor; the other parties of a
/// clash become its recipients. Police firing on protesters stays an ASSAULT.
pub(crate) fn crowd_violence(s: &SentenceView, mentions: &[Mention], roles: &mut Roles) -> bool {
    let crowd = |actor: usize| {
        mentions.iter().any(|m| {
            m.actor == actor && m.tokens.end > 0 && s.words.get(m.tokens.end - 1).is_some_and(|w| role_word_any_case(w, RoleClass::Crowd))
        })
    };
    if !roles.actor.iter().copied().any(crowd) {
        return false;
    }
    let (crowds, others): (Vec<usize>, Vec<usize>) = roles.actor.iter().partition(|&&a| crowd(a));
    roles.actor = crowds;
    for o in others {
        if !roles.recipient.contains(&o) {
            roles.recipient.push(o);
        }
    }
    true
}

/// Most tokens between working people and their strike ("*nurses* in Kenya began a *strike*").
const WALKOUT_GAP: usize = 8;

/// Whether working people (`labour`) follow a walkout word across at most "of", a determiner
/// and modifiers ("*striking* Tube drivers", "a *strike of the* Arab taxi drivers").
pub(crate) fn strikers_after(s: &SentenceView, lm: &Lemmas, trig: &TriggerMatch) -> bool {
    let h = trig.head;
    if !lm.in_class(h, RoleClass::Walkout) || trig.matched.len() != 1 {
        return false;
    }
    let modifier = |k: usize| matches!(s.upos_at(k), "ADJ" | "PROPN" | "DET" | "NOUN") || lm.lower[k] == "of";
    (h + 1..(h + 5).min(s.len())).take_while(|&k| modifier(k)).any(|k| lm.in_class(k, RoleClass::Labour))
}

/// "Nurses began a strike", "teachers have been striking", "striking drivers": a strike with no
/// target, by working people named shortly before it or right after it, is a labour strike,
/// not an attack.
pub(crate) fn labour_strike(s: &SentenceView, lm: &Lemmas, trig: &TriggerMatch, roles: &Roles) -> bool {
    let h = trig.head;
    let walkout = lm.in_class(h, RoleClass::Walkout);
    walkout
        && roles.recipient.is_empty()
        && ((h.saturating_sub(WALKOUT_GAP)..h).any(|k| lm.in_class(k, RoleClass::Labour)) || strikers_after(s, lm, trig))
}
