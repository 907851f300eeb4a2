//! The window's frame around the screens: the top bar, the notices, the status bar, and what
//! shows when the directory cannot be opened.

use super::{App, DbState, Message, Screen};
use crate::ui::widgets::{bold, dir_row, label, side, t, ta};
use crate::ui::{search, style, sync};
use crate::usecase::StoreError;
use iced::widget::{button, column, container, space};
use iced::{Element, Fill};

impl App {
    /// The top bar: on one line where it fits; on a narrower window (or with larger text) the
    /// name and the search box on the first line and the screens' buttons on the second; on
    /// the narrowest, the search box, the referral and a menu that unfolds the screens, so
    /// the box is never pushed out of sight.
    pub(super) fn top_bar(&self, width: f32) -> Element<'_, Message> {
        let locale = self.locale;
        let rtl = locale.is_rtl();
        let tool = |label_id: &str, screen: Screen| -> Element<'_, Message> {
            button(label(t(locale, label_id)))
                .padding([6, 12])
                .on_press(Message::Show(screen))
                .style(style::tool(self.screen == screen))
                .into()
        };
        let screens = || {
            vec![
                tool("nav-search", Screen::Search),
                tool("nav-add", Screen::Form),
                tool("nav-settings", Screen::Settings),
                tool("nav-about", Screen::About),
            ]
        };
        let basket = &self.referral.basket;
        let basket = if basket.is_empty() {
            t(locale, "basket-title")
        } else {
            ta(locale, "basket-count", &[("count", basket.len().into())])
        };
        let name: Element<'_, Message> = bold(t(locale, "app-name")).size(style::TITLE).into();
        let search_box = search::search_box(&self.search, locale).map(Message::Search);
        let basket: Element<'_, Message> = button(label(basket))
            .padding([6, 12])
            .on_press(Message::Show(Screen::Referral))
            .style(style::tool(self.screen == Screen::Referral))
            .into();
        fn line(rtl: bool, items: Vec<Element<'_, Message>>) -> iced::widget::Row<'_, Message> {
            dir_row(rtl, items)
                .spacing(style::SPACE)
                .align_y(iced::Center)
        }
        let bar: Element<'_, Message> = if width >= 900.0 {
            let mut items = vec![name, search_box, basket];
            items.extend(screens());
            line(rtl, items).into()
        } else if width >= 560.0 {
            let mut items = vec![basket];
            items.extend(screens());
            column![line(rtl, vec![name, search_box]), line(rtl, items)]
                .spacing(style::SPACE)
                .into()
        } else {
            let menu = button(label(t(locale, "nav-menu")))
                .padding([6, 12])
                .on_press(Message::ToggleMenu)
                .style(style::tool(self.menu_open))
                .into();
            let mut c = column![line(rtl, vec![search_box, basket, menu])].spacing(style::SPACE);
            if self.menu_open {
                let mut s = screens();
                let rest = s.split_off(2);
                c = c.push(line(rtl, s)).push(line(rtl, rest));
            }
            c.into()
        };
        container(bar)
            .padding(style::SPACE)
            .width(Fill)
            .style(style::bar)
            .into()
    }

    pub(super) fn notices_view(&self) -> Element<'_, Message> {
        let locale = self.locale;
        let rtl = locale.is_rtl();
        let error = self.notices.iter().any(|n| n.is_error());
        let lines = column(
            self.notices
                .iter()
                .map(|n| side(label(n.render(locale)), rtl)),
        )
        .spacing(4)
        .width(Fill);
        let close = button(label(t(locale, "notice-dismiss")))
            .on_press(Message::DismissNotices)
            .style(style::link(false));
        container(dir_row(rtl, vec![lines.into(), close.into()]).spacing(style::SPACE))
            .padding(style::SPACE)
            .width(Fill)
            .style(move |th| style::notice(th, error))
            .into()
    }

    /// The status line; the screen's keys beside it where there is room for them.
    pub(super) fn status_bar(&self, roomy: bool) -> Element<'_, Message> {
        let locale = self.locale;
        let rtl = locale.is_rtl();
        let state = match &self.db_state {
            DbState::Opening(_) => t(locale, "status-opening"),
            DbState::Ready(_) => match &self.search.results {
                Some(r) => ta(locale, "search-count", &[("count", r.total.into())]),
                None => t(locale, "search-loading"),
            },
            DbState::Failed(_) => t(locale, "status-failed"),
        };
        // The keys of the screen in front.
        let hint = t(
            locale,
            match self.screen {
                Screen::Search => "status-keys",
                Screen::Referral => "status-keys-referral",
                Screen::Form => "status-keys-form",
                Screen::Settings => "status-keys-settings",
                Screen::Import => "status-keys-import",
                Screen::About => "status-keys-about",
            },
        );
        let mut items = vec![label(state).size(style::SMALL).into()];
        if let Some(s) = sync::status(&self.sync, locale) {
            items.push(label("·").size(style::SMALL).into());
            items.push(s.map(Message::SyncBar));
        }
        if roomy {
            items.push(space::horizontal().into());
            items.push(label(hint).size(style::SMALL).style(style::muted).into());
        }
        container(
            dir_row(rtl, items)
                .spacing(style::SPACE)
                .align_y(iced::Center),
        )
        .padding([4.0, style::SPACE])
        .width(Fill)
        .style(style::bar)
        .into()
    }

    pub(super) fn failed_view<'a>(&'a self, error: &'a StoreError) -> Element<'a, Message> {
        let locale = self.locale;
        let rtl = locale.is_rtl();
        column![
            side(bold(t(locale, "db-failed-title")).size(style::TITLE), rtl),
            side(label(error.message(locale)), rtl),
            side(
                label(ta(
                    locale,
                    "db-failed-what-to-do",
                    &[(
                        "path",
                        self.paths.directory_db().display().to_string().into()
                    )]
                )),
                rtl
            ),
            side(
                button(label(t(locale, "db-rebuild")))
                    .on_press(Message::RebuildDirectory)
                    .style(style::primary),
                rtl
            ),
        ]
        .spacing(12)
        .padding(style::PAD * 2.0)
        .into()
    }
}
