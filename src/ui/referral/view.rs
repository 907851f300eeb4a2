//! The composer's view: the basket, the sheet's options, and the preview drawn from the
//! PDF's own layout.

use super::keys::{NOTE_ID, Stop};
use super::{Message, State, Status};
use crate::i18n::Locale;
use crate::present;
use crate::referral::{self, Item};
use crate::settings::{Office, Paper};
use crate::ui::style;
use crate::ui::widgets::{bold, dir_row, heading, hint, label, side, t, ta};
use iced::widget::{
    Space, button, column, container, pin, row, scrollable, stack, text, text_editor,
};
use iced::{Color, Element, Fill};

/// How big the preview draws a page: pixels per PDF point.
const PREVIEW_SCALE: f32 = 0.85;

#[derive(Clone, Copy)]
pub struct ViewCtx<'a> {
    pub locale: Locale,
    pub paper: Paper,
    pub office: &'a Office,
}

/// What the keyboard cursor is on, drawn with a ring; the same space kept around the others.
fn ring<'a>(e: impl Into<Element<'a, Message>>, on: bool) -> Element<'a, Message> {
    container(e).padding(2).style(style::focus_ring(on)).into()
}

/// The composer: the basket and the sheet's options beside the preview; on a narrow window
/// (or with large text) all in one column, Save and Print first, the preview last.
pub fn view<'a>(state: &'a State, cx: &ViewCtx<'a>) -> Element<'a, Message> {
    let cx = *cx;
    iced::widget::responsive(move |size| composer(state, &cx, size.width < 700.0)).into()
}

fn composer<'a>(state: &'a State, cx: &ViewCtx<'a>, narrow: bool) -> Element<'a, Message> {
    let locale = cx.locale;
    let rtl = locale.is_rtl();
    let at = state.at(state.dead_numbers());
    let on = |s: Stop| at.as_ref() == Some(&s);

    // The basket.
    let mut basket = column![heading(t(locale, "referral-basket"), rtl)].spacing(6);
    if state.records.is_empty() {
        basket = basket.push(side(
            label(t(locale, "referral-empty")).style(style::muted),
            rtl,
        ));
    }
    let n = state.records.len();
    for (i, r) in state.records.iter().enumerate() {
        let (name, _) = present::names(r, locale);
        let tools = row![
            ring(
                button(label(t(locale, "referral-up")).size(style::SMALL))
                    .on_press_maybe((i > 0).then_some(Message::Move(i, -1)))
                    .style(style::tool(false)),
                on(Stop::Up(i))
            ),
            ring(
                button(label(t(locale, "referral-down")).size(style::SMALL))
                    .on_press_maybe((i + 1 < n).then_some(Message::Move(i, 1)))
                    .style(style::tool(false)),
                on(Stop::Down(i))
            ),
            ring(
                button(label(t(locale, "referral-remove")).size(style::SMALL))
                    .on_press(Message::Remove(i))
                    .style(style::tool(false)),
                on(Stop::Remove(i))
            ),
        ]
        .spacing(2);
        let mut entry = column![
            side(bold(format!("{}. {name}", i + 1)).size(style::SMALL), rtl),
            side(tools, rtl)
        ]
        .spacing(4);
        // The office's note stays the office's unless ticked, for this sheet only.
        if state.mine.get(&r.id).is_some_and(|m| m.note.is_some()) {
            let id = r.id.clone();
            entry = entry.push(side(
                ring(
                    iced::widget::checkbox(state.share_notes.contains(&r.id))
                        .label(t(locale, "referral-share-note"))
                        .on_toggle(move |on| Message::ShareNote(id.clone(), on))
                        .size(14)
                        .text_size(style::SMALL),
                    on(Stop::ShareNote(i)),
                ),
                rtl,
            ));
        }
        basket = basket.push(container(entry).padding(6).width(Fill).style(style::card));
    }
    // One step back for what one press took out.
    if let Some(super::keys::Removed(taken)) = &state.undo {
        let said = if taken.len() == 1 {
            t(locale, "referral-removed-one")
        } else {
            ta(
                locale,
                "referral-removed-all",
                &[("count", taken.len().into())],
            )
        };
        basket = basket.push(side(
            row![
                label(said).size(style::SMALL),
                ring(
                    button(label(t(locale, "referral-undo")).size(style::SMALL))
                        .on_press(Message::Undo)
                        .style(style::tool(false)),
                    on(Stop::Undo)
                )
            ]
            .spacing(6)
            .align_y(iced::Center),
            rtl,
        ));
    }
    if n > 0 {
        basket = basket.push(side(
            ring(
                button(label(t(locale, "referral-clear")))
                    .on_press(Message::Clear)
                    .style(style::link(false)),
                on(Stop::Clear),
            ),
            rtl,
        ));
    }

    // The options.
    let langs = dir_row(
        rtl,
        Locale::ALL
            .iter()
            .map(|l| {
                button(label(l.native_name()))
                    .padding([4, 8])
                    .on_press(Message::SheetLanguage(*l))
                    .style(style::chip(state.sheet_locale == *l, false))
                    .into()
            })
            .collect(),
    )
    .spacing(4)
    .wrap();
    let papers = dir_row(
        rtl,
        [(Paper::A4, "paper-a4"), (Paper::Letter, "paper-letter")]
            .into_iter()
            .map(|(p, id)| {
                button(label(t(locale, id)))
                    .padding([4, 8])
                    .on_press(Message::Paper(p))
                    .style(style::chip(cx.paper == p, false))
                    .into()
            })
            .collect(),
    )
    .spacing(4);
    let office = if cx.office.name.trim().is_empty() {
        t(locale, "referral-no-office")
    } else {
        [&cx.office.name, &cx.office.address, &cx.office.phone]
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let note = text_editor(&state.note)
        .id(NOTE_ID)
        .placeholder(t(locale, "referral-note-placeholder"))
        .on_action(Message::Note)
        .height(110)
        .font(crate::ui::widgets::font_for(&state.note_text(), false));
    let ready = n > 0 && state.status != Some(Status::Working);
    let actions = dir_row(
        rtl,
        vec![
            ring(
                button(label(t(locale, "referral-save")))
                    .padding([6, 12])
                    .on_press_maybe(ready.then_some(Message::Save))
                    .style(style::primary),
                on(Stop::Save),
            ),
            ring(
                button(label(t(locale, "referral-print")))
                    .padding([6, 12])
                    .on_press_maybe(ready.then_some(Message::Print))
                    .style(style::tool(false)),
                on(Stop::Print),
            ),
        ],
    )
    .spacing(8);
    let status: Option<Element<'a, Message>> = state.status.as_ref().map(|s| {
        let (text, error) = match s {
            Status::Working => (t(locale, "referral-working"), false),
            Status::Saved(p) => (
                ta(
                    locale,
                    "referral-saved",
                    &[("path", p.display().to_string().into())],
                ),
                false,
            ),
            Status::Printed(super::work::Printed::Queued(job)) => (
                ta(locale, "referral-printed", &[("job", job.as_str().into())]),
                false,
            ),
            Status::Printed(super::work::Printed::InViewer(path)) => (
                ta(
                    locale,
                    "referral-in-viewer",
                    &[("path", path.display().to_string().into())],
                ),
                false,
            ),
            Status::Failed(e) => (
                ta(
                    locale,
                    "referral-failed",
                    &[("detail", e.message(locale).into())],
                ),
                true,
            ),
            Status::Unloaded(e) => (e.message(locale), true),
        };
        let l = label(text);
        side(if error { l.style(style::danger) } else { l }, rtl)
    });
    // Records an update removed since they were put in the basket: said, never dropped
    // silently.
    let left_out: Option<Element<'a, Message>> = (!state.left_out.is_empty()).then(|| {
        let ids = state.left_out.join(", ");
        side(
            label(ta(locale, "referral-left-out", &[("ids", ids.into())])).style(style::danger),
            rtl,
        )
    });
    // An entry the client would have no number to call for: said before the sheet is made,
    // with the related records that have one, each added with one press.
    let mut unreachable = column![].spacing(4);
    for u in &state.unreachable {
        let lines = u.message(locale);
        let last = lines.len() - 1;
        for (i, line) in lines.into_iter().enumerate() {
            let l = label(line).size(style::SMALL);
            unreachable =
                unreachable.push(side(if i == 0 { l.style(style::danger) } else { l }, rtl));
            if let Some((id, name, _)) = (i > 0 && i < last).then(|| &u.offers[i - 1]) {
                let add = ta(
                    locale,
                    "referral-add-offer",
                    &[("name", present::text(name, locale).into())],
                );
                unreachable = unreachable.push(side(
                    button(label(add).size(style::SMALL))
                        .on_press(Message::Add(id.clone()))
                        .style(style::tool(false)),
                    rtl,
                ));
            }
        }
    }
    // Offered only when a number on the sheet is reported dead: by default it is left off,
    // and the composer says which and why.
    let dead: Vec<String> = state
        .records
        .iter()
        .flat_map(|r| {
            let mine = state.mine.get(&r.id).cloned().unwrap_or_default();
            let name = present::names(r, locale).0;
            r.phones
                .iter()
                .filter_map(move |p| {
                    let on = present::dial(r, &mine, p).reported?;
                    Some(ta(
                        locale,
                        "referral-number-left-off",
                        &[
                            ("number", crate::i18n::ltr(&p.display).into()),
                            ("name", name.clone().into()),
                            ("date", present::date(on, locale).into()),
                        ],
                    ))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let print_flagged: Option<Element<'a, Message>> = (!dead.is_empty()).then(|| {
        let text = t(locale, "referral-print-flagged");
        let font = crate::ui::widgets::font_for(&text, false);
        let mut c = column![side(
            ring(
                iced::widget::checkbox(state.print_flagged)
                    .label(text)
                    .font(font)
                    .on_toggle(Message::PrintFlagged),
                on(Stop::PrintFlagged),
            ),
            rtl,
        )]
        .spacing(4);
        if !state.print_flagged {
            for line in dead {
                c = c.push(side(
                    label(line).size(style::SMALL).style(style::muted),
                    rtl,
                ));
            }
        }
        c.into()
    });
    let options = column![
        heading(t(locale, "referral-sheet-language"), rtl),
        side(ring(langs, on(Stop::Language)), rtl),
        hint(t(locale, "referral-sheet-language-hint"), rtl),
        heading(t(locale, "settings-paper"), rtl),
        side(ring(papers, on(Stop::Paper)), rtl),
        heading(t(locale, "settings-office"), rtl),
        side(label(office).size(style::SMALL), rtl),
        heading(t(locale, "referral-note"), rtl),
        hint(t(locale, "referral-note-hint"), rtl),
        ring(crate::ui::guard::guard(note), on(Stop::Note)),
    ]
    .push(print_flagged)
    .spacing(8);

    // Save and Print first, with what the composer has to say: above the preview, or at the
    // head of the one column.
    let mut top = column![side(actions, rtl)].spacing(6);
    if let Some(s) = status {
        top = top.push(s);
    }
    if let Some(l) = left_out {
        top = top.push(l);
    }
    if !state.unreachable.is_empty() {
        top = top.push(unreachable);
    }
    if narrow {
        let all = column![top, basket, options, preview(state, locale)].spacing(18);
        return container(scrollable(all).spacing(4))
            .width(Fill)
            .height(Fill)
            .padding(style::PAD)
            .style(style::panel)
            .into();
    }
    let left = container(scrollable(column![basket, options].spacing(18)).spacing(4))
        .width(360)
        .height(Fill)
        .padding(style::PAD)
        .style(style::panel);
    let right = container(column![top, preview(state, locale)].spacing(8))
        .width(Fill)
        .height(Fill)
        .padding(style::PAD)
        .style(style::panel);
    dir_row(rtl, vec![left.into(), right.into()])
        .spacing(style::SPACE)
        .height(Fill)
        .into()
}

/// The preview: the very lines and boxes the PDF draws, placed at the same positions.
fn preview<'a>(state: &'a State, locale: Locale) -> Element<'a, Message> {
    let rtl = locale.is_rtl();
    let Some(pages) = &state.preview else {
        let msg = match (&state.preview_error, state.records.is_empty()) {
            (Some(e), _) => e.message(locale),
            (None, true) => t(locale, "referral-empty"),
            (None, false) => t(locale, "referral-working"),
        };
        return side(label(msg), rtl);
    };
    let i = state.page.min(pages.len().saturating_sub(1));
    let Some(page) = pages.get(i) else {
        return Space::new().into();
    };
    let s = PREVIEW_SCALE;
    let mut layers: Vec<Element<'a, Message>> = vec![
        container(Space::new().width(page.width * s).height(page.height * s))
            .style(|_| container::Style::default().background(Color::WHITE))
            .into(),
    ];
    for item in &page.items {
        match item {
            Item::Line(line) => {
                let font = style::font(line.face);
                let gray = if line.muted { 0.33 } else { 0.0 };
                layers.push(
                    pin(text(line.visible.clone())
                        .font(font)
                        .size(line.size * s)
                        .line_height(iced::widget::text::LineHeight::Absolute(
                            (line.height * s).into(),
                        ))
                        .wrapping(iced::widget::text::Wrapping::None)
                        .color(Color::from_rgb(gray, gray, gray)))
                    .position(iced::Point::new(line.ink_x * s, line.top * s))
                    .into(),
                );
            }
            Item::Fill { x, y, w, h, gray } => {
                let g = f32::from(*gray) / 255.0;
                layers.push(
                    pin(
                        container(Space::new().width(w * s).height((h * s).max(1.0))).style(
                            move |_| {
                                container::Style::default().background(Color::from_rgb(g, g, g))
                            },
                        ),
                    )
                    .position(iced::Point::new(x * s, y * s))
                    .into(),
                );
            }
            Item::Frame { x, y, w, h } => {
                layers.push(
                    pin(
                        container(Space::new().width(w * s).height(h * s)).style(|_| {
                            container::Style::default().border(
                                iced::border::width(1).color(Color::from_rgb(0.35, 0.35, 0.35)),
                            )
                        }),
                    )
                    .position(iced::Point::new(x * s, y * s))
                    .into(),
                );
            }
            Item::Qr {
                x,
                y,
                size,
                n,
                modules,
                ..
            } => {
                let quiet = referral::qr::QR_QUIET;
                let m = size * s / (*n + 2 * quiet) as f32;
                for (r, start, len) in referral::qr::qr_runs(*n, modules) {
                    layers.push(
                        pin(container(Space::new().width(len as f32 * m).height(m))
                            .style(|_| container::Style::default().background(Color::BLACK)))
                        .position(iced::Point::new(
                            x * s + (start + quiet) as f32 * m,
                            y * s + (r + quiet) as f32 * m,
                        ))
                        .into(),
                    );
                }
            }
        }
    }
    let page_view =
        container(stack(layers).width(page.width * s).height(page.height * s)).style(|_| {
            container::Style::default()
                .border(iced::border::width(1).color(Color::from_rgb(0.6, 0.6, 0.6)))
        });
    let nav = dir_row(
        rtl,
        vec![
            button(label(crate::ui::widgets::back(rtl)))
                .on_press_maybe((i > 0).then(|| Message::PreviewPage(i - 1)))
                .style(style::tool(false))
                .into(),
            label(ta(
                locale,
                "referral-preview-page",
                &[("page", (i + 1).into()), ("pages", pages.len().into())],
            ))
            .into(),
            button(label(crate::ui::widgets::forward(rtl)))
                .on_press_maybe((i + 1 < pages.len()).then(|| Message::PreviewPage(i + 1)))
                .style(style::tool(false))
                .into(),
        ],
    )
    .spacing(8)
    .align_y(iced::Center);
    column![
        side(nav, rtl),
        scrollable(container(page_view).padding(4))
            .spacing(4)
            .height(Fill),
    ]
    .spacing(8)
    .into()
}
