//! The JSON API under `/api`.

use std::any::Any;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use dyad_store::query::{actor_ids, EventRow};
use dyad_store::{AlertParams, Filter, Level, Period, RelationFilter, Store};
use serde_json::{json, Value};

use crate::error::{ApiError, ApiResult};
use crate::ingest;
use crate::params::{paged, Params};
use crate::pool::data_version;
use crate::App;

/// Every route of the API, as `(method, path)`; the OpenAPI description lists each (a test checks).
pub const ROUTES: &[(&str, &str)] = &[
    ("get", "/api/health"),
    ("get", "/api/stats"),
    ("get", "/api/openapi.json"),
    ("get", "/api/documents"),
    ("post", "/api/documents"),
    ("get", "/api/documents/{id}"),
    ("get", "/api/actors"),
    ("get", "/api/actors/{id}"),
    ("get", "/api/events"),
    ("get", "/api/quotes"),
    ("get", "/api/relations"),
    ("get", "/api/relations/events"),
    ("get", "/api/timeline"),
    ("get", "/api/alerts"),
    ("get", "/api/search"),
    ("post", "/api/extract"),
];

pub const OPENAPI: &str = include_str!("openapi.json");

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/api/health", get(|| async { Json(json!({"ok": true})) }))
        .route("/api/stats", get(stats))
        .route("/api/openapi.json", get(|| async { ([(header::CONTENT_TYPE, "application/json")], OPENAPI) }))
        .route("/api/documents", get(documents).post(ingest::store_document))
        .route("/api/documents/{id}", get(document))
        .route("/api/actors", get(actors))
        .route("/api/actors/{id}", get(actor))
        .route("/api/events", get(events))
        .route("/api/quotes", get(quotes))
        .route("/api/relations", get(relations))
        .route("/api/relations/events", get(dyad_events))
        .route("/api/timeline", get(timeline))
        .route("/api/alerts", get(alerts))
        .route("/api/search", get(search))
        .route("/api/extract", post(ingest::extract_text))
        .route("/api", get(|| async { Json(json!({"endpoints": ROUTES.iter().map(|(m, p)| format!("{} {p}", m.to_uppercase())).collect::<Vec<_>>(), "openapi": "/api/openapi.json"})) }))
        .route("/api/{*rest}", axum::routing::any(api_not_found))
        .method_not_allowed_fallback(method_not_allowed)
}

async fn api_not_found(uri: Uri) -> ApiError {
    ApiError::not_found(format!("no such endpoint: {}; see /api/openapi.json", uri.path()))
}

async fn method_not_allowed(method: axum::http::Method, uri: Uri) -> ApiError {
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, format!("{method} is not allowed on {}", uri.path()))
}

/// A panic inside a handler becomes a JSON 500.
pub fn panic_response(err: Box<dyn Any + Send + 'static>) -> Response<Body> {
    let what = err.downcast_ref::<String>().cloned().or_else(|| err.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
    tracing::error!("handler panicked: {what}");
    ApiError::internal("internal error (the request was dropped; the server is still running)").into_response()
}

/// Runs `f` on a read connection on the blocking pool.
async fn read<T: Send + 'static>(app: &Arc<App>, f: impl FnOnce(&App, &Store) -> ApiResult<T> + Send + 'static) -> ApiResult<T> {
    let app = app.clone();
    tokio::task::spawn_blocking(move || app.readers.with(|store| f(&app, store))).await?
}

fn filter(p: &Params) -> ApiResult<Filter> {
    let (limit, offset) = p.page()?;
    Ok(Filter {
        actor: p.str("actor"),
        kind: p.choice("kind", &["person", "organization", "state", "place", "group"])?,
        event_type: p.str("type").map(|t| t.to_uppercase()),
        quad: p.quad()?,
        from: p.date("from")?,
        to: p.date("to")?,
        country: p.str("country").map(|c| c.to_uppercase()),
        text: p.str("text"),
        document: p.str("document"),
        // one more than asked, to know whether there is a next page
        limit: Some(limit + 1),
        offset: Some(offset),
        ..Filter::default()
    })
}

const LIST: &[&str] = &["actor", "from", "to", "country", "text", "limit", "offset"];

fn allowed<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    LIST.iter().copied().chain(extra.iter().copied()).collect()
}

async fn stats(State(app): State<Arc<App>>) -> ApiResult<Json<Value>> {
    read(&app, |app, store| {
        let counts = store.counts()?;
        let (first, last): (Option<String>, Option<String>) = store
            .connection()
            .query_row("SELECT MIN(published), MAX(published) FROM documents", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(dyad_store::StoreError::from)?;
        let (efirst, elast): (Option<String>, Option<String>) = store
            .connection()
            .query_row("SELECT MIN(date), MAX(date) FROM clusters", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(dyad_store::StoreError::from)?;
        Ok(Json(json!({
            "counts": counts,
            "published": {"first": first, "last": last},
            "event_dates": {"first": efirst, "last": elast},
            "database": app.config.db.file_name().map(|n| n.to_string_lossy().to_string()),
            "storing": app.config.token.is_some(),
            "max_body": app.config.max_body,
        })))
    })
    .await
}

async fn documents(State(app): State<Arc<App>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p = Params::parse(q.as_deref(), &allowed(&["order"]))?;
    let mut f = filter(&p)?;
    let desc = p.choice("order", &["asc", "desc"])?.as_deref() == Some("desc");
    let (limit, offset) = p.page()?;
    read(&app, move |_, store| {
        if desc {
            // The store lists in publication order; newest first reads the whole (small) rows once.
            f.limit = None;
            f.offset = None;
            let mut rows = store.documents(&f)?;
            rows.reverse();
            let rows: Vec<_> = rows.into_iter().skip(offset).take(limit + 1).collect();
            return Ok(Json(paged(rows, limit, offset)));
        }
        Ok(Json(paged(store.documents(&f)?, limit, offset)))
    })
    .await
}

async fn document(State(app): State<Arc<App>>, Path(id): Path<String>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    Params::parse(q.as_deref(), &[])?;
    read(&app, move |_, store| Ok(Json(serde_json::to_value(store.document(&id)?).map_err(|e| ApiError::internal(e.to_string()))?))).await
}

async fn actors(State(app): State<Arc<App>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p = Params::parse(q.as_deref(), &allowed(&["kind"]))?;
    let f = filter(&p)?;
    let (limit, offset) = p.page()?;
    read(&app, move |_, store| Ok(Json(paged(store.actors(&f)?, limit, offset)))).await
}

async fn actor(State(app): State<Arc<App>>, Path(id): Path<String>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    Params::parse(q.as_deref(), &[])?;
    let id: i64 =
        id.trim_start_matches('#').parse().map_err(|_| ApiError::bad_request(format!("bad actor id {id:?}: expected a number")))?;
    read(&app, move |_, store| Ok(Json(serde_json::to_value(store.actor(id)?).map_err(|e| ApiError::internal(e.to_string()))?))).await
}

fn parse_ids(s: &str) -> ApiResult<Vec<i64>> {
    let ids: Vec<i64> = s
        .split(',')
        .filter(|x| !x.trim().is_empty())
        .map(|x| x.trim().parse::<i64>().map_err(|_| ApiError::bad_request(format!("bad ids: {x:?} is not a number"))))
        .collect::<ApiResult<_>>()?;
    if ids.len() > crate::params::MAX_LIMIT {
        return Err(ApiError::bad_request(format!("too many ids: at most {}", crate::params::MAX_LIMIT)));
    }
    Ok(ids)
}

async fn events(State(app): State<Arc<App>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p = Params::parse(q.as_deref(), &allowed(&["type", "quad", "document", "ids"]))?;
    let f = filter(&p)?;
    let (limit, offset) = p.page()?;
    let ids = p.str("ids").map(|s| parse_ids(&s)).transpose()?;
    read(&app, move |_, store| {
        if let Some(ids) = ids {
            let rows: Vec<EventRow> = events_by_ids(store, &ids)?.into_iter().skip(offset).take(limit + 1).collect();
            return Ok(Json(paged(rows, limit, offset)));
        }
        Ok(Json(paged(store.events(&f)?, limit, offset)))
    })
    .await
}

async fn quotes(State(app): State<Arc<App>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p = Params::parse(q.as_deref(), &allowed(&["document"]))?;
    let f = filter(&p)?;
    let (limit, offset) = p.page()?;
    read(&app, move |_, store| Ok(Json(paged(store.quotes(&f)?, limit, offset)))).await
}

async fn search(State(app): State<Arc<App>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p = Params::parse(q.as_deref(), &["text", "q", "limit", "offset"])?;
    let text = p.str("text").or_else(|| p.str("q")).ok_or_else(|| ApiError::bad_request("text is required: /api/search?text=WORDS"))?;
    let (limit, offset) = p.page()?;
    read(&app, move |_, store| Ok(Json(paged(store.search(&text, limit + 1, offset)?, limit, offset)))).await
}

fn level(p: &Params, default: Level) -> ApiResult<Level> {
    Ok(match p.choice("level", &["actor", "state"])?.as_deref() {
        Some("actor") => Level::Actor,
        Some("state") => Level::State,
        _ => default,
    })
}

fn period(p: &Params, key: &str) -> ApiResult<Period> {
    Ok(match p.choice(key, &["day", "week", "month"])?.as_deref() {
        Some("day") => Period::Day,
        Some("month") => Period::Month,
        _ => Period::Week,
    })
}

async fn relations(State(app): State<Arc<App>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p = Params::parse(q.as_deref(), &allowed(&["level", "period", "type", "quad", "min_events", "series"]))?;
    let (limit, offset) = p.page()?;
    let f = RelationFilter {
        level: level(&p, Level::Actor)?,
        period: period(&p, "period")?,
        actor: p.str("actor"),
        country: p.str("country").map(|c| c.to_uppercase()),
        from: p.date("from")?,
        to: p.date("to")?,
        event_type: p.str("type").map(|t| t.to_uppercase()),
        quad: p.quad()?,
        min_events: p.usize("min_events")?.unwrap_or(1),
        series: p.bool("series")?,
        limit: Some(limit + 1),
        offset: Some(offset),
        ..RelationFilter::default()
    };
    if p.str("text").is_some() {
        return Err(ApiError::bad_request("relations take no text filter"));
    }
    let key = format!("relations?{}", q.unwrap_or_default());
    read(&app, move |app, store| {
        let version = data_version(store);
        if let Some(v) = app.cache.get(&key, &version) {
            return Ok(Json(v));
        }
        let v = paged(store.relations(&f)?, limit, offset);
        app.cache.put(key, version, v.clone());
        Ok(Json(v))
    })
    .await
}

/// Stored events by id, in the order given (the store lists by filter only, so this goes
/// document by document: `Filter::document` is indexed and a document holds few events).
pub fn events_by_ids(store: &Store, ids: &[i64]) -> ApiResult<Vec<EventRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let mut st = store
        .connection()
        .prepare(&format!("SELECT DISTINCT d.doc_id FROM events e JOIN documents d ON d.id = e.doc WHERE e.id IN ({list})"))
        .map_err(dyad_store::StoreError::from)?;
    let docs: Vec<String> = st
        .query_map([], |r| r.get(0))
        .map_err(dyad_store::StoreError::from)?
        .collect::<Result<_, _>>()
        .map_err(dyad_store::StoreError::from)?;
    let mut found: HashMap<i64, EventRow> = HashMap::new();
    for doc in docs {
        for e in store.events(&Filter { document: Some(doc), ..Filter::default() })? {
            if ids.contains(&e.id) {
                found.insert(e.id, e);
            }
        }
    }
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

/// One side of a dyad as SQL: which stored actors stand for it.
fn side_sql(store: &Store, level: Level, key: &str) -> ApiResult<(String, String)> {
    match level {
        Level::State => {
            let code = key.trim().to_uppercase();
            if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
                return Ok((format!("IN (SELECT id FROM actors WHERE country = '{code}')"), code));
            }
            // a name: the country of the best-documented actor of that name
            let ids = actor_ids(store.connection(), key)?;
            let country = ids.first().map(|&id| store.actor(id)).transpose()?.and_then(|a| a.country);
            let code = country.ok_or_else(|| ApiError::not_found(format!("no state for {key:?}")))?;
            Ok((format!("IN (SELECT id FROM actors WHERE country = '{code}')"), code))
        }
        Level::Actor => {
            let ids = actor_ids(store.connection(), key)?;
            if ids.is_empty() {
                return Err(ApiError::not_found(format!("no actor {key:?}")));
            }
            let first = ids[0].to_string();
            Ok((format!("IN ({})", ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")), first))
        }
    }
}

/// The `WHERE` of the event clusters of an actor (or of a dyad when `b` is given).
fn cluster_where(store: &Store, p: &Params, level: Level, a: &str, b: Option<&str>) -> ApiResult<(String, Vec<String>, Vec<String>)> {
    let mut sql = String::from("c.date IS NOT NULL");
    let mut vals: Vec<String> = Vec::new();
    let mut keys = Vec::new();
    for side in std::iter::once(a).chain(b) {
        let (cond, key) = side_sql(store, level, side)?;
        sql.push_str(&format!(" AND EXISTS (SELECT 1 FROM cluster_parties p WHERE p.cluster = c.id AND p.actor_id {cond})"));
        keys.push(key);
    }
    if keys.len() == 2 && keys[0] == keys[1] {
        return Err(ApiError::bad_request("a and b are the same"));
    }
    for (key, col, op) in [("from", "c.date", ">="), ("to", "c.date", "<=")] {
        if let Some(d) = p.date(key)? {
            vals.push(d);
            sql.push_str(&format!(" AND {col} {op} ?{}", vals.len()));
        }
    }
    if let Some(q) = p.quad()? {
        sql.push_str(&format!(" AND c.quad = {q}"));
    }
    if let Some(t) = p.str("type") {
        vals.push(t.to_uppercase());
        sql.push_str(&format!(" AND c.type = ?{}", vals.len()));
    }
    Ok((sql, vals, keys))
}

async fn dyad_events(State(app): State<Arc<App>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p = Params::parse(q.as_deref(), &["level", "a", "b", "from", "to", "quad", "type", "limit", "offset"])?;
    let (limit, offset) = p.page()?;
    let lvl = level(&p, Level::Actor)?;
    let a = p.str("a").ok_or_else(|| ApiError::bad_request("a is required (an actor id or name; an ISO3 code at level=state)"))?;
    let b = p.str("b");
    read(&app, move |_, store| {
        let (cond, vals, _) = cluster_where(store, &p, lvl, &a, b.as_deref())?;
        let sql = format!(
            "SELECT e.id FROM events e JOIN clusters c ON c.id = e.cluster WHERE {cond} ORDER BY e.date DESC, e.id DESC LIMIT {} OFFSET {offset}",
            limit + 1
        );
        let mut st = store.connection().prepare(&sql).map_err(dyad_store::StoreError::from)?;
        let ids: Vec<i64> = st
            .query_map(rusqlite_params(&vals), |r| r.get(0))
            .map_err(dyad_store::StoreError::from)?
            .collect::<Result<_, _>>()
            .map_err(dyad_store::StoreError::from)?;
        Ok(Json(paged(events_by_ids(store, &ids)?, limit, offset)))
    })
    .await
}

fn rusqlite_params(vals: &[String]) -> impl rusqlite::Params + '_ {
    rusqlite::params_from_iter(vals.iter())
}

#[derive(Default, serde::Serialize)]
struct Bucket {
    period: String,
    events: u32,
    score: f64,
    quads: [u32; 4],
}

async fn timeline(State(app): State<Arc<App>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p = Params::parse(q.as_deref(), &["level", "a", "b", "from", "to", "quad", "type", "period"])?;
    let lvl = level(&p, Level::Actor)?;
    let per = period(&p, "period")?;
    let a = p.str("a").ok_or_else(|| ApiError::bad_request("a is required (an actor id or name; an ISO3 code at level=state)"))?;
    let b = p.str("b");
    let key = format!("timeline?{}", q.clone().unwrap_or_default());
    read(&app, move |app, store| {
        let version = data_version(store);
        if let Some(v) = app.cache.get(&key, &version) {
            return Ok(Json(v));
        }
        let (cond, vals, keys) = cluster_where(store, &p, lvl, &a, b.as_deref())?;
        let sql = format!("SELECT c.date, c.quad, c.score FROM clusters c WHERE {cond} ORDER BY c.date");
        let mut st = store.connection().prepare(&sql).map_err(dyad_store::StoreError::from)?;
        let rows = st
            .query_map(rusqlite_params(&vals), |r| Ok((r.get::<_, String>(0)?, r.get::<_, u8>(1)?, r.get::<_, f64>(2)?)))
            .map_err(dyad_store::StoreError::from)?;
        let mut buckets: BTreeMap<chrono::NaiveDate, Bucket> = BTreeMap::new();
        let (mut total, mut score, mut quads) = (0u32, 0f64, [0u32; 4]);
        for row in rows {
            let (date, quad, s) = row.map_err(dyad_store::StoreError::from)?;
            let Some(d) = crate::params::parse_day(date.get(..10).unwrap_or(&date)) else { continue };
            let start = per.start(d);
            let bucket = buckets.entry(start).or_insert_with(|| Bucket { period: start.to_string(), ..Bucket::default() });
            let qi = usize::from(quad.clamp(1, 4) - 1);
            bucket.events += 1;
            bucket.score += s;
            bucket.quads[qi] += 1;
            total += 1;
            score += s;
            quads[qi] += 1;
        }
        let names: Vec<Value> = keys.iter().map(|k| node_json(store, lvl, k)).collect();
        let all = cached_alerts(app, store, lvl, per, &version)?;
        let alerts: Vec<&Value> = all
            .iter()
            .filter(|al| {
                let ka = al["a"]["key"].as_str().unwrap_or_default();
                let kb = al["b"]["key"].as_str().unwrap_or_default();
                let has = |k: &String| k == ka || k == kb;
                keys.iter().all(has)
            })
            .collect();
        let v = json!({
            "level": lvl,
            "period": per,
            "a": names.first(),
            "b": names.get(1),
            "events": total,
            "score": score,
            "quads": quads,
            "series": buckets.into_values().collect::<Vec<_>>(),
            "alerts": alerts,
        });
        app.cache.put(key, version, v.clone());
        Ok(Json(v))
    })
    .await
}

fn node_json(store: &Store, level: Level, key: &str) -> Value {
    match level {
        Level::State => {
            let name: Option<String> = store
                .connection()
                .query_row("SELECT name FROM actors WHERE kind = 'state' AND country = ?1 ORDER BY n_docs DESC LIMIT 1", [key], |r| {
                    r.get(0)
                })
                .ok();
            json!({"key": key, "name": name.unwrap_or_else(|| key.to_string()), "kind": "state", "country": key})
        }
        Level::Actor => match key.parse::<i64>().ok().and_then(|id| store.actor(id).ok()) {
            Some(a) => json!({"key": key, "name": a.name, "kind": a.kind, "country": a.country}),
            None => json!({"key": key, "name": key}),
        },
    }
}

/// Alerts over the last year of data (evaluated window by window), cached per data version.
fn cached_alerts(app: &App, store: &Store, level: Level, window: Period, version: &str) -> ApiResult<Vec<Value>> {
    let key = format!("alerts:{level:?}:{window:?}");
    if let Some(Value::Array(v)) = app.cache.get(&key, version) {
        return Ok(v);
    }
    let last: Option<String> =
        store.connection().query_row("SELECT MAX(published) FROM documents", [], |r| r.get(0)).map_err(dyad_store::StoreError::from)?;
    let since = last.as_deref().and_then(crate::params::parse_day).map(|d| d - chrono::Duration::days(365));
    let params = AlertParams { level, window, since, ..AlertParams::default() };
    let alerts = store.alerts(&params)?;
    let v: Vec<Value> = alerts.iter().map(|a| serde_json::to_value(a).unwrap_or(Value::Null)).collect();
    app.cache.put(key, version.to_string(), Value::Array(v.clone()));
    Ok(v)
}

async fn alerts(State(app): State<Arc<App>>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p = Params::parse(q.as_deref(), &["level", "window", "at", "since", "kind", "actor", "evidence", "limit", "offset"])?;
    let (limit, offset) = p.page()?;
    let lvl = level(&p, Level::State)?;
    let window = period(&p, "window")?;
    let at = p.date_value("at")?;
    let since = p.date_value("since")?;
    let kind = p.choice("kind", &["new_dyad", "flip", "jump"])?;
    let who = p.str("actor").map(|s| s.to_lowercase());
    let evidence = p.usize("evidence")?.unwrap_or(3).min(20);
    read(&app, move |app, store| {
        let version = data_version(store);
        let all: Vec<Value> = if at.is_none() && since.is_none() {
            cached_alerts(app, store, lvl, window, &version)?
        } else {
            let params = AlertParams { level: lvl, window, at, since, ..AlertParams::default() };
            store.alerts(&params)?.iter().map(|a| serde_json::to_value(a).unwrap_or(Value::Null)).collect()
        };
        let matches = |al: &Value| -> bool {
            if kind.as_deref().is_some_and(|k| al["kind"] != k) {
                return false;
            }
            match &who {
                None => true,
                Some(w) => ["a", "b"].iter().any(|s| {
                    al[s]["key"].as_str().is_some_and(|k| k.to_lowercase() == *w)
                        || al[s]["name"].as_str().is_some_and(|n| n.to_lowercase().contains(w.as_str()))
                }),
            }
        };
        let mut rows: Vec<Value> = all.into_iter().filter(matches).skip(offset).take(limit + 1).collect();
        for al in rows.iter_mut().take(limit) {
            let ids: Vec<i64> =
                al["event_ids"].as_array().map(|a| a.iter().filter_map(Value::as_i64).take(evidence).collect()).unwrap_or_default();
            let ev = events_by_ids(store, &ids)?;
            al["evidence"] = serde_json::to_value(ev).unwrap_or(Value::Null);
        }
        Ok(Json(paged(rows, limit, offset)))
    })
    .await
}
