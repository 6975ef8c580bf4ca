//! `dyad eval events`: score the full pipeline's PLOVER events against the PETRARCH2 and
//! PLOVER gold-standard files. Each gold sentence is extracted as a one-sentence article;
//! predicted events become (type, actor countries, recipient countries) through the actors'
//! `country` field (an actor without a country contributes nothing). These files are test
//! sets: they are read here only to measure. `--ngec` scores the NGEC synthetic stories
//! instead, whose one PLOVER label per story makes them the development set for event types.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use dyad_extract::events::dyad_events::gsr::{self, CameoMap, GoldRecord, PredEvent};
use dyad_extract::events::dyad_events::PloverType;
use dyad_extract::gsr::gsr_predict;
use rayon::prelude::*;

#[derive(Args, Debug, Clone)]
pub struct EvalEventsArgs {
    /// PETRARCH2 validation records (CAMEO-coded; mapped to PLOVER)
    #[arg(long, value_name = "PATH", default_value = "../shared/data/petrarch2/PETR2_GSR_validation.xml")]
    pub petr2: PathBuf,
    /// PLOVER gold-standard records (JSON)
    #[arg(long, value_name = "PATH", default_value = "../shared/data/plover_gsr_cameo/PLOVER_GSR_CAMEO.json")]
    pub plover: PathBuf,
    /// CAMEO → PLOVER table (default: dicts/CAMEO2PLOVER-2021.txt next to the PETR2 file's data folder)
    #[arg(long, value_name = "PATH")]
    pub cameo2plover: Option<PathBuf>,
    /// Print this many wrongly coded sentences per file
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub errors: usize,
    /// Score the NGEC synthetic stories (CSV with `text` and `label`) instead: the development
    /// set for event types (one PLOVER label per story)
    #[arg(long, value_name = "PATH")]
    pub ngec: Option<PathBuf>,
    /// With --ngec: only the first N stories
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// With --ngec: under each listed confusion, the opening of this many of its stories
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub examples: usize,
}

impl Default for EvalEventsArgs {
    fn default() -> Self {
        EvalEventsArgs {
            petr2: PathBuf::from("../shared/data/petrarch2/PETR2_GSR_validation.xml"),
            plover: PathBuf::from("../shared/data/plover_gsr_cameo/PLOVER_GSR_CAMEO.json"),
            cameo2plover: None,
            errors: 0,
            ngec: None,
            limit: None,
            examples: 0,
        }
    }
}

/// A predicted event with the trigger, for error listings.
struct Pred {
    event: PredEvent,
    trigger: String,
}

fn predict(text: &str, date: Option<&str>, dyadic: bool) -> Vec<Pred> {
    gsr_predict(text, date, dyadic).into_iter().map(|(event, trigger)| Pred { event, trigger }).collect()
}

fn triples(t: PloverType, a: &[String], r: &[String]) -> Vec<String> {
    let blank = [String::new()];
    let a = if a.is_empty() { &blank[..] } else { a };
    let r = if r.is_empty() { &blank[..] } else { r };
    a.iter().flat_map(|x| r.iter().map(move |y| format!("{t} {x}->{y}"))).collect()
}

fn evaluate(name: &str, gold: &[GoldRecord], errors: usize, dyadic: bool) -> gsr::Scores {
    let mut texts: Vec<(&str, Option<&str>)> = Vec::new();
    let mut seen: HashMap<&str, ()> = HashMap::new();
    for g in gold {
        if seen.insert(g.text.as_str(), ()).is_none() {
            texts.push((g.text.as_str(), g.date.as_deref()));
        }
    }
    let preds: HashMap<&str, Vec<Pred>> = texts.par_iter().map(|&(t, d)| (t, predict(t, d, dyadic))).collect();
    let sc = gsr::score(gold, |t| preds.get(t).map(|v| v.iter().map(|p| p.event.clone()).collect()).unwrap_or_default());
    println!("{name}: {sc}");
    let mut shown = 0;
    for &(text, _) in &texts {
        if shown >= errors {
            break;
        }
        let g: BTreeSet<String> = gold
            .iter()
            .filter(|r| r.text == text)
            .filter_map(|r| r.event_type.map(|t| triples(t, &r.actor_countries, &r.recipient_countries)))
            .flatten()
            .collect();
        let p = &preds[text];
        let pt: BTreeSet<String> =
            p.iter().flat_map(|p| triples(p.event.event_type, &p.event.actor_countries, &p.event.recipient_countries)).collect();
        if g != pt {
            shown += 1;
            println!("--- {text}");
            println!("    gold: {}", g.iter().cloned().collect::<Vec<_>>().join(" | "));
            let pl: Vec<String> = p
                .iter()
                .map(|p| {
                    format!(
                        "{} [{}]",
                        triples(p.event.event_type, &p.event.actor_countries, &p.event.recipient_countries).join(","),
                        p.trigger
                    )
                })
                .collect();
            println!("    pred: {}", pl.join(" | "));
        }
    }
    sc
}

/// Scores both gold files and prints P/R/F1 of (type, actor country, recipient country)
/// triples and type accuracy.
pub fn run(args: &EvalEventsArgs) -> anyhow::Result<()> {
    if let Some(path) = &args.ngec {
        return evaluate_ngec(path, args);
    }
    let cameo = match &args.cameo2plover {
        Some(p) => p.clone(),
        None => args.petr2.parent().and_then(|p| p.parent()).map(|d| d.join("dicts/CAMEO2PLOVER-2021.txt")).unwrap_or_default(),
    };
    let map = CameoMap::load(&cameo).with_context(|| format!("reading {}", cameo.display()))?;
    let petr = gsr::read_petr2(&args.petr2, &map).with_context(|| format!("reading {}", args.petr2.display()))?;
    let plover = gsr::read_plover_json(&args.plover).with_context(|| format!("reading {}", args.plover.display()))?;
    evaluate("PETR2_GSR", &petr, args.errors, true);
    evaluate("PLOVER_GSR", &plover, args.errors, false);
    Ok(())
}

/// Document-level scores on the NGEC synthetic stories: how often the story's label is among
/// the types of its codable events (recall), and how often it is the type of the first one
/// (the lead event, which the label describes), with the commonest confusions of the lead.
fn evaluate_ngec(path: &std::path::Path, args: &EvalEventsArgs) -> anyhow::Result<()> {
    let csv = crate::csv_file::Csv::read(path)?;
    let (text_col, label_col) = (csv.column("text")?, csv.column("label")?);
    let stories: Vec<(&str, PloverType)> = csv
        .records
        .iter()
        .filter_map(|r| Some((r.get(text_col)?.as_str(), PloverType::from_label(r.get(label_col)?)?)))
        .take(args.limit.unwrap_or(usize::MAX))
        .collect();
    anyhow::ensure!(!stories.is_empty(), "{}: no labelled stories", path.display());
    let types: Vec<Vec<PloverType>> = stories.par_iter().map(|(t, _)| dyad_extract::gsr::document_event_types(t)).collect();
    let n = stories.len();
    let (mut found, mut lead, mut none) = (0usize, 0usize, 0usize);
    let mut per_label: HashMap<PloverType, (usize, usize, usize)> = HashMap::new();
    let mut confusion: HashMap<(PloverType, Option<PloverType>), Vec<&str>> = HashMap::new();
    for ((text, label), got) in stories.iter().zip(&types) {
        let row = per_label.entry(*label).or_default();
        row.0 += 1;
        if got.contains(label) {
            found += 1;
            row.1 += 1;
        }
        if got.first() == Some(label) {
            lead += 1;
            row.2 += 1;
        } else {
            confusion.entry((*label, got.first().copied())).or_default().push(text);
        }
        none += usize::from(got.is_empty());
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "NGEC synthetic ({n} stories): label among the events {:.1}%, lead event's type {:.1}%, no event {:.1}%",
        pct(found, n),
        pct(lead, n),
        pct(none, n)
    );
    let mut labels: Vec<_> = per_label.into_iter().collect();
    labels.sort_by_key(|(t, r)| (std::cmp::Reverse(r.0), t.to_string()));
    for (t, (k, f, l)) in labels {
        println!("  {:<10} {k:>5} stories  among {:5.1}%  lead {:5.1}%", t.to_string(), pct(f, k), pct(l, k));
    }
    let mut conf: Vec<_> = confusion.into_iter().collect();
    conf.sort_by_key(|((g, p), c)| (std::cmp::Reverse(c.len()), g.to_string(), p.map(|x| x.to_string())));
    for ((g, p), texts) in conf.into_iter().take(args.errors) {
        println!("  lead {:<10} coded as {:<10} {}", g.to_string(), p.map_or("nothing".to_string(), |x| x.to_string()), texts.len());
        for t in texts.iter().take(args.examples) {
            let opening: String = t.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(180).collect();
            println!("      {opening}");
        }
    }
    Ok(())
}
