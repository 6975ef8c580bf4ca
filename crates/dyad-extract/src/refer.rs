//! Resolving words that stand for actors named elsewhere: pronouns (`he said`) and role nouns
//! (`the guest asserted`, `the spokesman said`).

use foldhash::HashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

use dyad_text::data_lines;

use crate::actors::Actors;
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::WordClass;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refers {
    Guest,
    Host,
    Title,
    /// A title noun that also means whoever heads something (`the head of Turkish diplomacy`):
    /// qualified by a state, the last titled person of that state when no title holds the noun.
    Head,
    /// A generic office holder (`the official`): the nearest person whose title holds the noun,
    /// else the nearest person in government.
    Office,
    Organization,
    State,
    /// Speaks for whoever a possessive names (`his office`, `their lawyers`); alone, for no one.
    Proxy,
    /// The nearest named organisation or group (`the group said`: Hamas, al-Shabaab).
    Party,
    /// The nearest intergovernmental organisation (`the alliance`: NATO; `the bloc`: the EU).
    Alliance,
    /// A state's own force (`the army`, `the military`): the organisation named before whose name
    /// holds the noun, else the one state named before.
    Force,
}

/// Role nouns, from `data/lexicon/role_nouns.tsv`.
pub fn role_nouns() -> &'static HashMap<String, Refers> {
    static ROLES: OnceLock<HashMap<String, Refers>> = OnceLock::new();
    ROLES.get_or_init(|| {
        data_lines(include_str!("../../../data/lexicon/role_nouns.tsv"))
            .skip(1)
            .filter_map(|l| {
                let (noun, refers) = l.split_once('\t')?;
                let r = match refers.trim() {
                    "guest" => Refers::Guest,
                    "host" => Refers::Host,
                    "head" => Refers::Head,
                    "office" => Refers::Office,
                    "organization" => Refers::Organization,
                    "state" => Refers::State,
                    "proxy" => Refers::Proxy,
                    "party" => Refers::Party,
                    "alliance" => Refers::Alliance,
                    "force" => Refers::Force,
                    _ => Refers::Title,
                };
                Some((noun.trim().to_string(), r))
            })
            .collect()
    })
}

/// The nearest organisation before token `i` whose name contains `noun` (lower case): *the
/// ministry* is the `Ministry of Foreign Affairs` named before, *the army* the `National Army`.
/// A body written in lower case is a group headed by the noun: "*the interior ministry* said …
/// *the ministry* added" (not "army officers" for *the army*).
pub fn organisation_named_before(actors: &Actors, i: usize, noun: &str) -> Option<u32> {
    nearest_before(actors, i, |act| match act.kind {
        ActorKind::Organization => act.name.split(' ').any(|w| w.eq_ignore_ascii_case(noun)),
        ActorKind::Group => act.name.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(noun)),
        _ => false,
    })
}

/// "*Iraq's* foreign ministry summoned … *The ministry* said": the state whose noun it was when
/// last written before token `i` with its owner ("X's [words] noun", "the *Sudanese* army"; a
/// bare "the army" in between names no other).
pub fn state_possessing_noun_before(a: &Analysis, actors: &Actors, i: usize, noun: &str) -> Option<u32> {
    let state = |j: usize| actors.actor_at(j).filter(|&x| actors.list[x as usize].kind == ActorKind::State);
    let owner = |k: usize| {
        if let Some(x) = k.checked_sub(1).and_then(state) {
            return Some(x);
        }
        let poss = (k.saturating_sub(4)..k).rev().find(|&j| a.tok(j) == "'s")?;
        if (poss + 1..k).any(|j| !matches!(a.upos(j), "ADJ" | "NOUN" | "PROPN")) {
            return None;
        }
        state(poss.checked_sub(1)?)
    };
    (0..i).rev().filter(|&k| a.tok(k).eq_ignore_ascii_case(noun)).find_map(owner)
}

/// The actor of the nearest mention before token `i` that `fits`.
fn nearest_before(actors: &Actors, i: usize, fits: impl Fn(&crate::actors::ActorRec) -> bool) -> Option<u32> {
    (0..i.min(actors.by_token.len())).rev().find_map(|k| actors.actor_at(k).filter(|&x| fits(&actors.list[x as usize])))
}

/// The nearest organisation or group named before token `i` (not one named only by a common
/// noun): what *the group* stands for.
pub fn party_named_before(actors: &Actors, i: usize) -> Option<u32> {
    // (A news organisation named as the source is not what "the group" means; a body of a state
    // only when no other is named: "the Defence Ministry said … over links to *the terror
    // group*" is the PKK named before.)
    let party = |act: &crate::actors::ActorRec| {
        matches!(act.kind, ActorKind::Organization | ActorKind::Group) && !act.is_generic() && act.sector.as_deref() != Some("MED")
    };
    let lex = crate::lexicon::Lexicon::embedded();
    let state_body = |act: &crate::actors::ActorRec| {
        matches!(act.sector.as_deref(), Some("COP" | "JUD" | "SPY")) || act.name.split(' ').any(|w| lex.word_is(w, WordClass::StateOffice))
    };
    nearest_before(actors, i, |act| party(act) && !state_body(act)).or_else(|| nearest_before(actors, i, party))
}

/// How far back a descriptor is looked for, in tokens.
const DESCRIPTOR_WINDOW: usize = 400;

/// "Sudan's *paramilitary* Rapid Support Forces … *the paramilitary* said", "the Emergency
/// Lawyers, *a group* tracking violence … *the group* accused": the organisation, group or
/// person that a common noun (lower case, at `i`) last described before, written right
/// before its name or in apposition after an organisation's or group's ("X, a [modifier]
/// noun"); with `recent`, only in this sentence or the one before (a noun that other rules
/// also resolve, "the group", is another's when described long ago).
pub fn described_before(a: &Analysis, actors: &Actors, i: usize, noun: &str, recent: bool) -> Option<u32> {
    let kind = |x: u32| actors.list[x as usize].kind;
    let party = |x: u32| matches!(kind(x), ActorKind::Organization | ActorKind::Group | ActorKind::Person);
    let named_at = |k: usize| actors.actor_at(k).filter(|&x| party(x) && !actors.list[x as usize].is_generic());
    let sentence = |k: usize| a.sentence_of.get(k).copied().unwrap_or(0);
    let near = |j: &usize| !recent || sentence(*j) + 1 >= sentence(i);
    let lex = crate::lexicon::Lexicon::embedded();
    let indefinite = |w: &str| lex.word_is(w, WordClass::Article) && !lex.word_is(w, WordClass::DefiniteArticle);
    (i.saturating_sub(DESCRIPTOR_WINDOW)..i).rev().filter(|&j| a.tok(j) == noun && actors.actor_at(j).is_none() && near(&j)).find_map(|j| {
        // Right before the name: "paramilitary *Rapid Support Forces*".
        if let Some(x) = named_at(j + 1) {
            return Some(x);
        }
        // In apposition after it: "*the Emergency Lawyers*, a group".
        let mut k = j;
        while k > 0 && j - k < 2 && a.upos(k - 1) == "ADJ" {
            k -= 1;
        }
        let article = k.checked_sub(1).filter(|&d| indefinite(a.tok(d)))?;
        let comma = article.checked_sub(1).filter(|&c| a.tok(c) == ",")?;
        // (Not after a person's name: "President X, a well-placed source in Mogadishu, told".)
        named_at(comma.checked_sub(1)?).filter(|&x| kind(x) != ActorKind::Person)
    })
}

/// The nearest intergovernmental organisation named before token `i` ("*the alliance*": NATO).
pub fn alliance_named_before(actors: &Actors, i: usize) -> Option<u32> {
    nearest_before(actors, i, |act| act.kind == ActorKind::Organization && act.sector.as_deref() == Some("IGO"))
}

pub fn is_personal_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "He" | "She")
}

/// Context for resolution: which tokens are inside direct quotes (narration is what names
/// people; a name inside someone's quote is not who is speaking).
pub struct Resolver<'a> {
    pub a: &'a Analysis,
    pub actors: &'a Actors,
    pub in_quote: Vec<bool>,
    /// Role nouns resolved to a person so far (token, person), in the order met: "the minister"
    /// names someone for a later "he" as a name does.
    people_by_role: RefCell<Vec<(usize, u32)>>,
}

impl<'a> Resolver<'a> {
    pub fn new(a: &'a Analysis, actors: &'a Actors) -> Self {
        Resolver { a, actors, in_quote: vec![false; a.len()], people_by_role: RefCell::new(Vec::new()) }
    }

    fn kind(&self, actor: u32) -> ActorKind {
        self.actors.list[actor as usize].kind
    }

    /// The nearest person mentioned in narration before token `i`, within `lo..i`.
    pub fn person_before(&self, i: usize, lo: usize) -> Option<u32> {
        let named = (lo..i)
            .rev()
            .find_map(|k| self.actors.actor_at(k).filter(|&x| !self.in_quote[k] && self.kind(x) == ActorKind::Person).map(|x| (k, x)));
        let by_role = self.people_by_role.borrow().iter().rev().find(|&&(k, _)| (lo..i).contains(&k) && !self.in_quote[k]).copied();
        match (named, by_role) {
            (Some(n), Some(r)) => Some(if r.0 > n.0 { r.1 } else { n.1 }),
            (n, r) => n.or(r).map(|(_, x)| x),
        }
    }

    /// What "its" / "their" before token `i` stands for: the nearest organisation or state
    /// named in narration before it (`the EU pledged …, *its* ambassador said`).
    pub fn possessor_before(&self, i: usize) -> Option<u32> {
        (0..i)
            .rev()
            .filter(|&k| !self.in_quote[k])
            .find_map(|k| self.actors.actor_at(k).filter(|&x| matches!(self.kind(x), ActorKind::Organization | ActorKind::State)))
    }

    /// What "the government" at token `i` stands for, as in the events stage: the state last
    /// named in its paragraph (from `para_start`); in a paragraph that has named none yet, the
    /// state the article has named most before it (a passing "Norwegian diplomats" in the
    /// paragraph before does not make the government Norway's).
    fn state_in_view(&self, i: usize, para_start: usize) -> Option<u32> {
        let state_at = |k: usize| self.actors.actor_at(k).filter(|&x| self.kind(x) == ActorKind::State);
        if let Some(x) = (para_start..i).rev().find_map(state_at) {
            return Some(x);
        }
        let mut counts = vec![0u32; self.actors.list.len()];
        let mut last = None;
        for k in 0..para_start.min(i) {
            if let Some(x) = state_at(k) {
                // One count per mention, not per token ("Burkina Faso").
                if last != Some((x, k.wrapping_sub(1))) {
                    counts[x as usize] += 1;
                }
                last = Some((x, k));
            }
        }
        counts.iter().enumerate().filter(|(_, &n)| n > 0).max_by_key(|&(x, &n)| (n, std::cmp::Reverse(x))).map(|(x, _)| x as u32)
    }

    /// "The *Iraqi minister* added", "the head *of Turkish diplomacy* stated": the role noun at
    /// `i` qualified by a state (`country`) is the person of that country named last before it
    /// in narration whose title holds the noun and the words `also` ("defense" of "the Danish
    /// defense minister"), else (for a `Head` noun) the last titled person of that country.
    pub fn role_of_country(&self, i: usize, refers: Refers, country: &str, also: &[String]) -> Option<u32> {
        let noun = self.a.tok(i).to_lowercase();
        let has = |t: &str, w: &str| t.split(' ').any(|x| x.eq_ignore_ascii_case(w));
        let holds = |t: &String| has(t, &noun) && also.iter().all(|w| has(t, w));
        let of_country = |k: usize, by_title: bool| {
            self.actors.actor_at(k).filter(|&x| {
                let act = &self.actors.list[x as usize];
                act.kind == ActorKind::Person
                    && act.country.as_deref() == Some(country)
                    && !act.titles.is_empty()
                    && (!by_title || act.titles.iter().any(holds))
            })
        };
        let narrated = |k: &usize| !self.in_quote[*k];
        let by_title = (0..i).rev().filter(narrated).find_map(|k| of_country(k, true));
        by_title.or_else(|| {
            if matches!(refers, Refers::Head | Refers::Office) {
                (0..i).rev().filter(narrated).find_map(|k| of_country(k, false))
            } else {
                None
            }
        })
    }

    /// The state named before token `i`, when it is the only one ("the army" of a story that
    /// names two states is anyone's).
    fn sole_state_before(&self, i: usize) -> Option<u32> {
        let mut found = None;
        for k in 0..i {
            if let Some(x) = self.actors.actor_at(k).filter(|&x| self.kind(x) == ActorKind::State) {
                if found.is_some_and(|f| f != x) {
                    return None;
                }
                found = Some(x);
            }
        }
        found
    }

    /// The state of the article's dateline ("BAMAKO, Nov 28 (AFP) -": Mali), when the article
    /// names it: in a story that names several states, the one "the army" most likely belongs to.
    pub(crate) fn dateline_state(&self) -> Option<u32> {
        u32::try_from(self.actors.state_of_country(self.actors.dateline_country.as_deref()?)?).ok()
    }

    /// Resolves the role noun at token `i` (`guest` in `the guest asserted`).
    pub fn role(&self, i: usize, refers: Refers) -> Option<u32> {
        self.role_where(i, refers, |_| true)
    }

    /// [`Resolver::role`], when the actor found `fits`.
    pub fn role_where(&self, i: usize, refers: Refers, fits: impl Fn(u32) -> bool) -> Option<u32> {
        let x = self.find_role(i, refers).filter(|&x| fits(x))?;
        if self.kind(x) == ActorKind::Person {
            self.people_by_role.borrow_mut().push((i, x));
        }
        Some(x)
    }

    fn find_role(&self, i: usize, refers: Refers) -> Option<u32> {
        let a = self.a;
        let sentence = a.sentence_of[i] as usize;
        let para = a.paragraph_of_sentence(sentence);
        let para_start = a.seg.paragraphs.get(para as usize).map_or(0, |p| p.tokens.start as usize);
        let noun = a.tok(i).to_lowercase();
        let narrated = |k: usize| !self.in_quote[k];
        match refers {
            Refers::Guest | Refers::Host => {
                // Where the paragraph is set: the first place mentioned in it.
                let setting = (para_start..i).find_map(|k| {
                    self.actors
                        .actor_at(k)
                        .filter(|&x| self.kind(x) == ActorKind::Place)
                        .and_then(|x| self.actors.list[x as usize].country.clone())
                })?;
                (para_start..i).rev().filter(|&k| narrated(k)).find_map(|k| {
                    self.actors.actor_at(k).filter(|&x| {
                        let act = &self.actors.list[x as usize];
                        let local = act.country.as_deref() == Some(setting.as_str());
                        act.kind == ActorKind::Person && act.country.is_some() && (local == (refers == Refers::Host))
                    })
                })
            }
            Refers::Title | Refers::Head | Refers::Office => {
                let fits = |x: u32, by_title: bool| {
                    let act = &self.actors.list[x as usize];
                    let titled = if by_title {
                        act.titles.iter().any(|t| t.to_lowercase().split(' ').any(|w| w == noun))
                    } else {
                        act.sector.as_deref() == Some("GOV") && !act.titles.is_empty()
                    };
                    act.kind == ActorKind::Person && titled
                };
                let holder = |by_title: bool| {
                    let at = |k: usize| self.actors.actor_at(k).filter(|&x| fits(x, by_title));
                    let (k, x) = (0..i).rev().filter(|&k| narrated(k)).find_map(|k| at(k).map(|x| (k, x)))?;
                    // ("X said … after talks with his counterpart Y. "…," *the minister* stressed":
                    // of two holders named in an earlier sentence, the first, its subject, is meant
                    // in narration; not one after a preposition, "in a letter *to* Z, X said".)
                    // (The events stage knows no quotes: an odd count of marks before the noun in its
                    // paragraph puts it inside one.)
                    let marks = (para_start..i).filter(|&j| crate::quotes::is_mark(a.tok(j))).count();
                    let earlier = a.sentence_of[k] as usize != sentence && narrated(i) && marks % 2 == 0;
                    let first = a.sentence_tokens(a.sentence_of[k] as usize).start;
                    // (Its title words before it: "to *Prime Minister* Z".)
                    let opens = |j: usize| {
                        let mut b = j;
                        while b > first && a.tok(b - 1).starts_with(char::is_uppercase) {
                            b -= 1;
                        }
                        j == 0 || (self.actors.actor_at(j - 1) != self.actors.actor_at(j) && a.upos(b.saturating_sub(1)) != "ADP")
                    };
                    let subject = (first..k).filter(|&j| narrated(j) && opens(j)).find_map(at);
                    Some(if earlier { subject.unwrap_or(x) } else { x })
                };
                // ("*An SBU official* told UNIAN … *the official* said" is that unnamed official
                // again: only a first mention of the noun may stand for the minister named before.)
                // (Not an adjective, "the *official* announcement": the word must end its phrase.)
                let heads_phrase = || !matches!(a.upos(i + 1), "NOUN" | "PROPN" | "ADJ");
                let first_mention = || heads_phrase() && !(0..i).any(|k| a.tok(k).eq_ignore_ascii_case(&noun));
                holder(true).or_else(|| if refers == Refers::Office && first_mention() { holder(false) } else { None })
            }
            // (Without one whose name holds the noun, the nearest organisation that is no news
            // outlet: "BAMAKO (AFP) - …, *the ministry* said" is not AFP's word.)
            Refers::Organization => organisation_named_before(self.actors, i, &noun)
                .or_else(|| state_possessing_noun_before(a, self.actors, i, &noun))
                .or_else(|| {
                    (0..i).rev().find_map(|k| {
                        self.actors.actor_at(k).filter(|&x| {
                            let act = &self.actors.list[x as usize];
                            act.kind == ActorKind::Organization && act.sector.as_deref() != Some("MED")
                        })
                    })
                }),
            Refers::State => self.state_in_view(i, para_start),
            Refers::Force => {
                // ("The Israeli military said … , *the military* said": the state last named
                // with it, before the one state named, since stories of wars name two.)
                organisation_named_before(self.actors, i, &noun)
                    .or_else(|| state_possessing_noun_before(a, self.actors, i, &noun))
                    .or_else(|| self.sole_state_before(i))
                    .or_else(|| self.dateline_state())
            }
            Refers::Proxy => None,
            // ("the group *of elders*" names its own members.)
            Refers::Party => party_named_before(self.actors, i).filter(|_| !a.tok(i + 1).eq_ignore_ascii_case("of")),
            Refers::Alliance => alliance_named_before(self.actors, i).filter(|_| !a.tok(i + 1).eq_ignore_ascii_case("of")),
        }
    }
}
