//! People: clustering the mentions of one person within a document.
//!
//! Full names are clustered first (same surname and compatible given name, spelling variants
//! allowed); then surname-only mentions (`Haftar`, `Boiser`) join the person whose surname they
//! are or spell differently, preferring the one mentioned most recently. Two people who share a
//! given name but not a surname (`Mohamed Bouisir`, `Mohamed Emtairid`) never merge, because only
//! surnames are compared.

use std::ops::Range;

use super::titles::TitleInfo;
use super::{ActorRec, Mention};
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Lexicon, WordClass};
use crate::names::is_variant;

#[derive(Debug, Clone)]
pub struct PersonMention {
    pub tokens: Range<usize>,
    pub sentence: usize,
    pub title: Option<TitleInfo>,
}

#[derive(Debug, Default)]
struct Person {
    /// The fullest form seen, as words.
    words: Vec<String>,
    mentions: Vec<Mention>,
    titles: Vec<TitleInfo>,
    /// Mentions by role (`the Belarusian President`), kept for speaker and event resolution.
    roles: Vec<Mention>,
}

impl Person {
    fn surname(&self) -> &str {
        self.words.last().map_or("", String::as_str)
    }
}

#[derive(Debug, Default)]
pub struct People {
    pending: Vec<PersonMention>,
    roles: Vec<(Range<usize>, usize, TitleInfo)>,
    persons: Vec<Person>,
}

/// Name words of a mention, without a trailing possessive.
fn words(a: &Analysis, r: &Range<usize>) -> Vec<String> {
    r.clone().map(|k| a.tok(k).to_string()).filter(|w| w != "'s").collect()
}

fn same_given(x: &str, y: &str) -> bool {
    is_variant(x, y) || (x.len() <= 2 && y.starts_with(x.trim_end_matches('.'))) || (y.len() <= 2 && x.starts_with(y.trim_end_matches('.')))
}

impl People {
    pub fn push(&mut self, m: PersonMention) {
        self.pending.push(m);
    }

    /// Whether a person met so far (not yet clustered) ends their name with `word` ("Volker
    /// *Turk*").
    pub fn pending_surname(&self, a: &Analysis, word: &str) -> bool {
        self.pending.iter().any(|m| m.tokens.len() >= 2 && a.tok(m.tokens.end - 1) == word)
    }

    pub fn push_role(&mut self, tokens: Range<usize>, sentence: usize, info: TitleInfo) {
        self.roles.push((tokens, sentence, info));
    }

    pub fn cluster(&mut self, a: &Analysis, lex: &Lexicon) {
        let mut pending = std::mem::take(&mut self.pending);
        pending.sort_by_key(|m| m.tokens.start);
        take_counterpart_titles(a, &mut pending, lex);
        let (full, single): (Vec<_>, Vec<_>) = pending.into_iter().partition(|m| words(a, &m.tokens).len() >= 2);
        for m in full {
            let w = words(a, &m.tokens);
            // ("General *de la Rosa*": a surname that opens with a particle ends the full name
            // "Rafael de la Rosa" named before.)
            let particle_surname = |p: &Person| lex.is_particle(&w[0]) && ends_with(&p.words, &w);
            let found = self.persons.iter().position(|p| {
                p.words.len() >= 2 && is_variant(p.surname(), &w[w.len() - 1]) && same_given(&p.words[0], &w[0]) || particle_surname(p)
            });
            let idx = found.unwrap_or_else(|| {
                self.persons.push(Person { words: w.clone(), ..Person::default() });
                self.persons.len() - 1
            });
            let p = &mut self.persons[idx];
            if w.len() > p.words.len() {
                p.words = w;
            }
            p.mentions.push(Mention { tokens: m.tokens.clone(), sentence: m.sentence });
            p.titles.extend(m.title);
        }
        for m in single {
            let mention = Mention { tokens: m.tokens.clone(), sentence: m.sentence };
            if let Some(idx) = self.find_by_surname(a, &mention) {
                let p = &mut self.persons[idx];
                p.mentions.push(mention);
                p.titles.extend(m.title);
            } else {
                self.persons.push(Person {
                    words: words(a, &m.tokens),
                    mentions: vec![mention],
                    titles: m.title.into_iter().collect(),
                    roles: Vec::new(),
                });
            }
        }
        // Role mentions refer to the person holding that title in this document.
        for (tokens, sentence, info) in std::mem::take(&mut self.roles) {
            let holder = self.persons.iter_mut().find(|p| {
                p.titles.iter().any(|t| t.title.eq_ignore_ascii_case(&info.title) && (info.country.is_none() || t.country == info.country))
            });
            if let Some(p) = holder {
                p.roles.push(Mention { tokens, sentence });
            }
        }
    }

    /// The person whose surname `m` is (exactly, or as a spelling variant), nearest before it.
    fn find_by_surname(&self, a: &Analysis, m: &Mention) -> Option<usize> {
        let word = a.tok(m.tokens.start);
        if word.chars().count() < 2 {
            return None;
        }
        let nearest = |pred: &dyn Fn(&Person) -> bool| {
            self.persons
                .iter()
                .enumerate()
                .filter(|(_, p)| pred(p))
                .min_by_key(|(_, p)| {
                    p.mentions
                        .iter()
                        .map(|pm| pm.tokens.start.abs_diff(m.tokens.start) + if pm.tokens.start > m.tokens.start { 10_000 } else { 0 })
                        .min()
                        .unwrap_or(usize::MAX)
                })
                .map(|(i, _)| i)
        };
        nearest(&|p: &Person| p.surname() == word)
            .or_else(|| nearest(&|p: &Person| p.words.len() >= 2 && is_variant(p.surname(), word)))
            // Family name first ("Lin Jian" … "Lin told reporters"), or a first name for the
            // one person of two words who bears it.
            .or_else(|| nearest(&|p: &Person| p.words.len() == 2 && p.words[0] == word))
    }

    /// A lone name found after clustering: joins the person whose surname it is, or starts one.
    pub fn add_single(&mut self, a: &Analysis, m: Mention) {
        match self.find_by_surname(a, &m) {
            Some(idx) => self.persons[idx].mentions.push(m),
            None => self.persons.push(Person { words: words(a, &m.tokens), mentions: vec![m], titles: Vec::new(), roles: Vec::new() }),
        }
    }

    /// Attaches a name nothing marked as a person's to the person of that full name named
    /// elsewhere (a headline's "as To Lam hosts …"). Returns whether it did.
    pub fn attach_full_name(&mut self, a: &Analysis, m: &Mention, lex: &Lexicon) -> bool {
        let named = words(a, &m.tokens);
        // ("*Von der Leyen* later met …", "Le Pen said": a surname that opens with a particle
        // ends the full name "Ursula von der Leyen", "Marine Le Pen".)
        let ends_name = |p: &Person| ends_with(&p.words, &named) && lex.is_particle(&p.words[p.words.len() - named.len()]);
        match self.persons.iter_mut().find(|p| p.words == named || ends_name(p)) {
            Some(p) => {
                p.mentions.push(m.clone());
                true
            }
            None => false,
        }
    }

    /// "Le Pen", "De Klerk" that the entity model called an organisation: the person whose
    /// full name ends in these words, the first a particle. Attaches the mentions; returns
    /// whether it did.
    pub fn claim_particle_surname(&mut self, name: &str, mentions: &[Mention], lex: &Lexicon) -> bool {
        let named: Vec<&str> = name.split(' ').collect();
        if named.len() < 2 || !lex.is_particle(named[0]) {
            return false;
        }
        match self.persons.iter_mut().find(|p| ends_with(&p.words, &named)) {
            Some(p) => {
                p.mentions.extend(mentions.iter().cloned());
                true
            }
            None => false,
        }
    }

    /// Attaches a lone capitalised word to the person whose surname it is. Returns whether it did.
    pub fn attach_surname(&mut self, a: &Analysis, m: &Mention) -> bool {
        if m.tokens.len() != 1 {
            return false;
        }
        match self.find_by_surname(a, m) {
            Some(idx) => {
                self.persons[idx].mentions.push(m.clone());
                true
            }
            None => false,
        }
    }

    pub fn into_actors(self, _a: &Analysis) -> Vec<ActorRec> {
        self.persons
            .into_iter()
            .map(|p| {
                let mut titles: Vec<String> = Vec::new();
                for t in &p.titles {
                    if !t.title.is_empty() && !titles.iter().any(|x| x.eq_ignore_ascii_case(&t.title)) {
                        titles.push(t.title.clone());
                    }
                }
                let country = p.titles.iter().find_map(|t| t.country.clone());
                let sector = p.titles.iter().find_map(|t| t.sector.clone());
                let mut mentions = p.mentions;
                mentions.sort_by_key(|m| m.tokens.start);
                ActorRec { name: p.words.join(" "), kind: ActorKind::Person, country, sector, titles, aliases: Vec::new(), mentions }
            })
            .collect()
    }
}

/// Whether a longer name ends in the words `tail` (any case): "Marine *Le Pen*".
fn ends_with(words: &[String], tail: &[impl AsRef<str>]) -> bool {
    words.len() > tail.len() && words[words.len() - tail.len()..].iter().zip(tail).all(|(x, y)| x.eq_ignore_ascii_case(y.as_ref()))
}

/// "Chinese Foreign Minister Wang Yi … with his *Iranian counterpart* Abbas Araghchi": a
/// counterpart (`function_words.tsv` class `counterpart`) holds the title of the titled person
/// it faces (the one "his" refers to), in the country its own demonym gives.
fn take_counterpart_titles(a: &Analysis, pending: &mut [PersonMention], lex: &Lexicon) {
    let is_counterpart = |t: &TitleInfo| lex.word_is(&t.title.rsplit(' ').next().unwrap_or("").to_lowercase(), WordClass::Counterpart);
    for i in 0..pending.len() {
        if !pending[i].title.as_ref().is_some_and(is_counterpart) {
            continue;
        }
        // The titled person before it in its sentence, else after it there ("Speaking with his
        // Iraqi counterpart X, *Fidan* said"), else the last one named before.
        let sentence = pending[i].sentence;
        // (A courtesy title is no office: "Mr Lammy and his French counterpart" is no "Mr".)
        let titled = |m: &PersonMention| {
            m.title.as_ref().filter(|t| !is_counterpart(t) && !t.title.is_empty() && !lex.is_honorific(&t.title)).cloned()
        };
        let before = pending[..i].iter().rev().take_while(|m| m.sentence == sentence).find_map(titled);
        // (Not one joined to the counterpart: "met his Ukrainian counterpart X *and* President
        // Y" faced both.)
        let end = pending[i].tokens.end;
        let joined = |m: &PersonMention| (end..m.tokens.start).any(|k| lex.word_is(a.tok(k), WordClass::ClauseConjunction));
        let after = || pending[i + 1..].iter().take_while(|m| m.sentence == sentence && !joined(m)).find_map(titled);
        // (Before its sentence, the titled person whose surname was written last: "Lavrov
        // added … On Wednesday, he will hold talks with his Turkish counterpart" is the Foreign
        // Minister's, not that of a spokesman quoted in between.)
        let at = pending[i].tokens.start;
        let last_written = |m: &PersonMention| {
            let surname = m.tokens.end.checked_sub(1).map(|k| a.tok(k));
            (m.tokens.start..at).rev().find(|&k| Some(a.tok(k)) == surname)
        };
        let earlier = || pending[..i].iter().filter(|m| titled(m).is_some()).max_by_key(|m| last_written(m)).and_then(titled);
        let model = before.or_else(after).or_else(earlier).map(|t| (t.title, t.sector));
        if let (Some((title, sector)), Some(own)) = (model, pending[i].title.as_mut()) {
            own.title = title;
            own.sector = sector.or(own.sector.take());
        }
    }
}

/// "Abdelghani al-Kikli, *known as* Ghnewa, …", "X (also known as Y)": the person named after an
/// alias word (`function_words.tsv` class `alias_word`, after an optional comma or bracket and
/// an `alias_adverb` such as "also") is the person named before it; its mentions and titles become that one's.
pub fn merge_aliases(a: &Analysis, lex: &Lexicon, list: &mut [ActorRec]) {
    let person_at = |list: &[ActorRec], k: usize| {
        list.iter().position(|x| x.kind == ActorKind::Person && x.mentions.iter().any(|m| m.tokens.start == k))
    };
    for i in 0..list.len() {
        if list[i].kind != ActorKind::Person {
            continue;
        }
        let ends: Vec<usize> = list[i].mentions.iter().map(|m| m.tokens.end).collect();
        for end in ends {
            let mut k = end;
            if matches!(a.tok(k), "," | "(") {
                k += 1;
            }
            if lex.word_is(a.tok(k), WordClass::AliasAdverb) {
                k += 1;
            }
            if !lex.word_is(a.tok(k), WordClass::AliasWord) {
                continue;
            }
            k += 1;
            if a.tok(k) == "as" {
                k += 1;
            }
            let Some(j) = person_at(list, k).filter(|&j| j != i) else { continue };
            let taken = std::mem::take(&mut list[j].mentions);
            let titles = std::mem::take(&mut list[j].titles);
            let (country, sector) = (list[j].country.take(), list[j].sector.take());
            let keep = &mut list[i];
            keep.mentions.extend(taken);
            for t in titles {
                if !keep.titles.contains(&t) {
                    keep.titles.push(t);
                }
            }
            keep.country = keep.country.take().or(country);
            keep.sector = keep.sector.take().or(sector);
        }
    }
}
