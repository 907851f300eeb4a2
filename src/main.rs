//! `haven`: the window when run bare, the command line otherwise.

mod cli;

/// mimalloc: indexing a large feed allocates and frees millions of small strings across two
/// threads, where it is about a fifth faster than the system allocator (see benches/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut cli = cli::Cli::parse();
    if cli.version {
        return cli::version(&cli);
    }
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
