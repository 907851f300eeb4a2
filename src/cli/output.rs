//! The command line's standard output. A reader that stops early (`haven search … | head`)
//! ends the program quietly, as it ends `ls | head`, instead of a panic; any other failure to
//! write (a full disk under `> file`) is told on standard error in the worker's language,
//! with exit status 1. The command line writes its results with `say!` and `say_part!`.

/// `println!` for the command line's results, through [`write`].
macro_rules! say {
    () => {
        $crate::cli::output::write(format_args!(""), true)
    };
    ($($arg:tt)*) => {
        $crate::cli::output::write(format_args!($($arg)*), true)
    };
}

/// `print!` for the command line's results, through [`write`].
macro_rules! say_part {
    ($($arg:tt)*) => {
        $crate::cli::output::write(format_args!($($arg)*), false)
    };
}

use haven::i18n::{Locale, tr_args};
use haven::text::clean::for_terminal;
use std::io::Write;
use std::sync::OnceLock;

static LOCALE: OnceLock<Locale> = OnceLock::new();

/// The language of the message about a failed write.
pub fn set_locale(locale: Locale) {
    let _ = LOCALE.set(locale);
}

/// Writes `args` (and a newline when `line`) to standard output, every character a terminal
/// would obey shown as an escape: a record's name, an office's name, a file's text never
/// drive the worker's terminal (`haven::text::clean::for_terminal`).
pub fn write(args: std::fmt::Arguments, line: bool) {
    let text = args.to_string();
    let text = for_terminal(&text);
    let mut out = std::io::stdout().lock();
    let written = out
        .write_all(text.as_bytes())
        .and_then(|()| if line { out.write_all(b"\n") } else { Ok(()) });
    if let Err(e) = written {
        drop(out);
        if reader_left(&e) {
            std::process::exit(0);
        }
        let locale = LOCALE
            .get()
            .copied()
            .unwrap_or_else(haven::i18n::system_locale);
        let text = tr_args(
            locale,
            "cli-output-failed",
            &[("detail", haven::input::reason(&e, locale).into())],
        );
        complain(&text);
        std::process::exit(1);
    }
}

/// Writes a line to standard error (why something failed, what opening did), escaped as
/// [`write`] escapes.
pub fn complain(text: &str) {
    let _ = writeln!(std::io::stderr(), "{}", for_terminal(text));
}

/// Whether the program reading the output has gone (a closed pipe; on Windows also a pipe
/// no longer connected).
fn reader_left(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::BrokenPipe
        || (cfg!(windows) && matches!(e.raw_os_error(), Some(109 | 232 | 233)))
}
