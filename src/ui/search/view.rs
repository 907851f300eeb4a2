//! The search screen's view: the filters, the result cards and the detail pane beside them.

use super::{CARD_SPACING, Facet, Message, Pane, RESULTS_ID, SEARCH_ID, State};
use crate::i18n::Locale;
use crate::model::{Record, Text};
use crate::present;
use crate::ui::detail;
use crate::ui::style;
use crate::ui::widgets::{bold, dir_row, hint, label, ltr_text, side, t, ta};
use iced::widget::{button, column, container, scrollable, space, text_input};
use iced::{Element, Fill};
use std::collections::HashMap;

/// A facet value's label in `locale`.
pub fn facet_label(f: &Facet, locale: Locale, regions: &HashMap<String, Text>) -> String {
    match f {
        Facet::Country(c) => present::country(c, locale),
        Facet::Region(g) => regions
            .get(g)
            .map(|t| present::text(t, locale).to_string())
            .unwrap_or_else(|| g.clone()),
        Facet::Category(c) => t(locale, &format!("category-{}", c.key())),
        Facet::Target(tg) => t(locale, &format!("target-{}", tg.key())),
        Facet::Language(l) => present::language(l, locale),
        Facet::Mark(m) => t(
            locale,
            match *m {
                crate::layer::marks::FAVOURITE => "filters-favourites",
                crate::layer::marks::LOCAL => "filters-local",
                _ => "filters-flagged",
            },
        ),
        Facet::OpenNow => t(locale, "filter-open-now"),
        Facet::AlwaysOpen => t(locale, "filter-always-open"),
    }
}

/// Everything a view needs besides the screen's own state.
#[derive(Clone, Copy)]
pub struct ViewCtx<'a> {
    pub locale: Locale,
    pub today: jiff::civil::Date,
    /// What "open now" means on the cards: the moment the results were asked for.
    pub now: jiff::Timestamp,
    pub regions: &'a HashMap<String, Text>,
    pub basket: &'a [String],
}

/// How much of the screen the panes share, from the width the window gives them (in the
/// interface's own units, so large text counts as a narrower window).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Filters, results and the open record side by side.
    Wide,
    /// Results and the open record; the filters fold away behind a button.
    Medium,
    /// One pane at a time: the results, or the open record with a way back, or the filters.
    Narrow,
}

impl Layout {
    pub fn for_width(width: f32) -> Layout {
        if width >= 1000.0 {
            Layout::Wide
        } else if width >= 660.0 {
            Layout::Medium
        } else {
            Layout::Narrow
        }
    }
}

pub fn view<'a>(state: &'a State, cx: &ViewCtx<'a>) -> Element<'a, Message> {
    let cx = *cx;
    iced::widget::responsive(move |size| panes(state, &cx, Layout::for_width(size.width))).into()
}

fn panes<'a>(state: &'a State, cx: &ViewCtx<'a>, layout: Layout) -> Element<'a, Message> {
    let locale = cx.locale;
    let rtl = locale.is_rtl();
    let pane_style = |p: Pane| {
        if state.pane == p {
            style::panel_focused
        } else {
            style::panel
        }
    };
    let filters_shown = layout == Layout::Wide || state.filters_open;
    let filters = || {
        let mut c = column![];
        if layout != Layout::Wide {
            // Folded filters close the way they opened, with the same button.
            c = c.push(side(filters_button(state, cx), rtl));
        }
        container(
            c.push(scrollable(filters_view(state, cx)).spacing(4).height(Fill))
                .spacing(style::SPACE),
        )
        .width(if layout == Layout::Narrow {
            iced::Length::Fill
        } else {
            iced::Length::Fixed(style::FILTER_WIDTH)
        })
        .height(Fill)
        .padding(style::PAD)
        .style(pane_style(Pane::Filters))
    };
    let results = || {
        container(results_view(state, cx, layout))
            .width(Fill)
            .height(Fill)
            .padding(style::PAD)
            .style(pane_style(Pane::Results))
    };
    let detail = |d: &'a detail::Detail| {
        let pane = detail::view(
            d,
            &detail::ViewCtx {
                locale,
                basket: cx.basket,
                cursor: (state.pane == Pane::Detail).then_some(state.detail_cursor),
            },
        )
        .map(Message::Detail);
        let body: Element<'a, Message> = if layout == Layout::Narrow {
            // One pane at a time: the way back to the results is the first thing in it.
            column![
                side(
                    button(label(t(locale, "search-back-to-results")))
                        .padding([6, 12])
                        .on_press(Message::CloseDetail)
                        .style(style::tool(false)),
                    rtl
                ),
                pane
            ]
            .spacing(style::SPACE)
            .into()
        } else {
            pane
        };
        container(body)
            .width(if layout == Layout::Narrow {
                iced::Length::Fill
            } else {
                iced::Length::Fixed(style::DETAIL_WIDTH)
            })
            .height(Fill)
            .style(pane_style(Pane::Detail))
    };
    let mut panes: Vec<Element<'a, Message>> = Vec::new();
    match layout {
        Layout::Wide => {
            panes.push(filters().into());
            panes.push(results().into());
            if let Some(d) = &state.detail {
                panes.push(detail(d).into());
            }
        }
        Layout::Medium => {
            if filters_shown {
                panes.push(filters().into());
            }
            panes.push(results().into());
            if let Some(d) = state.detail.as_deref().filter(|_| !filters_shown) {
                panes.push(detail(d).into());
            }
        }
        Layout::Narrow => panes.push(match (&state.detail, filters_shown) {
            (_, true) => filters().into(),
            (Some(d), false) => detail(d).into(),
            (None, false) => results().into(),
        }),
    }
    dir_row(rtl, panes)
        .spacing(style::SPACE)
        .height(Fill)
        .into()
}

/// The button that unfolds (and folds) the filters where they do not fit beside the results:
/// it says how many are on.
fn filters_button<'a>(state: &'a State, cx: &ViewCtx<'a>) -> Element<'a, Message> {
    let on = state.active_filters();
    let text = if state.filters_open {
        t(cx.locale, "search-filters-hide")
    } else {
        ta(cx.locale, "search-filters-show", &[("count", on.into())])
    };
    button(label(text))
        .padding([4, 10])
        .on_press(Message::ToggleFilters)
        .style(style::tool(state.filters_open))
        .into()
}

/// The search box, for the top bar.
pub fn search_box<'a>(state: &'a State, locale: Locale) -> Element<'a, Message> {
    let rtl = locale.is_rtl();
    let placeholder = t(locale, "search-placeholder");
    let font = crate::ui::widgets::font_for(
        if state.query.is_empty() {
            &placeholder
        } else {
            &state.query
        },
        false,
    );
    let mut input = text_input(&placeholder, &state.query)
        .id(SEARCH_ID)
        .on_input(Message::QueryChanged)
        .on_submit(Message::Submit)
        .padding(8)
        .size(style::HEADING)
        .font(font)
        .style(style::search_box);
    if rtl {
        input = input.align_x(iced::Right);
    }
    crate::ui::guard::guard(input)
}

fn filters_view<'a>(state: &'a State, cx: &ViewCtx<'a>) -> Element<'a, Message> {
    let locale = cx.locale;
    let rtl = locale.is_rtl();
    let mut col = column![].spacing(4).width(Fill);
    col = col.push(crate::ui::widgets::heading(t(locale, "filters-title"), rtl));
    // Always there (greyed while no filter is on), so choosing the first filter does not
    // push the list down under the pointer.
    col = col.push(side(
        button(label(t(locale, "filters-clear")).size(style::SMALL))
            .on_press_maybe((!state.filters.is_empty()).then_some(Message::ClearFilters))
            .style(style::link(false)),
        rtl,
    ));
    let list = state.facet_list();
    if list.is_empty() {
        col = col.push(side(
            label(t(locale, "filters-none")).style(style::muted),
            rtl,
        ));
    }
    let mut last_group = "";
    for (i, (facet, n)) in list.into_iter().enumerate() {
        let group = match facet {
            Facet::Country(_) => "filters-country",
            Facet::Region(_) => "filters-region",
            Facet::Category(_) => "filters-category",
            Facet::Target(_) => "filters-target",
            Facet::Language(_) => "filters-language",
            Facet::Mark(_) => "filters-mine",
            Facet::OpenNow | Facet::AlwaysOpen => "filter-hours",
        };
        if group != last_group {
            col = col.push(space().height(6));
            col = col.push(side(
                bold(t(locale, group))
                    .size(style::SMALL)
                    .style(style::muted),
                rtl,
            ));
            last_group = group;
        }
        let active = state.is_active(&facet);
        let cursor = state.pane == Pane::Filters && state.filter_cursor == i;
        let name = facet_label(&facet, locale, cx.regions);
        let mark = if active { "• " } else { "" };
        let content = dir_row(
            rtl,
            vec![
                side(label(format!("{mark}{name}")), rtl),
                label(ltr_text(&crate::i18n::number(n, locale), rtl))
                    .size(style::SMALL)
                    .into(),
            ],
        )
        .spacing(4);
        col = col.push(
            button(content)
                .width(Fill)
                .padding([3, 6])
                .on_press(Message::ToggleFacet(facet))
                .style(style::chip(active, cursor)),
        );
    }
    col.into()
}

fn results_view<'a>(state: &'a State, cx: &ViewCtx<'a>, layout: Layout) -> Element<'a, Message> {
    let locale = cx.locale;
    let rtl = locale.is_rtl();
    let Some(results) = &state.results else {
        let msg = if let Some(e) = &state.error {
            ta(locale, "search-error", &[("detail", e.as_str().into())])
        } else {
            t(locale, "search-loading")
        };
        return side(label(msg), rtl);
    };
    let count = ta(locale, "search-count", &[("count", results.total.into())]);
    let mut head = vec![bold(count).into()];
    if layout != Layout::Wide {
        head.push(filters_button(state, cx));
    }
    if state.searching {
        head.push(label(t(locale, "search-busy")).style(style::muted).into());
    }
    if let Some(e) = &state.error {
        head.push(
            label(ta(locale, "search-error", &[("detail", e.as_str().into())]))
                .style(style::danger)
                .into(),
        );
    }
    let header = side(dir_row(rtl, head).spacing(style::SPACE), rtl);

    if results.hits.is_empty() {
        let hint = column![
            side(
                label(t(locale, "search-empty-title")).size(style::HEADING),
                rtl
            ),
            side(
                label(t(locale, "search-empty-hint")).style(style::muted),
                rtl
            ),
            side(label(t(locale, "search-empty-examples")), rtl),
        ]
        .spacing(6);
        return column![header, hint].spacing(style::SPACE).into();
    }

    let cards = column(results.hits.iter().enumerate().map(|(i, hit)| {
        result_card(
            &hit.record,
            hit.marks,
            hit.open,
            i,
            state.selected == Some(i),
            cx.basket.contains(&hit.record.id),
            cx,
        )
    }))
    .spacing(CARD_SPACING);
    let list = scrollable(cards)
        .id(RESULTS_ID)
        .spacing(4)
        .height(Fill)
        .on_scroll(|v| {
            Message::Scrolled(
                v.absolute_offset().y,
                v.bounds().height,
                v.content_bounds().height,
            )
        });
    column![header, list].spacing(style::SPACE).into()
}

fn result_card<'a>(
    r: &'a Record,
    marks: u8,
    open: crate::model::open::OpenState,
    i: usize,
    selected: bool,
    in_basket: bool,
    cx: &ViewCtx<'a>,
) -> Element<'a, Message> {
    let locale = cx.locale;
    let rtl = locale.is_rtl();
    let (name, original) = present::names(r, locale);
    // Each name reads in its own language's direction (a Persian name that begins with a
    // Latin word stays right to left, its lines to the right, in either window).
    let name_lang = r.name.best(locale.code()).0;
    let mut lines: Vec<Element<'a, Message>> =
        vec![side(bold(crate::i18n::directed(&name, name_lang)), rtl)];
    if let Some(o) = original {
        lines.push(hint(crate::i18n::directed(&o, &r.name.orig), rtl));
    }
    let mut meta: Vec<Element<'a, Message>> = vec![
        label(format!(
            "{} · {}",
            present::categories(r, locale),
            present::place(r, locale)
        ))
        .size(style::SMALL)
        .into(),
    ];
    if let Some(p) = r.main_phone() {
        meta.push(
            label(format!(
                "{} {}",
                t(locale, "phone-short"),
                ltr_text(&p.display, rtl)
            ))
            .size(style::SMALL)
            .into(),
        );
    }
    if let Some(status) = present::open_status(r, open, cx.now, locale) {
        meta.push(label(status).size(style::SMALL).into());
    }
    // Warnings (due for re-check, removed by the publisher, a value reported wrong) in the
    // warning colours; the worker's marks (a favourite, a note, the office's own) as marks.
    let mut badges: Vec<(&str, bool)> = Vec::new();
    if r.is_stale(cx.today) {
        badges.push(("field-stale-short", true));
    }
    // The worker's marks, as words (the same as the command line's).
    for (bit, id) in crate::layer::marks::WORDS {
        if marks & bit != 0 {
            let warning =
                bit == crate::layer::marks::REMOVED || bit == crate::layer::marks::FLAGGED;
            badges.push((id, warning));
        }
    }
    for (id, warning) in badges {
        meta.push(
            container(label(t(locale, id)).size(style::SMALL))
                .padding([0, 6])
                .style(if warning { style::badge } else { style::mark })
                .into(),
        );
    }
    lines.push(side(dir_row(rtl, meta).spacing(style::SPACE).wrap(), rtl));
    let basket_label = if in_basket {
        t(locale, "basket-in")
    } else {
        t(locale, "basket-add")
    };
    let add = button(label(basket_label).size(style::SMALL))
        .padding([2, 8])
        .on_press_maybe((!in_basket).then(|| Message::AddToBasket(r.id.clone())))
        .style(style::tool(false));
    let body = dir_row(
        rtl,
        vec![column(lines).spacing(2).width(Fill).into(), add.into()],
    )
    .spacing(style::SPACE);
    button(container(body).padding(8).width(Fill).style(if selected {
        style::card_selected
    } else {
        style::card
    }))
    .padding(0)
    .style(style::card_button)
    .on_press(Message::Open(i))
    .into()
}
