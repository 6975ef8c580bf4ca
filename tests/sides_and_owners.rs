//! Event rules on our own sentences, continued from `orders_and_targets.rs`: who "both sides"
//! are, whose possessive a bare apostrophe is, whom a condemnation of someone's deed is aimed
//! at, and a state that only owns a title.

mod common;
use common::*;

#[test]
fn both_sides_are_the_parties_the_story_names_most() {
    // A named armed group is a side beside a state, and whoever urges the sides is none of them
    // (nor is the state whose minister urges them).
    let text = "Heavy fighting broke out between the Sudanese army and the Rapid Support Forces in Omdurman on Friday. \
                The RSF said it had repelled an attack. \
                Egyptian Foreign Minister Badr Abdelatty urged both sides to return to talks.";
    assert_codes(text, "REQUEST Badr Abdelatty -> Sudan+Rapid Support Forces");
    // The states a dispute is between, not those named last by whoever comments on it.
    let text = "Serbia accused Kosovo of stoking tensions in the north on Monday. \
                Kosovo's prime minister said Serbia was behind the attack on a police patrol. \
                Hungary and Croatia called for calm, and the European Union's envoy urged both sides to resume the dialogue.";
    assert_codes(text, "REQUEST European Union -> Serbia+Kosovo");
    // Two the story set side by side ("between X and Y") are the sides, however often others
    // are named.
    let text = "Qatar has long mediated between Israel and Hamas. \
                Egypt's intelligence chief visited Doha on Sunday, and Egypt's foreign minister called his Qatari counterpart. \
                Qatar said it would invite the two sides to a new round of talks.";
    assert_codes(text, "REQUEST Qatar -> Israel+Hamas ?");
    // "Both sides of the border" are places, not parties.
    let evs = coded("Floods killed dozens of people on both sides of the border between Kenya and Somalia.");
    assert!(!evs.iter().any(|e| e.contains("Kenya+Somalia")), "{evs:?}");
}

#[test]
fn an_apostrophe_after_a_plural_name_is_its_possessive() {
    // Read as a closing quote mark, the apostrophe had made the council something condemned.
    let doc = extract_text("The Bahamas' National Security Council condemned the raid on a fishing boat.", None);
    assert_eq!(actor(&doc, "National Security Council").country.as_deref(), Some("BHS"));
    assert_codes(
        "The Philippines' Department of Foreign Affairs rejected the claims by China.",
        "REJECT Department of Foreign Affairs -> China",
    );
    // An apostrophe inside a name stays in it; a quote mark opened before still closes.
    let doc = extract_text("Militants from the Kurdistan Workers' Party attacked a police post in Hakkari.", None);
    assert!(doc.actors.iter().any(|a| a.name == "Kurdistan Workers' Party"), "{:?}", doc.actors);
}

#[test]
fn the_agent_of_a_deed_condemned_is_whom_the_condemnation_is_aimed_at() {
    // The parser hangs the "by" phrase on the verb, where it would be a passive's agent.
    assert_codes("Jordan condemned what it called \"dangerous and reckless acts\" by Israel.", "ACCUSE Jordan -> Israel");
    assert_codes("Peru flatly rejected an offer by a Chilean delegation to mediate the dispute.", "REJECT Peru -> Chile");
    assert_codes("Cuba denied allegations by American officials that it had hosted a spy base.", "REJECT Cuba -> United States");
}

#[test]
fn a_verb_joined_to_another_shares_its_subject_for_it() {
    // "it" in what the second verb reports is the subject of the first, not a party named between.
    assert_codes(
        "Sweden's foreign ministry condemned the drills by Russia near Gotland and said it would recall its ambassador from Moscow.",
        "THREATEN Sweden ->  ?",
    );
}

#[test]
fn a_state_that_owns_a_title_is_no_party_beside_its_holder() {
    assert_codes("Venezuela's President Nicolas Maduro on Tuesday accused Guyana of provocations.", "ACCUSE Nicolas Maduro -> Guyana");
    // It is still the state the story names: "the army" after it is that state's.
    assert_codes("Chile's President Gabriel Boric spoke on Monday. The army later arrested 20 smugglers.", "COERCE Chile -> smugglers");
}

#[test]
fn a_party_that_criticises_the_government_criticises_its_own_state() {
    // The sentence names no state; the one named before is not the one governing the party.
    let text = "Berlin sent more air defence systems to Kyiv last week. \
                The opposition Christian Democrats accused the government of stalling the delivery.";
    let evs = coded(text);
    assert!(
        evs.iter().any(|e| e.starts_with("ACCUSE") && e.contains("Christian Democratic Union") && e.ends_with("-> Germany")),
        "{evs:?}"
    );
}

#[test]
fn a_warning_joined_to_an_accusation_is_aimed_at_the_accused() {
    // "it" is the one warning; whom the warning is aimed at is whom the same subject accused.
    let text = "Armenia accused Azerbaijan of shelling border villages on Tuesday and warned that it would take retaliatory measures.";
    let evs = coded(text);
    assert!(evs.iter().any(|e| e == "THREATEN Armenia -> Azerbaijan"), "{evs:?}");
    assert!(!evs.iter().any(|e| e.starts_with("THREATEN Azerbaijan")), "{evs:?}");
}
