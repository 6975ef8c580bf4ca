//! `dyad train | tag | ner | eval`: CLI glue over `dyad_nlp::cli`, which holds the logic.

use anyhow::Result;
use dyad_nlp::cli::{self, Format, Task, TrainSpec};
use dyad_nlp::Models;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum ModelKind {
    Pos,
    Ner,
    Parse,
}

impl From<ModelKind> for Task {
    fn from(m: ModelKind) -> Task {
        match m {
            ModelKind::Pos => Task::Pos,
            ModelKind::Ner => Task::Ner,
            ModelKind::Parse => Task::Parse,
        }
    }
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum EvalFormat {
    Auto,
    Conll,
    Iob2,
    Conllu,
}

#[derive(clap::Args, Debug)]
pub struct TrainArgs {
    /// Which model to train.
    #[arg(value_enum)]
    pub model: ModelKind,
    /// Training corpus (CoNLL-U for pos/parse, CoNLL-2003 for ner).
    #[arg(long)]
    pub corpus: PathBuf,
    /// Development corpus (model selection).
    #[arg(long)]
    pub dev: PathBuf,
    /// Output model file.
    #[arg(long)]
    pub out: PathBuf,
    /// Training iterations (default: per model).
    #[arg(long)]
    pub iterations: Option<usize>,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// POS model for NER/parser features (default: pos.bin beside --out).
    #[arg(long)]
    pub pos_model: Option<PathBuf>,
    /// Word clusters (word<TAB>fine<TAB>coarse) used as NER and parser features.
    #[arg(long)]
    pub clusters: Option<PathBuf>,
    /// Parser only: beam width (1 = greedy, trained with the dynamic oracle; more = trained
    /// globally, and the model then parses with that width).
    #[arg(long, default_value_t = 1)]
    pub beam: usize,
}

pub fn train(args: &TrainArgs) -> Result<()> {
    let rep = cli::train(&TrainSpec {
        task: args.model.into(),
        corpus: &args.corpus,
        dev: &args.dev,
        out: &args.out,
        iterations: args.iterations,
        seed: args.seed,
        pos_model: args.pos_model.as_deref(),
        clusters: args.clusters.as_deref(),
        beam: args.beam,
    })?;
    println!("wrote {} ({} bytes); dev score {:.4}", args.out.display(), rep.model_bytes, rep.dev_score);
    Ok(())
}

fn models(dir: &Option<PathBuf>) -> Result<&'static Models> {
    match dir {
        Some(d) => Ok(Box::leak(Box::new(Models::load_dir(d)?))),
        None => Ok(Models::embedded()),
    }
}

#[derive(clap::Args, Debug)]
pub struct ClustersArgs {
    /// Output file (word<TAB>fine<TAB>coarse).
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Unlabelled text: .jsonl (text field), .csv (text/title columns), .conllu, CoNLL-2003.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
}

/// Learns the word clusters the NER model uses (`dyad train ner --clusters`).
pub fn clusters(args: &ClustersArgs) -> Result<()> {
    use dyad_nlp::clusters_build as cb;
    let mut sents = Vec::new();
    for p in &args.inputs {
        cb::read_texts(p, &mut sents)?;
    }
    let opts = cb::ClusterOptions { seed: args.seed, ..Default::default() };
    let entries = cb::build(&sents, &opts);
    cb::write_text(&args.out, &entries)?;
    println!("{} sentences; {} words clustered into {}", sents.len(), entries.len(), args.out.display());
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct TagArgs {
    /// CoNLL-U input (`-` for stdin); UPOS, HEAD and DEPREL are replaced by predictions.
    #[arg(long)]
    pub conllu: PathBuf,
    /// Load pos.bin/ner.bin/parse.bin from this folder instead of the embedded models.
    #[arg(long)]
    pub models: Option<PathBuf>,
}

pub fn tag(args: &TagArgs) -> Result<()> {
    let m = models(&args.models)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    cli::tag_conllu(m, dyad_nlp::io::open(&args.conllu)?, &mut out)?;
    out.flush()?;
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct NerArgs {
    /// CoNLL-2003-style or UNER .iob2 input (`-` for stdin); a predicted IOB2 column is appended.
    #[arg(long)]
    pub conll: PathBuf,
    #[arg(long)]
    pub models: Option<PathBuf>,
}

pub fn ner(args: &NerArgs) -> Result<()> {
    let m = models(&args.models)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    cli::ner_lines(m, dyad_nlp::io::open(&args.conll)?, None, &mut out)?;
    out.flush()?;
    Ok(())
}

/// `dyad eval pos|ner|parse FILES...`: the gold files and options, without the task (the
/// subcommand names it).
#[derive(clap::Args, Debug)]
pub struct EvalFilesArgs {
    /// Gold files.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "auto")]
    pub format: EvalFormat,
    /// Directory with pos.bin, ner.bin, parse.bin to use instead of the embedded models.
    #[arg(long)]
    pub models: Option<PathBuf>,
}

/// Scores the `task` model on each gold file and prints one block per file.
pub fn eval(task: ModelKind, args: &EvalFilesArgs) -> Result<()> {
    let m = models(&args.models)?;
    let fmt = match args.format {
        EvalFormat::Auto => Format::Auto,
        EvalFormat::Conll => Format::Conll,
        EvalFormat::Iob2 => Format::Iob2,
        EvalFormat::Conllu => Format::Conllu,
    };
    let mut out = std::io::stdout().lock();
    for f in &args.files {
        let block = cli::eval_file(m, task.into(), Path::new(f), fmt)?;
        writeln!(out, "{block}")?;
    }
    Ok(())
}
