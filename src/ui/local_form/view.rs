//! The form's layout: every field with its label above and its message below, mirrored in
//! Persian.

use super::{Field, Message, State};
use crate::i18n::Locale;
use crate::model::{Category, Kind};
use crate::ui::style;
use crate::ui::widgets::{dir_row, heading, hint, label, side, t};
use iced::widget::{Id, button, column, container, scrollable, text_input};
use iced::{Element, Fill};

/// The countries an office's record can be in (those the directory covers).
const COUNTRIES: [&str; 4] = ["PL", "KZ", "VN", "IR"];

/// The input's id, for focus and tests.
pub fn input_id(f: Field) -> Id {
    Id::new(f.label_id())
}

pub fn view<'a>(s: &'a State, locale: Locale) -> Element<'a, Message> {
    let rtl = locale.is_rtl();
    let chips = |items: Vec<(String, bool, Message)>| -> Element<'a, Message> {
        side(
            dir_row(
                rtl,
                items
                    .into_iter()
                    .map(|(text, on, m)| {
                        button(label(text))
                            .padding([4, 8])
                            .on_press(m)
                            .style(style::chip(on, false))
                            .into()
                    })
                    .collect(),
            )
            .spacing(4)
            .wrap(),
            rtl,
        )
    };
    let title = if s.editing.is_some() {
        "form-title-edit"
    } else {
        "form-title-add"
    };
    let mut col = column![
        heading(t(locale, title), rtl),
        hint(t(locale, "form-hint"), rtl),
        hint(t(locale, "form-kind"), rtl),
        chips(
            [Kind::Service, Kind::Organization, Kind::Programme]
                .into_iter()
                .map(|k| (
                    t(locale, &format!("kind-{}", k.key())),
                    s.kind == k,
                    Message::Kind(k)
                ))
                .collect()
        ),
        hint(t(locale, "form-country"), rtl),
        chips(
            COUNTRIES
                .iter()
                .map(|c| {
                    (
                        crate::present::country(c, locale),
                        s.country == *c,
                        Message::Country(c.to_string()),
                    )
                })
                .collect()
        ),
    ]
    .spacing(8)
    .max_width(640);
    // Save and Cancel at the top, always in view however long the form.
    col = col.push(
        dir_row(
            rtl,
            vec![
                button(label(t(locale, "form-save")))
                    .padding([6, 12])
                    .on_press_maybe((!s.saving).then_some(Message::Save))
                    .style(style::primary)
                    .into(),
                button(label(t(locale, "form-cancel")))
                    .padding([6, 12])
                    .on_press(Message::Cancel)
                    .style(style::tool(false))
                    .into(),
            ],
        )
        .spacing(8),
    );
    for f in Field::ALL {
        let value = s.value(f);
        let input = text_input(&t(locale, &format!("{}-placeholder", f.label_id())), value)
            .id(input_id(f))
            .on_input(move |v| Message::Input(f, v))
            .on_submit(Message::Save)
            .font(crate::ui::widgets::font_for(value, false))
            .padding(6);
        col = col.push(hint(t(locale, f.label_id()), rtl));
        col = col.push(crate::ui::guard::guard(input));
        if let Some(e) = s.errors.get(&f) {
            col = col.push(side(label(e.as_str()).style(style::danger), rtl));
        }
    }
    col = col.push(hint(t(locale, "form-categories"), rtl));
    col = col.push(chips(
        Category::ALL
            .iter()
            .map(|c| {
                (
                    t(locale, &format!("category-{}", c.key())),
                    s.categories.contains(c),
                    Message::Category(*c),
                )
            })
            .collect(),
    ));
    for o in &s.other {
        col = col.push(side(label(o.as_str()).style(style::danger), rtl));
    }
    container(scrollable(container(col).padding(style::PAD)).spacing(4))
        .width(Fill)
        .height(Fill)
        .style(style::panel)
        .into()
}
