//! API tests: every endpoint, good and bad input, on a database built from `examples/*.txt`
//! through the store API (the seed article dated 2025-03-10).

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use dyad_extract::{extract, input, Options};
use dyad_serve::{App, Config};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

const TOKEN: &str = "test-token-123";

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-serve-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn build_db(path: &Path) {
    let mut store = dyad_store::Store::open(path).unwrap();
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(examples()).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    files.sort();
    for (i, path) in files.iter().enumerate() {
        let raw = std::fs::read(path).unwrap();
        let mut article = input::from_text(input::decode(&raw).unwrap());
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        // The other articles come weeks before, so the store has a background against which the
        // seed's Libya–Belarus dyad is new.
        let day = if stem == "haftar-belarus" {
            "2025-03-10".to_string()
        } else {
            ["2025-01-06", "2025-01-20", "2025-02-03", "2025-02-17", "2025-02-24"][i % 5].to_string()
        };
        article.published = Some(input::parse_date(&day).unwrap());
        article.id = Some(stem);
        let doc = extract(&article, &Options::default());
        assert!(store.ingest_document(&doc, &article.text).unwrap().is_new());
    }
}

/// The shared read-only database, built once per test binary.
fn base_db() -> &'static Path {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        let path = temp_dir().join("base.db");
        let _ = std::fs::remove_file(&path);
        build_db(&path);
        path
    })
}

fn router_on(db: &Path, token: Option<&str>) -> Router {
    let mut config = Config::new(db);
    config.token = token.map(str::to_string);
    config.readers = 2;
    dyad_serve::router(Arc::new(App::open(config).unwrap()))
}

fn router() -> Router {
    router_on(base_db(), None)
}

async fn send(router: &Router, req: Request<Body>) -> (StatusCode, Value) {
    let resp = router.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let ctype = resp.headers().get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    let value = if ctype.starts_with("application/json") {
        serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("bad JSON ({e}): {}", String::from_utf8_lossy(&bytes)))
    } else {
        Value::String(String::from_utf8_lossy(&bytes).to_string())
    };
    (status, value)
}

async fn get(router: &Router, uri: &str) -> (StatusCode, Value) {
    send(router, Request::get(uri).body(Body::empty()).unwrap()).await
}

async fn post(router: &Router, uri: &str, ctype: &str, body: impl Into<Body>, auth: Option<&str>) -> (StatusCode, Value) {
    let mut req = Request::post(uri).header(header::CONTENT_TYPE, ctype);
    if let Some(a) = auth {
        req = req.header(header::AUTHORIZATION, a);
    }
    send(router, req.body(body.into()).unwrap()).await
}

/// A 4xx with a JSON `{"error": ...}` that mentions `needle`.
fn assert_error(resp: &(StatusCode, Value), status: StatusCode, needle: &str) {
    assert_eq!(resp.0, status, "{:?}", resp.1);
    let msg = resp.1["error"].as_str().unwrap_or_else(|| panic!("no error field: {:?}", resp.1));
    assert!(msg.to_lowercase().contains(&needle.to_lowercase()), "{msg:?} should mention {needle:?}");
}

fn items(v: &Value) -> &Vec<Value> {
    v["items"].as_array().unwrap_or_else(|| panic!("no items: {v}"))
}

#[tokio::test]
async fn health_stats_and_dashboard() {
    let r = router();
    assert_eq!(get(&r, "/api/health").await, (StatusCode::OK, json!({"ok": true})));
    let (s, v) = get(&r, "/api/stats").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["counts"]["documents"], 4);
    assert_eq!(v["published"]["last"], "2025-03-10");
    assert_eq!(v["storing"], false);
    let (s, html) = get(&r, "/").await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.as_str().unwrap().contains("/assets/app.js"));
    for (path, ctype) in [("/assets/app.js", "text/javascript"), ("/assets/app.css", "text/css"), ("/favicon.svg", "image/svg+xml")] {
        let resp = r.clone().oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{path}");
        assert!(resp.headers()[header::CONTENT_TYPE].to_str().unwrap().starts_with(ctype), "{path}");
    }
    // the dashboard loads nothing from elsewhere
    for asset in [dyad_serve::web::INDEX_HTML, dyad_serve::web::APP_JS, dyad_serve::web::APP_CSS] {
        assert!(!asset.contains("http://") && !asset.contains("https://"), "an asset refers to the network");
    }
}

#[tokio::test]
async fn openapi_lists_every_endpoint() {
    let r = router();
    let (s, v) = get(&r, "/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["openapi"], "3.0.3");
    for (method, path) in dyad_serve::api::ROUTES {
        assert!(v["paths"][path][method].is_object(), "openapi.json lacks {method} {path}");
    }
    let listed: usize = v["paths"].as_object().unwrap().values().map(|p| p.as_object().unwrap().len()).sum();
    assert_eq!(listed, dyad_serve::api::ROUTES.len(), "openapi.json lists an endpoint the server does not have");
    // every route is really served (no 404 "no such endpoint")
    for (method, path) in dyad_serve::api::ROUTES {
        let uri = path.replace("{id}", "1");
        let req = Request::builder().method(method.to_uppercase().as_str()).uri(&uri).body(Body::empty()).unwrap();
        let (s, v) = send(&r, req).await;
        assert!(!(s == StatusCode::NOT_FOUND && v["error"].as_str().unwrap_or("").contains("no such endpoint")), "{method} {uri}");
    }
}

#[tokio::test]
async fn documents_list_page_and_detail() {
    let r = router();
    let (s, v) = get(&r, "/api/documents?limit=3").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(items(&v).len(), 3);
    assert_eq!(v["next_offset"], 3);
    let (_, v2) = get(&r, "/api/documents?limit=3&offset=3").await;
    assert_eq!(items(&v2).len(), 1);
    assert!(v2["next_offset"].is_null());
    let (_, newest) = get(&r, "/api/documents?order=desc&limit=1").await;
    assert_eq!(items(&newest)[0]["id"], "haftar-belarus");
    let (_, by_actor) = get(&r, "/api/documents?actor=Lukashenko").await;
    assert!(items(&by_actor).iter().any(|d| d["id"] == "haftar-belarus"));
    let (_, by_text) = get(&r, "/api/documents?text=Belarus&from=2025-03-10&to=2025-03-10").await;
    assert_eq!(items(&by_text).len(), 1);

    let (s, d) = get(&r, "/api/documents/haftar-belarus").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(d["document"]["published"], "2025-03-10");
    let text = d["text"].as_str().unwrap();
    let chars: Vec<char> = text.chars().collect();
    let bouisir =
        d["quotes"].as_array().unwrap().iter().find(|q| q["speaker"]["name"] == "Mohamed Bouisir").expect("a quote by Mohamed Bouisir");
    let (a, b) = (bouisir["span"][0].as_u64().unwrap() as usize, bouisir["span"][1].as_u64().unwrap() as usize);
    assert_eq!(chars[a..b].iter().collect::<String>(), bouisir["text"].as_str().unwrap(), "quote spans index code points of the text");
    assert!(d["actors"].as_array().unwrap().iter().any(|x| x["name"] == "Khalifa Haftar"));

    assert_error(&get(&r, "/api/documents/no-such-document").await, StatusCode::NOT_FOUND, "not found");
    assert_error(&get(&r, "/api/documents?from=2025-13-01").await, StatusCode::BAD_REQUEST, "bad date");
    assert_error(&get(&r, "/api/documents?from=10/03/2025").await, StatusCode::BAD_REQUEST, "YYYY-MM-DD");
    assert_error(&get(&r, "/api/documents?order=sideways").await, StatusCode::BAD_REQUEST, "order");
    assert_error(&get(&r, "/api/documents?limit=0").await, StatusCode::BAD_REQUEST, "limit");
    assert_error(&get(&r, "/api/documents?limit=100000").await, StatusCode::BAD_REQUEST, "limit");
    assert_error(&get(&r, "/api/documents?offset=-1").await, StatusCode::BAD_REQUEST, "offset");
    assert_error(&get(&r, "/api/documents?colour=red").await, StatusCode::BAD_REQUEST, "unknown parameter");
    assert_error(&get(&r, "/api/documents?limit=1&limit=2").await, StatusCode::BAD_REQUEST, "more than once");
}

#[tokio::test]
async fn actors_with_aliases_titles_countries() {
    let r = router();
    let (s, v) = get(&r, "/api/actors?actor=Haftar").await;
    assert_eq!(s, StatusCode::OK);
    let haftar = &items(&v)[0];
    assert_eq!(haftar["name"], "Khalifa Haftar");
    assert_eq!(haftar["country"], "LBY");
    assert!(haftar["aliases"].as_array().unwrap().iter().any(|a| a == "Haftar"));
    assert!(!haftar["titles"].as_array().unwrap().is_empty());
    let id = haftar["id"].as_i64().unwrap();
    let (s, one) = get(&r, &format!("/api/actors/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(one["name"], "Khalifa Haftar");
    let (_, states) = get(&r, "/api/actors?kind=state&country=blr").await;
    assert!(items(&states).iter().all(|a| a["kind"] == "state" && a["country"] == "BLR"));
    assert!(!items(&states).is_empty());
    let (_, bouisir) = get(&r, "/api/actors?text=Boiser").await;
    assert_eq!(items(&bouisir)[0]["name"], "Mohamed Bouisir");
    assert_error(&get(&r, "/api/actors/999999").await, StatusCode::NOT_FOUND, "not found");
    assert_error(&get(&r, "/api/actors/abc").await, StatusCode::BAD_REQUEST, "actor id");
    assert_error(&get(&r, "/api/actors?kind=alien").await, StatusCode::BAD_REQUEST, "kind");
}

#[tokio::test]
async fn events_and_quotes() {
    let r = router();
    let (s, v) = get(&r, "/api/events?actor=Haftar&type=consult&quad=1").await;
    assert_eq!(s, StatusCode::OK);
    let evs = items(&v);
    assert!(!evs.is_empty());
    assert!(evs.iter().all(|e| e["type"] == "CONSULT" && e["quad"] == 1));
    let (_, by_country) = get(&r, "/api/events?country=BLR&from=2025-03-01&to=2025-03-31").await;
    assert!(!items(&by_country).is_empty());
    let (_, by_doc) = get(&r, "/api/events?document=haftar-belarus&limit=2").await;
    assert_eq!(items(&by_doc).len(), 2);
    let ids: Vec<i64> = evs.iter().take(2).map(|e| e["id"].as_i64().unwrap()).collect();
    let (_, by_ids) = get(&r, &format!("/api/events?ids={},{}", ids[1], ids[0])).await;
    assert_eq!(items(&by_ids).iter().map(|e| e["id"].as_i64().unwrap()).collect::<Vec<_>>(), vec![ids[1], ids[0]]);
    assert_error(&get(&r, "/api/events?quad=7").await, StatusCode::BAD_REQUEST, "quad");
    assert_error(&get(&r, "/api/events?quad=x").await, StatusCode::BAD_REQUEST, "quad");
    assert_error(&get(&r, "/api/events?to=yesterday").await, StatusCode::BAD_REQUEST, "bad date");
    assert_error(&get(&r, "/api/events?ids=1,two").await, StatusCode::BAD_REQUEST, "ids");

    let (s, q) = get(&r, "/api/quotes?actor=Bouisir").await;
    assert_eq!(s, StatusCode::OK);
    assert!(!items(&q).is_empty());
    assert!(items(&q).iter().all(|q| q["speaker"]["name"] == "Mohamed Bouisir"));
    let (_, q2) = get(&r, "/api/quotes?text=sanctions").await;
    assert!(items(&q2).iter().all(|q| q["text"].as_str().unwrap().to_lowercase().contains("sanctions")));
    assert_error(&get(&r, "/api/quotes?type=CONSULT").await, StatusCode::BAD_REQUEST, "unknown parameter");
}

#[tokio::test]
async fn relations_dyad_events_and_timeline() {
    let r = router();
    let (s, v) = get(&r, "/api/relations?limit=200").await;
    assert_eq!(s, StatusCode::OK);
    let pair = |x: &Value, a: &str, b: &str| (x["a"]["name"] == a && x["b"]["name"] == b) || (x["a"]["name"] == b && x["b"]["name"] == a);
    assert!(items(&v).iter().any(|x| pair(x, "Khalifa Haftar", "Belarus")), "Haftar–Belarus at actor level");
    let (_, st) = get(&r, "/api/relations?level=state&series=true&period=day").await;
    let lby = items(&st).iter().find(|x| pair(x, "Libya", "Belarus")).expect("Libya–Belarus at state level");
    assert!(lby["events"].as_u64().unwrap() >= 1);
    assert!(!lby["series"].as_array().unwrap().is_empty());
    let (_, filtered) = get(&r, "/api/relations?level=state&country=BLR&quad=1&from=2025-03-01").await;
    assert!(items(&filtered).iter().all(|x| x["a"]["key"] == "BLR" || x["b"]["key"] == "BLR"));
    assert_error(&get(&r, "/api/relations?level=planet").await, StatusCode::BAD_REQUEST, "level");
    assert_error(&get(&r, "/api/relations?series=maybe").await, StatusCode::BAD_REQUEST, "series");

    let (s, ev) = get(&r, "/api/relations/events?level=state&a=LBY&b=BLR").await;
    assert_eq!(s, StatusCode::OK);
    assert!(items(&ev).len() as u64 >= lby["events"].as_u64().unwrap());
    let (_, one) = get(&r, "/api/relations/events?a=Haftar").await;
    assert!(!items(&one).is_empty());
    assert_error(&get(&r, "/api/relations/events?b=BLR").await, StatusCode::BAD_REQUEST, "a is required");
    assert_error(&get(&r, "/api/relations/events?a=Nobody%20Atall").await, StatusCode::NOT_FOUND, "no actor");
    assert_error(&get(&r, "/api/relations/events?level=state&a=LBY&b=LBY").await, StatusCode::BAD_REQUEST, "same");

    let (s, t) = get(&r, "/api/timeline?level=state&a=LBY&b=BLR&period=day").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(t["events"], lby["events"]);
    assert_eq!(t["a"]["name"], "Libya");
    assert!(!t["series"].as_array().unwrap().is_empty());
    assert!(t["alerts"].as_array().unwrap().iter().any(|a| a["kind"] == "new_dyad"), "the new Libya–Belarus dyad is marked: {t}");
    let (s, ta) = get(&r, "/api/timeline?a=Khalifa%20Haftar").await;
    assert_eq!(s, StatusCode::OK);
    assert!(ta["events"].as_u64().unwrap() >= 1);
    assert_error(&get(&r, "/api/timeline").await, StatusCode::BAD_REQUEST, "a is required");
    assert_error(&get(&r, "/api/timeline?a=LBY&level=state&period=fortnight").await, StatusCode::BAD_REQUEST, "period");
}

#[tokio::test]
async fn alerts_with_evidence() {
    let r = router();
    let (s, v) = get(&r, "/api/alerts").await;
    assert_eq!(s, StatusCode::OK);
    let al = items(&v)
        .iter()
        .find(|a| a["kind"] == "new_dyad" && a["a"]["key"] == "BLR" && a["b"]["key"] == "LBY")
        .expect("new dyad Belarus–Libya");
    assert!(!al["evidence"].as_array().unwrap().is_empty());
    assert!(al["explanation"].as_str().unwrap().contains("first time"));
    let windows: Vec<&str> = items(&v).iter().map(|a| a["window"][1].as_str().unwrap()).collect();
    assert!(windows.windows(2).all(|w| w[0] >= w[1]), "newest first");
    let (_, k) = get(&r, "/api/alerts?kind=jump").await;
    assert!(items(&k).iter().all(|a| a["kind"] == "jump"));
    let (_, who) = get(&r, "/api/alerts?actor=libya&evidence=1").await;
    assert!(items(&who).iter().all(|a| a["evidence"].as_array().unwrap().len() <= 1));
    let (s, _) = get(&r, "/api/alerts?level=actor&window=month&at=2025-03-10&since=2025-01-01").await;
    assert_eq!(s, StatusCode::OK);
    assert_error(&get(&r, "/api/alerts?kind=panic").await, StatusCode::BAD_REQUEST, "kind");
    assert_error(&get(&r, "/api/alerts?at=2025-02-30").await, StatusCode::BAD_REQUEST, "bad date");
}

#[tokio::test]
async fn full_text_search() {
    let r = router();
    let (s, v) = get(&r, "/api/search?text=Belarus&limit=5").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(items(&v).len(), 5);
    assert!(items(&v)[0]["snippet"].as_str().unwrap().contains("[Belarus]"));
    let (_, q) = get(&r, "/api/search?q=strategic%20cooperation").await;
    assert!(!items(&q).is_empty());
    // FTS syntax in the words is harmless
    let (s, _) = get(&r, "/api/search?text=%22NEAR(a%20OR%20*").await;
    assert_eq!(s, StatusCode::OK);
    assert_error(&get(&r, "/api/search").await, StatusCode::BAD_REQUEST, "text is required");
}

#[tokio::test]
async fn extract_posted_text() {
    let r = router();
    let article = json!({"text": "Belarusian President Alexander Lukashenko met Khalifa Haftar in Minsk on Monday.", "title": "Minsk", "published": "2025-03-10"});
    let (s, d) = post(&r, "/api/extract", "application/json", article.to_string(), None).await;
    assert_eq!(s, StatusCode::OK, "{d}");
    assert_eq!(d["schema"], "dyad.document/v1");
    assert_eq!(d["document"]["title"], "Minsk");
    assert!(d["document"]["text"].as_str().unwrap().starts_with("Belarusian"));
    let names: Vec<&str> = d["actors"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Alexander Lukashenko") && names.contains(&"Khalifa Haftar"), "{names:?}");
    let (s, plain) = post(
        &r,
        "/api/extract?published=2025-03-10&title=T",
        "text/plain; charset=utf-8",
        "French President Emmanuel Macron met Lukashenko.",
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(plain["document"]["published"], "2025-03-10");
    // nothing was stored
    assert_eq!(get(&r, "/api/stats").await.1["counts"]["documents"], 4);

    assert_error(&post(&r, "/api/extract", "application/json", "{\"text\": ", None).await, StatusCode::BAD_REQUEST, "json");
    assert_error(&post(&r, "/api/extract", "application/json", "[1, 2]", None).await, StatusCode::BAD_REQUEST, "json");
    assert_error(&post(&r, "/api/extract", "application/json", "{\"title\": \"x\"}", None).await, StatusCode::BAD_REQUEST, "text");
    assert_error(&post(&r, "/api/extract", "application/json", "", None).await, StatusCode::BAD_REQUEST, "empty");
    assert_error(
        &post(&r, "/api/extract", "application/json", json!({"text": "x y", "published": "March 10"}).to_string(), None).await,
        StatusCode::BAD_REQUEST,
        "date",
    );
    assert_error(
        &post(&r, "/api/extract?published=2025-99-01", "text/plain", "Some text.", None).await,
        StatusCode::BAD_REQUEST,
        "bad date",
    );
    assert_error(&post(&r, "/api/extract", "text/plain", "   \n ", None).await, StatusCode::BAD_REQUEST, "empty");
    assert_error(&post(&r, "/api/extract", "text/plain", vec![0xffu8, 0xfe, 0x41], None).await, StatusCode::BAD_REQUEST, "utf-8");
    assert_error(&post(&r, "/api/extract", "image/png", "abc", None).await, StatusCode::UNSUPPORTED_MEDIA_TYPE, "content type");
    let big = "word ".repeat(600_000); // 3 MB, over the 2 MiB default
    assert_error(&post(&r, "/api/extract", "text/plain", big, None).await, StatusCode::PAYLOAD_TOO_LARGE, "too large");
    assert_error(&get(&r, "/api/extract").await, StatusCode::METHOD_NOT_ALLOWED, "not allowed");
}

#[tokio::test]
async fn storing_needs_a_token() {
    let r = router();
    let body =
        json!({"text": "Belarusian President Alexander Lukashenko met Khalifa Haftar in Minsk on Tuesday.", "published": "2025-03-11"})
            .to_string();
    assert_error(
        &post(&r, "/api/documents", "application/json", body.clone(), Some(&format!("Bearer {TOKEN}"))).await,
        StatusCode::FORBIDDEN,
        "disabled",
    );

    // a copy of the database, with storing on
    let db = temp_dir().join("write.db");
    let _ = std::fs::remove_file(&db);
    build_db(&db);
    let w = router_on(&db, Some(TOKEN));
    assert_eq!(get(&w, "/api/stats").await.1["storing"], true);
    assert_error(&post(&w, "/api/documents", "application/json", body.clone(), None).await, StatusCode::UNAUTHORIZED, "bearer");
    assert_error(
        &post(&w, "/api/documents", "application/json", body.clone(), Some("Bearer wrong-token")).await,
        StatusCode::UNAUTHORIZED,
        "bearer",
    );
    assert_error(&post(&w, "/api/documents", "application/json", body.clone(), Some(TOKEN)).await, StatusCode::UNAUTHORIZED, "bearer");
    assert_error(
        &post(&w, "/api/documents", "application/json", "{oops", Some(&format!("Bearer {TOKEN}"))).await,
        StatusCode::BAD_REQUEST,
        "json",
    );
    let (s, v) = post(&w, "/api/documents", "application/json", body.clone(), Some(&format!("Bearer {TOKEN}"))).await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    assert_eq!(v["outcome"], "new");
    let id = v["id"].as_str().unwrap().to_string();
    let (s, again) = post(&w, "/api/documents", "application/json", body, Some(&format!("Bearer {TOKEN}"))).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(again["outcome"], "known");
    let (s, d) = get(&w, &format!("/api/documents/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(d["document"]["published"], "2025-03-11");
    assert_eq!(get(&w, "/api/stats").await.1["counts"]["documents"], 5);
    // plain text with the date in the query string
    let (s, _) = post(
        &w,
        "/api/documents?published=2025-03-12&id=plain-1",
        "text/plain",
        "Libyan commander Khalifa Haftar visited Moscow.",
        Some(&format!("Bearer {TOKEN}")),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED);
    assert_eq!(get(&w, "/api/documents/plain-1").await.0, StatusCode::OK);
}

#[tokio::test]
async fn unknown_routes_and_methods_are_json_errors() {
    let r = router();
    assert_error(&get(&r, "/api/nothing/here").await, StatusCode::NOT_FOUND, "no such endpoint");
    assert_error(
        &send(&r, Request::delete("/api/documents").body(Body::empty()).unwrap()).await,
        StatusCode::METHOD_NOT_ALLOWED,
        "not allowed",
    );
    assert_error(&get(&r, "/api/documents?%zz=1").await, StatusCode::BAD_REQUEST, "");
    let (s, _) = get(&r, "/no-such-page").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn many_requests_at_once() {
    let mut config = Config::new(base_db());
    config.concurrency = 2;
    config.readers = 2;
    let r = dyad_serve::router(Arc::new(App::open(config).unwrap()));
    let calls = (0..24).map(|i| {
        let r = r.clone();
        tokio::spawn(async move {
            let uri = ["/api/relations?level=state", "/api/actors?limit=5", "/api/alerts", "/api/documents/haftar-belarus"][i % 4];
            r.oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap().status()
        })
    });
    for c in calls {
        assert_eq!(c.await.unwrap(), StatusCode::OK);
    }
}

#[tokio::test]
async fn missing_database_is_refused_unless_storing() {
    let db = temp_dir().join("absent.db");
    let _ = std::fs::remove_file(&db);
    let err = App::open(Config::new(&db)).err().expect("a missing database is an error");
    assert!(err.to_string().contains("does not exist"), "{err}");
    let mut config = Config::new(&db);
    config.token = Some(TOKEN.into());
    let r = dyad_serve::router(Arc::new(App::open(config).unwrap()));
    assert_eq!(get(&r, "/api/stats").await.1["counts"]["documents"], 0);
    assert_eq!(get(&r, "/api/alerts").await.0, StatusCode::OK);
    assert_eq!(items(&get(&r, "/api/relations").await.1).len(), 0);
}

#[tokio::test]
async fn serves_on_a_real_port() {
    let app = Arc::new(App::open(Config::new(base_db())).unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, dyad_serve::router(app)).await.unwrap() });
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    stream.write_all(b"GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut buf = String::new();
    stream.read_to_string(&mut buf).await.unwrap();
    assert!(buf.starts_with("HTTP/1.1 200"), "{buf}");
    assert!(buf.contains("{\"ok\":true}"));
    server.abort();
}

#[test]
fn method_is_a_real_http_method() {
    // ROUTES uses lower-case methods as OpenAPI does
    for (m, _) in dyad_serve::api::ROUTES {
        assert!(Method::from_bytes(m.to_uppercase().as_bytes()).is_ok());
    }
}
