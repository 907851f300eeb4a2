//! Notices: what the window tells the worker at the top, translated when drawn so they follow
//! a language switch.

use crate::i18n::{self, Arg, Locale};
use crate::settings::SettingsProblem;
use crate::usecase::{LayerEvent, OpenEvent};
use std::path::Path;

#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A Fluent message with its arguments.
    Text {
        id: String,
        /// Typed: numbers are formatted in the reader's locale when drawn.
        args: Vec<(String, Arg)>,
        error: bool,
    },
    /// What opening the directory did (the core words it).
    Opened(OpenEvent),
    /// What opening the worker's layer did (a damaged file restored).
    Layer(LayerEvent),
    /// The settings file had a problem; `kept` is where an unreadable one was copied.
    Settings {
        problem: SettingsProblem,
        kept: Option<std::path::PathBuf>,
    },
}

impl Notice {
    pub fn info(id: &str) -> Notice {
        Notice::Text {
            id: id.into(),
            args: Vec::new(),
            error: false,
        }
    }

    pub fn error(id: &str) -> Notice {
        Notice::Text {
            id: id.into(),
            args: Vec::new(),
            error: true,
        }
    }

    /// Only informs (nothing lost, nothing to do): it may go away by itself.
    pub fn is_info(&self) -> bool {
        match self {
            Notice::Text { error, .. } => !error,
            Notice::Opened(e) => !e.is_warning(),
            Notice::Layer(_) | Notice::Settings { .. } => false,
        }
    }

    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Notice {
        if let Notice::Text { args, .. } = &mut self {
            args.push((name.into(), value.into()));
        }
        self
    }

    /// A settings problem found at start. An unreadable file is copied aside first, so the
    /// next save cannot lose what the worker had set.
    pub fn settings(problem: &SettingsProblem, path: &Path) -> Notice {
        let kept = match problem {
            SettingsProblem::Unreadable { .. } if path.exists() => {
                crate::settings::keep_aside(path).ok()
            }
            _ => None,
        };
        Notice::Settings {
            problem: problem.clone(),
            kept,
        }
    }

    pub fn is_error(&self) -> bool {
        match self {
            Notice::Text { error, .. } => *error,
            Notice::Opened(e) => e.is_warning(),
            Notice::Layer(_) => true,
            Notice::Settings { .. } => true,
        }
    }

    pub fn render(&self, locale: Locale) -> String {
        match self {
            Notice::Text { id, args, .. } => {
                let args: Vec<(&str, Arg)> =
                    args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
                i18n::tr_args(locale, id, &args)
            }
            Notice::Opened(e) => e.message(locale),
            Notice::Layer(e) => e.message(locale),
            Notice::Settings { problem, kept } => {
                crate::settings::Settings::problem_message(problem, kept.as_deref(), locale)
            }
        }
    }
}
