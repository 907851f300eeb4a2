//! Keeps keyboard shortcuts out of text boxes. iced 0.14's text input and editor insert the
//! character of any key pressed with Ctrl that is not one of their own shortcuts, so Ctrl+,
//! (Settings) also typed «,» into the search box. [`guard`] wraps a text box and hands it
//! every event except such key presses; the window's shortcut handler still sees them.

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree, tree};
use iced::advanced::{Clipboard, Shell, Widget, mouse, overlay, renderer};
use iced::keyboard;
use iced::{Element, Event, Length, Rectangle, Size, Vector};

/// Whether `event` is a key pressed with Ctrl (or ⌘) that would put a printable character into
/// a text box. AltGr (Ctrl+Alt on Windows), which types Polish letters, is left alone.
pub fn is_shortcut_text(event: &Event) -> bool {
    let Event::Keyboard(keyboard::Event::KeyPressed {
        modifiers, text, ..
    }) = event
    else {
        return false;
    };
    modifiers.command()
        && !modifiers.alt()
        && text
            .as_deref()
            .and_then(|t| t.chars().next())
            .is_some_and(|c| !c.is_control())
}

/// A text box that never receives a shortcut's character.
pub fn guard<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    Element::new(Guard {
        content: content.into(),
    })
}

struct Guard<'a, M> {
    content: Element<'a, M>,
}

impl<M> Widget<M, iced::Theme, iced::Renderer> for Guard<'_, M> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content.as_widget_mut().layout(tree, renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content
            .as_widget()
            .draw(tree, renderer, theme, style, layout, cursor, viewport);
    }

    fn tag(&self) -> tree::Tag {
        self.content.as_widget().tag()
    }

    fn state(&self) -> tree::State {
        self.content.as_widget().state()
    }

    fn children(&self) -> Vec<Tree> {
        self.content.as_widget().children()
    }

    fn diff(&self, tree: &mut Tree) {
        self.content.as_widget().diff(tree);
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(tree, layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        if is_shortcut_text(event) {
            return;
        }
        self.content.as_widget_mut().update(
            tree, event, layout, cursor, renderer, clipboard, shell, viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content
            .as_widget()
            .mouse_interaction(tree, layout, cursor, viewport, renderer)
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, iced::Theme, iced::Renderer>> {
        self.content
            .as_widget_mut()
            .overlay(tree, layout, renderer, viewport, translation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::keyboard::{Key, Location, Modifiers, key::Physical};

    fn press(c: &str, modifiers: Modifiers) -> Event {
        Event::Keyboard(keyboard::Event::KeyPressed {
            key: Key::Character(c.into()),
            modified_key: Key::Character(c.into()),
            physical_key: Physical::Unidentified(keyboard::key::NativeCode::Unidentified),
            location: Location::Standard,
            modifiers,
            text: Some(c.into()),
            repeat: false,
        })
    }

    #[test]
    fn ctrl_with_a_printable_key_is_held_back_but_typing_and_altgr_are_not() {
        assert!(is_shortcut_text(&press(",", Modifiers::CTRL)));
        assert!(!is_shortcut_text(&press(",", Modifiers::empty())));
        assert!(!is_shortcut_text(&press(
            "ą",
            Modifiers::CTRL | Modifiers::ALT
        )));
    }
}
