//! Stand-alone front end over the same glue the `dyad` binary uses (`src/cmd_nlp.rs`).

// Shared with the `dyad` binary, which uses items this front end does not.
#[allow(dead_code)]
#[path = "../../../../src/cmd_nlp.rs"]
mod cmd_nlp;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "dyad-nlp", about = "Train, run and evaluate the dyad NLP models")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Train a model.
    Train(cmd_nlp::TrainArgs),
    /// Learn word clusters from unlabelled text.
    Clusters(cmd_nlp::ClustersArgs),
    /// POS-tag and parse a CoNLL-U file.
    Tag(cmd_nlp::TagArgs),
    /// Add predicted entity tags to a CoNLL-2003 / .iob2 file.
    Ner(cmd_nlp::NerArgs),
    /// Score the models on gold files.
    Eval(EvalCmd),
}

/// `dyad-nlp eval pos|ner|parse FILES...` (the `dyad` binary names the task by subcommand).
#[derive(clap::Args)]
struct EvalCmd {
    #[arg(value_enum)]
    task: cmd_nlp::ModelKind,
    #[command(flatten)]
    files: cmd_nlp::EvalFilesArgs,
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Train(a) => cmd_nlp::train(&a),
        Cmd::Clusters(a) => cmd_nlp::clusters(&a),
        Cmd::Tag(a) => cmd_nlp::tag(&a),
        Cmd::Ner(a) => cmd_nlp::ner(&a),
        Cmd::Eval(a) => cmd_nlp::eval(a.task, &a.files),
    }
}
