//! `code_events`: the one-call API, merging and the codable filter; tense heuristic.
mod common;

use common::{codes, mentions, parsed, plain, Sent};
use dyad_events::tense::{sentence_is_past, tense_at};
use dyad_events::{code_events, CodedEvent, Lexicon, PloverType};

/// Every event of a sentence, with the test helper's mentions.
fn events_of(s: &Sent) -> Vec<CodedEvent> {
    view!(s, v);
    code_events(&v, &mentions(&s.words), Lexicon::embedded())
}

fn coded(text: &str) -> Vec<(PloverType, Vec<&'static str>, Vec<&'static str>, bool)> {
    events_of(&plain(text)).into_iter().map(|e| (e.event_type, codes(&e.roles.actor), codes(&e.roles.recipient), e.codable())).collect()
}

/// The type of the one codable event of `text` (fails unless there is exactly one).
fn sole_codable_type(text: &str) -> PloverType {
    let got = coded(text);
    let codable: Vec<_> = got.iter().filter(|e| e.3).collect();
    assert_eq!(codable.len(), 1, "{text}: {got:?}");
    codable[0].0
}

#[test]
fn offer_to_mediate_is_one_agree() {
    let got = coded("Egypt offered to mediate between Israel and Iran.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, PloverType::Agree);
    assert_eq!(got[0].1, vec!["EGY"]);
    assert!(got[0].3);
}

#[test]
fn codable_filter() {
    // Negated and merely possible events are kept but not codable.
    let got = coded("Russia did not attack Ukraine.");
    assert_eq!((got[0].0, got[0].3), (PloverType::Assault, false));
    let got = coded("Israel could strike Iran.");
    assert!(!got[0].3);
    // A future withdrawal is coded as a CONCEDE.
    let got = coded("Turkey will withdraw from Syria.");
    assert_eq!((got[0].0, got[0].3), (PloverType::Concede, true));
    assert_eq!(got[0].1, vec!["TUR"]);
    // An announced attack is a threat of violence, codable as such; a merely possible one
    // (above) is not.
    let got = coded("Iran will attack Israel.");
    assert_eq!((got[0].0, got[0].3), (PloverType::Threaten, true));
    let s = plain("Iran will attack Israel.");
    let e = &events_of(&s)[0];
    assert_eq!((e.mode.as_deref(), e.score), (Some("violence"), -3.5), "the threat's content and its score");
    assert_eq!((got[0].1.clone(), got[0].2.clone()), (vec!["IRN"], vec!["ISR"]));
    let got = coded("Iran did not attack Israel.");
    assert_eq!(got[0].0, PloverType::Assault);
}

#[test]
fn recoded_events_take_the_new_types_score() {
    let s = plain("Germany will send aid to Ukraine.");
    let e = &events_of(&s)[0];
    assert_eq!((e.event_type, e.quad, e.score), (PloverType::Agree, 1, 2.5));
    assert_eq!(e.trigger.event_type, PloverType::Aid);
}

#[test]
fn noun_trigger_actor_needs_modifier_or_light_verb_without_parse() {
    let got = coded("France condemned the attack on Israel.");
    let attack = got.iter().find(|e| e.0 == PloverType::Assault).unwrap();
    assert!(attack.1.is_empty(), "{got:?}");
    assert_eq!(attack.2, vec!["ISR"]);
    let got = coded("Russia launched a massive attack on Ukraine.");
    assert_eq!((got[0].1.clone(), got[0].2.clone()), (vec!["RUS"], vec!["UKR"]));
    let got = coded("An Israeli air strike hit Syria.");
    assert_eq!(got[0].1, vec!["ISR"]);
}

#[test]
fn past_tense_heuristic() {
    assert!(sentence_is_past(&["Rebels", "attacked", "on", "Sunday"]));
    assert!(sentence_is_past(&["They", "met", "on", "Sunday"]));
    assert!(!sentence_is_past(&["They", "will", "meet", "on", "Sunday"]));
    assert!(!sentence_is_past(&["They", "meet", "on", "Sunday"]));
    // A capitalised -ed word is a name, "hundred" no verb form.
    assert!(!sentence_is_past(&["United", "Nations", "talks", "on", "Sunday"]));
    assert!(!sentence_is_past(&["A", "hundred", "people", "march", "on", "Sunday"]));
    // A form that is past and base alike: the word before tells.
    let says = |s: &str| sentence_is_past(&s.split_whitespace().collect::<Vec<_>>());
    assert!(says("On Monday the government cut ties with its neighbour"));
    assert!(says("A missile hit the city on Monday"));
    assert!(!says("The government will cut ties on Monday"));
    assert!(!says("They plan to hit the city on Monday"));
    assert!(!says("They cut ties on Monday"));
    assert!(!says("The talks will be set on Monday"));
    assert!(!says("A cut in rates on Monday"));
    assert!(!says("A significant cut by the government marks a new policy on Monday"));
    assert!(!says("Russia set to host talks on Monday"));
}

#[test]
fn the_tense_marker_nearest_a_date_decides() {
    let at = |before: &str, after: &str| {
        let (b, a): (Vec<&str>, Vec<&str>) = (before.split_whitespace().collect(), after.split_whitespace().collect());
        tense_at(&b, &a)
    };
    // The reporting verb before the date, not the future it reports.
    assert_eq!(at("Lavrov said on", "that Russia will never accept"), Some(true));
    // The reported future before the date, not the reporting verb.
    assert_eq!(at("Iran said it would hold talks on", ""), Some(false));
    assert_eq!(at("The minister is expected to arrive on", ""), Some(false));
    // A participle after "be" leaves the tense to its auxiliary; after "have" it is the perfect.
    assert_eq!(at("The agreement will be ratified", "when the leaders meet"), Some(false));
    assert_eq!(at("The agreement was ratified", ""), Some(true));
    assert_eq!(at("Troops have traded fire since", ""), Some(true));
    // Nothing before the date: the first marker after it.
    assert_eq!(at("", "Russia attacked Kharkiv"), Some(true));
    assert_eq!(at("talks on", ""), None);
}

#[test]
fn phrase_gaps_and_hosted_talks() {
    // The mention inside the phrase gap is the target.
    let got = coded("Britain expelled two Russian diplomats on Monday.");
    assert_eq!((got[0].0, got[0].1.clone(), got[0].2.clone()), (PloverType::Sanction, vec!["GBR"], vec!["RUS"]));
    // Hosting talks: host and parties are all actors.
    let got = coded("Egypt hosted talks between Israel and Iran.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.clone()), (PloverType::Consult, vec!["EGY", "ISR", "IRN"]));
    assert!(got[0].2.is_empty());
    // "signed a deal with": signing is reciprocal.
    let got = coded("Russia signed a deal with China.");
    assert_eq!((got[0].0, got[0].1.clone()), (PloverType::Support, vec!["RUS", "CHN"]));
}

#[test]
fn parsed_phrase_noun_modifier_is_recipient() {
    let s = common::parsed(
        "Britain PROPN 2 nsubj
         expelled VERB 0 root
         two NUM 5 nummod
         Russian ADJ 5 amod
         diplomats NOUN 2 obj
         . PUNCT 2 punct",
    );
    let e = &events_of(&s)[0];
    assert_eq!((codes(&e.roles.actor), codes(&e.roles.recipient)), (vec!["GBR"], vec!["RUS"]));
}

#[test]
fn a_reported_obligation_on_someone_else_is_a_demand() {
    let coded_parse = |conllu: &str| {
        let s = common::parsed(conllu);
        events_of(&s).into_iter().map(|e| (e.event_type, codes(&e.roles.actor), codes(&e.roles.recipient), e.codable())).collect::<Vec<_>>()
    };
    let got = coded_parse(
        "Russia PROPN 2 nsubj
         said VERB 0 root
         Iran PROPN 5 nsubj
         must AUX 5 aux
         pay VERB 2 ccomp
         . PUNCT 2 punct",
    );
    assert_eq!(got, vec![(PloverType::Request, vec!["RUS"], vec!["IRN"], true)]);
    // Inverted attribution.
    let got = coded_parse(
        "Iran PROPN 3 nsubj
         must AUX 3 aux
         pay VERB 0 root
         , PUNCT 6 punct
         Russia PROPN 6 nsubj
         said VERB 3 parataxis
         . PUNCT 3 punct",
    );
    assert_eq!(got, vec![(PloverType::Request, vec!["RUS"], vec!["IRN"], true)]);
    // A resolve of one's own is no demand.
    let got = coded_parse(
        "Russia PROPN 2 nsubj
         said VERB 0 root
         Russia PROPN 5 nsubj
         must AUX 5 aux
         pay VERB 2 ccomp
         . PUNCT 2 punct",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_reported_noun_trigger_under_would_is_a_threat_by_the_verbs_subject() {
    // "Russia confirmed it would tighten the naval blockade of Ukraine." (with "it" named)
    let s = common::parsed(
        "Russia PROPN 2 nsubj
         confirmed VERB 0 root
         Russia PROPN 5 nsubj
         would AUX 5 aux
         tighten VERB 2 ccomp
         the DET 8 det
         naval ADJ 8 amod
         blockade NOUN 5 obj
         of ADP 10 case
         Ukraine PROPN 8 nmod
         . PUNCT 2 punct",
    );
    let got: Vec<_> =
        events_of(&s).into_iter().map(|e| (e.event_type, codes(&e.roles.actor), codes(&e.roles.recipient), e.codable())).collect();
    assert_eq!(got, vec![(PloverType::Threaten, vec!["RUS"], vec!["UKR"], true)]);
}

/// The PLOVER manual: a promised RETREAT is a CONCEDE, and so is a promised concession; the
/// promise and its content are one event (CAMEO2PLOVER's 035 → AGREE is not followed).
#[test]
fn promised_concessions_are_one_concede() {
    for text in [
        "Kenya agreed to release the prisoners.",
        "Turkey pledged to lift the curfew in the south.",
        "Egypt offered concessions to Israel.",
        "Iran promised to ease restrictions on foreign charities.",
        "Serbia agreed to return the seized land to Kosovo.",
        "The government promised to raise wages for nurses.",
    ] {
        assert_eq!(sole_codable_type(text), PloverType::Concede, "{text}");
    }
    // A promise of cooperation stays an AGREE.
    let got = coded("Japan agreed to send aid to Kenya.");
    assert_eq!((got[0].0, got[0].3), (PloverType::Agree, true), "{got:?}");
    // The manual lists expressions of regret under CONCEDE (CAMEO 055 maps to SUPPORT).
    assert_eq!(coded("Japan apologised to China.")[0].0, PloverType::Concede);
}

/// "offered concessions *to* the miners": a preposition is not the "to" of "offer to".
#[test]
fn phrase_final_to_across_a_gap_is_the_infinitive_marker() {
    let s = parsed(
        "Egypt PROPN 2 nsubj
         offered VERB 0 root
         talks NOUN 2 obj
         to ADP 5 case
         Israel PROPN 2 obl
         . PUNCT 2 punct",
    );
    let got = events_of(&s);
    assert!(got.iter().all(|e| e.trigger.matched.len() == 1 || !e.trigger.matched.contains(&3)), "{got:?}");
}

/// PLOVER: joint exercises are COOPERATE, one country's manoeuvres MOBILIZE.
#[test]
fn joint_manoeuvres_are_cooperation() {
    let got = coded("India and Japan held joint military maneuvers.");
    assert_eq!(got.len(), 1, "{got:?}");
    let mut parties = got[0].1.clone();
    parties.sort();
    assert_eq!((got[0].0, parties), (PloverType::Cooperate, vec!["IND", "JPN"]));
    assert_eq!(coded("India held military maneuvers.")[0].0, PloverType::Mobilize);
}

/// PLOVER PROTEST riot: violence by a protesting crowd; force used on protesters stays ASSAULT.
#[test]
fn crowd_violence_is_a_riot() {
    let s = plain("The protesters clashed with police in Kyiv.");
    let got = events_of(&s);
    let e = got.iter().find(|e| e.codable()).expect("an event");
    assert_eq!((e.event_type, e.mode.as_deref()), (PloverType::Protest, Some("riot")));
    assert_eq!((codes(&e.roles.actor), codes(&e.roles.recipient)), (vec!["CVL"], vec!["COP"]));
    let got = coded("The police attacked the protesters in Kyiv.");
    assert_eq!((got[0].0, got[0].1.clone()), (PloverType::Assault, vec!["COP"]));
}

/// Ending a conflict is its de-escalation: stopped fighting is a ceasefire (RETREAT), a
/// promise to stop it a CONCEDE; the one who stops it is the actor.
#[test]
fn ending_a_conflict_is_de_escalation() {
    let s = parsed(
        "Russia PROPN 2 nsubj
         halted VERB 0 root
         the DET 4 det
         fighting NOUN 2 obj
         . PUNCT 2 punct",
    );
    let got = events_of(&s);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].event_type, got[0].mode.as_deref()), (PloverType::Retreat, Some("ceasefire")));
    assert_eq!(codes(&got[0].roles.actor), vec!["RUS"]);
    assert_eq!(sole_codable_type("Syria agreed to stop the attacks."), PloverType::Concede);
    // Not every verb before a conflict ends it.
    assert_eq!(coded("Syria launched the attacks.")[0].0, PloverType::Assault);
}

/// "strike" is an attack, except a walkout by working people (PLOVER PROTEST strike); a
/// compound phrase is headed by its noun, so its actor comes from the clause ("wildcat strikes").
#[test]
fn a_strike_by_working_people_is_a_labour_protest() {
    for text in ["Nurses in Kenya began a strike over unpaid wages.", "Teachers in Ghana have been striking since Monday."] {
        let got = coded(text);
        let e = got.iter().find(|e| e.0 != PloverType::Request).unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(e.0, PloverType::Protest, "{text}: {got:?}");
    }
    let s = parsed(
        "Chinese ADJ 2 amod
         teachers NOUN 4 nsubj
         have AUX 4 aux
         begun VERB 0 root
         wildcat NOUN 6 compound
         strikes NOUN 4 obj
         Friday PROPN 4 obl:unmarked
         . PUNCT 4 punct",
    );
    let got = events_of(&s);
    let e = got.iter().find(|e| e.codable()).unwrap_or_else(|| panic!("{got:?}"));
    assert_eq!((e.event_type, e.mode.as_deref()), (PloverType::Protest, Some("strike")));
    assert_eq!(codes(&e.roles.actor), vec!["CHN"]);
    // A strike with a target stays an attack.
    assert_eq!(coded("Israel launched strikes on Gaza.")[0].0, PloverType::Assault);
    assert_eq!(coded("An air strike killed five fighters.")[0].0, PloverType::Assault);
}

/// What a signed agreement ends is what was signed: a ceasefire agreement is a RETREAT.
#[test]
fn a_signed_ceasefire_agreement_is_a_retreat() {
    assert_eq!(sole_codable_type("Syria signed a ceasefire agreement with Turkey."), PloverType::Retreat);
    assert_eq!(coded("Syria signed a trade deal with Turkey.")[0].0, PloverType::Cooperate);
}

/// Approving a measure is taking it: the measure keeps its type and takes the approver.
#[test]
fn an_approved_measure_is_the_approvers() {
    let s = parsed(
        "France PROPN 2 nsubj
         approved VERB 0 root
         sanctions NOUN 2 obj
         on ADP 5 case
         Iran PROPN 3 nmod
         . PUNCT 2 punct",
    );
    let got = events_of(&s);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].event_type, PloverType::Sanction);
    assert_eq!((codes(&got[0].roles.actor), codes(&got[0].roles.recipient)), (vec!["FRA"], vec!["IRN"]));
    // Inside the object: "approved the transfer of aid to Kenya".
    let s = parsed(
        "Japan PROPN 2 nsubj
         approved VERB 0 root
         the DET 4 det
         transfer NOUN 2 obj
         of ADP 6 case
         aid NOUN 4 nmod
         to ADP 8 case
         Kenya PROPN 4 nmod
         . PUNCT 2 punct",
    );
    let got = events_of(&s);
    assert_eq!(got.iter().map(|e| (e.event_type, codes(&e.roles.actor))).collect::<Vec<_>>(), vec![(PloverType::Aid, vec!["JPN"])]);
    // Endorsing something that is no measure stays SUPPORT.
    assert_eq!(coded("France endorsed the peace plan.")[0].0, PloverType::Support);
}

#[test]
fn regretting_another_partys_act_is_disapproval() {
    assert_eq!(sole_codable_type("France regretted the decision."), PloverType::Accuse);
    assert_eq!(sole_codable_type("Germany regretted the move by Iran."), PloverType::Accuse);
    // Regret for one's own deeds stays a concession.
    assert_eq!(sole_codable_type("Britain expressed regret for the deaths."), PloverType::Concede);
}
