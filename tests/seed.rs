//! The seed article — the project's first user document — as a golden test of what must be true.

mod common;
use common::*;
use dyad_extract::document::ActorKind;

const SEED: &str = "haftar-belarus.txt";

#[test]
fn persons_are_exactly_the_twelve_people_of_the_article() {
    let doc = extract_example(SEED, Some("2025-03-10"));
    let mut expected = vec![
        "Khalifa Haftar",
        "Osama Hammad",
        "Victor Karankvich",
        "Alexander Lukashenko",
        "Mohamed Bouisir",
        "Younis Bey Vikkirov",
        "Emmanuel Macron",
        "Donald Trump",
        "Hadi Drabia",
        "Ivan Terlin",
        "Samer Elias",
        "Mohamed Emtairid",
    ];
    expected.sort_unstable();
    assert_eq!(persons(&doc), expected);
}

#[test]
fn spelling_variants_are_one_person_and_namesakes_are_not() {
    let doc = extract_example(SEED, None);
    let bouisir = actor(&doc, "Mohamed Bouisir");
    for variant in ["Boiser", "Boisir"] {
        assert!(bouisir.aliases.iter().any(|a| a == variant), "{variant} in {:?}", bouisir.aliases);
    }
    assert!(actor(&doc, "Hadi Drabia").aliases.iter().any(|a| a == "Drabi"));
    assert!(actor(&doc, "Khalifa Haftar").aliases.iter().any(|a| a == "Haftar"));
    assert!(actor(&doc, "Mohamed Emtairid").aliases.is_empty(), "Emtairid must not absorb Bouisir's mentions");
}

#[test]
fn people_carry_the_country_and_title_the_text_gives() {
    let doc = extract_example(SEED, None);
    let cases = [
        ("Khalifa Haftar", Some("LBY"), "leader of the Libyan National Army"),
        ("Victor Karankvich", Some("BLR"), "deputy Prime Minister"),
        ("Alexander Lukashenko", Some("BLR"), "President"),
        ("Mohamed Bouisir", Some("LBY"), "expert in political affairs"),
        ("Younis Bey Vikkirov", Some("RUS"), "Deputy Defense Minister"),
        ("Emmanuel Macron", Some("FRA"), "President"),
        ("Donald Trump", Some("USA"), "President"),
        ("Hadi Drabia", None, "expert in Russian affairs and the Balkan countries"),
        ("Ivan Terlin", None, "head of the State Security Committee"),
        ("Samer Elias", None, "researcher in Russian affairs"),
        ("Mohamed Emtairid", Some("LBY"), "researcher in political affairs and international relations"),
        ("Osama Hammad", None, "head of the East government"),
    ];
    for (name, country, title) in cases {
        let a = actor(&doc, name);
        assert_eq!(a.country.as_deref(), country, "country of {name}");
        assert!(a.titles.iter().any(|t| t == title), "title {title:?} of {name}: {:?}", a.titles);
    }
    assert_eq!(actor(&doc, "Alexander Lukashenko").sector.as_deref(), Some("GOV"));
    assert_eq!(actor(&doc, "Khalifa Haftar").sector.as_deref(), Some("MIL"));
    assert_eq!(actor(&doc, "Mohamed Bouisir").sector.as_deref(), Some("EDU"));
}

#[test]
fn states_places_and_organisations_are_found() {
    let doc = extract_example(SEED, None);
    for (name, iso) in
        [("Libya", "LBY"), ("Belarus", "BLR"), ("Russia", "RUS"), ("United States", "USA"), ("France", "FRA"), ("Italy", "ITA")]
    {
        let a = actor(&doc, name);
        assert_eq!((a.kind, a.country.as_deref()), (ActorKind::State, Some(iso)), "{name}");
    }
    for name in ["Benghazi", "Minsk", "Benina International Airport", "Al-Kafra"] {
        let a = actor(&doc, name);
        assert_eq!(a.kind, ActorKind::Place, "{name}");
        assert!(a.country.is_some(), "{name} has a country");
    }
    assert_eq!(actor(&doc, "Minsk").country.as_deref(), Some("BLR"));
    assert_eq!(actor(&doc, "Al-Kafra").country.as_deref(), Some("LBY"));
    for name in ["Libyan National Army", "State Security Committee"] {
        assert_eq!(actor(&doc, name).kind, ActorKind::Organization, "{name}");
    }
    // Demonyms and capitals used for governments are mentions of the state.
    let belarus = actor(&doc, "Belarus");
    assert!(belarus.aliases.iter().any(|a| a == "Belarusian"));
    assert!(actor(&doc, "Russia").aliases.iter().any(|a| a == "Moscow"));
}

#[test]
fn every_mention_points_at_its_characters() {
    let doc = extract_example(SEED, None);
    let text = read(&repo().join("examples").join(SEED));
    for a in &doc.actors {
        for m in &a.mentions {
            // Names are reported repaired (`Al-Nahar`); spans point at the original (`Al -Nahar`).
            let raw = span_text(&text, *m);
            let got = dyad_text::normalize(&raw).as_str().to_string();
            assert!(got == a.name || a.aliases.contains(&got), "{} mention {:?} reads {raw:?}", a.name, m);
        }
    }
    // The MT artefact "Al -Nahar" is repaired for matching but reported where it stands.
    let paper = doc.actors.iter().find(|a| a.aliases.iter().any(|x| x == "Al-Nahar")).expect("the newspaper is an actor");
    assert!(paper.mentions.iter().any(|m| span_text(&text, *m) == "Al -Nahar"));
}

#[test]
fn quotes_are_attributed_to_their_speakers() {
    let doc = extract_example(SEED, None);
    let speaker_of = |needle: &str| {
        let q = doc.quotes.iter().find(|q| q.text.contains(needle)).unwrap_or_else(|| panic!("no quote containing {needle:?}"));
        q.speaker.as_deref().map(|id| name_of(&doc, id)).unwrap_or("none")
    };
    assert_eq!(speaker_of("I would like to feel like you are in your home"), "Alexander Lukashenko");
    assert_eq!(speaker_of("ready to help you in every possible way"), "Alexander Lukashenko");
    assert_eq!(speaker_of("seeks to establish strategic cooperation with Belarus"), "Khalifa Haftar");
    assert_eq!(speaker_of("the exchange of visits between the camp"), "Mohamed Bouisir");
    assert_eq!(speaker_of("gives Haftar an opportunity"), "Mohamed Bouisir");
    assert_eq!(speaker_of("The close relations between Belarus and Russia"), "Hadi Drabia");
    assert_eq!(speaker_of("remains a pioneering country"), "Hadi Drabia");
    assert_eq!(speaker_of("the Russian side has an interest"), "Samer Elias");
    assert_eq!(speaker_of("American interest in Libya"), "Samer Elias");
    assert_eq!(speaker_of("touched on cooperation"), "Mohamed Emtairid");
    assert_eq!(speaker_of("Cooperation with Belarus confirms"), "Mohamed Emtairid");
    // Quote text excludes the marks and matches its span.
    let text = read(&repo().join("examples").join(SEED));
    for q in &doc.quotes {
        assert_eq!(span_text(&text, q.span), q.text);
        assert!(!q.text.starts_with(['"', '\u{201C}']), "{:?}", q.text);
    }
}
