//! Mentions no list explains: a surname or spelling variant of someone named in full, a place
//! after a place cue, a name the entity model recognised, "the Ministry" named in full before.

use std::ops::Range;

use super::{Builder, Draft, Key, Mention};
use crate::document::ActorKind;
use crate::lexicon::{PlaceCue, WordClass};
use crate::names::translit_key;
use dyad_nlp::{EntType, Upos};

impl Builder<'_> {
    /// The entity type the NER model gives every token of `r`, if it agrees on one.
    pub(super) fn ner_type(&self, r: &Range<usize>) -> Option<EntType> {
        let tags = self.a.tags.ner.get(r.clone())?;
        // (Lower-case particles inside a name are no proper nouns: "Ludwig *van den* Berg".)
        let particle = |k: usize| self.a.tok(k).starts_with(char::is_lowercase) && self.lex.is_particle(self.a.tok(k));
        if !r.clone().all(|k| particle(k) || self.a.tags.upos.get(k) == Some(&Upos::Propn)) {
            return None;
        }
        let first = tags.first()?.ent_type()?;
        r.clone().zip(tags).all(|(k, t)| particle(k) || t.ent_type() == Some(first)).then_some(first)
    }

    /// A name only the NER model recognised, as an organisation or a place.
    pub(super) fn add_by_ner(&mut self, m: Mention, hint: Option<EntType>) {
        let name = self.a.slice(m.tokens.start, m.tokens.end).to_string();
        let kind = match hint {
            Some(EntType::Org) => ActorKind::Organization,
            Some(EntType::Loc) => ActorKind::Place,
            _ => return,
        };
        let country =
            if kind == ActorKind::Place { self.country_nearby(m.tokens.end, self.a.sentence_tokens(m.sentence).end) } else { None };
        self.add(Key::Named(kind, name.clone()), &name, kind, country, None, m);
    }

    /// A single capitalised word that was nothing on its own: a surname of someone named in full,
    /// a spelling variant of it, or a place known under another transliteration.
    pub(super) fn resolve_unknown(&mut self, m: Mention, hint: Option<EntType>) {
        let a = self.a;
        if self.people.attach_surname(a, &m) {
            return;
        }
        let word = a.slice(m.tokens.start, m.tokens.end).to_string();
        // ("wrote on *X.*": a lone initial names no one.)
        if m.tokens.len() == 1 && word.len() == 2 && word.ends_with('.') {
            return;
        }
        let after = a.tok(m.tokens.end);
        let before = if m.tokens.start > 0 { a.tok(m.tokens.start - 1) } else { "" };
        let before2 = if m.tokens.start > 1 { a.tok(m.tokens.start - 2) } else { "" };
        let place_cue = self.lex.place_head(after, PlaceCue::After).is_some()
            || (before == "of" && self.lex.place_head(before2, PlaceCue::Before).is_some());
        if place_cue {
            let known = self.lex.place_by_key(&translit_key(&word));
            match known {
                Some(k) => {
                    let kk = &self.lex.known[k as usize];
                    let country = kk.country.clone();
                    self.add(Key::Known(k), &word, ActorKind::Place, country, None, m);
                }
                None => {
                    let country = self.country_nearby(m.tokens.end, a.sentence_tokens(m.sentence).end);
                    self.add(Key::Named(ActorKind::Place, word.clone()), &word, ActorKind::Place, country, None, m);
                }
            }
            return;
        }
        if m.tokens.len() > 1 && self.people.attach_full_name(a, &m, self.lex) {
            return;
        }
        // "The Ministry of Foreign Affairs … condemns … *The Ministry* holds …": a lone head
        // word after "the" is the organisation named before whose name holds it.
        // ("The Government" stays the state it governs, as a role noun.)
        let state_role = crate::refer::role_nouns().get(&word.to_lowercase()) == Some(&crate::refer::Refers::State);
        if m.tokens.len() == 1 && before.eq_ignore_ascii_case("the") && self.lex.org_head(&word).is_some() && !state_role {
            if let Some(d) = self.organisation_holding(&word, m.tokens.start) {
                self.drafts[d].mentions.push(m);
                return;
            }
        }
        // Last, the statistical model: a lone word it is confident about and that is not a
        // sentence-initial common word.
        // A single word must also be tagged a proper noun, and a single-word place must follow a
        // locative preposition: NER alone calls `East` (of `East government`) a place.
        let proper = a.tags.upos.get(m.tokens.start) == Some(&Upos::Propn)
            && !self.lex.is_not_name(&word)
            && word.chars().count() > 1
            && !(self.opens_sentence(&m) && self.lex.is_common_word(&word))
            && !self.first_word_of_a_name(&m, &word);
        let after_locative = m.tokens.start > 0 && self.lex.word_is(a.tok(m.tokens.start - 1), WordClass::LocativePrep);
        match hint {
            Some(EntType::Per) if proper => self.people.add_single(a, m),
            Some(EntType::Org) if proper => self.add_by_ner(m, hint),
            Some(EntType::Loc) if proper && after_locative => self.add_by_ner(m, hint),
            _ => {}
        }
    }

    /// The organisation last mentioned before token `i` whose name holds `word`.
    pub(super) fn organisation_holding(&self, word: &str, i: usize) -> Option<usize> {
        let holds = |d: &Draft| d.kind == Some(ActorKind::Organization) && d.name.split(' ').any(|w| w == word);
        let last_before = |d: &Draft| d.mentions.iter().map(|m| m.tokens.start).filter(|&k| k < i).max();
        self.drafts.iter().enumerate().filter(|(_, d)| holds(d)).filter_map(|(x, d)| Some((last_before(d)?, x))).max().map(|(_, x)| x)
    }

    /// "*Air* defense shot down …" in a story about the Air Force: a word opening a sentence
    /// before a lower-case word, which the story names only as the first word of a longer
    /// organisation's name, is capitalised for its place, not a name of its own.
    fn first_word_of_a_name(&self, m: &Mention, word: &str) -> bool {
        // (Before a noun it modifies; an acronym is a name: "*TSA* agents".)
        let modifier = self.a.tok(m.tokens.end).starts_with(char::is_lowercase) && self.a.tags.upos.get(m.tokens.end) == Some(&Upos::Noun);
        let acronym = word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let opens_a_name =
            |d: &Draft| d.kind == Some(ActorKind::Organization) && d.name.strip_prefix(word).is_some_and(|r| r.starts_with(' '));
        m.tokens.len() == 1 && modifier && !acronym && self.opens_sentence(m) && self.drafts.iter().any(opens_a_name)
    }

    /// Whether a mention is capitalised for its place: first in its sentence or after an opening
    /// quote or bracket (`Debris fell …`, `"Talks failed," …`).
    pub(super) fn opens_sentence(&self, m: &Mention) -> bool {
        let first = self.a.sentence_tokens(m.sentence).start;
        (first..m.tokens.start).all(|j| crate::analysis::opens_capitalised(self.a.tok(j)))
    }
}
