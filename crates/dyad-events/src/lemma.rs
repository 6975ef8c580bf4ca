//! A small rule-based English lemmatiser, good enough for trigger matching.
//!
//! Suffix stripping is ambiguous ("accused" → "accus"/"accuse", "shelled" → "shell"), so
//! candidate stems are checked against a vocabulary of the words the lexicon and the
//! irregular-verb table know; heuristics only decide for words outside it.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::borrow::Cow;
use std::sync::OnceLock;

const IRREGULAR_TSV: &str = include_str!("../../../data/events/irregular_verbs.tsv");
const TRIGGERS_TSV: &str = include_str!("../../../data/events/triggers.tsv");
const CUES_TSV: &str = include_str!("../../../data/events/cues.tsv");

struct Tables {
    irregular: HashMap<&'static str, &'static str>,
    vocab: HashSet<&'static str>,
    /// Simple-past forms (`tense` column `past`) and -ed words that are no verb form (`not_past`).
    past: HashSet<&'static str>,
    /// Simple-past forms that are also the base form (`past_or_base`: "cut", "hit").
    past_or_base: HashSet<&'static str>,
    not_past: HashSet<&'static str>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let rows = |text: &'static str| {
            text.lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .skip(1)
                .filter_map(|l| l.split('\t').next().map(|c| (c, l)))
        };
        let mut irregular = HashMap::new();
        let (mut past, mut past_or_base, mut not_past) = (HashSet::new(), HashSet::new(), HashSet::new());
        for (form, line) in rows(IRREGULAR_TSV) {
            let mut cols = line.split('\t').skip(1);
            if let Some(lemma) = cols.next() {
                irregular.insert(form.trim(), lemma.trim());
            }
            match cols.next().map(str::trim) {
                Some("past") => past.insert(form.trim()),
                Some("past_or_base") => past_or_base.insert(form.trim()),
                Some("not_past") => not_past.insert(form.trim()),
                _ => false,
            };
        }
        let mut vocab: HashSet<&'static str> = HashSet::new();
        for (first, _) in rows(TRIGGERS_TSV).chain(rows(CUES_TSV)) {
            vocab.extend(first.split_whitespace());
        }
        vocab.extend(irregular.values().copied());
        Tables { irregular, vocab, past, past_or_base, not_past }
    })
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Undo consonant doubling before -ed/-ing ("shelled" keeps "shell", "planned" → "plan").
fn undouble(stem: &str) -> Option<&str> {
    let b = stem.as_bytes();
    let n = b.len();
    (n >= 3 && b[n - 1] == b[n - 2] && !is_vowel(b[n - 1]) && !matches!(b[n - 1], b'l' | b's' | b'z' | b'f')).then(|| &stem[..n - 1])
}

/// Picks the first candidate the vocabulary knows, else the heuristic choice.
fn choose(cands: &[String], fallback: String) -> String {
    let v = &tables().vocab;
    cands.iter().find(|c| v.contains(c.as_str())).cloned().unwrap_or(fallback)
}

fn verb_lemma(w: &str) -> String {
    if let Some(l) = tables().irregular.get(w) {
        return (*l).to_string();
    }
    let n = w.len();
    if n > 4 && w.ends_with("ied") {
        return format!("{}y", &w[..n - 3]);
    }
    for suf in ["ed", "ing"] {
        if n > suf.len() + 2 && w.ends_with(suf) {
            let stem = &w[..n - suf.len()];
            let sb = stem.as_bytes();
            // A short stem ending consonant-vowel-consonant would have doubled its last letter
            // before the suffix ("planned"), so undoubled it had a silent e: "noted" is "note",
            // not the negation "not"; "hoped" is "hope".
            let silent_e = sb.len() <= 4
                && sb.len() >= 3
                && !is_vowel(sb[sb.len() - 1])
                && !matches!(sb[sb.len() - 1], b'w' | b'x' | b'y')
                && is_vowel(sb[sb.len() - 2])
                && !is_vowel(sb[sb.len() - 3]);
            let mut cands = if silent_e { vec![format!("{stem}e"), stem.to_string()] } else { vec![stem.to_string(), format!("{stem}e")] };
            if sb.len() >= 3 && sb[sb.len() - 1] == sb[sb.len() - 2] {
                cands.insert(1, stem[..stem.len() - 1].to_string());
            }
            let b = stem.as_bytes();
            let last = b[b.len() - 1];
            let fallback = if let Some(u) = undouble(stem) {
                u.to_string()
            } else if matches!(last, b'v' | b'c' | b'z' | b'u')
                || stem.ends_with("at")
                || stem.ends_with("iz")
                || stem.ends_with("is")
                || (b.len() >= 2 && last == b'g' && b[b.len() - 2] != b'n')
            {
                format!("{stem}e")
            } else {
                stem.to_string()
            };
            return choose(&cands, fallback);
        }
    }
    plural_or_third(w)
}

/// Strips -s / -es / -ies ("talks", "pushes", "hostilities", "ties").
fn plural_or_third(w: &str) -> String {
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..n - 3]);
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        let one = &w[..n - 1];
        let two = &w[..n - 2];
        let sibilant = w.ends_with("ses") || w.ends_with("xes") || w.ends_with("zes") || w.ends_with("ches") || w.ends_with("shes");
        let fallback = if sibilant && !w.ends_with("uses") && !w.ends_with("ises") { two } else { one };
        // Only an -es can lose two letters ("vetoes", "marches"): "banks" is no "ban".
        if !w.ends_with("es") {
            return one.to_string();
        }
        return choose(&[one.to_string(), two.to_string()], fallback.to_string());
    }
    w.to_string()
}

/// `word` lower-cased, borrowed when it has no capitals (most words).
pub(crate) fn lower_case(word: &str) -> Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Whether a lower-case word is a simple-past verb form: an irregular past from
/// `data/events/irregular_verbs.tsv` ("met", "fled") or a regular -ed form ("attacked";
/// not the -ed words the table marks `not_past`, such as "hundred").
pub fn is_past_form(lower: &str) -> bool {
    let t = tables();
    t.past.contains(lower)
        || (lower.len() > 4 && lower.ends_with("ed") && lower.bytes().all(|b| b.is_ascii_lowercase()) && !t.not_past.contains(lower))
}

/// Whether a lower-case word is a simple past that is also the base form ("cut", "hit"),
/// which only the word before it can tell apart.
pub fn is_past_or_base(lower: &str) -> bool {
    tables().past_or_base.contains(lower)
}

/// Lemma of `word` given its UD UPOS tag ("" or "X" when unknown): lower-cased,
/// irregular verbs from `data/events/irregular_verbs.tsv`, then -ed/-ing/-s/-ies rules.
pub fn lemma<'w>(word: &'w str, upos: &str) -> Cow<'w, str> {
    let lower = lower_case(word);
    // Lemmatising non-ASCII or very short words only ever does harm.
    if lower.len() < 3 || !lower.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
        if let Some(l) = tables().irregular.get(lower.as_ref()) {
            return Cow::Owned((*l).to_string());
        }
        return lower;
    }
    let out = match upos {
        "VERB" | "AUX" => verb_lemma(&lower),
        "NOUN" => plural_or_third(&lower),
        "PROPN" | "ADJ" | "ADV" | "ADP" | "DET" | "PRON" | "CCONJ" | "SCONJ" | "PART" | "NUM" | "PUNCT" | "SYM" | "INTJ" => return lower,
        _ => verb_lemma(&lower),
    };
    if out == lower.as_ref() {
        lower
    } else {
        Cow::Owned(out)
    }
}

#[cfg(test)]
mod tests {
    use super::lemma;

    #[test]
    fn verbs() {
        for (w, l) in [
            ("accused", "accuse"),
            ("condemned", "condemn"),
            ("shelled", "shell"),
            ("planned", "plan"),
            ("expelled", "expel"),
            ("patrolled", "patrol"),
            ("denied", "deny"),
            ("met", "meet"),
            ("held", "hold"),
            ("struck", "strike"),
            ("urges", "urge"),
            ("pushes", "push"),
            ("visiting", "visit"),
            ("seizing", "seize"),
            ("manoeuvring", "manoeuvre"),
            ("Withdrew", "withdraw"),
            ("noted", "note"),
            ("noting", "note"),
            ("opened", "open"),
            ("meeting", "meet"),
        ] {
            assert_eq!(lemma(w, "VERB"), l, "{w}");
        }
    }

    #[test]
    fn nouns_and_unknown() {
        assert_eq!(lemma("talks", "NOUN"), "talk");
        assert_eq!(lemma("hostilities", "NOUN"), "hostility");
        assert_eq!(lemma("ties", "NOUN"), "tie");
        assert_eq!(lemma("sanctions", ""), "sanction");
        assert_eq!(lemma("forces", "NOUN"), "force");
        assert_eq!(lemma("Russia", "PROPN"), "russia");
        assert_eq!(lemma("attacked", ""), "attack");
        assert_eq!(lemma("crisis", "NOUN"), "crisis");
        // Not the trigger "aid": "his *aides* said".
        assert_eq!(lemma("aides", "NOUN"), "aide");
        assert_eq!(lemma("aids", "NOUN"), "aid");
        // A plural in -s other than -es loses one letter, whatever the vocabulary knows.
        assert_eq!(lemma("banks", "NOUN"), "bank");
    }
}
