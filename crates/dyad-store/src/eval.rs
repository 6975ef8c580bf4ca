//! Actor-resolution quality against gold entity links.
//!
//! The gold file is JSON Lines with an `id` (the stored document id) and `entities`
//! `[{text, wiki}]` (e.g. the WCEP items, whose entities are Wikipedia links). Each gold mention is
//! mapped to the stored actor the document's extracted actor resolved to: first an actor whose name
//! or alias folds to the mention's text, else an actor mention overlapping an occurrence of the text.
//! Over all pairs of mapped mentions (one per document and distinct text):
//!
//! - **recall** = pairs linked to the same page that share one stored actor / pairs linked to the same page;
//! - **precision** = pairs sharing one stored actor that are linked to the same page / pairs sharing one stored actor;
//! - **false-merge rate** = pairs of different pages sharing one stored actor / pairs of different pages.
//!
//! Counted from the page × actor contingency table, so millions of pairs cost nothing.

use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::Path;

use dyad_extract::names::fold;
use serde::{Deserialize, Serialize};

use crate::{Result, Store};

#[derive(Debug, Clone, Default, Serialize)]
pub struct ResolutionEval {
    pub gold_documents: u64,
    pub stored_documents: u64,
    pub gold_mentions: u64,
    pub mapped_mentions: u64,
    pub pages: u64,
    pub actors: u64,
    pub same_page_pairs: u64,
    pub same_actor_pairs: u64,
    pub both_pairs: u64,
    pub different_page_pairs: u64,
    pub recall: f64,
    pub precision: f64,
    pub false_merge_rate: f64,
    /// The same scores restricted to mentions resolved to actors of one kind.
    pub by_kind: Vec<KindScore>,
    /// For each kind, the five stored actors that gather the most mention pairs of different pages.
    pub most_mixed: Vec<Mixed>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct KindScore {
    pub kind: String,
    pub mentions: u64,
    pub recall: f64,
    pub precision: f64,
    pub false_merge_rate: f64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Mixed {
    pub actor: i64,
    pub name: String,
    pub kind: String,
    pub wrong_pairs: u64,
    pub pages: Vec<(String, u64)>,
}

#[derive(Default)]
struct Tally {
    mapped: u64,
    same_page: u64,
    same_actor: u64,
    both: u64,
    different_page: u64,
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn tally(cells: &HashMap<(String, i64), u64>, keep: impl Fn(i64) -> bool) -> Tally {
    let mut t = Tally::default();
    let mut by_page: HashMap<&str, u64> = HashMap::new();
    let mut by_actor: HashMap<i64, u64> = HashMap::new();
    for ((page, actor), n) in cells {
        if !keep(*actor) {
            continue;
        }
        t.mapped += n;
        *by_page.entry(page).or_default() += n;
        *by_actor.entry(*actor).or_default() += n;
        t.both += pairs(*n);
    }
    t.same_page = by_page.values().map(|&n| pairs(n)).sum();
    t.same_actor = by_actor.values().map(|&n| pairs(n)).sum();
    t.different_page = pairs(t.mapped) - t.same_page;
    t
}

#[derive(Deserialize)]
struct GoldItem {
    id: serde_json::Value,
    #[serde(default)]
    entities: Vec<GoldEntity>,
}

#[derive(Deserialize)]
struct GoldEntity {
    text: String,
    wiki: String,
}

fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

struct LocalActor {
    actor: i64,
    folds: Vec<String>,
    spans: Vec<[usize; 2]>,
}

/// Scores the store's actor resolution against `gold`.
pub fn eval_resolution(store: &Store, gold: &Path) -> Result<ResolutionEval> {
    let mut ev = ResolutionEval::default();
    let mut cells: HashMap<(String, i64), u64> = HashMap::new();
    let reader = std::io::BufReader::new(std::fs::File::open(gold)?);
    let conn = store.connection();
    let mut doc_st = conn.prepare("SELECT id, text FROM documents WHERE doc_id = ?1")?;
    let mut act_st = conn.prepare("SELECT actor_id, name, aliases, spans FROM doc_actors WHERE doc = ?1")?;
    for line in reader.lines() {
        let line = line?;
        let Ok(item) = serde_json::from_str::<GoldItem>(&line) else { continue };
        ev.gold_documents += 1;
        let id = match &item.id {
            serde_json::Value::String(s) => s.clone(),
            v => v.to_string(),
        };
        let Ok((rowid, text)) = doc_st.query_row([&id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))) else {
            ev.gold_mentions += item.entities.len() as u64;
            continue;
        };
        ev.stored_documents += 1;
        let locals: Vec<LocalActor> = act_st
            .query_map([rowid], |r| {
                let name: String = r.get(1)?;
                let aliases: Vec<String> = serde_json::from_str(&r.get::<_, String>(2)?).unwrap_or_default();
                let spans: Vec<[usize; 2]> = serde_json::from_str(&r.get::<_, String>(3)?).unwrap_or_default();
                Ok(LocalActor { actor: r.get(0)?, folds: std::iter::once(&name).chain(&aliases).map(|n| fold(n)).collect(), spans })
            })?
            .collect::<Result<_, _>>()?;
        let chars: Vec<char> = text.chars().collect();
        let mut seen: HashSet<&str> = HashSet::new();
        for e in &item.entities {
            ev.gold_mentions += 1;
            if !seen.insert(e.text.as_str()) {
                continue;
            }
            let f = fold(&e.text);
            let by_name = locals.iter().find(|l| !f.is_empty() && l.folds.contains(&f)).map(|l| l.actor);
            let actor = by_name.or_else(|| {
                let needle: Vec<char> = e.text.chars().collect();
                if needle.is_empty() || needle.len() > chars.len() {
                    return None;
                }
                (0..=chars.len() - needle.len()).filter(|&i| chars[i..i + needle.len()] == needle[..]).find_map(|start| {
                    let end = start + needle.len();
                    locals.iter().find(|l| l.spans.iter().any(|s| s[0] < end && start < s[1])).map(|l| l.actor)
                })
            });
            if let Some(actor) = actor {
                ev.mapped_mentions += 1;
                *cells.entry((e.wiki.clone(), actor)).or_default() += 1;
            }
        }
    }
    let mut by_page: HashSet<&str> = HashSet::new();
    let mut by_actor: HashMap<i64, Vec<(String, u64)>> = HashMap::new();
    for ((page, actor), n) in &cells {
        by_page.insert(page);
        by_actor.entry(*actor).or_default().push((page.clone(), *n));
    }
    ev.pages = by_page.len() as u64;
    ev.actors = by_actor.len() as u64;
    let all = tally(&cells, |_| true);
    ev.same_page_pairs = all.same_page;
    ev.same_actor_pairs = all.same_actor;
    ev.both_pairs = all.both;
    ev.different_page_pairs = all.different_page;
    ev.recall = ratio(all.both, all.same_page);
    ev.precision = ratio(all.both, all.same_actor);
    ev.false_merge_rate = ratio(all.same_actor - all.both, all.different_page);
    let mut kinds: HashMap<i64, (String, String)> = HashMap::new();
    let mut st = conn.prepare("SELECT id, kind, name FROM actors")?;
    for row in st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))? {
        let (id, kind, name) = row?;
        kinds.insert(id, (kind, name));
    }
    for kind in ["person", "organization", "group", "state", "place"] {
        let t = tally(&cells, |a| kinds.get(&a).is_some_and(|k| k.0 == kind));
        ev.by_kind.push(KindScore {
            kind: kind.to_string(),
            mentions: t.mapped,
            recall: ratio(t.both, t.same_page),
            precision: ratio(t.both, t.same_actor),
            false_merge_rate: ratio(t.same_actor - t.both, t.different_page),
        });
    }
    let mut mixed: Vec<Mixed> = by_actor
        .into_iter()
        .map(|(actor, mut pages)| {
            let total: u64 = pages.iter().map(|p| p.1).sum();
            let wrong = pairs(total) - pages.iter().map(|p| pairs(p.1)).sum::<u64>();
            pages.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            pages.truncate(6);
            let (kind, name) = kinds.get(&actor).cloned().unwrap_or_default();
            Mixed { actor, name, kind, wrong_pairs: wrong, pages }
        })
        .filter(|m| m.wrong_pairs > 0)
        .collect();
    mixed.sort_by(|a, b| a.kind.cmp(&b.kind).then(b.wrong_pairs.cmp(&a.wrong_pairs)).then(a.actor.cmp(&b.actor)));
    // the five worst of each kind
    let mut shown: HashMap<String, usize> = HashMap::new();
    mixed.retain(|m| {
        let n = shown.entry(m.kind.clone()).or_default();
        *n += 1;
        *n <= 5
    });
    ev.most_mixed = mixed;
    Ok(ev)
}
