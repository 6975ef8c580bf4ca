//! Gazetteer features for the NER tagger, built from dyad's own data files (embedded at
//! compile time): state names, capitals and demonyms, places, organisations, IGOs, given
//! names, person titles and organisation / place head words. A token gets, per list, the
//! position (begin / inside / single) of the longest match covering it.

use crate::feat::{flag, mix, slot, Analyzer, TokInfo};
use crate::util::IdMap;

static STATES: &str = include_str!("../../../data/gazetteer/states.tsv");
static PLACES: &str = include_str!("../../../data/gazetteer/places.tsv");
static ORGS: &str = include_str!("../../../data/gazetteer/orgs.tsv");
static IGOS: &str = include_str!("../../../data/gazetteer/igos.tsv");
static GIVEN: &str = include_str!("../../../data/lexicon/given_names.txt");
static TITLES: &str = include_str!("../../../data/lexicon/titles.tsv");
static HONORIFICS: &str = include_str!("../../../data/lexicon/honorifics.txt");
static ORG_HEADS: &str = include_str!("../../../data/lexicon/org_heads.tsv");
static PLACE_HEADS: &str = include_str!("../../../data/lexicon/place_heads.tsv");

/// List indices.
pub const LOC: usize = 0;
pub const ORG: usize = 1;
pub const DEMONYM: usize = 2;
pub const GIVEN_NAME: usize = 3;
pub const TITLE: usize = 4;
pub const ORG_HEAD: usize = 5;
pub const PLACE_HEAD: usize = 6;
pub const NLISTS: usize = 7;
/// Lists whose matches must start with a capital letter.
const NEEDS_CAP: u16 = 1 << LOC | 1 << ORG | 1 << DEMONYM | 1 << GIVEN_NAME;
const PREFIX: u16 = 1 << 15;
const MAX_LEN: usize = 8;

pub struct Gazetteer {
    /// Hash of a lowercased token sequence → list bits (plus [`PREFIX`] for proper prefixes).
    map: IdMap<u16>,
}

fn seq_start() -> u64 {
    0x6a2e_7700
}

impl Gazetteer {
    /// The gazetteer built from the embedded data files (once).
    pub fn embedded() -> &'static Gazetteer {
        static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        G.get_or_init(Gazetteer::build)
    }

    fn build() -> Gazetteer {
        let mut g = Gazetteer { map: IdMap::default() };
        let mut an = Analyzer::default();
        let mut add = |name: &str, list: usize| {
            let toks: Vec<&str> = name.split_whitespace().collect();
            if toks.is_empty() || toks.len() > MAX_LEN {
                return;
            }
            let mut h = seq_start();
            for (k, t) in toks.iter().enumerate() {
                h = mix(h, an.analyze(t).h[slot::LOWER]);
                let bits = if k + 1 == toks.len() { 1u16 << list } else { PREFIX };
                *g.map.entry(h).or_insert(0) |= bits;
            }
        };
        let rows = |text: &'static str| text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1);
        let multi = |f: Option<&'static str>| f.unwrap_or("").split('|').map(str::trim).filter(|s| !s.is_empty());
        for l in rows(STATES) {
            let f: Vec<&str> = l.split('\t').collect();
            for (col, list) in [(1, LOC), (2, LOC), (3, DEMONYM), (4, LOC), (5, LOC)] {
                multi(f.get(col).copied()).for_each(|n| add(n, list));
            }
        }
        for l in rows(PLACES) {
            let f: Vec<&str> = l.split('\t').collect();
            for col in [0, 3] {
                multi(f.get(col).copied()).for_each(|n| add(n, LOC));
            }
        }
        for l in rows(ORGS) {
            let f: Vec<&str> = l.split('\t').collect();
            for col in [0, 1] {
                multi(f.get(col).copied()).for_each(|n| add(n, ORG));
            }
        }
        for l in rows(IGOS) {
            let f: Vec<&str> = l.split('\t').collect();
            for col in [0, 1, 2] {
                multi(f.get(col).copied()).for_each(|n| add(n, ORG));
            }
        }
        // Plain lists have no header line.
        for l in GIVEN.lines().filter(|l| !l.starts_with('#')) {
            multi(Some(l)).for_each(|n| add(n, GIVEN_NAME));
        }
        for l in HONORIFICS.lines().filter(|l| !l.starts_with('#')) {
            multi(Some(l)).for_each(|n| add(n, TITLE));
        }
        for l in rows(TITLES) {
            multi(l.split('\t').next()).for_each(|n| add(n, TITLE));
        }
        for l in rows(ORG_HEADS) {
            multi(l.split('\t').next()).for_each(|n| add(n, ORG_HEAD));
        }
        for l in rows(PLACE_HEADS) {
            multi(l.split('\t').next()).for_each(|n| add(n, PLACE_HEAD));
        }
        g
    }

    /// Per token of `x` (padded by `pad` sentinels on both sides), packed 2-bit codes per
    /// list: 0 none, 1 begins a multi-token match, 2 continues one, 3 single-token match.
    pub fn annotate(&self, x: &[TokInfo], pad: usize, out: &mut Vec<u16>) {
        out.clear();
        out.resize(x.len(), 0);
        let n = x.len() - 2 * pad;
        // Per list, the first token not yet covered by an earlier (longer-first) match.
        let mut covered = [0usize; NLISTS];
        for i in 0..n {
            let mut h = seq_start();
            let cap = x[i + pad].flags & (flag::INIT_CAP | flag::ALL_CAPS) != 0;
            let mut best = [0usize; NLISTS];
            for len in 1..=MAX_LEN.min(n - i) {
                h = mix(h, x[i + pad + len - 1].h[slot::LOWER]);
                let Some(&bits) = self.map.get(&h) else { break };
                let mut b = bits & !PREFIX;
                if !cap {
                    b &= !NEEDS_CAP;
                }
                for (l, best) in best.iter_mut().enumerate() {
                    if b >> l & 1 != 0 {
                        *best = len;
                    }
                }
                if bits & PREFIX == 0 {
                    break;
                }
            }
            for l in 0..NLISTS {
                let len = best[l];
                if len == 0 || i < covered[l] {
                    continue;
                }
                covered[l] = i + len;
                for k in 0..len {
                    let code: u16 = if len == 1 {
                        3
                    } else if k == 0 {
                        1
                    } else {
                        2
                    };
                    out[i + pad + k] |= code << (2 * l);
                }
            }
        }
    }
}
