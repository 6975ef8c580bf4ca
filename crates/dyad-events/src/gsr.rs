//! Gold-standard readers and scoring.
//!
//! * PETRARCH2 `PETR2_GSR_validation.xml` (CAMEO-coded; mapped to PLOVER through
//!   CAMEO2PLOVER-2021; CAMEO 01/02 events and `noevents` sentences become records with
//!   no event). Dyads that share a PLOVER type are collapsed into one record, because
//!   PLOVER codes compound actors as one event.
//! * PLOVER `PLOVER_GSR_CAMEO.json` (old labels mapped: DEMAND→REQUEST,
//!   DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT; source→actor, target→recipient).
//!
//! These files are test sets: they are read here only to measure, never to build rules.

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::PloverType;

const CAMEO_COUNTRIES_TSV: &str = include_str!("../../../data/events/cameo_countries.tsv");

#[derive(Debug, thiserror::Error)]
pub enum GsrError {
    #[error("reading {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("format: {0}")]
    Format(String),
}

/// One gold event (or, with `event_type: None`, a sentence that has no PLOVER event).
#[derive(Clone, Debug, PartialEq)]
pub struct GoldRecord {
    pub id: String,
    pub text: String,
    pub event_type: Option<PloverType>,
    pub actor_countries: Vec<String>,
    pub recipient_countries: Vec<String>,
    /// Story date as given by the file ("YYYY-MM-DD"), if any.
    pub date: Option<String>,
}

/// A predicted event, reduced to what the gold files can check.
#[derive(Clone, Debug, PartialEq)]
pub struct PredEvent {
    pub event_type: PloverType,
    pub actor_countries: Vec<String>,
    pub recipient_countries: Vec<String>,
}

/// The CAMEO → PLOVER code table (`CAMEO2PLOVER-2021.txt`).
#[derive(Clone, Debug, Default)]
pub struct CameoMap {
    map: HashMap<String, (PloverType, Option<String>)>,
}

impl CameoMap {
    /// Parses lines `CODE: TYPE, mode, context # description`.
    pub fn from_text(text: &str) -> CameoMap {
        let mut map = HashMap::new();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("");
            let Some((code, rest)) = line.split_once(':') else { continue };
            let code = code.trim();
            if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let mut cols = rest.split(',').map(str::trim);
            let Some(t) = cols.next().and_then(PloverType::from_label) else { continue };
            let mode = cols.next().filter(|m| !m.is_empty()).map(str::to_string);
            // The table lists 175 twice; the first row wins.
            map.entry(code.to_string()).or_insert((t, mode));
        }
        CameoMap { map }
    }

    pub fn load(path: &Path) -> Result<CameoMap, GsrError> {
        Ok(CameoMap::from_text(&read(path)?))
    }

    /// PLOVER type of a CAMEO event code, backing off to shorter codes; `None` for
    /// the dropped CAMEO 01/02 families and unknown codes.
    pub fn plover(&self, code: &str) -> Option<PloverType> {
        let code = code.trim();
        if code.len() < 2 || code.starts_with("01") || code.starts_with("02") {
            return None;
        }
        (2..=code.len()).rev().find_map(|k| self.map.get(&code[..k])).map(|(t, _)| *t)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

fn read(path: &Path) -> Result<String, GsrError> {
    let bytes = std::fs::read(path).map_err(|source| GsrError::Io { path: path.to_path_buf(), source })?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `../shared/data` next to the workspace (or `$DYAD_SHARED_DATA`), if it exists.
pub fn shared_data_dir() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("DYAD_SHARED_DATA") {
        return Some(PathBuf::from(p));
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.ancestors().map(|a| a.join("../shared/data")).find(|p| p.join("dicts").is_dir())
}

/// Country of a CAMEO actor code: its first three letters, with CAMEO's own country
/// codes mapped to ISO3 and sector/unknown prefixes dropped. IGO-like codes are kept.
pub fn cameo_country(code: &str) -> Option<String> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        CAMEO_COUNTRIES_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split_once('\t'))
            .map(|(a, b)| (a.trim(), b.trim()))
            .collect()
    });
    let prefix: String = code.trim().chars().take(3).collect::<String>().to_ascii_uppercase();
    if prefix.len() != 3 {
        return None;
    }
    match map.get(prefix.as_str()) {
        Some(&"") => None,
        Some(iso) => Some((*iso).to_string()),
        None if prefix.bytes().all(|b| b.is_ascii_uppercase()) => Some(prefix),
        None => None,
    }
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let pat = format!("{name}=");
    let mut from = 0;
    while let Some(p) = tag[from..].find(&pat) {
        let at = from + p;
        let before_ok = at == 0 || tag.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = &tag[at + pat.len()..];
        if before_ok {
            let q = rest.chars().next()?;
            if q == '"' || q == '\'' {
                let end = rest[1..].find(q)?;
                return Some(unescape(&rest[1..1 + end]));
            }
        }
        from = at + pat.len();
    }
    None
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// One raw coding of PETR2_GSR_validation.xml.
#[derive(Clone, Debug, PartialEq)]
pub struct Petr2Coding {
    pub eventcode: String,
    pub source: String,
    pub target: String,
}

/// One `<Sentence>` of PETR2_GSR_validation.xml before PLOVER mapping.
#[derive(Clone, Debug, PartialEq)]
pub struct Petr2Sentence {
    pub id: String,
    pub date: Option<String>,
    pub text: String,
    pub codings: Vec<Petr2Coding>,
    pub noevents: bool,
}

/// Tolerant reader: the file has `#` banners outside tags and self-closing
/// `<Sentence …/>` openers followed by sibling elements, so no XML parser is used.
pub fn parse_petr2_sentences(xml: &str) -> Vec<Petr2Sentence> {
    let mut out = Vec::new();
    let starts: Vec<usize> =
        xml.match_indices("<Sentence").map(|(i, _)| i).filter(|&i| xml[i + 9..].starts_with(|c: char| c.is_whitespace())).collect();
    for (n, &st) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(xml.len());
        let block = &xml[st..end];
        let tag_end = block.find('>').unwrap_or(block.len());
        let tag = &block[..tag_end];
        let date = attr(tag, "date").filter(|d| d.len() == 8).map(|d| format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..]));
        let mut s =
            Petr2Sentence { id: attr(tag, "id").unwrap_or_default(), date, text: String::new(), codings: Vec::new(), noevents: false };
        for (i, _) in block.match_indices("<EventCoding") {
            let t = &block[i..i + block[i..].find('>').unwrap_or(block.len() - i)];
            if attr(t, "noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
                s.noevents = true;
                continue;
            }
            s.codings.push(Petr2Coding {
                eventcode: attr(t, "eventcode").unwrap_or_default(),
                source: attr(t, "sourcecode").unwrap_or_default(),
                target: attr(t, "targetcode").unwrap_or_default(),
            });
        }
        if let (Some(a), Some(b)) = (block.find("<Text>"), block.find("</Text>")) {
            if a < b {
                s.text = unescape(&block[a + 6..b]).split_whitespace().collect::<Vec<_>>().join(" ");
            }
        }
        if s.text.is_empty() {
            s.text = text_from_conllu(block);
        }
        out.push(s);
    }
    out
}

/// Some records have an empty `<Text>` and carry the sentence only in the CoNLL-U parse.
fn text_from_conllu(block: &str) -> String {
    let (Some(a), Some(b)) = (block.find("<Parse>"), block.find("</Parse>")) else {
        return String::new();
    };
    if a >= b {
        return String::new();
    }
    let mut out = String::new();
    let mut space = false;
    for line in block[a + 7..b].lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 || !cols[0].bytes().all(|c| c.is_ascii_digit()) {
            continue;
        }
        if space {
            out.push(' ');
        }
        out.push_str(&unescape(cols[1]));
        space = !cols.get(9).is_some_and(|m| m.contains("SpaceAfter=No"));
    }
    out
}

fn push_unique(v: &mut Vec<String>, c: Option<String>) {
    if let Some(c) = c {
        if !v.contains(&c) {
            v.push(c);
        }
    }
}

/// PETR2 sentences → PLOVER gold records (one per sentence and PLOVER type).
pub fn petr2_records(sentences: &[Petr2Sentence], map: &CameoMap) -> Vec<GoldRecord> {
    let mut out = Vec::new();
    for s in sentences {
        let mut by_type: Vec<GoldRecord> = Vec::new();
        for c in &s.codings {
            let Some(t) = map.plover(&c.eventcode) else { continue };
            let idx = match by_type.iter().position(|r| r.event_type == Some(t)) {
                Some(i) => i,
                None => {
                    by_type.push(GoldRecord {
                        id: format!("{}#{}", s.id, t),
                        text: s.text.clone(),
                        event_type: Some(t),
                        actor_countries: Vec::new(),
                        recipient_countries: Vec::new(),
                        date: s.date.clone(),
                    });
                    by_type.len() - 1
                }
            };
            push_unique(&mut by_type[idx].actor_countries, cameo_country(&c.source));
            push_unique(&mut by_type[idx].recipient_countries, cameo_country(&c.target));
        }
        if by_type.is_empty() {
            by_type.push(GoldRecord {
                id: s.id.clone(),
                text: s.text.clone(),
                event_type: None,
                actor_countries: Vec::new(),
                recipient_countries: Vec::new(),
                date: s.date.clone(),
            });
        }
        out.extend(by_type);
    }
    out
}

/// Reads PETR2_GSR_validation.xml and maps it to PLOVER with `map`.
pub fn read_petr2(path: &Path, map: &CameoMap) -> Result<Vec<GoldRecord>, GsrError> {
    Ok(petr2_records(&parse_petr2_sentences(&read(path)?), map))
}

fn countries(v: Option<&serde_json::Value>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(serde_json::Value::Array(items)) = v {
        for it in items {
            let code = it.get("code").and_then(|c| c.as_str()).unwrap_or("");
            push_unique(&mut out, cameo_country(code));
        }
    }
    out
}

/// Parses PLOVER_GSR_CAMEO.json (a JSON array; the DOCUMENT header record is skipped).
pub fn parse_plover_json(text: &str) -> Result<Vec<GoldRecord>, GsrError> {
    let v: serde_json::Value = serde_json::from_str(text)?;
    let arr = v.as_array().ok_or_else(|| GsrError::Format("expected a JSON array".into()))?;
    let mut out = Vec::new();
    for r in arr {
        let label = r.get("event").and_then(|e| e.as_str()).unwrap_or("");
        if label == "DOCUMENT" {
            continue;
        }
        out.push(GoldRecord {
            id: r.get("id").and_then(|e| e.as_str()).unwrap_or("").to_string(),
            text: r.get("text").and_then(|e| e.as_str()).unwrap_or("").to_string(),
            event_type: PloverType::from_label(label),
            actor_countries: countries(r.get("source")),
            recipient_countries: countries(r.get("target")),
            date: r.get("date").and_then(|e| e.as_str()).map(str::to_string),
        });
    }
    Ok(out)
}

pub fn read_plover_json(path: &Path) -> Result<Vec<GoldRecord>, GsrError> {
    parse_plover_json(&read(path)?)
}

/// Scores against a gold set; see the field docs for the definitions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    pub sentences: usize,
    pub gold_triples: usize,
    pub pred_triples: usize,
    pub matched_triples: usize,
    /// Of (type, actor country, recipient country) triples, per sentence, set-based.
    /// An event with no actor (recipient) country contributes "" in that slot.
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Fraction of gold events (records with a type) whose type is among the types
    /// predicted for their sentence.
    pub type_accuracy: f64,
    /// Precision of predicted types: fraction of (sentence, predicted type) pairs that
    /// are gold types of that sentence.
    pub type_precision: f64,
    /// Fraction of gold no-event sentences for which nothing was predicted.
    pub null_accuracy: f64,
}

type Triple = (PloverType, String, String);

fn triples(t: PloverType, actors: &[String], recips: &[String]) -> Vec<Triple> {
    let blank = [String::new()];
    let a = if actors.is_empty() { &blank[..] } else { actors };
    let r = if recips.is_empty() { &blank[..] } else { recips };
    a.iter().flat_map(|x| r.iter().map(move |y| (t, x.clone(), y.clone()))).collect()
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Runs `predict` once per distinct gold sentence and compares.
pub fn score(gold: &[GoldRecord], predict: impl Fn(&str) -> Vec<PredEvent>) -> Scores {
    let mut order: Vec<&str> = Vec::new();
    let mut groups: HashMap<&str, Vec<&GoldRecord>> = HashMap::new();
    for g in gold {
        let e = groups.entry(g.text.as_str()).or_default();
        if e.is_empty() {
            order.push(&g.text);
        }
        e.push(g);
    }
    let mut sc = Scores { sentences: order.len(), ..Scores::default() };
    let (mut gold_events, mut typed_hits, mut pred_types, mut pred_type_hits) = (0, 0, 0, 0);
    let (mut null_sents, mut null_ok) = (0, 0);
    for text in order {
        let recs = &groups[text];
        let preds = predict(text);
        let ptypes: BTreeSet<PloverType> = preds.iter().map(|p| p.event_type).collect();
        let gtypes: BTreeSet<PloverType> = recs.iter().filter_map(|r| r.event_type).collect();
        let gt: BTreeSet<Triple> =
            recs.iter().filter_map(|r| r.event_type.map(|t| triples(t, &r.actor_countries, &r.recipient_countries))).flatten().collect();
        let pt: BTreeSet<Triple> = preds.iter().flat_map(|p| triples(p.event_type, &p.actor_countries, &p.recipient_countries)).collect();
        sc.gold_triples += gt.len();
        sc.pred_triples += pt.len();
        sc.matched_triples += gt.intersection(&pt).count();
        for r in recs.iter().filter(|r| r.event_type.is_some()) {
            gold_events += 1;
            typed_hits += usize::from(r.event_type.is_some_and(|t| ptypes.contains(&t)));
        }
        pred_types += ptypes.len();
        pred_type_hits += ptypes.intersection(&gtypes).count();
        if gtypes.is_empty() {
            null_sents += 1;
            null_ok += usize::from(preds.is_empty());
        }
    }
    sc.precision = ratio(sc.matched_triples, sc.pred_triples);
    sc.recall = ratio(sc.matched_triples, sc.gold_triples);
    sc.f1 = if sc.precision + sc.recall > 0.0 { 2.0 * sc.precision * sc.recall / (sc.precision + sc.recall) } else { 0.0 };
    sc.type_accuracy = ratio(typed_hits, gold_events);
    sc.type_precision = ratio(pred_type_hits, pred_types);
    sc.null_accuracy = ratio(null_ok, null_sents);
    sc
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "sentences {}  triples gold {} pred {} matched {}  P {:.3} R {:.3} F1 {:.3}  type-acc {:.3} type-P {:.3}  null-acc {:.3}",
            self.sentences,
            self.gold_triples,
            self.pred_triples,
            self.matched_triples,
            self.precision,
            self.recall,
            self.f1,
            self.type_accuracy,
            self.type_precision,
            self.null_accuracy
        )
    }
}
