//! The window's root: state, messages, `update` as a table of contents, and `view`.

use super::db::{Db, Opened};
use super::detail;
use super::keys::{self, Shortcut};
use super::search::{self, Pane};
use super::settings_screen::{self, ROWS};
use super::widgets::{bold, dir_row, label, side, t, ta};
use super::{about, referral, style, sync};
use crate::i18n::{self, Arg, Locale};
use crate::model::Text;
use crate::settings::{Settings, SettingsProblem, WindowGeometry};
use crate::store::{OpenEvent, Paths, StoreError};
use iced::widget::{Id, button, column, container, operation, space};
use iced::{Element, Fill, Point, Size, Subscription, Task, Theme, window};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

/// The screens of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Search,
    Referral,
    Settings,
    About,
}

/// A message for the worker at the top of the window, translated when drawn so it follows a
/// language switch.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: String,
    pub args: Vec<(String, String)>,
    pub error: bool,
}

impl Notice {
    pub fn info(id: &str) -> Notice {
        Notice {
            id: id.into(),
            args: Vec::new(),
            error: false,
        }
    }
    pub fn error(id: &str) -> Notice {
        Notice {
            error: true,
            ..Notice::info(id)
        }
    }
    pub fn arg(mut self, name: &str, value: impl Into<String>) -> Notice {
        self.args.push((name.into(), value.into()));
        self
    }
    fn render(&self, locale: Locale) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), Arg::from(v.as_str())))
            .collect();
        i18n::tr_args(locale, &self.id, &args)
    }
}

/// The directory thread's state.
#[derive(Debug, Clone, PartialEq)]
pub enum DbState {
    Opening,
    Ready,
    Failed(String),
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The directory thread opened the database (or could not).
    DirectoryOpened(Result<Opened, Arc<StoreError>>),
    /// The background integrity check of a large directory found damage.
    DirectoryDamaged(String),
    /// The background integrity check found nothing wrong.
    DirectoryChecked,
    /// A rebuilt directory is open on a new thread.
    DirectoryReady(Db, Opened),
    /// Region names for the filter panel.
    RegionsLoaded(Vec<(String, Text)>),
    /// The About screen's figures.
    AboutLoaded(Option<about::Info>),
    /// A search-screen message.
    Search(search::Message),
    /// A settings-screen message.
    Settings(settings_screen::Message),
    /// A referral-composer message.
    Referral(referral::Message),
    /// Update the directory from the feed now.
    StartSync,
    /// Stop the sync under way (nothing it fetched is applied).
    CancelSync,
    /// The sync reported progress or ended.
    Sync(sync::Event),
    /// The last sync, from the log.
    LastSyncLoaded(Option<sync::Last>),
    /// The settings file was written (or not).
    SettingsSaved(Result<(), String>),
    /// Go to a screen.
    Show(Screen),
    /// A keyboard shortcut.
    Key(Shortcut),
    /// Copy a phone number (or any text) to the clipboard.
    Copy(String),
    /// Open a web address in the browser.
    OpenLink(String),
    /// The browser was asked to open a link.
    LinkOpened(Result<(), String>),
    /// Add a record to the referral basket.
    AddToBasket(String),
    /// Hide the notices.
    DismissNotices,
    /// Throw the directory away and rebuild it from the bundled data.
    RebuildDirectory,
    /// The window changed size or place (remembered for next time).
    WindowResized(Size),
    WindowMoved(Point),
    /// The worker closed the window: save, then exit.
    CloseRequested,
    /// A frame was drawn (only listened to for the startup probe).
    Frame,
}

pub struct App {
    pub paths: Paths,
    pub settings: Settings,
    pub locale: Locale,
    pub theme: Theme,
    pub db: Option<Db>,
    pub db_state: DbState,
    pub today: jiff::civil::Date,
    pub regions: HashMap<String, Text>,
    pub screen: Screen,
    pub search: search::State,
    pub settings_cursor: usize,
    pub about: Option<about::Info>,
    pub basket: Vec<String>,
    pub referral: referral::State,
    pub sync: sync::State,
    /// PDFs handed to the system viewer for printing; removed when the window closes.
    print_files: Vec<std::path::PathBuf>,
    /// Show native file dialogs (off in headless tests: save into the remembered folder).
    dialogs: bool,
    pub notices: Vec<Notice>,
    /// Set by `HAVEN_STARTUP_PROBE`: report the time to the first interactive frame and exit.
    probe: Option<Instant>,
}

impl App {
    /// Builds the app: reads settings, starts the directory thread.
    pub fn new(options: super::Options) -> (App, Task<Message>) {
        let super::Options {
            paths,
            lang,
            probe,
            today,
            dialogs,
        } = options;
        let (settings, problem) = Settings::load(&paths.settings_file());
        let locale = lang
            .or_else(|| settings.language.as_deref().and_then(Locale::from_code))
            .unwrap_or_else(i18n::system_locale);
        let mut notices = Vec::new();
        match problem {
            Some(SettingsProblem::Unreadable { detail, backup }) => notices.push(
                Notice::error("settings-unreadable")
                    .arg("detail", detail)
                    .arg(
                        "path",
                        backup.map(|b| b.display().to_string()).unwrap_or_default(),
                    ),
            ),
            Some(SettingsProblem::BadFields(fields)) => {
                notices.push(Notice::error("settings-bad-fields").arg("fields", fields.join(", ")))
            }
            None => {}
        }
        let (db, ready) = Db::start(paths.directory_db());
        let app = App {
            theme: style::theme(settings.theme),
            paths,
            settings,
            locale,
            db: Some(db),
            db_state: DbState::Opening,
            today: today.unwrap_or_else(crate::today),
            regions: HashMap::new(),
            screen: Screen::Search,
            search: search::State::default(),
            settings_cursor: 0,
            about: None,
            basket: Vec::new(),
            referral: referral::State::new(locale),
            sync: sync::State::default(),
            print_files: Vec::new(),
            dialogs,
            notices,
            probe,
        };
        let task = Task::batch([
            Task::perform(ready, |r| Message::DirectoryOpened(r.map_err(Arc::new))),
            operation::focus(search::SEARCH_ID),
        ]);
        (app, task)
    }

    pub fn title(&self) -> String {
        t(self.locale, "app-name")
    }

    pub fn theme(&self) -> Theme {
        self.theme.clone()
    }

    pub fn scale_factor(&self) -> f32 {
        self.settings.text_scale
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::DirectoryOpened(r) => self.directory_opened(r),
            Message::DirectoryDamaged(detail) => {
                self.db_state = DbState::Failed(detail);
                self.db = None;
                Task::none()
            }
            Message::DirectoryChecked => Task::none(),
            Message::DirectoryReady(db, opened) => {
                self.db = Some(db);
                self.directory_opened(Ok(opened))
            }
            Message::RegionsLoaded(r) => {
                self.regions = r.into_iter().collect();
                Task::none()
            }
            Message::AboutLoaded(info) => {
                self.about = info;
                Task::none()
            }
            Message::Search(m) => {
                if matches!(m, search::Message::QueryChanged(_)) {
                    self.screen = Screen::Search;
                }
                self.search_message(m)
            }
            Message::Settings(m) => self.settings_changed(m),
            Message::Referral(m) => self.referral_message(m),
            Message::StartSync => self.start_sync(),
            Message::CancelSync => {
                self.sync.cancel();
                Task::none()
            }
            Message::Sync(e) => self.sync_event(e),
            Message::LastSyncLoaded(last) => {
                self.sync.last = last;
                Task::none()
            }
            Message::SettingsSaved(r) => {
                if let Err(e) = r {
                    self.notices
                        .push(Notice::error("settings-save-failed").arg("detail", e));
                }
                Task::none()
            }
            Message::Show(screen) => self.show(screen),
            Message::Key(k) => self.shortcut(k),
            Message::Copy(s) => {
                self.notices = vec![Notice::info("copied").arg("text", s.clone())];
                iced::clipboard::write(s)
            }
            Message::OpenLink(url) => Task::perform(open_link(url), Message::LinkOpened),
            Message::LinkOpened(r) => {
                if let Err(e) = r {
                    self.notices = vec![Notice::error("link-failed").arg("detail", e)];
                }
                Task::none()
            }
            Message::AddToBasket(id) => {
                if !self.basket.contains(&id) {
                    self.basket.push(id);
                }
                if self.screen == Screen::Referral {
                    return self.load_basket();
                }
                Task::none()
            }
            Message::DismissNotices => {
                self.notices.clear();
                Task::none()
            }
            Message::RebuildDirectory => self.rebuild_directory(),
            Message::WindowResized(size) => {
                let g = self.settings.window.get_or_insert(WindowGeometry {
                    width: size.width,
                    height: size.height,
                    x: None,
                    y: None,
                });
                g.width = size.width;
                g.height = size.height;
                Task::none()
            }
            Message::WindowMoved(p) => {
                if let Some(g) = &mut self.settings.window {
                    g.x = Some(p.x);
                    g.y = Some(p.y);
                }
                Task::none()
            }
            Message::CloseRequested => {
                // Saving settings is small and must finish before the process ends.
                let _ = self.settings.save(&self.paths.settings_file());
                for f in self.print_files.drain(..) {
                    let _ = std::fs::remove_file(f);
                }
                iced::exit()
            }
            Message::Frame => {
                if let Some(start) = self.probe.take() {
                    println!(
                        "first interactive frame after {:.1} ms",
                        start.elapsed().as_secs_f64() * 1000.0
                    );
                    return iced::exit();
                }
                Task::none()
            }
        }
    }

    fn directory_opened(&mut self, r: Result<Opened, Arc<StoreError>>) -> Task<Message> {
        match r {
            Ok(opened) => {
                self.db_state = DbState::Ready;
                for e in &opened.events {
                    self.notices.push(open_notice(e));
                }
                let Some(db) = self.db.clone() else {
                    return Task::none();
                };
                let at_start =
                    if self.settings.feed.check_at_start && sync::configured(&self.settings.feed) {
                        self.start_sync()
                    } else {
                        Task::none()
                    };
                // The first results are asked for before anything else the directory thread
                // has to do, the integrity check of a large file included.
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
                    Task::perform(db.run(|d| d.regions().unwrap_or_default()), |r| {
                        Message::RegionsLoaded(r.unwrap_or_default())
                    }),
                    self.load_last_sync(),
                    at_start,
                    integrity,
                ])
            }
            Err(e) => {
                self.db_state = DbState::Failed(e.to_string());
                self.db = None;
                Task::none()
            }
        }
    }

    fn rebuild_directory(&mut self) -> Task<Message> {
        let path = self.paths.directory_db();
        self.db_state = DbState::Opening;
        self.db = None;
        let rebuilt = super::blocking(move || {
            crate::store::Directory::rebuild(&path)
                .map(|_| ())
                .map_err(|e| e.to_string())
        });
        let paths = self.paths.clone();
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

    fn search_message(&mut self, m: search::Message) -> Task<Message> {
        match self.search.update(m, self.db.as_ref()) {
            search::Action::None => Task::none(),
            search::Action::Run(t) => t.map(Message::Search),
        }
    }

    fn settings_changed(&mut self, m: settings_screen::Message) -> Task<Message> {
        if !settings_screen::update(&mut self.settings, m) {
            return Task::none();
        }
        self.locale = self
            .settings
            .language
            .as_deref()
            .and_then(Locale::from_code)
            .unwrap_or_else(i18n::system_locale);
        self.theme = style::theme(self.settings.theme);
        self.save_settings()
    }

    fn save_settings(&self) -> Task<Message> {
        let settings = self.settings.clone();
        let path = self.paths.settings_file();
        Task::perform(
            super::blocking(move || settings.save(&path).map_err(|e| e.to_string())),
            Message::SettingsSaved,
        )
    }

    fn show(&mut self, screen: Screen) -> Task<Message> {
        self.screen = screen;
        match screen {
            Screen::Search => {
                self.search.pane = Pane::Search;
                operation::focus(search::SEARCH_ID)
            }
            Screen::Settings => {
                self.settings_cursor = 0;
                operation::focus(Id::new("none"))
            }
            Screen::Referral => {
                self.referral.status = None;
                Task::batch([operation::focus(Id::new("none")), self.load_basket()])
            }
            Screen::About => match &self.db {
                Some(db) => {
                    Task::perform(db.run(about::load), |r| Message::AboutLoaded(r.flatten()))
                }
                None => Task::none(),
            },
        }
    }

    /// What a key does depends on the screen and, in search, on the pane.
    fn shortcut(&mut self, k: Shortcut) -> Task<Message> {
        match (self.screen, k.clone()) {
            (_, Shortcut::FocusSearch) => self.show(Screen::Search),
            (_, Shortcut::Settings) => self.show(Screen::Settings),
            (_, Shortcut::About) => self.show(Screen::About),
            (_, Shortcut::Compose) => self.show(Screen::Referral),
            (Screen::Referral, Shortcut::Escape) => self.show(Screen::Search),
            (Screen::Settings | Screen::About, Shortcut::Escape) => self.show(Screen::Search),
            (Screen::Referral, Shortcut::Left | Shortcut::Right) => {
                // Left/Right choose the sheet's language.
                let all = Locale::ALL;
                let i = all
                    .iter()
                    .position(|l| *l == self.referral.sheet_locale)
                    .unwrap_or(0);
                let forward = matches!(k, Shortcut::Right) != self.locale.is_rtl();
                let next = all[if forward {
                    (i + 1) % all.len()
                } else {
                    (i + all.len() - 1) % all.len()
                }];
                self.referral_message(referral::Message::SheetLanguage(next))
            }
            (
                Screen::Settings,
                Shortcut::Up | Shortcut::Down | Shortcut::NextPane | Shortcut::PreviousPane,
            ) => {
                let n = ROWS.len();
                let down = matches!(k, Shortcut::Down | Shortcut::NextPane);
                self.settings_cursor = if down {
                    (self.settings_cursor + 1) % n
                } else {
                    (self.settings_cursor + n - 1) % n
                };
                settings_screen::focus_row(ROWS[self.settings_cursor])
            }
            (Screen::Settings, Shortcut::Left | Shortcut::Right) => {
                let forward = matches!(k, Shortcut::Right) != self.locale.is_rtl();
                match settings_screen::step(&self.settings, ROWS[self.settings_cursor], forward) {
                    Some(m) => self.settings_changed(m),
                    None => Task::none(),
                }
            }
            (Screen::Search, k) => self.search_shortcut(k),
            _ => Task::none(),
        }
    }

    fn search_shortcut(&mut self, k: Shortcut) -> Task<Message> {
        let s = &mut self.search;
        match k {
            Shortcut::Escape => match s.pane {
                Pane::Search if !s.query.is_empty() => {
                    let t = self.search_message(search::Message::QueryChanged(String::new()));
                    Task::batch([t, operation::focus(search::SEARCH_ID)])
                }
                Pane::Search => {
                    if self.search.detail.is_some() {
                        self.search.detail = None;
                    }
                    operation::focus(search::SEARCH_ID)
                }
                _ => {
                    self.search.pane = Pane::Search;
                    operation::focus(search::SEARCH_ID)
                }
            },
            Shortcut::NextPane | Shortcut::PreviousPane => {
                let mut next = s.pane.next(k == Shortcut::PreviousPane);
                if next == Pane::Detail && s.detail.is_none() {
                    next = next.next(k == Shortcut::PreviousPane);
                }
                s.pane = next;
                if next == Pane::Search {
                    operation::focus(search::SEARCH_ID)
                } else {
                    operation::focus(Id::new("none"))
                }
            }
            Shortcut::Up | Shortcut::Down => {
                let delta = if k == Shortcut::Down { 1 } else { -1 };
                match s.pane {
                    Pane::Search | Pane::Results => {
                        let was_search = s.pane == Pane::Search;
                        s.pane = Pane::Results;
                        let t = match s.move_selection(delta, self.db.as_ref()) {
                            search::Action::Run(t) => t.map(Message::Search),
                            search::Action::None => Task::none(),
                        };
                        if was_search {
                            Task::batch([t, operation::focus(Id::new("none"))])
                        } else {
                            t
                        }
                    }
                    Pane::Filters => {
                        let n = s.facet_list().len().max(1);
                        s.filter_cursor =
                            (s.filter_cursor as i32 + delta).rem_euclid(n as i32) as usize;
                        Task::none()
                    }
                    Pane::Detail => {
                        let n = s
                            .detail
                            .as_ref()
                            .map_or(1, |d| detail::actions(d).len().max(1));
                        s.detail_cursor =
                            (s.detail_cursor as i32 + delta).rem_euclid(n as i32) as usize;
                        Task::none()
                    }
                }
            }
            Shortcut::Activate => match s.pane {
                Pane::Filters => match s.facet_list().get(s.filter_cursor) {
                    Some((f, _)) => self.search_message(search::Message::ToggleFacet(f.clone())),
                    None => Task::none(),
                },
                Pane::Results => {
                    if s.detail.is_some() {
                        s.pane = Pane::Detail;
                        s.detail_cursor = 0;
                        Task::none()
                    } else {
                        self.search_message(search::Message::Submit)
                    }
                }
                Pane::Detail => {
                    let act = s
                        .detail
                        .as_ref()
                        .and_then(|d| detail::actions(d).get(s.detail_cursor).cloned());
                    match act {
                        Some(a) => Task::done(detail::act_message(&a)),
                        None => Task::none(),
                    }
                }
                Pane::Search => Task::none(),
            },
            Shortcut::CopyPhone => {
                let phone = s
                    .detail
                    .as_ref()
                    .map(|d| &d.record)
                    .or_else(|| s.selected_record())
                    .and_then(|r| r.main_phone())
                    .map(|p| p.number.clone());
                match phone {
                    Some(p) => self.update(Message::Copy(p)),
                    None => {
                        self.notices = vec![Notice::info("copy-no-phone")];
                        Task::none()
                    }
                }
            }
            Shortcut::AddToBasket => {
                // The open record, else the selected one, else the first result (the one
                // Enter would open).
                let id = s
                    .detail
                    .as_ref()
                    .map(|d| d.record.id.clone())
                    .or_else(|| s.selected_record().map(|r| r.id.clone()))
                    .or_else(|| {
                        s.results
                            .as_ref()
                            .and_then(|r| r.hits.first())
                            .map(|h| h.record.id.clone())
                    });
                match id {
                    Some(id) => self.update(Message::AddToBasket(id)),
                    None => Task::none(),
                }
            }
            Shortcut::Type(text) if s.pane != Pane::Search => {
                s.pane = Pane::Search;
                let q = format!("{}{}", s.query, text);
                let t = self.search_message(search::Message::QueryChanged(q));
                Task::batch([
                    t,
                    operation::focus(search::SEARCH_ID),
                    operation::move_cursor_to_end(search::SEARCH_ID),
                ])
            }
            _ => Task::none(),
        }
    }

    fn start_sync(&mut self) -> Task<Message> {
        let db = self.paths.directory_db();
        self.sync.start(db, &self.settings.feed).map(Message::Sync)
    }

    fn load_last_sync(&self) -> Task<Message> {
        match &self.db {
            Some(db) => Task::perform(
                db.run(|d| {
                    crate::sync::last_sync(d)
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

    fn sync_event(&mut self, e: sync::Event) -> Task<Message> {
        match e {
            sync::Event::Progress(p) => {
                if let Some(r) = &mut self.sync.running {
                    r.progress = Some(p);
                }
                Task::none()
            }
            sync::Event::Finished(result) => {
                self.sync.running = None;
                let refresh = match &result {
                    Ok(crate::sync::Outcome::Updated { .. }) => {
                        self.notices = vec![
                            Notice::info("sync-done").arg(
                                "text",
                                result
                                    .as_ref()
                                    .map(|o| crate::sync::outcome_message(o, self.locale))
                                    .unwrap_or_default(),
                            ),
                        ];
                        self.after_sync()
                    }
                    Ok(o) => {
                        self.notices = vec![
                            Notice::info("sync-done")
                                .arg("text", crate::sync::outcome_message(o, self.locale)),
                        ];
                        Task::none()
                    }
                    Err(crate::sync::SyncError::Cancelled) => {
                        self.notices = vec![Notice::info("sync-error-cancelled")];
                        Task::none()
                    }
                    Err(e) => {
                        self.notices = vec![
                            Notice::error(e.message_id()).arg("detail", e.detail()),
                            Notice::error("sync-unchanged"),
                        ];
                        Task::none()
                    }
                };
                Task::batch([refresh, self.load_last_sync()])
            }
        }
    }

    /// The directory changed under the directory thread's feet: reload what it caches, then
    /// show the new data in the open search at once.
    fn after_sync(&mut self) -> Task<Message> {
        let Some(db) = self.db.clone() else {
            return Task::none();
        };
        let reloaded = db.run(|d| {
            let _ = d.reload_facets();
            d.regions().unwrap_or_default()
        });
        let search = self.search.search(&db).map(Message::Search);
        Task::batch([
            Task::perform(reloaded, |r| Message::RegionsLoaded(r.unwrap_or_default())),
            search,
        ])
    }

    fn load_basket(&self) -> Task<Message> {
        match &self.db {
            Some(db) => referral::load(db, self.basket.clone()).map(Message::Referral),
            None => Task::none(),
        }
    }

    fn refresh_preview(&mut self) -> Task<Message> {
        self.referral
            .refresh(&self.settings.office, self.settings.paper, self.today)
            .map(Message::Referral)
    }

    fn referral_message(&mut self, m: referral::Message) -> Task<Message> {
        use referral::{Message as R, Status};
        match m {
            R::Loaded(records, orgs) => {
                // Keep the basket's order; drop what the directory no longer has.
                self.basket = records.iter().map(|r| r.id.clone()).collect();
                self.referral.records = records;
                self.referral.organizations = orgs;
                self.refresh_preview()
            }
            R::SheetLanguage(l) => {
                self.referral.sheet_locale = l;
                self.refresh_preview()
            }
            R::Paper(p) => {
                let changed =
                    settings_screen::update(&mut self.settings, settings_screen::Message::Paper(p));
                let save = if changed {
                    self.save_settings()
                } else {
                    Task::none()
                };
                Task::batch([save, self.refresh_preview()])
            }
            R::Note(action) => {
                let edits = action.is_edit();
                self.referral.note.perform(action);
                if edits {
                    self.refresh_preview()
                } else {
                    Task::none()
                }
            }
            R::Move(i, delta) => {
                let j = i as i64 + i64::from(delta);
                if j >= 0
                    && (j as usize) < self.referral.records.len()
                    && i < self.referral.records.len()
                {
                    self.referral.records.swap(i, j as usize);
                    self.basket.swap(i, j as usize);
                }
                self.refresh_preview()
            }
            R::Remove(i) => {
                if i < self.referral.records.len() {
                    self.referral.records.remove(i);
                    self.basket.remove(i);
                }
                self.refresh_preview()
            }
            R::Clear => {
                self.referral.records.clear();
                self.basket.clear();
                self.referral.preview = None;
                Task::none()
            }
            R::PreviewReady(_, Ok(pages)) => {
                self.referral.page = self.referral.page.min(pages.len().saturating_sub(1));
                self.referral.preview = Some(pages);
                self.referral.preview_error = None;
                Task::none()
            }
            R::PreviewReady(_, Err(e)) => {
                self.referral.preview_error = Some(e);
                Task::none()
            }
            R::PreviewPage(p) => {
                self.referral.page = p;
                Task::none()
            }
            R::Save => {
                self.referral.status = Some(Status::Working);
                let pdf =
                    self.referral
                        .make_pdf(&self.settings.office, self.settings.paper, self.today);
                let fallback = self
                    .settings
                    .last_folder
                    .clone()
                    .or_else(|| {
                        directories::UserDirs::new()
                            .and_then(|u| u.document_dir().map(|d| d.to_path_buf()))
                    })
                    .unwrap_or_else(|| self.paths.data_dir.clone());
                let name = format!(
                    "referral-{}-{}.pdf",
                    self.today,
                    self.referral.sheet_locale.code()
                );
                if self.dialogs {
                    let folder = self.settings.last_folder.clone();
                    Task::perform(
                        referral::save_dialog(pdf, folder, fallback, name),
                        |r| match r {
                            Ok(Some(p)) => Message::Referral(R::Saved(Ok(p))),
                            Ok(None) => Message::Referral(R::Saved(Err(String::new()))),
                            Err(e) => Message::Referral(R::Saved(Err(e))),
                        },
                    )
                } else {
                    let path = fallback.join(name);
                    Task::perform(
                        async move {
                            let bytes = pdf.await?;
                            let target = path.clone();
                            super::blocking(move || {
                                if let Some(d) = target.parent() {
                                    std::fs::create_dir_all(d).map_err(|e| e.to_string())?;
                                }
                                std::fs::write(&target, bytes).map_err(|e| e.to_string())
                            })
                            .await?;
                            Ok(path)
                        },
                        |r| Message::Referral(R::Saved(r)),
                    )
                }
            }
            R::Saved(Ok(path)) => {
                self.referral.status = Some(Status::Saved(path.clone()));
                if let Some(dir) = path.parent() {
                    self.settings.last_folder = Some(dir.to_path_buf());
                    return self.save_settings();
                }
                Task::none()
            }
            // Cancelled in the dialog: nothing to say.
            R::Saved(Err(e)) if e.is_empty() => {
                self.referral.status = None;
                Task::none()
            }
            R::Saved(Err(e)) | R::Printed(Err(e)) => {
                self.referral.status = Some(Status::Failed(e));
                Task::none()
            }
            R::Print => {
                self.referral.status = Some(Status::Working);
                let pdf =
                    self.referral
                        .make_pdf(&self.settings.office, self.settings.paper, self.today);
                let temp = std::env::temp_dir().join(format!(
                    "haven-referral-{}-{}.pdf",
                    std::process::id(),
                    self.print_files.len() + 1
                ));
                self.print_files.push(temp.clone());
                Task::perform(referral::print(pdf, temp), |r| {
                    Message::Referral(R::Printed(r))
                })
            }
            R::Printed(Ok(job)) => {
                self.referral.status = Some(Status::Printed(job));
                Task::none()
            }
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let mut subs = vec![
            iced::event::listen_with(keys::on_event),
            window::events().filter_map(|(_, e)| match e {
                window::Event::Resized(s) => Some(Message::WindowResized(s)),
                window::Event::Moved(p) => Some(Message::WindowMoved(p)),
                window::Event::CloseRequested => Some(Message::CloseRequested),
                _ => None,
            }),
        ];
        if self.probe.is_some() && self.search.results.is_some() {
            subs.push(window::frames().map(|_| Message::Frame));
        }
        Subscription::batch(subs)
    }

    pub fn view(&self) -> Element<'_, Message> {
        let locale = self.locale;
        let rtl = locale.is_rtl();
        let body: Element<'_, Message> = match (&self.db_state, self.screen) {
            (DbState::Failed(e), _) => self.failed_view(e),
            (_, Screen::Search) => {
                let cx = search::ViewCtx {
                    locale,
                    today: self.today,
                    regions: &self.regions,
                    basket: &self.basket,
                };
                search::view(&self.search, &cx)
            }
            (_, Screen::Settings) => settings_screen::view(
                &self.settings,
                locale,
                self.settings_cursor,
                self.sync.running.is_some(),
            ),
            (_, Screen::About) => about::view(self.about.as_ref(), locale),
            (_, Screen::Referral) => referral::view(
                &self.referral,
                &referral::ViewCtx {
                    locale,
                    paper: self.settings.paper,
                    office: &self.settings.office,
                },
            ),
        };
        let mut col = column![self.top_bar()].spacing(style::SPACE);
        if !self.notices.is_empty() {
            col = col.push(self.notices_view());
        }
        col = col.push(container(body).padding([0.0, style::SPACE]).height(Fill));
        col = col.push(self.status_bar());
        let _ = rtl;
        col.into()
    }

    fn top_bar(&self) -> Element<'_, Message> {
        let locale = self.locale;
        let rtl = locale.is_rtl();
        let tool = |label_id: &str, screen: Screen| -> Element<'_, Message> {
            button(label(t(locale, label_id)))
                .padding([6, 12])
                .on_press(Message::Show(screen))
                .style(style::tool(self.screen == screen))
                .into()
        };
        let basket = if self.basket.is_empty() {
            t(locale, "basket-title")
        } else {
            ta(
                locale,
                "basket-count",
                &[("count", self.basket.len().into())],
            )
        };
        let items = vec![
            bold(t(locale, "app-name")).size(style::TITLE).into(),
            search::search_box(&self.search, locale),
            button(label(basket))
                .padding([6, 12])
                .on_press(Message::Show(Screen::Referral))
                .style(style::tool(self.screen == Screen::Referral))
                .into(),
            tool("nav-search", Screen::Search),
            tool("nav-settings", Screen::Settings),
            tool("nav-about", Screen::About),
        ];
        container(
            dir_row(rtl, items)
                .spacing(style::SPACE)
                .align_y(iced::Center),
        )
        .padding(style::SPACE)
        .style(style::bar)
        .into()
    }

    fn notices_view(&self) -> Element<'_, Message> {
        let locale = self.locale;
        let rtl = locale.is_rtl();
        let error = self.notices.iter().any(|n| n.error);
        let lines = column(
            self.notices
                .iter()
                .map(|n| side(label(n.render(locale)), rtl)),
        )
        .spacing(4)
        .width(Fill);
        let close = button(label(t(locale, "notice-dismiss")))
            .on_press(Message::DismissNotices)
            .style(style::link(false));
        container(dir_row(rtl, vec![lines.into(), close.into()]).spacing(style::SPACE))
            .padding(style::SPACE)
            .width(Fill)
            .style(move |th| style::notice(th, error))
            .into()
    }

    fn status_bar(&self) -> Element<'_, Message> {
        let locale = self.locale;
        let rtl = locale.is_rtl();
        let state = match &self.db_state {
            DbState::Opening => t(locale, "status-opening"),
            DbState::Ready => match &self.search.results {
                Some(r) => ta(locale, "search-count", &[("count", r.total.into())]),
                None => t(locale, "search-loading"),
            },
            DbState::Failed(_) => t(locale, "status-failed"),
        };
        let hint = t(locale, "status-keys");
        let mut items = vec![label(state).size(style::SMALL).into()];
        if let Some(s) = sync::status(&self.sync, locale) {
            items.push(label("·").size(style::SMALL).into());
            items.push(s);
        }
        items.push(space::horizontal().into());
        items.push(label(hint).size(style::SMALL).style(style::muted).into());
        container(
            dir_row(rtl, items)
                .spacing(style::SPACE)
                .align_y(iced::Center),
        )
        .padding([4.0, style::SPACE])
        .style(style::bar)
        .into()
    }

    fn failed_view<'a>(&'a self, detail: &'a str) -> Element<'a, Message> {
        let locale = self.locale;
        let rtl = locale.is_rtl();
        column![
            side(bold(t(locale, "db-failed-title")).size(style::TITLE), rtl),
            side(
                label(ta(locale, "db-error", &[("detail", detail.into())])),
                rtl
            ),
            side(
                label(ta(
                    locale,
                    "db-failed-what-to-do",
                    &[(
                        "path",
                        self.paths.directory_db().display().to_string().into()
                    )]
                )),
                rtl
            ),
            side(
                button(label(t(locale, "db-rebuild")))
                    .on_press(Message::RebuildDirectory)
                    .style(style::primary),
                rtl
            ),
        ]
        .spacing(12)
        .padding(style::PAD * 2.0)
        .into()
    }
}

fn open_notice(e: &OpenEvent) -> Notice {
    match e {
        OpenEvent::Created => Notice::info("db-created"),
        OpenEvent::RebuiltCorrupt { backup } => Notice::error("db-rebuilt-corrupt").arg(
            "path",
            backup
                .as_ref()
                .map(|b| b.display().to_string())
                .unwrap_or_default(),
        ),
        OpenEvent::RebuiltNewer { backup } => Notice::error("db-rebuilt-newer").arg(
            "path",
            backup
                .as_ref()
                .map(|b| b.display().to_string())
                .unwrap_or_default(),
        ),
        OpenEvent::RebuiltNewBundle => Notice::info("db-rebuilt-bundle"),
        OpenEvent::Migrated { from, to } => Notice::info("db-migrated")
            .arg("from", from.to_string())
            .arg("to", to.to_string()),
        OpenEvent::Reindexed => Notice::info("db-reindexed"),
    }
}

/// Hands a link to the system browser, off the UI thread.
async fn open_link(url: String) -> Result<(), String> {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(url);
    }
    super::blocking(move || open::that_detached(&url).map_err(|e| e.to_string())).await
}
