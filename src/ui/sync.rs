//! Feed sync in the window: runs on its own thread (it opens its own connection, so searches
//! go on with the directory as it was until the update commits), reports progress, can be
//! cancelled, and says how it ended in the worker's language.

use super::style;
use super::widgets::{dir_row, label, t, ta};
use crate::i18n::Locale;
use crate::settings::FeedSettings;
use crate::sync::{Outcome, Progress, SyncError};
use crate::usecase::{Paths, StoreError};
use iced::widget::{button, progress_bar};
use iced::{Element, Task};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Debug, Clone)]
pub enum Event {
    /// How far the sync has got.
    Progress(Progress),
    /// The sync ended.
    Finished(Result<Outcome, SyncError>),
}

/// A sync under way.
#[derive(Debug)]
pub struct Running {
    pub cancel: Arc<AtomicBool>,
    pub progress: Option<Progress>,
}

/// The last sync, from the log.
#[derive(Debug, Clone, PartialEq)]
pub struct Last {
    pub at: String,
    pub outcome: String,
    pub detail: String,
}

#[derive(Debug, Default)]
pub struct State {
    pub running: Option<Running>,
    pub last: Option<Last>,
}

impl State {
    /// Starts a sync with the feed settings; the task yields its progress and its end.
    pub fn start(&mut self, paths: Paths, feed: &FeedSettings) -> Task<Event> {
        if self.running.is_some() {
            return Task::none();
        }
        let cancel = Arc::new(AtomicBool::new(false));
        self.running = Some(Running {
            cancel: cancel.clone(),
            progress: Some(Progress::Checking),
        });
        let config = crate::usecase::sync_config(feed);
        let (tx, rx) = iced::futures::channel::mpsc::unbounded();
        let spawned = std::thread::Builder::new()
            .name("haven-sync".into())
            .spawn(move || {
                let mut last_sent = std::time::Instant::now();
                let progress_tx = tx.clone();
                let mut report = |p: Progress| {
                    // A progress bar needs a few updates a second, not one per 64 KB.
                    if last_sent.elapsed().as_millis() >= 100 || p == Progress::Checking {
                        last_sent = std::time::Instant::now();
                        let _ = progress_tx.unbounded_send(Event::Progress(p));
                    }
                };
                let result = crate::usecase::sync(&paths, &config, &mut report, &cancel);
                let _ = tx.unbounded_send(Event::Finished(result));
            });
        if spawned.is_err() {
            self.running = None;
            return Task::done(Event::Finished(Err(SyncError::Store(StoreError::Stopped))));
        }
        Task::run(rx, |e| e)
    }

    pub fn cancel(&self) {
        if let Some(r) = &self.running {
            r.cancel.store(true, Ordering::Relaxed);
        }
    }
}

/// Whether the feed settings are filled in enough to try.
/// (and neither is wrong as typed: the error is shown beside its field).
pub fn configured(feed: &FeedSettings) -> bool {
    crate::sync::check_url(&feed.url).is_ok() && crate::sync::check_key(&feed.public_key).is_ok()
}

/// The status bar's sync part: a progress bar with Cancel while running, else the last result.
/// What the worker can do with a sync under way.
#[derive(Debug, Clone)]
pub enum Message {
    /// Stop it: nothing it fetched is applied.
    Cancel,
}

pub fn status<'a>(state: &'a State, locale: Locale) -> Option<Element<'a, Message>> {
    let rtl = locale.is_rtl();
    if let Some(r) = &state.running {
        let (text, value) = match &r.progress {
            Some(Progress::Downloading { file, bytes, total }) => (
                ta(
                    locale,
                    "sync-downloading",
                    &[
                        ("file", file.as_str().into()),
                        ("bytes", (*bytes).into()),
                        ("total", (*total).into()),
                    ],
                ),
                if *total > 0 {
                    *bytes as f32 / *total as f32 * 0.5
                } else {
                    0.1
                },
            ),
            Some(Progress::Applying { records, total }) => (
                ta(
                    locale,
                    "sync-applying",
                    &[("records", (*records).into()), ("total", (*total).into())],
                ),
                0.5 + if *total > 0 {
                    *records as f32 / *total as f32 * 0.5
                } else {
                    0.0
                },
            ),
            _ => (t(locale, "sync-checking"), 0.02),
        };
        let cancelling = r.cancel.load(Ordering::Relaxed);
        return Some(
            dir_row(
                rtl,
                vec![
                    label(text).size(style::SMALL).into(),
                    progress_bar(0.0..=1.0, value).length(160).girth(8).into(),
                    button(label(t(locale, "sync-cancel")).size(style::SMALL))
                        .padding([0, 6])
                        .on_press_maybe((!cancelling).then_some(Message::Cancel))
                        .style(style::tool(false))
                        .into(),
                ],
            )
            .spacing(style::SPACE)
            .align_y(iced::Center)
            .into(),
        );
    }
    state.last.as_ref().map(|last| {
        let when = last
            .at
            .parse::<jiff::Timestamp>()
            .ok()
            .map(|ts| {
                let z = ts.to_zoned(jiff::tz::TimeZone::system());
                format!(
                    "{} {}",
                    crate::present::date(z.date(), locale),
                    super::widgets::ltr_text(
                        &crate::i18n::local_digits(
                            &format!("{:02}:{:02}", z.hour(), z.minute()),
                            locale
                        ),
                        rtl
                    )
                )
            })
            .unwrap_or_default();
        let id = format!("sync-outcome-{}", last.outcome);
        // A log written by a newer Haven may hold an outcome this one has no words for.
        let result = if crate::i18n::has(Locale::En, &id) {
            t(locale, &id)
        } else {
            last.outcome.clone()
        };
        label(ta(
            locale,
            "sync-last",
            &[("when", when.into()), ("result", result.into())],
        ))
        .size(style::SMALL)
        .into()
    })
}
