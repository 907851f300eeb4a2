//! The window's view: the frame (top bar, notices, status line) around the current screen,
//! following the window's size in the interface's units.

use super::{App, DbState, Message, Screen};
use crate::ui::{about, import_screen, local_form, referral, search, settings_screen, style};
use iced::widget::{column, container};
use iced::{Element, Fill};

impl App {
    pub fn view(&self) -> Element<'_, Message> {
        // The frame around the screen follows the window's size in the interface's units (a
        // small screen or large text): the top bar folds, the status line drops the keys.
        iced::widget::responsive(move |size| {
            let mut col = column![self.top_bar(size.width)].spacing(style::SPACE);
            if !self.notices.is_empty() {
                col = col.push(self.notices_view());
            }
            let roomy = size.width >= 700.0 && size.height >= 420.0;
            let body = container(self.screen_view())
                .padding([0.0, style::SPACE])
                .height(Fill);
            col.push(body).push(self.status_bar(roomy)).into()
        })
        .into()
    }

    /// The current screen.
    fn screen_view(&self) -> Element<'_, Message> {
        let locale = self.locale;
        match (&self.db_state, self.screen) {
            (DbState::Failed(e), _) => self.failed_view(e),
            (_, Screen::Search) => {
                let cx = search::ViewCtx {
                    locale,
                    today: self.today,
                    now: self.search.asked_at,
                    regions: &self.regions,
                    basket: &self.referral.basket,
                };
                search::view(&self.search, &cx).map(Message::Search)
            }
            (_, Screen::Settings) => self
                .settings_screen
                .view(&settings_screen::ViewCtx {
                    settings: &self.settings,
                    places: settings_screen::Places {
                        countries: &self.countries,
                        regions: &self.regions,
                    },
                    locale,
                    syncing: self.sync.running.is_some(),
                    ready: self.db_state.is_ready(),
                })
                .map(Message::Settings),
            (_, Screen::About) => about::view(
                self.about.as_ref(),
                (&self.paths.data_dir, self.paths.portable),
                locale,
            ),
            (_, Screen::Form) => self
                .form
                .view(&local_form::ViewCtx { locale })
                .map(Message::Form),
            (_, Screen::Import) => self
                .import
                .view(&import_screen::ViewCtx { locale })
                .map(Message::Import),
            (_, Screen::Referral) => referral::view(
                &self.referral,
                &referral::ViewCtx {
                    locale,
                    paper: self.settings.paper,
                    office: &self.settings.office,
                },
            )
            .map(Message::Referral),
        }
    }
}
