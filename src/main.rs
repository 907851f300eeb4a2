//! `haven`: the window when run bare, the command line otherwise.

// On Windows, a program of the console subsystem opens a black console window beside its
// own when started from the Start menu; Haven is a windowed program there, and joins the
// console it was started from when there is one (`console::attach`).
#![cfg_attr(windows, windows_subsystem = "windows")]

mod cli;

/// mimalloc: indexing a large feed allocates and frees millions of small strings across two
/// threads, where it is about a fifth faster than the system allocator (see benches/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Before anything is written: every file Haven makes is the worker's alone.
    haven::private_files();
    #[cfg(windows)]
    console::attach();
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

/// Windows only: a windowed program started from a console (`haven.exe search …` in cmd or
/// PowerShell) has nowhere to write until it joins that console. Output redirected to a file
/// or a pipe already has its handle and is left as it is.
#[cfg(windows)]
#[allow(unsafe_code)]
mod console {
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_OUTPUT_HANDLE,
    };

    pub fn attach() {
        // SAFETY: two Win32 calls with constant arguments; no memory changes hands. A
        // failure (no parent console: started from the Start menu) leaves things as they were.
        unsafe {
            if GetStdHandle(STD_OUTPUT_HANDLE).is_null() {
                AttachConsole(ATTACH_PARENT_PROCESS);
            }
        }
    }
}
