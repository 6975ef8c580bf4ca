//! The target rule of country-level event coders (PETRARCH's "first actor in the verb
//! phrase"), on the dependency parse: when the sentence structure names no recipient, the
//! first actor named inside the trigger's own phrase is the one the event is directed at —
//! "promised to continue military aid *to Mozambique*", "offered to hand over *to Britain*
//! two suspects", "will support a *UN Security Council* resolution".

use crate::denote::mentions_of;
use crate::lexicon::{role_word, role_word_any_case, RoleClass};
use crate::roles::Collect;
use crate::tree::Tree;
use crate::triggers::TriggerMatch;
use crate::{Flags, Mention, MentionKind, PloverType, SentenceView};

/// Dependents that are not part of what the event is directed at: side clauses,
/// coordination, attribution and function words, and — on the trigger itself — its subject,
/// agent and possessor ("*his country's* readiness"). Deeper down a subject or possessor
/// is what the event is aimed at: "demanded that *the United States* match …", "rejected
/// *Iraq's* proposal". A denial is the exception: "denied that *Russian forces* attacked"
/// names what is denied, not whom the denial answers.
/// Whether the phrase of word `k` is "with X" after a boundary noun ("near the border *with
/// Mali*"): a neighbour, not a party.
pub(crate) fn neighbour_phrase(s: &SentenceView, tree: &Tree, k: usize) -> bool {
    tree.case_of(s, k).as_deref() == Some("with")
        && tree.children[k]
            .iter()
            .any(|&c| tree.rel[c] == "case" && c > 0 && role_word(&s.words[c - 1].to_lowercase(), RoleClass::Boundary))
}

/// "closed its border *with Belarus*": when the boundary noun before "with" is the trigger's
/// own word, the neighbour is the one the closing is aimed at.
pub(crate) fn closes_boundary(tree: &Tree, trig: &TriggerMatch, k: usize) -> bool {
    tree.children[k].iter().any(|&c| tree.rel[c] == "case" && c > 0 && trig.matched.contains(&(c - 1)))
}

/// Whether a clause's subject is a party named by name (a person, organisation or state).
fn named_subject(tree: &Tree, mentions: &[Mention], clause: usize) -> bool {
    tree.kids(clause, "nsubj").any(|k| {
        mentions.iter().any(|m| m.tokens.contains(&k) && matches!(m.kind, MentionKind::Person | MentionKind::Org | MentionKind::State))
    })
}

fn outside_phrase(tree: &Tree, s: &SentenceView, mentions: &[Mention], k: usize, on_trigger: bool, trig: &TriggerMatch) -> bool {
    let t = trig.event_type;
    let by = || tree.case_of(s, k).as_deref() == Some("by");
    let subject = matches!(tree.base(k), "nsubj" | "csubj");
    let own_party = on_trigger && (subject || matches!(tree.rel[k], "obl:agent" | "nmod:poss") || (tree.base(k) == "obl" && by()));
    // A relative clause whose subject is the relative pronoun says something else about a
    // noun: "the arrival of X, *which replaced Y*" is not aimed at Y ("manoeuvres *in which*
    // bombers took part over Y" still describe the manoeuvres).
    // Nor is an attribution ("*according to* the Ministry of Defence") or a participle phrase
    // with its own agent ("the Luanda process *mediated by Angola*").
    let attribution = tree.case_of(s, k).is_some_and(|w| role_word(&w, RoleClass::AttributionPrep));
    // Nor a capacity or a moment on a noun ("detained a reporter *as* the United States
    // voiced concern"). After a verb it names or characterises ("a group *known as* X",
    // "what they *described as* the election of X") or right after the trigger, whose object
    // the parser may have put inside it ("condemned *as* 'savage' the attacks by X"), it may
    // hold the target. (A headline's tags may make a noun before it a verb: the parse's
    // attachment to a noun decides first.)
    let capacity = tree.children[k].iter().any(|&c| {
        let after_verb = || c.checked_sub(1).is_none_or(|b| s.upos_at(b) == "VERB" || trig.matched.contains(&b));
        tree.rel[c] == "case" && role_word(&s.words[c].to_lowercase(), RoleClass::CapacityPrep) && (tree.base(k) == "nmod" || !after_verb())
    });
    // Nor another event it is timed by ("agreed to resume talks, *following* a meeting between
    // X and Y"; "retaliated *after* an attack by X": what came first, not whom this is aimed at).
    let time_link = tree.case_of(s, k).is_some_and(|w| role_word(&w, RoleClass::TimeLink));
    let agentive_participle = tree.rel[k] == "acl" && tree.children[k].iter().any(|&c| tree.rel[c] == "obl:agent");
    // Nor is the reporter of a relative clause ("bombed a school *which Hamas said* housed
    // displaced families").
    let reported_relative = tree.rel[k] == "acl:relcl"
        && crate::Lexicon::embedded().is_cue_word(&crate::lemma(s.words[k], s.upos_at(k)), crate::lexicon::CueKind::Report);
    // Nor a neighbour ("an ambush near the border *with Mali*").
    let neighbour = neighbour_phrase(s, tree, k);
    // Nor whom a march stands with ("marched *in support of* the junta").
    let allegiance =
        tree.case_of(s, k).as_deref() == Some("in") && role_word(&crate::lemma(s.words[k], s.upos_at(k)), RoleClass::Allegiance);
    // Nor the state whose coast a ship was off ("seized two tankers *off* the coast of Oman").
    let offshore = tree.case_of(s, k).as_deref() == Some("off");
    // Nor what a party named as its subject does in a relative clause whose verb is an event
    // word ("released documents *in which the United Nations accuses* Nepal"): an event of
    // that party's, not the target of this one ("threats *Israel faced*" still are).
    let named_relative = tree.rel[k] == "acl:relcl"
        && !crate::Lexicon::embedded().entries_starting(&crate::lemma(s.words[k], s.upos_at(k))).is_empty()
        && named_subject(tree, mentions, k);
    own_party
        || offshore
        || named_relative
        || reported_relative
        || allegiance
        || neighbour
        || attribution
        || capacity
        || time_link
        || agentive_participle
        || (subject && t == PloverType::Reject)
        || tree.is_pronoun_relative(s, k)
        || matches!(
            tree.base(k),
            "advcl"
                | "parataxis"
                | "conj"
                | "cc"
                | "punct"
                | "discourse"
                | "vocative"
                | "dislocated"
                | "list"
                | "orphan"
                | "reparandum"
                | "mark"
                | "aux"
                | "cop"
                | "expl"
        )
}

/// Indices into `mentions` of the first (leftmost) non-place mention after the trigger inside
/// its phrase whose actor is not in `exclude`, named parties before generic ones, and of the
/// parties joined to it by a conjunction or named by its words too. The phrases of the
/// excluded actors are not entered ("the visit of *Russian* Deputy Minister X": Russia is
/// X's, not the target), and the walk goes at most `MAX_DEPTH` dependency
/// levels down so a far-off name deep in a side remark does not become the target. Only
/// words after the trigger count: a verb phrase follows its verb, and a misattached word
/// before it is more likely a parse error.
pub(crate) fn first_in_phrase(s: &SentenceView, tree: &Tree, trig: &TriggerMatch, mentions: &[Mention], exclude: &[usize]) -> Vec<usize> {
    const MAX_DEPTH: usize = 6;
    let mut inside = vec![false; s.len()];
    let mut stack: Vec<(usize, usize)> = trig.matched.iter().chain(std::iter::once(&trig.head)).map(|&k| (k, 0)).collect();
    let roots: Vec<usize> = stack.iter().map(|&(k, _)| k).collect();
    let joint = trig.event_type == PloverType::Agree && exclude.len() >= 2;
    let hostile = |k: usize| {
        let lex = crate::Lexicon::embedded();
        lex.entries_starting(&crate::lemma(s.words[k], s.upos_at(k))).iter().any(|&e| {
            let entry = &lex.entries[e];
            entry.pos == crate::lexicon::TriggerPos::Verb
                && entry.words.len() == 1
                && matches!(entry.event_type, PloverType::Assault | PloverType::Coerce | PloverType::Threaten | PloverType::Sanction)
        })
    };
    while let Some((node, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            continue;
        }
        for &k in &tree.children[node] {
            let excluded_actor = mentions.iter().any(|m| m.tokens.contains(&k) && exclude.contains(&m.actor));
            // "threatened *to* break relations with X" parsed as a side clause: its "to" is
            // part of the trigger, so the clause is what the trigger is about.
            let trigger_complement = depth == 0 && tree.children[k].iter().any(|c| trig.matched.contains(c));
            // What the object is taken for ("condemned the launch *as* a violation of UN
            // resolutions") names no target. ("launched attacks *as* part of its campaign
            // against X": the trigger's own noun is no such object.)
            let characterised = depth == 0
                && tree.case_of(s, k).is_some_and(|w| role_word(&w, RoleClass::Characterisation))
                && tree.children[node].iter().any(|&o| tree.base(o) == "obj" && o < k && !roots.contains(&o));
            // ("the deployment *of* additional troops": what is mobilised is the doer's force.)
            let mobilised = depth == 0 && trig.event_type == PloverType::Mobilize && tree.case_of(s, k).as_deref() == Some("of");
            // (What parties agree to do together to someone else is that deed's target, not
            // whom they agreed with: "the two ministers agreed to set up a centre *to fight
            // the PKK*".)
            let joint_deed = joint && matches!(tree.base(k), "xcomp" | "advcl" | "acl") && hostile(k);
            // ("called on *Ukraine's* partners": whose partners they are is not one of them.)
            let relational_owner =
                matches!(tree.rel[k], "nmod:poss" | "amod" | "compound") && role_word(&s.words[node].to_lowercase(), RoleClass::Relational);
            // ("rejected *claims* that Iran had supplied missiles to Russia": what others say
            // names no target, unless it is what is investigated.)
            let hearsay = matches!(tree.base(k), "acl" | "ccomp")
                && tree.has_subject(k)
                && trig.mode.as_deref() != Some("investigate")
                && role_word(&s.words[node].to_lowercase(), RoleClass::Hearsay);
            if roots.contains(&k)
                || characterised
                || hearsay
                || mobilised
                || joint_deed
                || relational_owner
                || inside[k]
                || excluded_actor
                || (!trigger_complement && outside_phrase(tree, s, mentions, k, depth == 0, trig))
            {
                continue;
            }
            inside[k] = true;
            stack.push((k, depth + 1));
        }
    }
    // ("an attack *by troops of X*": the agent and what it is "of" are the doer, never the
    // target; a phrase the parser hung under the agent still may be: "an air strike by the
    // military *on suspected terrorists*".)
    for &root in &roots {
        for k in tree.children[root].iter().copied().filter(|&k| tree.case_of(s, k).as_deref() == Some("by")) {
            inside[k] = false;
            for o in tree.children[k].iter().copied().filter(|&o| tree.case_of(s, o).as_deref() == Some("of")) {
                inside[o] = false;
            }
        }
    }
    // A named party beats a generic one ("refused to deploy peacekeepers *in Iraq*").
    let rank = |m: &Mention| (m.kind == MentionKind::Generic, m.tokens.start);
    // A demonym or state that modifies a place only locates it: "its embassy in the *Iraqi*
    // capital Baghdad" is not aimed at Iraq. (Nor is a name the parser hung on a place as
    // its apposition: "in Baghdad, *the Foreign Ministry* said".)
    let place_at = |k: usize| mentions.iter().any(|p| p.kind == MentionKind::Place && p.tokens.contains(&k));
    // ("the Libyan *capital*, Tripoli": a noun whose apposition is a place is one too.)
    let place_at = |k: usize| place_at(k) || tree.children[k].iter().any(|&c| matches!(tree.base(c), "appos" | "flat") && place_at(c));
    let locates_a_place = |m: &Mention| {
        m.tokens.clone().any(|k| {
            tree.parent[k]
                .is_some_and(|p| !m.tokens.contains(&p) && place_at(p) && matches!(tree.base(k), "amod" | "compound" | "nmod" | "appos"))
        })
    };
    let first = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind != MentionKind::Place && !exclude.contains(&m.actor) && m.tokens.start > trig.tokens.start)
        .filter(|(_, m)| !locates_a_place(m))
        .filter(|(_, m)| m.tokens.clone().any(|t| t < inside.len() && inside[t]))
        .min_by_key(|(_, m)| rank(m))
        .map(|(i, _)| i);
    // "summoned the ambassadors of *Germany*, *France* and *Italy*": the parties joined to the
    // first one are targets with it, as are all that its words stand for ("thanked *both
    // countries*").
    let mut found: Vec<usize> = first.into_iter().collect();
    if let Some(f) = first {
        found.extend(
            (0..mentions.len()).filter(|&i| i != f && mentions[i].tokens == mentions[f].tokens && !exclude.contains(&mentions[i].actor)),
        );
    }
    let mut next = 0;
    while next < found.len() {
        let joined: Vec<usize> = mentions[found[next]]
            .tokens
            .clone()
            .flat_map(|t| tree.kids(t, "conj"))
            .filter_map(|k| mentions.iter().position(|m| m.tokens.contains(&k)))
            .filter(|&i| mentions[i].kind != MentionKind::Place && !exclude.contains(&mentions[i].actor) && !found.contains(&i))
            .collect();
        found.extend(joined);
        next += 1;
    }
    found
}

/// "warned that Britain would go further *if Moscow continued* to target Ukraine": the party
/// whose conduct a threat's condition (role class `condition`) names is the one threatened —
/// the subject of a conditional clause within the trigger's clause, not one of `exclude`.
/// Empty when the condition's subject names no actor ("*if the allies* pressed ahead").
pub(crate) fn conditioned_party(
    s: &SentenceView,
    tree: &Tree,
    trig: &TriggerMatch,
    mentions: &[Mention],
    exclude: &[usize],
) -> Option<Vec<usize>> {
    const MAX_DEPTH: usize = 3;
    let mut level = vec![trig.head];
    for _ in 0..MAX_DEPTH {
        level = level
            .iter()
            .flat_map(|&h| tree.children[h].iter().copied())
            .filter(|&k| matches!(tree.base(k), "ccomp" | "advcl" | "xcomp" | "conj"))
            .collect();
        for &clause in &level {
            let conditional = tree.base(clause) == "advcl"
                && tree.children[clause].iter().any(|&c| tree.rel[c] == "mark" && role_word_any_case(s.words[c], RoleClass::Condition));
            if !conditional {
                continue;
            }
            let subject = tree.children[clause].iter().copied().find(|&c| tree.base(c) == "nsubj")?;
            // ("if *Washington and Seoul* did not stop": every party of a joined subject.)
            let subjects: Vec<usize> = std::iter::once(subject).chain(tree.kids(subject, "conj")).collect();
            return Some(
                (0..mentions.len())
                    .filter(|&i| {
                        let m = &mentions[i];
                        subjects.iter().any(|k| m.tokens.contains(k)) && m.kind != MentionKind::Place && !exclude.contains(&m.actor)
                    })
                    .collect(),
            );
        }
    }
    None
}

/// "Kim Yo-jong warned that *the North* would take countermeasures": the subject of the clause a
/// warning announces is who will act, not the one threatened.
pub(crate) fn announced_doers(tree: &Tree, trig: &TriggerMatch, mentions: &[Mention]) -> Vec<usize> {
    let subjects: Vec<usize> = tree
        .kids(trig.head, "ccomp")
        .flat_map(|clause| tree.children[clause].iter().copied().filter(|&k| tree.rel[k] == "nsubj"))
        .collect();
    mentions.iter().filter(|m| subjects.iter().any(|&k| m.tokens.contains(&k))).map(|m| m.actor).collect()
}

/// "urged *the international community* to take notice of India's conduct": one asked by a noun
/// that names no party is unnamed, not whoever the request is about. Only one asked to do
/// something, an infinitive on the verb or on the noun ("requested *assistance* from X" names
/// what is asked, not who); nor a noun listing examples ("asked countries *like* Belgium to
/// extradite").
pub(crate) fn unnamed_addressee(s: &SentenceView, tree: &Tree, trig: &TriggerMatch, c: &Collect) -> bool {
    let clause_to =
        |v: usize| tree.children[v].iter().any(|&k| matches!(tree.base(k), "xcomp" | "advcl" | "acl") && tree.is_infinitive(s, k));
    let examples = |o: usize| s.words.get(o + 1).is_some_and(|w| role_word(&w.to_ascii_lowercase(), RoleClass::ExampleMarker));
    let addressee = |o: usize| {
        matches!(tree.base(o), "obj" | "iobj")
            && s.upos_at(o) == "NOUN"
            && mentions_of(tree, c, o, 0).is_empty()
            && !tree.children[o].iter().any(|&k| tree.base(k) == "nmod")
            && !examples(o)
            && (clause_to(trig.head) || clause_to(o))
    };
    trig.event_type == PloverType::Request
        && trig.flags.has(Flags::RECIPIENT_OBJ)
        && !crate::roles::is_nominal(s, trig)
        && tree.children[trig.head].iter().any(|&o| addressee(o))
}

/// "new export controls *targeting* Chinese chip companies", "the attack *targeted* X": what a
/// participle of the `targeting` class on an event noun aims at is that event's target.
pub(crate) fn targeted_after_noun(s: &SentenceView, tree: &Tree, trig: &TriggerMatch, c: &mut Collect) {
    if !crate::roles::is_nominal(s, trig) || !c.recipient.is_empty() {
        return;
    }
    if let Some(k) = targeting_participles(s, tree, trig.head, trig.tokens.end).next() {
        // (Else the first party named inside the object: "targeting six senior *Venezuelan*
        // government officials".)
        for o in tree.kids(k, "obj").collect::<Vec<_>>() {
            let named = mentions_of(tree, c, o, 0);
            let inside = || c.mentions.iter().position(|m| m.kind != MentionKind::Place && m.tokens.clone().all(|t| tree.dominates(o, t)));
            if named.is_empty() {
                c.recipient.extend(inside());
            } else {
                c.recipient.extend(named);
            }
        }
    }
}

/// Whether a host trigger's object (or passive subject) names its guest: a mention, or a person
/// in the object's own phrase, not in a clause inside it ("the emails *he* sent").
pub(crate) fn named_guest(t: &Tree, trig: &TriggerMatch, c: &Collect) -> bool {
    let in_phrase = |o: usize, mut k: usize| {
        while k != o {
            match t.parent[k] {
                Some(p) if !matches!(t.base(k), "acl" | "advcl" | "ccomp" | "parataxis" | "nsubj") => k = p,
                _ => return false,
            }
        }
        true
    };
    let person_under = |o: usize| c.mentions.iter().any(|m| m.kind == MentionKind::Person && m.tokens.clone().all(|k| in_phrase(o, k)));
    let guest = |o: usize| c.mention_at(o).is_some() || person_under(o);
    let placed = t.children[trig.head].iter().any(|&k| crate::roles::apposed_object(t, trig, k).is_some());
    placed || t.children[trig.head].iter().find(|&&k| matches!(t.rel[k], "obj" | "nsubj:pass")).is_some_and(|&o| guest(o))
}

/// "Pakistan's condemnation *of the firing* by Indian troops": a by-phrase at `k` on the noun
/// trigger `h` after an "of" phrase naming a deed (a noun that names no party) is that deed's
/// agent, which the parser hung on the trigger.
pub(crate) fn agent_of_deed_it_is_of(s: &SentenceView, tree: &Tree, c: &Collect, h: usize, k: usize) -> bool {
    tree.children[h].iter().any(|&j| {
        j < k
            && tree.base(j) == "nmod"
            && s.upos_at(j) == "NOUN"
            && tree.case_of(s, j).as_deref() == Some("of")
            && mentions_of(tree, c, j, 0).is_empty()
    })
}

/// The participles of the `targeting` class that an event noun at `noun` takes: those hung on it,
/// then one in -ing at `after`, right after the noun, wherever the parser hung it ("announced
/// export *controls targeting* …" read as a second complement of "announced").
pub(crate) fn targeting_participles<'t>(
    s: &'t SentenceView,
    tree: &'t Tree,
    noun: usize,
    after: usize,
) -> impl Iterator<Item = usize> + 't {
    let targeting = move |k: usize| role_word(&crate::lemma(s.words[k], s.upos_at(k)), RoleClass::Targeting);
    let next = (after < s.len() && s.words[after].ends_with("ing") && targeting(after)).then_some(after);
    tree.kids(noun, "acl").filter(move |&k| targeting(k)).chain(next)
}
