//! The root's side of the Settings screen: a change applied (language, theme, the office's
//! place) and saved.

use super::{App, Message, Notice};
use crate::i18n;
use crate::ui::work::WorkError;
use crate::ui::{settings_screen, style};
use iced::Task;

impl App {
    pub(super) fn settings_message(&mut self, m: settings_screen::Message) -> Task<Message> {
        let cx = settings_screen::Ctx {
            settings: &self.settings,
            places: settings_screen::Places {
                countries: &self.countries,
                regions: &self.regions,
            },
            locale: self.locale,
        };
        let action = self.settings_screen.update(m, &cx);
        self.settings_action(action)
    }

    pub(super) fn settings_action(&mut self, action: settings_screen::Action) -> Task<Message> {
        match action {
            settings_screen::Action::None => Task::none(),
            settings_screen::Action::Run(task) => task.map(Message::Settings),
            settings_screen::Action::StartSync => self.start_sync(),
            settings_screen::Action::Layer(settings_screen::LayerJob::ImportList) => {
                self.import_start()
            }
            settings_screen::Action::Layer(job) => self.layer_job(job),
            settings_screen::Action::Changed(settings) => {
                self.settings = *settings;
                let locale = self.settings.language.unwrap_or_else(i18n::system_locale);
                self.theme = style::theme(self.settings.theme);
                let near = self.settings.office_place();
                let research = match self.db_state.db() {
                    Some(db) if near != self.search.near => {
                        self.search.near = near;
                        self.search.search(db).map(Message::Search)
                    }
                    _ => Task::none(),
                };
                let relocalized = if locale != self.locale {
                    self.locale = locale;
                    self.search
                        .reload_detail(&self.search_cx())
                        .map(Message::Search)
                } else {
                    Task::none()
                };
                Task::batch([self.save_settings(), relocalized, research])
            }
        }
    }

    pub(super) fn save_settings(&self) -> Task<Message> {
        let settings = self.settings.clone();
        let path = self.paths.settings_file();
        Task::perform(
            crate::ui::blocking(move || {
                settings
                    .save(&path)
                    .map_err(|e| WorkError::file(path.clone(), e))
            }),
            Message::SettingsSaved,
        )
    }

    pub(super) fn settings_saved(&mut self, r: Result<(), WorkError>) -> Task<Message> {
        if let Err(e) = r {
            self.notices
                .push(Notice::error("settings-save-failed").arg("detail", e.message(self.locale)));
        }
        Task::none()
    }
}
