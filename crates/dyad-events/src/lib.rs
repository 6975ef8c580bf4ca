//! Event-coding building blocks for **dyad**: turn an English sentence (with an optional
//! Universal Dependencies parse) into PLOVER event triggers, actor/recipient roles,
//! modality and dates.
//!
//! The crate is deliberately independent of the rest of dyad: the extraction pipeline
//! tokenises, tags, parses and finds actor mentions, then hands this crate plain slices
//! ([`SentenceView`]) and candidate [`Mention`]s. Everything here is rule- and
//! lexicon-based, CPU-only and deterministic.
//!
//! * [`Lexicon`] — the trigger lexicon (`data/events/triggers.tsv`, built from the
//!   PETRARCH2 CAMEO verb dictionary mapped through CAMEO2PLOVER, plus own entries),
//!   PLOVER scores and modality cues, embedded at compile time.
//! * [`Lexicon::find_triggers`] — single- and multi-word triggers matched on lemmas.
//! * [`assign_roles`] — actor / recipient / location from the dependency parse, with a
//!   linear-order fallback when there is no usable parse.
//! * [`modality`] and [`recode_future`] — negation, hypothetical and future/offered
//!   events (PLOVER codes future cooperation as AGREE).
//! * [`code_events`] — all of the above for one sentence, duplicates merged.
//! * [`dates`] — find and resolve date expressions against a publication date.
//! * [`gsr`] — readers and scoring for the PETRARCH2 and PLOVER gold-standard files.
//!
//! Choices worth knowing (see `data/SOURCES.md`):
//! * scores come from the PLOVER manual's table; ACCUSE's base score, printed "3", is -3;
//! * roles are returned as the caller's actor indices ([`Mention::actor`]); a `Place`
//!   mention after in/at/near/over/to is a location, not a recipient;
//! * a bare weekday in a past-tense sentence is the latest such day on or before
//!   publication (the publication day itself included), see [`dates`];
//! * [`gsr::Scores::type_accuracy`] is the fraction of gold events whose type is among
//!   the types predicted for their sentence.
//!
//! ```
//! use dyad_events::{assign_roles, modality, Lexicon, Mention, MentionKind, PloverType, SentenceView};
//!
//! let words = ["Russia", "did", "not", "attack", "Ukraine", "on", "Sunday", "."];
//! let s = SentenceView::new(&words, &[], &[], &[]); // no tagger, no parse
//! let lex = Lexicon::embedded();
//! let trig = &lex.find_triggers(&s)[0];
//! assert_eq!(trig.event_type, PloverType::Assault);
//!
//! let mentions = [
//!     Mention { tokens: 0..1, actor: 7, kind: MentionKind::State },
//!     Mention { tokens: 4..5, actor: 9, kind: MentionKind::State },
//! ];
//! let roles = assign_roles(&s, trig, &mentions);
//! assert_eq!((roles.actor, roles.recipient), (vec![7], vec![9]));
//! assert!(modality(&s, trig, lex).negated);
//! ```

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

mod borrow;
mod constructions;
pub mod dates;
mod demand;
mod denote;
mod events;
pub mod gsr;
mod lemma;
mod lexicon;
mod modal;
mod roles;
mod roles_linear;
mod target;
pub mod tense;
mod tree;
mod triggers;

pub use events::{code_events, may_hold_event, CodedEvent};
pub use lemma::{is_past_form, is_past_or_base, lemma};
pub use lexicon::{Cue, CueKind, Flags, Lexicon, LexiconError, ScoreRow, TriggerEntry, TriggerPos};
pub use modal::{modality, recode_future, Modality};
pub use roles::{assign_roles, Roles};
pub use tree::comma_relatives;
pub use triggers::TriggerMatch;

/// The 16 PLOVER event types (manual "Draft 0.8"+, 2021–2024).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PloverType {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl PloverType {
    pub const ALL: [PloverType; 16] = [
        PloverType::Agree,
        PloverType::Consult,
        PloverType::Support,
        PloverType::Concede,
        PloverType::Cooperate,
        PloverType::Aid,
        PloverType::Retreat,
        PloverType::Request,
        PloverType::Accuse,
        PloverType::Reject,
        PloverType::Threaten,
        PloverType::Protest,
        PloverType::Sanction,
        PloverType::Mobilize,
        PloverType::Coerce,
        PloverType::Assault,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PloverType::Agree => "AGREE",
            PloverType::Consult => "CONSULT",
            PloverType::Support => "SUPPORT",
            PloverType::Concede => "CONCEDE",
            PloverType::Cooperate => "COOPERATE",
            PloverType::Aid => "AID",
            PloverType::Retreat => "RETREAT",
            PloverType::Request => "REQUEST",
            PloverType::Accuse => "ACCUSE",
            PloverType::Reject => "REJECT",
            PloverType::Threaten => "THREATEN",
            PloverType::Protest => "PROTEST",
            PloverType::Sanction => "SANCTION",
            PloverType::Mobilize => "MOBILIZE",
            PloverType::Coerce => "COERCE",
            PloverType::Assault => "ASSAULT",
        }
    }

    /// Quad code 1–4 from the manual's quad table (SANCTION = verbal conflict there; the
    /// category chapter says material conflict — we follow the table, as scores.tsv does).
    pub fn quad(self) -> u8 {
        use PloverType::*;
        match self {
            Agree | Consult | Support | Concede => 1,
            Cooperate | Aid | Retreat => 2,
            Request | Accuse | Reject | Threaten | Sanction => 3,
            Protest | Mobilize | Coerce | Assault => 4,
        }
    }

    /// Maps the labels of the 16-type manual and the older 18-type README / GSR file
    /// (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) onto the 16 types. CRIME has no
    /// counterpart and yields `None`.
    pub fn from_label(label: &str) -> Option<PloverType> {
        let up = label.trim().to_ascii_uppercase();
        match up.as_str() {
            "DEMAND" => Some(PloverType::Request),
            "DISAPPROVE" | "INVESTIGATE" => Some(PloverType::Accuse),
            "FIGHT" => Some(PloverType::Assault),
            _ => PloverType::ALL.iter().copied().find(|t| t.as_str() == up),
        }
    }
}

impl fmt::Display for PloverType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PloverType {
    type Err = LexiconError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PloverType::ALL.iter().copied().find(|t| t.as_str() == s).ok_or_else(|| LexiconError::UnknownType(s.to_string()))
    }
}

/// One sentence as the pipeline sees it. `upos`, `heads` and `deprels` may be empty
/// (no tagger / no parser); when their lengths disagree with `words` they are ignored.
#[derive(Clone, Copy, Debug)]
pub struct SentenceView<'a> {
    pub words: &'a [&'a str],
    /// UD UPOS tags ("VERB", "NOUN", …).
    pub upos: &'a [&'a str],
    /// CoNLL-U heads: 1-based, 0 = root.
    pub heads: &'a [u32],
    /// UD relations ("nsubj", "nsubj:pass", "obl:agent", …).
    pub deprels: &'a [&'a str],
}

impl<'a> SentenceView<'a> {
    pub fn new(words: &'a [&'a str], upos: &'a [&'a str], heads: &'a [u32], deprels: &'a [&'a str]) -> Self {
        SentenceView { words, upos, heads, deprels }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Dependency relation of token `i`, "" when the sentence is not parsed.
    pub fn deprel_at(&self, i: usize) -> &'a str {
        self.column_at(self.deprels, i)
    }

    /// The UPOS of token `i`, or "" when the sentence carries no (consistent) tags.
    pub fn upos_at(&self, i: usize) -> &'a str {
        self.column_at(self.upos, i)
    }

    /// Token `i` of a per-token column, "" when the column does not fit the words.
    fn column_at(&self, column: &'a [&'a str], i: usize) -> &'a str {
        if column.len() == self.words.len() {
            column.get(i).copied().unwrap_or("")
        } else {
            ""
        }
    }
}

/// Kind of an actor mention found by the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MentionKind {
    Person,
    Org,
    State,
    Place,
    Group,
    /// A party named only by what it is ("insurgents", "security forces"): a named party in
    /// the same phrase is the likelier target.
    Generic,
}

/// A candidate actor mention: token range in the sentence and the caller's actor index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub tokens: Range<usize>,
    pub actor: usize,
    pub kind: MentionKind,
}

/// Whether a word introduces where an event happened ("*in* southern Lebanon", "*near* the
/// border"; role class `location_prep` of `role_words.tsv`).
pub fn is_location_prep(word: &str) -> bool {
    lexicon::role_word_any_case(word, lexicon::RoleClass::LocationPrep)
}

/// Splits text into word tokens (words, numbers, clitics `n't`/`'s`, punctuation) for
/// callers that have no tokenizer of their own (tests, the simple GSR predictor).
pub fn tokenize(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let bytes = text.as_bytes();
    let at = |k: usize| bytes.get(k).copied().unwrap_or(b' ');
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        let w = c.len_utf8();
        let prev = if i > 0 { at(i - 1) } else { b' ' };
        // Inner hyphens, decimal points and thousands separators stay inside a token;
        // so do the dots of "U.S." / "U.N.".
        let wordy = c.is_alphanumeric()
            || (start.is_some()
                && ((c == '-' && at(i + 1).is_ascii_alphanumeric())
                    || ((c == '.' || c == ',') && prev.is_ascii_digit() && at(i + 1).is_ascii_digit())
                    || (c == '.' && prev.is_ascii_uppercase() && (at(i + 1).is_ascii_uppercase() || (i >= 2 && at(i - 2) == b'.')))));
        let apostrophe = c == '\'' || c == '\u{2019}';
        let clitic = apostrophe && {
            let rest = &text.as_bytes()[i + w..];
            let len = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            matches!(rest[..len].to_ascii_lowercase().as_slice(), b"s" | b"re" | b"ll" | b"ve" | b"d" | b"m")
        };
        let inner_apostrophe = apostrophe
            && !clitic
            && prev.is_ascii_alphabetic()
            && at(i + w).is_ascii_alphabetic()
            && !(matches!(prev, b'n' | b'N') && matches!(at(i + 1), b't' | b'T'));
        if wordy || (inner_apostrophe && start.is_some()) {
            start.get_or_insert(i);
        } else if c == '\''
            && start.is_some_and(|s| i > s + 1 && matches!(prev, b'n' | b'N'))
            && matches!(at(i + 1), b't' | b'T')
            && !at(i + 2).is_ascii_alphanumeric()
        {
            // "didn't" -> "did" + "n't"
            if let Some(s) = start.take() {
                out.push(&text[s..i - 1]);
            }
            out.push(&text[i - 1..i + 2]);
            i += 2;
            continue;
        } else {
            if let Some(s) = start.take() {
                out.push(&text[s..i]);
            }
            if clitic && prev.is_ascii_alphabetic() {
                // Clitic "'s", "'re", "'ll" starts its own token.
                start = Some(i);
            } else if !c.is_whitespace() {
                out.push(&text[i..i + w]);
            }
        }
        i += w;
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}
