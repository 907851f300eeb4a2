//! Another Haven on the computer may change the directory while the window is open: a
//! scheduled `haven sync` writes into it, `haven db rebuild` puts a new file in its place.
//! Every few seconds the directory thread says how its file stands; when another program
//! changed it, the window shows the new directory at once and says why the list changed.

use super::{App, DbState, Message, Notice};
use crate::ui::db::Db;
use crate::usecase::{Seen, StoreError};
use iced::Task;
use std::sync::Arc;

/// How long an informational notice stays (a few ticks of the watcher).
const NOTICE_SECONDS: u64 = 15;

/// How often the window looks.
const EVERY: std::time::Duration = std::time::Duration::from_secs(3);

impl App {
    pub(super) fn watch_tick(&mut self) -> Task<Message> {
        self.expire_notices();
        let DbState::Ready(db) = &self.db_state else {
            return Task::none();
        };
        let db = db.clone();
        // The window's own update refreshes what it shows when it ends.
        if self.sync.running.is_some() {
            self.own_write();
            return Task::none();
        }
        let round = self.watch_round;
        Task::perform(db.seen(), move |r| Message::Watched(round, r.ok()))
    }

    /// Informational notices ("the directory was set up", "copied") go away by themselves
    /// after [`NOTICE_SECONDS`]; a warning or an error stays until the worker dismisses it.
    fn expire_notices(&mut self) {
        if self.notices != self.notices_since.0 {
            self.notices_since = (self.notices.clone(), std::time::Instant::now());
        } else if !self.notices.is_empty()
            && self.notices.iter().all(Notice::is_info)
            && self.notices_since.1.elapsed().as_secs() >= NOTICE_SECONDS
        {
            self.notices.clear();
        }
    }

    /// The window itself writes to the directory (an update, a rebuild): what the watcher saw
    /// before is forgotten, and so is any look still on its way, which may have been taken
    /// before the write and answered after it (once, a failed update's log line, written
    /// between a look and its answer, showed as "updated by another Haven").
    pub(super) fn own_write(&mut self) {
        self.seen = None;
        self.watch_round += 1;
    }

    pub(super) fn watched(&mut self, round: u64, now: Option<Seen>) -> Task<Message> {
        let Some(now) = now else {
            return Task::none();
        };
        if round != self.watch_round || self.sync.running.is_some() {
            return Task::none();
        }
        let Some(before) = self.seen.replace(now) else {
            return Task::none(); // the first look: what later looks compare with
        };
        if before == now {
            return Task::none();
        }
        self.notices = vec![Notice::info("directory-changed-elsewhere")];
        if now.replaced(&before) {
            // A new file: a new directory thread opens it, as after the window's own rebuild.
            self.own_write();
            let (db, ready) = Db::start(self.paths.clone());
            self.db_state = DbState::Opening(None);
            return Task::perform(
                async move { ready.await.map(|o| (db, o)) },
                |r: Result<_, StoreError>| match r {
                    Ok((db, opened)) => Message::DirectoryReady(db, opened),
                    Err(e) => Message::DirectoryOpened(Err(Arc::new(e))),
                },
            );
        }
        // `after_sync` has the directory thread read what is derived from the records again
        // before the search runs again (requests run in order).
        self.after_sync()
    }
}

/// A tick every few seconds, from a thread of its own (the window's executor has no timer).
pub(super) fn ticks() -> impl iced::futures::Stream<Item = Message> {
    let (mut tx, rx) = iced::futures::channel::mpsc::channel(1);
    let _ = std::thread::Builder::new()
        .name("haven-watch".into())
        .spawn(move || {
            loop {
                std::thread::sleep(EVERY);
                if tx.try_send(Message::WatchTick).is_err() && tx.is_closed() {
                    break;
                }
            }
        });
    rx
}
