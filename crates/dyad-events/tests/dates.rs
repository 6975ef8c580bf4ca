//! Date expressions: recognition (byte ranges) and resolution.
use chrono::NaiveDate;
use dyad_events::dates::{find_date_expressions, resolve, resolve_against, DateExpr, Rel, Unit};

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

/// Resolved first expression in `text`.
fn first(text: &str, published: Option<NaiveDate>, past: bool) -> Option<String> {
    let found = find_date_expressions(text);
    let (_, e) = found.first().unwrap_or_else(|| panic!("no date in {text:?}"));
    resolve(e, published, past)
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

// 2025-03-12 is a Wednesday; 2025-03-16 a Sunday.
const WED: (i32, u32, u32) = (2025, 3, 12);

fn wed() -> Option<NaiveDate> {
    d(WED.0, WED.1, WED.2)
}

#[test]
fn byte_ranges_point_at_the_expression() {
    let text = "Talks resumed on March 3, 2025 in Geneva.";
    let found = find_date_expressions(text);
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].0.clone()], "March 3, 2025");
    assert_eq!(found[0].1, DateExpr::Full { year: 2025, month: 3, day: 3 });

    let text = "Troops left two weeks ago and returned last Saturday.";
    let found = find_date_expressions(text);
    let spans: Vec<&str> = found.iter().map(|(r, _)| &text[r.clone()]).collect();
    assert_eq!(spans, vec!["two weeks ago", "last Saturday"]);
}

#[test]
fn absolute_dates_resolve_without_publication_date() {
    assert_eq!(first("on 2024-11-05 the polls closed", None, true), s("2024-11-05"));
    assert_eq!(first("It happened on March 3, 2025.", None, true), s("2025-03-03"));
    assert_eq!(first("It happened on 3 March 2025.", None, true), s("2025-03-03"));
    assert_eq!(first("It happened on the 3rd of March 2025.", None, true), s("2025-03-03"));
    assert_eq!(first("The war began in 2022.", None, true), s("2022"));
    assert_eq!(first("It ended in May 2023.", None, true), s("2023-05"));
    // Invalid calendar date: no guess.
    assert_eq!(first("on February 30, 2025", None, true), None);
}

#[test]
fn relative_dates_need_publication_date() {
    for text in ["yesterday", "on Sunday", "two weeks ago", "last month", "in March", "on March 3"] {
        assert_eq!(first(text, None, true), None, "{text}");
    }
}

#[test]
fn day_words_and_ago() {
    assert_eq!(first("The attack happened yesterday.", wed(), true), s("2025-03-11"));
    assert_eq!(first("Talks open today.", wed(), false), s("2025-03-12"));
    assert_eq!(first("Talks open tomorrow.", wed(), false), s("2025-03-13"));
    assert_eq!(first("They met 3 days ago.", wed(), true), s("2025-03-09"));
    assert_eq!(first("They met two weeks ago.", wed(), true), s("2025-02-26"));
    // Month precision for months.
    assert_eq!(first("They met a month ago.", wed(), true), s("2025-02"));
    assert_eq!(first("They met three months ago.", d(2025, 1, 20), true), s("2024-10"));
    // Vague counts and event-relative spans are not resolved.
    assert_eq!(first("They met a few days ago.", wed(), true), None);
    let found = find_date_expressions("The coup came less than a month after the vote.");
    assert_eq!(found[0].1, DateExpr::RelativeToEvent { n: Some(1), unit: Unit::Month, within: true, after: true });
    assert_eq!(resolve(&found[0].1, wed(), true), None);
}

#[test]
fn event_relative_spans_resolve_against_the_other_event() {
    let expr = |t: &str| find_date_expressions(t).remove(0).1;
    // The vote lies in the month before the coup: a window across two months is a year.
    let within = expr("The coup came less than a month after the vote.");
    assert_eq!(resolve_against(&within, d(2025, 3, 9).unwrap()), s("2025"));
    assert_eq!(resolve_against(&within, d(2025, 1, 5).unwrap()), None);
    let within_days = expr("The coup came less than ten days after the vote.");
    assert_eq!(resolve_against(&within_days, d(2025, 3, 20).unwrap()), s("2025-03"));
    // Exact offsets keep their unit's precision; "before" looks forward.
    assert_eq!(resolve_against(&expr("The strike came two days after the talks."), d(2025, 3, 9).unwrap()), s("2025-03-07"));
    assert_eq!(resolve_against(&expr("The strike came two months before the talks."), d(2025, 3, 9).unwrap()), s("2025-05"));
    // Vague counts stay unresolved.
    assert_eq!(resolve_against(&expr("The strike came a few days after the talks."), d(2025, 3, 9).unwrap()), None);
}

#[test]
fn weekdays_are_past_biased() {
    // Published Wednesday 12 March 2025.
    assert_eq!(first("Rebels attacked on Sunday.", wed(), true), s("2025-03-09"));
    assert_eq!(first("Rebels attacked on Wednesday.", wed(), true), s("2025-03-12"));
    assert_eq!(first("Rebels attacked last Saturday.", wed(), true), s("2025-03-08"));
    // Future tense: the coming day.
    assert_eq!(first("The ministers will meet on Sunday.", wed(), false), s("2025-03-16"));
    assert_eq!(first("The ministers meet next Wednesday.", wed(), false), s("2025-03-19"));
    // Published on a Sunday, "on Sunday" (past) is that same day; "last Sunday" a week before.
    let sun = d(2025, 3, 16);
    assert_eq!(first("Rebels attacked on Sunday.", sun, true), s("2025-03-16"));
    assert_eq!(first("Rebels attacked last Sunday.", sun, true), s("2025-03-09"));
    // "This Sunday" told in the past is the Sunday just gone, in the future the coming one.
    assert_eq!(first("This Sunday, the group released three hostages.", wed(), true), s("2025-03-09"));
    assert_eq!(first("The group will release them this Sunday.", wed(), false), s("2025-03-16"));
}

#[test]
fn months_and_periods() {
    // "in March" in a past-tense sentence: the nearest March on or before publication.
    assert_eq!(first("Protests began in March.", d(2025, 2, 10), true), s("2024-03"));
    assert_eq!(first("Protests began in March.", d(2025, 7, 10), true), s("2025-03"));
    assert_eq!(first("Elections will be held in March.", d(2025, 7, 10), false), s("2026-03"));
    assert_eq!(first("It happened on March 3.", d(2025, 2, 10), true), s("2024-03-03"));
    assert_eq!(first("It happened on 3 March.", d(2025, 3, 10), true), s("2025-03-03"));
    assert_eq!(first("It happened last month.", d(2025, 1, 10), true), s("2024-12"));
    assert_eq!(first("It happened last year.", wed(), true), s("2024"));
    // ISO week 2025-03-03..09 lies in March: month precision.
    assert_eq!(first("It happened last week.", wed(), true), s("2025-03"));
    // The week of 2025-03-31..04-06 straddles two months: year precision only.
    assert_eq!(first("It happened this week.", d(2025, 4, 2), true), s("2025"));
    // Week across a year boundary: nothing.
    assert_eq!(first("It happened last week.", d(2025, 1, 8), true), None);
}

#[test]
fn may_and_march_as_verbs_are_not_months() {
    assert!(find_date_expressions("Talks may resume and troops may march south.").is_empty());
    assert!(!find_date_expressions("Talks resume in May.").is_empty());
    assert_eq!(find_date_expressions("Fighting resumed last May.")[0].1, DateExpr::Month { month: 5, rel: Rel::Last });
    assert_eq!(find_date_expressions("It happened last week.")[0].1, DateExpr::Period { rel: Rel::Last, unit: Unit::Week });
}
