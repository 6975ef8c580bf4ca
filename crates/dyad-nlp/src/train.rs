//! File-level training entry points used by the CLI.

use crate::clusters::Clusters;
use crate::io::{read_conllu_file, read_ner_file, TaggedSentence};
use crate::ner::{self, NerOptions};
use crate::parser::{self, ParseOptions};
use crate::pos::{self, PosOptions, PosTagger};
use crate::tags::Upos;
use anyhow::{Context, Result};
use std::path::Path;
use std::time::Instant;

/// Training log lines plus the final dev score.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub log: Vec<String>,
    pub dev_score: f64,
    pub model_bytes: usize,
}

fn logger<'a>(rep: &'a mut Report, t: Instant) -> impl FnMut(String) + 'a {
    move |s: String| {
        let line = format!("[{:7.1}s] {s}", t.elapsed().as_secs_f64());
        eprintln!("{line}");
        rep.log.push(line);
    }
}

pub fn read_tagged(path: &Path) -> Result<Vec<TaggedSentence>> {
    Ok(read_conllu_file(path)?.iter().map(|s| s.to_tagged()).collect())
}

pub fn train_pos(train: &Path, dev: &Path, out: &Path, opts: &PosOptions) -> Result<Report> {
    let t = Instant::now();
    let (tr, dv) = (read_tagged(train)?, read_tagged(dev)?);
    let mut rep = Report::default();
    let model = pos::train(opts, &tr, &dv, &mut logger(&mut rep, t));
    let (ok, n) = pos::accuracy(&model, &dv);
    rep.dev_score = ok as f64 / n.max(1) as f64;
    let bytes = model.to_bytes();
    rep.model_bytes = bytes.len();
    std::fs::write(out, bytes).with_context(|| format!("writing {}", out.display()))?;
    Ok(rep)
}

pub fn load_pos(path: &Path) -> Result<PosTagger> {
    let data = std::fs::read(path).with_context(|| format!("reading POS model {}", path.display()))?;
    PosTagger::from_bytes(&data)
}

pub fn train_ner(train: &Path, dev: &Path, out: &Path, pos: &PosTagger, clusters: Option<&Path>, opts: &NerOptions) -> Result<Report> {
    let t = Instant::now();
    let tr = read_ner_file(train, None)?;
    let dv = read_ner_file(dev, None)?;
    let cl = match clusters {
        Some(p) => crate::clusters::read_text(p)?,
        None => Clusters::default(),
    };
    let mut rep = Report::default();
    logger(&mut rep, t)(format!("{} training sentences, {} clustered words", tr.len(), cl.len()));
    let model = ner::train(opts, &tr, &dv, pos, cl, &mut logger(&mut rep, t));
    rep.dev_score = ner::evaluate(&model, pos, &dv, false).f1();
    let bytes = model.to_bytes();
    rep.model_bytes = bytes.len();
    std::fs::write(out, bytes).with_context(|| format!("writing {}", out.display()))?;
    Ok(rep)
}

/// POS tags for `train` from taggers trained on the other folds, so the parser learns from
/// tags as noisy as the ones it will see.
pub fn jackknife_pos(
    train: &[TaggedSentence],
    dev: &[TaggedSentence],
    folds: usize,
    opts: &PosOptions,
    log: &mut dyn FnMut(String),
) -> Vec<Vec<Upos>> {
    let mut out = vec![Vec::new(); train.len()];
    for f in 0..folds {
        let rest: Vec<TaggedSentence> = train.iter().enumerate().filter(|(i, _)| i % folds != f).map(|(_, s)| s.clone()).collect();
        let tagger = pos::train(opts, &rest, dev, &mut |_| {});
        let mut ok = (0, 0);
        for (i, s) in train.iter().enumerate().filter(|(i, _)| i % folds == f) {
            tagger.tag(&s.word_refs(), &mut out[i]);
            ok.0 += out[i].iter().zip(&s.upos).filter(|(a, b)| a == b).count();
            ok.1 += s.upos.len();
        }
        log(format!("jackknife fold {}: held-out POS acc {:.4}", f + 1, ok.0 as f64 / ok.1.max(1) as f64));
    }
    out
}

pub fn train_parse(
    train: &Path,
    dev: &Path,
    out: &Path,
    pos: &PosTagger,
    jackknife: usize,
    clusters: Option<&Path>,
    opts: &ParseOptions,
) -> Result<Report> {
    let t = Instant::now();
    let cl = match clusters {
        Some(p) => crate::clusters::read_text(p)?,
        None => Clusters::default(),
    };
    let (tr, dv) = (read_tagged(train)?, read_tagged(dev)?);
    let mut rep = Report::default();
    let tags = if jackknife >= 2 {
        let po = PosOptions { seed: opts.seed, iterations: 6, ..Default::default() };
        jackknife_pos(&tr, &dv, jackknife, &po, &mut logger(&mut rep, t))
    } else {
        tr.iter().map(|s| s.upos.clone()).collect()
    };
    let model = parser::train(opts, &tr, &tags, &dv, Some(pos), cl, &mut logger(&mut rep, t));
    rep.dev_score = parser::evaluate(&model, Some(pos), &dv).las();
    let bytes = model.to_bytes();
    rep.model_bytes = bytes.len();
    std::fs::write(out, bytes).with_context(|| format!("writing {}", out.display()))?;
    Ok(rep)
}
