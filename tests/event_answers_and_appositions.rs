//! Event coding on our own sentences, continued from `event_rules.rs`: answers made with a
//! measure, participles and appositions the parser misreads, and trade measures.

mod common;
use common::*;

#[test]
fn a_participle_after_its_clause_is_done_by_the_clause_subject() {
    let evs = coded("Germany ordered three Iranian diplomats to leave, accusing them of spying on dissidents.");
    assert!(evs.contains(&"ACCUSE Germany -> Iran".to_string()), "{evs:?}");
}

#[test]
fn a_verb_after_an_apposition_belongs_to_the_name_before_it() {
    // Parsed as a conjunct of "power", with Spain as the subject of the later clause.
    let evs = coded(
        "Spain, the former colonial power, urged the generals to hold elections, while the African Union Commission chairman Moussa Faki called for calm.",
    );
    assert!(evs.iter().any(|e| e.starts_with("REQUEST Spain ->")), "{evs:?}");
    assert!(evs.iter().any(|e| e.starts_with("REQUEST Moussa Faki ->")), "{evs:?}");
    assert!(!evs.iter().any(|e| e.contains("Spain+") || e.contains("+Spain")), "{evs:?}");
    // A participle opening the apposition, and a root read inside it.
    let joined = coded("In his speech, Macron, joined by German Chancellor Olaf Scholz, called on Russia to withdraw.");
    assert!(joined.iter().any(|e| e.starts_with("REQUEST Macron -> Russia")), "{joined:?}");
}

#[test]
fn an_answer_made_with_a_measure_is_that_measure() {
    assert_eq!(coded("Japan retaliated with tariffs on U.S. beef."), vec!["SANCTION Japan -> United States"]);
    // As possible as the answer.
    assert_eq!(coded("South Korea may retaliate with tariffs on U.S. beef."), vec!["SANCTION South Korea -> United States ?"]);
    // An answer with no measure named is still coded.
    assert!(coded("Japan retaliated against the United States.").iter().all(|e| !e.starts_with("SANCTION")));
}

#[test]
fn tariffs_cut_trade_relations() {
    assert_eq!(coded("Ottawa imposed tariffs on American steel on Friday."), vec!["SANCTION Canada -> United States"]);
}

#[test]
fn aides_are_people_not_aid_and_a_cut_received_is_no_visit() {
    assert_eq!(coded("Lula went into hiding, his aides said."), Vec::<String>::new());
    assert_eq!(coded("The Kenyan farmers received a cut in tariffs."), Vec::<String>::new());
}

#[test]
fn a_gerund_completing_a_conditional_verb_is_conditional_too() {
    let evs = coded("If Beijing insists on waging a trade war, Washington will fight it to the end.");
    assert!(evs.iter().any(|e| e.starts_with("ASSAULT China") && e.ends_with('?')), "{evs:?}");
    // A means is as real as what it served: "tried to restore order by firing".
    let means = coded("The police tried to disperse the crowd by firing tear gas at the protesters.");
    assert!(means.iter().any(|e| e.starts_with("ASSAULT") && !e.ends_with('?')), "{means:?}");
}

#[test]
fn open_to_talks_is_an_offer() {
    assert_eq!(coded("Caracas was open to talks with Bogota."), vec!["AGREE Venezuela+Colombia ->  ?"]);
}

#[test]
fn what_a_measure_targets_is_no_attack() {
    let evs = coded("The European Union adopted sanctions targeting Russia's shadow fleet.");
    assert!(!evs.iter().any(|e| e.starts_with("ASSAULT")), "{evs:?}");
    // A force that targets still attacks.
    let strike = coded("Israeli jets targeting Hezbollah struck southern Lebanon.");
    assert!(strike.iter().any(|e| e.starts_with("ASSAULT")), "{strike:?}");
}

#[test]
fn a_name_apposed_to_the_subject_noun_does_the_verb_after_it() {
    let evs = coded("For his part, the Qatari ambassador to Sudan, Ali Hassan Jaber, welcomed the truce.");
    assert!(evs.iter().any(|e| e.starts_with("SUPPORT Ali Hassan Jaber ->")), "{evs:?}");
    assert!(!evs.iter().any(|e| e.contains("Sudan+") || e.contains("+Sudan")), "{evs:?}");
    // Not a passive participle after the name.
    let backed = coded("Under pressure from its neighbours, Gambia, backed by Senegal, broke with the former ruler.");
    assert!(!backed.iter().any(|e| e.starts_with("SUPPORT Gambia")), "{backed:?}");
}

#[test]
fn a_title_read_as_a_verb_before_a_name_is_a_noun() {
    // The tagger made "envoy" the sentence's verb and the envoy's warning the UN's.
    let evs = coded("UN envoy Ian Martin described the deal as a first step, but warned that violators would face sanctions.");
    assert!(evs.iter().any(|e| e.starts_with("THREATEN Ian Martin")), "{evs:?}");
}

#[test]
fn a_headline_verb_in_the_base_form_after_a_plural_subject_is_coded() {
    // "free" read as an adjective.
    let doc = extract_text("Rebels and militias free hundreds of prisoners in swap\n\nThe exchange took place on Sunday.", None);
    assert!(doc.events.iter().any(|e| e.event_type == "RETREAT" && e.trigger.as_deref() == Some("free")), "{:?}", doc.events);
}

#[test]
fn a_by_phrase_after_another_verb_is_no_agent_of_the_passive() {
    let evs = coded("The exchange was agreed last month in talks in Muscat mediated by the Sultanate of Oman.");
    assert!(!evs.iter().any(|e| e.starts_with("AGREE Oman")), "{evs:?}");
    // A verb joined to the passive shares its agent.
    let evs = coded("The agreement was negotiated and signed by Albania and Greece.");
    assert!(evs.iter().any(|e| e.contains("Albania")), "{evs:?}");
}

#[test]
fn the_two_or_three_counted_are_the_last_named_before() {
    let evs =
        coded("Seoul was analysing the data with Washington and Tokyo. The three countries held a trilateral phone call later in the day.");
    assert!(
        evs.iter().any(|e| e.starts_with("CONSULT") && e.contains("South Korea") && e.contains("United States") && e.contains("Japan")),
        "{evs:?}"
    );
    let evs = coded("Lula met Emmanuel Macron in Brasilia on Monday. The two leaders agreed to expand trade.");
    assert!(evs.iter().any(|e| e.starts_with("AGREE") && e.contains("Lula") && e.contains("Emmanuel Macron")), "{evs:?}");
    // One person named twice is one party.
    let evs = coded("Enrique Pena Nieto spoke with Justin Trudeau. Pena Nieto said the two leaders agreed to meet again.");
    assert!(evs.iter().all(|e| !e.contains("Pena Nieto+Enrique") && !e.contains("Nieto+Pena")), "{evs:?}");
}

#[test]
fn a_meeting_a_clause_happens_in_has_the_subject_among_its_parties() {
    let evs = coded("Turkish Foreign Minister Hakan Fidan said during a phone call with his Iranian counterpart Abbas Araghchi that Ankara backed the talks.");
    assert!(evs.iter().any(|e| e.starts_with("CONSULT") && e.contains("Hakan Fidan") && e.contains("Abbas Araghchi")), "{evs:?}");
}

#[test]
fn a_title_before_a_possessor_stands_for_the_person_apposed_after() {
    let evs = coded(
        "North Korean leader Kim Jong Un's sister, Kim Yo Jong, warned that the allies would pay a heavy price for the joint exercises.",
    );
    assert!(evs.iter().any(|e| e.starts_with("THREATEN Kim Yo Jong")), "{evs:?}");
}

#[test]
fn a_warning_about_the_state_of_an_event_threatens_nothing() {
    let evs = coded("The UN envoy welcomed the swap but warned that the truce remains fragile.");
    assert!(!evs.iter().any(|e| e.starts_with("THREATEN")), "{evs:?}");
    let evs = coded("The NATO chief praised the accord but warned that the agreement was not yet binding.");
    assert!(!evs.iter().any(|e| e.starts_with("THREATEN")), "{evs:?}");
    // A warning that an act goes on still threatens.
    let evs = coded("Hamas warned that attacks on Israeli forces would continue.");
    assert!(evs.iter().any(|e| e.starts_with("THREATEN Hamas")), "{evs:?}");
}

#[test]
fn a_report_set_off_by_commas_is_no_relative_clause() {
    // "…, state television reported, blaming X": the blame is the broadcaster's, not the victims'.
    let evs = coded("A missile strike killed four firefighters and two medics, state television reported, blaming the insurgents.");
    assert!(!evs.iter().any(|e| e.starts_with("ACCUSE firefighters") || e.starts_with("ACCUSE medics")), "{evs:?}");
}

#[test]
fn a_present_participle_before_a_noun_is_no_act() {
    let evs = coded("Government troops cleared the airport and surrounding villages of rebel fighters.");
    assert!(!evs.iter().any(|e| e.starts_with("ASSAULT")), "{evs:?}");
    let evs = coded("The rebels declared a truce in the town and surrounding districts.");
    assert!(!evs.iter().any(|e| e.starts_with("ASSAULT")), "{evs:?}");
    // A participle joined to another keeps its act.
    let evs = coded("The rebels were accused of ambushing and killing a Peruvian diplomat.");
    assert!(evs.iter().any(|e| e.starts_with("ASSAULT")), "{evs:?}");
}

#[test]
fn neutralised_attackers_were_killed() {
    assert_eq!(coded("Police neutralised three gunmen near the embassy."), vec!["ASSAULT police -> gunmen"]);
}

#[test]
fn leaders_witnessing_a_signing_are_its_parties() {
    let evs = coded("Lula and Modi witnessed the signing of six cooperation agreements in Brasilia.");
    assert!(evs.contains(&"SUPPORT Lula+Modi -> ".to_string()), "{evs:?}");
}

#[test]
fn two_titled_names_joined_by_and_are_one_subject() {
    // Parsed with the first name hung on the verb and the second alone as its subject.
    let evs =
        coded("Indian Prime Minister Narendra Modi and top diplomat Subrahmanyam Jaishankar also met with Wang Yi in Delhi on Monday.");
    assert!(evs.iter().any(|e| e.starts_with("CONSULT Narendra Modi+Subrahmanyam Jaishankar+Wang Yi")), "{evs:?}");
}

#[test]
fn a_conjunct_shares_a_subject_misread_as_passive() {
    // "soldiers" parsed as the passive subject of "had cleaned", with no passive auxiliary.
    let evs = coded(
        "The spokesman said soldiers had \"completely cleaned\" the airport of Wagner fighters and seized large quantities of rifles.",
    );
    assert!(evs.iter().any(|e| e.starts_with("COERCE soldiers")), "{evs:?}");
}

#[test]
fn a_name_and_speech_verb_ending_the_sentence_are_no_part_of_the_report() {
    // "…, injuring four people, provincial governor X wrote.": the governor is not among the hurt.
    let evs = coded("A rocket hit a market in the city of Dnipro, injuring four people, provincial governor Serhiy Lysak wrote.");
    assert!(evs.iter().any(|e| e.starts_with("ASSAULT")), "{evs:?}");
    assert!(!evs.iter().any(|e| e.contains("Serhiy Lysak")), "{evs:?}");
}

#[test]
fn talks_with_his_counterpart_are_his_too() {
    let evs = coded("Pakistani Foreign Minister Ishaq Dar spoke to reporters after talks with his Afghan counterpart Zabihullah Karimi.");
    assert!(evs.iter().any(|e| e.starts_with("CONSULT") && e.contains("Ishaq Dar") && e.contains("Zabihullah Karimi")), "{evs:?}");
    let evs =
        coded("Foreign Minister Ishaq Dar will fly to Kabul on Monday for consultations with his Afghan counterpart Zabihullah Karimi.");
    // (Consultations a coming journey is for are themselves to come: a future meeting is AGREE.)
    assert!(
        evs.iter().any(|e| e.starts_with("AGREE") && e.contains("Ishaq Dar") && e.contains("Zabihullah Karimi") && e.ends_with(" ?")),
        "{evs:?}"
    );
}

#[test]
fn an_infinitive_on_a_noun_of_intent_is_the_act_of_whoever_has_it() {
    // The plan's holder, not only the one met.
    let evs = coded("President Gustavo Petro announced plans to meet Venezuelan officials.");
    assert!(evs.iter().any(|e| e.contains(" Gustavo Petro+Venezuela ->")), "{evs:?}");
    // The possessor or the agent of the plan.
    let evs = coded("Ethiopia's decision to expel Somali diplomats angered Mogadishu.");
    assert!(evs.iter().any(|e| e.starts_with("SANCTION Ethiopia -> Somalia")), "{evs:?}");
    let evs = coded("Germany backed a plan by Poland to ease restrictions on Ukrainian grain.");
    assert!(evs.iter().any(|e| e.starts_with("CONCEDE Poland")), "{evs:?}");
}

#[test]
fn the_reporter_of_a_relative_clause_is_neither_doer_nor_target() {
    // "strikes … that it said killed four civilians": the strikes killed, not the reporter.
    let evs = coded("Syria condemned Israeli raids on the outskirts of the Damascus region that it said killed three soldiers.");
    assert!(!evs.iter().any(|e| e.starts_with("ASSAULT Syria")), "{evs:?}");
    // "bombed a school which Hamas said housed …": Hamas is the source, not the target.
    let evs = coded("Israeli jets bombed a school which Hamas said housed displaced families.");
    assert!(!evs.iter().any(|e| e.contains("-> Hamas")), "{evs:?}");
}

#[test]
fn the_ministry_is_the_state_whose_ministry_it_was() {
    let evs = coded("Jordan's foreign ministry summoned the Israeli envoy. The ministry demanded that Israel halt the raids.");
    assert!(evs.iter().any(|e| e == "REQUEST Jordan -> Israel"), "{evs:?}");
}

#[test]
fn a_past_verb_joined_to_an_infinitive_is_the_governors_next_act() {
    let evs = coded("Foreign Minister Ana Lopez urged donors to step up funding and condemned Nicaragua.");
    assert!(evs.iter().any(|e| e == "ACCUSE Ana Lopez -> Nicaragua"), "{evs:?}");
}

#[test]
fn whom_a_march_stands_with_is_not_its_target() {
    let evs = coded("Thousands of people marched through Bamako in support of the junta on Sunday.");
    assert!(!evs.iter().any(|e| e.contains("-> junta")), "{evs:?}");
}

#[test]
fn a_passive_with_its_agent_joined_to_a_clause_was_done_to_its_subject() {
    let evs = coded("Students gathered outside the parliament but were dispersed by police.");
    assert!(evs.iter().any(|e| e == "ASSAULT police -> students"), "{evs:?}");
}

#[test]
fn regretting_anothers_measure_is_disapproval() {
    let evs = coded("Chile's foreign ministry regretted the measure and recalled its ambassador.");
    assert!(evs.iter().any(|e| e.starts_with("ACCUSE Chile")), "{evs:?}");
    assert!(!evs.iter().any(|e| e.starts_with("CONCEDE")), "{evs:?}");
}

#[test]
fn a_prevented_act_did_not_happen_but_what_prevents_did() {
    let doc = extract_text("Coast guard vessels prevented Iran from seizing two tankers off the coast of Oman.", None);
    let seizure = doc.events.iter().find(|e| e.event_type == "COERCE").expect("the seizure");
    assert!(seizure.negated, "{:?}", doc.events);
    assert!(seizure.recipient.iter().all(|r| name_of(&doc, r) != "Oman"), "{:?}", doc.events);
    // An agreement that would prevent fighting is no negated agreement.
    let evs = coded("Analysts said the Minsk agreement would prevent new fighting.");
    assert!(evs.iter().any(|e| e.starts_with("AGREE Belarus")), "{evs:?}");
}

#[test]
fn a_long_closing_attribution_names_no_party() {
    // Twelve words from the comma to "said", an acronym in brackets among them.
    let evs = coded(
        "Iran fired two missiles toward the Gulf on Friday, the United Arab Emirates' Ministry of Defence (MoD) said, hours after the talks ended.",
    );
    assert!(evs.contains(&"ASSAULT Iran -> ".to_string()), "{evs:?}");
}

#[test]
fn a_refusal_negates_what_is_refused_not_what_is_said_of_it() {
    let evs = coded("Hungary's refusal to approve the aid package was criticized by the Dutch government.");
    assert!(!evs.iter().any(|e| e.starts_with("SUPPORT")), "{evs:?}");
    assert!(evs.contains(&"ACCUSE Netherlands -> Hungary".to_string()), "{evs:?}");
    // A proposal is not yet done, and one rejected is not done at all.
    let evs = coded("Kyiv rejected a proposal to withdraw its troops from the region.");
    assert!(evs.contains(&"REJECT Ukraine -> ".to_string()), "{evs:?}");
    assert!(!evs.iter().any(|e| e.starts_with("RETREAT")), "{evs:?}");
}

#[test]
fn pressing_ahead_is_no_demand_and_a_threat_names_no_unnamed_target() {
    assert!(coded("Ethiopia pressed ahead with the dam despite protests from Cairo.").iter().all(|e| !e.starts_with("REQUEST")));
    // The warner's own side, who the warning says will act, is not the one threatened when
    // the condition names no one.
    let evs = coded(
        "Senegal and Gambia began joint patrols. General Diallo warned that Mali would respond with force if the allies pressed ahead.",
    );
    assert!(evs.iter().any(|e| e.starts_with("THREATEN Diallo -> ")), "{evs:?}");
    assert!(!evs.iter().any(|e| e.starts_with("THREATEN") && e.contains("-> Mali")), "{evs:?}");
}

#[test]
fn a_participle_after_be_was_done_to_the_one_before_it() {
    // Misparsed (the second subject hung on the date): the linear reading must see the passive.
    let evs = coded("The interior ministry said 224 people had been detained since Thursday and 113 police officers had been injured.");
    assert!(evs.contains(&"ASSAULT  -> police officers".to_string()), "{evs:?}");
}

#[test]
fn the_victims_of_a_condemned_attack_are_not_accused() {
    let evs = coded("Norway condemned the violence against peaceful protesters in the capital.");
    assert!(evs.contains(&"ACCUSE Norway -> ".to_string()), "{evs:?}");
    // Its doer, when named, is.
    let evs = coded("Turkey condemned the killing of its soldiers by the PKK.");
    assert!(evs.contains(&"ACCUSE Turkey -> Kurdistan Workers' Party".to_string()), "{evs:?}");
    // A blaming verb's "on" names the accused, wherever the parser hangs it.
    let evs = coded("The police chief Ayman Karim blamed the bombing on Ansar al-Islam.");
    assert!(evs.iter().any(|e| e.starts_with("ACCUSE Ayman Karim -> Ansar al-Islam")), "{evs:?}");
}

#[test]
fn an_irregular_past_read_as_a_noun_after_a_bracket_is_the_verb() {
    let evs = coded("Drones launched by the Rapid Support Forces (RSF) struck fuel depots in Kassala on Monday.");
    assert!(evs.contains(&"ASSAULT Rapid Support Forces -> ".to_string()), "{evs:?}");
}

#[test]
fn a_warning_of_hardship_threatens_nothing() {
    assert!(coded("The World Food Programme warned of famine in northern Gaza.").iter().all(|e| !e.starts_with("THREATEN")));
    // A warning of force or of an act still threatens.
    let evs = coded("Turkey warned of a new offensive against Kurdish militants in Syria.");
    assert!(evs.iter().any(|e| e.starts_with("THREATEN Turkey")), "{evs:?}");
}

#[test]
fn forces_sent_are_the_sending_side() {
    let evs = coded("Paris sent last week two frigates and 1,500 soldiers to the region.");
    assert!(evs.iter().any(|e| e.starts_with("MOBILIZE France ->")), "{evs:?}");
    // Said in the passive, the forces are their state's, not its target.
    let evs = coded("Some 3,000 Kenyan soldiers have been sent to the border.");
    assert!(evs.iter().any(|e| e.starts_with("MOBILIZE Kenya ->")), "{evs:?}");
    // The force may be the trigger phrase's own noun.
    let evs = coded("Police were deployed to the parliament in Nairobi on Tuesday.");
    assert!(evs.iter().any(|e| e.starts_with("MOBILIZE police ->")), "{evs:?}");
}

#[test]
fn a_promise_to_stop_doing_something_is_a_concession() {
    assert_eq!(coded("Ankara agreed to halt construction of the dam on the Tigris."), vec!["CONCEDE Turkey -> "]);
    assert_eq!(coded("The prime minister of Serbia agreed to a freeze on mining permits."), vec!["CONCEDE Serbia -> "]);
}

#[test]
fn a_force_acting_is_no_mobilisation_of_its_own() {
    assert_eq!(coded("Serbian riot police fired tear gas at protesters in Belgrade."), vec!["ASSAULT Serbia -> protesters"]);
}

#[test]
fn a_state_blocking_or_cutting_the_internet_restricts() {
    assert_eq!(coded("Iran cut off internet access across the country on Friday."), vec!["COERCE Iran -> "]);
    let evs = coded("Ethiopia blocked access to Facebook and Twitter on Monday.");
    assert!(evs.iter().all(|e| e.starts_with("COERCE Ethiopia")), "{evs:?}");
    // Protesters blocking a road still protest.
    assert!(coded("Protesters blocked access to the airport in Lima.").iter().all(|e| e.starts_with("PROTEST")));
}

#[test]
fn a_transcripts_speaker_is_no_party_of_the_answer() {
    // "NAME: …" opens a turn of a press conference; the answer's own subject acts, even with
    // an auxiliary between it and its verb.
    let evs = coded("Carlos Ruiz: At the invitation of President Ana Soto, Chilean Foreign Minister Pedro Diaz will visit Peru.");
    assert!(evs.iter().any(|e| e.starts_with("AGREE Pedro Diaz -> ")), "{evs:?}");
    assert!(evs.iter().all(|e| !e.contains("Carlos Ruiz")), "{evs:?}");
}

#[test]
fn an_as_phrase_after_a_noun_names_no_target() {
    // A moment or a capacity: the state voicing concern is not the one detained or surrounded.
    let detained = coded("Police in Minsk detained a human rights lawyer as France voiced concern over the crackdown.");
    assert!(detained.iter().any(|e| e.starts_with("COERCE police ->")), "{detained:?}");
    assert!(!detained.iter().any(|e| e.contains("France")), "{detained:?}");
    let surrounded = coded("Riot police surrounded the parliament building as Chile's opposition called for new elections.");
    assert!(surrounded.iter().any(|e| e == "ASSAULT riot police -> "), "{surrounded:?}");
}

#[test]
fn a_name_right_after_what_it_is_is_the_target() {
    let evs = coded("Gunmen carried out the deadly attack on the Belgian satirical magazine Le Pourquoi Pas and a cafe nearby.");
    assert!(evs.iter().any(|e| e == "ASSAULT gunmen -> Le Pourquoi Pas"), "{evs:?}");
}

#[test]
fn the_event_another_is_timed_by_names_no_target() {
    // "after a meeting with X": what came first, not whom the deployment is aimed at.
    let evs = coded("Ethiopia deployed troops to the border after a meeting with Kenya.");
    assert!(evs.iter().any(|e| e == "MOBILIZE Ethiopia -> "), "{evs:?}");
}
