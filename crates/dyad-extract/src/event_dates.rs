//! Dates for the events stage: which event a date expression belongs to (what the parse hangs it
//! on, the tense around it), the date a dispatch was filed, and what event-relative dates count from.

use chrono::NaiveDate;
use dyad_events::{dates, tense, Lexicon, SentenceView};

use crate::analysis::Analysis;
use crate::events::EventRec;

/// The dateline of sentence `si` (`PORT SUDAN, Oct 30 (Reuters) -`, its first `dateline_words`
/// words): where it ends in the
/// sentence's text (bytes; 0 when there is none), and its date with the date's text. The
/// dateline's own date dates no event but the lead one that names no day of its own, as event
/// coders date a story's lead event by the story; when it lies in the month before `published`,
/// it becomes the `reference` day relative dates count from ("on Wednesday").
pub(crate) fn dispatch_date(
    a: &Analysis,
    si: usize,
    dateline_words: usize,
    sentence_text: &str,
    published: Option<NaiveDate>,
    reference: &mut Option<NaiveDate>,
) -> (usize, Option<(String, String)>) {
    let r = a.sentence_tokens(si);
    let end = match dateline_words {
        0 => return (0, None),
        skip => a.seg.tokens[r.start + skip - 1].end as usize - a.seg.tokens[r.start].start as usize,
    };
    let line = sentence_text.get(..end).unwrap_or("");
    let filed = dates::find_date_expressions(line)
        .into_iter()
        .find_map(|(range, expr)| Some((dates::resolve(&expr, published, true)?, line.get(range)?.to_string())));
    let day = filed.as_ref().and_then(|(d, _)| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    if let (Some(day), Some(p)) = (day, published) {
        if day <= p && (p - day).num_days() <= 31 {
            *reference = Some(day);
        }
    }
    (end, filed)
}

/// Whether a date expression lies in the past, told by the tense marker nearest to it in
/// its own clause (between the commas or semicolons around it), else in the sentence:
/// "The EU will send aid, the commissioner *announced on Thursday*" is last Thursday,
/// though the sentence speaks of the future; "X said it *would* hold talks on Thursday"
/// next Thursday, though the sentence is told in the past.
pub(crate) fn date_tense(sentence: &str, date: std::ops::Range<usize>) -> Option<bool> {
    let (head, tail) = (sentence.get(..date.start)?, sentence.get(date.end..)?);
    let lo = head.rfind([',', ';']).map_or(0, |k| k + 1);
    let hi = tail.find([',', ';']).unwrap_or(tail.len());
    tense::tense_at(&words(&head[lo..]), &words(&tail[..hi])).or_else(|| tense::tense_at(&words(head), &words(tail)))
}

/// The words of a stretch of text; a hyphen joins ("Ebola-hit", "US-led" are no past forms).
fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-')).map(|w| w.trim_matches('-')).filter(|w| !w.is_empty()).collect()
}

/// The date of the event an event-relative expression is measured from: "*The visit* came
/// less than a month after the talks" — a noun trigger before the expression names an
/// event of the same type and mode told earlier (the visit), whose day is known. `byte_of`
/// gives a sentence token's byte offset in the sentence.
pub(crate) fn anchor_date(
    earlier: &[EventRec],
    view: &SentenceView,
    lex: &Lexicon,
    expr_start: usize,
    byte_of: impl Fn(usize) -> usize,
) -> Option<NaiveDate> {
    let named = lex
        .find_triggers(view)
        .into_iter()
        .filter(|t| t.pos == dyad_events::TriggerPos::Noun && byte_of(t.tokens.start) < expr_start)
        .map(|t| (t.event_type.as_str(), t.mode))
        .collect::<Vec<_>>();
    earlier
        .iter()
        .rev()
        .filter(|e| named.iter().any(|(t, m)| *t == e.event_type && *m == e.mode))
        .find_map(|e| e.date.as_deref().filter(|d| d.len() == 10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()))
}

/// What the parse hangs a date expression on, when that is no event word.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateHung {
    /// An event word, or nothing the parse can tell.
    Event,
    /// A noun it is the of-modifier of ("the position *of 2020*"): it dates no event.
    Noun,
    /// A reporting verb ("the ministry said *on Thursday*"): when it was said.
    Report,
}

/// What the parse hangs a date expression (its tokens `span`) on.
pub(crate) fn date_hung(
    words: &[&str],
    upos: &[&str],
    heads: &[u32],
    deprels: &[&str],
    span: &[usize],
    triggers: &[usize],
    lex: &Lexicon,
) -> DateHung {
    if heads.len() != words.len() || deprels.len() != words.len() {
        return DateHung::Event;
    }
    let Some((top, governor)) = governed(heads, span) else { return DateHung::Event };
    if triggers.contains(&governor) {
        return DateHung::Event;
    }
    let base = deprels[top].split(':').next().unwrap_or("");
    let report = || {
        upos[governor] == "VERB"
            && lex.is_cue_word(&dyad_events::lemma(words[governor], upos[governor]), dyad_events::CueKind::Report)
            && !deprels[governor].starts_with("ccomp")
    };
    // (Only "of": the parser hangs many a date of the event on a noun nearby, "arrested in
    // Paris *in September*".)
    let of = (0..words.len()).any(|k| words[k] == "of" && heads[k] as usize == top + 1);
    if base == "nmod"
        && of
        && matches!(upos[governor], "NOUN" | "PROPN")
        && !dates::is_period_part(words[governor])
        && !dates::is_day_or_month(words[governor])
    {
        DateHung::Noun
    } else if base == "obl" && report() {
        DateHung::Report
    } else {
        DateHung::Event
    }
}

/// The token of a date expression (its tokens `span`) that hangs outside it, and the word it
/// hangs on.
fn governed(heads: &[u32], span: &[usize]) -> Option<(usize, usize)> {
    let outside = |k: &usize| heads.get(*k).and_then(|&g| (g as usize).checked_sub(1)).filter(|g| !span.contains(g));
    span.iter().find_map(|k| outside(k).map(|g| (*k, g)))
}

/// The verb in the past (or a participle in -ing) a date expression is an oblique of
/// ("summoned the ambassadors of X, Y and Z *on Tuesday* in protest"): the event of that verb
/// owns the date, whatever trigger is nearer. (Not a verb in the present, which the parser
/// often gives the date of a noun after it: "strongly *condemns* the attack … on Saturday".)
pub(crate) fn verb_dated(words: &[&str], upos: &[&str], heads: &[u32], deprels: &[&str], span: &[usize]) -> Option<usize> {
    let (top, governor) = governed(heads, span)?;
    let lower = words.get(governor)?.to_lowercase();
    let told = dyad_events::is_past_form(&lower) || lower.ends_with("ing");
    (told && deprels.get(top).is_some_and(|d| d.split(':').next() == Some("obl")) && upos.get(governor) == Some(&"VERB"))
        .then_some(governor)
}
