//! `dyad`: news articles in, checkable geopolitical event data out.

mod cmd_extract;
mod table;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "dyad", version, about = "Turns news articles into actors, quotes and PLOVER events you can check", long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract actors, quotes and events from articles (plain text, HTML or JSON Lines)
    #[command(after_help = cmd_extract::EXAMPLES)]
    Extract(cmd_extract::ExtractArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cmd_extract::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dyad: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
