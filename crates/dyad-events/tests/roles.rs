//! Role assignment: parse-based (hand-written UD parses of own sentences) and the
//! linear fallback.
mod common;

use common::{codes, mentions, parsed, plain, Sent};
use dyad_events::{assign_roles, Lexicon, PloverType, Roles};

/// Roles of the first trigger of type `t`, as actor codes.
fn roles_of(s: &Sent, t: PloverType) -> (Vec<&'static str>, Vec<&'static str>, Option<&'static str>) {
    view!(s, v);
    let trig = Lexicon::embedded()
        .find_triggers(&v)
        .into_iter()
        .find(|x| x.event_type == t)
        .unwrap_or_else(|| panic!("no {t} trigger in {:?}", s.words));
    let Roles { actor, recipient, location } = assign_roles(&v, &trig, &mentions(&s.words));
    (codes(&actor), codes(&recipient), location.map(common::code))
}

#[test]
fn active_subject_and_object() {
    let s = parsed(
        "France PROPN 2 nsubj
         condemned VERB 0 root
         Iran PROPN 2 obj
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Accuse), (vec!["FRA"], vec!["IRN"], None));
}

#[test]
fn passive_with_by_agent_swaps() {
    let s = parsed(
        "Iran PROPN 3 nsubj:pass
         was AUX 3 aux:pass
         condemned VERB 0 root
         by ADP 5 case
         France PROPN 3 obl:agent
         . PUNCT 3 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Accuse), (vec!["FRA"], vec!["IRN"], None));
    // Same without a parse.
    let s = plain("Iran was condemned by France.");
    assert_eq!(roles_of(&s, PloverType::Accuse), (vec!["FRA"], vec!["IRN"], None));
}

#[test]
fn a_passive_subject_beside_an_active_one_is_no_recipient() {
    // A misparse seen in practice: the title noun of the subject as a passive subject.
    let s = parsed(
        "NATO PROPN 2 compound
         ally NOUN 4 nsubj:pass
         Britain PROPN 4 nsubj
         condemned VERB 0 root
         Iran PROPN 4 obj
         . PUNCT 4 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Accuse), (vec!["GBR"], vec!["IRN"], None));
}

#[test]
fn possessive_visit_and_destination() {
    let s = parsed(
        "China PROPN 3 nmod:poss
         's PART 1 case
         visit NOUN 7 nsubj
         to ADP 5 case
         Kenya PROPN 3 nmod
         was AUX 7 cop
         brief ADJ 0 root
         . PUNCT 7 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Consult), (vec!["CHN"], vec!["KEN"], None));

    // The parser hangs "to Kenya" on the verb, not on the visit: the state right after the
    // visit's "to" is still its host.
    let s = parsed(
        "China PROPN 2 nsubj
         ended VERB 0 root
         its PRON 4 nmod:poss
         visit NOUN 2 obj
         to ADP 6 case
         Kenya PROPN 2 obl
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Consult).1, vec!["KEN"]);
}

#[test]
fn reciprocal_talks_put_everyone_in_actor() {
    let s = parsed(
        "Russia PROPN 2 nsubj
         held VERB 0 root
         talks NOUN 2 obj
         with ADP 5 case
         China PROPN 3 nmod
         in ADP 7 case
         Geneva PROPN 2 obl
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Consult), (vec!["RUS", "CHN"], vec![], Some("CHE")));

    let s = parsed(
        "Israel PROPN 4 nsubj
         and CCONJ 3 cc
         Egypt PROPN 1 conj
         met VERB 0 root
         in ADP 6 case
         Paris PROPN 4 obl
         . PUNCT 4 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Consult), (vec!["ISR", "EGY"], vec![], Some("FRA")));

    // No parse: "talks between X and Y".
    let s = plain("Talks between India and Pakistan resumed in London.");
    assert_eq!(roles_of(&s, PloverType::Consult), (vec!["IND", "PAK"], vec![], Some("GBR")));
}

#[test]
fn conjoined_objects_and_light_verb_nouns() {
    let s = parsed(
        "Washington PROPN 2 nsubj
         sanctioned VERB 0 root
         Iran PROPN 2 obj
         and CCONJ 5 cc
         Syria PROPN 3 conj
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Sanction), (vec!["USA"], vec!["IRN", "SYR"], None));

    // "launched an attack on X": the noun borrows the light verb's subject.
    let s = parsed(
        "Russia PROPN 2 nsubj
         launched VERB 0 root
         an DET 4 det
         attack NOUN 2 obj
         on ADP 6 case
         Ukraine PROPN 4 nmod
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Assault), (vec!["RUS"], vec!["UKR"], None));

    // "concluded an exercise": what one completes, one has done.
    let s = parsed(
        "Egypt PROPN 2 nsubj
         concluded VERB 0 root
         an DET 5 det
         naval ADJ 5 amod
         exercise NOUN 2 obj
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Mobilize).0, vec!["EGY"]);

    // "foiled a plot to attack X": the foiler attacks no one.
    let s = parsed(
        "Egypt PROPN 2 nsubj
         foiled VERB 0 root
         a DET 4 det
         plot NOUN 2 obj
         to PART 6 mark
         attack VERB 2 xcomp
         Israel PROPN 6 obj
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Assault), (vec![], vec!["ISR"], None));

    // "ready for talks with X": the one ready offers them; "prepared for attacks" braces for them.
    let s = parsed(
        "Egypt PROPN 3 nsubj
         is AUX 3 cop
         ready ADJ 0 root
         for ADP 5 case
         talks NOUN 3 obl
         with ADP 7 case
         Israel PROPN 5 nmod
         . PUNCT 3 punct",
    );
    assert!(roles_of(&s, PloverType::Consult).0.contains(&"EGY"));
    let s = parsed(
        "Egypt PROPN 3 nsubj
         is AUX 3 cop
         prepared ADJ 0 root
         for ADP 5 case
         attacks NOUN 3 obl
         by ADP 7 case
         Israel PROPN 5 nmod
         . PUNCT 3 punct",
    );
    assert!(!roles_of(&s, PloverType::Assault).0.contains(&"EGY"));

    // "condemned the attack": the condemner is not the attacker.
    let s = parsed(
        "France PROPN 2 nsubj
         condemned VERB 0 root
         the DET 4 det
         attack NOUN 2 obj
         on ADP 6 case
         Israel PROPN 4 nmod
         . PUNCT 2 punct",
    );
    let (a, r, _) = roles_of(&s, PloverType::Assault);
    assert!(!a.contains(&"FRA"), "{a:?}");
    assert_eq!(r, vec!["ISR"]);
}

#[test]
fn controlled_subject_of_xcomp() {
    let s = parsed(
        "Turkey PROPN 2 nsubj
         agreed VERB 0 root
         to PART 4 mark
         withdraw VERB 2 xcomp
         from ADP 6 case
         Syria PROPN 4 obl
         . PUNCT 2 punct",
    );
    let (a, _, _) = roles_of(&s, PloverType::Retreat);
    assert_eq!(a, vec!["TUR"]);
}

#[test]
fn linear_fallback_nearest_left_and_right() {
    let s = plain("Israeli jets bombed Syria on Sunday.");
    assert_eq!(roles_of(&s, PloverType::Assault), (vec!["ISR"], vec!["SYR"], None));
    let s = plain("Protesters marched in Nairobi.");
    assert_eq!(roles_of(&s, PloverType::Protest), (vec![], vec![], Some("KEN")));
    // Clause boundary: "said" separates the speaker from the event.
    let s = plain("Ukraine said Russia shelled Kyiv.");
    let (a, r, _) = roles_of(&s, PloverType::Assault);
    assert_eq!(a, vec!["RUS"]);
    assert_eq!(r, vec!["UKR"]);
}

#[test]
fn inconsistent_parse_falls_back_to_linear() {
    // Heads out of range and a cycle: ignored.
    let mut s = plain("France condemned Iran.");
    s.upos = vec!["PROPN".into(), "VERB".into(), "PROPN".into(), "PUNCT".into()];
    s.heads = vec![9, 0, 2, 2];
    s.deprels = vec!["nsubj".into(), "root".into(), "obj".into(), "punct".into()];
    assert_eq!(roles_of(&s, PloverType::Accuse), (vec!["FRA"], vec!["IRN"], None));
    s.heads = vec![3, 3, 1, 2];
    assert_eq!(roles_of(&s, PloverType::Accuse), (vec!["FRA"], vec!["IRN"], None));
}

#[test]
fn target_inside_the_complement_when_structure_names_none() {
    // "Britain promised to continue military aid to Kenya."
    let s = parsed(
        "Britain PROPN 2 nsubj
         promised VERB 0 root
         to PART 4 mark
         continue VERB 2 xcomp
         military ADJ 6 amod
         aid NOUN 4 obj
         to ADP 8 case
         Kenya PROPN 6 nmod
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Agree), (vec!["GBR"], vec!["KEN"], None));
}

#[test]
fn target_rule_skips_the_actors_own_phrase_and_words_before_the_trigger() {
    // "the visit of Russian Deputy Minister X": Russia belongs to the visitor.
    let s = parsed(
        "the DET 2 det
         visit NOUN 0 root
         of ADP 6 case
         Russian ADJ 6 amod
         minister NOUN 6 compound
         Sokolov PROPN 2 nmod
         . PUNCT 2 punct",
    );
    let (_, recipient, _) = roles_of(&s, PloverType::Consult);
    assert!(recipient.is_empty(), "{recipient:?}");
    // A misattached word before the verb is no target: "UN chief X called on both sides".
    let s = parsed(
        "UN PROPN 2 compound
         chief NOUN 4 obl
         Lavrov PROPN 4 nsubj
         urged VERB 0 root
         both DET 6 det
         sides NOUN 4 obj
         . PUNCT 4 punct",
    );
    let (_, recipient, _) = roles_of(&s, PloverType::Request);
    assert!(recipient.is_empty(), "{recipient:?}");
}

#[test]
fn target_rule_enters_clauses_and_possessors_below_the_trigger() {
    // "France demanded that Iran halt the programme.": the complement's subject is the target.
    let s = parsed(
        "France PROPN 2 nsubj
         demanded VERB 0 root
         that SCONJ 5 mark
         Iran PROPN 5 nsubj
         halt VERB 2 ccomp
         the DET 7 det
         programme NOUN 5 obj
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Request), (vec!["FRA"], vec!["IRN"], None));
    // "Germany rejected Russia's proposal.": the possessor of the object is the target …
    let s = parsed(
        "Germany PROPN 2 nsubj
         rejected VERB 0 root
         Russia PROPN 5 nmod:poss
         's PART 3 case
         proposal NOUN 2 obj
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Reject), (vec!["DEU"], vec!["RUS"], None));
    // … but the trigger's own possessor is its actor's side: "Russia's rejection of …".
    let s = parsed(
        "Russia PROPN 3 nmod:poss
         's PART 1 case
         rejection NOUN 0 root
         . PUNCT 3 punct",
    );
    let (_, recipient, _) = roles_of(&s, PloverType::Reject);
    assert!(recipient.is_empty(), "{recipient:?}");
}

#[test]
fn a_denial_is_not_aimed_at_the_subject_of_what_it_denies() {
    // "Russia denied that Ukrainian forces shelled the plant."
    let s = parsed(
        "Russia PROPN 2 nsubj
         denied VERB 0 root
         that SCONJ 6 mark
         Ukrainian ADJ 5 amod
         forces NOUN 6 nsubj
         shelled VERB 2 ccomp
         the DET 8 det
         plant NOUN 6 obj
         . PUNCT 2 punct",
    );
    let (actor, recipient, _) = roles_of(&s, PloverType::Reject);
    assert_eq!((actor, recipient), (vec!["RUS"], vec![]));
}

#[test]
fn a_clause_opened_by_the_triggers_own_to_is_its_content() {
    // "Iran threatened to cut ties with France." with the infinitive misparsed as advcl.
    let s = parsed(
        "Iran PROPN 2 nsubj
         threatened VERB 0 root
         to PART 4 mark
         cut VERB 2 advcl
         ties NOUN 4 obj
         with ADP 7 case
         France PROPN 4 obl
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Threaten), (vec!["IRN"], vec!["FRA"], None));
}

#[test]
fn a_state_after_to_is_no_party_of_a_meeting() {
    // "Lavrov met Sokolov after a trip to Turkey." with "to Turkey" misattached to "met".
    let s = parsed(
        "Lavrov PROPN 2 nsubj
         met VERB 0 root
         Sokolov PROPN 2 obj
         after ADP 6 case
         a DET 6 det
         trip NOUN 2 obl
         to ADP 8 case
         Turkey PROPN 2 obl
         . PUNCT 2 punct",
    );
    let (actor, recipient, _) = roles_of(&s, PloverType::Consult);
    assert_eq!((actor, recipient), (vec!["LAV", "SOK"], vec![]));
}

#[test]
fn a_passive_verb_joined_to_an_active_one_has_no_borrowed_agent() {
    // "Lavrov spoke, and a deal will be agreed with Kenya."
    let s = parsed(
        "Lavrov PROPN 2 nsubj
         spoke VERB 0 root
         , PUNCT 9 punct
         and CCONJ 9 cc
         a DET 6 det
         deal NOUN 9 nsubj:pass
         will AUX 9 aux
         be AUX 9 aux:pass
         agreed VERB 2 conj
         with ADP 11 case
         Kenya PROPN 9 obl
         . PUNCT 2 punct",
    );
    let (actor, _, _) = roles_of(&s, PloverType::Agree);
    assert!(!actor.contains(&"LAV"), "{actor:?}");
}

#[test]
fn by_after_an_active_verb_is_no_agent() {
    // "Kenya condemned the violence by police." with "by police" misattached to the verb.
    let s = parsed(
        "Kenya PROPN 2 nsubj
         condemned VERB 0 root
         the DET 4 det
         violence NOUN 2 obj
         by ADP 6 case
         police NOUN 2 obl
         . PUNCT 2 punct",
    );
    let (actor, _, _) = roles_of(&s, PloverType::Accuse);
    assert_eq!(actor, vec!["KEN"]);
}

#[test]
fn subjectless_adverbial_clause_is_done_by_the_main_subject_but_a_reason_by_the_object() {
    // "Having accused Russia of aggression, Ukraine asked NATO for help."
    let s = parsed(
        "Having AUX 2 aux
         accused VERB 8 advcl
         Russia PROPN 2 obj
         of ADP 5 case
         aggression NOUN 2 obl
         , PUNCT 2 punct
         Ukraine PROPN 8 nsubj
         asked VERB 0 root
         NATO PROPN 8 obj
         for ADP 11 case
         help NOUN 8 obl
         . PUNCT 8 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Accuse), (vec!["UKR"], vec!["RUS"], None));
    // "Ukraine accused Russia of shelling the plant.": the shelling is Russia's.
    let s = parsed(
        "Ukraine PROPN 2 nsubj
         accused VERB 0 root
         Russia PROPN 2 obj
         of SCONJ 5 mark
         shelling VERB 2 advcl
         the DET 7 det
         plant NOUN 5 obj
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Assault).0, vec!["RUS"]);
}

#[test]
fn a_place_describing_the_subject_is_not_its_actor() {
    // "The small Balkan nation of Serbia condemned Russia."
    let s = parsed(
        "The DET 4 det
         small ADJ 4 amod
         Balkan ADJ 4 amod
         nation NOUN 7 nsubj
         of ADP 6 case
         Serbia PROPN 4 nmod
         condemned VERB 0 root
         Russia PROPN 7 obj
         . PUNCT 7 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Accuse), (vec!["SRB"], vec!["RUS"], None));
}

#[test]
fn a_relative_clause_about_a_noun_holds_no_target() {
    // "which replaced Germany" (misattached to the trigger) says something about France.
    let s = parsed(
        "The DET 2 det
         arrival NOUN 0 root
         of ADP 4 case
         France PROPN 2 nmod
         , PUNCT 7 punct
         which PRON 7 nsubj
         replaced VERB 2 acl:relcl
         Germany PROPN 7 obj
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Consult), (vec!["FRA"], vec![], None));
    // A relative clause with its own subject still describes the event itself.
    let s = parsed(
        "manoeuvres NOUN 0 root
         in ADP 3 case
         which PRON 5 obl
         France PROPN 5 nsubj
         participated VERB 1 acl:relcl
         over ADP 7 case
         Egypt PROPN 5 obl
         . PUNCT 1 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Mobilize), (vec!["FRA"], vec!["EGY"], None));
}

#[test]
fn the_object_of_the_verb_above_does_what_it_is_asked() {
    let s = parsed(
        "Egypt PROPN 2 nsubj
         invited VERB 0 root
         Turkey PROPN 2 obj
         to PART 5 mark
         visit VERB 2 xcomp
         Cairo PROPN 5 obj
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Consult), (vec!["TUR"], vec![], None));
    // Without an object the subject above still does it ("agreed to visit").
    let s = parsed(
        "Turkey PROPN 2 nsubj
         agreed VERB 0 root
         to PART 4 mark
         visit VERB 2 xcomp
         Egypt PROPN 4 obj
         . PUNCT 2 punct",
    );
    assert_eq!(roles_of(&s, PloverType::Consult), (vec!["TUR"], vec!["EGY"], None));
}

#[test]
fn a_relative_clause_trigger_takes_no_actor_from_outside() {
    // "Britain will punish any company that helps Iran obtain weapons": not Britain's help.
    let s = parsed(
        "Britain PROPN 3 nsubj
         will AUX 3 aux
         punish VERB 0 root
         any DET 5 det
         company NOUN 3 obj
         that PRON 7 nsubj
         helps VERB 5 acl:relcl
         Iran PROPN 9 nsubj
         obtain VERB 7 ccomp
         weapons NOUN 9 obj
         . PUNCT 3 punct",
    );
    let (actor, _, _) = roles_of(&s, PloverType::Aid);
    assert!(actor.is_empty(), "{actor:?}");
}

#[test]
fn a_title_word_stands_for_the_person_named_after_it() {
    // "Russian President Sokolov and Iranian President Lavrov signed", the second name misattached.
    let s = parsed(
        "Russian ADJ 2 amod
         President NOUN 3 nmod:desc
         Sokolov PROPN 8 nsubj
         and CCONJ 6 cc
         Iranian ADJ 6 amod
         President PROPN 3 conj
         Lavrov PROPN 3 nmod
         signed VERB 0 root
         a DET 10 det
         treaty NOUN 8 obj
         . PUNCT 8 punct",
    );
    let (mut actor, _, _) = roles_of(&s, PloverType::Support);
    actor.sort_unstable();
    assert_eq!(actor, vec!["LAV", "SOK"]);
}
