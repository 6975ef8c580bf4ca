//! Golden expectations for our own articles in other styles: wire copy with a dateline,
//! `X said`, `according to`, titles after names.

mod common;
use common::*;
use dyad_extract::document::ActorKind;

#[test]
fn wire_copy_with_a_dateline() {
    let doc = extract_example("wire-jeddah-talks.txt", Some("2024-05-03"));
    let jeddah = actor(&doc, "Jeddah");
    assert_eq!((jeddah.kind, jeddah.country.as_deref()), (ActorKind::Place, Some("SAU")));
    assert!(jeddah.aliases.iter().any(|a| a == "JEDDAH"), "the dateline is a mention of the city");
    let farhan = actor(&doc, "Faisal bin Farhan");
    assert_eq!((farhan.country.as_deref(), farhan.sector.as_deref()), (Some("SAU"), Some("GOV")));
    assert!(farhan.titles.iter().any(|t| t == "Foreign Minister"));
    assert!(farhan.aliases.iter().any(|a| a == "Farhan"));
    assert_eq!(actor(&doc, "Abdel Fattah al-Burhan").kind, ActorKind::Person);
    assert_eq!(actor(&doc, "African Union").aliases, vec!["AU".to_string()]);
    assert_eq!(actor(&doc, "Rapid Support Forces").country.as_deref(), Some("SDN"));
    assert_eq!(speaker(&doc, "Both sides have agreed"), "Faisal bin Farhan");
}

#[test]
fn said_style_with_inverted_attribution() {
    let doc = extract_example("kyiv-power-plant.txt", Some("2025-01-15"));
    let minister = actor(&doc, "Herman Halushchenko");
    assert_eq!(minister.country.as_deref(), Some("UKR"));
    assert!(minister.titles.iter().any(|t| t == "Energy Minister"));
    let peskov = actor(&doc, "Dmitry Peskov");
    assert_eq!(peskov.country.as_deref(), Some("RUS"), "a Kremlin spokesman is Russian");
    assert!(peskov.aliases.iter().any(|a| a == "Peskov"));
    assert_eq!(actor(&doc, "International Atomic Energy Agency").aliases, vec!["IAEA".to_string()]);
    assert_eq!(actor(&doc, "Rafael Grossi").sector.as_deref(), Some("IGO"));
    assert_eq!(speaker(&doc, "deliberate attack on civilian infrastructure"), "Herman Halushchenko");
    assert_eq!(speaker(&doc, "We will not be intimidated"), "Herman Halushchenko");
    assert_eq!(speaker(&doc, "absurd"), "Dmitry Peskov");
    let reported = doc.quotes.iter().find(|q| !q.direct).expect("reported speech");
    assert_eq!(name_of(&doc, reported.speaker.as_deref().expect("speaker")), "Dmitry Peskov");
    assert_eq!(reported.cue.as_deref(), Some("denied"));
}

#[test]
fn titles_after_names_and_according_to() {
    let doc = extract_example("bamako-envoy.txt", Some("2022-02-02"));
    let diop = actor(&doc, "Abdoulaye Diop");
    assert!(diop.titles.iter().any(|t| t == "foreign minister"), "{:?}", diop.titles);
    let goita = actor(&doc, "Assimi Goita");
    assert_eq!(goita.country.as_deref(), Some("MLI"), "Mali's interim president");
    assert!(goita.titles.iter().any(|t| t == "interim president"));
    let gromyko = actor(&doc, "Igor Gromyko");
    assert_eq!(gromyko.country.as_deref(), Some("RUS"));
    assert_eq!(actor(&doc, "Joel Meyer").titles, vec!["ambassador".to_string()]);
    assert_eq!(actor(&doc, "Bamako").kind, ActorKind::Place, "BAMAKO - opens the story: the city");
    assert_eq!(speaker(&doc, "hostile and outrageous"), "Abdoulaye Diop");
    assert_eq!(speaker(&doc, "discussed military cooperation"), "Abdoulaye Diop");
    let persons = persons(&doc);
    assert_eq!(persons, vec!["Abdoulaye Diop", "Assimi Goita", "Igor Gromyko", "Joel Meyer"]);
}

#[test]
fn well_known_people_get_their_country_only_when_the_article_names_it() {
    let text = "Vladimir Putin received the Armenian prime minister in the Kremlin. Putin said Russia wanted peace.";
    let doc = extract_text(text, None);
    assert_eq!(actor(&doc, "Vladimir Putin").country.as_deref(), Some("RUS"));
    // The gazetteer knows a Senegalese minister of this name; this story is about Mali, and its
    // BAMAKO dateline makes the unqualified foreign minister Mali's.
    let doc = extract_example("bamako-envoy.txt", Some("2024-05-03"));
    assert_eq!(actor(&doc, "Abdoulaye Diop").country.as_deref(), Some("MLI"));
}

#[test]
fn a_possessive_country_reaches_a_title_across_plain_adjectives() {
    let doc =
        extract_text("Iran's religious leader Ali Khamenei spoke on Friday. Chad's veteran rebel commander Timan Erdimi answered.", None);
    assert_eq!(actor(&doc, "Ali Khamenei").country.as_deref(), Some("IRN"));
    assert_eq!(actor(&doc, "Timan Erdimi").country.as_deref(), Some("TCD"));
}

#[test]
fn a_name_with_a_possessive_inside_is_one_name() {
    let doc = extract_text("Seoul urged the Democratic People's Republic of Korea to return to talks.", None);
    let north = actor(&doc, "North Korea");
    assert!(north.aliases.iter().any(|a| a == "Democratic People's Republic of Korea"), "{:?}", north.aliases);
    assert!(doc.actors.iter().all(|a| a.name != "South Korea" || a.mentions.len() == 1), "the possessive name is not split");
}

#[test]
fn groups_named_only_by_what_they_are_are_actors() {
    let text = "Insurgents shelled a village near the border on Monday. Syrian rebels later withdrew. \
                Protesters in Kenya blocked a highway, and security forces arrested dozens of protesters. \
                Egypt said its troops would stay.";
    let doc = extract_text(text, None);
    let insurgents = actor(&doc, "insurgents");
    assert_eq!((insurgents.kind, insurgents.sector.as_deref(), insurgents.country.as_deref()), (ActorKind::Group, Some("REB"), None));
    let shelled = doc.events.iter().find(|e| e.trigger.as_deref() == Some("shelled")).expect("the shelling is an event");
    assert_eq!(shelled.actor, vec![insurgents.id.clone()]);
    assert!(doc.actors.iter().all(|a| a.name != "rebels"), "Syrian rebels are Syria's, as before");
    let kenyan = doc.actors.iter().find(|a| a.name == "protesters" && a.country.as_deref() == Some("KEN")).expect("protesters in Kenya");
    assert_eq!(kenyan.sector.as_deref(), Some("OPP"));
    let forces = actor(&doc, "security forces");
    let arrest = doc.events.iter().find(|e| e.actor.contains(&forces.id)).expect("the arrest");
    assert_eq!(arrest.event_type, "COERCE");
    assert!(doc.actors.iter().all(|a| a.name != "troops"), "its troops are Egypt's");

    // "group" alone is anything; with the right word before it, it is a party.
    let doc = extract_text("An armed group raided a village. A group of farmers met. Syrian rebel groups shelled a town.", None);
    let armed = actor(&doc, "armed group");
    assert_eq!((armed.kind, armed.sector.as_deref()), (ActorKind::Group, Some("UAF")));
    assert!(doc.actors.iter().all(|a| a.name != "group" && a.name != "rebel groups"), "{:?}", doc.actors);
}

#[test]
fn an_addressee_is_not_the_speaker() {
    let doc = extract_text("Kremlin spokesman Dmitry Peskov told reporters the claims were \"absurd\".", None);
    assert_eq!(speaker(&doc, "absurd"), "Dmitry Peskov");
}

#[test]
fn names_joined_by_two_connectors_and_after_the() {
    let doc = extract_text(
        "The Republic of Congo and Antigua and Barbuda will help end the conflict in the Democratic Republic of the Congo.",
        None,
    );
    assert_eq!(actor(&doc, "Republic of the Congo").country.as_deref(), Some("COG"));
    let drc = actor(&doc, "Democratic Republic of the Congo");
    assert_eq!(drc.mentions.len(), 1, "one mention covering the whole name");
    assert!(doc.actors.iter().all(|a| a.name != "Republic"), "no stray name word");
}

#[test]
fn attacks_and_protests_by_someone_unnamed_keep_their_place() {
    let text = "Seven people died when a car bomb exploded outside a market in Kaduna on Tuesday. \
                Thousands marched through Nairobi on Monday. \
                Prices rose sharply in Lima.";
    let doc = extract_text(text, None);
    let kaduna = actor(&doc, "Kaduna");
    let bomb = doc.events.iter().find(|e| e.event_type == "ASSAULT").expect("the bombing is an event");
    assert!(bomb.actor.is_empty(), "nobody is named as the bomber: {bomb:?}");
    assert_eq!(bomb.location.as_deref(), Some(kaduna.id.as_str()));
    let march = doc.events.iter().find(|e| e.event_type == "PROTEST").expect("the march is an event");
    assert_eq!(march.location.as_deref(), Some(actor(&doc, "Nairobi").id.as_str()));
    assert_eq!(doc.events.len(), 2, "other types still need someone who acted: {:?}", doc.events);
}

#[test]
fn a_trigger_inside_a_generic_group_is_still_an_event() {
    // "troops" is a group actor ("the troops were welcomed"), yet also the word that makes
    // "sent troops" a deployment; only a proper name hides a trigger word.
    let doc = extract_text("Kenya sent troops to Somalia on Monday.", None);
    let sent = doc.events.iter().find(|e| e.event_type == "MOBILIZE").expect("the deployment is an event");
    assert_eq!(sent.actor, vec![actor(&doc, "Kenya").id.clone()]);
    assert_eq!(sent.recipient, vec![actor(&doc, "Somalia").id.clone()]);
}

#[test]
fn a_possessive_continues_the_pronoun_before_it() {
    let doc = extract_text(
        "German Chancellor Olaf Scholz welcomed Ukrainian President Volodymyr Zelensky in Berlin. \
         Spanish Prime Minister Pedro Sanchez, who received him in Madrid after his visit to Paris, praised the talks.",
        None,
    );
    let zelensky = actor(&doc, "Volodymyr Zelensky").id.clone();
    let visit = doc.events.iter().find(|e| e.trigger.as_deref() == Some("visit")).expect("the visit is an event");
    assert_eq!(visit.actor, vec![zelensky], "'his' continues 'him', not the nearest name: {:?}", doc.events);
}

#[test]
fn the_government_is_the_state_last_named() {
    let text = "Ghana faces protests over fuel prices. The government imposed a curfew on Monday in Accra. \
                Kenya's government of national unity said it would send aid. The government of Togo condemned the move.";
    let doc = extract_text(text, None);
    let ghana = actor(&doc, "Ghana");
    let curfew = doc.events.iter().find(|e| e.trigger.as_deref() == Some("imposed curfew")).expect("the curfew is an event");
    assert_eq!((curfew.event_type.as_str(), curfew.actor.clone()), ("COERCE", vec![ghana.id.clone()]));
    // "The government of Togo" names its own state.
    let togo = actor(&doc, "Togo");
    let condemned = doc.events.iter().find(|e| e.trigger.as_deref() == Some("condemned")).expect("the condemnation");
    assert_eq!(condemned.actor, vec![togo.id.clone()]);
}

#[test]
fn reported_speech_without_that_and_closing_attributions() {
    let doc = extract_text("President Rodrigo Paz said both countries would set up a joint commission.", None);
    assert_eq!(speaker(&doc, "both countries would set up a joint commission"), "Rodrigo Paz");
    let doc = extract_text("The European Union pledged 20 million euros to clean up the lake, the EU ambassador in Lima said.", None);
    assert_eq!(speaker(&doc, "pledged 20 million euros"), "European Union");
    let doc = extract_text("The European Union pledged 20 million euros to clean up the lake, its ambassador said.", None);
    assert_eq!(speaker(&doc, "pledged 20 million euros"), "European Union");
    // The speaker of a closing attribution is after the comma or no one, never a name inside.
    let doc = extract_text("The ambassador, Joel Meyer, left Bamako on Wednesday, a diplomatic source said.", None);
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
    // A place after a preposition and a modifier is where the speakers are, not who speaks.
    let doc = extract_text("Farmers groups in southern Peru said they would continue their protests.", None);
    assert!(doc.quotes.iter().all(|q| q.speaker.as_deref().map(|id| name_of(&doc, id)) != Some("Peru")), "{:?}", doc.quotes);
    // After a verb's addressee: `X told AFP …`.
    let doc = extract_text("Defence Minister Ali Mansour told AFP the talks had collapsed over the border.", None);
    assert_eq!(speaker(&doc, "the talks had collapsed"), "Ali Mansour");
    let doc = extract_text("Defence Minister Ali Mansour told Agence France-Presse the talks had collapsed.", None);
    assert_eq!(speaker(&doc, "the talks had collapsed"), "Ali Mansour");
    let doc = extract_text("Defence Minister Ali Mansour told him to leave the country at once.", None);
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
    // An infinitive after the cue is no reported clause.
    let doc = extract_text("The African Union urged the parties to agree on a ceasefire.", None);
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
}

#[test]
fn a_title_needs_a_head_word() {
    // "State" is a ministry domain (`State Minister`), not a title: `State House` is no person.
    let doc = extract_text("President Hakainde Hichilema met the striking miners at State House on Friday.", None);
    assert!(!persons(&doc).contains(&"House"), "{:?}", persons(&doc));
    assert_eq!(actor(&doc, "Hakainde Hichilema").titles, vec!["President".to_string()]);
}

#[test]
fn a_ministry_after_a_demonym_and_the_ministry_it_becomes() {
    let text = "Tunisia protests\n\nThe Tunisian Ministry of Interior said on Sunday that its coast guard had stopped \
                three boats.\n\nIn a statement, the ministry accused Libya of failing to patrol its shores.";
    let doc = extract_text(text, None);
    let ministry = actor(&doc, "Tunisian Ministry of Interior");
    assert_eq!((ministry.kind, ministry.country.as_deref()), (ActorKind::Organization, Some("TUN")));
    let accuse = doc.events.iter().find(|e| e.event_type == "ACCUSE").expect("an ACCUSE event");
    assert_eq!(accuse.actor.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["Tunisian Ministry of Interior"]);
}

#[test]
fn quotes_around_an_addressee_and_coordinated_cues() {
    // A quoted newspaper name is the addressee, not speech, and not a reason to skip the speaker.
    let doc =
        extract_text("The analyst, Omar Haddad, told \"Al-Watan\" that the visit marks \"a turning point for the whole region.", None);
    assert_eq!(speaker(&doc, "a turning point"), "Omar Haddad");
    // A cue coordinated with an earlier verb shares its subject, wherever names fall between.
    let doc =
        extract_text("The Chadian government rejected the Sudanese account, and described the raid as \"a flagrant aggression\".", None);
    assert_eq!(speaker(&doc, "a flagrant aggression"), "Chad");
    // What the speaker goes on to do is not part of what was said.
    let doc = extract_text("The Kenyan foreign ministry said the vessel had entered its waters, and summoned the envoy.", None);
    let q = doc.quotes.iter().find(|q| q.text.contains("the vessel had entered")).expect("the reported clause");
    assert!(!q.text.contains("summoned"), "{:?}", q.text);
}

#[test]
fn a_phrasal_verb_tagged_as_a_noun_is_still_its_trigger() {
    let doc = extract_text("The Turkish army shot down a Syrian drone near the border on Monday.", None);
    let ev = doc.events.iter().find(|e| e.event_type == "ASSAULT").expect("shot down is an attack");
    assert_eq!(ev.recipient.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["Syria"]);
    let doc = extract_text("Niger announced the withdrawal of its ambassador from Algeria.", None);
    assert_eq!(doc.events.iter().map(|e| e.event_type.as_str()).collect::<Vec<_>>(), vec!["SANCTION"]);
}

#[test]
fn a_date_belongs_to_the_event_of_its_own_clause() {
    let doc = extract_text(
        "Chilean Foreign Minister Ana Ruiz received Peruvian Foreign Minister Luis Gomez in Santiago last Thursday, \
         and the two sides discussed the fishing dispute.",
        Some("2024-07-09"),
    );
    let received = doc.events.iter().find(|e| e.trigger.as_deref() == Some("received")).expect("the reception");
    assert_eq!((received.date.as_deref(), received.date_text.as_deref()), (Some("2024-07-04"), Some("last Thursday")));
}

#[test]
fn wire_copy_idioms_that_are_no_events_or_quotes() {
    // "…, which X denied" comments on the clause; X does not say it.
    let doc = extract_text("Earlier, Chile accused Peru of violating its fishing waters, which Lima denied.", None);
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
    // Declining to comment is no rejection.
    let doc = extract_text("Government spokesman Ivan Petrov declined to comment on the report.", None);
    assert!(doc.events.is_empty(), "{:?}", doc.events);
}

#[test]
fn a_verb_phrase_inside_a_long_object_and_the_tense_of_its_date() {
    // "provide … humanitarian aid" with the phrase's noun deep in the object; the date is the
    // announcement's (past), though the aid is future.
    let doc = extract_text(
        "Japan will provide 12 million dollars in humanitarian aid to Myanmar, the foreign ministry announced on Thursday.",
        Some("2025-01-17"),
    );
    let aid = doc.events.iter().find(|e| e.trigger.as_deref() == Some("provide humanitarian aid")).expect("the aid pledge");
    assert!(aid.hypothetical);
    assert_eq!(aid.date.as_deref(), Some("2025-01-16"));
}

#[test]
fn a_reported_future_is_dated_forward_and_a_report_back() {
    // Published on a Monday: the talks Iran said it would hold are next Thursday; the day
    // Lavrov spoke is last Friday, though what he said is future.
    let doc = extract_text("Iran said it would hold talks with the IAEA on Thursday.", Some("2025-03-10"));
    let talks = doc.events.iter().find(|e| e.trigger.as_deref() == Some("hold talks")).expect("the talks");
    assert_eq!(talks.date.as_deref(), Some("2025-03-13"));
    let doc = extract_text("Lavrov said on Friday that Russia will send more troops to Belarus.", Some("2025-03-10"));
    let deployment = doc.events.iter().find(|e| e.event_type == "MOBILIZE").expect("the deployment");
    assert_eq!(deployment.date.as_deref(), Some("2025-03-07"));
}

#[test]
fn a_month_is_no_march_and_a_passive_relative_clause_is_about_its_target() {
    let doc = extract_text("The observers will monitor the ceasefire agreed in Luanda in March.", Some("2024-06-03"));
    assert!(doc.events.iter().all(|e| e.event_type != "PROTEST"), "{:?}", doc.events);
    // The one detained is not the one who detains; the arrest, its agent unsaid, is kept.
    let doc = extract_text("The opposition leader Ana Rivas, who was arrested in Quito on Monday, has refused to answer questions.", None);
    let rivas = &actor(&doc, "Ana Rivas").id;
    let arrest = doc.events.iter().find(|e| e.event_type == "COERCE").expect("the arrest");
    assert!(arrest.actor.is_empty() && arrest.recipient == vec![rivas.clone()], "{arrest:?}");
}

#[test]
fn a_speaker_before_an_apposition_and_cue_words_inside_noun_phrases() {
    let doc = extract_text(
        "Maria Lopez, the head of the UN mission in Haiti, told the Council that more than 5,000 people had fled their homes.",
        None,
    );
    assert_eq!(speaker(&doc, "more than 5,000 people had fled"), "Maria Lopez");
    // The apposition names the person; "said New Delhi supported" is no inverted speaker.
    let doc = extract_text("The Indian envoy, Ravi Kumar, said New Delhi supported \"Asian solutions to Asian problems\".", None);
    assert_eq!(speaker(&doc, "Asian solutions"), "Ravi Kumar");
    // Nor is a name after a preposition: "said the warning by Vienna".
    let doc = extract_text(
        "The spokesman for Austria's foreign ministry, Karl Huber, said the warning by Vienna \"should not be seen as a threat\".",
        None,
    );
    assert_eq!(speaker(&doc, "should not be seen"), "Karl Huber");
    // "state media" does not state anything.
    let doc = extract_text("Egyptian state television aired footage of the clashes, which left 12 dead.", None);
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
}

#[test]
fn appositions_relative_clauses_and_attributions_in_roles() {
    // The one met is named in an apposition the parser misattaches.
    let doc = extract_text(
        "The talks come after the Chilean president, Pablo Reyes, met his Peruvian counterpart, Luis Quispe, in Lima last November.",
        Some("2025-02-14"),
    );
    let met = doc.events.iter().find(|e| e.event_type == "CONSULT").expect("the meeting");
    let parties: Vec<&str> = met.actor.iter().map(|id| name_of(&doc, id)).collect();
    assert_eq!(parties, vec!["Pablo Reyes", "Luis Quispe"]);
    assert_eq!(met.date.as_deref(), Some("2024-11"));
    // A relative clause between commas is about the name before it.
    let doc = extract_text(
        "The African Union, which has threatened to suspend Gabon, will hold an extraordinary summit in Addis Ababa on Friday.",
        None,
    );
    let summit = doc.events.iter().find(|e| e.trigger.as_deref() == Some("hold summit")).expect("the summit");
    assert_eq!(summit.actor.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["African Union"]);
    // ... and its date is its own: the detention began on July 26, the refusal is undated.
    let doc = extract_text("Ana Rivas, who has been detained at her home since July 26, has refused to resign.", Some("2023-08-17"));
    let refusal = doc.events.iter().find(|e| e.event_type == "REJECT").expect("the refusal");
    assert_eq!(refusal.date, None);
    // An attribution is no target: "according to a statement of the Ministry of Defence".
    let doc = extract_text(
        "The Peruvian army killed four rebels in the Andes last month, according to a statement of the Ministry of Defence.",
        None,
    );
    let killing = doc.events.iter().find(|e| e.event_type == "ASSAULT").expect("the killing");
    assert!(killing.recipient.iter().all(|id| name_of(&doc, id) != "Ministry of Defence"), "{killing:?}");
}

#[test]
fn the_one_called_on_does_what_is_asked_and_ordering_a_measure_takes_it() {
    // "called on the Council to impose sanctions": the Council (named before) would impose them.
    let doc = extract_text(
        "The United Nations Security Council met on Monday. The representative of Chad called on the Council to impose sanctions \
         on Sudan.",
        None,
    );
    let sanctions = doc.events.iter().find(|e| e.event_type == "SANCTION").expect("the sanctions");
    assert_eq!(sanctions.actor.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["United Nations Security Council"]);
    let appeal = doc.events.iter().find(|e| e.event_type == "REQUEST").expect("the appeal");
    assert_eq!(appeal.recipient.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["United Nations Security Council"]);
    // Ordering an expulsion is expelling.
    let doc = extract_text("Mali ordered the expulsion of the French ambassador on Tuesday.", None);
    let types: Vec<&str> = doc.events.iter().map(|e| e.event_type.as_str()).collect();
    assert_eq!(types, vec!["SANCTION"]);
}

#[test]
fn relative_clauses_in_attributions_and_dates_and_a_one_sided_handover() {
    // The speaker is the name before the relative clause, not a place inside it.
    let doc = extract_text(
        "Hossain, who visited New Delhi in December, had said Dhaka wanted \"a relationship of equals\" with its neighbour.",
        None,
    );
    assert_eq!(speaker(&doc, "a relationship of equals"), "Hossain");
    // An upper-case acronym after a comma opens no relative clause; a cue inside an unclosed
    // one keeps its own subject.
    let doc = extract_text("Citing Liberia, WHO director general Margaret Chan said Ebola \"affects one third of the region\".", None);
    assert_eq!(speaker(&doc, "affects one third"), "Margaret Chan");
    let doc = extract_text(
        "President Ernest Koroma thanked the Portuguese, whose help he said had made the region \"a partner in peace\".",
        None,
    );
    assert_eq!(speaker(&doc, "a partner in peace"), "Ernest Koroma");
    // A date inside a relative clause is not the main event's.
    let doc =
        extract_text("Hossain demanded the extradition of the former prime minister, who fled to India in August.", Some("2025-01-09"));
    let demand = doc.events.iter().find(|e| e.event_type == "REQUEST").expect("the demand");
    assert_eq!((demand.date.as_deref(), demand.date_text.as_deref()), (None, None));
    // Handing over is one-sided: the one handed over does not hand anyone over.
    let doc = extract_text("Officials in Lima said there was no question of handing Ana Rivas over to Chile.", None);
    assert!(doc.events.iter().all(|e| e.actor.iter().all(|id| name_of(&doc, id) != "Ana Rivas")), "{:?}", doc.events);
}

#[test]
fn a_demonym_that_locates_a_place_is_no_target() {
    let doc = extract_text(
        "Egypt strongly condemned an armed attack targeting its embassy in the Libyan capital Tripoli, the Foreign Ministry said.",
        None,
    );
    let condemnation = doc.events.iter().find(|e| e.event_type == "ACCUSE").expect("the condemnation");
    assert!(condemnation.recipient.is_empty(), "{condemnation:?}");
}

#[test]
fn a_time_clause_and_an_acronym_after_a_split_name() {
    // ", days after …" is a clause of its own: "next month" is not the summons's date.
    let doc = extract_text(
        "Chile and Peru on Thursday agreed to resume talks between their coast guards next month, days after Lima summoned \
         the Chilean ambassador.",
        Some("2025-01-09"),
    );
    let summons = doc.events.iter().find(|e| e.trigger.as_deref() == Some("summoned ambassador")).expect("the summons");
    assert_eq!(summons.date_text, None);
    // "Border Guard Bangladesh (BGB)": the acronym names the organisation though a state name
    // stands between.
    let doc =
        extract_text("Officers of the Border Guard Bangladesh (BGB) met Indian officials. The BGB protested against the fence.", None);
    let protest = doc.events.iter().find(|e| e.event_type == "PROTEST").expect("the protest");
    assert_eq!(protest.actor.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["Border Guard"]);
}

#[test]
fn every_party_named_in_a_between_phrase() {
    let doc = extract_text(
        "The decision was taken during a phone call between Foreign Minister Ivan Petrov and Serbia's foreign affairs adviser \
         Marko Ilic.",
        None,
    );
    let call = doc.events.iter().find(|e| e.event_type == "CONSULT").expect("the call");
    let parties: Vec<&str> = call.actor.iter().map(|id| name_of(&doc, id)).collect();
    assert_eq!(parties, vec!["Ivan Petrov", "Marko Ilic"]);
}

#[test]
fn an_organisation_before_a_title_gives_its_country() {
    let doc = extract_text("The Tunisian Interior Ministry spokesman Faker Bouzghaya said the boats were stopped at sea.", None);
    let p = actor(&doc, "Faker Bouzghaya");
    assert_eq!((p.country.as_deref(), p.sector.as_deref()), (Some("TUN"), Some("GOV")));
}

#[test]
fn family_name_first_and_a_weekday_inside_a_name() {
    let text = "Foreign Ministry spokesperson Mao Ning urged restraint on Tuesday. \"We oppose any provocation,\" Mao said.\n\n\
                Vice Foreign Minister Sun Weidong summoned the Japanese ambassador.";
    let doc = extract_text(text, Some("2024-06-18"));
    assert_eq!(speaker(&doc, "We oppose any provocation"), "Mao Ning");
    assert!(!persons(&doc).contains(&"Mao"), "{:?}", persons(&doc));
    // "Sun" is his name, not Sunday.
    let summoned = doc.events.iter().find(|e| e.trigger.as_deref() == Some("summoned ambassador")).expect("the summons");
    assert_eq!((summoned.date.as_deref(), summoned.date_text.as_deref()), (None, None));
}

#[test]
fn translated_press_with_a_ministry_a_quoted_newspaper_and_a_coordinated_cue() {
    let doc = extract_own("algiers-bamako-drone.txt", Some("2024-07-09"));
    assert_eq!(speaker(&doc, "violated Algerian airspace"), "Algerian Ministry of Foreign Affairs");
    assert_eq!(speaker(&doc, "a deep change in the balance of power"), "Karim Benali");
    assert_eq!(speaker(&doc, "an act of aggression"), "Mali");
    let shot = doc.events.iter().find(|e| e.event_type == "ASSAULT").expect("the drone shot down");
    assert_eq!(shot.recipient.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["Mali"]);
    let doc = extract_own("beijing-manila-shoal.txt", Some("2024-06-18"));
    assert_eq!(speaker(&doc, "China will take resolute measures"), "Lin Jian");
    assert_eq!(actor(&doc, "Lin Jian").aliases, vec!["Lin".to_string()]);
}

#[test]
fn verbs_that_only_introduce_a_direct_quote() {
    let doc = extract_text("Canada, a close partner of Denmark, condemned Russia's \"reckless and hostile\" flights.", None);
    assert_eq!(speaker(&doc, "reckless and hostile"), "Canada");
    // Their object is no reported speech.
    let doc = extract_text("The African Union condemned the attack that killed 12 soldiers.", None);
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
}

#[test]
fn a_headline_in_title_case_is_no_name() {
    let text = "Kenya Recalls Envoy After Deadly Clash With Somali Militia\n\nKenya recalled its ambassador on Monday after \
                militants killed four police officers near the border, the government said.";
    let doc = extract_text(text, Some("2025-06-10"));
    let names: Vec<&str> = doc.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.iter().all(|n| !n.contains("Recalls") && !n.contains("Clash")), "{names:?}");
    assert_eq!(actor(&doc, "Somalia").aliases, vec!["Somali".to_string()]);
    assert_eq!(actor(&doc, "Kenya").kind, ActorKind::State);
    // A name the body writes capitalised keeps its case in the headline.
    let text = "Ruto Meets Ndayishimiye Over Regional Force\n\nPresident William Ruto hosted Burundi's Evariste Ndayishimiye on \
                Friday.";
    let doc = extract_text(text, None);
    let ndayishimiye = actor(&doc, "Evariste Ndayishimiye");
    assert_eq!(ndayishimiye.mentions.len(), 2, "the headline's mention counts: {:?}", ndayishimiye.mentions);
}

#[test]
fn a_dateline_with_an_agency_is_no_part_of_the_sentence() {
    // The bracket credits a news agency, even where the letters also name a party; parsed
    // without the dateline, both states sign.
    let doc = extract_text(
        "COLOMBO, Aug 14 (PTI) - Sri Lanka and the Maldives signed a fisheries pact on Wednesday, officials said.",
        Some("2025-08-15"),
    );
    assert_eq!(actor(&doc, "Press Trust of India").sector.as_deref(), Some("MED"));
    let colombo = actor(&doc, "Colombo");
    assert_eq!(colombo.kind, ActorKind::Place);
    let pact = doc.events.iter().find(|e| e.event_type == "SUPPORT").expect("the pact");
    assert_eq!(pact.actor.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["Sri Lanka", "Maldives"]);
    assert_eq!(pact.location.as_deref(), Some(colombo.id.as_str()));
    // A dateline of two shouted words is the city.
    let doc = extract_text("ADDIS ABABA, May 2 (AFP) - Ethiopia expelled a senior diplomat on Friday.", None);
    assert_eq!(actor(&doc, "Addis Ababa").kind, ActorKind::Place);
    // The Press Trust of India puts no dash after its credit: still the agency, not a party.
    let doc = extract_text("MUMBAI, Aug 18 (PTI) Finance Minister Nirmala Sitharaman on Monday met bank chiefs in Mumbai.", None);
    assert_eq!(actor(&doc, "Press Trust of India").sector.as_deref(), Some("MED"));
    // The Spanish agencies close their dateline with ".-", glued to the bracket or not.
    for text in [
        "QUITO, 3 Mar (EFE).- The Ecuadorian Navy seized two fishing boats on Monday, the Defence Ministry reported.",
        "QUITO, 3 Mar (EFE) .- The Ecuadorian Navy seized two fishing boats on Monday, the Defence Ministry reported.",
    ] {
        let doc = extract_text(text, Some("2025-03-04"));
        assert_eq!(actor(&doc, "EFE").sector.as_deref(), Some("MED"), "{text}");
        let seizure = doc.events.iter().find(|e| e.event_type == "COERCE").unwrap_or_else(|| panic!("{text}: {:?}", doc.events));
        assert_eq!(seizure.actor.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["Ecuadorian Navy"], "{text}");
        assert!(doc.quotes.iter().all(|q| q.text.starts_with("The Ecuadorian Navy")), "{text}: {:?}", doc.quotes);
    }
}

#[test]
fn the_days_of_a_dated_dispatch_count_from_its_dateline() {
    // Filed on a Thursday, published in a digest five days later: "on Wednesday" is the day
    // before the dispatch, and the dispatch's own date dates nothing that has a day of its own.
    let doc = extract_text(
        "GOMA, Mar 13 (Reuters) - M23 rebels shelled a camp for displaced people on Wednesday, killing six, aid workers said.",
        Some("2025-03-18"),
    );
    let shelling = doc.events.iter().find(|e| e.trigger.as_deref() == Some("shelled")).expect("the shelling");
    assert_eq!((shelling.date.as_deref(), shelling.date_text.as_deref()), (Some("2025-03-12"), Some("Wednesday")));
    // Undated, the lead event is the dispatch's.
    let doc =
        extract_text("GOMA, Mar 13 (Reuters) - M23 rebels shelled a camp for displaced people, aid workers said.", Some("2025-03-18"));
    let shelling = doc.events.iter().find(|e| e.trigger.as_deref() == Some("shelled")).expect("the shelling");
    assert_eq!(shelling.date.as_deref(), Some("2025-03-13"));
}

#[test]
fn a_junta_acts_and_an_office_speaks_for_its_principal() {
    let doc = extract_text("The junta in Bamako expelled the Swedish ambassador on Monday.", Some("2025-06-10"));
    let expulsion = doc.events.iter().find(|e| e.event_type == "SANCTION").expect("the expulsion");
    assert_eq!(expulsion.actor.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["junta"]);
    // The office speaks for the sentence's subject, not for the last person named.
    let doc = extract_text(
        "President Javier Milei phoned Brazilian President Luiz Inacio Lula da Silva on Monday to discuss tariffs, his office \
         said.",
        None,
    );
    assert_eq!(speaker(&doc, "phoned Brazilian President"), "Javier Milei");
    // Alone, the proxy noun names no one.
    let doc = extract_text("Javier Milei met the governors. The office said the talks went well.", None);
    assert!(doc.quotes.iter().all(|q| q.speaker.as_deref().map(|id| name_of(&doc, id)) != Some("Javier Milei")), "{:?}", doc.quotes);
}

#[test]
fn a_closing_attribution_is_no_party_and_call_also_names() {
    // The source at the end reports the event; it is not what the event was aimed at.
    let doc =
        extract_text("Iran launched two drones over the Gulf on Sunday, Saudi Arabia's Joint Chiefs of Staff said in a statement.", None);
    let launch = doc.events.iter().find(|e| e.event_type == "ASSAULT" || e.event_type == "MOBILIZE").expect("the launch");
    assert!(launch.recipient.iter().all(|id| name_of(&doc, id) != "Saudi Arabia"), "{launch:?}");
    // "what it calls X for Y" names; it calls for nothing.
    let doc = extract_text("Cuba said it would answer what it calls provocations for propaganda.", None);
    assert!(doc.events.iter().all(|e| e.event_type != "REQUEST"), "{:?}", doc.events);
    let doc = extract_text("Chile called on Monday for an end to the blockade.", None);
    assert!(doc.events.iter().any(|e| e.trigger.as_deref().is_some_and(|t| t.starts_with("called"))), "{:?}", doc.events);
    // The longest name before a title gives the holder's country.
    let doc = extract_text("North Korean leader Ri Chol Ho inspected the launch.", None);
    assert_eq!(actor(&doc, "Ri Chol Ho").country.as_deref(), Some("PRK"));
}

#[test]
fn a_closing_attribution_may_end_at_a_comma_but_never_interrupts() {
    let text = "Gunmen seized a bus near the border on Monday, Colombia's Defence Ministry said, a day after rebels shelled \
                the town. Dozens of the detainees, Minister Ana Ruiz said, were students. At the same time, Peru declared a \
                state of emergency in two regions. In a briefing on Friday, the police warned of more violence.";
    let doc = extract_text(text, None);
    assert_eq!(speaker(&doc, "Gunmen seized a bus"), "Defence Ministry");
    assert_eq!(actor(&doc, "Defence Ministry").country.as_deref(), Some("COL"), "a state's possessive gives the country");
    // An interrupting attribution, a cue with an object, a cue after a phrase without a verb:
    // none of them reports the words before the comma.
    let reported: Vec<&str> = doc.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(reported, vec!["Gunmen seized a bus near the border on Monday"]);
    // "used" is the past of "use" (the suffix rules need a longer word).
    let doc = extract_text("Riot police used tear gas to disperse the crowd.", None);
    let gas = doc.events.iter().find(|e| e.event_type == "ASSAULT").expect("the tear gas");
    assert_eq!(gas.actor.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["riot police"]);
}

#[test]
fn it_is_never_a_plural_group_and_coordinated_modifiers_are_all_parties() {
    let doc = extract_text("Al-Shabaab said it had freed five of the 12 hostages it was holding in Baidoa.", None);
    assert!(!doc.events.is_empty());
    for e in &doc.events {
        let actors: Vec<&str> = e.actor.iter().map(|id| name_of(&doc, id)).collect();
        assert!(!actors.contains(&"hostages"), "{e:?}");
    }
    let doc = extract_text("Serbian and Kosovar negotiators held talks in Brussels on Monday.", None);
    let talks = doc.events.iter().find(|e| e.event_type == "CONSULT").expect("the talks");
    assert_eq!(talks.actor.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["Serbia", "Kosovo"]);
}

#[test]
fn the_group_is_the_armed_group_named_before_and_it_follows_it() {
    let doc = extract_text("Al-Shabaab fighters stormed a hotel in Kismayo on Friday. The group said it had killed nine soldiers.", None);
    assert_eq!(speaker(&doc, "had killed nine soldiers"), "al-Shabaab");
    let killing = doc.events.iter().find(|e| e.trigger.as_deref() == Some("killed")).expect("the killing");
    assert_eq!(killing.actor.iter().map(|id| name_of(&doc, id)).collect::<Vec<_>>(), vec!["al-Shabaab"]);
    // "the group of X" names its own members.
    let doc = extract_text("Boko Haram attacked a village. The group of elders said the army arrived late.", None);
    assert!(doc.quotes.iter().all(|q| q.speaker.as_deref().map(|id| name_of(&doc, id)) != Some("Boko Haram")), "{:?}", doc.quotes);
}

#[test]
fn offices_of_state_belong_to_the_one_state_a_story_names() {
    let text = "NAIROBI, Kenya (AP) — Kenyan police fired tear gas at doctors marching to the Health Ministry. \
                President William Ruto urged the doctors to go back to work. \
                The union's secretary-general, Davji Atellah, said the strike would go on.";
    let doc = extract_text(text, None);
    assert_eq!(actor(&doc, "William Ruto").country.as_deref(), Some("KEN"));
    assert_eq!(actor(&doc, "Health Ministry").country.as_deref(), Some("KEN"));
    // A union's secretary-general is a trade unionist, not a UN official, and no office of state.
    let atellah = actor(&doc, "Davji Atellah");
    assert_eq!((atellah.country.as_deref(), atellah.sector.as_deref()), (None, Some("LAB")));
    // A place abroad makes the story not one state's alone.
    let doc = extract_text("President Jim Dawson said in Washington that Ukraine needs more help.", None);
    assert_eq!(actor(&doc, "Jim Dawson").country, None);
}

#[test]
fn a_ministry_named_by_its_domain_speaks() {
    let text = "Israeli strikes killed 40 people in Gaza on Sunday, the health ministry said.\n\n\
                The interior ministry said police arrested five men.";
    let doc = extract_text(text, None);
    let speakers: Vec<&str> = doc.quotes.iter().map(|q| q.speaker.as_deref().map_or("none", |id| name_of(&doc, id))).collect();
    assert_eq!(speakers, vec!["health ministry", "interior ministry"]);
}

#[test]
fn headline_abbreviations_and_government_departments_are_known() {
    let doc = extract_text(
        "S. Korea, U.S. hold talks on tariffs\n\nThe Pentagon said on Friday that the State Department would brief the Knesset.",
        None,
    );
    assert_eq!(actor(&doc, "South Korea").kind, ActorKind::State);
    assert!(!doc.actors.iter().any(|a| a.name == "S."), "{:?}", doc.actors.iter().map(|a| &a.name).collect::<Vec<_>>());
    // The building stands for the government when it speaks.
    let pentagon = actor(&doc, "Pentagon");
    assert_eq!((pentagon.kind, pentagon.country.as_deref()), (ActorKind::Organization, Some("USA")));
    assert_eq!(actor(&doc, "United States Department of State").country.as_deref(), Some("USA"));
    assert_eq!(actor(&doc, "Knesset").country.as_deref(), Some("ISR"));
}

#[test]
fn a_title_with_to_before_the_name_gives_the_role_and_country() {
    let doc = extract_text("Chile's ambassador to the UN, Paula Narvaez, criticised the resolution.", None);
    let envoy = actor(&doc, "Paula Narvaez");
    assert_eq!(envoy.country.as_deref(), Some("CHL"));
    assert!(envoy.titles.iter().any(|t| t == "ambassador to the UN"), "{:?}", envoy.titles);
    // An infinitive after a title is no part of it.
    let doc = extract_text("The protesters urged President Ana Silva to resign.", None);
    assert!(actor(&doc, "Ana Silva").titles.iter().all(|t| !t.contains(" to ")), "{:?}", actor(&doc, "Ana Silva").titles);
}

#[test]
fn an_organisations_alias_ending_a_persons_name_is_the_surname() {
    let doc = extract_text("Foreign Minister Therese Kayikwamba Wagner met her Belgian counterpart in Brussels.", None);
    assert!(
        doc.actors.iter().any(|a| a.name == "Therese Kayikwamba Wagner"),
        "{:?}",
        doc.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
    assert!(!doc.actors.iter().any(|a| a.name == "Wagner Group"));
}

#[test]
fn a_known_place_in_capitals_before_a_colon_is_a_dateline() {
    // South Asian papers open with "CITY:"; what was said starts after it.
    let doc = extract_text("KARACHI: Police fired tear gas at protesters near the port on Sunday, officials said.", None);
    assert_eq!(actor(&doc, "Karachi").kind, ActorKind::Place);
    assert!(doc.quotes.iter().all(|q| q.text.starts_with("Police fired")), "{:?}", doc.quotes);
    // Not any shouted word: "BREAKING:" opens no dateline.
    let doc = extract_text("BREAKING: Police fired tear gas at protesters near the port on Sunday, officials said.", None);
    assert!(doc.quotes.iter().any(|q| q.text.starts_with("BREAKING")), "{:?}", doc.quotes);
}
