//! Rules on our own sentences, continued from `sides_and_owners.rs`: a possessive before the
//! name it stands for, what others claim, a place that is a topic, a title word inside a name,
//! a state's official named by "its", and a speech verb not yet spoken.

mod common;
use common::*;

#[test]
fn a_possessive_in_a_fronted_phrase_is_the_subject_named_after_it() {
    // Not the spokesman of the sentence before: the minister named after "his".
    let text = "Foreign Ministry spokesman Ali Rezaei condemned the vote on Monday. \
                In a phone call with his Qatari counterpart on Sunday, Foreign Minister Hamid Karimi discussed the crisis.";
    let evs = coded(text);
    assert!(evs.iter().any(|e| e.starts_with("CONSULT Hamid Karimi")), "{evs:?}");
    assert!(!evs.iter().any(|e| e.starts_with("CONSULT") && e.contains("Ali Rezaei")), "{evs:?}");
    // The state named only as the counterpart's is not the story's: neither man is Qatari.
    let doc = extract_text(text, None);
    assert_eq!(actor(&doc, "Hamid Karimi").country, None);
    assert_eq!(actor(&doc, "Ali Rezaei").country, None);
}

#[test]
fn what_others_claim_names_no_target_and_no_quote() {
    // The parties of the claim are not whom the denial is aimed at, and what it claims is
    // denied …
    let doc = extract_text("The Eritrean spokesman rejected claims that Eritrea had sent weapons to Sudan.", None);
    let reject = doc.events.iter().find(|e| e.event_type == "REJECT").expect("a rejection");
    assert!(reject.recipient.is_empty(), "{:?}", doc.events);
    assert!(doc.events.iter().filter(|e| e.event_type == "AID").all(|e| e.negated), "{:?}", doc.events);
    // … and the claim is nobody's reported speech.
    let doc = extract_text("Kenya's foreign minister dismissed reports that troops had crossed into Somalia.", None);
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
    // What is investigated is still whom the investigation is aimed at.
    assert_codes(
        "The International Criminal Court said it would investigate allegations that Colonel Juan Ortiz had ordered the killings.",
        "ACCUSE International Criminal Court -> Juan Ortiz ?",
    );
}

#[test]
fn a_place_inside_what_is_discussed_is_no_location() {
    let doc = extract_text("Kenya and Ethiopia discussed the situation in Darfur on Tuesday.", None);
    assert!(!doc.events.is_empty());
    assert!(doc.events.iter().all(|e| e.location.is_none()), "{:?}", doc.events);
}

#[test]
fn calling_on_a_titled_person_with_nothing_asked_is_a_visit() {
    assert_codes(
        "Chinese envoy Liu Jianchao also called on Nepal's interim prime minister Sushila Karki.",
        "CONSULT Liu Jianchao -> Sushila Karki",
    );
}

#[test]
fn a_title_word_inside_a_name_is_part_of_the_name() {
    let doc = extract_text("Somalia's president, Hassan Sheikh Mohamud, flew to Nairobi on Friday.", None);
    assert!(persons(&doc).contains(&"Hassan Sheikh Mohamud"), "{:?}", persons(&doc));
}

#[test]
fn its_minister_is_of_the_state_or_capital_named_before() {
    let text = "Kenya hosted the summit in Nairobi. Cairo was represented by its foreign minister, Badr Abdelatty.";
    let doc = extract_text(text, None);
    assert_eq!(actor(&doc, "Badr Abdelatty").country.as_deref(), Some("EGY"));
}

#[test]
fn a_body_of_an_international_organisation_has_no_state() {
    let text = "TEHRAN - Iran condemned a resolution adopted by the Board of Governors of the International Atomic Energy Agency.";
    let doc = extract_text(text, None);
    assert_eq!(actor(&doc, "Board of Governors").country, None);
}

#[test]
fn a_speech_verb_not_yet_spoken_introduces_no_quote() {
    let text = "Defence spokesman Omar Haidari condemned the strikes. \
                He said Kabul would respond with \"all necessary measures,\" including air strikes on the attackers.";
    let doc = extract_text(text, None);
    assert_eq!(speaker(&doc, "all necessary measures"), "Omar Haidari");
}

#[test]
fn meeting_a_counterpart_and_a_president_meets_both_and_lends_no_title() {
    let text = "Defence Minister Klaus Berger met his Moldovan counterpart Anatolie Nosatii and President Maia Sandu.";
    let doc = extract_text(text, None);
    assert!(!actor(&doc, "Anatolie Nosatii").titles.iter().any(|t| t == "President"), "{:?}", actor(&doc, "Anatolie Nosatii"));
    assert_codes(text, "CONSULT Klaus Berger+Anatolie Nosatii+Maia Sandu -> ");
}

#[test]
fn a_pronoun_opening_a_quote_continues_the_last_subject() {
    // Not the president named last: the minister, as the events read it too.
    let text = "Defence Minister Klaus Berger met his Moldovan counterpart Anatolie Nosatii and President Maia Sandu. \
                He said Germany would \"stand by Moldova\" for as long as needed.";
    let doc = extract_text(text, None);
    assert_eq!(speaker(&doc, "stand by Moldova"), "Klaus Berger");
}
