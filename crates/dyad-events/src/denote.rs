//! What a nominal of the parse denotes among the sentence's mentions: the mention it is or
//! contains, the person apposed to a title, a demonym or "of" phrase on its head, its
//! conjuncts — for the role rules of `roles.rs`.

use crate::roles::Collect;
use crate::tree::Tree;
use crate::{MentionKind, SentenceView};

/// Mentions denoted by a nominal: the mention containing it (a demonym head with a named
/// person in its flat/appos material is that person: "Russian Deputy Minister *Younis
/// Vikkirov*"), else an apposed name ("the expert, *Mohamed Bouisir*"), a demonym directly
/// on the head ("the *Belarusian* delegation") or an "of" phrase ("the government *of
/// Iraq*"), plus conjuncts. A demonym deeper inside ("researcher in *Russian* affairs") is
/// not the referent.
pub(crate) fn mentions_of(tree: &Tree, c: &Collect, tok: usize, depth: usize) -> Vec<usize> {
    let mut out = Vec::new();
    // "*troops of both countries* clashed": a generic noun of a state's agents (role class
    // `state_agent`) whose "of" phrase names states stands for those states.
    let owners = || {
        let ms: Vec<usize> = tree.children[tok]
            .iter()
            .copied()
            .filter(|&k| of_phrase(tree, c, k))
            .flat_map(|k| mentions_of(tree, c, k, depth + 1))
            .collect();
        (!ms.is_empty() && ms.iter().all(|&m| c.mentions[m].kind == MentionKind::State)).then_some(ms)
    };
    let agent = || crate::lexicon::role_word(&c.words[tok].to_lowercase(), crate::lexicon::RoleClass::StateAgent);
    if let Some(ms) =
        c.mention_at(tok).filter(|&m| c.mentions[m].kind == MentionKind::Generic && depth < 2 && agent()).and_then(|_| owners())
    {
        out.extend(ms);
    } else if let Some(m) = c.mention_at(tok) {
        let person = if c.mentions[m].kind == MentionKind::Person {
            None
        } else {
            tree.children[tok]
                .iter()
                .filter(|&&k| matches!(tree.base(k), "flat" | "appos"))
                .find_map(|&k| c.mention_at(k).filter(|&p| c.mentions[p].kind == MentionKind::Person && p != m))
        };
        out.push(person.unwrap_or(m));
        // "the two *sides*": a word may stand for several parties at once.
        let same = c.mentions[m].tokens.clone();
        out.extend((m + 1..c.mentions.len()).filter(|&o| c.mentions[o].tokens == same));
    } else if let Some(m) = c
        .mention_at(tok + 1)
        .filter(|&m| (depth == 0 || tree.base(tok) == "conj") && c.mentions[m].kind == MentionKind::Person && !possessor(c, m))
    {
        // "Iranian *President* Masoud Pezeshkian" with the name misattached: a title word
        // stands for the person named right after it (not for one who possesses what
        // follows: "North Korean *leader* Kim Jong Un's sister, Kim Yo Jong, warned"), also
        // when joined to another ("met X and *President* Y").
        out.push(m);
        // (And those joined to that name: "met his *counterpart* X and President Y".)
        for t in c.mentions[m].tokens.clone() {
            for k in tree.kids(t, "conj").filter(|&k| k > tok).collect::<Vec<_>>() {
                out.extend(mentions_of(tree, c, k, depth + 1));
            }
        }
    } else if let Some(m) = c.mention_at(tok + 2).filter(|&m| {
        // (Not the subject of a clause after it: "On *Sunday*, Lavrov received".)
        let subject = c.mentions[m].tokens.clone().any(|t| tree.base(t) == "nsubj");
        depth == 0 && c.words.get(tok + 1) == Some(&",") && c.mentions[m].kind == MentionKind::Person && !subject
    }) {
        // "met his Venezuelan *counterpart*, Nicolás Maduro," with the apposition misattached.
        out.push(m);
    } else if let Some(m) = (depth == 0).then(|| apposed_person(tree, c, tok)).flatten() {
        // "The UN humanitarian *coordinator* for Sudan, Clementine Nkweta-Salami, condemned":
        // the person apposed to a title, wherever the parser hung the name inside it.
        out.push(m);
    } else if let Some(named) = (depth == 0).then(|| named_by_free_relative(tree, c, tok)).flatten() {
        // (A descendant: the recursion ends.)
        out.extend(mentions_of(tree, c, named, depth));
    } else if depth < 2 {
        let kids = &tree.children[tok];
        // ("the French satirical magazine *Charlie Hebdo*" parsed as a bare nmod: an
        // organisation's name right after the noun, with no case word, is in apposition to it.)
        let bare_name = |k: usize| {
            tree.base(k) == "nmod"
                && k > tok
                && !tree.children[k].iter().any(|&x| tree.rel[x] == "case")
                && c.mention_at(k).is_some_and(|m| c.mentions[m].kind == MentionKind::Org)
        };
        for &k in kids {
            if matches!(tree.base(k), "appos" | "flat") || bare_name(k) {
                out.extend(mentions_of(tree, c, k, depth + 1));
                if !out.is_empty() {
                    break;
                }
            }
        }
        // ("called on *Ukraine's* partners": whom the partners are partners of is not one.)
        let relational = crate::lexicon::role_word(&c.words[tok].to_lowercase(), crate::lexicon::RoleClass::Relational);
        if out.is_empty() && depth == 0 && !relational {
            // "the *Belarusian* delegation", "*Iraq's* national security advisor",
            // "*Hungarian* and *Romanian* officials".
            // A place there only locates ("the tiny *Mediterranean* nation of Montenegro").
            let party = |k: usize| c.mention_at(k).is_some_and(|m| c.mentions[m].kind != MentionKind::Place);
            let modifiers: Vec<usize> =
                kids.iter().copied().filter(|&k| matches!(tree.rel[k], "amod" | "compound" | "nmod:poss") && party(k)).collect();
            // "*Israeli* and *Hamas* delegations" parsed as two modifiers of the noun with the
            // "and" between them: both.
            // ("*Egyptian* and *Qatari* mediators" with the "and" hung on the second.)
            let joined = |a: usize, b: usize| kids.iter().chain(&tree.children[b]).any(|&k| tree.rel[k] == "cc" && a < k && k < b);
            let take = match modifiers[..] {
                [first, .., last] if joined(first, last) => modifiers.len(),
                [] => 0,
                _ => 1,
            };
            for &k in &modifiers[..take] {
                out.extend(mentions_of(tree, c, k, depth + 1));
            }
        }
        if out.is_empty() {
            for &k in kids {
                if of_phrase(tree, c, k) {
                    out.extend(mentions_of(tree, c, k, depth + 1));
                    if !out.is_empty() {
                        break;
                    }
                }
            }
        }
    }
    for k in tree.kids(tok, "conj").collect::<Vec<_>>() {
        out.extend(mentions_of(tree, c, k, depth));
    }
    // ("the ministers of the Democratic Republic of *Congo and Rwanda*": a name joined to the
    // last word of a name, not to the word that heads it, when that word has no conjunct.)
    let joined_to_head = tree.kids(tok, "conj").next().is_some();
    if let Some(span) = c.mention_at(tok).filter(|_| !joined_to_head).map(|m| c.mentions[m].tokens.clone()) {
        for t in span.clone().filter(|&t| t != tok) {
            // (Not a possessor the parser joined there: "Ivan Petrov and *Serbia's* adviser".)
            let owner = |k: usize| c.mention_at(k).is_some_and(|m| possessor(c, m));
            for k in tree.kids(t, "conj").filter(|&k| !span.contains(&k) && !owner(k)).collect::<Vec<_>>() {
                out.extend(mentions_of(tree, c, k, depth));
            }
        }
    }
    out
}

/// Whether token `k` heads an "of" phrase on its governor ("the government *of Iraq*").
fn of_phrase(tree: &Tree, c: &Collect, k: usize) -> bool {
    tree.base(k) == "nmod"
        && tree.rel[k] != "nmod:poss"
        && tree.children[k].iter().any(|&x| tree.rel[x] == "case" && c.words[x].eq_ignore_ascii_case("of"))
}

/// "condemned *what* it called Belarus's attempts": the object of the naming verb (role class
/// `naming`) of a free relative's clause (`free_relative`), which stands for it.
fn named_by_free_relative(tree: &Tree, c: &Collect, tok: usize) -> Option<usize> {
    use crate::lexicon::{role_word, RoleClass};
    let word = c.words.get(tok)?.to_lowercase();
    if !role_word(&word, RoleClass::FreeRelative) {
        return None;
    }
    let naming = |v: usize| tree.base(v) == "acl" && role_word(&crate::lemma(c.words[v], "VERB"), RoleClass::Naming);
    let verb = tree.children[tok].iter().copied().find(|&v| naming(v))?;
    tree.kids(verb, "obj").find(|&o| o > verb)
}

/// Whether a mention is followed by a possessive "'s".
pub(crate) fn possessor(c: &Collect, m: usize) -> bool {
    c.words.get(c.mentions[m].tokens.end).is_some_and(|w| matches!(*w, "'s" | "'" | "’s"))
}

/// A person named in apposition somewhere inside the phrase of `tok` (at most three levels
/// down, through nominal modifiers only).
fn apposed_person(tree: &Tree, c: &Collect, tok: usize) -> Option<usize> {
    let mut level = vec![tok];
    for _ in 0..3 {
        let mut next = Vec::new();
        for &h in &level {
            for &k in &tree.children[h] {
                let base = tree.base(k);
                if base == "appos" {
                    if let Some(m) = c.mention_at(k).filter(|&m| c.mentions[m].kind == MentionKind::Person) {
                        return Some(m);
                    }
                }
                if matches!(base, "nmod" | "appos" | "compound") {
                    next.push(k);
                }
            }
        }
        level = next;
    }
    None
}

/// Rightmost mention of the noun phrase starting at `k` ("the Belarusian President
/// *Alexander Lukashenko*"): determiners, adjectives, nouns and names, no punctuation.
pub(crate) fn np_head_mention(s: &SentenceView, c: &Collect, mut k: usize) -> Option<usize> {
    let mut last = None;
    while k < s.len() && k < c.words.len() {
        let m = c.mention_at(k);
        let ok = m.is_some() || matches!(s.upos_at(k), "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM" | "");
        if !ok || crate::triggers::is_punct(s, k) {
            break;
        }
        if m.is_some() {
            last = m;
        }
        k += 1;
    }
    last
}
