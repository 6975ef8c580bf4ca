//! Paths through a parsed sentence (1-based `heads`, `deprels`) that the reference rules of
//! `references.rs` ask about: relative clauses and their antecedents, reporting subjects,
//! conjuncts and dominance.

use crate::lexicon::{Lexicon, WordClass};

/// Whether word `t` belongs to the phrase of antecedent `x` of the relative clause whose
/// subject is `k`: `x` itself, a conjunct of it ("France 24 and *RFI*, which it …") or a word
/// of its phrase outside the clause ("the broadcasts of *Radio Nacional*, which it …").
/// (The whole phrase only for a clause set off by a comma, whose antecedent ends there.)
pub(crate) fn in_antecedent(words: &[&str], heads: &[u32], deprels: &[&str], t: usize, x: usize, k: usize) -> bool {
    let clause = heads.get(k).and_then(|&h| (h as usize).checked_sub(1));
    let lex = Lexicon::embedded();
    let set_off = (1..k).rev().take(3).any(|j| words[j - 1] == "," && lex.word_is(words[j], WordClass::RelativeWord));
    t == x || conjoined(heads, deprels, t, x) || (set_off && dominated(heads, t, x) && !clause.is_some_and(|c| dominated(heads, t, c)))
}

/// Whether words `a` and `b` are conjuncts of one phrase.
pub(crate) fn conjoined(heads: &[u32], deprels: &[&str], a: usize, b: usize) -> bool {
    let joined = |x: usize, y: usize| matches!(deprels.get(x), Some(&"conj" | &"list")) && heads.get(x) == Some(&(y as u32 + 1));
    joined(a, b) || joined(b, a)
}

/// For a subject word `k` of a relative clause, the word the clause is about: the word it
/// hangs on, or, for a clause whose relative pronoun is the object ("the Emirates, *which* it
/// accuses") hung elsewhere, the word before the pronoun.
pub(crate) fn relative_antecedent(words: &[&str], heads: &[u32], deprels: &[&str], k: usize) -> Option<usize> {
    let verb = (*heads.get(k)? as usize).checked_sub(1)?;
    if !deprels[k].starts_with("nsubj") {
        return None;
    }
    if deprels[verb] == "acl:relcl" {
        return (heads[verb] as usize).checked_sub(1);
    }
    let pronoun = (0..k).find(|&j| {
        heads[j] as usize == verb + 1 && deprels[j] == "obj" && Lexicon::embedded().word_is(words[j], WordClass::RelativeWord)
    })?;
    let before = pronoun.checked_sub(1)?;
    if words[before] == "," {
        before.checked_sub(1)
    } else {
        Some(before)
    }
}

/// For a subject word `k` of a clause completing a verb, that verb's subject word. Not for a
/// passive subject when the verb has an object, more likely the one meant ("warned *Vietnam*
/// that *it* would be expelled"; but "Police told Al Jazeera *they* planned …").
pub(crate) fn reporting_subject(heads: &[u32], deprels: &[&str], k: usize) -> Option<usize> {
    let verb = (*heads.get(k)? as usize).checked_sub(1)?;
    let governor = (heads[verb] as usize).checked_sub(1)?;
    let dependents = || (0..heads.len()).filter(|&j| heads[j] as usize == governor + 1);
    let passive = deprels[k] == "nsubj:pass" || (0..heads.len()).any(|j| heads[j] as usize == verb + 1 && deprels[j] == "aux:pass");
    let addressee = passive && dependents().any(|j| matches!(deprels[j], "obj" | "iobj"));
    if !deprels[k].starts_with("nsubj") || deprels[verb] != "ccomp" || addressee {
        return None;
    }
    // ("X condemned … and *said* it would …": a verb joined to another shares its subject; not
    // one told to someone: "…, warning *the country* that *it* could …".)
    let shared = || {
        if dependents().any(|j| matches!(deprels[j], "obj" | "iobj")) {
            return None;
        }
        let first = (deprels[governor] == "conj").then(|| (heads[governor] as usize).checked_sub(1)).flatten()?;
        (0..heads.len()).find(|&j| heads[j] as usize == first + 1 && deprels[j] == "nsubj")
    };
    dependents().find(|&j| deprels[j] == "nsubj").or_else(shared)
}

/// For a possessive "their" at `k`, the subject of its clause when that subject is joined to
/// others ("Niger, Mali and Burkina Faso … announced *their* withdrawal"): climbs to the nearest
/// word with a subject, through conjuncts that share one.
pub(crate) fn joined_clause_subject(heads: &[u32], deprels: &[&str], k: usize) -> Option<usize> {
    let n = heads.len();
    let mut cur = k;
    for _ in 0..8 {
        cur = (*heads.get(cur)? as usize).checked_sub(1)?;
        if let Some(j) = (0..n).find(|&j| heads[j] as usize == cur + 1 && deprels[j] == "nsubj") {
            let joined = (0..n).any(|t| heads[t] as usize == j + 1 && deprels[t] == "conj");
            return joined.then_some(j);
        }
    }
    None
}

/// Whether word `k` lies in the subtree of word `top` (1-based heads, 0 = root).
pub(crate) fn dominated(heads: &[u32], k: usize, top: usize) -> bool {
    let mut cur = k;
    for _ in 0..heads.len() {
        if cur == top {
            return true;
        }
        match heads.get(cur) {
            Some(&h) if h > 0 => cur = h as usize - 1,
            _ => return false,
        }
    }
    false
}

/// [`dominated`], not through an infinitive hung on the noun ("summoned the ambassador *to
/// protest* what it called …" is the summoner's purpose, parsed as the noun's modifier).
pub(crate) fn in_noun_phrase(words: &[&str], heads: &[u32], deprels: &[&str], k: usize, top: usize) -> bool {
    let infinitive_on_top = |t: usize| deprels.get(t) == Some(&"acl") && t > 0 && words[t - 1] == "to" && heads[t] as usize == top + 1;
    let mut cur = k;
    for _ in 0..heads.len() {
        if cur == top {
            return true;
        }
        if infinitive_on_top(cur) {
            return false;
        }
        match heads.get(cur) {
            Some(&h) if h > 0 => cur = h as usize - 1,
            _ => return false,
        }
    }
    false
}

/// The subject of the verb whose direct object word `k` is or is in ("*The UAE ministry* thanked
/// both countries" for "both" or "countries").
pub(crate) fn subject_of_object(heads: &[u32], deprels: &[&str], k: usize) -> Option<usize> {
    let up = |t: usize| heads.get(t).and_then(|&h| (h as usize).checked_sub(1));
    let object = if deprels.get(k) == Some(&"obj") { k } else { up(k).filter(|&n| deprels.get(n) == Some(&"obj"))? };
    let verb = up(object)?;
    (0..heads.len()).find(|&j| heads[j] as usize == verb + 1 && deprels[j].starts_with("nsubj"))
}

/// For a word `k` inside a phrase fronted before its clause's subject ("In a phone call with
/// *his* counterpart, Foreign Minister X discussed …"), that subject word, when it comes after
/// `k`: what the phrase says is the subject's, named later (cataphora).
pub(crate) fn fronted_subject(heads: &[u32], deprels: &[&str], k: usize) -> Option<usize> {
    let up = |t: usize| heads.get(t).and_then(|&h| (h as usize).checked_sub(1));
    let mut cur = k;
    for _ in 0..8 {
        let verb = up(cur)?;
        if cur < verb && matches!(deprels[cur].split(':').next(), Some("obl" | "advcl")) {
            let subject = (0..heads.len()).find(|&j| heads[j] as usize == verb + 1 && deprels[j] == "nsubj")?;
            return (subject > k && subject < verb).then_some(subject);
        }
        cur = verb;
    }
    None
}
