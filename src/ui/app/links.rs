//! Web addresses from a record, handed to the system's browser off the UI thread; only
//! `https://` and `http://` go (a record's link is data, never a command).

use super::{App, Message, Notice};
use crate::ui::work::WorkError;
use iced::Task;

impl App {
    pub(super) fn link_opened(&mut self, r: Result<(), WorkError>) -> Task<Message> {
        if let Err(e) = r {
            self.notices = vec![Notice::error("link-failed").arg("detail", e.message(self.locale))];
        }
        Task::none()
    }
}

/// Hands a link to the system browser, off the UI thread.
pub(super) async fn open_link(url: String) -> Result<(), WorkError> {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        // Only web addresses go to the browser (a record's link is data, not a command).
        let refused = std::io::Error::new(std::io::ErrorKind::InvalidInput, url);
        return Err(WorkError::program("browser", refused));
    }
    crate::ui::blocking(move || {
        open::that_detached(&url).map_err(|e| WorkError::program("browser", e))
    })
    .await
}
