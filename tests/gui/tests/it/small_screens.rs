//! Small screens and large text (issue 29, item 3): an office PC at 800×600, 1366×768 at
//! 125 %, text enlarged to 200 %. The window lays out in the interface's units, so 800×600 at
//! 200 % is a 400×300 window here; nothing a worker needs may be pushed out of sight.
//! Screenshots of each are written to `target/gui-snapshots/` to look at (at the text
//! scale's pixels).

use haven::i18n::{Locale, tr, tr_args};
use haven::ui::Message;
use haven_gui_tests::{open_sized, record_name};
use iced::Size;

/// 800×600 at 200 %, 800×600 at 100 %, 1366×768 at 125 %, 1920×1080 at 200 %.
const SCREENS: [(&str, Size, f32); 4] = [
    ("800x600-200", Size::new(400.0, 300.0), 2.0),
    ("800x600-100", Size::new(800.0, 600.0), 1.0),
    ("1366x768-125", Size::new(1092.8, 614.4), 1.25),
    ("1920x1080-200", Size::new(960.0, 540.0), 2.0),
];

/// The phone line the detail pane shows for the Blue Line in `locale`, as the core presents it.
fn phone_line(data: &std::path::Path, locale: Locale) -> String {
    let paths = haven::usecase::Paths::resolve(Some(data.to_path_buf())).unwrap();
    let haven = haven::usecase::Haven::open(&paths).unwrap().0;
    let view = haven::ui::detail::View {
        locale,
        today: haven_gui_tests::today(),
        now: haven_gui_tests::now(),
        fitter: std::sync::Arc::new(std::sync::Mutex::new(haven::text::Fitter::default())),
    };
    let shown = haven::ui::detail::load(&haven, "pl/niebieska-linia", &view)
        .unwrap()
        .unwrap()
        .shown;
    shown
        .fields
        .iter()
        .find_map(|f| match &f.value {
            haven::present::Value::Phones(p) => {
                Some(haven::text::isolate_numbers(&p[0].text).into_owned())
            }
            _ => None,
        })
        .expect("a phone")
}

fn inside(b: iced::Rectangle, size: Size) -> bool {
    b.x >= -0.5
        && b.y >= -0.5
        && b.x + b.width <= size.width + 0.5
        && b.y + b.height <= size.height + 0.5
}

fn shot<P>(w: &mut haven_gui_tests::Window<P>, name: &str, scale: f32)
where
    P: iced::Program<State = haven::ui::App, Message = Message, Theme = iced::Theme> + 'static,
{
    let (rgba, width, height) = w.screenshot_at(scale);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/gui-snapshots");
    let _ = std::fs::create_dir_all(&dir);
    let file = std::fs::File::create(dir.join(format!("{name}.png"))).unwrap();
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), width, height);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    enc.write_header().unwrap().write_image_data(&rgba).unwrap();
}

/// On every screen size, in English and Persian: the search box stays in sight and takes
/// the query, the first result is in sight, a record opens in sight with its phone, and the
/// way back to the results (on the smallest) is there.
#[test]
fn the_search_box_results_and_record_stay_in_sight_on_small_screens_and_large_text() {
    for locale in [Locale::En, Locale::Fa] {
        let query = if locale == Locale::Fa {
            "خشونت"
        } else {
            "przemoc"
        };
        for (name, size, scale) in SCREENS {
            // (A window gives one screenshot: iced_test's emulator keeps no layout after one.)
            let mut w = open_sized(locale, tempfile::tempdir().unwrap(), size);
            w.typewrite(query);
            w.send(Message::Search(haven::ui::search::Message::Open(0)));
            shot(
                &mut w,
                &format!("small-{name}-{}-record", locale.code()),
                scale,
            );
            let mut w = open_sized(locale, tempfile::tempdir().unwrap(), size);
            w.typewrite(query);
            let boxed = w.bounds_of(query);
            assert!(
                boxed.is_some_and(|b| inside(b, size)),
                "{name} {locale:?}: the search box with the query in sight ({boxed:?})"
            );
            let first = record_name("pl/niebieska-linia", locale);
            let card = w.bounds_of(&first);
            assert!(
                card.is_some_and(|b| inside(b, size) && b.width > 60.0),
                "{name} {locale:?}: the first result in sight and readable ({card:?})"
            );
            w.send(Message::Search(haven::ui::search::Message::Open(0)));
            // On the smallest (300 units high) the record's title is in sight and its phone a
            // scroll below; everywhere else the phone is in sight at once.
            let phone_text = phone_line(w.data.path(), locale);
            if size.height > 300.0 {
                let phone = w.bounds_of(&phone_text);
                assert!(
                    phone.is_some_and(|b| inside(b, size)),
                    "{name} {locale:?}: the open record's phone in sight ({phone:?})"
                );
            } else {
                assert!(
                    w.shows(&phone_text),
                    "{name} {locale:?}: the phone in the pane"
                );
            }
            let back = tr(locale, "search-back-to-results");
            if size.width < 660.0 {
                // One pane at a time: the record, with the way back first.
                assert!(
                    w.bounds_of(&back).is_some_and(|b| inside(b, size)),
                    "{name}: back"
                );
                w.click(&back).expect("back to the results");
                assert!(w.bounds_of(&first).is_some(), "{name}: the results again");
            } else {
                assert!(
                    w.bounds_of(&back).is_none(),
                    "{name}: both panes, no way back needed"
                );
                assert!(
                    w.bounds_of(&first).is_some_and(|b| inside(b, size)),
                    "{name}: results beside"
                );
            }
            shot(
                &mut w,
                &format!("small-{name}-{}-results", locale.code()),
                scale,
            );
        }
    }
}

/// Where the filters do not fit beside the results they fold behind a button that says how
/// many are on; it unfolds them, and the same button folds them again.
#[test]
fn filters_fold_behind_a_button_where_they_do_not_fit() {
    let l = Locale::En;
    let size = Size::new(800.0, 600.0);
    let mut w = open_sized(l, tempfile::tempdir().unwrap(), size);
    // The filters pane's own link (its title reads like the button).
    let title = tr(l, "filters-clear");
    assert!(w.bounds_of(&title).is_none(), "folded at 800 px");
    let show = tr_args(l, "search-filters-show", &[("count", 0usize.into())]);
    w.click(&show).expect("the filters button");
    assert!(
        w.bounds_of(&title).is_some_and(|b| inside(b, size)),
        "unfolded"
    );
    w.click(&tr(l, "search-filters-hide")).expect("fold again");
    assert!(w.bounds_of(&title).is_none(), "folded again");
    // Wide enough, they are always beside the results, with no button.
    let mut wide = open_sized(l, tempfile::tempdir().unwrap(), haven_gui_tests::SIZE);
    assert!(wide.bounds_of(&title).is_some());
    assert!(wide.bounds_of(&show).is_none());
}

/// Choosing the first filter does not move the list under the pointer: the "clear" link is
/// always there, greyed while no filter is on.
#[test]
fn choosing_a_filter_does_not_move_the_results() {
    let l = Locale::En;
    let mut w = haven_gui_tests::open(l);
    let first = record_name("pl/niebieska-linia", l);
    w.typewrite("przemoc");
    let before = w.bounds_of(&first).expect("the first result");
    w.click(&haven::present::country("PL", l))
        .expect("the Poland filter");
    let after = w.bounds_of(&first).expect("still the first result");
    assert!(
        (before.y - after.y).abs() < 1.0,
        "moved from {before:?} to {after:?}"
    );
}

/// A search that finds nothing does not leave another search's record open beside it.
#[test]
fn a_search_with_no_results_closes_the_open_record() {
    let l = Locale::En;
    let mut w = haven_gui_tests::open(l);
    w.typewrite("przemoc");
    w.send(Message::Search(haven::ui::search::Message::Open(0)));
    let phone = phone_line(w.data.path(), l);
    assert!(w.shows(&phone));
    w.typewrite("zzzzqqqq");
    assert!(w.shows(&tr(l, "search-empty-title")));
    assert!(
        !w.shows(&phone),
        "the old record is not shown beside no results"
    );
}

/// The composer on the smallest window: one column, Save and Print first and in sight, the
/// basket below.
#[test]
fn the_composer_fits_a_small_window_with_save_in_sight() {
    use haven::ui::keys::Shortcut;
    let l = Locale::En;
    let size = Size::new(400.0, 300.0);
    let mut w = open_sized(l, tempfile::tempdir().unwrap(), size);
    w.typewrite("przemoc");
    w.send(Message::Key(Shortcut::Down));
    w.send(Message::Key(Shortcut::AddToBasket));
    w.send(Message::Key(Shortcut::Compose));
    let save = w.bounds_of(&tr(l, "referral-save"));
    assert!(
        save.is_some_and(|b| inside(b, size)),
        "Save in sight: {save:?}"
    );
    let print = w.bounds_of(&tr(l, "referral-print"));
    assert!(
        print.is_some_and(|b| inside(b, size)),
        "Print in sight: {print:?}"
    );
    shot(&mut w, "small-800x600-200-en-composer", 2.0);
}
