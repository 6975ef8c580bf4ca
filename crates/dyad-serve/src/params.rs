//! Query-string parsing with clear errors: unknown parameters, bad dates, bad numbers and bad
//! enumerations are refused with a message that names the parameter and what was expected.

use crate::error::{ApiError, ApiResult};

/// Default and largest page size of every listing.
pub const DEFAULT_LIMIT: usize = 50;
pub const MAX_LIMIT: usize = 1000;

/// The parameters of one request's query string.
#[derive(Debug, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    /// Parses `raw`, refusing parameters not in `allowed` and repeated ones.
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> ApiResult<Params> {
        let pairs: Vec<(String, String)> = match raw {
            None | Some("") => Vec::new(),
            Some(q) => serde_urlencoded::from_str(q).map_err(|e| ApiError::bad_request(format!("bad query string: {e}")))?,
        };
        for (i, (k, _)) in pairs.iter().enumerate() {
            if !allowed.contains(&k.as_str()) {
                return Err(ApiError::bad_request(format!("unknown parameter {k:?}; this endpoint takes: {}", allowed.join(", "))));
            }
            if pairs[..i].iter().any(|(k2, _)| k2 == k) {
                return Err(ApiError::bad_request(format!("parameter {k:?} given more than once")));
            }
        }
        Ok(Params { pairs })
    }

    /// A non-empty, trimmed value.
    pub fn str(&self, key: &str) -> Option<String> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty())
    }

    /// A `YYYY-MM-DD` date.
    pub fn date(&self, key: &str) -> ApiResult<Option<String>> {
        self.date_value(key).map(|d| d.map(|d| d.to_string()))
    }

    pub fn date_value(&self, key: &str) -> ApiResult<Option<chrono::NaiveDate>> {
        match self.str(key) {
            None => Ok(None),
            Some(v) => parse_day(&v).map(Some).ok_or_else(|| ApiError::bad_request(format!("bad date {key}={v:?}: expected YYYY-MM-DD"))),
        }
    }

    pub fn usize(&self, key: &str) -> ApiResult<Option<usize>> {
        match self.str(key) {
            None => Ok(None),
            Some(v) => {
                v.parse::<usize>().map(Some).map_err(|_| ApiError::bad_request(format!("bad {key}={v:?}: expected a whole number ≥ 0")))
            }
        }
    }

    pub fn bool(&self, key: &str) -> ApiResult<bool> {
        match self.str(key).as_deref() {
            None | Some("0" | "false" | "no") => Ok(false),
            Some("1" | "true" | "yes") => Ok(true),
            Some(v) => Err(ApiError::bad_request(format!("bad {key}={v:?}: expected true or false"))),
        }
    }

    /// A PLOVER quad, 1-4.
    pub fn quad(&self) -> ApiResult<Option<u8>> {
        match self.str("quad") {
            None => Ok(None),
            Some(v) => match v.parse::<u8>() {
                Ok(q @ 1..=4) => Ok(Some(q)),
                _ => Err(ApiError::bad_request(format!(
                    "bad quad={v:?}: expected 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict)"
                ))),
            },
        }
    }

    /// One of a fixed set of words.
    pub fn choice(&self, key: &str, options: &[&str]) -> ApiResult<Option<String>> {
        match self.str(key) {
            None => Ok(None),
            Some(v) => {
                let low = v.to_lowercase();
                if options.contains(&low.as_str()) {
                    Ok(Some(low))
                } else {
                    Err(ApiError::bad_request(format!("bad {key}={v:?}: expected one of {}", options.join(", "))))
                }
            }
        }
    }

    /// `limit` (default 50, at most 1000) and `offset` (default 0).
    pub fn page(&self) -> ApiResult<(usize, usize)> {
        let limit = self.usize("limit")?.unwrap_or(DEFAULT_LIMIT);
        if limit == 0 || limit > MAX_LIMIT {
            return Err(ApiError::bad_request(format!("bad limit={limit}: expected 1 to {MAX_LIMIT}")));
        }
        Ok((limit, self.usize("offset")?.unwrap_or(0)))
    }
}

/// A strict `YYYY-MM-DD` day.
pub fn parse_day(s: &str) -> Option<chrono::NaiveDate> {
    let s = s.trim();
    if s.len() != 10 {
        return None;
    }
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The page envelope of every listing: fetch `limit + 1` rows, show `limit`, and say where the
/// next page starts when there is one.
pub fn paged<T: serde::Serialize>(mut rows: Vec<T>, limit: usize, offset: usize) -> serde_json::Value {
    let more = rows.len() > limit;
    rows.truncate(limit);
    serde_json::json!({
        "items": rows,
        "limit": limit,
        "offset": offset,
        "next_offset": if more { Some(offset + limit) } else { None },
    })
}
