//! The search screen's work on the directory thread: opening a record in the pane, and
//! writing the worker's layer then presenting the record again.

use super::{Ctx, Message, detail};
use crate::store::StoreError;
use iced::Task;
use std::sync::Arc;

/// Writes to the worker's layer on the directory thread, has the directory carry the change,
/// and presents the record again.
pub(super) fn write_then_reload(cx: &Ctx, id: String, job: detail::Write) -> Option<Task<Message>> {
    let db = cx.db.as_ref()?;
    let present = presenting(cx);
    let work = db.run_with_layer(move |d, l| {
        job(d, l)?;
        d.refresh_overlay()?;
        present(d, l, &id)
    });
    Some(Task::perform(work, |r| {
        Message::Written(match r {
            Some(Ok(d)) => Ok(d.map(Box::new)),
            Some(Err(e)) => Err(Arc::new(e)),
            None => Err(Arc::new(StoreError::Stopped)),
        })
    }))
}

/// Presents a record on the directory thread as the screen's context says: its language,
/// its day, its moment, its pane's width.
fn presenting(
    cx: &Ctx,
) -> impl Fn(
    &crate::store::Directory,
    &crate::store::UserLayer,
    &str,
) -> Result<Option<detail::Detail>, StoreError>
+ Send
+ 'static {
    let (locale, today, now, fitter) = (cx.locale, cx.today, cx.now(), cx.fitter.clone());
    move |d, l, id| detail::load(d, l, id, locale, today, now, &fitter)
}

pub(super) fn load_detail(cx: &Ctx, id: String) -> Option<Task<Message>> {
    let db = cx.db.as_ref()?;
    let present = presenting(cx);
    let job = db.run_with_layer(move |d, l| present(d, l, &id));
    Some(Task::perform(job, |r| {
        Message::DetailLoaded(match r {
            Some(Ok(d)) => Ok(d.map(Box::new)),
            Some(Err(e)) => Err(Arc::new(e)),
            None => Err(Arc::new(StoreError::Stopped)),
        })
    }))
}
