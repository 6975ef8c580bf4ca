//! Document statistics for the entity tagger: what a whole document says about each of its
//! capitalised word forms, gathered before any sentence is tagged.

use crate::feat::{flag, mix, slot, Analyzer, TokInfo};
use crate::util::{analyze_padded, IdMap, PAD};

use super::MAX_CHUNK;

/// Bucket code of a word seen `n` times in mid-sentence, `cap` of them capitalised:
/// 1–4 = share capitalised under 5 % / under 50 % / under 95 % / from 95 %, plus 4 when
/// seen fewer than 5 times. 0 is "never seen in mid-sentence".
fn case_code(n: u32, cap: u32) -> u8 {
    if n == 0 {
        return 0;
    }
    let f = cap as f64 / n as f64;
    let b = if f < 0.05 {
        1
    } else if f < 0.5 {
        2
    } else if f < 0.95 {
        3
    } else {
        4
    };
    b + if n < 5 { 4 } else { 0 }
}

/// What the whole document says about each capitalised word form, gathered before any sentence
/// is tagged: how often the form is capitalised in mid-sentence (outside headlines), and the
/// words next to its capitalised occurrences (Ratinov & Roth's "context aggregation"). A name met
/// in an ALL-CAPS headline or at a sentence start is then judged by how the rest of the story
/// writes and surrounds it ("SHEARER NAMED ..." before "said Shearer"; "Pirelli SpA"). The
/// sentences' analyses are kept, so tagging does not analyse them again.
#[derive(Default)]
pub(super) struct DocStats {
    words: IdMap<DocWord>,
    /// Context hashes, each with the index of the same word's previous one (`u32::MAX`: none):
    /// one list per word form without an allocation per form.
    ctx: Vec<(u64, u32)>,
    an: Analyzer,
    /// Analysed chunks ([`MAX_CHUNK`] words at most, padded) of the sentences added so far;
    /// `chunks[..used]` are this document's.
    chunks: Vec<Vec<TokInfo>>,
    used: usize,
}

#[derive(Clone, Copy)]
struct DocWord {
    /// Mid-sentence occurrences outside headlines, and how many of them are capitalised.
    mid: u16,
    cap: u16,
    /// Distinct neighbours of capitalised occurrences: how many, and the last one in `ctx`.
    nctx: u16,
    last: u32,
}

/// Distinct neighbours kept per word form (dev: 24 a little better than 12; 48 no better).
const MAX_CTX: u16 = 24;

impl DocStats {
    /// The analysed chunk `i` of this document (padded).
    pub(super) fn chunk(&self, i: usize) -> &[TokInfo] {
        &self.chunks[i]
    }

    /// Drops the kept analyses beyond `n` chunks, so an unusually long document does not hold
    /// its memory for the rest of the thread's life.
    pub(super) fn shrink(&mut self, n: usize) {
        self.chunks.truncate(n);
    }

    /// For a word form (lower-cased hash) capitalised in this document: its mid-sentence case
    /// code and the hashes of the words around its capitalised occurrences.
    pub(super) fn word(&self, lower: u64) -> Option<(u8, impl Iterator<Item = u64> + '_)> {
        let e = self.words.get(&lower)?;
        Some((case_code(e.mid as u32, e.cap as u32), ctx_list(&self.ctx, e.last)))
    }

    pub(super) fn start(&mut self) {
        self.words.clear();
        self.ctx.clear();
        self.used = 0;
    }

    /// Analyses a sentence and keeps it for [`DocStats::finish`]; returns the index of its first
    /// chunk.
    pub(super) fn add_sentence(&mut self, words: &[&str]) -> usize {
        let first = self.used;
        for chunk in words.chunks(MAX_CHUNK) {
            if self.used == self.chunks.len() {
                self.chunks.push(Vec::new());
            }
            analyze_padded(&mut self.an, chunk, &mut self.chunks[self.used]);
            self.used += 1;
        }
        first
    }

    /// Gathers the statistics of the sentences added since [`DocStats::start`]: first every
    /// capitalised form and its neighbours, then the mid-sentence counts of those forms.
    pub(super) fn finish(&mut self, words: &[&[&str]]) {
        let chunks = &self.chunks[..self.used];
        for x in chunks {
            for j in PAD..x.len() - PAD {
                let t = &x[j];
                if t.flags & flag::INIT_CAP == 0 {
                    continue;
                }
                let e = self.words.entry(t.h[slot::LOWER]).or_insert(DocWord { mid: 0, cap: 0, nctx: 0, last: u32::MAX });
                for c in [mix(0xa1, x[j - 1].h[slot::LOWER]), mix(0xa2, x[j + 1].h[slot::LOWER])] {
                    if e.nctx < MAX_CTX && !ctx_list(&self.ctx, e.last).any(|h| h == c) {
                        self.ctx.push((c, e.last));
                        e.last = (self.ctx.len() - 1) as u32;
                        e.nctx += 1;
                    }
                }
            }
        }
        let mut chunk_words = words.iter().flat_map(|w| w.chunks(MAX_CHUNK));
        for x in chunks {
            let words = chunk_words.next().unwrap_or(&[]);
            let alpha = x.iter().filter(|t| t.flags & flag::HAS_ALPHA != 0).count();
            let caps = x.iter().filter(|t| t.flags & flag::ALL_CAPS != 0).count();
            if alpha >= 2 && caps * 10 >= alpha * 8 {
                continue;
            }
            for i in 1..words.len() {
                let (t, j) = (&x[i + PAD], i + PAD);
                // After a word or a comma: not a position that capitalises any word.
                let mid =
                    t.flags & flag::HAS_ALPHA != 0 && (x[j - 1].flags & (flag::HAS_ALPHA | flag::HAS_DIGIT) != 0 || words[i - 1] == ",");
                if !mid {
                    continue;
                }
                if let Some(e) = self.words.get_mut(&t.h[slot::LOWER]) {
                    e.mid = e.mid.saturating_add(1);
                    e.cap = e.cap.saturating_add((t.flags & flag::INIT_CAP != 0) as u16);
                }
            }
        }
    }
}

/// The context hashes of one word form, newest first, from the index of its last one.
fn ctx_list(ctx: &[(u64, u32)], last: u32) -> impl Iterator<Item = u64> + '_ {
    let mut k = last;
    std::iter::from_fn(move || {
        let &(h, prev) = ctx.get(k as usize)?;
        k = prev;
        Some(h)
    })
}
