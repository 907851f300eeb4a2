//! Every colour, border and size the window uses, in one place. Views name a style; they
//! never hold a raw colour.

use crate::settings::ThemeChoice;
use iced::theme::{Palette, palette};
use iced::widget::{button, container, text, text_input};
use iced::{Background, Border, Color, Font, Theme, border, color};

pub const SANS: Font = Font::with_name("Noto Sans");
pub const SANS_BOLD: Font = Font {
    weight: iced::font::Weight::Bold,
    ..SANS
};
pub const NASKH: Font = Font::with_name("Noto Naskh Arabic");
pub const NASKH_BOLD: Font = Font {
    weight: iced::font::Weight::Bold,
    ..NASKH
};

pub const SPACE: f32 = 8.0;
pub const PAD: f32 = 12.0;
pub const TITLE: f32 = 20.0;
pub const HEADING: f32 = 16.0;
pub const BODY: f32 = 14.0;
pub const SMALL: f32 = 12.0;
pub const FILTER_WIDTH: f32 = 240.0;
pub const DETAIL_WIDTH: f32 = 420.0;

/// The iced font of one of the bundled faces.
pub fn font(face: crate::text::Face) -> Font {
    use crate::text::Face;
    match face {
        Face::Sans => SANS,
        Face::SansBold => SANS_BOLD,
        Face::Naskh => NASKH,
        Face::NaskhBold => NASKH_BOLD,
    }
}

pub fn theme(choice: ThemeChoice) -> Theme {
    match choice {
        // Each theme's placeholder (`secondary.base`, what an empty box shows) is set so that
        // it reads at 4.5:1 on the box and still looks unlike a typed value.
        ThemeChoice::Light => Theme::custom_with_fn(
            "Haven light",
            Palette {
                background: color!(0xf7f7f4),
                text: color!(0x1d1f21),
                primary: color!(0x245f8f),
                success: color!(0x2e7d32),
                warning: color!(0xa15c00),
                danger: color!(0xb3261e),
            },
            |p| {
                let mut e = palette::Extended::generate(p);
                e.secondary.base = palette::Pair::new(color!(0x6b6b6b), Color::WHITE);
                e
            },
        ),
        ThemeChoice::Dark => Theme::custom_with_fn(
            "Haven dark",
            Palette {
                background: color!(0x1e2124),
                text: color!(0xe8e8e6),
                primary: color!(0x7fb3e0),
                success: color!(0x81c784),
                warning: color!(0xffb74d),
                danger: color!(0xef9a9a),
            },
            |p| {
                let mut e = palette::Extended::generate(p);
                e.secondary.base = palette::Pair::new(color!(0x9a9a9a), Color::BLACK);
                e
            },
        ),
        ThemeChoice::HighContrast => {
            let p = Palette {
                background: Color::BLACK,
                text: Color::WHITE,
                primary: color!(0xffd700),
                success: color!(0x00ff7f),
                warning: color!(0xffa500),
                danger: color!(0xff6e6e),
            };
            Theme::custom_with_fn("Haven high contrast", p, |p| {
                let mut e = palette::Extended::generate(p);
                e.background.strong = palette::Pair::new(Color::WHITE, Color::BLACK);
                e.background.weak = palette::Pair::new(color!(0x202020), Color::WHITE);
                e.primary.base = palette::Pair::new(p.primary, Color::BLACK);
                e.primary.strong = palette::Pair::new(Color::WHITE, Color::BLACK);
                e.primary.weak = palette::Pair::new(color!(0x333300), Color::WHITE);
                // The placeholder of an empty box: grey enough not to look like a value
                // (white), light enough to read on black (contrast 6:1).
                e.secondary.base = palette::Pair::new(color!(0x8c8c8c), Color::BLACK);
                e
            })
        }
    }
}

/// The window's top bar and status bar.
pub fn bar(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style::default()
        .background(p.background.weak.color)
        .color(p.background.weak.text)
}

/// A side panel (filters, detail).
pub fn panel(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style::default()
        .background(p.background.base.color)
        .border(border::width(1).color(p.background.strong.color.scale_alpha(0.4)))
}

/// The keyboard focus is in this pane: a visible ring.
pub fn panel_focused(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    panel(theme).border(border::width(2).color(p.primary.base.color))
}

/// Around what the keyboard cursor is on: a ring in the theme's strongest colour (drawn the
/// same width, transparent, when it is elsewhere, so nothing moves as it travels).
pub fn focus_ring(on: bool) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let p = theme.extended_palette();
        let color = if on {
            p.primary.strong.color
        } else {
            iced::Color::TRANSPARENT
        };
        container::Style::default().border(border::rounded(6).width(3).color(color))
    }
}

/// A result row.
pub fn card(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style::default()
        .background(p.background.base.color)
        .border(
            border::rounded(6)
                .width(1)
                .color(p.background.strong.color.scale_alpha(0.35)),
        )
}

/// The invisible button a result card sits in: no background of its own, and the theme's
/// text colour (a plain button's default is black, which vanishes on dark themes).
pub fn card_button(theme: &Theme, _status: button::Status) -> button::Style {
    button::Style {
        background: None,
        text_color: theme.extended_palette().background.base.text,
        ..button::Style::default()
    }
}

/// The selected result row.
pub fn card_selected(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style::default()
        .background(p.primary.weak.color)
        .color(p.primary.weak.text)
        .border(border::rounded(6).width(2).color(p.primary.base.color))
}

/// A strong warning: the confidential-address box.
pub fn warning_box(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style::default()
        .background(p.warning.weak.color)
        .color(p.warning.weak.text)
        .border(border::rounded(4).width(2).color(p.warning.base.color))
}

/// A notice across the top of the window.
pub fn notice(theme: &Theme, is_error: bool) -> container::Style {
    let p = theme.extended_palette();
    let pair = if is_error {
        p.danger.weak
    } else {
        p.primary.weak
    };
    container::Style::default()
        .background(pair.color)
        .color(pair.text)
        .border(border::rounded(4).width(1).color(if is_error {
            p.danger.base.color
        } else {
            p.primary.base.color
        }))
}

/// A small badge (the basket count, "due for re-check").
pub fn badge(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style::default()
        .background(p.warning.base.color)
        .color(p.warning.base.text)
        .border(border::rounded(8))
}

/// One of the worker's own marks on a result (a favourite, a note, the office's own): the
/// theme's quiet accent, outlined, so it never reads as a warning.
pub fn mark(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style::default()
        .background(p.background.weak.color)
        .color(p.background.weak.text)
        .border(border::rounded(8).width(1).color(p.primary.base.color))
}

/// The same, as a line over a record's fields.
pub fn mark_box(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style::default()
        .background(p.background.weak.color)
        .color(p.background.weak.text)
        .border(border::rounded(4).width(1).color(p.primary.base.color))
}

pub fn muted(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(
            theme
                .extended_palette()
                .background
                .base
                .text
                .scale_alpha(0.7),
        ),
    }
}

pub fn danger(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.palette().danger),
    }
}

pub fn warning(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.palette().warning),
    }
}

/// A facet value: highlighted when chosen or under the keyboard cursor.
pub fn chip(active: bool, cursor: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let p = theme.extended_palette();
        let (bg, fg) = if active {
            (p.primary.base.color, p.primary.base.text)
        } else {
            (Color::TRANSPARENT, p.background.base.text)
        };
        let hovered = matches!(status, button::Status::Hovered | button::Status::Pressed);
        button::Style {
            background: Some(Background::Color(if hovered && !active {
                p.background.weak.color
            } else {
                bg
            })),
            text_color: fg,
            border: if cursor {
                border::rounded(4).width(2).color(p.primary.strong.color)
            } else {
                border::rounded(4)
            },
            ..button::Style::default()
        }
    }
}

/// A plain action that looks like a link (phones, URLs, related records).
pub fn link(cursor: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let p = theme.extended_palette();
        button::Style {
            background: match status {
                button::Status::Hovered | button::Status::Pressed => {
                    Some(p.background.weak.color.into())
                }
                _ => None,
            },
            // Greyed while it cannot be pressed (kept in place, so nothing moves when it can).
            text_color: if status == button::Status::Disabled {
                p.background.strong.color
            } else {
                p.primary.base.color
            },
            border: if cursor {
                border::rounded(4).width(2).color(p.primary.strong.color)
            } else {
                Border::default()
            },
            ..button::Style::default()
        }
    }
}

/// A tool in the top bar.
pub fn tool(active: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let p = theme.extended_palette();
        let base = if active {
            p.primary.base
        } else {
            p.background.weak
        };
        let bg = match status {
            button::Status::Hovered | button::Status::Pressed => p.primary.weak.color,
            _ => base.color,
        };
        button::Style {
            background: Some(bg.into()),
            text_color: if matches!(status, button::Status::Hovered) {
                p.primary.weak.text
            } else {
                base.text
            },
            border: border::rounded(4)
                .width(1)
                .color(p.background.strong.color.scale_alpha(0.5)),
            ..button::Style::default()
        }
    }
}

pub fn primary(theme: &Theme, status: button::Status) -> button::Style {
    button::primary(theme, status)
}

pub fn search_box(theme: &Theme, status: text_input::Status) -> text_input::Style {
    let mut s = text_input::default(theme, status);
    s.border = s.border.rounded(6);
    if let text_input::Status::Focused { .. } = status {
        s.border = s.border.width(2).color(theme.palette().primary);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::ThemeChoice;

    /// WCAG's contrast ratio of two colours.
    fn contrast(a: Color, b: Color) -> f32 {
        let lum = |c: Color| {
            let f = |v: f32| {
                if v <= 0.03928 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b)
        };
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// In every theme: an empty box's placeholder reads (4.5:1 on its background) but does
    /// not look like a value typed in it; a worker's mark is not drawn as a warning.
    #[test]
    fn placeholders_read_unlike_values_and_marks_unlike_warnings() {
        for choice in ThemeChoice::ALL {
            let theme = theme(choice);
            let input =
                iced::widget::text_input::default(&theme, iced::widget::text_input::Status::Active);
            let bg = match input.background {
                Background::Color(c) => c,
                _ => unreachable!(),
            };
            assert!(
                contrast(input.placeholder, bg) >= 4.5,
                "{choice:?}: placeholder reads"
            );
            assert!(
                contrast(input.placeholder, input.value) >= 1.8,
                "{choice:?}: placeholder {:?} too close to values {:?}",
                input.placeholder,
                input.value
            );
            let (warning, mark) = (badge(&theme), mark(&theme));
            assert_ne!(warning.background, mark.background, "{choice:?}");
            assert_ne!(warning_box(&theme).background, mark_box(&theme).background);
        }
    }
}
