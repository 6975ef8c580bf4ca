//! Stand-alone `dyad-serve`: the same command as `dyad serve`, for use before (or without) the
//! main binary. It compiles `src/cmd_serve.rs` of the root crate.

#[path = "../../../../src/cmd_serve.rs"]
mod cmd_serve;

use clap::Parser;

#[derive(Parser)]
#[command(name = "dyad-serve", version, about = "Serve the dyad store as a JSON API and a web dashboard", after_help = cmd_serve::EXAMPLES)]
struct Cli {
    #[command(flatten)]
    args: cmd_serve::ServeArgs,
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    match cmd_serve::run(&cli.args) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dyad: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
