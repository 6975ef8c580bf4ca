//! Stand-alone front end of the store, for trying it before `dyad` wires the same commands in:
//! it compiles the root crate's `src/cmd_store.rs` as is.

#[path = "../../../../src/cmd_store.rs"]
mod cmd_store;
#[path = "../../../../src/store_rows.rs"]
mod store_rows;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "dyad-store", version, about = "dyad's knowledge store: ingest, query, relations, alerts, export")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract articles and store them (files, folders, .jsonl, `-` for JSON Lines on stdin)
    #[command(after_help = cmd_store::INGEST_EXAMPLES)]
    Ingest(cmd_store::IngestArgs),
    /// Query actors, events, quotes, relations or documents
    #[command(after_help = cmd_store::QUERY_EXAMPLES)]
    Query(cmd_store::QueryArgs),
    /// Export events (PLOVER, GDELT-like, CSV) or the relations network (GraphML, GEXF)
    Export(cmd_store::ExportArgs),
    /// Flag new dyads, cooperation/conflict flips and volume jumps
    Alerts(cmd_store::AlertsArgs),
    /// Correct actor resolution: merge two actors, split an alias off one
    Actors(cmd_store::ActorsArgs),
    /// Score actor resolution against gold entity links (e.g. the WCEP items)
    EvalResolution(cmd_store::EvalResolutionArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ingest(a) => cmd_store::ingest(&a),
        Command::Query(a) => cmd_store::query(&a),
        Command::Export(a) => cmd_store::export(&a),
        Command::Alerts(a) => cmd_store::alerts(&a),
        Command::Actors(a) => cmd_store::actors(&a),
        Command::EvalResolution(a) => cmd_store::eval_resolution(&a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dyad: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
