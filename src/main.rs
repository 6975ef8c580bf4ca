//! `dyad`: news articles in, checkable geopolitical event data out.

mod cmd_bench;
mod cmd_extract;
mod cmd_nlp;
mod table;

use clap::{Parser, Subcommand};

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
    /// Score a model on gold files: pos (accuracy), ner (conlleval P/R/F1), parse (UAS/LAS)
    #[command(
        after_help = "Example:\n  dyad eval ner ../shared/corpora/conll2003/eng.testb ../shared/corpora/wikigold/wikigold.conll.txt"
    )]
    Eval(cmd_nlp::EvalArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cmd_extract::run(&args),
        Command::Bench(args) => cmd_bench::run(&args).map(|()| std::process::ExitCode::SUCCESS),
        Command::Train(args) => cmd_nlp::train(&args).map(|()| std::process::ExitCode::SUCCESS),
        Command::Clusters(args) => cmd_nlp::clusters(&args).map(|()| std::process::ExitCode::SUCCESS),
        Command::Tag(args) => cmd_nlp::tag(&args).map(|()| std::process::ExitCode::SUCCESS),
        Command::Ner(args) => cmd_nlp::ner(&args).map(|()| std::process::ExitCode::SUCCESS),
        Command::Eval(args) => cmd_nlp::eval(&args).map(|()| std::process::ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dyad: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
