//! Our own articles (written for dyad, `tests/events/`) read as a user would: who speaks, who
//! acts, in styles the older golden articles do not cover (a junta's televised statement, a
//! machine-translated ministry readout).

mod common;
use common::*;

fn parties(doc: &dyad_extract::Document, ids: &[String]) -> Vec<String> {
    ids.iter().map(|id| name_of(doc, id).to_string()).collect()
}

#[test]
fn a_foiled_coup_plot_and_the_ministers_words() {
    let doc = extract_own("ouagadougou-coup-plot.txt", Some("2026-11-30"));
    // The minister's surname is no capital of another country, and "he said" after a clause
    // naming the junta leader is the minister's.
    assert!(doc.actors.iter().all(|a| a.name != "Sanaa"), "{:?}", doc.actors.iter().map(|a| &a.name).collect::<Vec<_>>());
    assert_eq!(speaker(&doc, "masterminds of this plot"), "Mahamadou Sana");
    assert_eq!(speaker(&doc, "The plotters had planned"), "Mahamadou Sana");
    // The plot to overthrow the government is someone else's, and it failed.
    let overthrow = doc.events.iter().find(|e| e.trigger.as_deref() == Some("overthrow")).expect("the plot");
    assert!(overthrow.actor.is_empty() && overthrow.negated, "{overthrow:?}");
    assert_eq!(parties(&doc, &overthrow.recipient), vec!["Burkina Faso"]);
    // "They" after a sentence with no event word is the three juntas that open it.
    let expelled = doc.events.iter().find(|e| e.trigger.as_deref() == Some("expelled")).expect("the expulsion");
    assert_eq!(parties(&doc, &expelled.actor), vec!["Burkina Faso", "Mali", "Niger"]);
    assert_eq!(parties(&doc, &expelled.recipient), vec!["France"]);
}

#[test]
fn a_readout_where_the_minister_is_the_subject_named_before() {
    let doc = extract_own("moscow-readout.txt", Some("2026-11-30"));
    // "…, the minister stressed" after "Lavrov said … talks with his Egyptian counterpart X".
    assert_eq!(speaker(&doc, "We have never refused contacts"), "Sergey Lavrov");
    assert_eq!(speaker(&doc, "the expiration of the New START treaty"), "Sergey Lavrov");
    assert_eq!(speaker(&doc, "Moscow had not received"), "Sergey Ryabkov");
}

#[test]
fn a_crackdown_told_by_the_ministry_and_the_beaten() {
    let doc = extract_own("tbilisi-crackdown.txt", Some("2026-12-01"));
    // "the interior ministry said … the ministry said": the ministry, not the EU named between.
    assert_eq!(speaker(&doc, "The police acted within the law"), "interior ministry");
    assert_eq!(speaker(&doc, "They dragged me into a bus"), "Nika Melia");
    let urged = doc.events.iter().find(|e| e.trigger.as_deref() == Some("urged")).expect("the EU's call");
    assert_eq!(parties(&doc, &urged.actor), vec!["European Union"]);
}

#[test]
fn a_machine_translated_mediation_story() {
    let doc = extract_own("cairo-sudan-mediation.txt", Some("2026-12-01"));
    // Unnamed sources speak; the newspaper they spoke to does not.
    assert!(speaker(&doc, "Saudi Arabia is preparing").ends_with("sources"));
    let hypothetical = |t: &str| doc.events.iter().find(|e| e.trigger.as_deref() == Some(t)).is_some_and(|e| e.hypothetical);
    assert!(hypothetical("invite") && hypothetical("lift siege"));
    // "…, while the latter accused the army": the RSF accuse the Sudanese army.
    let accused = doc.events.iter().find(|e| e.trigger.as_deref() == Some("accused")).expect("the accusation");
    assert_eq!(parties(&doc, &accused.actor), vec!["Rapid Support Forces"]);
    assert_eq!(parties(&doc, &accused.recipient), vec!["Sudan"]);
}
