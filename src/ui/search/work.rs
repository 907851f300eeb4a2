//! The search screen's work on the directory thread: opening a record in the pane, and
//! writing the worker's layer then presenting the record again.

use super::{Ctx, Message, detail};
use crate::usecase::Edit;
use iced::Task;
use std::sync::Arc;

/// How the pane presents a record, as the screen's context says: its language, its day, its
/// moment, its pane's width.
fn view(cx: &Ctx) -> detail::View {
    detail::View {
        locale: cx.locale,
        today: cx.today,
        now: cx.now(),
        fitter: cx.fitter.clone(),
    }
}

/// Writes one edit of the worker's layer on the directory thread (which has the directory
/// carry it), and presents the record again.
pub(super) fn write_then_reload(cx: &Ctx, edit: Edit) -> Option<Task<Message>> {
    let db = cx.db.as_ref()?;
    Some(Task::perform(db.edit(edit, view(cx)), |r| {
        Message::Written(r.map(|d| d.map(Box::new)))
    }))
}

pub(super) fn load_detail(cx: &Ctx, id: String) -> Option<Task<Message>> {
    let db = cx.db.as_ref()?;
    Some(Task::perform(db.detail(id, view(cx)), |r| {
        Message::DetailLoaded(r.map(|d| d.map(Box::new)).map_err(Arc::new))
    }))
}
