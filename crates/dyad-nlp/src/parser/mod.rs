//! Labelled arc-hybrid dependency parser: a 3-way transition perceptron trained with the
//! Goldberg & Nivre dynamic oracle (with exploration), plus a relation perceptron that
//! labels each arc when it is made, so later decisions can see the labels.

use crate::binfmt::{Reader, Writer};
use crate::clusters::Clusters;
use crate::feat::{mix, slot, Analyzer, FeatSink};
use crate::perceptron::{argmax, QWeights};
use crate::tags::{DepRel, Upos};
use anyhow::Result;

mod beam;
mod train;
pub use train::{evaluate, train, ParseOptions};

const KIND: &[u8; 4] = b"DEP1";
const MAX_CHUNK: usize = 300;
const SHIFT: usize = 0;
const LEFT: usize = 1;
const NONE: u32 = u32::MAX;
const NO_LABEL: u8 = 255;

pub struct Parser {
    trans: QWeights,
    label: QWeights,
    clusters: Clusters,
    /// Beam width the model was trained for (1: greedy).
    beam: usize,
    /// Score gap beyond which the beam drops a parse (chosen on dev when training).
    margin: f32,
}

/// Parser configuration plus per-token inputs. Token 0 is the artificial root.
#[derive(Default)]
struct State {
    n: usize,
    wh: Vec<u64>,
    ph: Vec<u64>,
    /// Word-cluster hashes: they generalise lexical features to rare words.
    ch: Vec<u64>,
    pidx: Vec<u8>,
    stack: Vec<u32>,
    b: usize,
    heads: Vec<u32>,
    labels: Vec<u8>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    /// Bit sets of the labels of left / right dependents.
    ls: Vec<u64>,
    rs: Vec<u64>,
}

impl State {
    fn init(&mut self, an: &mut Analyzer, cl: &Clusters, words: &[&str], pos: &[Upos]) {
        let n = words.len();
        self.n = n;
        self.wh.clear();
        self.ph.clear();
        self.pidx.clear();
        self.ch.clear();
        self.ch.push(0x500e);
        self.wh.push(0x500f);
        self.ph.push(0x500f);
        self.pidx.push(Upos::COUNT as u8);
        for (i, w) in words.iter().enumerate() {
            let lw = an.analyze(w).h[slot::LOWER];
            self.wh.push(lw);
            self.ch.push(cl.features(lw)[0]);
            let p = pos.get(i).map_or(Upos::X, |p| *p);
            self.ph.push(0xa000 + p.index() as u64);
            self.pidx.push(p.index() as u8);
        }
        self.restart();
    }

    /// Back to the initial configuration over the same words.
    fn restart(&mut self) {
        let n = self.n;
        self.stack.clear();
        self.stack.push(0);
        self.b = 1;
        for v in [&mut self.heads, &mut self.lc1, &mut self.lc2, &mut self.rc1, &mut self.rc2] {
            v.clear();
            v.resize(n + 1, NONE);
        }
        self.labels.clear();
        self.labels.resize(n + 1, NO_LABEL);
        self.nl.clear();
        self.nl.resize(n + 1, 0);
        self.nr.clear();
        self.nr.resize(n + 1, 0);
        for v in [&mut self.ls, &mut self.rs] {
            v.clear();
            v.resize(n + 1, 0);
        }
    }
    /// Copies `src` into `self`, reusing `self`'s buffers (beam items are copied every move).
    fn copy_from(&mut self, src: &State) {
        for (d, s) in [(&mut self.wh, &src.wh), (&mut self.ph, &src.ph), (&mut self.ch, &src.ch)] {
            d.clone_from(s);
        }
        self.pidx.clone_from(&src.pidx);
        self.copy_config_from(src);
    }

    /// Copies only what moves change: for states over the same words.
    fn copy_config_from(&mut self, src: &State) {
        self.n = src.n;
        self.b = src.b;
        for (d, s) in [(&mut self.ls, &src.ls), (&mut self.rs, &src.rs)] {
            d.clone_from(s);
        }
        for (d, s) in [
            (&mut self.stack, &src.stack),
            (&mut self.heads, &src.heads),
            (&mut self.lc1, &src.lc1),
            (&mut self.lc2, &src.lc2),
            (&mut self.rc1, &src.rc1),
            (&mut self.rc2, &src.rc2),
        ] {
            d.clone_from(s);
        }
        for (d, s) in [(&mut self.labels, &src.labels), (&mut self.nl, &src.nl), (&mut self.nr, &src.nr)] {
            d.clone_from(s);
        }
    }
    fn done(&self) -> bool {
        self.stack.len() <= 1 && self.b > self.n
    }
    fn s(&self, k: usize) -> u32 {
        let l = self.stack.len();
        if k < l {
            self.stack[l - 1 - k]
        } else {
            NONE
        }
    }
    fn bf(&self, k: usize) -> u32 {
        let i = self.b + k;
        if i <= self.n {
            i as u32
        } else {
            NONE
        }
    }
    fn valid(&self, m: usize) -> bool {
        let l = self.stack.len();
        match m {
            SHIFT => self.b <= self.n,
            LEFT => l >= 2 && self.b <= self.n,
            // Only one word may attach to the root, and only once the buffer is empty.
            _ => l >= 3 || (l == 2 && self.b > self.n),
        }
    }
    fn w(&self, i: u32) -> u64 {
        if i == NONE {
            0x1
        } else {
            self.wh[i as usize]
        }
    }
    fn c(&self, i: u32) -> u64 {
        if i == NONE {
            0x5
        } else {
            self.ch[i as usize]
        }
    }
    fn p(&self, i: u32) -> u64 {
        if i == NONE {
            0x2
        } else {
            self.ph[i as usize]
        }
    }
    fn l(&self, i: u32) -> u64 {
        if i == NONE {
            0x3
        } else {
            0x4400 + self.labels[i as usize] as u64
        }
    }
    fn kid(v: &[u32], i: u32) -> u32 {
        if i == NONE {
            NONE
        } else {
            v[i as usize]
        }
    }
    /// Attaches `dep` to `head`, records the label and the child links.
    fn arc(&mut self, head: u32, dep: u32, label: u8) {
        let (h, d) = (head as usize, dep as usize);
        self.heads[d] = head;
        self.labels[d] = label;
        if dep < head {
            self.lc2[h] = self.lc1[h];
            self.lc1[h] = dep;
            self.nl[h] = self.nl[h].saturating_add(1);
            self.ls[h] |= 1u64 << (label & 63);
        } else {
            self.rc2[h] = self.rc1[h];
            self.rc1[h] = dep;
            self.nr[h] = self.nr[h].saturating_add(1);
            self.rs[h] |= 1u64 << (label & 63);
        }
    }
    /// The (head, dependent) pair a move would create.
    fn pair(&self, m: usize) -> (u32, u32) {
        if m == LEFT {
            (self.b as u32, self.s(0))
        } else {
            (self.s(1), self.s(0))
        }
    }
    fn apply(&mut self, m: usize, label: u8) {
        if m == SHIFT {
            self.stack.push(self.b as u32);
            self.b += 1;
            return;
        }
        let (h, d) = self.pair(m);
        self.stack.pop();
        self.arc(h, d, label);
    }
    /// Dynamic-oracle cost: gold arcs that the move makes unreachable.
    fn cost(&self, m: usize, gh: &[u32]) -> u32 {
        let s0 = self.s(0);
        let in_buf = |k: u32| k != NONE && k as usize >= self.b && k as usize <= self.n;
        let deps_in_buf = |x: u32| ((self.b..=self.n).filter(|&k| gh[k] == x).count()) as u32;
        match m {
            SHIFT => {
                let b0 = self.b;
                let l = self.stack.len();
                let head_below = self.stack[..l - 1].iter().any(|&k| gh[b0] == k) as u32;
                let deps = self.stack.iter().filter(|&&k| k != 0 && gh[k as usize] == b0 as u32).count();
                head_below + deps as u32
            }
            LEFT => {
                let h = gh[s0 as usize];
                let lost = h != self.b as u32 && (h == self.s(1) || in_buf(h));
                lost as u32 + deps_in_buf(s0)
            }
            _ => {
                let h = gh[s0 as usize];
                let lost = h != self.s(1) && in_buf(h);
                lost as u32 + deps_in_buf(s0)
            }
        }
    }
}

fn dist(a: u32, b: u32) -> u64 {
    if a == NONE || b == NONE {
        return 0xd0;
    }
    let d = a.abs_diff(b) as u64;
    0xd1 + if d < 5 {
        d
    } else if d < 10 {
        5
    } else {
        6
    }
}

fn trans_features(s: &mut FeatSink, st: &State) {
    s.clear();
    let (s0, s1, s2, b0, b1, b2) = (st.s(0), st.s(1), st.s(2), st.bf(0), st.bf(1), st.bf(2));
    let (s0w, s0p, s1w, s1p, b0w, b0p) = (st.w(s0), st.p(s0), st.w(s1), st.p(s1), st.w(b0), st.p(b0));
    let (b1w, b1p, b2p, s2p) = (st.w(b1), st.p(b1), st.p(b2), st.p(s2));
    let s0l1 = State::kid(&st.lc1, s0);
    let s0r1 = State::kid(&st.rc1, s0);
    let s0l2 = State::kid(&st.lc2, s0);
    let s0r2 = State::kid(&st.rc2, s0);
    let b0l1 = State::kid(&st.lc1, b0);
    let b0l2 = State::kid(&st.lc2, b0);
    let s1l1 = State::kid(&st.lc1, s1);
    let s1r1 = State::kid(&st.rc1, s1);
    s.add(0, 1);
    s.add(1, s0w);
    s.add(2, s0p);
    s.add2(3, s0w, s0p);
    s.add(4, s1w);
    s.add(5, s1p);
    s.add2(6, s1w, s1p);
    s.add(7, b0w);
    s.add(8, b0p);
    s.add2(9, b0w, b0p);
    s.add(10, b1w);
    s.add(11, b1p);
    s.add2(12, b1w, b1p);
    s.add(13, b2p);
    s.add(14, s2p);
    s.add2(15, s0w, b0w);
    s.add3(16, s0w, s0p, b0p);
    s.add3(17, s0p, b0w, b0p);
    s.add3(18, s0w, b0w, b0p);
    s.add3(19, s0w, s0p, b0w);
    s.add2(20, s0p, b0p);
    s.add3(21, s0p, b0p, b1p);
    s.add3(22, b0p, b1p, b2p);
    s.add3(23, s1p, s0p, b0p);
    s.add2(24, s1w, s0w);
    s.add2(25, s1p, s0p);
    s.add3(26, s1w, s1p, s0p);
    s.add3(27, s1p, s0w, s0p);
    s.add3(28, s2p, s1p, s0p);
    s.add3(29, s0p, st.p(s0l1), b0p);
    s.add3(30, s0p, st.p(s0r1), b0p);
    s.add3(31, s0p, b0p, st.p(b0l1));
    s.add3(32, s1p, st.p(s1r1), s0p);
    s.add3(33, s1p, s0p, st.p(s0l1));
    s.add3(34, dist(s0, b0), s0p, b0p);
    s.add2(35, dist(s0, b0), s0w);
    s.add2(36, dist(s0, b0), b0w);
    s.add3(37, dist(s1, s0), s1p, s0p);
    s.add2(38, dist(s1, s0), s0w);
    let nl = |i: u32| if i == NONE { 99 } else { st.nl[i as usize] as u64 };
    let nr = |i: u32| if i == NONE { 99 } else { st.nr[i as usize] as u64 };
    s.add3(39, s0w, nl(s0), nr(s0));
    s.add3(40, s0p, nl(s0), nr(s0));
    s.add2(41, b0w, nl(b0));
    s.add2(42, b0p, nl(b0));
    s.add2(43, s1p, nr(s1));
    s.add2(44, st.l(s0l1), s0p);
    s.add2(45, st.l(s0r1), s0p);
    s.add3(46, st.l(s0l1), st.l(s0l2), s0p);
    s.add3(47, st.l(s0r1), st.l(s0r2), s0p);
    s.add2(48, st.l(b0l1), b0p);
    s.add3(49, st.l(b0l1), st.l(b0l2), b0p);
    s.add2(50, st.l(s1r1), s1p);
    s.add2(51, st.l(s1l1), s1p);
    s.add(52, st.w(s0l1));
    s.add(53, st.w(s0r1));
    s.add(54, st.w(b0l1));
    s.add3(55, s0p, b0p, st.w(b0l1));
    s.add3(56, st.w(s0r1), s0p, b0p);
    s.add2(57, b0w, b1w);
    s.add3(58, b0w, b0p, b1p);
    s.add2(59, s1p, b0p);
    s.add3(60, s1w, s0w, b0p);
    s.add2(61, st.p(s0l1), st.p(s0r1));
    let (s0c, s1c, b0c, b1c) = (st.c(s0), st.c(s1), st.c(b0), st.c(b1));
    s.add(62, s0c);
    s.add(63, b0c);
    s.add(64, s1c);
    s.add(65, b1c);
    s.add2(66, s0c, b0c);
    s.add2(67, s0c, b0p);
    s.add2(68, s0p, b0c);
    s.add2(69, s1c, s0c);
    s.add2(70, s1p, s0c);
    s.add2(71, s1c, s0p);
    s.add3(72, s0c, b0c, b1p);
    // Zhang & Nivre (2011)-style extras: full word/POS pairs, second-order children,
    // distance with words, label sets.
    let s0wp = mix(s0w, s0p);
    let b0wp = mix(b0w, b0p);
    let s1wp = mix(s1w, s1p);
    let b0l2p = st.p(b0l2);
    s.add2(73, s0wp, b0wp);
    s.add2(74, s1wp, s0wp);
    s.add3(75, s0w, b0w, dist(s0, b0));
    s.add2(76, s0p, dist(s0, b0));
    s.add2(77, b0p, dist(s0, b0));
    s.add(78, st.p(s0l1));
    s.add(79, st.p(s0r1));
    s.add(80, st.p(b0l1));
    s.add2(81, st.w(s0l2), st.p(s0l2));
    s.add2(82, st.w(s0r2), st.p(s0r2));
    s.add2(83, st.w(b0l2), b0l2p);
    s.add3(84, s0p, st.p(s0l1), st.p(s0l2));
    s.add3(85, s0p, st.p(s0r1), st.p(s0r2));
    s.add3(86, b0p, st.p(b0l1), b0l2p);
    let ls = |i: u32| if i == NONE { 0x1234 } else { 0x5000_0000_0000 ^ st.ls[i as usize] };
    let rs = |i: u32| if i == NONE { 0x4321 } else { 0x6000_0000_0000 ^ st.rs[i as usize] };
    s.add2(87, s0w, ls(s0));
    s.add2(88, s0p, ls(s0));
    s.add2(89, s0w, rs(s0));
    s.add2(90, s0p, rs(s0));
    s.add2(91, b0w, ls(b0));
    s.add2(92, b0p, ls(b0));
    s.add2(93, s1p, rs(s1));
    s.add2(94, s1p, ls(s1));
    s.add(95, st.w(b2));
    s.add2(96, st.w(b2), b2p);
    s.add2(97, st.w(s2), s2p);
    s.add3(98, s1p, s0p, b1p);
    s.add3(99, s0w, b0p, b1p);
    s.add3(100, s0p, b0w, b1p);
    s.add3(101, s0w, st.l(s0l1), st.l(s0r1));
    s.add3(102, s1w, s0p, b0p);
    s.add3(103, s1p, s0w, b0p);
    s.add3(104, s1p, s0p, b0w);
    s.add2(105, st.w(s1l1), st.p(s1l1));
    s.add2(106, st.w(s1r1), st.p(s1r1));
}

fn label_features(s: &mut FeatSink, st: &State, head: u32, dep: u32) {
    s.clear();
    let (hw, hp, dw, dp) = (st.w(head), st.p(head), st.w(dep), st.p(dep));
    let dir = (dep < head) as u64 + 0x77;
    let dd = dist(head, dep);
    let dl1 = State::kid(&st.lc1, dep);
    let dr1 = State::kid(&st.rc1, dep);
    let hl1 = State::kid(&st.lc1, head);
    let hr1 = State::kid(&st.rc1, head);
    let nxt = if (dep as usize) < st.n { dep + 1 } else { NONE };
    let prv = if dep >= 2 { dep - 1 } else { NONE };
    s.add(0, 1);
    s.add2(1, dw, dir);
    s.add2(2, dp, dir);
    s.add2(3, hw, dir);
    s.add2(4, hp, dir);
    s.add3(5, hp, dp, dir);
    s.add3(6, hw, dp, dir);
    s.add3(7, hp, dw, dir);
    s.add3(8, hw, dw, dir);
    s.add3(9, hp, dp, dd);
    s.add3(10, st.w(dl1), dp, hp);
    s.add3(11, st.l(dl1), dp, dir);
    s.add3(12, st.l(dr1), dp, dir);
    s.add3(13, st.l(hl1), hp, dir);
    s.add3(14, st.l(hr1), hp, dir);
    s.add3(15, st.w(dl1), dir, hw);
    s.add3(16, dp, st.p(nxt), dir);
    s.add3(17, dp, st.p(prv), dir);
    s.add3(18, st.l(hl1), dp, dir);
    s.add2(19, mix(st.l(dl1), st.l(dr1)), dp);
    s.add3(20, dp, st.p(st.bf(0)), dir);
    s.add3(21, dw, st.w(dl1), dir);
    s.add3(22, dp, hp, (head == 0) as u64);
    s.add3(23, st.p(hl1), dp, hp);
    s.add3(24, dp, dir, st.l(State::kid(&st.lc2, dep)));
    s.add2(25, st.c(dep), dir);
    s.add3(26, st.c(dep), hp, dir);
    s.add3(27, st.c(head), dp, dir);
}

/// Reusable buffers.
struct Work {
    st: State,
    an: Analyzer,
    sink: FeatSink,
    lsink: FeatSink,
    scores: Vec<f32>,
    lscores: Vec<f32>,
}

impl Work {
    fn new(tbits: u32, lbits: u32) -> Work {
        Work {
            st: State::default(),
            an: Analyzer::default(),
            sink: FeatSink::new(tbits),
            lsink: FeatSink::new(lbits),
            scores: vec![0.0; 3],
            lscores: vec![0.0; DepRel::COUNT],
        }
    }
}

fn best_label(scores: &[f32], head: u32) -> u8 {
    if head == 0 {
        return DepRel::Root as u8;
    }
    argmax(scores, |c| c != DepRel::Root as usize) as u8
}

impl Parser {
    pub fn parse(&self, words: &[&str], pos: &[Upos], heads: &mut Vec<u32>, rels: &mut Vec<DepRel>) {
        heads.clear();
        rels.clear();
        let mut wk = Work::new(self.trans.bits, self.label.bits);
        let mut bm = beam::Beam::default();
        for (ci, chunk) in words.chunks(MAX_CHUNK).enumerate() {
            let off = ci * MAX_CHUNK;
            let p = pos.get(off..).unwrap_or(&[]);
            self.parse_chunk(&mut wk, &mut bm, chunk, &p[..p.len().min(chunk.len())]);
            let st = &wk.st;
            for i in 1..=st.n {
                let h = st.heads[i];
                heads.push(if h == 0 || h == NONE { 0 } else { h + off as u32 });
                let l = DepRel::from_index(st.labels[i] as usize).unwrap_or(DepRel::Dep);
                rels.push(if h == 0 || h == NONE { DepRel::Root } else { l });
            }
        }
    }

    /// Parses one chunk into `wk.st`; `bm` holds the beam's buffers when the model has one.
    fn parse_chunk(&self, wk: &mut Work, bm: &mut beam::Beam, words: &[&str], pos: &[Upos]) {
        wk.st.init(&mut wk.an, &self.clusters, words, pos);
        if self.beam > 1 {
            beam::decode(bm, (self.beam, self.margin), &self.trans, &mut beam::ByModel(&self.label), wk);
            return;
        }
        while !wk.st.done() {
            trans_features(&mut wk.sink, &wk.st);
            self.trans.score(&wk.sink.keys, &mut wk.scores);
            let st = &wk.st;
            let m = argmax(&wk.scores, |m| st.valid(m));
            let mut label = NO_LABEL;
            if m != SHIFT {
                let (h, d) = st.pair(m);
                label_features(&mut wk.lsink, st, h, d);
                self.label.score(&wk.lsink.keys, &mut wk.lscores);
                label = best_label(&wk.lscores, h);
            }
            wk.st.apply(m, label);
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::header(KIND);
        self.clusters.write(&mut w);
        self.trans.write(&mut w);
        self.label.write(&mut w);
        // Trailing fields: files from before beam search end here and parse greedily.
        w.u32(self.beam as u32);
        w.f32(self.margin);
        w.buf
    }

    pub fn from_bytes(data: &[u8]) -> Result<Parser> {
        let mut r = Reader::open(data, KIND)?;
        let clusters = Clusters::read(&mut r)?;
        let trans = QWeights::read(&mut r)?;
        let label = QWeights::read(&mut r)?;
        let beam = if r.at_end() { 1 } else { r.u32()?.clamp(1, 64) as usize };
        let margin = if r.at_end() { f32::INFINITY } else { r.f32()? };
        anyhow::ensure!(margin > 0.0, "bad parser model: beam margin {margin}");
        anyhow::ensure!(trans.nclass == 3 && label.nclass == DepRel::COUNT, "bad parser model");
        Ok(Parser { trans, label, clusters, beam, margin })
    }

    /// Beam width and margin used by `parse` (width 1: greedy).
    pub fn beam(&self) -> (usize, f32) {
        (self.beam, self.margin)
    }
    pub fn set_beam(&mut self, width: usize, margin: f32) {
        self.beam = width.max(1);
        self.margin = if margin > 0.0 { margin } else { f32::INFINITY };
    }
}
