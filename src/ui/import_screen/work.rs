//! The import screen's work off the UI thread: the file dialog, reading and checking the
//! file on the directory thread (the use case the command line's `haven import` calls), and
//! writing what the preview showed.

use super::{Ctx, Message};
use crate::import::Prepared;
use crate::ui::files::{self, Filter};
use iced::Task;
use std::sync::Arc;

const FILTER: Filter = (
    "CSV, XLSX, ODS, HSDS JSON",
    &["csv", "txt", "tsv", "xlsx", "xls", "ods", "json"],
);

/// Asks for a file, then reads and checks it: nothing is written.
pub(super) fn read(cx: &Ctx) -> Task<Message> {
    let Some(db) = cx.db.clone() else {
        return Task::none();
    };
    let (dialogs, folder, fallback) = (cx.dialogs, cx.folder.clone(), cx.fallback.clone());
    let opts = cx.opts.clone();
    let work = async move {
        let path = files::choose_open(dialogs, folder, fallback, "", FILTER).await?;
        Some(db.prepare_import(path, opts).await.map(Arc::new))
    };
    Task::perform(work, Message::Read)
}

/// Writes the records the preview showed, as the office's own.
pub(super) fn write(cx: &Ctx, p: Arc<Prepared>) -> Task<Message> {
    let Some(db) = cx.db.clone() else {
        return Task::none();
    };
    let work = db.commit_import(p, cx.opts.lang.clone(), cx.opts.today);
    Task::perform(work, |r| Message::Written(r.map_err(Arc::new)))
}
