//! The directory lives on its own thread, so no database work ever runs on the UI thread.
//!
//! The window asks it typed [`Request`]s, each answered by the use-case layer
//! (`crate::usecase::Haven`) in [`serve`], a plain function a test can call. Requests run in
//! the order they are sent; searches go through [`Latest`]: only the newest waiting search
//! runs.

use super::detail::{self, Detail};
use super::latest::{Latest, Superseded};
use crate::import::{Options, Prepared};
use crate::search::{Query, Results};
use crate::usecase::{
    DirectoryInfo, Edit, EditError, Edited, Exported, Gathered, Haven, ImportFailed, ImportSummary,
    LayerEvent, OpenEvent, Paths, Places, Seen, StoreError,
};
use iced::futures::channel::oneshot;
use std::path::PathBuf;
use std::sync::{Arc, mpsc};

/// What the window asks of the directory.
#[derive(Debug)]
pub enum Request {
    /// A record presented for the detail pane.
    Detail {
        id: String,
        view: detail::View,
    },
    /// A change to the worker's layer, then the record presented again.
    Edit {
        edit: Edit,
        view: detail::View,
    },
    /// A change to the worker's layer, with nothing presented after it.
    Write(Edit),
    /// The records of a referral sheet.
    Gather(Vec<String>),
    /// The number to dial for a record's main phone.
    MainDial(String),
    /// The countries and regions, for filters and Settings.
    Places,
    /// The full integrity check of a large directory.
    Check,
    /// The last update, as logged.
    LastSync,
    /// What the directory file looks like now (another Haven's change).
    Seen,
    /// The records changed elsewhere: read what is derived from them again, then the places.
    Reload,
    /// About: size, origin, date.
    Info,
    /// Read and check a file for import (nothing written).
    PrepareImport {
        path: PathBuf,
        opts: Options,
    },
    /// Write a checked import.
    CommitImport {
        prepared: Arc<Prepared>,
        lang: String,
        today: jiff::civil::Date,
    },
    ExportLayer(PathBuf),
    ImportLayer {
        path: PathBuf,
        office: String,
        today: jiff::civil::Date,
        locale: crate::i18n::Locale,
    },
    ExportCorrections {
        path: PathBuf,
        office: String,
    },
}

/// The directory's answer to a [`Request`], variant for variant.
#[derive(Debug)]
pub enum Reply {
    Detail(Result<Option<Detail>, StoreError>),
    Edited(Result<Option<Detail>, EditError>),
    Written(Result<Edited, EditError>),
    Gathered(Result<Gathered, StoreError>),
    MainDial(Result<Option<crate::present::Dial>, StoreError>),
    Places(Result<Places, StoreError>),
    Checked(Result<Result<(), Vec<String>>, StoreError>),
    LastSync(Result<Option<(String, String, String)>, StoreError>),
    Seen(Result<Seen, StoreError>),
    Reloaded(Result<Places, StoreError>),
    Info(Result<DirectoryInfo, StoreError>),
    Prepared(Result<Prepared, ImportFailed>),
    Committed(Result<usize, StoreError>),
    LayerExported(Result<Exported, StoreError>),
    LayerImported(Result<ImportSummary, StoreError>),
    CorrectionsExported(Result<usize, StoreError>),
}

/// Answers one request with the use-case layer.
pub fn serve(h: &mut Haven, request: Request) -> Reply {
    match request {
        Request::Detail { id, view } => Reply::Detail(detail::load(h, &id, &view)),
        Request::Edit { edit, view } => Reply::Edited(
            h.edit(edit)
                .and_then(|e| detail::load(h, &e.id, &view).map_err(EditError::from)),
        ),
        Request::Write(edit) => Reply::Written(h.edit(edit)),
        Request::Gather(ids) => Reply::Gathered(h.gather(&ids)),
        Request::MainDial(id) => Reply::MainDial(h.main_dial(&id)),
        Request::Places => Reply::Places(h.places()),
        Request::Check => Reply::Checked(h.check()),
        Request::LastSync => Reply::LastSync(h.last_sync()),
        Request::Seen => Reply::Seen(h.seen()),
        Request::Reload => Reply::Reloaded(h.reload().and_then(|()| h.places())),
        Request::Info => Reply::Info(h.info()),
        Request::PrepareImport { path, opts } => Reply::Prepared(h.prepare_import(&path, &opts)),
        Request::CommitImport {
            prepared,
            lang,
            today,
        } => Reply::Committed(h.commit_import(&prepared, &lang, today)),
        Request::ExportLayer(path) => Reply::LayerExported(h.export_layer(&path)),
        Request::ImportLayer {
            path,
            office,
            today,
            locale,
        } => Reply::LayerImported(h.import_layer(&path, &office, today, locale)),
        Request::ExportCorrections { path, office } => {
            Reply::CorrectionsExported(h.export_corrections(&office, &path))
        }
    }
}

enum Job {
    Ask(Request, oneshot::Sender<Reply>),
    Search,
}

/// A handle to the directory thread. Cheap to clone.
#[derive(Clone)]
pub struct Db {
    jobs: mpsc::Sender<Job>,
    searches: Latest<Query, Result<Results, StoreError>>,
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
    /// Starts the thread, which opens (building or repairing if needed) the directory and
    /// the worker's layer. The future resolves when it is ready or has failed.
    pub fn start(
        paths: Paths,
    ) -> (
        Db,
        impl Future<Output = Result<Opened, StoreError>> + Send + 'static,
    ) {
        let (jobs, rx) = mpsc::channel::<Job>();
        let searches: Latest<Query, Result<Results, StoreError>> = Latest::default();
        let waiting = searches.clone();
        let (ready_tx, ready_rx) = oneshot::channel();
        let spawned = std::thread::Builder::new()
            .name("haven-directory".into())
            .spawn(move || {
                let mut haven = match Haven::open(&paths) {
                    Ok((haven, o)) => {
                        let _ = ready_tx.send(Ok(Opened {
                            events: o.events,
                            layer_events: o.layer_events,
                            count: o.count,
                            check_pending: o.check_pending,
                        }));
                        haven
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                while let Ok(job) = rx.recv() {
                    match job {
                        Job::Ask(request, reply) => {
                            let _ = reply.send(serve(&mut haven, request));
                        }
                        Job::Search => {
                            if let Some((query, reply)) = waiting.take() {
                                let _ = reply.send(haven.search(&query));
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
        (Db { jobs, searches }, ready)
    }

    /// Sends `request`; the future resolves to the reply, or `None` when the directory
    /// thread has ended.
    pub fn ask(&self, request: Request) -> impl Future<Output = Option<Reply>> + Send + 'static {
        let (tx, rx) = oneshot::channel();
        let sent = self.jobs.send(Job::Ask(request, tx)).is_ok();
        async move { if sent { rx.await.ok() } else { None } }
    }

    /// Searches; [`Superseded`] if a newer search replaced this one before it ran.
    pub fn search(
        &self,
        query: Query,
    ) -> impl Future<Output = Result<Result<Results, StoreError>, Superseded>> + Send + 'static
    {
        let answer = self.searches.put(query);
        let _ = self.jobs.send(Job::Search);
        answer
    }
}

/// Typed asks: each sends its request and hands back its own reply's value; a thread that
/// has ended (or a reply of another kind, which `serve` never gives) is `Stopped`.
macro_rules! asks {
    ($($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*) -> $out:ty = $req:expr => $reply:ident;)*) => {
        impl Db {
            $(
                $(#[$doc])*
                pub fn $name(&self, $($arg: $ty),*) -> impl Future<Output = $out> + Send + 'static {
                    let asked = self.ask($req);
                    async move {
                        match asked.await {
                            Some(Reply::$reply(r)) => r,
                            _ => Err(StoreError::Stopped.into()),
                        }
                    }
                }
            )*
        }
    };
}

asks! {
    /// A record presented for the pane.
    detail(id: String, view: detail::View) -> Result<Option<Detail>, StoreError>
        = Request::Detail { id, view } => Detail;
    /// Writes an edit, then presents its record again.
    edit(edit: Edit, view: detail::View) -> Result<Option<Detail>, EditError>
        = Request::Edit { edit, view } => Edited;
    /// Writes an edit.
    write(edit: Edit) -> Result<Edited, EditError> = Request::Write(edit) => Written;
    /// The records of a referral sheet.
    gather(ids: Vec<String>) -> Result<Gathered, StoreError> = Request::Gather(ids) => Gathered;
    /// The number to dial for a record's main phone.
    main_dial(id: String) -> Result<Option<crate::present::Dial>, StoreError>
        = Request::MainDial(id) => MainDial;
    /// Countries and regions.
    places() -> Result<Places, StoreError> = Request::Places => Places;
    /// The full integrity check.
    check() -> Result<Result<(), Vec<String>>, StoreError> = Request::Check => Checked;
    /// The last update, as logged.
    last_sync() -> Result<Option<(String, String, String)>, StoreError>
        = Request::LastSync => LastSync;
    /// The directory file as it stands.
    seen() -> Result<Seen, StoreError> = Request::Seen => Seen;
    /// Re-reads what is derived from the records, then gives the places.
    reload() -> Result<Places, StoreError> = Request::Reload => Reloaded;
    /// About's figures.
    info() -> Result<DirectoryInfo, StoreError> = Request::Info => Info;
    /// Reads and checks a file for import.
    prepare_import(path: PathBuf, opts: Options) -> Result<Prepared, ImportFailed>
        = Request::PrepareImport { path, opts } => Prepared;
    /// Writes a checked import.
    commit_import(prepared: Arc<Prepared>, lang: String, today: jiff::civil::Date)
        -> Result<usize, StoreError>
        = Request::CommitImport { prepared, lang, today } => Committed;
    /// Saves the layer to a file.
    export_layer(path: PathBuf) -> Result<Exported, StoreError>
        = Request::ExportLayer(path) => LayerExported;
    /// Brings a layer file in.
    import_layer(path: PathBuf, office: String, today: jiff::civil::Date, locale: crate::i18n::Locale)
        -> Result<ImportSummary, StoreError>
        = Request::ImportLayer { path, office, today, locale } => LayerImported;
    /// Saves the corrections for the publisher.
    export_corrections(path: PathBuf, office: String) -> Result<usize, StoreError>
        = Request::ExportCorrections { path, office } => CorrectionsExported;
}
