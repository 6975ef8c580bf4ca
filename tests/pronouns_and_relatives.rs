//! Who a pronoun or a relative clause points to, as event coding sees it: subject continuity
//! across sentences, the reporter of a reported clause, and relative clauses the parser reads
//! as the main clause. Own sentences.

mod common;
use common::*;

#[test]
fn a_sentence_opening_he_continues_the_last_subject() {
    let evs = coded(
        "Chancellor Olaf Scholz spoke at a meeting with President Emmanuel Macron in Berlin. He offered his condolences to the families of the victims.",
    );
    assert!(evs.contains(&"SUPPORT Olaf Scholz -> ".to_string()), "{evs:?}");
    // Someone named before "he" in its own sentence is still the nearer antecedent.
    let own = coded("Scholz met Macron. After Macron left, he said he would visit Warsaw.");
    assert!(own.contains(&"AGREE Macron -> Poland ?".to_string()), "{own:?}");
}

#[test]
fn a_relative_clause_after_the_subject_is_no_main_clause() {
    let evs =
        coded("Brazil, which has long backed Bolivia, said it was watching the crisis closely and called on Peru to withdraw its troops.");
    assert!(evs.contains(&"SUPPORT Brazil -> Bolivia".to_string()), "{evs:?}");
    assert!(evs.contains(&"REQUEST Brazil -> Peru".to_string()), "{evs:?}");
}

#[test]
fn a_pronoun_subject_of_a_reported_clause_is_the_reporter() {
    // "They" is the whole joined subject.
    assert_eq!(coded("Chile and Peru said they had agreed to reopen the border."), vec!["CONCEDE Chile+Peru -> "]);
    // "The United States" is one party, not a demonym on a plural noun.
    assert_eq!(coded("The United States said it would deploy troops to Poland."), vec!["MOBILIZE United States -> Poland ?"]);
    // Never the antecedent of its own relative clause.
    let evs = coded("Sudan cut ties with the United Arab Emirates, which it accuses of arming the rebels.");
    assert!(evs.contains(&"ACCUSE Sudan -> ".to_string()) || evs.iter().any(|e| e.starts_with("ACCUSE Sudan ->")), "{evs:?}");
    // A passive clause after an addressee is about the addressee (what a warning says would
    // be done is threatened).
    let evs = coded("Norway warned Serbia that it would be expelled from the council.");
    assert!(evs.contains(&"THREATEN  -> Serbia ?".to_string()), "{evs:?}");
}

#[test]
fn support_for_a_party_is_support_to_it() {
    assert_eq!(coded("Japan expressed its support for Ukraine."), vec!["SUPPORT Japan -> Ukraine"]);
    assert_eq!(coded("The United States expressed its support for Taiwan."), vec!["SUPPORT United States -> Taiwan"]);
    // Not a discourse marker before it.
    let part = coded("For its part, Japan welcomed the agreement.");
    assert!(part.iter().all(|e| e.ends_with("-> ")), "{part:?}");
}

#[test]
fn a_likely_event_is_not_yet_real() {
    assert_eq!(coded("Putin is likely to meet Erdogan in Ankara."), vec!["CONSULT Putin+Erdogan ->  ?"]);
    assert_eq!(coded("Modi is set to meet Xi in Kazan."), vec!["CONSULT Modi+Xi ->  ?"]);
}

/// (type, date) of every event, published on Monday 10 March 2025.
fn dated(text: &str) -> Vec<(String, Option<String>)> {
    let doc = extract_text(text, Some("2025-03-10"));
    doc.events.iter().map(|e| (e.event_type.clone(), e.date.clone())).collect()
}

#[test]
fn a_date_modifying_a_noun_dates_no_event() {
    // "the position of 2019" is no date of the concession denied after it.
    let evs = dated("\"We are back to the position of 2019,\" the minister said, adding that Peru had not ceded any territory.");
    assert!(evs.iter().any(|(t, d)| t == "CONCEDE" && d.is_none()), "{evs:?}");
}

#[test]
fn a_report_date_dates_news_not_an_event_named_by_a_noun() {
    // The bombing is older than the day its survivors spoke.
    let evs = dated("Survivors of the bombing in Kabul said on Saturday that the government had abandoned them.");
    assert!(evs.iter().any(|(t, d)| t == "ASSAULT" && d.is_none()), "{evs:?}");
    // A deed told as news keeps the report's date.
    let evs = dated("Rebels seized two villages near the border, the army said on Saturday.");
    assert!(evs.contains(&("COERCE".to_string(), Some("2025-03-08".to_string()))), "{evs:?}");
}

/// (type, location name) of every event.
fn located(text: &str) -> Vec<(String, Option<String>)> {
    let doc = extract_text(text, None);
    doc.events.iter().map(|e| (e.event_type.clone(), e.location.as_deref().map(|l| name_of(&doc, l).to_string()))).collect()
}

#[test]
fn where_an_event_happened_is_its_own_place() {
    // Not the place of the clash the talks are dated from.
    let evs = located("Armenia and Azerbaijan have not held talks since the deadly clash in the Lachin corridor.");
    assert!(evs.iter().any(|(t, l)| t == "CONSULT" && l.is_none()), "{evs:?}");
    // A place named through "of": "the city of X".
    let evs = located("Gunmen attacked a market in the northern city of Kaduna.");
    assert!(evs.contains(&("ASSAULT".to_string(), Some("Kaduna".to_string()))), "{evs:?}");
}

#[test]
fn both_governments_are_those_of_the_leaders_named() {
    let evs = coded(
        "Ecuadorian President Daniel Noboa and Peruvian President Dina Boluarte met in the city of Tumbes, where both governments committed to reopen the border.",
    );
    assert!(evs.iter().any(|e| e.starts_with("CONCEDE Ecuador+Peru") || e.starts_with("AGREE Ecuador+Peru")), "{evs:?}");
}

#[test]
fn an_obligation_the_speakers_own_state_shares_is_no_demand() {
    let evs = coded("Hungary must take a leading role on the humanitarian issue, Foreign Minister Peter Szijjarto said.");
    assert!(!evs.iter().any(|e| e.starts_with("REQUEST")), "{evs:?}");
    // On another state it is.
    let evs = coded("Russia must withdraw its troops, Polish Foreign Minister Radoslaw Sikorski said.");
    assert!(evs.contains(&"REQUEST Radoslaw Sikorski -> Russia".to_string()), "{evs:?}");
}

#[test]
fn it_is_not_the_demonym_of_an_envoy() {
    let evs = coded(
        "The Foreign Ministry of Chile summoned the Peruvian ambassador to deliver a note of protest, in which it demanded the release of the fishermen.",
    );
    assert!(evs.iter().any(|e| e.starts_with("REQUEST Chile")), "{evs:?}");
}

#[test]
fn their_is_the_whole_joined_subject_of_its_clause() {
    // (Not the organisation named last before it.)
    let evs = coded("Togo, Benin and Ghana formed the Alliance of Coastal States last year and announced their withdrawal from the regional bloc ECOWAS.");
    let withdrawal = evs.iter().find(|e| e.starts_with("CONCEDE Togo+Benin+Ghana ->")).unwrap_or_else(|| panic!("{evs:?}"));
    assert!(!withdrawal.contains("Alliance"), "{evs:?}");
}

#[test]
fn a_state_across_the_border_is_no_party() {
    let evs = coded("Gunmen attacked a police post near the border with Niger on Sunday.");
    assert!(!evs.iter().any(|e| e.contains("-> Niger")), "{evs:?}");
}

#[test]
fn a_speech_verb_joined_to_a_reported_object_is_the_reporters() {
    // Parsed as a conjunct of "right", the object of the reported clause.
    let evs = coded(
        "The spokesman Ali Bagheri told reporters that the IAEA \"has no right to inspect military sites\" and accused Western countries of hypocrisy.",
    );
    assert!(evs.iter().any(|e| e.starts_with("ACCUSE Ali Bagheri")), "{evs:?}");
}

#[test]
fn a_party_pronoun_opening_a_sentence_continues_the_last_subject() {
    // Nobody named before "It": the party that was the last sentence's subject (parsed or not).
    let evs = coded("Chile's foreign ministry said it had counted 30 vessels. It condemned the Peruvian manoeuvres.");
    assert!(evs.contains(&"ACCUSE Chile -> Peru".to_string()), "{evs:?}");
    let evs = coded("The insurgents said they had crossed the river. They accused the Bolivian army of shelling villages.");
    assert!(evs.iter().any(|e| e.starts_with("ACCUSE insurgents -> Bolivia")), "{evs:?}");
    // An "it" that refers to nothing ("it is", "it was") or is quoted stays no party.
    let evs = coded("Chile's foreign ministry said it had counted 30 vessels. It was unclear whether Peru attacked them.");
    assert!(evs.iter().all(|e| !e.contains("Chile")), "{evs:?}");
}

#[test]
fn a_participle_after_a_date_is_done_by_the_clause_subject() {
    // "sending" hung on "Thursday" by the parser: Venezuela sends the warships, not Guyana.
    let evs = coded("Venezuela's army began exercises around Guyana on Thursday, sending warships and fighter jets to simulate a blockade of the coast.");
    assert!(evs.contains(&"MOBILIZE Venezuela -> ".to_string()), "{evs:?}");
    assert!(evs.iter().all(|e| !e.starts_with("MOBILIZE Guyana")), "{evs:?}");
}

#[test]
fn a_title_noun_stands_for_the_person_holding_it() {
    // "The president" after "President Gustavo Petro": Petro condemns.
    let evs = coded("President Gustavo Petro arrived in Quito on Monday. The president condemned the raid on Mexico's embassy.");
    assert!(evs.iter().any(|e| e.starts_with("ACCUSE Gustavo Petro")), "{evs:?}");
    // A readout's bare "Prime Minister" is the prime minister named before.
    let evs = coded("Prime Minister Mark Carney spoke with President Claudia Sheinbaum. Prime Minister requested the early release of Canadian citizens held in Mexico.");
    assert!(evs.iter().any(|e| e.starts_with("REQUEST Mark Carney")), "{evs:?}");
    // "The new president" is no one named yet.
    let evs = coded("Lula met President Boric on Monday. He said the new president should be sworn in at once and urged Congress to act.");
    assert!(evs.iter().all(|e| !e.contains("-> Boric")), "{evs:?}");
    let evs = coded("Lula met President Boric on Monday. He said the president should be sworn in at once and urged Congress to act.");
    assert!(evs.iter().any(|e| e.contains("-> Boric")), "{evs:?}");
}

#[test]
fn a_party_inside_a_closed_relative_clause_is_no_antecedent() {
    // "they" are the governments, not the protesters named inside the aside about them.
    let evs = coded(
        "The governments of Ghana and Togo, which have sought to mediate between the junta and the protesters, said in a statement that they were alarmed and called on Niamey to free the detainees.",
    );
    let call = evs.iter().find(|e| e.starts_with("REQUEST")).expect("the call");
    assert!(!call.starts_with("REQUEST protesters"), "{evs:?}");
}

#[test]
fn a_two_word_state_opened_by_its_adjective_counts_among_both_countries() {
    // "Saudi Arabia" is tagged as an adjective and a name; its head decides, so it is one of the two.
    let evs = coded("The envoy flew to Kenya, then to Saudi Arabia and Qatar, and both countries agreed to host the talks.");
    let agree = evs.iter().find(|e| e.starts_with("AGREE")).expect("the agreement");
    assert!(agree.contains("Saudi Arabia") && agree.contains("Qatar") && !agree.contains("Kenya"), "{evs:?}");
}

#[test]
fn who_after_a_title_set_off_after_a_name_is_that_person() {
    let evs = coded("Thai officials met Anwar Ibrahim, prime minister of Malaysia, who is on an official visit to Thailand.");
    assert!(evs.iter().any(|e| e.starts_with("CONSULT Anwar Ibrahim -> Thailand")), "{evs:?}");
}

#[test]
fn the_ministers_opening_a_sentence_are_the_two_named_before() {
    let text = "Foreign Minister Penny Wong held talks in Canberra on Monday with her Indonesian counterpart Sugiono. \
                The ministers discussed maritime security.";
    let doc = extract_text(text, None);
    let discussed = doc.events.iter().find(|e| e.trigger.as_deref() == Some("discussed")).expect("an event for 'discussed'");
    let names: Vec<&str> = discussed.actor.iter().map(|id| name_of(&doc, id)).collect();
    assert_eq!(names, vec!["Penny Wong", "Sugiono"], "{:?}", doc.events);
}

#[test]
fn his_government_after_an_unnamed_official_is_the_officials_state() {
    let text = "Rwanda's envoy Ernest Rwamucyo spoke first. Burundi's ambassador told the council that his government would cooperate with the inquiry.";
    let doc = extract_text(text, None);
    let coop = doc.events.iter().find(|e| e.trigger.as_deref() == Some("cooperate")).expect("an event for 'cooperate'");
    let names: Vec<&str> = coop.actor.iter().map(|id| name_of(&doc, id)).collect();
    assert_eq!(names, vec!["Burundi"], "{:?}", doc.events);
}

#[test]
fn a_relative_clause_whose_named_subject_does_an_event_names_no_target() {
    // The report's relative clause is the commission's own accusation, not the publisher's target.
    let evs = coded("The Red Cross on Tuesday released documents in which the African Union accuses Chad of abusing detainees.");
    assert!(evs.iter().any(|e| e == "ACCUSE African Union -> Chad"), "{evs:?}");
    assert!(!evs.iter().any(|e| e.contains("-> African Union")), "{evs:?}");
}

#[test]
fn they_after_a_sentence_without_an_event_is_its_listed_subjects() {
    // The first sentence holds no event word, so it is never parsed: the list that opens it is
    // still its subject.
    let evs = coded("Chile, Peru and Bolivia remain close. They have expelled Argentine diplomats.");
    assert_eq!(evs, vec!["SANCTION Chile+Peru+Bolivia -> Argentina"]);
    // An apposition is no list.
    let evs = coded("The rebel group, the Chilean National Front, remains strong. It has attacked Peru.");
    assert!(evs.iter().all(|e| !e.contains("Chile")), "{evs:?}");
}

#[test]
fn the_latter_is_the_last_named_party_and_the_army_the_one_named_with_its_state() {
    let ev = coded("Chad accused Sudan of arming rebels, while the latter accused Chad of sheltering militants.");
    assert!(ev.contains(&"ACCUSE Sudan -> Chad".to_string()), "{ev:?}");
    // "The former president" is a title, no reference.
    let ev = coded("The former president of Chad accused Sudan of arming rebels.");
    assert!(ev.contains(&"ACCUSE Chad -> Sudan".to_string()), "{ev:?}");
    // Several states named since: "the army" is still the Malian army named before.
    let ev = coded("Talks between the Malian army and Tuareg rebels collapsed. Algeria and Niger urged calm. The army said it had repelled an attack near Kidal on Sunday.");
    assert!(ev.iter().any(|e| e.starts_with("ASSAULT Mali")), "{ev:?}");
}
