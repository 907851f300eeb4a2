//! The root's work with the office's layer as files: saving it, bringing it in on another
//! PC, and saving the corrections for the publisher (Settings' buttons). The files are the
//! ones `haven local export|import` and `haven corrections export` read and write.

use super::{App, Message, Notice};
use crate::ui::files::{self, Filter};
use crate::ui::settings_screen::LayerJob;
use crate::usecase::{ImportSummary, StoreError};
use iced::Task;
use std::path::PathBuf;
use std::sync::Arc;

const LAYER_PREFIX: &str = "haven-office-";
const LAYER_FILTER: Filter = ("JSON", &["json"]);
const CORRECTIONS_FILTER: Filter = ("JSON Lines", &["jsonl"]);

/// What a layer job did.
#[derive(Debug, Clone)]
pub enum LayerDone {
    /// The worker closed the dialog, or there was no file to bring in.
    Nothing(LayerJob),
    Exported {
        path: PathBuf,
        notes: usize,
        flags: usize,
        records: usize,
    },
    Imported(ImportSummary),
    Corrections {
        path: PathBuf,
        count: usize,
    },
}

impl App {
    pub(super) fn layer_job(&mut self, job: LayerJob) -> Task<Message> {
        let Some(db) = self.db_state.db().cloned() else {
            return Task::none();
        };
        let office = self.settings.office.source_name(self.locale);
        let today = self.today;
        let locale = self.locale;
        let dialogs = self.dialogs;
        let folder = self.settings.last_folder.clone();
        let fallback = self.layer_folder();
        let work = async move {
            match job {
                // The import screen's own work (`app::import`).
                LayerJob::ImportList => Ok(LayerDone::Nothing(job)),
                LayerJob::Export => {
                    let name = format!("{LAYER_PREFIX}{today}.json");
                    let chosen =
                        files::choose_save(dialogs, folder, fallback, name, LAYER_FILTER).await;
                    let Some(path) = chosen else {
                        return Ok(LayerDone::Nothing(job));
                    };
                    db.export_layer(path.clone())
                        .await
                        .map(|e| LayerDone::Exported {
                            notes: e.notes,
                            flags: e.flags,
                            records: e.records,
                            path,
                        })
                }
                LayerJob::Corrections => {
                    let name = format!("haven-corrections-{today}.jsonl");
                    let chosen =
                        files::choose_save(dialogs, folder, fallback, name, CORRECTIONS_FILTER)
                            .await;
                    let Some(path) = chosen else {
                        return Ok(LayerDone::Nothing(job));
                    };
                    db.export_corrections(path.clone(), office)
                        .await
                        .map(|count| LayerDone::Corrections { path, count })
                }
                LayerJob::Import => {
                    let chosen =
                        files::choose_open(dialogs, folder, fallback, LAYER_PREFIX, LAYER_FILTER)
                            .await;
                    let Some(path) = chosen else {
                        return Ok(LayerDone::Nothing(job));
                    };
                    // Read on the directory thread, which the import occupies anyway.
                    db.import_layer(path, office, today, locale)
                        .await
                        .map(LayerDone::Imported)
                }
            }
        };
        Task::perform(work, |r: Result<LayerDone, StoreError>| {
            Message::LayerDone(r.map_err(Arc::new))
        })
    }

    pub(super) fn layer_done(&mut self, r: Result<LayerDone, Arc<StoreError>>) -> Task<Message> {
        let done = match r {
            Ok(done) => done,
            Err(e) => {
                self.notices =
                    vec![Notice::error("layer-file-failed").arg("detail", e.message(self.locale))];
                return Task::none();
            }
        };
        self.notices = vec![match &done {
            LayerDone::Nothing(LayerJob::Import) => Notice::info("settings-layer-import-none")
                .arg("folder", self.layer_folder().display().to_string()),
            LayerDone::Nothing(_) => return Task::none(),
            LayerDone::Exported {
                path,
                notes,
                flags,
                records,
            } => Notice::info("cli-layer-exported")
                .arg("path", path.display().to_string())
                .arg("notes", *notes)
                .arg("flags", *flags)
                .arg("records", *records),
            LayerDone::Corrections { path, count: n } => Notice::info("cli-corrections-exported")
                .arg("path", path.display().to_string())
                .arg("count", *n),
            LayerDone::Imported(s) if s.is_empty() => Notice::info("cli-layer-import-nothing"),
            LayerDone::Imported(s) => Notice::info("cli-layer-imported")
                .arg("notes", s.notes)
                .arg("flags", s.flags)
                .arg("favourites", s.favourites)
                .arg("records", s.records),
        }];
        // What was merged rather than taken is said too: nothing of the worker's went.
        if let LayerDone::Imported(s) = &done
            && s.notes_merged + s.flags_kept + s.records_kept > 0
        {
            self.notices.push(
                Notice::info("layer-import-merged")
                    .arg("notes", s.notes_merged)
                    .arg("flags", s.flags_kept)
                    .arg("records", s.records_kept),
            );
        }
        // The folder is the one offered next time, as for a sheet.
        let remember = match &done {
            LayerDone::Exported { path, .. } | LayerDone::Corrections { path, .. } => {
                path.parent().map(|p| p.to_path_buf())
            }
            _ => None,
        };
        let saved = match remember {
            Some(dir) if self.settings.last_folder.as_ref() != Some(&dir) => {
                self.settings.last_folder = Some(dir);
                self.save_settings()
            }
            _ => Task::none(),
        };
        let refresh = match done {
            // The overlay changed: what the search and the open record show.
            LayerDone::Imported(s) if !s.is_empty() => self.after_sync(),
            _ => Task::none(),
        };
        Task::batch([saved, refresh])
    }

    /// Where files go and are looked for when no dialog can be shown: the folder last used,
    /// else the documents folder.
    fn layer_folder(&self) -> PathBuf {
        self.settings
            .last_folder
            .clone()
            .unwrap_or_else(|| self.documents.clone())
    }
}
