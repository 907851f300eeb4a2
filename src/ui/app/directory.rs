//! The root's work with the directory: opening, the background check, rebuilding, and
//! updating it from the feed.

use super::{App, DbState, Message, Notice};
use crate::model::Text;
use crate::store::StoreError;
use crate::ui::db::{Db, Opened};
use crate::ui::sync;
use iced::Task;
use std::sync::Arc;

impl App {
    pub(super) fn directory_opened(&mut self, r: Result<Opened, Arc<StoreError>>) -> Task<Message> {
        let opened = match r {
            Ok(opened) => opened,
            Err(e) => {
                self.db_state = DbState::Failed(e);
                self.db = None;
                return Task::none();
            }
        };
        self.db_state = DbState::Ready;
        self.notices
            .extend(opened.events.iter().cloned().map(Notice::Opened));
        self.notices
            .extend(opened.layer_events.iter().cloned().map(Notice::Layer));
        let Some(db) = self.db.clone() else {
            return Task::none();
        };
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
            Task::perform(db.run(|d| d.check()), |r| match r {
                Some(Ok(Err(problems))) => Message::DirectoryDamaged(problems.join("; ")),
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
        self.db = None;
        Task::none()
    }

    pub(super) fn directory_ready(&mut self, db: Db, opened: Opened) -> Task<Message> {
        self.db = Some(db);
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
        Task::perform(db.run(places), places_loaded)
    }

    pub(super) fn rebuild_directory(&mut self) -> Task<Message> {
        let path = self.paths.directory_db();
        self.db_state = DbState::Opening;
        self.db = None;
        let paths = self.paths.clone();
        let rebuilt = crate::ui::blocking(move || {
            crate::store::Directory::rebuild(&path)
                .map(|_| ())
                .map_err(|e| e.to_string())
        });
        Task::perform(
            async move {
                rebuilt.await.map_err(StoreError::Bundle)?;
                let (db, ready) = Db::start(paths.directory_db());
                ready.await.map(|o| (db, o))
            },
            |r| match r {
                Ok((db, opened)) => Message::DirectoryReady(db, opened),
                Err(e) => Message::DirectoryOpened(Err(Arc::new(e))),
            },
        )
    }

    pub(super) fn start_sync(&mut self) -> Task<Message> {
        let db = self.paths.directory_db();
        self.sync.start(db, &self.settings.feed).map(Message::Sync)
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
        match &self.db {
            Some(db) => Task::perform(
                db.run(|d| {
                    d.last_sync()
                        .ok()
                        .flatten()
                        .map(|(at, outcome, detail)| sync::Last {
                            at,
                            outcome,
                            detail,
                        })
                }),
                |r| Message::LastSyncLoaded(r.flatten()),
            ),
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
        let Some(db) = self.db.clone() else {
            return Task::none();
        };
        let reloaded = db.run(|d| {
            let _ = d.reload_facets();
            places(d)
        });
        let search = self.search.search(&db).map(Message::Search);
        let detail = self
            .search
            .reload_detail(&self.search_cx())
            .map(Message::Search);
        Task::batch([Task::perform(reloaded, places_loaded), search, detail])
    }
}

/// The directory's country codes, and its regions (id, name).
type Places = (Vec<String>, Vec<(String, Text)>);

/// The directory's countries and its regions with their names.
fn places(d: &mut crate::store::Directory) -> Places {
    let mut countries = d.facets().countries().to_vec();
    countries.sort();
    (countries, d.regions().unwrap_or_default())
}

/// The message carrying the directory's places (none when the directory thread is gone).
fn places_loaded(r: Option<Places>) -> Message {
    let (countries, regions) = r.unwrap_or_default();
    Message::RegionsLoaded(countries, regions)
}
