//! Beam search over the parser's transitions, and its global (max-violation) training.
//!
//! A greedy parser commits to each move on local evidence; a beam keeps the `width` best
//! partial parses by their summed move scores, so a move that looked best early can lose
//! to one whose consequences score better. Trained with Huang et al.'s (2012) max-violation
//! update, the scores become comparable across whole move sequences (Zhang & Nivre 2011).
//! In arc-hybrid every parse of n words takes exactly 2n moves, so beam items stay in step.

use super::{best_label, label_features, trans_features, State, Work, NO_LABEL, SHIFT};
use crate::feat::FeatSink;
use crate::perceptron::{Score, Trainer};

#[derive(Default)]
struct Item {
    st: State,
    score: f32,
    moves: Vec<(u8, u8)>,
    /// Still on the oracle's path (training only).
    gold: bool,
}

/// Reusable beam buffers.
#[derive(Default)]
pub(super) struct Beam {
    /// `width` items each, over the current sentence's words; the first `live` of `cur` are
    /// the beam, the rest spare buffers.
    cur: Vec<Item>,
    next: Vec<Item>,
    live: usize,
    /// (total score, parent item, move)
    cands: Vec<(f32, usize, usize)>,
    /// Per live item, how many of the kept candidates extend it.
    children: Vec<u32>,
}

/// How labels are chosen while the beam advances.
pub(super) trait Labeller {
    fn label(&mut self, st: &State, head: u32, dep: u32, sink: &mut FeatSink, scores: &mut [f32]) -> u8;
}

/// Inference: the label model's best label.
pub(super) struct ByModel<'a, S: Score>(pub &'a S);

impl<S: Score> Labeller for ByModel<'_, S> {
    fn label(&mut self, st: &State, head: u32, dep: u32, sink: &mut FeatSink, scores: &mut [f32]) -> u8 {
        label_features(sink, st, head, dep);
        self.0.score(&sink.keys, scores);
        best_label(scores, head)
    }
}

impl Beam {
    /// Starts a sentence: every item buffer gets `wk.st`'s words, so moves copy only the
    /// configuration.
    fn reset(&mut self, wk: &Work, width: usize) {
        for items in [&mut self.cur, &mut self.next] {
            items.resize_with(width, Item::default);
            for it in items.iter_mut() {
                it.st.copy_from(&wk.st);
                it.score = 0.0;
                it.moves.clear();
                it.gold = true;
            }
        }
        self.live = 1;
    }

    fn items(&self) -> &[Item] {
        &self.cur[..self.live]
    }

    /// Advances every item by one move and keeps the `width` best within `margin` of the
    /// best. `gold_move` marks the oracle's move for items still on its path.
    #[allow(clippy::too_many_arguments)]
    fn step(&mut self, width: usize, margin: f32, trans: &impl Score, labels: &mut impl Labeller, wk: &mut Work, gold_move: Option<usize>) {
        self.cands.clear();
        for (pi, it) in self.cur[..self.live].iter().enumerate() {
            trans_features(&mut wk.sink, &it.st);
            trans.score(&wk.sink.keys, &mut wk.scores);
            for m in 0..3 {
                if it.st.valid(m) {
                    self.cands.push((it.score + wk.scores[m], pi, m));
                }
            }
        }
        // Ties go to the earlier candidate, so the search is deterministic.
        self.cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        self.cands.truncate(width);
        // Parses that trail the best by more than `margin` rarely catch up: dropping them
        // saves most of the beam's cost where the model is sure.
        let floor = self.cands.first().map_or(0.0, |c| c.0) - margin;
        let keep = self.cands.iter().take_while(|c| c.0 >= floor).count().max(1);
        self.cands.truncate(keep);
        let training = gold_move.is_some();
        self.children.clear();
        self.children.resize(self.live, 0);
        for c in &self.cands {
            self.children[c.1] += 1;
        }
        for (j, &(score, pi, m)) in self.cands.iter().enumerate() {
            // A parent's last child takes its buffers whole; earlier children copy them.
            self.children[pi] -= 1;
            if self.children[pi] == 0 {
                std::mem::swap(&mut self.cur[pi], &mut self.next[j]);
            } else {
                let (parent, item) = (&self.cur[pi], &mut self.next[j]);
                item.st.copy_config_from(&parent.st);
                item.gold = parent.gold;
                if training {
                    item.moves.clone_from(&parent.moves);
                }
            }
            let item = &mut self.next[j];
            item.score = score;
            item.gold &= gold_move == Some(m);
            let mut label = NO_LABEL;
            if m != SHIFT {
                let (h, d) = item.st.pair(m);
                label = labels.label(&item.st, h, d, &mut wk.lsink, &mut wk.lscores);
            }
            item.st.apply(m, label);
            if training {
                item.moves.push((m as u8, label));
            }
        }
        std::mem::swap(&mut self.cur, &mut self.next);
        self.live = self.cands.len();
    }
}

/// Parses `wk.st` (already initialised) with a beam of `width` and `margin`, leaving the
/// best parse in `wk.st`.
pub(super) fn decode(beam: &mut Beam, (width, margin): (usize, f32), trans: &impl Score, labels: &mut impl Labeller, wk: &mut Work) {
    beam.reset(wk, width);
    for _ in 0..2 * wk.st.n {
        beam.step(width, margin, trans, labels, wk, None);
    }
    if let Some(best) = beam.items().first() {
        wk.st.copy_from(&best.st);
    }
}

/// Training: labels of gold arcs are the gold labels (as in greedy training), others the
/// current label model's guess.
struct GoldLabels<'a> {
    lt: &'a Trainer,
    gh: &'a [u32],
    rels: &'a [u8],
}

impl Labeller for GoldLabels<'_> {
    fn label(&mut self, st: &State, head: u32, dep: u32, sink: &mut FeatSink, scores: &mut [f32]) -> u8 {
        if self.gh.get(dep as usize) == Some(&head) {
            return self.rels[dep as usize - 1];
        }
        ByModel(&self.lt.cur).label(st, head, dep, sink, scores)
    }
}

/// One sentence of max-violation training: follows the oracle's path (min-cost moves, ties
/// broken by the model) beside the beam, and updates towards the oracle's prefix and away from
/// the beam's best at the step where the beam's best most outscores it. The label model
/// learns on the oracle's arcs. `wk.st` must be initialised for the sentence.
#[allow(clippy::too_many_arguments)]
pub(super) fn train_sentence(
    beam: &mut Beam,
    width: usize,
    tt: &mut Trainer,
    lt: &mut Trainer,
    wk: &mut Work,
    gh: &[u32],
    rels: &[u8],
    replay: &mut State,
) {
    beam.reset(wk, width);
    let mut gold_moves: Vec<(u8, u8)> = Vec::with_capacity(2 * wk.st.n);
    let mut gold_score = 0f32;
    let mut worst: Option<(f32, Vec<(u8, u8)>)> = None;
    let mut costs = [0u32; 3];
    // wk.st walks the oracle's path.
    for _ in 0..2 * wk.st.n {
        trans_features(&mut wk.sink, &wk.st);
        tt.cur.score(&wk.sink.keys, &mut wk.scores);
        let st = &wk.st;
        let mut min = u32::MAX;
        for (m, c) in costs.iter_mut().enumerate() {
            *c = if st.valid(m) { st.cost(m, gh) } else { u32::MAX };
            min = min.min(*c);
        }
        let gm = crate::perceptron::argmax(&wk.scores, |m| costs[m] == min);
        gold_score += wk.scores[gm];
        let mut label = NO_LABEL;
        if gm != SHIFT {
            let (h, d) = st.pair(gm);
            label_features(&mut wk.lsink, st, h, d);
            lt.cur.score(&wk.lsink.keys, &mut wk.lscores);
            let guess = best_label(&wk.lscores, h);
            label = guess;
            if gh[d as usize] == h {
                let truth = rels[d as usize - 1];
                lt.update(&wk.lsink.keys, truth as usize, guess as usize, 1.0);
                lt.tick();
                label = truth;
            }
        }
        gold_moves.push((gm as u8, label));
        let mut gl = GoldLabels { lt, gh, rels };
        beam.step(width, f32::INFINITY, &tt.cur, &mut gl, wk, Some(gm));
        wk.st.apply(gm, label);
        if let Some(best) = beam.items().first().filter(|b| !b.gold) {
            let v = best.score - gold_score;
            if v >= 0.0 && worst.as_ref().is_none_or(|(w, _)| v > *w) {
                worst = Some((v, best.moves.clone()));
            }
        }
    }
    if let Some((_, wrong)) = worst {
        let n = wrong.len();
        for (moves, sign) in [(&gold_moves[..n], 1.0f32), (&wrong[..], -1.0)] {
            replay.copy_from(&wk.st);
            replay.restart();
            for &(m, l) in moves {
                trans_features(&mut wk.sink, replay);
                tt.add(&wk.sink.keys, m as usize, sign);
                replay.apply(m as usize, l);
            }
        }
    }
    tt.tick();
}

#[cfg(test)]
mod tests {
    use super::super::{train, ParseOptions, Parser, Work};
    use super::*;
    use crate::clusters::Clusters;
    use crate::io::{self, TaggedSentence};
    use crate::Models;

    fn ewt_dev(n: usize) -> Vec<TaggedSentence> {
        let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/ud_english_ewt/en_ewt-ud-dev.conllu");
        let sents = io::read_conllu_file(&path).expect("EWT dev beside the repository");
        sents.iter().map(|s| s.to_tagged()).filter(|s| s.words.len() > 1).take(n).collect()
    }

    /// Every word has one head in range and following heads from any word reaches the root.
    fn assert_tree(heads: &[u32]) {
        let n = heads.len();
        for start in 1..=n {
            let mut at = start;
            for _ in 0..=n {
                if at == 0 {
                    break;
                }
                assert!(heads[at - 1] as usize <= n, "head out of range in {heads:?}");
                at = heads[at - 1] as usize;
            }
            assert_eq!(at, 0, "word {start} never reaches the root in {heads:?}");
        }
    }

    #[test]
    fn a_beam_of_one_is_the_greedy_parse() {
        let m = Models::embedded();
        assert_eq!(m.parser.beam(), (1, f32::INFINITY), "the committed model parses greedily");
        let mut tags = Vec::new();
        let (mut greedy, mut beam) = (Work::new(m.parser.trans.bits, m.parser.label.bits), Beam::default());
        let mut wk = Work::new(m.parser.trans.bits, m.parser.label.bits);
        for s in ewt_dev(200) {
            let words = s.word_refs();
            m.pos.tag(&words, &mut tags);
            m.parser.parse_chunk(&mut greedy, &mut Beam::default(), &words, &tags);
            wk.st.init(&mut wk.an, &m.parser.clusters, &words, &tags);
            decode(&mut beam, (1, f32::INFINITY), &m.parser.trans, &mut ByModel(&m.parser.label), &mut wk);
            assert_eq!((&wk.st.heads, &wk.st.labels), (&greedy.st.heads, &greedy.st.labels), "{words:?}");
        }
    }

    #[test]
    fn a_beam_parser_learns_parses_trees_and_keeps_its_width_in_the_file() {
        let sents = ewt_dev(150);
        let gold_pos: Vec<_> = sents.iter().map(|s| s.upos.clone()).collect();
        let opts = ParseOptions { iterations: 4, trans_bits: 16, label_bits: 14, beam: 4, ..Default::default() };
        let parser = train(&opts, &sents, &gold_pos, &sents, None, Clusters::default(), &mut |_| ());
        assert_eq!(parser.beam().0, 4);
        // Seen sentences, gold tags: a model that learned anything gets most heads right.
        let sc = super::super::evaluate(&parser, None, &sents);
        assert!(sc.uas() > 0.9, "UAS on its training sentences {}", sc.uas());
        let copy = Parser::from_bytes(&parser.to_bytes()).expect("round trip");
        assert_eq!(copy.beam(), parser.beam());
        let (mut h1, mut r1, mut h2, mut r2) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for s in &sents {
            parser.parse(&s.word_refs(), &s.upos, &mut h1, &mut r1);
            copy.parse(&s.word_refs(), &s.upos, &mut h2, &mut r2);
            assert_eq!((&h1, &r1), (&h2, &r2));
            assert_tree(&h1);
        }
    }
}
