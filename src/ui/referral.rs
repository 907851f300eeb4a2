//! The referral basket and the sheet composer: order the chosen services, pick the client's
//! language, write a note, look at the preview, save or print.
//!
//! This screen owns the basket. Nothing here is written to disk but the PDF the worker saves
//! (or hands to the printer, through a private folder that is emptied at close and at the
//! next start): the basket and the note live in memory for the session only.

pub mod keys;
mod view;
mod work;

pub use view::{ViewCtx, view};
pub use work::{Previewer, sweep_print_folders};

use super::db::Db;
use super::latest::Superseded;
use super::work::WorkError;
use crate::i18n::Locale;
use crate::model::{Record, Text};
use crate::referral::{Page, ReferralError, Request};
use crate::settings::{Office, Paper};
use crate::usecase::{Gathered, StoreError};
use iced::Task;
use iced::widget::text_editor;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub enum Message {
    /// Put a record in the basket.
    Add(String),
    /// The basket's records (and their organisations' names, the worker's layer on them)
    /// arrived, gathered as the command line gathers them.
    Loaded(Result<Gathered, Arc<StoreError>>),
    /// Print numbers the office flagged as not working.
    PrintFlagged(bool),
    /// Print the office's note on this record for this client (it is the office's unless
    /// the worker says so, sheet by sheet).
    ShareNote(String, bool),
    /// Choose the sheet's language.
    SheetLanguage(Locale),
    /// Choose the next or previous sheet language (← / → in the composer).
    StepLanguage(bool),
    /// Choose the paper size.
    Paper(Paper),
    /// The note was edited.
    Note(text_editor::Action),
    /// Move a basket entry up (-1) or down (+1).
    Move(usize, i32),
    /// Take an entry out of the basket.
    Remove(usize),
    /// Empty the basket.
    Clear,
    /// The preview was laid out (for the request with this number).
    PreviewReady(u64, Result<work::Layout, Superseded>),
    /// Show another page of the preview.
    PreviewPage(usize),
    /// Ask where to save the PDF.
    Save,
    /// The PDF was written (`Ok(None)`: the worker cancelled the dialog).
    Saved(Result<Option<PathBuf>, WorkError>),
    /// Hand the sheet to the printer or the PDF viewer.
    Print,
    /// The sheet went to the printer (or not).
    Printed(Result<work::Printed, WorkError>),
    /// Put back what the last removal took out of the basket.
    Undo,
}

/// What the composer asks of the app.
pub enum Action {
    None,
    Run(Task<Message>),
    /// Esc with nothing to step out of: back to the search.
    Leave,
    /// The worker chose a paper size: remember it in the settings.
    SetPaper(Paper),
    /// A sheet was saved into this folder: offer it next time.
    RememberFolder(PathBuf),
}

/// What the composer says after an action, translated when drawn.
#[derive(Debug, Clone)]
pub enum Status {
    Working,
    Saved(PathBuf),
    Printed(work::Printed),
    Failed(WorkError),
    /// The basket's records could not be read.
    Unloaded(Arc<StoreError>),
}

impl PartialEq for Status {
    fn eq(&self, other: &Status) -> bool {
        use Status::*;
        match (self, other) {
            (Working, Working) => true,
            (Saved(a), Saved(b)) => a == b,
            (Printed(a), Printed(b)) => a == b,
            (Failed(a), Failed(b)) => a == b,
            (Unloaded(a), Unloaded(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// What `update` needs from the app.
pub struct Ctx {
    pub db: Option<Db>,
    pub office: Office,
    pub paper: Paper,
    pub today: jiff::civil::Date,
    /// The folder the last sheet went to, else the documents folder.
    pub folder: Option<PathBuf>,
    pub fallback_folder: PathBuf,
    /// Native dialogs (off in headless tests: save straight into the folder).
    pub dialogs: bool,
}

#[derive(Debug)]
pub struct State {
    /// The ids in the basket, in the sheet's order: the one list of what the worker chose.
    pub basket: Vec<String>,
    pub sheet_locale: Locale,
    pub records: Vec<Record>,
    pub organizations: HashMap<String, Text>,
    /// The worker's layer on the basket's records.
    pub mine: HashMap<String, crate::layer::Mine>,
    pub print_flagged: bool,
    /// The records whose office note the worker ticked to print on this sheet.
    pub share_notes: std::collections::HashSet<String>,
    pub note: text_editor::Content,
    pub preview: Option<Arc<Vec<Page>>>,
    pub preview_error: Option<ReferralError>,
    /// Ids the basket held that the directory no longer has, left off the sheet.
    pub left_out: Vec<String>,
    /// Entries the client would have no number to call for, with what could be added.
    pub unreachable: Vec<crate::usecase::Unreachable>,
    pub page: usize,
    pub status: Option<Status>,
    /// The number of the newest preview asked for; older layouts that arrive are dropped.
    seq: u64,
    previewer: Previewer,
    /// Private folders that hold sheets handed to the PDF viewer, removed at close.
    pub print_folders: Vec<PathBuf>,
    /// Where the keyboard cursor is among `stops()` (none until a key moves it).
    pub cursor: Option<usize>,
    /// What the last removal took out, to put back.
    pub undo: Option<keys::Removed>,
}

impl State {
    pub fn new(sheet_locale: Locale) -> State {
        State {
            basket: Vec::new(),
            sheet_locale,
            records: Vec::new(),
            organizations: HashMap::new(),
            mine: HashMap::new(),
            print_flagged: false,
            share_notes: Default::default(),
            note: text_editor::Content::new(),
            preview: None,
            preview_error: None,
            left_out: Vec::new(),
            unreachable: Vec::new(),
            page: 0,
            status: None,
            seq: 0,
            previewer: Previewer::start(),
            print_folders: Vec::new(),
            cursor: None,
            undo: None,
        }
    }

    /// Whether a number on the sheet is reported not to work (then the choice to print it
    /// anyway is offered).
    pub fn dead_numbers(&self) -> bool {
        self.records.iter().any(|r| {
            let mine = self.mine.get(&r.id).cloned().unwrap_or_default();
            r.phones
                .iter()
                .any(|p| crate::present::dial(r, &mine, p).reported.is_some())
        })
    }

    /// The note as typed.
    pub fn note_text(&self) -> String {
        self.note.text()
    }

    fn request(&self, cx: &Ctx) -> Request {
        Request {
            records: self.records.clone(),
            organizations: self.organizations.clone(),
            locale: self.sheet_locale,
            office: cx.office.clone(),
            note: self.note_text(),
            paper: cx.paper,
            date: cx.today,
            mine: self.mine.clone(),
            print_flagged: self.print_flagged,
            share_notes: self.share_notes.clone(),
        }
    }

    /// Loads the basket's records, then lays out the preview.
    pub fn load(&self, cx: &Ctx) -> Task<Message> {
        match &cx.db {
            Some(db) => work::load(db, self.basket.clone()),
            None => Task::none(),
        }
    }

    /// Lays the sheet out again for the preview, on the preview worker; only the newest
    /// request is laid out, and only its answer is shown.
    pub fn refresh(&mut self, cx: &Ctx) -> Task<Message> {
        self.seq += 1;
        if self.records.is_empty() {
            self.preview = None;
            return Task::none();
        }
        let seq = self.seq;
        let pages = self.previewer.lay_out(self.request(cx));
        Task::perform(pages, move |r| Message::PreviewReady(seq, r))
    }

    pub fn update(&mut self, m: Message, cx: &Ctx) -> Action {
        match m {
            Message::Add(id) => {
                if !self.basket.contains(&id) {
                    self.basket.push(id);
                }
                Action::Run(self.load(cx))
            }
            Message::Loaded(Ok(g)) => {
                self.mine = g.mine;
                // Keep the basket's order; what the directory no longer has (an update
                // removed it) leaves the basket, and the composer says so.
                self.basket = g.records.iter().map(|r| r.id.clone()).collect();
                self.records = g.records;
                self.organizations = g.organizations;
                self.left_out = g.missing;
                self.unreachable = g.unreachable;
                Action::Run(self.refresh(cx))
            }
            Message::Loaded(Err(e)) => {
                self.status = Some(Status::Unloaded(e));
                Action::None
            }
            Message::SheetLanguage(l) => {
                self.sheet_locale = l;
                Action::Run(self.refresh(cx))
            }
            Message::PrintFlagged(on) => {
                self.print_flagged = on;
                Action::Run(self.refresh(cx))
            }
            Message::ShareNote(id, on) => {
                if on {
                    self.share_notes.insert(id);
                } else {
                    self.share_notes.remove(&id);
                }
                Action::Run(self.refresh(cx))
            }
            Message::StepLanguage(forward) => {
                let all = Locale::ALL;
                let i = all
                    .iter()
                    .position(|l| *l == self.sheet_locale)
                    .unwrap_or(0);
                let n = all.len();
                let next = all[if forward {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                }];
                self.update(Message::SheetLanguage(next), cx)
            }
            Message::Paper(p) => Action::SetPaper(p),
            Message::Note(action) => {
                let edits = action.is_edit();
                self.note.perform(action);
                if edits {
                    Action::Run(self.refresh(cx))
                } else {
                    Action::None
                }
            }
            Message::Move(i, delta) => {
                let j = i as i64 + i64::from(delta);
                if j >= 0 && (j as usize) < self.records.len() && i < self.records.len() {
                    self.records.swap(i, j as usize);
                    self.basket.swap(i, j as usize);
                }
                Action::Run(self.refresh(cx))
            }
            Message::Remove(i) => {
                if i < self.records.len() {
                    self.records.remove(i);
                    let id = self.basket.remove(i);
                    self.undo = Some(keys::Removed(vec![(i, id)]));
                }
                Action::Run(self.refresh(cx))
            }
            Message::Undo => {
                let Some(keys::Removed(taken)) = self.undo.take() else {
                    return Action::None;
                };
                for (i, id) in taken {
                    if !self.basket.contains(&id) {
                        let at = i.min(self.basket.len());
                        self.basket.insert(at, id);
                    }
                }
                Action::Run(self.load(cx))
            }
            Message::Clear => {
                if !self.basket.is_empty() {
                    self.undo = Some(keys::Removed(
                        self.basket.iter().cloned().enumerate().collect(),
                    ));
                }
                self.records.clear();
                self.basket.clear();
                // Layouts still on their way belong to the basket that was.
                self.seq += 1;
                self.preview = None;
                Action::None
            }
            Message::PreviewReady(seq, _) if seq != self.seq => Action::None,
            // Superseded by a newer request before it was laid out: that one's answer comes.
            Message::PreviewReady(_, Err(Superseded)) => Action::None,
            Message::PreviewReady(_, Ok(Ok(pages))) => {
                self.page = self.page.min(pages.len().saturating_sub(1));
                self.preview = Some(pages);
                self.preview_error = None;
                Action::None
            }
            Message::PreviewReady(_, Ok(Err(e))) => {
                self.preview_error = Some(e);
                Action::None
            }
            Message::PreviewPage(p) => {
                self.page = p;
                Action::None
            }
            Message::Save => {
                self.status = Some(Status::Working);
                let pdf = work::make_pdf(self.request(cx));
                let name = format!("referral-{}-{}.pdf", cx.today, self.sheet_locale.code());
                let fallback = cx
                    .folder
                    .clone()
                    .unwrap_or_else(|| cx.fallback_folder.clone());
                let task = if cx.dialogs {
                    Task::perform(
                        work::save_dialog(pdf, cx.folder.clone(), fallback, name),
                        Message::Saved,
                    )
                } else {
                    Task::perform(work::save_to(pdf, fallback.join(name)), |r| {
                        Message::Saved(r.map(Some))
                    })
                };
                Action::Run(task)
            }
            Message::Saved(Ok(Some(path))) => {
                self.status = Some(Status::Saved(path.clone()));
                match path.parent() {
                    Some(dir) => Action::RememberFolder(dir.to_path_buf()),
                    None => Action::None,
                }
            }
            // Cancelled in the dialog: nothing to say.
            Message::Saved(Ok(None)) => {
                self.status = None;
                Action::None
            }
            Message::Saved(Err(e)) | Message::Printed(Err(e)) => {
                self.status = Some(Status::Failed(e));
                Action::None
            }
            Message::Print => {
                self.status = Some(Status::Working);
                let pdf = work::make_pdf(self.request(cx));
                match work::print_folder() {
                    Ok(folder) => {
                        self.print_folders.push(folder.clone());
                        Action::Run(Task::perform(work::print(pdf, folder), Message::Printed))
                    }
                    Err(e) => {
                        self.status = Some(Status::Failed(e));
                        Action::None
                    }
                }
            }
            Message::Printed(Ok(printed)) => {
                self.status = Some(Status::Printed(printed));
                Action::None
            }
        }
    }

    /// Removes the sheets handed to the PDF viewer (at close).
    pub fn remove_print_files(&mut self) {
        for f in self.print_folders.drain(..) {
            let _ = std::fs::remove_dir_all(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx() -> Ctx {
        Ctx {
            db: None,
            office: Office::default(),
            paper: Paper::A4,
            today: jiff::civil::date(2026, 11, 22),
            folder: None,
            fallback_folder: std::env::temp_dir(),
            dialogs: false,
        }
    }

    #[test]
    fn a_layout_asked_for_before_clear_or_a_newer_one_is_never_shown() {
        let mut s = State::new(Locale::En);
        let records = crate::usecase::bundled_records().unwrap();
        let loaded = |records: &[Record]| {
            Message::Loaded(Ok(Gathered {
                records: records.to_vec(),
                ..Gathered::default()
            }))
        };
        let first = records[0].clone();
        let _ = s.update(loaded(&[first]), &cx());
        let asked = s.seq;
        let _ = s.update(Message::Clear, &cx());
        let pages = Arc::new(Vec::new());
        let _ = s.update(Message::PreviewReady(asked, Ok(Ok(pages.clone()))), &cx());
        assert!(s.preview.is_none(), "the cleared basket shows no sheet");
        // Two requests: the older answer arriving last does not replace the newer.
        let _ = s.update(loaded(&records[..2]), &cx());
        let older = s.seq;
        let _ = s.update(Message::SheetLanguage(Locale::Pl), &cx());
        let newer = s.seq;
        let _ = s.update(Message::PreviewReady(newer, Ok(Ok(pages.clone()))), &cx());
        let _ = s.update(
            Message::PreviewReady(older, Ok(Err(ReferralError::Empty))),
            &cx(),
        );
        assert!(s.preview.is_some() && s.preview_error.is_none());
    }

    #[cfg(unix)]
    #[test]
    fn a_sheet_for_the_viewer_waits_in_a_private_folder_swept_at_the_next_start() {
        use std::os::unix::fs::PermissionsExt;
        let a = work::print_folder().unwrap();
        let b = work::print_folder().unwrap();
        assert_ne!(a, b, "no predictable name");
        let mode = std::fs::metadata(&a).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "only this user can read it: {mode:o}");
        std::fs::write(a.join("referral.pdf"), b"%PDF").unwrap();
        sweep_print_folders();
        assert!(!a.exists() && !b.exists());
    }
}
