//! The two routes that take an article in: `POST /api/extract` (extract and return, nothing
//! stored) and `POST /api/documents` (extract and store; needs the server's token).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use dyad_extract::input::{self, Article};
use dyad_extract::{extract, Options};
use serde_json::{json, Value};

use crate::error::{ApiError, ApiResult};
use crate::params::Params;
use crate::App;

/// An article from a request body: JSON `{text, title?, published?, id?, source?, url?}`, or
/// plain text (title and published then come from the query string).
fn article_from_body(headers: &HeaderMap, body: Result<Bytes, BytesRejection>, p: &Params) -> ApiResult<Article> {
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "request body is too large (over the server's limit; see max_body in /api/stats)")
        } else {
            ApiError::new(e.status(), format!("cannot read the request body: {}", e.body_text()))
        }
    })?;
    let ctype = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("text/plain").to_ascii_lowercase();
    let mut article = if ctype.starts_with("application/json") {
        let text = std::str::from_utf8(&body)
            .map_err(|e| ApiError::bad_request(format!("body is not UTF-8 (invalid byte at offset {})", e.valid_up_to())))?;
        if text.trim().is_empty() {
            return Err(ApiError::bad_request("empty body: expected {\"text\": \"...\"}"));
        }
        input::from_json_line(text).map_err(|e| ApiError::bad_request(e.to_string()))?
    } else if ctype.starts_with("text/plain") || ctype.starts_with("text/html") {
        let text = input::decode(&body).map_err(|e| ApiError::bad_request(e.to_string()))?;
        input::from_text(text)
    } else {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("unsupported content type {ctype:?}: send application/json or text/plain"),
        ));
    };
    if let Some(t) = p.str("title") {
        article.title = Some(t);
    }
    if let Some(d) = p.date_value("published")? {
        article.published = Some(d);
    }
    if let Some(id) = p.str("id") {
        article.id = Some(id);
    }
    Ok(article)
}

pub(crate) async fn extract_text(headers: HeaderMap, RawQuery(q): RawQuery, body: Result<Bytes, BytesRejection>) -> ApiResult<Json<Value>> {
    let p = Params::parse(q.as_deref(), &["title", "published", "id"])?;
    let article = article_from_body(&headers, body, &p)?;
    let doc = tokio::task::spawn_blocking(move || extract(&article, &Options { include_text: true })).await?;
    Ok(Json(serde_json::to_value(doc).map_err(|e| ApiError::internal(e.to_string()))?))
}

/// Compares in time independent of where the first difference is.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub(crate) async fn store_document(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Response> {
    let Some(token) = app.config.token.clone() else {
        return Err(ApiError::new(StatusCode::FORBIDDEN, "storing documents is disabled: start dyad serve with --token (or DYAD_TOKEN)"));
    };
    let given = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer ")).map(str::trim);
    if !given.is_some_and(|g| same(g.as_bytes(), token.as_bytes())) {
        let mut r =
            ApiError::new(StatusCode::UNAUTHORIZED, "storing documents needs the header Authorization: Bearer TOKEN").into_response();
        r.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
        return Ok(r);
    }
    let p = Params::parse(q.as_deref(), &["title", "published", "id"])?;
    let article = article_from_body(&headers, body, &p)?;
    let app2 = app.clone();
    let (doc, outcome) = tokio::task::spawn_blocking(move || -> ApiResult<_> {
        let doc = extract(&article, &Options::default());
        let writer = app2.writer.as_ref().ok_or_else(|| ApiError::internal("no writer connection"))?;
        let mut store = writer.lock().unwrap_or_else(|p| p.into_inner());
        let outcome = store.ingest_document(&doc, &article.text)?;
        Ok((doc, outcome))
    })
    .await??;
    let status = if outcome.is_new() { StatusCode::CREATED } else { StatusCode::OK };
    let mut body = serde_json::to_value(&outcome).map_err(|e| ApiError::internal(e.to_string()))?;
    body["id"] = json!(doc.document.id);
    body["url"] = json!(format!("/api/documents/{}", doc.document.id));
    Ok((status, Json(body)).into_response())
}
