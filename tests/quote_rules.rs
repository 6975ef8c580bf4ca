//! Reported speech on our own sentences: what is and is not an attribution, and whom a role
//! noun speaks for.

mod common;
use common::*;

/// (speaker name, reported text) of every quote.
fn quotes(text: &str) -> Vec<(String, String)> {
    let doc = extract_text(text, None);
    doc.quotes
        .iter()
        .map(|q| (q.speaker.as_deref().map_or("none".to_string(), |id| name_of(&doc, id).to_string()), q.text.clone()))
        .collect()
}

#[test]
fn a_denied_charge_and_an_object_of_urging_are_no_speech() {
    // "…, a charge the rebels denied": what the rebels answered, not their words.
    let q = quotes("Rights groups accused the ELN of recruiting children in Arauca, a charge the ELN denied.");
    assert!(q.is_empty(), "{q:?}");
    // "urged restraint and called on …": restraint is what was urged, the rest the speaker's act.
    let q = quotes("China urged restraint and called on the two sides to resolve their differences through dialogue.");
    assert!(q.is_empty(), "{q:?}");
    // A clause after the cue is still reported.
    let q = quotes("China urged that the two sides resolve their differences through dialogue.");
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn the_government_of_a_new_paragraph_is_the_state_named_most() {
    let text = "Colombia and the ELN signed the deal in Havana. Colombian officials hailed it as historic.\n\n\
                Cuban and Norwegian diplomats attended the ceremony.\n\n\
                The rebels released four hostages, the government said.";
    let q = quotes(text);
    assert_eq!(q.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(), vec!["Colombia"], "{q:?}");
}
