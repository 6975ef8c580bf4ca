//! Mentions of actors a sentence refers to without naming them, for the events stage:
//! pronouns, "the government", "the group", "the army", "his country", and single-state
//! weapons ("B-52 bombers").

use dyad_events::{Mention, MentionKind};

use crate::actors::Actors;
use crate::document::ActorKind;
use crate::events::mention_kind;
use crate::lexicon::{Lexicon, WordClass};
use crate::pairs::{bare_pair, counted, pair_opening_sentence};
use crate::parse_paths::{fronted_subject, in_antecedent, in_noun_phrase, joined_clause_subject, relative_antecedent, reporting_subject};
use crate::refer::{organisation_named_before, party_named_before, role_nouns, Refers};

const EQUIPMENT_TSV: &str = include_str!("../../../data/events/equipment.tsv");

/// Military platforms operated by a single state ("B-52" → USA), keyed without case,
/// hyphens or spaces.
fn equipment() -> &'static Vec<(String, String)> {
    static MAP: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        EQUIPMENT_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
            .filter_map(|l| l.split_once('\t'))
            .map(|(n, c)| (squash(n), c.trim().to_string()))
            .collect()
    })
}

fn squash(w: &str) -> String {
    w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// What the sentences before have named, for resolving references.
pub(crate) struct Seen<'a> {
    pub last_person: Option<usize>,
    /// The person the sentence before had as its main subject, when it was parsed.
    pub last_subject: Option<usize>,
    pub last_state: Option<usize>,
    /// The parties (not people) that were the subject of the sentence before, when parsed.
    pub last_parties: &'a [usize],
    /// States this sentence names only as owners ("*Chile's* President …"), dropped as parties.
    pub owners: &'a [Mention],
    /// Per actor, how often it was named as a state so far.
    pub state_counts: &'a [u32],
    /// States and people named in earlier sentences, each once, the most recently named last.
    pub recent_states: &'a [usize],
    pub recent_people: &'a [usize],
    /// The whole document, for what was written before this sentence.
    pub analysis: &'a crate::analysis::Analysis,
    /// Per token, the speaker of the direct quote it lies in.
    pub voices: &'a [Option<u32>],
    /// Resolves role nouns against the people named so far.
    pub resolver: &'a crate::refer::Resolver<'a>,
}

impl Seen<'_> {
    /// The one state named so far, counting `here` too; none when two are.
    fn sole_state(&self, here: impl Iterator<Item = usize>) -> Option<usize> {
        let before = self.state_counts.iter().enumerate().filter(|(_, &n)| n > 0).map(|(x, _)| x);
        let mut all = before.chain(here);
        let first = all.next()?;
        all.all(|x| x == first).then_some(first)
    }
}

/// The state of an official named only by state and title before token `k` in the sentence
/// ("*South Sudan's ambassador*", "the *Iraqi minister*": a state mention, then a title head),
/// when no person is named between the official and `k`.
fn unnamed_official(lex: &Lexicon, words: &[&str], mentions: &[Mention], k: usize) -> Option<usize> {
    // (A title of several words too: "Japan's *Prime Minister* told …".)
    let is_title = |j: usize| (1..=lex.max_title_tokens.max(1)).any(|n| j + n <= k && lex.is_title_head(&words[j..j + n].join(" ")));
    let state = mentions.iter().filter(|m| m.kind == MentionKind::State).find_map(|m| {
        let j = if words.get(m.tokens.end).is_some_and(|w| *w == "'s") { m.tokens.end + 1 } else { m.tokens.end };
        (j < k && is_title(j)).then_some(m.actor)
    })?;
    // (A person named anywhere before in the sentence is likelier: "Pillay, a former Colombian
    // judge, … *her* criticism", "Ortega … accused American officials of … *his* government".)
    let named = mentions.iter().any(|m| m.kind == MentionKind::Person && m.tokens.start < k);
    (!named).then_some(state)
}

/// The party a noun at absolute token `i` described before (see [`crate::refer::described_before`]).
fn described_party(seen: &Seen, actors: &Actors, i: usize, noun: &str) -> Option<usize> {
    crate::refer::described_before(seen.analysis, actors, i, noun, false).map(|x| x as usize)
}

/// Adds mentions for words that refer to an actor without naming it: personal pronouns
/// (the nearest person before them; an object pronoun never the subject of its own
/// clause), "it"/"they" (the nearest state, organisation or group before them), a relative
/// "who" (the name right before it), "the ministry" (the organisation so named before),
/// "his country" (the state of
/// that person's country) and single-state military platforms ("B-52 bombers").
pub(crate) fn add_references(
    actors: &Actors,
    offset: usize,
    words: &[&str],
    heads: &[u32],
    deprels: &[&str],
    mentions: &mut Vec<Mention>,
    seen: &Seen,
) {
    let (last_person, last_state) = (seen.last_person, seen.last_state);
    // A subject pronoun opening a clause with nobody named before it continues the last
    // sentence's subject rather than whoever it named last ("X said during a meeting with Y.
    // *He* offered his condolences": X's), as centering predicts.
    let last_subject = seen.last_subject.or(last_person);
    let lex = Lexicon::embedded();
    let n = words.len();
    let before = mentions.len();
    let parsed = heads.len() == n && deprels.len() == n;
    let person_before = |k: usize, skip: Option<usize>, ms: &[Mention]| {
        ms.iter().rev().filter(|m| m.tokens.end <= k && m.kind == MentionKind::Person).map(|m| m.actor).find(|&x| Some(x) != skip)
    };
    let state_of = |person: usize| actors.state_of_country(actors.list[person].country.as_deref()?);
    // The sentence's comma-set-off relative clauses, found at the first pronoun that needs them.
    let relatives = std::cell::OnceCell::new();
    for k in 0..n {
        if mentions[..before].iter().any(|m| m.tokens.contains(&k)) {
            continue;
        }
        let w = words[k];
        // Lower-cased into a stack buffer: no allocation per token.
        let mut buf = [0u8; 16];
        let lower: &str = if w.len() <= buf.len() && w.is_ascii() {
            buf[..w.len()].copy_from_slice(w.as_bytes());
            buf[..w.len()].make_ascii_lowercase();
            std::str::from_utf8(&buf[..w.len()]).unwrap_or("")
        } else {
            ""
        };
        let push = |ms: &mut Vec<Mention>, x: usize| {
            let kind = mention_kind(&actors.list[x]);
            ms.push(Mention { tokens: k..k + 1, actor: x, kind });
        };
        // "Sudan's *paramilitary* Rapid Support Forces … accused *the paramilitary*": the party
        // a common noun that is no role noun described before.
        let described = (k > 0
            && words[k - 1].eq_ignore_ascii_case("the")
            && seen.analysis.upos(offset + k) == "NOUN"
            && !matches!(seen.analysis.upos(offset + k + 1), "NOUN" | "PROPN" | "ADJ")
            && !role_nouns().contains_key(lower))
        .then(|| described_party(seen, actors, offset + k, lower))
        .flatten();
        match lower {
            _ if k >= 1
                && ((counted(lex, words, k) || pair_opening_sentence(lex, words, deprels, k))
                    && [WordClass::PairOfStates, WordClass::PairOfPeople, WordClass::PairOfParties]
                        .iter()
                        .any(|&c| lex.word_is(lower, c))
                    // ("on both *sides of* the border" are places.)
                    && !(lex.word_is(lower, WordClass::PairOfParties) && words.get(k + 1) == Some(&"of"))
                    || bare_pair(lex, words, deprels, k)) =>
            {
                for x in crate::pairs::counted_parties(actors, seen, words, heads, deprels, &mentions[..before], offset, k) {
                    push(mentions, x);
                }
            }
            "who" if k >= 2 && words[k - 1] == "," => {
                if let Some(m) = mentions[..before].iter().find(|m| m.tokens.end == k - 1) {
                    // ("To Lam, general secretary of *the Communist Party*, who is on a visit":
                    // "who" is a person; an organisation or state that ends a title set off after
                    // a name stands for the name's person.)
                    let titled = |p: &&Mention| {
                        let between = &words[p.tokens.end..m.tokens.start];
                        p.kind == MentionKind::Person
                            && between.first() == Some(&",")
                            && between.iter().filter(|w| **w == ",").count() == 1
                            && between.get(1).is_some_and(|w| w.starts_with(char::is_lowercase))
                    };
                    let person = matches!(m.kind, MentionKind::Org | MentionKind::State)
                        .then(|| mentions[..before].iter().filter(|p| p.tokens.end <= m.tokens.start).rev().find(titled))
                        .flatten();
                    let x = person.map_or(m.actor, |p| p.actor);
                    push(mentions, x);
                }
            }
            "he" | "his" | "him" | "she" | "her" => {
                // "South Sudan's ambassador told the council that *his* government …": an official
                // named by a state and a title, with no one named since, is whom the pronoun
                // stands for; "his government" or "his country" is that state.
                // (Only of a state none of whose people the story names: "the Lithuanian
                // president … she" is the president named before.)
                let nameless = |st: &usize| {
                    let country = actors.list[*st].country.as_deref();
                    !actors.list.iter().any(|p| p.kind == ActorKind::Person && p.country.as_deref() == country)
                };
                if let Some(st) = unnamed_official(lex, words, &mentions[..before], k).filter(nameless) {
                    if words.get(k + 1).is_some_and(|w| w.eq_ignore_ascii_case("country") || w.eq_ignore_ascii_case("government")) {
                        mentions.push(Mention { tokens: k + 1..k + 2, actor: st, kind: MentionKind::State });
                    }
                    continue;
                }
                let object = lower == "him" || (lower == "her" && parsed && deprels[k] == "obj");
                // The subject of the object pronoun's clause, which it cannot refer to.
                let mut skip = None;
                if object && parsed && heads[k] > 0 {
                    let v = heads[k] as usize - 1;
                    if let Some(subj) = (0..k).rev().find(|&j| heads[j] as usize == v + 1 && deprels[j].starts_with("nsubj")) {
                        skip = mentions
                            .iter()
                            .find(|m| m.tokens.contains(&subj))
                            .map(|m| m.actor)
                            .or_else(|| person_before(subj, None, mentions));
                    }
                }
                // A possessive continues the person a pronoun already named in this sentence
                // ("Macron, who met *him* …, after *his* visit"): what is pronominalised once
                // is the likeliest to be so again (centering).
                let same_gender = |j: usize| {
                    let forms: &[&str] = if lower == "his" { &["he", "him", "his"] } else { &["she", "her"] };
                    forms.iter().any(|f| words[j].eq_ignore_ascii_case(f))
                };
                let continued = (matches!(lower, "his" | "her") && !object)
                    .then(|| mentions[before..].iter().rev().find(|m| m.tokens.end == m.tokens.start + 1 && same_gender(m.tokens.start)))
                    .flatten()
                    .map(|m| m.actor);
                // ("In a phone call with *his* Omani counterpart, Foreign Minister X discussed …":
                // a possessive in a phrase fronted before its clause's subject is that subject's,
                // when no one is named before it.)
                let cataphoric = || {
                    let subject =
                        (parsed && matches!(lower, "his" | "her") && !object).then(|| fronted_subject(heads, deprels, k)).flatten()?;
                    mentions[..before].iter().find(|m| m.kind == MentionKind::Person && m.tokens.contains(&subject)).map(|m| m.actor)
                };
                let earlier = if matches!(lower, "he" | "she") { last_subject } else { last_person };
                let Some(x) = continued
                    .or_else(|| person_before(k, skip, &mentions[..before]))
                    .or_else(cataphoric)
                    .or(earlier.filter(|&p| Some(p) != skip))
                else {
                    continue;
                };
                // "his country": the state of his country.
                if matches!(lower, "his" | "her") && words.get(k + 1).is_some_and(|w| w.eq_ignore_ascii_case("country")) {
                    if let Some(st) = state_of(x) {
                        mentions.push(Mention { tokens: k + 1..k + 2, actor: st, kind: MentionKind::State });
                    }
                }
                push(mentions, x);
            }
            "it" | "its" | "they" | "their" | "them" if !(parsed && deprels[k] == "expl") => {
                // "Syria said it would …": the nearest state, organisation or group before. "It"
                // is one: never a group named in the plural ("34 hostages *it* was ready to release").
                let singular = matches!(lower, "it" | "its");
                let plural_group = |m: &Mention| {
                    m.kind == MentionKind::Generic
                        && actors.list.get(m.actor).is_some_and(|x| x.kind == ActorKind::Group && x.name.ends_with('s'))
                };
                // Nor a demonym on a plural noun ("several *Chinese* companies *it* accused").
                let on_plural = |m: &Mention| {
                    parsed
                        && deprels[m.tokens.start] == "amod"
                        && heads[m.tokens.start] > 0
                        && !m.tokens.contains(&(heads[m.tokens.start] as usize - 1))
                        && words[heads[m.tokens.start] as usize - 1].ends_with('s')
                };
                // Nor words that stand for several ("thanked *both countries* for *their* help and
                // said *it*").
                let several = |m: &Mention| {
                    lex.word_is(words[m.tokens.start], WordClass::PluralPronoun)
                        || mentions.iter().filter(|o| o.tokens == m.tokens).nth(1).is_some()
                };
                // (References found earlier in the sentence count: "*The group* said *it* had …".)
                // Counted out of ("six *of them*", "*among them* four officers"): only a group
                // named in the plural, never a state or an organisation.
                let partitive = lower == "them" && k >= 1 && lex.word_is(words[k - 1], WordClass::Partitive);
                // Nor the antecedent of the relative clause it is the subject of ("the Emirates,
                // which *it* accuses of arming the RSF").
                let antecedent = parsed.then(|| relative_antecedent(words, heads, deprels, k)).flatten();
                // Nor a party inside a relative clause closed before it ("The governments of X and
                // Y, which tried to mediate between Z and *the opposition*, said *they* …").
                let asides: &[std::ops::Range<usize>] = relatives.get_or_init(|| dyad_events::comma_relatives(words));
                let closed_before = move |r: &std::ops::Range<usize>| r.end <= k && r.end < n;
                let candidates = || {
                    mentions.iter().filter(move |m| {
                        m.tokens.end <= k
                            && !asides.iter().any(|r| closed_before(r) && r.contains(&m.tokens.start))
                            && !antecedent.is_some_and(|x| m.tokens.clone().any(|t| in_antecedent(words, heads, deprels, t, x, k)))
                            && matches!(m.kind, MentionKind::State | MentionKind::Org | MentionKind::Group | MentionKind::Generic)
                            && !(singular && (plural_group(m) || on_plural(m) || several(m)))
                            && (!partitive || actors.list.get(m.actor).is_some_and(|x| x.kind == ActorKind::Group && x.name.ends_with('s')))
                    })
                };
                // The possessor of an object ("summoned *China's* ambassador to protest what *it*
                // called …") is the antecedent only of a pronoun inside that object ("condemns
                // *Beijing's* policy of imprisoning *its* citizens") or when nothing else is.
                let possessor = |m: &&Mention| {
                    let owned = m.tokens.end.checked_sub(1).and_then(|last| (heads.get(last).copied()? as usize).checked_sub(1));
                    parsed
                        && singular
                        && words.get(m.tokens.end).is_some_and(|w| matches!(*w, "'s" | "’s" | "'"))
                        && owned.is_some_and(|n| deprels.get(n) == Some(&"obj") && !in_noun_phrase(words, heads, deprels, k, n))
                };
                // The subject of a clause reported by a party is that party ("X, which backs Y,
                // said *it* was following the situation": X, not the nearer Y).
                // "They" is all of a joined subject ("X and Y said *they* had agreed").
                let reporter = parsed.then(|| reporting_subject(heads, deprels, k)).flatten();
                let reporter =
                    reporter.or_else(|| (parsed && lower == "their").then(|| joined_clause_subject(heads, deprels, k)).flatten());
                // ("*Sweden's* ministry condemned … and said *it* …": the owner of a subject that
                // names no one.)
                let joined = |j: usize, t: usize| {
                    t == j
                        || (!singular && deprels[t] == "conj" && heads[t] as usize == j + 1)
                        || (deprels[t] == "nmod:poss" && heads[t] as usize == j + 1 && !mentions.iter().any(|m| m.tokens.contains(&j)))
                };
                let reporters: Vec<usize> = match reporter {
                    Some(j) => candidates().filter(|m| m.tokens.clone().any(|t| joined(j, t))).map(|m| m.actor).collect(),
                    None => Vec::new(),
                };
                // (A demonym on a title noun is the antecedent only when nothing else is: "the
                // Ministry … summoned the *Venezuelan* ambassador …, in which *it* demanded".)
                let demonym = |m: &&Mention| {
                    let person_noun = || {
                        (heads[m.tokens.start] as usize).checked_sub(1).is_some_and(|h| {
                            matches!(role_nouns().get(&words[h].to_lowercase()), Some(Refers::Title | Refers::Head | Refers::Office))
                        })
                    };
                    parsed && singular && deprels[m.tokens.start] == "amod" && person_noun()
                };
                let nearest = || {
                    candidates()
                        .filter(|m| !possessor(m) && !demonym(m))
                        .max_by_key(|m| m.tokens.end)
                        .or_else(|| candidates().filter(|m| !possessor(m)).max_by_key(|m| m.tokens.end))
                        .or_else(|| candidates().max_by_key(|m| m.tokens.end))
                        .map(|m| m.actor)
                };
                let mut xs: Vec<usize> = if reporters.is_empty() { nearest().into_iter().collect() } else { reporters };
                // "Taiwan's defence ministry said … . *It* condemned the drills": a subject pronoun
                // with nobody before it in its sentence continues the last sentence's subject, when
                // that was a party of the pronoun's number.
                // (Only a pronoun opening its sentence, after at most a conjunction, and not "it
                // is", "it was": "*It was* unclear whether …" refers to nothing.)
                let opens = words[..k].iter().all(|w| lex.word_is(w, WordClass::ClauseOpener));
                let copula = words.get(k + 1).is_some_and(|w| lex.word_is(w, WordClass::Copula));
                if xs.is_empty() && opens && !copula && matches!(lower, "it" | "they") {
                    let plural = |x: usize| actors.list.get(x).is_some_and(|a| a.kind == ActorKind::Group && a.name.ends_with('s'));
                    let fits = match seen.last_parties {
                        [x] => singular != plural(*x),
                        [_, _, ..] => !singular,
                        [] => false,
                    };
                    if fits {
                        xs.extend_from_slice(seen.last_parties);
                    }
                }
                for x in xs {
                    push(mentions, x);
                }
            }
            _ if k > 0
                && lex.word_is(words[k - 1], WordClass::DefiniteArticle)
                && (lex.word_is(lower, WordClass::Latter) || lex.word_is(lower, WordClass::Former))
                // ("*the former* president" is a title; "*the former* accused …" parsed the same way
                // is not.)
                && (if parsed {
                    !matches!(deprels[k], "amod" | "compound") || words.get(k + 1).is_some_and(|w| dyad_events::is_past_form(w))
                } else {
                    words.get(k + 1).is_none_or(|w| !w.starts_with(char::is_alphanumeric) || dyad_events::is_past_form(w))
                }) =>
            {
                // "the army bombed RSF positions in Kordofan, while *the latter* accused the army
                // …": the last party named before in the sentence (*the former*: the one before
                // it); of two places named last, a place ("occupied the West Bank and Gaza and
                // annexed *the latter*").
                let back = usize::from(lex.word_is(lower, WordClass::Former));
                // (Only named ones: "accused Sudan of arming *rebels*, while the latter …" is
                // Sudan.)
                let named: Vec<&Mention> =
                    mentions[..before].iter().rev().filter(|m| m.tokens.end <= k && m.kind != MentionKind::Generic).collect();
                let places = named.len() >= 2 && named[..2].iter().all(|m| m.kind == MentionKind::Place);
                let mut parties: Vec<usize> = Vec::new();
                for m in named.into_iter().filter(|m| (m.kind == MentionKind::Place) == places) {
                    if !parties.contains(&m.actor) {
                        parties.push(m.actor);
                    }
                }
                if parties.len() > back {
                    push(mentions, parties[back]);
                }
            }
            _ if matches!(role_nouns().get(lower), Some(Refers::Title | Refers::Head))
                && (definite(words, k) || bare_title(lex, words, k))
                && !names_its_own(words, k)
                // ("*the new* president should be sworn in" is no one named yet.)
                && !(k > 0 && lex.word_is(words[k - 1], WordClass::NotYetNamed))
                && !(parsed && matches!(deprels[k], "amod" | "compound")) =>
            {
                // "*The president* condemned …", "*Prime Minister* conveyed …" (readouts drop the
                // article): the person named before whose title holds the noun.
                // (Of the state that owns the title, if one does: "*Germany's* Foreign Minister"
                // is not the Indian minister named before.)
                let owner = title_owner(lex, words, &mentions[..before], k).map(|st| actors.list[st].country.clone());
                let fits = |x: u32| owner.as_ref().is_none_or(|c| c.is_some() && actors.list[x as usize].country == *c);
                if let Some(x) = seen.resolver.role_where(offset + k, Refers::Title, fits) {
                    push(mentions, x as usize);
                }
            }
            _ if definite(words, k) && role_nouns().get(lower) == Some(&Refers::State) => {
                // "*The government* imposed a curfew": the state last named, unless the noun
                // names its own ("the government *of Ghana*").
                let own = names_its_own(words, k);
                let x = mentions[..before]
                    .iter()
                    .chain(seen.owners)
                    .filter(|m| m.tokens.end <= k && m.kind == MentionKind::State)
                    .max_by_key(|m| m.tokens.end)
                    .map(|m| m.actor);
                // ("The opposition *Christian Democrats* criticised *the government*": the state of
                // the party that opens the sentence, when the sentence names no state.)
                let domestic = || {
                    mentions[..before].iter().filter(|m| m.tokens.end <= k).find_map(|m| {
                        let party = &actors.list[m.actor];
                        let opposed = matches!(party.sector.as_deref(), Some("PTY" | "OPP"));
                        opposed.then(|| actors.state_of_country(party.country.as_deref()?)).flatten()
                    })
                };
                if let Some(x) = x.or_else(domestic).or(last_state).filter(|_| !own) {
                    push(mentions, x);
                }
            }
            _ if k > 0 && definite(words, k) && role_nouns().get(lower) == Some(&Refers::Party) && !names_its_own(words, k) => {
                // "*The group* claimed the attack": the organisation or armed group the noun
                // described before, else the one named before.
                let described = crate::refer::described_before(seen.analysis, actors, offset + k, lower, true);
                if let Some(x) = described.or_else(|| party_named_before(actors, offset + k)) {
                    push(mentions, x as usize);
                }
            }
            _ if described.is_some() => {
                if let Some(x) = described {
                    push(mentions, x);
                }
            }
            _ if definite(words, k) && role_nouns().get(lower) == Some(&Refers::Alliance) && words.get(k + 1) != Some(&"of") => {
                // "*the alliance* stood with Lithuania": NATO named before.
                if let Some(x) = crate::refer::alliance_named_before(actors, offset + k) {
                    push(mentions, x as usize);
                }
            }
            _ if definite(words, k) && role_nouns().get(lower) == Some(&Refers::Organization) => {
                // "*The ministry* accused …": the organisation named before whose name holds the noun,
                // else the state whose ministry it was ("Iraq's foreign ministry").
                let named = organisation_named_before(actors, offset + k, lower);
                if let Some(x) = named.or_else(|| crate::refer::state_possessing_noun_before(seen.analysis, actors, offset + k, lower)) {
                    push(mentions, x as usize);
                }
            }
            _ if definite(words, k)
                && role_nouns().get(lower) == Some(&Refers::Force)
                && !names_its_own(words, k)
                && !(parsed && matches!(deprels[k], "amod" | "compound")) =>
            {
                // "accused *the army* of using residents as shields": the army named before, else
                // the army of the one state the article has named so far (with two, whose army
                // it is is anyone's guess, unless the dateline places the story in one of them).
                // Not "the *military* withdrawal", an adjective.
                let sole =
                    seen.sole_state(mentions[..before].iter().chain(seen.owners).filter(|m| m.kind == MentionKind::State).map(|m| m.actor));
                let owner = || crate::refer::state_possessing_noun_before(seen.analysis, actors, offset + k, lower).map(|x| x as usize);
                let dateline = || seen.resolver.dateline_state().map(|x| x as usize);
                if let Some(x) =
                    organisation_named_before(actors, offset + k, lower).map(|x| x as usize).or_else(owner).or(sole).or_else(dateline)
                {
                    push(mentions, x);
                }
            }
            _ => {
                if w.len() < 2 || !w.chars().any(|c| c.is_ascii_digit()) {
                    continue;
                }
                let key = squash(w);
                if let Some((_, c)) = equipment().iter().find(|(e, _)| *e == key) {
                    if let Some(st) = actors.state_of_country(c) {
                        mentions.push(Mention { tokens: k..k + 1, actor: st, kind: MentionKind::State });
                    }
                }
            }
        }
    }
    crate::quoted_voice::add_first_person(seen.voices, actors, offset, words, mentions);
    if mentions.len() > before {
        mentions.sort_by_key(|m| m.tokens.start);
        // (Two parties may share a word: "the two *sides*".)
        mentions.dedup_by(|b, a| a.tokens.start == b.tokens.start && a.actor == b.actor);
    }
}

/// "*the* group", "*the* paramilitary group", "*the* new government": a noun after "the" and at
/// most one lower-case modifier refers back to something named.
fn definite(words: &[&str], k: usize) -> bool {
    let the = |j: usize| words[j].eq_ignore_ascii_case("the");
    // (Also "the *Iran-aligned* group": a hyphenated word ending in lower case.)
    let modifier = |j: usize| {
        words[j].len() > 2
            && (words[j].chars().all(|c| c.is_ascii_lowercase() || c == '-')
                || words[j].split_once('-').is_some_and(|(_, tail)| !tail.is_empty() && tail.chars().all(|c| c.is_ascii_lowercase())))
    };
    (k > 0 && the(k - 1)) || (k > 1 && the(k - 2) && modifier(k - 1))
}

/// "*Prime Minister* conveyed …": a capitalised title without an article or a name after it,
/// opening its phrase (nothing capitalised before its title words).
fn bare_title(lex: &Lexicon, words: &[&str], k: usize) -> bool {
    let upper = |w: &str| w.starts_with(char::is_uppercase);
    if !upper(words[k]) || words.get(k + 1).is_some_and(|w| upper(w)) {
        return false;
    }
    let start = title_words_start(lex, words, k);
    start == 0 || !upper(words[start - 1])
}

/// The first of the capitalised title words that end at `k` ("*Foreign* Minister").
fn title_words_start(lex: &Lexicon, words: &[&str], k: usize) -> usize {
    let mut start = k;
    while start > 0 && words[start - 1].starts_with(char::is_uppercase) && lex.title(&words[start - 1].to_lowercase()).is_some() {
        start -= 1;
    }
    start
}

/// "*Germany's* Foreign Minister": the state that owns the title words ending at `k`.
fn title_owner(lex: &Lexicon, words: &[&str], mentions: &[Mention], k: usize) -> Option<usize> {
    let start = title_words_start(lex, words, k);
    let clitic = start.checked_sub(1).filter(|&c| matches!(words[c], "'s" | "\u{2019}s"))?;
    mentions.iter().find(|m| m.tokens.end == clitic && m.kind == MentionKind::State).map(|m| m.actor)
}

/// "the government *of Ghana*", "the government of the island nation of Barbados": a role noun
/// followed by "of" names its own referent; "accused the government *of failing* patients"
/// (the charge, a gerund) does not.
fn names_its_own(words: &[&str], k: usize) -> bool {
    let gerund = words.get(k + 2).is_some_and(|w| w.len() > 4 && w.ends_with("ing") && w.chars().all(|c| c.is_ascii_lowercase()));
    words.get(k + 1).is_some_and(|w| w.eq_ignore_ascii_case("of")) && !gerund
}

/// "*China's* Ministry of Commerce condemned": a state owning an organisation or a person of
/// its own country is that actor's country, not a party beside it. Returns those dropped: the
/// story still named the state ("the government" later is Brazil's after "Brazil's President").
pub(crate) fn drop_possessor_states(actors: &Actors, words: &[&str], mentions: &mut Vec<Mention>) -> Vec<Mention> {
    let country = |m: &Mention| actors.list[m.actor].country.clone();
    let owned: Vec<bool> = (0..mentions.len())
        .map(|i| {
            let m = &mentions[i];
            m.kind == MentionKind::State
                && words.get(m.tokens.end).is_some_and(|w| *w == "'s")
                && mentions.get(i + 1).is_some_and(|n| {
                    // (Across a plain adjective or two before a name of several words: "Sudan's
                    // *paramilitary* Rapid Support Forces".)
                    let between = words.get(m.tokens.end + 1..n.tokens.start).unwrap_or(&[]);
                    // (Or across the title of the person named: "Venezuela's *President* Nicolas
                    // Maduro".)
                    let title = || n.kind == MentionKind::Person && actors.list[n.actor].titles.iter().any(|t| *t == between.join(" "));
                    ((between.is_empty() || (between.len() <= 2 && n.tokens.len() >= 2))
                        && between.iter().all(|w| w.chars().all(char::is_lowercase))
                        || title())
                        && (matches!(n.kind, MentionKind::Org | MentionKind::Person)
                            || (n.kind == MentionKind::Group && actors.list[n.actor].name.contains(' ')))
                        && country(n).is_some()
                        && country(n) == country(m)
                })
        })
        .collect();
    let dropped = mentions.iter().zip(&owned).filter(|(_, &o)| o).map(|(m, _)| m.clone()).collect();
    let mut i = 0;
    mentions.retain(|_| {
        i += 1;
        !owned[i - 1]
    });
    dropped
}
