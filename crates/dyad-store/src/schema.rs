//! The database schema and its migrations.
//!
//! `PRAGMA user_version` holds the number of migrations applied; [`migrate`] applies the missing
//! ones in order, each in its own transaction, so a database written by an older dyad opens in a
//! newer one and a half-applied migration never exists. Never edit a shipped migration: append one.

use rusqlite::Connection;

use crate::Result;

/// Migration `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // v1: documents, resolved actors, per-document actor mapping, events and their clusters,
    // quotes, full-text index, analyst rules.
    r#"
    CREATE TABLE documents(
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL UNIQUE,
        title TEXT, published TEXT, source TEXT, url TEXT, language TEXT,
        text TEXT NOT NULL,
        n_actors INTEGER NOT NULL, n_events INTEGER NOT NULL, n_quotes INTEGER NOT NULL,
        ingested_at TEXT NOT NULL);
    CREATE INDEX documents_published ON documents(published);

    CREATE TABLE actors(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, sector TEXT,
        n_docs INTEGER NOT NULL DEFAULT 0, n_mentions INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT, last_seen TEXT);
    CREATE INDEX actors_country ON actors(country);

    CREATE TABLE actor_aliases(
        actor_id INTEGER NOT NULL, alias TEXT NOT NULL, fold TEXT NOT NULL, n INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY(actor_id, alias)) WITHOUT ROWID;
    CREATE INDEX actor_aliases_fold ON actor_aliases(fold);

    CREATE TABLE actor_titles(
        actor_id INTEGER NOT NULL, title TEXT NOT NULL, first_date TEXT, last_date TEXT, n INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY(actor_id, title)) WITHOUT ROWID;

    CREATE TABLE doc_actors(
        doc INTEGER NOT NULL, local_id TEXT NOT NULL, actor_id INTEGER NOT NULL,
        name TEXT NOT NULL, aliases TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, sector TEXT,
        titles TEXT NOT NULL, spans TEXT NOT NULL,
        PRIMARY KEY(doc, local_id)) WITHOUT ROWID;
    CREATE INDEX doc_actors_actor ON doc_actors(actor_id);

    CREATE TABLE clusters(
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL, mode TEXT, quad INTEGER NOT NULL, score REAL NOT NULL,
        date TEXT, location INTEGER,
        n_events INTEGER NOT NULL DEFAULT 0, n_docs INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX clusters_type_date ON clusters(type, date);
    CREATE INDEX clusters_date ON clusters(date);

    CREATE TABLE cluster_parties(
        cluster INTEGER NOT NULL, actor_id INTEGER NOT NULL, role TEXT NOT NULL,
        PRIMARY KEY(cluster, actor_id, role)) WITHOUT ROWID;
    CREATE INDEX cluster_parties_actor ON cluster_parties(actor_id);

    CREATE TABLE events(
        id INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL, local_id TEXT NOT NULL, cluster INTEGER,
        type TEXT NOT NULL, mode TEXT, quad INTEGER NOT NULL, score REAL NOT NULL,
        date TEXT, date_resolved TEXT, date_text TEXT, location INTEGER,
        negated INTEGER NOT NULL, hypothetical INTEGER NOT NULL, trigger TEXT,
        sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL, sentence TEXT NOT NULL);
    CREATE INDEX events_doc ON events(doc);
    CREATE INDEX events_cluster ON events(cluster);
    CREATE INDEX events_date ON events(date);

    CREATE TABLE event_parties(
        event INTEGER NOT NULL, actor_id INTEGER NOT NULL, role TEXT NOT NULL,
        PRIMARY KEY(event, actor_id, role)) WITHOUT ROWID;
    CREATE INDEX event_parties_actor ON event_parties(actor_id);

    CREATE TABLE quotes(
        id INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL, local_id TEXT NOT NULL, speaker INTEGER,
        text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        direct INTEGER NOT NULL, cue TEXT);
    CREATE INDEX quotes_doc ON quotes(doc);
    CREATE INDEX quotes_speaker ON quotes(speaker);

    CREATE VIRTUAL TABLE fts USING fts5(text, kind UNINDEXED, ref UNINDEXED, doc UNINDEXED, span_start UNINDEXED, span_end UNINDEXED);

    CREATE TABLE rules(
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL, fold TEXT NOT NULL, alias TEXT NOT NULL, actor_id INTEGER NOT NULL, created TEXT NOT NULL);
    CREATE INDEX rules_fold ON rules(fold);
    "#,
];

/// The schema version this build writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`VERSION`].
pub fn migrate(conn: &Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > VERSION {
        return Err(crate::StoreError::Invalid(format!(
            "database schema version {current} is newer than this dyad understands ({VERSION}); upgrade dyad"
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
