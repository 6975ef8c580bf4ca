//! Trigger finding on own example sentences (no tagger, no parser): every PLOVER type,
//! multi-word triggers, nouns, modes and scores.
mod common;

use common::plain;
use dyad_events::{Lexicon, PloverType, PloverType::*};

fn types(text: &str) -> Vec<(PloverType, Option<String>, String)> {
    let s = plain(text);
    view!(s, v);
    Lexicon::embedded().find_triggers(&v).into_iter().map(|t| (t.event_type, t.mode.clone(), s.words[t.tokens.clone()].join(" "))).collect()
}

fn has(text: &str, t: PloverType) {
    let got = types(text);
    assert!(got.iter().any(|(x, _, _)| *x == t), "{text:?}: expected {t}, got {got:?}");
}

#[test]
fn every_plover_type_has_an_example() {
    let cases: &[(&str, PloverType)] = &[
        ("The two governments agreed to cooperate on border security.", Agree),
        ("Kenya pledged to send peacekeepers next year.", Agree),
        ("The foreign ministers met in Nairobi on Tuesday.", Consult),
        ("The president will visit Brazil next month.", Consult),
        ("Both leaders held talks on trade.", Consult),
        ("The minister praised the new agreement.", Support),
        ("The two countries signed a trade agreement.", Support),
        ("The government pardoned forty political prisoners.", Concede),
        ("The junta eased restrictions on the press.", Concede),
        ("The navies held a joint exercise in the Gulf.", Cooperate),
        ("Police extradited the suspect to France.", Cooperate),
        ("Japan donated rice to the flood victims.", Aid),
        ("The agency delivered humanitarian aid to the camps.", Aid),
        ("The rebels released twelve hostages.", Retreat),
        ("Troops withdrew from the border town.", Retreat),
        ("The minister urged Iran to halt enrichment.", Request),
        ("The opposition called for early elections.", Request),
        ("The minister accused the army of torture.", Accuse),
        ("The UN launched an investigation into the killings.", Accuse),
        ("The council rejected the proposal.", Reject),
        ("The president vetoed the bill.", Reject),
        ("The general threatened to retaliate.", Threaten),
        ("He warned that any incursion would be punished.", Threaten),
        ("Thousands of teachers marched through the capital.", Protest),
        ("Dockworkers went on strike over pay.", Protest),
        ("Washington imposed sanctions on the bank.", Sanction),
        ("The government expelled two diplomats.", Sanction),
        ("The army deployed troops along the border.", Mobilize),
        ("The navy began manoeuvres near the strait.", Mobilize),
        ("Police arrested twenty activists.", Coerce),
        ("The authorities imposed a curfew on the city.", Coerce),
        ("Gunmen attacked a convoy near the town.", Assault),
        ("Artillery shelled the village overnight.", Assault),
        ("An air strike killed five fighters.", Assault),
    ];
    let mut seen = std::collections::HashSet::new();
    for (text, t) in cases {
        has(text, *t);
        seen.insert(*t);
    }
    assert_eq!(seen.len(), 16);
}

#[test]
fn multi_word_triggers_and_modes() {
    let got = types("The leaders held direct talks in Geneva.");
    assert_eq!(got[0].0, Consult);
    assert_eq!(got[0].2, "held direct talks");

    let got = types("Talks were held in Geneva.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, Consult);

    let got = types("The two presidents spoke in a phone call on Monday.");
    assert_eq!((got[0].0, got[0].1.as_deref()), (Consult, Some("phone")));

    let got = types("The minister called on the rebels to lay down their arms.");
    assert_eq!(got[0].0, Request);
    assert_eq!(got[0].2, "called on");
    assert!(got.iter().any(|(t, m, _)| *t == Retreat && m.as_deref() == Some("disarm")));

    let got = types("Rebels exchanged fire with soldiers.");
    assert_eq!((got[0].0, got[0].1.as_deref()), (Assault, Some("firearms")));

    let got = types("A car bomb exploded outside the ministry.");
    assert_eq!(got[0].2, "car bomb");

    // Noun triggers.
    has("The prime minister's visit to Tokyo ended on Friday.", Consult);
    // A cancelled meeting is a rejection (passive "visit … was cancelled").
    let got = types("The prime minister's visit to Tokyo was cancelled.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_deref()), (Reject, Some("meet")));
    has("New sanctions hit the oil sector.", Sanction);
    has("The manoeuvres lasted a week.", Mobilize);
    has("The maneuvers lasted a week.", Mobilize);
}

#[test]
fn blockers_and_non_events() {
    assert!(types("The ministry released a statement on Monday.").is_empty());
    assert!(types("He spoke at a press conference.").is_empty());
    assert!(types("The statement released by the embassy was short.").is_empty());
    assert!(types("The former minister pleaded guilty on Monday.").is_empty());
    assert!(types("In a press release on Monday, the ministry was brief.").is_empty());
    assert!(types("The weather was mild.").is_empty());
    // A strike by workers is a protest, not an attack.
    assert_eq!(types("Thousands of teachers are on strike.").first().map(|t| t.0), Some(Protest));
    // "meet demands" is a concession, not a meeting.
    let got = types("The government agreed to meet the demands of the strikers.");
    assert!(got.iter().any(|(t, _, _)| *t == Concede), "{got:?}");
    assert!(!got.iter().any(|(t, _, _)| *t == Consult), "{got:?}");
}

#[test]
fn scores_and_quads_follow_the_table() {
    let s = plain("Militants abducted three aid workers.");
    view!(s, v);
    let t = &Lexicon::embedded().find_triggers(&v)[0];
    assert_eq!((t.event_type, t.mode.as_deref(), t.quad), (Assault, Some("abduct"), 4));
    assert!((t.score - -8.5).abs() < 1e-6);

    let s = plain("The minister criticised the decision.");
    view!(s, v);
    let t = &Lexicon::embedded().find_triggers(&v)[0];
    assert_eq!((t.event_type, t.quad), (Accuse, 3));
    assert!((t.score - -2.0).abs() < 1e-6, "disapprove mode score");

    let s = plain("Kenya accused Uganda of espionage.");
    view!(s, v);
    let t = &Lexicon::embedded().find_triggers(&v)[0];
    assert!((t.score - -3.5).abs() < 1e-6, "allege mode score");
}

#[test]
fn tagged_pos_disambiguates_strike() {
    // verb "struck" = assault; noun "strike" inside "general strike" = protest.
    let s = common::parsed(
        "Missiles NOUN 2 nsubj
         struck VERB 0 root
         Kyiv PROPN 2 obj",
    );
    view!(s, v);
    assert_eq!(Lexicon::embedded().find_triggers(&v)[0].event_type, Assault);
    let s = common::parsed(
        "Unions NOUN 2 nsubj
         called VERB 0 root
         a DET 5 det
         general ADJ 5 amod
         strike NOUN 2 obj",
    );
    view!(s, v);
    let got = Lexicon::embedded().find_triggers(&v);
    assert!(got.iter().any(|t| t.event_type == Protest && t.mode.as_deref() == Some("strike")), "{got:?}");
}

#[test]
fn a_phrase_noun_deep_in_the_verbs_object_needs_the_parse() {
    // "Japan will provide 5,000 tons of emergency food aid.": too far apart for a gap.
    let s = common::parsed(
        "Japan PROPN 3 nsubj
         will AUX 3 aux
         provide VERB 0 root
         5,000 NUM 5 nummod
         tons NOUN 3 obj
         of ADP 9 case
         emergency NOUN 8 compound
         food NOUN 9 compound
         aid NOUN 5 nmod
         . PUNCT 3 punct",
    );
    view!(s, v);
    let found: Vec<(PloverType, Vec<usize>)> =
        Lexicon::embedded().find_triggers(&v).into_iter().map(|t| (t.event_type, t.matched.clone())).collect();
    assert!(found.contains(&(Aid, vec![2, 8])), "{found:?}");
    // Without the parse only the noun is found.
    let plain_found: Vec<Vec<usize>> = {
        let p = plain("Japan will provide 5,000 tons of emergency food aid.");
        view!(p, pv);
        Lexicon::embedded().find_triggers(&pv).into_iter().map(|t| t.matched.clone()).collect()
    };
    assert!(!plain_found.contains(&vec![2, 8]), "{plain_found:?}");
}

/// "agreed on Sunday to …": a date after a phrase's final preposition is not its object.
#[test]
fn a_date_is_not_what_a_phrase_preposition_takes() {
    let got = types("Sudan agreed on Sunday to talks.");
    assert!(got.iter().all(|(_, _, words)| words != "agreed on"), "{got:?}");
    assert!(types("Sudan agreed on a ceasefire.").iter().any(|(_, _, words)| words.starts_with("agreed on")));
}
