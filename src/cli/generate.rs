//! `haven generate man|completions SHELL`: the manual page and shell completions, made from
//! the command line's own definition, so they never disagree with it. For packagers.

use super::args::{Cli, Generate};
use clap::CommandFactory;
use std::io::Write;
use std::process::ExitCode;

pub(super) fn generate(what: Generate) -> ExitCode {
    // Made in memory first: a closed standard output is then an error, not a panic.
    let mut text = Vec::new();
    let made = match what {
        Generate::Man => man(&mut text),
        Generate::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "haven", &mut text);
            Ok(())
        }
    };
    let mut out = std::io::stdout().lock();
    match made
        .and_then(|_| out.write_all(&text))
        .and_then(|_| out.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

/// haven(1): clap's sections, with the exit status in its own section (`EXIT STATUS`, as
/// man-pages(7) names it) rather than clap's `EXTRA`.
fn man(out: &mut Vec<u8>) -> std::io::Result<()> {
    let page = clap_mangen::Man::new(Cli::command().version(env!("CARGO_PKG_VERSION")));
    page.render_title(out)?;
    page.render_name_section(out)?;
    page.render_synopsis_section(out)?;
    page.render_description_section(out)?;
    page.render_options_section(out)?;
    page.render_subcommands_section(out)?;
    out.extend_from_slice(
        b".SH \"EXIT STATUS\"\n\
.TP\n0\nThe command did what was asked.\n\
.TP\n1\nIt could not: the directory, the network or a file failed. The message says why; \
nothing was changed.\n\
.TP\n2\nWhat was given was wrong: an unknown id, a bad option or value, or rows of an import \
refused (the others were still added).\n\
.SH FILES\n\
Haven keeps its directory, the office's notes and records, and its settings in the user's \
data and configuration folders (\\fBhaven db path\\fR prints where), or in a \\fBdata\\fR \
folder beside the program when a file named \\fBportable\\fR is there.\n",
    );
    page.render_version_section(out)?;
    Ok(())
}
