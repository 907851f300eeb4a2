//! Why a command did not do what was asked: one type, printed in one place (`cli::run`) in
//! the worker's language, with its exit status (documented in `haven --help` and the man
//! page): 2 when what was given was wrong, 1 when Haven could not do it.

use haven::i18n::{Arg, Locale, tr_args};
use haven::sync::SyncError;
use haven::sync::feed::FeedError;
use haven::usecase::publish::{ReviewError, SourceError};
use haven::usecase::{EditError, ImportFailed, StoreError};
use std::process::ExitCode;

/// Exit status for input the worker can correct (unknown id, bad filter).
pub const BAD_INPUT: u8 = 2;

/// A sentence to translate when it is printed: a message id and its arguments.
#[derive(Debug)]
pub struct Said {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Said {
    pub fn new(id: &'static str) -> Said {
        Said {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Said {
        self.args.push((name, value.into()));
        self
    }

    pub fn text(&self, locale: Locale) -> String {
        tr_args(locale, self.id, &self.args)
    }
}

#[derive(Debug)]
pub enum Failure {
    /// What was given was wrong (an unknown id, a bad option or value): exit 2.
    Input(Said),
    /// Haven could not do it, for a reason the message gives: exit 1.
    Failed(Said),
    /// The directory or the layer failed: exit 1.
    Store(StoreError),
    /// An edit of the worker's layer was refused (2) or failed (1).
    Edit(EditError),
    /// A file to import could not be read (2), or the directory failed (1).
    Import(ImportFailed),
    /// An update from the feed failed: exit 1.
    Sync(SyncError),
    /// The records a feed is built from could not be read, or some were refused: exit 2.
    Source(SourceError),
    /// Offices' corrections could not be reviewed (2) or written (1).
    Review(ReviewError),
    /// Building or signing a feed failed: exit 1.
    Feed(FeedError),
    /// Already told on the way (rows of an import refused, the rest added): exit 2.
    Told,
}

impl Failure {
    /// Prints the reason on standard error and gives the exit status.
    pub fn report(&self, locale: Locale) -> ExitCode {
        let (text, code) = match self {
            Failure::Input(s) => (Some(s.text(locale)), BAD_INPUT),
            Failure::Failed(s) => (Some(s.text(locale)), 1),
            Failure::Store(e) => (Some(e.message(locale)), 1),
            Failure::Edit(e) => (Some(e.message(locale)), if e.is_input() { 2 } else { 1 }),
            Failure::Import(e @ ImportFailed::File(_)) => (Some(e.message(locale)), BAD_INPUT),
            Failure::Import(e) => (Some(e.message(locale)), 1),
            Failure::Sync(e) => (Some(haven::sync::error_message(e, locale)), 1),
            Failure::Source(e) => (Some(e.message(locale)), BAD_INPUT),
            Failure::Review(e) => (Some(e.message(locale)), if e.is_input() { 2 } else { 1 }),
            Failure::Feed(e) => (
                Some(tr_args(
                    locale,
                    "cli-error",
                    &[("detail", e.to_string().into())],
                )),
                1,
            ),
            Failure::Told => (None, BAD_INPUT),
        };
        if let Some(text) = text {
            super::output::complain(&text);
        }
        ExitCode::from(code)
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        Failure::Store(e)
    }
}

impl From<EditError> for Failure {
    fn from(e: EditError) -> Failure {
        Failure::Edit(e)
    }
}

impl From<ImportFailed> for Failure {
    fn from(e: ImportFailed) -> Failure {
        Failure::Import(e)
    }
}

/// `Err(Failure::Input(..))` with message `id` and one argument.
pub fn refuse<T>(
    id: &'static str,
    name: &'static str,
    value: impl Into<Arg>,
) -> Result<T, Failure> {
    Err(Failure::Input(Said::new(id).arg(name, value)))
}
