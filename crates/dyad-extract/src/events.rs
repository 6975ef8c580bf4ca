//! PLOVER events: triggers, roles and modality from `dyad-events`, fed with this document's
//! tokens, parse and actor mentions; dates resolved against the publication date.

use std::ops::Range;

use chrono::NaiveDate;
use dyad_events::{code_events, dates, Lexicon, Mention, MentionKind, SentenceView};

use crate::actors::Actors;
use crate::analysis::Analysis;
use crate::document::ActorKind;

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
}

fn mention_kind(k: ActorKind) -> MentionKind {
    match k {
        ActorKind::Person => MentionKind::Person,
        ActorKind::Organization => MentionKind::Org,
        ActorKind::State => MentionKind::State,
        ActorKind::Place => MentionKind::Place,
        ActorKind::Group => MentionKind::Group,
    }
}

/// Actor mentions of a sentence, with sentence-local token ranges.
fn sentence_mentions(actors: &Actors, r: &Range<usize>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for k in r.clone() {
        let Some(x) = actors.actor_at(k) else { continue };
        let local = k - r.start;
        match out.last_mut() {
            Some(m) if m.actor == x as usize && m.tokens.end == local => m.tokens.end = local + 1,
            _ => out.push(Mention { tokens: local..local + 1, actor: x as usize, kind: mention_kind(actors.list[x as usize].kind) }),
        }
    }
    out
}

/// Finds the events of every sentence.
pub fn find_events(a: &Analysis, actors: &Actors, published: Option<NaiveDate>) -> Vec<EventRec> {
    let lex = Lexicon::embedded();
    let mut out = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut upos: Vec<&str> = Vec::new();
    let mut deprels: Vec<&str> = Vec::new();
    for si in 0..a.seg.sentences.len() {
        let r = a.sentence_tokens(si);
        if r.is_empty() {
            continue;
        }
        words.clear();
        upos.clear();
        deprels.clear();
        words.extend(r.clone().map(|k| a.tok(k)));
        upos.extend(r.clone().map(|k| a.tags.upos[k].as_str()));
        deprels.extend(r.clone().map(|k| a.tags.deprel[k].as_str()));
        let heads = &a.tags.head[r.clone()];
        let view = SentenceView::new(&words, &upos, heads, &deprels);
        let mentions = sentence_mentions(actors, &r);
        let coded = code_events(&view, &mentions, lex);
        if coded.is_empty() {
            continue;
        }
        let sentence_text = a.slice(r.start, r.end);
        let found_dates = dates::find_date_expressions(sentence_text);
        let past = dates::sentence_is_past(&words);
        for ev in coded {
            // An event needs someone who did it.
            if ev.roles.actor.is_empty() {
                continue;
            }
            let trigger: Vec<usize> =
                if ev.trigger.matched.is_empty() { ev.trigger.tokens.clone().collect() } else { ev.trigger.matched.clone() };
            let trigger: Vec<usize> = trigger.into_iter().map(|k| k + r.start).collect();
            let (date, date_text) = nearest_date(a, r.start, &found_dates, &trigger, published, past);
            out.push(EventRec {
                sentence: si,
                event_type: ev.event_type.as_str(),
                mode: ev.mode.clone(),
                quad: ev.quad,
                score: ev.score,
                actor: ev.roles.actor.iter().map(|&x| x as u32).collect(),
                recipient: ev.roles.recipient.iter().map(|&x| x as u32).collect(),
                location: ev.roles.location.map(|x| x as u32),
                date,
                date_text,
                negated: ev.modality.negated,
                hypothetical: ev.modality.hypothetical,
                trigger,
            });
        }
    }
    out
}

/// The date expression closest to the trigger in the sentence, resolved.
fn nearest_date(
    a: &Analysis,
    sentence_start: usize,
    found: &[(Range<usize>, dates::DateExpr)],
    trigger: &[usize],
    published: Option<NaiveDate>,
    past: bool,
) -> (Option<String>, Option<String>) {
    let Some(&t) = trigger.first() else { return (None, None) };
    let base = a.seg.tokens[sentence_start].start as usize;
    let trig_byte = a.seg.tokens[t].start as usize - base;
    let best = found.iter().min_by_key(|(range, _)| range.start.abs_diff(trig_byte));
    match best {
        Some((range, expr)) => {
            let text = a.slice(sentence_start, sentence_start + 1);
            let _ = text;
            let sentence = &a.text()[base..];
            let date_text = sentence.get(range.clone()).map(str::to_string);
            (dates::resolve(expr, published, past), date_text)
        }
        None => (None, None),
    }
}
