//! Scoring: conlleval-style entity P/R/F1, tagging accuracy, UAS/LAS.

use crate::tags::{EntType, NerTag};
use std::fmt::Write as _;

/// Entity spans `(start, end_exclusive, type)`; a stray `I-` opens an entity as conlleval does.
pub fn chunks(tags: &[NerTag]) -> Vec<(usize, usize, EntType)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, EntType)> = None;
    for (i, t) in tags.iter().enumerate() {
        let continues = matches!((t, cur), (NerTag::I(a), Some((_, b))) if *a == b);
        if continues {
            continue;
        }
        if let Some((s, ty)) = cur.take() {
            out.push((s, i, ty));
        }
        if let Some(ty) = t.ent_type() {
            cur = Some((i, ty));
        }
    }
    if let Some((s, ty)) = cur {
        out.push((s, tags.len(), ty));
    }
    out
}

#[derive(Clone, Debug, Default)]
pub struct NerScore {
    /// Per type: (correct, predicted, gold).
    pub per_type: [(usize, usize, usize); EntType::COUNT],
    pub tokens: usize,
    pub sentences: usize,
}

fn prf(c: usize, p: usize, g: usize) -> (f64, f64, f64) {
    let pr = if p == 0 { 0.0 } else { c as f64 / p as f64 };
    let rc = if g == 0 { 0.0 } else { c as f64 / g as f64 };
    let f = if pr + rc == 0.0 { 0.0 } else { 2.0 * pr * rc / (pr + rc) };
    (pr, rc, f)
}

impl NerScore {
    pub fn add(&mut self, gold: &[(usize, usize, EntType)], pred: &[(usize, usize, EntType)]) {
        self.sentences += 1;
        self.tokens += gold.last().map_or(0, |g| g.1);
        for g in gold {
            self.per_type[g.2.index()].2 += 1;
            if pred.contains(g) {
                self.per_type[g.2.index()].0 += 1;
            }
        }
        for p in pred {
            self.per_type[p.2.index()].1 += 1;
        }
    }
    pub fn merge(&mut self, o: &NerScore) {
        for (a, b) in self.per_type.iter_mut().zip(&o.per_type) {
            a.0 += b.0;
            a.1 += b.1;
            a.2 += b.2;
        }
        self.tokens += o.tokens;
        self.sentences += o.sentences;
    }
    pub fn totals(&self) -> (usize, usize, usize) {
        self.per_type.iter().fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2))
    }
    pub fn f1(&self) -> f64 {
        let (c, p, g) = self.totals();
        prf(c, p, g).2
    }
    /// A conlleval-like report block.
    pub fn report(&self) -> String {
        let mut s = String::new();
        let (c, p, g) = self.totals();
        let (pr, rc, f) = prf(c, p, g);
        let _ = writeln!(
            s,
            "{} sentences; found {p} entities, gold {g}, correct {c}.\nprecision {:6.2}%; recall {:6.2}%; FB1 {:6.2}",
            self.sentences,
            pr * 100.0,
            rc * 100.0,
            f * 100.0
        );
        for t in EntType::ALL {
            let (c, p, g) = self.per_type[t.index()];
            if p == 0 && g == 0 {
                continue;
            }
            let (pr, rc, f) = prf(c, p, g);
            let _ = writeln!(
                s,
                "{:>6}: precision {:6.2}%; recall {:6.2}%; FB1 {:6.2}  (found {p}, gold {g})",
                t.as_str(),
                pr * 100.0,
                rc * 100.0,
                f * 100.0
            );
        }
        s
    }
}

#[derive(Clone, Copy, Debug, Default)]
pub struct ParseScore {
    pub tokens: usize,
    pub uas: usize,
    pub las: usize,
    pub pos_ok: usize,
}

impl ParseScore {
    pub fn uas(&self) -> f64 {
        self.uas as f64 / self.tokens.max(1) as f64
    }
    pub fn las(&self) -> f64 {
        self.las as f64 / self.tokens.max(1) as f64
    }
    pub fn pos(&self) -> f64 {
        self.pos_ok as f64 / self.tokens.max(1) as f64
    }
}
