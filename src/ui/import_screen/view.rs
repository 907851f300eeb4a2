//! The import screen's layout: the file as Haven read it, before and after writing, mirrored
//! in Persian.

use super::{Message, Phase, State};
use crate::i18n::{Arg, Locale};
use crate::import::{Prepared, field_name};
use crate::ui::style;
use crate::ui::widgets::{bold, dir_row, heading, hint, label, side, t, ta};
use iced::widget::{button, column, container, scrollable};
use iced::{Element, Fill};

/// How many records and problems the preview lists (the counts say how many there are).
const SHOWN: usize = 12;

pub fn view<'a>(s: &'a State, locale: Locale) -> Element<'a, Message> {
    let rtl = locale.is_rtl();
    let btn = |key: &str, m: Option<Message>, primary: bool| -> Element<'a, Message> {
        let b = button(label(t(locale, key)))
            .padding([6, 12])
            .on_press_maybe(m);
        if primary {
            b.style(style::primary).into()
        } else {
            b.style(style::tool(false)).into()
        }
    };
    let mut col = column![
        heading(t(locale, "import-title"), rtl),
        hint(t(locale, "import-hint"), rtl),
    ]
    .spacing(8)
    .max_width(760);
    let bar = |items: Vec<Element<'a, Message>>| side(dir_row(rtl, items).spacing(8), rtl);
    match &s.phase {
        Phase::Start | Phase::Failed(_) => {
            if let Phase::Failed(why) = &s.phase {
                col = col.push(side(label(why.message(locale)).style(style::danger), rtl));
            }
            col = col.push(bar(vec![
                btn("import-choose", Some(Message::Choose), true),
                btn("form-cancel", Some(Message::Cancel), false),
            ]));
        }
        Phase::Reading => col = col.push(hint(t(locale, "import-reading"), rtl)),
        Phase::Preview(p) => {
            let n = p.records.len();
            let confirm = button(label(ta(
                locale,
                "import-confirm",
                &[("count", Arg::from(n))],
            )))
            .padding([6, 12])
            .on_press_maybe((n > 0).then_some(Message::Confirm))
            .style(style::primary);
            col = col.push(bar(vec![
                confirm.into(),
                btn("import-choose-other", Some(Message::Choose), false),
                btn("form-cancel", Some(Message::Cancel), false),
            ]));
            col = preview(col, p, locale, rtl, true);
        }
        Phase::Writing(p) => {
            col = col.push(hint(t(locale, "import-writing"), rtl));
            col = preview(col, p, locale, rtl, false);
        }
        Phase::Done { added, prepared } => {
            col = col.push(side(
                bold(ta(
                    locale,
                    "import-done",
                    &[
                        ("added", Arg::from(*added)),
                        ("duplicates", Arg::from(prepared.duplicates.len())),
                        ("refused", Arg::from(prepared.refused_rows)),
                    ],
                )),
                rtl,
            ));
            col = col.push(bar(vec![
                btn("import-show", Some(Message::ShowThem), true),
                btn("import-another", Some(Message::Choose), false),
            ]));
            col = problems(col, prepared, locale, rtl);
        }
    }
    container(scrollable(container(col).padding(style::PAD)).spacing(4))
        .width(Fill)
        .height(Fill)
        .style(style::panel)
        .into()
}

/// How the file was read, what each column became, the first records and every problem.
fn preview<'a>(
    mut col: iced::widget::Column<'a, Message>,
    p: &'a Prepared,
    locale: Locale,
    rtl: bool,
    summary: bool,
) -> iced::widget::Column<'a, Message> {
    col = col.push(hint(p.read.message(locale), rtl));
    if summary {
        col = col.push(side(
            bold(ta(
                locale,
                "import-summary-dry",
                &[
                    ("rows", Arg::from(p.rows)),
                    ("added", Arg::from(p.records.len())),
                    ("duplicates", Arg::from(p.duplicates.len())),
                    ("refused", Arg::from(p.refused_rows)),
                ],
            )),
            rtl,
        ));
    }
    if !p.columns.is_empty() {
        col = col.push(heading(t(locale, "import-columns"), rtl));
        for (header, field) in &p.columns {
            let became = match field {
                Some(f) => field_name(locale, *f),
                None => t(locale, "import-column-unused"),
            };
            let line = ta(
                locale,
                "import-column",
                &[
                    ("header", Arg::from(header.trim())),
                    ("field", Arg::from(became)),
                ],
            );
            let text = label(line);
            col = col.push(side(
                if field.is_some() {
                    text
                } else {
                    text.style(style::muted)
                },
                rtl,
            ));
        }
    }
    if !p.records.is_empty() {
        col = col.push(heading(t(locale, "import-first"), rtl));
        for s in p.records.iter().take(SHOWN) {
            let r = &s.record;
            // Each part its own text, so a number keeps its order inside Persian (as the
            // search results show it).
            let mut parts = vec![r.name.show(locale.code()).to_string()];
            if let Some(phone) = r.phones.first() {
                parts.push(crate::ui::widgets::ltr_text(&phone.display, rtl));
            }
            if let Some(city) = &r.city {
                parts.push(city.show(locale.code()).to_string());
            }
            for c in &r.categories {
                parts.push(t(locale, &format!("category-{}", c.key())));
            }
            let mut row: Vec<Element<'a, Message>> = Vec::new();
            for (i, part) in parts.into_iter().enumerate() {
                if i > 0 {
                    row.push(label("·").style(style::muted).into());
                }
                row.push(label(part).into());
            }
            col = col.push(side(dir_row(rtl, row).spacing(6).wrap(), rtl));
        }
    }
    problems(col, p, locale, rtl)
}

/// Refused rows, values left out and possible duplicates, each in the worker's language.
fn problems<'a>(
    mut col: iced::widget::Column<'a, Message>,
    p: &'a Prepared,
    locale: Locale,
    rtl: bool,
) -> iced::widget::Column<'a, Message> {
    let mut lines: Vec<(String, bool)> = Vec::new();
    lines.extend(p.refused.iter().map(|x| (x.message(locale), true)));
    lines.extend(p.dropped.iter().map(|x| (x.message(locale), false)));
    lines.extend(p.duplicates.iter().map(|d| (d.message(locale), false)));
    if lines.is_empty() {
        return col;
    }
    col = col.push(heading(t(locale, "import-problems"), rtl));
    let more = lines.len().saturating_sub(SHOWN * 2);
    for (line, refused) in lines.into_iter().take(SHOWN * 2) {
        let text = label(crate::i18n::strip_isolates(&line));
        col = col.push(side(
            if refused {
                text.style(style::danger)
            } else {
                text
            },
            rtl,
        ));
    }
    if more > 0 {
        col = col.push(hint(
            ta(locale, "import-more", &[("count", Arg::from(more))]),
            rtl,
        ));
    }
    col
}
