//! "Import a list of services": an office's spreadsheet or an Open Referral HSDS file brought
//! into its own records from the window. The worker picks a file; Haven reads and checks it
//! and shows, before anything is written, how it read the file, what each column became, the
//! first records as they will be, every row it refuses and why, and the possible duplicates.
//! "Import" writes them in one go; the summary says what was added, skipped and why.

pub mod view;

pub use view::view;

use crate::import::Prepared;
use crate::usecase::{ImportFailed, StoreError};
use std::sync::Arc;

#[derive(Debug, Clone)]
pub enum Message {
    /// Pick a file (again).
    Choose,
    /// The root read the file: `None` when the worker closed the dialog, else the file
    /// checked, or why it could not be read.
    Read(Option<Result<Arc<Prepared>, ImportFailed>>),
    /// Write the records the preview shows.
    Confirm,
    /// The root wrote them: how many, or why not.
    Written(Result<usize, Arc<StoreError>>),
    /// Show the office's records that came in.
    ShowThem,
    Cancel,
}

/// What only the root can do for this screen.
pub enum Action {
    None,
    /// Show the file dialog, then read and check the chosen file.
    Choose,
    /// Write these records into the worker's layer.
    Write(Arc<Prepared>),
    /// Back to the search, listing the office's own records.
    ShowLocal,
    Close,
}

#[derive(Debug, Clone, Default)]
pub enum Phase {
    #[default]
    Start,
    Reading,
    Preview(Arc<Prepared>),
    Writing(Arc<Prepared>),
    Done {
        added: usize,
        prepared: Arc<Prepared>,
    },
    /// Why the file could not be read or written, translated when drawn.
    Failed(ImportFailed),
}

#[derive(Debug, Clone, Default)]
pub struct State {
    pub phase: Phase,
}

impl State {
    pub fn update(&mut self, m: Message) -> Action {
        match m {
            Message::Choose => {
                self.phase = Phase::Reading;
                Action::Choose
            }
            Message::Read(None) => {
                self.phase = Phase::Start;
                Action::None
            }
            Message::Read(Some(Ok(p))) => {
                self.phase = Phase::Preview(p);
                Action::None
            }
            Message::Read(Some(Err(why))) => {
                self.phase = Phase::Failed(why);
                Action::None
            }
            Message::Written(Err(why)) => {
                self.phase = Phase::Failed(ImportFailed::Store((*why).clone()));
                Action::None
            }
            Message::Confirm => match &self.phase {
                Phase::Preview(p) if !p.records.is_empty() => {
                    let p = p.clone();
                    self.phase = Phase::Writing(p.clone());
                    Action::Write(p)
                }
                _ => Action::None,
            },
            Message::Written(Ok(added)) => {
                if let Phase::Writing(p) = &self.phase {
                    self.phase = Phase::Done {
                        added,
                        prepared: p.clone(),
                    };
                }
                Action::None
            }
            Message::ShowThem => {
                self.phase = Phase::Start;
                Action::ShowLocal
            }
            Message::Cancel => {
                self.phase = Phase::Start;
                Action::Close
            }
        }
    }
}
