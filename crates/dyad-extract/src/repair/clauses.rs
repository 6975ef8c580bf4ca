//! Repairs of whole clauses the parser joined wrongly: verbs joined to the wrong verb
//! ("urged X to act *and called* …", "said Y *would boycott* … *and called* …", "accused X *of
//! crossing* … *and firing* …"), a measure of time read as a subject, a reduced
//! passive relative read as the main verb, and a body before a titled person read as a second
//! subject. Each moves a head within the tree it is given; none adds or removes a word.

use dyad_events::{Mention, MentionKind};
use dyad_nlp::DepRel;

use super::mention_head;
use crate::lexicon::{Lexicon, WordClass};

/// "He urged partners to speed up deliveries *and called* for sanctions", "Kenya reiterates its
/// support for the efforts to bring about a ceasefire *and urges* …": a past-tense or
/// third-person verb the parser joined to an infinitive is a conjunct of the nearest verb
/// above it with a subject (an infinitive has no such forms), not part of what was urged.
pub(super) fn finite_conjuncts_of_infinitives(words: &[&str], upos: &[&str], heads: &mut [u32], rels: &[DepRel]) {
    let n = heads.len();
    let finite = |w: &str| w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss"));
    for v in 0..n {
        let Some(p) = (heads[v] as usize).checked_sub(1) else { continue };
        if rels[v] != DepRel::Conj
            || upos[v] != "VERB"
            || !finite(words[v])
            || v < p
            || !matches!(rels[p], DepRel::Xcomp | DepRel::Acl)
            || upos[p] != "VERB"
        {
            continue;
        }
        // (Not a passive infinitive, whose participles may be joined: "to be screened and
        // vaccinated".)
        let kid = |rel: DepRel| (0..n).find(|&k| heads[k] as usize == p + 1 && rels[k] == rel);
        let infinitive = kid(DepRel::Mark).is_some_and(|k| words[k].eq_ignore_ascii_case("to"))
            && kid(DepRel::Aux).is_none()
            && kid(DepRel::AuxPass).is_none();
        // (Only onto a verb with a subject of its own, whose conjunct it can be: the governor of
        // the infinitive, or of the noun it completes.)
        let has_subject = |g: usize| (0..n).any(|k| heads[k] as usize == g + 1 && rels[k] == DepRel::Nsubj);
        let mut g = p;
        let mut governor = None;
        for _ in 0..3 {
            let Some(up) = (heads[g] as usize).checked_sub(1) else { break };
            if upos[up] == "VERB" {
                governor = Some(up).filter(|&up| has_subject(up));
                break;
            }
            g = up;
        }
        if let Some(g) = governor.filter(|_| infinitive) {
            heads[v] = g as u32 + 1;
        }
    }
}

/// "X said the opposition *would boycott* the parliament *and called* on supporters to rally": a
/// past-tense verb cannot share an auxiliary with a bare verb, so one the parser joined to the
/// bare verb of a reported clause is the reporting verb's next act.
pub(super) fn past_conjuncts_of_modal_clauses(words: &[&str], upos: &[&str], heads: &mut [u32], rels: &[DepRel]) {
    let n = heads.len();
    let lex = Lexicon::embedded();
    for v in 0..n {
        let Some(p) = (heads[v] as usize).checked_sub(1) else { continue };
        if rels[v] != DepRel::Conj || upos[v] != "VERB" || !words[v].ends_with("ed") || v < p || upos[p] != "VERB" {
            continue;
        }
        // (Not a participle of its own, "agreed by X but *rejected by* Y", "*was killed*", nor a
        // verb with its own subject.)
        let own = |rel: DepRel| (0..n).any(|k| heads[k] as usize == v + 1 && rels[k] == rel);
        if [DepRel::Aux, DepRel::AuxPass, DepRel::Cop, DepRel::Nsubj, DepRel::NsubjPass, DepRel::OblAgent].into_iter().any(own) {
            continue;
        }
        // (Only a bare verb under a modal: "had taken up arms and had been killed" shares "had".)
        let aux = (0..p)
            .any(|k| heads[k] as usize == p + 1 && rels[k] == DepRel::Aux && lex.word_is(&words[k].to_lowercase(), WordClass::Modal))
            && !(0..p).any(|k| heads[k] as usize == p + 1 && rels[k] == DepRel::AuxPass);
        let Some(g) = (heads[p] as usize).checked_sub(1).filter(|_| rels[p] == DepRel::Ccomp && aux) else { continue };
        let reporter_subject = (0..g).any(|k| heads[k] as usize == g + 1 && rels[k] == DepRel::Nsubj);
        if upos[g] == "VERB" && reporter_subject && crate::quotes::cues::Cues::embedded().is_finite_word(words[g]) {
            heads[v] = g as u32 + 1;
        }
    }
}

/// "Two soldiers were killed *and three others wounded*": a bare participle joined to a passive
/// verb, with a subject of its own, shares the passive auxiliary; its subject suffered it (the
/// parser had made "three others" the wounders, and the killed soldiers their allies). Not a
/// participle with an auxiliary or object of its own ("were killed and rebels *have seized*").
pub(super) fn gapped_passive_conjuncts(words: &[&str], upos: &[&str], heads: &[u32], rels: &mut [DepRel]) {
    let n = heads.len();
    for v in 0..n {
        let Some(p) = (heads[v] as usize).checked_sub(1) else { continue };
        if rels[v] != DepRel::Conj || upos[v] != "VERB" || v < p {
            continue;
        }
        // (Both participles: "has been *pressing* … and the government *refused*" is active.)
        let participle = |w: &str| {
            let lower = w.to_lowercase();
            dyad_events::is_past_form(&lower) || lower.ends_with("en")
        };
        if !participle(words[v]) || !participle(words[p]) || upos[p] != "VERB" {
            continue;
        }
        // (Right after the first: "and", then only the subject's words — "were killed *and 17
        // others* injured", "*and their inhabitants* arrested"; not "he refused", nor a clause
        // further on, "was negotiated by X … in which Israel *withdrew*".)
        let subject_word = |k: usize| matches!(upos[k], "NUM" | "ADJ" | "NOUN" | "DET" | "ADV") || rels[k] == DepRel::NmodPoss;
        if v - p > 6 || rels.get(p + 1) != Some(&DepRel::Cc) || !(p + 2..v).all(subject_word) {
            continue;
        }
        let has = |g: usize, rel: DepRel| (0..n).any(|k| heads[k] as usize == g + 1 && rels[k] == rel);
        let own = [DepRel::Aux, DepRel::AuxPass, DepRel::Cop, DepRel::Obj, DepRel::NsubjPass, DepRel::OblAgent];
        if !has(p, DepRel::AuxPass) || own.into_iter().any(|rel| has(v, rel)) {
            continue;
        }
        for k in p + 1..v {
            if heads[k] as usize == v + 1 && rels[k] == DepRel::Nsubj {
                rels[k] = DepRel::NsubjPass;
            }
        }
    }
}

/// "M23 rebels *backed* by Rwanda *seized* the town": a participle with a "by" agent right
/// after its noun, read as the main verb with the next verb as its complement, is a reduced
/// relative clause of the noun; the next verb is the main one, and the noun its subject.
pub(super) fn reduced_passive_relatives(words: &[&str], upos: &[&str], heads: &mut [u32], rels: &mut [DepRel]) {
    let n = heads.len();
    let Some(v1) = (0..n).find(|&k| rels[k] == DepRel::Root) else { return };
    if upos[v1] != "VERB" || !words[v1].ends_with("ed") {
        return;
    }
    let kid = |rel: DepRel, heads: &[u32]| (0..n).find(|&k| heads[k] as usize == v1 + 1 && rels[k] == rel);
    let (Some(subject), Some(agent)) = (kid(DepRel::Nsubj, heads), kid(DepRel::OblAgent, heads)) else { return };
    // The participle follows its noun directly; the agent follows the participle.
    if subject + 1 != v1 || agent < v1 {
        return;
    }
    let Some(v2) = (agent + 1..n).find(|&k| heads[k] as usize == v1 + 1 && matches!(rels[k], DepRel::Xcomp | DepRel::Parataxis)) else {
        return;
    };
    // (Not "… backed by Rwanda *to* seize": an infinitive is a purpose, nor a joined verb.)
    let marked = (0..n).any(|k| heads[k] as usize == v2 + 1 && matches!(rels[k], DepRel::Mark | DepRel::Cc | DepRel::Aux));
    if upos[v2] != "VERB" || marked {
        return;
    }
    // What hung on the participle after the second verb is the second verb's.
    for h in heads.iter_mut().skip(v2 + 1) {
        if *h as usize == v1 + 1 {
            *h = v2 as u32 + 1;
        }
    }
    heads[v2] = 0;
    rels[v2] = DepRel::Root;
    heads[subject] = v2 as u32 + 1;
    heads[v1] = subject as u32 + 1;
    rels[v1] = DepRel::Acl;
}

/// Headline-ese drops the passive auxiliary: "jets strike targets *after soldiers killed*",
/// "Two soldiers *killed* in attack on base". In a headline, a participle with a subject but no
/// object, auxiliary or clause of its own, as the main verb or an adverbial clause's, is a
/// passive: its subject suffered it. (Not a past that is also a base form: "hit", "cut".)
pub(crate) fn headline_participles(words: &[&str], upos: &[&str], heads: &[u32], rels: &mut [DepRel]) {
    let n = heads.len();
    for v in 0..n {
        let lower = words[v].to_lowercase();
        if upos[v] != "VERB" || !dyad_events::is_past_form(&lower) || dyad_events::is_past_or_base(&lower) {
            continue;
        }
        let kids = || (0..n).filter(move |&k| heads[k] as usize == v + 1);
        let has = |wanted: &[DepRel]| kids().any(|k| wanted.contains(&rels[k]));
        let clause = matches!(rels[v], DepRel::Root | DepRel::Advcl);
        let own = [DepRel::Obj, DepRel::Ccomp, DepRel::Xcomp, DepRel::Aux, DepRel::AuxPass, DepRel::NsubjPass, DepRel::Cop];
        if !clause || has(&own) {
            continue;
        }
        if let Some(subject) = kids().find(|&k| rels[k] == DepRel::Nsubj) {
            rels[subject] = DepRel::NsubjPass;
        }
    }
}

/// "*Poland's* Prime Minister Donald Tusk asked …", "*UN* Secretary-General Antonio Guterres
/// called …" parsed with the state or organisation and the person as two subjects of the verb:
/// the body is the title's, it does not ask.
pub(super) fn possessor_of_titled_subject(words: &[&str], heads: &mut [u32], rels: &mut [DepRel], mentions: &[Mention]) {
    let n = heads.len();
    let body = |m: &&Mention| matches!(m.kind, MentionKind::State | MentionKind::Org) && m.tokens.end + 1 < n;
    for m in mentions.iter().filter(body) {
        let k = mention_head(heads, m);
        let possessive = matches!(words[m.tokens.end], "'s" | "’s");
        if rels[k] != DepRel::Nsubj {
            continue;
        }
        let title_from = m.tokens.end + usize::from(possessive);
        let person = mentions.iter().find(|p| {
            p.kind == MentionKind::Person
                && p.tokens.start > title_from
                && (title_from..p.tokens.start).all(|j| words[j].starts_with(char::is_uppercase))
        });
        if let Some(h) = person.map(|p| mention_head(heads, p)) {
            if rels[h] == DepRel::Nsubj && heads[h] == heads[k] {
                heads[k] = h as u32 + 1;
                rels[k] = if possessive { DepRel::NmodPoss } else { DepRel::Compound };
            }
        }
    }
}

/// "The launch came *a day after* South Korea and the United States *wrapped up* a drill": a
/// measure of time before "after" read as the clause's subject, with the true subject hung on it
/// as a noun modifier ("a day after South Korea"). The name after the subordinator is the
/// subject; the measure says when.
pub(super) fn measures_of_time_read_as_subjects(words: &[&str], upos: &[&str], heads: &mut [u32], rels: &mut [DepRel]) {
    let n = heads.len();
    let lex = Lexicon::embedded();
    for t in 0..n {
        if rels[t] != DepRel::Nsubj || upos[t] != "NOUN" || !dyad_events::dates::is_time_unit(words[t]) {
            continue;
        }
        let Some(v) = (heads[t] as usize).checked_sub(1).filter(|&v| v > t && upos[v] == "VERB") else { continue };
        // (Not when the verb has a subject of its own: "Days before the election, Trump is poised …".)
        if (0..n).any(|k| k != t && heads[k] as usize == v + 1 && matches!(rels[k], DepRel::Nsubj | DepRel::NsubjPass | DepRel::Csubj)) {
            continue;
        }
        let Some(s) = (t + 1..v).find(|&k| heads[k] as usize == t + 1 && matches!(rels[k], DepRel::Nmod | DepRel::Obl)) else { continue };
        let case = (t + 1..s).find(|&k| heads[k] as usize == s + 1 && rels[k] == DepRel::Case);
        let Some(c) = case.filter(|&c| lex.word_is(words[c], WordClass::Subordinator)) else { continue };
        heads[s] = v as u32 + 1;
        rels[s] = DepRel::Nsubj;
        heads[c] = v as u32 + 1;
        rels[c] = DepRel::Mark;
        rels[t] = DepRel::OblNpmod;
    }
}

/// "accused Venezuelan soldiers *of crossing* into its territory *and firing* on a patrol": a
/// gerund after "and" that the parser joined to the finite verb
/// is a conjunct of the gerund before it, which a preposition hangs on that verb or its object
/// ("accused X *of* V-ing", "condemned X *for* V-ing", "prevented X *from* V-ing"): a finite
/// verb has no -ing conjuncts.
pub(super) fn gerunds_joined_to_the_finite_verb(words: &[&str], upos: &[&str], heads: &mut [u32], rels: &mut [DepRel]) {
    let n = heads.len();
    let gerund = |k: usize| upos[k] == "VERB" && words[k].ends_with("ing");
    for v in 0..n {
        let Some(h) = (heads[v] as usize).checked_sub(1) else { continue };
        if rels[v] != DepRel::Conj || !gerund(v) || gerund(h) || upos[h] != "VERB" || h > v {
            continue;
        }
        let marked = |g: usize| (0..n).any(|k| heads[k] as usize == g + 1 && rels[k] == DepRel::Mark && upos[k] != "PART");
        let under_h = |g: usize| {
            let up = heads[g] as usize;
            up == h + 1 || (up > 0 && heads[up - 1] as usize == h + 1 && matches!(rels[up - 1], DepRel::Obj))
        };
        // The last such gerund before v, or a conjunct already moved onto it.
        let Some(g) = (h + 1..v).rev().find(|&g| {
            gerund(g) && ((marked(g) && under_h(g)) || (rels[g] == DepRel::Conj && (heads[g] as usize).checked_sub(1).is_some_and(gerund)))
        }) else {
            continue;
        };
        // (After a comma alone it may be either's: "accused X of encouraging Y, *warning* Z".)
        if (0..n).any(|k| heads[k] as usize == v + 1 && rels[k] == DepRel::Cc) {
            heads[v] = if rels[g] == DepRel::Conj { heads[g] } else { g as u32 + 1 };
        }
    }
}

/// "…, and *the two discussed* efforts to end the war": a count after "the" before a past
/// verb the parser read as a noun phrase ("the two discussed efforts", with the verb an
/// adjective) is the subject of that verb, whose noun is its object.
pub(super) fn counted_subjects_read_as_noun_phrases(words: &[&str], upos: &[&str], heads: &mut [u32], rels: &mut [DepRel]) {
    let lex = Lexicon::embedded();
    let n = heads.len();
    for c in 1..n.saturating_sub(2) {
        let (v, noun) = (c + 1, (heads[c + 1] as usize).wrapping_sub(1));
        let counted = words[c - 1].eq_ignore_ascii_case("the") && upos[c] == "NUM" && lex.word_is(words[c], WordClass::PairCounter);
        if !counted || upos[v] != "VERB" || !words[v].ends_with("ed") || rels[v] != DepRel::Amod || noun >= n || noun <= v {
            continue;
        }
        if heads[c] as usize != noun + 1 || rels[c] != DepRel::Nummod {
            continue;
        }
        // The verb takes the noun's place; what hung on the noun before the count (its
        // conjunction and comma) goes with it.
        heads[v] = heads[noun];
        rels[v] = rels[noun];
        for h in heads.iter_mut().take(c).filter(|h| **h as usize == noun + 1) {
            *h = v as u32 + 1;
        }
        heads[c] = v as u32 + 1;
        rels[c] = DepRel::Nsubj;
        heads[noun] = v as u32 + 1;
        rels[noun] = DepRel::Obj;
    }
}

/// "accused *Addis Ababa of seeking* a pretext": a subject before the subordinator of its
/// clause is none of that clause's (English puts the subordinator first: "because *he* left"),
/// but the object of the verb the clause hangs on, when that verb has none. (Not before an
/// infinitive's "to": "for *the army to* withdraw" has its subject first.)
pub(super) fn objects_read_as_subjects_of_marked_clauses(upos: &[&str], heads: &mut [u32], rels: &mut [DepRel]) {
    let n = heads.len();
    for v in 0..n {
        let Some(h) = (heads[v] as usize).checked_sub(1) else { continue };
        if rels[v] != DepRel::Advcl || upos[v] != "VERB" || upos[h] != "VERB" || h > v {
            continue;
        }
        let kid = |rel: DepRel| (0..n).find(|&k| heads[k] as usize == v + 1 && rels[k] == rel);
        let (Some(subject), Some(mark)) = (kid(DepRel::Nsubj), kid(DepRel::Mark)) else { continue };
        let has_object = (0..n).any(|k| heads[k] as usize == h + 1 && rels[k] == DepRel::Obj);
        if subject > h && subject < mark && mark < v && upos[mark] != "PART" && !has_object {
            heads[subject] = h as u32 + 1;
            rels[subject] = DepRel::Obj;
        }
    }
}
