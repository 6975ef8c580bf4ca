//! `dyad serve`: the knowledge store as a JSON API and a web dashboard.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;

pub const EXAMPLES: &str = "Examples:
  dyad serve                                   # ./dyad.db (or $DYAD_DB) on http://127.0.0.1:8080/
  dyad serve --db news.db --addr 127.0.0.1:9000
  DYAD_TOKEN=s3cret dyad serve --db news.db    # also accept POST /api/documents with
                                               # Authorization: Bearer s3cret

The dashboard is at /, the API under /api (description: /api/openapi.json). Everything is served
from the binary: no network access is needed.";

#[derive(Args)]
pub struct ServeArgs {
    /// Database file (default $DYAD_DB, else ./dyad.db)
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// Address to listen on
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Bearer token that storing articles (POST /api/documents) requires (default $DYAD_TOKEN);
    /// without one, storing is off and the server only reads
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
    /// Largest request body in bytes
    #[arg(long, value_name = "BYTES", default_value_t = 2 * 1024 * 1024)]
    pub max_body: usize,
    /// Requests handled at once (more wait)
    #[arg(long, value_name = "N", default_value_t = 64)]
    pub concurrency: usize,
}

pub fn run(args: &ServeArgs) -> anyhow::Result<()> {
    // clap's `env` feature is not enabled in the root crate, so the variables are read here.
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let db = args.db.clone().or_else(|| env("DYAD_DB").map(PathBuf::from)).unwrap_or_else(|| PathBuf::from("dyad.db"));
    let token = args.token.clone().or_else(|| env("DYAD_TOKEN")).map(|t| t.trim().to_string());
    if token.as_deref().is_some_and(|t| t.len() < 8) {
        anyhow::bail!("the token is too short: use at least 8 characters");
    }
    if !args.addr.ip().is_loopback() && token.is_some() {
        eprintln!("dyad: warning: listening on {} (not loopback): the token travels in clear text over plain HTTP", args.addr);
    }
    let mut config = dyad_serve::Config::new(db);
    config.token = token;
    config.max_body = args.max_body.max(1024);
    config.concurrency = args.concurrency.max(1);
    dyad_serve::run(config, args.addr).context("dyad serve")
}
