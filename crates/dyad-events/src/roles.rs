//! Actor / recipient / location assignment for a trigger.

use crate::denote::mentions_of;
use crate::lexicon::{role_word, RoleClass};
use crate::tree::Tree;
use crate::triggers::{Lemmas, TriggerMatch};
use crate::{Flags, Mention, MentionKind, PloverType, SentenceView, TriggerPos};

/// Roles of one event, as the caller's actor indices ([`Mention::actor`]), each listed once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roles {
    pub actor: Vec<usize>,
    pub recipient: Vec<usize>,
    pub location: Option<usize>,
}

/// Roles as they are gathered, as indices into `mentions`.
pub(crate) struct Collect<'m> {
    pub mentions: &'m [Mention],
    pub words: &'m [&'m str],
    pub actor: Vec<usize>,
    pub recipient: Vec<usize>,
    pub location: Option<usize>,
    /// The parse names the doer as someone unnamed ("called on *both sides* to allow aid"):
    /// no guess from the words around.
    pub unnamed_actor: bool,
    /// Whom a reciprocal fight verb is aimed at ("fought *the army*"): kept apart from the
    /// parties a reciprocal trigger joins into its actor.
    pub targets: Vec<usize>,
}

impl<'m> Collect<'m> {
    pub(crate) fn new(mentions: &'m [Mention], words: &'m [&'m str]) -> Self {
        Collect { mentions, words, actor: Vec::new(), recipient: Vec::new(), location: None, unnamed_actor: false, targets: Vec::new() }
    }
}

impl Collect<'_> {
    pub fn mention_at(&self, tok: usize) -> Option<usize> {
        self.mentions.iter().position(|m| m.tokens.contains(&tok))
    }
}

pub(crate) fn is_nominal(s: &SentenceView, trig: &TriggerMatch) -> bool {
    match s.upos_at(trig.head) {
        "NOUN" | "PROPN" => true,
        "" | "X" => trig.pos == TriggerPos::Noun,
        _ => false,
    }
}

fn parse_roles(s: &SentenceView, tree: &Tree, trig: &TriggerMatch, c: &mut Collect) {
    let h = trig.head;
    let flags = trig.flags;
    // A clause has one subject: without a passive auxiliary, a passive subject beside an
    // active one is a misparse of the subject's own words ("IAEA *chief* Rafael Grossi
    // called on …"), not a recipient.
    let has = |rels: &[&str]| tree.children[h].iter().any(|&k| rels.contains(&tree.rel[k]));
    let nominal = is_nominal(s, trig);
    let patient_noun = || {
        role_word(&crate::lemma(s.words[h], s.upos_at(h)), RoleClass::PatientNoun)
            && !tree.children[h].iter().any(|&k| tree.base(k) == "nmod" && tree.case_of(s, k).as_deref() == Some("of"))
    };
    // A verb in -ing is never passive ("the UN *is deploying* troops" parsed as "is" aux:pass):
    // its passive subject is the parser's mistake for the subject.
    let gerund = !nominal && s.words[h].len() > 4 && s.words[h].to_ascii_lowercase().ends_with("ing");
    let active_subject = (has(&["nsubj", "csubj"]) && !has(&["aux:pass"])) || (gerund && has(&["nsubj:pass"]));
    let passive = !active_subject && has(&["nsubj:pass", "aux:pass", "csubj:pass"]);
    // "The man *was arrested* in 2023 *and accused* of spying": a participle joined to a passive
    // verb, with no subject or auxiliary of its own, shares the passive — done to the passive
    // subject by someone unsaid.
    let parent = tree.parent[h];
    // (A participle with an object is active: "announced he was boycotting the talks and
    // *accused Pakistan*".)
    // (Nor a phrasal verb without an agent, active with its particle: "was horrified … and
    // *called on* X"; "was found and *handed over by* the Taliban" stays passive.)
    let shared_passive = !nominal
        && (trig.matched.len() == 1 || tree.children[h].iter().any(|&k| tree.is_agent(s, k)))
        && tree.base(h) == "conj"
        && s.words[h].ends_with("ed")
        && !has(&["nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "cop", "obj"])
        && parent.is_some_and(|p| tree.children[p].iter().any(|&k| tree.rel[k] == "aux:pass"));
    if let Some(p) = parent.filter(|_| shared_passive) {
        for k in tree.kids(p, "nsubj:pass") {
            c.recipient.extend(mentions_of(tree, c, k, 0));
        }
        // ("handed over *by the Taliban* to …": its own agent, else the one it shares: "were
        // detained *by Iranian authorities* and charged".)
        let agents = |v: usize| tree.children[v].iter().copied().filter(|&k| tree.is_agent(s, k)).collect::<Vec<usize>>();
        for k in agents(h) {
            c.actor.extend(mentions_of(tree, c, k, 0));
        }
        if c.actor.is_empty() {
            for k in agents(p) {
                c.actor.extend(mentions_of(tree, c, k, 0));
            }
        }
        c.unnamed_actor = c.actor.is_empty();
        return;
    }
    // Reciprocal parties from with/between: added after the subject has been looked for.
    let mut partners: Vec<usize> = Vec::new();
    // Whom one fights, of a reciprocal fight verb: "vowed to *fight the PKK*", "fought *against*
    // the army" have a target, as "attacked" has ("fighting *between* X and Y" has parties).
    let fight = trig.flags.has(Flags::RECIPROCAL) && trig.event_type == PloverType::Assault && !nominal;
    let mut nodes: Vec<usize> = trig.matched.clone();
    if !nodes.contains(&h) {
        nodes.push(h);
    }
    for &node in &nodes {
        for &k in &tree.children[node] {
            if nodes.contains(&k) && k != node {
                continue;
            }
            let rel = tree.rel[k];
            // The noun of a phrase names its target: "expelled *Russian* diplomats".
            if node != h && matches!(rel, "amod" | "compound" | "nmod:poss") {
                c.recipient.extend(mentions_of(tree, c, k, 0));
                continue;
            }
            // "a *Russian* attack", "*Russian-Ukrainian* talks": a demonym on a noun trigger
            // is its actor (not for sanctions: "*Russian* sanctions" are usually on Russia).
            if node == h && nominal && matches!(rel, "amod" | "compound") && trig.event_type != PloverType::Sanction {
                if let Some(m) = c.mention_at(k).filter(|&m| c.mentions[m].kind != MentionKind::Place) {
                    c.actor.push(m);
                }
                continue;
            }
            if node == h
                && nominal
                && matches!(tree.base(k), "nmod")
                && tree.rel[k] != "nmod:poss"
                && tree.case_of(s, k).as_deref() == Some("of")
            {
                // "the visit *of* X": the visitor; "the killing *of* X": the victim.
                let ms = mentions_of(tree, c, k, 0);
                match trig.event_type {
                    PloverType::Consult => c.actor.extend(ms),
                    PloverType::Assault | PloverType::Coerce | PloverType::Retreat | PloverType::Sanction => c.recipient.extend(ms),
                    _ => {}
                }
                continue;
            }
            match rel {
                // A subject beside a passive auxiliary is the passive subject misparsed ("Ana
                // Rivas, who *was arrested*": both name the one arrested).
                "nsubj" if node == h && has(&["aux:pass"]) && !gerund => c.recipient.extend(mentions_of(tree, c, k, 0)),
                "nsubj" | "csubj" => c.actor.extend(mentions_of(tree, c, k, 0)),
                // "China, Iran vow to …": a headline's list of subjects, its first name read
                // as a vocative.
                "vocative" if node == h && k < h && has(&["nsubj"]) => c.actor.extend(mentions_of(tree, c, k, 0)),
                "nsubj:pass" if node == h && gerund => c.actor.extend(mentions_of(tree, c, k, 0)),
                // ("after *his* release", "*Navalny's* arrest": the possessor of a noun of what is
                // suffered, without an "of" naming who suffered it, is the one who suffered it.)
                "nmod:poss" if node == h && nominal && patient_noun() => c.recipient.extend(mentions_of(tree, c, k, 0)),
                "nmod:poss" => c.actor.extend(mentions_of(tree, c, k, 0)),
                "obl:agent" => c.actor.extend(mentions_of(tree, c, k, 0)),
                "nsubj:pass" if !active_subject => c.recipient.extend(mentions_of(tree, c, k, 0)),
                "obj" if flags.has(Flags::TOPIC_OBJ) => {}
                "obj" if fight && node == h => {
                    let ms = mentions_of(tree, c, k, 0);
                    c.targets.extend(ms.iter().copied());
                    c.recipient.extend(ms);
                }
                "obj" | "iobj" if flags.has(Flags::RECIPIENT_OBJ) || flags.has(Flags::RECIPROCAL) => {
                    c.recipient.extend(mentions_of(tree, c, k, 0))
                }
                _ if matches!(tree.base(k), "obl" | "nmod" | "obj") => {
                    let prep = tree.case_of(s, k).unwrap_or_default();
                    let ms = mentions_of(tree, c, k, 0);
                    let place = ms.first().map(|&m| c.mentions[m].kind == MentionKind::Place);
                    if prep == "by" {
                        // Only a passive or a noun has its agent after "by": "condemned the
                        // violence *by peacekeepers*" misattached to the verb is no agent; nor
                        // is the agent of the deed a noun is "of", misattached to the noun.
                        if nominal && node == h && crate::target::agent_of_deed_it_is_of(s, tree, c, h, k) {
                            if matches!(trig.event_type, PloverType::Accuse | PloverType::Reject) {
                                c.recipient.extend(ms);
                            }
                        } else if passive || nominal || node != h {
                            c.actor.extend(ms);
                        } else if matches!(trig.event_type, PloverType::Accuse | PloverType::Reject)
                            && tree.kids(h, "obj").any(|o| mentions_of(tree, c, o, 0).is_empty())
                        {
                            // … but that agent is whom the condemnation is aimed at ("condemned
                            // what it called aggressive actions *by China*").
                            c.recipient.extend(ms);
                        }
                    } else if crate::target::neighbour_phrase(s, tree, k) && !crate::target::closes_boundary(tree, trig, k) {
                        // "near the border *with Mali*": a neighbour, not a party.
                    } else if matches!(prep.as_str(), "with" | "between" | "among" | "alongside") {
                        if flags.has(Flags::RECIPROCAL) {
                            partners.extend(ms);
                            // "talks with *his* Egyptian counterpart (X)": his too.
                            let titles = std::iter::once(k).chain(tree.children[k].iter().copied());
                            for t in titles.filter(|&t| role_word(&s.words[t].to_lowercase(), RoleClass::Counterpart)) {
                                for p in tree.kids(t, "nmod:poss") {
                                    partners.extend(c.mention_at(p));
                                }
                            }
                        } else {
                            c.recipient.extend(ms);
                        }
                    } else if place == Some(true) && role_word(&prep, RoleClass::LocationPrep) {
                        if c.location.is_none() {
                            c.location = ms.first().copied();
                        }
                        if let Some(a) = apposed_object(tree, trig, k).filter(|_| node == h) {
                            let within = |m: &Mention| m.tokens.start >= a && m.tokens.clone().all(|t| tree.dominates(k, t));
                            let named = |kind: MentionKind| c.mentions.iter().position(|m| m.kind == kind && within(m));
                            c.recipient.extend(
                                named(MentionKind::Person)
                                    .or_else(|| c.mentions.iter().position(|m| m.kind != MentionKind::Place && within(m))),
                            );
                        }
                    } else if flags.has(Flags::RECIPROCAL)
                        && (matches!(prep.as_str(), "on" | "upon" | "about" | "over" | "regarding")
                            || (prep == "against"
                                && matches!(trig.event_type, PloverType::Consult | PloverType::Agree | PloverType::Cooperate)))
                    {
                        // "talks on Libya": the topic is not a party; nor is the target of what a
                        // meeting discusses ("met to discuss sanctions *against Russia*"), though
                        // one fights against a party.
                    } else if flags.has(Flags::RECIPROCAL)
                        && prep == "to"
                        && ms.first().is_some_and(|&m| c.mentions[m].kind == MentionKind::State)
                    {
                        // "met him … after his visit *to Belarus*": a state after "to" is where
                        // someone went, not who met (one talks *to* people, not to countries).
                    } else if fight && node == h && prep == "against" {
                        c.targets.extend(ms.iter().copied());
                        c.recipient.extend(ms);
                    } else if role_word(&prep, RoleClass::RecipientPrep)
                        || (role_word(&prep, RoleClass::BeneficiaryPrep)
                            && matches!(trig.event_type, PloverType::Support | PloverType::Aid)
                            // (After it: "*For his part*, X welcomed" is no beneficiary.)
                            && k > trig.head)
                    {
                        c.recipient.extend(ms);
                    }
                }
                _ => {}
            }
        }
    }
    // "called on *Israel* to allow …" parsed with the one called on as the subject of the
    // infinitive: right after the trigger, it is the recipient.
    let objectless = !tree.children[h].iter().any(|&k| matches!(tree.base(k), "obj" | "iobj"));
    if flags.has(Flags::RECIPIENT_OBJ) && !nominal && objectless && c.recipient.is_empty() && !c.actor.is_empty() {
        for v in tree.children[h].iter().copied().filter(|&v| matches!(tree.base(v), "advcl" | "xcomp" | "ccomp")) {
            let infinitive = tree.is_infinitive(s, v);
            if let Some(k) = tree
                .kids(v, "nsubj")
                .find(|&k| infinitive && c.mention_at(k).is_some_and(|m| c.mentions[m].tokens.start == trig.tokens.end))
            {
                c.recipient.extend(mentions_of(tree, c, k, 0));
            }
        }
    }
    // "suspended their attacks *on X*": the parser hangs the target on the verb whose object
    // the noun trigger is; "on"/"against" there still names the noun's target.
    // (Talks, deals and cooperation "on X" are about X.)
    let about = flags.has(Flags::RECIPROCAL)
        || matches!(trig.event_type, PloverType::Consult | PloverType::Agree | PloverType::Support | PloverType::Cooperate);
    if let Some(p) = tree.parent[h].filter(|_| nominal && !about && tree.base(h) == "obj") {
        let light = crate::lemma(s.words[p], s.upos_at(p));
        if role_word(&light, RoleClass::LightVerb) || role_word(&light, RoleClass::Cessation) {
            for &k in &tree.children[p] {
                let targeted = tree.base(k) == "obl" && matches!(tree.case_of(s, k).as_deref(), Some("on" | "against"));
                if targeted && k > h {
                    c.recipient.extend(mentions_of(tree, c, k, 0));
                }
            }
            // "handed *him* a note of protest over the closure of the Russian consulate": the one
            // it is handed to is its recipient, not a party to what it is about.
            let handed: Vec<usize> = tree.kids(p, "iobj").flat_map(|k| mentions_of(tree, c, k, 0)).collect();
            if !handed.is_empty() {
                c.recipient = handed;
            }
        }
    }
    // "Protesters gathered … but *were dispersed by police*": a passive with its agent, joined
    // to the verb of a clause before it and without a subject of its own, was done to that
    // clause's named subject. (Only with an agent: an adjectival passive, "takes … and *is
    // committed* to", is the subject's own stance.)
    let agent =
        tree.children[h].iter().any(|&k| tree.is_agent(s, k) || (tree.base(k) == "obl" && tree.case_of(s, k).as_deref() == Some("by")));
    if passive && agent && !nominal && tree.base(h) == "conj" && !has(&["nsubj:pass", "csubj:pass"]) {
        if let Some(p) = tree.parent[h].filter(|&p| p < h && s.upos_at(p) == "VERB") {
            for k in tree.kids(p, "nsubj") {
                if let Some(m) = c.mention_at(k).filter(|m| !c.actor.contains(m)) {
                    c.recipient.push(m);
                }
            }
        }
    }
    // A noun trigger or a controlled verb borrows the subject of the word it hangs on:
    // "Russia *held* talks", "Iran *agreed* to withdraw", "X attacked and *killed* Y", "X
    // *halted* the fighting".
    crate::borrow::borrow_subject(s, tree, trig, c, nominal, passive);
    crate::borrow::undergone(s, tree, trig, c);
    crate::target::targeted_after_noun(s, tree, trig, c);
    // "companies *it accused* of buying oil": a relative clause with a subject of its own acts
    // on the noun it modifies.
    if let Some(p) = tree.parent[h].filter(|_| tree.rel[h] == "acl:relcl" && !nominal && !passive) {
        if flags.has(Flags::RECIPIENT_OBJ) && tree.kids(h, "nsubj").next().is_some() && tree.kids(h, "obj").next().is_none() {
            for m in mentions_of(tree, c, p, 0) {
                if !c.recipient.contains(&m) && !c.actor.contains(&m) {
                    c.recipient.push(m);
                }
            }
        }
    }
    c.actor.extend(partners);
    if nominal && c.actor.is_empty() {
        // "manoeuvres in which X participated", "exercises involving X"; "the rally, *organised by
        // the opposition*": the agent of a participle on the noun.
        for &k in &tree.children[h] {
            if !tree.rel[k].starts_with("acl") {
                continue;
            }
            if tree.rel[k] == "acl"
                && s.upos_at(k) == "VERB"
                && k > h
                && k <= h + 2
                && role_word(&crate::lemma(s.words[k], "VERB"), RoleClass::Agentive)
            {
                // (Right after the noun, its agent right after it: "the arrests *led to* many calls
                // *by* citizens" names no leader.)
                let first = |x: usize| (0..x).find(|&j| tree.dominates(x, j)).unwrap_or(x);
                for x in tree.children[k].iter().copied().filter(|&x| tree.is_agent(s, x) && first(x) <= k + 3) {
                    c.actor.extend(mentions_of(tree, c, x, 0));
                }
            }
            let l = crate::lemma(s.words[k], s.upos_at(k));
            if matches!(l.as_ref(), "participate" | "take" | "join" | "involve" | "include") {
                for &x in &tree.children[k] {
                    let r = tree.rel[x];
                    if r == "nsubj" || (r == "obj" && matches!(l.as_ref(), "involve" | "include")) {
                        c.actor.extend(mentions_of(tree, c, x, 0));
                    }
                }
            }
        }
    }
    if nominal && trig.mode.as_deref() == Some("visit") && c.recipient.is_empty() {
        // "his visit *to Belarus*" with "to Belarus" attached elsewhere by the parser: a
        // state right after the visit's "to" is its host.
        let after = trig.tokens.end;
        if s.words.get(after).is_some_and(|w| w.eq_ignore_ascii_case("to")) {
            if let Some(m) = c.mention_at(after + 1).filter(|&m| c.mentions[m].kind == MentionKind::State) {
                c.recipient.push(m);
            }
        }
    }
    if nominal && trig.mode.as_deref() == Some("visit") && !c.actor.is_empty() && c.recipient.is_empty() {
        // "X was at the forefront of … upon his arrival", "X welcomed … on her visit": the
        // subject of the clause a visit noun is adverbial to is the host.
        if matches!(tree.case_of(s, h).as_deref(), Some("upon" | "on" | "during")) {
            let host = c
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.tokens.end <= trig.tokens.start && m.kind != MentionKind::Place)
                .map(|(i, _)| i)
                .next();
            if let Some(m) = host {
                let actor_ids: Vec<usize> = c.actor.iter().map(|&a| c.mentions[a].actor).collect();
                if !actor_ids.contains(&c.mentions[m].actor) {
                    c.recipient.push(m);
                }
            }
        }
    }
    if trig.flags.has(Flags::RECIPROCAL) {
        crate::roles_linear::parties_in_stretch(s, tree, trig, c);
    }
    if passive {
        // In a passive, an agent can also surface as a plain obl with "by".
        for k in tree.children[h].iter().copied() {
            if tree.base(k) == "obl" && tree.case_of(s, k).as_deref() == Some("by") {
                let ms = mentions_of(tree, c, k, 0);
                c.actor.extend(ms);
            }
        }
    }
}

fn dedup_actors(mentions: &[Mention], ms: &[usize]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for &m in ms {
        if let Some(x) = mentions.get(m) {
            if !out.contains(&x.actor) {
                out.push(x.actor);
            }
        }
    }
    out
}

/// Actor, recipient and location of `trig` among `mentions`. Uses the dependency parse
/// when it is present and well-formed, otherwise (or to fill a missing actor) the
/// nearest mentions left and right of the trigger within its clause. Reciprocal triggers
/// (meetings, talks, clashes) put every party in `actor`.
pub fn assign_roles(s: &SentenceView, trig: &TriggerMatch, mentions: &[Mention]) -> Roles {
    let n = s.len();
    if n == 0 || trig.tokens.end > n || trig.head >= n || trig.matched.iter().any(|&k| k >= n) {
        return Roles::default();
    }
    let mentions_ok: Vec<Mention> = mentions.iter().filter(|m| m.tokens.start < m.tokens.end && m.tokens.end <= n).cloned().collect();
    let lm = Lemmas::new(s);
    let mut c = Collect::new(&mentions_ok, s.words);
    let place = |m: &usize| mentions_ok[*m].kind == MentionKind::Place;
    // What the words around the trigger suggest, for a parse that names no doer.
    let linear_guess = || {
        let mut lin = Collect::new(&mentions_ok, s.words);
        crate::roles_linear::linear_roles(s, &lm, trig, &mut lin);
        lin
    };
    let tree = Tree::new(s);
    if let Some(tree) = &tree {
        parse_roles(s, tree, trig, &mut c);
        // "any company *that helps* Iran": a relative clause's subject is its antecedent, an
        // actor or nobody; the nearest name to the left is someone else.
        let reported_passive = !is_nominal(s, trig)
            && tree.children[trig.head].iter().any(|&k| tree.rel[k] == "aux:pass")
            && crate::modal::reported_clause(tree, &lm, crate::Lexicon::embedded(), trig.head);
        if tree.is_pronoun_relative(s, trig.head) {
            // Parse roles only.
        } else if reported_passive && c.actor.is_empty() && c.recipient.is_empty() {
            // "The union said five *were arrested*": a reported passive whose subject names no
            // party leaves its agent unsaid; the nearest name to the left is the source.
        } else if c.actor.is_empty()
            && c.recipient.is_empty()
            && !is_nominal(s, trig)
            && tree.base(trig.head) == "conj"
            && tree.kids(trig.head, "nsubj:pass").next().is_some()
        {
            // "Two soldiers were killed and *three others wounded*": a passive joined to a
            // clause before it, whose subject names no party and which has no agent, leaves its
            // doer unsaid; the nearest name to the left belongs to that other clause. (Whom it
            // was done to may still be guessed.)
            let lin = linear_guess();
            c.recipient = lin.recipient;
            c.location = lin.location;
            c.unnamed_actor = true;
        } else if c.actor.is_empty() && c.recipient.is_empty() && !c.unnamed_actor {
            crate::roles_linear::linear_roles(s, &lm, trig, &mut c);
        } else if c.actor.is_empty() && c.recipient.is_empty() && c.location.is_none() && !is_nominal(s, trig) {
            // A deed by someone unnamed ("A rocket hit a market in Dnipro, *injuring* four
            // people") still happened where the sentence says.
            // (A place it would have guessed as a party is where: "a market in the city *of* X".)
            let lin = linear_guess();
            c.location = lin.location.or_else(|| lin.recipient.iter().chain(&lin.actor).copied().find(place));
        } else if c.actor.is_empty()
            && !c.unnamed_actor
            && !is_nominal(s, trig)
            && !tree.children[trig.head].iter().any(|&k| matches!(tree.rel[k], "nsubj:pass" | "aux:pass"))
            && matches!(tree.base(trig.head), "root" | "conj" | "ccomp" | "xcomp" | "advcl" | "parataxis")
        {
            // A clausal trigger whose subject the parser missed; a nominal trigger that is
            // an argument of some other verb ("condemned the attack") gets no guess, nor does
            // a passive, whose agent is often left unsaid ("a deal will be agreed with X").
            let lin = linear_guess();
            let rec = c.recipient.clone();
            c.actor.extend(lin.actor.into_iter().filter(|m| !rec.contains(m)));
        }
        // ("Lebanese state media reported that *the strike* wounded three": whoever reports a
        // clause about a deed named by a noun, or done by a noun that names no party, is its
        // source, not its doer; "X said he would resign" is still X's own.)
        let names_party = |k: usize| c.mentions.iter().any(|m| m.tokens.clone().any(|t| t == k || tree.dominates(k, t)));
        // ("Mali's leader announced that *his government* will help": a possessive pronoun
        // makes it the reporter's own.)
        let owned = |k: usize| tree.kids(k, "nmod:poss").any(|o| s.upos_at(o) == "PRON");
        let unnamed_subject =
            tree.kids(trig.head, "nsubj").any(|k| matches!(s.upos_at(k), "NOUN" | "PROPN") && !names_party(k) && !owned(k));
        let reported = (is_nominal(s, trig) || unnamed_subject)
            .then(|| crate::modal::reporting_verb(tree, &lm, crate::Lexicon::embedded(), trig.head));
        if let Some(v) = reported.flatten() {
            let reporters: Vec<usize> = tree.kids(v, "nsubj").flat_map(|k| mentions_of(tree, &c, k, 0)).collect();
            c.actor.retain(|m| !reporters.contains(m));
        }
    } else {
        crate::roles_linear::linear_roles(s, &lm, trig, &mut c);
    }
    if c.location.is_none() {
        c.location = crate::roles_linear::location_after(s, &c, trig, tree.as_ref());
    }
    if let Some(tree) = tree.as_ref().filter(|_| !trig.flags.has(Flags::RECIPROCAL) && !trig.flags.has(Flags::HOST)) {
        let unnamed_addressee = crate::target::unnamed_addressee(s, tree, trig, &c);
        if !c.actor.is_empty() && c.recipient.iter().all(place) && !unnamed_addressee {
            let actors: Vec<usize> = c.actor.iter().map(|&m| mentions_ok[m].actor).collect();
            let conditioned = (trig.event_type == PloverType::Threaten)
                .then(|| crate::target::conditioned_party(s, tree, trig, &mentions_ok, &actors))
                .flatten();
            // (A condition naming no one: the threatened party is unnamed, and whoever the
            // threat says will act is not it.)
            let found: Vec<usize> = match conditioned {
                Some(parties) if !parties.is_empty() => parties,
                Some(_) => {
                    let mut exclude = actors.clone();
                    exclude.extend(crate::target::announced_doers(tree, trig, &mentions_ok));
                    crate::target::first_in_phrase(s, tree, trig, &mentions_ok, &exclude)
                }
                None => crate::target::first_in_phrase(s, tree, trig, &mentions_ok, &actors),
            };
            c.recipient.extend(found);
        }
        // "accused *Eritrea* of massing troops and *warned* that it would respond": a warning
        // joined to a verb whose subject it shares is aimed at that verb's object.
        let h = trig.head;
        let shares_subject = tree.base(h) == "conj" && !tree.children[h].iter().any(|&k| matches!(tree.base(k), "nsubj" | "obj" | "iobj"));
        if trig.event_type == PloverType::Threaten && c.recipient.is_empty() && !c.actor.is_empty() && shares_subject {
            let p = tree.parent[h].filter(|&p| s.upos_at(p) == "VERB");
            let objects: Vec<usize> = p.into_iter().flat_map(|p| tree.kids(p, "obj")).flat_map(|o| mentions_of(tree, &c, o, 0)).collect();
            c.recipient.extend(objects.into_iter().filter(|m| !c.actor.contains(m) && !place(m)));
        }
    }
    if trig.flags.has(Flags::RECIPROCAL) {
        let rec = std::mem::take(&mut c.recipient);
        let (targets, parties): (Vec<usize>, Vec<usize>) = rec.into_iter().partition(|m| c.targets.contains(m));
        c.actor.extend(parties);
        c.recipient = targets;
    }
    // A place among named parties ("the visit of X, Benghazi, …") is where, not who.
    for side in [&mut c.actor, &mut c.recipient] {
        if side.iter().any(|m| !place(m)) {
            if let Some(&p) = side.iter().find(|m| place(m)) {
                c.location.get_or_insert(p);
            }
            side.retain(|m| !place(m));
        }
    }
    // (The guest visits even where the host is unnamed, "the president received X", "X was
    // received in Minsk"; what is received from someone is a thing: "received *threats* from",
    // "no response was received from Norway".)
    let named_guest = tree.as_ref().is_some_and(|t| crate::target::named_guest(t, trig, &c));
    if trig.flags.has(Flags::HOST) && !c.recipient.is_empty() && (!c.actor.is_empty() || named_guest) {
        std::mem::swap(&mut c.actor, &mut c.recipient);
    }
    let actor = dedup_actors(&mentions_ok, &c.actor);
    let recipient: Vec<usize> = dedup_actors(&mentions_ok, &c.recipient).into_iter().filter(|a| !actor.contains(a)).collect();
    let location = c.location.map(|m| mentions_ok[m].actor);
    Roles { actor, recipient, location }
}

/// "received *in Moscow* the Minister of Foreign Affairs of Laos X": the object of a verb that
/// takes its recipient as object, after a place `k` the parser hung it on as its apposition.
pub(crate) fn apposed_object(tree: &Tree, trig: &TriggerMatch, k: usize) -> Option<usize> {
    let h = trig.head;
    let objectless = !tree.children[h].iter().any(|&o| matches!(tree.base(o), "obj" | "ccomp" | "xcomp"));
    let on_place = tree.parent[k] == Some(h) && tree.base(k) == "obl";
    (objectless && on_place && trig.flags.has(Flags::RECIPIENT_OBJ)).then(|| tree.kids(k, "appos").find(|&a| a > k)).flatten()
}

/// Whether a noun trigger is the object (or passive subject) of a making verb. Without a
/// parse: such a verb within four tokens before it.
pub(crate) fn governed(s: &SentenceView, trig: &TriggerMatch) -> bool {
    let making = |k: usize| role_word(&crate::lemma(s.words[k], s.upos_at(k)), RoleClass::MakingVerb);
    if let Some(tree) = Tree::new(s) {
        let mut cur = trig.head;
        for _ in 0..3 {
            let Some(p) = tree.parent[cur] else { return false };
            match tree.base(cur) {
                "obj" | "nsubj" if making(p) => return true,
                "compound" | "amod" | "conj" | "nmod" => cur = p,
                _ => return false,
            }
        }
        false
    } else {
        (trig.tokens.start.saturating_sub(4)..trig.tokens.start).any(making)
    }
}
