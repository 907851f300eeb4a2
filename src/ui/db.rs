//! The directory lives on its own thread, so no database work ever runs on the UI thread.
//!
//! Jobs run in the order they are sent. Searches are special: only the newest waiting search
//! runs. When the worker types faster than a search takes, superseded searches are dropped
//! unrun and their futures resolve to `None`, so a stale answer can never overwrite a newer
//! one and no work piles up behind the keyboard.

use crate::search::{self, Query, Results};
use crate::store::{Directory, LayerEvent, OpenEvent, StoreError, UserLayer};
use iced::futures::channel::oneshot;
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

type JobFn = Box<dyn FnOnce(&mut Directory, &mut UserLayer) + Send>;

enum Job {
    Run(JobFn),
    Search,
}

type SearchSlot = Arc<Mutex<Option<(Query, oneshot::Sender<Result<Results, StoreError>>)>>>;

/// A handle to the directory thread. Cheap to clone.
#[derive(Clone)]
pub struct Db {
    jobs: mpsc::Sender<Job>,
    pending: SearchSlot,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Db")
    }
}

/// What opening reported, and the number of records.
#[derive(Debug, Clone)]
pub struct Opened {
    pub events: Vec<OpenEvent>,
    /// What opening the worker's layer did (a damaged file restored from its backup).
    pub layer_events: Vec<LayerEvent>,
    pub count: usize,
    /// The integrity check is still to run (a large file).
    pub check_pending: bool,
}

impl Db {
    /// Starts the thread, which opens (building or repairing if needed) the directory at
    /// `path`. The future resolves when it is ready or has failed.
    pub fn start(
        path: PathBuf,
    ) -> (
        Db,
        impl Future<Output = Result<Opened, StoreError>> + Send + 'static,
    ) {
        let (jobs, rx) = mpsc::channel::<Job>();
        let pending: SearchSlot = Arc::new(Mutex::new(None));
        let slot = pending.clone();
        let (ready_tx, ready_rx) = oneshot::channel();
        let spawned = std::thread::Builder::new()
            .name("haven-directory".into())
            .spawn(move || {
                // Small files are checked before the first frame; a large one's full
                // integrity check (it reads every page) runs right after, see `check`.
                let inline = crate::store::check_inline(&path);
                let opened = Directory::open(&path, inline).and_then(|(mut dir, events)| {
                    let (mut layer, layer_events) = UserLayer::open(&dir.layer_file())?;
                    let current = dir.touched_records(&layer)?;
                    layer.remember_all(&current)?;
                    dir.attach_layer(layer.path())?;
                    Ok((dir, layer, events, layer_events))
                });
                let (mut dir, mut layer) = match opened {
                    Ok((dir, layer, events, layer_events)) => {
                        let count = dir.count().unwrap_or(0);
                        let _ = ready_tx.send(Ok(Opened {
                            events,
                            layer_events,
                            count,
                            check_pending: !inline,
                        }));
                        (dir, layer)
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                while let Ok(job) = rx.recv() {
                    match job {
                        Job::Run(f) => f(&mut dir, &mut layer),
                        Job::Search => {
                            let next = slot.lock().ok().and_then(|mut s| s.take());
                            if let Some((query, reply)) = next
                                && !reply.is_canceled()
                            {
                                let _ = reply.send(search::search(&dir, &query));
                            }
                        }
                    }
                }
            });
        let ready = async move {
            if spawned.is_err() {
                return Err(StoreError::Stopped);
            }
            ready_rx.await.unwrap_or_else(|_| Err(StoreError::Stopped))
        };
        (Db { jobs, pending }, ready)
    }

    /// Runs `f` on the directory thread. `None` if the directory is not available.
    pub fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Directory) -> T + Send + 'static,
    ) -> impl Future<Output = Option<T>> + Send + 'static {
        self.run_with_layer(move |d, _| f(d))
    }

    /// Runs `f` on the directory thread with the worker's layer (to read or write notes,
    /// flags, the office's records). `None` if the directory is not available.
    pub fn run_with_layer<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Directory, &mut UserLayer) -> T + Send + 'static,
    ) -> impl Future<Output = Option<T>> + Send + 'static {
        let (tx, rx) = oneshot::channel();
        let sent = self
            .jobs
            .send(Job::Run(Box::new(move |d, l| {
                let _ = tx.send(f(d, l));
            })))
            .is_ok();
        async move { if sent { rx.await.ok() } else { None } }
    }

    /// Searches; resolves to `None` if a newer search replaced this one before it ran.
    pub fn search(
        &self,
        query: Query,
    ) -> impl Future<Output = Option<Result<Results, StoreError>>> + Send + 'static {
        let (tx, rx) = oneshot::channel();
        if let Ok(mut slot) = self.pending.lock() {
            // Dropping the previous sender cancels the superseded search.
            *slot = Some((query, tx));
        }
        let sent = self.jobs.send(Job::Search).is_ok();
        async move { if sent { rx.await.ok() } else { None } }
    }
}
