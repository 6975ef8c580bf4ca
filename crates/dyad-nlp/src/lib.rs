//! Statistical NLP core of dyad: a UPOS tagger, a CoNLL-style NER tagger and a labelled
//! transition-based dependency parser, all hashed averaged perceptrons with compact
//! binary model files embedded in the library.

mod binfmt;
pub mod cli;
pub mod clusters;
pub mod clusters_build;
pub mod eval;
pub mod feat;
pub mod gaz;
pub mod io;
pub mod ner;
pub mod parser;
mod perceptron;
pub mod pos;
pub mod tags;
pub mod train;
mod util;

pub use io::{ConlluSentence, NerFormat, NerSentence, TaggedSentence};
pub use ner::NerTagger;
pub use parser::Parser;
pub use pos::PosTagger;
pub use tags::{DepRel, EntType, NerTag, Upos};

use std::sync::OnceLock;

static POS_BIN: &[u8] = include_bytes!("../../../data/models/pos.bin");
static NER_BIN: &[u8] = include_bytes!("../../../data/models/ner.bin");
static PARSE_BIN: &[u8] = include_bytes!("../../../data/models/parse.bin");

pub struct Models {
    pub pos: PosTagger,
    pub ner: NerTagger,
    pub parser: Parser,
}

impl Models {
    /// Loads the three committed models (embedded at compile time) once.
    pub fn embedded() -> &'static Models {
        static M: OnceLock<Models> = OnceLock::new();
        M.get_or_init(|| Models::from_bytes(POS_BIN, NER_BIN, PARSE_BIN).expect("embedded models are valid"))
    }

    pub fn from_bytes(pos: &[u8], ner: &[u8], parse: &[u8]) -> anyhow::Result<Models> {
        Ok(Models { pos: PosTagger::from_bytes(pos)?, ner: NerTagger::from_bytes(ner)?, parser: Parser::from_bytes(parse)? })
    }

    pub fn load_dir(dir: &std::path::Path) -> anyhow::Result<Models> {
        let rd = |f: &str| {
            let p = dir.join(f);
            std::fs::read(&p).map_err(|e| anyhow::anyhow!("reading {}: {e}", p.display()))
        };
        Models::from_bytes(&rd("pos.bin")?, &rd("ner.bin")?, &rd("parse.bin")?)
    }
}
