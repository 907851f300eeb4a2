//! The desktop window (iced), behind the default `gui` feature. It calls the core through
//! plain functions and never touches the database on the UI thread: see [`db`].

pub mod about;
pub mod app;
pub mod db;
pub mod detail;
pub mod files;
pub mod guard;
pub mod import_screen;
pub mod keys;
pub mod latest;
pub mod local_form;
pub mod referral;
pub mod search;
pub mod settings_screen;
pub mod style;
pub mod sync;
pub mod widgets;
pub mod work;

pub use app::{App, Message};

use crate::i18n::Locale;
use crate::usecase::Paths;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// The bundled fonts (OFL, see `assets/fonts/OFL.txt`), the same bytes the referral sheets
/// embed, so every machine draws the same letters.
pub const FONTS: [&[u8]; 4] = crate::text::FONT_FILES;

/// The application's id: the desktop entry's and AppStream's name, and the window's class.
pub const APP_ID: &str = "io.github.havendirectory.Haven";

/// The window icon, 64×64 RGBA (drawn from `assets/icon.svg`, see `assets/README.md`).
const ICON_RGBA: &[u8] = include_bytes!("../../assets/icon-64.rgba");

/// iced settings with Haven's fonts; the GUI tests use the same.
pub fn iced_settings() -> iced::Settings {
    iced::Settings {
        fonts: FONTS.iter().map(|f| (*f).into()).collect(),
        default_font: style::SANS,
        default_text_size: style::BODY.into(),
        ..iced::Settings::default()
    }
}

/// Runs `f` on a thread of its own and resolves with its result: file and process work never
/// runs on the UI thread.
pub fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, work::WorkError> + Send + 'static,
) -> impl Future<Output = Result<T, work::WorkError>> + Send + 'static {
    let (tx, rx) = iced::futures::channel::oneshot::channel();
    let spawned = std::thread::Builder::new()
        .name("haven-work".into())
        .spawn(move || {
            let _ = tx.send(f());
        });
    async move {
        spawned.map_err(|_| work::WorkError::Stopped)?;
        rx.await.unwrap_or(Err(work::WorkError::Stopped))
    }
}

/// How to start the window.
#[derive(Debug, Clone)]
pub struct Options {
    pub paths: Paths,
    /// `--lang`: overrides the saved setting and the system language.
    pub lang: Option<Locale>,
    /// Report the time to the first interactive frame and exit (`HAVEN_STARTUP_PROBE`).
    pub probe: Option<Instant>,
    /// The date freshness is judged against; tests fix it so snapshots do not age.
    pub today: Option<jiff::civil::Date>,
    /// The moment "open now" means; tests fix it so snapshots do not change with the hour.
    pub now: Option<jiff::Timestamp>,
    /// Native file dialogs; without them a sheet is saved straight into the remembered folder
    /// (headless tests, and kiosk set-ups where dialogs are blocked).
    pub dialogs: bool,
}

/// The iced application: the real window, and what the GUI tests run headless.
pub fn application(
    options: Options,
) -> iced::Application<impl iced::Program<State = App, Message = Message, Theme = iced::Theme>> {
    // Read once, here: the window's size and place, then the app itself.
    let loaded = crate::settings::Settings::load(&options.paths.settings_file());
    let settings = loaded.0.clone();
    let mut window = iced::window::Settings {
        size: iced::Size::new(1280.0, 800.0),
        min_size: Some(iced::Size::new(720.0, 480.0)),
        icon: iced::window::icon::from_rgba(ICON_RGBA.to_vec(), 64, 64).ok(),
        exit_on_close_request: false,
        // The desktop matches the window to its entry (`packaging/linux`) by this id, and
        // shows Haven's name and icon for it.
        #[cfg(target_os = "linux")]
        platform_specific: iced::window::settings::PlatformSpecific {
            application_id: APP_ID.into(),
            ..Default::default()
        },
        ..iced::window::Settings::default()
    };
    if let Some(g) = settings.window {
        window.size = iced::Size::new(g.width, g.height);
        if let (Some(x), Some(y)) = (g.x, g.y) {
            window.position = iced::window::Position::Specific(iced::Point::new(x, y));
        }
    }
    iced::application(
        move || App::new(options.clone(), loaded.clone()),
        App::update,
        App::view,
    )
    .title(App::title)
    .theme(App::theme)
    .subscription(App::subscription)
    .scale_factor(App::scale_factor)
    .settings(iced_settings())
    .window(window)
}

/// Opens the window. `data_dir` is `--data-dir`, `lang` is `--lang`.
pub fn run(data_dir: Option<PathBuf>, lang: Option<&str>) -> ExitCode {
    let start = Instant::now();
    let paths = match Paths::resolve(data_dir) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let options = Options {
        paths,
        lang: lang.and_then(Locale::from_code),
        probe: std::env::var_os("HAVEN_STARTUP_PROBE").map(|_| start),
        today: None,
        now: None,
        dialogs: true,
    };
    match application(options).run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
