//! Repairs of the two parser errors that cost events their actor most often in news
//! sentences, made with what the actor stage knows and the parser does not: where names are.
//!
//! - A subject set off by an apposition (`On Friday, NAME, the sister of X, warned …`, `NAME,
//!   in exile in Senegal, denounced …`) is read as an apposition of something else, and the
//!   verb is left without a subject.
//! - A name right before a verb whose clause joins the sentence (`… on Saturday *and Israel
//!   released* 200 prisoners`, `*until Hamas freed* a hostage`) is hung on the noun before it,
//!   and the verb on that noun as a modifier.
//!
//! Both fire only on a verb the parse left without a subject, so a correct parse is never
//! changed. A third moves a speech verb with its own subject that the parser read as a
//! relative clause without a relative word (`…, state television reported, blaming …`) beside
//! the main clause.

use dyad_events::{Mention, MentionKind};
use dyad_nlp::DepRel;

use crate::lexicon::{Lexicon, WordClass};

mod clauses;
pub(crate) use clauses::headline_participles;
use clauses::{
    counted_subjects_read_as_noun_phrases, finite_conjuncts_of_infinitives, gapped_passive_conjuncts, gerunds_joined_to_the_finite_verb,
    measures_of_time_read_as_subjects, objects_read_as_subjects_of_marked_clauses, past_conjuncts_of_modal_clauses,
    possessor_of_titled_subject, reduced_passive_relatives,
};

/// Gives subjectless verbs the subject the parser hung elsewhere (see the module comment).
/// `heads` are 1-based (0 = root), one per word; `mentions` are the sentence's named actors.
pub(crate) fn repair_subjects(words: &[&str], upos: &[&str], heads: &mut [u32], rels: &mut [DepRel], mentions: &[Mention]) {
    let n = words.len().min(upos.len()).min(heads.len()).min(rels.len());
    let parties = || mentions.iter().filter(|m| m.kind != MentionKind::Place && m.tokens.end <= n && m.tokens.start < m.tokens.end);
    possessor_of_titled_subject(words, &mut heads[..n], &mut rels[..n], mentions);
    trailing_report(words, upos, &mut heads[..n], &mut rels[..n], mentions);
    finite_conjuncts_of_infinitives(words, upos, &mut heads[..n], &rels[..n]);
    past_conjuncts_of_modal_clauses(words, upos, &mut heads[..n], &rels[..n]);
    reduced_passive_relatives(words, upos, &mut heads[..n], &mut rels[..n]);
    gapped_passive_conjuncts(words, upos, &heads[..n], &mut rels[..n]);
    parenthetical_reports(words, &mut heads[..n], &mut rels[..n]);
    measures_of_time_read_as_subjects(words, upos, &mut heads[..n], &mut rels[..n]);
    gerunds_joined_to_the_finite_verb(words, upos, &mut heads[..n], &mut rels[..n]);
    counted_subjects_read_as_noun_phrases(words, upos, &mut heads[..n], &mut rels[..n]);
    objects_read_as_subjects_of_marked_clauses(upos, &mut heads[..n], &mut rels[..n]);
    for v in 0..n {
        if upos[v] == "VERB" {
            counterpart_pair(words, heads, rels, mentions, v);
        }
        if upos[v] != "VERB" || has_subject(heads, rels, v) || passive(heads, rels, v) {
            continue;
        }
        // (A verb read as a conjunct of the name itself, "Diallo, in exile, denounced", counts
        // as the sentence's main verb.)
        // ("Portugal, the former colonial power, *urged* …" parsed as a conjunct of "power"
        // counts too.)
        // (So does a verb hung on a relative clause set off after the name: "The United
        // States, which has expressed its support for X, *said*" parsed with the relative
        // clause as the main one.)
        let main = |m: &Mention| {
            let governor = (heads[v] as usize).wrapping_sub(1);
            let relative = relative_pronoun(words, m.tokens.end + 1);
            // (Or a modifier of the apposition's noun when the name itself is the root: "Kim Yo
            // Jong, the powerful sister of …, *warned*".)
            let name_is_root = rels[mention_head(heads, m)] == DepRel::Root;
            rels[v] == DepRel::Root
                || m.tokens.contains(&governor)
                || ((rels[v] == DepRel::Conj || relative || (rels[v] == DepRel::Acl && name_is_root))
                    && (m.tokens.end..v).contains(&governor))
        };
        if let Some(m) = parties().find(|m| main(m) && apposed_subject(words, upos, m, v)) {
            let apposition = m.tokens.end + 1..v - 1;
            // A verb hung inside the apposition ("Portugal, the former colonial power, *urged*"
            // read as a conjunct of "power") first takes the place of the apposition's top
            // word, with what hung on that word from outside: the apposition is the name's.
            if apposition.contains(&(heads[v] as usize).wrapping_sub(1)) {
                let mut top = heads[v] as usize - 1;
                while heads[top] > 0 && apposition.contains(&(heads[top] as usize - 1)) {
                    top = heads[top] as usize - 1;
                }
                heads[v] = heads[top];
                rels[v] = if heads[top] == 0 {
                    DepRel::Root
                } else if clausal(rels[top]) {
                    rels[top]
                } else {
                    DepRel::Parataxis
                };
                for (k, h) in heads.iter_mut().enumerate().take(n) {
                    if k != v && !apposition.contains(&k) && *h as usize == top + 1 {
                        *h = v as u32 + 1;
                    }
                }
            }
            let old_head = heads[mention_head(heads, m)];
            // ("Canada and Mexico, also hit by tariffs, said": the names joined before it
            // share the verb.)
            let conjuncts = coordination(words, mentions, m);
            let first = conjuncts[conjuncts.len() - 1];
            let joined = conjuncts.len() > 1 && opens_clause(words, upos, first) && first.tokens.start == 0;
            let head = make_subject(heads, rels, m, v);
            if joined {
                let first_head = make_subject(heads, rels, first, v);
                for c in &conjuncts[..conjuncts.len() - 1] {
                    let h = mention_head(heads, c);
                    heads[h] = first_head as u32 + 1;
                    rels[h] = DepRel::Conj;
                }
            }
            // (The name was the subject of a later clause, "…, while Y called": the verb that
            // takes it back stands beside that clause, not as its subject.)
            if heads[v] == old_head && !clausal(rels[v]) {
                rels[v] = DepRel::Parataxis;
            }
            // The apposition describes the name, whatever the parser hung it on.
            for k in apposition.clone() {
                if !apposition.contains(&(heads[k] as usize).wrapping_sub(1)) && heads[k] as usize != head + 1 {
                    heads[k] = head as u32 + 1;
                    if upos[k] == "VERB" {
                        rels[k] = DepRel::Acl;
                    } else if rels[k] != DepRel::Punct {
                        rels[k] = DepRel::Appos;
                    }
                }
            }
            continue;
        }
        // (A participle in -ing modifies the name before it: "talks with the EU and Ukraine
        // *concerning* the conflict".)
        if words[v].ends_with("ing") {
            continue;
        }
        // "For his part, the Saudi ambassador to Yemen, *Mohammed Al Jaber*, welcomed …": a
        // name set off by commas as the apposition of a noun before it, right before the verb.
        let apposed_name = |m: &Mention| {
            let head = mention_head(heads, m);
            m.tokens.end + 1 == v
                && words[m.tokens.end] == ","
                && m.tokens.start > 0
                && words[m.tokens.start - 1] == ","
                && rels[head] == DepRel::Appos
                && (heads[head] as usize) < m.tokens.start + 1
                // (Of a noun that is no oblique of a verb: "led *by the head* of X, Y,
                // welcomed" is X's act.)
                && !matches!(rels[(heads[head] as usize).saturating_sub(1)], DepRel::Obl | DepRel::OblAgent)
                && clausal(rels[v])
                // (Not a passive participle: "Gambia, *backed* by Senegal, broke …".)
                && !(0..n).any(|k| heads[k] as usize == v + 1 && rels[k] == DepRel::OblAgent)
        };
        if let Some(m) = parties().find(|m| apposed_name(m)) {
            make_subject(heads, rels, m, v);
            continue;
        }
        // (An adverb or an auxiliary may stand between: "Li Qiang *also* met", "X *will* visit".)
        let next_to_verb = |m: &Mention| m.tokens.end <= v && (m.tokens.end..v).all(|k| matches!(upos[k], "ADV" | "AUX"));
        if let Some(m) = parties().find(|m| next_to_verb(m) && opens_clause(words, upos, m)) {
            let object = (0..n).any(|k| heads[k] as usize == v + 1 && rels[k] == DepRel::Obj);
            // ("The United States and the European Union *called* for …" read as a participle
            // of the name, in a sentence with no main verb: the name's verb.)
            let verbless = !(0..n).any(|k| rels[k] == DepRel::Root && upos[k] == "VERB");
            let hung_on_name = rels[v] == DepRel::Acl && verbless && m.tokens.contains(&(heads[v] as usize).wrapping_sub(1));
            let clausal = matches!(rels[v], DepRel::Root | DepRel::Conj | DepRel::Advcl) || hung_on_name;
            if !(object || clausal) || rels[v] == DepRel::Xcomp {
                continue;
            }
            // "…, two medics, *state television* reported": a speech verb's subject after a
            // comma is its own, not the last of a list.
            let reporter =
                m.tokens.start > 0 && words[m.tokens.start - 1] == "," && crate::quotes::cues::Cues::embedded().is_finite_word(words[v]);
            if reporter {
                make_subject(heads, rels, m, v);
                continue;
            }
            // "In February, *Russia and Germany* signed": names joined by "and" or commas are
            // one subject when the first opens the clause; after a name that does not ("the
            // chiefs, including Gen. A and Gen. B, warned") it is unclear whose verb it is.
            let conjuncts = coordination(words, mentions, m);
            if conjuncts.len() > 1 {
                let first = conjuncts[conjuncts.len() - 1];
                if !opens_clause(words, upos, first) || words[first.tokens.start.saturating_sub(1)] == "and" {
                    continue;
                }
                let head = make_subject(heads, rels, first, v);
                for c in &conjuncts[..conjuncts.len() - 1] {
                    let h = make_subject(heads, rels, c, v);
                    heads[h] = head as u32 + 1;
                    rels[h] = DepRel::Conj;
                }
                continue;
            }
            make_subject(heads, rels, m, v);
            // "… *and* Israel released": the verb is the sentence's next clause, not a
            // modifier of the noun before the name.
            if m.tokens.start > 0 && words[m.tokens.start - 1] == "and" && !matches!(rels[v], DepRel::Root | DepRel::Conj) {
                if let Some(root) = (0..v).find(|&k| rels[k] == DepRel::Root && upos[k] == "VERB") {
                    heads[v] = root as u32 + 1;
                    rels[v] = DepRel::Conj;
                }
            }
        }
    }
}

/// "… killed three journalists, *state television reported*, blaming …": a speech verb with
/// its own subject after a comma, read as a relative clause of the noun before, is a report
/// beside the sentence's main clause (no relative clause goes without a relative word there).
fn parenthetical_reports(words: &[&str], heads: &mut [u32], rels: &mut [DepRel]) {
    let n = heads.len();
    let Some(root) = (0..n).find(|&k| heads[k] == 0) else { return };
    for v in 0..n {
        if rels[v] != DepRel::AclRelcl || !crate::quotes::cues::Cues::embedded().is_finite_word(words[v]) {
            continue;
        }
        let kids = || (0..n).filter(|&k| heads[k] as usize == v + 1);
        let Some(subject) = kids().find(|&k| rels[k] == DepRel::Nsubj) else { continue };
        let relative = kids().any(|k| k < v && Lexicon::embedded().word_is(words[k], WordClass::RelativeWord));
        let first = (0..=subject).rev().take_while(|&k| k == subject || below(heads, k, subject)).last().unwrap_or(subject);
        if relative || first == 0 || words[first - 1] != "," || below(heads, root, v) {
            continue;
        }
        heads[v] = root as u32 + 1;
        rels[v] = DepRel::Parataxis;
    }
}

/// "Debris fell on a building, injuring three people, regional governor *Oleh Synehubov wrote*.":
/// a sentence that ends in a comma, a name (after its title) and a speech verb is that name's
/// report of what stands before the comma. Meeting a rarer speech verb there, the parser hangs
/// the name and its title inside the report (an object, a conjunct of "people") and the verb
/// on them, and the report's victim becomes the governor.
fn trailing_report(words: &[&str], upos: &[&str], heads: &mut [u32], rels: &mut [DepRel], mentions: &[Mention]) {
    let n = heads.len();
    let mut end = n;
    while end > 0 && matches!(words[end - 1], "." | "!" | "?" | "\"" | "”" | "’" | "'") {
        end -= 1;
    }
    let Some(v) = end.checked_sub(1) else { return };
    if !crate::quotes::cues::Cues::embedded().is_finite_word(words[v]) {
        return;
    }
    let Some(m) = mentions.iter().find(|m| m.tokens.end == v && m.tokens.start < v && m.kind != MentionKind::Place) else { return };
    let mut title = m.tokens.start;
    while title > 0 && m.tokens.start - title < 4 && matches!(upos[title - 1], "ADJ" | "NOUN" | "PROPN" | "DET") {
        title -= 1;
    }
    let Some(comma) = title.checked_sub(1).filter(|&c| words[c] == ",") else { return };
    let head = mention_head(heads, m);
    let Some(root) = (0..comma).find(|&k| heads[k] == 0) else { return };
    if heads[head] as usize == v + 1 && rels[head] == DepRel::Nsubj {
        return;
    }
    let tail = comma..end;
    // (What of the report the parser hung on the tail is hung on the report's root, as no
    // subject: "after *police* in Helsinki issued a warrant …, Reuters reports" had police as
    // the subject of "reports".)
    for k in (0..comma).chain(end..n) {
        if tail.contains(&(heads[k] as usize).wrapping_sub(1)) {
            heads[k] = root as u32 + 1;
            if rels[k] != DepRel::Punct {
                rels[k] = DepRel::Dep;
            }
        }
    }
    heads[v] = root as u32 + 1;
    rels[v] = DepRel::Parataxis;
    heads[comma] = v as u32 + 1;
    rels[comma] = DepRel::Punct;
    heads[head] = v as u32 + 1;
    rels[head] = DepRel::Nsubj;
    for k in m.tokens.clone() {
        if k != head && !m.tokens.contains(&(heads[k] as usize).wrapping_sub(1)) {
            heads[k] = head as u32 + 1;
            rels[k] = DepRel::Flat;
        }
    }
    for k in title..m.tokens.start {
        heads[k] = head as u32 + 1;
        rels[k] = match upos[k] {
            "ADJ" => DepRel::Amod,
            "DET" => DepRel::Det,
            _ => DepRel::Compound,
        };
    }
}

fn clausal(rel: DepRel) -> bool {
    matches!(rel, DepRel::Root | DepRel::Conj | DepRel::Parataxis | DepRel::Advcl | DepRel::Ccomp)
}

fn has_subject(heads: &[u32], rels: &[DepRel], v: usize) -> bool {
    (0..heads.len()).any(|k| {
        heads[k] as usize == v + 1
            && matches!(rels[k], DepRel::Nsubj | DepRel::NsubjPass | DepRel::NsubjOuter | DepRel::Csubj | DepRel::CsubjPass | DepRel::Expl)
    })
}

fn passive(heads: &[u32], rels: &[DepRel], v: usize) -> bool {
    (0..heads.len()).any(|k| heads[k] as usize == v + 1 && rels[k] == DepRel::AuxPass)
}

/// `[intro ,] NAME , APPOSITION , VERB`: the party is followed by a comma, the verb by the
/// comma closing the apposition, with no verb before the party or inside the apposition but
/// a participle opening it ("Russia, *angered* by the move, said"), unless a relative pronoun
/// opens it ("X, *which* has backed Y, said").
fn apposed_subject(words: &[&str], upos: &[&str], m: &Mention, v: usize) -> bool {
    let e = m.tokens.end;
    let relative = relative_pronoun(words, e + 1);
    let verbal = |k: usize| matches!(upos[k], "VERB" | "AUX") && !relative;
    let opening = (e + 1..v).find(|&k| upos[k] != "ADV");
    let participle =
        opening.filter(|&k| upos[k] == "VERB" && (words[k].ends_with("ed") || words[k].ends_with("ing") || words[k].ends_with("en")));
    e + 1 < v
        && words[e] == ","
        && words[v - 1] == ","
        && !(0..m.tokens.start).any(verbal)
        && !(e..v).any(|k| verbal(k) && Some(k) != participle)
        && !after_preposition(words, upos, m)
}

/// Whether word `k` is a relative pronoun opening a clause set off by commas.
fn relative_pronoun(words: &[&str], k: usize) -> bool {
    k > 0 && words.get(k - 1) == Some(&",") && words.get(k).is_some_and(|w| Lexicon::embedded().word_is(w, WordClass::RelativeWord))
}

/// Whether a name is the object of a preposition ("a commission *from the* Assembly"),
/// determiners between them.
fn after_preposition(words: &[&str], upos: &[&str], m: &Mention) -> bool {
    let mut b = m.tokens.start;
    while b > 0 && upos[b - 1] == "DET" {
        b -= 1;
    }
    b > 0 && !matches!(words[b - 1], "," | "-" | "--") && upos[b - 1] == "ADP"
}

/// The names joined to `m` by "and" or commas before it, `m` first, the first name last.
fn coordination<'m>(words: &[&str], mentions: &'m [Mention], m: &'m Mention) -> Vec<&'m Mention> {
    let mut out = vec![m];
    let mut cur = m;
    // ("the United States and *the* European Union": an article may open a name.)
    let the = |k: usize| Lexicon::embedded().word_is(words[k], WordClass::DefiniteArticle);
    let start = |p: &Mention| p.tokens.start - usize::from(p.tokens.start > 0 && the(p.tokens.start - 1));
    // (The last name of a list is joined by "and": "struck Beirut*,* Hezbollah fired" is two
    // clauses.)
    while start(cur) > 1 && (words[start(cur) - 1] == "and" || (words[start(cur) - 1] == "," && out.len() > 1)) {
        // ("Haiti, Suriname*, and* the Dominican Republic".)
        let joint = start(cur) - 1 - usize::from(words[start(cur) - 1] == "and" && words[start(cur) - 2] == ",");
        match mentions.iter().find(|p| p.tokens.end == joint && p.kind != MentionKind::Place) {
            Some(p) => {
                out.push(p);
                cur = p;
            }
            None => break,
        }
    }
    out
}

/// "Sergey Lavrov and his Turkish *counterpart* Hakan Fidan discussed …", "Premier Li Qiang and
/// top *legislator* Zhao Leji met …", parsed with the second name alone as the subject and the
/// first hung on the verb without a preposition: the pair is the subject, the name after the
/// title noun its apposition.
fn counterpart_pair(words: &[&str], heads: &mut [u32], rels: &mut [DepRel], mentions: &[Mention], v: usize) {
    let n = heads.len();
    let Some(subject) = (0..n).find(|&k| heads[k] as usize == v + 1 && rels[k] == DepRel::Nsubj) else { return };
    let Some(m) = mentions.iter().find(|m| m.tokens.contains(&subject) && m.kind == MentionKind::Person) else { return };
    let Some(c) = m.tokens.start.checked_sub(1) else { return };
    // (Any title noun will do: "Premier Li Qiang and top *legislator* Zhao Leji met …".)
    let title = Lexicon::embedded().word_is(words[c], WordClass::Counterpart) || words[c].chars().all(|ch| ch.is_ascii_lowercase());
    if !title || rels[c] != DepRel::Conj {
        return;
    }
    let Some(first) = (heads[c] as usize).checked_sub(1) else { return };
    let unmarked = !(0..n).any(|k| heads[k] as usize == first + 1 && rels[k] == DepRel::Case);
    if heads[first] as usize == v + 1 && unmarked && matches!(rels[first], DepRel::Obl | DepRel::Dep | DepRel::Nmod | DepRel::Obj) {
        rels[first] = DepRel::Nsubj;
        heads[subject] = c as u32 + 1;
        rels[subject] = DepRel::Appos;
    }
}

/// Whether a name opens a clause: at the start of the sentence, or after "and", a comma or
/// a subordinator ("until", "after"), counting the capitalised title before it ("Earlier in
/// the day, *Chinese Premier* Li Qiang also met …").
fn opens_clause(words: &[&str], upos: &[&str], m: &Mention) -> bool {
    let mut s = m.tokens.start;
    while s > 0 && words[s - 1].starts_with(char::is_uppercase) && matches!(upos[s - 1], "PROPN" | "ADJ" | "NOUN") {
        s -= 1;
    }
    // ("*The* United States and *the* European Union called …".)
    if s > 0 && upos[s - 1] == "DET" && Lexicon::embedded().word_is(words[s - 1], WordClass::DefiniteArticle) {
        s -= 1;
    }
    s == 0
        || matches!(words[s - 1], "and" | ",")
        || (Lexicon::embedded().word_is(words[s - 1], WordClass::Subordinator) && !matches!(upos[s - 1], "VERB" | "NOUN"))
}

/// Hangs the mention's head word on `v` as its subject; returns the head word. A verb the
/// parser had hung on the name ("Police *used* tear gas" read as a noun and its modifier)
/// takes the name's place in the tree first, so the tree stays a tree.
fn make_subject(heads: &mut [u32], rels: &mut [DepRel], m: &Mention, v: usize) -> usize {
    let head = mention_head(heads, m);
    if below(heads, v, head) {
        heads[v] = heads[head];
        rels[v] = rels[head];
    }
    heads[head] = v as u32 + 1;
    rels[head] = DepRel::Nsubj;
    head
}

/// The word of a mention that hangs outside it (its last word when none does).
fn mention_head(heads: &[u32], m: &Mention) -> usize {
    let inside = |h: u32| h as usize > m.tokens.start && h as usize <= m.tokens.end;
    m.tokens.clone().find(|&k| !inside(heads[k])).unwrap_or(m.tokens.end - 1)
}

/// Whether word `k` hangs (at any depth) below word `top`.
fn below(heads: &[u32], k: usize, top: usize) -> bool {
    let mut cur = k;
    for _ in 0..heads.len() {
        match heads[cur] as usize {
            0 => return false,
            h if h - 1 == top => return true,
            h => cur = h - 1,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(words: &[&str], upos: &[&str], heads: &[u32], rels: &[&str], mentions: &[(usize, usize)]) -> (Vec<u32>, Vec<DepRel>) {
        let mut h = heads.to_vec();
        let mut r: Vec<DepRel> = rels.iter().map(|s| DepRel::parse_lenient(s)).collect();
        let ms: Vec<Mention> =
            mentions.iter().enumerate().map(|(i, &(s, e))| Mention { tokens: s..e, actor: i, kind: MentionKind::Person }).collect();
        repair_subjects(words, upos, &mut h, &mut r, &ms);
        (h, r)
    }

    #[test]
    fn apposed_subject_after_an_introduction() {
        // On Monday , Ana Diaz , the sister of Leader Bo , warned Peru .
        let words = ["On", "Monday", ",", "Ana", "Diaz", ",", "the", "sister", "of", "Leader", "Bo", ",", "warned", "Peru", "."];
        let upos =
            ["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "PROPN", "PUNCT", "VERB", "PROPN", "PUNCT"];
        let heads = [2, 13, 5, 5, 2, 8, 8, 2, 10, 8, 10, 13, 0, 13, 13];
        let rels = [
            "case", "obl", "punct", "compound", "appos", "punct", "det", "appos", "case", "nmod", "appos", "punct", "root", "obj", "punct",
        ];
        let (h, r) = run(&words, &upos, &heads, &rels, &[(3, 5), (10, 11)]);
        assert_eq!((h[4], r[4]), (13, DepRel::Nsubj));
        assert_eq!(h[10], 10, "the name inside the apposition stays where it was");
        assert_eq!((h[7], r[7]), (5, DepRel::Appos), "the apposition describes the subject");
    }

    #[test]
    fn name_after_and_opens_the_next_clause() {
        // Iran freed two sailors on Friday and Oman released a ship .
        let words = ["Iran", "freed", "two", "sailors", "on", "Friday", "and", "Oman", "released", "a", "ship", "."];
        let upos = ["PROPN", "VERB", "NUM", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"];
        let heads = [2, 0, 4, 2, 6, 2, 8, 6, 6, 11, 9, 2];
        let rels = ["nsubj", "root", "nummod", "obj", "case", "obl", "cc", "conj", "acl", "det", "obj", "punct"];
        let (h, r) = run(&words, &upos, &heads, &rels, &[(0, 1), (7, 8)]);
        assert_eq!((h[7], r[7]), (9, DepRel::Nsubj));
        assert_eq!((h[8], r[8]), (2, DepRel::Conj));
    }

    #[test]
    fn a_name_after_a_comma_alone_is_no_list() {
        // Hours after Peru struck Quito , Chile fired shells at Lima .
        let words = ["Hours", "after", "Peru", "struck", "Quito", ",", "Chile", "fired", "shells", "at", "Lima", "."];
        let upos = ["NOUN", "ADP", "PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"];
        let heads = [4, 3, 4, 0, 4, 7, 5, 4, 8, 11, 8, 4];
        let rels = ["nsubj", "case", "nsubj", "root", "obj", "punct", "appos", "advcl", "obj", "case", "obl", "punct"];
        let (h, r) = run(&words, &upos, &heads, &rels, &[(2, 3), (4, 5), (6, 7)]);
        assert_eq!((h[6], r[6]), (8, DepRel::Nsubj));
        assert_eq!((h[4], r[4]), (4, DepRel::Obj), "the object of the first clause stays its object");
    }

    #[test]
    fn a_measure_of_time_before_after_is_no_subject() {
        // The strike came a day after Peru and Chile signed a deal .
        let words = ["The", "strike", "came", "a", "day", "after", "Peru", "and", "Chile", "signed", "a", "deal", "."];
        let upos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"];
        let heads = [2, 3, 0, 5, 10, 7, 5, 9, 7, 3, 12, 10, 3];
        let rels = ["det", "nsubj", "root", "det", "nsubj", "case", "nmod", "cc", "conj", "advcl", "det", "obj", "punct"];
        let (h, r) = run(&words, &upos, &heads, &rels, &[(6, 7), (8, 9)]);
        assert_eq!((h[6], r[6]), (10, DepRel::Nsubj));
        assert_eq!((h[5], r[5]), (10, DepRel::Mark));
        assert_eq!((h[4], r[4]), (10, DepRel::OblNpmod));
        assert_eq!((h[8], r[8]), (7, DepRel::Conj), "the second name stays joined to the first");
    }

    #[test]
    fn a_participle_joined_to_a_passive_shares_it() {
        // Four guards were killed and two others wounded in the raid , and police arrested him .
        let words = [
            "Four", "guards", "were", "killed", "and", "two", "others", "wounded", "in", "the", "raid", ",", "and", "police", "arrested",
            "him", ".",
        ];
        let upos = [
            "NUM", "NOUN", "AUX", "VERB", "CCONJ", "NUM", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "CCONJ", "NOUN", "VERB", "PRON",
            "PUNCT",
        ];
        let heads = [2, 4, 4, 0, 8, 7, 8, 4, 11, 11, 8, 15, 15, 15, 4, 15, 4];
        let rels = [
            "nummod",
            "nsubj:pass",
            "aux:pass",
            "root",
            "cc",
            "nummod",
            "nsubj",
            "conj",
            "case",
            "det",
            "obl",
            "punct",
            "cc",
            "nsubj",
            "conj",
            "obj",
            "punct",
        ];
        let (_, r) = run(&words, &upos, &heads, &rels, &[]);
        assert_eq!(r[6], DepRel::NsubjPass, "two others were wounded");
        assert_eq!(r[13], DepRel::Nsubj, "police arrested: a clause of its own, after a comma");
    }

    #[test]
    fn a_gerund_after_and_joins_the_gerund_before_it() {
        // Chile accused Peru of crossing the border and firing on a patrol , killing two .
        let words = [
            "Chile", "accused", "Peru", "of", "crossing", "the", "border", "and", "firing", "on", "a", "patrol", ",", "killing", "two", ".",
        ];
        let upos = [
            "PROPN", "VERB", "PROPN", "SCONJ", "VERB", "DET", "NOUN", "CCONJ", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB", "NUM",
            "PUNCT",
        ];
        let heads = [2, 0, 2, 5, 2, 7, 5, 9, 2, 12, 12, 9, 14, 2, 14, 2];
        let rels =
            ["nsubj", "root", "obj", "mark", "advcl", "det", "obj", "cc", "conj", "case", "det", "obl", "punct", "conj", "obj", "punct"];
        let (h, r) = run(&words, &upos, &heads, &rels, &[(0, 1), (2, 3)]);
        assert_eq!((h[8], r[8]), (5, DepRel::Conj));
        assert_eq!(h[13], 2, "after a comma alone it stays where it was");
    }

    #[test]
    fn names_joined_after_an_introduction_are_one_subject() {
        // In May , Peru and Chile signed a deal .
        let words = ["In", "May", ",", "Peru", "and", "Chile", "signed", "a", "deal", "."];
        let upos = ["ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"];
        let heads = [2, 7, 4, 2, 6, 2, 0, 9, 7, 7];
        let rels = ["case", "obl", "punct", "conj", "cc", "conj", "root", "det", "obj", "punct"];
        let (h, r) = run(&words, &upos, &heads, &rels, &[(3, 4), (5, 6)]);
        assert_eq!((h[3], r[3]), (7, DepRel::Nsubj));
        assert_eq!((h[5], r[5]), (4, DepRel::Conj));
    }

    #[test]
    fn a_verb_read_as_the_names_modifier_takes_its_place() {
        // Police used gas . (parsed: Police root, used acl of Police)
        let words = ["Police", "used", "gas", "."];
        let upos = ["NOUN", "VERB", "NOUN", "PUNCT"];
        let heads = [0, 1, 2, 1];
        let rels = ["root", "acl", "obj", "punct"];
        let (h, r) = run(&words, &upos, &heads, &rels, &[(0, 1)]);
        assert_eq!((h[0], r[0]), (2, DepRel::Nsubj));
        assert_eq!((h[1], r[1]), (0, DepRel::Root));
    }

    #[test]
    fn a_verb_with_its_subject_is_left_alone() {
        let words = ["Iran", "freed", "two", "sailors", "."];
        let upos = ["PROPN", "VERB", "NUM", "NOUN", "PUNCT"];
        let heads = [2, 0, 4, 2, 2];
        let rels = ["nsubj", "root", "nummod", "obj", "punct"];
        let (h, r) = run(&words, &upos, &heads, &rels, &[(0, 1)]);
        assert_eq!(h, heads.to_vec());
        assert_eq!(r[0], DepRel::Nsubj);
    }

    #[test]
    fn a_subject_before_its_clauses_subordinator_is_the_verbs_object() {
        // He accused Addis Ababa of seeking a pretext . / He wants Kigali to seek talks .
        let words = ["He", "accused", "Addis", "Ababa", "of", "seeking", "a", "pretext", "."];
        let upos = ["PRON", "VERB", "PROPN", "PROPN", "SCONJ", "VERB", "DET", "NOUN", "PUNCT"];
        let heads = [2, 0, 4, 6, 6, 2, 8, 6, 2];
        let rels = ["nsubj", "root", "compound", "nsubj", "mark", "advcl", "det", "obj", "punct"];
        let (h, r) = run(&words, &upos, &heads, &rels, &[(2, 4)]);
        assert_eq!((h[3], r[3]), (2, DepRel::Obj));
        let words = ["He", "wants", "Kigali", "to", "seek", "talks", "."];
        let upos = ["PRON", "VERB", "PROPN", "PART", "VERB", "NOUN", "PUNCT"];
        let heads = [2, 0, 5, 5, 2, 5, 2];
        let rels = ["nsubj", "root", "nsubj", "mark", "advcl", "obj", "punct"];
        let (h, r) = run(&words, &upos, &heads, &rels, &[(2, 3)]);
        assert_eq!((h[2], r[2]), (5, DepRel::Nsubj), "an infinitive's subject comes before its 'to'");
    }
}
