//! A worker with no mouse (issue 29, item 2): the composer and the Add-a-service form with the
//! keyboard alone, the cursor drawn where it is, and one step back for what one press takes
//! away. (The emulator does not feed key events to subscriptions: the shortcut the key
//! handler makes of each key is sent; `keys` and `ui::keys` test that mapping.)

use haven::i18n::{Locale, tr, tr_args};
use haven::ui::Message;
use haven::ui::keys::Shortcut;

fn basket_count(l: Locale, n: usize) -> String {
    tr_args(l, "basket-count", &[("count", n.into())])
}

#[test]
fn a_referral_is_made_with_the_keyboard_alone_and_a_removal_undone() {
    let l = Locale::En;
    let out = tempfile::tempdir().unwrap();
    // The folder the worker saved to last time: without dialogs the sheet goes there.
    let settings = haven::settings::Settings {
        last_folder: Some(out.path().to_path_buf()),
        ..haven::settings::Settings::default()
    };
    let mut w = haven_gui_tests::open_with(l, &settings);
    w.typewrite("przemoc");
    // Down opens the first result, Ctrl+R adds it; Down, Ctrl+R the second.
    w.send(Message::Key(Shortcut::Down));
    w.send(Message::Key(Shortcut::AddToBasket));
    w.send(Message::Key(Shortcut::Down));
    w.send(Message::Key(Shortcut::AddToBasket));
    assert!(w.shows(&basket_count(l, 2)));
    w.send(Message::Key(Shortcut::Compose));
    // The cursor starts on the first entry's Down; Tab moves on to its Remove.
    w.send(Message::Key(Shortcut::NextPane));
    w.send(Message::Key(Shortcut::NextPane));
    w.send(Message::Key(Shortcut::Activate));
    assert!(w.shows(&basket_count(l, 1)), "removed with Enter");
    assert!(w.shows(&tr(l, "referral-removed-one")));
    // Undo is offered and reachable: it is the next stop after the remaining entry's own.
    let undo = tr(l, "referral-undo");
    assert!(w.shows(&undo));
    w.send(Message::Key(Shortcut::Escape)); // the cursor away, the composer still open
    assert!(w.shows(&undo), "Esc only put the cursor away");
    // From the top: the remaining entry's Remove, then Undo.
    w.send(Message::Key(Shortcut::Down));
    w.send(Message::Key(Shortcut::Down));
    w.send(Message::Key(Shortcut::Activate));
    assert!(w.shows(&basket_count(l, 2)), "put back");
    // "Remove all" is undone the same way.
    w.click(&tr(l, "referral-clear")).expect("remove all");
    assert!(w.shows(&tr(l, "basket-title")), "empty");
    w.click(&undo).expect("undo");
    assert!(w.shows(&basket_count(l, 2)), "both back");
    // Ctrl+S saves the sheet (into the folder a worker finds, without a dialog here).
    w.send(Message::Key(Shortcut::Save));
    let saved: Vec<_> = std::fs::read_dir(out.path()).unwrap().collect();
    assert_eq!(saved.len(), 1, "one sheet saved with Ctrl+S");
    // Esc with the cursor put away leaves the composer for the search.
    w.send(Message::Key(Shortcut::Escape));
    w.send(Message::Key(Shortcut::Escape));
    assert!(!w.shows(&undo), "the composer is closed");
    assert!(w.shows(&tr(l, "status-keys")), "the search screen's keys");
}

#[test]
fn the_note_is_written_and_left_with_the_keyboard() {
    let l = Locale::En;
    let mut w = haven_gui_tests::open(l);
    w.typewrite("przemoc");
    w.send(Message::Key(Shortcut::Down));
    w.send(Message::Key(Shortcut::AddToBasket));
    w.send(Message::Key(Shortcut::Compose));
    // One entry: Remove, Clear, Language, Paper, Note.
    for _ in 0..5 {
        w.send(Message::Key(Shortcut::Down));
    }
    w.typewrite("Call in the morning");
    assert!(w.shows("Call in the morning"), "typed into the note");
    // Esc puts the keyboard back out of the note; the composer stays.
    w.send(Message::Key(Shortcut::Escape));
    assert!(w.shows("Call in the morning"), "the composer is still open");
}

#[test]
fn a_service_is_added_with_the_keyboard_alone() {
    let l = Locale::En;
    let settings = haven::settings::Settings {
        near: Some(haven::search::near::Near::parse("PL").unwrap()),
        ..haven::settings::Settings::default()
    };
    let mut w = haven_gui_tests::open_with(l, &settings);
    // Ctrl+N opens the form with the keyboard in the name.
    w.send(Message::Key(Shortcut::AddService));
    w.typewrite("Tecza");
    // Tab through Description, City, Address to Phone.
    for _ in 0..4 {
        w.send(Message::Key(Shortcut::NextPane));
    }
    w.typewrite("12 654 32 10");
    // Shift+Tab goes back one box: Address.
    w.send(Message::Key(Shortcut::PreviousPane));
    w.typewrite("ul. Tęczowa 1");
    w.send(Message::Key(Shortcut::Save));
    let local = haven_gui_tests::user_layer(w.data.path())
        .local_records()
        .unwrap();
    assert_eq!(local.len(), 1, "saved with Ctrl+S");
    assert_eq!(local[0].name.show("pl"), "Tecza");
    assert_eq!(local[0].phones[0].number, "+48126543210");
    let address = serde_json::to_string(&local[0].locations).unwrap();
    assert!(address.contains("Tęczowa"), "{address}");
}

/// A cleared office note comes back with one press (once, one click on "Remove the note"
/// lost it for good).
#[test]
fn a_cleared_note_is_put_back_with_one_press() {
    use haven::ui::{detail, search};
    use iced::widget::text_editor;
    let l = Locale::En;
    let mut w = haven_gui_tests::open(l);
    w.typewrite("niebieska linia");
    w.click(&haven_gui_tests::record_name("pl/niebieska-linia", l))
        .expect("the result");
    w.send(Message::Search(search::Message::Detail(
        detail::Message::Mine(detail::Mine::NoteEdit(text_editor::Action::Edit(
            text_editor::Edit::Paste(std::sync::Arc::new("Ask for Ewa, mornings only".into())),
        ))),
    )));
    w.click(&tr(l, "detail-note-save")).expect("save");
    w.click(&tr(l, "detail-note-clear")).expect("clear");
    let layer = || haven_gui_tests::user_layer(w.data.path()).note("pl/niebieska-linia");
    assert!(layer().unwrap().is_none(), "cleared");
    assert!(w.shows(&tr(l, "detail-note-cleared")));
    w.click(&tr(l, "referral-undo")).expect("undo");
    let note = haven_gui_tests::user_layer(w.data.path())
        .note("pl/niebieska-linia")
        .unwrap()
        .expect("put back");
    assert_eq!(note.text, "Ask for Ewa, mornings only");
}
