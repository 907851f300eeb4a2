//! The root's side of "Import a list of services": the file dialog, reading and checking the
//! file on the directory thread, writing what the preview showed, and the search afterwards.

use super::{App, Message, Screen};
use crate::import::{Options, Prepared};
use crate::ui::files::{self, Filter};
use crate::ui::import_screen::{self, Action};
use iced::Task;
use std::sync::Arc;

const FILTER: Filter = (
    "CSV, XLSX, ODS, HSDS JSON",
    &["csv", "txt", "tsv", "xlsx", "xls", "ods", "json"],
);

impl App {
    /// Opens the import screen and asks for a file.
    pub(super) fn import_start(&mut self) -> Task<Message> {
        self.screen = Screen::Import;
        self.import_message(import_screen::Message::Choose)
    }

    pub(super) fn import_message(&mut self, m: import_screen::Message) -> Task<Message> {
        let written = matches!(m, import_screen::Message::Written(Ok(n)) if n > 0);
        let task = match self.import.update(m) {
            Action::None => Task::none(),
            Action::Choose => self.import_read(),
            Action::Write(p) => self.import_write(p),
            Action::ShowLocal => {
                self.search.query.clear();
                self.search.filters = crate::search::Filters {
                    marks: crate::layer::marks::LOCAL,
                    ..Default::default()
                };
                let shown = self.show(Screen::Search);
                let searched = match self.db_state.db() {
                    Some(db) => self.search.search(db).map(Message::Search),
                    None => Task::none(),
                };
                return Task::batch([shown, searched]);
            }
            Action::Close => self.show(Screen::Settings),
        };
        // The office's records changed: the search, the filters' counts and the open record.
        if written {
            return Task::batch([task, self.after_sync()]);
        }
        task
    }

    fn import_read(&mut self) -> Task<Message> {
        let Some(db) = self.db_state.db().cloned() else {
            return Task::none();
        };
        let locale = self.locale;
        let opts = Options {
            country: self.settings.office_country(),
            map: Vec::new(),
            office: self.settings.office.source_name(locale),
            today: self.today,
            lang: locale.code().to_string(),
            publisher: None,
        };
        let dialogs = self.dialogs;
        let folder = self.settings.last_folder.clone();
        let fallback = self
            .settings
            .last_folder
            .clone()
            .unwrap_or_else(|| self.documents.clone());
        let work = async move {
            let path = files::choose_open(dialogs, folder, fallback, "", FILTER).await?;
            let read = db.prepare_import(path, opts).await;
            Some(read.map(Arc::new))
        };
        Task::perform(work, |r| Message::Import(import_screen::Message::Read(r)))
    }

    fn import_write(&mut self, p: Arc<Prepared>) -> Task<Message> {
        let Some(db) = self.db_state.db().cloned() else {
            return Task::none();
        };
        let locale = self.locale;
        let today = self.today;
        let work = db.commit_import(p, locale.code().to_string(), today);
        Task::perform(work, |r| {
            Message::Import(import_screen::Message::Written(r.map_err(Arc::new)))
        })
    }
}
