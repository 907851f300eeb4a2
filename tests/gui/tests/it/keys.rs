//! Shortcuts pressed while a text box has the keyboard: the shortcut acts, the box stays as it
//! was. (iced's text boxes insert the character of Ctrl+<key> unless Haven holds it back.)

use haven::i18n::Locale;
use haven::ui::search;
use iced::keyboard::{self, Key, Modifiers};

fn ctrl(c: &str) -> iced::Event {
    iced::Event::Keyboard(keyboard::Event::KeyPressed {
        key: Key::Character(c.into()),
        modified_key: Key::Character(c.into()),
        physical_key: keyboard::key::Physical::Unidentified(
            keyboard::key::NativeCode::Unidentified,
        ),
        location: keyboard::Location::Standard,
        modifiers: Modifiers::CTRL,
        text: Some(c.into()),
        repeat: false,
    })
}

#[test]
fn ctrl_and_a_key_types_nothing_into_the_search_box() {
    let state = search::State::default();
    let mut ui = iced_test::simulator(search::search_box(&state, Locale::En));
    ui.click(iced::widget::Id::new(search::SEARCH_ID))
        .expect("the search box");
    // Ctrl+, (Settings), and the other shortcut keys as X11 reports them with their text.
    for c in [",", "f", "k", "r", "p"] {
        ui.simulate([ctrl(c)]);
    }
    ui.typewrite("a");
    let typed: Vec<String> = ui
        .into_messages()
        .filter_map(|m| match m {
            search::Message::QueryChanged(q) => Some(q),
            _ => None,
        })
        .collect();
    assert_eq!(
        typed,
        vec!["a".to_string()],
        "only the typed letter reached the box"
    );
}

/// Ctrl+K (or Ctrl+F) selects the old query, so what is typed next replaces it: `police`,
/// Ctrl+K, `shelter` searches for `shelter`, not `policeshelter`.
#[test]
fn ctrl_k_selects_the_old_query_so_typing_replaces_it() {
    use haven::ui::Message;
    use haven::ui::keys::Shortcut;
    let mut w = haven_gui_tests::open(Locale::En);
    w.typewrite("police");
    w.send(Message::Key(Shortcut::FocusSearch));
    w.typewrite("shelter");
    assert!(w.shows("shelter"), "the box holds the new query");
    assert!(!w.shows("policeshelter"), "the old query was replaced");
}
