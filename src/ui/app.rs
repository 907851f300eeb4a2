//! The window's root. It owns what every screen shares (settings, locale, the directory
//! thread, notices) and maps each screen's `Action` to what only the root can do; `update`
//! reads as a table of contents, one line per message. A new screen is a module with its
//! own `State`, `Message`, `update` and `view`, a variant in [`Screen`] and one in
//! [`Message`]; a new field of a record needs nothing here (see `present`).

mod chrome;
mod clipboard;
mod directory;
mod import;
mod layer_files;
mod links;
mod notice;
mod settings;
mod view;
mod watch;

pub use notice::Notice;

use super::db::{Db, Opened};
use super::keys::{self, Shortcut};
use super::search::{self, Pane};
use super::work::WorkError;
use super::{about, import_screen, local_form, referral, settings_screen, style, sync};
use crate::i18n::{self, Locale};
use crate::model::Text;
use crate::settings::{Settings, SettingsProblem, WindowGeometry};
use crate::text::Fitter;
use crate::usecase::{Paths, Seen, StoreError};
use iced::widget::{Id, operation};
use iced::{Point, Size, Subscription, Task, Theme, window};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// The screens of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Search,
    Referral,
    Settings,
    About,
    /// Add or edit one of the office's own records.
    Form,
    /// Import a list of services (a spreadsheet, an HSDS file).
    Import,
}

/// The directory thread's state.
#[derive(Debug, Clone)]
pub enum DbState {
    /// The directory thread is opening it (the handle, once there is a thread: requests
    /// wait in its queue), or a rebuild runs first (no handle yet).
    Opening(Option<Db>),
    /// Open: every request goes through this handle.
    Ready(Db),
    /// It could not be opened; the screen says why and offers a rebuild.
    Failed(Arc<StoreError>),
}

impl DbState {
    /// The handle to the directory thread, while there is one.
    pub fn db(&self) -> Option<&Db> {
        match self {
            DbState::Opening(db) => db.as_ref(),
            DbState::Ready(db) => Some(db),
            DbState::Failed(_) => None,
        }
    }

    pub fn is_ready(&self) -> bool {
        matches!(self, DbState::Ready(_))
    }
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
    /// The directory's countries and regions (id, name).
    RegionsLoaded(Vec<String>, Vec<(String, Text)>),
    /// The About screen's figures.
    AboutLoaded(Option<about::Info>),
    /// A search-screen message.
    Search(search::Message),
    /// A settings-screen message.
    Settings(settings_screen::Message),
    /// A referral-composer message.
    Referral(referral::Message),
    /// A message of the office's record form.
    Form(local_form::Message),
    /// A message of the import screen.
    Import(import_screen::Message),
    /// The status bar's sync control.
    SyncBar(sync::Message),
    /// Update the directory from the feed now.
    StartSync,
    /// The sync reported progress or ended.
    Sync(sync::Event),
    /// The last sync, from the log.
    LastSyncLoaded(Option<sync::Last>),
    /// A job with the office's layer as a file ended (Settings' buttons).
    LayerDone(Result<layer_files::LayerDone, Arc<StoreError>>),
    /// The settings file was written (or not).
    SettingsSaved(Result<(), WorkError>),
    /// Go to a screen.
    Show(Screen),
    /// A keyboard shortcut.
    Key(Shortcut),
    /// Copy a phone number to the clipboard: the number the core decided to dial.
    Copy(crate::present::Dial),
    /// Open a web address in the browser.
    OpenLink(String),
    /// The browser was asked to open a link.
    LinkOpened(Result<(), WorkError>),
    /// Hide the notices.
    DismissNotices,
    /// Unfold (or fold) the screens' buttons on the narrowest window.
    ToggleMenu,
    /// Throw the directory away and rebuild it from the bundled data.
    RebuildDirectory,
    /// The window changed size (remembered for next time).
    WindowResized(Size),
    /// The window moved (remembered for next time).
    WindowMoved(Point),
    /// The worker closed the window: save, then exit.
    CloseRequested,
    /// A frame was drawn (only listened to for the startup probe).
    Frame,
    /// Time to look whether another Haven changed the directory.
    WatchTick,
    /// How the directory's file stood, looked at in the given round (see `watch`).
    Watched(u64, Option<Seen>),
    /// The main phone of a record that is not open, to copy (`None`: it has none).
    MainDial(Option<crate::present::Dial>),
}

pub struct App {
    pub paths: Paths,
    pub settings: Settings,
    pub locale: Locale,
    pub theme: Theme,
    /// The directory: opening, open (with the handle to its thread), or failed. One value, so
    /// a handle and a state can never disagree.
    pub db_state: DbState,
    pub today: jiff::civil::Date,
    pub regions: HashMap<String, Text>,
    /// The directory's countries, for the office's place in Settings.
    pub countries: Vec<String>,
    pub screen: Screen,
    pub search: search::State,
    pub settings_screen: settings_screen::State,
    pub about: Option<about::Info>,
    pub referral: referral::State,
    pub form: local_form::State,
    pub import: import_screen::State,
    pub sync: sync::State,
    /// Fits the detail pane's text; the window's one font system for it.
    fitter: Arc<Mutex<Fitter>>,
    /// Show native file dialogs (off in headless tests: save into the remembered folder).
    dialogs: bool,
    /// Where a sheet is saved when no folder was used before: the documents folder, looked
    /// up once (it reads the desktop's configuration).
    documents: std::path::PathBuf,
    pub notices: Vec<Notice>,
    /// Set by `HAVEN_STARTUP_PROBE`: report the time to the first interactive frame and exit.
    probe: Option<Instant>,
    /// How the directory's file stood when last looked at (see `watch`).
    seen: Option<Seen>,
    /// The screens' buttons are unfolded (on the narrowest window).
    menu_open: bool,
    /// The notices shown and since when: informational ones go away by themselves.
    notices_since: (Vec<Notice>, Instant),
    /// The watcher's round: the window's own writes to the directory start a new one, and a
    /// look begun in an earlier round is not compared with anything.
    watch_round: u64,
}

impl App {
    /// Builds the app from the settings as read at start, and starts the directory thread.
    pub fn new(
        options: super::Options,
        (settings, problem): (Settings, Option<SettingsProblem>),
    ) -> (App, Task<Message>) {
        let super::Options {
            paths,
            lang,
            probe,
            today,
            now,
            dialogs,
        } = options;
        let locale = lang
            .or(settings.language)
            .unwrap_or_else(i18n::system_locale);
        let mut notices = Vec::new();
        if let Some(problem) = problem {
            notices.push(Notice::settings(&problem, &paths.settings_file()));
        }
        // Where a worker finds files: Documents, else the home folder; never the hidden
        // data folder.
        let documents = directories::UserDirs::new()
            .map(|u| u.document_dir().unwrap_or(u.home_dir()).to_path_buf())
            .unwrap_or_else(|| paths.data_dir.clone());
        let (db, ready) = Db::start(paths.clone());
        let near = settings.office_place();
        let app = App {
            theme: style::theme(settings.theme),
            paths,
            settings,
            locale,
            db_state: DbState::Opening(Some(db)),
            today: today.unwrap_or_else(crate::today),
            regions: HashMap::new(),
            countries: Vec::new(),
            screen: Screen::Search,
            search: search::State::with_clock(now).near(near),
            settings_screen: settings_screen::State::default(),
            about: None,
            referral: referral::State::new(locale),
            form: local_form::State::new(""),
            import: import_screen::State::default(),
            sync: sync::State::default(),
            fitter: Arc::new(Mutex::new(Fitter::default())),
            dialogs,
            documents,
            notices,
            probe,
            seen: None,
            watch_round: 0,
            menu_open: false,
            notices_since: (Vec::new(), Instant::now()),
        };
        let task = Task::batch([
            Task::perform(ready, |r| Message::DirectoryOpened(r.map_err(Arc::new))),
            search::focus_search(),
            // What an earlier session left for the PDF viewer goes, off the UI thread.
            Task::future(super::blocking(|| {
                referral::sweep_print_folders();
                Ok(())
            }))
            .discard(),
        ]);
        (app, task)
    }

    pub fn title(&self) -> String {
        i18n::tr(self.locale, "app-name")
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
            Message::DirectoryDamaged(detail) => self.directory_damaged(detail),
            Message::DirectoryChecked => Task::none(),
            Message::DirectoryReady(db, opened) => self.directory_ready(db, opened),
            Message::RegionsLoaded(c, r) => self.regions_loaded(c, r),
            Message::AboutLoaded(info) => self.about_loaded(info),
            Message::Search(m) => self.search_message(m),
            Message::Settings(m) => self.settings_message(m),
            Message::Referral(m) => self.referral_message(m),
            Message::Form(m) => self.form_message(m),
            Message::Import(m) => self.import_message(m),
            Message::SyncBar(sync::Message::Cancel) => self.cancel_sync(),
            Message::StartSync => self.start_sync(),
            Message::Sync(e) => self.sync_event(e),
            Message::LastSyncLoaded(last) => self.last_sync_loaded(last),
            Message::SettingsSaved(r) => self.settings_saved(r),
            Message::LayerDone(r) => self.layer_done(r),
            Message::Show(screen) => self.show(screen),
            Message::Key(k) => self.shortcut(k),
            Message::Copy(d) => self.copy(d),
            Message::OpenLink(url) => Task::perform(links::open_link(url), Message::LinkOpened),
            Message::LinkOpened(r) => self.link_opened(r),
            Message::DismissNotices => self.dismiss_notices(),
            Message::ToggleMenu => {
                self.menu_open = !self.menu_open;
                Task::none()
            }
            Message::RebuildDirectory => self.rebuild_directory(),
            Message::WindowResized(size) => self.window_resized(size),
            Message::WindowMoved(p) => self.window_moved(p),
            Message::CloseRequested => self.close(),
            Message::Frame => self.frame(),
            Message::WatchTick => self.watch_tick(),
            Message::Watched(round, seen) => self.watched(round, seen),
            Message::MainDial(d) => self.main_dial(d),
        }
    }

    fn search_cx(&self) -> search::Ctx {
        search::Ctx {
            db: self.db_state.db().cloned(),
            locale: self.locale,
            today: self.today,
            clock: self.search.clock,
            fitter: self.fitter.clone(),
        }
    }

    fn referral_cx(&self) -> referral::Ctx {
        referral::Ctx {
            db: self.db_state.db().cloned(),
            office: self.settings.office.clone(),
            paper: self.settings.paper,
            today: self.today,
            folder: self.settings.last_folder.clone(),
            fallback_folder: self.documents.clone(),
            dialogs: self.dialogs,
        }
    }

    fn search_message(&mut self, m: search::Message) -> Task<Message> {
        if matches!(m, search::Message::QueryChanged(_)) {
            self.screen = Screen::Search;
        }
        let cx = self.search_cx();
        let action = self.search.update(m, &cx);
        self.search_action(action)
    }

    /// What only the root can do for the search screen.
    fn search_action(&mut self, action: search::Action) -> Task<Message> {
        match action {
            search::Action::None => Task::none(),
            search::Action::Run(t) => t.map(Message::Search),
            search::Action::AddToBasket(id) => self.referral_message(referral::Message::Add(id)),
            search::Action::Copy(dial) => self.copy(dial),
            search::Action::CopyMainPhone(id) => self.copy_main_phone(id),
            search::Action::OpenLink(url) => {
                Task::perform(links::open_link(url), Message::LinkOpened)
            }
            search::Action::IndexRepaired => {
                self.notices = vec![Notice::info("search-index-repaired")];
                Task::none()
            }
            search::Action::NoPhone => {
                self.notices = vec![Notice::info("copy-no-phone")];
                Task::none()
            }
            search::Action::EditLocal(r) => {
                self.form = local_form::State::edit(&r);
                self.show(Screen::Form)
            }
        }
    }

    fn form_message(&mut self, m: local_form::Message) -> Task<Message> {
        let cx = local_form::Ctx {
            db: self.db_state.db().cloned(),
            locale: self.locale,
            office: self.settings.office.source_name(self.locale),
        };
        match self.form.update(m, &cx) {
            local_form::Action::None => Task::none(),
            local_form::Action::Run(t) => t.map(Message::Form),
            local_form::Action::Cancelled => {
                self.form = local_form::State::new(&self.office_country());
                self.show(Screen::Search)
            }
            local_form::Action::Done(id) => {
                self.screen = Screen::Search;
                self.form = local_form::State::new(&self.office_country());
                let cx = self.search_cx();
                let refresh = self.search.update(
                    search::Message::QueryChanged(self.search.query.clone()),
                    &cx,
                );
                let open = self.search.update(search::Message::OpenId(id), &cx);
                Task::batch([self.search_action(refresh), self.search_action(open)])
            }
        }
    }

    fn referral_message(&mut self, m: referral::Message) -> Task<Message> {
        let cx = self.referral_cx();
        let action = self.referral.update(m, &cx);
        self.referral_action(action)
    }

    /// A key in the composer (its cursor, ← / → for the sheet's language, Esc).
    fn referral_key(&mut self, k: &Shortcut) -> Task<Message> {
        let cx = self.referral_cx();
        let kc = referral::keys::KeyCx {
            paper: self.settings.paper,
            dead_numbers: self.referral.dead_numbers(),
            rtl: self.locale.is_rtl(),
        };
        let action = self.referral.key(k, &kc, &cx);
        self.referral_action(action)
    }

    fn referral_action(&mut self, action: referral::Action) -> Task<Message> {
        match action {
            referral::Action::None => Task::none(),
            referral::Action::Leave => self.show(Screen::Search),
            referral::Action::Run(t) => t.map(Message::Referral),
            referral::Action::SetPaper(p) => {
                let saved = self.settings_message(settings_screen::Message::Paper(p));
                let cx = self.referral_cx();
                let refresh = self.referral.refresh(&cx).map(Message::Referral);
                Task::batch([saved, refresh])
            }
            referral::Action::RememberFolder(dir) => {
                self.settings.last_folder = Some(dir);
                self.save_settings()
            }
        }
    }

    /// The country of the office's new records: the office's place in Settings (the one
    /// source the import uses too), else none chosen yet: the interface language says
    /// nothing of where the office is.
    fn office_country(&self) -> String {
        self.settings
            .office_country()
            .map(|c| c.code().to_string())
            .unwrap_or_default()
    }

    fn show(&mut self, screen: Screen) -> Task<Message> {
        self.screen = screen;
        self.menu_open = false;
        match screen {
            Screen::Search => {
                self.search.pane = Pane::Search;
                search::focus_search()
            }
            Screen::Settings => {
                self.settings_screen.cursor = 0;
                operation::focus(Id::new("none"))
            }
            Screen::Referral => {
                self.referral.status = None;
                let load = self
                    .referral
                    .load(&self.referral_cx())
                    .map(Message::Referral);
                Task::batch([operation::focus(Id::new("none")), load])
            }
            Screen::Form => {
                if self.form.editing.is_none() && self.form.values.is_empty() {
                    self.form = local_form::State::new(&self.office_country());
                }
                operation::focus(local_form::view::input_id(local_form::Field::Name))
            }
            Screen::Import => operation::focus(Id::new("none")),
            Screen::About => match self.db_state.db() {
                Some(db) => Task::perform(db.info(), |r| Message::AboutLoaded(r.ok())),
                None => Task::none(),
            },
        }
    }

    /// What a key does depends on the screen; each screen reads its own keys.
    fn shortcut(&mut self, k: Shortcut) -> Task<Message> {
        match (self.screen, &k) {
            (_, Shortcut::FocusSearch) => self.show(Screen::Search),
            (_, Shortcut::Settings) => self.show(Screen::Settings),
            (_, Shortcut::About) => self.show(Screen::About),
            (_, Shortcut::Compose) => self.show(Screen::Referral),
            (_, Shortcut::AddService) => self.show(Screen::Form),
            (_, Shortcut::Import) => {
                self.screen = Screen::Import;
                self.import_message(import_screen::Message::Choose)
            }
            (Screen::Referral, Shortcut::Save) => self.referral_message(referral::Message::Save),
            (Screen::Referral, _) => self.referral_key(&k),
            // The form: Tab and Shift+Tab go through its boxes in order, Ctrl+S saves.
            (Screen::Form, Shortcut::NextPane) => operation::focus_next(),
            (Screen::Form, Shortcut::PreviousPane) => operation::focus_previous(),
            (Screen::Form, Shortcut::Save) => self.form_message(local_form::Message::Save),
            // The import: Enter brings in what the preview shows.
            (Screen::Import, Shortcut::Activate | Shortcut::Save) => {
                self.import_message(import_screen::Message::Confirm)
            }
            (
                Screen::Settings | Screen::About | Screen::Form | Screen::Import,
                Shortcut::Escape,
            ) => self.show(Screen::Search),
            (Screen::Settings, _) => self.settings_message(settings_screen::Message::Key(k)),
            (Screen::Search, _) => {
                let cx = self.search_cx();
                let action = self.search.shortcut(k, &cx);
                self.search_action(action)
            }
            _ => Task::none(),
        }
    }

    fn dismiss_notices(&mut self) -> Task<Message> {
        self.notices.clear();
        Task::none()
    }

    fn about_loaded(&mut self, info: Option<about::Info>) -> Task<Message> {
        self.about = info;
        Task::none()
    }

    fn window_resized(&mut self, size: Size) -> Task<Message> {
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

    fn window_moved(&mut self, p: Point) -> Task<Message> {
        if let Some(g) = &mut self.settings.window {
            g.x = Some(p.x);
            g.y = Some(p.y);
        }
        Task::none()
    }

    fn close(&mut self) -> Task<Message> {
        // Saving settings is small and must finish before the process ends.
        let _ = self.settings.save(&self.paths.settings_file());
        self.referral.remove_print_files();
        iced::exit()
    }

    fn frame(&mut self) -> Task<Message> {
        if let Some(start) = self.probe.take() {
            println!(
                "first interactive frame after {:.1} ms",
                start.elapsed().as_secs_f64() * 1000.0
            );
            return iced::exit();
        }
        Task::none()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let mut subs = vec![
            iced::event::listen_with(on_key),
            Subscription::run(watch::ticks),
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
}

/// The `listen_with` callback: a key the window acts on, as a shortcut (the key module knows
/// keys, the root knows its messages).
fn on_key(event: iced::Event, status: iced::event::Status, _: window::Id) -> Option<Message> {
    keys::shortcut(&event, status).map(Message::Key)
}
