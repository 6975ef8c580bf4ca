//! Inputs: plain text, HTML and JSON Lines records, turned into one [`Article`] each.

use serde::Deserialize;

/// Largest input dyad accepts for one article; news articles are a few kB, so anything this big
/// is a mistake (a whole dump, a binary) and is refused with a clear error instead of being chewed.
pub const MAX_ARTICLE_BYTES: usize = 8 * 1024 * 1024;

/// One article to extract.
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub id: Option<String>,
    pub title: Option<String>,
    pub published: Option<chrono::NaiveDate>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// The text every span refers to.
    pub text: String,
    /// Whether `text` differs from the raw input (HTML), so the output must carry it.
    pub text_is_derived: bool,
}

/// Why an input could not become an article.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum InputError {
    #[error("empty input")]
    Empty,
    #[error("input is {0} bytes, over the {MAX_ARTICLE_BYTES}-byte limit for one article")]
    TooLarge(usize),
    #[error("input is not UTF-8 text (invalid byte at offset {0})")]
    NotUtf8(usize),
    #[error("input looks binary (NUL byte at offset {0})")]
    Binary(usize),
    #[error("not a JSON object: {0}")]
    BadJson(String),
    #[error("record has no \"text\" string")]
    NoText,
    #[error("bad \"published\" date {0:?}: expected YYYY-MM-DD")]
    BadDate(String),
}

/// Decodes raw bytes of a file into text, refusing what is not an article.
pub fn decode(bytes: &[u8]) -> Result<&str, InputError> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(InputError::TooLarge(bytes.len()));
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(InputError::Binary(pos));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| InputError::NotUtf8(e.valid_up_to()))?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    Ok(text)
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, InputError> {
    let t = s.trim();
    let day = t.get(..10).unwrap_or(t);
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| InputError::BadDate(s.to_string()))
}

/// A plain-text or HTML file's contents as an article. In plain text a first line followed by a
/// blank line is the title; it stays in the text (spans count from the first character).
pub fn from_text(text: &str) -> Article {
    if dyad_text::html::looks_like_html(text) {
        let (body, title) = dyad_text::html::extract_text(text);
        return Article { title, text: body, text_is_derived: true, ..Article::default() };
    }
    let mut lines = text.lines();
    let title = match (lines.next(), lines.next()) {
        (Some(first), Some(second)) if second.trim().is_empty() && !first.trim().is_empty() && first.len() < 300 => {
            Some(first.trim().to_string())
        }
        _ => None,
    };
    Article { title, text: text.to_string(), ..Article::default() }
}

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    title: Option<String>,
    published: Option<String>,
    source: Option<String>,
    url: Option<String>,
    text: Option<serde_json::Value>,
}

/// One JSON Lines record `{id, title, published, source, url, text}`; only `text` is required.
pub fn from_json_line(line: &str) -> Result<Article, InputError> {
    let rec: Record = serde_json::from_str(line).map_err(|e| InputError::BadJson(e.to_string()))?;
    let Some(serde_json::Value::String(raw)) = rec.text else { return Err(InputError::NoText) };
    if raw.len() > MAX_ARTICLE_BYTES {
        return Err(InputError::TooLarge(raw.len()));
    }
    if raw.trim().is_empty() {
        return Err(InputError::Empty);
    }
    let published = rec.published.as_deref().filter(|p| !p.trim().is_empty()).map(parse_date).transpose()?;
    let mut article = from_text(&raw);
    article.id = rec.id.map(|v| match v {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    });
    if rec.title.is_some() {
        article.title = rec.title;
    }
    article.published = published;
    article.source = rec.source;
    article.url = rec.url;
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_an_article() {
        assert_eq!(decode(b""), Err(InputError::Empty));
        assert_eq!(decode(b"  \n"), Err(InputError::Empty));
        assert_eq!(decode(b"ab\0cd"), Err(InputError::Binary(2)));
        assert_eq!(decode(b"ok \xff\xfe"), Err(InputError::NotUtf8(3)));
        assert!(matches!(decode(&vec![b'a'; MAX_ARTICLE_BYTES + 1]), Err(InputError::TooLarge(_))));
    }

    #[test]
    fn title_is_first_line_before_blank_line() {
        assert_eq!(from_text("Oslo hosts talks\n\nBody.").title.as_deref(), Some("Oslo hosts talks"));
        assert_eq!(from_text("One paragraph.\nAnother.").title, None);
    }

    #[test]
    fn json_lines_need_text() {
        assert_eq!(from_json_line(r#"{"id": "x"}"#).unwrap_err(), InputError::NoText);
        assert!(matches!(from_json_line("not json"), Err(InputError::BadJson(_))));
        assert_eq!(from_json_line(r#"{"text": "a", "published": "March"}"#).unwrap_err(), InputError::BadDate("March".into()));
        let a = from_json_line(r#"{"id": 7, "text": "Hello.", "published": "2025-03-10"}"#).unwrap();
        assert_eq!(a.id.as_deref(), Some("7"));
        assert_eq!(a.published.map(|d| d.to_string()).as_deref(), Some("2025-03-10"));
    }
}
