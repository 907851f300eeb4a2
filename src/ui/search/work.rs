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
    let (locale, today, fitter) = (cx.locale, cx.today, cx.fitter.clone());
    let work = db.run_with_layer(move |d, l| {
        job(d, l)?;
        d.refresh_overlay()?;
        detail::load(d, l, &id, locale, today, &fitter)
    });
    Some(Task::perform(work, |r| {
        Message::Written(match r {
            Some(Ok(d)) => Ok(d.map(Box::new)),
            Some(Err(e)) => Err(Arc::new(e)),
            None => Err(Arc::new(StoreError::Stopped)),
        })
    }))
}

pub(super) fn load_detail(cx: &Ctx, id: String) -> Option<Task<Message>> {
    let db = cx.db.as_ref()?;
    let (locale, today, fitter) = (cx.locale, cx.today, cx.fitter.clone());
    let job = db.run_with_layer(move |d, l| detail::load(d, l, &id, locale, today, &fitter));
    Some(Task::perform(job, |r| {
        Message::DetailLoaded(match r {
            Some(Ok(d)) => Ok(d.map(Box::new)),
            Some(Err(e)) => Err(Arc::new(e)),
            None => Err(Arc::new(StoreError::Stopped)),
        })
    }))
}
