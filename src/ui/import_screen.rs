//! "Import a list of services": an office's spreadsheet or an Open Referral HSDS file brought
//! into its own records from the window. The worker picks a file; Haven reads and checks it
//! and shows, before anything is written, how it read the file, what each column became, the
//! first records as they will be, every row it refuses and why, and the possible duplicates.
//! "Import" writes them in one go; the summary says what was added, skipped and why.

pub mod view;
mod work;

use crate::i18n::Locale;
use crate::import::{Options, Prepared};
use crate::ui::db::Db;
use crate::usecase::{ImportFailed, StoreError};
use iced::{Element, Task};
use std::path::PathBuf;
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

/// What `update` needs from the app.
pub struct Ctx {
    pub db: Option<Db>,
    /// How rows are read: the office's country and name, today, the worker's language.
    pub opts: Options,
    /// Native file dialogs (else the newest list in `folder`).
    pub dialogs: bool,
    /// The folder used last.
    pub folder: Option<PathBuf>,
    /// Where to look when no dialog can be shown and no folder was used yet.
    pub fallback: PathBuf,
}

/// What `view` needs from the app.
pub struct ViewCtx {
    pub locale: Locale,
}

/// What only the root can do for this screen.
pub enum Action {
    None,
    /// Work of this screen's own (the dialog, the read, the write).
    Run(Task<Message>),
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
    pub fn update(&mut self, m: Message, cx: &Ctx) -> Action {
        match m {
            Message::Choose => {
                self.phase = Phase::Reading;
                Action::Run(work::read(cx))
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
                    Action::Run(work::write(cx, p))
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

impl State {
    pub fn view(&self, cx: &ViewCtx) -> Element<'_, Message> {
        view::view(self, cx.locale)
    }
}
