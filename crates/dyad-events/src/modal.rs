//! Negation, hypothetical and future/offered readings of a trigger.

use crate::lexicon::{CueKind, Lexicon, RoleClass};
use crate::tree::Tree;
use crate::triggers::{match_forward, Lemmas, TriggerMatch};
use crate::{PloverType, SentenceView};

/// How real the event is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Modality {
    /// Explicitly did not happen ("did not attack", "no deal was reached",
    /// "denied that its forces attacked", "failed to agree").
    pub negated: bool,
    /// Not (yet) real: future, conditional, modal, planned, requested, offered.
    pub hypothetical: bool,
    /// Future or offered: "will send aid", "offered to mediate", "ready to help".
    /// Implies `hypothetical`.
    pub future: bool,
}

/// Words the linear fallback will not look past when searching for a cue.
const CLAUSE_STOPS: [&str; 13] = [",", ";", ":", ".", "!", "?", "but", "and", "while", "after", "before", "because", "when"];

/// Relations through which a governing verb's cue reaches the trigger
/// ("*plans to* visit", "*denied* that … attacked", "*will* not agree to withdraw").
const GOVERNING: [&str; 4] = ["xcomp", "ccomp", "csubj", "advcl"];

fn cue_hits(lex: &Lexicon, s: &SentenceView, lm: &Lemmas) -> Vec<(usize, Vec<usize>, CueKind)> {
    let mut out = Vec::new();
    for i in 0..s.len() {
        // (A name is no cue: "the Associated *Press* said …", "*Hope* Street", also when the
        // tagger reads its last word as a noun — but a phrase is: "GFA *Tries to* Halt …".)
        let capital = |k: usize| s.words[k].starts_with(char::is_uppercase);
        if s.upos_at(i) == "PROPN" {
            continue;
        }
        let name_like = i > 0 && s.upos_at(i) == "NOUN" && capital(i) && capital(i - 1);
        let mut seen = Vec::new();
        for key in [lm.lemma[i].as_ref(), lm.lower[i].as_ref()] {
            for &c in lex.cues_starting(key) {
                if seen.contains(&c) {
                    continue;
                }
                seen.push(c);
                let cue = &lex.cues[c];
                if matches!(cue.kind, CueKind::Blocker | CueKind::Obligation | CueKind::Report) || (name_like && cue.words.len() == 1) {
                    continue;
                }
                if let Some(m) = match_forward(s, lm, &cue.words, i) {
                    // Multi-word cues must be contiguous; the gap tolerance is for triggers.
                    if m.windows(2).all(|w| w[1] == w[0] + 1) {
                        out.push((i, m, cue.kind));
                    }
                }
            }
        }
    }
    out
}

fn apply(m: &mut Modality, plain: &mut bool, kind: CueKind) {
    match kind {
        CueKind::Negation => m.negated = true,
        // Outside reported speech "would" is a mere possibility.
        CueKind::Hypothetical | CueKind::ReportedFuture => {
            m.hypothetical = true;
            *plain = true;
        }
        CueKind::FutureAgree => {
            m.hypothetical = true;
            m.future = true;
        }
        CueKind::Blocker | CueKind::Obligation | CueKind::Report => {}
    }
}

/// Negation / hypothetical / future reading of `trig`, from cues in the trigger's own
/// dependents and in the verbs that govern it, or (without a parse) from cues shortly
/// before it in the same clause.
pub fn modality(s: &SentenceView, trig: &TriggerMatch, lex: &Lexicon) -> Modality {
    let mut m = Modality::default();
    let mut plain_hypothetical = false;
    let n = s.len();
    if n == 0 || trig.head >= n || trig.tokens.end > n {
        return m;
    }
    let lm = Lemmas::new(s);
    let hits = cue_hits(lex, s, &lm);
    // A trigger that is itself an offer/promise is AGREE already; its own words are not cues.
    let own = |k: usize| trig.matched.contains(&k);
    if let Some(tree) = Tree::new(s) {
        // Scope: the trigger's function-word dependents, then each governing predicate
        // (the predicate itself and its function-word dependents).
        let mut scope: Vec<usize> = Vec::new();
        let local = |t: &Tree, h: usize, scope: &mut Vec<usize>| {
            scope.push(h);
            for &k in &t.children[h] {
                if matches!(t.base(k), "aux" | "advmod" | "neg" | "det" | "mark" | "cop" | "case" | "nsubj") || t.rel[k] == "compound:prt" {
                    scope.push(k);
                }
            }
        };
        for &t in &trig.matched {
            local(&tree, t, &mut scope);
        }
        local(&tree, trig.head, &mut scope);
        let to_mark = |k: usize| tree.is_infinitive(s, k);
        let mut acting: Vec<usize> = Vec::new();
        // A cue "V to" split by an adverbial the parser hung on V ("failed *on Monday* to
        // agree", "refused *for weeks* to sign"): V governs the infinitive, so the cue holds.
        // (Not split by an object: "*opened the door* to talks", "*open fire* to stop".)
        // (A day the parser made the object is a time: "threatened *Friday* to withdraw".)
        let adverbial = |p: usize, k: usize| {
            tree.children[p].iter().any(|&c| {
                let time = tree.base(c) == "obj" && crate::dates::is_day_or_month(s.words[c]);
                (time || matches!(tree.base(c), "obl" | "advmod" | "punct")) && tree.dominates(c, k)
            })
        };
        let split_by_adverbial = |p: usize, inf: usize| {
            let to = tree.children[inf].iter().copied().find(|&c| tree.base(c) == "mark" && lm.lower[c] == "to");
            to.is_some_and(|to| p + 1 < to && (p + 1..to).all(|k| adverbial(p, k)))
        };
        // Predicates of such split cues on the way up.
        let mut split: Vec<usize> = Vec::new();
        let mut through_noun = false;
        let mut cur = trig.head;
        for _ in 0..4 {
            let Some(p) = tree.parent[cur] else { break };
            let base = tree.base(cur);
            let nominal_arg = matches!(base, "obj" | "nsubj") && !trig.matched.contains(&p);
            // A clause completing a noun takes the noun's determiner: "there was *no* question
            // of handing her over", "*no* plans to visit".
            if tree.rel[cur] == "acl" && !trig.matched.contains(&p) {
                local(&tree, p, &mut scope);
                // (The noun itself only when a subordinator joins the clause to it, "*plans to*
                // visit", "*hopes of* reaching", "*demand that* X be released"; "*pressure* from
                // X, … approved" is a misparse of two clauses.)
                if !tree.children[cur].iter().any(|&c| tree.base(c) == "mark") {
                    scope.retain(|&k| k != p);
                }
                // "*urged* the rebels *to release* …" parsed with the infinitive on the object:
                // what the verb asks of its object is governed by that verb.
                if let Some(g) = tree.parent[p].filter(|_| to_mark(cur) && matches!(tree.base(p), "obj" | "iobj")) {
                    local(&tree, g, &mut scope);
                }
                // "*rejected claims* that Eritrea had sent weapons": a verb that denies what others
                // claim denies its content (its mood does not carry over, "pledged to investigate
                // claims that …"; nor does "not": "has not confirmed a report" leaves it open).
                // (A clause with a subject of its own: "rejected the claim, *saying* …" is not it.)
                let content = tree.has_subject(cur);
                if let Some(g) = tree.parent[p].filter(|_| content && tree.base(p) == "obj" && lm.in_class(p, RoleClass::Hearsay)) {
                    scope.push(g);
                }
                break;
            }
            // "planned to attack the palace *and assassinate* the leader": a verb joined to
            // another without a subject of its own shares that verb's infinitive and what governs
            // it, not its own function words ("did not attack *but withdrew*").
            // Only a bare verb joined by a conjunction to an infinitive: "vowed to defend X and
            // *accused* Y" is the vower's act.
            let own_subject = tree.children[cur].iter().any(|&k| tree.base(k) == "nsubj");
            let joined = tree.children[cur].iter().any(|&k| tree.base(k) == "cc");
            let bare = lm.lemma[cur] == lm.lower[cur];
            if base == "conj" && s.upos_at(cur) == "VERB" && joined && bare && !own_subject && to_mark(p) {
                scope.extend(tree.children[p].iter().copied().filter(|&k| tree.base(k) == "mark" && lm.lower[k] == "to"));
                cur = p;
                continue;
            }
            // "was due to arrive in Seoul *for talks*": the meeting a journey is made for is as
            // real as the journey.
            let errand = base == "obl"
                && lm.in_class(p, RoleClass::Journey)
                && tree.children[cur].iter().any(|&c| tree.base(c) == "case" && lm.in_class(c, RoleClass::ErrandPrep));
            // ("any agreement that *would lead to* a withdrawal": what it would bring about.)
            let consequence = base == "obl" && lm.in_class(p, RoleClass::Consequence);
            // ("*could* trigger *the return of* UN sanctions": the event a verb's object noun is
            // of stands where that noun stands.)
            let named_owner = tree.children[cur].iter().any(|&k| tree.rel[k] == "nmod:poss" && s.upos_at(k) == "PROPN");
            // (Not one a name owns: "did not accept the results of *Montenegro's* negotiations".)
            let of_object = cur == trig.head
                && base == "nmod"
                && s.upos_at(p) == "NOUN"
                && tree.base(p) == "obj"
                && tree.case_of(s, cur).as_deref() == Some("of")
                && !named_owner
                // ("an *end of* the violence", "to *end three decades of* violence": what is ended
                // was real.)
                && !lm.in_class(p, RoleClass::Cessation)
                && !tree.parent[p].is_some_and(|g| lm.in_class(g, RoleClass::Cessation));
            if !(GOVERNING.contains(&base) || nominal_arg || errand || consequence || of_object) {
                break;
            }
            // A deed a name owns is that name's, whatever a verb that takes it as done says of
            // itself: "would not tolerate *Iran's support* for Russia" (but "did not sign *its*
            // deal", "demanded *Kenyatta's resignation*").
            let owned = s.upos_at(cur) == "NOUN" && named_owner;
            if nominal_arg && cur == trig.head && owned && lm.in_class(p, RoleClass::Presupposing) {
                break;
            }
            // "If X attacks, Y will respond": the condition does not scope over its head.
            // An infinitive is not a condition ("vowed on Monday *to* end …", often parsed
            // as advcl rather than xcomp).
            let infinitive = to_mark(cur);
            // Nor is a gerund completing its verb through a preposition ("*If* the US insists
            // *on waging* a trade war", role class `gerund_prep`): it is as real as that verb.
            let gerund_complement = s.words[cur].ends_with("ing")
                && tree.children[cur].iter().any(|&c| tree.base(c) == "mark" && lm.in_class(c, RoleClass::GerundPrep));
            if base == "advcl" && !infinitive && !gerund_complement {
                break;
            }
            // (Of the predicate an event noun is the active subject of, only the function words
            // negate it: "the attack did *not* take place" is negated, but "the agreement will
            // *prevent* deaths" and "the talks *failed* to produce a deal" happened.)
            if tree.rel[cur] == "nsubj" && !tree.children[p].iter().any(|&k| tree.rel[k] == "aux:pass") {
                acting.push(p);
            }
            // (Only along clauses: "refused to hand over a woman it *had arrested*" does not
            // make the arrest a refusal's.)
            through_noun |= nominal_arg || consequence;
            if infinitive && !through_noun && s.upos_at(cur) == "VERB" && split_by_adverbial(p, cur) {
                split.push(p);
            }
            local(&tree, p, &mut scope);
            cur = p;
        }
        let split_cue = |key: &str| lex.cues_starting(key).iter().map(|&c| &lex.cues[c]).find(|c| c.words.len() == 2 && c.words[1] == "to");
        for &p in split.iter().filter(|&&p| !own(p) && !hits.iter().any(|(i, _, _)| *i == p)) {
            if let Some(cue) = split_cue(&lm.lemma[p]).or_else(|| split_cue(&lm.lower[p])) {
                if !matches!(cue.kind, CueKind::Blocker | CueKind::Obligation | CueKind::Report) {
                    apply(&mut m, &mut plain_hypothetical, cue.kind);
                }
            }
        }
        // Reported speech shifts "will" back to "would" ("Ethiopia said it *would* impose a
        // curfew"): there "would" is the speaker's future, not a mere possibility.
        let reported = reported_clause(&tree, &lm, lex, trig.head);
        for (_, toks, kind) in &hits {
            let acted = *kind == CueKind::Negation && toks.iter().any(|k| acting.contains(k));
            // A cue ending in an infinitive's "to" governs that infinitive only: "the refusal
            // *to* grant access *was criticized*" does not negate the criticism.
            let infinitive_elsewhere = toks.len() > 1 && toks.last().is_some_and(|&k| lm.lower[k] == "to" && !scope.contains(&k));
            if toks.iter().any(|&k| scope.contains(&k) && !own(k)) && !acted && !infinitive_elsewhere {
                let backshifted = reported && *kind == CueKind::ReportedFuture;
                apply(&mut m, &mut plain_hypothetical, if backshifted { CueKind::FutureAgree } else { *kind });
            }
        }
        // (Not a verb of the trigger's own phrase: "*ordered* the ambassador *to leave*".)
        if directed_clause(s, &tree, &lm, lex, trig.head).is_some_and(|g| !own(g)) {
            apply(&mut m, &mut plain_hypothetical, CueKind::Hypothetical);
        }
        if pending_clause(&tree, &lm, trig.head) {
            apply(&mut m, &mut plain_hypothetical, CueKind::Hypothetical);
        }
    } else {
        // Linear: cues within six tokens before the trigger, not across a clause stop;
        // "no" / "not" may also sit right before a noun trigger.
        let start = trig.tokens.start;
        let mut lo = start;
        while lo > 0 && start - lo < 6 && !CLAUSE_STOPS.contains(&lm.lower[lo - 1].as_ref()) {
            lo -= 1;
        }
        // A conditional "if" anywhere earlier in the clause still counts.
        let mut clause_lo = lo;
        while clause_lo > 0 && !matches!(s.words[clause_lo - 1], ";" | "." | "!" | "?" | ",") {
            clause_lo -= 1;
        }
        for (i, toks, kind) in &hits {
            let last = *toks.last().unwrap_or(i);
            let near = *i >= lo && last < start;
            let cond = *i >= clause_lo && last < start && matches!(lm.lower[*i].as_ref(), "if" | "unless");
            if (near || cond) && !toks.iter().any(|&k| own(k)) {
                apply(&mut m, &mut plain_hypothetical, *kind);
            }
        }
    }
    // AGREE is itself an expression of intent: a future or offered AGREE is just AGREE.
    if trig.event_type == PloverType::Agree {
        m.future = false;
        m.hypothetical = plain_hypothetical;
    }
    m
}

/// "rejected any negotiations *before they withdraw*", "*until* the last inch of Sudan *is
/// liberated*": a clause awaited (its subordinator in role class `pending_mark`) whose verb
/// and auxiliaries hold no past form has not happened ("left before the rebels *arrived*" did).
fn pending_clause(tree: &Tree, lm: &Lemmas, head: usize) -> bool {
    // (The clause's first word, also where the parser hung it on the subject: "until *Hamas*".)
    let first = (0..head).find(|&k| tree.dominates(head, k));
    // (A finite clause with its own subject: "before *dropping* its veto" is told as done.)
    let finite = tree.children[head].iter().any(|&k| tree.base(k) == "nsubj");
    let awaited = tree.base(head) == "advcl" && finite && first.is_some_and(|k| lm.in_class(k, RoleClass::PendingMark));
    if !awaited {
        return false;
    }
    let auxiliaries: Vec<usize> = tree.children[head].iter().copied().filter(|&k| tree.base(k) == "aux").collect();
    let past = |k: usize| crate::lemma::is_past_form(&lm.lower[k]) || crate::lemma::is_past_or_base(&lm.lower[k]);
    if auxiliaries.is_empty() {
        !past(head)
    } else {
        !auxiliaries.iter().any(|&k| past(k))
    }
}

/// "*ordered* security agencies *to rescue* the girls": an infinitive completing the object of a
/// verb that asks something of someone (a REQUEST verb in the trigger list) is asked for, not
/// done; the parser puts it on the verb or on its object.
fn directed_clause(s: &SentenceView, tree: &Tree, lm: &Lemmas, lex: &Lexicon, head: usize) -> Option<usize> {
    let p = tree.parent[head].filter(|_| tree.is_infinitive(s, head))?;
    let has_object = |v: usize| tree.children[v].iter().any(|&c| matches!(tree.base(c), "obj" | "iobj") && c < head);
    let governor = match tree.base(head) {
        "xcomp" | "advcl" if has_object(p) => Some(p),
        "acl" if matches!(tree.base(p), "obj" | "iobj") => tree.parent[p],
        _ => None,
    };
    governor.filter(|&g| {
        lex.entries_starting(&lm.lemma[g])
            .iter()
            .map(|&e| &lex.entries[e])
            .any(|e| e.words.len() == 1 && e.pos == crate::lexicon::TriggerPos::Verb && e.event_type == crate::PloverType::Request)
    })
}

/// Whether the clause of `head` is the complement of a reporting verb ("X said (that) …").
pub(crate) fn reported_clause(tree: &Tree, lm: &Lemmas, lex: &Lexicon, head: usize) -> bool {
    reporting_verb(tree, lm, lex, head).is_some()
}

/// The reporting verb whose complement clause holds `head` (see [`reported_clause`]).
pub(crate) fn reporting_verb(tree: &Tree, lm: &Lemmas, lex: &Lexicon, head: usize) -> Option<usize> {
    let report = |k: usize| lex.is_cue_word(&lm.lemma[k], CueKind::Report);
    let mut cur = head;
    for _ in 0..4 {
        let p = tree.parent[cur]?;
        if tree.base(cur) == "ccomp" {
            return report(p).then_some(p);
        }
        // A noun trigger's clause is that of the verb it is an argument of ("said it would
        // tighten the *blockade*").
        if !matches!(tree.base(cur), "xcomp" | "conj" | "obj" | "nsubj") {
            return None;
        }
        cur = p;
    }
    None
}

/// PLOVER's recoding of future or offered events: future CONSULT / SUPPORT / COOPERATE /
/// AID become AGREE, future RETREAT becomes CONCEDE, and an announced act of force,
/// repression, sanction or protest ("will impose martial law", "vowed to strike back",
/// "would boycott all contact") is a THREATEN whose content is that act (the manual's
/// "coercive warnings with serious repercussions"; CAMEO 13); everything else keeps its
/// type. Negated events are not recoded (a refused offer is no agreement).
pub fn recode_future(t: PloverType, m: &Modality) -> PloverType {
    if !m.future || m.negated {
        return t;
    }
    match t {
        t if is_cooperative(t) => PloverType::Agree,
        PloverType::Retreat => PloverType::Concede,
        PloverType::Assault | PloverType::Coerce | PloverType::Sanction | PloverType::Protest => PloverType::Threaten,
        other => other,
    }
}

/// The acts whose promise or offer PLOVER codes as AGREE: talks, support, cooperation, aid.
pub(crate) fn is_cooperative(t: PloverType) -> bool {
    matches!(t, PloverType::Consult | PloverType::Support | PloverType::Cooperate | PloverType::Aid)
}
