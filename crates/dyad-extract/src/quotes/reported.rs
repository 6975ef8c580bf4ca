//! Reported speech: the clause a speech cue reports, after it (`X said (that) CLAUSE`, `X told
//! AFP CLAUSE`, "and that" clauses), before it (`CLAUSE, X said.`) or around `according to X`.

use std::ops::Range;

use super::cues::{CueKind, Cues};
use super::{is_mark, is_name_like, QuoteRec};
use crate::analysis::Analysis;
use crate::lexicon::{Lexicon, WordClass};

/// Reported speech: `X said (that) CLAUSE`, `..., adding that CLAUSE`, `CLAUSE, X said.`,
/// `according to X, CLAUSE`.
pub(super) fn reported(a: &Analysis, in_quote: &[bool]) -> Vec<QuoteRec> {
    let cues = Cues::embedded();
    let lex = Lexicon::embedded();
    let mut out = Vec::new();
    for si in 0..a.seg.sentences.len() {
        let r = a.sentence_tokens(si);
        let mut k = r.start;
        while k < r.end {
            let Some((n, cue)) = cues.at(a, k).filter(|(_, c)| !c.direct_only) else {
                k += 1;
                continue;
            };
            // ("*An estimated* 30 per cent": a participle after a determiner modifies a noun.)
            let article = |j: usize| {
                a.upos(j) == "DET" && (lex.word_is(a.tok(j), WordClass::DefiniteArticle) || lex.word_is(a.tok(j), WordClass::Indefinite))
            };
            if in_quote[k] || (k > r.start && article(k - 1) && cue.kind != CueKind::According) {
                k += n;
                continue;
            }
            let content = match cue.kind {
                CueKind::According => according_content(a, k, n, r.clone()),
                _ => that_clause(a, k + n, r.end)
                    .or_else(|| as_clause(a, k, n, r.clone()))
                    .or_else(|| bare_clause(a, if cue.addressee { after_addressee(a, k + n, r.end)? } else { k + n }, r.end))
                    .or_else(|| clause_before(a, k, n, cue.addressee, r.clone())),
            };
            if let Some(c) = content {
                let c = trim_content(a, c, in_quote);
                // (One clause reported by two cues, "*declared* in an *address* that …", is
                // one quote, the first cue's.)
                if long_enough(a, &c) && !cut_short(a, &c, in_quote) && !out.iter().any(|q: &QuoteRec| q.content == c) {
                    out.push(QuoteRec { content: c, speaker: None, direct: false, cue: Some(k..k + n) });
                }
            }
            k += n;
        }
        and_that_clauses(a, in_quote, r, &mut out);
    }
    out
}

/// "stressed that the step "opens a new page"*, and that* Morocco is ready …": a second
/// that-clause joined by "and" (or "but", "or") is reported by the speech verb before it.
fn and_that_clauses(a: &Analysis, in_quote: &[bool], r: Range<usize>, out: &mut Vec<QuoteRec>) {
    let cues = Cues::embedded();
    for j in r.start + 1..r.end.saturating_sub(1) {
        if !second_that(a, j) || in_quote[j] {
            continue;
        }
        // (Not a cue inside a relative clause set off before it: "said it had "expelled" the
        // vessels, *which it said* had intruded, and that it had taken measures".)
        let words: Vec<&str> = r.clone().map(|k| a.tok(k)).collect();
        let asides = dyad_events::comma_relatives(&words);
        let in_relative = |k: usize| asides.iter().any(|c| c.contains(&(k - r.start)));
        let Some(cue) = (r.start..j).rev().find(|&k| {
            !in_quote[k] && cues.at(a, k).is_some_and(|(_, c)| !c.direct_only && c.kind != CueKind::According) && !in_relative(k)
        }) else {
            continue;
        };
        let n = cues.at(a, cue).map_or(1, |(n, _)| n);
        if let Some(c) = that_clause(a, j + 1, r.end) {
            let c = trim_content(a, c, in_quote);
            if long_enough(a, &c) && !cut_short(a, &c, in_quote) && !out.iter().any(|q| q.content.start == c.start) {
                out.push(QuoteRec { content: c, speaker: None, direct: false, cue: Some(cue..cue + n) });
            }
        }
    }
}

/// Whether `k` opens a second that-clause of the same cue ("said X *and that* Y", "*but that*"):
/// a clause reported on its own, which ends the one before it.
fn second_that(a: &Analysis, k: usize) -> bool {
    Lexicon::embedded().word_is(a.tok(k), WordClass::ThatJoiner) && a.tok(k + 1) == "that"
}

/// The token after the closing mark of a quoted name opening at mark `k` (`told *"Al-Nahar"*
/// that`), if one opens there.
pub(super) fn after_quoted_name(a: &Analysis, k: usize, end: usize) -> Option<usize> {
    if !is_mark(a.tok(k)) {
        return None;
    }
    let close = (k + 1..end.min(k + 6)).find(|&j| is_mark(a.tok(j)))?;
    is_name_like(a, k + 1, close).then_some(close + 1)
}

/// `said (to X) that CLAUSE` → CLAUSE, up to the end of the sentence or an opening quote.
fn that_clause(a: &Analysis, from: usize, end: usize) -> Option<Range<usize>> {
    let that = (from..end.min(from + 13)).find(|&k| a.tok(k) == "that")?;
    // Quotation marks before "that" may only enclose a name (`told "Al-Nahar" that`).
    let from = after_quoted_name(a, from, that).unwrap_or(from);
    // "stressed *in a press conference with his French counterpart in Rabat* that": a longer
    // stretch before "that" may only be a phrase without a verb of its own.
    // ("published a book on genetics *that have drawn* attention": a "that" followed by its
    // verb is a relative pronoun.)
    // ("said *in a video posted on Facebook* that": in a phrase opening with a preposition, a
    // participle after a noun describes it; "says the suspects *belonged* to …" is a clause.)
    let prepositional = a.upos(from) == "ADP";
    let described = |k: usize| prepositional && k > from && describes_noun(a, k) && a.upos(k + 1) == "ADP";
    let verbless =
        (from..that).all(|k| !matches!(a.upos(k), "VERB" | "AUX") || described(k)) && !matches!(a.upos(that + 1), "VERB" | "AUX");
    if (that > from + 4 && !verbless) || (from..that).any(|k| matches!(a.tok(k), "," | "." | "\"")) {
        return None;
    }
    // (A semicolon ends the reported clause: "Russia says it downed 40 drones*;* Kyiv reports …";
    // so does a second that-clause, reported on its own: "said the text interfered *and that* …".)
    let mut k = that + 1;
    let stop = loop {
        if k >= end || a.tok(k) == ";" || second_that(a, k) {
            break k.min(end);
        }
        if is_mark(a.tok(k)) {
            match embedded_quote_end(a, k, end) {
                Some(after) => k = after,
                None => break k,
            }
            continue;
        }
        k += 1;
    };
    Some(that + 1..coordinated_verb(a, that + 1, stop))
}

/// After a quotation mark at `open` inside a reported clause: the token after its closing
/// mark when the quote is a short phrase the clause goes on after ("will not allow "violent
/// groups" to paralyse") or ends with, else `None` (a longer quote ends the reported clause
/// before it).
fn embedded_quote_end(a: &Analysis, open: usize, end: usize) -> Option<usize> {
    let close = (open + 1..end.min(open + MAX_EMBEDDED_QUOTE)).find(|&j| is_mark(a.tok(j)))?;
    let goes_on = close + 1 < end && a.tok(close + 1).chars().any(char::is_alphanumeric);
    let ends_it = only_stops(a, close + 1..end);
    (close > open + 1 && (goes_on || ends_it)).then_some(close + 1)
}

/// Whether tokens `r` are only punctuation that ends a clause (none at all counts): a quote
/// before them ends the clause it stands in.
fn only_stops(a: &Analysis, r: Range<usize>) -> bool {
    r.into_iter().all(|j| matches!(a.tok(j), "." | "," | ";" | ":" | "?" | "!"))
}

/// Where a clause reported after a cue ends when the speaker goes on to do something else:
/// `said the drone had violated its airspace*, and accused* Mali of …` (a comma, a
/// conjunction and a verb that is not a participle); `end` if nowhere.
fn coordinated_verb(a: &Analysis, from: usize, end: usize) -> usize {
    let cues = Cues::embedded();
    (from..end.saturating_sub(2))
        .find(|&k| {
            let joined = |c: usize| {
                Lexicon::embedded().word_is(a.tok(c), WordClass::ClauseConjunction)
                    && a.upos(c + 1) == "VERB"
                    && !a.tok(c + 1).ends_with("ing")
            };
            // Without a comma only a speech verb: "said the strikes killed four workers *and
            // vowed* to respond", or a past after a clause told in the present: "said Pakistan
            // firmly adheres to the principle *and thanked* China".
            let and_verb = a.tok(k) == "and" && a.upos(k + 1) == "VERB";
            (a.tok(k) == "," && joined(k + 1))
                || (and_verb && cues.at(a, k + 1).is_some_and(|(_, c)| c.kind == CueKind::Finite))
                || (and_verb && dyad_events::tense::sentence_is_past(&[a.tok(k + 1)]) && told_in_present(a, from, k))
        })
        .unwrap_or(end)
}

/// Whether the first verb of `from..to` is a simple present in -s ("Pakistan firmly
/// *adheres*"), which no past participle after "and" continues. (After "is" or "has" one
/// may: "has killed 1,868 people and infected 2,739".)
fn told_in_present(a: &Analysis, from: usize, to: usize) -> bool {
    (from..to).find(|&k| matches!(a.upos(k), "VERB" | "AUX")).is_some_and(|k| {
        let w = a.tok(k);
        a.upos(k) == "VERB" && w.ends_with('s') && !w.ends_with("ss") && w.chars().all(|c| c.is_ascii_lowercase())
    })
}

/// Where the clause after an addressee begins (`told *AFP* the talks …`, `told *the BBC* …`):
/// after one noun or pronoun, or one name however many words, with its determiner (a
/// capitalised word counts as a name whatever its tag: the tagger reads some acronyms as other
/// parts of speech). "told Reuters Russia would …" thus finds no clause: no quote, not a wrong one.
fn after_addressee(a: &Analysis, from: usize, end: usize) -> Option<usize> {
    let mut head = if a.upos(from) == "DET" { from + 1 } else { from };
    if head >= end || !(matches!(a.upos(head), "NOUN" | "PROPN" | "PRON") || a.is_capitalised(head)) {
        return None;
    }
    while head + 1 < end && a.is_capitalised(head) && a.is_capitalised(head + 1) {
        head += 1;
    }
    Some(head + 1)
}

/// `said CLAUSE` without "that": a clause starting with its subject right after the cue
/// (`Putin said Russia would respond`; after a verb's addressee, `told AFP the talks …`), its
/// first verb finite and before any comma, and no quoted phrase inside it (the cut would
/// leave a fragment).
fn bare_clause(a: &Analysis, from: usize, end: usize) -> Option<Range<usize>> {
    // "said *Wednesday* the two sides had agreed", "said *on Saturday* its air defences had …":
    // the day is when it was said.
    let day = |k: usize| k + 1 < end && dyad_events::dates::is_day_or_month(a.tok(k));
    let from = if day(from) {
        from + 1
    } else if a.tok(from) == "on" && day(from + 1) {
        from + 2
    } else {
        from
    };
    // ("on March 3": its number too.)
    let from = if from < end && a.upos(from) == "NUM" && from > 0 && day(from - 1) { from + 1 } else { from };
    if from >= end || !matches!(a.upos(from), "DET" | "PRON" | "PROPN" | "NOUN" | "NUM" | "ADJ") || a.tok(from) == "that" {
        return None;
    }
    // ("declared Bongo the winner of *a disputed* election": a participle after an article is
    // an adjective, no clause's verb.)
    let verb = (from + 1..end)
        .take_while(|&k| !matches!(a.tok(k), "," | ";" | ":") && !is_mark(a.tok(k)))
        // ("warns Eritrea *over troop* build-up", "flights *by allied* aircraft violate": nor
        // one right after a preposition, a noun or an adjective the tagger misread.)
        .find(|&k| {
            let (lex, before) = (Lexicon::embedded(), a.tok(k - 1));
            let after_preposition = lex.word_is(before, WordClass::SpeakerBlockingPrep) && !before.eq_ignore_ascii_case("to");
            matches!(a.upos(k), "VERB" | "AUX") && !lex.word_is(before, WordClass::Article) && !after_preposition
        })?;
    // "expects concrete steps from Washington *regarding* …": a participle is no finite verb;
    // the words before it are the cue's object, not a clause.
    if a.tok(verb).ends_with("ing") && a.upos(verb) == "VERB" {
        return None;
    }
    // "urged the parties *to agree*": an infinitive is no reported clause; "declared a state
    // of emergency *after* supporters blocked …": a verb behind a subordinator is another clause's.
    let lex = Lexicon::embedded();
    // "urged restraint *and called* on …": a verb joined by a conjunction is the speaker's next
    // act, and the noun before it the cue's object.
    // "wrote a message on a wall *that was* ripped down": a verb after a relative pronoun is
    // the relative clause's; the words before are the cue's object.
    if a.tok(verb - 1) == "to"
        || a.upos(verb - 1) == "CCONJ"
        || (from..verb).any(|k| matches!(a.tok(k), "that" | "which" | "who"))
        || (from..verb).any(|k| a.upos(k) == "SCONJ" || lex.word_is(a.tok(k), WordClass::Subordinator))
    {
        return None;
    }
    // A short quoted phrase runs with the clause ("said they had taken "total control" of the
    // country"); a longer quote ends it after a stop ("said the talks had failed: "We …"), and
    // one that goes on with the clause's words leaves no clause to report ("said there was a
    // possibility a candidate "would …"": the quote carries it).
    let mut end = end;
    let mut k = from;
    while k < end {
        if is_mark(a.tok(k)) {
            match embedded_quote_end(a, k, end) {
                Some(after) => k = after,
                None if matches!(a.tok(k - 1), "," | ":" | ";") => end = k,
                None => return None,
            }
            continue;
        }
        k += 1;
    }
    if end <= verb + 1 {
        return None;
    }
    // "…, the AU said in a statement": a closing attribution is not part of the clause.
    let cues = Cues::embedded();
    let attribution = |j: usize| cues.at(a, j).is_some_and(|(_, c)| !c.direct_only);
    let stop = (verb..end)
        .find(|&k| (a.tok(k) == "," && (k + 1..end.min(k + 10)).any(attribution)) || a.tok(k) == ";" || second_that(a, k))
        .unwrap_or(end);
    Some(from..coordinated_verb(a, verb, stop))
}

/// `CLAUSE, X said.` / `CLAUSE, said X.`: an attribution closing its sentence after a comma,
/// its speaker a few words without a verb, at most a short tail after the cue (`in a statement`).
fn clause_before(a: &Analysis, cue: usize, n: usize, addressee: bool, sentence: Range<usize>) -> Option<Range<usize>> {
    const MAX_SPEAKER: usize = 8;
    const MAX_TAIL: usize = 6;
    const LONG_TAIL: usize = 14;
    let verbless = |r: Range<usize>| r.clone().all(|k| !matches!(a.upos(k), "VERB" | "AUX") && !is_mark(a.tok(k)) && a.tok(k) != ",");
    let mut tail_end = sentence.end;
    while tail_end > cue + n && matches!(a.tok(tail_end - 1), "." | "!" | "?") {
        tail_end -= 1;
    }
    // `CLAUSE, X said, a day before …`: the attribution may close at a comma of its own when
    // what follows is a side phrase; `Many strikers, he said, were recovering` goes on with the
    // clause it interrupts, which is no `CLAUSE, X said.`
    if let Some(c) = (cue + n..tail_end.min(cue + n + MAX_TAIL + 1)).find(|&k| a.tok(k) == ",") {
        if !opens_side_phrase(a, c + 1, tail_end) {
            return None;
        }
        tail_end = c;
    }
    // "…, UN warns *of famine*": what a cue is about is its complement, not a tail.
    if cue + n < tail_end && Lexicon::embedded().word_is(a.tok(cue + n), WordClass::TopicPrep) {
        return None;
    }
    // A tail that opens with a preposition may run longer and hold a participle: "…, X said *at
    // a press conference following talks with his Egyptian counterpart Y*", "*in a statement
    // posted on its Telegram channel*".
    let prepositional = cue + n < tail_end && a.upos(cue + n) == "ADP";
    let participle = |k: usize| (a.upos(k) == "VERB" && a.tok(k).ends_with("ing")) || describes_noun(a, k);
    let tail_ok = if prepositional {
        tail_end - (cue + n) <= LONG_TAIL && (cue + n..tail_end).all(|k| participle(k) || verbless(k..k + 1))
    } else {
        tail_end.saturating_sub(cue + n) <= MAX_TAIL && verbless(cue + n..tail_end)
    };
    if !tail_ok {
        return None;
    }
    // (A bracketed acronym does not count against the speaker's length: "…, South Korea's Joint
    // Chiefs of Staff (JCS) said".)
    let bracketed = (cue.saturating_sub(MAX_SPEAKER + 4).max(sentence.start)..cue)
        .filter(|&k| a.tok(k) == "(" && k + 2 < cue && a.tok(k + 2) == ")")
        .count()
        * 3;
    let reach = MAX_SPEAKER + 1 + bracketed;
    let comma = (cue.saturating_sub(reach).max(sentence.start)..cue).rev().find(|&k| a.tok(k) == ",")?;
    let start = after_dateline(a, sentence.start..comma);
    // "…, *which* Tehran denied": a relative clause comments on what came before; nobody says it.
    let relative = Lexicon::embedded().word_is(a.tok(comma + 1), WordClass::RelativePronoun);
    // In the plain order (`…, X said`) the cue takes no object but an addressee (`told a news
    // conference`): "…, Finland *declared a state of emergency*" and "…, but the rebels
    // continued" are no attributions.
    let plain_order = comma + 1 < cue;
    // (A date is no object: "…, the ministry announced *today*", "estimated *last year*".)
    let dated = || dyad_events::dates::find_date_expressions(a.slice(cue + n, tail_end)).iter().any(|(r, _)| r.start == 0);
    let object =
        plain_order && !addressee && cue + n < tail_end && matches!(a.upos(cue + n), "DET" | "NOUN" | "NUM" | "PRON" | "ADJ") && !dated();
    let conjoined = a.upos(comma + 1) == "CCONJ";
    // "…, a charge the ELN denied": a noun right before the speaker's determiner is what the
    // speaker answered (a reduced relative clause), not an attribution of the sentence.
    // ("…, *a charge* Kigali denies": the noun may open the phrase.)
    let answered = (comma + 2..cue).any(|k| a.upos(k) == "DET" && a.upos(k - 1) == "NOUN")
        || (a.upos(comma + 1) == "DET" && a.upos(comma + 2) == "NOUN" && comma + 3 < cue && a.is_capitalised(comma + 3));
    // What was said is a clause: "In a press conference Tuesday, police warned of …" says nothing.
    let clause = (start..comma).any(|k| matches!(a.upos(k), "VERB" | "AUX"));
    (comma > start + 3 && clause && !relative && !object && !conjoined && !answered && verbless(comma + 1..cue)).then_some(start..comma)
}

/// Whether token `k` is a past participle describing the noun before it ("a statement *posted*
/// on its Telegram channel").
pub(super) fn describes_noun(a: &Analysis, k: usize) -> bool {
    k > 0 && a.upos(k) == "VERB" && a.tok(k).ends_with("ed") && a.upos(k - 1) == "NOUN"
}

/// Whether the words from `k` are a side phrase after an attribution: a preposition or
/// conjunction (`in a statement`, `as the crisis grows`, `but …`), a participle (`adding`,
/// `leaving`), a relative pronoun, or a measure before one (`a day before …`, `days after …`).
fn opens_side_phrase(a: &Analysis, k: usize, end: usize) -> bool {
    let lex = Lexicon::embedded();
    let side = |j: usize| {
        let w = a.tok(j);
        matches!(a.upos(j), "ADP" | "SCONJ" | "CCONJ")
            || lex.word_is(w, WordClass::Subordinator)
            || lex.word_is(w, WordClass::RelativePronoun)
            || (a.upos(j) == "VERB" && w.ends_with("ing"))
    };
    // ("…, the JCS said, *days after* Seoul and Washington began …": a bare measure of time too.)
    let time_unit = |j: usize| a.upos(j) == "NOUN" && dyad_events::dates::is_time_unit(a.tok(j));
    k < end
        && (side(k)
            || (matches!(a.upos(k), "DET" | "NUM") && (k + 1..end.min(k + 4)).any(side))
            || (time_unit(k) && k + 1 < end && side(k + 1)))
}

/// Where what was said begins in a clause opening a sentence: after a dateline (`JEDDAH, May 2
/// (AFP) -`, `BAMAKO -`, `NEW DELHI, Oct 21 (PTI) India and …`), which is not what was said.
fn after_dateline(a: &Analysis, clause: Range<usize>) -> usize {
    let si = a.sentence_of[clause.start] as usize;
    // (`Sanaa - The Houthi group …`: a place in title case opening a paragraph, up to three
    // words, before a dash and a capital.)
    let titled_place = |k: usize| {
        k - clause.start <= 3
            && a.opens_paragraph(si)
            && (clause.start..k).all(|j| a.is_capitalised(j))
            && k + 1 < clause.end
            && a.tok(k + 1).starts_with(char::is_uppercase)
    };
    let dashed = (clause.start + 1..clause.end.min(clause.start + 12)).find(|&k| {
        let before = a.tok(k - 1);
        // (Not a colon: before a quote it introduces what was said, `BAMAKO: "…"`.)
        crate::analysis::is_dateline_dash(a.tok(k))
            && a.tok(k) != ":"
            && (before == ")" || (before.len() > 1 && before.chars().all(|c| c.is_uppercase())) || titled_place(k))
    });
    let opening: Vec<&str> = (clause.start..clause.end.min(clause.start + 16)).map(|k| a.tok(k)).collect();
    let bracketed = crate::analysis::dateline_len(a, si, &opening);
    dashed.map_or(clause.start, |k| k + 1).max(clause.start + bracketed)
}

/// "*As* the ministry noted, CLAUSE": a sentence opened by "as", its speaker and the cue, then
/// a comma, reports the rest of the sentence.
fn as_clause(a: &Analysis, cue: usize, n: usize, sentence: Range<usize>) -> Option<Range<usize>> {
    let first = after_dateline(a, sentence.start..cue);
    let opened = Lexicon::embedded().word_is(a.tok(first), WordClass::AsConjunction)
        && (first + 1..cue).all(|k| a.tok(k) != "," && a.upos(k) != "VERB");
    (opened && cue > first + 1 && a.tok(cue + n) == ",").then(|| cue + n + 1..sentence.end)
}

/// `according to X, CLAUSE` or `CLAUSE, according to X`.
fn according_content(a: &Analysis, cue: usize, n: usize, sentence: Range<usize>) -> Option<Range<usize>> {
    if cue > sentence.start + 2 && a.tok(cue - 1) == "," {
        return Some(after_dateline(a, sentence.start..cue - 1)..cue - 1);
    }
    let comma = (cue + n..sentence.end).find(|&k| a.tok(k) == ",")?;
    Some(comma + 1..sentence.end)
}

/// Four words, or a whole clause of three that ends the sentence: "said *Moscow would
/// retaliate*.", "said *20 people died*." (not "said *the two sides* "…").
fn long_enough(a: &Analysis, c: &Range<usize>) -> bool {
    let clause = || {
        matches!(a.upos(c.start), "PRON" | "PROPN" | "NOUN" | "NUM" | "DET")
            && c.clone().any(|k| matches!(a.upos(k), "VERB" | "AUX"))
            && matches!(a.tok(c.end), "." | "!" | "?")
    };
    c.len() >= 4 || (c.len() == 3 && clause())
}

/// Whether reported content stops where its clause cannot end (`warned that Seoul would` before a
/// quoted "pay a dear price"): on an auxiliary, a determiner, a preposition or a conjunction. The
/// direct quote then carries what was said.
fn cut_short(a: &Analysis, c: &Range<usize>, in_quote: &[bool]) -> bool {
    let at_quote = is_mark(a.tok(c.end)) || in_quote.get(c.end).copied().unwrap_or(false);
    at_quote && c.end > c.start && matches!(a.upos(c.end - 1), "AUX" | "DET" | "ADP" | "CCONJ" | "SCONJ" | "PART")
}

/// Most tokens (marks included) of a quoted phrase that reported content runs through.
const MAX_EMBEDDED_QUOTE: usize = 8;

/// Drops final punctuation and what follows a direct quote from reported content; a short
/// quoted phrase the clause goes on after is part of it ("will not allow "violent groups" to
/// paralyse the country").
fn trim_content(a: &Analysis, mut c: Range<usize>, in_quote: &[bool]) -> Range<usize> {
    let quoted = |k: usize| in_quote[k] || is_mark(a.tok(k));
    let mut k = c.start;
    while k < c.end {
        if !quoted(k) {
            k += 1;
            continue;
        }
        let e = (k..c.end).find(|&j| !quoted(j)).unwrap_or(c.end);
        let goes_on = k > c.start && e < c.end && e - k <= MAX_EMBEDDED_QUOTE && a.tok(e).chars().any(char::is_alphanumeric);
        // (Or ends it: "had summoned the ambassador to explain "unacceptable behaviour".")
        let ends_it = k > c.start && e - k <= MAX_EMBEDDED_QUOTE && only_stops(a, e..c.end);
        if !(goes_on || ends_it) {
            c.end = k;
            break;
        }
        k = e;
    }
    // (A closing mark stays when the content opened its quote.)
    let opened = |c: &Range<usize>| c.clone().filter(|&k| is_mark(a.tok(k))).count() % 2 == 1;
    while c.end > c.start && matches!(a.tok(c.end - 1), "." | "," | ";" | ":" | "\"") {
        if is_mark(a.tok(c.end - 1)) && opened(&(c.start..c.end - 1)) {
            break;
        }
        c.end -= 1;
    }
    c
}
