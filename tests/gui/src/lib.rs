//! A headless window for the GUI journeys: the real application (its tasks, its database
//! thread, its subscriptions) run by `iced_test`'s emulator, with a fixed date so screenshots do
//! not age, in a temporary data folder.

use haven::i18n::Locale;
use haven::store::Paths;
use haven::ui::{self, App, Message, Options};
use iced::{Program, Size, Theme};
use iced_test::emulator::{Emulator, Event, Mode};
use iced_test::futures::futures::channel::mpsc;
use iced_test::futures::futures::{StreamExt, executor};
use iced_test::instruction::{Expectation, Interaction, Key, Keyboard, Mouse, Target};
use iced_test::{Instruction, Simulator};
use std::time::{Duration, Instant};

/// The date every journey runs on.
pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

/// What "open now" means in the tests: that Sunday, 11:00 in Warsaw, 13:30 in Tehran.
pub fn now() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_795_341_600).expect("a valid instant")
}

pub const SIZE: Size = Size::new(1280.0, 800.0);

/// The name the results show for bundled record `id` in `l`.
pub fn record_name(id: &str, l: Locale) -> String {
    let r = haven::store::bundled_records()
        .expect("the bundled records")
        .into_iter()
        .find(|r| r.id == id)
        .expect("a bundled record");
    let lang = r.name.best(l.code()).0.to_string();
    haven::i18n::directed(&haven::present::names(&r, l).0, &lang)
}

/// The worker's layer the window wrote in the data folder `data`, read as a test reads it.
pub fn user_layer(data: &std::path::Path) -> haven::store::UserLayer {
    haven::store::UserLayer::open_read(&data.join("user.sqlite3"))
        .expect("the layer opens")
        .expect("the window made the layer")
}

pub struct Window<P: Program + 'static> {
    pub program: P,
    /// The window's size in the interface's units (a 800×600 window at 200 % text is 400×300).
    pub size: Size,
    emulator: Emulator<P>,
    events: mpsc::Receiver<Event<P>>,
    pub data: tempfile::TempDir,
}

/// Opens the window on a fresh data folder, in `locale`, and waits until the directory is open
/// and the first results are shown.
pub fn open(locale: Locale) -> Window<impl Program<State = App, Message = Message, Theme = Theme>> {
    open_in(locale, tempfile::tempdir().expect("temp dir"))
}

/// Opens the window on a data folder the test prepared (with a settings file, say).
pub fn open_in(
    locale: Locale,
    data: tempfile::TempDir,
) -> Window<impl Program<State = App, Message = Message, Theme = Theme>> {
    open_sized(locale, data, SIZE)
}

/// Opens the window on a fresh data folder holding these settings (an office's place, the
/// folder sheets were saved to last, a feed).
pub fn open_with(
    locale: Locale,
    settings: &haven::settings::Settings,
) -> Window<impl Program<State = App, Message = Message, Theme = Theme> + use<>> {
    let data = tempfile::tempdir().expect("temp dir");
    settings
        .save(&data.path().join("settings.json"))
        .expect("settings saved");
    open_in(locale, data)
}

/// Opens the window at `size` (in the interface's units: a screen's pixels over the text
/// scale) on a data folder the test prepared.
pub fn open_sized(
    locale: Locale,
    data: tempfile::TempDir,
    size: Size,
) -> Window<impl Program<State = App, Message = Message, Theme = Theme>> {
    // The worker's data folder is their own, as Haven makes it: a folder others could read
    // would be made private and that said in a notice (tested on its own in tests/it).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(data.path(), std::fs::Permissions::from_mode(0o700))
            .expect("a private folder");
    }
    let paths = Paths::resolve(Some(data.path().to_path_buf())).expect("paths");
    let program = ui::application(Options {
        paths,
        lang: Some(locale),
        probe: None,
        today: Some(today()),
        now: Some(now()),
        dialogs: false,
    });
    let (tx, rx) = mpsc::channel(1000);
    let emulator = Emulator::new(tx, &program, Mode::Zen, size);
    let mut w = Window {
        program,
        size,
        emulator,
        events: rx,
        data,
    };
    w.wait().expect("the window starts");
    w
}

impl<P: Program<Message = Message, Theme = Theme> + 'static> Window<P> {
    /// Performs the emulator's actions until it is ready (every task has finished).
    fn wait(&mut self) -> Result<(), String> {
        loop {
            match executor::block_on(self.events.next()) {
                Some(Event::Action(a)) => self.emulator.perform(&self.program, a),
                Some(Event::Ready) => return Ok(()),
                Some(Event::Failed(i)) => return Err(i.to_string()),
                None => return Err("the emulator stopped".into()),
            }
        }
    }

    /// Runs one instruction and waits for everything it started.
    pub fn run(&mut self, i: Instruction) -> Result<(), String> {
        self.emulator.run(&self.program, i);
        self.wait()
    }

    pub fn typewrite(&mut self, text: &str) {
        self.run(Instruction::Interact(Interaction::Keyboard(
            Keyboard::Typewrite(text.into()),
        )))
        .expect("typing");
    }

    pub fn key(&mut self, key: Key) {
        self.run(Instruction::Interact(Interaction::Keyboard(
            Keyboard::Type(key),
        )))
        .expect("key");
    }

    /// Clicks the widget showing exactly `text`.
    pub fn click(&mut self, text: &str) -> Result<(), String> {
        self.run(Instruction::Interact(Interaction::Mouse(Mouse::Click {
            button: iced::mouse::Button::Left,
            target: Some(Target::Text(text.into())),
        })))
    }

    /// Whether some text widget (or text box) shows exactly `text`.
    pub fn shows(&mut self, text: &str) -> bool {
        self.run(Instruction::Expect(Expectation::Text(text.into())))
            .is_ok()
    }

    /// Sends a message as if a widget or subscription had produced it, then lets every task it
    /// starts finish. (Keyboard shortcuts that `iced_test` cannot type, such as the arrows, are
    /// sent as the `Message::Key` the key handler produces; the mapping itself is unit-tested.)
    pub fn send(&mut self, message: Message) {
        self.emulator.update(&self.program, message);
        self.wait_idle();
    }

    /// Sends a message and keeps back what its tasks answer (a look at the directory that is
    /// slow to come back, say) until [`Window::deliver`]: for the races of a real window.
    pub fn send_held(&mut self, message: Message) -> Vec<iced_test::emulator::Action<P>> {
        self.emulator.update(&self.program, message);
        let mut held = Vec::new();
        self.drain(&mut |_, a| held.push(a));
        held
    }

    /// Lets the answers [`Window::send_held`] kept back arrive now.
    pub fn deliver(&mut self, held: Vec<iced_test::emulator::Action<P>>) {
        for a in held {
            self.emulator.perform(&self.program, a);
        }
        self.wait_idle();
    }

    fn wait_idle(&mut self) {
        self.drain(&mut |w, a| w.emulator.perform(&w.program, a));
    }

    /// Hands each action the emulator sends to `act` until none has come for 300 ms (or
    /// 10 s have passed).
    fn drain(&mut self, act: &mut dyn FnMut(&mut Self, iced_test::emulator::Action<P>)) {
        let mut idle_since = Instant::now();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            match self.events.try_recv() {
                Ok(Event::Action(a)) => {
                    act(self, a);
                    idle_since = Instant::now();
                }
                Ok(_) => idle_since = Instant::now(),
                Err(mpsc::TryRecvError::Closed) => break,
                Err(_) => {
                    if idle_since.elapsed() > Duration::from_millis(300) {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
            }
        }
    }

    /// Where the widget showing exactly `text` is, if it is visible.
    pub fn bounds_of(&mut self, text: &str) -> Option<iced::Rectangle> {
        let mut sim = Simulator::with_size(
            ui::iced_settings(),
            self.size,
            self.emulator.view(&self.program),
        );
        let found = sim.find(text).ok()?;
        found.visible_bounds()
    }

    /// A screenshot's RGBA pixels and size, at scale 1.
    pub fn screenshot(&mut self) -> (Vec<u8>, u32, u32) {
        self.screenshot_at(1.0)
    }

    /// A screenshot at a text scale (2.0: each unit two pixels, as at 200 % text).
    pub fn screenshot_at(&mut self, scale: f32) -> (Vec<u8>, u32, u32) {
        let theme = self.emulator.theme(&self.program).unwrap_or(Theme::Light);
        let shot = self.emulator.screenshot(&self.program, &theme, scale);
        (shot.rgba.to_vec(), shot.size.width, shot.size.height)
    }
}

/// Share of pixels that may differ from the committed picture. Punctuation inside Persian text
/// is drawn from whichever installed font covers Arabic script, which moves about 0.4% of the
/// pixels between machines; a mirroring or layout mistake moves far more.
pub const TOLERANCE: f64 = 0.01;

/// Compares a screenshot with the committed picture `snapshots/NAME.png` and writes the new
/// one to `target/gui-snapshots/NAME.png` to look at. A missing picture fails unless
/// `HAVEN_BLESS=1` (then it is written): a first run must not pass by creating its own truth.
pub fn matches_snapshot(name: &str, rgba: &[u8], width: u32, height: u32) -> Result<(), String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = dir.join("../../target/gui-snapshots");
    let _ = std::fs::create_dir_all(&out);
    let actual = out.join(format!("{name}.png"));
    write_png(&actual, rgba, width, height)?;
    let committed = dir.join("snapshots").join(format!("{name}.png"));
    if std::env::var_os("HAVEN_BLESS").is_some() {
        return write_png(&committed, rgba, width, height);
    }
    let (expected, w, h) = read_png(&committed).map_err(|e| {
        format!(
            "{name}: no committed snapshot {} ({e}); look at {} and bless it with HAVEN_BLESS=1",
            committed.display(),
            actual.display()
        )
    })?;
    if (w, h) != (width, height) {
        return Err(format!("{name}: size {width}x{height}, expected {w}x{h}"));
    }
    let differing = expected
        .chunks_exact(4)
        .zip(rgba.chunks_exact(4))
        .filter(|(a, b)| a.iter().zip(b.iter()).any(|(x, y)| x.abs_diff(*y) > 16))
        .count();
    let share = differing as f64 / (width as f64 * height as f64);
    if share > TOLERANCE {
        return Err(format!(
            "{name}: {:.2}% of the pixels differ from {} (allowed {:.0}%). Look at {} and, if it is right, rerun with HAVEN_BLESS=1.",
            share * 100.0,
            committed.display(),
            TOLERANCE * 100.0,
            actual.display()
        ));
    }
    Ok(())
}

fn write_png(path: &std::path::Path, rgba: &[u8], width: u32, height: u32) -> Result<(), String> {
    let file = std::fs::File::create(path).map_err(|e| e.to_string())?;
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), width, height);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    let mut w = enc.write_header().map_err(|e| e.to_string())?;
    w.write_image_data(rgba).map_err(|e| e.to_string())
}

fn read_png(path: &std::path::Path) -> Result<(Vec<u8>, u32, u32), String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .map_err(|e| e.to_string())?;
    let mut buf = vec![0; reader.output_buffer_size().unwrap_or(0)];
    let info = reader.next_frame(&mut buf).map_err(|e| e.to_string())?;
    if info.color_type != png::ColorType::Rgba {
        return Err("not RGBA".into());
    }
    buf.truncate(info.buffer_size());
    Ok((buf, info.width, info.height))
}
