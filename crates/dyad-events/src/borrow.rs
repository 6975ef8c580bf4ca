//! The subject an event word borrows from the word it hangs on: "Russia *held* talks", "Iran
//! *agreed* to withdraw", "X attacked and *killed* Y", "urged *Iran* to withdraw" (object
//! control), "After *meeting* X, Putin flew …". Part of role assignment ([`crate::roles`]).

use crate::denote::mentions_of;
use crate::lexicon::{role_word, role_word_any_case, RoleClass};
use crate::roles::Collect;
use crate::tree::Tree;
use crate::triggers::TriggerMatch;
use crate::{Flags, PloverType, SentenceView};

/// Climbs from the trigger up to four words, taking the actor of the first governor that lends
/// one (or settling that the doer is someone unnamed).
pub(crate) fn borrow_subject(s: &SentenceView, tree: &Tree, trig: &TriggerMatch, c: &mut Collect, nominal: bool, passive: bool) {
    let h = trig.head;
    let flags = trig.flags;
    let has = |rels: &[&str]| tree.children[h].iter().any(|&k| rels.contains(&tree.rel[k]));
    let mut cur = h;
    for _ in 0..4 {
        if !c.actor.is_empty() {
            break;
        }
        let Some(mut p) = tree.parent[cur] else { break };
        // "condemned the attack and *called* on …", "condemned the killings as a massacre and
        // *vowed* to retaliate": a verb joined to the object or oblique noun of another verb is
        // that verb's conjunct misattached, and shares its subject.
        // (Of obliques, only what the object is taken for, role class `characterisation`: after
        // "a week *after* … shot and killed" the verbs are a clause of their own.)
        let characterised = || tree.base(p) == "obl" && tree.case_of(s, p).is_some_and(|w| role_word(&w, RoleClass::Characterisation));
        if tree.base(cur) == "conj"
            && s.upos_at(cur) == "VERB"
            && matches!(s.upos_at(p), "NOUN" | "PROPN")
            && (tree.base(p) == "obj" || characterised())
        {
            if let Some(g) = tree.parent[p] {
                p = g;
            }
        }
        // "The Houthis said the strikes killed four workers and *vowed* to respond": a speech
        // verb joined to the verb of a reported clause (or to its object, above) is the
        // reporter's next act.
        if cur == h && tree.base(cur) == "conj" && trig.flags.has(Flags::SPEECH) && tree.base(p) == "ccomp" {
            if let Some(g) = tree.parent[p].filter(|&g| {
                crate::Lexicon::embedded().is_cue_word(&crate::lemma(s.words[g], s.upos_at(g)), crate::lexicon::CueKind::Report)
            }) {
                p = g;
            }
        }
        // "requires Hezbollah to withdraw … and *Israel* to pull its forces out": the second of
        // two infinitives hung on the first, whose doer stands between "and" (a `cc`) and its "to" (hung
        // elsewhere by the parser as a conjunct), is done by that one. (Not when the conjunct
        // joins an object of the first: "to get *Iran* and Syria to negotiate" is one request.)
        let to_marked = |v: usize| tree.is_infinitive(s, v);
        if cur == h && h >= 2 && to_marked(h) && s.words[h - 1].eq_ignore_ascii_case("to") {
            let first_infinitive = tree.parent[h].filter(|&v| v < h && s.upos_at(v) == "VERB" && to_marked(v));
            let gapped = first_infinitive.and_then(|v| c.mention_at(h - 2).map(|m| (v, m))).filter(|&(v, m)| {
                let t = c.mentions[m].tokens.clone();
                let mut first = h - 2;
                while tree.base(first) == "conj" {
                    match tree.parent[first] {
                        Some(f) => first = f,
                        None => break,
                    }
                }
                let object_of_first = tree.parent[first] == Some(v) && matches!(tree.base(first), "obj" | "iobj");
                t.end == h - 1 && t.start > v && tree.rel[t.start - 1] == "cc" && tree.base(h - 2) == "conj" && !object_of_first
            });
            if let Some((_, m)) = gapped {
                c.actor.push(m);
                break;
            }
        }
        // "prevented *the crowd* from blocking the road", "accused *Russia* of shelling": a
        // clause of the reason without a subject is done by its governor's object (someone
        // unnamed when the object names no party), never by the governor's subject.
        let reason = |k: usize| tree.base(k) == "mark" && role_word_any_case(s.words[k], RoleClass::ReasonMark);
        if tree.base(cur) == "advcl"
            && tree.children[cur].iter().any(|&k| reason(k))
            && !tree.children[cur].iter().any(|&k| tree.base(k) == "nsubj")
        {
            if let Some(o) = tree.kids(p, "obj").next() {
                let ms = mentions_of(tree, c, o, 0);
                c.unnamed_actor |= ms.is_empty();
                c.actor.extend(ms);
                break;
            }
            // ("Ana Rivas was accused of spying", "companies accused of helping Russia": of a
            // passive governor, its subject or the noun its participle describes.)
            let patient = tree.kids(p, "nsubj:pass").next().or_else(|| (tree.base(p) == "acl").then(|| tree.parent[p]).flatten());
            if let Some(x) = patient {
                let ms = mentions_of(tree, c, x, 0);
                c.unnamed_actor |= ms.is_empty();
                c.actor.extend(ms);
                break;
            }
        }
        // "After *being charged* Thursday, Haradinaj denied …": a passive gerund clause
        // without a subject was done to the main clause's subject, by someone unsaid. (A
        // finite passive without a subject, "after a ceasefire *was announced*", is a parse
        // that lost the subject.)
        let gerund_passive = || tree.kids(cur, "aux:pass").any(|k| s.words[k].eq_ignore_ascii_case("being"));
        if cur == h && tree.base(cur) == "advcl" && gerund_passive() && !tree.children[cur].iter().any(|&k| tree.base(k) == "nsubj") {
            c.unnamed_actor = true;
            let subjects: Vec<usize> = tree.kids(p, "nsubj").flat_map(|k| mentions_of(tree, c, k, 0)).collect();
            for m in subjects {
                if !c.recipient.contains(&m) {
                    c.recipient.push(m);
                }
            }
            break;
        }
        let rel = tree.rel[cur];
        let light = crate::lemma(s.words[p], s.upos_at(p));
        // "summoned Lithuania's envoy on Tuesday *to protest*" with the infinitive on the verb:
        // the one summoned hears it.
        if cur == h && tree.base(cur) == "advcl" && role_word(&light, RoleClass::Summons) && to_marked(cur) {
            let heard: Vec<usize> = tree.kids(p, "obj").flat_map(|o| mentions_of(tree, c, o, 0)).collect();
            c.recipient.extend(heard);
        }
        // "X attacked a village, *killing* 40 people, a doctors' group said": a participle after a
        // comma that the parser made a second clause of a trailing speech verb goes on with the
        // reported clause before it, done by that clause's subject.
        if cur == h
            && tree.base(cur) == "ccomp"
            && trailing_participle(tree, s, cur)
            && crate::Lexicon::embedded().is_cue_word(&light, crate::lexicon::CueKind::Report)
        {
            let before = tree.children[p].iter().copied().rfind(|&k| k < cur && tree.base(k) == "ccomp");
            let doers: Vec<usize> =
                before.into_iter().flat_map(|v| tree.kids(v, "nsubj")).flat_map(|k| mentions_of(tree, c, k, 0)).collect();
            if !doers.is_empty() {
                c.actor.extend(doers);
                break;
            }
        }
        // "accused Venezuelan soldiers of firing on a patrol, *wounding* two soldiers": a
        // participle the parser joined to the accusing verb goes on with the deed the accused
        // is charged with (its clause marked by a `reason_mark`), done by the accused (someone
        // unnamed when the accused names no party).
        if cur == h && matches!(tree.base(cur), "conj" | "advcl") && trailing_participle(tree, s, cur) {
            let charged = tree.kids(p, "obj").find(|&o| {
                tree.kids(o, "acl")
                    .any(|v| v < cur && tree.kids(v, "mark").any(|m| role_word(&s.words[m].to_lowercase(), RoleClass::ReasonMark)))
            });
            if let Some(o) = charged {
                let doers = mentions_of(tree, c, o, 0);
                c.unnamed_actor |= doers.is_empty();
                c.actor.extend(doers);
                break;
            }
        }
        // "air strikes … *that it said killed* four civilians": the reporter of a relative
        // clause is not the doer; the noun the clause modifies is (someone unnamed when that
        // noun names no party but a place).
        let report = || crate::Lexicon::embedded().is_cue_word(&light, crate::lexicon::CueKind::Report);
        // (Not a passive, whose relative is what it was done to: "a village *which* the commander
        // said *was destroyed*".)
        let own_subject = tree.children[cur].iter().any(|&k| matches!(tree.rel[k], "nsubj" | "nsubj:pass" | "aux:pass"));
        if matches!(tree.base(cur), "xcomp" | "ccomp") && tree.rel[p] == "acl:relcl" && !own_subject && report() {
            // (The noun itself or its demonym, "*Turkish* strikes"; not a name compounded into a
            // place noun, "the *Damascus* region".)
            let noun = tree.parent[p];
            let own = noun.into_iter().flat_map(|n| {
                std::iter::once(n).chain(tree.children[n].iter().copied().filter(|&k| matches!(tree.rel[k], "amod" | "nmod:poss")))
            });
            let ms: Vec<usize> = own.filter_map(|k| c.mention_at(k)).filter(|&m| c.mentions[m].kind != crate::MentionKind::Place).collect();
            c.unnamed_actor |= ms.is_empty();
            c.actor.extend(ms);
            break;
        }
        // A passive verb joined to an active one does not share its subject: "he explained …
        // and *will be agreed*" has no agent.
        // ("what it *called* an unlawful use of force": what a naming verb names is no act of
        // the one naming it.)
        // ("foiled a plot *to overthrow* the president": the plan of someone unnamed.)
        if tree.base(cur) == "xcomp" && role_word(&light, RoleClass::Thwart) {
            c.unnamed_actor = true;
            break;
        }
        let climb = (tree.base(cur) == "xcomp" && !(nominal && cur == h && role_word(&light, RoleClass::Naming)))
        // (A conjunct with a subject of its own does not share the first one's: "struck the
        // port, hours after the group *fired* missiles".)
        || (tree.base(cur) == "conj" && !(cur == h && (passive || has(&["nsubj"]))))
        || (tree.base(cur) == "obj" && (role_word(&light, RoleClass::LightVerb) || role_word(&light, RoleClass::Cessation)))
        || (tree.base(cur) == "obj" && role_word(&light, RoleClass::Deliberation) && !said_act(trig.event_type))
        || (rel == "nsubj:pass" && cur != h)
        // "After *meeting* X, Putin flew …", "*Having accused* Russia, Ukraine …": a
        // subjectless adverbial clause is done by the main clause's subject, except a
        // clause of the reason ("accused Russia *of shelling*", "condemned X *for
        // attacking*"), done by the object.
        || (tree.base(cur) == "advcl"
            && !tree.children[cur].iter().any(|&k| {
                matches!(tree.base(k), "nsubj" | "csubj" | "expl") || (tree.base(k) == "mark" && role_word_any_case(s.words[k], RoleClass::ReasonMark))
            }))
        // "France ordered four diplomats to leave, *accusing* them of spying": a participle
        // after its clause, parsed as a side remark, is done by that clause's subject.
        || (tree.base(cur) == "parataxis"
            && cur > p
            && s.upos_at(cur) == "VERB"
            && s.words[cur].ends_with("ing")
            && !tree.children[cur].iter().any(|&k| matches!(tree.base(k), "nsubj" | "csubj" | "expl" | "aux" | "mark")))
        || (tree.base(cur) == "obl" && cur == h && !passive && !nominal)
        // "said *during a phone call with* his Spanish counterpart": a meeting the clause's
        // verb happens in (role class `occasion`), or a journey is made for ("*arrived* in Doha
        // *for* talks with X": `errand_prep`, `journey`), has the clause's subject among its parties.
        || (tree.base(cur) == "obl"
            && cur == h
            && nominal
            && flags.has(Flags::RECIPROCAL)
            && trig.event_type == PloverType::Consult
            && tree.case_of(s, h).is_some_and(|c| {
                role_word(&c, RoleClass::Occasion) || (role_word(&c, RoleClass::ErrandPrep) && role_word(&light, RoleClass::Journey))
            }))
        // "Russia is *ready for talks* with Washington": what a subject is ready or open to is its
        // offer, of a cooperative act ("ready for attacks" braces for them).
        || (tree.base(cur) == "obl"
            && cur == h
            && nominal
            && s.upos_at(p) == "ADJ"
            && role_word(&light, RoleClass::Readiness)
            && (crate::modal::is_cooperative(trig.event_type) || trig.event_type == PloverType::Agree))
        // "China *hit back* with *tariffs*": what an answer is made with is the answerer's.
        || (tree.base(cur) == "obl"
            && cur == h
            && nominal
            && tree.case_of(s, h).as_deref() == Some("with")
            && role_word(&light, RoleClass::Response)
            && tree.kids(p, "aux:pass").next().is_none())
        // "recalled its ambassador *in protest* at …", "*in retaliation* for …": a noun
        // of motive (role class `motive`) saying why the clause's subject acted is that
        // subject's ("killed *in the attacks*" is not).
        || (tree.base(cur) == "obl"
            && cur == h
            && nominal
            && tree.case_of(s, h).as_deref() == Some("in")
            && role_word(&crate::lemma(s.words[h], s.upos_at(h)), RoleClass::Motive));
        if rel.starts_with("acl") && !(cur == h && nominal) {
            // "forces that attacked …": the modified noun is the actor when the relative
            // clause has no subject of its own (or only a relative pronoun); of a passive one
            // it is the target ("Bazoum, who has been *detained*") — when the trigger is that
            // clause's verb: "X, who is *expected* to visit …" still visits. A bare participle
            // is read as passive only when its verb takes its target as object and it has none
            // ("companies *accused* of helping Russia", "protesters *killed* in the clashes"):
            // the parser makes many main verbs reduced relatives ("protesters *marched*"), or
            // when it seizes what it takes ("soldiers *captured* during clashes").
            let bare_participle = tree.rel[cur] == "acl"
                && (flags.has(Flags::RECIPIENT_OBJ) || trig.mode.as_deref() == Some("seize"))
                && trig.matched.len() == 1
                && s.words[cur].ends_with("ed")
                && s.upos_at(cur) == "VERB"
                && !tree.children[cur].iter().any(|&k| matches!(tree.base(k), "obj" | "nsubj" | "aux"));
            let passive_clause =
                cur == h && (bare_participle || tree.children[cur].iter().any(|&k| matches!(tree.rel[k], "nsubj:pass" | "aux:pass")));
            let own = tree.kids(cur, "nsubj").find(|&k| c.mention_at(k).is_some());
            if passive_clause {
                c.unnamed_actor = true;
                for m in mentions_of(tree, c, p, 0) {
                    if !c.recipient.contains(&m) {
                        c.recipient.push(m);
                    }
                }
            } else if own.is_none() {
                let modified = mentions_of(tree, c, p, 0);
                // "Putin has no *plans to meet* …", "Israel's *decision to strike*": an infinitive
                // on a noun of intent (role class `plan`) is the act of whoever has it — its
                // possessor or agent, or the subject of the verb it is the object of.
                // (Or a gerund after "of": "Asmara had no *intention of attacking*".)
                let gerund = s.words[cur].to_ascii_lowercase().ends_with("ing");
                let infinitival = tree.rel[cur] == "acl"
                    && tree
                        .kids(cur, "mark")
                        .any(|k| s.words[k].eq_ignore_ascii_case("to") || (gerund && s.words[k].eq_ignore_ascii_case("of")));
                let plan = role_word(&crate::lemma(s.words[p], s.upos_at(p)), RoleClass::Plan);
                // "*Manila* summoned China's ambassador *to protest*": what the one summoned is
                // called in to hear is the summoner's act (role class `summons`).
                let summoner = (infinitival && tree.base(p) == "obj")
                    .then(|| tree.parent[p])
                    .flatten()
                    .filter(|&g| role_word(&crate::lemma(s.words[g], s.upos_at(g)), RoleClass::Summons));
                if let Some(g) = summoner {
                    let ms: Vec<usize> = tree.kids(g, "nsubj").flat_map(|k| mentions_of(tree, c, k, 0)).collect();
                    c.unnamed_actor |= ms.is_empty();
                    // (The one summoned hears it: "summoned *China's* ambassador to protest".)
                    c.recipient.extend(mentions_of(tree, c, p, 0).into_iter().filter(|m| !ms.contains(m)));
                    c.actor.extend(ms);
                } else if modified.is_empty() && infinitival && plan {
                    // ("a plan *by India* to ease …": the agent after "by" has it too.)
                    let owner =
                        |k: usize| tree.rel[k] == "nmod:poss" || (tree.base(k) == "nmod" && tree.case_of(s, k).as_deref() == Some("by"));
                    let holders: Vec<usize> =
                        tree.children[p].iter().copied().filter(|&k| owner(k)).flat_map(|k| mentions_of(tree, c, k, 0)).collect();
                    let holders = if holders.is_empty() && tree.base(p) == "obj" {
                        tree.parent[p].map_or_else(Vec::new, |g| tree.kids(g, "nsubj").flat_map(|k| mentions_of(tree, c, k, 0)).collect())
                    } else {
                        holders
                    };
                    c.actor.extend(holders);
                } else if modified.is_empty() && comma_participle(tree, s, cur) && tree.base(p) == "obl" {
                    // "launched exercises on *Thursday*, *sending* warships …": a participle
                    // after a comma that the parser hung on an oblique naming no party (a date,
                    // a place) goes on with the clause it follows, done by its subject.
                    // (The nearest verb above with a subject: "began *exercises*" may be one.)
                    let verb = std::iter::successors(Some(p), |&k| tree.parent[k])
                        .take(5)
                        .find(|&k| s.upos_at(k) == "VERB" && tree.kids(k, "nsubj").next().is_some());
                    let doers: Vec<usize> =
                        verb.into_iter().flat_map(|v| tree.kids(v, "nsubj")).flat_map(|k| mentions_of(tree, c, k, 0)).collect();
                    c.actor.extend(doers);
                } else {
                    // ("accused *the army* of bombing": a charge's doer is the one charged, even
                    // when that noun names no party — never the accuser.)
                    let charge = tree.base(p) == "obj"
                        && tree.parent[p].is_some_and(|g| accusing(s, g))
                        && tree.kids(cur, "mark").any(|k| role_word_any_case(s.words[k], RoleClass::ReasonMark));
                    // (A party named deeper in the noun's phrase, "*Syrian* government forces",
                    // is left to the fallback.)
                    let named_inside = (0..cur).any(|k| tree.dominates(p, k) && c.mention_at(k).is_some());
                    c.unnamed_actor |= modified.is_empty() && charge && !named_inside;
                    c.actor.extend(modified);
                }
            }
            break;
        }
        if !climb {
            break;
        }
        // Object control: "invited *Putin* to visit Tehran", "urged *Iran* to withdraw", "called
        // on *the Council* to impose sanctions" (the infinitive often parsed as a side clause)
        // — the one asked is who would do it.
        let infinitive = tree.base(cur) == "advcl" && tree.children[cur].iter().any(|&k| tree.base(k) == "mark" && s.words[k] == "to");
        if tree.base(cur) == "xcomp" || infinitive {
            // (An infinitive of purpose is no control: "sending *troops* to support the rebels".)
            let control = role_word(&light, RoleClass::ControlVerb);
            let asked = |k: usize| {
                (matches!(tree.rel[k], "obj" | "iobj") && (!infinitive || control))
                    || (tree.base(k) == "obl" && tree.case_of(s, k).is_some_and(|w| role_word(&w, RoleClass::ControlPrep)))
            };
            let asked_args: Vec<usize> = tree.children[p].iter().copied().filter(|&k| asked(k)).collect();
            let objects: Vec<usize> = asked_args.iter().flat_map(|&k| mentions_of(tree, c, k, 0)).collect();
            // ("would not allow *its industry* to be destroyed by overcapacity": the one a passive
            // infinitive is asked of suffers it; its doer is the agent, or unsaid.)
            if !objects.is_empty() && passive && cur == h {
                for m in objects {
                    if !c.recipient.contains(&m) {
                        c.recipient.push(m);
                    }
                }
                c.unnamed_actor = true;
                break;
            }
            if !objects.is_empty() {
                c.actor.extend(objects);
                break;
            }
            // "called on *both sides* to allow aid", "urged *member states* to arrest": the one
            // asked is unnamed, not the asker. (Not "urged on *Friday* to …": a name or a date
            // is no unnamed party.)
            if (infinitive || control) && asked_args.iter().any(|&k| s.upos_at(k) == "NOUN") {
                c.unnamed_actor = true;
                break;
            }
        }
        for &k in &tree.children[p] {
            match tree.rel[k] {
                // ("…, *state television* reported, blaming X": a reporter naming no party leaves
                // the borrowed act's doer unsaid; the nearest name is someone else.)
                // ("*The package* also bans … and *freezes* the assets of Russian officials": a
                // conjunct's shared subject that names no party anywhere in it is a thing or an
                // unnamed someone, not the party named nearest.)
                "nsubj"
                    if (tree.base(cur) == "xcomp"
                        && crate::Lexicon::embedded().is_cue_word(&light, crate::lexicon::CueKind::Report)
                        && matches!(s.upos_at(k), "NOUN" | "PROPN"))
                        || (tree.base(cur) == "conj"
                            && s.upos_at(k) == "NOUN"
                            && !c.mentions.iter().any(|m| m.tokens.clone().any(|t| tree.dominates(k, t)))) =>
                {
                    let ms = mentions_of(tree, c, k, 0);
                    c.unnamed_actor |= ms.is_empty();
                    c.actor.extend(ms);
                }
                "nsubj" => c.actor.extend(mentions_of(tree, c, k, 0)),
                // "Kosovo, Serbia leaders fail to agree": a headline's list of subjects, its first
                // name read as a vocative of the governing verb (as `roles.rs` reads it on the
                // trigger itself).
                "vocative" if k < p && tree.kids(p, "nsubj").next().is_some() => c.actor.extend(mentions_of(tree, c, k, 0)),
                // "He *is scheduled* to hold talks", "was forced to resign": the passive subject
                // of the governing verb does what its infinitive says.
                // (A passive subject with no passive auxiliary is the parser's mistake for the
                // subject, shared by a conjunct: "troops *had cleaned* the palace and *seized*
                // weapons".)
                "nsubj:pass" if tree.base(cur) == "xcomp" || (tree.base(cur) == "conj" && tree.kids(p, "aux:pass").next().is_none()) => {
                    c.actor.extend(mentions_of(tree, c, k, 0))
                }
                // (Not "by" after an active verb joined to one with a subject: "summoned the
                // envoy and *handed* her a note … *by* Sweden's minister".)
                _ if tree.is_agent(s, k) && !(tree.base(p) == "conj" && tree.kids(p, "aux:pass").next().is_none()) => {
                    c.actor.extend(mentions_of(tree, c, k, 0))
                }
                _ => {}
            }
        }
        cur = p;
    }
}

/// Whether an act of this type is done by saying it (a request, an accusation, a threat, an
/// offer or a refusal), so that one weighed is usually someone else's.
fn said_act(t: PloverType) -> bool {
    matches!(t, PloverType::Request | PloverType::Accuse | PloverType::Threaten | PloverType::Agree | PloverType::Reject)
}

/// Whether the verb at `g` accuses (an ACCUSE verb of the trigger lexicon: "accused", "blamed").
fn accusing(s: &SentenceView, g: usize) -> bool {
    let lex = crate::Lexicon::embedded();
    lex.entries_starting(&crate::lemma(s.words[g], s.upos_at(g))).iter().any(|&e| {
        let entry = &lex.entries[e];
        entry.words.len() == 1 && entry.pos == crate::lexicon::TriggerPos::Verb && entry.event_type == PloverType::Accuse
    })
}

/// An active participle right after a comma, parsed as modifying the noun before it.
fn comma_participle(tree: &Tree, s: &SentenceView, k: usize) -> bool {
    tree.rel[k] == "acl" && k > 0 && s.words[k - 1] == "," && s.upos_at(k) == "VERB" && s.words[k].ends_with("ing")
}

/// An active participle right after a comma with no subject, auxiliary or marker of its own.
fn trailing_participle(tree: &Tree, s: &SentenceView, k: usize) -> bool {
    k > 0
        && s.words[k - 1] == ","
        && s.upos_at(k) == "VERB"
        && s.words[k].ends_with("ing")
        && !tree.children[k].iter().any(|&x| matches!(tree.base(x), "nsubj" | "csubj" | "expl" | "aux" | "mark"))
}

/// "Morales, who is *under investigation*", "came *under attack*": the one standing under a
/// noun of harm (its case word in role class `undergone_prep`) suffers it; only what the noun's
/// own phrase names did it ("under *Soviet* occupation", "under attack *by* X"). One put there
/// ("placed him under arrest") is the one it is done to.
pub(crate) fn undergone(s: &SentenceView, tree: &Tree, trig: &TriggerMatch, c: &mut Collect) {
    let h = trig.head;
    let harm = matches!(
        trig.event_type,
        PloverType::Assault | PloverType::Coerce | PloverType::Sanction | PloverType::Accuse | PloverType::Threaten
    );
    let case_in = |k: usize, class: RoleClass| tree.case_of(s, k).is_some_and(|w| role_word(&w, class));
    if !harm || !case_in(h, RoleClass::UndergonePrep) {
        return;
    }
    let governor = tree.parent[h].filter(|_| tree.base(h) == "obl");
    let mut sufferers: Vec<usize> = match governor.and_then(|v| tree.kids(v, "obj").next()) {
        Some(o) => mentions_of(tree, c, o, 0),
        None => governor.into_iter().flat_map(|v| tree.kids(v, "nsubj")).flat_map(|k| mentions_of(tree, c, k, 0)).collect(),
    };
    let subjects: Vec<usize> = tree.kids(h, "nsubj").collect();
    let own_phrase =
        |m: usize| c.mentions[m].tokens.clone().all(|t| tree.dominates(h, t) && !subjects.iter().any(|&k| tree.dominates(k, t)));
    let (doers, named_outside): (Vec<usize>, Vec<usize>) = c.actor.iter().partition(|&&m| own_phrase(m));
    sufferers.extend(named_outside);
    c.actor = doers;
    // ("came under fire *from* Russian troops", wherever the parser hung it: whoever the phrase
    // names, taken for a target, did it.)
    let source = |k: usize| tree.is_agent(s, k) || case_in(k, RoleClass::HarmSource);
    let sources: Vec<usize> = std::iter::once(h)
        .chain(governor)
        .flat_map(|v| tree.children[v].iter().copied())
        .filter(|&k| source(k))
        .flat_map(|k| mentions_of(tree, c, k, 0))
        .collect();
    c.recipient.retain(|m| !sources.contains(m));
    for m in sources {
        if !c.actor.contains(&m) {
            c.actor.push(m);
        }
    }
    for m in sufferers {
        if !c.recipient.contains(&m) && !c.actor.contains(&m) {
            c.recipient.push(m);
        }
    }
    c.unnamed_actor = c.actor.is_empty();
}
