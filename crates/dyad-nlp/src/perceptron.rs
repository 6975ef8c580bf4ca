//! Hashed averaged perceptron: `bits`-bit feature buckets, each holding one contiguous
//! row of per-class weights, so scoring a feature touches one or two cache lines.

use crate::binfmt::{Reader, Writer};
use crate::util::LineAligned;
use anyhow::{bail, Result};

#[derive(Clone, Debug)]
pub struct Weights {
    pub nclass: usize,
    pub bits: u32,
    pub w: Vec<f32>,
}

/// Anything that sums the weight rows of a feature set: training and inference weights.
pub trait Score {
    fn score(&self, keys: &[u32], scores: &mut [f32]);
}

impl Score for Weights {
    fn score(&self, keys: &[u32], scores: &mut [f32]) {
        Weights::score(self, keys, scores)
    }
}

impl Score for QWeights {
    fn score(&self, keys: &[u32], scores: &mut [f32]) {
        QWeights::score(self, keys, scores)
    }
}

impl Weights {
    pub fn new(nclass: usize, bits: u32) -> Weights {
        Weights { nclass, bits, w: vec![0.0; nclass << bits] }
    }

    #[inline]
    pub fn score(&self, keys: &[u32], scores: &mut [f32]) {
        let nc = self.nclass;
        let scores = &mut scores[..nc];
        scores.fill(0.0);
        for &k in keys {
            let base = k as usize * nc;
            if let Some(row) = self.w.get(base..base + nc) {
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += *w;
                }
            }
        }
    }
}

/// Inference-time weights: the i16 values of the model file, each row padded to a power
/// of two so that a feature's row never straddles more cache lines than it must; scores
/// are exact integer sums, scaled once at the end.
#[derive(Clone, Debug)]
pub struct QWeights {
    pub nclass: usize,
    pub bits: u32,
    stride: usize,
    scale: f32,
    w: LineAligned,
}

impl QWeights {
    fn empty(nclass: usize, bits: u32, scale: f32) -> QWeights {
        let stride = nclass.next_power_of_two();
        QWeights { nclass, bits, stride, scale, w: LineAligned::zeroed(stride << bits) }
    }

    /// Quantises exactly as [`Weights::write`] does, so a model behaves the same before
    /// and after a save/load round trip.
    pub fn from_weights(src: &Weights) -> QWeights {
        let maxw = src.w.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if maxw > 0.0 { maxw / 32767.0 } else { 1.0 };
        let mut q = QWeights::empty(src.nclass, src.bits, scale);
        for (i, w) in src.w.iter().enumerate() {
            let v = (w / scale).round() as i32;
            q.w[i / src.nclass * q.stride + i % src.nclass] = v.clamp(-32767, 32767) as i16;
        }
        q
    }

    /// Sums the rows of `keys` into `scores`. Rows are read whole (their padding is zero)
    /// into a fixed-width integer accumulator the compiler keeps in vector registers, and
    /// every row is prefetched before the first is summed: the tables are larger than the
    /// cache, so the misses of one feature set overlap instead of queueing one by one.
    #[inline]
    pub fn score(&self, keys: &[u32], scores: &mut [f32]) {
        let last = self.nclass - 1;
        for &k in keys {
            let base = k as usize * self.stride;
            prefetch(&self.w, base);
            if last >= 32 {
                prefetch(&self.w, base + last);
            }
        }
        match self.stride {
            4 => self.score_fixed::<4>(keys, scores),
            8 => self.score_fixed::<8>(keys, scores),
            16 => self.score_fixed::<16>(keys, scores),
            32 => self.score_fixed::<32>(keys, scores),
            64 => self.score_fixed::<64>(keys, scores),
            _ => self.score_wide(keys, scores),
        }
    }

    /// `S` is the row stride, so a whole row is `S` weights.
    #[inline]
    fn score_fixed<const S: usize>(&self, keys: &[u32], scores: &mut [f32]) {
        let mut acc = [0i32; S];
        for &k in keys {
            let base = k as usize * self.stride;
            // A key outside the table (a model with fewer bits than its features) adds nothing.
            if let Some(row) = self.w.get(base..base + S).and_then(|r| <&[i16; S]>::try_from(r).ok()) {
                for (a, &w) in acc.iter_mut().zip(row) {
                    *a += w as i32;
                }
            }
        }
        for (s, &a) in scores[..self.nclass].iter_mut().zip(acc.iter()) {
            *s = a as f32 * self.scale;
        }
    }

    /// Rows wider than any fixed accumulator, summed 64 classes at a time.
    fn score_wide(&self, keys: &[u32], scores: &mut [f32]) {
        let nc = self.nclass;
        for lo in (0..nc).step_by(64) {
            let hi = nc.min(lo + 64);
            let mut acc = [0i32; 64];
            for &k in keys {
                let base = k as usize * self.stride;
                if let Some(row) = self.w.get(base + lo..base + hi).filter(|_| base + nc <= self.w.len()) {
                    for (a, &w) in acc.iter_mut().zip(row) {
                        *a += w as i32;
                    }
                }
            }
            for (s, &a) in scores[lo..hi].iter_mut().zip(acc.iter()) {
                *s = a as f32 * self.scale;
            }
        }
    }

    /// Same format as [`Weights::write`].
    pub fn write(&self, out: &mut Writer) {
        out.u32(self.nclass as u32);
        out.u32(self.bits);
        out.f32(self.scale);
        let nc = self.nclass;
        let entries: Vec<(u64, i16)> = (0..(1usize << self.bits))
            .flat_map(|r| (0..nc).map(move |c| (r, c)))
            .filter_map(|(r, c)| {
                let q = self.w[r * self.stride + c];
                (q != 0).then_some(((r * nc + c) as u64, q))
            })
            .collect();
        out.u64(entries.len() as u64);
        let mut prev = 0u64;
        for (i, q) in entries {
            out.varint(i - prev);
            out.i16(q);
            prev = i;
        }
    }

    pub fn read(r: &mut Reader) -> Result<QWeights> {
        let nclass = r.u32()? as usize;
        let bits = r.u32()?;
        if nclass == 0 || nclass > 4096 || !(8..=26).contains(&bits) {
            bail!("bad weight table header ({nclass} classes, {bits} bits)");
        }
        let scale = r.f32()?;
        let n = r.u64()?;
        let mut q = QWeights::empty(nclass, bits, scale);
        let total = (nclass as u64) << bits;
        let mut idx = 0u64;
        for _ in 0..n {
            idx += r.varint()?;
            let v = r.i16()?;
            if idx >= total {
                bail!("weight index out of range");
            }
            let (row, c) = ((idx / nclass as u64) as usize, (idx % nclass as u64) as usize);
            q.w[row * q.stride + c] = v;
        }
        Ok(q)
    }
}

/// Asks the CPU to start loading the cache line that holds `w[i]`; a hint only.
#[inline(always)]
fn prefetch(w: &[i16], i: usize) {
    #[cfg(target_arch = "x86_64")]
    if i < w.len() {
        // SAFETY: the pointer is in bounds (checked above) and prefetching never faults or
        // changes memory.
        unsafe {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            _mm_prefetch::<_MM_HINT_T0>(w.as_ptr().add(i) as *const i8);
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (w, i);
}

/// Training state: current weights plus the timestamped sums that give the average
/// (the `w - u/c` trick, so no per-weight timestamps are needed).
pub struct Trainer {
    pub cur: Weights,
    u: Vec<f64>,
    pub c: f64,
}

impl Trainer {
    pub fn new(nclass: usize, bits: u32) -> Trainer {
        Trainer { cur: Weights::new(nclass, bits), u: vec![0.0; nclass << bits], c: 1.0 }
    }

    /// Counts one training instance (call once per prediction, updated or not).
    #[inline]
    pub fn tick(&mut self) {
        self.c += 1.0;
    }

    #[inline]
    pub fn update(&mut self, keys: &[u32], truth: usize, guess: usize, amount: f32) {
        if truth == guess {
            return;
        }
        let nc = self.cur.nclass;
        let c = self.c;
        for &k in keys {
            let base = k as usize * nc;
            self.cur.w[base + truth] += amount;
            self.u[base + truth] += c * amount as f64;
            self.cur.w[base + guess] -= amount;
            self.u[base + guess] -= c * amount as f64;
        }
    }

    /// Adds `amount` to one class's weight of every feature (a global update's half).
    #[inline]
    pub fn add(&mut self, keys: &[u32], class: usize, amount: f32) {
        let nc = self.cur.nclass;
        let c = self.c;
        for &k in keys {
            let i = k as usize * nc + class;
            self.cur.w[i] += amount;
            self.u[i] += c * amount as f64;
        }
    }

    pub fn averaged(&self) -> Weights {
        let mut out = self.cur.clone();
        for (w, u) in out.w.iter_mut().zip(&self.u) {
            *w -= (*u / self.c) as f32;
        }
        out
    }
}

#[inline]
pub fn argmax(scores: &[f32], allowed: impl Fn(usize) -> bool) -> usize {
    let mut best = usize::MAX;
    let mut bs = f32::NEG_INFINITY;
    for (i, &s) in scores.iter().enumerate() {
        if allowed(i) && (best == usize::MAX || s > bs) {
            best = i;
            bs = s;
        }
    }
    if best == usize::MAX {
        0
    } else {
        best
    }
}

/// Deterministic xorshift64* generator (shuffling, exploration), seeded explicitly.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row width takes its own code path; each must give the exact integer sum of
    /// the quantised weights, and keys past the table must add nothing.
    #[test]
    fn quantised_scores_are_exact_sums_for_every_row_width() {
        let mut rng = Rng::new(7);
        for nclass in [1, 3, 4, 5, 9, 17, 37, 64, 65, 100] {
            let mut w = Weights::new(nclass, 8);
            for x in w.w.iter_mut() {
                *x = rng.unit() as f32 * 2.0 - 1.0;
            }
            let q = QWeights::from_weights(&w);
            let keys: Vec<u32> = (0..40).map(|_| rng.below(256) as u32).chain([256, 1 << 20]).collect();
            let mut got = vec![0.0; nclass];
            q.score(&keys, &mut got);
            for (c, g) in got.iter().enumerate() {
                let want: i32 = keys.iter().filter(|&&k| k < 256).map(|&k| (w.w[k as usize * nclass + c] / q.scale).round() as i32).sum();
                assert_eq!(*g, want as f32 * q.scale, "{nclass} classes, class {c}");
            }
        }
    }
}
