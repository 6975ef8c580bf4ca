//! The dependency tree of a parsed sentence, as role and modality rules walk it, and the
//! comma-enclosed relative clauses of a word sequence.

use crate::lexicon::{role_word, role_word_any_case, RoleClass};
use crate::SentenceView;

/// A validated dependency tree (0-based parents).
pub(crate) struct Tree<'a> {
    pub parent: Vec<Option<usize>>,
    pub rel: &'a [&'a str],
    pub children: Vec<Vec<usize>>,
}

impl<'a> Tree<'a> {
    /// `None` when the parse is missing or inconsistent (lengths, range, cycles, no root).
    pub fn new(s: &SentenceView<'a>) -> Option<Tree<'a>> {
        let n = s.len();
        if n == 0 || s.heads.len() != n || s.deprels.len() != n {
            return None;
        }
        let mut parent = Vec::with_capacity(n);
        for &h in s.heads {
            let h = h as usize;
            if h > n {
                return None;
            }
            parent.push(h.checked_sub(1));
        }
        if !parent.iter().any(Option::is_none) {
            return None;
        }
        for start in 0..n {
            let (mut cur, mut steps) = (start, 0);
            while let Some(p) = parent[cur] {
                cur = p;
                steps += 1;
                if steps > n {
                    return None;
                }
            }
        }
        let mut children = vec![Vec::new(); n];
        for (i, p) in parent.iter().enumerate() {
            if let Some(p) = p {
                children[*p].push(i);
            }
        }
        Some(Tree { parent, rel: s.deprels, children })
    }

    /// Whether `k` heads a relative clause whose subject is the relative pronoun ("the person
    /// *who opened fire*"): the clause is about the noun it modifies.
    pub fn is_pronoun_relative(&self, s: &SentenceView, k: usize) -> bool {
        self.rel[k] == "acl:relcl"
            && self.children[k].iter().any(|&c| self.base(c) == "nsubj" && role_word_any_case(s.words[c], RoleClass::RelativePronoun))
    }

    pub fn kids<'t>(&'t self, i: usize, rel: &'t str) -> impl Iterator<Item = usize> + 't {
        self.children[i].iter().copied().filter(move |&c| self.rel[c] == rel)
    }

    /// Whether `top` is `k` or one of its ancestors.
    pub fn dominates(&self, top: usize, mut k: usize) -> bool {
        // (A tree has no cycles; the bound only keeps a malformed one from looping.)
        for _ in 0..=self.parent.len() {
            if k == top {
                return true;
            }
            match self.parent[k] {
                Some(p) => k = p,
                None => return false,
            }
        }
        false
    }

    /// Relation without subtype ("obl:agent" → "obl").
    pub fn base(&self, i: usize) -> &str {
        self.rel[i].split(':').next().unwrap_or("")
    }

    /// Whether `i` names the agent of its verb: an "obl:agent", or an "obl" marked "by".
    pub fn is_agent(&self, s: &SentenceView, i: usize) -> bool {
        self.rel[i] == "obl:agent" || (self.base(i) == "obl" && self.case_of(s, i).as_deref() == Some("by"))
    }

    /// Whether the clause headed by `v` has a subject of its own, active or passive ("claims
    /// *that Iran had supplied* …", not "the claim, *saying* …").
    pub fn has_subject(&self, v: usize) -> bool {
        self.children[v].iter().any(|&c| self.rel[c].starts_with("nsubj"))
    }

    /// Whether the verb `v` is an infinitive: marked by "to" ("urged them *to* leave").
    pub fn is_infinitive(&self, s: &SentenceView, v: usize) -> bool {
        self.children[v].iter().any(|&c| self.base(c) == "mark" && s.words[c].eq_ignore_ascii_case("to"))
    }

    /// The case marker ("with", "by" …) of a nominal, lower-cased.
    pub fn case_of(&self, s: &SentenceView, i: usize) -> Option<String> {
        self.children[i].iter().find(|&&c| self.rel[c] == "case").map(|&c| s.words[c].to_lowercase())
    }
}

/// The comma-enclosed relative clauses of a word sequence, as token ranges from the opening
/// comma to the closing one (or the end): "Hossain*, who visited New Delhi in December*, had
/// said". Such a clause is about the name before it: no party to what follows, no speaker,
/// and a clause of its own for dates. (The pronoun is lower-case: ", *WHO* director general
/// Margaret Chan said" opens no relative clause.)
pub fn comma_relatives(words: &[&str]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut k = 0;
    while k + 1 < words.len() {
        if words[k] == "," && role_word(words[k + 1], RoleClass::RelativePronoun) {
            let close = (k + 1..words.len()).find(|&j| words[j] == ",").unwrap_or(words.len());
            out.push(k..close);
            k = close;
        } else {
            k += 1;
        }
    }
    out
}
