//! Greedy left-to-right IOB2 entity tagger (averaged perceptron) with BIO transition
//! constraints at decoding time.

use crate::binfmt::{Reader, Writer};
use crate::clusters::Clusters;
use crate::eval::{chunks, NerScore};
use crate::feat::{flag, slot, Analyzer, FeatSink, TokInfo};
use crate::gaz::{self, Gazetteer};
use crate::io::NerSentence;
use crate::perceptron::{argmax, Rng, Trainer, Weights};
use crate::pos::PosTagger;
use crate::tags::{iob1_to_iob2, NerTag, Upos};
use crate::util::{analyze_padded, PAD};
use anyhow::Result;

const KIND: &[u8; 4] = b"NER1";
const MAX_CHUNK: usize = 300;

pub struct NerTagger {
    w: Weights,
    clusters: Clusters,
}

fn tag_hash(t: Option<u8>) -> u64 {
    t.map_or(0x3eff, |t| 0x3e00 + t as u64)
}

fn pos_hash(p: &[u8], j: usize) -> u64 {
    p.get(j).map_or(0x9900, |&t| 0x9901 + t as u64)
}

/// Per-sentence context computed once before decoding.
struct Ctx<'a> {
    x: &'a [TokInfo],
    /// UPOS indices, padded like `x` (255 = none).
    pos: &'a [u8],
    cl: &'a [[u64; 2]],
    /// Packed gazetteer codes, padded like `x`.
    gz: &'a [u16],
    /// Capitalised-run context, padded like `x`: (run code, last word of run, word after run,
    /// word before run); run code 0 = not in a run.
    run: &'a [Run],
    caps_sentence: u64,
}

#[derive(Clone, Copy, Default)]
struct Run {
    code: u64,
    last: u64,
    last_gz: u64,
    after: u64,
    before: u64,
    len: u64,
}

fn features(s: &mut FeatSink, c: &Ctx, i: usize, p1: Option<u8>, p2: Option<u8>) {
    s.clear();
    let j = i + PAD;
    let x = c.x;
    let w = &x[j];
    let lw = w.h[slot::LOWER];
    let sh = w.h[slot::SSHAPE];
    let (h1, h2) = (tag_hash(p1), tag_hash(p2));
    s.add(0, 1);
    s.add(1, lw);
    s.add(2, w.h[slot::RAW]);
    for k in 0..4 {
        s.add(3 + k as u32, w.h[slot::SUF1 + k]);
        s.add(7 + k as u32, w.h[slot::PRE1 + k]);
    }
    s.add(11, w.h[slot::SHAPE]);
    s.add(12, sh);
    s.add(13, w.h[slot::FLAGS]);
    s.add(14, x[j - 1].h[slot::LOWER]);
    s.add(15, x[j - 2].h[slot::LOWER]);
    s.add(16, x[j + 1].h[slot::LOWER]);
    s.add(17, x[j + 2].h[slot::LOWER]);
    s.add(18, x[j - 1].h[slot::RAW]);
    s.add(19, x[j + 1].h[slot::RAW]);
    s.add(20, x[j - 1].h[slot::SSHAPE]);
    s.add(21, x[j + 1].h[slot::SSHAPE]);
    s.add3(22, x[j - 1].h[slot::SSHAPE], sh, x[j + 1].h[slot::SSHAPE]);
    s.add(23, h1);
    s.add2(24, h1, h2);
    s.add2(25, h1, lw);
    s.add2(26, h1, sh);
    let (q0, qm, qp) = (pos_hash(c.pos, j), pos_hash(c.pos, j - 1), pos_hash(c.pos, j + 1));
    s.add(27, q0);
    s.add(28, qm);
    s.add(29, qp);
    s.add3(30, qm, q0, qp);
    s.add2(31, q0, sh);
    s.add2(32, x[j - 1].h[slot::LOWER], lw);
    s.add2(33, lw, x[j + 1].h[slot::LOWER]);
    if i == 0 {
        s.add(34, lw);
        s.add(35, sh);
    }
    if c.caps_sentence != 0 {
        s.add(36, lw);
        s.add(37, sh);
    }
    s.add2(38, x[j - 1].h[slot::LOWER], sh);
    s.add2(39, sh, x[j + 1].h[slot::LOWER]);
    s.add2(40, w.h[slot::FLAGS], w.len.min(12) as u64);
    s.add2(41, h1, q0);
    s.add2(42, x[j - 1].h[slot::SUF1 + 2], sh);
    let cl = &c.cl;
    for (k, t) in [(0usize, 50u32), (1, 60)] {
        s.add(t, cl[j][k]);
        s.add(t + 1, cl[j - 1][k]);
        s.add(t + 2, cl[j + 1][k]);
        s.add2(t + 3, cl[j][k], h1);
        s.add2(t + 4, cl[j][k], sh);
        s.add2(t + 5, cl[j - 1][k], cl[j][k]);
        s.add2(t + 6, cl[j][k], cl[j + 1][k]);
    }
    if w.flags & flag::INIT_CAP != 0 && x[j + 1].flags & flag::INIT_CAP != 0 {
        s.add2(70, lw, x[j + 1].h[slot::LOWER]);
    }
    let gz = c.gz;
    let g = gz[j];
    for l in 0..gaz::NLISTS {
        let code = (g >> (2 * l)) & 3;
        if code != 0 {
            s.add(80 + l as u32, code as u64);
        }
    }
    let gh = 0x6700_0000 + g as u64;
    s.add(88, gh);
    s.add2(89, gh, sh);
    s.add(90, 0x6800_0000 + gz[j - 1] as u64);
    s.add(91, 0x6900_0000 + gz[j + 1] as u64);
    s.add2(92, gz[j - 1] as u64, gh);
    s.add2(98, gh, h1);
    let r = &c.run[j];
    if r.code != 0 {
        s.add2(93, r.last, r.code);
        s.add2(94, r.last_gz, r.code);
        s.add2(95, r.after, r.code);
        s.add2(96, r.len, r.code);
        s.add2(97, r.before, r.code);
    }
}

fn allowed(prev: Option<u8>, class: usize) -> bool {
    match NerTag::from_index(class) {
        NerTag::I(t) => prev.is_some_and(|p| NerTag::from_index(p as usize).ent_type() == Some(t)),
        _ => true,
    }
}

/// Reusable per-call buffers.
#[derive(Default)]
struct Buf {
    an: Analyzer,
    x: Vec<TokInfo>,
    pos: Vec<u8>,
    cl: Vec<[u64; 2]>,
    gz: Vec<u16>,
    run: Vec<Run>,
}

/// Marks runs of capitalised tokens with their position and context.
fn cap_runs(x: &[TokInfo], gz: &[u16], out: &mut Vec<Run>) {
    out.clear();
    out.resize(x.len(), Run::default());
    let n = x.len() - 2 * PAD;
    let cap = |k: usize| x[k].flags & flag::INIT_CAP != 0;
    let mut i = PAD;
    while i < n + PAD {
        if !cap(i) {
            i += 1;
            continue;
        }
        let mut e = i;
        while e + 1 < n + PAD && cap(e + 1) {
            e += 1;
        }
        let len = e - i + 1;
        for k in i..=e {
            let code = if len == 1 {
                4
            } else if k == i {
                1
            } else if k == e {
                3
            } else {
                2
            };
            out[k] = Run {
                code,
                last: x[e].h[slot::LOWER],
                last_gz: 0x6a00_0000 + ((gz[e] >> (2 * gaz::ORG_HEAD)) & 3) as u64 * 4 + ((gz[e] >> (2 * gaz::PLACE_HEAD)) & 3) as u64,
                after: x[e + 1].h[slot::LOWER],
                before: x[i - 1].h[slot::LOWER],
                len: len.min(5) as u64,
            };
        }
        i = e + 1;
    }
}

impl Buf {
    fn prepare(&mut self, clusters: &Clusters, words: &[&str], pos: &[Upos]) -> u64 {
        analyze_padded(&mut self.an, words, &mut self.x);
        self.pos.clear();
        self.pos.extend([255u8; PAD]);
        self.pos.extend((0..words.len()).map(|i| pos.get(i).map_or(255, |p| p.index() as u8)));
        self.pos.extend([255u8; PAD]);
        self.cl.clear();
        self.cl.extend(self.x.iter().map(|t| clusters.features(t.h[slot::LOWER])));
        Gazetteer::embedded().annotate(&self.x, PAD, &mut self.gz);
        cap_runs(&self.x, &self.gz, &mut self.run);
        let alpha = self.x.iter().filter(|t| t.flags & flag::HAS_ALPHA != 0).count();
        let caps = self.x.iter().filter(|t| t.flags & flag::ALL_CAPS != 0).count();
        (alpha >= 2 && caps * 10 >= alpha * 8) as u64
    }
}

impl NerTagger {
    /// `pos` may be shorter than `words` (missing tags are treated as unknown).
    pub fn tag(&self, words: &[&str], pos: &[Upos], out: &mut Vec<NerTag>) {
        out.clear();
        let mut b = Buf::default();
        let mut sink = FeatSink::new(self.w.bits);
        let mut scores = vec![0f32; NerTag::COUNT];
        let mut tags: Vec<u8> = Vec::new();
        for (ci, chunk) in words.chunks(MAX_CHUNK).enumerate() {
            let start = ci * MAX_CHUNK;
            let p = pos.get(start..).unwrap_or(&[]);
            let caps = b.prepare(&self.clusters, chunk, &p[..p.len().min(chunk.len())]);
            let ctx = Ctx { x: &b.x, pos: &b.pos, cl: &b.cl, gz: &b.gz, run: &b.run, caps_sentence: caps };
            tags.clear();
            for i in 0..chunk.len() {
                let p1 = i.checked_sub(1).map(|k| tags[k]);
                let p2 = i.checked_sub(2).map(|k| tags[k]);
                features(&mut sink, &ctx, i, p1, p2);
                self.w.score(&sink.keys, &mut scores);
                tags.push(argmax(&scores, |c| allowed(p1, c)) as u8);
            }
            out.extend(tags.iter().map(|&t| NerTag::from_index(t as usize)));
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::header(KIND);
        self.clusters.write(&mut w);
        self.w.write(&mut w);
        w.buf
    }

    pub fn from_bytes(data: &[u8]) -> Result<NerTagger> {
        let mut r = Reader::open(data, KIND)?;
        let clusters = Clusters::read(&mut r)?;
        let w = Weights::read(&mut r)?;
        anyhow::ensure!(w.nclass == NerTag::COUNT, "NER model has wrong class count");
        Ok(NerTagger { w, clusters })
    }
}

#[derive(Clone, Debug)]
pub struct NerOptions {
    pub iterations: usize,
    pub seed: u64,
    pub bits: u32,
    /// Probability of hiding a token's word identity during training.
    pub word_dropout: f64,
}

impl Default for NerOptions {
    fn default() -> Self {
        NerOptions { iterations: 12, seed: 1, bits: 18, word_dropout: 0.0 }
    }
}

/// Tags every sentence (POS from `pos`) and scores against gold.
pub fn evaluate(ner: &NerTagger, pos: &PosTagger, gold: &[NerSentence], map_misc_to_o: bool) -> NerScore {
    let mut sc = NerScore::default();
    let (mut ptags, mut out) = (Vec::new(), Vec::new());
    for s in gold {
        let words = s.word_refs();
        pos.tag(&words, &mut ptags);
        ner.tag(&words, &ptags, &mut out);
        if map_misc_to_o {
            for t in out.iter_mut() {
                if t.ent_type() == Some(crate::tags::EntType::Misc) {
                    *t = NerTag::O;
                }
            }
            iob1_to_iob2(&mut out);
        }
        sc.add(&chunks(&s.tags), &chunks(&out));
    }
    sc
}

pub fn train(
    opts: &NerOptions,
    train: &[NerSentence],
    dev: &[NerSentence],
    pos: &PosTagger,
    clusters: Clusters,
    log: &mut dyn FnMut(String),
) -> NerTagger {
    let mut tr = Trainer::new(NerTag::COUNT, opts.bits);
    let mut rng = Rng::new(opts.seed);
    let mut b = Buf::default();
    let mut sink = FeatSink::new(opts.bits);
    let mut scores = vec![0f32; NerTag::COUNT];
    struct Prep {
        x: Vec<TokInfo>,
        pos: Vec<u8>,
        cl: Vec<[u64; 2]>,
        gz: Vec<u16>,
        run: Vec<Run>,
        caps: u64,
        gold: Vec<u8>,
    }
    let mut ptags = Vec::new();
    let prepared: Vec<Prep> = train
        .iter()
        .map(|s| {
            let words = s.word_refs();
            let words = &words[..words.len().min(MAX_CHUNK)];
            pos.tag(words, &mut ptags);
            let caps = b.prepare(&clusters, words, &ptags);
            Prep {
                x: b.x.clone(),
                pos: b.pos.clone(),
                cl: b.cl.clone(),
                gz: b.gz.clone(),
                run: b.run.clone(),
                caps,
                gold: s.tags.iter().take(MAX_CHUNK).map(|t| t.index() as u8).collect(),
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut best: Option<(f64, Weights)> = None;
    let mut pred: Vec<u8> = Vec::new();
    let mut xm: Vec<TokInfo> = Vec::new();
    for it in 0..opts.iterations {
        rng.shuffle(&mut order);
        for &si in &order {
            let p = &prepared[si];
            // Word-identity dropout: some tokens lose their word and affix hashes, so the
            // model must also learn from clusters, gazetteers, shape and context.
            xm.clone_from(&p.x);
            if opts.word_dropout > 0.0 {
                for t in xm[PAD..p.x.len() - PAD].iter_mut() {
                    if t.flags & flag::HAS_ALPHA != 0 && rng.unit() < opts.word_dropout {
                        for k in [slot::LOWER, slot::RAW, slot::PRE1 + 3, slot::SUF1 + 3] {
                            t.h[k] = 0x0dd0_0000 + k as u64;
                        }
                    }
                }
            }
            let ctx = Ctx { x: &xm, pos: &p.pos, cl: &p.cl, gz: &p.gz, run: &p.run, caps_sentence: p.caps };
            pred.clear();
            for i in 0..p.gold.len() {
                let p1 = i.checked_sub(1).map(|k| pred[k]);
                let p2 = i.checked_sub(2).map(|k| pred[k]);
                features(&mut sink, &ctx, i, p1, p2);
                tr.cur.score(&sink.keys, &mut scores);
                let guess = argmax(&scores, |_| true);
                tr.update(&sink.keys, p.gold[i] as usize, guess, 1.0);
                tr.tick();
                pred.push(guess as u8);
            }
        }
        let model = NerTagger { w: tr.averaged(), clusters: clusters.clone() };
        let f1 = evaluate(&model, pos, dev, false).f1();
        log(format!("iter {}: dev F1 {:.2}", it + 1, f1 * 100.0));
        if best.as_ref().is_none_or(|(b, _)| f1 > *b) {
            best = Some((f1, model.w));
        }
    }
    let w = best.map(|b| b.1).unwrap_or_else(|| tr.averaged());
    NerTagger { w, clusters }
}
