//! The root's work with the directory: opening, the background check, rebuilding, and
//! updating it from the feed.

use super::{App, DbState, Message, Notice};
use crate::model::Text;
use crate::ui::db::{Db, Opened};
use crate::ui::sync;
use crate::usecase::{Haven, Places, StoreError};
use iced::Task;
use std::sync::Arc;

impl App {
    pub(super) fn directory_opened(&mut self, r: Result<Opened, Arc<StoreError>>) -> Task<Message> {
        let opened = match r {
            Ok(opened) => opened,
            Err(e) => {
                self.db_state = DbState::Failed(e);
                return Task::none();
            }
        };
        let Some(db) = self.db_state.db().cloned() else {
            return Task::none();
        };
        self.db_state = DbState::Ready(db.clone());
        // A new directory thread: its connection counts changes from zero again.
        self.own_write();
        self.notices
            .extend(opened.events.iter().cloned().map(Notice::Opened));
        self.notices
            .extend(opened.layer_events.iter().cloned().map(Notice::Layer));
        let at_start = if self.settings.feed.check_at_start && sync::configured(&self.settings.feed)
        {
            self.start_sync()
        } else {
            Task::none()
        };
        // The first results are asked for before anything else the directory thread has to
        // do, the integrity check of a large file included.
        let first = self.search.search(&db).map(Message::Search);
        let integrity = if opened.check_pending {
            Task::perform(db.check(), |r| match r {
                Ok(Err(problems)) => Message::DirectoryDamaged(problems.join("; ")),
                _ => Message::DirectoryChecked,
            })
        } else {
            Task::none()
        };
        Task::batch([
            first,
            self.load_regions(&db),
            self.load_last_sync(),
            at_start,
            integrity,
        ])
    }

    pub(super) fn directory_damaged(&mut self, detail: String) -> Task<Message> {
        self.db_state = DbState::Failed(Arc::new(StoreError::Record(detail)));
        Task::none()
    }

    pub(super) fn directory_ready(&mut self, db: Db, opened: Opened) -> Task<Message> {
        self.db_state = DbState::Opening(Some(db));
        self.directory_opened(Ok(opened))
    }

    pub(super) fn regions_loaded(
        &mut self,
        countries: Vec<String>,
        r: Vec<(String, Text)>,
    ) -> Task<Message> {
        self.countries = countries;
        self.regions = r.into_iter().collect();
        Task::none()
    }

    fn load_regions(&self, db: &Db) -> Task<Message> {
        Task::perform(db.places(), places_loaded)
    }

    pub(super) fn rebuild_directory(&mut self) -> Task<Message> {
        self.own_write();
        self.db_state = DbState::Opening(None);
        let paths = self.paths.clone();
        let rebuilt = crate::ui::blocking({
            let paths = paths.clone();
            move || Ok(Haven::rebuild(&paths))
        });
        Task::perform(
            async move {
                rebuilt.await.map_err(|_| StoreError::Stopped)??;
                let (db, ready) = Db::start(paths);
                ready.await.map(|o| (db, o))
            },
            |r| match r {
                Ok((db, opened)) => Message::DirectoryReady(db, opened),
                Err(e) => Message::DirectoryOpened(Err(Arc::new(e))),
            },
        )
    }

    pub(super) fn start_sync(&mut self) -> Task<Message> {
        self.own_write();
        self.sync
            .start(self.paths.clone(), &self.settings.feed)
            .map(Message::Sync)
    }

    pub(super) fn cancel_sync(&mut self) -> Task<Message> {
        self.sync.cancel();
        Task::none()
    }

    pub(super) fn last_sync_loaded(&mut self, last: Option<sync::Last>) -> Task<Message> {
        self.sync.last = last;
        Task::none()
    }

    pub(super) fn load_last_sync(&self) -> Task<Message> {
        match self.db_state.db() {
            Some(db) => Task::perform(db.last_sync(), |r| {
                Message::LastSyncLoaded(r.ok().flatten().map(|(at, outcome, detail)| sync::Last {
                    at,
                    outcome,
                    detail,
                }))
            }),
            None => Task::none(),
        }
    }

    pub(super) fn sync_event(&mut self, e: sync::Event) -> Task<Message> {
        let result = match e {
            sync::Event::Progress(p) => {
                if let Some(r) = &mut self.sync.running {
                    r.progress = Some(p);
                }
                return Task::none();
            }
            sync::Event::Finished(result) => result,
        };
        self.sync.running = None;
        // The window's own update wrote to the directory (its log, at least, even when it
        // failed): the watcher looks afresh, so it never reports this as another Haven's.
        self.own_write();
        let refresh = match &result {
            Ok(o) => {
                self.notices = vec![
                    Notice::info("sync-done")
                        .arg("text", crate::sync::outcome_message(o, self.locale)),
                ];
                match o {
                    crate::sync::Outcome::Updated { .. } => self.after_sync(),
                    _ => Task::none(),
                }
            }
            Err(crate::sync::SyncError::Cancelled) => {
                self.notices = vec![Notice::info("sync-error-cancelled")];
                Task::none()
            }
            Err(e) => {
                self.notices = vec![
                    Notice::error(e.message_id()).arg("detail", e.detail(self.locale)),
                    Notice::error("sync-unchanged"),
                ];
                Task::none()
            }
        };
        Task::batch([refresh, self.load_last_sync()])
    }

    /// The directory changed under the directory thread's feet: reload what it caches, then
    /// show the new data in the open search and the open record at once.
    pub(super) fn after_sync(&mut self) -> Task<Message> {
        let Some(db) = self.db_state.db().cloned() else {
            return Task::none();
        };
        let reloaded = db.reload();
        let search = self.search.search(&db).map(Message::Search);
        let detail = self
            .search
            .reload_detail(&self.search_cx())
            .map(Message::Search);
        Task::batch([Task::perform(reloaded, places_loaded), search, detail])
    }
}

/// The message carrying the directory's places (none when the directory thread is gone).
fn places_loaded(r: Result<Places, StoreError>) -> Message {
    let (countries, regions) = r.unwrap_or_default();
    Message::RegionsLoaded(countries, regions)
}
