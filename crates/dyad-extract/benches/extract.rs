//! `cargo bench -p dyad-extract`: articles/s and MB/s of the whole pipeline on the seed article.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_extract::{extract, input, Options};

fn seed(c: &mut Criterion) {
    let text = include_str!("../../../examples/haftar-belarus.txt");
    let mut article = input::from_text(text);
    article.published = input::parse_date("2025-03-10").ok();
    let opts = Options::default();
    let _ = extract(&article, &opts);
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Elements(1));
    g.bench_function("seed article (articles/s)", |b| b.iter(|| extract(&article, &opts)));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("seed article (bytes/s)", |b| b.iter(|| extract(&article, &opts)));
    g.finish();
}

criterion_group!(benches, seed);
criterion_main!(benches);
