//! dyad's language knowledge for actors, parsed once from the files under `data/`.
//!
//! Every gazetteer name is tokenised with the same tokenizer as the articles, so matching is a
//! lookup of a token sequence (joined by single spaces) in one hash map.

use foldhash::{HashMap, HashSet};
use std::sync::OnceLock;

use dyad_text::{data_lines, TextLexicon};

use crate::document::ActorKind;
use crate::names::translit_key;

/// What a known name refers to.
#[derive(Debug, Clone)]
pub struct Known {
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    pub sector: Option<String>,
}

/// How a surface form names its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Name,
    Alias,
    Acronym,
    /// `Libyan`, `Americans`: names the state through its people.
    Demonym,
    /// `Minsk` for Belarus: the state, when used for its government.
    Capital,
}

#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub known: u32,
    pub form: Form,
}

/// A title word: `President`, `Deputy`, `Defense`, `expert`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleRole {
    Head,
    Modifier,
    Domain,
}

#[derive(Debug, Clone)]
pub struct TitleWord {
    pub role: TitleRole,
    pub sector: Option<String>,
}

#[derive(Debug, Clone)]
pub struct OrgHead {
    pub sector: Option<String>,
    /// May begin the name (`Ministry of Defence`) rather than end it.
    pub first: bool,
    pub last: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceCue {
    Last,
    After,
    Before,
}

#[derive(Debug, Default)]
pub struct Lexicon {
    pub known: Vec<Known>,
    phrases: HashMap<String, Vec<Hit>>,
    first_tokens: HashSet<String>,
    pub max_phrase_tokens: usize,
    state_by_iso: HashMap<String, u32>,
    /// Lower-cased title phrases, up to three tokens ("prime minister").
    titles: HashMap<String, TitleWord>,
    pub max_title_tokens: usize,
    honorifics: HashSet<String>,
    org_heads: HashMap<String, OrgHead>,
    place_cues: HashMap<(String, u8), String>,
    given_names: HashSet<String>,
    particles: HashSet<String>,
    not_names: HashSet<String>,
    common_words: HashSet<String>,
    /// Transliteration keys of place names, for spellings the gazetteer lacks.
    place_keys: HashMap<String, u32>,
    /// Plain keys of the names of well-known political figures → (country, sector); `None` where
    /// people of different countries share the folded name.
    people: HashMap<String, Option<(String, String)>>,
    /// Closed-class words (`function_words.tsv`, exact case) → bit set of their classes.
    function_words: HashMap<String, u64>,
    /// Lower-case group nouns (`group_nouns.tsv`) → CAMEO sector.
    groups: HashMap<String, String>,
    /// Nouns that make the name after them an organisation (`org_descriptors.tsv`) → sector
    /// (`None`: the noun tells none).
    org_descriptors: HashMap<String, Option<String>>,
    /// Last words of the two-word group entries ("group" of "armed group").
    group_pair_heads: HashSet<String>,
    /// Group nouns that name a group only with a leader or nationality before them
    /// ("*Saudi-led* coalition"; "the coalition between X and Y" is no actor).
    named_only_groups: HashSet<String>,
    bystander_groups: HashSet<String>,
    speaker_only_groups: HashSet<String>,
    /// `gazetteer/seats.tsv`: (city, organisation seated there), in order of preference.
    pub seats: Vec<(String, String)>,
}

/// Classes of `data/lexicon/function_words.tsv`, one bit each in a word's `u64` (the last
/// variant is checked to fit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    LocativePrep,
    NameConnector,
    ComplementStop,
    SpeakerBlockingPrep,
    GroupOrigin,
    OrganisationPossessive,
    PersonPossessive,
    RelativePronoun,
    ClauseConjunction,
    LedBy,
    BackedBy,
    Compass,
    DiplomaticProtest,
    Subordinator,
    Counterpart,
    PairCounter,
    TripleCounter,
    Partitive,
    PairOfStates,
    RelativeWord,
    Indefinite,
    FamilyNameWord,
    PairOfPeople,
    PairOfParties,
    ClauseOpener,
    Copula,
    NotYetNamed,
    AliasWord,
    AliasAdverb,
    Article,
    TopicPrep,
    PassiveBe,
    ThatJoiner,
    AttributiveParticiple,
    DocumentHead,
    VoiceNoun,
    Modal,
    DefiniteArticle,
    AsConjunction,
    ObjectPronoun,
    Latter,
    Former,
    PluralPronoun,
    AnaphoricDeterminer,
    FirstPersonPlural,
    FirstPersonSingular,
    RovingTitle,
    StateOffice,
    PairingPrep,
}

macro_rules! data {
    ($p:literal) => {
        include_str!(concat!("../../../data/", $p))
    };
}

impl Lexicon {
    pub fn embedded() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            let mut lex = Lexicon::default();
            lex.load_states(data!("gazetteer/states.tsv"));
            lex.load_igos(data!("gazetteer/igos.tsv"));
            lex.load_orgs(data!("gazetteer/orgs.tsv"));
            lex.load_places(data!("gazetteer/places.tsv"));
            lex.load_people(data!("gazetteer/people.tsv"));
            lex.load_people(data!("gazetteer/people_recent.tsv"));
            lex.load_function_words(data!("lexicon/function_words.tsv"));
            lex.load_titles(data!("lexicon/titles.tsv"));
            lex.load_org_heads(data!("lexicon/org_heads.tsv"));
            lex.load_place_heads(data!("lexicon/place_heads.tsv"));
            lex.groups = rows(data!("lexicon/group_nouns.tsv"))
                .filter(|c| !c[0].is_empty() && !c[1].is_empty())
                .map(|c| (c[0].to_lowercase(), c[1].to_string()))
                .collect();
            lex.org_descriptors = rows(data!("lexicon/org_descriptors.tsv"))
                .filter(|c| !c[0].is_empty() && !c[1].is_empty())
                .map(|c| (c[0].to_lowercase(), (c[1] != "-").then(|| c[1].to_string())))
                .collect();
            lex.seats = rows(data!("gazetteer/seats.tsv")).filter(|c| c.len() >= 2).map(|c| (c[0].to_string(), c[1].to_string())).collect();
            lex.bystander_groups = rows(data!("lexicon/group_nouns.tsv"))
                .filter(|c| c.get(2).is_some_and(|f| *f == "bystander"))
                .map(|c| c[0].to_lowercase())
                .collect();
            lex.speaker_only_groups = rows(data!("lexicon/group_nouns.tsv"))
                .filter(|c| c.get(2).is_some_and(|f| *f == "speaker_only"))
                .map(|c| c[0].to_lowercase())
                .collect();
            lex.named_only_groups = rows(data!("lexicon/group_nouns.tsv"))
                .filter(|c| c.get(2).is_some_and(|f| *f == "named_only"))
                .map(|c| c[0].to_lowercase())
                .collect();
            lex.group_pair_heads = lex.groups.keys().filter_map(|k| k.split_once(' ').map(|(_, head)| head.to_string())).collect();
            lex.honorifics = words(data!("lexicon/honorifics.txt")).map(|w| w.trim_end_matches('.').to_string()).collect();
            lex.given_names = words(data!("lexicon/given_names.txt")).map(str::to_string).collect();
            lex.particles = words(data!("lexicon/name_particles.txt")).map(|w| w.to_lowercase()).collect();
            lex.not_names = words(data!("lexicon/not_names.txt")).map(str::to_string).collect();
            lex.common_words = words(data!("lexicon/common_words.txt")).map(str::to_string).collect();
            lex
        })
    }

    fn add_known(&mut self, k: Known) -> u32 {
        self.known.push(k);
        (self.known.len() - 1) as u32
    }

    fn add_phrase(&mut self, surface: &str, hit: Hit) {
        let surface = surface.trim();
        if surface.is_empty() {
            return;
        }
        let key = token_key(surface);
        let n = key.split(' ').count();
        self.max_phrase_tokens = self.max_phrase_tokens.max(n);
        if let Some(first) = key.split(' ').next() {
            self.first_tokens.insert(first.to_string());
        }
        let hits = self.phrases.entry(key).or_default();
        if !hits.iter().any(|h| h.known == hit.known && h.form == hit.form) {
            hits.push(hit);
        }
    }

    fn load_states(&mut self, tsv: &str) {
        for cols in rows(tsv) {
            let [iso, name, aliases, demonyms, capital, capital_aliases, ..] = cols[..] else { continue };
            let id = self.add_known(Known { name: name.into(), kind: ActorKind::State, country: Some(iso.into()), sector: None });
            self.state_by_iso.insert(iso.to_string(), id);
            self.add_phrase(name, Hit { known: id, form: Form::Name });
            for a in multi(aliases) {
                let form = if a.chars().all(|c| c.is_uppercase() || c == '.') { Form::Acronym } else { Form::Alias };
                self.add_phrase(a, Hit { known: id, form });
            }
            for d in multi(demonyms) {
                self.add_phrase(d, Hit { known: id, form: Form::Demonym });
            }
            for c in std::iter::once(capital).chain(multi(capital_aliases)) {
                self.add_phrase(c, Hit { known: id, form: Form::Capital });
            }
        }
    }

    fn load_igos(&mut self, tsv: &str) {
        for cols in rows(tsv) {
            let [name, acronyms, aliases, _code, sector, ..] = cols[..] else { continue };
            let id = self.add_known(Known { name: name.into(), kind: ActorKind::Organization, country: None, sector: non_empty(sector) });
            self.add_phrase(name, Hit { known: id, form: Form::Name });
            multi(acronyms).for_each(|a| self.add_phrase(a, Hit { known: id, form: Form::Acronym }));
            multi(aliases).for_each(|a| self.add_phrase(a, Hit { known: id, form: Form::Alias }));
        }
    }

    fn load_orgs(&mut self, tsv: &str) {
        for cols in rows(tsv) {
            let [name, aliases, country, sector, kind, ..] = cols[..] else { continue };
            let kind = if kind == "group" { ActorKind::Group } else { ActorKind::Organization };
            let id = self.add_known(Known { name: name.into(), kind, country: non_empty(country), sector: non_empty(sector) });
            self.add_phrase(name, Hit { known: id, form: Form::Name });
            for a in multi(aliases) {
                let form = if a.chars().all(|c| c.is_uppercase() || c == '.') { Form::Acronym } else { Form::Alias };
                self.add_phrase(a, Hit { known: id, form });
            }
        }
    }

    fn load_places(&mut self, tsv: &str) {
        for cols in rows(tsv) {
            let [name, iso, _kind, aliases, ..] = cols[..] else { continue };
            let id = self.add_known(Known { name: name.into(), kind: ActorKind::Place, country: non_empty(iso), sector: None });
            self.add_phrase(name, Hit { known: id, form: Form::Name });
            for a in multi(aliases) {
                self.add_phrase(a, Hit { known: id, form: Form::Alias });
            }
            for n in std::iter::once(name).chain(multi(aliases)) {
                let key = translit_key(n);
                if key.chars().count() >= 3 {
                    self.place_keys.entry(key).or_insert(id);
                }
            }
        }
    }

    fn load_people(&mut self, tsv: &str) {
        for cols in rows(tsv) {
            let [name, aliases, country, sector, ..] = cols[..] else { continue };
            let value = Some((country.to_string(), sector.to_string()));
            for form in std::iter::once(name).chain(aliases.split('|')).filter(|f| !f.is_empty()) {
                let slot = self.people.entry(crate::names::plain_key(form)).or_insert_with(|| value.clone());
                if slot.as_ref().map(|(c, _)| c.as_str()) != Some(country) {
                    *slot = None;
                }
            }
        }
    }

    /// Country and sector of a well-known political figure by the name the article gives
    /// (a surname alone only where the source lists it as a name of that one person).
    /// Spelled as the source spells it, up to case, accents and hyphens: transliteration folding
    /// would make namesakes of different people.
    pub fn person(&self, name: &str) -> Option<(&str, &str)> {
        // ("Kim Jong-un" is the gazetteer's "Kim Jong Un".)
        let entry =
            self.people.get(&crate::names::plain_key(name)).or_else(|| self.people.get(&crate::names::plain_key(&name.replace('-', " "))));
        entry?.as_ref().map(|(c, s)| (c.as_str(), s.as_str()))
    }

    fn load_function_words(&mut self, tsv: &str) {
        for cols in rows(tsv) {
            let [word, class, ..] = cols[..] else { continue };
            let class = match class {
                "locative_prep" => WordClass::LocativePrep,
                "name_connector" => WordClass::NameConnector,
                "complement_stop" => WordClass::ComplementStop,
                "speaker_blocking_prep" => WordClass::SpeakerBlockingPrep,
                "group_origin" => WordClass::GroupOrigin,
                "organisation_possessive" => WordClass::OrganisationPossessive,
                "person_possessive" => WordClass::PersonPossessive,
                "relative_pronoun" => WordClass::RelativePronoun,
                "clause_conjunction" => WordClass::ClauseConjunction,
                "led_by" => WordClass::LedBy,
                "backed_by" => WordClass::BackedBy,
                "compass" => WordClass::Compass,
                "diplomatic_protest" => WordClass::DiplomaticProtest,
                "subordinator" => WordClass::Subordinator,
                "counterpart" => WordClass::Counterpart,
                "pair_counter" => WordClass::PairCounter,
                "triple_counter" => WordClass::TripleCounter,
                "partitive" => WordClass::Partitive,
                "pair_of_states" => WordClass::PairOfStates,
                "pair_of_people" => WordClass::PairOfPeople,
                "pair_of_parties" => WordClass::PairOfParties,
                "relative_word" => WordClass::RelativeWord,
                "indefinite" => WordClass::Indefinite,
                "family_name_word" => WordClass::FamilyNameWord,
                "clause_opener" => WordClass::ClauseOpener,
                "copula" => WordClass::Copula,
                "not_yet_named" => WordClass::NotYetNamed,
                "alias_word" => WordClass::AliasWord,
                "alias_adverb" => WordClass::AliasAdverb,
                "article" => WordClass::Article,
                "topic_prep" => WordClass::TopicPrep,
                "passive_be" => WordClass::PassiveBe,
                "that_joiner" => WordClass::ThatJoiner,
                "attributive_participle" => WordClass::AttributiveParticiple,
                "document_head" => WordClass::DocumentHead,
                "voice_noun" => WordClass::VoiceNoun,
                "modal" => WordClass::Modal,
                "definite_article" => WordClass::DefiniteArticle,
                "as_conjunction" => WordClass::AsConjunction,
                "object_pronoun" => WordClass::ObjectPronoun,
                "latter" => WordClass::Latter,
                "former" => WordClass::Former,
                "plural_pronoun" => WordClass::PluralPronoun,
                "anaphoric_determiner" => WordClass::AnaphoricDeterminer,
                "first_person_plural" => WordClass::FirstPersonPlural,
                "first_person_singular" => WordClass::FirstPersonSingular,
                "roving_title" => WordClass::RovingTitle,
                "state_office" => WordClass::StateOffice,
                "pairing_prep" => WordClass::PairingPrep,
                _ => continue,
            };
            *self.function_words.entry(word.to_string()).or_default() |= 1u64 << class as u32;
        }
    }

    /// Whether `word` (exact case) is in `class`.
    pub fn word_is(&self, word: &str, class: WordClass) -> bool {
        // (One bit per class: a class past 63 would wrap onto another in release builds.)
        const _: () = assert!((WordClass::PairingPrep as u32) < 64);
        self.function_words.get(word).is_some_and(|bits| bits & (1u64 << class as u32) != 0)
    }

    fn load_titles(&mut self, tsv: &str) {
        for cols in rows(tsv) {
            let [title, sector, kind, ..] = cols[..] else { continue };
            let role = match kind {
                "modifier" => TitleRole::Modifier,
                "domain" => TitleRole::Domain,
                _ => TitleRole::Head,
            };
            let key = token_key(title).to_lowercase();
            self.max_title_tokens = self.max_title_tokens.max(key.split(' ').count());
            self.titles.entry(key).or_insert(TitleWord { role, sector: non_empty(sector) });
        }
    }

    fn load_org_heads(&mut self, tsv: &str) {
        for cols in rows(tsv) {
            let word = cols[0];
            let sector = cols.get(1).and_then(|s| non_empty(s));
            let pos = cols.get(2).copied().unwrap_or("last");
            let (first, last) = match pos {
                "first" => (true, false),
                "any" | "first_or_last" => (true, true),
                _ => (false, true),
            };
            self.org_heads.insert(token_key(word), OrgHead { sector, first, last });
        }
    }

    fn load_place_heads(&mut self, tsv: &str) {
        for cols in rows(tsv) {
            let [word, kind, pos, ..] = cols[..] else { continue };
            let cue = match pos {
                "after" => 1,
                "before" => 2,
                _ => 0,
            };
            self.place_cues.insert((token_key(word), cue), kind.to_string());
        }
    }

    /// Known entries named by exactly this token sequence (`key` = tokens joined by spaces).
    pub fn lookup(&self, key: &str) -> &[Hit] {
        self.phrases.get(key).map_or(&[], Vec::as_slice)
    }

    /// Like [`Lexicon::lookup`], but an all-capitals surface (`BAMAKO`) is also tried title-cased.
    pub fn lookup_surface(&self, surface: &str) -> &[Hit] {
        let hits = self.lookup(surface);
        if !hits.is_empty() || !surface.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) {
            return hits;
        }
        self.lookup(&title_case(surface))
    }

    /// Whether some gazetteer name starts with this token.
    pub fn may_start_phrase(&self, token: &str) -> bool {
        self.first_tokens.contains(token)
    }

    pub fn state(&self, iso3: &str) -> Option<u32> {
        self.state_by_iso.get(iso3).copied()
    }

    pub fn title(&self, lower_key: &str) -> Option<&TitleWord> {
        self.titles.get(lower_key)
    }

    /// Whether a word or title (any case) is a title head, usable before a name or alone.
    pub fn is_title_head(&self, words: &str) -> bool {
        self.title(&words.to_lowercase()).is_some_and(|t| t.role == TitleRole::Head)
    }

    pub fn is_honorific(&self, token: &str) -> bool {
        self.honorifics.contains(token.trim_end_matches('.'))
    }

    pub fn org_head(&self, key: &str) -> Option<&OrgHead> {
        self.org_heads.get(key)
    }

    pub fn place_head(&self, key: &str, cue: PlaceCue) -> Option<&str> {
        let c = match cue {
            PlaceCue::Last => 0,
            PlaceCue::After => 1,
            PlaceCue::Before => 2,
        };
        self.place_cues.get(&(key.to_string(), c)).map(String::as_str)
    }

    /// The sector of a generic group noun ("insurgents" → REB), given in lower case.
    pub fn group_sector(&self, lower: &str) -> Option<&str> {
        self.groups.get(lower).map(String::as_str)
    }

    /// The sector an organisation descriptor gives the name after it ("broadcaster" → MED), given
    /// in lower case: `None` for no descriptor, `Some(None)` for one that tells no sector.
    pub fn org_descriptor(&self, lower: &str) -> Option<Option<&str>> {
        self.org_descriptors.get(lower).map(Option::as_deref)
    }

    /// Whether the group noun names people who only saw or suffered what happened (`bystander`).
    pub fn group_bystander(&self, lower: &str) -> bool {
        self.bystander_groups.contains(lower)
    }

    /// Whether the group noun names people who only pass on what others did (`speaker_only`):
    /// "diplomatic *sources*" speak, but take no part in any event.
    pub fn group_speaker_only(&self, lower: &str) -> bool {
        self.speaker_only_groups.contains(lower)
    }

    /// Whether the group noun needs a leader or nationality before it (`named_only`).
    pub fn group_named_only(&self, lower: &str) -> bool {
        self.named_only_groups.contains(lower)
    }

    /// The sector of the two-word group entry `first head` ("armed group"); `head` must be
    /// lower case. Only heads of such entries cost a lookup key.
    pub fn group_pair_sector(&self, first: &str, head: &str) -> Option<&str> {
        if !self.group_pair_heads.contains(head) {
            return None;
        }
        self.group_sector(&format!("{} {head}", first.to_lowercase()))
    }

    pub fn is_given_name(&self, token: &str) -> bool {
        self.given_names.contains(token)
    }

    pub fn is_particle(&self, token: &str) -> bool {
        self.particles.contains(&token.to_lowercase())
    }

    /// Whether running text writes this word (any case given) in lower case and hardly ever capitalised.
    pub fn is_common_word(&self, token: &str) -> bool {
        self.common_words.contains(&token.to_lowercase())
    }

    pub fn is_not_name(&self, token: &str) -> bool {
        self.not_names.contains(token)
    }

    /// A place whose name has the same transliteration key (`Al-Kufra` for `Kufra`).
    pub fn place_by_key(&self, key: &str) -> Option<u32> {
        self.place_keys.get(key).copied()
    }
}

/// Tokenises a gazetteer name the way articles are tokenised and joins the tokens with spaces.
pub fn token_key(name: &str) -> String {
    let mut toks = Vec::new();
    dyad_text::tokenize::tokenize_range(name, 0, name.len(), 0, TextLexicon::embedded(), &mut toks);
    let mut key = String::with_capacity(name.len() + 4);
    for (i, t) in toks.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(t.text(name));
    }
    key
}

/// `BAMAKO` → `Bamako`, `ABU DHABI` → `Abu Dhabi`.
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// Data rows after the header, padded so that empty trailing columns still exist.
fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    data_lines(tsv).skip(1).map(|l| {
        let mut cols: Vec<&str> = l.split('\t').map(str::trim).collect();
        cols.resize(cols.len().max(8), "");
        cols
    })
}

fn words(txt: &str) -> impl Iterator<Item = &str> {
    data_lines(txt).map(str::trim).filter(|w| !w.is_empty())
}

fn multi(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

fn non_empty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}
