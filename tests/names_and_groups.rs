//! Names of organisations and groups that news writes in full: what an organisation is for,
//! a number ending a known name, a two-word group opening a sentence.

mod common;
use common::*;
use dyad_extract::document::ActorKind;

#[test]
fn an_organisation_named_by_what_it_is_for_is_one_name() {
    let doc = extract_text("The High Military Command for the Restoration of Order said it had removed the president.", None);
    let command = actor(&doc, "High Military Command for the Restoration of Order");
    assert_eq!((command.kind, command.sector.as_deref()), (ActorKind::Organization, Some("MIL")));
    // The cause may be a title word; a person's title after the cause ends the name.
    let doc = extract_text("The Institute for Justice sued the city on Monday.", None);
    actor(&doc, "Institute for Justice");
    let doc = extract_text("The Popular Front for the Liberation of Palestine claimed the attack.", None);
    actor(&doc, "Popular Front for the Liberation of Palestine");
    // A known name is complete: "for" after it starts no longer one.
    let doc = extract_text("The vote in the European Union for Hungary was a blow to Budapest.", None);
    assert!(doc.actors.iter().all(|a| a.name != "European Union for Hungary"), "{:?}", doc.actors);
}

#[test]
fn a_number_can_end_a_known_name() {
    let doc = extract_text("Embalo told France 24 by telephone that he had not been harmed.", None);
    let channel = actor(&doc, "France 24");
    assert_eq!(channel.kind, ActorKind::Organization);
    assert!(doc.actors.iter().all(|a| a.name != "France"), "{:?}", doc.actors);
}

#[test]
fn a_two_word_group_may_open_the_sentence_after_a_dateline() {
    let doc =
        extract_text("BISSAU, Nov 27 (Reuters) - Army officers said on Thursday they had taken \"total control\" of the country.", None);
    let officers = actor(&doc, "army officers");
    assert_eq!((officers.kind, officers.sector.as_deref()), (ActorKind::Group, Some("MIL")));
    // What they said runs through the quoted phrase, and it is theirs, not the agency's.
    let q = doc.quotes.iter().find(|q| q.text.contains("total control")).expect("the quote");
    assert!(q.text.ends_with("of the country"), "{q:?}");
    assert_eq!(q.speaker.as_deref(), Some(officers.id.as_str()));
}

#[test]
fn aid_groups_and_state_media_are_parties() {
    let doc = extract_text("Aid groups warned that famine had spread to three provinces, state media reported.", None);
    let groups: Vec<(&str, Option<&str>)> =
        doc.actors.iter().filter(|a| a.kind == ActorKind::Group).map(|a| (a.name.as_str(), a.sector.as_deref())).collect();
    assert!(groups.contains(&("aid groups", Some("NGO"))), "{groups:?}");
    assert!(groups.contains(&("state media", Some("MED"))), "{groups:?}");
}
