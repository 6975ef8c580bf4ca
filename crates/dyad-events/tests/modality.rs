//! Negation, hypothetical and future readings, with and without a parse.
mod common;

use common::{parsed, plain, Sent};
use dyad_events::{modality, recode_future, Lexicon, Modality, PloverType};

fn modal_of(s: &Sent, t: PloverType) -> (Modality, PloverType) {
    view!(s, v);
    let lex = Lexicon::embedded();
    let trig = lex.find_triggers(&v).into_iter().find(|x| x.event_type == t).unwrap_or_else(|| panic!("no {t} in {:?}", s.words));
    let m = modality(&v, &trig, lex);
    (m, recode_future(t, &m))
}

const PLAIN: Modality = Modality { negated: false, hypothetical: false, future: false };

#[test]
fn plain_past_events_are_real() {
    assert_eq!(modal_of(&plain("Russia attacked Ukraine."), PloverType::Assault).0, PLAIN);
    assert_eq!(modal_of(&plain("The envoy visited Cairo last week."), PloverType::Consult).0, PLAIN);
}

#[test]
fn negation_linear() {
    for text in [
        "The minister has not visited Beijing.",
        "Russia didn't attack the convoy.",
        "The army never shelled the town.",
        "The parties failed to sign the accord.",
        "No deal was reached.",
    ] {
        let s = plain(text);
        view!(s, v);
        let lex = Lexicon::embedded();
        let trig = &lex.find_triggers(&v)[0];
        assert!(modality(&v, trig, lex).negated, "{text}");
    }
}

#[test]
fn denial_negates_only_the_event_it_governs() {
    // Parse: denied -ccomp-> attacked.
    let s = parsed(
        "Russia PROPN 2 nsubj
         denied VERB 0 root
         that SCONJ 6 mark
         its PRON 5 nmod:poss
         forces NOUN 6 nsubj
         attacked VERB 2 ccomp
         Kyiv PROPN 6 obj
         . PUNCT 2 punct",
    );
    assert!(modal_of(&s, PloverType::Assault).0.negated);
    // The denial itself is a real event.
    assert!(!modal_of(&s, PloverType::Reject).0.negated);

    // "Ukraine said Russia attacked; Moscow denied it": the denial does not govern the attack.
    let s = parsed(
        "Ukraine PROPN 2 nsubj
         said VERB 0 root
         Russia PROPN 4 nsubj
         attacked VERB 2 ccomp
         Kyiv PROPN 4 obj
         ; PUNCT 8 punct
         Moscow PROPN 8 nsubj
         denied VERB 2 parataxis
         it PRON 8 obj
         . PUNCT 2 punct",
    );
    assert!(!modal_of(&s, PloverType::Assault).0.negated);
}

#[test]
fn future_cooperation_becomes_agree() {
    let (m, t) = modal_of(&plain("Germany will send aid to Ukraine."), PloverType::Aid);
    assert!(m.hypothetical && m.future && !m.negated);
    assert_eq!(t, PloverType::Agree);

    let (m, t) = modal_of(&plain("The president plans to visit India in May."), PloverType::Consult);
    assert!(m.future);
    assert_eq!(t, PloverType::Agree);

    let (_, t) = modal_of(&plain("Egypt offered to mediate between the parties."), PloverType::Consult);
    assert_eq!(t, PloverType::Agree);

    let (_, t) = modal_of(&plain("Japan is ready to send aid to the flood victims."), PloverType::Aid);
    assert_eq!(t, PloverType::Agree);
    // So is being ready for talks.
    let (_, t) = modal_of(&plain("Japan is ready for talks with Seoul."), PloverType::Consult);
    assert_eq!(t, PloverType::Agree);
    // "ready to help" is an AGREE trigger by itself, and not hypothetical.
    let (m, t) = modal_of(&plain("Japan is ready to help the flood victims."), PloverType::Agree);
    assert_eq!((m, t), (PLAIN, PloverType::Agree));

    // Future RETREAT -> CONCEDE (parse: agreed -xcomp-> withdraw).
    let s = parsed(
        "Turkey PROPN 2 nsubj
         agreed VERB 0 root
         to PART 4 mark
         withdraw VERB 2 xcomp
         its PRON 6 nmod:poss
         troops NOUN 4 obj
         . PUNCT 2 punct",
    );
    let (m, t) = modal_of(&s, PloverType::Retreat);
    assert!(m.future);
    assert_eq!(t, PloverType::Concede);
    // The agreement itself stays a plain AGREE.
    let (m, t) = modal_of(&s, PloverType::Agree);
    assert_eq!((m, t), (PLAIN, PloverType::Agree));
}

#[test]
fn conditional_modal_and_requested_events_are_hypothetical_not_future() {
    for (text, t) in [
        ("Israel could strike Iran.", PloverType::Assault),
        ("If Iran attacks, Israel will respond.", PloverType::Assault),
        ("The UN urged the rebels to release the hostages.", PloverType::Retreat),
    ] {
        let (m, recoded) = modal_of(&plain(text), t);
        assert!(m.hypothetical, "{text}: {m:?}");
        assert!(!m.future, "{text}: {m:?}");
        assert_eq!(recoded, t, "{text}");
    }
}

#[test]
fn negated_future_is_not_recoded() {
    let (m, t) = modal_of(&plain("Germany will not send aid to Ukraine."), PloverType::Aid);
    assert!(m.negated && m.future);
    assert_eq!(t, PloverType::Aid);
    // Announced force, repression, sanctions and protest are threats; other types keep theirs.
    let m = Modality { negated: false, hypothetical: true, future: true };
    assert_eq!(recode_future(PloverType::Assault, &m), PloverType::Threaten);
    assert_eq!(recode_future(PloverType::Sanction, &m), PloverType::Threaten);
    assert_eq!(recode_future(PloverType::Accuse, &m), PloverType::Accuse);
    assert_eq!(recode_future(PloverType::Mobilize, &m), PloverType::Mobilize);
    assert_eq!(recode_future(PloverType::Concede, &m), PloverType::Concede);
    assert_eq!(recode_future(PloverType::Cooperate, &m), PloverType::Agree);
    assert_eq!(recode_future(PloverType::Support, &m), PloverType::Agree);
}

/// An infinitive parsed as advcl ("vowed on Monday to end …") is still the promise's content;
/// a real adverbial clause ("If …") is not (see the conditional test above).
#[test]
fn infinitival_advcl_inherits_the_promise() {
    let s = parsed(
        "Turkey PROPN 2 nsubj
         vowed VERB 0 root
         on ADP 4 case
         Monday PROPN 2 obl
         to PART 6 mark
         end VERB 2 advcl
         the DET 8 det
         curfew NOUN 6 obj
         . PUNCT 2 punct",
    );
    let (m, _) = modal_of(&s, PloverType::Concede);
    assert!(m.future && m.hypothetical, "{m:?}");
}

#[test]
fn a_clause_completing_a_noun_takes_the_nouns_negation() {
    // Parse: was -nsubj-> question -acl-> withdrawing; "no" is the noun's determiner.
    let s = parsed(
        "Russia PROPN 2 nsubj
         said VERB 0 root
         there PRON 4 expl
         was VERB 2 ccomp
         no DET 6 det
         question NOUN 4 nsubj
         of SCONJ 8 mark
         withdrawing VERB 6 acl
         its PRON 10 nmod:poss
         troops NOUN 8 obj
         . PUNCT 2 punct",
    );
    assert!(modal_of(&s, PloverType::Retreat).0.negated);
    // Without "no" the withdrawal is not negated.
    let s = parsed(
        "Russia PROPN 2 nsubj
         raised VERB 0 root
         the DET 4 det
         question NOUN 2 obj
         of SCONJ 6 mark
         withdrawing VERB 4 acl
         its PRON 8 nmod:poss
         troops NOUN 6 obj
         . PUNCT 2 punct",
    );
    assert!(!modal_of(&s, PloverType::Retreat).0.negated);
}

#[test]
fn a_bare_verb_joined_to_an_infinitive_shares_its_governor() {
    // "Rebels planned to attack the palace and kill the president": the killing is planned too.
    let s = parsed(
        "Rebels NOUN 2 nsubj
         planned VERB 0 root
         to PART 4 mark
         attack VERB 2 xcomp
         the DET 6 det
         palace NOUN 4 obj
         and CCONJ 8 cc
         kill VERB 4 conj
         the DET 10 det
         president NOUN 8 obj
         . PUNCT 2 punct",
    );
    view!(s, v);
    let lex = Lexicon::embedded();
    let kill = lex.find_triggers(&v).into_iter().find(|x| s.words[x.head] == "kill").expect("kill");
    assert!(modality(&v, &kill, lex).hypothetical);
    // A past verb joined to it is the planner's own act: "vowed to defend X and accused Y".
    let s = parsed(
        "Rebels NOUN 2 nsubj
         vowed VERB 0 root
         to PART 4 mark
         defend VERB 2 xcomp
         the DET 6 det
         town NOUN 4 obj
         and CCONJ 8 cc
         accused VERB 4 conj
         Russia PROPN 8 obj
         . PUNCT 2 punct",
    );
    view!(s, v);
    let accused = lex.find_triggers(&v).into_iter().find(|x| s.words[x.head] == "accused").expect("accused");
    assert_eq!(modality(&v, &accused, lex), PLAIN);
}
