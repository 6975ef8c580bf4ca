//! Event rules on our own sentences, continued from `retaliation_and_deadlines.rs`: what is
//! ordered of someone, whom a fight is aimed at, whose partners a request names, who "the
//! group" is, and words the tagger reads as verbs inside a noun phrase.

mod common;
use common::*;

#[test]
fn a_pronoun_after_an_unnamed_official_of_a_state_stands_for_that_state() {
    // ("Foreign Minister" is a title of two words.)
    // ("Germany's Foreign Minister" is no bare title standing for the minister named before.)
    let text = "Indian Prime Minister Narendra Modi spoke on Monday. \
                Germany's Foreign Minister told parliament that his government had lodged a formal protest with Russia.";
    assert_codes(text, "ACCUSE Germany -> Russia");
}

#[test]
fn words_the_tagger_read_as_verbs_inside_noun_phrases_are_no_events() {
    // The tagger had read "suspects" after a number as a verb, and "alleged" between a
    // preposition and a noun as a clause of its own: an accusation.
    let evs =
        coded("Separately, police detained 23 suspects in raids across five provinces on Thursday over alleged links to the terror group.");
    assert!(!evs.iter().any(|e| e.starts_with("ACCUSE")), "{evs:?}");
    assert!(evs.iter().any(|e| e.starts_with("COERCE police")), "{evs:?}");
}

#[test]
fn a_capital_that_protests_is_its_government() {
    assert_codes("Beijing protested Manila's decision to build a runway on the reef.", "ACCUSE China -> Philippines");
    // A crowd in the capital still protests in the street.
    let evs = coded("Thousands of students protested in Manila against the new tax.");
    assert!(evs.iter().any(|e| e.starts_with("PROTEST")), "{evs:?}");
}

#[test]
fn whom_one_fights_is_the_target() {
    assert_codes("Kenyan troops have been fighting al-Shabaab militants near the border for weeks.", "ASSAULT Kenya -> militants");
    assert_codes("The rebels fought against Malian troops near Gao on Monday.", "ASSAULT rebels -> Mali");
    // A clash with someone still makes both sides the actor.
    assert_codes("Rebels clashed with Malian troops near Gao on Monday.", "ASSAULT rebels+Mali -> ");
}

#[test]
fn parties_agreeing_to_fight_someone_agree_with_each_other() {
    let evs = coded("Uganda and South Sudan agreed to fight the Lord's Resistance Army.");
    assert!(evs.iter().any(|e| e == "AGREE Uganda+South Sudan -> "), "{evs:?}");
    assert!(evs.iter().any(|e| e.ends_with("-> Lord's Resistance Army ?")), "{evs:?}");
    // A promise whose content names no one else is still one event.
    let evs = coded("Britain and Spain agreed to impose new capital requirements on banks.");
    assert_eq!(evs.len(), 1, "{evs:?}");
}

#[test]
fn the_group_is_no_ministry() {
    let text = "Boko Haram fighters attacked a village in Borno, the Nigerian Defence Ministry said. \
                Police later detained six men over links to the group.";
    assert_codes(text, "COERCE police -> Boko Haram");
}

#[test]
fn what_is_ordered_of_someone_is_not_yet_done() {
    assert_codes("President Bola Tinubu ordered police to rescue the kidnapped girls.", "AID police ->  ?");
    // An order that is itself the act stays done.
    assert_codes("Mali ordered the French ambassador to leave the country.", "SANCTION Mali -> France");
}

#[test]
fn a_national_air_force_is_that_state_s() {
    let doc = extract_text("The Pakistani Air Force said it had shot down an Indian drone.", None);
    let force = actor(&doc, "Pakistani Air Force");
    assert_eq!(force.country.as_deref(), Some("PAK"));
    assert_eq!(doc.quotes.first().map(|q| name_of(&doc, q.speaker.as_deref().unwrap_or(""))), Some("Pakistani Air Force"));
}

#[test]
fn a_state_s_partners_are_not_that_state() {
    let evs = coded("Prime Minister Sanae Takaichi urged Japan's allies to impose sanctions on the regime.");
    assert!(evs.iter().any(|e| e == "REQUEST Sanae Takaichi -> "), "{evs:?}");
    assert!(!evs.iter().any(|e| e.contains("Japan")), "{evs:?}");
}

#[test]
fn a_participle_after_a_clause_happened_where_its_event_did() {
    // Not in Bamako, where the story was filed.
    let doc = extract_text(
        "BAMAKO, Mali (AP) — Militants attacked an army base near Menaka on Friday, killing nine soldiers, officials said.",
        None,
    );
    let killing = doc.events.iter().find(|e| e.trigger.as_deref() == Some("killing")).expect("the killing is coded");
    assert_eq!(killing.location.as_deref().map(|id| name_of(&doc, id)), Some("Menaka"));
}

#[test]
fn measures_a_warning_says_a_state_would_take_are_a_threat() {
    let evs = coded("Iran warned on Monday that it would take reciprocal measures if the agency passed the resolution.");
    assert!(evs.iter().any(|e| e == "THREATEN Iran ->  ?"), "{evs:?}");
    assert!(!evs.iter().any(|e| e.starts_with("SANCTION")), "{evs:?}");
}

#[test]
fn a_noun_that_described_a_name_stands_for_it() {
    assert_codes(
        "The Chinese carmaker BYD opened a plant in Hungary. Brussels later accused the carmaker of dumping.",
        "ACCUSE Belgium -> BYD",
    );
}

#[test]
fn both_countries_opening_a_sentence_are_the_two_named_before() {
    let evs = coded("Pakistan summoned an Indian diplomat on Tuesday. Both countries agreed in 2021 to observe the ceasefire.");
    assert!(evs.iter().any(|e| e.ends_with("Pakistan+India -> ")), "{evs:?}");
}

#[test]
fn a_claimed_deed_is_no_reported_clause() {
    // The verb is behind "since": no clause of the cue's own.
    let doc = extract_text("Hezbollah has not claimed any attack on Israel since the truce took effect.", None);
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
}

#[test]
fn whoever_reports_a_deed_a_noun_names_did_not_do_it() {
    let evs = coded("Israeli jets struck a depot in southern Lebanon. Lebanese state media reported that the strike wounded three people.");
    assert!(!evs.iter().any(|e| e.contains("Lebanese state media")), "{evs:?}");
    // One reporting a deed of his own did it.
    let evs = coded("President Yoweri Museveni said he would visit Nairobi next week.");
    assert!(evs.iter().any(|e| e.starts_with("AGREE Yoweri Museveni")), "{evs:?}");
}

#[test]
fn one_asked_by_a_noun_that_names_no_party_is_unnamed() {
    assert_codes(
        "Prime Minister Shehbaz Sharif urged the international community to take notice of India's reckless behaviour.",
        "REQUEST Shehbaz Sharif -> ",
    );
    // A noun with examples after it names them.
    assert_codes(
        "South Africa is now asking countries like Belgium and Brazil to extradite suspects.",
        "REQUEST South Africa -> Belgium+Brazil",
    );
}

#[test]
fn a_recalled_high_commissioner_and_soldiers_sent_as_a_noun() {
    assert_codes("Kenya has recalled its High Commissioner to Somalia for consultations.", "SANCTION Kenya -> Somalia");
    let evs = coded("Colombia announced the sending of 1,200 additional soldiers to Catatumbo.");
    assert!(evs.iter().any(|e| e.starts_with("MOBILIZE Colombia")), "{evs:?}");
}

#[test]
fn what_a_measure_targets_is_its_target_not_an_attack() {
    let evs = coded("The US announced new export controls targeting Chinese chip companies.");
    assert_eq!(evs, vec!["SANCTION United States -> China"]);
    // Measures abused are no one beaten.
    let evs = coded("China accused the US of abusing export control measures.");
    assert!(!evs.iter().any(|e| e.starts_with("ASSAULT")), "{evs:?}");
}

#[test]
fn the_agent_of_a_condemned_deed_is_the_one_condemned() {
    assert_codes("An official conveyed Pakistan's condemnation of the firing by Indian troops on Monday.", "ACCUSE Pakistan -> India");
}

#[test]
fn concern_over_fighting_is_not_the_fighting_of_the_concerned() {
    // "renewed" after "over" describes the fighting (the tagger had read both as verbs).
    let evs = coded("The envoy Hans Grundberg expressed concern over renewed fighting in Marib.");
    assert!(!evs.iter().any(|e| e.contains("Hans Grundberg ->") && e.starts_with("ASSAULT")), "{evs:?}");
}
