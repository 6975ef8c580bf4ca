//! `dyad extract`: files or a JSON Lines stream in, one JSON document per article out.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, ValueEnum};
use dyad_extract::input::{self, Article, InputError};
use dyad_extract::{extract_guarded, Document, Options};
use rayon::prelude::*;

pub const EXAMPLES: &str = "Examples:
  dyad extract examples/haftar-belarus.txt --published 2025-03-10 --pretty
  dyad extract article.html --format table
  dyad extract --jsonl articles.jsonl > extracted.jsonl
  cat articles.jsonl | dyad extract --jsonl - | jq '.actors[].name'

JSON Lines input: one object per line, {id, title, published, source, url, text}; only text is required.
Each input line gives exactly one output line, in input order; a bad line gives
{\"error\": ..., \"line\": N} so the streams stay aligned. A file that cannot be read or extracted is
reported on stderr with its path; the others are still processed, and the exit status is then 1.";

#[derive(Args)]
pub struct ExtractArgs {
    /// Article files: plain text (a first line followed by a blank line is the title) or HTML
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Read JSON Lines records from FILE, or from standard input with `-`
    #[arg(long, value_name = "FILE|-", num_args = 0..=1, default_missing_value = "-")]
    jsonl: Option<String>,
    /// Publication date (YYYY-MM-DD) that relative dates are resolved against, when the input has none
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    published: Option<chrono::NaiveDate>,
    /// Indent the JSON output
    #[arg(long)]
    pretty: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Always include document.text in the output (it is included anyway for HTML input)
    #[arg(long)]
    include_text: bool,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// One JSON document per article (JSON Lines unless --pretty)
    Json,
    /// A human summary for a terminal
    Table,
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    input::parse_date(s).map_err(|e| e.to_string())
}

/// Articles are extracted in batches of this many lines: enough to keep every core busy, small
/// enough that memory stays constant however long the stream is.
const BATCH: usize = 512;

pub fn run(args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    if args.files.is_empty() && args.jsonl.is_none() {
        anyhow::bail!("nothing to extract: give FILE arguments or --jsonl FILE|- (see dyad extract --help)");
    }
    let opts = Options { include_text: args.include_text };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for path in &args.files {
        match read_article(path, args.published) {
            Ok(article) => match extract_guarded(&article, &opts) {
                Ok(doc) => write_doc(&mut out, &doc, args)?,
                Err(e) => {
                    out.flush()?;
                    eprintln!("dyad: {}: {e}", path.display());
                    failed = true;
                }
            },
            Err(e) => {
                out.flush()?;
                eprintln!("dyad: {}: {e}", path.display());
                failed = true;
            }
        }
    }
    if let Some(src) = &args.jsonl {
        let reader: Box<dyn BufRead> = if src == "-" {
            Box::new(BufReader::new(io::stdin()))
        } else {
            Box::new(BufReader::new(File::open(src).with_context(|| format!("cannot open {src}"))?))
        };
        let name = if src == "-" { "<stdin>" } else { src.as_str() };
        stream_jsonl(reader, name, args, &opts, &mut out)?;
    }
    out.flush()?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn read_article(path: &PathBuf, published: Option<chrono::NaiveDate>) -> anyhow::Result<Article> {
    let meta = std::fs::metadata(path).context("cannot read")?;
    if meta.is_dir() {
        anyhow::bail!("is a directory");
    }
    if meta.len() as usize > input::MAX_ARTICLE_BYTES {
        return Err(InputError::TooLarge(meta.len() as usize).into());
    }
    let bytes = std::fs::read(path).context("cannot read")?;
    let text = input::decode(&bytes)?;
    let mut article = input::from_text(text);
    article.published = published;
    Ok(article)
}

fn stream_jsonl(reader: Box<dyn BufRead>, name: &str, args: &ExtractArgs, opts: &Options, out: &mut impl Write) -> anyhow::Result<()> {
    let mut lines = reader.lines().enumerate();
    let mut batch: Vec<(usize, Result<String, String>)> = Vec::with_capacity(BATCH);
    loop {
        batch.clear();
        for (i, line) in lines.by_ref() {
            let line = line.map_err(|e| e.to_string());
            batch.push((i + 1, line));
            if batch.len() == BATCH {
                break;
            }
        }
        if batch.is_empty() {
            return Ok(());
        }
        let results: Vec<(usize, Result<Document, String>)> = batch
            .par_iter()
            .filter(|(_, l)| l.as_ref().map_or(true, |s| !s.trim().is_empty()))
            .map(|(n, line)| {
                let doc = line.as_ref().map_err(|e| format!("unreadable line: {e}")).and_then(|l| {
                    let mut article = input::from_json_line(l).map_err(|e| e.to_string())?;
                    article.published = article.published.or(args.published);
                    extract_guarded(&article, opts)
                });
                (*n, doc)
            })
            .collect();
        for (n, doc) in results {
            match doc {
                Ok(doc) => write_doc(out, &doc, args)?,
                Err(e) => {
                    eprintln!("dyad: {name}:{n}: {e}");
                    if args.format == Format::Json {
                        serde_json::to_writer(&mut *out, &serde_json::json!({ "error": e, "line": n }))?;
                        out.write_all(b"\n")?;
                    }
                }
            }
        }
    }
}

fn write_doc(out: &mut impl Write, doc: &Document, args: &ExtractArgs) -> anyhow::Result<()> {
    match args.format {
        Format::Table => crate::table::write(out, doc)?,
        Format::Json if args.pretty => {
            serde_json::to_writer_pretty(&mut *out, doc)?;
            out.write_all(b"\n")?;
        }
        Format::Json => {
            serde_json::to_writer(&mut *out, doc)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}
