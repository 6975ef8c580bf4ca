//! Event coding on our own sentences, continued from `event_answers_and_appositions.rs`: who a
//! participle or a second infinitive belongs to, lists of targets, diplomatic protests, counterparts'
//! titles and which event a date belongs to.

mod common;
use common::*;

#[test]
fn a_participle_hung_on_a_trailing_speech_verb_goes_on_with_the_clause_before() {
    // "…, killing 11 villagers, local media said": the parser makes "killing" a second clause of
    // "said".
    let evs = coded(
        "Haiti's notorious armed Viv Ansanm Coalition attacked a town in the central department of Artibonite, killing at least 40 people \
         and wounding dozens, a doctors' group said Tuesday.",
    );
    assert!(evs.iter().any(|e| e.starts_with("ASSAULT Viv Ansanm Coalition -> ")), "{evs:?}");
}

#[test]
fn parties_joined_to_a_target_are_targets_too() {
    let evs = coded("Algeria summoned the envoys of Mali, Niger and Burkina Faso.");
    assert!(evs.iter().any(|e| e == "ACCUSE Algeria -> Mali+Niger+Burkina Faso"), "{evs:?}");
}

#[test]
fn a_protest_by_a_states_officials_is_diplomatic() {
    let evs = coded("Vietnamese officials protested the seizure of the boat.");
    assert!(evs.iter().any(|e| e.starts_with("ACCUSE Vietnam -> ")), "{evs:?}");
    // A state's people protest in the street.
    let evs = coded("Vietnamese students protested the seizure of the boat.");
    assert!(evs.iter().any(|e| e.starts_with("PROTEST Vietnamese students -> ")), "{evs:?}");
}

#[test]
fn a_date_belongs_to_the_past_verb_it_hangs_on() {
    // "in protest" is nearer to "on Thursday" than "summoned" is.
    let doc =
        extract_text("Poland summoned the envoys of Belarus and Russia on Thursday in protest over the incursions.", Some("2026-12-01"));
    let summoned = doc
        .events
        .iter()
        .find(|e| e.trigger.as_deref().is_some_and(|t| t.starts_with("summoned")))
        .unwrap_or_else(|| panic!("{:?}", doc.events));
    assert_eq!(summoned.date.as_deref(), Some("2026-11-26"));
    // A verb in the present does not take the date of what it names.
    let doc = extract_text("Ghana strongly condemns the attack on the Ghanaian embassy in Tripoli on Saturday.", Some("2026-12-01"));
    let dated =
        |t: &str| doc.events.iter().find(|e| e.event_type == t).map(|e| e.date.clone()).unwrap_or_else(|| panic!("{:?}", doc.events));
    assert_eq!(dated("ACCUSE"), None);
    assert!(dated("ASSAULT").is_some());
}

#[test]
fn a_counterpart_faces_the_titled_person_written_last() {
    // A spokesman is quoted between the minister's title and the counterpart.
    let text = "Foreign Minister Penny Wong flew to Jakarta. Government spokesman Tom Reed told reporters the trip went well. \
                Wong said the talks would cover trade. On Friday, she will meet her Indonesian counterpart Sugiono.";
    let doc = extract_text(text, None);
    assert_eq!(actor(&doc, "Sugiono").titles, ["Foreign Minister"]);
}

#[test]
fn what_an_accord_requires_is_not_done_yet_and_each_infinitive_has_its_doer() {
    let evs = coded(
        "The accord requires Armenia to withdraw its troops from the border villages and Azerbaijan to pull its forces back from the ridge.",
    );
    assert!(evs.iter().any(|e| e.starts_with("RETREAT Armenia -> ") && e.ends_with(" ?")), "{evs:?}");
    assert!(evs.iter().any(|e| e.starts_with("RETREAT Azerbaijan -> ") && e.ends_with(" ?")), "{evs:?}");
    // Objects joined before one infinitive are asked together, not one of them by the other.
    let evs = coded("Washington tried to get Iran and Syria to negotiate.");
    assert!(evs.iter().all(|e| !e.starts_with("CONSULT Syria ->")), "{evs:?}");
}

#[test]
fn what_the_one_summoned_is_called_in_to_hear_is_the_summoners_act() {
    let evs = coded("Kenya summoned Uganda's ambassador to protest what it described as an incursion.");
    assert!(evs.iter().any(|e| e == "ACCUSE Kenya -> Uganda"), "{evs:?}");
    assert!(evs.iter().all(|e| !e.contains("Uganda ->")), "{evs:?}");
    // (A state's protest is a diplomatic one.)
    assert!(evs.iter().all(|e| !e.starts_with("PROTEST")), "{evs:?}");
    // And "it" inside that purpose is the summoner, not the possessor of the one summoned.
    let evs = coded("Kenya summoned Uganda's ambassador to protest what it called a raid on its border posts.");
    assert!(evs.iter().any(|e| e == "ASSAULT  -> Kenya"), "{evs:?}");
}

#[test]
fn a_verb_joined_to_what_the_object_is_taken_for_shares_the_subject() {
    // The quotation marks make the parser join "vowed" to "massacre".
    let evs = coded("Niger condemned the ambush as a \"barbaric massacre\" and vowed to respond.");
    assert!(evs.iter().any(|e| e.starts_with("THREATEN Niger -> ")), "{evs:?}");
}

#[test]
fn a_leader_warning_that_his_state_would_act_threatens_and_not_his_state() {
    // "act decisively" is what a threat promises (role class `threat_content`); Sweden is who
    // would act, not whom the warning threatens.
    let evs = coded("Swedish Prime Minister Ulf Kristersson warned that Sweden would act decisively.");
    assert!(evs.iter().any(|e| e == "THREATEN Ulf Kristersson -> "), "{evs:?}");
    let evs = coded("Swedish Prime Minister Ulf Kristersson warned that Sweden would respond to any incursion.");
    assert!(evs.iter().any(|e| e == "THREATEN Ulf Kristersson -> "), "{evs:?}");
}

#[test]
fn both_countries_an_actor_addresses_are_the_two_before_it_other_than_itself() {
    let evs = coded("Armenia and Azerbaijan exchanged prisoners. Qatar's foreign ministry thanked both countries for their cooperation.");
    assert!(evs.iter().any(|e| e == "SUPPORT Qatar -> Armenia+Azerbaijan"), "{evs:?}");
}

#[test]
fn a_target_that_stands_for_two_parties_is_both() {
    let evs = coded("Serbia and Kosovo traded accusations. The European Union demanded that both sides release the detainees.");
    assert!(evs.iter().any(|e| e == "REQUEST European Union -> Serbia+Kosovo"), "{evs:?}");
}

#[test]
fn it_is_not_a_word_that_stands_for_several() {
    // "their" (the two countries) is no antecedent of "it": the ministry mediated.
    let evs = coded(
        "Armenia and Azerbaijan exchanged prisoners. The UAE foreign ministry thanked both countries for their cooperation and said \
         it had mediated four exchanges.",
    );
    assert!(evs.iter().any(|e| e == "CONSULT United Arab Emirates -> "), "{evs:?}");
    assert!(evs.iter().all(|e| !e.starts_with("CONSULT Armenia") && !e.starts_with("CONSULT Azerbaijan")), "{evs:?}");
}

#[test]
fn an_event_placed_in_a_state_happened_there_not_in_the_dateline_city() {
    let located = |text: &str| {
        let doc = extract_text(text, Some("2026-12-01"));
        let ev = doc.events.iter().find(|e| e.event_type == "ASSAULT").unwrap_or_else(|| panic!("{:?}", doc.events));
        ev.location.as_deref().map(|id| name_of(&doc, id).to_string())
    };
    let text = "ANKARA, Dec 1 (Reuters) - Turkish warplanes struck militant camps in northern Iraq overnight, the ministry said.";
    assert_eq!(located(text).as_deref(), Some("Iraq"));
    // The dateline stays where the sentence names no place, or only a demonym on a noun.
    let text = "ANKARA, Dec 1 (Reuters) - Turkish warplanes struck militant camps overnight, the ministry said.";
    assert_eq!(located(text).as_deref(), Some("Ankara"));
    let text = "ANKARA, Dec 1 (Reuters) - Turkish warplanes struck Kurdish militants in the Iraqi mountains overnight, the ministry said.";
    assert_eq!(located(text).as_deref(), Some("Ankara"));
}
