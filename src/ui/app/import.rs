//! The root's side of "Import a list of services": what the screen reads of the app, and
//! what follows (the office's records shown, the search refreshed). The screen's own work
//! (the dialog, the read, the write) is in `import_screen::work`.

use super::{App, Message, Screen};
use crate::import::Options;
use crate::ui::import_screen::{self, Action};
use iced::Task;

impl App {
    /// Opens the import screen and asks for a file.
    pub(super) fn import_start(&mut self) -> Task<Message> {
        self.screen = Screen::Import;
        self.import_message(import_screen::Message::Choose)
    }

    pub(super) fn import_message(&mut self, m: import_screen::Message) -> Task<Message> {
        let written = matches!(m, import_screen::Message::Written(Ok(n)) if n > 0);
        let locale = self.locale;
        let cx = import_screen::Ctx {
            db: self.db_state.db().cloned(),
            opts: Options {
                country: self.settings.office_country(),
                map: Vec::new(),
                office: self.settings.office.source_name(locale),
                today: self.today,
                lang: locale.code().to_string(),
                encoding: None,
                publisher: None,
            },
            dialogs: self.dialogs,
            folder: self.settings.last_folder.clone(),
            fallback: self
                .settings
                .last_folder
                .clone()
                .unwrap_or_else(|| self.documents.clone()),
        };
        let task = match self.import.update(m, &cx) {
            Action::None => Task::none(),
            Action::Run(task) => task.map(Message::Import),
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
}
