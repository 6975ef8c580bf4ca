//! Event coding on our own sentences, continued from `event_roles_and_dates.rs`: which words a
//! verb+noun trigger may reach, closed borders, and when two neighbouring triggers are two acts.

mod common;
use common::*;

#[test]
fn a_noun_with_a_named_possessor_is_the_possessors_act_not_what_the_verb_expresses() {
    // "expressed thanks for Japan's support" is no support expressed by the minister to Japan.
    let evs = coded("The Philippine foreign minister expressed thanks for Japan's support after the typhoon.");
    assert!(!evs.iter().any(|e| e.starts_with("SUPPORT") && e.ends_with("-> Japan")), "{evs:?}");
    assert!(evs.iter().any(|e| e.starts_with("SUPPORT Japan ->")), "{evs:?}");
    // Inside the object without a possessor the phrase still matches.
    let evs = coded("The Philippine foreign minister expressed a message of strong support for Japan.");
    assert!(evs.iter().any(|e| e.starts_with("SUPPORT") && e.ends_with("-> Japan")), "{evs:?}");
}

#[test]
fn a_state_closing_its_border_with_a_neighbour_restricts_the_neighbour() {
    let evs = coded("Kazakhstan closed its border with Kyrgyzstan on Friday.");
    assert!(evs.iter().any(|e| e == "COERCE Kazakhstan -> Kyrgyzstan"), "{evs:?}");
    // "close to the border" is a place, no closing.
    let evs = coded("Rebels attacked a town close to the border with Chad.");
    assert!(!evs.iter().any(|e| e.starts_with("COERCE")), "{evs:?}");
}

#[test]
fn joined_verbs_of_different_kinds_each_with_an_object_are_two_acts() {
    let evs = coded("The Chadian army shut the border crossings into Darfur and detained dozens of smugglers.");
    assert_eq!(evs.iter().filter(|e| e.starts_with("COERCE Chad ->")).count(), 2, "{evs:?}");
    // An attack's killing and wounding stay one event.
    let evs = coded("Gunmen from the Chadian army killed five villagers and wounded ten others near the border.");
    assert_eq!(evs.iter().filter(|e| e.starts_with("ASSAULT")).count(), 1, "{evs:?}");
}
