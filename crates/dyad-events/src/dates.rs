//! Date expressions in news sentences and their resolution against the publication date.
//!
//! Resolution is past-biased for past-tense sentences (news mostly reports what already
//! happened) and never guesses: an expression that cannot be pinned down at the stated
//! precision resolves to `None`. Choices:
//! * a bare weekday ("on Sunday") in a past-tense sentence is the latest such day **on or
//!   before** publication — so on a Sunday it is that same day, because wire copy is
//!   usually filed the day of the event; "last Sunday" is strictly before publication;
//! * "two weeks ago" / "3 days ago" resolve to the day; "a month ago" and "last month" to
//!   the month; "last week" / "this week" to the month only when the whole ISO week
//!   (Monday–Sunday) lies in one month (else the year, else `None`);
//! * expressions relative to another event ("less than a month after the vote") resolve
//!   only against that event's date ([`resolve_against`]): "less than a month after" is a
//!   window, given at the finest precision that contains all of it (month, else year).

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::ops::Range;
use std::sync::OnceLock;

use chrono::{Datelike, Duration, NaiveDate};

const CALENDAR_TSV: &str = include_str!("../../../data/events/calendar.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rel {
    Bare,
    Last,
    This,
    Next,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A recognised date expression, before resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateExpr {
    /// "2025-03-03", "March 3, 2025", "3 March 2025".
    Full { year: i32, month: u32, day: u32 },
    /// "on March 3", "3 March".
    MonthDay { month: u32, day: u32 },
    /// "March 2025", "2025-03".
    MonthYear { year: i32, month: u32 },
    /// "in March", "last March".
    Month { month: u32, rel: Rel },
    /// "in 2024".
    Year(i32),
    /// "on Sunday", "last Saturday"; weekday 1 = Monday … 7 = Sunday.
    Weekday { weekday: u32, rel: Rel },
    /// yesterday (-1), today (0), tomorrow (1).
    DayOffset(i64),
    /// "3 days ago", "two weeks ago", "a month ago"; `n` is `None` for "a few".
    Ago { n: Option<u32>, unit: Unit },
    /// "last week", "this month", "next year".
    Period { rel: Rel, unit: Unit },
    /// "less than a month after …", "two days later": relative to another event. `n` is
    /// `None` for "a few"; `within` for "less than"; `after` for after/later/since.
    RelativeToEvent { n: Option<u32>, unit: Unit, within: bool, after: bool },
}

impl DateExpr {
    /// Whether the expression names a time after the day it is written ("next month",
    /// "tomorrow", "next Friday"), which no deed already done can have.
    pub fn points_ahead(&self) -> bool {
        match self {
            DateExpr::Weekday { rel, .. } | DateExpr::Month { rel, .. } | DateExpr::Period { rel, .. } => *rel == Rel::Next,
            DateExpr::DayOffset(days) => *days > 0,
            _ => false,
        }
    }
}

pub(crate) struct Calendar {
    months: HashMap<&'static str, u32>,
    weekdays: HashMap<&'static str, u32>,
    numbers: HashMap<&'static str, i32>,
    pub(crate) future: HashSet<&'static str>,
    pub(crate) base_form: HashSet<&'static str>,
    pub(crate) base_form_next: HashSet<&'static str>,
    period_part: HashSet<&'static str>,
    deadline: HashSet<&'static str>,
    span_end: HashSet<&'static str>,
}

/// Whether `word` sets a deadline before a date ("withdraw *by* September 3"): a deadline
/// of something not yet done lies ahead (`calendar.tsv` kind `deadline`).
pub fn is_deadline_word(word: &str) -> bool {
    calendar().deadline.contains(crate::lemma::lower_case(word).as_ref())
}

/// Whether the text before a date expression ends in a deadline word, perhaps with a part of
/// the period between ("*by* the end of next year": `calendar.tsv` kind `period_part`).
pub fn ends_in_deadline(before: &str) -> bool {
    ends_in(before, |c| &c.deadline)
}

/// Whether the text before a date expression ends in a word that ends a span ("suspend talks
/// *until* 2028": `calendar.tsv` kind `span_end`): when something stops dates no event.
pub fn ends_in_span_end(before: &str) -> bool {
    ends_in(before, |c| &c.span_end)
}

fn ends_in(before: &str, words: impl Fn(&Calendar) -> &HashSet<&'static str>) -> bool {
    let c = calendar();
    for w in before.split_whitespace().rev().take(5) {
        let lower = crate::lemma::lower_case(w);
        if words(c).contains(lower.as_ref()) {
            return true;
        }
        if !c.period_part.contains(lower.as_ref()) {
            return false;
        }
    }
    false
}

/// Whether a noun names a part of a period ("the *end* of January", "the *spring* of 2003":
/// `calendar.tsv` kind `period_part`), so that a date hung on it still dates the clause.
pub fn is_period_part(word: &str) -> bool {
    calendar().period_part.contains(crate::lemma::lower_case(word).as_ref())
}

/// A weekday or month name ("Sunday", "march" only when written "March").
pub fn is_day_or_month(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let c = calendar();
    c.weekdays.contains_key(lower.as_str()) || (c.months.contains_key(lower.as_str()) && word.starts_with(char::is_uppercase))
}

/// A unit of time ("days", "a week", "hours"), of the kind that measures how long before or
/// after something ("*days* after the vote").
pub fn is_time_unit(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    unit_named(&lower).is_some() || matches!(lower.trim_end_matches('s'), "hour" | "minute")
}

pub(crate) fn calendar() -> &'static Calendar {
    static C: OnceLock<Calendar> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = Calendar {
            months: HashMap::new(),
            weekdays: HashMap::new(),
            numbers: HashMap::new(),
            future: HashSet::new(),
            base_form: HashSet::new(),
            base_form_next: HashSet::new(),
            period_part: HashSet::new(),
            deadline: HashSet::new(),
            span_end: HashSet::new(),
        };
        for line in CALENDAR_TSV.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            let Ok(v) = cols[2].trim().parse::<i32>() else {
                continue;
            };
            match cols[1].trim() {
                "month" => {
                    c.months.insert(cols[0].trim(), v as u32);
                }
                "weekday" => {
                    c.weekdays.insert(cols[0].trim(), v as u32);
                }
                "number" => {
                    c.numbers.insert(cols[0].trim(), v);
                }
                "future" => {
                    c.future.insert(cols[0].trim());
                }
                "base_form" => {
                    c.base_form.insert(cols[0].trim());
                }
                "base_form_next" => {
                    c.base_form_next.insert(cols[0].trim());
                }
                "period_part" => {
                    c.period_part.insert(cols[0].trim());
                }
                "deadline" => {
                    c.deadline.insert(cols[0].trim());
                }
                "span_end" => {
                    c.span_end.insert(cols[0].trim());
                }
                _ => {}
            }
        }
        c
    })
}

struct Tok<'s> {
    range: Range<usize>,
    text: &'s str,
    lower: String,
}

fn tokens(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    let b = s.as_bytes();
    for (i, c) in s.char_indices() {
        let inner_hyphen =
            c == '-' && start.is_some() && i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if c.is_alphanumeric() || inner_hyphen {
            start.get_or_insert(i);
        } else {
            if let Some(st) = start.take() {
                out.push(Tok { range: st..i, text: &s[st..i], lower: s[st..i].to_lowercase() });
            }
            if c == ',' {
                out.push(Tok { range: i..i + 1, text: ",", lower: ",".into() });
            }
        }
    }
    if let Some(st) = start {
        out.push(Tok { range: st..s.len(), text: &s[st..], lower: s[st..].to_lowercase() });
    }
    out
}

/// Day of month, with optional ordinal suffix ("3", "3rd").
fn day_of(t: &Tok) -> Option<u32> {
    let digits = t.lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &t.lower[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(t: &Tok) -> Option<i32> {
    (t.text.len() == 4).then(|| t.text.parse::<i32>().ok()).flatten().filter(|y| (1800..=2200).contains(y))
}

const MONTH_PREPS: [&str; 14] =
    ["in", "on", "since", "until", "till", "by", "early", "late", "mid", "of", "from", "during", "through", "before"];

fn month_of(toks: &[Tok], i: usize) -> Option<u32> {
    let t = toks.get(i)?;
    let m = *calendar().months.get(t.lower.as_str())?;
    let full_name = t.lower.len() > 4 || t.lower == "june" || t.lower == "july";
    let capital = t.text.starts_with(|c: char| c.is_ascii_uppercase());
    if !full_name && !capital {
        return None;
    }
    // "may" and "march" are also verbs: demand a date-like neighbour.
    if matches!(t.lower.as_str(), "may" | "march" | "mar") || !full_name {
        let prev_ok = i > 0 && {
            let p = toks[i - 1].lower.as_str();
            MONTH_PREPS.contains(&p) || matches!(p, "last" | "next" | "this")
        };
        let next_ok = toks.get(i + 1).is_some_and(|n| day_of(n).is_some() || year_of(n).is_some());
        let prev_day = i > 0 && day_of(&toks[i - 1]).is_some();
        if !(capital && (prev_ok || next_ok || prev_day)) {
            return None;
        }
    }
    Some(m)
}

fn number_of(t: &Tok) -> Option<Option<u32>> {
    if let Ok(n) = t.text.parse::<u32>() {
        return Some(Some(n));
    }
    calendar().numbers.get(t.lower.as_str()).map(|&n| u32::try_from(n).ok())
}

fn unit_of(t: &Tok) -> Option<Unit> {
    unit_named(&t.lower)
}

fn unit_named(lower: &str) -> Option<Unit> {
    match lower.trim_end_matches('s') {
        "day" => Some(Unit::Day),
        "week" => Some(Unit::Week),
        "month" => Some(Unit::Month),
        "year" => Some(Unit::Year),
        _ => None,
    }
}

fn rel_of(t: Option<&Tok>) -> Option<Rel> {
    match t?.lower.as_str() {
        "last" => Some(Rel::Last),
        "this" => Some(Rel::This),
        "next" | "coming" => Some(Rel::Next),
        _ => None,
    }
}

/// One expression starting at token `i`: (tokens consumed, expression, first token).
fn match_at(toks: &[Tok], i: usize) -> Option<(usize, usize, DateExpr)> {
    let t = &toks[i];
    let at = |k: usize| toks.get(k);
    // ISO "2025-03-03" / "2025-03"
    let parts: Vec<&str> = t.text.split('-').collect();
    if parts.len() == 3 && parts[0].len() == 4 && parts[1].len() == 2 && parts[2].len() == 2 {
        let (y, m, d) = (parts[0].parse().ok()?, parts[1].parse().ok()?, parts[2].parse().ok()?);
        return Some((i, 1, DateExpr::Full { year: y, month: m, day: d }));
    }
    if parts.len() == 2 && parts[0].len() == 4 && parts[1].len() == 2 {
        let (y, m): (i32, u32) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
        if (1..=12).contains(&m) && (1800..=2200).contains(&y) {
            return Some((i, 1, DateExpr::MonthYear { year: y, month: m }));
        }
    }
    // "March 3, 2025" / "March 3" / "March 2025" / "in March"
    if let Some(m) = month_of(toks, i) {
        if let Some(d) = at(i + 1).and_then(day_of) {
            let (comma, yi) = if at(i + 2).is_some_and(|c| c.text == ",") { (1, i + 3) } else { (0, i + 2) };
            if let Some(y) = at(yi).and_then(year_of) {
                return Some((i, 3 + comma, DateExpr::Full { year: y, month: m, day: d }));
            }
            return Some((i, 2, DateExpr::MonthDay { month: m, day: d }));
        }
        if let Some(y) = at(i + 1).and_then(year_of) {
            return Some((i, 2, DateExpr::MonthYear { year: y, month: m }));
        }
        if let Some(rel) = i.checked_sub(1).and_then(|k| rel_of(at(k))) {
            return Some((i - 1, 2, DateExpr::Month { month: m, rel }));
        }
        return Some((i, 1, DateExpr::Month { month: m, rel: Rel::Bare }));
    }
    // "3 March 2025" / "3rd of March"
    if let Some(d) = day_of(t) {
        let of = usize::from(at(i + 1).is_some_and(|x| x.lower == "of"));
        if let Some(m) = month_of(toks, i + 1 + of) {
            if let Some(y) = at(i + 2 + of).and_then(year_of) {
                return Some((i, 3 + of, DateExpr::Full { year: y, month: m, day: d }));
            }
            return Some((i, 2 + of, DateExpr::MonthDay { month: m, day: d }));
        }
    }
    // "in 2024"
    if let Some(y) = year_of(t) {
        if i > 0 && MONTH_PREPS.contains(&toks[i - 1].lower.as_str()) {
            return Some((i, 1, DateExpr::Year(y)));
        }
    }
    // weekdays
    if let Some(&w) = calendar().weekdays.get(t.lower.as_str()) {
        let capital = t.text.starts_with(|c: char| c.is_ascii_uppercase());
        if t.lower.len() > 4 || capital {
            if let Some(rel) = i.checked_sub(1).and_then(|k| rel_of(at(k))) {
                return Some((i - 1, 2, DateExpr::Weekday { weekday: w, rel }));
            }
            return Some((i, 1, DateExpr::Weekday { weekday: w, rel: Rel::Bare }));
        }
    }
    match t.lower.as_str() {
        "yesterday" => return Some((i, 1, DateExpr::DayOffset(-1))),
        "today" | "tonight" => return Some((i, 1, DateExpr::DayOffset(0))),
        "tomorrow" => return Some((i, 1, DateExpr::DayOffset(1))),
        _ => {}
    }
    // "last week", "this month", "next year", "last night"
    if let Some(rel) = rel_of(Some(t)) {
        if let Some(u) = at(i + 1).filter(|x| !x.lower.ends_with('s')).and_then(unit_of) {
            if u != Unit::Day {
                return Some((i, 2, DateExpr::Period { rel, unit: u }));
            }
        }
        if rel == Rel::Last && at(i + 1).is_some_and(|x| x.lower == "night") {
            return Some((i, 2, DateExpr::DayOffset(-1)));
        }
    }
    // "[less than] N units ago|after|later"
    let (lead, ni) = match (t.lower.as_str(), at(i + 1).map(|x| x.lower.as_str())) {
        ("less" | "more" | "fewer", Some("than")) => (2, i + 2),
        ("a", Some("few" | "couple")) => (1, i + 1),
        _ => (0, i),
    };
    if let Some(n) = at(ni).and_then(number_of) {
        let ui = if at(ni + 1).is_some_and(|x| x.lower == "of") { ni + 2 } else { ni + 1 };
        if let Some(u) = at(ui).and_then(unit_of) {
            let n = if lead == 1 { None } else { n };
            match at(ui + 1).map(|x| x.lower.as_str()) {
                Some("ago") if lead != 2 => {
                    return Some((i, ui + 2 - i, DateExpr::Ago { n, unit: u }));
                }
                Some(w @ ("ago" | "after" | "later" | "before" | "earlier" | "since")) => {
                    let after = matches!(w, "after" | "later" | "since");
                    let expr = DateExpr::RelativeToEvent { n, unit: u, within: lead == 2 && t.lower == "less", after };
                    return Some((i, ui + 2 - i, expr));
                }
                _ => {}
            }
        }
    }
    None
}

/// All date expressions in `sentence`, as byte ranges into it, left to right.
pub fn find_date_expressions(sentence: &str) -> Vec<(Range<usize>, DateExpr)> {
    let toks = tokens(sentence);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((first, len, expr)) = match_at(&toks, i) {
            let last = (first + len).saturating_sub(1).min(toks.len() - 1);
            out.push((toks[first].range.start..toks[last].range.end, expr));
            i = last.max(i) + 1;
        } else {
            i += 1;
        }
    }
    out
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn ym(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

/// Month `k` months from (y, m), k may be negative.
fn shift_month(y: i32, m: u32, k: i64) -> (i32, u32) {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + k;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

/// The span Monday..Sunday at month precision if it sits in one month, else year.
fn week_precision(day_in_week: NaiveDate) -> Option<String> {
    let mon = day_in_week - Duration::days(i64::from(day_in_week.weekday().num_days_from_monday()));
    span_precision(mon, mon + Duration::days(6))
}

/// The finest date that covers every day of `lo..=hi`: their month if they share one, their
/// year if they share that, else nothing (a guess would be wrong).
fn span_precision(lo: NaiveDate, hi: NaiveDate) -> Option<String> {
    if (lo.year(), lo.month()) == (hi.year(), hi.month()) {
        Some(ym(lo.year(), lo.month()))
    } else if lo.year() == hi.year() {
        Some(format!("{:04}", lo.year()))
    } else {
        None
    }
}

/// Resolves `expr` to "YYYY-MM-DD", "YYYY-MM" or "YYYY". Relative expressions need
/// `published`; `past_tense` tells whether the sentence reports a past event.
pub fn resolve(expr: &DateExpr, published: Option<NaiveDate>, past_tense: bool) -> Option<String> {
    match *expr {
        DateExpr::Full { year, month, day } => NaiveDate::from_ymd_opt(year, month, day).map(ymd),
        DateExpr::MonthYear { year, month } => (1..=12).contains(&month).then(|| ym(year, month)),
        DateExpr::Year(y) => Some(format!("{y:04}")),
        DateExpr::RelativeToEvent { .. } | DateExpr::Ago { n: None, .. } => None,
        _ => resolve_relative(expr, published?, past_tense),
    }
}

fn resolve_relative(expr: &DateExpr, p: NaiveDate, past: bool) -> Option<String> {
    match *expr {
        DateExpr::MonthDay { month, day } => {
            let cand = |y: i32| NaiveDate::from_ymd_opt(y, month, day);
            if past {
                (0..5).filter_map(|k| cand(p.year() - k)).find(|d| *d <= p).map(ymd)
            } else {
                (-1..=1).filter_map(|k| cand(p.year() + k)).min_by_key(|d| (*d - p).num_days().abs()).map(ymd)
            }
        }
        DateExpr::Month { month, rel } => {
            if !(1..=12).contains(&month) {
                return None;
            }
            let y = p.year();
            let year = match rel {
                Rel::This => y,
                Rel::Last => {
                    if month < p.month() {
                        y
                    } else {
                        y - 1
                    }
                }
                Rel::Next => {
                    if month > p.month() {
                        y
                    } else {
                        y + 1
                    }
                }
                Rel::Bare if past => {
                    if month <= p.month() {
                        y
                    } else {
                        y - 1
                    }
                }
                Rel::Bare => {
                    if month >= p.month() {
                        y
                    } else {
                        y + 1
                    }
                }
            };
            Some(ym(year, month))
        }
        DateExpr::Weekday { weekday, rel } => {
            if !(1..=7).contains(&weekday) {
                return None;
            }
            let pw = i64::from(p.weekday().number_from_monday());
            let back = (pw - i64::from(weekday)).rem_euclid(7); // days back to latest on-or-before
            let fwd = (i64::from(weekday) - pw).rem_euclid(7); // days to earliest on-or-after
            let d = match rel {
                Rel::Bare if past => p - Duration::days(back),
                Rel::Bare => p + Duration::days(fwd),
                Rel::Last => p - Duration::days(if back == 0 { 7 } else { back }),
                Rel::Next => p + Duration::days(if fwd == 0 { 7 } else { fwd }),
                Rel::This if past => p - Duration::days(back),
                Rel::This => p + Duration::days(i64::from(weekday) - pw),
            };
            Some(ymd(d))
        }
        DateExpr::DayOffset(k) => p.checked_add_signed(Duration::days(k)).map(ymd),
        DateExpr::Ago { n: Some(n), unit } => {
            let n = i64::from(n);
            match unit {
                Unit::Day => p.checked_sub_signed(Duration::days(n)).map(ymd),
                Unit::Week => p.checked_sub_signed(Duration::weeks(n)).map(ymd),
                Unit::Month => {
                    let (y, m) = shift_month(p.year(), p.month(), -n);
                    Some(ym(y, m))
                }
                Unit::Year => Some(format!("{:04}", i64::from(p.year()) - n)),
            }
        }
        DateExpr::Period { rel, unit } => {
            let k = match rel {
                Rel::Last => -1,
                Rel::Next => 1,
                _ => 0,
            };
            match unit {
                Unit::Week => week_precision(p + Duration::weeks(k)),
                Unit::Month => {
                    let (y, m) = shift_month(p.year(), p.month(), k);
                    Some(ym(y, m))
                }
                Unit::Year => Some(format!("{:04}", i64::from(p.year()) + k)),
                Unit::Day => None,
            }
        }
        _ => None,
    }
}

/// Resolves an event-relative expression for the event it introduces ("the visit came
/// *less than a month after* the talks": the talks), given the date of the other event
/// (`anchor`, the visit). "N units after" puts the event N units before the anchor, at the
/// unit's precision; "less than N units after" only within the window before it, at the
/// finest precision that contains the whole window; "before" mirrors both.
pub fn resolve_against(expr: &DateExpr, anchor: NaiveDate) -> Option<String> {
    let DateExpr::RelativeToEvent { n: Some(n), unit, within, after } = *expr else { return None };
    let sign: i64 = if after { -1 } else { 1 };
    let shifted = |k: i64| -> Option<NaiveDate> {
        match unit {
            Unit::Day => anchor.checked_add_signed(Duration::days(k)),
            Unit::Week => anchor.checked_add_signed(Duration::weeks(k)),
            Unit::Month => {
                let months = chrono::Months::new(u32::try_from(k.unsigned_abs()).ok()?);
                if k >= 0 {
                    anchor.checked_add_months(months)
                } else {
                    anchor.checked_sub_months(months)
                }
            }
            Unit::Year => NaiveDate::from_ymd_opt(anchor.year() + i32::try_from(k).ok()?, anchor.month(), anchor.day().min(28)),
        }
    };
    let far = shifted(sign * i64::from(n))?;
    if !within {
        return Some(match unit {
            Unit::Day | Unit::Week => ymd(far),
            Unit::Month => ym(far.year(), far.month()),
            Unit::Year => format!("{:04}", far.year()),
        });
    }
    let (lo, hi) = if far <= anchor { (far, anchor) } else { (anchor, far) };
    span_precision(lo, hi)
}
