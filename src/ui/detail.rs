//! The detail pane: a record as the core presents it for the worker's screen
//! (`present::present`), laid out field by field, with its links and phones as buttons.

use super::style;
use super::widgets::{self, dir_row, field, heading, hint, side, t};
use crate::i18n::Locale;
use crate::model::Record;
use crate::present::{self, Audience, Presented, Value};
use crate::store::{Directory, StoreError};
use crate::text::Fitter;
use iced::widget::{button, column, container, rule, scrollable};
use iced::{Element, Fill};
use std::sync::Mutex;

/// The width text has in the pane: the pane less its padding and the scroll bar.
const TEXT_WIDTH: f32 = style::DETAIL_WIDTH - 2.0 * style::PAD - 36.0;

/// A record, presented and fitted to the pane when it was opened.
#[derive(Debug, Clone)]
pub struct Detail {
    pub record: Record,
    pub shown: Presented,
}

/// What the worker can do in the pane. Each is also a stop of the keyboard cursor.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Close the pane.
    Close,
    /// Put the record in the referral basket.
    AddToBasket(String),
    /// Copy a phone number to the clipboard.
    CopyPhone(String),
    /// Open a web address in the browser.
    OpenLink(String),
    /// Open another record in the pane.
    OpenRecord(String),
}

/// Loads and presents a record in `locale`, its text fitted to the pane (text that changes
/// direction is broken into lines here, once, not on every frame). Runs on the directory
/// thread.
pub fn load(
    dir: &Directory,
    id: &str,
    locale: Locale,
    today: jiff::civil::Date,
    fitter: &Mutex<Fitter>,
) -> Result<Option<Detail>, StoreError> {
    let Some(record) = dir.get(id)? else {
        return Ok(None);
    };
    let links = dir.links(&record)?;
    let mut shown = present::present(&record, &links, locale, Audience::Screen, today);
    if let Ok(mut fitter) = fitter.lock() {
        shown.title.text = fitter.fit(&shown.title.text, style::TITLE, true, TEXT_WIDTH - 30.0);
        for s in shown.texts_mut().into_iter().skip(1) {
            *s = fitter.fit(s, style::BODY, false, TEXT_WIDTH);
        }
    }
    Ok(Some(Detail { record, shown }))
}

/// The pane's actions, in the order they are drawn.
pub fn actions(d: &Detail) -> Vec<Message> {
    let mut v = vec![Message::AddToBasket(d.record.id.clone())];
    for f in &d.shown.fields {
        match &f.value {
            Value::Phones(p) => v.extend(p.iter().map(|p| Message::CopyPhone(p.number.clone()))),
            Value::Channels(c) => v.extend(
                c.iter()
                    .filter_map(|c| c.link.clone())
                    .map(Message::OpenLink),
            ),
            Value::Acts(a) => v.extend(
                a.iter()
                    .filter_map(|a| a.url.clone())
                    .map(Message::OpenLink),
            ),
            Value::Records(r) => v.extend(r.iter().map(|r| Message::OpenRecord(r.id.clone()))),
            Value::Sources(s) => v.extend(
                s.iter()
                    .filter_map(|s| s.url.clone())
                    .map(Message::OpenLink),
            ),
            Value::Text(_)
            | Value::Lines(_)
            | Value::Note(_)
            | Value::Address { .. }
            | Value::Steps(_) => {}
        }
    }
    v
}

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
    let in_basket = cx.basket.contains(&d.record.id);
    let add = Message::AddToBasket(d.record.id.clone());
    col = col.push(side(
        button(widgets::label(if in_basket {
            t(locale, "basket-in")
        } else {
            t(locale, "basket-add")
        }))
        .on_press_maybe((!in_basket).then(|| add.clone()))
        .style(style::tool(at(&add))),
        rtl,
    ));
    if let Some(stale) = &p.stale {
        col = col.push(
            container(widgets::label(stale.as_str()))
                .padding(6)
                .style(style::warning_box),
        );
    }
    for f in &p.fields {
        let value: Element<'a, Message> = match &f.value {
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
                c.into()
            }
            Value::Phones(phones) => {
                let mut c = column![].spacing(2);
                for ph in phones {
                    c = c.push(link(&ph.text, Message::CopyPhone(ph.number.clone())));
                    if let Some(n) = &ph.dial_note {
                        c = c.push(small(n));
                    }
                }
                c.push(hint(t(locale, "detail-copy-hint"), rtl)).into()
            }
            Value::Channels(list) => column(list.iter().map(|ch| match &ch.link {
                Some(u) => link(&ch.text, Message::OpenLink(u.clone())),
                None => side(widgets::label(ch.text.as_str()), rtl),
            }))
            .spacing(2)
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
                if let Some(q) = &s.quote {
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
    scrollable(container(col).padding(style::PAD))
        .spacing(4)
        .height(Fill)
        .into()
}
