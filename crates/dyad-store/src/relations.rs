//! Relations: for each pair of actors (or of states, actors rolled up by their country), the event
//! clusters they share, counted and scored by PLOVER quad and type, as a day/week/month series.
//!
//! The unit is the *cluster* (one real-world event, however many articles report it), so a story
//! syndicated ten times weighs once. A cluster with parties {a, b, c} counts for the pairs ab, ac
//! and bc: PLOVER puts every party of a meeting or a two-sided fight in `actor`, so roles do not
//! order the pair. A cluster's date is the event date resolved from the text, else the
//! publication date of its first report.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use serde::{Deserialize, Serialize};

use crate::query::actor_ids;
use crate::{Result, Store};

/// Whether relations link actors or the states they belong to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    #[default]
    Actor,
    State,
}

/// The bucket of a time series.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Day,
    #[default]
    Week,
    Month,
}

impl Period {
    /// The first day of the period holding `d` (weeks start on Monday).
    pub fn start(self, d: NaiveDate) -> NaiveDate {
        match self {
            Period::Day => d,
            Period::Week => d - Duration::days(i64::from(d.weekday().num_days_from_monday())),
            Period::Month => d.with_day(1).unwrap_or(d),
        }
    }

    /// Length in days, for rolling windows.
    pub fn days(self) -> i64 {
        match self {
            Period::Day => 1,
            Period::Week => 7,
            Period::Month => 30,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RelationFilter {
    pub level: Level,
    pub period: Period,
    /// Only dyads involving this actor (id, name or alias; at state level, its country or an ISO3 code).
    pub actor: Option<String>,
    /// With `actor`: only the dyads between it and this other actor (same forms).
    pub with: Option<String>,
    /// Only dyads involving an actor of this ISO3 country.
    pub country: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub event_type: Option<String>,
    pub quad: Option<u8>,
    /// Dyads with fewer event clusters are left out.
    pub min_events: usize,
    /// Include the per-period series.
    pub series: bool,
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

/// One end of a dyad.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Node {
    /// The stored actor id at actor level, the ISO3 code at state level.
    pub key: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Bucket {
    /// First day of the period.
    pub period: String,
    pub events: u32,
    pub score: f64,
    /// Clusters per PLOVER quad 1-4.
    pub quads: [u32; 4],
    /// Clusters per PLOVER event type.
    pub types: BTreeMap<String, u32>,
}

/// A dyad and what happened between its two ends.
#[derive(Debug, Clone, Serialize)]
pub struct Relation {
    pub a: Node,
    pub b: Node,
    /// Event clusters (deduplicated events).
    pub events: u32,
    /// Summed PLOVER scores (cooperation positive, conflict negative).
    pub score: f64,
    pub quads: [u32; 4],
    pub types: BTreeMap<String, u32>,
    pub first: String,
    pub last: String,
    pub series: Vec<Bucket>,
    /// Supporting event clusters.
    pub clusters: Vec<i64>,
}

/// One event cluster as relations and alerts see it.
#[derive(Debug, Clone)]
pub(crate) struct Fact {
    pub cluster: i64,
    pub event_type: String,
    pub quad: u8,
    pub score: f64,
    pub date: NaiveDate,
    pub parties: Vec<i64>,
}

pub(crate) fn load_facts(conn: &Connection, f: &RelationFilter) -> Result<Vec<Fact>> {
    let mut sql = String::from(
        "SELECT c.id, c.type, c.quad, c.score, c.date, p.actor_id FROM clusters c JOIN cluster_parties p ON p.cluster = c.id WHERE c.date IS NOT NULL",
    );
    let mut vals: Vec<Value> = Vec::new();
    let mut add = |clause: &str, v: Value, sql: &mut String| {
        vals.push(v);
        sql.push_str(&clause.replace('?', &format!("?{}", vals.len())));
    };
    if let Some(d) = &f.from {
        add(" AND c.date >= ?", Value::Text(d.clone()), &mut sql);
    }
    if let Some(d) = &f.to {
        add(" AND c.date <= ?", Value::Text(d.clone()), &mut sql);
    }
    if let Some(t) = &f.event_type {
        add(" AND c.type = ?", Value::Text(t.to_uppercase()), &mut sql);
    }
    if let Some(q) = f.quad {
        add(" AND c.quad = ?", Value::Integer(i64::from(q)), &mut sql);
    }
    sql.push_str(" ORDER BY c.id");
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map(params_from_iter(vals.iter()), |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, u8>(2)?,
            r.get::<_, f64>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, i64>(5)?,
        ))
    })?;
    let mut out: Vec<Fact> = Vec::new();
    for row in rows {
        let (cluster, event_type, quad, score, date, actor) = row?;
        match out.last_mut() {
            Some(last) if last.cluster == cluster => {
                if !last.parties.contains(&actor) {
                    last.parties.push(actor);
                }
            }
            _ => {
                let Ok(date) = NaiveDate::parse_from_str(&date, "%Y-%m-%d") else { continue };
                out.push(Fact { cluster, event_type, quad, score, date, parties: vec![actor] });
            }
        }
    }
    Ok(out)
}

/// Nodes of every stored actor at a level.
pub(crate) struct Nodes {
    actors: HashMap<i64, (String, String, Option<String>)>,
    states: HashMap<String, String>,
    level: Level,
}

impl Nodes {
    pub(crate) fn load(conn: &Connection, level: Level) -> Result<Nodes> {
        let mut st = conn.prepare("SELECT id, name, kind, country FROM actors ORDER BY n_docs")?;
        let mut actors = HashMap::new();
        let mut states = HashMap::new();
        let rows = st
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, Option<String>>(3)?)))?;
        for row in rows {
            let (id, name, kind, country) = row?;
            if kind == "state" {
                if let Some(c) = &country {
                    // ordered by n_docs: the best-documented name of the state wins
                    states.insert(c.clone(), name.clone());
                }
            }
            actors.insert(id, (name, kind, country));
        }
        Ok(Nodes { actors, states, level })
    }

    pub(crate) fn key(&self, actor: i64) -> Option<String> {
        let (_, _, country) = self.actors.get(&actor)?;
        match self.level {
            Level::Actor => Some(actor.to_string()),
            Level::State => country.clone(),
        }
    }

    pub(crate) fn node(&self, key: &str) -> Node {
        match self.level {
            Level::State => Node {
                key: key.to_string(),
                name: self.states.get(key).cloned().unwrap_or_else(|| key.to_string()),
                kind: "state".into(),
                country: Some(key.to_string()),
            },
            Level::Actor => {
                let (name, kind, country) = key.parse::<i64>().ok().and_then(|id| self.actors.get(&id)).cloned().unwrap_or_default();
                Node { key: key.to_string(), name, kind, country }
            }
        }
    }
}

/// Every dyad's facts, keyed by its two node keys in order.
pub(crate) fn group<'a>(facts: &'a [Fact], nodes: &Nodes) -> HashMap<(String, String), Vec<&'a Fact>> {
    let mut out: HashMap<(String, String), Vec<&Fact>> = HashMap::new();
    for f in facts {
        let mut keys: Vec<String> = f.parties.iter().filter_map(|&a| nodes.key(a)).collect();
        keys.sort();
        keys.dedup();
        for i in 0..keys.len() {
            for j in i + 1..keys.len() {
                out.entry((keys[i].clone(), keys[j].clone())).or_default().push(f);
            }
        }
    }
    out
}

/// Node keys that a user's actor reference stands for at a level.
pub(crate) fn keys_for(conn: &Connection, nodes: &Nodes, reference: &str) -> Result<Vec<String>> {
    let r = reference.trim();
    if nodes.level == Level::State && r.len() == 3 && r.chars().all(|c| c.is_ascii_uppercase()) {
        return Ok(vec![r.to_string()]);
    }
    let mut keys: Vec<String> = actor_ids(conn, r)?.into_iter().filter_map(|id| nodes.key(id)).collect();
    keys.sort();
    keys.dedup();
    Ok(keys)
}

impl Store {
    /// Dyads with their counts, scores and (optionally) series, most active first.
    pub fn relations(&self, f: &RelationFilter) -> Result<Vec<Relation>> {
        let facts = load_facts(&self.conn, f)?;
        let nodes = Nodes::load(&self.conn, f.level)?;
        let wanted = match &f.actor {
            Some(a) => Some(keys_for(&self.conn, &nodes, a)?),
            None => None,
        };
        let other = match &f.with {
            Some(a) => Some(keys_for(&self.conn, &nodes, a)?),
            None => None,
        };
        let country = f.country.as_ref().map(|c| c.to_uppercase());
        let mut out: Vec<Relation> = Vec::new();
        for ((ka, kb), fs) in group(&facts, &nodes) {
            if fs.len() < f.min_events.max(1) {
                continue;
            }
            if wanted.as_ref().is_some_and(|w| !w.contains(&ka) && !w.contains(&kb)) {
                continue;
            }
            if let (Some(w), Some(o)) = (&wanted, &other) {
                if !((w.contains(&ka) && o.contains(&kb)) || (w.contains(&kb) && o.contains(&ka))) {
                    continue;
                }
            }
            let (a, b) = (nodes.node(&ka), nodes.node(&kb));
            if country.is_some() && a.country != country && b.country != country {
                continue;
            }
            out.push(relation(a, b, &fs, f.period, f.series));
        }
        out.sort_by(|x, y| {
            y.events.cmp(&x.events).then(y.score.abs().total_cmp(&x.score.abs())).then(x.a.key.cmp(&y.a.key)).then(x.b.key.cmp(&y.b.key))
        });
        let offset = f.offset.unwrap_or(0);
        Ok(out.into_iter().skip(offset).take(f.limit.unwrap_or(usize::MAX)).collect())
    }
}

fn relation(a: Node, b: Node, fs: &[&Fact], period: Period, with_series: bool) -> Relation {
    let mut r = Relation {
        a,
        b,
        events: 0,
        score: 0.0,
        quads: [0; 4],
        types: BTreeMap::new(),
        first: String::new(),
        last: String::new(),
        series: Vec::new(),
        clusters: Vec::new(),
    };
    let mut buckets: BTreeMap<NaiveDate, Bucket> = BTreeMap::new();
    let (mut first, mut last) = (NaiveDate::MAX, NaiveDate::MIN);
    for f in fs {
        r.events += 1;
        r.score += f.score;
        let q = usize::from(f.quad.clamp(1, 4) - 1);
        r.quads[q] += 1;
        *r.types.entry(f.event_type.clone()).or_default() += 1;
        r.clusters.push(f.cluster);
        first = first.min(f.date);
        last = last.max(f.date);
        if with_series {
            let start = period.start(f.date);
            let b = buckets.entry(start).or_insert_with(|| Bucket { period: start.to_string(), ..Bucket::default() });
            b.events += 1;
            b.score += f.score;
            b.quads[q] += 1;
            *b.types.entry(f.event_type.clone()).or_default() += 1;
        }
    }
    r.first = first.to_string();
    r.last = last.to_string();
    r.series = buckets.into_values().collect();
    r
}
