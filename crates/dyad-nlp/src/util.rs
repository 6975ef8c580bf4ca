//! Small shared helpers.

use crate::feat::{Analyzer, TokInfo};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Sentinel tokens on each side of an analysed sentence.
pub const PAD: usize = 2;

/// Keys are already well-mixed 64-bit hashes, so hashing them again is wasted work.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Analyses `words` into `out`, with [`PAD`] sentinels before and after.
pub fn analyze_padded(an: &mut Analyzer, words: &[&str], out: &mut Vec<TokInfo>) {
    out.clear();
    out.push(TokInfo::pad(0));
    out.push(TokInfo::pad(1));
    for w in words {
        out.push(an.analyze(w));
    }
    out.push(TokInfo::pad(2));
    out.push(TokInfo::pad(3));
}
