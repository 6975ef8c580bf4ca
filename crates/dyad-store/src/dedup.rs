//! Event deduplication: reports of one event in several articles become one cluster.
//!
//! An event joins an existing cluster when the cluster has the same PLOVER type, a date within
//! [`WINDOW_DAYS`] of it, the same location when both know one, and parties that contain or are
//! contained in its own (`{USA}` joins `{USA, IRN}`; `{ISR, LBN}` does not join `{ISR, PSE}`:
//! one shared party out of two is a different strike, not another report of the same one). Among
//! several fitting clusters the one sharing most parties, then the nearest in time, wins. Events
//! without parties or without a date never cluster: nothing says two of them are the same.

use std::collections::HashSet;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use crate::Result;

/// How far apart two reports of one event may date it.
pub const WINDOW_DAYS: i64 = 2;

/// What deduplication needs to know about one new event.
pub(crate) struct Candidate<'a> {
    pub event_type: &'a str,
    pub mode: Option<&'a str>,
    pub quad: u8,
    pub score: f32,
    pub date: NaiveDate,
    pub location: Option<i64>,
    /// Stored actor ids with their role (`actor` or `recipient`).
    pub parties: &'a [(i64, &'static str)],
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The cluster the event belongs to, created when none fits.
pub(crate) fn assign(conn: &Connection, ev: &Candidate) -> Result<i64> {
    let mine: HashSet<i64> = ev.parties.iter().map(|p| p.0).collect();
    if !mine.is_empty() {
        let from = day(ev.date - chrono::Duration::days(WINDOW_DAYS));
        let to = day(ev.date + chrono::Duration::days(WINDOW_DAYS));
        let mut st = conn.prepare_cached("SELECT id, date, location FROM clusters WHERE type = ?1 AND date BETWEEN ?2 AND ?3")?;
        let rows: Vec<(i64, String, Option<i64>)> =
            st.query_map(params![ev.event_type, from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<Result<_, _>>()?;
        let mut parties = conn.prepare_cached("SELECT DISTINCT actor_id FROM cluster_parties WHERE cluster = ?1")?;
        let mut best: Option<(usize, i64, i64)> = None;
        for (id, date, location) in rows {
            if matches!((location, ev.location), (Some(a), Some(b)) if a != b) {
                continue;
            }
            let theirs: HashSet<i64> = parties.query_map([id], |r| r.get(0))?.collect::<Result<_, _>>()?;
            let shared = theirs.intersection(&mine).count();
            if shared == 0 || shared < theirs.len().min(mine.len()) {
                continue;
            }
            let gap = NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_or(i64::MAX, |d| (d - ev.date).num_days().abs());
            if best.is_none_or(|b| (shared, -gap) > (b.0, -b.1)) {
                best = Some((shared, gap, id));
            }
        }
        if let Some((_, _, id)) = best {
            add_parties(conn, id, ev.parties)?;
            if ev.location.is_some() {
                conn.execute("UPDATE clusters SET location = ?2 WHERE id = ?1 AND location IS NULL", params![id, ev.location])?;
            }
            return Ok(id);
        }
    }
    conn.execute(
        "INSERT INTO clusters(type, mode, quad, score, date, location) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![ev.event_type, ev.mode, ev.quad, ev.score as f64, day(ev.date), ev.location],
    )?;
    let id = conn.last_insert_rowid();
    add_parties(conn, id, ev.parties)?;
    Ok(id)
}

fn add_parties(conn: &Connection, cluster: i64, parties: &[(i64, &'static str)]) -> Result<()> {
    let mut st = conn.prepare_cached("INSERT OR IGNORE INTO cluster_parties(cluster, actor_id, role) VALUES (?1, ?2, ?3)")?;
    for (id, role) in parties {
        st.execute(params![cluster, id, role])?;
    }
    Ok(())
}

/// Recounts a cluster's events and documents after events joined or left it; a cluster left
/// without events is deleted.
pub(crate) fn refresh(conn: &Connection, cluster: i64) -> Result<()> {
    let n: i64 = conn.query_row("SELECT COUNT(*) FROM events WHERE cluster = ?1", [cluster], |r| r.get(0))?;
    if n == 0 {
        conn.execute("DELETE FROM clusters WHERE id = ?1", [cluster])?;
        conn.execute("DELETE FROM cluster_parties WHERE cluster = ?1", [cluster])?;
        return Ok(());
    }
    conn.execute(
        "UPDATE clusters SET n_events = ?2, n_docs = (SELECT COUNT(DISTINCT doc) FROM events WHERE cluster = ?1) WHERE id = ?1",
        params![cluster, n],
    )?;
    Ok(())
}

/// Rebuilds a cluster's parties from its events (after an analyst moved actors around).
pub(crate) fn rebuild_parties(conn: &Connection, cluster: i64) -> Result<()> {
    conn.execute("DELETE FROM cluster_parties WHERE cluster = ?1", [cluster])?;
    conn.execute(
        "INSERT OR IGNORE INTO cluster_parties(cluster, actor_id, role)
         SELECT e.cluster, p.actor_id, p.role FROM event_parties p JOIN events e ON e.id = p.event WHERE e.cluster = ?1",
        [cluster],
    )?;
    Ok(())
}

/// The cluster of a stored event, if it has one.
pub fn cluster_of(conn: &Connection, event: i64) -> Result<Option<i64>> {
    Ok(conn.query_row("SELECT cluster FROM events WHERE id = ?1", [event], |r| r.get::<_, Option<i64>>(0)).optional()?.flatten())
}
