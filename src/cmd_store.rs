//! `dyad ingest | query | export | alerts | actors`: the knowledge store from the command line.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Args, Subcommand, ValueEnum};
use dyad_store::export::Format as ExportFormat;
use dyad_store::ingest::{self, IngestOptions, Progress};
use dyad_store::{AlertParams, Filter, Level, Period, RelationFilter, Store};
use serde_json::{json, Value};

use crate::store_rows::{names, print_rows, s, to_values, Col, OutFormat};

pub const INGEST_EXAMPLES: &str = "Examples:
  dyad ingest articles/                       # every .txt/.html/.jsonl below, recursively
  dyad ingest feed.jsonl --db news.db
  cat feed.jsonl | dyad ingest -
  dyad ingest examples/haftar-belarus.txt --published 2025-03-10

A document already stored (same id or same text) is skipped, so re-running after an interruption
resumes where it stopped. Bad records are reported as `path:line: reason` and counted as failed.";

pub const QUERY_EXAMPLES: &str = "Examples:
  dyad query actors --actor Haftar
  dyad query events --actor Belarus --type CONSULT --from 2025-03-01 --format json
  dyad query quotes --text sanctions
  dyad query relations --level state --actor LBY --series
  dyad query search --text \"military cooperation\"";

fn db_path(db: &Option<PathBuf>) -> PathBuf {
    // clap's `env` feature is not enabled in the root crate, so the variable is read here.
    db.clone()
        .or_else(|| std::env::var_os("DYAD_DB").filter(|v| !v.is_empty()).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("dyad.db"))
}

fn open(db: &Option<PathBuf>) -> anyhow::Result<Store> {
    Ok(Store::open(db_path(db))?)
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    dyad_extract::input::parse_date(s).map_err(|e| e.to_string())
}

#[derive(Args)]
pub struct IngestArgs {
    /// Files, folders (walked recursively), .jsonl files, or `-` for JSON Lines on stdin
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
    /// Database file (default $DYAD_DB, else ./dyad.db)
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
    /// Publication date for articles that carry none (plain text and HTML files)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    published: Option<chrono::NaiveDate>,
    /// Print the summary as JSON on stdout
    #[arg(long)]
    json: bool,
}

pub fn ingest(args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let mut store = open(&args.db)?;
    let (sources, errors) = ingest::expand(&args.paths);
    for (p, e) in &errors {
        eprintln!("dyad: {p}: {e}");
    }
    let total = ingest::count_records(&sources);
    let bar = match total {
        Some(n) => indicatif::ProgressBar::new(n),
        None => indicatif::ProgressBar::new_spinner(),
    };
    if !io::stderr().is_terminal() {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} docs ({per_sec}, eta {eta})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let opts = IngestOptions { published: args.published };
    let stats = ingest::ingest_sources(&mut store, &sources, &opts, |p| match p {
        Progress::Record => bar.inc(1),
        Progress::Failed { origin, reason } => bar.suspend(|| eprintln!("dyad: {origin}: {reason}")),
    })?;
    bar.finish_and_clear();
    let counts = store.counts()?;
    let size = std::fs::metadata(db_path(&args.db)).map(|m| m.len()).unwrap_or(0);
    if args.json {
        println!("{}", json!({"stats": stats, "store": counts, "db_bytes": size}));
    }
    eprintln!(
        "dyad: {} new, {} already known, {} failed; {} events, {} quotes, {} new actors; {:.1}s ({:.1} docs/s)",
        stats.new, stats.known, stats.failed, stats.events, stats.quotes, stats.new_actors, stats.elapsed_s, stats.docs_per_s
    );
    eprintln!(
        "dyad: store {}: {} documents, {} actors, {} events in {} clusters, {} quotes ({:.1} MiB)",
        db_path(&args.db).display(),
        counts.documents,
        counts.actors,
        counts.events,
        counts.clusters,
        counts.quotes,
        size as f64 / 1048576.0
    );
    Ok(if stats.failed > 0 || !errors.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Table {
    Actors,
    Events,
    Quotes,
    Relations,
    Documents,
    /// Full-text search over sentences and quotes (needs --text)
    Search,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LevelArg {
    Actor,
    State,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum PeriodArg {
    Day,
    Week,
    Month,
}

fn level(l: LevelArg) -> Level {
    match l {
        LevelArg::Actor => Level::Actor,
        LevelArg::State => Level::State,
    }
}

fn period(p: PeriodArg) -> Period {
    match p {
        PeriodArg::Day => Period::Day,
        PeriodArg::Week => Period::Week,
        PeriodArg::Month => Period::Month,
    }
}

/// Filters shared by `query` and `export`.
#[derive(Args, Clone)]
pub struct FilterArgs {
    /// An actor: stored id, or any name or alias (spelling variants fold together)
    #[arg(long)]
    actor: Option<String>,
    /// Actor kind (person, organization, state, place, group)
    #[arg(long)]
    kind: Option<String>,
    /// PLOVER event type, e.g. CONSULT
    #[arg(long = "type", value_name = "TYPE")]
    event_type: Option<String>,
    /// PLOVER quad: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    quad: Option<u8>,
    /// First day (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    from: Option<chrono::NaiveDate>,
    /// Last day (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    to: Option<chrono::NaiveDate>,
    /// ISO3 country of an actor involved
    #[arg(long)]
    country: Option<String>,
    /// Words that must occur (full-text)
    #[arg(long)]
    text: Option<String>,
    /// A document id
    #[arg(long)]
    document: Option<String>,
    /// An event cluster id (every report of one deduplicated event)
    #[arg(long)]
    cluster: Option<i64>,
}

impl FilterArgs {
    fn filter(&self, limit: Option<usize>, offset: usize) -> Filter {
        Filter {
            actor: self.actor.clone(),
            kind: self.kind.clone(),
            event_type: self.event_type.clone(),
            quad: self.quad,
            from: self.from.map(|d| d.to_string()),
            to: self.to.map(|d| d.to_string()),
            country: self.country.clone(),
            text: self.text.clone(),
            document: self.document.clone(),
            cluster: self.cluster,
            limit,
            offset: Some(offset),
        }
    }
}

#[derive(Args)]
pub struct QueryArgs {
    /// What to list
    #[arg(value_enum)]
    table: Table,
    #[command(flatten)]
    filter: FilterArgs,
    /// Relations between actors or between states (actors rolled up by country)
    #[arg(long, value_enum, default_value_t = LevelArg::Actor)]
    level: LevelArg,
    /// Relations: bucket of the time series
    #[arg(long, value_enum, default_value_t = PeriodArg::Week)]
    period: PeriodArg,
    /// Relations: include the time series
    #[arg(long)]
    series: bool,
    /// Relations: only the dyad(s) between --actor and this actor
    #[arg(long, value_name = "ACTOR", requires = "actor")]
    with: Option<String>,
    /// Relations: leave out dyads with fewer event clusters
    #[arg(long, default_value_t = 1)]
    min_events: usize,
    /// Rows to show (0 for all)
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[arg(long, default_value_t = 0)]
    offset: usize,
    #[arg(long, value_enum, default_value_t = OutFormat::Table)]
    format: OutFormat,
    /// Database file (default $DYAD_DB, else ./dyad.db)
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
}

fn columns(t: Table) -> Vec<Col> {
    match t {
        Table::Actors => vec![
            ("id", |v| s(v, "id")),
            ("kind", |v| s(v, "kind")),
            ("name", |v| s(v, "name")),
            ("ctry", |v| s(v, "country")),
            ("sect", |v| s(v, "sector")),
            ("docs", |v| s(v, "n_docs")),
            ("events", |v| s(v, "n_events")),
            ("first", |v| s(v, "first_seen")),
            ("last", |v| s(v, "last_seen")),
            ("aliases", |v| {
                v["aliases"].as_array().map_or(String::new(), |a| a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", "))
            }),
            ("titles", |v| {
                v["titles"].as_array().map_or(String::new(), |a| a.iter().map(|t| s(t, "title")).collect::<Vec<_>>().join("; "))
            }),
        ],
        Table::Events => vec![
            ("id", |v| s(v, "id")),
            ("cluster", |v| s(v, "cluster")),
            ("date", |v| s(v, "date")),
            ("type", |v| s(v, "type")),
            ("mode", |v| s(v, "mode")),
            ("q", |v| s(v, "quad")),
            ("score", |v| s(v, "score")),
            ("actors", |v| names(v, "actors")),
            ("recipients", |v| names(v, "recipients")),
            ("document", |v| s(v, "document")),
            ("sentence", |v| s(v, "sentence")),
        ],
        Table::Quotes => vec![
            ("id", |v| s(v, "id")),
            ("published", |v| s(v, "published")),
            ("speaker", |v| v.get("speaker").map_or(String::new(), |x| s(x, "name"))),
            ("document", |v| s(v, "document")),
            ("text", |v| s(v, "text")),
        ],
        Table::Documents => vec![
            ("id", |v| s(v, "id")),
            ("published", |v| s(v, "published")),
            ("source", |v| s(v, "source")),
            ("actors", |v| s(v, "n_actors")),
            ("events", |v| s(v, "n_events")),
            ("quotes", |v| s(v, "n_quotes")),
            ("title", |v| s(v, "title")),
        ],
        Table::Relations => vec![
            ("a", |v| format!("{} {}", s(&v["a"], "key"), s(&v["a"], "name"))),
            ("b", |v| format!("{} {}", s(&v["b"], "key"), s(&v["b"], "name"))),
            ("events", |v| s(v, "events")),
            ("score", |v| v["score"].as_f64().map_or(String::new(), |x| format!("{x:+.1}"))),
            ("q1/q2/q3/q4", |v| {
                v["quads"].as_array().map_or(String::new(), |q| q.iter().map(Value::to_string).collect::<Vec<_>>().join("/"))
            }),
            ("first", |v| s(v, "first")),
            ("last", |v| s(v, "last")),
            ("types", |v| {
                v["types"].as_object().map_or(String::new(), |m| m.iter().map(|(k, n)| format!("{k}:{n}")).collect::<Vec<_>>().join(" "))
            }),
        ],
        Table::Search => vec![
            ("kind", |v| s(v, "kind")),
            ("document", |v| s(v, "document")),
            ("span", |v| s(v, "span")),
            ("snippet", |v| s(v, "snippet")),
        ],
    }
}

pub fn query(args: &QueryArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.db)?;
    let limit = (args.limit > 0).then_some(args.limit);
    let f = args.filter.filter(limit, args.offset);
    let rows = match args.table {
        Table::Actors => to_values(&store.actors(&f)?)?,
        Table::Events => to_values(&store.events(&f)?)?,
        Table::Quotes => to_values(&store.quotes(&f)?)?,
        Table::Documents => to_values(&store.documents(&f)?)?,
        Table::Search => {
            let Some(t) = &f.text else { bail!("query search needs --text WORDS") };
            to_values(&store.search(t, limit.unwrap_or(usize::MAX >> 1), args.offset)?)?
        }
        Table::Relations => to_values(&store.relations(&RelationFilter {
            level: level(args.level),
            period: period(args.period),
            actor: f.actor.clone(),
            with: args.with.clone(),
            country: f.country.clone(),
            from: f.from.clone(),
            to: f.to.clone(),
            event_type: f.event_type.clone(),
            quad: f.quad,
            min_events: args.min_events,
            series: args.series || args.format == OutFormat::Json,
            limit,
            offset: Some(args.offset),
        })?)?,
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    print_rows(&mut out, &rows, &columns(args.table), args.format)?;
    if args.table == Table::Relations && args.series && args.format == OutFormat::Table {
        for r in &rows {
            writeln!(out, "\n{} – {}", s(&r["a"], "name"), s(&r["b"], "name"))?;
            for b in r["series"].as_array().into_iter().flatten() {
                writeln!(
                    out,
                    "  {}  {:>3} events  score {:>+7.1}  quads {}",
                    s(b, "period"),
                    s(b, "events"),
                    b["score"].as_f64().unwrap_or(0.0),
                    b["quads"]
                )?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormatArg {
    /// PLOVER JSON Lines, one record per deduplicated event
    Plover,
    /// GDELT-2.0-like tab-separated event table
    Gdelt,
    /// Every stored event report, CSV
    Csv,
    /// Relations network, GraphML
    Graphml,
    /// Relations network, GEXF (Gephi)
    Gexf,
}

#[derive(Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    format: ExportFormatArg,
    /// Output file (default standard output)
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Networks: nodes are actors or states
    #[arg(long, value_enum, default_value_t = LevelArg::Actor)]
    level: LevelArg,
    #[command(flatten)]
    filter: FilterArgs,
    /// Database file (default $DYAD_DB, else ./dyad.db)
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
}

pub fn export(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.db)?;
    let format = match args.format {
        ExportFormatArg::Plover => ExportFormat::Plover,
        ExportFormatArg::Gdelt => ExportFormat::Gdelt,
        ExportFormatArg::Csv => ExportFormat::Csv,
        ExportFormatArg::Graphml => ExportFormat::Graphml,
        ExportFormatArg::Gexf => ExportFormat::Gexf,
    };
    let f = args.filter.filter(None, 0);
    let mut out: Box<dyn Write> = match &args.out {
        Some(p) => Box::new(io::BufWriter::new(std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?)),
        None => Box::new(io::BufWriter::new(io::stdout().lock())),
    };
    let n = store.export(format, &f, level(args.level), &mut out)?;
    out.flush()?;
    eprintln!("dyad: exported {n} records");
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct AlertsArgs {
    /// Dyads of states (actors rolled up by country) or of actors
    #[arg(long, value_enum, default_value_t = LevelArg::State)]
    level: LevelArg,
    /// Window length (rolling, ending on --at)
    #[arg(long, value_enum, default_value_t = PeriodArg::Week)]
    window: PeriodArg,
    /// Last day of the window (default: the latest publication date in the store)
    #[arg(long, value_parser = parse_date)]
    at: Option<chrono::NaiveDate>,
    /// Also evaluate every earlier window back to this date
    #[arg(long, value_parser = parse_date)]
    since: Option<chrono::NaiveDate>,
    /// New dyad: windows of store data required before it
    #[arg(long, default_value_t = 4)]
    background: u32,
    /// New dyad: at least this many events in its first window...
    #[arg(long, default_value_t = 2)]
    new_min_events: u32,
    /// ...or at least this |summed score|
    #[arg(long, default_value_t = 12.0)]
    new_min_score: f64,
    /// Flip and jump: trailing windows forming the baseline
    #[arg(long, default_value_t = 8)]
    trailing: u32,
    /// Flip: events required on each side
    #[arg(long, default_value_t = 2)]
    flip_min_events: u32,
    /// Flip: |summed score| required on each side
    #[arg(long, default_value_t = 5.0)]
    flip_min_score: f64,
    /// Jump: events required in the window
    #[arg(long, default_value_t = 5)]
    jump_min_events: u32,
    /// Jump: window count / trailing mean at least this
    #[arg(long, default_value_t = 3.0)]
    jump_ratio: f64,
    /// Jump: Poisson upper-tail probability at most this
    #[arg(long, default_value_t = 0.001)]
    jump_p: f64,
    #[arg(long, value_enum, default_value_t = OutFormat::Table)]
    format: OutFormat,
    /// Database file (default $DYAD_DB, else ./dyad.db)
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
}

pub fn alerts(args: &AlertsArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.db)?;
    let params = AlertParams {
        level: level(args.level),
        window: period(args.window),
        at: args.at,
        since: args.since,
        background: args.background,
        new_min_events: args.new_min_events,
        new_min_score: args.new_min_score,
        trailing: args.trailing,
        flip_min_events: args.flip_min_events,
        flip_min_score: args.flip_min_score,
        jump_min_events: args.jump_min_events,
        jump_ratio: args.jump_ratio,
        jump_p: args.jump_p,
    };
    let alerts = store.alerts(&params)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.format {
        OutFormat::Table => {
            if alerts.is_empty() {
                writeln!(out, "no alerts")?;
            }
            for a in &alerts {
                writeln!(out, "[{}] {} – {}  ({}..{})", a.kind.as_str(), a.a.name, a.b.name, a.window[0], a.window[1])?;
                writeln!(out, "  {}", a.explanation)?;
                writeln!(out, "  events: {}", a.event_ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", "))?;
            }
        }
        format => {
            let rows = to_values(&alerts)?;
            let cols: Vec<Col> = vec![
                ("kind", |v| s(v, "kind")),
                ("a", |v| s(&v["a"], "key")),
                ("b", |v| s(&v["b"], "key")),
                ("window_end", |v| v["window"][1].as_str().unwrap_or("").to_string()),
                ("events", |v| s(v, "events")),
                ("score", |v| s(v, "score")),
                ("explanation", |v| s(v, "explanation")),
                ("event_ids", |v| s(v, "event_ids")),
            ];
            print_rows(&mut out, &rows, &cols, format)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Subcommand)]
pub enum ActorsCommand {
    /// Fold actor FROM into actor INTO (ids or names); later documents follow
    Merge { into: String, from: String },
    /// Move the mentions of ACTOR named ALIAS to a new actor; later documents follow
    Split {
        actor: String,
        #[arg(long)]
        alias: String,
    },
    /// Show one actor with aliases and titles over time
    Show { actor: String },
    /// List the correction rules
    Rules,
}

#[derive(Args)]
pub struct ActorsArgs {
    #[command(subcommand)]
    command: ActorsCommand,
    /// Database file (default $DYAD_DB, else ./dyad.db)
    #[arg(long, value_name = "FILE", global = true)]
    db: Option<PathBuf>,
}

fn one_actor(store: &Store, reference: &str) -> anyhow::Result<i64> {
    let ids = dyad_store::query::actor_ids(store.connection(), reference)?;
    match ids.as_slice() {
        [] => bail!("no actor matches {reference:?}"),
        [id] => Ok(*id),
        many => {
            let listed: Vec<String> =
                many.iter().take(10).filter_map(|&id| store.actor(id).ok()).map(|a| format!("{} {} ({})", a.id, a.name, a.kind)).collect();
            bail!("{reference:?} matches several actors; give an id: {}", listed.join("; "))
        }
    }
}

pub fn actors(args: &ActorsArgs) -> anyhow::Result<ExitCode> {
    let mut store = open(&args.db)?;
    let row = match &args.command {
        ActorsCommand::Merge { into, from } => {
            let (into, from) = (one_actor(&store, into)?, one_actor(&store, from)?);
            store.merge_actors(into, from)?
        }
        ActorsCommand::Split { actor, alias } => {
            let id = one_actor(&store, actor)?;
            store.split_actor(id, alias)?
        }
        ActorsCommand::Show { actor } => {
            let id = one_actor(&store, actor)?;
            store.actor(id)?
        }
        ActorsCommand::Rules => {
            for (kind, alias, id, created) in store.rules()? {
                println!("{created}  {kind:<5}  {alias:?} -> actor {id}");
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
    println!("{}", serde_json::to_string_pretty(&row)?);
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct EvalResolutionArgs {
    /// JSON Lines with `id` and `entities` [{text, wiki}] (e.g. ../shared/data/wcep/wcep_items.jsonl), already ingested
    #[arg(long, value_name = "FILE")]
    gold: PathBuf,
    /// Database file (default $DYAD_DB, else ./dyad.db)
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
}

pub fn eval_resolution(args: &EvalResolutionArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.db)?;
    let ev = dyad_store::eval::eval_resolution(&store, &args.gold)?;
    println!("{}", serde_json::to_string_pretty(&ev)?);
    Ok(ExitCode::SUCCESS)
}
