//! The root's side of copying a number: one phone truth. What is copied is the number the
//! core decided to dial (`present::dial`): the office's correction where there is one, and
//! a number reported not to work is never copied without saying so.

use super::{App, Message, Notice};
use crate::present::{self, Dial};
use iced::Task;

impl App {
    pub(super) fn copy(&mut self, d: Dial) -> Task<Message> {
        let shown = d.number.clone();
        let notice = match (d.corrected, d.reported) {
            (true, _) => Notice::info("copied-corrected").arg("text", shown),
            (false, Some(on)) => Notice::error("copied-reported")
                .arg("text", shown)
                .arg("date", present::date(on, self.locale)),
            (false, None) => Notice::info("copied").arg("text", shown),
        };
        self.notices = vec![notice];
        iced::clipboard::write(d.number)
    }

    /// The main phone of a record the pane does not show, as the directory decides it.
    pub(super) fn copy_main_phone(&mut self, id: String) -> Task<Message> {
        let Some(db) = self.db_state.db() else {
            return Task::none();
        };
        Task::perform(db.main_dial(id), |r| Message::MainDial(r.ok().flatten()))
    }

    pub(super) fn main_dial(&mut self, d: Option<Dial>) -> Task<Message> {
        match d {
            Some(d) => self.copy(d),
            None => {
                self.notices = vec![Notice::info("copy-no-phone")];
                Task::none()
            }
        }
    }
}
