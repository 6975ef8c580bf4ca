//! End-to-end tests of the store on the small dataset in `tests/store/` (12 dated articles with
//! spelling variants, namesakes, two reports of one meeting, a background of months) plus the seed.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use dyad_store::export::Format;
use dyad_store::ingest::{ingest_sources, IngestOptions, IngestStats, Progress, Source};
use dyad_store::{AlertKind, AlertParams, Filter, Level, RelationFilter, Store};

fn data(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/store").join(p)
}

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/haftar-belarus.txt")
}

fn day(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn ingest(store: &mut Store, sources: &[Source], published: Option<&str>) -> (IngestStats, Vec<String>) {
    let mut failures = Vec::new();
    let opts = IngestOptions { published: published.map(day) };
    let stats = ingest_sources(store, sources, &opts, |p| {
        if let Progress::Failed { origin, reason } = p {
            failures.push(format!("{origin}: {reason}"));
        }
    })
    .unwrap();
    (stats, failures)
}

/// The dataset, then the seed article published 2025-03-10.
fn loaded() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let (stats, failures) = ingest(&mut store, &[Source::Jsonl(data("articles.jsonl"))], None);
    assert_eq!((stats.new, stats.failed), (12, 0), "{failures:?}");
    let (stats, _) = ingest(&mut store, &[Source::File(seed())], Some("2025-03-10"));
    assert_eq!(stats.new, 1);
    store
}

fn temp_db(name: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("dyad-store-{name}-{}.db", std::process::id()));
    remove_db(&p);
    p
}

fn remove_db(p: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", p.display()));
    }
}

fn by_name(store: &Store, name: &str) -> Vec<dyad_store::ActorRow> {
    store.actors(&Filter { actor: Some(name.into()), ..Filter::default() }).unwrap()
}

#[test]
fn spelling_variants_merge_and_namesakes_stay_apart() {
    let store = loaded();
    let abdelatty = by_name(&store, "Badr Abdelaty");
    assert_eq!(abdelatty.len(), 1, "{abdelatty:?}");
    assert_eq!(abdelatty[0].n_docs, 2);
    assert!(abdelatty[0].aliases.iter().any(|a| a == "Badr Abdelaty" || a == "Badr Abdelatty"));

    let bouisir = by_name(&store, "Boisir");
    assert_eq!(bouisir.len(), 1, "{bouisir:?}");
    assert_eq!(bouisir[0].n_docs, 2, "Mohammed Boisir (t-011) and Mohamed Bouisir (seed) are one analyst");
    assert_eq!(bouisir[0].country.as_deref(), Some("LBY"));

    // a bare surname joins the only full-named person who carries it
    let mitsotakis = by_name(&store, "Mitsotakis");
    assert_eq!(mitsotakis.len(), 1);
    assert_eq!(mitsotakis[0].n_docs, 3);
    assert_eq!(mitsotakis[0].name, "Kyriakos Mitsotakis");

    // two Ahmed Hassans: an Egyptian minister and a Sudanese general
    let hassans = by_name(&store, "Ahmed Hassan");
    let countries: HashSet<_> = hassans.iter().filter_map(|a| a.country.clone()).collect();
    assert_eq!(hassans.len(), 2, "{hassans:?}");
    assert_eq!(countries, HashSet::from(["EGY".to_string(), "SDN".to_string()]));

    // states are one actor each, whatever the wording
    let egypt = by_name(&store, "Egyptian");
    assert_eq!(egypt.len(), 1);
    assert_eq!(egypt[0].country.as_deref(), Some("EGY"));
}

#[test]
fn two_reports_of_one_meeting_are_one_cluster() {
    let store = loaded();
    let events =
        store.events(&Filter { actor: Some("Ali Youssef".into()), event_type: Some("CONSULT".into()), ..Filter::default() }).unwrap();
    // (t-001 reports the meeting twice: "met", then "the two ministers discussed".)
    assert_eq!(events.len(), 3, "{events:?}");
    let docs: HashSet<_> = events.iter().map(|e| e.document.as_str()).collect();
    assert_eq!(docs, HashSet::from(["t-001", "t-002"]));
    assert!(events[0].cluster.is_some());
    assert!(events.iter().all(|e| e.cluster == events[0].cluster), "{events:?}");
    // and the PLOVER export lists both articles' reports under one record
    let mut out = Vec::new();
    store
        .export(
            Format::Plover,
            &Filter { actor: Some("Ali Youssef".into()), event_type: Some("CONSULT".into()), ..Filter::default() },
            Level::Actor,
            &mut out,
        )
        .unwrap();
    let recs: Vec<serde_json::Value> = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(recs.len(), 1);
    let sources = recs[0]["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 3, "every report is evidence");
    let documents: HashSet<_> = sources.iter().map(|s| s["document"].as_str().unwrap_or("")).collect();
    assert_eq!(documents, HashSet::from(["t-001", "t-002"]));
    assert_eq!(recs[0]["date"], "2025-01-06");
}

#[test]
fn alerts_new_dyad_flip_and_jump() {
    let store = loaded();
    let params = AlertParams { jump_min_events: 4, ..AlertParams::default() };
    let alerts = store.alerts(&params).unwrap();
    let find = |kind: AlertKind, a: &str, b: &str| {
        alerts.iter().find(|x| x.kind == kind && ((x.a.key == a && x.b.key == b) || (x.a.key == b && x.b.key == a))).cloned()
    };
    let new = find(AlertKind::NewDyad, "LBY", "BLR").unwrap_or_else(|| panic!("no LBY–BLR alert in {alerts:#?}"));
    assert_eq!(new.window, ["2025-03-04".to_string(), "2025-03-10".to_string()]);
    assert!(new.events >= 2 && new.score > 0.0, "{new:?}");
    assert!(!new.event_ids.is_empty());
    assert!(new.explanation.contains("first time"), "{}", new.explanation);

    let flip = find(AlertKind::Flip, "GRC", "TUR").unwrap_or_else(|| panic!("no GRC–TUR flip in {alerts:#?}"));
    assert!(flip.score > 0.0 && flip.trailing_score < 0.0, "{flip:?}");

    let jump = find(AlertKind::Jump, "ARM", "AZE").unwrap_or_else(|| panic!("no ARM–AZE jump in {alerts:#?}"));
    assert!(jump.events >= 4 && jump.p_value.unwrap() <= 0.001, "{jump:?}");

    // without a background period nothing is "new": the same dyad with `background` too long
    let strict = store.alerts(&AlertParams { background: 100, ..params.clone() }).unwrap();
    assert!(!strict.iter().any(|a| a.kind == AlertKind::NewDyad));
    // relations roll actors up to states and keep supporting clusters
    let rel = store
        .relations(&RelationFilter { level: Level::State, actor: Some("LBY".into()), series: true, ..RelationFilter::default() })
        .unwrap();
    let lby_blr = rel.iter().find(|r| r.a.key == "BLR" && r.b.key == "LBY").expect("LBY–BLR relation");
    assert_eq!(lby_blr.events as usize, lby_blr.clusters.len());
    assert!(!lby_blr.series.is_empty());
}

#[test]
fn reingest_is_idempotent() {
    let db = temp_db("idem");
    let mut store = Store::open(&db).unwrap();
    ingest(&mut store, &[Source::Jsonl(data("articles.jsonl"))], None);
    let before = store.counts().unwrap();
    drop(store);
    let mut store = Store::open(&db).unwrap();
    let (stats, _) = ingest(&mut store, &[Source::Jsonl(data("articles.jsonl"))], None);
    assert_eq!((stats.new, stats.known, stats.failed), (0, 12, 0));
    assert_eq!(store.counts().unwrap(), before);
    drop(store);
    remove_db(&db);
}

#[test]
fn bad_records_are_reported_and_the_rest_stored() {
    let mut store = Store::open_in_memory().unwrap();
    let (stats, failures) = ingest(&mut store, &[Source::File(data("bad/broken.txt")), Source::Jsonl(data("bad/mixed.jsonl"))], None);
    assert_eq!((stats.new, stats.failed), (1, 3), "{failures:?}");
    assert!(failures.iter().any(|f| f.contains("broken.txt") && f.contains("binary")), "{failures:?}");
    assert!(failures.iter().any(|f| f.contains("mixed.jsonl:2") && f.contains("text")), "{failures:?}");
    assert!(failures.iter().any(|f| f.contains("mixed.jsonl:3")), "{failures:?}");
    assert_eq!(store.counts().unwrap().documents, 1);
}

#[test]
fn full_text_search_finds_sentences_and_quotes() {
    let store = loaded();
    let hits = store.search("missile Kharkiv", 10, 0).unwrap();
    assert!(hits.iter().any(|h| h.kind == "sentence" && h.document == "t-003"), "{hits:?}");
    let quotes = store.quotes(&Filter { text: Some("Belarus".into()), ..Filter::default() }).unwrap();
    assert!(!quotes.is_empty());
    assert!(quotes.iter().all(|q| q.text.to_lowercase().contains("belarus")));
    // syntax characters are not an error
    assert!(store.search("Haftar's \"visit\" AND (", 5, 0).is_ok());
}

#[test]
fn every_export_parses() {
    let store = loaded();
    let f = Filter::default();
    let run = |format| {
        let mut out = Vec::new();
        let n = store.export(format, &f, Level::State, &mut out).unwrap();
        (n, String::from_utf8(out).unwrap())
    };
    let (n, plover) = run(Format::Plover);
    assert!(n > 0);
    for line in plover.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for field in ["id", "date", "actor", "event", "quad_code", "event_scale", "cite_info"] {
            assert!(v.get(field).is_some(), "{field} missing in {line}");
        }
    }
    assert_eq!(plover.lines().count(), n);
    let (n, gdelt) = run(Format::Gdelt);
    assert_eq!(gdelt.lines().count(), n + 1);
    assert!(gdelt.lines().all(|l| l.split('\t').count() == 28));
    let (n, csv) = run(Format::Csv);
    assert_eq!(n as i64, store.counts().unwrap().events);
    assert!(csv.starts_with("event_id,cluster,document"));
    let rels = store.relations(&RelationFilter { level: Level::State, ..RelationFilter::default() }).unwrap();
    let nodes: HashSet<&str> = rels.iter().flat_map(|r| [r.a.key.as_str(), r.b.key.as_str()]).collect();
    for (format, node, edge) in [(Format::Graphml, "node", "edge"), (Format::Gexf, "node", "edge")] {
        let (n, xml) = run(format);
        assert_eq!(n, rels.len());
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let count = |tag: &str| doc.descendants().filter(|d| d.tag_name().name() == tag).count();
        assert_eq!(count(node), nodes.len());
        assert_eq!(count(edge), rels.len());
        if format == Format::Graphml {
            // Every data key is declared once, for what it annotates, with a GraphML type.
            let keys: HashSet<(&str, &str, &str)> = doc
                .descendants()
                .filter(|d| d.tag_name().name() == "key")
                .map(|d| (d.attribute("id").unwrap_or(""), d.attribute("for").unwrap_or(""), d.attribute("attr.type").unwrap_or("")))
                .collect();
            for want in [("label", "node", "string"), ("activity", "node", "int"), ("weight", "edge", "double")] {
                assert!(keys.contains(&want), "{want:?} not among {keys:?}");
            }
        }
    }
}

#[test]
fn corrections_survive_later_ingests() {
    let mut store = loaded();
    // the analyst splits the bare "Mitsotakis" of t-012 off the prime minister...
    let pm = by_name(&store, "Kyriakos Mitsotakis")[0].id;
    let split = store.split_actor(pm, "Mitsotakis").unwrap();
    assert_ne!(split.id, pm);
    assert_eq!(split.n_docs, 1);
    assert_eq!(store.actor(pm).unwrap().n_docs, 2);
    // ...and merges the two Ahmed Hassans
    let hassans = by_name(&store, "Ahmed Hassan");
    let (keep, gone) = (hassans[0].id, hassans[1].id);
    store.merge_actors(keep, gone).unwrap();
    assert!(store.actor(gone).is_err());
    // new documents follow the rules
    let path = std::env::temp_dir().join(format!("dyad-store-rules-{}.jsonl", std::process::id()));
    std::fs::write(
        &path,
        concat!(
            r#"{"id":"r-1","published":"2025-03-09","text":"Mitsotakis spoke to reporters in Athens on Sunday."}"#,
            "\n",
            r#"{"id":"r-2","published":"2025-03-09","text":"Sudanese army general Ahmed Hassan visited Port Sudan on Sunday."}"#,
            "\n"
        ),
    )
    .unwrap();
    ingest(&mut store, &[Source::Jsonl(path.clone())], None);
    std::fs::remove_file(&path).ok();
    assert_eq!(store.actor(split.id).unwrap().n_docs, 2);
    assert_eq!(store.actor(pm).unwrap().n_docs, 2);
    assert_eq!(store.actor(keep).unwrap().n_docs, 3);
    assert_eq!(by_name(&store, "Ahmed Hassan").len(), 1);
}

#[test]
fn interrupted_ingest_resumes_without_loss_or_duplicates() {
    // a larger input: the dataset 60 times over, each copy with its own ids and text
    let big = std::env::temp_dir().join(format!("dyad-store-big-{}.jsonl", std::process::id()));
    let lines: Vec<serde_json::Value> =
        std::fs::read_to_string(data("articles.jsonl")).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let mut text = String::new();
    for copy in 0..60 {
        for l in &lines {
            let mut l = l.clone();
            l["id"] = format!("{}-{copy}", l["id"].as_str().unwrap()).into();
            l["text"] = format!("{}\n\nRef {copy}.", l["text"].as_str().unwrap()).into();
            text.push_str(&l.to_string());
            text.push('\n');
        }
    }
    std::fs::write(&big, text).unwrap();
    let bin = env!("CARGO_BIN_EXE_dyad-store");

    let killed = temp_db("killed");
    let mut child = std::process::Command::new(bin)
        .args(["ingest", big.to_str().unwrap(), "--db", killed.to_str().unwrap()])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(20));
        let stored = Store::open(&killed).and_then(|s| s.counts()).map(|c| c.documents).unwrap_or(0);
        if stored >= 40 || start.elapsed().as_secs() > 120 || child.try_wait().unwrap().is_some() {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let partial = Store::open(&killed).unwrap().counts().unwrap().documents;
    let status =
        std::process::Command::new(bin).args(["ingest", big.to_str().unwrap(), "--db", killed.to_str().unwrap()]).output().unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));

    let clean = temp_db("clean");
    let status = std::process::Command::new(bin).args(["ingest", big.to_str().unwrap(), "--db", clean.to_str().unwrap()]).output().unwrap();
    assert!(status.status.success());
    let (a, b) = (Store::open(&killed).unwrap().counts().unwrap(), Store::open(&clean).unwrap().counts().unwrap());
    assert_eq!(a, b, "resumed after {partial} documents");
    assert_eq!(a.documents, 720);
    std::fs::remove_file(&big).ok();
    remove_db(&killed);
    remove_db(&clean);
}

#[test]
fn cli_reads_json_lines_from_stdin_and_reports_alerts() {
    use std::io::Write;
    let bin = env!("CARGO_BIN_EXE_dyad-store");
    let db = temp_db("stdin");
    let mut child = std::process::Command::new(bin)
        .args(["ingest", "-", "--json", "--db", db.to_str().unwrap()])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&std::fs::read(data("articles.jsonl")).unwrap()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["stats"]["new"], 12);
    let seed = seed();
    let out = std::process::Command::new(bin)
        .args(["ingest", seed.to_str().unwrap(), "--published", "2025-03-10", "--db", db.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = std::process::Command::new(bin).args(["alerts", "--format", "json", "--db", db.to_str().unwrap()]).output().unwrap();
    let alerts: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        alerts.as_array().unwrap().iter().any(|a| a["kind"] == "new_dyad" && a["a"]["key"] == "BLR" && a["b"]["key"] == "LBY"),
        "{alerts:#}"
    );
    remove_db(&db);
}
