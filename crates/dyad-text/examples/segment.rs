//! Prints the sentences and tokens of a file: `cargo run -p dyad-text --example segment FILE`.
use dyad_text::{normalize, segment, TextLexicon};

fn main() {
    let path = std::env::args().nth(1).expect("usage: segment FILE");
    let raw = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let norm = normalize(&raw);
    let seg = segment(norm.as_str(), TextLexicon::embedded());
    for s in &seg.sentences {
        let toks: Vec<&str> = seg.tokens[s.tokens.start as usize..s.tokens.end as usize].iter().map(|t| t.text(norm.as_str())).collect();
        println!("[p{}] {}", s.paragraph, toks.join(" | "));
    }
}
