//! Builds a small demo database from `examples/*.txt` through the store API, for the end-to-end
//! tests and for trying the dashboard: `dyad-serve-fixture OUT.db [EXAMPLES_DIR]`.
//! The seed article (haftar-belarus) is dated 2025-03-10, the others weeks before it (a background).

use std::path::PathBuf;

use anyhow::Context;
use dyad_extract::{extract, input, Options};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args_os().skip(1);
    let out = PathBuf::from(args.next().context("usage: dyad-serve-fixture OUT.db [EXAMPLES_DIR]")?);
    let dir = args.next().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("examples"));
    let mut store = dyad_store::Store::open(&out).with_context(|| format!("opening {}", out.display()))?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for (i, path) in files.iter().enumerate() {
        let raw = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        let text = input::decode(&raw).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        let mut article = input::from_text(text);
        let stem = path.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
        // The other articles come weeks before, so the store has a background against which the
        // seed's Libya–Belarus dyad is new.
        let day = if stem == "haftar-belarus" {
            "2025-03-10".to_string()
        } else {
            ["2025-01-06", "2025-01-20", "2025-02-03", "2025-02-17", "2025-02-24"][i % 5].to_string()
        };
        article.published = Some(input::parse_date(&day).map_err(|e| anyhow::anyhow!("{e}"))?);
        article.id = Some(stem.clone());
        let doc = extract(&article, &Options::default());
        let outcome = store.ingest_document(&doc, &article.text)?;
        eprintln!("{stem}: {outcome:?}");
    }
    Ok(())
}
