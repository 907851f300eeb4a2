//! The worker's settings, in `settings.json` in the config folder (or `--data-dir`).
//!
//! Read leniently: a field with a bad value falls back to its default and is reported by
//! name, the rest is kept. Reading never changes the file. A file that is not JSON at all is
//! copied aside by [`keep_aside`] (the window does so at start, and says where) before
//! anything is written over it, so nothing the worker set is silently lost.

use crate::search::near::Near;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
    HighContrast,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrast,
    ];
    pub fn key(self) -> &'static str {
        match self {
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
            ThemeChoice::HighContrast => "high-contrast",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

/// The office details printed at the head of referral sheets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Office {
    pub name: String,
    pub address: String,
    pub phone: String,
    /// The worker's name, printed only if filled in.
    pub worker: String,
}

impl Office {
    /// The office's name as the source of its own records and corrections: "this office"
    /// (translated) until the worker fills it in.
    pub fn source_name(&self, locale: crate::i18n::Locale) -> String {
        match self.name.trim() {
            "" => crate::i18n::tr(locale, "mine-this-office"),
            name => name.to_string(),
        }
    }
}

/// Where and how big the window was.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WindowGeometry {
    pub width: f32,
    pub height: f32,
    #[serde(default)]
    pub x: Option<f32>,
    #[serde(default)]
    pub y: Option<f32>,
}

/// The central feed (none by default: Haven is complete offline).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct FeedSettings {
    pub url: String,
    /// The publisher's minisign public key (base64).
    pub public_key: String,
    pub check_at_start: bool,
    /// An HTTP(S) proxy, when the system's is not the one to use.
    pub proxy: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Interface language; `None` follows the operating system. Read once, when the file is
    /// (kept in the file as its code).
    #[serde(with = "as_code")]
    pub language: Option<crate::i18n::Locale>,
    pub theme: ThemeChoice,
    /// Text size as a scale of the whole interface (1.0 = normal).
    pub text_scale: f32,
    pub window: Option<WindowGeometry>,
    pub office: Office,
    pub paper: Paper,
    /// Folder the last referral PDF was saved to.
    pub last_folder: Option<PathBuf>,
    pub feed: FeedSettings,
    /// The office's place, its services first; the one source of the office's country.
    /// Read once, when the file is (kept in the file as `CC` or `CC/REGION`).
    #[serde(with = "as_key")]
    pub near: Option<Near>,
}

/// The interface language in the file: its code.
mod as_code {
    use crate::i18n::Locale;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(l: &Option<Locale>, s: S) -> Result<S::Ok, S::Error> {
        match l {
            Some(l) => s.serialize_some(l.code()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Locale>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(code) => Locale::from_code(&code)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom("not a language of Haven's")),
        }
    }
}

/// The office's place in the file: `CC` or `CC/REGION`.
mod as_key {
    use crate::search::near::Near;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(n: &Option<Near>, s: S) -> Result<S::Ok, S::Error> {
        match n {
            Some(n) => s.serialize_some(&n.key()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Near>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(key) => Near::parse(&key)
                .map(Some)
                .map_err(|_| serde::de::Error::custom("not a place")),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: None,
            theme: ThemeChoice::Light,
            text_scale: 1.0,
            window: None,
            office: Office::default(),
            paper: Paper::A4,
            last_folder: None,
            feed: FeedSettings::default(),
            near: None,
        }
    }
}

/// A settings file is a few hundred bytes; a bigger one is not Haven's (`/dev/zero`, a
/// file put in its place) and is not read.
pub const MAX_SETTINGS_FILE: u64 = 64 << 10;

/// Text scales offered in Settings.
pub const TEXT_SCALES: [f32; 7] = [0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0];

/// What went wrong reading the settings; the program runs on with defaults for these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsProblem {
    /// The file is not JSON (or could not be read at all).
    Unreadable { detail: String },
    /// These fields had values that made no sense and were reset.
    BadFields(Vec<String>),
}

impl Settings {
    /// The office's place: its country and region.
    pub fn office_place(&self) -> Option<Near> {
        self.near.clone()
    }

    /// The office's country: the one source for every front end (the import's rows that
    /// name none, the Add-a-service form), from the office's place in Settings. `None`
    /// until the worker sets it: the interface language says nothing of where the office
    /// is.
    pub fn office_country(&self) -> Option<crate::model::Country> {
        self.office_place().map(|n| n.country)
    }

    /// Whether the office's phone, printed on every sheet, reads as a number: `None` when it
    /// does (or is empty), else the message that says so, beside the field. Read like every
    /// number an office types, against the office's country once its place is set; before
    /// that, only a number written with its country code (`+48 …`) can be read.
    pub fn office_phone_problem(&self, locale: crate::i18n::Locale) -> Option<String> {
        let typed = self.office.phone.trim();
        if typed.is_empty() {
            return None;
        }
        // With a country code the country given does not matter (`parse::phone`).
        let country = self
            .office_country()
            .or_else(|| crate::model::Country::new("pl").filter(|_| typed.starts_with('+')));
        if country.is_some_and(|c| crate::parse::office_phone(typed, &c).is_some()) {
            return None;
        }
        Some(crate::i18n::tr_args(
            locale,
            "settings-office-phone-wrong",
            &[("detail", crate::i18n::ltr(typed).into())],
        ))
    }

    /// Loads `path`; a missing file gives defaults with no problem.
    pub fn load(path: &Path) -> (Settings, Option<SettingsProblem>) {
        let text = match crate::input::read_text(path, MAX_SETTINGS_FILE).map_err(|e| e.into_io()) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return (Settings::default(), None);
            }
            Err(e) => {
                return (
                    Settings::default(),
                    Some(SettingsProblem::Unreadable {
                        detail: e.to_string(),
                    }),
                );
            }
        };
        match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(v) => {
                let (s, bad) = Settings::from_value(&v);
                (
                    s,
                    (!bad.is_empty()).then_some(SettingsProblem::BadFields(bad)),
                )
            }
            Err(e) => (
                Settings::default(),
                Some(SettingsProblem::Unreadable {
                    detail: e.to_string(),
                }),
            ),
        }
    }

    /// Reads each field on its own, so one bad value costs only that value.
    pub fn from_value(v: &serde_json::Value) -> (Settings, Vec<String>) {
        let mut s = Settings::default();
        let mut bad = Vec::new();
        let Some(obj) = v.as_object() else {
            return (s, vec!["(root)".into()]);
        };
        fn field<T: serde::de::DeserializeOwned>(
            obj: &serde_json::Map<String, serde_json::Value>,
            name: &str,
            bad: &mut Vec<String>,
        ) -> Option<T> {
            let v = obj.get(name)?;
            match serde_json::from_value(v.clone()) {
                Ok(t) => Some(t),
                Err(_) => {
                    bad.push(name.to_string());
                    None
                }
            }
        }
        if let Some(l) = field::<Option<String>>(obj, "language", &mut bad) {
            match l.map(|code| crate::i18n::Locale::from_code(&code)) {
                Some(None) => bad.push("language".into()),
                other => s.language = other.flatten(),
            }
        }
        if let Some(t) = field(obj, "theme", &mut bad) {
            s.theme = t;
        }
        if let Some(x) = field::<f32>(obj, "text_scale", &mut bad) {
            if (0.5..=3.0).contains(&x) {
                s.text_scale = x;
            } else {
                bad.push("text_scale".into());
            }
        }
        if let Some(w) = field::<Option<WindowGeometry>>(obj, "window", &mut bad) {
            match w {
                Some(g) if g.width >= 200.0 && g.height >= 150.0 && g.width < 20000.0 => {
                    s.window = Some(g)
                }
                Some(_) => bad.push("window".into()),
                None => {}
            }
        }
        if let Some(o) = field::<Office>(obj, "office", &mut bad) {
            s.office = o;
            // Printed on every sheet: text, never control (a hand-edited file may hold any).
            // A field holding a control or an invisible direction mark is not guessed at:
            // it is reset and named, like any other value that makes no sense.
            let office = &mut s.office;
            for (name, text) in [
                ("office.name", &mut office.name),
                ("office.address", &mut office.address),
                ("office.phone", &mut office.phone),
                ("office.worker", &mut office.worker),
            ] {
                if text
                    .chars()
                    .any(|c| c.is_control() || crate::text::clean::is_hidden_control(c))
                {
                    text.clear();
                    bad.push(name.into());
                }
            }
        }
        if let Some(p) = field(obj, "paper", &mut bad) {
            s.paper = p;
        }
        if let Some(f) = field(obj, "last_folder", &mut bad) {
            s.last_folder = f;
        }
        if let Some(f) = field(obj, "feed", &mut bad) {
            s.feed = f;
        }
        if let Some(n) = field::<Option<String>>(obj, "near", &mut bad) {
            match n.map(|n| crate::search::near::Near::parse(&n)) {
                Some(Ok(near)) => s.near = Some(near),
                Some(Err(_)) => bad.push("near".into()),
                None => {}
            }
        }
        (s, bad)
    }

    /// The translated sentence about a problem, naming where an unreadable file was kept.
    pub fn problem_message(
        problem: &SettingsProblem,
        kept: Option<&Path>,
        locale: crate::i18n::Locale,
    ) -> String {
        use crate::i18n::tr_args;
        match (problem, kept) {
            (SettingsProblem::Unreadable { detail }, Some(kept)) => tr_args(
                locale,
                "settings-unreadable",
                &[
                    ("detail", detail.as_str().into()),
                    ("path", kept.display().to_string().into()),
                ],
            ),
            (SettingsProblem::Unreadable { detail }, None) => tr_args(
                locale,
                "settings-unreadable-unchanged",
                &[("detail", detail.as_str().into())],
            ),
            (SettingsProblem::BadFields(fields), _) => tr_args(
                locale,
                "settings-bad-fields",
                &[("fields", fields.join(", ").into())],
            ),
        }
    }

    /// Writes the settings atomically (a temporary file, then a rename).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            crate::private_dir(dir)?;
        }
        let json = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, json)?;
        std::fs::rename(&tmp, path)
    }
}

/// Copies an unreadable settings file aside (`settings.unreadable-<hash>.json`) so that saving
/// the settings later cannot lose it; returns where it went. Named by its content, so starting
/// Haven again with the same broken file keeps one copy, not one per start.
pub fn keep_aside(path: &Path) -> std::io::Result<PathBuf> {
    use sha2::Digest;
    // Never through a link: a settings.json that is a link to another file (one the worker
    // can read but should not spread) is not copied into the config folder.
    let meta = std::fs::symlink_metadata(path)?;
    if !meta.file_type().is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file: left where it is",
        ));
    }
    let bytes = crate::input::read_bytes(path, MAX_SETTINGS_FILE).map_err(|e| e.into_io())?;
    let hash = hex::encode(&sha2::Sha256::digest(&bytes)[..6]);
    let kept = path.with_extension(format!("unreadable-{hash}.json"));
    if !kept.exists() {
        std::fs::write(&kept, &bytes)?;
    }
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let mut s = Settings {
            language: Some(crate::i18n::Locale::Fa),
            theme: ThemeChoice::HighContrast,
            ..Settings::default()
        };
        s.office.name = "OPS Olsztyn".into();
        s.save(&path).unwrap();
        assert_eq!(Settings::load(&path), (s, None));
    }

    #[test]
    fn a_bad_field_costs_only_that_field() {
        let v = serde_json::json!({
            "language": "pl", "theme": "purple", "text_scale": 99.0,
            "office": {"name": "MOPS"}
        });
        let (s, bad) = Settings::from_value(&v);
        assert_eq!(s.language, Some(crate::i18n::Locale::Pl));
        assert_eq!(s.office.name, "MOPS");
        assert_eq!(s.theme, ThemeChoice::Light);
        assert_eq!(bad, vec!["theme".to_string(), "text_scale".to_string()]);
    }

    /// A hand-edited office name with a terminal escape or a direction override is reset and
    /// named, never printed on a sheet, and never quietly changed into something else.
    #[test]
    fn an_office_field_holding_controls_is_reset_and_named() {
        let v = serde_json::json!({
            "office": {"name": "MOPS\u{202e}gorw", "address": "ul. Ogrodowa 1", "phone": "\u{1b}[2J112"}
        });
        let (s, bad) = Settings::from_value(&v);
        assert_eq!(s.office.name, "");
        assert_eq!(s.office.phone, "");
        assert_eq!(s.office.address, "ul. Ogrodowa 1");
        assert_eq!(
            bad,
            vec!["office.name".to_string(), "office.phone".to_string()]
        );
    }

    /// The office's phone, printed on every sheet, is read like every number: what is not a
    /// number is said beside the field, in the worker's language.
    #[test]
    fn the_offices_phone_is_read_like_every_number() {
        use crate::i18n::Locale;
        let mut s = Settings::default();
        s.office.phone = "89 527 11 22".into();
        // No place yet: only a number with its country code can be read.
        assert!(s.office_phone_problem(Locale::En).is_some());
        s.office.phone = "+48 89 527 11 22".into();
        assert_eq!(s.office_phone_problem(Locale::En), None);
        s.near = Some(crate::search::near::Near::parse("pl").unwrap());
        s.office.phone = "89 527 11 22".into();
        assert_eq!(s.office_phone_problem(Locale::En), None);
        s.office.phone = "12 34".into();
        let said = s
            .office_phone_problem(Locale::Pl)
            .expect("a fragment is not a number");
        assert!(said.contains("12 34"), "{said}");
    }

    #[test]
    fn reading_an_unreadable_file_leaves_it_and_keeping_it_aside_copies_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, "{ not json").unwrap();
        let (s, problem) = Settings::load(&path);
        assert_eq!(s, Settings::default());
        assert!(matches!(problem, Some(SettingsProblem::Unreadable { .. })));
        // Loading twice sees the same problem: reading has no side effect.
        assert_eq!(Settings::load(&path).1, problem);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{ not json");
        let kept = keep_aside(&path).unwrap();
        assert_eq!(std::fs::read_to_string(&kept).unwrap(), "{ not json");
        assert_eq!(keep_aside(&path).unwrap(), kept, "one copy however often");
    }
}
