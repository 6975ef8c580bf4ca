//! The linear fallback of role assignment: without a (usable) parse, the nearest
//! mentions left and right of the trigger within its clause; and, with a parse, the parties
//! of a reciprocal trigger found in its own stretch of words when the parser hung them elsewhere.

use crate::denote::{np_head_mention, possessor};
use crate::lexicon::{role_word, role_word_any_case, RoleClass};
use crate::roles::{is_nominal, Collect};
use crate::tree::Tree;
use crate::triggers::{Lemmas, TriggerMatch};
use crate::{Flags, MentionKind, SentenceView, TriggerPos};

/// The clause around the trigger for the linear fallback: stops at strong punctuation
/// and clause-joining words.
fn clause_bounds(s: &SentenceView, lm: &Lemmas, trig: &TriggerMatch) -> (usize, usize) {
    let hard = |k: usize| matches!(s.words[k], ";" | ":" | "." | "!" | "?" | "\"") || role_word(&lm.lower[k], RoleClass::ClauseBoundary);
    let mut lo = trig.tokens.start;
    while lo > 0 && !hard(lo - 1) && trig.tokens.start - (lo - 1) <= 14 {
        lo -= 1;
    }
    let mut hi = trig.tokens.end;
    while hi < s.len() && !hard(hi) && hi - trig.tokens.end < 12 {
        if s.words[hi] == "," || (trig.flags.has(Flags::SPEECH) && lm.lower[hi] == "that") {
            break;
        }
        hi += 1;
    }
    (lo, hi)
}

/// Mentions adjacent to `m` joined by "and", "," or "&" ("Russia and China").
fn conj_group(lm: &Lemmas, c: &Collect, m: usize, lo: usize, hi: usize) -> Vec<usize> {
    let mut out = vec![m];
    let joiner = |k: usize| matches!(lm.lower[k].as_ref(), "and" | "," | "&" | "the" | "both");
    // rightwards
    let mut end = c.mentions[m].tokens.end;
    loop {
        let mut k = end;
        while k < hi && joiner(k) {
            k += 1;
        }
        match c.mention_at(k).filter(|_| k > end && k < hi) {
            Some(n) if !out.contains(&n) => {
                out.push(n);
                end = c.mentions[n].tokens.end;
            }
            _ => break,
        }
    }
    // leftwards
    let mut start = c.mentions[m].tokens.start;
    while start > lo {
        let mut k = start;
        while k > lo && joiner(k - 1) {
            k -= 1;
        }
        match c.mention_at(k.wrapping_sub(1)).filter(|_| k < start && k > lo) {
            Some(n) if !out.contains(&n) => {
                out.push(n);
                start = c.mentions[n].tokens.start;
            }
            _ => break,
        }
    }
    out
}

pub(crate) fn linear_roles(s: &SentenceView, lm: &Lemmas, trig: &TriggerMatch, c: &mut Collect) {
    let (lo, mut hi) = clause_bounds(s, lm, trig);
    if is_nominal(s, trig) {
        // A noun's own phrase ends at the next predicate ("the visit came after talks by X").
        if let Some(v) = (trig.tokens.end..hi).find(|&k| matches!(s.upos_at(k), "VERB" | "AUX")) {
            hi = v;
        }
    }
    let is_place = |m: usize| c.mentions[m].kind == MentionKind::Place;
    let loc_prep_before = |m: usize| {
        let st = c.mentions[m].tokens.start;
        (st.saturating_sub(2)..st).any(|k| role_word(&lm.lower[k], RoleClass::LocationPrep) && lm.lower[k] != "to")
    };
    for (i, m) in c.mentions.iter().enumerate() {
        if m.tokens.start >= lo && m.tokens.end <= hi && is_place(i) && loc_prep_before(i) {
            c.location = Some(i);
            break;
        }
    }
    // ("near the border *with Mali*": a neighbour, not a party.)
    let neighbour = |m: usize| {
        let st = c.mentions[m].tokens.start;
        st >= 2 && lm.lower[st - 1] == "with" && role_word(&lm.lower[st - 2], RoleClass::Boundary)
    };
    // ("marched *in support of* the junta": whom a march stands with, not its target.)
    let allied = |m: usize| {
        let st = c.mentions[m].tokens.start;
        (st.saturating_sub(4).max(1)..st).any(|k| lm.lower[k - 1] == "in" && role_word(&lm.lower[k], RoleClass::Allegiance))
    };
    let usable = |m: usize| {
        !(c.mentions[m].tokens.clone().any(|k| trig.matched.contains(&k)) || is_place(m) && loc_prep_before(m) || neighbour(m) || allied(m))
    };
    // A relative clause between commas is about the name before it, not a party to the
    // trigger: "The ECOWAS bloc, *which has threatened to restore Bazoum*, will hold a summit".
    // (Only a closed one: a trigger inside the clause has its parties there.)
    let before = &s.words[lo..trig.tokens.start];
    let asides: Vec<_> = crate::tree::comma_relatives(before).into_iter().filter(|r| r.end < before.len()).collect();
    let aside = |k: usize| asides.iter().any(|r| r.contains(&(k - lo)));
    let left = (lo..trig.tokens.start).rev().filter(|&k| !aside(k)).filter_map(|k| c.mention_at(k)).find(|&m| usable(m));
    // Mentions inside a phrase's gap ("expelled two *Russian* diplomats") count as right.
    let right_start = trig.tokens.start + 1;
    let right = (right_start..hi).filter_map(|k| c.mention_at(k)).find(|&m| usable(m));
    let nominal = trig.pos == TriggerPos::Noun || s.upos_at(trig.head) == "NOUN";
    let be_before = (trig.head.saturating_sub(3)..trig.head).any(|k| lm.lemma[k] == "be");
    let by_pos = (right_start..hi).find(|&k| lm.lower[k] == "by");
    // ("113 police officers *had been injured*": a participle right after a form of "be", with
    // no agent named, was done to the one before it.)
    let be_adjacent = (trig.head.saturating_sub(3)..trig.head)
        .any(|k| lm.lemma[k] == "be" && (k + 1..trig.head).all(|j| matches!(s.upos_at(j), "ADV" | "AUX" | "PART")));
    let participle = s.upos_at(trig.head) == "VERB" && !s.words[trig.head].ends_with("ing") && trig.matched.len() == 1;
    // (With no one before it, what follows still names the place or party it happened to:
    // "two homes were destroyed in northern *Greece*".)
    let passive = s.upos_at(trig.head) != "NOUN" && ((be_before && by_pos.is_some()) || (be_adjacent && participle && left.is_some()));
    if passive {
        // (A by-phrase after another verb is that verb's: "was agreed in talks *mediated by*
        // Oman"; not after one joined to the trigger: "sanctioned *and assisted* by".)
        let joined = |k: usize| k > 0 && matches!(lm.lower[k - 1].as_ref(), "and" | "or" | ",");
        let other_verb = |k: usize| s.upos_at(k) == "VERB" && !trig.matched.contains(&k) && !joined(k);
        let own = by_pos.filter(|&b| !(right_start..b).any(other_verb));
        if let Some(a) = own.and_then(|by| (by..hi).filter_map(|k| c.mention_at(k)).find(|&m| usable(m))) {
            c.actor.extend(conj_group(lm, c, a, lo, hi));
        }
        if let Some(r) = left {
            c.recipient.extend(conj_group(lm, c, r, lo, hi));
        }
        return;
    }
    if let Some(a) = left.filter(|&a| !nominal || noun_actor_ok(s, lm, c.mentions[a].tokens.end, trig.tokens.start)) {
        c.actor.extend(conj_group(lm, c, a, lo, hi));
    }
    // After a noun, only a prepositional party counts ("talks *with* X", "attack *on* Y"),
    // not a topic ("negotiations on Libya" is no party to reciprocal talks).
    let right = right.filter(|&m| {
        !nominal || {
            let st = c.mentions[m].tokens.start;
            let preps: &[&str] = if trig.flags.has(Flags::RECIPROCAL) {
                &["with", "between", "among", "by"]
            } else {
                &["with", "between", "among", "by", "against", "on", "to", "from", "of"]
            };
            (st.saturating_sub(3)..st).any(|k| preps.contains(&lm.lower[k].as_ref()))
        }
    });
    if let Some(r) = right {
        // "attack by rebels": a by-phrase after a noun trigger names the actor.
        let by_first = by_pos.is_some_and(|b| b < c.mentions[r].tokens.start);
        let group = conj_group(lm, c, r, lo, hi);
        if by_first && c.actor.is_empty() {
            c.actor.extend(group);
        } else {
            c.recipient.extend(group);
        }
    }
}

/// Without a parse, a mention left of a noun trigger is its actor only when what lies
/// between is modifier or light-verb material ("Russia's attack", "an Israeli air
/// strike", "Russia launched a new attack"), not another predicate ("France condemned
/// the attack").
fn noun_actor_ok(s: &SentenceView, lm: &Lemmas, from: usize, to: usize) -> bool {
    (from..to).all(|k| {
        let l = lm.lemma[k].as_ref();
        matches!(s.upos_at(k), "DET" | "ADJ" | "NUM" | "PART" | "AUX" | "ADV")
            || role_word(l, RoleClass::LightVerb)
            || matches!(l, "be" | "have")
            || role_word(&lm.lower[k], RoleClass::NominalFiller)
            || (l == "out" && k > from && lm.lemma[k - 1] == "carry")
    })
}

/// The parties of a reciprocal trigger that the parser hung elsewhere, found in the trigger's
/// own stretch of words: a between-phrase after it, or a with-phrase before the next verb.
pub(crate) fn parties_in_stretch(s: &SentenceView, tree: &Tree, trig: &TriggerMatch, c: &mut Collect) {
    let h = trig.head;
    if trig.tokens.end < s.len() && s.words[trig.tokens.end].eq_ignore_ascii_case("between") {
        // "a phone call between Minister X and Bangladesh's adviser Y": every party named
        // in the between-phrase (a possessor is part of a title, not a party), which the
        // parser often splits up.
        let mut k = trig.tokens.end + 1;
        while k < s.len()
            && k < trig.tokens.end + 25
            && !matches!(s.words[k], ";" | "." | "\"" | ":" | "(" | ",")
            && !matches!(s.upos_at(k), "VERB" | "AUX")
        {
            if let Some(m) = c.mention_at(k) {
                let end = c.mentions[m].tokens.end;
                if !possessor(c, m) && !c.actor.contains(&m) {
                    c.actor.push(m);
                }
                k = end.max(k + 1);
                continue;
            }
            k += 1;
        }
    }
    // "talks by X in the capital, Minsk, with Y": a with-phrase the parser attached
    // elsewhere, found in the trigger's own stretch (up to the next verb or stop).
    // (Nor when the with is the trigger's own word, "*talks with* his counterpart X on … cooperation
    // with Russia": the next "with" is another phrase's.)
    let has_with = tree.children[h].iter().any(|&k| tree.case_of(s, k).as_deref() == Some("with"))
        || trig.matched.iter().any(|&k| s.words[k].eq_ignore_ascii_case("with"));
    if !has_with {
        let mut k = trig.tokens.end;
        while k < s.len() && k < trig.tokens.end + 20 {
            let w = s.words[k];
            if matches!(w, ";" | "." | "\"" | ":" | "(") || matches!(s.upos_at(k), "VERB" | "AUX") {
                break;
            }
            if w.eq_ignore_ascii_case("with") {
                if let Some(m) = np_head_mention(s, c, k + 1) {
                    c.actor.push(m);
                }
                // ("with *his* Turkish counterpart X": his too.)
                let counterpart = (k + 2..(k + 5).min(s.len())).any(|j| role_word(&s.words[j].to_lowercase(), RoleClass::Counterpart));
                if let Some(p) = c.mention_at(k + 1).filter(|_| counterpart && s.upos_at(k + 1) == "PRON") {
                    c.actor.push(p);
                }
                break;
            }
            k += 1;
        }
    }
}

/// "… talks by X *in the capital, Minsk*, with Y", "arrival on Sunday *to Benina Airport*":
/// a place after in/at/near/to in the trigger's own stretch (up to the next verb or stop).
pub(crate) fn location_after(s: &SentenceView, c: &Collect, trig: &TriggerMatch, tree: Option<&Tree>) -> Option<usize> {
    // ("discussed the situation *in Gaza*": a place inside what is discussed is its topic.)
    let topic = |m: usize| {
        let t = c.mentions[m].tokens.start;
        trig.flags.has(Flags::TOPIC_OBJ) && tree.is_some_and(|tr| tr.kids(trig.head, "obj").any(|o| tr.dominates(o, t)))
    };
    let mut k = trig.tokens.end;
    while k < s.len() && k < trig.tokens.end + 15 {
        let w = s.words[k];
        // ("held no talks *since* the clash in the Galwan valley": a place after a word
        // linking another time is that time's, role class `time_link`.)
        let other_time = role_word_any_case(w, RoleClass::TimeLink);
        if matches!(w, ";" | "." | "\"" | ":" | "(") || other_time || (k > trig.tokens.end && matches!(s.upos_at(k), "VERB" | "AUX")) {
            return None;
        }
        if role_word_any_case(w, RoleClass::LocationPrep) {
            let mut j = k + 1;
            while j < s.len() && j <= k + 6 {
                if let Some(m) = c.mention_at(j) {
                    return (c.mentions[m].kind == MentionKind::Place && !topic(m)).then_some(m);
                }
                // (Through "of" after a noun: "in the *waters of* the Essequibo".)
                let of_noun = s.words[j] == "of" && s.upos_at(j - 1) == "NOUN";
                if !(s.words[j] == "," || of_noun || matches!(s.upos_at(j), "DET" | "ADJ" | "NOUN" | "")) {
                    break;
                }
                j += 1;
            }
        }
        k += 1;
    }
    None
}
