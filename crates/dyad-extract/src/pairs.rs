//! Words that count the parties named before them: "the two sides", "both leaders", "the
//! three countries", "the two" — whom they stand for ([`counted_parties`]).

use dyad_events::{Mention, MentionKind};

use crate::actors::Actors;
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Lexicon, WordClass};
use crate::parse_paths::{dominated, subject_of_object};
use crate::references::Seen;

/// Whether the word before `k` counts a known number of parties: "two", "both", or "three"
/// after "the".
pub(crate) fn counted(lex: &Lexicon, words: &[&str], k: usize) -> bool {
    lex.word_is(words[k - 1], WordClass::PairCounter)
        || (k >= 2 && lex.word_is(words[k - 1], WordClass::TripleCounter) && words[k - 2].eq_ignore_ascii_case("the"))
}

/// "X called Y, and *the two* discussed …": a pair counter after "the" that is itself the
/// subject, with no noun, counts parties as "the two sides" does.
pub(crate) fn bare_pair(lex: &Lexicon, words: &[&str], deprels: &[&str], k: usize) -> bool {
    lex.word_is(words[k], WordClass::PairCounter)
        && words[k - 1].eq_ignore_ascii_case("the")
        && deprels.get(k).is_some_and(|d| *d == "nsubj")
}

/// "X held talks with Y. *The ministers* discussed …": people opening a sentence as the subject
/// of an active verb are counted by the story just before ("the leaders *of* the protest", "the
/// leaders *were arrested*" are others).
pub(crate) fn pair_opening_sentence(lex: &Lexicon, words: &[&str], deprels: &[&str], k: usize) -> bool {
    k == 1
        && words[0] == "The"
        && lex.word_is(words[k], WordClass::PairOfPeople)
        // (Before the parse, any: the sentence then gets parsed and judged again.)
        && deprels.get(k).is_none_or(|d| *d == "nsubj")
        && words.get(k + 1).is_none_or(|w| *w != "of")
}

/// The parties a counting word at `k` stands for (`named`: the sentence's mentions so far;
/// `offset`: the sentence's first token in the document). Empty when they cannot be told.
#[allow(clippy::too_many_arguments)]
pub(crate) fn counted_parties(
    actors: &Actors,
    seen: &Seen,
    words: &[&str],
    heads: &[u32],
    deprels: &[&str],
    named: &[Mention],
    offset: usize,
    k: usize,
) -> Vec<usize> {
    let lex = Lexicon::embedded();
    let lower = words[k].to_lowercase();
    let lower = lower.as_str();
    let parsed = heads.len() == words.len() && deprels.len() == words.len();
    let state_of = |person: usize| actors.state_of_country(actors.list[person].country.as_deref()?);
    // "held talks with X, and *the two sides* agreed": the last two people named
    // before in the sentence, else (and always for countries) the last two states;
    // a demonym modifying a noun is no party ("their joint Latin *American* …").
    // Those named in earlier sentences make up the count: "X met Y on Monday. *The
    // two leaders* agreed …", "*The three countries* held a phone call".
    let count = if lex.word_is(words[k - 1], WordClass::TripleCounter) { 3 } else { 2 };
    let last_n = |kind: MentionKind, earlier_too: bool| {
        let mut found: Vec<usize> = Vec::new();
        // (Judged by the word that heads the name: "*Saudi* Arabia" is no modifier.)
        let modifier = |m: &Mention| {
            let outside = |t: &usize| heads[*t] == 0 || !m.tokens.contains(&(heads[*t] as usize - 1));
            parsed && m.tokens.clone().find(outside).is_some_and(|t| deprels[t] == "amod")
        };
        // (Not the subject of the verb the words are the object of: "*The UAE* thanked
        // both countries".)
        let subject = parsed.then(|| subject_of_object(heads, deprels, k)).flatten();
        let in_subject = |m: &Mention| subject.is_some_and(|j| m.tokens.clone().any(|t| dominated(heads, t, j)));
        for m in named.iter().rev().filter(|m| m.tokens.end <= k && m.kind == kind && !modifier(m) && !in_subject(m)) {
            if !found.contains(&m.actor) {
                found.push(m.actor);
            }
        }
        // (One person named twice, "Enrique Pena Nieto" and later "Pena Nieto", is
        // one party.)
        let surname = |x: usize| actors.list[x].name.rsplit(' ').next().unwrap_or("");
        let earlier = if kind == MentionKind::State { seen.recent_states } else { seen.recent_people };
        for &x in earlier.iter().rev().filter(|_| earlier_too) {
            let same_person = kind == MentionKind::Person && found.iter().any(|&f| surname(f) == surname(x));
            if found.len() < count && !found.contains(&x) && !same_person {
                found.push(x);
            }
        }
        (found.len() == count).then(|| found.into_iter().rev().collect::<Vec<usize>>())
    };
    // ("Grossi called on *both sides*": sides are people only when the sentence
    // names them, else the states named before.)
    // ("Maduro and Ali met on the island of Saint Vincent, where *both governments*
    // committed …": the states of the people the sentence names, when it names as
    // many from different states, before the states it names.)
    let people_states = || {
        let mut found: Vec<usize> = Vec::new();
        for m in named.iter().filter(|m| m.tokens.end <= k && m.kind == MentionKind::Person) {
            if let Some(st) = state_of(m.actor).filter(|st| !found.contains(st)) {
                found.push(st);
            }
        }
        (found.len() == count).then_some(found)
    };
    let parties = if lex.word_is(lower, WordClass::PairOfStates) {
        people_states().or_else(|| last_n(MentionKind::State, true))
    } else if lex.word_is(lower, WordClass::PairOfPeople) {
        last_n(MentionKind::Person, true)
    } else {
        // (Sides are the parties the story is about, not those urging them: the
        // subject of "urged" and its state.)
        let sides = || {
            if count != 2 {
                return None;
            }
            let subject = parsed.then(|| subject_of_object(heads, deprels, k)).flatten();
            let mut out: Vec<usize> = named
                .iter()
                .filter(|m| subject.is_some_and(|j| m.tokens.clone().any(|t| dominated(heads, t, j))))
                .map(|m| m.actor)
                .collect();
            let states: Vec<usize> = out.iter().filter_map(|&x| state_of(x)).collect();
            out.extend(states);
            most_named_sides(seen.analysis, actors, offset + k, |x| out.contains(&x)).map(Vec::from)
        };
        last_n(MentionKind::Person, false).or_else(sides).or_else(|| last_n(MentionKind::State, true))
    };
    parties.unwrap_or_default()
}

/// Sectors of a named group that can be a side of its own in a conflict (the Rapid Support
/// Forces, Hamas, an opposition alliance), beside states.
const SIDE_SECTORS: [&str; 4] = ["REB", "UAF", "MIL", "OPP"];

/// "urged *both sides* to …", "*Both sides* have agreed": the two parties the story set side by
/// side before absolute token `before` ("between X and Y"), else the two it named most there —
/// states, and named groups that fight or oppose — the earlier named first among equals.
/// `excluded` ones do not count (the one urging, its state), nor a state named by a demonym on a
/// title ("*Saudi* Foreign Minister X said both sides had agreed": a host). None when fewer than
/// two were named.
pub(crate) fn most_named_sides(a: &Analysis, actors: &Actors, before: usize, excluded: impl Fn(usize) -> bool) -> Option<[usize; 2]> {
    let lex = crate::lexicon::Lexicon::embedded();
    // (A demonym right before the title; "Venezuela's President X" names a side.)
    let titled = |end: usize| (1..=lex.max_title_tokens.max(1)).any(|n| lex.is_title_head(a.slice(end, end + n)));
    let side = |x: usize| {
        let act = &actors.list[x];
        match act.kind {
            ActorKind::State => true,
            ActorKind::Group | ActorKind::Organization => {
                !act.is_generic() && act.sector.as_deref().is_some_and(|s| SIDE_SECTORS.contains(&s))
            }
            _ => false,
        }
    };
    let candidate = |x: Option<u32>| x.map(|x| x as usize).filter(|&x| side(x) && !excluded(x));
    // ("Cairo mediates *between* the Sudanese army *and* the Rapid Support Forces": a pair the
    // story set side by side names the sides, the last such pair before.)
    let first_named = |from: usize| (from..(from + 4).min(before)).find_map(|t| candidate(actors.actor_at(t)).map(|x| (t, x)));
    let mut between = None;
    for k in (0..before.min(actors.by_token.len())).filter(|&k| lex.word_is(a.tok(k), WordClass::PairingPrep)) {
        let Some((t, x)) = first_named(k + 1) else { continue };
        let end = (t..before).find(|&e| actors.actor_at(e) != actors.actor_at(t)).unwrap_or(before);
        let and = (end..(end + 2).min(before)).find(|&e| a.tok(e) == "and");
        if let Some((_, y)) = and.and_then(|e| first_named(e + 1)).filter(|&(_, y)| y != x) {
            between = Some([x, y]);
        }
    }
    if between.is_some() {
        return between;
    }
    // (count, first token) per actor, over the runs of tokens that name it.
    let mut named: Vec<(usize, u32, usize)> = Vec::new();
    let mut previous = None;
    for k in 0..before.min(actors.by_token.len()) {
        let here = actors.actor_at(k);
        let run_end = || (k..actors.by_token.len()).find(|&e| actors.actor_at(e) != here).unwrap_or(actors.by_token.len());
        if let Some(x) = here.filter(|&x| here != previous && side(x as usize) && !excluded(x as usize) && !titled(run_end())) {
            match named.iter_mut().find(|(a, _, _)| *a == x as usize) {
                Some(entry) => entry.1 += 1,
                None => named.push((x as usize, 1, k)),
            }
        }
        previous = here;
    }
    named.sort_by_key(|&(_, count, first)| (std::cmp::Reverse(count), first));
    match named[..] {
        [(a, _, fa), (b, _, fb), ..] => Some(if fa <= fb { [a, b] } else { [b, a] }),
        _ => None,
    }
}
