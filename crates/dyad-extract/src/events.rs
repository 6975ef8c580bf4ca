//! PLOVER events: triggers, roles and modality from `dyad-events`, fed with this document's
//! tokens, parse and actor mentions; dates resolved against the publication date.

use std::ops::Range;

use chrono::NaiveDate;
use dyad_events::{code_events, dates, Lexicon, Mention, MentionKind, PloverType, SentenceView};
use dyad_nlp::DepRel;

use crate::actors::Actors;
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::event_dates::{self, anchor_date, date_hung, date_tense, DateHung};
use crate::lexicon::{Lexicon as ActorLexicon, WordClass};
use crate::references::{add_references, Seen};

/// The event-coding crate, for callers (the evaluation) that need its types and scorers.
pub use dyad_events;

/// One event of the document, with actor indices and token ranges.
#[derive(Debug, Clone)]
pub struct EventRec {
    pub sentence: usize,
    pub event_type: &'static str,
    pub mode: Option<String>,
    pub quad: u8,
    pub score: f32,
    pub actor: Vec<u32>,
    pub recipient: Vec<u32>,
    pub location: Option<u32>,
    pub date: Option<String>,
    pub date_text: Option<String>,
    pub negated: bool,
    pub hypothetical: bool,
    /// Global token indices of the trigger words.
    pub trigger: Vec<usize>,
    /// How deep the trigger sits in its sentence's parse (0 = the main predicate): the
    /// sentence's main events are the shallowest.
    pub depth: u8,
}

pub(crate) fn mention_kind(x: &crate::actors::ActorRec) -> MentionKind {
    if x.is_generic() {
        return MentionKind::Generic;
    }
    match x.kind {
        ActorKind::Person => MentionKind::Person,
        ActorKind::Organization => MentionKind::Org,
        ActorKind::State => MentionKind::State,
        ActorKind::Place => MentionKind::Place,
        ActorKind::Group => MentionKind::Group,
    }
}

fn named_states(mentions: &[Mention]) -> impl Iterator<Item = usize> + '_ {
    mentions.iter().filter(|m| m.kind == MentionKind::State).map(|m| m.actor)
}

/// Actor mentions of a sentence, with sentence-local token ranges.
fn sentence_mentions(actors: &Actors, r: &Range<usize>, speakers_only: &[bool]) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for k in r.clone() {
        let Some(x) = actors.actor_at(k).filter(|&x| !speakers_only.get(x as usize).copied().unwrap_or(false)) else { continue };
        let local = k - r.start;
        match out.last_mut() {
            Some(m) if m.actor == x as usize && m.tokens.end == local => m.tokens.end = local + 1,
            _ => out.push(Mention { tokens: local..local + 1, actor: x as usize, kind: mention_kind(&actors.list[x as usize]) }),
        }
    }
    out
}

/// `DYAD_EVENTS_DEBUG=1` prints each sentence's parse and mentions to stderr.
fn debug() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("DYAD_EVENTS_DEBUG").is_some())
}

/// Finds the events of every sentence.
pub fn find_events(a: &Analysis, actors: &Actors, quotes: &[crate::quotes::QuoteRec], published: Option<NaiveDate>) -> Vec<EventRec> {
    let lex = Lexicon::embedded();
    let voices = crate::quoted_voice::voices(a, quotes);
    let mut out = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut upos: Vec<&str> = Vec::new();
    let mut deprels: Vec<&str> = Vec::new();
    let (mut heads, mut rels): (Vec<u32>, Vec<DepRel>) = (Vec::new(), Vec::new());
    let (mut last_person, mut last_subject): (Option<usize>, Option<usize>) = (None, None);
    let mut last_state: Option<usize> = None;
    let mut last_parties: Vec<usize> = Vec::new();
    let mut state_counts = vec![0u32; actors.list.len()];
    // Role nouns ("the president") are resolved as the quotes stage does, once per document.
    let resolver = crate::refer::Resolver::new(a, actors);
    // (Witnesses and survivors speak of what happened; they do not do it.)
    let bystanders: Vec<bool> = actors
        .list
        .iter()
        .map(|x| x.kind == ActorKind::Group && ActorLexicon::embedded().group_bystander(&x.name.to_lowercase()))
        .collect();
    // ("Diplomatic sources said …": they pass on what others did and take no part in it.)
    let speakers_only: Vec<bool> = actors
        .list
        .iter()
        .map(|x| {
            let head = x.name.rsplit(' ').next().unwrap_or("").to_lowercase();
            x.kind == ActorKind::Group && ActorLexicon::embedded().group_speaker_only(&head)
        })
        .collect();
    let (mut recent_states, mut recent_people): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    // The day relative dates count from: the publication date, or the day of the dateline
    // ("PORT SUDAN, Oct 30 (Reuters) - … on Wednesday") when it lies in the month before it.
    let mut reference = published;
    for si in 0..a.seg.sentences.len() {
        let r = a.sentence_tokens(si);
        if r.is_empty() {
            continue;
        }
        // "The government" is the state last named in its paragraph; in a paragraph that
        // has named none yet, the state the document has named most so far.
        if si > 0 && a.opens_paragraph(si) {
            last_state =
                state_counts.iter().enumerate().max_by_key(|&(x, &n)| (n, std::cmp::Reverse(x))).filter(|(_, &n)| n > 0).map(|(x, _)| x);
        }
        words.clear();
        upos.clear();
        deprels.clear();
        heads.clear();
        words.extend(r.clone().map(|k| a.tok(k)));
        upos.extend(r.clone().map(|k| a.tags.upos[k].as_str()));
        let mut named = sentence_mentions(actors, &r, &speakers_only);
        let owners = crate::references::drop_possessor_states(actors, &words, &mut named);
        let mut mentions = named.clone();
        let seen = Seen {
            last_person,
            last_subject,
            last_state,
            last_parties: &last_parties,
            owners: &owners,
            state_counts: &state_counts,
            recent_states: &recent_states,
            recent_people: &recent_people,
            analysis: a,
            voices: &voices,
            resolver: &resolver,
        };
        add_references(actors, r.start, &words, &heads, &deprels, &mut mentions, &seen);
        // The paragraph's dateline (`KYIV, May 2 (AFP) -`), 0 words when it opens with none.
        let dateline_words = crate::analysis::dateline_len(a, si, &words);
        // The parse is the costliest stage: only for sentences that may hold an event and
        // name (or refer to) a party, or a place where an attack or protest by someone
        // unnamed may have happened.
        let party_or_place = !mentions.is_empty();
        let codable = party_or_place && dyad_events::may_hold_event(&SentenceView::new(&words, &upos, &[], &[]), lex);
        if codable {
            // A dateline is no part of the sentence's grammar: parsed with it, `NEW DELHI, March 4
            // (PTI) - India and Bangladesh agreed` makes the city the subject.
            let skip = dateline_words;
            // Nor is the speaker of a transcript's turn ("Mao Ning: At the invitation of …, X will
            // visit China"; "Reuters: The coast guard said …").
            let turn = named.iter().find(|m| {
                m.tokens.start == skip
                    && matches!(m.kind, MentionKind::Person | MentionKind::Org)
                    && words.get(m.tokens.end) == Some(&":")
                    && m.tokens.end + 2 < words.len()
            });
            let skip = turn.map_or(skip, |m| m.tokens.end + 1);
            let tags = &a.tags.upos[r.start + skip..r.end];
            crate::tagging::parse(&words[skip..], tags, &mut heads, &mut rels);
            if skip > 0 {
                crate::datelines::attach_dateline(skip, &words, &mut heads, &mut rels);
            }
            // Subjects the parser hung elsewhere, found again from where the names are.
            crate::repair::repair_subjects(&words, &upos, &mut heads, &mut rels, &named);
            if a.is_headline(si) {
                crate::repair::headline_participles(&words, &upos, &heads, &mut rels);
            }
            deprels.extend(rels.iter().map(|d| d.as_str()));
            mentions = named;
            add_references(actors, r.start, &words, &heads, &deprels, &mut mentions, &seen);
        }
        let view = SentenceView::new(&words, &upos, &heads, &deprels);
        if let Some(p) = mentions
            .iter()
            .rev()
            .find(|m| m.kind == MentionKind::Person && words[m.tokens.start].chars().next().is_some_and(char::is_uppercase))
        {
            last_person = Some(p.actor);
        }
        last_subject = mentions
            .iter()
            .find(|m| m.kind == MentionKind::Person && m.tokens.clone().any(|k| subject_of_root(&heads, &deprels, k)))
            .map(|m| m.actor);
        last_parties = subject_parties(&mentions, &upos, &heads, &deprels);
        if let Some(m) = mentions.iter().chain(&owners).filter(|m| m.kind == MentionKind::State).max_by_key(|m| m.tokens.start) {
            last_state = Some(m.actor);
        }
        for m in named_states(&mentions).chain(named_states(&owners)) {
            state_counts[m] += 1;
        }
        let mut named_here: Vec<&Mention> = mentions.iter().chain(&owners).collect();
        if !owners.is_empty() {
            named_here.sort_by_key(|m| m.tokens.start);
        }
        for m in named_here.into_iter().filter(|m| words[m.tokens.start].starts_with(char::is_uppercase)) {
            let recent = match m.kind {
                MentionKind::State => &mut recent_states,
                MentionKind::Person => &mut recent_people,
                _ => continue,
            };
            recent.retain(|&x| x != m.actor);
            recent.push(m.actor);
        }
        if debug() {
            eprintln!("# sentence {si}");
            for (k, w) in words.iter().enumerate() {
                let m = mentions.iter().find(|m| m.tokens.contains(&k)).map(|m| format!("A{}", m.actor + 1)).unwrap_or_default();
                eprintln!("{}\t{w}\t{}\t{}\t{}\t{m}", k + 1, upos[k], heads.get(k).unwrap_or(&0), deprels.get(k).unwrap_or(&"-"));
            }
        }
        // "KYIV, May 2 (AFP) - …": the dateline place is where the paragraph's events are
        // reported from, never one of their actors, and the agency it credits is none either
        // ("ABUJA, Nov 30 (AFP) - West African leaders threatened …" is no threat by AFP).
        let dateline = crate::datelines::dateline(dateline_words, &mentions);
        if let Some(d) = dateline {
            mentions.retain(|m| m.actor != d);
        }
        mentions.retain(|m| m.tokens.start >= dateline_words);
        // Without a party or an event word nothing can be coded (an event needs an actor
        // that is not a place).
        let coded = if codable { code_events(&view, &mentions, lex) } else { Vec::new() };
        if coded.is_empty() {
            continue;
        }
        let sentence_text = a.slice(r.start, r.end);
        let (dateline_end, mut filed) = event_dates::dispatch_date(a, si, dateline_words, sentence_text, published, &mut reference);
        let base = a.seg.tokens[r.start].start as usize;
        // A date word inside a name is part of the name ("Vice Minister *Sun* Weidong").
        let in_name = |range: &std::ops::Range<usize>| {
            r.clone().any(|k| {
                let t = a.seg.tokens[k];
                let (ts, te) = (t.start as usize - base, t.end as usize - base);
                ts < range.end && range.start < te && actors.actor_at(k).is_some()
            })
        };
        let found_dates: Vec<_> = dates::find_date_expressions(sentence_text)
            .into_iter()
            .filter(|(range, _)| !in_name(range) && range.start >= dateline_end)
            .collect();
        // Places are where things happen, not who does them (PLOVER actors are states,
        // organisations, groups and people): a place the roles put among the parties becomes the
        // location. An event needs someone who did it, except an attack (also a cyber attack) or
        // a protest by someone unnamed against a named party or at a named place ("12 people were
        // killed when a blast rocked Colombo"): PLOVER codes those with their event location.
        let is_place = |x: &usize| actors.list.get(*x).is_some_and(|act| act.kind == ActorKind::Place);
        let coded: Vec<_> = coded
            .into_iter()
            .map(|mut ev| {
                if ev.roles.location.is_none() {
                    ev.roles.location = ev.roles.actor.iter().chain(&ev.roles.recipient).copied().find(is_place);
                }
                ev.roles.actor.retain(|x| !is_place(x));
                ev.roles.recipient.retain(|x| !is_place(x));
                // No one is done to by themselves.
                let roles = &mut ev.roles;
                roles.recipient.retain(|x| !roles.actor.contains(x));
                crate::diplomacy::drop_own_state_threatened(actors, &mut ev);
                let parse = crate::diplomacy::Parse {
                    a,
                    actors,
                    mentions: &mentions,
                    words: &words,
                    heads: &heads,
                    deprels: &deprels,
                    start: r.start,
                };
                crate::diplomacy::recode_official_protest(&parse, lex, &mut ev);
                let earlier_doers = crate::event_anaphora::reaction_target(a, &out, si, &view, lex, &ev);
                ev.roles.recipient.extend(earlier_doers);
                ev
            })
            // A passive that leaves its agent unsaid still names whom it was done to ("Ana
            // Rivas, who *was arrested* on Monday"): kept, with no actor.
            .filter(|ev| {
                let passive = (0..heads.len()).any(|k| heads[k] as usize == ev.trigger.head + 1 && deprels.get(k) == Some(&"aux:pass"));
                !ev.roles.actor.is_empty()
                    || (passive && !ev.roles.recipient.is_empty())
                    || ((matches!(ev.event_type, PloverType::Assault | PloverType::Protest)
                        || (ev.event_type == PloverType::Coerce && ev.mode.as_deref() == Some("cyber")))
                        && (ev.roles.location.is_some() || !ev.roles.recipient.is_empty()))
            })
            // "The two sides should deepen cooperation, Xi said": an obligation the speaker's
            // own state shares is a proposal, not a demand on others.
            .filter(|ev| {
                let country = |x: &usize| actors.list.get(*x).and_then(|act| act.country.as_deref());
                let state = |x: &usize| actors.list.get(*x).is_some_and(|act| act.kind == ActorKind::State);
                let shared = ev
                    .roles
                    .recipient
                    .iter()
                    .any(|r| state(r) && ev.roles.actor.iter().any(|x| country(x).is_some() && country(x) == country(r)));
                !(ev.trigger.flags.has(dyad_events::Flags::REPORTED_DEMAND) && shared)
            })
            // A visit is an official's or a delegation's: civilians or refugees arriving
            // somewhere ("buses carrying the freed prisoners arrived in Ramallah") meet no one.
            .filter(|ev| {
                let civilian = |x: &usize| {
                    actors
                        .list
                        .get(*x)
                        .is_some_and(|act| act.kind == ActorKind::Group && matches!(act.sector.as_deref(), Some("CVL" | "REF")))
                };
                !(ev.event_type == PloverType::Consult
                    && ev.mode.as_deref() == Some("visit")
                    && !ev.roles.actor.is_empty()
                    && ev.roles.actor.iter().all(civilian))
            })
            // A trigger word inside a name (`Rapid Support Forces`) is not an event; inside a
            // group named by what it is, it is ("deployed *troops*", "*protesters* marched").
            .filter(|ev| {
                let mut words = ev.trigger.matched.iter().copied().chain(ev.trigger.tokens.clone().take(1));
                let named = |x: u32| actors.list.get(x as usize).is_some_and(|act| !act.is_generic());
                !words.any(|k| actors.actor_at(r.start + k).is_some_and(named))
            })
            // ("respect the Paris *Agreement*": the name of a document is no event.)
            .filter(|ev| {
                let k = r.start + ev.trigger.head;
                let lex = ActorLexicon::embedded();
                let named = k > r.start && a.is_capitalised(k - 1) && !lex.word_is(a.tok(k - 1), WordClass::Article);
                !(ev.trigger.matched.len() == 1 && named && lex.word_is(a.tok(k), WordClass::DocumentHead))
            })
            // A trigger word inside a date expression is the date: "agreed in Luanda *in March*".
            .filter(|ev| {
                let t = ev.trigger.matched.first().copied().unwrap_or(ev.trigger.tokens.start);
                let tok = a.seg.tokens[r.start + t];
                let (ts, te) = (tok.start as usize - base, tok.end as usize - base);
                !found_dates.iter().any(|(range, _)| ts < range.end && range.start < te)
            })
            .collect();
        let trigger_byte = |ev: &dyad_events::CodedEvent| {
            let t = ev.trigger.matched.first().copied().unwrap_or(ev.trigger.tokens.start);
            a.seg.tokens[r.start + t].start as usize - base
        };
        // Each date expression belongs to the trigger(s) nearest to it, in its own clause
        // first: "X received Y in Moscow *last Thursday*, and the two sides discussed …".
        let conjunction = |k: usize| words.get(k).is_some_and(|w| ActorLexicon::embedded().word_is(w, WordClass::ClauseConjunction));
        // A relative clause between commas is a clause of its own ("Bazoum, who has been
        // detained *since July 26*, has refused to resign"), and a date inside one belongs to
        // no trigger outside it ("Hasina, who fled *in August*").
        let byte = |k: usize| if k < words.len() { a.seg.tokens[r.start + k].start as usize - base } else { sentence_text.len() };
        let relatives: Vec<std::ops::Range<usize>> =
            dyad_events::comma_relatives(&words).into_iter().map(|rel| byte(rel.start)..byte(rel.end)).collect();
        // ", (days) after …" opens a subordinate clause: a measure of time may come first.
        let subordinate = |k: usize| {
            (k + 1..(k + 4).min(words.len()))
                .find(|&j| !matches!(upos[j], "NUM" | "NOUN" | "DET" | "ADJ"))
                .is_some_and(|j| ActorLexicon::embedded().word_is(words[j], WordClass::Subordinator))
        };
        // (So does a participle after a comma: "shelled a camp *on Wednesday*, killing six".)
        let participle = |k: usize| words.get(k).is_some_and(|w| w.ends_with("ing")) && upos.get(k) == Some(&"VERB");
        let mut clause_starts: Vec<usize> = (0..words.len())
            .filter(|&k| words[k] == ";" || (words[k] == "," && (conjunction(k + 1) || subordinate(k) || participle(k + 1))))
            .map(byte)
            .collect();
        clause_starts.extend(relatives.iter().flat_map(|rel| [rel.start, rel.end]));
        let distance = |tb: usize, at: usize| {
            if relatives.iter().any(|rel| rel.contains(&at) && !rel.contains(&tb)) {
                return usize::MAX;
            }
            let other_clause = clause_starts.iter().any(|&b| (tb.min(at)..tb.max(at)).contains(&b));
            tb.abs_diff(at) + if other_clause { 1 << 20 } else { 0 }
        };
        // A date the parse hangs on a word that is no event dates that word: "the position *of
        // 2020*" (a noun), "the ministry said *on Thursday*" (the report, not what it reports).
        let trigger_words: Vec<usize> = coded.iter().flat_map(|ev| ev.trigger.matched.iter().copied().chain([ev.trigger.head])).collect();
        let token_range = |range: &std::ops::Range<usize>| {
            (0..words.len()).filter(|&k| (range.start..range.end).contains(&byte(k))).collect::<Vec<usize>>()
        };
        let hung: Vec<DateHung> = found_dates
            .iter()
            .map(|(range, _)| date_hung(&words, &upos, &heads, &deprels, &token_range(range), &trigger_words, lex))
            .collect();
        let owner: Vec<usize> = found_dates
            .iter()
            .zip(&hung)
            .map(|((range, _), hung)| {
                if *hung == DateHung::Noun {
                    return usize::MAX;
                }
                let verb = crate::event_dates::verb_dated(&words, &upos, &heads, &deprels, &token_range(range));
                if let Some(d) =
                    coded.iter().filter(|ev| Some(ev.trigger.head) == verb).map(|ev| distance(trigger_byte(ev), range.start)).min()
                {
                    return d;
                }
                coded.iter().map(|ev| distance(trigger_byte(ev), range.start)).min().unwrap_or(usize::MAX)
            })
            .collect();
        for ev in &coded {
            let trigger: Vec<usize> =
                if ev.trigger.matched.is_empty() { ev.trigger.tokens.clone().collect() } else { ev.trigger.matched.clone() };
            let trigger: Vec<usize> = trigger.into_iter().map(|k| k + r.start).collect();
            let tb = trigger_byte(ev);
            // (The words a date follows: "withdraw *by* …" sets a deadline, "suspend talks *until* …"
            // ends a span.)
            let after = |range: &std::ops::Range<usize>, ends_in: fn(&str) -> bool| sentence_text.get(..range.start).is_some_and(ends_in);
            let after_deadline_word = |range: &std::ops::Range<usize>| after(range, dates::ends_in_deadline);
            // (Another verb between the trigger and the date: "warned … if the junta failed to
            // *hold* elections by the end of next year".)
            let verb_between =
                |range: &std::ops::Range<usize>| (0..words.len()).any(|k| byte(k) > tb && byte(k) < range.start && upos[k] == "VERB");
            // (A deadline before the trigger is the verb's before it: "ordered the consulate to
            // *close* by January 1 and expelled four diplomats".)
            let verb_owns_deadline = |range: &std::ops::Range<usize>| {
                let clause = sentence_text.get(..range.start).and_then(|t| t.rfind([',', ';'])).unwrap_or(0);
                verb_between(range)
                    || (tb >= range.end && (0..words.len()).any(|k| byte(k) >= clause && byte(k) < range.start && upos[k] == "VERB"))
            };
            // When a report was made dates a deed it tells as news ("Russia attacked our ports
            // overnight, the president said *on Friday*"), not one it names by a noun
            // ("survivors of the *attack* said on Saturday", "said it would confront the alleged
            // *genocide*"). Saying, demanding or promising is dated by the report either way.
            let material = !matches!(
                ev.event_type,
                PloverType::Agree
                    | PloverType::Request
                    | PloverType::Accuse
                    | PloverType::Reject
                    | PloverType::Threaten
                    | PloverType::Support
            );
            let named = upos.get(ev.trigger.head).is_some_and(|u| matches!(*u, "NOUN" | "PROPN"));
            let told_in_past = upos.get(ev.trigger.head) == Some(&"VERB")
                && words.get(ev.trigger.head).is_some_and(|w| dyad_events::is_past_form(&w.to_lowercase()));
            let reported_only = |i: usize| hung[i] == DateHung::Report && material && !ev.modality.hypothetical && named;
            let best = found_dates
                .iter()
                .zip(&owner)
                .enumerate()
                .filter(|(i, _)| !reported_only(*i))
                .map(|(_, d)| d)
                // A deadline dates what has not happened yet, or what met it in its own clause
                // ("withdrew its soldiers *by December 22*"), not a warning that sets it for
                // something else.
                .filter(|((range, _), _)| ev.modality.hypothetical || !(after_deadline_word(range) && verb_owns_deadline(range)))
                // A deed told in the past was not done "next month": "agreed to hold talks *next
                // month*" dates the talks, not the agreement.
                .filter(|((_, expr), _)| ev.modality.hypothetical || !(told_in_past && expr.points_ahead()))
                .filter(|((range, _), &o)| o != usize::MAX && distance(tb, range.start) == o)
                .min_by_key(|((range, _), _)| distance(tb, range.start))
                .map(|(d, _)| d);
            // (When a span ends dates nothing, and nothing else either: "would suspend talks
            // *until 2028*".)
            let span_end = best.is_some_and(|(range, _)| after(range, dates::ends_in_span_end));
            // What is dated ahead has not happened yet: "when they *meet* in Bogotá *next week*"
            // (not "*asks* the mission to protect civilians ahead of elections *planned* for next
            // December": another verb between may own the date).
            let ahead =
                best.is_some_and(|(range, expr)| expr.points_ahead() && !span_end && !after_deadline_word(range) && !verb_between(range));
            // The event of the clause a participle after it adds to ("shelled a camp near El
            // Fasher on Saturday, *killing* 40"): its date and place are the participle's.
            let clause_event = (ev.trigger.head > 0 && participle(ev.trigger.head) && matches!(words[ev.trigger.head - 1], "," | "and"))
                .then(|| out.last().filter(|e: &&EventRec| e.sentence == si && !e.hypothetical))
                .flatten();
            let clause_place = clause_event.and_then(|e| e.location);
            let (date, date_text) = match best {
                Some(_) if span_end => (None, None),
                Some((range, expr)) => {
                    // The deadline of what has not been done yet lies ahead ("demanded that the
                    // troops withdraw *by September 3*").
                    let deadline = ev.modality.hypothetical && after_deadline_word(range);
                    let past = !deadline && date_tense(sentence_text, range.clone()).unwrap_or(false);
                    let date = dates::resolve(expr, reference, past).or_else(|| {
                        let anchor = anchor_date(&out, &view, lex, range.start, |k| a.seg.tokens[r.start + k].start as usize - base)?;
                        dates::resolve_against(expr, anchor)
                    });
                    (date, sentence_text.get(range.clone()).map(str::to_string))
                }
                // (What a participle adds happened when its clause's event did.)
                None if clause_event.is_some() => clause_event.map_or((None, None), |e| (e.date.clone(), e.date_text.clone())),
                None if !ev.modality.hypothetical => filed.take().map_or((None, None), |(d, t)| (Some(d), Some(t))),
                None => (None, None),
            };
            filed = None;
            out.push(EventRec {
                sentence: si,
                event_type: ev.event_type.as_str(),
                mode: ev.mode.clone(),
                quad: ev.quad,
                score: ev.score,
                actor: ev.roles.actor.iter().filter(|&&x| !bystanders.get(x).copied().unwrap_or(false)).map(|&x| x as u32).collect(),
                recipient: ev.roles.recipient.iter().map(|&x| x as u32).collect(),
                location: ev.roles.location.map(|x| x as u32).or(clause_place).or_else(|| {
                    dateline
                        .map(|d| crate::datelines::placed_in_state(&words, &upos, &mentions, ev.trigger.tokens.end).unwrap_or(d))
                        .map(|x| x as u32)
                }),
                date,
                date_text,
                negated: ev.modality.negated,
                hypothetical: ev.modality.hypothetical || ahead,
                trigger,
                depth: tree_depth(&heads, ev.trigger.head),
            });
        }
    }
    out
}

/// Steps from token `k` up to the root of a sentence's parse (0-based token, 1-based heads,
/// 0 = root); 0 for an unparsed sentence.
fn tree_depth(heads: &[u32], k: usize) -> u8 {
    let (mut cur, mut depth) = (k, 0u8);
    while let Some(&h) = heads.get(cur) {
        if h == 0 || depth == u8::MAX {
            break;
        }
        cur = h as usize - 1;
        depth += 1;
    }
    depth
}

/// The states, organisations and groups that are the main clause's subject, or that own it
/// ("*Taiwan's* defence ministry said …"): what a later "it" or "they" opening a sentence
/// with nobody named before it continues.
fn subject_parties(mentions: &[Mention], upos: &[&str], heads: &[u32], deprels: &[&str]) -> Vec<usize> {
    let party = |m: &Mention| matches!(m.kind, MentionKind::State | MentionKind::Org | MentionKind::Group | MentionKind::Generic);
    if deprels.is_empty() {
        // Unparsed (no event word): the party that opens the sentence, after at most a
        // determiner or an adjective ("The rebels said …", "Taiwan's defence ministry said …").
        let first = mentions.iter().min_by_key(|m| m.tokens.start);
        let Some(first) = first.filter(|m| party(m) && upos[..m.tokens.start].iter().all(|&t| matches!(t, "DET" | "ADJ"))) else {
            return Vec::new();
        };
        // (With the parties listed after it, "and" before the last: "Burkina Faso, Mali and
        // Niger quit …"; not an apposition, "The group, the Mozambican …".)
        let mut out = vec![first.actor];
        let mut end = first.tokens.end;
        let mut joined = false;
        while let Some(m) = mentions
            .iter()
            .find(|m| m.tokens.start > end && party(m) && upos[end..m.tokens.start].iter().all(|&t| matches!(t, "PUNCT" | "CCONJ" | "DET")))
        {
            joined |= upos[end..m.tokens.start].contains(&"CCONJ");
            if !out.contains(&m.actor) {
                out.push(m.actor);
            }
            end = m.tokens.end;
        }
        if !joined {
            out.truncate(1);
        }
        return out;
    }
    let subject = (0..deprels.len()).find(|&k| subject_of_root(heads, deprels, k));
    let Some(subject) = subject else { return Vec::new() };
    // The subject with its joined subjects ("Mali and Niger said …").
    let heads_of = |k: usize| (heads[k] as usize).checked_sub(1);
    let in_subject =
        |k: usize| k == subject || (heads_of(k) == Some(subject) && matches!(deprels[k], "conj" | "nmod:poss" | "amod" | "compound"));
    let mut out: Vec<usize> = Vec::new();
    for m in mentions {
        if party(m) && m.tokens.clone().any(in_subject) && !out.contains(&m.actor) {
            out.push(m.actor);
        }
    }
    out
}

/// Whether word `k` is the subject of its sentence's main verb (empty parse: no).
fn subject_of_root(heads: &[u32], deprels: &[&str], k: usize) -> bool {
    let verb = heads.get(k).and_then(|&h| (h as usize).checked_sub(1));
    deprels.get(k).is_some_and(|d| d.starts_with("nsubj")) && verb.is_some_and(|v| heads.get(v) == Some(&0))
}
