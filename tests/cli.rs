//! The `dyad extract` command as a user meets it: streams, formats, and bad input.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("dyad runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

/// A scratch directory unique to one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/haftar-belarus.txt")
}

#[test]
fn extracts_a_file_as_one_json_line() {
    let o = run(dyad().args(["extract"]).arg(seed()).args(["--published", "2025-03-10"]));
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1);
    let doc: serde_json::Value = serde_json::from_str(out.trim()).expect("JSON");
    assert_eq!(doc["document"]["published"], "2025-03-10");
    assert!(doc["actors"].as_array().is_some_and(|a| a.len() > 10));
}

#[test]
fn pretty_and_table_formats() {
    let o = run(dyad().args(["extract", "--pretty"]).arg(seed()));
    assert!(stdout(&o).starts_with("{\n  \"schema\""));
    let o = run(dyad().args(["extract", "--format", "table"]).arg(seed()));
    let out = stdout(&o);
    assert!(out.contains("ACTORS") && out.contains("Khalifa Haftar") && out.contains("QUOTES") && out.contains("EVENTS"), "{out}");
}

#[test]
fn bad_files_are_reported_one_line_each_and_the_rest_goes_on() {
    let dir = scratch("bad");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.join("binary.bin");
    std::fs::write(&binary, b"PK\x03\x04\x00\x00binary").unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 in Par\xeds").unwrap();
    let huge = dir.join("huge.txt");
    {
        let mut f = std::fs::File::create(&huge).unwrap();
        let line = "The minister met the envoy in Paris on Monday. ".repeat(1000) + "\n";
        for _ in 0..1100 {
            f.write_all(line.as_bytes()).unwrap();
        }
    }
    assert!(std::fs::metadata(&huge).unwrap().len() > 50_000_000);
    let missing = dir.join("missing.txt");
    let o = run(dyad().arg("extract").args([&empty, &binary, &latin1, &huge, &missing]).arg(seed()));
    assert_eq!(o.status.code(), Some(1), "a failed input makes the exit status 1");
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 5, "one line per bad input: {err}");
    for (path, why) in [(&empty, "empty input"), (&binary, "binary"), (&latin1, "not UTF-8"), (&huge, "limit"), (&missing, "cannot read")] {
        let name = path.display().to_string();
        assert!(lines.iter().any(|l| l.contains(&name) && l.contains(why)), "no line for {name} with {why:?}: {err}");
    }
    assert_eq!(stdout(&o).lines().count(), 1, "the good file is still extracted");
}

#[test]
fn json_lines_stream_keeps_order_and_reports_bad_lines_in_place() {
    let mut input = String::new();
    for i in 0..40 {
        input.push_str(&format!(
            "{{\"id\": \"doc{i}\", \"published\": \"2025-01-0{}\", \"text\": \"Minister {i} met the envoy of France in Rome.\"}}\n",
            1 + i % 9
        ));
        if i == 7 {
            input.push_str("this is not json\n");
        }
        if i == 21 {
            input.push_str("{\"id\": \"no-text\", \"title\": \"missing\"}\n");
        }
    }
    let mut child =
        dyad().args(["extract", "--jsonl", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "record errors are data, not a failure: {}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).expect("every output line is JSON")).collect();
    assert_eq!(lines.len(), 42, "one output line per input line");
    assert_eq!(lines[8]["line"], 9);
    assert!(lines[8]["error"].as_str().unwrap().contains("not a JSON object"));
    assert!(lines[23]["error"].as_str().unwrap().contains("\"text\""));
    let ids: Vec<&str> = lines.iter().filter_map(|l| l["document"]["id"].as_str()).collect();
    let expected: Vec<String> = (0..40).map(|i| format!("doc{i}")).collect();
    assert_eq!(ids, expected, "output keeps input order");
    let err = stderr(&o);
    assert!(err.contains("<stdin>:9:") && err.contains("<stdin>:24:"), "{err}");
}

#[test]
fn html_input_carries_its_extracted_text() {
    let dir = scratch("html");
    let page = dir.join("page.html");
    std::fs::write(
        &page,
        "<html><head><title>Talks</title><script>var a=1;</script></head><body><nav>Menu</nav>\
         <p>French President Emmanuel Macron met Khalifa Haftar in Paris.</p><p>&ldquo;We talked,&rdquo; Macron said.</p></body></html>",
    )
    .unwrap();
    let o = run(dyad().arg("extract").arg(&page));
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    let text = doc["document"]["text"].as_str().expect("HTML output carries its text");
    assert!(!text.contains("var a") && !text.contains("Menu"));
    let chars: Vec<char> = text.chars().collect();
    let macron = doc["actors"].as_array().unwrap().iter().find(|a| a["name"] == "Emmanuel Macron").expect("Macron");
    for m in macron["mentions"].as_array().unwrap() {
        let (s, e) = (m[0].as_u64().unwrap() as usize, m[1].as_u64().unwrap() as usize);
        let got: String = chars[s..e].iter().collect();
        assert!(got == "Emmanuel Macron" || got == "Macron", "{got}");
    }
}

#[test]
fn no_input_is_a_usage_error() {
    let o = run(dyad().arg("extract"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing to extract"));
}

#[test]
fn eval_events_scores_labelled_stories_by_document() {
    let csv = scratch("ngec").join("stories.csv");
    std::fs::write(
        &csv,
        "text,label\n\
         \"Egyptian police arrested 40 protesters in Cairo on Friday, \"\"officials\"\" said.\",COERCE\n\
         \"Kenya and Uganda held talks in Nairobi on border trade.\nBoth sides agreed to meet again.\",CONSULT\n\
         \"The weather was mild.\",AID\n\
         \"Not a story\",NOT_A_LABEL\n",
    )
    .expect("write the stories");
    let o = run(dyad().args(["eval", "events", "--ngec"]).arg(&csv));
    let out = stdout(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.starts_with("NGEC synthetic (3 stories): label among the events 66.7%, lead event's type 66.7%, no event 33.3%"), "{out}");
    assert!(out.contains("AID            1 stories  among   0.0%"), "{out}");
}

/// A reader that is gone (`dyad eval events | head -1`, the pipe closed before dyad writes)
/// ends dyad quietly, without a panic on its next line.
#[test]
fn a_closed_output_pipe_ends_the_command_quietly() {
    use std::io::Read;
    let mut child = dyad()
        .args(["eval", "events", "--errors", "5"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dyad starts");
    // Scoring takes a while: the reader is gone before the first line.
    drop(child.stdout.take());
    let mut err = String::new();
    child.stderr.take().expect("stderr piped").read_to_string(&mut err).expect("stderr");
    let status = child.wait().expect("dyad ends");
    assert!(!err.contains("panicked"), "{err}");
    assert_ne!(status.code(), Some(101), "{err}");
}
