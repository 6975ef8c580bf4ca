//! # dyad-store
//!
//! The knowledge store: every extracted document in one embedded SQLite database (WAL mode,
//! versioned schema, FTS5 full-text index over sentences and quotes), with
//!
//! - **actors resolved across documents** ([`resolve`]): a state is its ISO3 code, a place its name
//!   and country, an organisation its folded name, a person a transliteration-aware full name checked
//!   against country, sector, titles and co-occurring actors; analyst corrections (`merge`, `split`)
//!   are stored as rules and win at resolution time, so they survive later ingests;
//! - **deduplicated events** ([`dedup`]): reports of one event in several articles (same PLOVER type,
//!   overlapping parties, dates within two days, same place when known) form one *cluster* that lists
//!   every source sentence;
//! - **relations** ([`relations`]): per pair of actors, or of states (actors rolled up by country),
//!   a day/week/month series of event clusters by PLOVER quad and type, with summed PLOVER scores;
//! - **alerts** ([`alerts`]): new dyads, cooperation/conflict flips and volume jumps, each with the
//!   numbers and the event ids behind it (the statistics are documented in that module);
//! - **queries** ([`query`]) and **exports** ([`export`]: PLOVER JSONL, a GDELT-like table, CSV, GraphML, GEXF).
//!
//! Negated and hypothetical events are stored and queryable but join no cluster: they did not
//! happen, so they weigh in no relation, alert or export.
//!
//! One process should write a store at a time: the resolver keeps its index in memory, so two
//! concurrent ingests into one file would not see each other's new actors (readers are fine).
//!
//! ## From the command line
//!
//! ```sh
//! dyad ingest articles/ feed.jsonl --db news.db          # or DYAD_DB=news.db; `-` reads JSON Lines from stdin
//! dyad query actors --actor Haftar --format json
//! dyad query events --actor Belarus --type CONSULT --from 2025-03-01
//! dyad query relations --level state --actor LBY --series
//! dyad query search --text "military cooperation"
//! dyad alerts --level state --window week                # thresholds: see `dyad alerts --help` and [`alerts`]
//! dyad actors merge "Khalifa Haftar" "Khalifa Hafter"   # or ids; `split ACTOR --alias NAME`
//! dyad export --format gexf --level state --out relations.gexf
//! ```
//!
//! Until the root binary wires these in, the `dyad-store` binary of this crate runs the same
//! commands (`src/cmd_store.rs`), plus `eval-resolution --gold FILE`, which scores actor
//! resolution against gold entity links (see [`eval`]).
//!
//! ```
//! use dyad_extract::{extract, input, Options};
//! use dyad_store::{Filter, Store};
//!
//! let mut store = Store::open_in_memory().unwrap();
//! let mut article = input::from_text("Belarusian President Alexander Lukashenko met Khalifa Haftar in Minsk on Monday.");
//! article.published = Some(chrono::NaiveDate::from_ymd_opt(2025, 3, 10).unwrap());
//! let doc = extract(&article, &Options::default());
//! let outcome = store.ingest_document(&doc, &article.text).unwrap();
//! assert!(outcome.is_new());
//! // the same text again is recognised and skipped
//! assert!(!store.ingest_document(&doc, &article.text).unwrap().is_new());
//! let people = store.actors(&Filter { actor: Some("Lukashenko".into()), ..Filter::default() }).unwrap();
//! assert_eq!(people[0].country.as_deref(), Some("BLR"));
//! ```

pub mod alerts;
pub mod correct;
pub mod dedup;
pub mod eval;
pub mod export;
pub mod ingest;
pub mod query;
pub mod relations;
pub mod resolve;
pub mod schema;

use std::path::Path;

use rusqlite::Connection;

pub use alerts::{Alert, AlertKind, AlertParams};
pub use ingest::{IngestOutcome, IngestStats};
pub use query::{ActorRow, DocumentDetail, DocumentRow, EventRow, Filter, QuoteRow, SearchHit};
pub use relations::{Level, Period, Relation, RelationFilter};

/// Everything that can go wrong in the store, naming the record concerned.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("document {id}: {source}")]
    Document { id: String, source: Box<StoreError> },
    #[error("{0}: not found")]
    NotFound(String),
    #[error("{0}")]
    Invalid(String),
    #[error("database {path}: {reason}")]
    Open { path: String, reason: String },
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// One open knowledge store.
pub struct Store {
    pub(crate) conn: Connection,
    /// The in-memory resolution index, built on first ingest and dropped whenever a write fails
    /// or an analyst correction changes the actors, so it is never out of step with the database.
    pub(crate) resolver: Option<resolve::Resolver>,
}

impl Store {
    /// Opens (creating and migrating as needed) the database at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        let conn = Connection::open(path).map_err(|e| StoreError::Open { path: path.display().to_string(), reason: e.to_string() })?;
        Self::init(conn).map_err(|e| StoreError::Open { path: path.display().to_string(), reason: e.to_string() })
    }

    /// A throw-away store, for tests and examples.
    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store> {
        // WAL lets readers (the web server, a query in another terminal) run during an ingest;
        // NORMAL sync in WAL mode keeps every committed document across a crash of the process.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "OFF")?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        schema::migrate(&conn)?;
        Ok(Store { conn, resolver: None })
    }

    /// The underlying connection, for ad-hoc SQL.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Sentences of a text as `[start, end)` character spans: a full stop, question or exclamation
/// mark followed by white space, or a line break, ends one. Only the full-text index uses them,
/// so a crude rule that never loses text is enough.
pub(crate) fn sentence_spans(text: &str) -> Vec<(usize, usize, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let flush = |out: &mut Vec<(usize, usize, String)>, s: usize, e: usize| {
        let piece: String = chars[s..e].iter().collect();
        let trimmed = piece.trim();
        if trimmed.chars().any(char::is_alphanumeric) {
            let lead = piece.chars().take_while(|c| c.is_whitespace()).count();
            out.push((s + lead, s + lead + trimmed.chars().count(), trimmed.to_string()));
        }
    };
    while i < chars.len() {
        let c = chars[i];
        let end_here = c == '\n' || (matches!(c, '.' | '?' | '!') && chars.get(i + 1).is_some_and(|n| n.is_whitespace()));
        if end_here {
            flush(&mut out, start, i + 1);
            start = i + 1;
        }
        i += 1;
    }
    if start < chars.len() {
        flush(&mut out, start, chars.len());
    }
    out
}

pub(crate) fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
