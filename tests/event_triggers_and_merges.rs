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

#[test]
fn condemning_the_deed_told_just_before_is_aimed_at_its_doer() {
    let evs = coded("Gunmen attacked a health centre in Kidal on Monday. Amnesty International condemned the attack.");
    assert!(evs.iter().any(|e| e == "ACCUSE Amnesty International -> gunmen"), "{evs:?}");
    // The same noun as the verb told before ("the shelling" after "shelled").
    let evs = coded("Russian forces shelled the port of Odesa overnight. Ukraine's foreign ministry condemned the shelling.");
    assert!(evs.iter().any(|e| e.starts_with("ACCUSE Ukraine") && e.ends_with("-> Russia")), "{evs:?}");
    // An attack no one is named for leaves the condemnation without a target.
    let evs = coded(
        "Rebels attacked an army post near Kidal last week. A bomb exploded at a market in Gao on Monday, killing six people. \
         Amnesty International condemned the attack.",
    );
    assert!(evs.iter().any(|e| e == "ACCUSE Amnesty International -> "), "{evs:?}");
}

#[test]
fn a_participle_joined_to_an_accusation_goes_on_with_the_deed_charged() {
    let evs = coded("Ghana accused Togolese soldiers of crossing the frontier and firing on a Ghanaian patrol, wounding two soldiers.");
    assert!(evs.iter().any(|e| e.starts_with("ASSAULT Togo -> ") && e.contains("soldiers")), "{evs:?}");
}

#[test]
fn a_journey_one_is_due_to_make_and_the_talks_it_is_for_have_not_happened() {
    let evs = coded("The Indian foreign minister was due to arrive in Dhaka for talks with Bangladeshi officials.");
    assert!(!evs.is_empty() && evs.iter().all(|e| e.ends_with(" ?")), "{evs:?}");
    // Made, the journey's talks are real.
    let evs = coded("The Indian foreign minister arrived in Dhaka on Monday for talks with Bangladeshi officials.");
    assert!(evs.iter().any(|e| e.starts_with("CONSULT") && !e.ends_with(" ?")), "{evs:?}");
}

#[test]
fn the_with_of_a_talks_with_phrase_is_its_own_and_a_later_one_belongs_to_another_noun() {
    let evs =
        coded("Blinken arrived for talks with his South African counterpart Ronald Lamola on the alliance and on cooperation with India.");
    assert!(evs.iter().any(|e| e.starts_with("CONSULT") && e.contains("Ronald Lamola")), "{evs:?}");
    assert!(!evs.iter().any(|e| e.contains("India")), "{evs:?}");
}

#[test]
fn the_army_of_a_story_naming_several_states_is_the_dateline_states() {
    let text = "NIAMEY, Nov 28 (AFP) - Niger's junta on Friday ordered the Beninese ambassador to leave, accusing Benin of \
                hosting French troops. France denied the claim.\n\n\
                On Tuesday, gunmen ambushed a convoy near the town of Tillaberi, killing 12 soldiers, local sources said. \
                The army said it had killed dozens of attackers in response.";
    let doc = extract_text(text, Some("2026-12-01"));
    assert_eq!(speaker(&doc, "dozens of attackers"), "Niger");
    let killed = doc.events.iter().find(|e| e.trigger.as_deref() == Some("killed")).expect("the army's killing");
    assert_eq!(killed.actor.iter().map(|a| name_of(&doc, a)).collect::<Vec<_>>(), ["Niger"]);
}

#[test]
fn seeking_talks_asks_the_other_side_to_meet() {
    let evs = coded("The Armenian government said Yerevan would seek talks with Azerbaijani officials next week.");
    assert!(evs.iter().any(|e| e == "REQUEST Armenia -> Azerbaijan ?"), "{evs:?}");
    // Not talks inside what is sought.
    let evs = coded("Kerry began seeking an Israeli truce in the stalled peace talks in August.");
    assert!(!evs.iter().any(|e| e.starts_with("REQUEST")), "{evs:?}");
}

#[test]
fn filing_a_complaint_against_a_party_accuses_it() {
    let evs = coded("Kenya filed a complaint against Uganda over the seizure of its fishermen.");
    assert!(evs.iter().any(|e| e == "ACCUSE Kenya -> Uganda"), "{evs:?}");
}

#[test]
fn a_verb_after_an_apposition_hung_on_its_noun_is_the_names() {
    // Parsed with the name as the root and "warned" modifying "sister".
    let evs = coded(
        "Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, warned on Saturday that the allies would \
         \"pay a dear price\" for the drills, which she called a rehearsal for invasion.",
    );
    assert!(evs.iter().any(|e| e.starts_with("THREATEN Kim Yo Jong ->")), "{evs:?}");
}

#[test]
fn we_in_an_officials_quote_is_the_officials_state_and_i_the_speaker() {
    let evs = coded("\"We have asked the United Nations to send observers,\" Sudanese Foreign Minister Ali Youssef said.");
    assert!(evs.iter().any(|e| e == "REQUEST Sudan -> United Nations"), "{evs:?}");
    let evs = coded("\"I met President William Ruto in Nairobi on Monday,\" Ugandan Foreign Minister Jeje Odongo said.");
    assert!(evs.iter().any(|e| e.starts_with("CONSULT") && e.contains("Jeje Odongo") && e.contains("William Ruto")), "{evs:?}");
}

#[test]
fn rejecting_the_offer_told_just_before_is_aimed_at_its_maker() {
    let evs = coded("Argentina offered to mediate between the government and the protesters. Bolivia rejected the offer on Saturday.");
    assert!(evs.iter().any(|e| e == "REJECT Bolivia -> Argentina"), "{evs:?}");
}

#[test]
fn one_under_attack_or_investigation_suffers_it() {
    let evs = coded("Former Libyan minister Ali Zeidan came under attack in Tripoli on Monday.");
    assert!(evs.iter().any(|e| e == "ASSAULT  -> Ali Zeidan"), "{evs:?}");
    let evs = coded("Former Bolivian president Evo Morales, who is under investigation on charges of trafficking, has refused to appear.");
    assert!(!evs.iter().any(|e| e.starts_with("ACCUSE Evo Morales")), "{evs:?}");
    // The noun's own phrase still names who did it, with "by" or "from".
    let evs = coded("The Ukrainian city of Kharkiv came under attack by Russian drones.");
    assert!(evs.iter().any(|e| e == "ASSAULT Russia -> Ukraine"), "{evs:?}");
    let evs = coded("Niger is under attack from jihadists linked to al-Qaida.");
    assert!(evs.iter().any(|e| e == "ASSAULT jihadists -> Niger"), "{evs:?}");
}
