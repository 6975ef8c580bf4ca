//! Actor resolution across documents: which stored actor a document's actor is.
//!
//! - **States** are their ISO3 country code (a state the extractor could not code falls back to its
//!   folded name).
//! - **Places** are their folded name plus country.
//! - **Organisations and groups** are any folded name or alias, or an acronym of three letters or
//!   more and its long form (`IDF` / `Israel Defense Forces`), with a compatible country.
//! - **People** are matched by full name (first and last word transliteration variants, see
//!   [`dyad_extract::names::is_variant`]), then scored: +2 for the name (+1 more when it is the very
//!   same name, not a variant), +1 same country, +1 same sector, +1 a shared title, +1/+2 for
//!   one/three co-occurring actors they share; a different country rules a candidate out and a
//!   different sector costs 1, so a variant spelling with another role stays apart unless its
//!   company says otherwise. A candidate needs 2 points; the best wins (ties: most documents).
//! - A **surname alone** joins a full-named person only when exactly one compatible person carries
//!   that surname (co-occurring actors may break a tie); otherwise it joins (or becomes) a
//!   surname-only actor, which a later analyst `merge` can fold in.
//!
//! Analyst corrections are rules keyed by the folded name they concern and consulted first, so a
//! `merge` or `split` also decides every document ingested after it.

use std::collections::{HashMap, HashSet};

use dyad_extract::document::Actor;
use dyad_extract::names::{fold, is_variant, translit_key};
use rusqlite::Connection;

use crate::Result;

/// What an analyst correction does to the name it concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// Every name or alias with this fold belongs to the rule's actor.
    Merge,
    /// Actors *named* this (not merely aliased) belong to the rule's actor, split off another.
    Split,
}

impl RuleKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleKind::Merge => "merge",
            RuleKind::Split => "split",
        }
    }
}

/// What the resolver knows about one stored actor.
#[derive(Debug, Default)]
struct Known {
    kind: String,
    country: Option<String>,
    sector: Option<String>,
    titles: HashSet<String>,
    /// Multi-word names, as folded words.
    full: Vec<Vec<String>>,
    /// Folded last words of every name.
    surnames: HashSet<String>,
    /// Co-occurring stored actors (people only) and in how many documents.
    neighbours: HashMap<i64, u32>,
    n_docs: u32,
}

/// The in-memory index over stored actors used at ingest time.
#[derive(Debug, Default)]
pub struct Resolver {
    actors: HashMap<i64, Known>,
    index: HashMap<String, Vec<i64>>,
    rules: HashMap<String, (RuleKind, i64)>,
}

fn words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '.').map(fold).filter(|w| !w.is_empty()).collect()
}

fn index_keys(kind: &str, alias: &str, country: Option<&str>) -> Vec<String> {
    let f = fold(alias);
    if f.is_empty() {
        return Vec::new();
    }
    match kind {
        "state" => match country {
            Some(c) => vec![format!("s:{c}")],
            None => vec![format!("s:n:{f}")],
        },
        // Country is checked when candidates are compared, so that a place one article leaves
        // uncoded still meets its coded namesake while Paris, France and Paris, Texas stay apart.
        "place" => vec![format!("p:{f}")],
        "person" => match alias.split_whitespace().last() {
            Some(last) => vec![format!("h:{}", translit_key(last))],
            None => Vec::new(),
        },
        _ => {
            let mut keys = vec![format!("o:{f}")];
            if let Some(a) = acronym(alias) {
                keys.push(format!("o:acr:{a}"));
            }
            keys
        }
    }
}

/// The acronym an organisation name is or abbreviates to: `IDF` and `Israel Defense Forces`
/// both give `IDF`. Articles introduce the long form once and use the
/// short one after, or the reverse, so without this the two never meet across documents.
fn acronym(name: &str) -> Option<String> {
    let t: String = name.trim().chars().filter(|c| *c != '.').collect();
    // Two letters collide far too often (`Save the Children` / `Sinaloa Cartel` / `Supreme
    // Court`), so only three-letter and longer acronyms count.
    if (3..=6).contains(&t.chars().count()) && t.chars().all(|c| c.is_ascii_uppercase()) {
        return Some(t);
    }
    const SMALL: &[&str] = &["of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "le", "al", "el"];
    let words: Vec<&str> = t.split_whitespace().filter(|w| !SMALL.contains(&w.to_lowercase().as_str())).collect();
    if words.len() < 3 || words.len() > 6 || !words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).flat_map(char::to_uppercase).collect())
}

fn names_of(a: &Actor) -> impl Iterator<Item = &str> {
    std::iter::once(a.name.as_str()).chain(a.aliases.iter().map(String::as_str))
}

/// Whether two multi-word names are one person's: the last words are variants, and the first
/// words are variants or one is the other's initial.
fn full_match(a: &[String], b: &[String]) -> bool {
    let (Some(la), Some(lb)) = (a.last(), b.last()) else { return false };
    let (fa, fb) = (&a[0], &b[0]);
    let first_ok = is_variant(fa, fb) || ((fa.chars().count() == 1 || fb.chars().count() == 1) && fa.chars().next() == fb.chars().next());
    is_variant(la, lb) && first_ok
}

fn conflict(a: Option<&str>, b: Option<&str>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

impl Resolver {
    /// Builds the index from the database.
    pub fn load(conn: &Connection) -> Result<Resolver> {
        let mut r = Resolver::default();
        let mut st = conn.prepare("SELECT id, kind, country, sector, n_docs FROM actors")?;
        let rows = st.query_map([], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, Option<String>>(2)?,
                row.get::<_, Option<String>>(3)?,
                row.get::<_, i64>(4)?,
            ))
        })?;
        for row in rows {
            let (id, kind, country, sector, n_docs) = row?;
            r.actors.insert(id, Known { kind, country, sector, n_docs: n_docs as u32, ..Known::default() });
        }
        let mut st = conn.prepare("SELECT actor_id, alias FROM actor_aliases")?;
        let rows = st.query_map([], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?)))?;
        for row in rows {
            let (id, alias) = row?;
            r.add_alias(id, &alias);
        }
        let mut st = conn.prepare("SELECT actor_id, title FROM actor_titles")?;
        let rows = st.query_map([], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?)))?;
        for row in rows {
            let (id, title) = row?;
            if let Some(k) = r.actors.get_mut(&id) {
                k.titles.insert(title.to_lowercase());
            }
        }
        let mut st = conn.prepare("SELECT doc, actor_id FROM doc_actors ORDER BY doc")?;
        let rows = st.query_map([], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?)))?;
        let mut cur: Option<i64> = None;
        let mut group: Vec<i64> = Vec::new();
        for row in rows {
            let (doc, id) = row?;
            if cur != Some(doc) {
                r.add_cooccurrence(&group);
                group.clear();
                cur = Some(doc);
            }
            group.push(id);
        }
        r.add_cooccurrence(&group);
        let mut st = conn.prepare("SELECT kind, fold, actor_id FROM rules ORDER BY id")?;
        let rows = st.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, i64>(2)?)))?;
        for row in rows {
            let (kind, f, id) = row?;
            let kind = if kind == "split" { RuleKind::Split } else { RuleKind::Merge };
            r.rules.insert(f, (kind, id));
        }
        Ok(r)
    }

    fn add_alias(&mut self, id: i64, alias: &str) {
        let Some(k) = self.actors.get_mut(&id) else { return };
        let w = words(alias);
        if let Some(last) = w.last() {
            k.surnames.insert(last.clone());
        }
        if w.len() >= 2 && !k.full.contains(&w) {
            k.full.push(w);
        }
        for key in index_keys(&k.kind, alias, k.country.as_deref()) {
            let ids = self.index.entry(key).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }

    /// Records that these stored actors appeared together in one document.
    pub fn add_cooccurrence(&mut self, ids: &[i64]) {
        let distinct: HashSet<i64> = ids.iter().copied().collect();
        for &a in &distinct {
            let Some(k) = self.actors.get_mut(&a) else { continue };
            k.n_docs += 1;
            if k.kind != "person" {
                continue;
            }
            for &b in &distinct {
                if a != b {
                    *k.neighbours.entry(b).or_default() += 1;
                }
            }
        }
    }

    /// Registers a stored actor just created for `a`.
    pub fn add_actor(&mut self, id: i64, a: &Actor) {
        self.actors.insert(
            id,
            Known { kind: a.kind.as_str().to_string(), country: a.country.clone(), sector: a.sector.clone(), ..Known::default() },
        );
        self.observe(id, a);
    }

    /// Adds what a document says about stored actor `id` (names, titles, missing country/sector).
    pub fn observe(&mut self, id: i64, a: &Actor) {
        if let Some(k) = self.actors.get_mut(&id) {
            if k.country.is_none() {
                k.country = a.country.clone();
            }
            if k.sector.is_none() {
                k.sector = a.sector.clone();
            }
            k.titles.extend(a.titles.iter().map(|t| t.to_lowercase()));
        }
        for n in names_of(a) {
            self.add_alias(id, n);
        }
    }

    /// Registers an analyst rule.
    pub fn add_rule(&mut self, kind: RuleKind, alias: &str, id: i64) {
        self.rules.insert(fold(alias), (kind, id));
    }

    /// The stored actor `a` is, or `None` for a new one. `context` holds the stored actors already
    /// resolved in the same document.
    pub fn resolve(&self, a: &Actor, context: &HashSet<i64>) -> Option<i64> {
        if let Some(&(_, id)) = self.rules.get(&fold(&a.name)) {
            if self.actors.contains_key(&id) {
                return Some(id);
            }
        }
        for alias in &a.aliases {
            if let Some(&(RuleKind::Merge, id)) = self.rules.get(&fold(alias)) {
                if self.actors.contains_key(&id) {
                    return Some(id);
                }
            }
        }
        let kind = a.kind.as_str();
        if kind == "person" {
            return self.person(a, context);
        }
        let mut hits: HashMap<i64, u32> = HashMap::new();
        for n in names_of(a) {
            for key in index_keys(kind, n, a.country.as_deref()) {
                for &id in self.index.get(&key).into_iter().flatten() {
                    let k = &self.actors[&id];
                    let same_class = match kind {
                        "state" | "place" => k.kind == kind,
                        _ => k.kind == "organization" || k.kind == "group",
                    };
                    if same_class && !conflict(k.country.as_deref(), a.country.as_deref()) {
                        *hits.entry(id).or_default() += 1;
                    }
                }
            }
        }
        hits.into_iter().max_by_key(|&(id, n)| (n, self.actors[&id].n_docs, std::cmp::Reverse(id))).map(|(id, _)| id)
    }

    fn shared(&self, id: i64, context: &HashSet<i64>) -> usize {
        self.actors[&id].neighbours.keys().filter(|n| context.contains(n)).count()
    }

    fn person(&self, a: &Actor, context: &HashSet<i64>) -> Option<i64> {
        let forms: Vec<Vec<String>> = names_of(a).map(words).filter(|w| !w.is_empty()).collect();
        let mut cands: Vec<i64> = Vec::new();
        for n in names_of(a) {
            for key in index_keys("person", n, None) {
                for &id in self.index.get(&key).into_iter().flatten() {
                    if self.actors[&id].kind == "person" && !cands.contains(&id) {
                        cands.push(id);
                    }
                }
            }
        }
        cands.retain(|id| !conflict(self.actors[id].country.as_deref(), a.country.as_deref()));
        let full: Vec<&Vec<String>> = forms.iter().filter(|w| w.len() >= 2).collect();
        if full.is_empty() {
            let surname = forms.first().and_then(|w| w.last())?;
            // A bare surname is the weakest evidence there is, so it must fold to the very same
            // word: `is_variant` would let `Hasina` reach `Hassan`.
            let carries = |id: &i64| self.actors[id].surnames.contains(surname);
            let sector_ok = |id: &i64| !conflict(self.actors[id].sector.as_deref(), a.sector.as_deref()) || self.shared(*id, context) > 0;
            let fulls: Vec<i64> =
                cands.iter().copied().filter(|id| !self.actors[id].full.is_empty() && carries(id) && sector_ok(id)).collect();
            if fulls.len() == 1 {
                return Some(fulls[0]);
            }
            if fulls.len() > 1 {
                let mut by_company: Vec<(usize, i64)> = fulls.iter().map(|&id| (self.shared(id, context), id)).collect();
                by_company.sort_unstable_by(|x, y| y.cmp(x));
                if by_company[0].0 > 0 && by_company[0].0 > by_company[1].0 {
                    return Some(by_company[0].1);
                }
            }
            return cands.into_iter().find(|id| self.actors[id].full.is_empty() && self.actors[id].surnames.contains(surname));
        }
        let mut best: Option<(i32, u32, i64)> = None;
        for id in cands {
            let k = &self.actors[&id];
            if !full.iter().any(|f| k.full.iter().any(|g| full_match(f, g))) {
                continue;
            }
            // The very same multi-word name is stronger evidence than a spelling variant.
            let exact = full.iter().any(|f| k.full.contains(f));
            let mut score = 2 + i32::from(exact);
            if k.country.is_some() && k.country == a.country {
                score += 1;
            }
            let titles = a.titles.iter().any(|t| k.titles.contains(&t.to_lowercase()));
            if titles {
                score += 1;
            }
            if k.sector.is_some() && k.sector == a.sector {
                score += 1;
            } else if conflict(k.sector.as_deref(), a.sector.as_deref()) {
                // Sectors are noisy and careers move (a justice minister becomes home secretary),
                // so a different sector only outweighs a spelling variant, not the exact name.
                score -= 1;
            }
            match self.shared(id, context) {
                0 => {}
                1 | 2 => score += 1,
                _ => score += 2,
            }
            let cand = (score, k.n_docs, id);
            if score >= 2 && best.is_none_or(|b| (cand.0, cand.1) > (b.0, b.1)) {
                best = Some(cand);
            }
        }
        best.map(|b| b.2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_extract::document::ActorKind;

    fn person(name: &str, aliases: &[&str], country: Option<&str>, sector: Option<&str>) -> Actor {
        Actor {
            id: "A1".into(),
            name: name.into(),
            kind: ActorKind::Person,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            country: country.map(str::to_string),
            sector: sector.map(str::to_string),
            titles: vec![],
            mentions: vec![],
        }
    }

    #[test]
    fn acronyms_meet_their_long_forms() {
        assert_eq!(acronym("United Nations"), None);
        assert_eq!(acronym("U.N."), None);
        assert_eq!(acronym("N.A.T.O.").as_deref(), Some("NATO"));
        assert_eq!(acronym("Israel Defense Forces").as_deref(), Some("IDF"));
        assert_eq!(acronym("Ministry of Foreign Affairs").as_deref(), Some("MFA"));
        assert_eq!(acronym("Hamas"), None);
        assert_eq!(acronym("national assembly"), None);
    }

    #[test]
    fn variants_merge_and_namesakes_stay_apart() {
        let mut r = Resolver::default();
        r.add_actor(1, &person("Mohamed Bouisir", &["Bouisir"], Some("LBY"), Some("EDU")));
        let none = HashSet::new();
        assert_eq!(r.resolve(&person("Mohammed Boisir", &[], Some("LBY"), None), &none), Some(1));
        assert_eq!(r.resolve(&person("Boiser", &[], None, None), &none), Some(1));
        assert_eq!(r.resolve(&person("Mohamed Bouisir", &[], Some("EGY"), None), &none), None);
        assert_eq!(r.resolve(&person("Mohamed Bouisiri", &[], None, Some("MIL")), &none), None);
        assert_eq!(r.resolve(&person("Mohamed Bouisir", &[], None, Some("GOV")), &none), Some(1));
        r.add_actor(2, &person("Ali Bouisir", &[], Some("LBY"), Some("GOV")));
        // two people now carry the surname: a bare surname is ambiguous
        assert_eq!(r.resolve(&person("Bouisir", &[], None, None), &none), None);
    }
}
