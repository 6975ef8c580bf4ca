//! `dyad bench`: throughput and peak memory of extraction on real articles.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use clap::Args;
use dyad_extract::input::{self, Article};
use dyad_extract::{extract, Options};
use rayon::prelude::*;

pub const EXAMPLES: &str = "Examples:
  dyad bench examples/haftar-belarus.txt --repeat 500
  dyad bench --jsonl ../shared/data/wcep/wcep_items.jsonl --threads 2
  dyad bench --csv ../shared/data/ngec_synthetic/gpt_synthetic_events_2023-10-19_19.csv --limit 1000 --threads 1";

#[derive(Args)]
pub struct BenchArgs {
    /// Article files (plain text or HTML)
    files: Vec<PathBuf>,
    /// JSON Lines file of articles ({text, ...} per line)
    #[arg(long)]
    jsonl: Option<PathBuf>,
    /// CSV file whose `text` column holds articles (e.g. the NGEC synthetic stories)
    #[arg(long)]
    csv: Option<PathBuf>,
    /// Use at most this many articles
    #[arg(long)]
    limit: Option<usize>,
    /// Process the set this many times
    #[arg(long, default_value_t = 1)]
    repeat: usize,
    /// Worker threads (default: all cores)
    #[arg(long)]
    threads: Option<usize>,
}

pub fn run(args: &BenchArgs) -> anyhow::Result<()> {
    let mut articles: Vec<Article> = Vec::new();
    for f in &args.files {
        let bytes = std::fs::read(f).with_context(|| format!("cannot read {}", f.display()))?;
        articles.push(input::from_text(input::decode(&bytes).with_context(|| f.display().to_string())?));
    }
    if let Some(p) = &args.jsonl {
        let text = std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
        articles.extend(text.lines().filter_map(|l| input::from_json_line(l).ok()));
    }
    if let Some(p) = &args.csv {
        articles.extend(read_csv_texts(p)?.iter().map(|t| input::from_text(t)));
    }
    if let Some(n) = args.limit {
        articles.truncate(n);
    }
    anyhow::ensure!(!articles.is_empty(), "no articles to measure (give FILES, --jsonl or --csv)");
    let threads = args.threads.unwrap_or_else(rayon::current_num_threads);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build()?;
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let words: usize = articles.iter().map(|a| a.text.split_whitespace().count()).sum();
    let opts = Options::default();
    // One untimed pass loads the lexicons and models, as a long-running process would have.
    let t_load = Instant::now();
    let _ = extract(&articles[0], &opts);
    let load = t_load.elapsed();
    let start = Instant::now();
    let mut outputs = 0usize;
    for _ in 0..args.repeat {
        outputs += pool.install(|| articles.par_iter().map(|a| extract(a, &opts).actors.len()).sum::<usize>());
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    let n = (articles.len() * args.repeat) as f64;
    println!(
        "articles      {} x {} (mean {:.0} bytes, {:.0} words)",
        articles.len(),
        args.repeat,
        bytes as f64 / articles.len() as f64,
        words as f64 / articles.len() as f64
    );
    println!("threads       {threads}");
    println!("first call    {:.0} ms (lexicons and models loaded)", load.as_secs_f64() * 1000.0);
    println!("elapsed       {secs:.3} s");
    println!("articles/s    {:.1}", n / secs);
    println!("MB/s          {:.2}", bytes as f64 * args.repeat as f64 / secs / 1e6);
    println!("words/s       {:.0}", words as f64 * args.repeat as f64 / secs);
    println!("actors found  {outputs}");
    if let Some(kb) = peak_rss_kb() {
        println!("peak memory   {:.1} MB", kb as f64 / 1024.0);
    }
    Ok(())
}

/// The non-empty `text` column of a CSV file with a header.
fn read_csv_texts(path: &std::path::Path) -> anyhow::Result<Vec<String>> {
    let csv = crate::csv_file::Csv::read(path)?;
    let col = csv.column("text")?;
    Ok(csv.records.iter().filter_map(|r| r.get(col).cloned()).filter(|t| !t.trim().is_empty()).collect())
}

/// Peak resident memory of this process (Linux), in kB.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(|v| v.split_whitespace().next()?.parse().ok())
}
