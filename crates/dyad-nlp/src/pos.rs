//! Greedy left-to-right UPOS tagger (averaged perceptron), with a tag dictionary for
//! frequent unambiguous words and an optional second pass that sees the first pass's
//! tags to the right. The second pass only revisits the words the first was unsure of
//! (margin under the model's `gate`, chosen on the development set): it is most of the
//! tagger's cost and changes nothing on confident words.

use crate::binfmt::{Reader, Writer};
use crate::feat::{flag, slot, Analyzer, FeatSink, TokInfo};
use crate::io::TaggedSentence;
use crate::perceptron::{argmax, QWeights, Rng, Trainer};
use crate::tags::Upos;
use crate::util::{analyze_padded, IdMap, PAD};
use anyhow::Result;

const KIND: &[u8; 4] = b"POS1";
/// Longer inputs are tagged in chunks so that cost stays linear and buffers bounded.
pub const MAX_CHUNK: usize = 300;

pub struct PosTagger {
    pass1: QWeights,
    pass2: Option<QWeights>,
    /// Raw-form hash → tag for frequent, unambiguous words.
    dict: IdMap<u8>,
    /// A first-pass tag whose score leads the runner-up by at least this much is final.
    gate: f32,
}

fn tag_hash(t: Option<u8>) -> u64 {
    match t {
        Some(t) => 0x7a90 + t as u64,
        None => 0x7aff,
    }
}

/// `x` is padded by [`PAD`] on both sides; `i` indexes the unpadded sentence.
fn features(s: &mut FeatSink, x: &[TokInfo], i: usize, p1: Option<u8>, p2: Option<u8>, right: Option<(u64, u64)>) {
    s.clear();
    let j = i + PAD;
    let w = &x[j];
    let (h1, h2) = (tag_hash(p1), tag_hash(p2));
    s.add(0, 1);
    s.add(1, w.h[slot::LOWER]);
    s.add(2, w.h[slot::RAW]);
    for k in 0..4 {
        s.add(3 + k as u32, w.h[slot::SUF1 + k]);
        s.add(7 + k as u32, w.h[slot::PRE1 + k]);
    }
    s.add(11, w.h[slot::SHAPE]);
    s.add(12, w.h[slot::SSHAPE]);
    s.add(13, h1);
    s.add(14, h2);
    s.add2(15, h1, h2);
    s.add2(16, h1, w.h[slot::LOWER]);
    s.add(17, x[j - 1].h[slot::LOWER]);
    s.add(18, x[j - 1].h[slot::SUF1 + 2]);
    s.add(19, x[j - 2].h[slot::LOWER]);
    s.add(20, x[j + 1].h[slot::LOWER]);
    s.add(21, x[j + 1].h[slot::SUF1 + 2]);
    s.add(22, x[j + 2].h[slot::LOWER]);
    s.add2(23, x[j - 1].h[slot::LOWER], w.h[slot::LOWER]);
    s.add2(24, w.h[slot::LOWER], x[j + 1].h[slot::LOWER]);
    s.add(25, x[j + 1].h[slot::SSHAPE]);
    s.add(26, x[j - 1].h[slot::SSHAPE]);
    s.add2(27, w.h[slot::FLAGS], (i == 0) as u64);
    s.add2(28, h1, w.h[slot::SUF1 + 2]);
    s.add2(29, h1, x[j + 1].h[slot::LOWER]);
    if w.flags & flag::HAS_HYPHEN != 0 {
        s.add(30, w.h[slot::SSHAPE]);
    }
    if let Some((n1, n2)) = right {
        s.add(40, n1);
        s.add2(41, n1, n2);
        s.add2(42, n1, w.h[slot::LOWER]);
        s.add2(43, h1, n1);
        s.add3(44, h1, n1, w.h[slot::SUF1 + 2]);
        s.add2(45, n1, w.h[slot::SUF1 + 1]);
    }
}

struct Decoder {
    x: Vec<TokInfo>,
    sink: FeatSink,
    scores: Vec<f32>,
    an: Analyzer,
    first: Vec<u8>,
    /// First-pass margin (best score minus runner-up) per word; infinite for dictionary words.
    margin: Vec<f32>,
}

impl Decoder {
    fn new(bits: u32) -> Self {
        Decoder {
            x: Vec::new(),
            sink: FeatSink::new(bits),
            scores: vec![0.0; Upos::COUNT],
            an: Analyzer::default(),
            first: Vec::new(),
            margin: Vec::new(),
        }
    }
}

fn right_of(tags: &[u8], i: usize) -> (u64, u64) {
    let n1 = tags.get(i + 1).copied();
    let n2 = tags.get(i + 2).copied();
    (tag_hash(n1).wrapping_add(0x100), tag_hash(n2).wrapping_add(0x200))
}

/// Runs one greedy pass. The first (`right` = None) records each word's margin in
/// `d.margin`; the second gets the first pass's tags in `right` and keeps those whose
/// margin reaches `gate`.
fn greedy(w: &QWeights, dict: &IdMap<u8>, d: &mut Decoder, right: Option<&[u8]>, gate: f32, out: &mut Vec<u8>) {
    out.clear();
    let n = d.x.len() - 2 * PAD;
    if right.is_none() {
        d.margin.clear();
    }
    for i in 0..n {
        if let Some(&t) = dict.get(&d.x[i + PAD].h[slot::RAW]) {
            out.push(t);
            if right.is_none() {
                d.margin.push(f32::INFINITY);
            }
            continue;
        }
        if let Some(r) = right.filter(|_| d.margin.get(i).is_some_and(|&m| m >= gate)) {
            out.push(r[i]);
            continue;
        }
        let p1 = i.checked_sub(1).map(|k| out[k]);
        let p2 = i.checked_sub(2).map(|k| out[k]);
        features(&mut d.sink, &d.x, i, p1, p2, right.map(|r| right_of(r, i)));
        w.score(&d.sink.keys, &mut d.scores);
        let best = argmax(&d.scores, |_| true);
        if right.is_none() {
            let runner_up = d.scores.iter().enumerate().filter(|&(k, _)| k != best).fold(f32::NEG_INFINITY, |m, (_, &v)| m.max(v));
            d.margin.push(d.scores[best] - runner_up);
        }
        out.push(best as u8);
    }
}

impl PosTagger {
    /// Tags of every sentence, one vector each.
    pub fn tag_all<S: AsRef<[W]>, W: AsRef<str>>(&self, sentences: &[S]) -> Vec<Vec<Upos>> {
        let mut words: Vec<&str> = Vec::new();
        sentences
            .iter()
            .map(|s| {
                words.clear();
                words.extend(s.as_ref().iter().map(AsRef::as_ref));
                let mut out = Vec::new();
                self.tag(&words, &mut out);
                out
            })
            .collect()
    }

    pub fn tag(&self, words: &[&str], out: &mut Vec<Upos>) {
        out.clear();
        let mut d = Decoder::new(self.pass1.bits);
        let mut tags = Vec::new();
        for chunk in words.chunks(MAX_CHUNK) {
            analyze_padded(&mut d.an, chunk, &mut d.x);
            self.tag_analyzed(&mut d, &mut tags);
            out.extend(tags.iter().map(|&t| Upos::from_index(t as usize).unwrap_or(Upos::X)));
        }
    }

    fn tag_analyzed(&self, d: &mut Decoder, out: &mut Vec<u8>) {
        let mut first = std::mem::take(&mut d.first);
        greedy(&self.pass1, &self.dict, d, None, self.gate, &mut first);
        match &self.pass2 {
            Some(w2) => greedy(w2, &self.dict, d, Some(&first), self.gate, out),
            None => out.clone_from(&first),
        }
        d.first = first;
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::header(KIND);
        w.u64(self.dict.len() as u64);
        let mut entries: Vec<_> = self.dict.iter().collect();
        entries.sort();
        for (k, v) in entries {
            w.u64(*k);
            w.u8(*v);
        }
        self.pass1.write(&mut w);
        w.u8(self.pass2.is_some() as u8);
        if let Some(p) = &self.pass2 {
            p.write(&mut w);
        }
        w.f32(self.gate);
        w.buf
    }

    pub fn from_bytes(data: &[u8]) -> Result<PosTagger> {
        let mut r = Reader::open(data, KIND)?;
        let n = r.u64()?;
        let mut dict = IdMap::default();
        for _ in 0..n.min(10_000_000) {
            let k = r.u64()?;
            let v = r.u8()?;
            if (v as usize) < Upos::COUNT {
                dict.insert(k, v);
            }
        }
        let pass1 = QWeights::read(&mut r)?;
        let pass2 = if r.u8()? == 1 { Some(QWeights::read(&mut r)?) } else { None };
        // Models saved before the gate existed run the second pass on every word.
        let gate = if r.at_end() { f32::INFINITY } else { r.f32()? };
        anyhow::ensure!(pass1.nclass == Upos::COUNT, "POS model has wrong class count");
        anyhow::ensure!(!gate.is_nan(), "POS model has no valid second-pass gate");
        Ok(PosTagger { pass1, pass2, dict, gate })
    }
}

#[derive(Clone, Debug)]
pub struct PosOptions {
    pub iterations: usize,
    pub seed: u64,
    pub bits: u32,
    pub two_pass: bool,
}

impl Default for PosOptions {
    fn default() -> Self {
        PosOptions { iterations: 10, seed: 1, bits: 18, two_pass: true }
    }
}

fn build_dict(train: &[TaggedSentence]) -> IdMap<u8> {
    let mut counts: IdMap<[u32; Upos::COUNT]> = IdMap::default();
    let mut an = Analyzer::default();
    for s in train {
        for (w, t) in s.words.iter().zip(&s.upos) {
            counts.entry(an.analyze(w).h[slot::RAW]).or_insert([0; Upos::COUNT])[t.index()] += 1;
        }
    }
    let mut dict = IdMap::default();
    for (k, c) in counts {
        let total: u32 = c.iter().sum();
        let (best, &bc) = c.iter().enumerate().max_by_key(|(_, &v)| v).unwrap_or((0, &0));
        if total >= 20 && bc as f64 / total as f64 >= 0.995 {
            dict.insert(k, best as u8);
        }
    }
    dict
}

/// Token accuracy of `tagger` on gold sentences.
pub fn accuracy(tagger: &PosTagger, gold: &[TaggedSentence]) -> (usize, usize) {
    let (mut ok, mut n) = (0, 0);
    let mut out = Vec::new();
    for s in gold {
        tagger.tag(&s.word_refs(), &mut out);
        ok += out.iter().zip(&s.upos).filter(|(a, b)| a == b).count();
        n += s.upos.len();
    }
    (ok, n)
}

fn train_pass(
    opts: &PosOptions,
    train: &[TaggedSentence],
    dev: &[TaggedSentence],
    dict: &IdMap<u8>,
    pass1: Option<&QWeights>,
    log: &mut dyn FnMut(String),
) -> QWeights {
    let mut tr = Trainer::new(Upos::COUNT, opts.bits);
    let mut rng = Rng::new(opts.seed);
    let mut d = Decoder::new(opts.bits);
    // Sentences are analysed once; the first pass's tags are fixed inputs for the second.
    let mut prepared: Vec<(Vec<TokInfo>, Vec<u8>, Vec<u8>)> = Vec::with_capacity(train.len());
    let mut first = Vec::new();
    for s in train {
        let words = s.word_refs();
        analyze_padded(&mut d.an, &words[..words.len().min(MAX_CHUNK)], &mut d.x);
        let gold: Vec<u8> = s.upos.iter().take(MAX_CHUNK).map(|t| t.index() as u8).collect();
        first.clear();
        if let Some(p1) = pass1 {
            greedy(p1, dict, &mut d, None, f32::INFINITY, &mut first);
        }
        prepared.push((d.x.clone(), gold, first.clone()));
    }
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut best: Option<(f64, QWeights)> = None;
    let mut pred = Vec::new();
    for it in 0..opts.iterations {
        rng.shuffle(&mut order);
        let (mut ok, mut n) = (0usize, 0usize);
        for &si in &order {
            let (x, gold, first) = &prepared[si];
            pred.clear();
            for i in 0..gold.len() {
                if let Some(&t) = dict.get(&x[i + PAD].h[slot::RAW]) {
                    pred.push(t);
                    continue;
                }
                let p1 = i.checked_sub(1).map(|k| pred[k]);
                let p2 = i.checked_sub(2).map(|k| pred[k]);
                let right = pass1.map(|_| right_of(first, i));
                features(&mut d.sink, x, i, p1, p2, right);
                tr.cur.score(&d.sink.keys, &mut d.scores);
                let guess = argmax(&d.scores, |_| true);
                tr.update(&d.sink.keys, gold[i] as usize, guess, 1.0);
                tr.tick();
                ok += (guess == gold[i] as usize) as usize;
                n += 1;
                pred.push(guess as u8);
            }
        }
        let avg = QWeights::from_weights(&tr.averaged());
        let tagger = match pass1 {
            None => PosTagger { pass1: avg, pass2: None, dict: dict.clone(), gate: f32::INFINITY },
            Some(p1) => PosTagger { pass1: p1.clone(), pass2: Some(avg), dict: dict.clone(), gate: f32::INFINITY },
        };
        let (dok, dn) = accuracy(&tagger, dev);
        let acc = dok as f64 / dn.max(1) as f64;
        log(format!("pass {} iter {}: train {:.4} dev {:.4}", 1 + pass1.is_some() as u8, it + 1, ok as f64 / n.max(1) as f64, acc));
        let w = if pass1.is_some() { tagger.pass2 } else { Some(tagger.pass1) };
        if best.as_ref().is_none_or(|(b, _)| acc > *b) {
            best = w.map(|w| (acc, w));
        }
    }
    best.map(|b| b.1).unwrap_or_else(|| QWeights::from_weights(&tr.averaged()))
}

pub fn train(opts: &PosOptions, train: &[TaggedSentence], dev: &[TaggedSentence], log: &mut dyn FnMut(String)) -> PosTagger {
    let dict = build_dict(train);
    log(format!("tag dictionary: {} words", dict.len()));
    let pass1 = train_pass(opts, train, dev, &dict, None, log);
    let pass2 = opts.two_pass.then(|| train_pass(opts, train, dev, &dict, Some(&pass1), log));
    let mut tagger = PosTagger { pass1, pass2, dict, gate: f32::INFINITY };
    if tagger.pass2.is_some() {
        tagger.choose_gate(dev, log);
    }
    tagger
}

impl PosTagger {
    /// First-pass margins of the words the dictionary does not settle, over `sentences`.
    fn margins(&self, sentences: &[TaggedSentence]) -> Vec<f32> {
        let mut d = Decoder::new(self.pass1.bits);
        let mut first = Vec::new();
        let mut all = Vec::new();
        for s in sentences {
            let words = s.word_refs();
            for chunk in words.chunks(MAX_CHUNK) {
                analyze_padded(&mut d.an, chunk, &mut d.x);
                greedy(&self.pass1, &self.dict, &mut d, None, f32::INFINITY, &mut first);
                all.extend(d.margin.iter().copied().filter(|m| m.is_finite()));
            }
        }
        all
    }

    /// Picks the second-pass gate with the best development accuracy among the first-pass
    /// margins' deciles 1–5 (the pass then revisits 10–50 % of the words) and "every word";
    /// a tie goes to the lower gate, which revisits fewer words.
    pub fn choose_gate(&mut self, dev: &[TaggedSentence], log: &mut dyn FnMut(String)) {
        let mut m = self.margins(dev);
        m.sort_by(f32::total_cmp);
        let mut candidates: Vec<f32> = (1..=5).filter_map(|k| m.get(m.len() * k / 10).copied()).collect();
        candidates.push(f32::INFINITY);
        let mut best = (0usize, f32::INFINITY);
        for &g in &candidates {
            self.gate = g;
            let (ok, n) = accuracy(self, dev);
            log(format!("second-pass gate {g:.2}: dev {:.4}", ok as f64 / n.max(1) as f64));
            if ok > best.0 || (ok == best.0 && g < best.1) {
                best = (ok, g);
            }
        }
        self.gate = best.1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Models;

    #[test]
    fn the_gate_is_saved_and_models_without_one_revisit_every_word() {
        let bytes = PosTagger::from_bytes(&Models::embedded().pos.to_bytes()).expect("round trip").to_bytes();
        let gated = PosTagger::from_bytes(&bytes).expect("committed model");
        assert!(gated.gate.is_finite() && gated.gate > 0.0, "gate {}", gated.gate);
        let old = PosTagger::from_bytes(&bytes[..bytes.len() - 4]).expect("model saved before the gate");
        assert_eq!(old.gate, f32::INFINITY);
    }
}
