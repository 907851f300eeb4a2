//! Keyboard shortcuts: the raw event to what the worker means by it. A plain function, so it
//! is tested without a window.

use iced::event::Status;
use iced::keyboard::{self, Key, key::Named};

/// What a key press asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shortcut {
    /// Ctrl+F or Ctrl+K: put the cursor in the search box.
    FocusSearch,
    /// Esc: clear the search, or step back out of a pane or screen.
    Escape,
    /// ↑ / ↓: move in the focused pane.
    Up,
    Down,
    /// ← / →: change a value (settings, composer).
    Left,
    Right,
    /// Enter or Space outside a text box: act on what is under the cursor.
    Activate,
    /// Tab / Shift+Tab: next or previous pane.
    NextPane,
    PreviousPane,
    /// Ctrl+C outside a text box, or Ctrl+Shift+C anywhere: copy the selected phone.
    CopyPhone,
    /// Ctrl+R (or Insert): add the selected record to the referral basket.
    AddToBasket,
    /// Ctrl+P: open the referral sheet composer.
    Compose,
    /// Ctrl+, : settings.
    Settings,
    /// F1: about and data sources.
    About,
    /// Ctrl+S: save what the screen holds (the form's record, the composer's sheet).
    Save,
    /// Ctrl+N: add a service (the office's own record).
    AddService,
    /// Ctrl+O: choose a file to import.
    Import,
    /// A printable character typed outside the search box: search for it.
    Type(String),
}

/// Maps a window event to a shortcut. `status` says whether a widget (the focused text box)
/// already handled it.
pub fn shortcut(event: &iced::Event, status: Status) -> Option<Shortcut> {
    let iced::Event::Keyboard(keyboard::Event::KeyPressed {
        key,
        modifiers,
        text,
        physical_key,
        ..
    }) = event
    else {
        return None;
    };
    let captured = status == Status::Captured;
    let latin = key.to_latin(*physical_key);
    if modifiers.command() {
        return match latin {
            Some('f') | Some('k') => Some(Shortcut::FocusSearch),
            Some('c') if modifiers.shift() => Some(Shortcut::CopyPhone),
            Some('c') if !captured => Some(Shortcut::CopyPhone),
            Some('r') => Some(Shortcut::AddToBasket),
            Some('p') => Some(Shortcut::Compose),
            Some('s') => Some(Shortcut::Save),
            Some('n') => Some(Shortcut::AddService),
            Some('o') => Some(Shortcut::Import),
            Some(',') => Some(Shortcut::Settings),
            _ => None,
        };
    }
    match key.as_ref() {
        // A text box un-focuses itself on Esc and reports it captured; we still act on it.
        Key::Named(Named::Escape) => Some(Shortcut::Escape),
        Key::Named(Named::F1) => Some(Shortcut::About),
        _ if captured => None,
        Key::Named(Named::ArrowUp) => Some(Shortcut::Up),
        Key::Named(Named::ArrowDown) => Some(Shortcut::Down),
        Key::Named(Named::ArrowLeft) => Some(Shortcut::Left),
        Key::Named(Named::ArrowRight) => Some(Shortcut::Right),
        Key::Named(Named::Enter) | Key::Named(Named::Space) => Some(Shortcut::Activate),
        Key::Named(Named::Insert) => Some(Shortcut::AddToBasket),
        Key::Named(Named::Tab) if modifiers.shift() => Some(Shortcut::PreviousPane),
        Key::Named(Named::Tab) => Some(Shortcut::NextPane),
        _ => text
            .as_ref()
            .filter(|t| !modifiers.alt() && t.chars().next().is_some_and(|c| !c.is_control()))
            .map(|t| Shortcut::Type(t.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::keyboard::{Location, Modifiers, key::Physical};

    fn press(key: Key, modifiers: Modifiers, text: Option<&str>) -> iced::Event {
        iced::Event::Keyboard(keyboard::Event::KeyPressed {
            modified_key: key.clone(),
            key,
            physical_key: Physical::Unidentified(keyboard::key::NativeCode::Unidentified),
            location: Location::Standard,
            modifiers,
            text: text.map(Into::into),
            repeat: false,
        })
    }

    #[test]
    fn ctrl_f_and_ctrl_k_focus_search_even_from_the_search_box() {
        for c in ["f", "k"] {
            let e = press(Key::Character(c.into()), Modifiers::CTRL, None);
            assert_eq!(shortcut(&e, Status::Ignored), Some(Shortcut::FocusSearch));
        }
    }

    #[test]
    fn ctrl_c_copies_the_phone_unless_the_text_box_took_it() {
        let e = press(Key::Character("c".into()), Modifiers::CTRL, None);
        assert_eq!(shortcut(&e, Status::Ignored), Some(Shortcut::CopyPhone));
        assert_eq!(shortcut(&e, Status::Captured), None);
        let e = press(
            Key::Character("c".into()),
            Modifiers::CTRL | Modifiers::SHIFT,
            None,
        );
        assert_eq!(shortcut(&e, Status::Captured), Some(Shortcut::CopyPhone));
    }

    #[test]
    fn arrows_tab_and_typing() {
        let down = press(Key::Named(Named::ArrowDown), Modifiers::empty(), None);
        assert_eq!(shortcut(&down, Status::Ignored), Some(Shortcut::Down));
        let tab = press(Key::Named(Named::Tab), Modifiers::SHIFT, None);
        assert_eq!(
            shortcut(&tab, Status::Ignored),
            Some(Shortcut::PreviousPane)
        );
        let esc = press(Key::Named(Named::Escape), Modifiers::empty(), None);
        assert_eq!(shortcut(&esc, Status::Captured), Some(Shortcut::Escape));
        let k = press(Key::Character("ж".into()), Modifiers::empty(), Some("ж"));
        assert_eq!(
            shortcut(&k, Status::Ignored),
            Some(Shortcut::Type("ж".into()))
        );
        assert_eq!(
            shortcut(&k, Status::Captured),
            None,
            "the search box had it"
        );
    }
}
