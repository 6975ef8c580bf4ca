//! Who said it: the speech cue next to a quote, the subject of that cue, and the conversation
//! so far (whoever spoke last continues when nothing else is said).

use std::ops::Range;

use super::cues::{Cue, CueKind, Cues};
use super::QuoteRec;
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Lexicon, WordClass};
use crate::refer::{is_personal_pronoun, role_nouns, Refers, Resolver};

/// How far from a quote a cue may be, in tokens.
const CUE_BEFORE: usize = 40;
const CUE_AFTER: usize = 8;

fn is_possessive(w: &str) -> bool {
    let lex = Lexicon::embedded();
    lex.word_is(w, WordClass::PersonPossessive) || lex.word_is(w, WordClass::OrganisationPossessive)
}

fn is_preposition(w: &str) -> bool {
    Lexicon::embedded().word_is(w, WordClass::SpeakerBlockingPrep)
}

pub fn attribute(a: &Analysis, r: &Resolver, quotes: &mut [QuoteRec]) {
    let cues = Cues::embedded();
    let mut last: Option<(u32, u32)> = None; // (speaker, paragraph)
    for i in 0..quotes.len() {
        let q = quotes[i].clone();
        let para = a.paragraph_of_sentence(a.sentence_of[q.content.start] as usize);
        let para_start = a.seg.paragraphs.get(para as usize).map_or(0, |p| p.tokens.start as usize);
        let prev_end =
            quotes[..i].iter().rev().find(|p| p.direct && p.content.end <= q.content.start).map_or(para_start, |p| p.content.end);
        let region_start = prev_end.max(para_start).max(q.content.start.saturating_sub(CUE_BEFORE));
        let last_here = last.filter(|&(_, p)| p == para).map(|(s, _)| s);
        // "Kobakhidze … dismissed the allegations *as "hysteria."*": what a person named in
        // narration takes something for, in quotation marks, is that person's word, whatever
        // was said in the sentences before.
        let sentence = a.sentence_tokens(a.sentence_of[q.content.start] as usize);
        let open = q.content.start.saturating_sub(1);
        let taken_as = q.direct
            && q.cue.is_none()
            && open > sentence.start + 3
            && Lexicon::embedded().word_is(a.tok(open - 1), WordClass::AsConjunction);
        let user = taken_as.then(|| first_person(a, r, sentence.start..open)).flatten().filter(|&x| takes_it_as(a, r, x, open - 1));
        let cue = match &q.cue {
            Some(c) => cues.at(a, c.start).map(|(n, cue)| (c.start, n, cue)),
            None => find_cue(a, cues, &q, region_start).filter(|&(at, _, _)| user.is_none() || at >= sentence.start),
        };
        let speaker = match cue {
            Some((at, n, cue)) => {
                quotes[i].cue = Some(at..at + n);
                // A closing attribution (`CLAUSE, a diplomatic source said`) names its speaker
                // after the clause, or no one: never someone inside what was said.
                let lo = if !q.direct && at >= q.content.end { q.content.end } else { region_start.min(at) };
                subject(a, r, at, n, cue, lo, last_here)
            }
            None => None,
        };
        // No cue, or no one found: a quote continues the conversation (same paragraph, or a
        // quote opening the next paragraph). Not when the cue's subject is someone new and
        // unnamed ("…, *a local official* said").
        let opens_paragraph = q.content.start <= para_start + 1;
        let unnamed = cue.is_some_and(|(at, _, _)| indefinite_subject(a, at));
        let user = user.filter(|_| cue.is_none());
        let continued = if unnamed { None } else { user.or(last_here) };
        let speaker = speaker.or(continued).or_else(|| if opens_paragraph && q.direct && !unnamed { last.map(|(s, _)| s) } else { None });
        quotes[i].speaker = speaker;
        if let Some(s) = speaker {
            last = Some((s, para));
        }
    }
    share_closing_attribution(a, quotes);
}

/// Whether person `x` is the one who takes something as what follows `as_at` ("Romney
/// *dismissed* as …"): the verb before "as" is active ("were dismissed as" is someone else's
/// verdict) and `x` is no possessor ("*Morales's* policies as …").
fn takes_it_as(a: &Analysis, r: &Resolver, x: u32, as_at: usize) -> bool {
    let sentence = a.sentence_tokens(a.sentence_of[as_at] as usize);
    let Some(last) = (sentence.start..as_at).rev().find(|&k| r.actors.actor_at(k) == Some(x)) else { return false };
    let possessor = matches!(a.tok(last + 1), "'s" | "’s" | "'");
    let verb = (last + 1..as_at).rev().find(|&k| a.upos(k) == "VERB");
    let passive = verb.is_some_and(|v| v > 0 && Lexicon::embedded().word_is(a.tok(v - 1), WordClass::PassiveBe));
    !possessor && verb.is_some() && !passive
}

/// Whether the words right before the cue at `at` are an indefinite noun phrase ("*a local
/// official* said", "*an aid worker* told"): someone unnamed, whom no earlier speaker stands for.
fn indefinite_subject(a: &Analysis, at: usize) -> bool {
    let mut k = at;
    while k > 0 && at - k < 4 && matches!(a.upos(k - 1), "ADJ" | "NOUN") {
        k -= 1;
    }
    // (Not one who speaks for a body named before: "a *police* spokeswoman", "a *commission*
    // spokeswoman said", "a spokeswoman said in a statement".)
    let lex = Lexicon::embedded();
    let speaks_for = (k..at).any(|j| {
        let w = a.tok(j).to_lowercase();
        lex.word_is(&w, WordClass::VoiceNoun)
            || lex.group_sector(&w).is_some()
            || lex.org_head(&crate::actors::titles::capitalise(&w)).is_some()
    });
    k < at && k > 0 && !speaks_for && lex.word_is(a.tok(k - 1), WordClass::Indefinite)
}

/// `The council "strongly condemns the coup" and "decides to suspend …," it said`: quoted
/// fragments of one sentence closed by one attribution are all its speaker's.
fn share_closing_attribution(a: &Analysis, quotes: &mut [QuoteRec]) {
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        let (q, next) = (&quotes[i], &quotes[i + 1]);
        let closing = next.cue.as_ref().is_some_and(|c| c.start >= next.content.end);
        let same_sentence = a.sentence_of[q.content.start] == a.sentence_of[next.content.end.saturating_sub(1)];
        // (Only fragments joined by a conjunction or comma: `a "serious incident" that has
        // caused "serious hurt …," he said` quotes a phrase inside another's words.)
        let joined =
            (q.content.end..next.content.start).all(|k| super::is_mark(a.tok(k)) || matches!(a.tok(k), "and" | "but" | "or" | ","));
        if q.speaker.is_none() && q.direct && next.direct && closing && same_sentence && joined {
            let (speaker, cue) = (next.speaker, next.cue.clone());
            quotes[i].speaker = speaker;
            quotes[i].cue = cue;
        }
    }
}

/// The cue nearest a direct quote: right after its closing mark (`," he said`), else before its
/// opening mark. A quote without a closing mark has no cue after it: what follows belongs to the
/// next quote.
fn find_cue(a: &Analysis, cues: &Cues, q: &QuoteRec, region_start: usize) -> Option<(usize, usize, Cue)> {
    let close = (q.content.end..q.content.end + 2).find(|&k| a.tok(k) == "\"");
    if let Some(close) = close {
        let hi = a.sentence_tokens(a.sentence_of[close] as usize).end.min(close + 1 + CUE_AFTER);
        for k in close + 1..hi {
            // (Nor across a subordinate clause: `was "politically motivated" *and that Iran would
            // respond*` goes on with what the cue before said.)
            if a.tok(k) == "\"" || (a.tok(k).eq_ignore_ascii_case("that") && a.upos(k) == "SCONJ") {
                break;
            }
            if let Some((n, c)) = cues.at(a, k) {
                return Some((k, n, c));
            }
        }
    }
    let open = q.content.start.saturating_sub(1);
    // (A speech verb not yet spoken introduces no quote: "He said Iran *would respond* with
    // "appropriate measures"" is what he said.)
    let unspoken = |k: usize| k > 0 && Lexicon::embedded().word_is(a.tok(k - 1), WordClass::Modal);
    (region_start..open).rev().filter(|&k| !unspoken(k)).find_map(|k| cues.at(a, k).map(|(n, c)| (k, n, c)))
}

/// The speaker of a cue at `at` (length `n`).
fn subject(a: &Analysis, r: &Resolver, at: usize, n: usize, cue: Cue, lo: usize, last: Option<u32>) -> Option<u32> {
    let sentence = a.sentence_tokens(a.sentence_of[at] as usize);
    match cue.kind {
        CueKind::According => {
            // `according to what the expert ... NAME believe`: a named person beats a role noun.
            let window = || (at + n..sentence.end.min(at + n + 14)).take_while(|&k| a.tok(k) != ",");
            window()
                .find_map(|k| r.actors.actor_at(k).filter(|&x| r.actors.list[x as usize].kind == ActorKind::Person && !r.in_quote[k]))
                .or_else(|| window().find_map(|k| speaker_at(a, r, k, sentence.clone())))
        }
        // ("*He* was quoted as saying: …": the pronoun's person.)
        CueKind::Participle => last
            .or_else(|| first_person(a, r, sentence.start..at))
            .or_else(|| (sentence.start..at).find(|&k| is_personal_pronoun(a.tok(k))).and_then(|k| speaker_at(a, r, k, sentence.clone()))),
        CueKind::Finite => {
            // ("after *being accused* of "messing" with records", "*was described* as "…"": a
            // passive names what was said of its subject, never by it.)
            let mut b = at;
            while b > lo && a.upos(b - 1) == "ADV" {
                b -= 1;
            }
            let be = b > lo && Lexicon::embedded().word_is(a.tok(b - 1), WordClass::PassiveBe);
            if cue.direct_only && be {
                return None;
            }
            // Inverted after a quote or comma: `," said Ukrainian Energy Minister X`. The words in
            // between may only be title words; an addressee (`assured Al-Nahar`) is never the speaker.
            let inverted_position = at > 0 && matches!(a.tok(at - 1), "," | "\"");
            // (`condemned China's "…"`: what follows a direct-only cue is its object.)
            if inverted_position && !cue.addressee && !cue.direct_only {
                let window = at + n..sentence.end.min(at + n + 6);
                let person =
                    window.clone().find_map(|k| r.actors.actor_at(k).filter(|&x| r.actors.list[x as usize].kind == ActorKind::Person));
                let found = person.or_else(|| window.clone().find_map(|k| r.actors.actor_at(k).filter(|&x| is_speaker_kind(r, x))));
                if let Some(s) = found {
                    // (No preposition either: "said the warning *by Vienna*" names no speaker.)
                    // (A comma may set off the name after its role: `," said the group's director,
                    // John McPhington`.)
                    let apposed = |k: usize| a.tok(k) == "," && r.actors.actor_at(k + 1) == Some(s);
                    let clean = window
                        .clone()
                        .take_while(|&k| r.actors.actor_at(k) != Some(s))
                        .all(|k| (!matches!(a.tok(k), "," | "." | "\"" | "that") || apposed(k)) && !matches!(a.upos(k), "ADP" | "VERB"));
                    // "Fu Cong, said *Beijing* supported …": a name followed by its own verb is
                    // the subject of the reported clause, not an inverted speaker.
                    let end = window.skip_while(|&k| r.actors.actor_at(k) != Some(s)).find(|&k| r.actors.actor_at(k) != Some(s));
                    // (Also through the noun it qualifies: "Mujahid, said *Pakistani* forces *had*
                    // opened fire".)
                    let own_verb = end
                        .and_then(|k| (k..sentence.end).find(|&j| a.upos(j) != "NOUN"))
                        .is_some_and(|k| matches!(a.upos(k), "VERB" | "AUX"));
                    // ("…, said *Turkish* drones had struck": after a comma, not a quote, a name
                    // qualifying a noun that names no one opens the reported clause.)
                    let people = |w: &str| {
                        let lower = w.to_lowercase();
                        let lex = Lexicon::embedded();
                        let one = lower.strip_suffix('s').unwrap_or(&lower);
                        role_nouns().contains_key(&lower)
                            || lex.title(&lower).is_some()
                            || lex.title(one).is_some()
                            || lex.group_sector(&lower).is_some()
                    };
                    let qualifies = a.tok(at - 1) == ","
                        && end.is_some_and(|k| a.upos(k) == "NOUN" && r.actors.actor_at(k).is_none() && !people(a.tok(k)));
                    if clean && !own_verb && !qualifies {
                        return Some(s);
                    }
                } else if let Some(s) = window
                    .take_while(|&k| !matches!(a.tok(k), "," | "." | "\"") && a.upos(k) != "VERB")
                    .find_map(|k| speaker_at(a, r, k, sentence.clone()))
                {
                    // `," declared *the general*`: a role noun stands for whoever holds it.
                    return Some(s);
                }
            }
            // A verb that needs an addressee but has none after it (`Haftar addressed: "...`)
            // has the addressee before it: the speaker is the one before that.
            // `X rejected the Algerian account, and described it as "…"`: a cue coordinated with
            // an earlier verb shares its subject, which stands before that verb.
            if at > lo + 1 && a.tok(at - 1) == "and" {
                // ("Fidan stated that Turkey will never *allow* …, and stressed that": the verb
                // joined is the earlier speech verb, not one inside what it reported.)
                let cues = Cues::embedded();
                // (A name the tagger read as a verb, "counterpart *Wang* Yi", is none.)
                let verb = (lo..at - 1).rev().find(|&k| {
                    a.upos(k) == "VERB"
                            && !a.tok(k).ends_with("ing")
                            && !r.in_quote[k]
                            && r.actors.actor_at(k).is_none()
                            // ("urged residents *to stay* … and announced": not an infinitive.)
                            && !(k > lo && a.tok(k - 1).eq_ignore_ascii_case("to"))
                            // ("massing troops along *their shared* border and warned": a
                            // participle after a determiner qualifies a noun.)
                            && !(k > lo && (a.upos(k - 1) == "DET" || is_possessive(a.tok(k - 1))))
                            // ("accused Kigali of violating *a ceasefire agreed in* July and said":
                            // nor a participle between a noun and a preposition, after the verb it
                            // hangs on.)
                            && !(k > lo
                                && super::reported::describes_noun(a, k)
                                && a.upos(k + 1) == "ADP"
                                && (lo..k - 1).any(|j| a.upos(j) == "VERB"))
                });
                let reporting = |v: usize| {
                    // (Within the sentence: a cue of an earlier sentence reports nothing here.)
                    let from = lo.max(a.sentence_tokens(a.sentence_of[v] as usize).start);
                    // (Also a clause reported without "that": "Katz *said* Israel would *continue*
                    // …, and vowed".)
                    (from..v).rev().find(|&k| !r.in_quote[k] && cues.at(a, k).is_some_and(|(_, c)| c.kind == CueKind::Finite))
                };
                // ("Baghaei said that Tehran would *respond* "decisively" …, and warned": a cue
                // inside the clause another cue reports is part of what was said.)
                let verb = verb.map(|v| reporting(v).unwrap_or(v));
                // ("*It* thanked Moscow and Kyiv … and said": the pronoun before that verb.)
                // ("X, Ukraine's human rights commissioner, *accused* … and said": the one the
                // apposition is about.)
                let told = |v: usize| {
                    it_subject(a, r, v, lo, sentence.clone(), last).or_else(|| appositive_subject(a, r, v, lo.max(sentence.start)))
                };
                if let Some(s) = verb.and_then(told) {
                    return Some(s);
                }
                // (With no party before that verb, "The governor urged residents to stay … and
                // announced", nobody named speaks: not the verb's object.)
                // (Nor one named in the sentence before: "The army denied the accusation and
                // said" is not the civilians the last sentence ended with.)
                if let Some(v) = verb {
                    return nearest_left(a, r, v, lo.max(sentence.start), false);
                }
            }
            // "*it* said", "what *it* has called": the pronoun is the cue's subject.
            if let Some(s) = it_subject(a, r, at, lo, sentence.clone(), last) {
                return Some(s);
            }
            if let Some(s) = appositive_subject(a, r, at, lo.max(sentence.start)) {
                return Some(s);
            }
            if let Some(s) = relative_subject(a, r, at, lo) {
                return s;
            }
            let no_object =
                matches!(a.tok(at + n), ":" | "\"" | "," | "") && super::reported::after_quoted_name(a, at + n, sentence.end).is_none();
            let skip_first = cue.addressee && no_object;
            nearest_left(a, r, at, lo.max(sentence.start.saturating_sub(0)), skip_first)
        }
    }
}

/// "Bintou Keita, the head of the UN mission MONUSCO, *told*": before a cue right after a
/// comma, the words back to the previous comma are an apposition or a relative clause about
/// the subject named before them. A person there is the speaker; an organisation or state
/// only when the apposition names no person ("The Chinese envoy, Fu Cong, said": Fu Cong,
/// found by the nearest-name rule).
fn appositive_subject(a: &Analysis, r: &Resolver, at: usize, lo: usize) -> Option<u32> {
    if at < lo + 3 || a.tok(at - 1) != "," {
        return None;
    }
    let open = (lo..at - 1).rev().find(|&k| a.tok(k) == ",")?;
    if open == lo || (open + 1..at - 1).any(|k| r.in_quote[k] || a.tok(k) == "\"") {
        return None;
    }
    let subject = speaker_at(a, r, open - 1, a.sentence_tokens(a.sentence_of[at] as usize))?;
    let person = |x: u32| r.actors.list[x as usize].kind == ActorKind::Person;
    if person(subject) {
        return Some(subject);
    }
    let names_a_person = (open + 1..at - 1).any(|k| r.actors.actor_at(k).is_some_and(person));
    (!names_a_person).then_some(subject)
}

/// The first word of the verb group ending at `v`: back over auxiliaries, adverbs and
/// particles ("*has also* said"), not before `lo`.
fn verb_group_start(a: &Analysis, v: usize, lo: usize) -> usize {
    let mut j = v;
    while j > lo && matches!(a.upos(j - 1), "AUX" | "ADV" | "PART") {
        j -= 1;
    }
    j
}

/// "comments by Sweden's development minister*, who had said*": the subject of a cue in a
/// relative clause is the phrase right before its comma, even after a preposition. `Some(None)`
/// when that phrase is someone unnamed of someone's ("according to *his wife*, who said": not
/// the husband its possessive names); `None` when the cue opens no such clause.
fn relative_subject(a: &Analysis, r: &Resolver, at: usize, lo: usize) -> Option<Option<u32>> {
    let j = verb_group_start(a, at, lo);
    if j < lo + 3 || !a.tok(j - 1).eq_ignore_ascii_case("who") || a.tok(j - 2) != "," {
        return None;
    }
    let sentence = a.sentence_tokens(a.sentence_of[at] as usize);
    let head = j - 3;
    let unnamed = a.upos(head) == "NOUN"
        && head.checked_sub(1).is_some_and(|p| Lexicon::embedded().word_is(a.tok(p), WordClass::PersonPossessive))
        && r.actors.actor_at(head).is_none()
        && !role_nouns().contains_key(&a.tok(head).to_lowercase());
    if unnamed {
        return Some(None);
    }
    let phrase = (lo.max(sentence.start)..j - 2).rev().take(6).take_while(|&k| !matches!(a.upos(k), "ADP" | "VERB") && a.tok(k) != ",");
    phrase.into_iter().find_map(|k| speaker_at(a, r, k, sentence.clone())).map(Some)
}

/// The antecedent of an "it" that is the subject of the verb at `v`: one named before it in
/// the sentence, else — when the pronoun opens the sentence — the organisation, group or
/// state that spoke last ("The ministry said … . *It* added that …").
fn it_subject(a: &Analysis, r: &Resolver, v: usize, lo: usize, sentence: Range<usize>, last: Option<u32>) -> Option<u32> {
    let j = verb_group_start(a, v, lo);
    if j <= lo || !matches!(a.tok(j - 1), "it" | "It") {
        return None;
    }
    let lex = Lexicon::embedded();
    let opens = (sentence.start..j - 1).all(|k| lex.word_is(a.tok(k), WordClass::ClauseOpener));
    antecedent_of_it(a, r, j - 1, lo.max(sentence.start)..sentence.end)
        .or_else(|| last.filter(|&x| opens && r.actors.list[x as usize].kind != ActorKind::Person))
}

/// "The Philippines summoned China's envoy to protest what *it* called …", "Grenada, a power
/// close to Egypt, announced that *it* …": the sentence's first organisation, group or state
/// before the pronoun (its subject, as a rule), not one after a preposition.
fn antecedent_of_it(a: &Analysis, r: &Resolver, k: usize, sentence: Range<usize>) -> Option<u32> {
    let named = (sentence.start..k).find_map(|j| {
        let x = r.actors.actor_at(j).filter(|&x| r.actors.list[x as usize].kind != ActorKind::Person && is_speaker_kind(r, x))?;
        let first = j == sentence.start || r.actors.actor_at(j - 1) != Some(x);
        // (Not after a preposition, nor the agency of a dateline, "(Reuters)".)
        let governed = j > sentence.start && (is_preposition(a.tok(j - 1)) || matches!(a.upos(j - 1), "ADP") || a.tok(j - 1) == "(");
        // ("The *Algerian* Ministry of Foreign Affairs …": a name qualifying the next one.)
        let end = (j..k).find(|&e| r.actors.actor_at(e) != Some(x)).unwrap_or(k);
        let qualifies = r.actors.actor_at(end).is_some_and(|y| y != x);
        (first && !governed && !qualifies && !r.in_quote[j]).then_some(x)
    });
    // ("*The council* "strongly condemns …" and "decides …," *it* said": a role noun opening
    // the sentence, whose predicate is quoted.)
    let opening_role = || {
        let start = a.sentence_tokens(a.sentence_of[k] as usize).start;
        let noun = start + 1;
        let opens = noun + 1 < k
            && Lexicon::embedded().word_is(a.tok(start), WordClass::DefiniteArticle)
            && !r.in_quote[noun]
            && super::is_mark(a.tok(noun + 1));
        opens
            .then(|| speaker_at(a, r, noun, start..sentence.end))
            .flatten()
            .filter(|&x| r.actors.list[x as usize].kind != ActorKind::Person)
    };
    named.or_else(opening_role)
}

fn is_speaker_kind(r: &Resolver, x: u32) -> bool {
    matches!(r.actors.list[x as usize].kind, ActorKind::Person | ActorKind::Organization | ActorKind::Group | ActorKind::State)
}

/// The actor that token `k` names or stands for, if it can speak.
fn speaker_at(a: &Analysis, r: &Resolver, k: usize, sentence: Range<usize>) -> Option<u32> {
    if r.in_quote.get(k).copied().unwrap_or(false) {
        return None;
    }
    if let Some(x) = r.actors.actor_at(k).filter(|&x| is_speaker_kind(r, x)) {
        return Some(qualified_role(a, r, k, x).unwrap_or(x));
    }
    let w = a.tok(k);
    // ("According to *him*": the object form after the cue's preposition.)
    let lex = Lexicon::embedded();
    let object_form = lex.word_is(w, WordClass::ObjectPronoun) && k > 0 && a.upos(k - 1) == "ADP";
    if is_personal_pronoun(w) || object_form {
        // ("The plotters planned to kill Captain X, *he* said": after the clause it closes, the
        // pronoun stands for the clause's own subject ("X's brother returned …, he said"; not "the
        // government *of* X") or someone before the clause, not a person named later inside it.
        // Not when the pronoun's own clause reports: "after the meeting, *he* told X that …".)
        let reports = (k + 1..sentence.end).take_while(|&j| a.tok(j) != ",").any(|j| a.tok(j) == "that");
        let closing = k > sentence.start && a.tok(k - 1) == "," && !reports;
        if closing {
            let verb_or_prep = (sentence.start..k).find(|&j| matches!(a.upos(j), "VERB" | "AUX" | "ADP")).unwrap_or(k);
            let subject = first_person(a, r, sentence.start..verb_or_prep);
            return subject.or_else(|| r.person_before(sentence.start, 0)).or_else(|| r.person_before(k, sentence.start));
        }
        // ("X met Y and President Z. *He* promised …": a pronoun opening its sentence continues
        // the last sentence's subject, as the events stage reads it, not whoever it named last.)
        let opens = (sentence.start..k).all(|j| lex.word_is(a.tok(j), WordClass::ClauseOpener));
        let last_subject = || {
            let si = (a.sentence_of[k] as usize).checked_sub(1)?;
            let prev = a.sentence_tokens(si);
            let verb = (prev.start..prev.end).find(|&j| matches!(a.upos(j), "VERB" | "AUX"))?;
            // (Not a possessor: "X's lawyer, Y, said …. *He* said" is Y.)
            let owner = |t: usize| {
                let x = r.actors.actor_at(t);
                let end = (t..prev.end).find(|&j| r.actors.actor_at(j) != x).unwrap_or(prev.end);
                a.tok(end) == "'s"
            };
            (prev.start..verb).filter(|&t| !owner(t)).find_map(|t| first_person(a, r, t..t + 1))
        };
        return r.person_before(k, sentence.start).or_else(|| opens.then(last_subject).flatten()).or_else(|| r.person_before(k, 0));
    }
    if let Some(refers) = role_nouns().get(&w.to_lowercase()) {
        let before = a.tok(k.wrapping_sub(1));
        if lex.word_is(before, WordClass::DefiniteArticle) {
            return r.role(k, *refers);
        }
        if lex.word_is(before, WordClass::OrganisationPossessive) {
            return r.possessor_before(k - 1);
        }
        // "Carney called Xi …, *his office* said": who speaks for a person speaks as them; the
        // person is the sentence's subject rather than the last one named.
        if Lexicon::embedded().word_is(before, WordClass::PersonPossessive) {
            let proxy = *refers == Refers::Proxy;
            return proxy
                .then(|| sole_titled(r, &w.to_lowercase()))
                .flatten()
                .or_else(|| first_person(a, r, sentence.start..k - 1))
                .or_else(|| r.person_before(k - 1, 0));
        }
    }
    None
}

/// "…, *his lawyer* said" in a story that names one lawyer ("lawyer Monia Bouali told Reuters",
/// often further down): that person, who is not the client. (Of several, or none, the client
/// stands for their lawyer, as for their office. Not for titles that many hold: "his minister of
/// foreign affairs" is not the one other minister named.)
fn sole_titled(r: &Resolver, noun: &str) -> Option<u32> {
    let mut titled =
        r.actors.list.iter().enumerate().filter(|(_, act)| {
            act.kind == ActorKind::Person && act.titles.iter().any(|t| t.split(' ').any(|w| w.eq_ignore_ascii_case(noun)))
        });
    let (x, _) = titled.next()?;
    titled.next().is_none().then_some(x as u32)
}

/// A state named as the qualifier of a title role noun stands for the person in that role:
/// "the *Iraqi* minister", "the head of *Turkish* diplomacy" (the role noun up to three words
/// after the state, or before it across "of").
fn qualified_role(a: &Analysis, r: &Resolver, k: usize, state: u32) -> Option<u32> {
    let act = &r.actors.list[state as usize];
    if act.kind != ActorKind::State {
        return None;
    }
    let country = act.country.as_deref()?;
    let sentence = a.sentence_tokens(a.sentence_of[k] as usize);
    let title_role = |j: usize| matches!(role_nouns().get(&a.tok(j).to_lowercase()), Some(Refers::Title | Refers::Head | Refers::Office));
    let mut end = k + 1;
    while end < sentence.end && r.actors.actor_at(end) == Some(state) {
        end += 1;
    }
    let after = (end..sentence.end.min(end + 3)).take_while(|&j| a.upos(j) != "VERB" && a.tok(j) != ",").find(|&j| title_role(j));
    let mut start = k;
    while start > sentence.start && r.actors.actor_at(start - 1) == Some(state) {
        start -= 1;
    }
    let of = start
        .checked_sub(1)
        .filter(|&j| a.tok(j) == "of")
        .or_else(|| start.checked_sub(2).filter(|&j| a.tok(j) == "of" && a.tok(j + 1) == "the"));
    let before = of.and_then(|j| j.checked_sub(1)).filter(|&j| j >= sentence.start && title_role(j));
    let role = after.or(before)?;
    // "Niue's foreign minister*, Eikichi Hasegawa*": a role followed by its holder's name is
    // that name's to speak for.
    let named = |j: usize| r.actors.actor_at(j).is_some_and(|x| r.actors.list[x as usize].kind == ActorKind::Person);
    if named(role + 1) || (a.tok(role + 1) == "," && named(role + 2)) {
        return None;
    }
    // "Denmark's *defense* minister": the words between the state and the role noun are part
    // of the title sought. Only "the head of X diplomacy" (and "the Iraqi *official*") may stand
    // for any titled person.
    let refers = *role_nouns().get(&a.tok(role).to_lowercase())?;
    // ("*An* Israeli official said" is someone unnamed, not the minister named before.)
    let indefinite_before = |noun: usize, lo: usize| {
        let mut det = noun;
        while det > lo && noun - det < 4 && matches!(a.upos(det - 1), "ADJ" | "PROPN" | "NOUN" | "ADV") {
            det -= 1;
        }
        det.checked_sub(1).is_some_and(|j| Lexicon::embedded().word_is(a.tok(j), WordClass::Indefinite))
    };
    let indefinite = indefinite_before(role.min(start), sentence.start);
    // (Nor is "*the* UK official" after "a UK official said", nor "the *official* announcement";
    // "the Egyptian diplomat" after "the Russian diplomat" is still someone named.)
    let named_before = (0..role).any(|k| a.tok(k).eq_ignore_ascii_case(a.tok(role)) && indefinite_before(k, 0));
    let refers = match refers {
        Refers::Head if after.is_some() => Refers::Title,
        Refers::Office if indefinite || named_before || matches!(a.upos(role + 1), "NOUN" | "PROPN" | "ADJ") => Refers::Title,
        _ => refers,
    };
    let words: Vec<String> = if after.is_some() { (end..role).map(|j| a.tok(j).to_lowercase()).collect() } else { Vec::new() };
    r.role_of_country(role, refers, country, &words)
}

/// The nearest speaker left of `at` in the clause, skipping objects of prepositions and
/// addressees.
fn nearest_left(a: &Analysis, r: &Resolver, at: usize, lo: usize, mut skip_first: bool) -> Option<u32> {
    let sentence = a.sentence_tokens(a.sentence_of[at] as usize);
    // A relative clause between commas is about the name before it: "Hossain, *who visited
    // New Delhi in December*, had said …" is Hossain's.
    // (Only a closed one: in "the Portuguese, whose contribution *he said* …" the cue is inside.)
    let words: Vec<&str> = (lo..at).map(|k| a.tok(k)).collect();
    let asides: Vec<_> = dyad_events::comma_relatives(&words).into_iter().filter(|r| r.end < words.len()).collect();
    let aside = |k: usize| asides.iter().any(|r| r.contains(&(k - lo)));
    let mut k = at;
    let mut seen: Option<u32> = None;
    while k > lo {
        k -= 1;
        if r.in_quote.get(k).copied().unwrap_or(false) || aside(k) {
            continue;
        }
        let Some(s) = speaker_at(a, r, k, sentence.clone()) else { continue };
        if seen == Some(s) {
            continue;
        }
        // Go to the first token of this mention to see what precedes it.
        let mut first = k;
        while first > lo && r.actors.actor_at(first - 1) == Some(s) && r.actors.actor_at(k).is_some() {
            first -= 1;
        }
        seen = Some(s);
        // "the head *of Turkish* diplomacy": a qualifying state that stands for a person in a
        // role is no object of its preposition.
        if r.actors.actor_at(k).is_some_and(|x| x != s) {
            return Some(s);
        }
        // "groups *in southern* Peru said": a preposition may stand before a modifier or two.
        let mut before = first;
        while before > 0 && first - before < 2 && matches!(a.upos(before - 1), "ADJ" | "DET") {
            before -= 1;
        }
        if before > 0 && (is_preposition(a.tok(before - 1)) || is_addressee(a, first)) {
            continue;
        }
        if skip_first {
            skip_first = false;
            continue;
        }
        return Some(s);
    }
    None
}

/// Whether the mention starting at `first` is the addressee of a speech verb right before
/// it ("Peskov told *reporters* the claims were …").
fn is_addressee(a: &Analysis, first: usize) -> bool {
    (first.saturating_sub(2)..first).any(|k| Cues::embedded().at(a, k).is_some_and(|(n, cue)| cue.addressee && k + n == first))
}

/// The first person named in `range` who is not the object of a preposition (a clause's subject).
fn first_person(a: &Analysis, r: &Resolver, range: Range<usize>) -> Option<u32> {
    range.clone().find_map(|k| {
        let x = r.actors.actor_at(k)?;
        let kind = r.actors.list[x as usize].kind;
        (kind == ActorKind::Person && !r.in_quote[k] && (k == 0 || !is_preposition(a.tok(k - 1)))).then_some(x)
    })
}
