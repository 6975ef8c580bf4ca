//! File-level commands shared by the `dyad` CLI (`src/cmd_nlp.rs`) and the `dyad-nlp` bin.

use crate::eval::{chunks, NerScore};
use crate::io::{self, ConlluLine, NerFormat};
use crate::ner::{self, NerOptions};
use crate::parser::{self, ParseOptions};
use crate::pos::{self, PosOptions};
use crate::tags::{iob1_to_iob2, EntType, NerTag};
use crate::train::{self, Report};
use crate::Models;
use anyhow::{Context, Result};
use std::fmt::Write as _;
use std::io::{BufRead, Write};
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    Pos,
    Ner,
    Parse,
}

pub struct TrainSpec<'a> {
    pub task: Task,
    pub corpus: &'a Path,
    pub dev: &'a Path,
    pub out: &'a Path,
    pub iterations: Option<usize>,
    pub seed: u64,
    /// POS model used for NER/parser features (default: `pos.bin` beside `out`).
    pub pos_model: Option<&'a Path>,
    /// Word-cluster file (NER and parser features).
    pub clusters: Option<&'a Path>,
    /// Parser beam width (1: greedy).
    pub beam: usize,
}

pub fn train(spec: &TrainSpec) -> Result<Report> {
    let pos_path = || match spec.pos_model {
        Some(p) => p.to_path_buf(),
        None => spec.out.with_file_name("pos.bin"),
    };
    match spec.task {
        Task::Pos => {
            let mut o = PosOptions { seed: spec.seed, ..Default::default() };
            o.iterations = spec.iterations.unwrap_or(o.iterations);
            train::train_pos(spec.corpus, spec.dev, spec.out, &o)
        }
        Task::Ner => {
            let pos = train::load_pos(&pos_path())?;
            let mut o = NerOptions { seed: spec.seed, ..Default::default() };
            o.iterations = spec.iterations.unwrap_or(o.iterations);
            train::train_ner(spec.corpus, spec.dev, spec.out, &pos, spec.clusters, &o)
        }
        Task::Parse => {
            let pos = train::load_pos(&pos_path())?;
            let mut o = ParseOptions { seed: spec.seed, beam: spec.beam, ..Default::default() };
            o.iterations = spec.iterations.unwrap_or(o.iterations);
            train::train_parse(spec.corpus, spec.dev, spec.out, &pos, 5, spec.clusters, &o)
        }
    }
}

/// Rewrites UPOS, HEAD and DEPREL of every syntactic word; all else is copied.
pub fn tag_conllu(models: &Models, input: impl BufRead, out: &mut impl Write) -> Result<()> {
    let sents = io::read_conllu(input)?;
    let (mut tags, mut heads, mut rels) = (Vec::new(), Vec::new(), Vec::new());
    for mut s in sents {
        let words: Vec<String> = s.words().map(|c| c[1].clone()).collect();
        let w: Vec<&str> = words.iter().map(|s| s.as_str()).collect();
        models.pos.tag(&w, &mut tags);
        models.parser.parse(&w, &tags, &mut heads, &mut rels);
        let mut i = 0;
        for l in s.lines.iter_mut() {
            if let ConlluLine::Word(c) = l {
                c[3] = tags[i].as_str().to_string();
                c[6] = heads[i].to_string();
                c[7] = rels[i].as_str().to_string();
                i += 1;
            }
        }
        s.write(out)?;
    }
    Ok(())
}

/// Appends the predicted IOB2 tag to every token line (same separator as the input).
/// Sentences are tagged document by document (`-DOCSTART-` lines, `# newdoc` comments), so
/// later sentences see the tags earlier ones gave to the same names ([`crate::NerTagger::tag_doc`]).
pub fn ner_lines(models: &Models, input: impl BufRead, fmt: Option<NerFormat>, out: &mut impl Write) -> Result<()> {
    let mut doc: Vec<String> = Vec::new();
    let mut fmt = fmt;
    for line in input.lines() {
        let line = line?;
        let line = line.trim_end_matches('\r').to_string();
        let f = *fmt.get_or_insert_with(|| NerFormat::sniff(&line));
        if line.starts_with("-DOCSTART-") {
            flush_doc(models, &mut doc, f, out)?;
            writeln!(out, "{line}")?;
        } else {
            if f == NerFormat::Iob2 && line.starts_with("# newdoc") {
                flush_doc(models, &mut doc, f, out)?;
            }
            doc.push(line);
        }
    }
    flush_doc(models, &mut doc, fmt.unwrap_or(NerFormat::Conll), out)
}

/// Tags and writes the buffered lines of one document.
fn flush_doc(models: &Models, doc: &mut Vec<String>, fmt: NerFormat, out: &mut dyn Write) -> Result<()> {
    let is_token = |l: &str| !l.trim().is_empty() && (fmt != NerFormat::Iob2 || !l.starts_with('#')) && io::ner_fields(l, fmt).is_some();
    // Sentences = runs of lines between blank lines; their token words in order.
    let mut sents: Vec<Vec<&str>> = vec![Vec::new()];
    for l in doc.iter() {
        if l.trim().is_empty() {
            if sents.last().is_some_and(|s| !s.is_empty()) {
                sents.push(Vec::new());
            }
        } else if is_token(l) {
            if let (Some(s), Some(f)) = (sents.last_mut(), io::ner_fields(l, fmt)) {
                s.push(f.0);
            }
        }
    }
    let pos = models.pos.tag_all(&sents);
    let pairs: Vec<(&[&str], &[crate::Upos])> = sents.iter().zip(&pos).map(|(w, p)| (w.as_slice(), p.as_slice())).collect();
    let mut tags = Vec::new();
    models.ner.tag_doc(&pairs, &mut tags);
    let sep = if fmt == NerFormat::Iob2 { "\t" } else { " " };
    let mut flat = tags.iter().flatten();
    for l in doc.iter() {
        if is_token(l) {
            let t = flat.next().copied().unwrap_or_default();
            writeln!(out, "{l}{sep}{t}")?;
        } else {
            writeln!(out, "{l}")?;
        }
    }
    doc.clear();
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Auto,
    Conll,
    Iob2,
    Conllu,
}

/// One report block for one gold file.
pub fn eval_file(models: &Models, task: Task, path: &Path, format: Format) -> Result<String> {
    let mut s = format!("== {} ({:?})\n", path.display(), task);
    match task {
        Task::Pos | Task::Parse => {
            let gold = train::read_tagged(path)?;
            let sc = parser::evaluate(&models.parser, Some(&models.pos), &gold);
            if task == Task::Pos {
                let (ok, n) = pos::accuracy(&models.pos, &gold);
                writeln!(s, "tokens {n}; UPOS accuracy {:.2}%", 100.0 * ok as f64 / n.max(1) as f64)?;
            } else {
                writeln!(
                    s,
                    "tokens {}; UPOS {:.2}%; UAS {:.2}%; LAS {:.2}%",
                    sc.tokens,
                    sc.pos() * 100.0,
                    sc.uas() * 100.0,
                    sc.las() * 100.0
                )?;
            }
        }
        Task::Ner => {
            let fmt = match format {
                Format::Conll => Some(NerFormat::Conll),
                Format::Iob2 => Some(NerFormat::Iob2),
                _ => None,
            };
            let gold = io::read_ner_file(path, fmt).with_context(|| format!("reading {}", path.display()))?;
            let has_misc = gold.iter().any(|g| g.tags.iter().any(|t| t.ent_type() == Some(EntType::Misc)));
            let (all, news) = score_ner(models, &gold, !has_misc);
            if !has_misc {
                writeln!(s, "(gold has no MISC: predicted MISC mapped to O)")?;
            }
            s.push_str(&all.report());
            if news.sentences > 0 && news.sentences < all.sentences {
                writeln!(s, "-- news half (sent_id starting with 'n')")?;
                s.push_str(&news.report());
            }
        }
    }
    Ok(s)
}

fn score_ner(models: &Models, gold: &[io::NerSentence], no_misc: bool) -> (NerScore, NerScore) {
    let (mut all, mut news) = (NerScore::default(), NerScore::default());
    for (g, mut out) in ner::tag_gold_docs(&models.ner, &models.pos, gold) {
        if no_misc {
            for t in out.iter_mut() {
                if t.ent_type() == Some(EntType::Misc) {
                    *t = NerTag::O;
                }
            }
            iob1_to_iob2(&mut out);
        }
        let (gc, pc) = (chunks(&g.tags), chunks(&out));
        all.add(&gc, &pc);
        if g.id.as_deref().is_some_and(|id| id.starts_with('n')) {
            news.add(&gc, &pc);
        }
    }
    (all, news)
}

/// Convenience for evaluating a freshly trained NER model without rebuilding.
pub fn ner_dev_f1(models: &Models, gold: &[io::NerSentence]) -> f64 {
    ner::evaluate(&models.ner, &models.pos, gold, false).f1()
}

pub fn default_iterations(task: Task) -> usize {
    match task {
        Task::Pos => PosOptions::default().iterations,
        Task::Ner => NerOptions::default().iterations,
        Task::Parse => ParseOptions::default().iterations,
    }
}
