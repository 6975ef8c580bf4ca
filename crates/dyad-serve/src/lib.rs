//! # dyad-serve
//!
//! `dyad serve`: a read-mostly JSON API and an offline web dashboard over the dyad knowledge store
//! ([`dyad_store`]).
//!
//! - Every database call runs on the blocking pool (`spawn_blocking`) on one of a few read-only
//!   connections ([`pool::Pool`]); storing posted articles goes through one separate writer
//!   connection, so reads never wait for an ingest (SQLite WAL).
//! - Requests are bounded in number (`ConcurrencyLimitLayer`) and size (`DefaultBodyLimit`, 2 MiB
//!   by default); every error is `{"error": "..."}` with a 4xx/5xx status, and a panic in a
//!   handler becomes a 500, never a dead server.
//! - The dashboard (`/`) is plain HTML/CSS/JS compiled into the binary (`include_str!`); it talks
//!   only to this API, so it works offline.

pub mod api;
pub mod error;
mod ingest;
pub mod params;
pub mod pool;
pub mod web;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use anyhow::Context;
use axum::extract::DefaultBodyLimit;
use axum::Router;
use dyad_store::Store;
use tower::limit::ConcurrencyLimitLayer;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;

pub use error::{ApiError, ApiResult};

/// Largest request body accepted by default (an article is a few kB).
pub const DEFAULT_MAX_BODY: usize = 2 * 1024 * 1024;

/// How the server is set up.
#[derive(Debug, Clone)]
pub struct Config {
    /// The store's database file.
    pub db: PathBuf,
    /// Bearer token that `POST /api/documents` requires; storing is off without one.
    pub token: Option<String>,
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// Requests handled at once; more wait in line.
    pub concurrency: usize,
    /// Read-only database connections.
    pub readers: usize,
}

impl Config {
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config { db: db.into(), token: None, max_body: DEFAULT_MAX_BODY, concurrency: 64, readers: 4 }
    }
}

/// What every handler shares.
pub struct App {
    pub config: Config,
    pub readers: pool::Pool,
    /// The one connection that writes (present only when a token is configured).
    pub writer: Option<Mutex<Store>>,
    /// Results of expensive computations (alerts, relations), keyed by request and data version.
    pub cache: pool::Cache,
}

impl App {
    /// Opens the database: it must exist, unless storing is on (a token is set), in which case an
    /// empty store is created.
    pub fn open(config: Config) -> anyhow::Result<App> {
        if config.token.is_none() && !config.db.exists() {
            anyhow::bail!(
                "database {} does not exist: build one with `dyad ingest ARTICLES --db {}` (or start with --token to create an empty one and store articles through the API)",
                config.db.display(),
                config.db.display()
            );
        }
        // Open the writer first so that a new database is created and migrated before readers open it.
        let writer = match &config.token {
            Some(_) => Some(Mutex::new(Store::open(&config.db).with_context(|| format!("opening {}", config.db.display()))?)),
            None => None,
        };
        let readers = pool::Pool::open(&config.db, config.readers.max(1)).with_context(|| format!("opening {}", config.db.display()))?;
        Ok(App { config, readers, writer, cache: pool::Cache::default() })
    }
}

/// The whole service: API, dashboard, limits.
pub fn router(app: Arc<App>) -> Router {
    let max_body = app.config.max_body;
    let concurrency = app.config.concurrency.max(1);
    Router::new().merge(api::routes()).merge(web::routes()).with_state(app).layer(
        ServiceBuilder::new()
            .layer(CatchPanicLayer::custom(api::panic_response))
            .layer(TraceLayer::new_for_http())
            .layer(ConcurrencyLimitLayer::new(concurrency))
            .layer(DefaultBodyLimit::max(max_body)),
    )
}

/// Serves until Ctrl-C (or SIGTERM), then finishes the requests in flight.
pub async fn serve(config: Config, addr: SocketAddr) -> anyhow::Result<()> {
    let db = config.db.clone();
    let storing = config.token.is_some();
    let app = Arc::new(tokio::task::spawn_blocking(move || App::open(config)).await??);
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr()?;
    eprintln!(
        "dyad: serving {} on http://{local}/ (API under /api, description at /api/openapi.json; storing articles {})",
        db.display(),
        if storing { "on, with the bearer token" } else { "off: no --token" }
    );
    axum::serve(listener, router(app)).with_graceful_shutdown(shutdown()).await.context("server")?;
    eprintln!("dyad: stopped");
    Ok(())
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// Runs [`serve`] on a fresh multi-threaded runtime (for the command line).
pub fn run(config: Config, addr: SocketAddr) -> anyhow::Result<()> {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("DYAD_LOG").unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .try_init();
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the async runtime")?;
    rt.block_on(serve(config, addr))
}
