//! Multilingual text: the original wording, marked with its language, plus translations.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An ISO 639-1 language code (`pl`, `fa`).
pub type Lang = String;

/// A name or description in its original language and in translations.
///
/// Written in JSON as `{"orig": "ru", "ru": "Кризисный центр", "en": "Crisis centre"}`: the
/// original is one of the translations, and `orig` says which.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub orig: Lang,
    #[serde(flatten)]
    pub values: BTreeMap<Lang, String>,
}

impl Text {
    /// Text written in one language only.
    pub fn new(lang: &str, value: impl Into<String>) -> Text {
        let mut values = BTreeMap::new();
        values.insert(lang.to_string(), value.into());
        Text {
            orig: lang.to_string(),
            values,
        }
    }

    /// Adds a translation.
    pub fn with(mut self, lang: &str, value: impl Into<String>) -> Text {
        self.values.insert(lang.to_string(), value.into());
        self
    }

    /// The original wording. Falls back to any value if the data names an original it lacks
    /// (validation rejects that, but a feed from a newer publisher must not crash us).
    pub fn original(&self) -> &str {
        self.values
            .get(&self.orig)
            .or_else(|| self.values.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The text in `lang` if it has it.
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.values.get(lang).map(String::as_str)
    }

    /// The text in `lang`, else English, else the original; and the language it is in.
    pub fn best(&self, lang: &str) -> (&str, &str) {
        for l in [lang, "en", self.orig.as_str()] {
            if let Some((k, v)) = self.values.get_key_value(l) {
                return (k.as_str(), v.as_str());
            }
        }
        match self.values.iter().next() {
            Some((k, v)) => (k.as_str(), v.as_str()),
            None => ("", ""),
        }
    }

    /// Shorthand for the string of [`Text::best`].
    pub fn show(&self, lang: &str) -> &str {
        self.best(lang).1
    }

    /// Every wording, for search.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.values.values().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_falls_back_to_english_then_original() {
        let t = Text::new("ru", "Семей").with("en", "Semey");
        assert_eq!(t.best("kk"), ("en", "Semey"));
        assert_eq!(t.best("ru"), ("ru", "Семей"));
        let t = Text::new("vi", "Cần Thơ");
        assert_eq!(t.best("fa"), ("vi", "Cần Thơ"));
        assert_eq!(t.original(), "Cần Thơ");
    }

    #[test]
    fn json_shape_is_flat() {
        let t: Text = serde_json::from_str(r#"{"orig":"pl","pl":"Karta","en":"Card"}"#).unwrap();
        assert_eq!(t.original(), "Karta");
        assert_eq!(t.get("en"), Some("Card"));
        let back = serde_json::to_string(&t).unwrap();
        assert_eq!(back, r#"{"orig":"pl","en":"Card","pl":"Karta"}"#);
    }
}
