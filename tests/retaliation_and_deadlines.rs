//! Event and quote rules on our own sentences, continued from `charges_and_counterparts.rs`:
//! retaliation announced, deadlines that date another verb, deeds a verb takes as done, notes
//! handed to someone, and who speaks for "the military".

mod common;
use common::*;

#[test]
fn measures_in_retaliation_are_a_sanction_when_taken_and_a_threat_when_promised() {
    let evs = coded("Beijing took countermeasures against Lithuania on Friday.");
    assert!(evs.iter().any(|e| e == "SANCTION China -> Lithuania"), "{evs:?}");
    let evs = coded("A spokesman said Pyongyang would take reciprocal measures.");
    assert!(evs.iter().any(|e| e.starts_with("THREATEN North Korea")), "{evs:?}");
    let evs = coded("Tehran reserves the right to retaliate, the ministry said.");
    assert!(evs.iter().any(|e| e.starts_with("THREATEN Iran")), "{evs:?}");
    // What the right is reserved for is threatened, not done.
    let evs = coded("Moscow reserves the right to take retaliatory measures.");
    assert!(evs.iter().any(|e| e.starts_with("THREATEN Russia")), "{evs:?}");
    assert!(!evs.iter().any(|e| e.starts_with("SANCTION")), "{evs:?}");
}

#[test]
fn a_right_to_protest_is_no_protest() {
    let evs = coded("The minister said citizens had the right to protest peacefully and the right to strike.");
    assert!(!evs.iter().any(|e| e.starts_with("PROTEST")), "{evs:?}");
}

#[test]
fn a_deadline_before_the_trigger_dates_the_verb_it_follows() {
    let doc = extract_text("Norway ordered the embassy to close by March 1 and expelled two Iranian diplomats.", Some("2026-12-01"));
    let expel = doc.events.iter().find(|e| e.event_type == "SANCTION").expect("an expulsion");
    assert_eq!((expel.date.as_deref(), expel.date_text.as_deref()), (None, None), "{expel:?}");
}

#[test]
fn a_deed_a_name_owns_stays_done_under_a_verb_that_takes_it_as_done() {
    // "would not tolerate" negates the tolerating, not Moscow's support.
    let evs = coded("The minister said Oslo would not tolerate Moscow's support for the separatists.");
    assert!(evs.iter().any(|e| e.starts_with("SUPPORT Russia")), "{evs:?}");
    // A verb of wanting does not take it as done: the resignation is still awaited.
    let evs = coded("Protesters demanded Ruto's resignation.");
    assert!(evs.iter().any(|e| e.starts_with("RETREAT Ruto") && e.ends_with('?')), "{evs:?}");
}

#[test]
fn a_note_handed_to_someone_is_addressed_to_them() {
    // Not to the Ukrainians the protest is about.
    let evs = coded(
        "Ukraine's foreign ministry summoned the Hungarian ambassador, Antal Heizer, on Monday and handed him a note of protest over \
         the treatment of Ukrainian citizens.",
    );
    assert!(evs.iter().any(|e| e == "ACCUSE Ukraine -> Antal Heizer"), "{evs:?}");
    assert!(!evs.iter().any(|e| e.ends_with("-> Ukraine")), "{evs:?}");
}

#[test]
fn the_military_is_the_state_it_was_last_named_with() {
    // Three states named: only the one written with "military" owns it.
    let doc = extract_text(
        "The Turkish military said its jets had struck targets in Syria and Iraq.\n\nKurdish fighters shelled a border post in Hatay \
         province overnight, the military said.",
        None,
    );
    assert_eq!(speaker(&doc, "shelled a border post"), "Turkey");
}

#[test]
fn a_speech_joined_to_an_accusation_is_the_accusers() {
    // A participle on a noun is no verb of the sentence: after a possessive ("their disputed
    // border"), or between a noun and a preposition ("a truce signed in July").
    for (text, said, accuser) in [
        (
            "Kenya on Friday accused Somalia of moving troops into their disputed border region and warned that it would defend its \
             territory.",
            "would defend its territory",
            "Kenya",
        ),
        (
            "Government spokesman Patrick Muyaya accused Kigali of breaking a truce signed in July and said the army would retake \
             the town.",
            "would retake the town",
            "Patrick Muyaya",
        ),
    ] {
        assert_eq!(speaker(&extract_text(text, None), said), accuser, "{text}");
    }
}

#[test]
fn a_headline_warning_over_something_reports_no_words() {
    // The tagger reads "troop" after "over" as a verb: no clause follows "warns".
    let doc = extract_text(
        "Ethiopia warns Eritrea over troop build-up near Assab\n\nADDIS ABABA, Ethiopia (AP) — Ethiopia on Monday accused Eritrea of \
         massing troops.",
        None,
    );
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
}

#[test]
fn an_intention_of_doing_is_its_holders_and_not_yet_done() {
    let doc = extract_text("Kigali had no intention of attacking its neighbour, the minister said.", None);
    let attack = doc.events.iter().find(|e| e.event_type == "ASSAULT").expect("an attack");
    let actors: Vec<&str> = attack.actor.iter().map(|id| name_of(&doc, id)).collect();
    assert_eq!(actors, ["Rwanda"], "{attack:?}");
    assert!(attack.negated && attack.hypothetical, "{attack:?}");
    // Nor the one with the intention its own target.
    assert!(attack.recipient.is_empty(), "{attack:?}");
}

#[test]
fn targeting_what_only_sanctions_reach_is_a_sanction() {
    let evs = coded("The United States on Friday targeted Russia's oil exports and two of its largest banks.");
    assert!(evs.iter().any(|e| e == "SANCTION United States -> Russia"), "{evs:?}");
    // A refinery is bombed.
    let evs = coded("Ukrainian drones targeted an oil refinery in Ryazan overnight.");
    assert!(evs.iter().any(|e| e.starts_with("ASSAULT Ukraine")), "{evs:?}");
}

#[test]
fn the_two_heads_of_state_are_the_two_leaders_named_before() {
    let evs = coded(
        "Chinese President Xi Jinping held talks with Uruguayan President Yamandu Orsi in Beijing on Friday. After the talks, the two \
         heads of state witnessed the signing of more than a dozen cooperation documents.",
    );
    assert!(evs.iter().any(|e| e == "SUPPORT Xi Jinping+Yamandu Orsi -> "), "{evs:?}");
}

#[test]
fn what_a_possible_deal_would_lead_to_has_not_happened() {
    let evs = coded("Hamas said it remained open to any agreement that would lead to a full Israeli withdrawal from Rafah.");
    assert!(evs.iter().any(|e| e == "RETREAT Israel ->  ?"), "{evs:?}");
}

#[test]
fn the_agent_of_a_participle_on_an_event_noun_does_the_event() {
    let evs = coded("The rally, organised by the opposition Democratic Party, drew thousands in Seoul.");
    assert!(evs.iter().any(|e| e.starts_with("PROTEST opposition")), "{evs:?}");
    let evs = coded("The talks, sponsored by Egypt and Qatar, began in Cairo on Monday.");
    assert!(evs.iter().any(|e| e.starts_with("CONSULT Egypt+Qatar")), "{evs:?}");
    // A danger someone poses is no threat they make.
    let evs = coded("The minister spoke of the threat posed by the militants.");
    assert!(!evs.iter().any(|e| e.starts_with("THREATEN")), "{evs:?}");
}

#[test]
fn a_quoted_word_before_and_that_is_the_earlier_speakers() {
    let doc = extract_text(
        "Foreign Ministry spokesman Nasser Kanaani said the resolution, which was drafted by France, was \"politically motivated\" \
         and that Tehran would respond firmly.",
        None,
    );
    assert_eq!(speaker(&doc, "politically motivated"), "Nasser Kanaani");
    assert_eq!(speaker(&doc, "would respond firmly"), "Nasser Kanaani");
}

#[test]
fn a_body_of_an_intergovernmental_organisation_belongs_to_no_state() {
    let doc = extract_text(
        "TEHRAN (AP) — Iran said on Friday it would limit inspections after a resolution by the International Atomic Energy \
         Agency's Board of Governors.\n\nThe country's Interior Ministry said the move was legal.",
        None,
    );
    assert_eq!(actor(&doc, "Board of Governors").country, None);
    assert_eq!(actor(&doc, "Interior Ministry").country.as_deref(), Some("IRN"));
}

#[test]
fn an_event_a_verbs_object_is_of_stands_where_the_object_stands() {
    // An offer rejected: the mediation it offered did not take place.
    let evs = coded("Kyiv rejected an offer of mediation by Hungary.");
    assert!(evs.iter().any(|e| e.starts_with("REJECT Ukraine")), "{evs:?}");
    assert!(!evs.iter().any(|e| e.starts_with("CONSULT")), "{evs:?}");
    // Scheduled, not yet done.
    let evs = coded("The Pentagon said US jets were scheduled to launch a round of airstrikes on al-Shabaab camps in Somalia.");
    assert!(evs.iter().any(|e| e == "ASSAULT  -> al-Shabaab ?"), "{evs:?}");
}

#[test]
fn a_name_joined_to_the_last_word_of_a_name_is_a_party_too() {
    let evs = coded("The foreign ministers of the Democratic Republic of Congo and Rwanda met in Washington on Monday.");
    assert!(evs.iter().any(|e| e.starts_with("CONSULT Democratic Republic of the Congo+Rwanda")), "{evs:?}");
}

#[test]
fn the_forces_deployed_are_no_target_of_the_deployment() {
    let evs = coded("Venezuelan President Nicolas Maduro on Saturday ordered the deployment of several thousand troops to the border.");
    assert!(evs.iter().any(|e| e == "MOBILIZE Nicolas Maduro -> "), "{evs:?}");
}

#[test]
fn ordering_forces_to_a_place_deploys_them() {
    let evs = coded("Putin ordered troops to the border with Ukraine on Monday.");
    assert!(evs.iter().any(|e| e == "MOBILIZE Putin -> "), "{evs:?}");
    // Ordering officials to act is an order.
    let evs = coded("The president ordered the authorities to free all political prisoners within seven days.");
    assert!(!evs.iter().any(|e| e.starts_with("MOBILIZE")), "{evs:?}");
}
