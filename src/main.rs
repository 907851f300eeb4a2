//! `haven`: the window when run bare, the command line otherwise.

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut cli = cli::Cli::parse();
    match cli.command.take() {
        Some(command) => cli::run(cli, command),
        None => run_window(cli),
    }
}

#[cfg(feature = "gui")]
fn run_window(cli: cli::Cli) -> ExitCode {
    haven::ui::run(cli.data_dir, cli.lang.as_deref())
}

#[cfg(not(feature = "gui"))]
fn run_window(_cli: cli::Cli) -> ExitCode {
    use clap::CommandFactory;
    // Built without the window: show what the command line can do.
    let _ = cli::Cli::command().print_help();
    ExitCode::SUCCESS
}
