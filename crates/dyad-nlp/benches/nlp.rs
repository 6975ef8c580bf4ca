//! Tokens per second of each model on EWT dev sentences (single thread).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_nlp::{io, Models};
use std::path::PathBuf;

fn bench(c: &mut Criterion) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/ud_english_ewt/en_ewt-ud-dev.conllu");
    let sents: Vec<Vec<String>> = io::read_conllu_file(&path).map(|v| v.iter().map(|s| s.to_tagged().words).collect()).unwrap_or_default();
    let sents: Vec<Vec<&str>> = sents.iter().map(|s| s.iter().map(|w| w.as_str()).collect()).collect();
    let ntok: usize = sents.iter().map(|s| s.len()).sum();
    let t = std::time::Instant::now();
    let m = Models::embedded();
    eprintln!("model load: {:?}", t.elapsed());
    let pos = m.pos.tag_all(&sents);
    let mut g = c.benchmark_group("ewt-dev");
    g.throughput(Throughput::Elements(ntok as u64));
    g.sample_size(10);
    g.bench_function("pos", |b| {
        let mut out = Vec::new();
        b.iter(|| sents.iter().for_each(|s| m.pos.tag(s, &mut out)))
    });
    g.bench_function("ner", |b| {
        let mut out = Vec::new();
        b.iter(|| sents.iter().zip(&pos).for_each(|(s, p)| m.ner.tag(s, p, &mut out)))
    });
    g.bench_function("parse", |b| {
        let (mut h, mut r) = (Vec::new(), Vec::new());
        b.iter(|| sents.iter().zip(&pos).for_each(|(s, p)| m.parser.parse(s, p, &mut h, &mut r)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
