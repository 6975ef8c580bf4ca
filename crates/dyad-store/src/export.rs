//! Exports: PLOVER JSONL, a GDELT-2.0-like event table, CSV, and the relations network as
//! GraphML and GEXF (both open in Gephi).
//!
//! Event exports write one record per *cluster* (deduplicated event), except CSV, which lists
//! every stored report with its cluster id so the deduplication can be checked.
//!
//! ## PLOVER JSONL
//! One object per line with the fields of the PLOVER manual's "Data Fields" chapter: `id`
//! (`dyad-C<cluster>`), `date`, `actor` and `recipient` (entity objects `{code, sector,
//! entity_text, identifier_id}`; `code` is the ISO3 country or `UNK`, `identifier_id` the store's
//! actor id), `event` (`[TYPE]`), `mode`, `quad_code`, `event_scale` (PLOVER score), `event_text`
//! (triggers), `event_loc`, `text` (the first report's sentence), `text_info`, `cite_info`, `link`
//! (documents of the other reports), `coder`, `coded_date`; and `sources`, a dyad extension listing
//! every report as `{document, event, span, sentence}`.
//!
//! ## GDELT-like table
//! Tab-separated, one header line, one row per cluster. Columns, after GDELT 2.0 Events:
//!
//! | column | content |
//! |---|---|
//! | GLOBALEVENTID | cluster id |
//! | SQLDATE, MonthYear, Year, FractionDate | event date as `YYYYMMDD`, `YYYYMM`, `YYYY`, `YYYY.FFFF` |
//! | Actor1Code, Actor1Name, Actor1CountryCode, Actor1Type1Code | first actor: `country+sector` code (CAMEO style, e.g. `LBYMIL`), name, ISO3, sector |
//! | Actor2Code, Actor2Name, Actor2CountryCode, Actor2Type1Code | first recipient, else second actor |
//! | IsRootEvent | always 1 (every cluster comes from a coded sentence) |
//! | EventCode, EventBaseCode, EventRootCode | PLOVER `TYPE.mode`, `TYPE.mode`, `TYPE` (PLOVER replaces CAMEO codes) |
//! | QuadClass | PLOVER quad 1-4 (same meaning as GDELT's) |
//! | GoldsteinScale | the PLOVER score (−10..10, PLOVER's replacement for Goldstein) |
//! | NumMentions, NumSources, NumArticles | reports, distinct sources, distinct documents |
//! | AvgTone | empty (dyad does not score tone) |
//! | ActionGeo_Type, ActionGeo_FullName, ActionGeo_CountryCode | 1 country / 4 place, name, ISO3 of the location |
//! | DATEADDED | export time `YYYYMMDDHHMMSS` |
//! | SOURCEURL | URL of the first report, else its document id |
//!
//! ## Networks
//! Nodes are actors (or states) with `kind`, `country` and `activity` (event clusters on their
//! edges); edges are dyads with `weight` (clusters), `score` (summed PLOVER score), `quad` (the
//! most frequent quad) and `q1`..`q4` (clusters per quad).

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;
use serde_json::json;

use crate::query::{actor_ids, Filter};
use crate::relations::{Level, RelationFilter};
use crate::{Result, Store};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Format {
    Plover,
    Gdelt,
    Csv,
    Graphml,
    Gexf,
}

#[derive(Debug, Clone, Serialize)]
struct Party {
    id: i64,
    name: String,
    kind: String,
    country: Option<String>,
    sector: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct Report {
    document: String,
    event: i64,
    span: [i64; 2],
    sentence: String,
    trigger: Option<String>,
    title: Option<String>,
    url: Option<String>,
    source: Option<String>,
}

/// id, type, mode, quad, score, date, location
type ClusterHead = (i64, String, Option<String>, u8, f64, String, Option<i64>);

struct Cluster {
    id: i64,
    event_type: String,
    mode: Option<String>,
    quad: u8,
    score: f64,
    date: String,
    location: Option<Party>,
    actors: Vec<Party>,
    recipients: Vec<Party>,
    reports: Vec<Report>,
}

fn party(r: &rusqlite::Row, at: usize) -> rusqlite::Result<Party> {
    Ok(Party { id: r.get(at)?, name: r.get(at + 1)?, kind: r.get(at + 2)?, country: r.get(at + 3)?, sector: r.get(at + 4)? })
}

impl Store {
    fn clusters(&self, f: &Filter) -> Result<Vec<Cluster>> {
        let mut sql =
            String::from("SELECT c.id, c.type, c.mode, c.quad, c.score, c.date, c.location FROM clusters c WHERE c.date IS NOT NULL");
        let mut vals: Vec<String> = Vec::new();
        for (cond, v) in
            [("c.date >= ?", &f.from), ("c.date <= ?", &f.to), ("c.type = ?", &f.event_type.as_ref().map(|t| t.to_uppercase()))]
        {
            if let Some(v) = v {
                vals.push(v.clone());
                sql.push_str(&format!(" AND {}", cond.replace('?', &format!("?{}", vals.len()))));
            }
        }
        if let Some(q) = f.quad {
            sql.push_str(&format!(" AND c.quad = {q}"));
        }
        if let Some(a) = &f.actor {
            let ids = actor_ids(&self.conn, a)?.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
            sql.push_str(&format!(
                " AND c.id IN (SELECT cluster FROM cluster_parties WHERE actor_id IN ({}))",
                if ids.is_empty() { "-1" } else { &ids }
            ));
        }
        sql.push_str(&format!(" ORDER BY c.date, c.id LIMIT {} OFFSET {}", f.limit.map_or(-1, |l| l as i64), f.offset.unwrap_or(0)));
        let mut st = self.conn.prepare(&sql)?;
        let heads: Vec<ClusterHead> = st
            .query_map(rusqlite::params_from_iter(vals.iter()), |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
            })?
            .collect::<Result<_, _>>()?;
        let mut parties = self.conn.prepare_cached(
            "SELECT p.role, a.id, a.name, a.kind, a.country, a.sector FROM cluster_parties p JOIN actors a ON a.id = p.actor_id
             WHERE p.cluster = ?1 ORDER BY p.role, a.id",
        )?;
        let mut reports = self.conn.prepare_cached(
            "SELECT d.doc_id, e.id, e.sent_start, e.sent_end, e.sentence, e.trigger, d.title, d.url, d.source
             FROM events e JOIN documents d ON d.id = e.doc WHERE e.cluster = ?1 ORDER BY e.id",
        )?;
        let mut loc = self.conn.prepare_cached("SELECT id, name, kind, country, sector FROM actors WHERE id = ?1")?;
        let mut out = Vec::new();
        for (id, event_type, mode, quad, score, date, location) in heads {
            let mut c =
                Cluster { id, event_type, mode, quad, score, date, location: None, actors: vec![], recipients: vec![], reports: vec![] };
            for row in parties.query_map([id], |r| Ok((r.get::<_, String>(0)?, party(r, 1)?)))? {
                let (role, p) = row?;
                if role == "actor" {
                    c.actors.push(p);
                } else if !c.actors.iter().any(|a| a.id == p.id) {
                    c.recipients.push(p);
                }
            }
            c.reports = reports
                .query_map([id], |r| {
                    Ok(Report {
                        document: r.get(0)?,
                        event: r.get(1)?,
                        span: [r.get(2)?, r.get(3)?],
                        sentence: r.get(4)?,
                        trigger: r.get(5)?,
                        title: r.get(6)?,
                        url: r.get(7)?,
                        source: r.get(8)?,
                    })
                })?
                .collect::<Result<_, _>>()?;
            if let Some(l) = location {
                c.location = loc.query_row([l], |r| party(r, 0)).ok();
            }
            out.push(c);
        }
        Ok(out)
    }

    /// Writes the export; returns the number of records (events, rows or edges) written.
    pub fn export(&self, format: Format, filter: &Filter, level: Level, out: &mut dyn Write) -> Result<usize> {
        match format {
            Format::Plover => self.export_plover(filter, out),
            Format::Gdelt => self.export_gdelt(filter, out),
            Format::Csv => self.export_csv(filter, out),
            Format::Graphml | Format::Gexf => self.export_network(format, filter, level, out),
        }
    }

    fn export_plover(&self, f: &Filter, out: &mut dyn Write) -> Result<usize> {
        let coded = chrono::Utc::now().format("%Y-%m-%d").to_string();
        let entity = |p: &Party| json!({"code": p.country.clone().unwrap_or_else(|| "UNK".into()), "sector": p.sector, "entity_text": p.name, "identifier_id": format!("dyad:{}", p.id)});
        let clusters = self.clusters(f)?;
        for c in &clusters {
            let first = c.reports.first();
            let mut docs: Vec<&str> = c.reports.iter().map(|r| r.document.as_str()).collect();
            docs.dedup();
            let rec = json!({
                "id": format!("dyad-C{}", c.id),
                "date": c.date,
                "actor": c.actors.iter().map(entity).collect::<Vec<_>>(),
                "recipient": c.recipients.iter().map(entity).collect::<Vec<_>>(),
                "event": [c.event_type],
                "mode": c.mode.iter().collect::<Vec<_>>(),
                "quad_code": c.quad,
                "event_scale": c.score,
                "event_text": c.reports.iter().filter_map(|r| r.trigger.clone()).collect::<Vec<_>>(),
                "event_loc": c.location.as_ref().map(|l| json!({"extracted_place": l.name, "country_code": l.country, "resolution": if l.kind == "state" { 1 } else { 3 }})),
                "text": first.map(|r| r.sentence.clone()),
                "text_info": first.map(|r| json!({"start": r.span[0], "end": r.span[1], "text_story": r.document})),
                "cite_info": first.map(|r| json!({"corpus": "dyad", "citation": r.document, "url": r.url, "title": r.title, "publication": r.source,
                    "language": "en", "coder": "dyad", "codebook": "plover-base", "version": env!("CARGO_PKG_VERSION")})),
                "link": docs.iter().skip(1).collect::<Vec<_>>(),
                "coder": "dyad",
                "coded_date": coded,
                "sources": c.reports.iter().map(|r| json!({"document": r.document, "event": r.event, "span": r.span, "sentence": r.sentence})).collect::<Vec<_>>(),
            });
            serde_json::to_writer(&mut *out, &rec)?;
            out.write_all(b"\n")?;
        }
        Ok(clusters.len())
    }

    fn export_gdelt(&self, f: &Filter, out: &mut dyn Write) -> Result<usize> {
        const HEADER: &[&str] = &[
            "GLOBALEVENTID",
            "SQLDATE",
            "MonthYear",
            "Year",
            "FractionDate",
            "Actor1Code",
            "Actor1Name",
            "Actor1CountryCode",
            "Actor1Type1Code",
            "Actor2Code",
            "Actor2Name",
            "Actor2CountryCode",
            "Actor2Type1Code",
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone",
            "ActionGeo_Type",
            "ActionGeo_FullName",
            "ActionGeo_CountryCode",
            "DATEADDED",
            "SOURCEURL",
        ];
        writeln!(out, "{}", HEADER.join("\t"))?;
        let added = chrono::Utc::now().format("%Y%m%d%H%M%S").to_string();
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        let actor_cols = |p: Option<&Party>| -> Vec<String> {
            match p {
                None => vec![String::new(); 4],
                Some(p) => {
                    let c = p.country.clone().unwrap_or_default();
                    let s = p.sector.clone().unwrap_or_default();
                    vec![format!("{c}{s}"), clean(&p.name), c, s]
                }
            }
        };
        let clusters = self.clusters(f)?;
        for c in &clusters {
            let digits: String = c.date.chars().filter(char::is_ascii_digit).collect();
            let date = chrono::NaiveDate::parse_from_str(&c.date, "%Y-%m-%d").ok();
            let fraction = date.map(|d| {
                use chrono::Datelike;
                let days = if chrono::NaiveDate::from_ymd_opt(d.year(), 2, 29).is_some() { 366.0 } else { 365.0 };
                format!("{:.4}", f64::from(d.year()) + f64::from(d.ordinal0()) / days)
            });
            let a1 = c.actors.first();
            let a2 = c.recipients.first().or(c.actors.get(1));
            let code = match &c.mode {
                Some(m) => format!("{}.{m}", c.event_type),
                None => c.event_type.clone(),
            };
            let mut docs: Vec<&str> = c.reports.iter().map(|r| r.document.as_str()).collect();
            docs.sort_unstable();
            docs.dedup();
            let mut sources: Vec<&str> = c.reports.iter().filter_map(|r| r.source.as_deref()).collect();
            sources.sort_unstable();
            sources.dedup();
            let mut row: Vec<String> = vec![
                c.id.to_string(),
                digits.clone(),
                digits.get(..6).unwrap_or("").into(),
                digits.get(..4).unwrap_or("").into(),
                fraction.unwrap_or_default(),
            ];
            row.extend(actor_cols(a1));
            row.extend(actor_cols(a2));
            row.extend([
                "1".to_string(),
                code.clone(),
                code,
                c.event_type.clone(),
                c.quad.to_string(),
                format!("{:.1}", c.score),
                c.reports.len().to_string(),
                sources.len().max(1).to_string(),
                docs.len().to_string(),
                String::new(),
            ]);
            match &c.location {
                Some(l) => row.extend([
                    if l.kind == "state" { "1" } else { "4" }.to_string(),
                    clean(&l.name),
                    l.country.clone().unwrap_or_default(),
                ]),
                None => row.extend(["0".to_string(), String::new(), String::new()]),
            }
            row.push(added.clone());
            row.push(c.reports.first().map(|r| r.url.clone().unwrap_or_else(|| r.document.clone())).unwrap_or_default());
            writeln!(out, "{}", row.join("\t"))?;
        }
        Ok(clusters.len())
    }

    fn export_csv(&self, f: &Filter, out: &mut dyn Write) -> Result<usize> {
        writeln!(
            out,
            "event_id,cluster,document,date,date_resolved,type,mode,quad,score,actors,actor_countries,recipients,recipient_countries,location,negated,hypothetical,trigger,span_start,span_end,sentence"
        )?;
        let events = self.events(f)?;
        let names = |xs: &[crate::query::ActorRef]| xs.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join("; ");
        let countries =
            |xs: &[crate::query::ActorRef]| xs.iter().map(|a| a.country.as_deref().unwrap_or("")).collect::<Vec<_>>().join("; ");
        for e in &events {
            let fields: Vec<String> = vec![
                e.id.to_string(),
                e.cluster.map(|c| c.to_string()).unwrap_or_default(),
                e.document.clone(),
                e.date.clone().unwrap_or_default(),
                e.date_resolved.clone().unwrap_or_default(),
                e.event_type.clone(),
                e.mode.clone().unwrap_or_default(),
                e.quad.to_string(),
                e.score.to_string(),
                names(&e.actors),
                countries(&e.actors),
                names(&e.recipients),
                countries(&e.recipients),
                e.location.as_ref().map(|l| l.name.clone()).unwrap_or_default(),
                e.negated.to_string(),
                e.hypothetical.to_string(),
                e.trigger.clone().unwrap_or_default(),
                e.span[0].to_string(),
                e.span[1].to_string(),
                e.sentence.clone(),
            ];
            writeln!(out, "{}", fields.iter().map(|s| csv_field(s)).collect::<Vec<_>>().join(","))?;
        }
        Ok(events.len())
    }

    fn export_network(&self, format: Format, f: &Filter, level: Level, out: &mut dyn Write) -> Result<usize> {
        let rels = self.relations(&RelationFilter {
            level,
            actor: f.actor.clone(),
            country: f.country.clone(),
            from: f.from.clone(),
            to: f.to.clone(),
            event_type: f.event_type.clone(),
            quad: f.quad,
            ..RelationFilter::default()
        })?;
        let mut nodes: BTreeMap<String, (crate::relations::Node, u32)> = BTreeMap::new();
        for r in &rels {
            for n in [&r.a, &r.b] {
                nodes.entry(n.key.clone()).or_insert_with(|| (n.clone(), 0)).1 += r.events;
            }
        }
        let dominant = |q: &[u32; 4]| (0..4).max_by_key(|&i| (q[i], std::cmp::Reverse(i))).map_or(0, |i| i + 1);
        let attrs_node = [("kind", "string"), ("country", "string"), ("activity", "integer")];
        let attrs_edge =
            [("score", "double"), ("quad", "integer"), ("q1", "integer"), ("q2", "integer"), ("q3", "integer"), ("q4", "integer")];
        let node_vals =
            |n: &crate::relations::Node, activity: u32| vec![xml(&n.kind), xml(n.country.as_deref().unwrap_or("")), activity.to_string()];
        let edge_vals = |r: &crate::relations::Relation| {
            let mut v = vec![format!("{:.2}", r.score), dominant(&r.quads).to_string()];
            v.extend(r.quads.iter().map(u32::to_string));
            v
        };
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        if format == Format::Graphml {
            writeln!(out, r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#)?;
            writeln!(out, r#"  <key id="label" for="node" attr.name="label" attr.type="string"/>"#)?;
            let keys = attrs_node
                .iter()
                .map(|a| ("node", a))
                .chain(std::iter::once(("edge", &("weight", "double"))))
                .chain(attrs_edge.iter().map(|a| ("edge", a)));
            for (target, (name, ty)) in keys {
                let ty = if *ty == "integer" { "int" } else { ty };
                writeln!(out, r#"  <key id="{name}" for="{target}" attr.name="{name}" attr.type="{ty}"/>"#)?;
            }
            writeln!(out, r#"  <graph id="dyad" edgedefault="undirected">"#)?;
            for (key, (n, activity)) in &nodes {
                write!(out, r#"    <node id="n{}"><data key="label">{}</data>"#, xml(key), xml(&n.name))?;
                for ((name, _), v) in attrs_node.iter().zip(node_vals(n, *activity)) {
                    write!(out, r#"<data key="{name}">{v}</data>"#)?;
                }
                writeln!(out, "</node>")?;
            }
            for (i, r) in rels.iter().enumerate() {
                write!(
                    out,
                    r#"    <edge id="e{i}" source="n{}" target="n{}"><data key="weight">{}</data>"#,
                    xml(&r.a.key),
                    xml(&r.b.key),
                    r.events
                )?;
                for ((name, _), v) in attrs_edge.iter().zip(edge_vals(r)) {
                    write!(out, r#"<data key="{name}">{v}</data>"#)?;
                }
                writeln!(out, "</edge>")?;
            }
            writeln!(out, "  </graph>\n</graphml>")?;
        } else {
            writeln!(out, r#"<gexf xmlns="http://gexf.net/1.3" version="1.3">"#)?;
            writeln!(out, "  <meta><creator>dyad</creator><description>relations network ({level:?} level)</description></meta>")?;
            writeln!(out, r#"  <graph mode="static" defaultedgetype="undirected">"#)?;
            writeln!(out, r#"    <attributes class="node">"#)?;
            for (i, (name, ty)) in attrs_node.iter().enumerate() {
                writeln!(out, r#"      <attribute id="{i}" title="{name}" type="{ty}"/>"#)?;
            }
            writeln!(out, "    </attributes>\n    <attributes class=\"edge\">")?;
            for (i, (name, ty)) in attrs_edge.iter().enumerate() {
                writeln!(out, r#"      <attribute id="{i}" title="{name}" type="{ty}"/>"#)?;
            }
            writeln!(out, "    </attributes>\n    <nodes>")?;
            for (key, (n, activity)) in &nodes {
                write!(out, r#"      <node id="n{}" label="{}"><attvalues>"#, xml(key), xml(&n.name))?;
                for (i, v) in node_vals(n, *activity).into_iter().enumerate() {
                    write!(out, r#"<attvalue for="{i}" value="{v}"/>"#)?;
                }
                writeln!(out, "</attvalues></node>")?;
            }
            writeln!(out, "    </nodes>\n    <edges>")?;
            for (i, r) in rels.iter().enumerate() {
                write!(
                    out,
                    r#"      <edge id="e{i}" source="n{}" target="n{}" weight="{}"><attvalues>"#,
                    xml(&r.a.key),
                    xml(&r.b.key),
                    r.events
                )?;
                for (k, v) in edge_vals(r).into_iter().enumerate() {
                    write!(out, r#"<attvalue for="{k}" value="{v}"/>"#)?;
                }
                writeln!(out, "</attvalues></edge>")?;
            }
            writeln!(out, "    </edges>\n  </graph>\n</gexf>")?;
        }
        Ok(rels.len())
    }
}

/// Escapes text for XML content and attribute values; drops characters XML 1.0 cannot hold.
pub fn xml(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            '\t' | '\n' | '\r' => o.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => o.push(c),
        }
    }
    o
}

/// One CSV field, quoted when it must be (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
