//! Training and scoring of the parser: the dynamic oracle's cost decides which moves are
//! right, and exploration follows the model's own mistakes so it learns to recover from them.

use super::{beam, best_label, label_features, trans_features, Parser, State, Work, MAX_CHUNK, NONE, NO_LABEL, SHIFT};
use crate::clusters::Clusters;
use crate::eval::ParseScore;
use crate::io::TaggedSentence;
use crate::perceptron::{argmax, QWeights, Rng, Trainer};
use crate::pos::PosTagger;
use crate::tags::{DepRel, Upos};

#[derive(Clone, Debug)]
pub struct ParseOptions {
    pub iterations: usize,
    pub seed: u64,
    pub trans_bits: u32,
    pub label_bits: u32,
    /// Probability of following the model's (possibly wrong) move after the first iteration.
    pub explore: f64,
    /// Beam width: 1 trains the greedy parser with the dynamic oracle; more trains a beam
    /// parser globally (max-violation), and the model parses with that width.
    pub beam: usize,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { iterations: 12, seed: 1, trans_bits: 20, label_bits: 17, explore: 0.9, beam: 1 }
    }
}

/// Scores with POS from `pos` (predicted) or gold POS when `pos` is `None`.
pub fn evaluate(parser: &Parser, pos: Option<&PosTagger>, gold: &[TaggedSentence]) -> ParseScore {
    let mut sc = ParseScore::default();
    let (mut tags, mut heads, mut rels) = (Vec::new(), Vec::new(), Vec::new());
    for s in gold {
        let words = s.word_refs();
        match pos {
            Some(p) => p.tag(&words, &mut tags),
            None => tags.clone_from(&s.upos),
        }
        parser.parse(&words, &tags, &mut heads, &mut rels);
        for i in 0..s.words.len() {
            sc.tokens += 1;
            sc.pos_ok += (tags[i] == s.upos[i]) as usize;
            if heads[i] == s.heads[i] {
                sc.uas += 1;
                sc.las += (rels[i] == s.rels[i]) as usize;
            }
        }
    }
    sc
}

/// `train_pos` holds the POS tags to train with (predicted or gold), one per sentence.
pub fn train(
    opts: &ParseOptions,
    train: &[TaggedSentence],
    train_pos: &[Vec<Upos>],
    dev: &[TaggedSentence],
    dev_pos: Option<&PosTagger>,
    clusters: Clusters,
    log: &mut dyn FnMut(String),
) -> Parser {
    let mut tt = Trainer::new(3, opts.trans_bits);
    let mut lt = Trainer::new(DepRel::COUNT, opts.label_bits);
    let mut rng = Rng::new(opts.seed);
    let mut wk = Work::new(opts.trans_bits, opts.label_bits);
    let mut order: Vec<usize> = (0..train.len()).filter(|&i| train[i].words.len() <= MAX_CHUNK).collect();
    let mut best: Option<(f64, Parser)> = None;
    let mut gh: Vec<u32> = Vec::new();
    let mut costs = [0u32; 3];
    let mut bm = beam::Beam::default();
    let mut replay = State::default();
    let mut rels: Vec<u8> = Vec::new();
    let width = opts.beam.max(1);
    for it in 0..opts.iterations {
        rng.shuffle(&mut order);
        for &si in &order {
            let s = &train[si];
            wk.st.init(&mut wk.an, &clusters, &s.word_refs(), &train_pos[si]);
            gh.clear();
            gh.push(NONE);
            gh.extend_from_slice(&s.heads);
            if width > 1 {
                rels.clear();
                rels.extend(s.rels.iter().map(|r| *r as u8));
                beam::train_sentence(&mut bm, width, &mut tt, &mut lt, &mut wk, &gh, &rels, &mut replay);
                continue;
            }
            while !wk.st.done() {
                trans_features(&mut wk.sink, &wk.st);
                tt.cur.score(&wk.sink.keys, &mut wk.scores);
                let st = &wk.st;
                let pred = argmax(&wk.scores, |m| st.valid(m));
                let mut min = u32::MAX;
                for (m, c) in costs.iter_mut().enumerate() {
                    *c = if st.valid(m) { st.cost(m, &gh) } else { u32::MAX };
                    min = min.min(*c);
                }
                let gold = argmax(&wk.scores, |m| costs[m] == min);
                if costs[pred] > min {
                    tt.update(&wk.sink.keys, gold, pred, 1.0);
                }
                tt.tick();
                let m = if it > 0 && costs[pred] > min && rng.unit() < opts.explore { pred } else { gold };
                let mut label = NO_LABEL;
                if m != SHIFT {
                    let (h, d) = st.pair(m);
                    label_features(&mut wk.lsink, st, h, d);
                    lt.cur.score(&wk.lsink.keys, &mut wk.lscores);
                    let guess = best_label(&wk.lscores, h) as usize;
                    label = guess as u8;
                    if gh[d as usize] == h {
                        let truth = s.rels[d as usize - 1] as usize;
                        lt.update(&wk.lsink.keys, truth, guess, 1.0);
                        lt.tick();
                        label = truth as u8;
                    }
                }
                wk.st.apply(m, label);
            }
        }
        let model = Parser {
            trans: QWeights::from_weights(&tt.averaged()),
            label: QWeights::from_weights(&lt.averaged()),
            clusters: clusters.clone(),
            beam: width,
            margin: f32::INFINITY,
        };
        let sc = evaluate(&model, dev_pos, dev);
        log(format!("iter {}: dev UAS {:.2} LAS {:.2}", it + 1, sc.uas() * 100.0, sc.las() * 100.0));
        if best.as_ref().is_none_or(|(b, _)| sc.las() > *b) {
            best = Some((sc.las(), model));
        }
    }
    let mut model = best.map(|b| b.1).unwrap_or_else(|| Parser {
        trans: QWeights::from_weights(&tt.averaged()),
        label: QWeights::from_weights(&lt.averaged()),
        clusters,
        beam: width,
        margin: f32::INFINITY,
    });
    if width > 1 {
        choose_margin(&mut model, dev, dev_pos, log);
    }
    model
}

/// The narrowest beam margin whose dev LAS is as good as the full beam's (to 0.05 points):
/// speed where the model is sure, the full beam where it is not.
fn choose_margin(model: &mut Parser, dev: &[TaggedSentence], dev_pos: Option<&PosTagger>, log: &mut dyn FnMut(String)) {
    let full = evaluate(model, dev_pos, dev).las();
    let width = model.beam;
    for margin in MARGINS {
        model.set_beam(width, margin);
        let las = evaluate(model, dev_pos, dev).las();
        log(format!("beam margin {margin}: dev LAS {:.2} (full beam {:.2})", las * 100.0, full * 100.0));
        if las >= full - 0.0005 {
            return;
        }
    }
    model.set_beam(width, f32::INFINITY);
}

/// Candidate margins, narrowest first, in the units of the averaged weights' scores.
const MARGINS: [f32; 7] = [10.0, 20.0, 40.0, 70.0, 100.0, 150.0, 250.0];
