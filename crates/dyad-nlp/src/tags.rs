//! Tag sets: UPOS, UD dependency relations (with EWT subtypes) and CoNLL entity tags.

macro_rules! str_enum {
    ($(#[$m:meta])* $name:ident { $($var:ident = $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($var),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$var),*];
            pub const COUNT: usize = Self::ALL.len();
            pub fn as_str(self) -> &'static str {
                match self { $($name::$var => $s),* }
            }
            /// Exact (case-sensitive) parse of the CoNLL-U spelling.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$var),)* _ => None }
            }
            pub fn from_index(i: usize) -> Option<Self> {
                Self::ALL.get(i).copied()
            }
            pub fn index(self) -> usize { self as usize }
        }
        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                Self::parse(s).ok_or_else(|| format!("unknown {}: {s:?}", stringify!($name)))
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

str_enum!(
    /// Universal POS tags (UD v2).
    Upos {
        Adj = "ADJ", Adp = "ADP", Adv = "ADV", Aux = "AUX", Cconj = "CCONJ", Det = "DET",
        Intj = "INTJ", Noun = "NOUN", Num = "NUM", Part = "PART", Pron = "PRON", Propn = "PROPN",
        Punct = "PUNCT", Sconj = "SCONJ", Sym = "SYM", Verb = "VERB", X = "X",
    }
);

str_enum!(
    /// UD dependency relations as used in English EWT, subtypes included.
    DepRel {
        Acl = "acl", AclRelcl = "acl:relcl", Advcl = "advcl", AdvclRelcl = "advcl:relcl",
        Advmod = "advmod", Amod = "amod", Appos = "appos", Aux = "aux", AuxPass = "aux:pass",
        Case = "case", Cc = "cc", CcPreconj = "cc:preconj", Ccomp = "ccomp", Clf = "clf",
        Compound = "compound", CompoundPrt = "compound:prt", Conj = "conj", Cop = "cop",
        Csubj = "csubj", CsubjOuter = "csubj:outer", CsubjPass = "csubj:pass", Dep = "dep",
        Det = "det", DetPredet = "det:predet", Discourse = "discourse", Dislocated = "dislocated",
        Expl = "expl", Fixed = "fixed", Flat = "flat", FlatForeign = "flat:foreign",
        Goeswith = "goeswith", Iobj = "iobj", List = "list", Mark = "mark", Nmod = "nmod",
        NmodDesc = "nmod:desc", NmodPoss = "nmod:poss", NmodTmod = "nmod:tmod",
        NmodNpmod = "nmod:npmod", NmodUnmarked = "nmod:unmarked", Nsubj = "nsubj",
        NsubjOuter = "nsubj:outer", NsubjPass = "nsubj:pass", Nummod = "nummod", Obj = "obj",
        Obl = "obl", OblAgent = "obl:agent", OblTmod = "obl:tmod", OblNpmod = "obl:npmod",
        OblUnmarked = "obl:unmarked", Orphan = "orphan", Parataxis = "parataxis",
        Punct = "punct", Reparandum = "reparandum", Root = "root", Vocative = "vocative",
        Xcomp = "xcomp",
    }
);

impl DepRel {
    /// Lenient parse: unknown subtypes fall back to their base relation, then to `dep`.
    pub fn parse_lenient(s: &str) -> DepRel {
        if let Some(r) = DepRel::parse(s) {
            return r;
        }
        let base = s.split(':').next().unwrap_or(s);
        DepRel::parse(base).unwrap_or(DepRel::Dep)
    }
    /// The relation without its subtype (`nsubj:pass` → `nsubj`).
    pub fn base(self) -> &'static str {
        let s = self.as_str();
        s.split(':').next().unwrap_or(s)
    }
}

str_enum!(
    /// CoNLL-2003 entity types.
    EntType { Per = "PER", Org = "ORG", Loc = "LOC", Misc = "MISC" }
);

/// An IOB2 entity tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum NerTag {
    #[default]
    O,
    B(EntType),
    I(EntType),
}

impl NerTag {
    pub const COUNT: usize = 1 + 2 * EntType::COUNT;

    /// Dense class index: O = 0, B-x = 1 + 2x, I-x = 2 + 2x.
    pub fn index(self) -> usize {
        match self {
            NerTag::O => 0,
            NerTag::B(t) => 1 + 2 * t.index(),
            NerTag::I(t) => 2 + 2 * t.index(),
        }
    }
    pub fn from_index(i: usize) -> NerTag {
        if i == 0 || i >= Self::COUNT {
            return NerTag::O;
        }
        let t = EntType::ALL[(i - 1) / 2];
        if i % 2 == 1 {
            NerTag::B(t)
        } else {
            NerTag::I(t)
        }
    }
    pub fn ent_type(self) -> Option<EntType> {
        match self {
            NerTag::O => None,
            NerTag::B(t) | NerTag::I(t) => Some(t),
        }
    }
    /// Parses `O`, `B-PER`, `I-LOC`, also `E-`/`S-` (IOBES, mapped to I/B).
    pub fn parse(s: &str) -> Option<NerTag> {
        if s == "O" {
            return Some(NerTag::O);
        }
        let (p, t) = s.split_once('-')?;
        let t = EntType::parse(t)?;
        match p {
            "B" | "S" => Some(NerTag::B(t)),
            "I" | "E" => Some(NerTag::I(t)),
            _ => None,
        }
    }
    pub fn write_to(self, out: &mut String) {
        match self {
            NerTag::O => out.push('O'),
            NerTag::B(t) => {
                out.push_str("B-");
                out.push_str(t.as_str());
            }
            NerTag::I(t) => {
                out.push_str("I-");
                out.push_str(t.as_str());
            }
        }
    }
}

impl std::fmt::Display for NerTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        self.write_to(&mut s);
        f.write_str(&s)
    }
}

/// Converts IOB1 (an `I-` may open an entity) to IOB2 in place.
pub fn iob1_to_iob2(tags: &mut [NerTag]) {
    let mut prev = NerTag::O;
    for t in tags.iter_mut() {
        if let NerTag::I(ty) = *t {
            if prev.ent_type() != Some(ty) {
                *t = NerTag::B(ty);
            }
        }
        prev = *t;
    }
}
