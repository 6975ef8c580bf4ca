//! Parsing of the data files in `data/events/` into a [`Lexicon`].

use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

use crate::PloverType;

const TRIGGERS_TSV: &str = include_str!("../../../data/events/triggers.tsv");
const SCORES_TSV: &str = include_str!("../../../data/events/scores.tsv");
const CUES_TSV: &str = include_str!("../../../data/events/cues.tsv");
const ROLE_WORDS_TSV: &str = include_str!("../../../data/events/role_words.tsv");

/// Classes of `data/events/role_words.tsv`: the words role assignment looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RoleClass {
    RecipientPrep,
    BeneficiaryPrep,
    LocationPrep,
    LightVerb,
    MakingVerb,
    ClauseBoundary,
    NominalFiller,
    NounBefore,
    VerbBefore,
    Crowd,
    Cessation,
    Plan,
    Pause,
    ThreatContent,
    Releasable,
    Declaration,
    Labour,
    Walkout,
    ReasonMark,
    RelativePronoun,
    ControlPrep,
    AttributionPrep,
    Dismissal,
    Vow,
    Motive,
    Naming,
    Characterisation,
    Obligation,
    ControlVerb,
    Becoming,
    Condition,
    Endangering,
    Seizable,
    Response,
    GerundPrep,
    Occasion,
    StateVerb,
    TimeLink,
    Counterpart,
    Boundary,
    Allegiance,
    /// "*blamed* the attack on X": the party after "on" is the one accused, not a victim.
    Blaming,
    /// "fighting *corruption*": what a fight against it is no attack on anyone.
    AbstractFoe,
    Thwart,
    Readiness,
    /// "after *his release*": an event noun whose possessor, with no "of" after it, suffered it.
    PatientNoun,
    /// "arrived in Doha *for* talks with X": the case word of a meeting a journey is made for.
    ErrandPrep,
    /// "*arrived* in Doha for talks with X": a verb of going somewhere, whose subject joins the
    /// meeting it goes for.
    Journey,
    /// "detained him *as* a suspect": the case word of a capacity or a moment, never a target.
    CapacityPrep,
    /// "*summoned* the ambassador to protest": a verb whose object is called in to hear what
    /// the subject has come to do.
    Summons,
    /// "is *under* investigation", "came *under* attack": the case word of a deed whose subject
    /// suffers it.
    UndergonePrep,
    /// "under attack *from* Islamists": the case word of whoever does the harm one stands under.
    HarmSource,
    /// "condemned *what* it called X's attempts": a pronoun that stands for what the naming
    /// verb of its relative clause names.
    FreeRelative,
    /// "*considering* a boycott": a verb of weighing an act, whose object noun is the
    /// subject's own act only when that act is material, not said ("considering the request"
    /// is another's request).
    Deliberation,
    /// "*troops* of both countries": a noun of those who act for a state, so that the states its
    /// "of" phrase names act through them ("residents of Samoa" are no state's agents).
    StateAgent,
    /// "no talks *before* they withdraw", "*until* the city is liberated": marks a clause that
    /// is awaited; in a present tense it has not happened.
    PendingMark,
    /// "would not *tolerate* Iran's support", "*rejected* Senegal's invitation": a verb that takes
    /// the deed a name owns as done, whatever is said of the verb itself.
    Presupposing,
    /// "*targeting* Iran's oil exports": a verb of force that, on what only sanctions can reach,
    /// sanctions it.
    Targeting,
    /// "Iran's oil *exports*", "four *entities*": what sanctions reach and bombs do not.
    Sanctionable,
    /// "an agreement that would *lead* to a withdrawal": a verb whose oblique names what it
    /// brings about, as real as the verb itself.
    Consequence,
    /// "the rally *organised* by the opposition", "sanctions *imposed* by the EU": a participle
    /// whose agent does what the event noun it qualifies names (not "the threat *posed* by X",
    /// "a strike *attributed* by X to Y").
    Agentive,
    /// "*ordered* troops to the border": a verb of command that, with forces as its object and a
    /// "to" phrase of where they go, deploys them.
    Dispatching,
    /// "called on *Ukraine's partners*": a noun that names others by their tie to its
    /// possessor, who is not among them.
    Relational,
    /// "denied *reports* that X attacked Y": a noun of what others say; the parties of what it
    /// says are not whom the event is aimed at.
    Hearsay,
    /// "asked countries *like* Belgium to …": introduces examples of the noun before it.
    ExampleMarker,
}

fn role_words() -> &'static HashMap<&'static str, u128> {
    static WORDS: OnceLock<HashMap<&'static str, u128>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut map: HashMap<&'static str, u128> = HashMap::new();
        for line in ROLE_WORDS_TSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1) {
            let Some((word, class)) = line.split_once('\t') else { continue };
            let class = match class.trim() {
                "recipient_prep" => RoleClass::RecipientPrep,
                "beneficiary_prep" => RoleClass::BeneficiaryPrep,
                "time_link" => RoleClass::TimeLink,
                "counterpart" => RoleClass::Counterpart,
                "boundary" => RoleClass::Boundary,
                "allegiance" => RoleClass::Allegiance,
                "blaming" => RoleClass::Blaming,
                "abstract_foe" => RoleClass::AbstractFoe,
                "thwart" => RoleClass::Thwart,
                "readiness" => RoleClass::Readiness,
                "patient_noun" => RoleClass::PatientNoun,
                "errand_prep" => RoleClass::ErrandPrep,
                "journey" => RoleClass::Journey,
                "capacity_prep" => RoleClass::CapacityPrep,
                "summons" => RoleClass::Summons,
                "undergone_prep" => RoleClass::UndergonePrep,
                "harm_source" => RoleClass::HarmSource,
                "free_relative" => RoleClass::FreeRelative,
                "deliberation" => RoleClass::Deliberation,
                "state_agent" => RoleClass::StateAgent,
                "pending_mark" => RoleClass::PendingMark,
                "presupposing" => RoleClass::Presupposing,
                "targeting" => RoleClass::Targeting,
                "sanctionable" => RoleClass::Sanctionable,
                "consequence" => RoleClass::Consequence,
                "agentive" => RoleClass::Agentive,
                "dispatching" => RoleClass::Dispatching,
                "relational" => RoleClass::Relational,
                "hearsay" => RoleClass::Hearsay,
                "example_marker" => RoleClass::ExampleMarker,
                "location_prep" => RoleClass::LocationPrep,
                "light_verb" => RoleClass::LightVerb,
                "making_verb" => RoleClass::MakingVerb,
                "clause_boundary" => RoleClass::ClauseBoundary,
                "noun_before" => RoleClass::NounBefore,
                "verb_before" => RoleClass::VerbBefore,
                "nominal_filler" => RoleClass::NominalFiller,
                "crowd" => RoleClass::Crowd,
                "cessation" => RoleClass::Cessation,
                "plan" => RoleClass::Plan,
                "pause" => RoleClass::Pause,
                "threat_content" => RoleClass::ThreatContent,
                "releasable" => RoleClass::Releasable,
                "declaration" => RoleClass::Declaration,
                "labour" => RoleClass::Labour,
                "walkout" => RoleClass::Walkout,
                "reason_mark" => RoleClass::ReasonMark,
                "relative_pronoun" => RoleClass::RelativePronoun,
                "control_prep" => RoleClass::ControlPrep,
                "attribution_prep" => RoleClass::AttributionPrep,
                "dismissal" => RoleClass::Dismissal,
                "vow" => RoleClass::Vow,
                "motive" => RoleClass::Motive,
                "characterisation" => RoleClass::Characterisation,
                "obligation" => RoleClass::Obligation,
                "control_verb" => RoleClass::ControlVerb,
                "naming" => RoleClass::Naming,
                "becoming" => RoleClass::Becoming,
                "condition" => RoleClass::Condition,
                "endangering" => RoleClass::Endangering,
                "seizable" => RoleClass::Seizable,
                "response" => RoleClass::Response,
                "gerund_prep" => RoleClass::GerundPrep,
                "occasion" => RoleClass::Occasion,
                "state_verb" => RoleClass::StateVerb,
                _ => continue,
            };
            *map.entry(word.trim()).or_default() |= 1u128 << class as u32;
        }
        map
    })
}

/// Whether the lower-case word or lemma `w` is in `class`.
pub(crate) fn role_word(w: &str, class: RoleClass) -> bool {
    role_words().get(w).is_some_and(|bits| bits & (1u128 << class as u32) != 0)
}

/// [`role_word`] for a word as written (lower-cased only when it has capitals).
pub(crate) fn role_word_any_case(w: &str, class: RoleClass) -> bool {
    if w.bytes().any(|b| b.is_ascii_uppercase()) {
        role_word(&w.to_ascii_lowercase(), class)
    } else {
        role_word(w, class)
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum LexiconError {
    #[error("unknown PLOVER type {0:?}")]
    UnknownType(String),
    #[error("{file} line {line}: {msg}")]
    Row { file: &'static str, line: usize, msg: String },
}

fn row_err(file: &'static str, line: usize, msg: impl Into<String>) -> LexiconError {
    LexiconError::Row { file, line, msg: msg.into() }
}

/// Part of speech a trigger entry must have; `Phrase` matches any tags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TriggerPos {
    Verb,
    Noun,
    Phrase,
}

/// Role/interpretation hints of a trigger entry (the `flags` column).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags(u16);

impl Flags {
    /// Meetings, talks, clashes: every party is an actor, there is no recipient.
    pub const RECIPROCAL: Flags = Flags(1);
    /// The direct object is the recipient ("condemned Iran").
    pub const RECIPIENT_OBJ: Flags = Flags(2);
    /// Takes a clause ("warned that …"); mentions inside the clause are not roles.
    pub const SPEECH: Flags = Flags(4);
    /// A promise/offer word: the trigger itself is future cooperation (AGREE).
    pub const FUTURE_AGREE: Flags = Flags(8);
    /// A noun that is an event only as the object of a verb that makes it happen ("signed
    /// a cooperation deal", "launched cooperation"); talk *about* it is no event.
    pub const GOVERNED: Flags = Flags(16);
    /// The subject hosts ("received", "hosted"): PLOVER's visit puts the visitor in
    /// `actor` and the host in `recipient`.
    pub const HOST: Flags = Flags(32);
    /// Set by the reported-demand construction ("X said Y must …"), never in the data:
    /// the reporter is the actor, the obligated subject the recipient.
    pub const REPORTED_DEMAND: Flags = Flags(64);
    /// A phrase whose words may not stand apart around the verb's object: "call for" is no
    /// request in "what it *calls* rehearsals *for* invasion".
    pub const NO_OBJECT_GAP: Flags = Flags(128);
    /// A warning is a threat only when what it warns of is an event: "warned that famine
    /// was likely" threatens no one.
    pub const NEEDS_CONTENT: Flags = Flags(256);
    /// A movement verb that is a visit only in the active voice: someone "flown to" a city
    /// was carried there ("prisoners *were flown to* Belarus").
    pub const ACTIVE_ONLY: Flags = Flags(512);

    /// The direct object is what is talked about, never a party ("*discussed* the extradition
    /// of X", "negotiated a truce").
    pub const TOPIC_OBJ: Flags = Flags(1024);

    /// A phrase that is an event only with a named party to aim at: "stood with *Lithuania*",
    /// not "stood with their weapons".
    pub const NEEDS_PARTY: Flags = Flags(2048);

    const NAMES: [(&'static str, Flags); 11] = [
        ("needs_party", Flags::NEEDS_PARTY),
        ("topic_obj", Flags::TOPIC_OBJ),
        ("active_only", Flags::ACTIVE_ONLY),
        ("needs_content", Flags::NEEDS_CONTENT),
        ("no_object_gap", Flags::NO_OBJECT_GAP),
        ("host", Flags::HOST),
        ("governed", Flags::GOVERNED),
        ("reciprocal", Flags::RECIPROCAL),
        ("recipient_obj", Flags::RECIPIENT_OBJ),
        ("speech", Flags::SPEECH),
        ("future_agree", Flags::FUTURE_AGREE),
    ];

    pub fn has(self, f: Flags) -> bool {
        self.0 & f.0 != 0
    }

    fn parse(s: &str) -> Result<Flags, String> {
        let mut out = Flags::default();
        for part in s.split('|').map(str::trim).filter(|p| !p.is_empty()) {
            let (_, f) = Flags::NAMES.iter().find(|(n, _)| *n == part).ok_or_else(|| format!("unknown flag {part:?}"))?;
            out.0 |= f.0;
        }
        Ok(out)
    }

    pub fn names(self) -> Vec<&'static str> {
        Flags::NAMES.iter().filter(|(_, f)| self.has(*f)).map(|(n, _)| *n).collect()
    }
}

/// One row of `triggers.tsv`.
#[derive(Clone, Debug, PartialEq)]
pub struct TriggerEntry {
    /// Lemma words, lower case ("hold", "talk").
    pub words: Vec<String>,
    pub pos: TriggerPos,
    pub event_type: PloverType,
    pub mode: Option<String>,
    pub flags: Flags,
    pub cameo: String,
}

impl TriggerEntry {
    pub fn lemma(&self) -> String {
        self.words.join(" ")
    }
}

/// One row of `scores.tsv`.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreRow {
    pub event_type: PloverType,
    pub mode: Option<String>,
    pub quad: u8,
    pub score: f32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueKind {
    Negation,
    Hypothetical,
    /// Future or offered event; implies hypothetical.
    FutureAgree,
    /// Phrase that looks like a trigger but is not an event ("release a statement").
    Blocker,
    /// A modal that lays an obligation ("must", "should"): reported, a demand.
    Obligation,
    /// A verb that reports speech ("said", "insisted", "reiterated").
    Report,
    /// "would": the speaker's future in reported speech ("said it *would* impose"), else a
    /// mere possibility (hypothetical).
    ReportedFuture,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    pub words: Vec<String>,
    pub kind: CueKind,
}

/// Trigger entries, PLOVER scores and modality cues, parsed once.
#[derive(Debug)]
pub struct Lexicon {
    pub entries: Vec<TriggerEntry>,
    pub scores: Vec<ScoreRow>,
    pub cues: Vec<Cue>,
    by_first: HashMap<String, Vec<usize>>,
    cue_first: HashMap<String, Vec<usize>>,
    score_index: HashMap<(PloverType, String), usize>,
}

/// Data lines of a TSV: skips `#` comments, blank lines and the header row.
fn data_lines<'t>(text: &'t str, file: &'static str, header: &str) -> Result<Vec<(usize, Vec<&'t str>)>, LexiconError> {
    let mut out = Vec::new();
    let mut seen_header = false;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !seen_header {
            if line.split('\t').next() != header.split('\t').next() {
                return Err(row_err(file, i + 1, format!("expected header {header:?}")));
            }
            seen_header = true;
            continue;
        }
        out.push((i + 1, line.split('\t').collect()));
    }
    Ok(out)
}

fn words_of(s: &str) -> Vec<String> {
    s.split_whitespace().map(|w| w.to_lowercase()).collect()
}

impl Lexicon {
    /// The lexicon built from the data files compiled into the crate.
    pub fn embedded() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            Lexicon::from_tsv(TRIGGERS_TSV, SCORES_TSV, CUES_TSV).expect("embedded data/events files are checked by the test suite")
        })
    }

    pub fn from_tsv(triggers: &str, scores: &str, cues: &str) -> Result<Self, LexiconError> {
        let mut entries = Vec::new();
        for (line, cols) in data_lines(triggers, "triggers.tsv", "lemma")? {
            let col = |i: usize| cols.get(i).copied().unwrap_or("").trim();
            let words = words_of(col(0));
            if words.is_empty() {
                return Err(row_err("triggers.tsv", line, "empty lemma"));
            }
            let pos = match col(1) {
                "verb" => TriggerPos::Verb,
                "noun" => TriggerPos::Noun,
                "phrase" => TriggerPos::Phrase,
                p => return Err(row_err("triggers.tsv", line, format!("bad pos {p:?}"))),
            };
            let event_type: PloverType = col(2).parse()?;
            let mode = Some(col(3).to_string()).filter(|m| !m.is_empty());
            let flags = Flags::parse(col(4)).map_err(|m| row_err("triggers.tsv", line, m))?;
            entries.push(TriggerEntry { words, pos, event_type, mode, flags, cameo: col(5).to_string() });
        }
        let mut score_rows = Vec::new();
        for (line, cols) in data_lines(scores, "scores.tsv", "type")? {
            let col = |i: usize| cols.get(i).copied().unwrap_or("").trim();
            let event_type: PloverType = col(0).parse()?;
            let quad: u8 = col(2).parse().map_err(|_| row_err("scores.tsv", line, "bad quad"))?;
            let score: f32 = col(3).parse().map_err(|_| row_err("scores.tsv", line, "bad score"))?;
            score_rows.push(ScoreRow { event_type, mode: Some(col(1).to_string()).filter(|m| !m.is_empty()), quad, score });
        }
        let mut cue_rows = Vec::new();
        for (line, cols) in data_lines(cues, "cues.tsv", "cue")? {
            let col = |i: usize| cols.get(i).copied().unwrap_or("").trim();
            let kind = match col(1) {
                "negation" => CueKind::Negation,
                "hypothetical" => CueKind::Hypothetical,
                "future_agree" => CueKind::FutureAgree,
                "blocker" => CueKind::Blocker,
                "obligation" => CueKind::Obligation,
                "report" => CueKind::Report,
                "reported_future" => CueKind::ReportedFuture,
                k => return Err(row_err("cues.tsv", line, format!("bad kind {k:?}"))),
            };
            let words = words_of(col(0));
            if words.is_empty() {
                return Err(row_err("cues.tsv", line, "empty cue"));
            }
            cue_rows.push(Cue { words, kind });
        }
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            by_first.entry(e.words[0].clone()).or_default().push(i);
        }
        let mut cue_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, c) in cue_rows.iter().enumerate() {
            cue_first.entry(c.words[0].clone()).or_default().push(i);
        }
        let mut score_index = HashMap::new();
        for (i, r) in score_rows.iter().enumerate() {
            score_index.insert((r.event_type, r.mode.clone().unwrap_or_default()), i);
        }
        Ok(Lexicon { entries, scores: score_rows, cues: cue_rows, by_first, cue_first, score_index })
    }

    pub(crate) fn entries_starting(&self, word: &str) -> &[usize] {
        self.by_first.get(word).map(Vec::as_slice).unwrap_or(&[])
    }

    pub(crate) fn cues_starting(&self, word: &str) -> &[usize] {
        self.cue_first.get(word).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether the single word (or lemma) `word` is a cue of `kind`.
    pub fn is_cue_word(&self, word: &str, kind: CueKind) -> bool {
        self.cues_starting(word).iter().any(|&c| self.cues[c].kind == kind && self.cues[c].words.len() == 1)
    }

    /// The score row for a type and mode, falling back to the type's base row.
    pub fn score_row(&self, t: PloverType, mode: Option<&str>) -> Option<&ScoreRow> {
        let exact = mode.and_then(|m| self.score_index.get(&(t, m.to_string())));
        exact.or_else(|| self.score_index.get(&(t, String::new()))).map(|&i| &self.scores[i])
    }

    /// PLOVER score (falls back to the type's base score, then 0).
    pub fn score(&self, t: PloverType, mode: Option<&str>) -> f32 {
        self.score_row(t, mode).map_or(0.0, |r| r.score)
    }

    /// Quad of a type according to scores.tsv (falls back to [`PloverType::quad`]).
    pub fn quad(&self, t: PloverType) -> u8 {
        self.score_row(t, None).map_or(t.quad(), |r| r.quad)
    }
}

#[cfg(test)]
mod role_class_tests {
    use super::*;

    /// Each class has its own bit: with more classes than the mask has bits, late classes
    /// had shared bits with early ones ("on" read as a crowd word, "launch" as a labour word).
    #[test]
    fn role_classes_do_not_share_bits() {
        assert!((RoleClass::ExampleMarker as u32) < u128::BITS);
        assert!(role_word("on", RoleClass::RecipientPrep) && !role_word("on", RoleClass::Crowd));
        assert!(role_word("protesters", RoleClass::Crowd) && !role_word("protesters", RoleClass::RecipientPrep));
        assert!(role_word("launch", RoleClass::LightVerb) && !role_word("launch", RoleClass::Labour));
        assert!(role_word("of", RoleClass::ReasonMark) && !role_word("of", RoleClass::ClauseBoundary));
    }
}
