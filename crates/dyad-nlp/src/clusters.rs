//! Word clusters learned from unlabelled text, stored as lowercase-form hash → two cluster
//! ids (fine, coarse). They give the NER tagger a handle on words unseen in its training data.

use crate::binfmt::{Reader, Writer};
use crate::util::IdMap;
use anyhow::Result;

#[derive(Clone, Default)]
pub struct Clusters {
    map: IdMap<(u16, u16)>,
}

impl Clusters {
    pub fn from_map(map: IdMap<(u16, u16)>) -> Clusters {
        Clusters { map }
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    /// Feature hashes for a lowercase-form hash (a shared "unknown" value when absent).
    #[inline]
    pub fn features(&self, lower: u64) -> [u64; 2] {
        match self.map.get(&lower) {
            Some(&(f, c)) => [0xc100_0000 + f as u64, 0xc200_0000 + c as u64],
            None => [0xc1ff_ffff, 0xc2ff_ffff],
        }
    }
    pub fn write(&self, w: &mut Writer) {
        let mut e: Vec<_> = self.map.iter().map(|(k, v)| (*k, *v)).collect();
        e.sort_unstable();
        w.u64(e.len() as u64);
        for (k, (f, c)) in e {
            w.u64(k);
            w.u32(f as u32 | (c as u32) << 16);
        }
    }
    pub fn read(r: &mut Reader) -> Result<Clusters> {
        let n = r.u64()?;
        anyhow::ensure!(n < 50_000_000, "implausible cluster count");
        let mut map = IdMap::default();
        map.reserve(n as usize);
        for _ in 0..n {
            let k = r.u64()?;
            let v = r.u32()?;
            map.insert(k, (v as u16, (v >> 16) as u16));
        }
        Ok(Clusters { map })
    }
}

/// Reads `word<TAB>fine<TAB>coarse` lines (as written by [`write_text`]).
pub fn read_text(path: &std::path::Path) -> Result<Clusters> {
    use anyhow::Context;
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut map = IdMap::default();
    let mut an = crate::feat::Analyzer::default();
    for (n, line) in text.lines().enumerate() {
        let mut it = line.split('\t');
        let (Some(w), Some(f), Some(c)) = (it.next(), it.next(), it.next()) else {
            anyhow::bail!("{}:{}: expected word, fine, coarse", path.display(), n + 1);
        };
        let h = an.analyze(w).h[crate::feat::slot::LOWER];
        map.insert(h, (f.parse()?, c.parse()?));
    }
    Ok(Clusters { map })
}
