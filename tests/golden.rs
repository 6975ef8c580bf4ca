//! Golden files: the full output for every example article, compared byte for byte.
//!
//! When a change to dyad changes an output on purpose, refresh the files with
//! `UPDATE_GOLDEN=1 cargo test --release --test golden` and review the diff like code.

mod common;
use common::*;

fn manifest() -> Vec<(String, String)> {
    read(&repo().join("tests/golden/manifest.tsv"))
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t').map(|(f, d)| (f.to_string(), d.trim().to_string())))
        .collect()
}

#[test]
fn every_example_matches_its_golden_output() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for (file, published) in manifest() {
        let doc = extract_example(&file, Some(&published));
        let got = serde_json::to_string_pretty(&doc).expect("serialisable") + "\n";
        let path = repo().join("tests/golden").join(file.replace(".txt", ".json"));
        if update {
            std::fs::write(&path, &got).expect("writable golden file");
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if want != got {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "outputs differ from {stale:?}; if intended, run UPDATE_GOLDEN=1 cargo test --release --test golden and review the diff"
    );
}

#[test]
fn every_example_has_a_golden_file() {
    let listed: Vec<String> = manifest().into_iter().map(|(f, _)| f).collect();
    for entry in std::fs::read_dir(repo().join("examples")).expect("examples dir") {
        let name = entry.expect("dir entry").file_name().to_string_lossy().to_string();
        if name.ends_with(".txt") {
            assert!(listed.contains(&name), "{name} has no line in tests/golden/manifest.tsv");
        }
    }
}
