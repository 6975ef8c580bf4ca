//! Ingestion: extracted documents into the store, one transaction per document.
//!
//! [`Store::ingest_document`] stores one document atomically: if the process dies half-way, the
//! document is simply absent and the next run stores it. [`ingest_sources`] is the batch driver
//! behind `dyad ingest`: a reader thread parses and extracts in parallel (rayon) while the calling
//! thread writes, so the single SQLite writer never waits for extraction and vice versa.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::sync_channel;
use std::time::Instant;

use chrono::NaiveDate;
use dyad_extract::document::Document;
use dyad_extract::input::{self, Article};
use dyad_extract::pipeline::original_slice;
use dyad_extract::{extract_guarded, Options};
use rayon::prelude::*;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::dedup::{self, Candidate};
use crate::resolve::Resolver;
use crate::{now, sentence_spans, Result, Store, StoreError};

/// What storing one document did.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "outcome", rename_all = "lowercase")]
pub enum IngestOutcome {
    /// Stored now.
    New { rowid: i64, events: usize, quotes: usize, actors: usize, new_actors: usize },
    /// Already in the store (same id or same text); nothing written.
    Known { rowid: i64 },
}

impl IngestOutcome {
    pub fn is_new(&self) -> bool {
        matches!(self, IngestOutcome::New { .. })
    }
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
}

fn spaces(s: &str) -> i64 {
    s.chars().filter(|c| *c == ' ').count() as i64
}

impl Store {
    /// The row of an already stored document with this id or text hash.
    pub fn known_document(&self, doc_id: &str, sha256: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row("SELECT id FROM documents WHERE doc_id = ?1 OR sha256 = ?2 LIMIT 1", params![doc_id, sha256], |r| r.get(0))
            .optional()?)
    }

    /// Stores one extracted document and `text`, the text its spans index; a document already
    /// stored (same id or same text hash) is left alone.
    pub fn ingest_document(&mut self, doc: &Document, text: &str) -> Result<IngestOutcome> {
        self.ingest_inner(doc, text).map_err(|e| {
            // The resolver may have learnt actors of a rolled-back transaction.
            self.resolver = None;
            StoreError::Document { id: doc.document.id.clone(), source: Box::new(e) }
        })
    }

    fn ingest_inner(&mut self, doc: &Document, text: &str) -> Result<IngestOutcome> {
        let meta = &doc.document;
        if let Some(rowid) = self.known_document(&meta.id, &meta.text_sha256)? {
            return Ok(IngestOutcome::Known { rowid });
        }
        if self.resolver.is_none() {
            self.resolver = Some(Resolver::load(&self.conn)?);
        }
        let Store { conn, resolver } = self;
        let resolver = resolver.as_mut().expect("loaded above");
        let tx = conn.transaction()?;
        let published = meta.published.as_deref().and_then(parse_day);
        let pub_str = published.map(|d| d.format("%Y-%m-%d").to_string());
        tx.execute(
            "INSERT INTO documents(doc_id, sha256, title, published, source, url, language, text, n_actors, n_events, n_quotes, ingested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                meta.id,
                meta.text_sha256,
                meta.title,
                pub_str,
                meta.source,
                meta.url,
                meta.language,
                text,
                doc.actors.len() as i64,
                doc.events.len() as i64,
                doc.quotes.len() as i64,
                now()
            ],
        )?;
        let rowid = tx.last_insert_rowid();

        // People last: their resolution weighs the company they keep in this document.
        let mut order: Vec<usize> = (0..doc.actors.len()).collect();
        order.sort_by_key(|&i| doc.actors[i].kind.as_str() == "person");
        let mut map: HashMap<&str, i64> = HashMap::new();
        let mut context: HashSet<i64> = HashSet::new();
        let mut new_actors = 0;
        for i in order {
            let a = &doc.actors[i];
            let id = match resolver.resolve(a, &context) {
                Some(id) => {
                    let first_time = !context.contains(&id);
                    tx.execute(
                        "UPDATE actors SET n_docs = n_docs + ?2, n_mentions = n_mentions + ?3,
                           country = COALESCE(country, ?4), sector = COALESCE(sector, ?5),
                           first_seen = CASE WHEN ?6 IS NOT NULL AND (first_seen IS NULL OR ?6 < first_seen) THEN ?6 ELSE first_seen END,
                           last_seen = CASE WHEN ?6 IS NOT NULL AND (last_seen IS NULL OR ?6 > last_seen) THEN ?6 ELSE last_seen END,
                           name = CASE WHEN kind = 'person' AND ?7 > length(name) - length(replace(name, ' ', '')) THEN ?8 ELSE name END
                         WHERE id = ?1",
                        params![id, i64::from(first_time), a.mentions.len() as i64, a.country, a.sector, pub_str, spaces(&a.name), a.name],
                    )?;
                    id
                }
                None => {
                    tx.execute(
                        "INSERT INTO actors(name, kind, country, sector, n_docs, n_mentions, first_seen, last_seen) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, ?6)",
                        params![a.name, a.kind.as_str(), a.country, a.sector, a.mentions.len() as i64, pub_str],
                    )?;
                    let id = tx.last_insert_rowid();
                    resolver.add_actor(id, a);
                    new_actors += 1;
                    id
                }
            };
            resolver.observe(id, a);
            {
                let mut st = tx.prepare_cached(
                    "INSERT INTO actor_aliases(actor_id, alias, fold, n) VALUES (?1, ?2, ?3, 1)
                     ON CONFLICT(actor_id, alias) DO UPDATE SET n = n + 1",
                )?;
                for n in std::iter::once(&a.name).chain(&a.aliases) {
                    st.execute(params![id, n, dyad_extract::names::fold(n)])?;
                }
                let mut st = tx.prepare_cached(
                    "INSERT INTO actor_titles(actor_id, title, first_date, last_date, n) VALUES (?1, ?2, ?3, ?3, 1)
                     ON CONFLICT(actor_id, title) DO UPDATE SET n = n + 1,
                       first_date = CASE WHEN ?3 IS NOT NULL AND (first_date IS NULL OR ?3 < first_date) THEN ?3 ELSE first_date END,
                       last_date = CASE WHEN ?3 IS NOT NULL AND (last_date IS NULL OR ?3 > last_date) THEN ?3 ELSE last_date END",
                )?;
                for t in &a.titles {
                    st.execute(params![id, t, pub_str])?;
                }
            }
            tx.execute(
                "INSERT INTO doc_actors(doc, local_id, actor_id, name, aliases, kind, country, sector, titles, spans)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    rowid,
                    a.id,
                    id,
                    a.name,
                    serde_json::to_string(&a.aliases)?,
                    a.kind.as_str(),
                    a.country,
                    a.sector,
                    serde_json::to_string(&a.titles)?,
                    serde_json::to_string(&a.mentions)?
                ],
            )?;
            map.insert(a.id.as_str(), id);
            context.insert(id);
        }
        resolver.add_cooccurrence(&context.iter().copied().collect::<Vec<_>>());

        for e in &doc.events {
            let mut parties: Vec<(i64, &'static str)> = Vec::new();
            for (ids, role) in [(&e.actor, "actor"), (&e.recipient, "recipient")] {
                for local in ids {
                    if let Some(&id) = map.get(local.as_str()) {
                        if !parties.contains(&(id, role)) {
                            parties.push((id, role));
                        }
                    }
                }
            }
            let resolved = e.date.as_deref().and_then(parse_day);
            let date = resolved.or(published);
            let location = e.location.as_deref().and_then(|l| map.get(l).copied());
            let cluster = match date {
                Some(date) if !e.negated && !e.hypothetical => Some(dedup::assign(
                    &tx,
                    &Candidate {
                        event_type: &e.event_type,
                        mode: e.mode.as_deref(),
                        quad: e.quad,
                        score: e.score,
                        date,
                        location,
                        parties: &parties,
                    },
                )?),
                _ => None,
            };
            tx.execute(
                "INSERT INTO events(doc, local_id, cluster, type, mode, quad, score, date, date_resolved, date_text, location,
                                    negated, hypothetical, trigger, sent_start, sent_end, sentence)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                params![
                    rowid,
                    e.id,
                    cluster,
                    e.event_type,
                    e.mode,
                    e.quad,
                    e.score as f64,
                    date.map(|d| d.format("%Y-%m-%d").to_string()),
                    resolved.map(|d| d.format("%Y-%m-%d").to_string()),
                    e.date_text,
                    location,
                    e.negated,
                    e.hypothetical,
                    e.trigger,
                    e.sentence[0],
                    e.sentence[1],
                    original_slice(text, e.sentence)
                ],
            )?;
            let event = tx.last_insert_rowid();
            let mut st = tx.prepare_cached("INSERT OR IGNORE INTO event_parties(event, actor_id, role) VALUES (?1, ?2, ?3)")?;
            for (id, role) in &parties {
                st.execute(params![event, id, role])?;
            }
            if let Some(c) = cluster {
                dedup::refresh(&tx, c)?;
            }
        }

        {
            let mut q = tx.prepare_cached(
                "INSERT INTO quotes(doc, local_id, speaker, text, span_start, span_end, direct, cue) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            let mut fts =
                tx.prepare_cached("INSERT INTO fts(text, kind, ref, doc, span_start, span_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
            for quote in &doc.quotes {
                let speaker = quote.speaker.as_deref().and_then(|s| map.get(s).copied());
                q.execute(params![rowid, quote.id, speaker, quote.text, quote.span[0], quote.span[1], quote.direct, quote.cue])?;
                fts.execute(params![quote.text, "quote", tx.last_insert_rowid(), rowid, quote.span[0], quote.span[1]])?;
            }
            for (i, (s, e, sentence)) in sentence_spans(text).into_iter().enumerate() {
                fts.execute(params![sentence, "sentence", i as i64, rowid, s as i64, e as i64])?;
            }
        }
        tx.commit()?;
        Ok(IngestOutcome::New { rowid, events: doc.events.len(), quotes: doc.quotes.len(), actors: doc.actors.len(), new_actors })
    }
}

/// One input of a batch ingest.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A plain-text or HTML article.
    File(PathBuf),
    /// JSON Lines records `{id, title, published, source, url, text}`.
    Jsonl(PathBuf),
    /// JSON Lines on standard input.
    Stdin,
}

fn is_jsonl(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("jsonl" | "ndjson"))
}

/// Turns command-line paths into sources: `-` is standard input, folders are walked recursively
/// (hidden entries skipped; `.jsonl`/`.ndjson` files are record streams, `.txt`, `.html`, `.htm`
/// and extension-less files are articles). A path that cannot be read is returned as an error.
pub fn expand(paths: &[PathBuf]) -> (Vec<Source>, Vec<(String, String)>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if p.is_dir() {
            walk(p, &mut out, &mut errors);
        } else if p.exists() {
            out.push(if is_jsonl(p) { Source::Jsonl(p.clone()) } else { Source::File(p.clone()) });
        } else {
            errors.push((p.display().to_string(), "no such file or folder".to_string()));
        }
    }
    (out, errors)
}

fn walk(dir: &Path, out: &mut Vec<Source>, errors: &mut Vec<(String, String)>) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            errors.push((dir.display().to_string(), e.to_string()));
            return;
        }
    };
    entries.sort();
    for p in entries {
        if p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')) {
            continue;
        }
        if p.is_dir() {
            walk(&p, out, errors);
        } else if is_jsonl(&p) {
            out.push(Source::Jsonl(p));
        } else if matches!(p.extension().and_then(|e| e.to_str()), None | Some("txt" | "html" | "htm")) {
            out.push(Source::File(p));
        }
    }
}

/// How many records the sources hold (for a progress bar); `None` when reading standard input.
pub fn count_records(sources: &[Source]) -> Option<u64> {
    let mut n = 0u64;
    for s in sources {
        match s {
            Source::File(_) => n += 1,
            Source::Stdin => return None,
            Source::Jsonl(p) => {
                let Ok(f) = File::open(p) else { continue };
                let mut buf = vec![0u8; 1 << 16];
                let mut r = BufReader::new(f);
                while let Ok(k) = r.read(&mut buf) {
                    if k == 0 {
                        break;
                    }
                    n += buf[..k].iter().filter(|&&b| b == b'\n').count() as u64;
                }
            }
        }
    }
    Some(n)
}

/// Options of a batch ingest.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Publication date for articles that carry none (plain files).
    pub published: Option<NaiveDate>,
}

/// What a batch ingest did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IngestStats {
    pub new: u64,
    pub known: u64,
    pub failed: u64,
    pub events: u64,
    pub quotes: u64,
    pub new_actors: u64,
    pub elapsed_s: f64,
    pub docs_per_s: f64,
}

/// Progress of a batch ingest, reported as it goes.
pub enum Progress<'a> {
    /// One record dealt with (stored, skipped or failed).
    Record,
    /// A record that could not be stored: `origin` is `path` or `path:line`.
    Failed { origin: &'a str, reason: &'a str },
}

enum Work {
    Doc { doc: Box<Document>, text: String, origin: String },
    Known,
    Failed { origin: String, reason: String },
}

enum Raw {
    File(PathBuf),
    Line { origin: String, line: std::io::Result<String> },
    Failed { origin: String, reason: String },
}

const BATCH: usize = 64;

fn sha_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

fn prepare(raw: Raw, opts: &IngestOptions, known: &HashSet<String>) -> Work {
    let (origin, article): (String, std::result::Result<Article, String>) = match raw {
        Raw::Failed { origin, reason } => return Work::Failed { origin, reason },
        Raw::File(p) => {
            let origin = p.display().to_string();
            let art = std::fs::read(&p).map_err(|e| e.to_string()).and_then(|bytes| {
                let text = input::decode(&bytes).map_err(|e| e.to_string())?;
                let mut a = input::from_text(text);
                a.published = opts.published;
                Ok(a)
            });
            (origin, art)
        }
        Raw::Line { origin, line } => {
            let art = line.map_err(|e| format!("unreadable line: {e}")).and_then(|l| {
                let mut a = input::from_json_line(&l).map_err(|e| e.to_string())?;
                a.published = a.published.or(opts.published);
                Ok(a)
            });
            (origin, art)
        }
    };
    match article {
        Err(reason) => Work::Failed { origin, reason },
        Ok(a) => {
            let sha = sha_hex(&a.text);
            if known.contains(&sha) || a.id.as_ref().is_some_and(|id| known.contains(id)) {
                return Work::Known;
            }
            match extract_guarded(&a, &Options::default()) {
                Ok(doc) => Work::Doc { doc: Box::new(doc), text: a.text, origin },
                Err(reason) => Work::Failed { origin, reason },
            }
        }
    }
}

fn read_sources(sources: &[Source], mut emit: impl FnMut(Raw) -> bool) {
    for s in sources {
        let (name, reader): (String, Box<dyn BufRead>) = match s {
            Source::File(p) => {
                if !emit(Raw::File(p.clone())) {
                    return;
                }
                continue;
            }
            Source::Stdin => ("<stdin>".to_string(), Box::new(BufReader::new(std::io::stdin()))),
            Source::Jsonl(p) => match File::open(p) {
                Ok(f) => (p.display().to_string(), Box::new(BufReader::new(f))),
                Err(e) => {
                    if !emit(Raw::Failed { origin: p.display().to_string(), reason: e.to_string() }) {
                        return;
                    }
                    continue;
                }
            },
        };
        for (i, line) in reader.lines().enumerate() {
            if line.as_ref().is_ok_and(|l| l.trim().is_empty()) {
                continue;
            }
            if !emit(Raw::Line { origin: format!("{name}:{}", i + 1), line }) {
                return;
            }
        }
    }
}

/// Extracts and stores every record of `sources`; bad records are reported through `on` and
/// counted, the rest are stored.
pub fn ingest_sources(store: &mut Store, sources: &[Source], opts: &IngestOptions, mut on: impl FnMut(Progress)) -> Result<IngestStats> {
    let start = Instant::now();
    let mut known: HashSet<String> = HashSet::new();
    {
        let mut st = store.conn.prepare("SELECT doc_id, sha256 FROM documents")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (id, sha) = row?;
            known.insert(id);
            known.insert(sha);
        }
    }
    let mut stats = IngestStats::default();
    let (tx, rx) = sync_channel::<Vec<Work>>(2);
    let mut result: Result<()> = Ok(());
    std::thread::scope(|scope| {
        let known = &known;
        scope.spawn(move || {
            let mut batch: Vec<Raw> = Vec::with_capacity(BATCH);
            let flush = |batch: &mut Vec<Raw>| -> bool {
                let work: Vec<Work> = std::mem::take(batch).into_par_iter().map(|r| prepare(r, opts, known)).collect();
                tx.send(work).is_ok()
            };
            read_sources(sources, |raw| {
                batch.push(raw);
                batch.len() < BATCH || flush(&mut batch)
            });
            if !batch.is_empty() {
                flush(&mut batch);
            }
        });
        for work in rx {
            for w in work {
                match w {
                    Work::Known => stats.known += 1,
                    Work::Failed { origin, reason } => {
                        stats.failed += 1;
                        on(Progress::Failed { origin: &origin, reason: &reason });
                    }
                    Work::Doc { doc, text, origin } => match store.ingest_document(&doc, &text) {
                        Ok(IngestOutcome::New { events, quotes, new_actors, .. }) => {
                            stats.new += 1;
                            stats.events += events as u64;
                            stats.quotes += quotes as u64;
                            stats.new_actors += new_actors as u64;
                        }
                        Ok(IngestOutcome::Known { .. }) => stats.known += 1,
                        Err(StoreError::Document { source, .. }) if matches!(*source, StoreError::Sql(_)) && is_fatal(&source) => {
                            result = Err(*source);
                            return;
                        }
                        Err(e) => {
                            stats.failed += 1;
                            on(Progress::Failed { origin: &origin, reason: &e.to_string() });
                        }
                    },
                }
                on(Progress::Record);
            }
        }
    });
    result?;
    // Fold the write-ahead log back into the database file so its size is the store's size and
    // a copied `.db` file is complete.
    let _ = store.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    stats.elapsed_s = start.elapsed().as_secs_f64();
    stats.docs_per_s = if stats.elapsed_s > 0.0 { stats.new as f64 / stats.elapsed_s } else { 0.0 };
    Ok(stats)
}

/// Errors after which no further document can be stored either (disk full, database locked or
/// read-only): stop instead of failing every remaining record one by one.
fn is_fatal(e: &StoreError) -> bool {
    use rusqlite::ffi::ErrorCode;
    matches!(e, StoreError::Sql(rusqlite::Error::SqliteFailure(f, _))
        if matches!(f.code, ErrorCode::DiskFull | ErrorCode::ReadOnly | ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked
            | ErrorCode::CannotOpen | ErrorCode::SystemIoFailure | ErrorCode::DatabaseCorrupt))
}
