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

/// A zeroed `i16` table whose first element starts a cache line. Rows are padded to a power
/// of two, so with an aligned start no row of up to 32 weights straddles two lines: a large
/// allocation from the system allocator starts 16 bytes into a page, which made every 64-byte
/// row (and every other 32-byte one) cost a second, unprefetched cache miss for its padding.
#[derive(Debug)]
pub struct LineAligned {
    buf: Vec<i16>,
    off: usize,
    len: usize,
}

const LINE_I16: usize = 32;

impl LineAligned {
    pub fn zeroed(len: usize) -> LineAligned {
        // Tables of several huge pages start on a huge-page boundary and ask the kernel for
        // huge pages: a random row then costs a cache miss but no page walk.
        let align_i16 = if len * 2 >= 4 * HUGE_PAGE { HUGE_PAGE / 2 } else { LINE_I16 };
        let buf = vec![0i16; len + align_i16];
        // `buf` never grows, so its address (and the offset) stays valid.
        let off = buf.as_ptr().align_offset(align_i16 * 2).min(align_i16);
        if align_i16 > LINE_I16 {
            advise_huge(&buf[off..off + len]);
        }
        LineAligned { buf, off, len }
    }
}

const HUGE_PAGE: usize = 2 << 20;

/// A hint only: where transparent huge pages are off or unsupported nothing changes.
fn advise_huge(region: &[i16]) {
    #[cfg(target_os = "linux")]
    {
        let bytes = region.len() * 2 / HUGE_PAGE * HUGE_PAGE;
        // SAFETY: the region lies inside a live allocation we own, starts on a page boundary
        // (aligned above) and MADV_HUGEPAGE changes neither its contents nor its mapping's
        // validity; a failure (e.g. THP disabled) is ignored.
        unsafe {
            libc::madvise(region.as_ptr() as *mut libc::c_void, bytes, libc::MADV_HUGEPAGE);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = region;
}

impl Clone for LineAligned {
    fn clone(&self) -> LineAligned {
        let mut c = LineAligned::zeroed(self.len);
        c.copy_from_slice(self);
        c
    }
}

impl std::ops::Deref for LineAligned {
    type Target = [i16];
    fn deref(&self) -> &[i16] {
        &self.buf[self.off..self.off + self.len]
    }
}

impl std::ops::DerefMut for LineAligned {
    fn deref_mut(&mut self) -> &mut [i16] {
        &mut self.buf[self.off..self.off + self.len]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_start_on_a_cache_line_and_clones_keep_contents_and_alignment() {
        for len in [1usize, 31, 32 << 10, 1 << 22] {
            let mut t = LineAligned::zeroed(len);
            assert_eq!(t.len(), len);
            assert_eq!(t.as_ptr() as usize % 64, 0, "len {len}");
            assert!(t.iter().all(|&w| w == 0));
            t[len - 1] = 7;
            let c = t.clone();
            assert_eq!(c.as_ptr() as usize % 64, 0);
            assert_eq!(c[len - 1], 7);
            assert_eq!(&c[..], &t[..]);
        }
    }
}
