//! The analysed text every extraction stage reads: normalised text, tokens, sentences.

use dyad_text::{NormalizedText, Segmentation};

use crate::document::{ActorKind, Span};
use crate::lexicon::WordClass;
use crate::tagging::{tag, Layers};

/// Normalised, segmented text (and, later, the statistical layers) of one article.
pub struct Analysis {
    pub norm: NormalizedText,
    pub seg: Segmentation,
    /// Sentence index of each token.
    pub sentence_of: Vec<u32>,
    /// Part of speech, entities and dependencies.
    pub tags: Layers,
    /// Per token: a common word capitalised by headline case (`crate::casing`).
    pub headline_common: Vec<bool>,
}

/// Whether the first sentence stands alone in its paragraph, as a headline does.
fn opens_alone(seg: &Segmentation) -> bool {
    seg.sentences.first().is_some_and(|first| seg.sentences.get(1).is_none_or(|next| next.paragraph != first.paragraph))
}

impl Analysis {
    pub fn new(norm: NormalizedText, seg: Segmentation, headline_common: Vec<bool>) -> Self {
        let mut sentence_of = vec![0u32; seg.tokens.len()];
        for (si, s) in seg.sentences.iter().enumerate() {
            for t in s.tokens.clone() {
                sentence_of[t as usize] = si as u32;
            }
        }
        let mut tags = tag(norm.as_str(), &seg, &headline_common);
        // A headline opens the text and stands alone in its paragraph; every stage reads its
        // present-tense verbs as such ("Niger junta *expels* …", "…, *urges* junta to …").
        if let Some(first) = seg.sentences.first() {
            if opens_alone(&seg) {
                let r = first.tokens.start as usize..first.tokens.end as usize;
                let words: Vec<&str> = seg.tokens[r.clone()].iter().map(|t| t.text(norm.as_str())).collect();
                crate::casing::headline_verbs(
                    &words,
                    &mut tags.upos[r],
                    dyad_events::Lexicon::embedded(),
                    crate::lexicon::Lexicon::embedded(),
                );
            }
        }
        titles_before_names(norm.as_str(), &seg, &mut tags.upos);
        participles_before_titles(norm.as_str(), &seg, &mut tags.upos);
        pasts_read_as_nouns(norm.as_str(), &seg, &mut tags.upos);
        participles_after_numbers(norm.as_str(), &seg, &mut tags.upos);
        plural_possessives(norm.as_str(), &seg, &tags.ner, &mut tags.upos);
        Analysis { norm, seg, sentence_of, tags, headline_common }
    }

    pub fn text(&self) -> &str {
        self.norm.as_str()
    }

    pub fn len(&self) -> usize {
        self.seg.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.seg.tokens.is_empty()
    }

    /// The UPOS tag of token `i` as text ("" past the end).
    pub fn upos(&self, i: usize) -> &'static str {
        self.tags.upos.get(i).map_or("", |u| u.as_str())
    }

    /// The text of token `i` ("" past the end, so look-arounds need no bounds checks). A bare
    /// apostrophe tagged as the possessive clitic reads as "'s" ("the Philippines' council"), the
    /// spelling the parser learned and every later stage knows.
    pub fn tok(&self, i: usize) -> &str {
        let Some(t) = self.seg.tokens.get(i) else { return "" };
        let w = t.text(self.norm.as_str());
        if matches!(w, "'" | "\u{2019}") && self.tags.upos.get(i) == Some(&dyad_nlp::Upos::Part) {
            return "'s";
        }
        w
    }

    /// The normalised text from the start of token `a` to the end of token `b - 1`.
    pub fn slice(&self, a: usize, b: usize) -> &str {
        if a >= b || b > self.seg.tokens.len() {
            return "";
        }
        &self.norm.as_str()[self.seg.tokens[a].start as usize..self.seg.tokens[b - 1].end as usize]
    }

    /// The span in original characters of tokens `a..b`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        if a >= b || b > self.seg.tokens.len() {
            return [0, 0];
        }
        let (s, e) = self.norm.to_original(self.seg.tokens[a].char_start, self.seg.tokens[b - 1].char_end);
        [s, e]
    }

    /// The token range of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> std::ops::Range<usize> {
        self.seg.sentences.get(s).map_or(0..0, |s| s.tokens.start as usize..s.tokens.end as usize)
    }

    pub fn paragraph_of_sentence(&self, s: usize) -> u32 {
        self.seg.sentences.get(s).map_or(0, |s| s.paragraph)
    }

    /// Whether sentence `s` is the first of its paragraph (where a dateline may stand).
    pub fn opens_paragraph(&self, s: usize) -> bool {
        s == 0 || self.paragraph_of_sentence(s - 1) != self.paragraph_of_sentence(s)
    }

    /// Whether sentence `s` is the headline: the first sentence, alone in its paragraph, with
    /// no full stop, and a body after it (a lone sentence without a full stop is no headline:
    /// a caller's one-sentence text, or a wire sentence cut from its story).
    pub fn is_headline(&self, s: usize) -> bool {
        if s != 0 || self.seg.sentences.len() < 2 || !opens_alone(&self.seg) {
            return false;
        }
        let words: Vec<&str> = self.sentence_tokens(s).map(|i| self.tok(i)).collect();
        !crate::casing::ends_as_prose(&words)
    }

    /// Capitalised as a name would be (not merely by headline case).
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.tok(i).chars().next().is_some_and(char::is_uppercase) && !self.is_headline_common(i)
    }

    pub fn is_headline_common(&self, i: usize) -> bool {
        self.headline_common.get(i).copied().unwrap_or(false)
    }
}

/// Whether a word after `w` is capitalised for its place, as at a sentence start: an opening
/// quote or bracket, a colon, a dash.
pub fn opens_capitalised(w: &str) -> bool {
    matches!(w, "\"" | "“" | "'" | "‘" | ":" | "(" | "«" | "-" | "—")
}

/// How many tokens a dateline opening a paragraph takes: capitalised words, then a comma and
/// within the next eleven tokens a date or an agency in brackets, closed by a dash or colon
/// (`KYIV, May 2 (AFP) -`), or a country closed by a dash (`Doha, Qatar –`), or by the bracket
/// when a capitalised word follows (`New Delhi, Jan 9 (PTI) India …`); or capitals and an
/// agency in brackets with no date (`UNITED NATIONS (AP) --`, `DOHA/JERUSALEM (Reuters) -`), or
/// capitals and a dash alone (`KYIV —`), or a known place in any case and a dash (`Port Sudan -`),
/// or a known place in capitals and a colon (`PESHAWAR:`). 0 when the sentence opens with none.
pub(crate) fn dateline_len(a: &Analysis, si: usize, words: &[&str]) -> usize {
    if !a.opens_paragraph(si) {
        return 0;
    }
    let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let is_dash = is_dateline_dash;
    // `KYIV — Russia attacked …`: a place in capitals closed by a dash, with no date.
    let shouted = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    // (`PESHAWAR: Pakistani and Afghan …`: a colon only after a known place, since `BREAKING:` or
    // `UPDATE:` open paragraphs too.)
    let known_place = |ws: &[&str]| known_place(ws).is_some();
    if let Some(dash) = (1..words.len().min(5)).find(|&k| is_dash(words[k])) {
        // (`Port Sudan - The head of …`: a known place in any case, as Arabic-press copy writes it.)
        let place_dash = words[..dash].iter().all(|w| upper(w)) && known_place(&words[..dash]);
        let closes = words[dash] != ":" || known_place(&words[..dash]);
        if closes && (words[..dash].iter().all(|w| shouted(w)) || place_dash) && words.get(dash + 1).is_some_and(|w| upper(w)) {
            return dash + 1;
        }
    }
    let Some(comma) = (1..words.len().min(5)).find(|&k| matches!(words[k], "," | "(")) else { return 0 };
    if !words[..comma].iter().all(|w| upper(w)) {
        return 0;
    }
    if words[comma] == "(" {
        // No date: an agency in brackets closed by a dash.
        let close = (comma + 1..(comma + 5).min(words.len())).find(|&k| words[k] == ")");
        return match close {
            Some(k) if words.get(k + 1).is_some_and(|w| is_dash(w)) => k + 2,
            _ => 0,
        };
    }
    let end = (comma + 12).min(words.len());
    for k in comma + 1..end {
        let dated = || words[comma + 1..k].iter().any(|w| w.chars().all(|c| c.is_ascii_digit()) || *w == ")");
        // ("Doha, Qatar – A delegation …": a city and its country closed by a dash need no date.)
        let city_and_country = || {
            words[k] != ":" && k - comma <= 4 && words[comma + 1..k].iter().all(|w| upper(w)) && words.get(k + 1).is_some_and(|w| upper(w))
        };
        if is_dash(words[k]) {
            return if dated() || city_and_country() { k + 1 } else { 0 };
        }
        if words[k] == ")" && words.get(k + 1).is_some_and(|w| upper(w)) && words[comma + 1..k].contains(&"(") {
            return k + 1;
        }
    }
    0
}

/// The gazetteer's place or state the words name together ("PORT SUDAN", "New Delhi").
pub(crate) fn known_place(words: &[&str]) -> Option<&'static crate::lexicon::Known> {
    let lex = crate::lexicon::Lexicon::embedded();
    lex.lookup_surface(&words.join(" "))
        .iter()
        .map(|h| &lex.known[h.known as usize])
        .find(|k| matches!(k.kind, ActorKind::Place | ActorKind::State))
}

/// Whether a token is the dash that closes a dateline (`BAMAKO -`, `KYIV, May 2 (AFP) --`,
/// `LIMA, 14 Nov (EFE).-`, `N. Korea fires …: JCS`).
pub fn is_dateline_dash(w: &str) -> bool {
    matches!(w, "-" | "\u{2013}" | "\u{2014}" | "--" | ":" | ".-")
}

/// The text of token `i` ("" past the end), for the retagging passes below.
fn token_text<'t>(text: &'t str, seg: &'t Segmentation) -> impl Fn(usize) -> &'t str {
    move |i| seg.tokens.get(i).map_or("", |t| t.text(text))
}

/// Each sentence's first token and end, clipped to `n` tags, for the retagging passes below.
fn sentence_bounds(seg: &Segmentation, n: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    seg.sentences.iter().map(move |s| (s.tokens.start as usize, (s.tokens.end as usize).min(n)))
}

/// "… Rapid Support Forces (RSF) *struck* fuel depots": an irregular simple past (`irregular_verbs.tsv`,
/// tense `past`: "struck", "fought", "sent") the tagger read as a noun is the verb, after a
/// closing bracket, a name or a group noun ("the gunmen *shot* people") and before what it
/// governs. (Not after a determiner or an adjective: "a *shot* rang out".)
fn pasts_read_as_nouns(text: &str, seg: &Segmentation, upos: &mut [dyad_nlp::Upos]) {
    use dyad_nlp::Upos;
    let tok = token_text(text, seg);
    for (start, end) in sentence_bounds(seg, upos.len()) {
        for i in start + 1..end.saturating_sub(1) {
            let w = tok(i);
            if upos[i] != Upos::Noun || !w.starts_with(char::is_lowercase) || w.ends_with("ed") || !dyad_events::is_past_form(w) {
                continue;
            }
            // (Or after a group noun: "the gunmen *shot* people".)
            let group =
                || upos[i - 1] == Upos::Noun && crate::lexicon::Lexicon::embedded().group_sector(&tok(i - 1).to_lowercase()).is_some();
            let after_subject = tok(i - 1) == ")" || upos[i - 1] == Upos::Propn || group();
            // (Also across an opening quote mark: "struck *"*military-industrial enterprises"".)
            let next = if matches!(tok(i + 1), "\"" | "“" | "'" | "‘") && i + 2 < end { i + 2 } else { i + 1 };
            let governs = matches!(upos[next], Upos::Det | Upos::Noun | Upos::Adj | Upos::Num | Upos::Propn | Upos::Pron);
            if after_subject && governs {
                upos[i] = Upos::Verb;
            }
        }
    }
}

/// "released 20 *living* hostages": a participle in -ing between a number and a noun describes
/// the noun (the parser had made the number the object and the hostages the participle's).
/// "detained 23 *suspects* in raids": a lower-case word in -s the tagger read as a verb after a
/// number in digits that is no year is a plural noun (the parser had made it a clause of its own).
/// "over *alleged* links", "for *suspected* ties", "over *renewed* fighting": a participle in -ed
/// between a preposition and a noun (or a gerund) describes the noun (the parser had made it a
/// clause, and the links what was alleged).
fn participles_after_numbers(text: &str, seg: &Segmentation, upos: &mut [dyad_nlp::Upos]) {
    use dyad_nlp::Upos;
    let lex = crate::lexicon::Lexicon::embedded();
    let tok = token_text(text, seg);
    let year = |w: &str| w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
    for (start, end) in sentence_bounds(seg, upos.len()) {
        for i in start + 1..end.saturating_sub(1) {
            if upos[i] != Upos::Verb {
                continue;
            }
            let w = tok(i);
            if upos[i - 1] == Upos::Num && upos[i + 1] == Upos::Noun && w.ends_with("ing") {
                upos[i] = Upos::Adj;
            } else if upos[i - 1] == Upos::Num
                && w.ends_with('s')
                && w.starts_with(char::is_lowercase)
                // (A number in digits: "King Abdullah *II says*" is a verb.)
                && tok(i - 1).starts_with(|c: char| c.is_ascii_digit())
                && !year(tok(i - 1))
            {
                upos[i] = Upos::Noun;
            } else if w.ends_with("ed") && tok(i - 1) != "to" {
                // (The tagger reads "over" before a participle as an adverb. "Since" between an
                // auxiliary and its verb is one: "have *since* launched attacks".)
                let prep = upos[i - 1] == Upos::Adp || (upos[i - 1] == Upos::Adv && lex.word_is(tok(i - 1), WordClass::LocativePrep));
                // ("over *renewed fighting*": a gerund after it read as a verb is the noun.)
                let gerund = upos[i + 1] == Upos::Verb && tok(i + 1).ends_with("ing");
                if prep && !tok(i - 1).eq_ignore_ascii_case("since") && (upos[i + 1] == Upos::Noun || gerund) {
                    upos[i] = Upos::Adj;
                    if gerund {
                        upos[i + 1] = Upos::Noun;
                    }
                }
            }
        }
    }
}

/// "held talks with *visiting* Sri Lankan Foreign Minister Vijitha Herath": a participle of the
/// `attributive_participle` class before capitalised words that reach a title within four
/// words describes the person (the parser had read "with visiting" as a clause, and Herath as
/// no party to the talks). ("tasked with visiting Rome" keeps its verb.)
fn participles_before_titles(text: &str, seg: &Segmentation, upos: &mut [dyad_nlp::Upos]) {
    let lex = crate::lexicon::Lexicon::embedded();
    let tok = token_text(text, seg);
    for (start, end) in sentence_bounds(seg, upos.len()) {
        for i in start..end.saturating_sub(2) {
            // (Only what the tagger read as a verb: one hash lookup per verb, not per word.)
            if upos[i] != dyad_nlp::Upos::Verb || !lex.word_is(tok(i), WordClass::AttributiveParticiple) {
                continue;
            }
            let titled =
                (i + 1..(i + 5).min(end)).take_while(|&k| tok(k).starts_with(char::is_uppercase)).any(|k| lex.is_title_head(tok(k)));
            if titled {
                upos[i] = dyad_nlp::Upos::Adj;
                // ("with" had been read as opening the participle's clause.)
                if i > start && upos[i - 1] == dyad_nlp::Upos::Sconj {
                    upos[i - 1] = dyad_nlp::Upos::Adp;
                }
            }
        }
    }
}

/// "UN *envoy* Hans Grundberg described …": a title noun (`titles.tsv`) the tagger read as a
/// verb is a noun when a capitalised word follows and a name, a demonym or a determiner comes
/// before it ("will *head* Ukraine's delegation" stays a verb).
fn titles_before_names(text: &str, seg: &Segmentation, upos: &mut [dyad_nlp::Upos]) {
    use dyad_nlp::Upos;
    let lex = crate::lexicon::Lexicon::embedded();
    let tok = token_text(text, seg);
    for (start, end) in sentence_bounds(seg, upos.len()) {
        for i in start + 1..end.saturating_sub(1) {
            if upos[i] != Upos::Verb || !tok(i + 1).starts_with(char::is_uppercase) {
                continue;
            }
            let before = matches!(upos[i - 1], Upos::Propn | Upos::Adj | Upos::Det);
            if before && lex.is_title_head(tok(i)) {
                upos[i] = Upos::Noun;
            }
        }
    }
}

/// "The Philippines*'* National Maritime Council condemned …": an apostrophe written onto a word
/// in -s and followed by a space and a noun or a name is the possessive clitic (the tagger had
/// read it as a closing quote mark, and the parser the council as condemned by someone). Not
/// when a single quote opened earlier in the sentence ("the so-called 'experts' say"), nor inside
/// a name the recogniser found ("the Kurdistan Workers' Party").
fn plural_possessives(text: &str, seg: &Segmentation, ner: &[dyad_nlp::NerTag], upos: &mut [dyad_nlp::Upos]) {
    use dyad_nlp::Upos;
    let tok = token_text(text, seg);
    let tokens = &seg.tokens;
    for (start, end) in sentence_bounds(seg, upos.len()) {
        let mut quote_open = false;
        for i in start..end.saturating_sub(1) {
            if !matches!(tok(i), "'" | "\u{2019}" | "\u{2018}") {
                continue;
            }
            let attached_before = i > start && tokens[i - 1].end == tokens[i].start;
            let spaced_after = tokens[i + 1].start > tokens[i].end;
            if !attached_before || !spaced_after {
                // (An opening mark: written onto the word after it.)
                quote_open |= !attached_before;
                continue;
            }
            if quote_open {
                // (It closes the quote that opened.)
                quote_open = false;
                continue;
            }
            let plural = tok(i - 1).ends_with('s') && matches!(upos[i - 1], Upos::Propn | Upos::Noun);
            let governs = matches!(upos[i + 1], Upos::Noun | Upos::Propn | Upos::Adj);
            let in_name = matches!(ner.get(i + 1), Some(dyad_nlp::NerTag::I(_)));
            if plural && governs && !in_name && upos[i] == Upos::Punct {
                upos[i] = Upos::Part;
            }
        }
    }
}
