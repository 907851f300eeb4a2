//! What can go wrong when the window works with files and other programs off its thread
//! (saving a sheet or the settings, printing, opening a link): typed values, translated only
//! when they are drawn, so a language switch changes them too.

use crate::i18n::{Locale, tr, tr_args};
use crate::referral::ReferralError;
use crate::usecase::StoreError;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub enum WorkError {
    /// A file or folder could not be written or read.
    File {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    /// Another program (the PDF viewer, the browser, `lp`) could not do it.
    Program {
        program: &'static str,
        source: Arc<std::io::Error>,
    },
    /// The sheet could not be made.
    Sheet(ReferralError),
    /// The directory could not do it.
    Store(Arc<StoreError>),
    /// The thread doing it ended.
    Stopped,
}

impl WorkError {
    pub fn file(path: impl Into<PathBuf>, e: std::io::Error) -> WorkError {
        WorkError::File {
            path: path.into(),
            source: Arc::new(e),
        }
    }

    pub fn program(program: &'static str, e: std::io::Error) -> WorkError {
        WorkError::Program {
            program,
            source: Arc::new(e),
        }
    }

    /// The reason as a sentence in `locale`.
    pub fn message(&self, l: Locale) -> String {
        match self {
            WorkError::File { path, source } => tr_args(
                l,
                "store-error-file",
                &[
                    ("path", path.display().to_string().into()),
                    ("detail", crate::input::reason(source, l).into()),
                ],
            ),
            WorkError::Program { program, source } => tr_args(
                l,
                "work-program-failed",
                &[
                    ("program", (*program).into()),
                    ("detail", crate::input::reason(source, l).into()),
                ],
            ),
            WorkError::Sheet(e) => e.message(l),
            WorkError::Store(e) => e.message(l),
            WorkError::Stopped => tr(l, "store-error-stopped"),
        }
    }
}

impl PartialEq for WorkError {
    /// Two errors are the same when they say the same (tests compare statuses).
    fn eq(&self, other: &WorkError) -> bool {
        self.message(Locale::En) == other.message(Locale::En)
    }
}
