//! Event coding on our own sentences, continued from `event_triggers_and_merges.rs`: whose deed
//! a charge names, calls to a counterpart, "what it called", sanctions being prepared, and the
//! dateline of Arabic-press copy.

mod common;
use common::*;

#[test]
fn a_known_place_and_a_dash_in_ordinary_case_is_a_dateline() {
    // "Aden - …" as Arabic-press copy writes it: "the army" of a story naming several states is
    // the dateline's state's.
    let doc = extract_text(
        "Aden - Saudi Arabia and the United Arab Emirates urged calm in Yemen on Monday.\n\nThe army accused the Houthis of shelling a market.",
        None,
    );
    let accusers: Vec<&str> =
        doc.events.iter().filter(|e| e.event_type == "ACCUSE").flat_map(|e| e.actor.iter().map(|id| name_of(&doc, id))).collect();
    assert_eq!(accusers, ["Yemen"], "{:?}", doc.events);
}

#[test]
fn the_deed_of_a_charge_is_never_the_accusers_own() {
    // "the army" names no party here: the bombing and the killing after it are someone
    // unnamed's, not the accusing militia's.
    let evs = coded("The militia accused the army of bombing a market in Nyala on Saturday, killing at least 23 civilians.");
    assert!(evs.iter().any(|e| e.starts_with("ACCUSE militia")), "{evs:?}");
    assert!(!evs.iter().any(|e| e.starts_with("ASSAULT militia")), "{evs:?}");
    // A party named inside the charged noun phrase still does it.
    let evs = coded("Turkey has accused Syrian government forces of carrying out an attack on a convoy.");
    assert!(evs.iter().any(|e| e.starts_with("ASSAULT Syria")), "{evs:?}");
    // "of" on an object that no one accuses is no charge: "in support of banning" is theirs.
    let evs = coded("Indonesia came out in support of banning the group.");
    assert!(evs.iter().any(|e| e.starts_with("COERCE Indonesia")), "{evs:?}");
}

#[test]
fn calling_a_counterpart_is_a_phone_call_and_the_two_are_its_parties() {
    let doc = extract_text(
        "The Egyptian Foreign Minister, Sameh Nour, called his Jordanian counterpart, Prince Ali Haddad, and the two discussed the \
         situation in Gaza.",
        None,
    );
    assert_eq!(actor(&doc, "Ali Haddad").country.as_deref(), Some("JOR"));
    let calls: Vec<String> = doc
        .events
        .iter()
        .filter(|e| e.event_type == "CONSULT")
        .map(|e| e.actor.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>().join("+"))
        .collect();
    assert!(calls.iter().any(|a| a == "Sameh Nour+Jordan"), "{calls:?}");
    assert!(calls.iter().any(|a| a == "Sameh Nour+Ali Haddad"), "{calls:?}");
    // Calling on a counterpart to act is a request.
    let evs = coded("The Egyptian Foreign Minister called on his Jordanian counterpart to reopen the crossing.");
    assert!(evs.iter().any(|e| e.starts_with("REQUEST Egypt")), "{evs:?}");
    assert!(!evs.iter().any(|e| e.starts_with("CONSULT")), "{evs:?}");
}

#[test]
fn what_a_condemnation_calls_names_its_target() {
    let evs = coded("The African Union condemned what it called Eritrea's attempts to destabilise the region.");
    assert!(evs.iter().any(|e| e == "ACCUSE African Union -> Eritrea"), "{evs:?}");
}

#[test]
fn sanctions_being_prepared_or_a_boycott_considered_are_the_subjects_and_not_yet_real() {
    let evs = coded("The European Union said it was preparing new sanctions against Iranian officials.");
    assert!(evs.iter().any(|e| e == "SANCTION European Union -> Iran ?"), "{evs:?}");
    let evs = coded("Hungary is considering a boycott of Malaysian goods.");
    assert!(evs.iter().any(|e| e.starts_with("PROTEST Hungary") && e.ends_with(" ?")), "{evs:?}");
    // A request weighed is someone else's.
    let evs = coded("President Lula is considering the request.");
    assert!(!evs.iter().any(|e| e.starts_with("REQUEST Lula")), "{evs:?}");
}

#[test]
fn what_one_receives_in_a_relative_clause_is_a_thing_not_a_visitor() {
    let evs = coded("The rebels are betting on the weapons they receive from Chad.");
    assert!(!evs.iter().any(|e| e.starts_with("CONSULT")), "{evs:?}");
    // A visitor is still received.
    let evs = coded("President Ruto received the Somali delegation in Nairobi.");
    assert!(evs.iter().any(|e| e.starts_with("CONSULT")), "{evs:?}");
}

#[test]
fn the_troops_a_deployment_is_of_are_not_its_target() {
    let evs = coded("Kenya announced the deployment of additional troops.");
    assert!(evs.iter().any(|e| e == "MOBILIZE Kenya -> "), "{evs:?}");
}

#[test]
fn a_speaker_joined_to_an_earlier_verb_is_never_someone_from_the_sentence_before() {
    let doc = extract_text(
        "The militia accused the army of shelling a market, killing 23 civilians. The army denied the accusation and said its \
         aircraft had struck militants.",
        None,
    );
    assert!(!doc.quotes.iter().any(|q| q.speaker.as_deref().is_some_and(|s| name_of(&doc, s) == "civilians")), "{:?}", doc.quotes);
}

#[test]
fn standing_with_a_named_party_backs_it_and_the_alliance_is_the_one_named_before() {
    let evs = coded("NATO Secretary General Mark Rutte said the alliance stood with Estonia.");
    assert!(evs.iter().any(|e| e == "SUPPORT North Atlantic Treaty Organization -> Estonia"), "{evs:?}");
    // Standing with no party is no support.
    let evs = coded("Polish soldiers stood with their weapons at the gate.");
    assert!(!evs.iter().any(|e| e.starts_with("SUPPORT")), "{evs:?}");
    // "the bloc" after the EU is the EU.
    let doc = extract_text("The European Union imposed sanctions on Iran on Monday, the bloc said in a statement.", None);
    assert!(doc.quotes.iter().any(|q| q.speaker.as_deref().is_some_and(|s| name_of(&doc, s) == "European Union")), "{:?}", doc.quotes);
}

#[test]
fn troops_of_named_states_act_for_those_states() {
    let evs = coded("Troops of Chad and Niger attacked a rebel camp near the border.");
    assert!(evs.iter().any(|e| e.starts_with("ASSAULT Chad+Niger")), "{evs:?}");
    // Residents are no state's agents.
    let evs = coded("Residents of Chad protested against the new tax.");
    assert!(!evs.iter().any(|e| e.starts_with("PROTEST Chad")), "{evs:?}");
    // The agent of an attack and what it is of are its doer, never its target.
    let evs = coded("An attack on Thursday by troops of Chad's army killed 17 people.");
    assert!(evs.iter().any(|e| e == "ASSAULT Chad -> "), "{evs:?}");
}

#[test]
fn a_warning_of_hunger_misread_as_one_noun_phrase_threatens_no_one() {
    let evs = coded("The World Food Programme warned on Tuesday that nearly two million people face acute hunger in Chad.");
    assert!(!evs.iter().any(|e| e.starts_with("THREATEN")), "{evs:?}");
    // A warning of what the warner will do still threatens.
    let evs = coded("Chad warned on Tuesday that it would attack the rebels.");
    assert!(evs.iter().any(|e| e.starts_with("THREATEN Chad")), "{evs:?}");
}

#[test]
fn what_a_summoned_envoy_is_called_in_to_hear_is_aimed_at_the_envoys_state() {
    let evs = coded("Estonia's foreign ministry summoned Russia's charge d'affaires on Tuesday to protest.");
    // The summons and the protest it is for both.
    assert_eq!(evs.iter().filter(|e| *e == "ACCUSE Estonia -> Russia").count(), 2, "{evs:?}");
    let evs = coded("Kenya summoned the Sudanese ambassador to demand an explanation.");
    assert!(evs.iter().any(|e| e == "REQUEST Kenya -> Sudan"), "{evs:?}");
}

#[test]
fn a_clause_awaited_by_before_or_until_in_the_present_has_not_happened() {
    let evs = coded("Chad rejected any negotiations with the rebels before they withdraw from the towns.");
    assert!(evs.iter().any(|e| e.starts_with("RETREAT rebels") && e.ends_with(" ?")), "{evs:?}");
    let evs = coded("The mission will stay until Ortega signs the agreement.");
    assert!(evs.iter().any(|e| e.starts_with("SUPPORT Ortega") && e.ends_with(" ?")), "{evs:?}");
    // In the past, or as a gerund, it happened.
    let evs = coded("Hungary had blocked the sanctions before dropping its veto on Friday.");
    assert!(evs.iter().any(|e| e.starts_with("CONCEDE Hungary") && !e.ends_with(" ?")), "{evs:?}");
    let evs = coded("Chadian troops left the town before the rebels attacked it.");
    assert!(evs.iter().any(|e| e.starts_with("ASSAULT rebels") && !e.ends_with(" ?")), "{evs:?}");
}

#[test]
fn the_agency_a_dateline_credits_is_no_party_and_a_past_before_a_quote_is_a_verb() {
    let evs = coded("LOME, Nov 30 (AFP) - West African leaders on Sunday threatened to impose sanctions on Togo.");
    assert!(!evs.iter().any(|e| e.contains("Agence France-Presse")), "{evs:?}");
    // "struck" before a quoted object was tagged a noun and the strike lost.
    let evs = coded("Russian forces struck \"military-industrial enterprises\" in Kharkiv.");
    assert!(evs.iter().any(|e| e.starts_with("ASSAULT Russia")), "{evs:?}");
}
