//! The tense a date expression's clause gives it: past-biased resolution of "on Sunday"
//! needs to know whether the sentence reports the past or announces the future.

use crate::dates::calendar;

/// Heuristic for [`crate::dates::resolve`]'s `past_tense`: true when the sentence has a past-tense verb
/// form (-ed or an irregular past such as "met", "was") and no future marker.
pub fn sentence_is_past(words: &[&str]) -> bool {
    tense(words).unwrap_or(false)
}

/// `Some(false)` when the words hold a future marker, else `Some(true)` when they hold a
/// past-tense form, else `None` (nothing tells).
pub fn tense(words: &[&str]) -> Option<bool> {
    let markers = || (0..words.len()).filter_map(|k| tense_marker(words, k));
    if markers().any(|past| !past) {
        return Some(false);
    }
    markers().next()
}

/// The tense the marker nearest a date expression gives it: the last one before it, else
/// the first after it ("Lavrov *said* on Monday that Russia will …" is last Monday; "said it
/// *would* hold talks on Thursday" next Thursday; "will be *ratified* Friday" next Friday).
pub fn tense_at(before: &[&str], after: &[&str]) -> Option<bool> {
    (0..before.len()).rev().find_map(|k| tense_marker(before, k)).or_else(|| (0..after.len()).find_map(|k| tense_marker(after, k)))
}

/// How `words[k]` dates its clause: `Some(false)` for a future marker (`calendar.tsv` kind
/// `future`: "will", "expected"), `Some(true)` for a simple-past verb form, else `None`.
/// Capitalised words are names or sentence starts, never past forms ("United"); a
/// participle after "be" leaves the tense to its auxiliary ("will be ratified"), one after
/// "have" or "been" is the perfect, a past ("have traded fire since January"). A form
/// that is past and base alike is past unless the word before makes it a base form or a
/// noun ("*cut* ties on Monday" against "will cut", "they cut", "a cut", "a cut by").
fn tense_marker(words: &[&str], k: usize) -> Option<bool> {
    let word = words[k];
    let lower = crate::lemma::lower_case(word);
    let c = calendar();
    if c.future.contains(lower.as_ref()) {
        return Some(false);
    }
    let passive = k > 0 && !words[k - 1].eq_ignore_ascii_case("been") && crate::lemma::lemma(words[k - 1], "AUX") == "be";
    if crate::lemma::is_past_or_base(&lower) {
        let before = k.checked_sub(1).map(|j| crate::lemma::lower_case(words[j]));
        let after = words.get(k + 1).map(|w| crate::lemma::lower_case(w));
        let base = before.is_some_and(|b| c.base_form.contains(b.as_ref()) || c.future.contains(b.as_ref()))
            || after.is_some_and(|a| c.base_form_next.contains(a.as_ref()));
        return (!word.starts_with(char::is_uppercase) && !base && !passive).then_some(true);
    }
    (!word.starts_with(char::is_uppercase) && !passive && crate::lemma::is_past_form(&lower)).then_some(true)
}
