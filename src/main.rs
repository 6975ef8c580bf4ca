//! `dyad`: news articles in, checkable geopolitical event data out.
//!
//! This binary only parses arguments and wires commands to the library crates.

mod cmd_bench;
mod cmd_eval_events;
mod cmd_extract;
mod cmd_nlp;
mod cmd_serve;
mod cmd_store;
mod csv_file;
mod store_rows;
mod table;

use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(name = "dyad", version, about = "Turns news articles into actors, quotes and PLOVER events you can check", long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract actors, quotes and events from articles (plain text, HTML or JSON Lines)
    #[command(after_help = cmd_extract::EXAMPLES)]
    Extract(cmd_extract::ExtractArgs),
    /// Extract articles into the embedded database (files, folders, JSON Lines, - for stdin)
    #[command(after_help = cmd_store::INGEST_EXAMPLES)]
    Ingest(cmd_store::IngestArgs),
    /// Query the database: actors, events, quotes, relations, documents
    #[command(after_help = cmd_store::QUERY_EXAMPLES)]
    Query(cmd_store::QueryArgs),
    /// Unprecedented movements in relations: new dyads, flips, jumps
    Alerts(cmd_store::AlertsArgs),
    /// Correct actor resolution: merge two actors, split an alias off
    Actors(cmd_store::ActorsArgs),
    /// Export events and the relations network (PLOVER, GDELT-like, CSV, GraphML, GEXF)
    Export(cmd_store::ExportArgs),
    /// Serve the JSON API and the web dashboard
    #[command(after_help = cmd_serve::EXAMPLES)]
    Serve(cmd_serve::ServeArgs),
    /// Measure extraction throughput (articles/s, MB/s, words/s) and peak memory
    #[command(after_help = cmd_bench::EXAMPLES)]
    Bench(cmd_bench::BenchArgs),
    /// Train a statistical model (POS tagger, NER, dependency parser) on a corpus
    #[command(
        after_help = "Example:\n  dyad train pos --corpus ../shared/corpora/ud_english_ewt/en_ewt-ud-train.conllu \\\n      --dev ../shared/corpora/ud_english_ewt/en_ewt-ud-dev.conllu --out data/models/pos.bin"
    )]
    Train(cmd_nlp::TrainArgs),
    /// Learn word clusters from unlabelled text (a feature of the NER model)
    Clusters(cmd_nlp::ClustersArgs),
    /// Tag CoNLL-U: predict UPOS, HEAD and DEPREL from the gold tokens
    #[command(after_help = "Example:\n  dyad tag --conllu ../shared/corpora/ud_english_ewt/en_ewt-ud-test.conllu > predicted.conllu")]
    Tag(cmd_nlp::TagArgs),
    /// Named entities for CoNLL-2003-style or UNER .iob2 token files (adds an IOB2 column)
    #[command(after_help = "Example:\n  dyad ner --conll ../shared/corpora/conll2003/eng.testb > predicted.txt")]
    Ner(cmd_nlp::NerArgs),
    /// Score dyad against gold data: pos, ner, parse, events, resolution
    Eval(EvalArgs),
}

#[derive(Args)]
struct EvalArgs {
    #[command(subcommand)]
    what: EvalWhat,
}

#[derive(Subcommand)]
enum EvalWhat {
    /// UPOS accuracy on CoNLL-U files
    #[command(after_help = "Example:\n  dyad eval pos ../shared/corpora/ud_english_ewt/en_ewt-ud-test.conllu")]
    Pos(cmd_nlp::EvalFilesArgs),
    /// Entity P/R/F1 (conlleval) on CoNLL-2003, WikiGold or UNER files
    #[command(
        after_help = "Example:\n  dyad eval ner ../shared/corpora/conll2003/eng.testb ../shared/corpora/wikigold/wikigold.conll.txt"
    )]
    Ner(cmd_nlp::EvalFilesArgs),
    /// UAS/LAS on CoNLL-U files (gold tokens, predicted POS)
    #[command(after_help = "Example:\n  dyad eval parse ../shared/corpora/ud_english_ewt/en_ewt-ud-test.conllu")]
    Parse(cmd_nlp::EvalFilesArgs),
    /// Event coding against the PETRARCH2 and PLOVER gold-standard records
    Events(cmd_eval_events::EvalEventsArgs),
    /// Cross-document actor resolution against Wikipedia links (WCEP), on an ingested database
    Resolution(cmd_store::EvalResolutionArgs),
}

/// Rust ignores SIGPIPE, so a closed pipe (`dyad eval events | head -1`) makes every later
/// `println!` panic. A command-line tool in a pipeline should end quietly instead, as `cat`
/// does: restore the default action.
fn end_quietly_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called once at start-up, before any thread exists; SIG_DFL is a valid action
    // for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() -> ExitCode {
    end_quietly_on_closed_pipe();
    let cli = Cli::parse();
    let ok = |r: anyhow::Result<()>| r.map(|()| ExitCode::SUCCESS);
    let result = match cli.command {
        Command::Extract(args) => cmd_extract::run(&args),
        Command::Ingest(args) => cmd_store::ingest(&args),
        Command::Query(args) => cmd_store::query(&args),
        Command::Alerts(args) => cmd_store::alerts(&args),
        Command::Actors(args) => cmd_store::actors(&args),
        Command::Export(args) => cmd_store::export(&args),
        Command::Serve(args) => ok(cmd_serve::run(&args)),
        Command::Bench(args) => ok(cmd_bench::run(&args)),
        Command::Train(args) => ok(cmd_nlp::train(&args)),
        Command::Clusters(args) => ok(cmd_nlp::clusters(&args)),
        Command::Tag(args) => ok(cmd_nlp::tag(&args)),
        Command::Ner(args) => ok(cmd_nlp::ner(&args)),
        Command::Eval(EvalArgs { what }) => match what {
            EvalWhat::Pos(f) => ok(cmd_nlp::eval(cmd_nlp::ModelKind::Pos, &f)),
            EvalWhat::Ner(f) => ok(cmd_nlp::eval(cmd_nlp::ModelKind::Ner, &f)),
            EvalWhat::Parse(f) => ok(cmd_nlp::eval(cmd_nlp::ModelKind::Parse, &f)),
            EvalWhat::Events(args) => ok(cmd_eval_events::run(&args)),
            EvalWhat::Resolution(args) => cmd_store::eval_resolution(&args),
        },
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dyad: {e:#}");
            ExitCode::from(2)
        }
    }
}
