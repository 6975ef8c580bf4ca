//! Learns word clusters from unlabelled text: each frequent word is described by PPMI-weighted
//! counts of its left and right neighbours (among the most frequent context words), and those
//! vectors are grouped by spherical k-means at two granularities.

use crate::feat::Analyzer;
use crate::perceptron::Rng;
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::path::Path;

/// Pulls running text out of `.jsonl` (`"text"` fields), `.csv` (`text`/`title` columns),
/// `.conllu` (FORM) or CoNLL-2003 (first column) files.
pub fn read_texts(path: &Path, out: &mut Vec<Vec<String>>) -> Result<()> {
    let data = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let name = path.to_string_lossy();
    if name.ends_with(".jsonl") {
        for line in data.lines() {
            if let Some(t) = json_field(line, "text") {
                out.push(tokenize(&t));
            }
        }
    } else if name.ends_with(".csv") {
        let rows = parse_csv(&data);
        let Some(header) = rows.first() else { return Ok(()) };
        let cols: Vec<usize> = header.iter().enumerate().filter(|(_, h)| *h == "text" || *h == "title").map(|(i, _)| i).collect();
        for r in rows.iter().skip(1) {
            for &c in &cols {
                if let Some(t) = r.get(c) {
                    out.push(tokenize(t));
                }
            }
        }
    } else {
        let conllu = name.ends_with(".conllu");
        let mut cur = Vec::new();
        for line in data.lines() {
            if line.trim().is_empty() || line.starts_with("-DOCSTART-") {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                continue;
            }
            if line.starts_with('#') && conllu {
                continue;
            }
            let tok = if conllu {
                let c: Vec<&str> = line.split('\t').collect();
                if c.len() < 2 || c[0].contains(['-', '.']) {
                    continue;
                }
                c[1]
            } else {
                line.split_whitespace().next().unwrap_or("")
            };
            cur.push(tok.to_string());
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    Ok(())
}

fn json_field(line: &str, key: &str) -> Option<String> {
    let pat = format!("\"{key}\": \"");
    let start = line.find(&pat)? + pat.len();
    let mut s = String::new();
    let mut it = line[start..].chars();
    while let Some(c) = it.next() {
        match c {
            '"' => return Some(s),
            '\\' => match it.next()? {
                'n' | 't' | 'r' => s.push(' '),
                'u' => {
                    let hex: String = it.by_ref().take(4).collect();
                    s.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or(' '));
                }
                o => s.push(o),
            },
            _ => s.push(c),
        }
    }
    None
}

fn parse_csv(data: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut quoted = false;
    let mut it = data.chars().peekable();
    while let Some(c) = it.next() {
        if quoted {
            if c == '"' {
                if it.peek() == Some(&'"') {
                    field.push('"');
                    it.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            '\r' => {}
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Rough PTB-like tokenisation: punctuation peeled off word edges, clitics split.
pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let mut w = raw;
        let mut tail = Vec::new();
        while let Some(c) = w.chars().next().filter(|c| !c.is_alphanumeric()) {
            out.push(c.to_string());
            w = &w[c.len_utf8()..];
        }
        while let Some(c) = w.chars().last().filter(|c| !c.is_alphanumeric()) {
            tail.push(c.to_string());
            w = &w[..w.len() - c.len_utf8()];
        }
        for clitic in ["n't", "'s", "’s", "'re", "'ve", "'ll", "'d", "'m"] {
            if w.len() > clitic.len() && w.to_lowercase().ends_with(clitic) && w.is_char_boundary(w.len() - clitic.len()) {
                let (a, b) = w.split_at(w.len() - clitic.len());
                out.push(a.to_string());
                w = b;
                break;
            }
        }
        if !w.is_empty() {
            out.push(w.to_string());
        }
        out.extend(tail.into_iter().rev());
    }
    out
}

/// Spherical k-means over sparse rows; returns a cluster per row.
fn kmeans(rows: &[Vec<(u32, f32)>], dims: usize, k: usize, iters: usize, rng: &mut Rng) -> Vec<u16> {
    let n = rows.len();
    let k = k.min(n).max(1);
    // Centroids stored dims-major so one sparse entry updates all k scores contiguously.
    let mut cent = vec![0f32; dims * k];
    for c in 0..k {
        for &(j, v) in &rows[rng.below(n)] {
            cent[j as usize * k + c] += v;
        }
    }
    let mut assign = vec![0u16; n];
    let mut scores = vec![0f32; k];
    for _ in 0..iters {
        for (r, row) in rows.iter().enumerate() {
            scores.fill(0.0);
            for &(j, v) in row {
                for (s, c) in scores.iter_mut().zip(&cent[j as usize * k..j as usize * k + k]) {
                    *s += v * c;
                }
            }
            assign[r] = crate::perceptron::argmax(&scores, |_| true) as u16;
        }
        cent.fill(0.0);
        for (row, &a) in rows.iter().zip(&assign) {
            for &(j, v) in row {
                cent[j as usize * k + a as usize] += v;
            }
        }
        let mut norms = vec![0f32; k];
        for j in 0..dims {
            for c in 0..k {
                norms[c] += cent[j * k + c] * cent[j * k + c];
            }
        }
        for j in 0..dims {
            for c in 0..k {
                cent[j * k + c] /= norms[c].sqrt().max(1e-9);
            }
        }
    }
    assign
}

pub struct ClusterOptions {
    pub min_count: u32,
    pub contexts: usize,
    pub fine: usize,
    pub coarse: usize,
    pub iterations: usize,
    pub seed: u64,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions { min_count: 3, contexts: 1500, fine: 512, coarse: 64, iterations: 12, seed: 1 }
    }
}

/// Returns `(word, fine, coarse)` for every word seen at least `min_count` times.
pub fn build(sents: &[Vec<String>], o: &ClusterOptions) -> Vec<(String, u16, u16)> {
    let mut an = Analyzer::default();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut words: Vec<String> = Vec::new();
    let mut counts: Vec<u32> = Vec::new();
    let seq: Vec<Vec<u32>> = sents
        .iter()
        .map(|s| {
            s.iter()
                .map(|w| {
                    an.analyze(w);
                    let lw: String = an.lower().iter().collect();
                    let id = *ids.entry(lw.clone()).or_insert_with(|| {
                        words.push(lw);
                        counts.push(0);
                        (words.len() - 1) as u32
                    });
                    counts[id as usize] += 1;
                    id
                })
                .collect()
        })
        .collect();
    let mut by_freq: Vec<u32> = (0..words.len() as u32).collect();
    by_freq.sort_by_key(|&i| (std::cmp::Reverse(counts[i as usize]), words[i as usize].clone()));
    let nctx = o.contexts.min(by_freq.len());
    let mut ctx_id = vec![u32::MAX; words.len()];
    for (r, &w) in by_freq[..nctx].iter().enumerate() {
        ctx_id[w as usize] = r as u32;
    }
    let dims = 2 * (nctx + 1);
    let keep: Vec<u32> = by_freq.iter().copied().filter(|&w| counts[w as usize] >= o.min_count).collect();
    let mut row_of = vec![u32::MAX; words.len()];
    for (r, &w) in keep.iter().enumerate() {
        row_of[w as usize] = r as u32;
    }
    let mut raw: Vec<HashMap<u32, f32>> = vec![HashMap::new(); keep.len()];
    let mut ctx_tot = vec![0f64; dims];
    for s in &seq {
        for (i, &w) in s.iter().enumerate() {
            let r = row_of[w as usize];
            if r == u32::MAX {
                continue;
            }
            let left = if i > 0 { ctx_id[s[i - 1] as usize].min(nctx as u32) } else { nctx as u32 };
            let right = s.get(i + 1).map_or(nctx as u32, |&x| ctx_id[x as usize].min(nctx as u32));
            for d in [left, nctx as u32 + 1 + right] {
                *raw[r as usize].entry(d).or_insert(0.0) += 1.0;
                ctx_tot[d as usize] += 1.0;
            }
        }
    }
    let total: f64 = ctx_tot.iter().sum();
    let rows: Vec<Vec<(u32, f32)>> = raw
        .into_iter()
        .map(|m| {
            let rt: f64 = m.values().map(|&v| v as f64).sum();
            let mut v: Vec<(u32, f32)> = m
                .into_iter()
                .filter_map(|(d, c)| {
                    let pmi = ((c as f64 * total) / (rt * ctx_tot[d as usize])).ln();
                    (pmi > 0.0).then_some((d, pmi as f32))
                })
                .collect();
            v.sort_unstable_by_key(|e| e.0);
            let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt().max(1e-9);
            v.iter_mut().for_each(|e| e.1 /= norm);
            v
        })
        .collect();
    let mut rng = Rng::new(o.seed);
    let fine = kmeans(&rows, dims, o.fine, o.iterations, &mut rng);
    let coarse = kmeans(&rows, dims, o.coarse, o.iterations, &mut rng);
    keep.iter().enumerate().map(|(r, &w)| (words[w as usize].clone(), fine[r], coarse[r])).collect()
}

pub fn write_text(path: &Path, entries: &[(String, u16, u16)]) -> Result<()> {
    let mut s = String::new();
    for (w, f, c) in entries {
        if w.contains(['\t', '\n']) {
            continue;
        }
        s.push_str(&format!("{w}\t{f}\t{c}\n"));
    }
    std::fs::write(path, s).with_context(|| format!("writing {}", path.display()))
}
