//! The detail pane's layout: the presented record field by field, with the worker's note
//! editor, a flag button beside each phone and address, and the favourite star.

use super::{Detail, Message, Mine, actions, flag_action};
use crate::i18n::Locale;
use crate::layer::{FlagField, FlagState};
use crate::present::Value;
use crate::ui::style;
use crate::ui::widgets::{self, dir_row, field, heading, hint, side, t};
use iced::widget::{button, column, container, rule, scrollable, text_editor, text_input};
use iced::{Element, Fill};

/// Everything the pane shows besides the record.
pub struct ViewCtx<'a> {
    pub locale: Locale,
    pub basket: &'a [String],
    /// The keyboard is in the pane, on this action.
    pub cursor: Option<usize>,
}

pub fn view<'a>(d: &'a Detail, cx: &ViewCtx<'a>) -> Element<'a, Message> {
    let locale = cx.locale;
    let rtl = locale.is_rtl();
    let p = &d.shown;
    let acts = actions(d);
    let at = |m: &Message| cx.cursor.is_some_and(|c| acts.get(c) == Some(m));
    let link = |content: &'a str, m: Message| -> Element<'a, Message> {
        let cur = at(&m);
        side(
            button(widgets::label(content))
                .padding([2, 4])
                .on_press(m)
                .style(style::link(cur)),
            rtl,
        )
    };
    let small = |s: &'a str| side(widgets::label(s).size(style::SMALL), rtl);

    let mut col = column![].spacing(10).width(Fill);
    let close = button(widgets::label("×"))
        .on_press(Message::Close)
        .style(style::link(false));
    col = col.push(
        dir_row(
            rtl,
            vec![
                container(widgets::bold(p.title.text.as_str()).size(style::TITLE))
                    .width(Fill)
                    .into(),
                close.into(),
            ],
        )
        .spacing(style::SPACE),
    );
    if let Some(o) = &p.original {
        col = col.push(side(
            widgets::label(o.text.as_str()).style(style::muted),
            rtl,
        ));
    }
    col = col.push(small(&p.kind));
    // A warning (the publisher removed it) in the warning colours; the office's own marks
    // (a favourite, its own record) plainly, as marks.
    for b in &p.banners {
        col = col.push(
            container(widgets::label(b.text.as_str()))
                .padding(6)
                .width(Fill)
                .style(if b.warning {
                    style::warning_box
                } else {
                    style::mark_box
                }),
        );
    }
    let in_basket = cx.basket.contains(&d.record.id);
    let add = Message::AddToBasket(d.record.id.clone());
    let star = Message::Mine(Mine::Favourite(!d.mine.favourite));
    let mut tools = vec![
        button(widgets::label(if in_basket {
            t(locale, "basket-in")
        } else {
            t(locale, "basket-add")
        }))
        .on_press_maybe((!in_basket).then(|| add.clone()))
        .style(style::tool(at(&add)))
        .into(),
        button(widgets::label(t(
            locale,
            if d.mine.favourite {
                "detail-favourite-remove"
            } else {
                "detail-favourite-add"
            },
        )))
        .on_press(star.clone())
        .style(style::tool(at(&star)))
        .into(),
    ];
    if d.mine.local {
        tools.push(
            button(widgets::label(t(locale, "detail-edit")))
                .on_press(Message::Mine(Mine::Edit))
                .style(style::tool(false))
                .into(),
        );
    }
    if d.mine.removed {
        tools.push(
            button(widgets::label(t(locale, "detail-let-go")))
                .on_press(Message::Mine(Mine::LetGo))
                .style(style::tool(false))
                .into(),
        );
    }
    col = col.push(dir_row(rtl, tools).spacing(8).wrap());
    let mut addresses = d.address_values().into_iter();
    // The office's note goes where the core puts it, after the ways to make contact: laid
    // out as its editor (there is one even when the record has no note yet).
    let contact = |id: &str| {
        matches!(
            id,
            "field-phones"
                | "field-channels"
                | "description"
                | "field-place"
                | "field-organization"
                | "field-address"
        )
    };
    // What is not a way to make contact comes after them: whether it is open now, the
    // re-check warning, and the office's note.
    let mut after_contacts: Vec<Element<'a, Message>> = Vec::new();
    if let Some(now) = &p.now {
        after_contacts.push(widgets::label(now.as_str()).into());
    }
    if let Some(stale) = &p.stale {
        after_contacts.push(
            container(widgets::label(stale.as_str()))
                .padding(6)
                .style(style::warning_box)
                .into(),
        );
    }
    after_contacts.push(note_editor(d, locale));
    let mut after_contacts = Some(after_contacts);
    for f in &p.fields {
        if !contact(f.id)
            && let Some(items) = after_contacts.take()
        {
            col = col.extend(items);
        }
        if matches!(f.id, "field-note" | "field-note-date") {
            continue;
        }
        let value: Element<'a, Message> = match &f.value {
            Value::Text(r) if f.id == "field-hours" => {
                let mut c = column![side(widgets::label(r.text.as_str()), rtl)].spacing(2);
                if let Some(h) = &d.record.hours {
                    let hours = h.opening_hours.clone();
                    c = c.push(flag_controls(d, FlagField::Hours, hours, None, &at, locale));
                }
                c.into()
            }
            Value::Text(r) => side(widgets::label(r.text.as_str()), rtl),
            Value::Lines(l) => column(l.iter().map(|r| side(widgets::label(r.text.as_str()), rtl)))
                .spacing(2)
                .into(),
            Value::Note(n) => hint(n.as_str(), rtl),
            Value::Address { warning, lines } => {
                let mut c = column![].spacing(4);
                if let Some(w) = warning {
                    c = c.push(
                        container(widgets::bold(w.as_str()))
                            .padding(8)
                            .width(Fill)
                            .style(style::warning_box),
                    );
                }
                for l in lines {
                    c = c.push(side(widgets::label(l.text.as_str()), rtl));
                }
                if let Some(Some(a)) = addresses.next() {
                    c = c.push(flag_controls(d, FlagField::Address, a, None, &at, locale));
                }
                c.into()
            }
            Value::Phones(phones) => {
                let mut c = column![].spacing(2);
                for ph in phones {
                    c = c.push(link(&ph.text, Message::CopyPhone(ph.dial.clone())));
                    if let Some(n) = &ph.dial_note {
                        c = c.push(small(n));
                    }
                    c = c.push(flag_controls(
                        d,
                        FlagField::Phone,
                        ph.number.clone(),
                        ph.flag.as_deref(),
                        &at,
                        locale,
                    ));
                }
                c.push(hint(t(locale, "detail-copy-hint"), rtl)).into()
            }
            Value::Channels(list) => column(list.iter().map(|ch| {
                let shown = match &ch.link {
                    Some(u) => link(&ch.text, Message::OpenLink(u.clone())),
                    None => side(widgets::label(ch.text.as_str()), rtl),
                };
                let flag = flag_controls(
                    d,
                    FlagField::Channel,
                    ch.value.clone(),
                    ch.flag.as_deref(),
                    &at,
                    locale,
                );
                column![shown, flag].spacing(2).into()
            }))
            .spacing(4)
            .into(),
            Value::Steps(steps) => column(steps.iter().map(|st| {
                let mut c = column![
                    side(widgets::bold(st.head.as_str()), rtl),
                    side(widgets::label(st.action.text.as_str()), rtl)
                ]
                .spacing(2);
                for n in &st.notes {
                    c = c.push(small(n));
                }
                c.into()
            }))
            .spacing(8)
            .into(),
            Value::Acts(acts) => column(acts.iter().map(|a| {
                let mut c = column![small(&a.text)].spacing(2);
                if let Some(u) = &a.url {
                    c = c.push(link(u, Message::OpenLink(u.clone())));
                }
                c.into()
            }))
            .spacing(4)
            .into(),
            Value::Records(list) => column(
                list.iter()
                    .map(|r| link(&r.name, Message::OpenRecord(r.id.clone()))),
            )
            .spacing(2)
            .into(),
            Value::Sources(list) => column(list.iter().map(|s| {
                let mut c = column![hint(s.title.as_str(), rtl)].spacing(2);
                for q in &s.quotes {
                    c = c.push(small(q));
                }
                if let Some(u) = &s.url {
                    c = c.push(link(u, Message::OpenLink(u.clone())));
                }
                c.into()
            }))
            .spacing(6)
            .into(),
        };
        col = match &f.label {
            // Sources close the pane under a rule, as the provenance of all above.
            Some(label) if matches!(f.value, Value::Sources(_)) => col
                .push(rule::horizontal(1))
                .push(heading(label.as_str(), rtl))
                .push(value),
            Some(label) => col.push(field(label.clone(), value, rtl)),
            None => col.push(value),
        };
    }
    if let Some(items) = after_contacts.take() {
        col = col.extend(items);
    }
    col = col.push(resolved(d, locale));
    scrollable(container(col).padding(style::PAD))
        .spacing(4)
        .height(Fill)
        .into()
}

/// The office note: an editor, with the reminder that a client's details do not go there.
fn note_editor<'a>(d: &'a Detail, locale: Locale) -> Element<'a, Message> {
    let rtl = locale.is_rtl();
    let text = d.note.0.text();
    let editor = text_editor(&d.note.0)
        .placeholder(t(locale, "detail-note-placeholder"))
        .on_action(|a| Message::Mine(Mine::NoteEdit(a)))
        .height(70)
        .font(widgets::font_for(&text, false));
    let mut buttons = vec![
        button(widgets::label(t(locale, "detail-note-save")))
            .on_press_maybe(d.note_changed.then_some(Message::Mine(Mine::SaveNote)))
            .style(style::tool(false))
            .into(),
    ];
    if d.mine.note.is_some() {
        buttons.push(
            button(widgets::label(t(locale, "detail-note-clear")))
                .on_press(Message::Mine(Mine::ClearNote))
                .style(style::link(false))
                .into(),
        );
    } else if d.cleared_note.is_some() {
        // One press took the note away: one press puts it back.
        buttons.push(widgets::label(t(locale, "detail-note-cleared")).into());
        buttons.push(
            button(widgets::label(t(locale, "referral-undo")))
                .on_press(Message::Mine(Mine::RestoreNote))
                .style(style::tool(false))
                .into(),
        );
    }
    let mut c = column![
        heading(t(locale, "field-note"), rtl),
        hint(t(locale, "detail-note-hint"), rtl),
        crate::ui::guard::guard(editor),
        dir_row(rtl, buttons).spacing(8),
    ]
    .spacing(4);
    if let Some(n) = &d.mine.note {
        let when = crate::present::date(n.updated_at, locale);
        c = c.push(hint(
            widgets::ta(locale, "field-note-date", &[("date", when.into())]),
            rtl,
        ));
    }
    c.into()
}

/// Beside a phone or an address: one click reports it as not working; once reported, the
/// flag's sentence, a way to take it back, and a box for the right value.
fn flag_controls<'a>(
    d: &'a Detail,
    field: FlagField,
    value: String,
    sentence: Option<&'a str>,
    at: &dyn Fn(&Message) -> bool,
    locale: Locale,
) -> Element<'a, Message> {
    let rtl = locale.is_rtl();
    let m = flag_action(d, field, &value);
    let flagged = d.flag(field, &value).is_some();
    let (label_id, correct_id) = match field {
        FlagField::Phone => ("detail-flag-phone", "detail-correct-phone"),
        FlagField::Hours => ("detail-flag-hours", "detail-correct-hours"),
        FlagField::Channel => ("detail-flag-channel", "detail-correct-channel"),
        _ => ("detail-flag-address", "detail-correct-address"),
    };
    let label_id = if flagged { "detail-unflag" } else { label_id };
    let mut c = column![side(
        button(widgets::label(t(locale, label_id)).size(style::SMALL))
            .padding([1, 4])
            .on_press(m.clone())
            .style(style::link(at(&m))),
        rtl
    )]
    .spacing(2);
    let own_sentence = d
        .flag(field, &value)
        .map(|f| crate::present::flag_text(f, &d.record, locale));
    if let Some(s) = sentence.map(str::to_string).or(own_sentence) {
        c = c.push(side(
            widgets::label(s).size(style::SMALL).style(style::danger),
            rtl,
        ));
    }
    if let Some((f, v, typed)) = &d.correcting
        && *f == field
        && *v == value
    {
        let placeholder = t(locale, correct_id);
        let input = text_input(&placeholder, typed)
            .on_input(|s| Message::Mine(Mine::CorrectEdit(s)))
            .on_submit(Message::Mine(Mine::SaveCorrect))
            .font(widgets::font_for(typed, false))
            .padding(4);
        c = c.push(
            dir_row(
                rtl,
                vec![
                    crate::ui::guard::guard(input),
                    button(widgets::label(t(locale, "detail-correct-save")))
                        .on_press(Message::Mine(Mine::SaveCorrect))
                        .style(style::tool(false))
                        .into(),
                ],
            )
            .spacing(6),
        );
    }
    c.into()
}

/// Flags an update resolved: the worker decides between the publisher's new value and
/// their own.
fn resolved<'a>(d: &'a Detail, locale: Locale) -> Element<'a, Message> {
    let rtl = locale.is_rtl();
    let mut c = column![].spacing(6);
    for f in &d.mine.flags {
        let FlagState::Resolved { now } = f.state(&d.record) else {
            continue;
        };
        let mut buttons = vec![
            button(widgets::label(t(locale, "detail-use-publisher")))
                .on_press(Message::Mine(Mine::Unflag(f.field, f.value.clone())))
                .style(style::tool(false))
                .into(),
        ];
        if f.correct.is_some()
            && let Some(now) = now.first()
        {
            buttons.push(
                button(widgets::label(t(locale, "detail-keep-mine")))
                    .on_press(Message::Mine(Mine::Keep(
                        f.field,
                        f.value.clone(),
                        now.clone(),
                    )))
                    .style(style::tool(false))
                    .into(),
            );
        }
        c = c.push(side(
            widgets::label(crate::present::flag_text(f, &d.record, locale)).size(style::SMALL),
            rtl,
        ));
        c = c.push(dir_row(rtl, buttons).spacing(8));
    }
    c.into()
}
