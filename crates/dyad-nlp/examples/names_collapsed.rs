//! Does reading a multi-word name as one word help the parser with the rest of the sentence?
//! On a CoNLL-U file (EWT dev by default), names are the gold `flat` runs of proper nouns; each
//! name counts as one unit. Prints the unit attachment score (a unit's head falls in the right
//! unit) of the parse of the full sentence and of the sentence with each name read as its
//! last word: `cargo run --release -p dyad-nlp --example names_collapsed [FILE]`.

use dyad_nlp::{io, Models, Upos};
use std::path::PathBuf;

fn main() {
    let path = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/ud_english_ewt/en_ewt-ud-dev.conllu"));
    let m = Models::embedded();
    let (mut units, mut full_ok, mut short_ok, mut names_seen) = (0usize, 0usize, 0usize, 0usize);
    let (mut in_named, mut full_named, mut short_named) = (0usize, 0usize, 0usize);
    for s in io::read_conllu_file(&path).expect("CoNLL-U file") {
        let g = s.to_tagged();
        let n = g.words.len();
        // unit[k]: the name's last token for name tokens, else k.
        let mut unit: Vec<usize> = (0..n).collect();
        for h in 0..n {
            let kids: Vec<usize> = (0..n).filter(|&k| g.heads[k] as usize == h + 1 && g.rels[k].as_str() == "flat").collect();
            if kids.is_empty() {
                continue;
            }
            let (lo, hi) = (h.min(kids[0]), kids.iter().copied().max().unwrap_or(h).max(h));
            let contiguous = (lo..=hi).all(|k| k == h || kids.contains(&k));
            if contiguous && (lo..=hi).all(|k| g.upos[k] == Upos::Propn) && (lo..=hi).all(|k| unit[k] == k) {
                names_seen += 1;
                // With NAMES_WITH_TITLES set, capitalised words right before the name that hang
                // inside it ("*President* Bush") join it.
                let mut lo = lo;
                while std::env::var_os("NAMES_WITH_TITLES").is_some()
                    && lo > 0
                    && matches!(g.upos[lo - 1], Upos::Propn | Upos::Noun)
                    && g.words[lo - 1].chars().next().is_some_and(char::is_uppercase)
                    && (lo..=hi).contains(&(g.heads[lo - 1] as usize).wrapping_sub(1))
                {
                    lo -= 1;
                }
                for u in unit.iter_mut().take(hi + 1).skip(lo) {
                    *u = hi;
                }
            }
        }
        let words = g.word_refs();
        let mut upos = Vec::new();
        m.pos.tag(&words, &mut upos);
        let (mut fh, mut fr) = (Vec::new(), Vec::new());
        m.parser.parse(&words, &upos, &mut fh, &mut fr);
        let kept: Vec<usize> = (0..n).filter(|&k| unit[k] == k).collect();
        let sw: Vec<&str> = kept.iter().map(|&k| words[k]).collect();
        let su: Vec<Upos> = kept.iter().map(|&k| upos[k]).collect();
        let (mut sh, mut sr) = (Vec::new(), Vec::new());
        m.parser.parse(&sw, &su, &mut sh, &mut sr);
        // Head unit of a unit (a token outside names, or a name as a whole), None = root.
        let head_unit = |heads: &dyn Fn(usize) -> Option<usize>, u: usize| -> Option<Option<usize>> {
            // The unit's tokens whose head lies outside it.
            let members: Vec<usize> = (0..n).filter(|&k| unit[k] == u).collect();
            members.iter().find_map(|&k| match heads(k) {
                None => Some(None),
                Some(h) if unit[h] != u => Some(Some(unit[h])),
                _ => None,
            })
        };
        let gold = |k: usize| (g.heads[k] > 0).then(|| g.heads[k] as usize - 1);
        let full = |k: usize| (fh[k] > 0).then(|| fh[k] as usize - 1);
        let short = |k: usize| {
            let i = kept.iter().position(|&x| x == unit[k])?;
            if unit[k] != k {
                return Some(unit[k]);
            }
            (sh[i] > 0).then(|| kept[sh[i] as usize - 1])
        };
        let has_name = unit.iter().enumerate().any(|(k, &u)| u != k);
        for &u in &kept {
            let want = head_unit(&gold, u);
            units += 1;
            full_ok += usize::from(head_unit(&full, u) == want);
            short_ok += usize::from(head_unit(&short, u) == want);
            if has_name {
                in_named += 1;
                full_named += usize::from(head_unit(&full, u) == want);
                short_named += usize::from(head_unit(&short, u) == want);
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!("names (gold flat runs of PROPN): {names_seen}; units: {units}");
    println!("unit attachment, all sentences: full {:.2}  names read as one word {:.2}", pct(full_ok, units), pct(short_ok, units));
    println!(
        "unit attachment, sentences with a name ({in_named} units): full {:.2}  names read as one word {:.2}",
        pct(full_named, in_named),
        pct(short_named, in_named)
    );
}
