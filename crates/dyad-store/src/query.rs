//! Read access: actors, events, quotes, documents, full-text search; every result is a plain
//! serde-serialisable struct and every listing pages with `limit`/`offset`.

use dyad_extract::names::fold;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::{Result, Store, StoreError};

/// Filters shared by every listing; each listing uses those that make sense for it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Filter {
    /// Stored actor id, or any name or alias of the actor (spelling variants fold together).
    pub actor: Option<String>,
    /// Actor kind: person, organization, state, place, group.
    pub kind: Option<String>,
    /// PLOVER event type (`CONSULT`, `ASSAULT`, ...).
    pub event_type: Option<String>,
    /// PLOVER quad 1-4.
    pub quad: Option<u8>,
    /// First day included, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day included, `YYYY-MM-DD`.
    pub to: Option<String>,
    /// ISO3 country of an actor involved.
    pub country: Option<String>,
    /// Words that must occur (full-text search).
    pub text: Option<String>,
    /// A document id.
    pub document: Option<String>,
    /// An event cluster id: every report of one deduplicated event.
    pub cluster: Option<i64>,
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

/// A stored actor as it appears inside other results.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActorRef {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TitleRow {
    pub title: String,
    pub first: Option<String>,
    pub last: Option<String>,
    pub n: i64,
}

/// A stored (cross-document) actor.
#[derive(Debug, Clone, Serialize)]
pub struct ActorRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// Every surface form seen, most frequent first.
    pub aliases: Vec<String>,
    /// Titles with the first and last publication date they were seen.
    pub titles: Vec<TitleRow>,
    pub n_docs: i64,
    pub n_mentions: i64,
    pub n_events: i64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
}

/// One stored event (one report; `cluster` groups reports of the same event).
#[derive(Debug, Clone, Serialize)]
pub struct EventRow {
    pub id: i64,
    pub document: String,
    pub local_id: String,
    pub cluster: Option<i64>,
    #[serde(rename = "type")]
    pub event_type: String,
    pub mode: Option<String>,
    pub quad: u8,
    pub score: f64,
    /// The event's date: resolved from the text when it could be, else the publication date.
    pub date: Option<String>,
    pub date_resolved: Option<String>,
    pub date_text: Option<String>,
    pub location: Option<ActorRef>,
    pub actors: Vec<ActorRef>,
    pub recipients: Vec<ActorRef>,
    pub negated: bool,
    pub hypothetical: bool,
    pub trigger: Option<String>,
    pub sentence: String,
    /// The sentence's `[start, end)` characters in the document text.
    pub span: [i64; 2],
}

#[derive(Debug, Clone, Serialize)]
pub struct QuoteRow {
    pub id: i64,
    pub document: String,
    pub published: Option<String>,
    pub speaker: Option<ActorRef>,
    pub text: String,
    pub span: [i64; 2],
    pub direct: bool,
    pub cue: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentRow {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub sha256: String,
    pub n_actors: i64,
    pub n_events: i64,
    pub n_quotes: i64,
    pub ingested_at: String,
}

/// A document's actor and the stored actor it resolved to.
#[derive(Debug, Clone, Serialize)]
pub struct DocActor {
    pub local_id: String,
    pub actor: ActorRef,
    pub name: String,
    pub aliases: Vec<String>,
    pub titles: Vec<String>,
    pub mentions: Vec<[u32; 2]>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentDetail {
    pub document: DocumentRow,
    pub text: String,
    pub actors: Vec<DocActor>,
    pub events: Vec<EventRow>,
    pub quotes: Vec<QuoteRow>,
}

/// One full-text hit: a sentence or a quote.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub kind: String,
    pub document: String,
    pub span: [i64; 2],
    pub text: String,
    /// The text with matches in `[brackets]`.
    pub snippet: String,
}

/// Turns free words into an FTS5 query that cannot be a syntax error: every word quoted, all required.
pub fn fts_query(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(" ")
}

/// Stored actor ids a user's actor reference names: a numeric id, a folded name or alias, or else
/// a case-insensitive substring of the canonical name.
pub fn actor_ids(conn: &Connection, reference: &str) -> Result<Vec<i64>> {
    let r = reference.trim().trim_start_matches('#');
    if let Ok(id) = r.parse::<i64>() {
        return Ok(vec![id]);
    }
    let mut st = conn.prepare_cached("SELECT DISTINCT actor_id FROM actor_aliases WHERE fold = ?1 ORDER BY actor_id")?;
    let ids: Vec<i64> = st.query_map([fold(r)], |row| row.get(0))?.collect::<Result<_, _>>()?;
    if !ids.is_empty() {
        return Ok(ids);
    }
    let mut st = conn.prepare_cached("SELECT id FROM actors WHERE name LIKE '%' || ?1 || '%' ORDER BY n_docs DESC")?;
    let ids = st.query_map([r], |row| row.get(0))?.collect::<Result<_, _>>()?;
    Ok(ids)
}

/// A WHERE clause under construction.
#[derive(Default)]
struct Where {
    clauses: Vec<String>,
    values: Vec<Value>,
}

impl Where {
    fn add(&mut self, clause: &str, vals: impl IntoIterator<Item = Value>) {
        let mut c = clause.to_string();
        for v in vals {
            self.values.push(v);
            c = c.replacen('?', &format!("?{}", self.values.len()), 1);
        }
        self.clauses.push(c);
    }
    fn ids(&mut self, clause: &str, ids: &[i64]) {
        let list = if ids.is_empty() { "-1".to_string() } else { ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",") };
        self.clauses.push(clause.replace("{}", &list));
    }
    fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        }
    }
}

fn page(f: &Filter) -> String {
    format!(" LIMIT {} OFFSET {}", f.limit.map_or(-1, |l| l as i64), f.offset.unwrap_or(0))
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

pub(crate) fn actor_ref(conn: &Connection, id: i64) -> Result<Option<ActorRef>> {
    let mut st = conn.prepare_cached("SELECT id, name, kind, country FROM actors WHERE id = ?1")?;
    Ok(st.query_row([id], |r| Ok(ActorRef { id: r.get(0)?, name: r.get(1)?, kind: r.get(2)?, country: r.get(3)? })).optional()?)
}

fn event_row(r: &Row) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        id: r.get(0)?,
        document: r.get(1)?,
        local_id: r.get(2)?,
        cluster: r.get(3)?,
        event_type: r.get(4)?,
        mode: r.get(5)?,
        quad: r.get(6)?,
        score: r.get(7)?,
        date: r.get(8)?,
        date_resolved: r.get(9)?,
        date_text: r.get(10)?,
        location: r.get::<_, Option<i64>>(11)?.map(|id| ActorRef { id, name: String::new(), kind: String::new(), country: None }),
        actors: Vec::new(),
        recipients: Vec::new(),
        negated: r.get(12)?,
        hypothetical: r.get(13)?,
        trigger: r.get(14)?,
        span: [r.get(15)?, r.get(16)?],
        sentence: r.get(17)?,
    })
}

const EVENT_COLS: &str =
    "SELECT e.id, d.doc_id, e.local_id, e.cluster, e.type, e.mode, e.quad, e.score, e.date, e.date_resolved, e.date_text,
    e.location, e.negated, e.hypothetical, e.trigger, e.sent_start, e.sent_end, e.sentence FROM events e JOIN documents d ON d.id = e.doc";

const QUOTE_COLS: &str =
    "SELECT q.id, d.doc_id, d.published, q.speaker, q.text, q.span_start, q.span_end, q.direct, q.cue FROM quotes q JOIN documents d ON d.id = q.doc";

const DOC_COLS: &str =
    "SELECT d.doc_id, d.title, d.published, d.source, d.url, d.sha256, d.n_actors, d.n_events, d.n_quotes, d.ingested_at FROM documents d";

fn document_row(r: &Row) -> rusqlite::Result<DocumentRow> {
    Ok(DocumentRow {
        id: r.get(0)?,
        title: r.get(1)?,
        published: r.get(2)?,
        source: r.get(3)?,
        url: r.get(4)?,
        sha256: r.get(5)?,
        n_actors: r.get(6)?,
        n_events: r.get(7)?,
        n_quotes: r.get(8)?,
        ingested_at: r.get(9)?,
    })
}

impl Store {
    /// Stored actors, most documented first.
    pub fn actors(&self, f: &Filter) -> Result<Vec<ActorRow>> {
        let mut w = Where::default();
        if let Some(a) = &f.actor {
            w.ids("a.id IN ({})", &actor_ids(&self.conn, a)?);
        }
        if let Some(k) = &f.kind {
            w.add("a.kind = ?", [text(k)]);
        }
        if let Some(c) = &f.country {
            w.add("a.country = ?", [text(&c.to_uppercase())]);
        }
        if let Some(d) = &f.from {
            w.add("a.last_seen >= ?", [text(d)]);
        }
        if let Some(d) = &f.to {
            w.add("a.first_seen <= ?", [text(d)]);
        }
        if let Some(t) = &f.text {
            w.add("a.id IN (SELECT actor_id FROM actor_aliases WHERE alias LIKE '%' || ? || '%')", [text(t)]);
        }
        let sql = format!(
            "SELECT a.id, a.name, a.kind, a.country, a.sector, a.n_docs, a.n_mentions, a.first_seen, a.last_seen FROM actors a{} ORDER BY a.n_docs DESC, a.id{}",
            w.sql(),
            page(f)
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows: Vec<ActorRow> = st
            .query_map(params_from_iter(w.values.iter()), |r| {
                Ok(ActorRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    country: r.get(3)?,
                    sector: r.get(4)?,
                    aliases: Vec::new(),
                    titles: Vec::new(),
                    n_docs: r.get(5)?,
                    n_mentions: r.get(6)?,
                    n_events: 0,
                    first_seen: r.get(7)?,
                    last_seen: r.get(8)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        rows.into_iter().map(|row| self.complete_actor(row)).collect()
    }

    fn complete_actor(&self, mut row: ActorRow) -> Result<ActorRow> {
        let mut st = self.conn.prepare_cached("SELECT alias FROM actor_aliases WHERE actor_id = ?1 ORDER BY n DESC, alias")?;
        row.aliases = st.query_map([row.id], |r| r.get(0))?.collect::<Result<_, _>>()?;
        row.aliases.retain(|a| *a != row.name);
        let mut st = self
            .conn
            .prepare_cached("SELECT title, first_date, last_date, n FROM actor_titles WHERE actor_id = ?1 ORDER BY first_date, title")?;
        row.titles = st
            .query_map([row.id], |r| Ok(TitleRow { title: r.get(0)?, first: r.get(1)?, last: r.get(2)?, n: r.get(3)? }))?
            .collect::<Result<_, _>>()?;
        row.n_events =
            self.conn.query_row("SELECT COUNT(DISTINCT event) FROM event_parties WHERE actor_id = ?1", [row.id], |r| r.get(0))?;
        Ok(row)
    }

    /// One stored actor by id.
    pub fn actor(&self, id: i64) -> Result<ActorRow> {
        let rows = self.actors(&Filter { actor: Some(id.to_string()), ..Filter::default() })?;
        rows.into_iter().next().ok_or_else(|| StoreError::NotFound(format!("actor {id}")))
    }

    /// Stored events (reports), in date order.
    pub fn events(&self, f: &Filter) -> Result<Vec<EventRow>> {
        let mut w = Where::default();
        if let Some(a) = &f.actor {
            w.ids("e.id IN (SELECT event FROM event_parties WHERE actor_id IN ({}))", &actor_ids(&self.conn, a)?);
        }
        if let Some(t) = &f.event_type {
            w.add("e.type = ?", [text(&t.to_uppercase())]);
        }
        if let Some(q) = f.quad {
            w.add("e.quad = ?", [Value::Integer(i64::from(q))]);
        }
        if let Some(d) = &f.from {
            w.add("e.date >= ?", [text(d)]);
        }
        if let Some(d) = &f.to {
            w.add("e.date <= ?", [text(d)]);
        }
        if let Some(c) = &f.country {
            w.add(
                "e.id IN (SELECT p.event FROM event_parties p JOIN actors a ON a.id = p.actor_id WHERE a.country = ?)",
                [text(&c.to_uppercase())],
            );
        }
        if let Some(t) = &f.text {
            for word in t.split_whitespace() {
                w.add("instr(lower(e.sentence), lower(?)) > 0", [text(word)]);
            }
        }
        if let Some(d) = &f.document {
            w.add("d.doc_id = ?", [text(d)]);
        }
        if let Some(c) = f.cluster {
            w.add("e.cluster = ?", [Value::Integer(c)]);
        }
        let sql = format!("{EVENT_COLS}{} ORDER BY e.date, e.id{}", w.sql(), page(f));
        let mut st = self.conn.prepare(&sql)?;
        let rows: Vec<EventRow> = st.query_map(params_from_iter(w.values.iter()), event_row)?.collect::<Result<_, _>>()?;
        rows.into_iter().map(|r| self.complete_event(r)).collect()
    }

    fn complete_event(&self, mut e: EventRow) -> Result<EventRow> {
        let mut st = self.conn.prepare_cached(
            "SELECT p.role, a.id, a.name, a.kind, a.country FROM event_parties p JOIN actors a ON a.id = p.actor_id WHERE p.event = ?1 ORDER BY a.id",
        )?;
        let rows = st.query_map([e.id], |r| {
            Ok((r.get::<_, String>(0)?, ActorRef { id: r.get(1)?, name: r.get(2)?, kind: r.get(3)?, country: r.get(4)? }))
        })?;
        for row in rows {
            let (role, a) = row?;
            if role == "actor" {
                e.actors.push(a);
            } else {
                e.recipients.push(a);
            }
        }
        if let Some(loc) = &e.location {
            e.location = actor_ref(&self.conn, loc.id)?;
        }
        Ok(e)
    }

    /// Stored quotes, in publication order.
    pub fn quotes(&self, f: &Filter) -> Result<Vec<QuoteRow>> {
        let mut w = Where::default();
        if let Some(a) = &f.actor {
            w.ids("q.speaker IN ({})", &actor_ids(&self.conn, a)?);
        }
        if let Some(d) = &f.from {
            w.add("d.published >= ?", [text(d)]);
        }
        if let Some(d) = &f.to {
            w.add("d.published <= ?", [text(d)]);
        }
        if let Some(c) = &f.country {
            w.add("q.speaker IN (SELECT id FROM actors WHERE country = ?)", [text(&c.to_uppercase())]);
        }
        if let Some(t) = &f.text {
            w.add("q.id IN (SELECT ref FROM fts WHERE fts MATCH ? AND kind = 'quote')", [text(&fts_query(t))]);
        }
        if let Some(d) = &f.document {
            w.add("d.doc_id = ?", [text(d)]);
        }
        let sql = format!("{QUOTE_COLS}{} ORDER BY d.published, q.id{}", w.sql(), page(f));
        let mut st = self.conn.prepare(&sql)?;
        let rows: Vec<(QuoteRow, Option<i64>)> = st
            .query_map(params_from_iter(w.values.iter()), |r| {
                Ok((
                    QuoteRow {
                        id: r.get(0)?,
                        document: r.get(1)?,
                        published: r.get(2)?,
                        speaker: None,
                        text: r.get(4)?,
                        span: [r.get(5)?, r.get(6)?],
                        direct: r.get(7)?,
                        cue: r.get(8)?,
                    },
                    r.get(3)?,
                ))
            })?
            .collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|(mut q, speaker)| {
                q.speaker = match speaker {
                    Some(id) => actor_ref(&self.conn, id)?,
                    None => None,
                };
                Ok(q)
            })
            .collect()
    }

    /// Stored documents, in publication order.
    pub fn documents(&self, f: &Filter) -> Result<Vec<DocumentRow>> {
        let mut w = Where::default();
        if let Some(a) = &f.actor {
            w.ids("d.id IN (SELECT doc FROM doc_actors WHERE actor_id IN ({}))", &actor_ids(&self.conn, a)?);
        }
        if let Some(d) = &f.from {
            w.add("d.published >= ?", [text(d)]);
        }
        if let Some(d) = &f.to {
            w.add("d.published <= ?", [text(d)]);
        }
        if let Some(c) = &f.country {
            w.add(
                "d.id IN (SELECT x.doc FROM doc_actors x JOIN actors a ON a.id = x.actor_id WHERE a.country = ?)",
                [text(&c.to_uppercase())],
            );
        }
        if let Some(t) = &f.text {
            w.add("d.id IN (SELECT doc FROM fts WHERE fts MATCH ?)", [text(&fts_query(t))]);
        }
        if let Some(d) = &f.document {
            w.add("d.doc_id = ?", [text(d)]);
        }
        let sql = format!("{DOC_COLS}{} ORDER BY d.published, d.id{}", w.sql(), page(f));
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(params_from_iter(w.values.iter()), document_row)?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// One document with its text, actors (and what they resolved to), events and quotes.
    pub fn document(&self, id: &str) -> Result<DocumentDetail> {
        let row = self
            .conn
            .query_row(&format!("{DOC_COLS} WHERE d.doc_id = ?1"), [id], document_row)
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("document {id}")))?;
        let (rowid, text): (i64, String) =
            self.conn.query_row("SELECT id, text FROM documents WHERE doc_id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let mut st = self.conn.prepare(
            "SELECT x.local_id, x.actor_id, x.name, x.aliases, x.titles, x.spans, a.name, a.kind, a.country
             FROM doc_actors x JOIN actors a ON a.id = x.actor_id WHERE x.doc = ?1 ORDER BY CAST(substr(x.local_id, 2) AS INTEGER)",
        )?;
        let actors = st
            .query_map([rowid], |r| {
                let json = |i: usize| -> rusqlite::Result<String> { r.get(i) };
                Ok(DocActor {
                    local_id: r.get(0)?,
                    actor: ActorRef { id: r.get(1)?, name: r.get(6)?, kind: r.get(7)?, country: r.get(8)? },
                    name: r.get(2)?,
                    aliases: serde_json::from_str(&json(3)?).unwrap_or_default(),
                    titles: serde_json::from_str(&json(4)?).unwrap_or_default(),
                    mentions: serde_json::from_str(&json(5)?).unwrap_or_default(),
                })
            })?
            .collect::<Result<_, _>>()?;
        let f = Filter { document: Some(id.to_string()), ..Filter::default() };
        Ok(DocumentDetail { document: row, text, actors, events: self.events(&f)?, quotes: self.quotes(&f)? })
    }

    /// Full-text search over sentences and quotes, best matches first.
    pub fn search(&self, words: &str, limit: usize, offset: usize) -> Result<Vec<SearchHit>> {
        let q = fts_query(words);
        if q.is_empty() {
            return Ok(Vec::new());
        }
        let mut st = self.conn.prepare_cached(
            "SELECT f.kind, d.doc_id, f.span_start, f.span_end, f.text, snippet(fts, 0, '[', ']', '…', 16)
             FROM fts f JOIN documents d ON d.id = f.doc WHERE fts MATCH ?1 ORDER BY rank LIMIT ?2 OFFSET ?3",
        )?;
        let rows = st
            .query_map(params![q, limit as i64, offset as i64], |r| {
                Ok(SearchHit { kind: r.get(0)?, document: r.get(1)?, span: [r.get(2)?, r.get(3)?], text: r.get(4)?, snippet: r.get(5)? })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Counts of what the store holds: documents, actors, events, clusters, quotes.
    pub fn counts(&self) -> Result<Counts> {
        let n = |table: &str| -> Result<i64> { Ok(self.conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?) };
        Ok(Counts {
            documents: n("documents")?,
            actors: n("actors")?,
            events: n("events")?,
            clusters: n("clusters")?,
            quotes: n("quotes")?,
            aliases: n("actor_aliases")?,
        })
    }
}

/// How much the store holds.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub documents: i64,
    pub actors: i64,
    pub events: i64,
    pub clusters: i64,
    pub quotes: i64,
    pub aliases: i64,
}
