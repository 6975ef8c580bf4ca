//! Trigger matching: single words and multi-word phrases, on lemmas, with small gaps.

use std::borrow::Cow;
use std::ops::Range;

use crate::lexicon::{role_word, CueKind, Flags, Lexicon, RoleClass, TriggerPos};
use crate::{lemma, PloverType, SentenceView};

/// Most tokens a phrase may skip between two of its words ("held *direct* talks",
/// "called *again* on").
const MAX_GAP: usize = 3;
/// The gap a phrase may skip when it is a prepositional phrase naming a party ("spoke *to X*
/// by phone").
const MAX_PARTY_GAP: usize = 8;

/// A trigger found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct TriggerMatch {
    /// First..last matched token (gaps included).
    pub tokens: Range<usize>,
    /// The tokens that matched lexicon words.
    pub matched: Vec<usize>,
    /// Syntactic head: the verb of a phrase ("held" in "held talks"), else the noun.
    pub head: usize,
    pub event_type: PloverType,
    pub mode: Option<String>,
    pub quad: u8,
    pub score: f32,
    pub flags: Flags,
    /// Part of speech of the lexicon entry (a noun trigger takes roles differently).
    pub pos: TriggerPos,
    /// Index of the entry in [`Lexicon::entries`]; `usize::MAX` for a construction
    /// (the reported demand) that no single entry describes.
    pub entry: usize,
}

/// Per-token lemma and lower-case form, computed once per sentence.
pub(crate) struct Lemmas<'a> {
    pub lemma: Vec<Cow<'a, str>>,
    pub lower: Vec<Cow<'a, str>>,
}

impl<'a> Lemmas<'a> {
    pub fn new(s: &SentenceView<'a>) -> Self {
        Lemmas {
            lemma: (0..s.len()).map(|i| lemma(s.words[i], s.upos_at(i))).collect(),
            lower: s
                .words
                .iter()
                .map(|w| if w.chars().any(char::is_uppercase) { Cow::Owned(w.to_lowercase()) } else { Cow::Borrowed(*w) })
                .collect(),
        }
    }

    pub fn is(&self, i: usize, w: &str) -> bool {
        self.lemma[i] == w || self.lower[i] == w
    }

    /// Whether word `i`, as its lemma or as written (lower case), is in a `role_words.tsv` class.
    pub(crate) fn in_class(&self, i: usize, class: crate::lexicon::RoleClass) -> bool {
        crate::lexicon::role_word(&self.lemma[i], class) || crate::lexicon::role_word(&self.lower[i], class)
    }
}

pub(crate) fn is_punct(s: &SentenceView, i: usize) -> bool {
    let w = s.words[i];
    s.upos_at(i) == "PUNCT" || (!w.is_empty() && w.chars().all(|c| c.is_ascii_punctuation() && c != '-'))
}

/// The token's UPOS, or without tags a guess from the previous word (`role_words.tsv`
/// classes `noun_before` / `verb_before`): after a determiner it is a noun ("the attack"),
/// after an auxiliary or "to" a verb.
fn tag_or_guess<'a>(s: &SentenceView<'a>, lm: &Lemmas, i: usize) -> &'a str {
    let tag = s.upos_at(i);
    if !tag.is_empty() || i == 0 {
        return tag;
    }
    let before = lm.lower[i - 1].as_ref();
    if role_word(before, RoleClass::NounBefore) {
        "NOUN"
    } else if role_word(before, RoleClass::VerbBefore) {
        "VERB"
    } else {
        ""
    }
}

fn pos_ok(pos: TriggerPos, upos: &str) -> bool {
    match (pos, upos) {
        (TriggerPos::Phrase, _) | (_, "" | "X") => true,
        (TriggerPos::Verb, u) => u == "VERB",
        (TriggerPos::Noun, u) => u == "NOUN" || u == "PROPN",
    }
}

/// Matches `words` starting at token `i`, in order, skipping at most MAX_GAP
/// non-punctuation tokens between consecutive words.
pub(crate) fn match_forward(s: &SentenceView, lm: &Lemmas, words: &[String], i: usize) -> Option<Vec<usize>> {
    if !lm.is(i, &words[0]) && !verb_before_its_particle(s, lm, words, i) {
        return None;
    }
    let mut got = vec![i];
    let mut j = i + 1;
    for (wi, w) in words.iter().enumerate().skip(1) {
        let mut found = None;
        // ("*spoke* to his Turkish counterpart Hakan Fidan *by phone*": a longer gap when it is
        // one prepositional phrase naming the other party, with no verb.)
        let party_phrase = wi == 1
            && s.words.get(j).is_some_and(|w| matches!(*w, "to" | "with"))
            && s.upos_at(j) == "ADP"
            && words.get(1).is_some_and(|w| w == "by");
        let reach = if party_phrase { MAX_PARTY_GAP } else { MAX_GAP };
        for k in j..s.len().min(j + reach + 1) {
            if party_phrase && k > j + MAX_GAP && matches!(s.upos_at(k - 1), "VERB" | "AUX") {
                break;
            }
            // "offered *to* mediate" but not "offered concessions *to* the miners": a
            // phrase-final "to" reached across a gap must be the infinitive marker.
            let last = wi + 1 == words.len();
            let preposition_after_gap = last && k > j && w == "to" && s.upos_at(k) == "ADP";
            // "agreed *on* Sunday to …" is no "agree on": a date follows the preposition.
            // ("wildcat *strikes* Friday" ends in a noun: the date is the strike's.)
            let dated = last
                && matches!(s.upos_at(k), "ADP" | "PART" | "SCONJ" | "")
                && s.words.get(k + 1).is_some_and(|x| crate::dates::is_day_or_month(x));
            if lm.is(k, w) && !preposition_after_gap && !dated {
                found = Some(k);
                break;
            }
            if is_punct(s, k) {
                break;
            }
        }
        let k = found?;
        got.push(k);
        j = k + 1;
    }
    Some(got)
}

/// Whether the verb starting match `m` has its object (or a predicate: "calls them
/// terrorists") between the match's first two words. Needs the parse.
fn object_in_gap(s: &SentenceView, m: &[usize]) -> bool {
    let [verb, next, ..] = m[..] else { return false };
    s.heads.len() == s.len()
        && (verb + 1..next).any(|k| {
            // ("called *Sunday* for an end": a date the parser took for the object.)
            s.heads[k] as usize == verb + 1
                && matches!(s.deprel_at(k), "obj" | "iobj" | "xcomp" | "ccomp")
                && !crate::dates::is_day_or_month(s.words[k])
        })
}

/// "the army *shot down* a drone" with "shot" tagged as a noun: a word that is a form of the
/// phrase's verb, directly followed by the phrase's particle, is that verb whatever its tag.
fn verb_before_its_particle(s: &SentenceView, lm: &Lemmas, words: &[String], i: usize) -> bool {
    words.len() >= 2
        && s.upos_at(i) == "NOUN"
        && !lm.lower[i].ends_with("ing")
        && s.upos_at(i + 1) == "ADP"
        && lm.lower.get(i + 1).is_some_and(|p| *p == words[1])
        && lemma::lemma(&lm.lower[i], "VERB") == words[0].as_str()
}

/// "talks were held", "no deal was reached": a two-word verb+noun phrase whose noun is
/// the passive subject, found before the verb with a form of "be" in between.
fn match_passive(s: &SentenceView, lm: &Lemmas, words: &[String], i: usize) -> Option<Vec<usize>> {
    if words.len() != 2 || !lm.is(i, &words[0]) || !matches!(s.upos_at(i), "VERB" | "" | "X") {
        return None;
    }
    let mut saw_be = false;
    for k in (i.saturating_sub(5)..i).rev() {
        if is_punct(s, k) {
            return None;
        }
        if lm.lemma[k] == "be" {
            saw_be = true;
        } else if saw_be && lm.is(k, &words[1]) {
            // Verb first: it is the head and the phrase's first word.
            return Some(vec![i, k]);
        }
    }
    None
}

/// Most dependency steps from a phrase's noun up to its verb ("provide [tons [of food *aid*]]").
const MAX_OBJECT_DEPTH: usize = 3;

/// "provide nearly 25,000 tons of emergency food *aid*": a verb+noun phrase whose noun
/// (with the phrase's words before it) sits inside the verb's object, too far for a gap.
/// Needs the parse.
fn match_in_object(s: &SentenceView, lm: &Lemmas, words: &[String], i: usize) -> Option<Vec<usize>> {
    if words.len() < 2 || !lm.is(i, &words[0]) || s.upos_at(i) != "VERB" || s.heads.len() != s.len() {
        return None;
    }
    let reaches_verb = |k: usize| {
        let mut node = k;
        for _ in 0..MAX_OBJECT_DEPTH {
            let rel = s.deprel_at(node);
            let base = rel.split(':').next().unwrap_or(rel);
            if !matches!(base, "obj" | "iobj" | "nmod" | "compound" | "conj") {
                return false;
            }
            match (s.heads[node] as usize).checked_sub(1) {
                Some(h) if h == i => return true,
                Some(h) if h < s.len() => node = h,
                _ => return false,
            }
        }
        false
    };
    // "expressed gratitude for *China's* support": a noun below the object with a named
    // possessor is the possessor's act, not what the verb expresses.
    let owned_by_another = |k: usize| {
        s.heads[k] as usize != i + 1
            && (0..s.len()).any(|c| s.heads[c] as usize == k + 1 && s.deprel_at(c) == "nmod:poss" && s.upos_at(c) == "PROPN")
    };
    // The words after the verb are contiguous, ending in the noun: "provide … *humanitarian aid*".
    let rest = &words[1..];
    let last = rest.len() - 1;
    (i + 1 + last..s.len())
        .find(|&k| {
            lm.is(k, &rest[last])
                && matches!(s.upos_at(k), "NOUN" | "PROPN")
                && rest[..last].iter().enumerate().all(|(j, w)| lm.is(k - last + j, w))
                && reaches_verb(k)
                && !owned_by_another(k)
        })
        .map(|k| std::iter::once(i).chain(k - last..=k).collect())
}

impl Lexicon {
    /// Without a parse: whether a verb+noun phrase could match inside the verb's object
    /// ("provide 30 million euros in humanitarian *aid*"), which only the parse can confirm.
    pub(crate) fn may_match_in_object(&self, s: &SentenceView, lm: &Lemmas) -> bool {
        (0..s.len()).filter(|&i| s.upos_at(i) == "VERB").any(|i| {
            self.entries_starting(&lm.lemma[i]).iter().any(|&e| {
                let words = &self.entries[e].words;
                let noun = words.last().filter(|_| words.len() >= 2);
                noun.is_some_and(|w| (i + 1..s.len()).any(|k| lm.is(k, w) && matches!(s.upos_at(k), "NOUN" | "PROPN")))
            })
        })
    }

    /// All triggers in the sentence. Longer phrases win over the words they contain;
    /// among entries of equal length the one listed first in triggers.tsv wins, so each
    /// token belongs to at most one trigger.
    pub fn find_triggers(&self, s: &SentenceView) -> Vec<TriggerMatch> {
        let lm = Lemmas::new(s);
        self.find_triggers_with(s, &lm)
    }

    pub(crate) fn find_triggers_with(&self, s: &SentenceView, lm: &Lemmas) -> Vec<TriggerMatch> {
        let n = s.len();
        // (entry, matched tokens)
        let mut cands: Vec<(usize, Vec<usize>)> = Vec::new();
        let mut tried: Vec<usize> = Vec::new();
        for i in 0..n {
            let lemma = lm.lemma[i].as_ref();
            let lower = Some(lm.lower[i].as_ref()).filter(|&l| l != lemma);
            // A noun right before a preposition may be a mistagged phrasal verb ("shot down").
            // ("meeting with" is a noun: a gerund is left alone.)
            let as_verb = (s.upos_at(i) == "NOUN" && s.upos_at(i + 1) == "ADP" && !lm.lower[i].ends_with("ing"))
                .then(|| lemma::lemma(&lm.lower[i], "VERB"));
            tried.clear();
            for key in std::iter::once(lemma).chain(lower).chain(as_verb.as_deref().filter(|&v| v != lemma)) {
                for &e in self.entries_starting(key) {
                    if tried.contains(&e) {
                        continue;
                    }
                    tried.push(e);
                    let entry = &self.entries[e];
                    if entry.words.len() == 1 && !pos_ok(entry.pos, tag_or_guess(s, lm, i)) {
                        continue;
                    }
                    // A participle modifying a noun names a state, not an event: "the
                    // *disputed* border", "the *occupied* West Bank".
                    if entry.pos == TriggerPos::Verb && s.deprel_at(i) == "amod" {
                        continue;
                    }
                    if let Some(m) = match_forward(s, lm, &entry.words, i) {
                        // A noun phrase ends in a noun: "tanks *fired*" is no "tank fire".
                        let verb_end = |m: &[usize]| m.last().is_some_and(|&k| matches!(s.upos_at(k), "VERB" | "AUX"));
                        if entry.pos == TriggerPos::Noun && entry.words.len() > 1 && verb_end(&m) {
                            continue;
                        }
                        if entry.flags.has(Flags::NO_OBJECT_GAP) && object_in_gap(s, &m) {
                            continue;
                        }
                        // "regions *close to the border*": an adjective before a preposition is
                        // no verb taking the phrase's noun.
                        let adjective_before_prep =
                            s.upos_at(i) == "ADJ" && m.get(1).is_some_and(|&k| (i + 1..k).any(|g| s.upos_at(g) == "ADP"));
                        if entry.pos == TriggerPos::Phrase && adjective_before_prep {
                            continue;
                        }
                        cands.push((e, m));
                    } else if let Some(m) = match_passive(s, lm, &entry.words, i).or_else(|| match_in_object(s, lm, &entry.words, i)) {
                        // ("calling it "a victory for dialogue"": the object stands between.)
                        if entry.flags.has(Flags::NO_OBJECT_GAP) && object_in_gap(s, &m) {
                            continue;
                        }
                        cands.push((e, m));
                    }
                }
            }
        }
        let blocked = self.blocked_tokens(s, lm);
        cands.sort_by_key(|(e, m)| {
            let span = m.iter().max().unwrap_or(&0) - m.iter().min().unwrap_or(&0);
            (std::cmp::Reverse(m.len()), span, *e)
        });
        let mut taken = vec![false; n];
        let mut out = Vec::new();
        for (e, m) in cands {
            if m.iter().any(|&k| taken[k]) {
                continue;
            }
            let entry = &self.entries[e];
            let head = pick_head(s, entry.pos, &m);
            if blocked[head] {
                continue;
            }
            for &k in &m {
                taken[k] = true;
            }
            let row = self.score_row(entry.event_type, entry.mode.as_deref());
            out.push(TriggerMatch {
                tokens: *m.iter().min().unwrap_or(&0)..*m.iter().max().unwrap_or(&0) + 1,
                matched: m,
                head,
                event_type: entry.event_type,
                mode: entry.mode.clone(),
                quad: row.map_or(entry.event_type.quad(), |r| r.quad),
                score: row.map_or(0.0, |r| r.score),
                flags: entry.flags,
                pos: entry.pos,
                entry: e,
            });
        }
        out.sort_by_key(|t| t.tokens.start);
        out
    }

    /// Tokens covered by a `blocker` cue ("release a statement", "press conference").
    fn blocked_tokens(&self, s: &SentenceView, lm: &Lemmas) -> Vec<bool> {
        let mut blocked = vec![false; s.len()];
        for i in 0..s.len() {
            for key in [lm.lemma[i].as_ref(), lm.lower[i].as_ref()] {
                for &c in self.cues_starting(key) {
                    let cue = &self.cues[c];
                    if cue.kind != CueKind::Blocker {
                        continue;
                    }
                    // (Across a noun phrase or a passive, "*released* a 50-page *report*", "the
                    // *video* was *released*", but not across a clause boundary: "*pressing* the
                    // rebels to *release*" is no press release; a compound of two nouns not across a
                    // preposition either: "*attack* by Russian *drones*" is no attack drone.)
                    let nouns = |m: &Vec<usize>| m.iter().all(|&k| s.upos_at(k) == "NOUN");
                    let phrase = |k: usize, m: &Vec<usize>| match s.upos_at(k) {
                        "PART" | "SCONJ" | "CCONJ" | "PUNCT" => false,
                        "ADP" => !nouns(m),
                        _ => true,
                    };
                    let within_phrase = |m: &Vec<usize>| m.windows(2).all(|w| (w[0].min(w[1]) + 1..w[0].max(w[1])).all(|k| phrase(k, m)));
                    if let Some(m) = match_forward(s, lm, &cue.words, i).filter(within_phrase) {
                        for k in m {
                            blocked[k] = true;
                        }
                    }
                }
            }
        }
        blocked
    }
}

/// The verb of a phrase carries the subject in a parse ("*held* talks"); a noun trigger
/// ("phone call", "air strike") is headed by its last noun.
fn pick_head(s: &SentenceView, pos: TriggerPos, m: &[usize]) -> usize {
    if let Some(&v) = m.iter().find(|&&k| s.upos_at(k) == "VERB") {
        return v;
    }
    let nouny = |k: usize| matches!(s.upos_at(k), "NOUN" | "PROPN");
    // With a parse, a verbless phrase is headed by its one word whose head lies outside it
    // ("wildcat *strikes*", but "*lift* ban" with "lift" mistagged as a noun).
    if pos == TriggerPos::Phrase && s.heads.len() == s.len() {
        let outside = |k: &&usize| s.heads.get(**k).is_some_and(|&h| h == 0 || !m.contains(&(h as usize - 1)));
        if let [head] = m.iter().filter(outside).collect::<Vec<_>>().as_slice() {
            return **head;
        }
    }
    match pos {
        // ("*note* of protest": the noun before "of" heads the phrase.)
        TriggerPos::Noun => {
            let before_of = m.iter().position(|&k| s.words[k].eq_ignore_ascii_case("of")).map_or(m, |i| &m[..i]);
            before_of.iter().rev().find(|&&k| nouny(k)).or(m.last()).copied().unwrap_or(0)
        }
        _ => m.iter().find(|&&k| nouny(k) || s.upos_at(k) == "ADJ").or(m.first()).copied().unwrap_or(0),
    }
}
