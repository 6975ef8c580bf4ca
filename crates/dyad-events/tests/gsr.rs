//! Gold-standard readers (counts must equal the files') and a baseline score with a
//! deliberately simple predictor: embedded triggers + modality + linear roles + a country
//! lookup from NGEC's countries.csv. Nothing here is tuned to the gold sentences.
use std::collections::HashMap;
use std::path::PathBuf;

use dyad_events::gsr::{self, CameoMap, GoldRecord, PredEvent};
use dyad_events::{code_events, tokenize, Lexicon, Mention, MentionKind, PloverType, SentenceView};

fn shared() -> Option<PathBuf> {
    let d = gsr::shared_data_dir();
    if d.is_none() {
        eprintln!("SKIPPED: ../shared/data not found (set DYAD_SHARED_DATA)");
    }
    d
}

fn cameo_map(dir: &std::path::Path) -> CameoMap {
    CameoMap::load(&dir.join("dicts/CAMEO2PLOVER-2021.txt")).unwrap()
}

#[test]
fn cameo_map_backs_off_and_drops_01_02() {
    let Some(dir) = shared() else { return };
    let m = cameo_map(&dir);
    assert!(m.len() > 250);
    assert_eq!(m.plover("042"), Some(PloverType::Consult));
    assert_eq!(m.plover("0841"), Some(PloverType::Retreat));
    assert_eq!(m.plover("163"), Some(PloverType::Coerce));
    assert_eq!(m.plover("1124"), Some(PloverType::Accuse));
    assert_eq!(m.plover("190"), Some(PloverType::Assault));
    assert_eq!(m.plover("010"), None);
    assert_eq!(m.plover("020"), None);
}

#[test]
fn cameo_country_codes() {
    assert_eq!(gsr::cameo_country("USAGOV").as_deref(), Some("USA"));
    assert_eq!(gsr::cameo_country("JAP").as_deref(), Some("JPN"));
    assert_eq!(gsr::cameo_country("IGOUNO").as_deref(), Some("IGO"));
    assert_eq!(gsr::cameo_country("---GOV"), None);
    assert_eq!(gsr::cameo_country("REB"), None);
    assert_eq!(gsr::cameo_country(""), None);
}

#[test]
fn petr2_reader_counts_match_the_file() {
    let Some(dir) = shared() else { return };
    let xml = std::fs::read_to_string(dir.join("petrarch2/PETR2_GSR_validation.xml")).unwrap();
    let sents = gsr::parse_petr2_sentences(&xml);
    // Independent counts from the raw text.
    let n_sent = xml.matches("<Sentence ").count();
    let n_code = xml.matches("<EventCoding ").count();
    let n_none = xml.matches("noevents=\"True\"").count();
    assert_eq!(sents.len(), n_sent);
    assert_eq!(sents.len(), 78);
    assert_eq!(sents.iter().map(|s| s.codings.len()).sum::<usize>() + n_none, n_code);
    assert_eq!(sents.iter().filter(|s| s.noevents).count(), 12);
    for s in &sents {
        assert!(!s.text.is_empty() && !s.id.is_empty(), "{s:?}");
    }

    let recs = gsr::read_petr2(&dir.join("petrarch2/PETR2_GSR_validation.xml"), &cameo_map(&dir)).unwrap();
    let ids: std::collections::HashSet<&str> = recs.iter().map(|r| r.id.split('#').next().unwrap_or("")).collect();
    assert_eq!(ids.len(), 78, "every sentence yields at least one record");
    assert!(recs.iter().any(|r| r.event_type.is_none()));
    let dated = recs.iter().filter(|r| r.date.as_deref().is_some_and(|d| d.len() == 10)).count();
    assert!(dated * 10 >= recs.len() * 9, "{dated} of {} records dated", recs.len());
}

#[test]
fn plover_json_reader_counts_match_the_file() {
    let Some(dir) = shared() else { return };
    let path = dir.join("plover_gsr_cameo/PLOVER_GSR_CAMEO.json");
    let raw: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let total = raw.as_array().unwrap().len();
    let recs = gsr::read_plover_json(&path).unwrap();
    assert_eq!(recs.len(), total - 1, "all but the DOCUMENT header");
    assert_eq!(recs.len(), 322);
    // Old labels are mapped; every record has one of the 16 types.
    assert!(recs.iter().all(|r| r.event_type.is_some()));
    let requests = recs.iter().filter(|r| r.event_type == Some(PloverType::Request)).count();
    assert_eq!(requests, 34, "DEMAND -> REQUEST");
    assert!(recs.iter().all(|r| !r.text.is_empty()));
}

#[test]
fn scoring_definitions() {
    let gold = vec![
        GoldRecord {
            id: "a".into(),
            text: "s1".into(),
            event_type: Some(PloverType::Accuse),
            actor_countries: vec!["FRA".into()],
            recipient_countries: vec!["IRN".into()],
            date: None,
        },
        GoldRecord {
            id: "b".into(),
            text: "s2".into(),
            event_type: None,
            actor_countries: vec![],
            recipient_countries: vec![],
            date: None,
        },
    ];
    let perfect = gsr::score(&gold, |t| {
        if t == "s1" {
            vec![PredEvent { event_type: PloverType::Accuse, actor_countries: vec!["FRA".into()], recipient_countries: vec!["IRN".into()] }]
        } else {
            vec![]
        }
    });
    assert_eq!((perfect.precision, perfect.recall, perfect.f1), (1.0, 1.0, 1.0));
    assert_eq!((perfect.type_accuracy, perfect.null_accuracy), (1.0, 1.0));
    let wrong_roles = gsr::score(&gold, |_| {
        vec![PredEvent { event_type: PloverType::Accuse, actor_countries: vec!["IRN".into()], recipient_countries: vec!["FRA".into()] }]
    });
    assert_eq!((wrong_roles.precision, wrong_roles.recall), (0.0, 0.0));
    assert_eq!(wrong_roles.type_accuracy, 1.0);
    assert_eq!(wrong_roles.type_precision, 0.5);
    assert_eq!(wrong_roles.null_accuracy, 0.0);
    assert!(wrong_roles.to_string().contains("type-acc 1.000"));
}

/// Country names and nationality words from NGEC's countries.csv.
fn country_table(dir: &std::path::Path) -> HashMap<Vec<String>, String> {
    let text = std::fs::read_to_string(dir.join("dicts/ngec/countries.csv")).unwrap_or_default();
    let mut out = HashMap::new();
    for line in text.lines().skip(1) {
        let mut cols = Vec::new();
        let (mut cur, mut quoted) = (String::new(), false);
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted => cols.push(std::mem::take(&mut cur)),
                _ => cur.push(c),
            }
        }
        cols.push(cur);
        if cols.len() < 4 {
            continue;
        }
        let iso = cols[2].trim().to_string();
        for name in std::iter::once(cols[1].as_str()).chain(cols[3].split(',')) {
            let toks: Vec<String> = tokenize(name.trim()).into_iter().map(str::to_string).collect();
            if !toks.is_empty() {
                out.insert(toks, iso.clone());
            }
        }
    }
    out
}

fn predictor<'t>(table: &'t HashMap<Vec<String>, String>) -> impl Fn(&str) -> Vec<PredEvent> + 't {
    let max_len = table.keys().map(Vec::len).max().unwrap_or(1);
    move |text: &str| {
        let words = tokenize(text);
        let mut codes: Vec<String> = Vec::new();
        let mut mentions = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let hit = (1..=max_len.min(words.len() - i)).rev().find_map(|l| {
                let key: Vec<String> = words[i..i + l].iter().map(|w| w.to_string()).collect();
                table.get(&key).map(|c| (l, c.clone()))
            });
            if let Some((l, c)) = hit {
                let idx = codes.iter().position(|x| *x == c).unwrap_or_else(|| {
                    codes.push(c.clone());
                    codes.len() - 1
                });
                mentions.push(Mention { tokens: i..i + l, actor: idx, kind: MentionKind::State });
                i += l;
            } else {
                i += 1;
            }
        }
        let s = SentenceView::new(&words, &[], &[], &[]);
        let mut out: Vec<PredEvent> = Vec::new();
        for e in code_events(&s, &mentions, Lexicon::embedded()) {
            if !e.codable() {
                continue;
            }
            let ev = PredEvent {
                event_type: e.event_type,
                actor_countries: e.roles.actor.iter().map(|&a| codes[a].clone()).collect(),
                recipient_countries: e.roles.recipient.iter().map(|&a| codes[a].clone()).collect(),
            };
            if !out.contains(&ev) {
                out.push(ev);
            }
        }
        out
    }
}

#[test]
fn baseline_scores_are_well_formed() {
    let Some(dir) = shared() else { return };
    let table = country_table(&dir);
    let predict = predictor(&table);
    let petr = gsr::read_petr2(&dir.join("petrarch2/PETR2_GSR_validation.xml"), &cameo_map(&dir)).unwrap();
    let plover = gsr::read_plover_json(&dir.join("plover_gsr_cameo/PLOVER_GSR_CAMEO.json")).unwrap();
    for (name, gold) in [("PETR2_GSR", &petr), ("PLOVER_GSR", &plover)] {
        let sc = gsr::score(gold, &predict);
        eprintln!("{name}: {sc}");
        for v in [sc.precision, sc.recall, sc.f1, sc.type_accuracy, sc.type_precision, sc.null_accuracy] {
            assert!((0.0..=1.0).contains(&v));
        }
        assert!(sc.matched_triples <= sc.pred_triples.min(sc.gold_triples));
        assert!(sc.type_accuracy > 0.0, "{name}: the lexicon finds at least some gold types");
    }
}
