//! Analyst corrections: merge two stored actors, split mentions off one.
//!
//! Both rewrite the stored mappings at once and record a rule (see [`crate::resolve`]) that the
//! resolver applies first to every later document, so a correction is not undone by the next ingest.

use std::collections::{BTreeMap, HashSet};

use dyad_extract::names::fold;
use rusqlite::{params, Connection};

use crate::query::ActorRow;
use crate::{dedup, now, Result, Store, StoreError};

fn exists(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.query_row("SELECT COUNT(*) FROM actors WHERE id = ?1", [id], |r| r.get::<_, i64>(0))? > 0)
}

/// Recomputes an actor's aliases, titles, counts, dates and display name from its document mentions.
fn refresh_actor(conn: &Connection, id: i64) -> Result<()> {
    let mut st = conn.prepare(
        "SELECT x.name, x.aliases, x.titles, x.spans, d.published, x.doc FROM doc_actors x JOIN documents d ON d.id = x.doc WHERE x.actor_id = ?1",
    )?;
    let rows: Vec<(String, String, String, String, Option<String>, i64)> =
        st.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?.collect::<Result<_, _>>()?;
    let mut aliases: BTreeMap<String, i64> = BTreeMap::new();
    let mut titles: BTreeMap<String, (Option<String>, Option<String>, i64)> = BTreeMap::new();
    let mut docs = HashSet::new();
    let mut mentions = 0i64;
    let (mut first, mut last): (Option<String>, Option<String>) = (None, None);
    for (name, al, ti, spans, published, doc) in &rows {
        docs.insert(*doc);
        *aliases.entry(name.clone()).or_default() += 1;
        for a in serde_json::from_str::<Vec<String>>(al).unwrap_or_default() {
            *aliases.entry(a).or_default() += 1;
        }
        for t in serde_json::from_str::<Vec<String>>(ti).unwrap_or_default() {
            let e = titles.entry(t).or_insert((None, None, 0));
            e.2 += 1;
            if let Some(p) = published {
                if e.0.as_ref().is_none_or(|f| p < f) {
                    e.0 = Some(p.clone());
                }
                if e.1.as_ref().is_none_or(|l| p > l) {
                    e.1 = Some(p.clone());
                }
            }
        }
        mentions += serde_json::from_str::<Vec<[u32; 2]>>(spans).map_or(0, |v| v.len() as i64);
        if let Some(p) = published {
            if first.as_ref().is_none_or(|f| p < f) {
                first = Some(p.clone());
            }
            if last.as_ref().is_none_or(|l| p > l) {
                last = Some(p.clone());
            }
        }
    }
    conn.execute("DELETE FROM actor_aliases WHERE actor_id = ?1", [id])?;
    conn.execute("DELETE FROM actor_titles WHERE actor_id = ?1", [id])?;
    for (a, n) in &aliases {
        conn.execute("INSERT INTO actor_aliases(actor_id, alias, fold, n) VALUES (?1, ?2, ?3, ?4)", params![id, a, fold(a), n])?;
    }
    for (t, (f, l, n)) in &titles {
        conn.execute(
            "INSERT INTO actor_titles(actor_id, title, first_date, last_date, n) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, t, f, l, n],
        )?;
    }
    // the fullest name seen: most words, then most frequent
    let name = rows.iter().map(|r| &r.0).max_by_key(|n| (n.split_whitespace().count(), aliases.get(*n).copied().unwrap_or(0)));
    conn.execute(
        "UPDATE actors SET n_docs = ?2, n_mentions = ?3, first_seen = ?4, last_seen = ?5, name = COALESCE(?6, name) WHERE id = ?1",
        params![id, docs.len() as i64, mentions, first, last, name],
    )?;
    Ok(())
}

impl Store {
    /// Folds actor `from` into actor `into`: every mention, event, quote and alias of `from` moves,
    /// and a rule sends `from`'s names to `into` in every later document.
    pub fn merge_actors(&mut self, into: i64, from: i64) -> Result<ActorRow> {
        if into == from {
            return Err(StoreError::Invalid(format!("cannot merge actor {into} into itself")));
        }
        for id in [into, from] {
            if !exists(&self.conn, id)? {
                return Err(StoreError::NotFound(format!("actor {id}")));
            }
        }
        self.resolver = None;
        let tx = self.conn.transaction()?;
        let aliases: Vec<String> = tx
            .prepare("SELECT alias FROM actor_aliases WHERE actor_id = ?1")?
            .query_map([from], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let created = now();
        for a in &aliases {
            tx.execute(
                "INSERT INTO rules(kind, fold, alias, actor_id, created) VALUES ('merge', ?1, ?2, ?3, ?4)",
                params![fold(a), a, into, created],
            )?;
        }
        tx.execute_batch(&format!(
            "UPDATE rules SET actor_id = {into} WHERE actor_id = {from};
             UPDATE doc_actors SET actor_id = {into} WHERE actor_id = {from};
             INSERT OR IGNORE INTO event_parties(event, actor_id, role) SELECT event, {into}, role FROM event_parties WHERE actor_id = {from};
             DELETE FROM event_parties WHERE actor_id = {from};
             INSERT OR IGNORE INTO cluster_parties(cluster, actor_id, role) SELECT cluster, {into}, role FROM cluster_parties WHERE actor_id = {from};
             DELETE FROM cluster_parties WHERE actor_id = {from};
             UPDATE quotes SET speaker = {into} WHERE speaker = {from};
             UPDATE events SET location = {into} WHERE location = {from};
             UPDATE clusters SET location = {into} WHERE location = {from};
             UPDATE actors SET country = COALESCE(country, (SELECT country FROM actors WHERE id = {from})),
                               sector = COALESCE(sector, (SELECT sector FROM actors WHERE id = {from})) WHERE id = {into};
             DELETE FROM actor_aliases WHERE actor_id = {from};
             DELETE FROM actor_titles WHERE actor_id = {from};
             DELETE FROM actors WHERE id = {from};"
        ))?;
        refresh_actor(&tx, into)?;
        tx.commit()?;
        self.actor(into)
    }

    /// Moves the mentions of actor `id` named `alias` to a new actor, and records a rule so that
    /// later documents naming `alias` resolve to the new actor. Returns the new actor.
    pub fn split_actor(&mut self, id: i64, alias: &str) -> Result<ActorRow> {
        if !exists(&self.conn, id)? {
            return Err(StoreError::NotFound(format!("actor {id}")));
        }
        let key = fold(alias);
        let rows: Vec<(i64, String, String)> = self
            .conn
            .prepare("SELECT doc, local_id, name FROM doc_actors WHERE actor_id = ?1")?
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        let (moving, staying): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| fold(&r.2) == key);
        if moving.is_empty() {
            return Err(StoreError::Invalid(format!("actor {id} has no mention named {alias:?}")));
        }
        if staying.is_empty() {
            return Err(StoreError::Invalid(format!("every mention of actor {id} is named {alias:?}: nothing would stay")));
        }
        self.resolver = None;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO actors(name, kind, country, sector) SELECT ?2, kind, country, sector FROM actors WHERE id = ?1",
            params![id, alias],
        )?;
        let new = tx.last_insert_rowid();
        let staying_docs: HashSet<i64> = staying.iter().map(|r| r.0).collect();
        let mut clusters: HashSet<i64> = HashSet::new();
        for (doc, local, _) in &moving {
            tx.execute("UPDATE doc_actors SET actor_id = ?3 WHERE doc = ?1 AND local_id = ?2", params![doc, local, new])?;
            // When the document also names the old actor otherwise, its events cannot be told
            // apart by actor id alone and stay with the old actor.
            if staying_docs.contains(doc) {
                continue;
            }
            tx.execute(
                "UPDATE event_parties SET actor_id = ?3 WHERE actor_id = ?2 AND event IN (SELECT id FROM events WHERE doc = ?1)",
                params![doc, id, new],
            )?;
            tx.execute("UPDATE quotes SET speaker = ?3 WHERE speaker = ?2 AND doc = ?1", params![doc, id, new])?;
            tx.execute("UPDATE events SET location = ?3 WHERE location = ?2 AND doc = ?1", params![doc, id, new])?;
            let mut st = tx.prepare("SELECT DISTINCT cluster FROM events WHERE doc = ?1 AND cluster IS NOT NULL")?;
            for c in st.query_map([doc], |r| r.get::<_, i64>(0))? {
                clusters.insert(c?);
            }
        }
        for c in clusters {
            dedup::rebuild_parties(&tx, c)?;
        }
        tx.execute(
            "INSERT INTO rules(kind, fold, alias, actor_id, created) VALUES ('split', ?1, ?2, ?3, ?4)",
            params![key, alias, new, now()],
        )?;
        refresh_actor(&tx, id)?;
        refresh_actor(&tx, new)?;
        tx.commit()?;
        self.actor(new)
    }

    /// The analyst rules, oldest first: (kind, alias, actor id, created).
    pub fn rules(&self) -> Result<Vec<(String, String, i64, String)>> {
        let mut st = self.conn.prepare("SELECT kind, alias, actor_id, created FROM rules ORDER BY id")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect::<Result<_, _>>()?;
        Ok(rows)
    }
}
