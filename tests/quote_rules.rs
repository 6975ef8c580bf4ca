//! Reported speech on our own sentences: what is and is not an attribution, and whom a role
//! noun speaks for.

mod common;
use common::*;
use dyad_extract::document::ActorKind;

/// (speaker name, reported text) of every quote.
fn quotes(text: &str) -> Vec<(String, String)> {
    let doc = extract_text(text, None);
    doc.quotes
        .iter()
        .map(|q| (q.speaker.as_deref().map_or("none".to_string(), |id| name_of(&doc, id).to_string()), q.text.clone()))
        .collect()
}

#[test]
fn a_denied_charge_and_an_object_of_urging_are_no_speech() {
    // "…, a charge the rebels denied": what the rebels answered, not their words.
    let q = quotes("Rights groups accused the ELN of recruiting children in Arauca, a charge the ELN denied.");
    assert!(q.is_empty(), "{q:?}");
    // "urged restraint and called on …": restraint is what was urged, the rest the speaker's act.
    let q = quotes("China urged restraint and called on the two sides to resolve their differences through dialogue.");
    assert!(q.is_empty(), "{q:?}");
    // A clause after the cue is still reported.
    let q = quotes("China urged that the two sides resolve their differences through dialogue.");
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn the_government_of_a_new_paragraph_is_the_state_named_most() {
    let text = "Colombia and the ELN signed the deal in Havana. Colombian officials hailed it as historic.\n\n\
                Cuban and Norwegian diplomats attended the ceremony.\n\n\
                The rebels released four hostages, the government said.";
    let q = quotes(text);
    assert_eq!(q.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(), vec!["Colombia"], "{q:?}");
}

#[test]
fn a_role_qualified_by_a_state_speaks_for_its_holder() {
    let text = "Turkish Foreign Minister Hakan Fidan met his Iraqi counterpart Fuad Hussein in Ankara.\n\n\
                The Iraqi minister added that the new road would open new horizons.\n\n\
                The head of Turkish diplomacy also touched on the war between Russia and Ukraine, and stated that \
                Turkey is ready to host talks in Istanbul.";
    let q = quotes(text);
    let speakers: Vec<&str> = q.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(speakers, vec!["Fuad Hussein", "Hakan Fidan"], "{q:?}");
    // The counterpart holds the title of the one he meets, in his own country.
    let doc = extract_text(text, None);
    let hussein = doc.actors.iter().find(|a| a.name == "Fuad Hussein").expect("Fuad Hussein is an actor");
    assert_eq!(hussein.country.as_deref(), Some("IRQ"));
    assert!(hussein.titles.iter().any(|t| t == "Foreign Minister"), "{:?}", hussein.titles);
    // An unnamed official of a state is not its minister.
    let q = quotes("Iraqi Foreign Minister Fuad Hussein spoke in Baghdad.\n\nAn Iraqi government official said that the talks had failed.");
    assert_eq!(q.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(), vec!["Iraq"], "{q:?}");
}

#[test]
fn a_second_speech_verb_shares_the_first_ones_speaker() {
    let q = quotes("Fidan stated that Turkey will never allow a corridor on its border, and stressed that Ankara expects concrete steps from Washington.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(s, _)| s == "Fidan"), "{q:?}");
    // "expects concrete steps … regarding …": an object and a participle, no reported clause.
    let q = quotes("Ankara expects concrete steps from Washington regarding its support for the YPG.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_second_speech_verb_of_an_unnamed_subject_is_not_its_objects() {
    // The mayor is no actor: the words are nobody's, not the residents' he told to stay.
    let q = quotes("The mayor told residents of Kherson to leave the city and warned that shelling would intensify.");
    assert!(q.iter().all(|(s, _)| s != "residents"), "{q:?}");
    let q = quotes("The coalition confirmed the Jordanian strike near Raqqa and reported that three fighters were killed.");
    assert!(q.iter().all(|(s, _)| s != "Jordan"), "{q:?}");
}

#[test]
fn the_day_it_was_said_is_not_what_was_said() {
    let q = quotes("The UN envoy, Rt. Hon. James Dobbins, said Wednesday the two sides had agreed to form a joint committee.");
    assert_eq!(q, vec![("James Dobbins".to_string(), "the two sides had agreed to form a joint committee".to_string())]);
}

#[test]
fn a_seat_of_government_that_speaks_is_its_government() {
    let text = "Putin received the Iranian president in the Kremlin on Friday.\n\n\
                The Kremlin said on Friday that Moscow remained open to talks. Kremlin spokesman Dmitry Peskov declined to comment.";
    let q = quotes(text);
    assert_eq!(q.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(), vec!["Kremlin"], "{q:?}");
    let doc = extract_text(text, None);
    let kinds: Vec<_> = doc.actors.iter().filter(|a| a.name == "Kremlin").map(|a| (a.kind, a.country.clone())).collect();
    assert!(kinds.contains(&(ActorKind::Organization, Some("RUS".to_string()))), "{kinds:?}");
    assert!(kinds.iter().any(|(k, _)| *k == ActorKind::Place), "talks in the Kremlin stay at the place: {kinds:?}");
}

#[test]
fn what_was_said_starts_after_its_day_and_ends_at_a_semicolon() {
    let q = quotes("Russia's defence ministry said on Saturday its air defences had destroyed 40 drones overnight.");
    assert_eq!(q, vec![("Russia".to_string(), "its air defences had destroyed 40 drones overnight".to_string())]);
    let q = quotes("Russia says it downed 40 Ukrainian drones overnight; Kyiv reports strikes on energy sites.");
    assert_eq!(q.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>(), vec!["it downed 40 Ukrainian drones overnight"]);
}

#[test]
fn a_that_clause_after_a_long_phrase_and_a_second_one_after_and() {
    let text = "The Moroccan Foreign Minister, Nasser Bourita, stressed in a press conference with his French counterpart in Rabat \
                that the step \"opens a new page\", and that Morocco is ready to strengthen its partnership with France.";
    let q = quotes(text);
    assert!(q.contains(&("Nasser Bourita".to_string(), "Morocco is ready to strengthen its partnership with France".to_string())), "{q:?}");
    // "but that" opens a second clause as "and that" does: two reports, each whole.
    let q = quotes("Wang Yi said that China would not send troops, but that it was ready to host talks in Beijing.");
    let texts: Vec<&str> = q.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, vec!["China would not send troops", "it was ready to host talks in Beijing"], "{q:?}");
    // A "that" followed by its own verb is a relative pronoun, not speech.
    let q = quotes("The rebels wrote a message on a wall of the main border station that was ripped down.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_second_that_clause_is_reported_once() {
    let q = quotes("Maria Lopez said the vote was rigged and that the opposition would appeal.");
    let texts: Vec<&str> = q.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, vec!["the vote was rigged", "the opposition would appeal"]);
    assert!(q.iter().all(|(s, _)| s == "Maria Lopez"), "{q:?}");
}

#[test]
fn a_clause_cut_by_a_quotation_is_not_reported_as_a_fragment() {
    // The words before the quote say nothing alone: the clause runs through the quoted phrase.
    let q = quotes("Rafael Correa warned that the army and the police would \"answer firmly\" to any incursion.");
    let texts: Vec<&str> = q.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, vec!["the army and the police would \"answer firmly\" to any incursion"]);
    assert_eq!(q[0].0, "Rafael Correa");
    // So it does when it ends on the quote, which is not repeated on its own.
    let q = quotes("Rafael Correa warned that the army and the police would \"answer firmly\".");
    let texts: Vec<&str> = q.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, vec!["the army and the police would \"answer firmly\""]);
    // The quoted phrase is the reporter's subject's, not the nearest name's.
    let q = quotes("Jean Dupont said that Paris had summoned the ambassador, Ivan Petrov, to explain \"unacceptable behaviour\".");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Jean Dupont");
    assert!(q[0].1.ends_with("\"unacceptable behaviour\""), "{q:?}");
}

#[test]
fn a_clause_reported_by_two_cues_is_one_quote() {
    let q = quotes("Kim Jong Un declared in a New Year address that the country would not bow to pressure.");
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn an_inverted_role_noun_speaks_for_the_titled_person() {
    let q = quotes("General Ousmane Sylla addressed the nation on Monday. \"The borders are closed,\" declared the general.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Ousmane Sylla");
}

#[test]
fn it_before_a_cue_is_the_sentences_state_not_a_possessor() {
    let q = quotes("The Gambia summoned Senegal's envoy on Monday to protest what it called a \"brutal\" use of force.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Gambia");
}

#[test]
fn a_charge_the_accused_denies_is_no_attribution() {
    let q = quotes("Experts have accused Uganda of arming the rebels in Ituri, a charge Kampala denies.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_speech_verb_inside_a_reported_clause_is_not_the_attribution() {
    // "respond" reports nothing here: the quote is Ana Diaz's, who "said that …, and warned".
    let q = quotes(
        "Foreign Ministry spokeswoman Ana Diaz said on Monday that Lima would respond \"firmly\" to any incursion and warned Bolivia against new moves.",
    );
    assert_eq!(q, vec![("Ana Diaz".to_string(), "Lima would respond \"firmly\" to any incursion".to_string())]);
}

#[test]
fn a_cue_of_an_earlier_sentence_reports_nothing_here() {
    let q = quotes(
        "Peru's defence ministry said that no damage had been reported. Prime Minister Ana Diaz condemned the launch and said Lima had lodged a protest with La Paz.",
    );
    assert!(q.iter().any(|(s, t)| t.starts_with("Lima had lodged") && s == "Ana Diaz"), "{q:?}");
}

#[test]
fn reported_speech_runs_through_a_short_quoted_phrase() {
    // The clause goes on after the scare quotes: one reported quote, not a fragment and a phrase.
    let q = quotes("Prime Minister Ernesto Alvarez warned that the government will not allow \"violent groups\" to paralyse the country.");
    assert_eq!(
        q,
        vec![("Ernesto Alvarez".to_string(), "the government will not allow \"violent groups\" to paralyse the country".to_string())]
    );
    // A quote the clause ends on is still its own.
    let q = quotes("Prime Minister Ernesto Alvarez said that the protesters were \"violent groups\".");
    assert!(q.iter().all(|(_, t)| !t.ends_with("were")), "{q:?}");
}

#[test]
fn a_past_after_a_clause_told_in_the_present_is_the_speakers_next_act() {
    let q = quotes("Prime Minister Ana Diaz said Peru firmly supports the ceasefire and thanked Chile for its mediation.");
    assert_eq!(q, vec![("Ana Diaz".to_string(), "Peru firmly supports the ceasefire".to_string())]);
    // A perfect goes on with its participle.
    let q = quotes("The WHO said the disease has killed 1,868 people and infected 2,739 others.");
    assert!(q.iter().any(|(_, t)| t.ends_with("infected 2,739 others")), "{q:?}");
}

#[test]
fn a_name_read_as_a_verb_is_not_the_verb_a_cue_is_joined_to() {
    // "Wang" tagged as a verb: the cue after "and" still shares the subject of "held".
    let q = quotes(
        "External Affairs Minister S Jaishankar on Monday held talks with his Chinese counterpart Wang Yi and said the two countries \
         must address the remaining issues.",
    );
    assert_eq!(q.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(), vec!["S Jaishankar"], "{q:?}");
}

#[test]
fn the_official_is_the_office_holder_named_before_unless_an_official_was() {
    let q = quotes("Interior Minister Carla Ruiz rejected the report. The official affirmed that the ships had entered illegally.");
    assert_eq!(q, vec![("Carla Ruiz".to_string(), "the ships had entered illegally".to_string())], "{q:?}");
    // An unnamed official introduced before is the one meant again.
    let q = quotes(
        "Interior Minister Carla Ruiz rejected the report. A senior police official told reporters the ships were seized. \
         The official affirmed that the ships had entered illegally.",
    );
    assert!(q.iter().all(|(s, _)| s != "Carla Ruiz"), "{q:?}");
    // "An Ecuadorian official" is someone unnamed, not the minister.
    let q = quotes("Ecuadorian Interior Minister Carla Ruiz rejected the report. An Ecuadorian official said the ships were seized.");
    assert!(q.iter().all(|(s, _)| s != "Carla Ruiz"), "{q:?}");
}

#[test]
fn a_dateline_closed_by_its_agency_is_not_what_was_said() {
    let q =
        quotes("LIMA, Oct 21 (PTI) Peru and Chile have reached an agreement on fishing, Foreign Minister Elmer Schialer said on Monday.");
    assert_eq!(q, vec![("Elmer Schialer".to_string(), "Peru and Chile have reached an agreement on fishing".to_string())], "{q:?}");
    let q = quotes("QUITO, May 2 (AFP) - Rebels attacked the town overnight, according to officials.");
    assert_eq!(q.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>(), vec!["Rebels attacked the town overnight"], "{q:?}");
}

#[test]
fn the_ministry_is_no_news_agency() {
    let q = quotes("BAMAKO (AFP) - Mali expelled the French envoy on Monday, the ministry said.");
    assert!(q.iter().all(|(s, _)| s != "Agence France-Presse"), "{q:?}");
}

#[test]
fn an_attribution_may_end_in_a_long_prepositional_phrase() {
    let q = quotes(
        "Tehran is open to new talks with Europe, Iranian Foreign Minister Abbas Araghchi said at a news conference following talks with his Omani counterpart Badr Albusaidi.",
    );
    assert_eq!(q, [("Abbas Araghchi".to_string(), "Tehran is open to new talks with Europe".to_string())]);
}

#[test]
fn a_diplomat_qualified_by_a_state_is_that_states_diplomat_named_before() {
    let q = quotes(
        "Iranian Foreign Minister Abbas Araghchi met his Omani counterpart Badr Albusaidi in Muscat. \"The door is open,\" the Iranian diplomat said. \"We carry messages,\" the Omani diplomat added.",
    );
    let speakers: Vec<&str> = q.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(speakers, ["Abbas Araghchi", "Badr Albusaidi"], "{q:?}");
}

#[test]
fn according_to_and_a_speech_verb_report_one_clause_once() {
    // "According to X, CLAUSE, Y said …": the clause, once, Y's.
    let q = quotes(
        "According to Amnesty International, on May 16 the authorities expelled the union leader, Jorge Ruiz, from the council, Amnesty researcher Ana Perez said on Tuesday.",
    );
    assert_eq!(
        q,
        [("Ana Perez".to_string(), "on May 16 the authorities expelled the union leader, Jorge Ruiz, from the council".to_string())]
    );
    // "X said CLAUSE, according to Y": the clause, once, X's.
    let q = quotes("Minister Ivan Horvat said the count was plagued by errors, according to the newspaper Jutarnji List.");
    assert_eq!(q, [("Ivan Horvat".to_string(), "the count was plagued by errors".to_string())]);
    // "According to Y, media reports suggested CLAUSE": Y's, since the reports are nobody named.
    let q = quotes("According to Amnesty International, local media reports suggested that the army had withdrawn from the border town.");
    assert_eq!(q, [("Amnesty International".to_string(), "the army had withdrawn from the border town".to_string())]);
    // "an estimated" is no report.
    let q = quotes("Some 20,000 people have fled and an estimated 5,000 are missing, according to the United Nations.");
    assert_eq!(q, [("United Nations".to_string(), "Some 20,000 people have fled and an estimated 5,000 are missing".to_string())]);
}

#[test]
fn a_name_and_a_colon_opening_a_headline_is_that_persons_claim() {
    let q =
        quotes("Fidan: Ankara will not accept a buffer zone in Syria\n\nANKARA - Turkish Foreign Minister Hakan Fidan spoke on Monday.");
    assert_eq!(q, [("Hakan Fidan".to_string(), "Ankara will not accept a buffer zone in Syria".to_string())]);
    // A state before a colon is a heading, not a speaker.
    let q = quotes("Syria: fighting resumes near Aleppo\n\nFighting resumed on Monday.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_closing_attribution_may_be_followed_by_a_measure_of_time() {
    // "…, X said, days after …": the side phrase opens with a bare unit of time.
    let q = quotes("Iran launched a satellite into orbit on Monday, the Iranian Space Agency (ISA) said, weeks after a failed attempt.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.starts_with("Iran launched a satellite"), "{q:?}");
    assert_eq!(q[0].0, "Iranian Space Agency", "{q:?}");
}

#[test]
fn fragments_of_one_sentence_share_its_closing_attribution() {
    let text = "The Arab League Council met in Cairo on Tuesday.\n\n\
                The council \"firmly rejects the annexation\" and \"calls on all members to act,\" it said in a statement.";
    let q = quotes(text);
    let speakers: Vec<&str> = q.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(speakers, vec!["Arab League Council", "Arab League Council"], "{q:?}");
    // Both are told by the same cue.
    let doc = extract_text(text, None);
    assert!(doc.quotes.iter().all(|q| q.cue.as_deref() == Some("said")), "{:?}", doc.quotes);
}

#[test]
fn a_participle_after_an_article_opens_no_reported_clause() {
    // "declared Kagabo the winner of a disputed election": no clause was reported.
    let q = quotes(
        "The party named Jean Habimana as its leader on Friday, hours after the court declared Kagabo the winner of a disputed presidential election.",
    );
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_dateline_in_title_case_is_not_said() {
    let q = quotes("Kabul - Gunmen killed four aid workers in the north of the country, the interior ministry said.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.starts_with("Gunmen killed"), "{q:?}");
}

#[test]
fn what_a_cue_is_about_is_no_closing_attribution() {
    // A headline: "…, UN warns of famine" does not say the clause before it.
    let q = quotes("Drone strikes hit Port Sudan for a third day, UN warns of famine in El Fasher");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_demonym_opening_the_reported_clause_is_not_an_inverted_speaker() {
    let q = quotes("The Kurdish-led SDF, which controls the northeast, said Turkish drones had struck a convoy on Monday.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_ne!(q[0].0, "Turkey", "{q:?}");
    // Inverted, a demonym before people still speaks.
    let q = quotes("The talks had failed, said Iranian negotiators.");
    assert_eq!(q.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(), vec!["Iran"], "{q:?}");
}

#[test]
fn a_joined_speech_verb_takes_the_subject_of_the_verb_before_it() {
    // "It thanked … and said": the organisation that spoke last, not the plural noun named last.
    let q = quotes(
        "The Qatari foreign ministry said its mediation had freed 40 detainees. It thanked both governments and said it would keep working for peace.",
    );
    assert_eq!(q.last().map(|(s, _)| s.as_str()), Some("Qatar"), "{q:?}");
    // An apposition's subject.
    let q = quotes("Ana Ruiz, Peru's ombudsman, accused the police of beatings and said many detainees were hurt.");
    assert_eq!(q.last().map(|(s, _)| s.as_str()), Some("Ana Ruiz"), "{q:?}");
    // Not an infinitive's subject ("urged residents to stay … and announced").
    let q = quotes("The Chilean interior ministry urged residents to stay indoors and announced that all schools in the capital would close on Monday.");
    assert_eq!(q.last().map(|(s, _)| s.as_str()), Some("Chile"), "{q:?}");
}

#[test]
fn a_cue_in_a_relative_clause_is_spoken_by_the_phrase_before_its_comma() {
    // Even after a preposition: the remarks were the Chilean minister's (Chile), not the envoy's.
    let q = quotes(
        "Peru summoned ambassador Ana Lopez over remarks by Chile's mining minister, who had said Peruvian copper would no longer pass through Arica.",
    );
    assert_eq!(q.last().map(|(s, _)| s.as_str()), Some("Chile"), "{q:?}");
}

#[test]
fn an_inverted_speaker_may_follow_its_role_after_a_comma_and_a_pronoun_may_be_quoted() {
    let q = quotes("\"The river has never been this low,\" said the cooperative's director, Ana Quispe.");
    assert_eq!(q.first().map(|(s, _)| s.as_str()), Some("Ana Quispe"), "{q:?}");
    let q =
        quotes("Pedro Castillo arrived in Lima on Monday.\n\nHe was quoted as saying: \"We will not give up the fight for the farmers.\"");
    assert_eq!(q.first().map(|(s, _)| s.as_str()), Some("Pedro Castillo"), "{q:?}");
}

#[test]
fn an_accusation_quotes_its_accuser_and_a_passive_no_one() {
    let q = quotes("Bolivia's energy minister, Luis Arce, accused Chile of waging a \"gas war\" against his country.");
    assert_eq!(q.first().map(|(s, _)| s.as_str()), Some("Luis Arce"), "{q:?}");
    // What a subject was called by someone else is not its own word.
    let q = quotes("Peru's interior minister, Juan Soto, resigned after being described as \"incompetent\" by the press.");
    assert!(q.iter().all(|(s, _)| s != "Juan Soto"), "{q:?}");
}

#[test]
fn posting_on_a_platform_introduces_a_quote() {
    let q = quotes("\"We stand with the flood victims,\" Chief Minister Pinarayi Vijayan posted on X.");
    assert_eq!(q.first().map(|(s, _)| s.as_str()), Some("Pinarayi Vijayan"), "{q:?}");
}

#[test]
fn a_lawyer_named_in_the_story_speaks_for_their_client() {
    let text = "A court in Ankara jailed the journalist Selin Kaya for two years, her lawyer said.\n\n\
                \"The ruling is unlawful,\" lawyer Deniz Arslan told reporters.";
    let q = quotes(text);
    assert_eq!(q.first().map(|(s, _)| s.as_str()), Some("Deniz Arslan"), "{q:?}");
    // Without one, the client stands for their lawyer.
    let q = quotes("A court in Ankara jailed the journalist Selin Kaya for two years, her lawyer said.");
    assert_eq!(q.first().map(|(s, _)| s.as_str()), Some("Selin Kaya"), "{q:?}");
}

#[test]
fn an_attribution_may_end_in_a_statement_posted_somewhere() {
    let q = quotes("The talks were constructive, the Chinese Foreign Ministry said in a statement posted on its website.");
    assert_eq!(q.first().map(|(s, _)| s.as_str()), Some("Chinese Foreign Ministry"), "{q:?}");
}

#[test]
fn an_organisation_named_after_a_state_speaks_for_itself() {
    // The state named before must not claim the first word of the coast guard's name.
    let q = quotes("Japan lodged a protest with China.\n\nThe ships left after two hours, according to the Japan Coast Guard.");
    assert_eq!(q.last().map(|(s, _)| s.as_str()), Some("Japan Coast Guard"), "{q:?}");
}

#[test]
fn someone_new_and_unnamed_does_not_continue_the_last_speaker() {
    let q = quotes("Mali said its troops had repelled the attack. At least 12 civilians were killed in the town, a local official said.");
    assert!(q.iter().all(|(s, t)| !(s == "Mali" && t.contains("civilians"))), "{q:?}");
    // One who speaks for a body named before still does.
    let q = quotes("The Defence Ministry said its troops had repelled the attack. \"We lost no one,\" a ministry spokeswoman said.");
    assert_eq!(q.last().map(|(s, _)| s.as_str()), Some("Defence Ministry"), "{q:?}");
}

#[test]
fn a_that_clause_may_follow_a_phrase_with_a_participle() {
    let q = quotes("Prime Minister Robert Fico said in a video posted on Facebook that his government would veto the plan.");
    assert_eq!(q, vec![("Robert Fico".to_string(), "his government would veto the plan".to_string())], "{q:?}");
    // A finite verb after the subject noun is no such participle.
    let q = quotes("Police Chief Ana Ruiz says the suspects belonged to a gang that smuggled cocaine.");
    assert!(q.iter().all(|(_, t)| t.starts_with("the suspects")), "{q:?}");
}

#[test]
fn according_to_him_is_the_person_the_role_noun_stood_for() {
    let q = quotes(
        "Wang Yi held a telephone conversation with the Minister of Foreign Affairs of Peru Elmer Schialer.\n\n\
         Earlier, the Peruvian diplomat stated that Lima would respond to the \"hostile\" actions of the mining lobby. \
         According to him, Peru is not going to yield to pressure.",
    );
    assert_eq!(q.last(), Some(&("Elmer Schialer".to_string(), "Peru is not going to yield to pressure".to_string())), "{q:?}");
}

#[test]
fn as_the_speaker_said_opens_a_report() {
    let q = quotes("Kazakhstan's Foreign Ministry issued a statement. As the ministry noted, the Kazakh side supports a political settlement of the crisis.");
    assert_eq!(
        q,
        vec![("Foreign Ministry".to_string(), "the Kazakh side supports a political settlement of the crisis".to_string())],
        "{q:?}"
    );
}

#[test]
fn what_a_person_takes_something_as_in_quotation_marks_is_their_word() {
    let q = quotes(
        "The election commission said the ruling party had won. President Ilham Aliyev thanked voters and dismissed the complaints as \"slander.\"",
    );
    assert_eq!(q.last(), Some(&("Ilham Aliyev".to_string(), "slander.".to_string())), "{q:?}");
    // Not someone else's verdict, nor a possessor's.
    let q = quotes("The commission met on Monday. The complaints of President Ilham Aliyev were dismissed as \"slander.\"");
    assert!(q.iter().all(|(s, _)| s != "Ilham Aliyev"), "{q:?}");
}

#[test]
fn a_second_that_clause_skips_the_cue_of_a_relative_clause() {
    let q = quotes(
        "Vietnam's navy said it had \"escorted\" the Chinese trawlers, which it said had entered Vietnamese waters, and that it had fined their owners.",
    );
    assert_eq!(q.last(), Some(&("Vietnam".to_string(), "it had fined their owners".to_string())), "{q:?}");
}

#[test]
fn a_pronoun_closing_a_clause_is_no_one_named_inside_it() {
    let q = quotes(
        "Security Minister Omar Diallo said officers had been arrested. The plotters had planned to kill Colonel Jean Bako, he said.",
    );
    let plot = q.iter().find(|(_, t)| t.contains("plotters")).expect("the second report");
    assert_eq!(plot.0, "Omar Diallo", "{q:?}");
    // The pronoun's own clause reports: it is the sentence's subject.
    let q = quotes("Omar Diallo met Jean Bako on Monday. Bako said that after the meeting, he told Diallo that the talks had failed.");
    assert!(q.iter().all(|(s, _)| s == "Jean Bako"), "{q:?}");
}

#[test]
fn a_title_noun_after_a_sentence_naming_two_holders_is_its_subject() {
    let q = quotes(
        "Foreign Minister Ivan Petrov said talks would resume after meeting his Chilean counterpart Ana Soto. \
         \"We have never refused contacts,\" the minister stressed.",
    );
    let contacts = q.iter().find(|(_, t)| t.contains("contacts")).expect("the quote");
    assert_eq!(contacts.0, "Ivan Petrov", "{q:?}");
    // Not a holder after a preposition.
    let q = quotes(
        "In a letter to Prime Minister Jan Berg, Foreign Minister Ola Lind said the report was wrong. \
         \"There is no evidence,\" the minister said.",
    );
    let evidence = q.iter().find(|(_, t)| t.contains("evidence")).expect("the quote");
    assert_eq!(evidence.0, "Ola Lind", "{q:?}");
}

#[test]
fn a_pronoun_after_a_role_noun_speaker_is_that_person() {
    let q = quotes(
        "Foreign Minister Ivan Petrov held talks with Ana Soto, the head of the bank. \
         \"We have never refused contacts,\" the minister stressed.\n\n\
         According to him, the treaty had lapsed.",
    );
    let treaty = q.iter().find(|(_, t)| t.contains("treaty")).expect("the report");
    assert_eq!(treaty.0, "Ivan Petrov", "{q:?}");
}

#[test]
fn a_quoted_threat_is_the_threatener_s_word() {
    let q = quotes("Defense Minister Ana Ruiz threatened on Sunday to \"hunt down\" the group's leaders.");
    assert_eq!(q, vec![("Ana Ruiz".to_string(), "hunt down".to_string())]);
    // Not in the passive.
    let q = quotes("Mayor Ana Ruiz said the town was threatened by \"massive\" floods.");
    assert!(q.iter().all(|(_, t)| t != "massive"), "{q:?}");
}

#[test]
fn the_ministry_is_the_body_named_in_lower_case_before() {
    // "the interior ministry" is a body without a name; "the ministry" later is that body, not
    // the one organisation the story names in between.
    let q = quotes(
        "Police arrested 30 people, the interior ministry said. Marchers want talks on joining the African Union. \"The police acted lawfully,\" the ministry said.",
    );
    assert!(q.iter().any(|(s, t)| s == "interior ministry" && t.contains("acted lawfully")), "{q:?}");
}

#[test]
fn unnamed_sources_speak_and_take_no_part() {
    let doc = extract_text(
        "According to diplomatic sources who spoke to the Gulf Times, Qatar is preparing to host new talks. The sources added that Egypt had expelled two diplomats.",
        None,
    );
    let speakers: Vec<&str> = doc.quotes.iter().filter_map(|q| q.speaker.as_deref()).map(|id| name_of(&doc, id)).collect();
    assert_eq!(speakers.len(), 2, "{speakers:?}");
    assert!(speakers.iter().all(|s| s.ends_with("sources")), "{speakers:?}");
    let sources = actor(&doc, "sources");
    assert!(doc.events.iter().all(|e| !e.actor.contains(&sources.id) && !e.recipient.contains(&sources.id)));
}

#[test]
fn a_whole_clause_of_three_words_is_reported() {
    let q = quotes("Mali's defence ministry said Bamako would respond.");
    assert_eq!(q, vec![("Mali".to_string(), "Bamako would respond".to_string())], "{q:?}");
    // Three words cut by a quotation are no clause.
    let q = quotes(
        "The spokesman Zhao Lin told Xinhua last week that any disputes with the island were \"regrettable\" and that the two \
         sides \"should settle the disputes between them on their own terms\".",
    );
    assert!(q.iter().all(|(_, t)| t != "the two sides"), "{q:?}");
}

#[test]
fn a_relative_clause_about_someones_unnamed_relative_is_not_theirs() {
    let text = "Police detained the activist Juan Perez at his home. He was taken away in an unmarked car, according to his \
                wife, who said the officers did not show a warrant.";
    let q = quotes(text);
    assert!(q.iter().all(|(s, t)| !(s == "Juan Perez" && t.contains("warrant"))), "{q:?}");
    // A named person before the clause still speaks.
    let q = quotes("Police detained the activist Juan Perez at his home, according to Maria Lopez, who said the officers had no warrant.");
    assert!(q.iter().any(|(s, t)| s == "Maria Lopez" && t.contains("warrant")), "{q:?}");
}

#[test]
fn a_state_opening_the_reported_clause_is_not_an_inverted_speaker() {
    // After "Name, said", a demonym whose noun has its own verb opens what was said.
    let qs = quotes("A rebel spokesman, Ahmed Sule, said Nigerian troops had shelled the village first.");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].0, "Ahmed Sule", "{qs:?}");
}

#[test]
fn a_speech_verb_joined_after_a_clause_reported_without_that_is_the_reporters() {
    let doc = extract_text(
        "Defense Minister Yoav Gallant said Israel would continue to act against any threat, and vowed that Hezbollah would not be allowed to rearm.",
        None,
    );
    assert_eq!(speaker(&doc, "Hezbollah would not"), "Yoav Gallant");
}
