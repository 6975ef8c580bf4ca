//! Readers for CoNLL-U, CoNLL-2003 (space-separated, `-DOCSTART-`) and UNER `.iob2` files.
//! Malformed lines are reported as errors with their line number, never as panics.

use crate::tags::{iob1_to_iob2, DepRel, NerTag, Upos};
use anyhow::{bail, Context, Result};
use std::io::BufRead;
use std::path::Path;

/// One CoNLL-U line of a sentence, kept verbatim so a writer can reproduce it.
#[derive(Clone, Debug, PartialEq)]
pub enum ConlluLine {
    Comment(String),
    /// A syntactic word (integer id): the ten columns.
    Word(Vec<String>),
    /// A multiword range (`3-4`) or an empty node (`8.1`): the ten columns.
    Other(Vec<String>),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConlluSentence {
    pub lines: Vec<ConlluLine>,
}

impl ConlluSentence {
    pub fn words(&self) -> impl Iterator<Item = &[String]> {
        self.lines.iter().filter_map(|l| match l {
            ConlluLine::Word(c) => Some(c.as_slice()),
            _ => None,
        })
    }
    pub fn to_tagged(&self) -> TaggedSentence {
        let mut t = TaggedSentence::default();
        for c in self.words() {
            t.words.push(c[1].clone());
            t.upos.push(Upos::parse(&c[3]).unwrap_or(Upos::X));
            t.heads.push(c[6].parse().unwrap_or(0));
            t.rels.push(DepRel::parse_lenient(&c[7]));
        }
        t
    }
    pub fn write(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        for l in &self.lines {
            match l {
                ConlluLine::Comment(c) => writeln!(out, "{c}")?,
                ConlluLine::Word(c) | ConlluLine::Other(c) => writeln!(out, "{}", c.join("\t"))?,
            }
        }
        writeln!(out)
    }
}

/// Gold (or predicted) annotation of one sentence of syntactic words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TaggedSentence {
    pub words: Vec<String>,
    pub upos: Vec<Upos>,
    /// 1-based heads, 0 = root.
    pub heads: Vec<u32>,
    pub rels: Vec<DepRel>,
}

impl TaggedSentence {
    pub fn word_refs(&self) -> Vec<&str> {
        self.words.iter().map(|s| s.as_str()).collect()
    }
}

pub fn open(path: &Path) -> Result<Box<dyn BufRead>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(std::io::BufReader::new(std::io::stdin())));
    }
    let f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    Ok(Box::new(std::io::BufReader::with_capacity(1 << 16, f)))
}

pub fn read_conllu_file(path: &Path) -> Result<Vec<ConlluSentence>> {
    read_conllu(open(path)?).with_context(|| format!("reading {}", path.display()))
}

pub fn read_conllu(r: impl BufRead) -> Result<Vec<ConlluSentence>> {
    let mut out = Vec::new();
    let mut cur = ConlluSentence::default();
    let mut next_id = 1u32;
    for (n, line) in r.lines().enumerate() {
        let line = line?;
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() {
            if !cur.lines.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            next_id = 1;
            continue;
        }
        if line.starts_with('#') {
            cur.lines.push(ConlluLine::Comment(line.to_string()));
            continue;
        }
        let cols: Vec<String> = line.split('\t').map(str::to_string).collect();
        if cols.len() != 10 {
            bail!("line {}: expected 10 tab-separated columns, found {}", n + 1, cols.len());
        }
        let id = cols[0].as_str();
        if id.contains('-') || id.contains('.') {
            cur.lines.push(ConlluLine::Other(cols));
            continue;
        }
        match id.parse::<u32>() {
            Ok(i) if i == next_id => next_id += 1,
            _ => bail!("line {}: bad or out-of-order word id {id:?}", n + 1),
        }
        if cols[1].is_empty() {
            bail!("line {}: empty FORM", n + 1);
        }
        cur.lines.push(ConlluLine::Word(cols));
    }
    if !cur.lines.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// A sentence of an NER file. `doc` numbers documents (split at `-DOCSTART-` or `# newdoc`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NerSentence {
    pub words: Vec<String>,
    /// IOB2 (IOB1 input is converted).
    pub tags: Vec<NerTag>,
    pub doc: usize,
    /// `# sent_id` of `.iob2` files.
    pub id: Option<String>,
}

impl NerSentence {
    pub fn word_refs(&self) -> Vec<&str> {
        self.words.iter().map(|s| s.as_str()).collect()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NerFormat {
    /// CoNLL-2003: whitespace-separated, token first, tag last.
    Conll,
    /// UNER: tab-separated, `#` comments, token in column 2, tag in column 3.
    Iob2,
}

impl NerFormat {
    /// Guesses from the first non-blank line.
    pub fn sniff(first_line: &str) -> NerFormat {
        let l = first_line.trim_start();
        if l.starts_with('#') {
            return NerFormat::Iob2;
        }
        let cols: Vec<&str> = l.split('\t').collect();
        if cols.len() >= 3 && cols[0].parse::<u32>().is_ok() {
            NerFormat::Iob2
        } else {
            NerFormat::Conll
        }
    }
}

pub fn read_ner_file(path: &Path, format: Option<NerFormat>) -> Result<Vec<NerSentence>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let fmt = format.unwrap_or_else(|| NerFormat::sniff(text.lines().find(|l| !l.trim().is_empty()).unwrap_or("")));
    read_ner(text.as_bytes(), fmt).with_context(|| format!("parsing {}", path.display()))
}

/// Splits a data line into (token, tag field) for the given format.
pub fn ner_fields(line: &str, fmt: NerFormat) -> Option<(&str, Option<&str>)> {
    match fmt {
        NerFormat::Conll => {
            let mut it = line.split_whitespace();
            let tok = it.next()?;
            Some((tok, it.last()))
        }
        NerFormat::Iob2 => {
            let mut it = line.split('\t');
            it.next()?;
            let tok = it.next()?;
            Some((tok, it.next()))
        }
    }
}

pub fn read_ner(r: impl BufRead, fmt: NerFormat) -> Result<Vec<NerSentence>> {
    let mut out = Vec::new();
    let mut cur = NerSentence::default();
    let mut doc = 0usize;
    let mut seen_any = false;
    let flush = |cur: &mut NerSentence, out: &mut Vec<NerSentence>| {
        if !cur.words.is_empty() {
            iob1_to_iob2(&mut cur.tags);
            out.push(std::mem::take(cur));
        }
    };
    for (n, line) in r.lines().enumerate() {
        let line = line?;
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() {
            flush(&mut cur, &mut out);
            cur.doc = doc;
            continue;
        }
        if fmt == NerFormat::Iob2 && line.starts_with('#') {
            if let Some(id) = line.strip_prefix("# sent_id = ") {
                cur.id = Some(id.trim().to_string());
            }
            if line.starts_with("# newdoc") && seen_any {
                doc += 1;
                cur.doc = doc;
            }
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            flush(&mut cur, &mut out);
            if seen_any {
                doc += 1;
            }
            cur.doc = doc;
            continue;
        }
        let Some((tok, tag)) = ner_fields(line, fmt) else {
            bail!("line {}: no token", n + 1);
        };
        let tag = tag.with_context(|| format!("line {}: no tag column", n + 1))?;
        let tag = NerTag::parse(tag).with_context(|| format!("line {}: bad tag {tag:?}", n + 1))?;
        seen_any = true;
        cur.words.push(tok.to_string());
        cur.tags.push(tag);
    }
    flush(&mut cur, &mut out);
    Ok(out)
}
