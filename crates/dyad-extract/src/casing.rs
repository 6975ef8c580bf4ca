//! Headline case: `Türkiye Condemns Deadly Attack On Iraqi Border Post` capitalises common words,
//! which every later stage would read as one long name. This stage finds such sentences and
//! marks the capitalised words that are no names, so the taggers see them in lower case and
//! the actor stage does not chunk them.

use dyad_text::Segmentation;

use crate::lexicon::{Lexicon, WordClass};

/// Per token: a common word written capitalised only because its sentence is in headline case.
pub fn headline_common_words(text: &str, seg: &Segmentation, lex: &Lexicon) -> Vec<bool> {
    let words: Vec<&str> = seg.tokens.iter().map(|t| t.text(text)).collect();
    let mut common = vec![false; words.len()];
    let ranges: Vec<std::ops::Range<usize>> = seg.sentences.iter().map(|s| s.tokens.start as usize..s.tokens.end as usize).collect();
    // A headline is a paragraph of its own and ends without a full stop.
    let alone = |si: usize| {
        let p = seg.sentences[si].paragraph;
        (si == 0 || seg.sentences[si - 1].paragraph != p) && seg.sentences.get(si + 1).is_none_or(|s| s.paragraph != p)
    };
    let headline: Vec<bool> = ranges
        .iter()
        .enumerate()
        .map(|(si, r)| alone(si) && !ends_as_prose(&words[r.clone()]) && is_headline_case(&words[r.clone()]))
        .collect();
    if !headline.contains(&true) {
        return common;
    }
    // A word written capitalised inside a sentence of ordinary case is a name (or part of one)
    // wherever it appears in the document.
    let mut capitalised_in_prose = std::collections::HashSet::new();
    for (r, _) in ranges.iter().zip(&headline).filter(|(_, &h)| !h) {
        for k in r.start + 1..r.end {
            if starts_upper(words[k]) && !crate::analysis::opens_capitalised(words[k - 1]) {
                capitalised_in_prose.insert(words[k]);
            }
        }
    }
    let mut buf = String::new();
    for (r, _) in ranges.iter().zip(&headline).filter(|(_, &h)| h) {
        let known = known_tokens(&words[r.clone()], lex, &mut buf);
        for (k, is_known) in r.clone().zip(known) {
            let w = words[k];
            let name = is_known
                || capitalised_in_prose.contains(w)
                || is_shouted(w)
                || lex.is_given_name(w)
                || lex.is_honorific(w)
                || !w.chars().any(char::is_alphabetic);
            common[k] = starts_upper(w) && !name;
        }
    }
    common
}

/// Every word of four letters or more capitalised, at least three of them not shouted.
fn is_headline_case(words: &[&str]) -> bool {
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    long.len() >= 3
        && long.iter().all(|w| starts_upper(w))
        && long.iter().filter(|w| !w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())).count() >= 3
}

/// Which of a headline's words belong to a gazetteer name (`Border Guard Bangladesh`).
fn known_tokens(words: &[&str], lex: &Lexicon, buf: &mut String) -> Vec<bool> {
    let mut known = vec![false; words.len()];
    let mut i = 0;
    while i < words.len() {
        let max = (words.len() - i).min(lex.max_phrase_tokens);
        let hit = (1..=max).rev().find(|&n| {
            buf.clear();
            for (j, w) in words[i..i + n].iter().enumerate() {
                if j > 0 {
                    buf.push(' ');
                }
                buf.push_str(w);
            }
            // One capitalised function word (`On`, `The`) is never a name by itself.
            let lone_connector = n == 1 && lex.word_is(&buf.to_lowercase(), WordClass::NameConnector);
            !lex.lookup(buf).is_empty() && !lone_connector
        });
        match hit {
            Some(n) => {
                known[i..i + n].iter_mut().for_each(|k| *k = true);
                i += n;
            }
            None => i += 1,
        }
    }
    known
}

/// A sentence of prose ends with a full stop, perhaps inside a closing quotation mark or
/// bracket (`… a "coup."`); a headline does not.
pub(crate) fn ends_as_prose(words: &[&str]) -> bool {
    let closing = |w: &&&str| matches!(**w, "\"" | "”" | "’" | "'" | ")" | "]");
    words.iter().rev().find(|w| !closing(w)).is_none_or(|w| *w == ".")
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// `NATO`, `UN`: acronyms keep their case.
pub(crate) fn is_shouted(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// Headline-ese: "Niger junta *expels* French ambassador" — the present tense of a headline,
/// which the tagger (trained on prose) reads as a plural noun between two nouns. In a
/// sentence that stands alone without a full stop, a lower-case word in -s tagged as a noun
/// after a noun or name (or a comma after a verb), or a base form after a plural subject (or a
/// group noun such as "police", plural without an -s), before what may open its object is
/// retagged a verb when the event lexicon knows it as a verb (and not as that noun).
pub fn headline_verbs(words: &[&str], upos: &mut [dyad_nlp::Upos], lex: &dyad_events::Lexicon, groups: &Lexicon) {
    use dyad_events::{SentenceView, TriggerPos};
    use dyad_nlp::Upos;
    let n = words.len().min(upos.len());
    if n < 3 || ends_as_prose(&words[..n]) {
        return;
    }
    let triggers = |tags: &[Upos]| {
        let strs: Vec<&str> = tags[..n].iter().map(|t| t.as_str()).collect();
        lex.find_triggers(&SentenceView::new(&words[..n], &strs, &[], &[]))
    };
    // Words the lexicon knows as nouns as tagged: those stay nouns.
    let noun_triggers: Vec<usize> =
        triggers(upos).iter().filter(|t| t.pos == TriggerPos::Noun).flat_map(|t| t.matched.iter().copied()).collect();
    // Unless the headline has no verb at all and a modifier or name follows: "U.S. *sanctions*
    // Chinese firms" (but "EU sanctions *hit* …", "sanctions relief"). Only the verbs before the
    // first preposition or subordinator count: "jets *strike* targets in Iraq after soldiers
    // killed" has its main verb unmarked and a clause's participle after "after".
    let main_clause = (1..n).find(|&j| matches!(upos[j], Upos::Adp | Upos::Sconj)).unwrap_or(n);
    let verbless = !upos[..main_clause].iter().any(|t| matches!(t, Upos::Verb | Upos::Aux));
    for k in 1..n - 1 {
        let w = words[k];
        let after_noun = matches!(upos[k - 1], Upos::Noun | Upos::Propn);
        // (Or the base form after a plural subject, read as an adjective: "Houthis and
        // Saudi-led coalition *free* hundreds of prisoners".)
        let plural_subject = after_noun
            && (words[k - 1].ends_with('s')
                || words[..k - 1].contains(&"and")
                // ("Brazil*,* Colombia urge dialogue": a headline joins its subjects by a comma.)
                || (k >= 3 && words[k - 2] == "," && matches!(upos[k - 3], Upos::Propn | Upos::Noun))
                || groups.group_sector(&words[k - 1].to_lowercase()).is_some());
        let form = (upos[k] == Upos::Noun && w.len() > 3 && w.ends_with('s'))
            || (matches!(upos[k], Upos::Adj | Upos::Noun) && !w.ends_with('s') && plural_subject);
        let candidate = form
            && w.starts_with(|c: char| c.is_lowercase())
            // (Or after a comma that follows a verb: "ECOWAS lifts sanctions, *urges* junta …".)
            && (after_noun || (words[k - 1] == "," && upos[..k - 1].contains(&Upos::Verb)))
            && matches!(upos[k + 1], Upos::Det | Upos::Adj | Upos::Propn | Upos::Noun | Upos::Num | Upos::Pron)
            && (!noun_triggers.contains(&k)
                || (verbless && matches!(upos[k + 1], Upos::Det | Upos::Adj | Upos::Propn | Upos::Num)));
        if !candidate {
            continue;
        }
        let was = upos[k];
        upos[k] = Upos::Verb;
        if !triggers(upos).iter().any(|t| t.head == k && t.pos != TriggerPos::Noun && t.matched.contains(&k)) {
            upos[k] = was;
        }
    }
    // "… *as* Brazil, Colombia urge dialogue": "as" before names and their verb opens a clause,
    // so the names are not the first verb's object.
    for k in 1..n.saturating_sub(2) {
        if words[k] == "as" && upos[k] == Upos::Adp {
            let names_end = (k + 1..n).find(|&j| !(matches!(upos[j], Upos::Propn | Upos::Noun) || words[j] == "," || words[j] == "and"));
            if names_end.is_some_and(|j| j > k + 1 && upos[j] == Upos::Verb) {
                upos[k] = Upos::Sconj;
            }
        }
    }
}
