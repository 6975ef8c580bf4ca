//! Every output validates against the JSON contract in `spec/document.schema.json`.

mod common;
use common::*;

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&read(&repo().join("spec/document.schema.json"))).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn assert_valid(v: &jsonschema::Validator, doc: &serde_json::Value, what: &str) {
    let errors: Vec<String> = v.iter_errors(doc).map(|e| format!("{} at {}", e, e.instance_path)).collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

#[test]
fn the_spec_example_validates() {
    let v = validator();
    let example: serde_json::Value = serde_json::from_str(&read(&repo().join("spec/example.json"))).expect("example is JSON");
    assert_valid(&v, &example, "spec/example.json");
}

#[test]
fn the_validator_rejects_a_broken_document() {
    let v = validator();
    let bad = serde_json::json!({"schema": "dyad.document/v1", "document": {"id": "x"}, "actors": [], "events": [], "quotes": []});
    assert!(!v.is_valid(&bad), "a document without published/text_sha256 must be rejected");
}

#[test]
fn every_example_output_validates() {
    let v = validator();
    for entry in std::fs::read_dir(repo().join("examples")).expect("examples dir") {
        let name = entry.expect("entry").file_name().to_string_lossy().to_string();
        for published in [None, Some("2025-03-10")] {
            let doc = serde_json::to_value(extract_example(&name, published)).expect("serialisable");
            assert_valid(&v, &doc, &name);
        }
    }
}

#[test]
fn the_spec_example_text_extracts_to_a_valid_document_with_its_people() {
    let v = validator();
    let text = read(&repo().join("spec/example.txt"));
    let mut article = dyad_extract::input::from_text(&text);
    article.published = Some(dyad_extract::input::parse_date("2025-06-18").expect("date"));
    let doc = dyad_extract::extract(&article, &dyad_extract::Options::default());
    assert_valid(&v, &serde_json::to_value(&doc).expect("json"), "spec/example.txt");
    let eide = actor(&doc, "Espen Barth Eide");
    assert_eq!(eide.country.as_deref(), Some("NOR"));
    assert!(eide.titles.iter().any(|t| t == "Foreign Minister"));
    assert!(eide.aliases.iter().any(|a| a == "Eide"));
    assert_eq!(doc.document.title.as_deref(), Some("Oslo hosts talks"));
    let q = doc.quotes.iter().find(|q| q.direct).expect("a direct quote");
    assert_eq!(q.speaker.as_deref(), Some(eide.id.as_str()));
    assert_eq!(span_text(&text, q.span), q.text);
}
