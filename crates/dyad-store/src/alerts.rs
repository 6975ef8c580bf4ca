//! Alerts: dyads whose latest window says something new.
//!
//! Everything is computed over *rolling windows* of `window` days ending on the evaluation date
//! `T` (default: the latest publication date in the store): the current window is `(T-L, T]`,
//! trailing window `i` is `(T-(i+1)L, T-iL]`. Windows count event clusters, so one event reported
//! by ten articles counts once. Rolling windows ending at `T` (not calendar weeks) mean an article
//! published on a Monday that reports Saturday's visit still sees both days in one window.
//!
//! 1. **New dyad** — the dyad has no event before the current window, its current window has real
//!    weight (`≥ new_min_events` clusters or `|Σ score| ≥ new_min_score`), and the store already
//!    held data (by publication date) `background` windows before it. The background condition is
//!    what makes "first" mean something: in an empty or just-started store every dyad is new. The
//!    default score threshold (12) lies beyond any single PLOVER score (±10), so one event alone,
//!    however violent, is never "real weight": it takes two clusters, or two heavy ones.
//! 2. **Flip** — the sign of the summed PLOVER score in the current window differs from the sign
//!    over the `trailing` windows before it, each side carrying `≥ flip_min_events` clusters and
//!    `|Σ score| ≥ flip_min_score`. Summed scores rather than counts, because PLOVER scores grade
//!    intensity (an ASSAULT at −9 outweighs a CONSULT at +2.5), and minimum weights on both sides
//!    keep a single stray event from flipping a relation.
//! 3. **Jump** — the current count `x` against a Poisson baseline with mean `λ` = the mean count of
//!    the trailing windows (empty windows included). Event counts per window are counts of rare,
//!    independent-ish occurrences, for which the Poisson is the natural null; its upper tail
//!    `P(X ≥ x | λ)` is exact for small counts where a normal z-score is not. An alert needs
//!    `x ≥ jump_min_events`, `x ≥ jump_ratio · λ` and `P ≤ jump_p`; `λ` is floored at `1/(2·trailing)`
//!    so a long-quiet dyad does not give a zero-variance baseline. The z-score `(x−λ)/√λ` is
//!    reported for readers used to it.
//!
//! Every alert carries its numbers and the ids of the stored events behind the current window.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::relations::{group, load_facts, Fact, Level, Node, Nodes, Period, RelationFilter};
use crate::{Result, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    NewDyad,
    Flip,
    Jump,
}

impl AlertKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AlertKind::NewDyad => "new_dyad",
            AlertKind::Flip => "flip",
            AlertKind::Jump => "jump",
        }
    }
}

/// Thresholds of the three alerts (see the module docs for what each means).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AlertParams {
    pub level: Level,
    pub window: Period,
    /// End of the (last) evaluated window; default the latest publication date in the store.
    pub at: Option<NaiveDate>,
    /// Also evaluate every earlier window ending on or after this date, stepping one window.
    pub since: Option<NaiveDate>,
    pub background: u32,
    pub new_min_events: u32,
    pub new_min_score: f64,
    pub trailing: u32,
    pub flip_min_events: u32,
    pub flip_min_score: f64,
    pub jump_min_events: u32,
    pub jump_ratio: f64,
    pub jump_p: f64,
}

impl Default for AlertParams {
    fn default() -> Self {
        AlertParams {
            level: Level::State,
            window: Period::Week,
            at: None,
            since: None,
            background: 4,
            new_min_events: 2,
            new_min_score: 12.0,
            trailing: 8,
            flip_min_events: 2,
            flip_min_score: 5.0,
            jump_min_events: 5,
            jump_ratio: 3.0,
            jump_p: 0.001,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Alert {
    pub kind: AlertKind,
    pub level: Level,
    pub a: Node,
    pub b: Node,
    /// First and last day of the current window.
    pub window: [String; 2],
    /// Clusters and summed score in the current window.
    pub events: u32,
    pub score: f64,
    /// Clusters and summed score over the trailing windows.
    pub trailing_events: u32,
    pub trailing_score: f64,
    pub p_value: Option<f64>,
    pub z: Option<f64>,
    pub explanation: String,
    pub clusters: Vec<i64>,
    /// Stored events (reports) behind the current window.
    pub event_ids: Vec<i64>,
}

/// `P(X ≥ x)` for `X ~ Poisson(λ)`, summed over the tail so tiny probabilities stay exact.
pub fn poisson_sf(x: u32, lambda: f64) -> f64 {
    if x == 0 {
        return 1.0;
    }
    let ln_fact = |k: u32| (1..=k).map(|i| f64::from(i).ln()).sum::<f64>();
    let mut log_term = -lambda + f64::from(x) * lambda.ln() - ln_fact(x);
    let mut sum = 0.0;
    let mut k = x;
    loop {
        let term = log_term.exp();
        sum += term;
        k += 1;
        log_term += lambda.ln() - f64::from(k).ln();
        if term < sum * 1e-15 || k > x + 10_000 {
            break;
        }
    }
    sum.min(1.0)
}

fn in_window(f: &Fact, end: NaiveDate, days: i64) -> bool {
    f.date > end - Duration::days(days) && f.date <= end
}

fn signed(x: f64) -> String {
    format!("{x:+.1}")
}

impl Store {
    /// Alerts raised by the windows ending at `params.at` (and back to `params.since`).
    pub fn alerts(&self, params: &AlertParams) -> Result<Vec<Alert>> {
        let facts = load_facts(&self.conn, &RelationFilter::default())?;
        let nodes = Nodes::load(&self.conn, params.level)?;
        let (min_pub, max_pub): (Option<String>, Option<String>) =
            self.conn.query_row("SELECT MIN(published), MAX(published) FROM documents", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let parse = |s: Option<String>| s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
        // The background is measured in publication dates: an article of 2025 recalling a 2008
        // event does not mean the store was watching in 2008.
        let Some(data_start) = parse(min_pub).or(facts.iter().map(|f| f.date).min()) else { return Ok(Vec::new()) };
        let Some(at) = params.at.or(parse(max_pub)).or(facts.iter().map(|f| f.date).max()) else { return Ok(Vec::new()) };
        let days = params.window.days();
        let dyads = group(&facts, &nodes);
        let mut ends = vec![at];
        if let Some(since) = params.since {
            let mut t = at - Duration::days(days);
            while t >= since {
                ends.push(t);
                t -= Duration::days(days);
            }
        }
        let mut out = Vec::new();
        for end in ends {
            for ((ka, kb), fs) in &dyads {
                if let Some(alert) = self.judge(params, &nodes, ka, kb, fs, end, data_start)? {
                    out.extend(alert);
                }
            }
        }
        out.sort_by(|x, y| {
            y.window[1].cmp(&x.window[1]).then(x.kind.as_str().cmp(y.kind.as_str())).then(y.score.abs().total_cmp(&x.score.abs()))
        });
        Ok(out)
    }

    #[allow(clippy::too_many_arguments)]
    fn judge(
        &self,
        p: &AlertParams,
        nodes: &Nodes,
        ka: &str,
        kb: &str,
        fs: &[&Fact],
        end: NaiveDate,
        data_start: NaiveDate,
    ) -> Result<Option<Vec<Alert>>> {
        let days = p.window.days();
        let cur: Vec<&Fact> = fs.iter().copied().filter(|f| in_window(f, end, days)).collect();
        if cur.is_empty() {
            return Ok(None);
        }
        let start = end - Duration::days(days);
        let n = cur.len() as u32;
        let score: f64 = cur.iter().map(|f| f.score).sum();
        let k = i64::from(p.trailing.max(1));
        let trailing: Vec<&Fact> = fs.iter().copied().filter(|f| f.date <= start && f.date > start - Duration::days(days * k)).collect();
        let (tn, ts) = (trailing.len() as u32, trailing.iter().map(|f| f.score).sum::<f64>());
        let seen_before = fs.iter().any(|f| f.date <= start);
        let (a, b) = (nodes.node(ka), nodes.node(kb));
        let label = format!("{}–{} ({}–{})", a.key, b.key, a.name, b.name);
        let window = [(start + Duration::days(1)).to_string(), end.to_string()];
        let mut alerts = Vec::new();
        let mut push = |kind: AlertKind, p_value: Option<f64>, z: Option<f64>, explanation: String| {
            alerts.push((kind, p_value, z, explanation));
        };

        let background_days = (start - data_start).num_days();
        if !seen_before && (n >= p.new_min_events || score.abs() >= p.new_min_score) && background_days >= days * i64::from(p.background) {
            push(
                AlertKind::NewDyad,
                None,
                None,
                format!(
                    "{label} appears for the first time: {n} event(s), score {} in {}..{} (thresholds: >= {} events or |score| >= {}); \
                     the store has data since {data_start} ({:.1} windows of background) without this dyad",
                    signed(score),
                    window[0],
                    window[1],
                    p.new_min_events,
                    p.new_min_score,
                    background_days as f64 / days as f64
                ),
            );
        }
        let sign = |x: f64| {
            if x > 0.0 {
                1
            } else if x < 0.0 {
                -1
            } else {
                0
            }
        };
        if n >= p.flip_min_events
            && tn >= p.flip_min_events
            && score.abs() >= p.flip_min_score
            && ts.abs() >= p.flip_min_score
            && sign(score) != sign(ts)
        {
            let word = |x: f64| if x > 0.0 { "cooperation" } else { "conflict" };
            push(
                AlertKind::Flip,
                None,
                None,
                format!(
                    "{label} flips from {} to {}: score {} over {n} event(s) in {}..{} against {} over {tn} event(s) in the {} windows before \
                     (each side needs >= {} events and |score| >= {})",
                    word(ts),
                    word(score),
                    signed(score),
                    window[0],
                    window[1],
                    signed(ts),
                    p.trailing,
                    p.flip_min_events,
                    p.flip_min_score
                ),
            );
        }
        if seen_before && n >= p.jump_min_events {
            let lambda = f64::from(tn) / k as f64;
            let floor = lambda.max(1.0 / (2.0 * k as f64));
            let pv = poisson_sf(n, floor);
            let z = (f64::from(n) - lambda) / floor.sqrt();
            if pv <= p.jump_p && f64::from(n) >= p.jump_ratio * lambda {
                push(
                    AlertKind::Jump,
                    Some(pv),
                    Some(z),
                    format!(
                        "{label} jumps to {n} event(s) in {}..{} against a trailing mean of {lambda:.2} per window over {} windows \
                         (Poisson P(X >= {n} | {floor:.2}) = {pv:.2e} <= {}, z = {z:.1}, ratio >= {})",
                        window[0], window[1], p.trailing, p.jump_p, p.jump_ratio
                    ),
                );
            }
        }
        if alerts.is_empty() {
            return Ok(None);
        }
        let clusters: Vec<i64> = cur.iter().map(|f| f.cluster).collect();
        let event_ids = self.events_of(&clusters)?;
        Ok(Some(
            alerts
                .into_iter()
                .map(|(kind, p_value, z, explanation)| Alert {
                    kind,
                    level: p.level,
                    a: a.clone(),
                    b: b.clone(),
                    window: window.clone(),
                    events: n,
                    score,
                    trailing_events: tn,
                    trailing_score: ts,
                    p_value,
                    z,
                    explanation,
                    clusters: clusters.clone(),
                    event_ids: event_ids.clone(),
                })
                .collect(),
        ))
    }

    fn events_of(&self, clusters: &[i64]) -> Result<Vec<i64>> {
        let list = clusters.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let mut st = self.conn.prepare(&format!("SELECT id FROM events WHERE cluster IN ({list}) ORDER BY id"))?;
        let ids = st.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        Ok(ids)
    }
}

/// Alerts grouped by kind, for summaries.
pub fn count_by_kind(alerts: &[Alert]) -> HashMap<&'static str, usize> {
    let mut m = HashMap::new();
    for a in alerts {
        *m.entry(a.kind.as_str()).or_default() += 1;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::poisson_sf;

    #[test]
    fn poisson_tail() {
        assert!((poisson_sf(1, 1.0) - (1.0 - (-1.0f64).exp())).abs() < 1e-12);
        assert!((poisson_sf(0, 3.0) - 1.0).abs() < 1e-12);
        let p = poisson_sf(9, 0.5);
        assert!(p > 1e-9 && p < 1e-7, "{p}");
    }
}
