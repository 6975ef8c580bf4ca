//! Event evaluation against the PETRARCH2 / PLOVER gold files (ignored: it needs
//! `../shared/data` and takes a while). Run with
//! `cargo test --release --test events -- --ignored --nocapture`; `DYAD_EVAL_ERRORS=N`
//! prints N wrongly coded sentences per file.

#[path = "../../src/cmd_eval_events.rs"]
#[allow(dead_code)]
mod cmd_eval_events;
#[path = "../../src/csv_file.rs"]
mod csv_file;

#[test]
#[ignore]
fn eval_events_on_the_gold_files() {
    let mut args = cmd_eval_events::EvalEventsArgs::default();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    args.petr2 = root.join(&args.petr2);
    args.plover = root.join(&args.plover);
    args.errors = std::env::var("DYAD_EVAL_ERRORS").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    if !args.petr2.exists() {
        eprintln!("SKIPPED: {} not found", args.petr2.display());
        return;
    }
    cmd_eval_events::run(&args).unwrap();
}
