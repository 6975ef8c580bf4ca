//! Actors: people, organisations, states and places, with their mentions, titles and countries.
//!
//! 1. [`chunks`] finds capitalised chunks and splits them into gazetteer names, titles and name
//!    words; 2. each chunk becomes candidate mentions (a state named by its capital counts as a
//!    place after `in`/`at`/`to`, as the state otherwise); 3. [`titles`] reads titles around
//!    people's names; 4. [`people`] clusters person mentions (full names first, then surnames and
//!    transliteration variants); 5. the rest is merged by identity (gazetteer entry or name):
//!    [`unknown`] places the words no list explains, [`variants`] joins an organisation's other
//!    names (acronyms, shorter forms).

pub mod chunks;
pub mod compass;
mod described;
pub mod groups;
mod homes;
pub mod people;
pub mod seats;
pub mod titles;
mod unknown;
mod variants;

use foldhash::{HashMap, HashMapExt};
use std::ops::Range;

use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Form, Lexicon, PlaceCue, WordClass};
use chunks::{find_chunks, Piece};
use dyad_nlp::EntType;
use people::{People, PersonMention};
use titles::{title_left, title_right, TitleInfo};

/// One mention of an actor.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub tokens: Range<usize>,
    pub sentence: usize,
}

/// An actor of one document.
#[derive(Debug, Clone)]
pub struct ActorRec {
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub titles: Vec<String>,
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// The actors of a document, ordered by first mention, and which actor each token names.
#[derive(Debug, Default)]
pub struct Actors {
    pub list: Vec<ActorRec>,
    pub by_token: Vec<Option<u32>>,
    /// The country of the article's dateline place (`datelines::dateline_country`).
    pub dateline_country: Option<String>,
}

impl ActorRec {
    /// A group named only by a common noun ("insurgents"): [`groups`] names them in lower case.
    pub fn is_generic(&self) -> bool {
        crate::document::is_generic_group(self.kind, &self.name)
    }
}

impl Actors {
    pub fn actor_at(&self, token: usize) -> Option<u32> {
        self.by_token.get(token).copied().flatten()
    }

    /// The state actor of a country code, when the document names that state.
    pub fn state_of_country(&self, country: &str) -> Option<usize> {
        self.list.iter().position(|x| x.kind == ActorKind::State && x.country.as_deref() == Some(country))
    }
}

/// A gazetteer entry seen at some tokens, and how it was named.
type KnownAt = (Range<usize>, u32, Form);

/// Identity of a non-person actor within the document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Known(u32),
    Named(ActorKind, String),
}

#[derive(Debug, Default)]
struct Draft {
    name: String,
    kind: Option<ActorKind>,
    country: Option<String>,
    sector: Option<String>,
    mentions: Vec<Mention>,
}

struct Builder<'a> {
    a: &'a Analysis,
    lex: &'a Lexicon,
    keyed: HashMap<Key, usize>,
    drafts: Vec<Draft>,
    people: People,
    /// Single capitalised words and unexplained names, with what the NER model thinks they are.
    unknown: Vec<(Mention, Option<EntType>)>,
}

/// A person the text gives no country gets the country of the well-known figure of that
/// name in the people gazetteer, when the article itself mentions that country (as a state,
/// a demonym or one of its places): a namesake from elsewhere ("Abdoulaye Diop, the foreign
/// minister" in a Malian story is not Senegal's minister of that name) stays without one.
fn known_people_countries(list: &mut [ActorRec], lex: &Lexicon) {
    let mentioned: Vec<String> = list.iter().filter(|x| x.kind != ActorKind::Person).filter_map(|x| x.country.clone()).collect();
    for actor in list.iter_mut().filter(|x| x.kind == ActorKind::Person && x.country.is_none()) {
        if let Some((c, s)) = lex.person(&actor.name).filter(|(c, _)| mentioned.iter().any(|m| m == c)) {
            actor.country = Some(c.to_string());
            if actor.sector.is_none() && !s.is_empty() {
                actor.sector = Some(s.to_string());
            }
        }
    }
}

/// Whether a sector is one of a state's own agents (government, army, police, …).
pub(crate) fn serves_state(sector: &str) -> bool {
    groups::STATE_SECTORS.contains(&sector)
}

/// Finds the actors of an analysed article.
pub fn find_actors(a: &Analysis, lex: &Lexicon) -> Actors {
    let mut b = Builder { a, lex, keyed: HashMap::new(), drafts: Vec::new(), people: People::default(), unknown: Vec::new() };
    for chunk in find_chunks(a, lex) {
        b.chunk(&chunk);
    }
    b.people.cluster(a, lex);
    for d in b.drafts.iter_mut().filter(|d| matches!(d.kind, Some(ActorKind::Organization | ActorKind::Place))) {
        if b.people.claim_particle_surname(&d.name, &d.mentions, lex) {
            d.mentions.clear();
        }
    }
    let acronyms = b.defined_acronyms();
    b.claim_spelled_acronyms(&acronyms);
    let unknown = std::mem::take(&mut b.unknown);
    for (m, hint) in unknown {
        let word = a.slice(m.tokens.start, m.tokens.end);
        match acronyms.iter().find(|(acr, _, _)| acr == word) {
            Some(&(_, draft, _)) => b.drafts[draft].mentions.push(m),
            None => b.resolve_unknown(m, hint),
        }
    }
    b.merge_org_suffixes();
    b.finish()
}

impl Builder<'_> {
    fn add(&mut self, key: Key, name: &str, kind: ActorKind, country: Option<String>, sector: Option<String>, m: Mention) {
        // "Russia's Defense Ministry" and later "China's Defense Ministry" are two ministries of
        // one name: the second gets a draft of its own, and a bare "the Defense Ministry" after
        // it is the one named last.
        let seen =
            |k: &Key| if matches!(k, Key::Named(ActorKind::Organization, _)) && country.is_some() { self.keyed.get(k) } else { None };
        let key = match (&key, &country, seen(&key)) {
            (Key::Named(ActorKind::Organization, n), Some(c), Some(&i)) if self.drafts[i].country.as_ref().is_some_and(|d| d != c) => {
                let own = Key::Named(ActorKind::Organization, format!("{n}\u{1}{c}"));
                let idx = *self.keyed.entry(own.clone()).or_insert_with(|| {
                    self.drafts.push(Draft { name: name.to_string(), kind: Some(kind), ..Draft::default() });
                    self.drafts.len() - 1
                });
                self.keyed.insert(key.clone(), idx);
                own
            }
            _ => key,
        };
        let idx = *self.keyed.entry(key).or_insert_with(|| {
            self.drafts.push(Draft { name: name.to_string(), kind: Some(kind), ..Draft::default() });
            self.drafts.len() - 1
        });
        let d = &mut self.drafts[idx];
        d.country = d.country.take().or(country);
        d.sector = d.sector.take().or(sector);
        if !d.mentions.contains(&m) {
            d.mentions.push(m);
        }
    }

    fn add_known(&mut self, known: u32, form: Form, m: Mention) {
        let k = &self.lex.known[known as usize];
        let (mut known, mut kind) = (known, k.kind);
        if form == Form::Capital && (self.is_place_context(m.tokens.start, m.sentence) || self.is_dateline(&m)) {
            // "in Minsk" is the city; "relations with Minsk" is the government.
            if let Some(place) = self
                .lex
                .lookup_surface(self.a.slice(m.tokens.start, m.tokens.end))
                .iter()
                .find(|h| self.lex.known[h.known as usize].kind == ActorKind::Place)
            {
                known = place.known;
                kind = ActorKind::Place;
            }
        }
        if self.is_dateline_credit(&m) {
            // `NEW DELHI, March 4 (PTI) -`: the bracket credits a news agency, whatever else the letters name.
            let surface = self.a.slice(m.tokens.start, m.tokens.end);
            if let Some(h) =
                self.lex.lookup_surface(surface).iter().find(|h| self.lex.known[h.known as usize].sector.as_deref() == Some("MED"))
            {
                known = h.known;
                kind = self.lex.known[known as usize].kind;
            }
        }
        let k = &self.lex.known[known as usize];
        self.add(Key::Known(known), &k.name.clone(), kind, k.country.clone(), k.sector.clone(), m);
    }

    /// `(AFP)` in a dateline: in brackets, before the dash, within a paragraph's first words;
    /// or, without a dash, after a shouted city and its date (`NEW DELHI, Aug 18 (PTI) External
    /// Affairs Minister …`).
    fn is_dateline_credit(&self, m: &Mention) -> bool {
        let r = self.a.sentence_tokens(m.sentence);
        let bracketed = self.a.opens_paragraph(m.sentence)
            && m.tokens.start > r.start
            && m.tokens.start < r.start + 12
            && m.tokens.end + 1 < r.end
            && self.a.tok(m.tokens.start - 1) == "("
            && self.a.tok(m.tokens.end) == ")";
        if !bracketed {
            return false;
        }
        let dated = (r.start..m.tokens.start).any(|k| self.a.tok(k).chars().all(|c| c.is_ascii_digit()));
        // (A city in title case too: `New Delhi, Nov 27 (PTI) External Affairs Minister …`.)
        let title_case_dateline = || {
            let opening: Vec<&str> = (r.start..r.end.min(r.start + 16)).map(|k| self.a.tok(k)).collect();
            crate::analysis::dateline_len(self.a, m.sentence, &opening) == m.tokens.end + 1 - r.start
        };
        crate::analysis::is_dateline_dash(self.a.tok(m.tokens.end + 1))
            || (crate::casing::is_shouted(self.a.tok(r.start))
                && self.a.tok(r.start + 1) != "("
                && dated
                && self.a.is_capitalised(m.tokens.end + 1))
            || title_case_dateline()
    }

    /// `BAMAKO -`, `MOSCOW (Reuters) -` or `KYIV, May 2 (AFP) -` opening a paragraph names where
    /// the story was filed.
    fn is_dateline(&self, m: &Mention) -> bool {
        let r = self.a.sentence_tokens(m.sentence);
        m.tokens.start == r.start
            && self.a.opens_paragraph(m.sentence)
            && matches!(self.a.tok(m.tokens.end), "," | "-" | "—" | "–" | "--" | "(")
    }

    /// Whether the words before token `i` make it a location (`in the capital, Minsk`).
    fn is_place_context(&self, i: usize, sentence: usize) -> bool {
        let lo = self.a.sentence_tokens(sentence).start;
        let mut k = i;
        let mut skipped = 0;
        while k > lo && skipped < 5 {
            let w = self.a.tok(k - 1);
            if self.lex.word_is(w, WordClass::LocativePrep) {
                return true;
            }
            // "the West Bank *city of* Ramallah": a place word before "of".
            if w == "of" && k >= lo + 2 && self.lex.place_head(self.a.tok(k - 2), PlaceCue::Before).is_some() {
                return true;
            }
            if matches!(w, "," | "the" | "capital" | "city" | "of") || self.lex.lookup(w).iter().any(|h| h.form == Form::Demonym) {
                k -= 1;
                skipped += 1;
                continue;
            }
            return false;
        }
        false
    }

    fn chunk(&mut self, chunk: &chunks::Chunk) {
        let a = self.a;
        let sentence = chunk.sentence;
        let srange = a.sentence_tokens(sentence);
        let mut title: Option<(Range<usize>, Option<KnownAt>)> = None;
        let mut pending_state: Option<KnownAt> = None;
        for (pi, part) in chunk.parts.iter().enumerate() {
            let m = Mention { tokens: part.tokens.clone(), sentence };
            match &part.piece {
                Piece::Known { known, form } => {
                    // ("*Turk* said", "*Jordan* said", "*Sana* said": a lone word of a list that ends the
                    // name of someone named before is that person's surname, resolved with the other
                    // unexplained words.)
                    let lone = chunk.parts.len() == 1 && part.tokens.len() == 1;
                    let k = part.tokens.start;
                    if lone && !matches!(a.upos(k + 1), "NOUN" | "PROPN") && self.people.pending_surname(a, a.tok(k)) {
                        self.unknown.push((m, None));
                        continue;
                    }
                    // `Belarusian President`, `Kremlin spokesman`, `IAEA chief`: the title's holder
                    // belongs to that state, place or organisation.
                    let next_is_title = chunk.parts.get(pi + 1).is_some_and(|p| p.piece == Piece::Title);
                    if next_is_title {
                        pending_state = Some((part.tokens.clone(), *known, *form));
                    }
                    self.add_known(*known, *form, m);
                }
                Piece::Title => {
                    // ("Prime Minister *Sheikh* Mohammed …": an honorific after a complete title is no
                    // part of it; "First *Lady*", "Grand *Sheikh*" are titles with it.)
                    let honorific = part.tokens.len() == 1 && self.lex.is_honorific(a.tok(part.tokens.start));
                    let complete = |r: &Range<usize>| {
                        self.lex.is_title_head(&a.slice(r.start, r.end).split_whitespace().collect::<Vec<_>>().join(" "))
                    };
                    if honorific && title.as_ref().is_some_and(|(r, _)| r.end == part.tokens.start && complete(r)) {
                        continue;
                    }
                    let (start, state) = match title.take() {
                        Some((r, state)) => (r.start, state.or(pending_state.take())),
                        None => (part.tokens.start, pending_state.take()),
                    };
                    title = Some((start..part.tokens.end, state));
                }
                Piece::Org { sector } => {
                    let country = self
                        .leading_country(chunk, pi)
                        .or_else(|| self.possessor_country(part.tokens.start))
                        .or_else(|| self.state_after_of(&part.tokens));
                    let name = a.slice(part.tokens.start, part.tokens.end).to_string();
                    self.add(Key::Named(ActorKind::Organization, name.clone()), &name, ActorKind::Organization, country, sector.clone(), m);
                }
                Piece::Place { .. } => {
                    let name = a.slice(part.tokens.start, part.tokens.end).to_string();
                    let country = self.leading_country(chunk, pi).or_else(|| self.country_nearby(part.tokens.end, srange.end));
                    self.add(Key::Named(ActorKind::Place, name.clone()), &name, ActorKind::Place, country, None, m);
                }
                Piece::Name => {
                    // "public broadcaster *RTS*": a name a descriptor calls an organisation (not a
                    // person's full name, "veteran broadcaster David Dimbleby", nor the surname of
                    // someone named before, "told a newspaper *Belhadj* had called …").
                    let person = (self.lex.is_given_name(a.tok(part.tokens.start)) && part.tokens.len() >= 2)
                        || (part.tokens.len() == 1 && self.people.pending_surname(a, a.tok(part.tokens.start)));
                    if let Some((sector, country)) = (title.is_none() && !person).then(|| self.described_org(&part.tokens)).flatten() {
                        let name = a.slice(part.tokens.start, part.tokens.end).to_string();
                        self.add(Key::Named(ActorKind::Organization, name.clone()), &name, ActorKind::Organization, country, sector, m);
                        continue;
                    }
                    let t = title.take();
                    let info = match t {
                        // ("the President of Sri Lanka, *H.E.* Anura …": a courtesy alone leaves the
                        // office to an apposition before it.)
                        Some((tr, _))
                            if tr.len() == 1
                                && self.lex.is_honorific(a.tok(tr.start))
                                && title_left(a, tr.start, srange.clone(), self.lex).is_some() =>
                        {
                            title_left(a, tr.start, srange.clone(), self.lex)
                        }
                        // ("*Russia's* Foreign Minister X": the owner stands before the chunk.)
                        Some((tr, state)) => {
                            let state = state.or_else(|| self.possessor_state(tr.start));
                            let mut info = self.title_from_chunk(tr.clone(), state);
                            if info.country.is_none() {
                                info.country = titles::apposed_country(a, tr.start, srange.clone(), self.lex);
                            }
                            Some(info)
                        }
                        None => title_left(a, part.tokens.start, srange.clone(), self.lex)
                            .or_else(|| title_right(a, part.tokens.end, srange.clone(), self.lex)),
                    };
                    if let Some(info) = &info {
                        for (r, known, form) in &info.states {
                            if !chunk.tokens.contains(&r.start) {
                                self.add_known(*known, *form, Mention { tokens: r.clone(), sentence });
                            }
                        }
                    }
                    let n = part.tokens.len();
                    let given = self.lex.is_given_name(a.tok(part.tokens.start));
                    let hint = self.ner_type(&part.tokens);
                    if info.is_some()
                        || given && n >= 2
                        || n >= 2 && (self.looks_like_full_name(&part.tokens) || hint == Some(EntType::Per))
                    {
                        self.people.push(PersonMention { tokens: part.tokens.clone(), sentence, title: info });
                    } else if n >= 2 && matches!(hint, Some(EntType::Org | EntType::Loc)) {
                        self.add_by_ner(m, hint);
                    } else {
                        self.unknown.push((m, hint));
                    }
                }
            }
        }
        // A title with no name: `the Belarusian President` refers to whoever holds it here.
        if let Some((tr, state)) = title {
            let state = state.or_else(|| self.possessor_state(tr.start));
            let info = self.title_from_chunk(tr.clone(), state);
            self.people.push_role(tr, sentence, info);
        }
    }

    /// Two or three name words of which the last is not a common word: `Younis Bey Vikkirov`.
    fn looks_like_full_name(&self, r: &Range<usize>) -> bool {
        r.len() <= 4
            && r.clone().all(|k| {
                !self.lex.is_not_name(self.a.tok(k)) && self.a.tok(k).chars().skip(1).all(|c| c.is_lowercase() || c == '-' || c == '\'')
            })
            && r.clone().any(|k| self.lex.is_given_name(self.a.tok(k)))
    }

    fn title_from_chunk(&self, tr: Range<usize>, state: Option<KnownAt>) -> TitleInfo {
        let a = self.a;
        let text = a.slice(tr.start, tr.end).split_whitespace().collect::<Vec<_>>().join(" ");
        // The longest title that ends the run gives the sector: "Attorney *General*" is no
        // general, "Deputy *Defence Minister*" a minister.
        let suffix = |k: usize| a.slice(k, tr.end).split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let sector = (tr.start..tr.end).find_map(|k| self.lex.title(&suffix(k)).and_then(|t| t.sector.clone()));
        let sector = sector
            .or_else(|| (tr.start..tr.end).rev().find_map(|k| self.lex.title(&a.tok(k).to_lowercase()).and_then(|t| t.sector.clone())));
        let (mut country, mut sector, mut states) = (None, sector, Vec::new());
        if let Some((r, known, form)) = state {
            let k = &self.lex.known[known as usize];
            country = k.country.clone();
            match k.kind {
                ActorKind::State => states.push((r, known, form)),
                ActorKind::Organization | ActorKind::Group => sector = k.sector.clone().or(sector),
                _ => {}
            }
        }
        TitleInfo { title: text, country, sector, tokens: tr, states }
    }

    /// The country of a demonym or state that starts the chunk (`Libyan` in `Libyan National Army`).
    fn leading_country(&self, chunk: &chunks::Chunk, pi: usize) -> Option<String> {
        chunk.parts.iter().skip(pi + 1).find_map(|p| match p.piece {
            Piece::Known { known, .. } if self.lex.known[known as usize].kind == ActorKind::State => {
                self.lex.known[known as usize].country.clone()
            }
            _ => None,
        })
    }

    /// `Government of Peru`, `Ministry of Foreign Affairs of Guyana`: an organisation opened by
    /// its head whose name ends in "of" and a state is that state's.
    fn state_after_of(&self, r: &Range<usize>) -> Option<String> {
        let a = self.a;
        let opened = r.len() >= 3 && self.lex.org_head(a.tok(r.start)).is_some_and(|h| h.first);
        if !opened {
            return None;
        }
        let mut buf = String::new();
        // (Or right after it: the chunker ends the name before a second "of".)
        let sentence_end = self.a.sentence_tokens(self.a.sentence_of[r.start] as usize).end;
        let state_at = |of: usize, end: usize, to_end: bool, buf: &mut String| {
            let start = if a.tok(of + 1) == "the" { of + 2 } else { of + 1 };
            if a.tok(of) != "of" || start >= end {
                return None;
            }
            let (n, known, _) = chunks::longest_known(a, start, end, self.lex, buf)?;
            let k = &self.lex.known[known as usize];
            ((start + n == end || !to_end) && k.kind == ActorKind::State).then(|| k.country.clone()).flatten()
        };
        (r.start + 1..r.end - 1)
            .find_map(|of| state_at(of, r.end, true, &mut buf))
            .or_else(|| (r.end + 1 < sentence_end).then(|| state_at(r.end, sentence_end.min(r.end + 6), false, &mut buf)).flatten())
    }

    /// `Colombia's Defence Ministry`: the country of a state named right before `'s` at `at - 1`.
    fn possessor_country(&self, at: usize) -> Option<String> {
        self.possessor_state(at).and_then(|(_, known, _)| self.lex.known[known as usize].country.clone())
    }

    /// The state owning what starts at `at` ("*Russia's* Foreign Minister …").
    fn possessor_state(&self, at: usize) -> Option<KnownAt> {
        chunks::possessor_state(self.a, self.lex, at)
    }

    /// The country of a known place or state within a few tokens after `from` (`Benina
    /// International Airport in the city of Benghazi`).
    fn country_nearby(&self, from: usize, hi: usize) -> Option<String> {
        let mut buf = String::new();
        (from..hi.min(from + 8)).find_map(|k| {
            chunks::longest_known(self.a, k, hi, self.lex, &mut buf).and_then(|(_, known, _)| {
                let kk = &self.lex.known[known as usize];
                matches!(kk.kind, ActorKind::State | ActorKind::Place).then(|| kk.country.clone()).flatten()
            })
        })
    }

    fn finish(self) -> Actors {
        let a = self.a;
        let mut list: Vec<ActorRec> = Vec::new();
        for d in self.drafts.into_iter().filter(|d| !d.mentions.is_empty()) {
            let Some(kind) = d.kind else { continue };
            list.push(ActorRec {
                name: d.name,
                kind,
                country: d.country,
                sector: d.sector,
                titles: Vec::new(),
                aliases: Vec::new(),
                mentions: d.mentions,
            });
        }
        list.extend(self.people.into_actors(a));
        people::merge_aliases(a, self.lex, &mut list);
        known_people_countries(&mut list, self.lex);
        groups::add_groups(a, self.lex, &mut list);
        let dateline_country = crate::datelines::dateline_country(a);
        homes::implicit_countries(a, dateline_country.as_deref(), self.lex, &mut list);
        compass::resolve_halves(a, self.lex, &mut list);
        seats::seats_for_organisations(a, self.lex, &mut list);
        list.retain(|x| !x.mentions.is_empty());
        for actor in &mut list {
            actor.mentions.sort_by_key(|m| m.tokens.start);
            actor.mentions.dedup();
            let mut aliases: Vec<String> = Vec::new();
            for m in &actor.mentions {
                let s = a.slice(m.tokens.start, m.tokens.end).to_string();
                if s != actor.name && !aliases.contains(&s) {
                    aliases.push(s);
                }
            }
            actor.aliases = aliases;
        }
        list.sort_by_key(|x| x.mentions.first().map_or(usize::MAX, |m| m.tokens.start));
        // A token inside two mentions belongs to the longer ("*Japan* Coast Guard" is the coast
        // guard, also where Japan was named before); of equal ones, to the actor named first.
        let mut by_token: Vec<Option<u32>> = vec![None; a.len()];
        let mut span = vec![0usize; a.len()];
        for (i, actor) in list.iter().enumerate() {
            for m in &actor.mentions {
                for t in m.tokens.clone() {
                    if let Some(slot) = by_token.get_mut(t) {
                        if slot.is_none() || m.tokens.len() > span[t] {
                            *slot = Some(i as u32);
                            span[t] = m.tokens.len();
                        }
                    }
                }
            }
        }
        Actors { list, by_token, dateline_country }
    }
}
