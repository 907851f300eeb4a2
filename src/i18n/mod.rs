//! Interface text in six languages, from `i18n/<locale>/haven.ftl` compiled into the binary.
//!
//! The catalogue is immutable data built once; screens and the CLI look strings up at the
//! moment they draw, so switching language is only a change of [`Locale`] in their state.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// The languages Haven's interface and referral sheets speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Locale {
    #[default]
    En,
    Pl,
    Ru,
    Kk,
    Vi,
    Fa,
}

impl Locale {
    pub const ALL: [Locale; 6] = [
        Locale::En,
        Locale::Pl,
        Locale::Ru,
        Locale::Kk,
        Locale::Vi,
        Locale::Fa,
    ];

    /// ISO 639-1 code, which is also the key of record text in this language.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Pl => "pl",
            Locale::Ru => "ru",
            Locale::Kk => "kk",
            Locale::Vi => "vi",
            Locale::Fa => "fa",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        let code = code.trim().to_ascii_lowercase();
        let lang = code.split(['-', '_', '.']).next().unwrap_or("");
        Locale::ALL.into_iter().find(|l| l.code() == lang)
    }

    /// The language's own name for itself, for language pickers.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Pl => "Polski",
            Locale::Ru => "Русский",
            Locale::Kk => "Қазақша",
            Locale::Vi => "Tiếng Việt",
            Locale::Fa => "فارسی",
        }
    }

    /// Persian is written right to left, and the whole layout mirrors for it.
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Fa)
    }

    /// The locale's Fluent files, one text: `haven.ftl` (the window, the sheet, the command
    /// line), `import.ftl` (imports and exports of other directories' formats),
    /// `sources.ftl` (the seed documents as publications, translations) and `sync.ftl`
    /// (updating the directory from the feed).
    fn source(self) -> &'static str {
        static SOURCES: OnceLock<Vec<String>> = OnceLock::new();
        let all =
            SOURCES.get_or_init(|| Locale::ALL.iter().map(|l| l.files().join("\n")).collect());
        let i = Locale::ALL.iter().position(|l| *l == self).unwrap_or(0);
        all.get(i).map(String::as_str).unwrap_or("")
    }

    fn files(self) -> [&'static str; 4] {
        macro_rules! files {
            ($code:literal) => {
                [
                    include_str!(concat!("../../i18n/", $code, "/haven.ftl")),
                    include_str!(concat!("../../i18n/", $code, "/import.ftl")),
                    include_str!(concat!("../../i18n/", $code, "/sources.ftl")),
                    include_str!(concat!("../../i18n/", $code, "/sync.ftl")),
                ]
            };
        }
        match self {
            Locale::En => files!("en"),
            Locale::Pl => files!("pl"),
            Locale::Ru => files!("ru"),
            Locale::Kk => files!("kk"),
            Locale::Vi => files!("vi"),
            Locale::Fa => files!("fa"),
        }
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Picks the best of our locales for a list of requested language tags (most wanted first),
/// English when none fits.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Locale {
    let available: Vec<LanguageIdentifier> = Locale::ALL
        .iter()
        .filter_map(|l| l.code().parse().ok())
        .collect();
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|r| {
            // POSIX locales look like `pl_PL.UTF-8`.
            let tag = r.as_ref().split('.').next().unwrap_or("").replace('_', "-");
            tag.parse().ok()
        })
        .collect();
    let default: LanguageIdentifier = "en".parse().unwrap_or_default();
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| Locale::from_code(id.language.as_str()))
        .unwrap_or_default()
}

/// The locale the operating system asks for.
pub fn system_locale() -> Locale {
    let wanted: Vec<String> = sys_locale::get_locales().collect();
    negotiate(&wanted)
}

/// Unicode isolates, so numbers and Latin text keep their order inside Persian text.
pub const LRI: char = '\u{2066}';
pub const RLI: char = '\u{2067}';
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';

/// Wraps left-to-right content (a phone number, a date, a URL) so it is not reversed or
/// reordered inside right-to-left text.
pub fn ltr(s: &str) -> String {
    format!("{LRI}{s}{PDI}")
}

/// Wraps text of unknown direction (a name in another script) as its own isolate.
pub fn isolate(s: &str) -> String {
    format!("{FSI}{s}{PDI}")
}

/// Text whose reading direction is its language's, whatever letter it begins with: a Persian
/// name that starts with a Latin word («Niebieska Linia» (خط آبی) …) is a right-to-left
/// paragraph, so its wrapped lines keep to the right and its words keep their order, in any
/// window. (A direction mark first: the first strong character decides a paragraph.)
pub fn directed(text: &str, lang: &str) -> String {
    let rtl = matches!(
        lang.split(['-', '_']).next(),
        Some("fa" | "ar" | "he" | "ur" | "ps")
    );
    // Only where the first letter says otherwise: other text is left exactly as it is.
    let first_rtl = text
        .chars()
        .find(|c| c.is_alphabetic())
        .map(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF));
    match first_rtl {
        Some(f) if f != rtl => {
            let mark = if rtl { '\u{200F}' } else { '\u{200E}' };
            format!("{mark}{text}")
        }
        _ => text.to_string(),
    }
}

/// Removes the bidi isolate characters Fluent puts around arguments, for a terminal.
pub fn strip_isolates(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

struct Catalogue {
    bundles: Vec<(Locale, FluentBundle<FluentResource>)>,
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue {
        bundles: Locale::ALL
            .into_iter()
            .map(|l| (l, build_bundle(l)))
            .collect(),
    })
}

fn build_bundle(locale: Locale) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // A syntax error in one entry drops that entry only; `i18n` tests keep every file clean.
    let resource = match FluentResource::try_new(locale.source().to_string()) {
        Ok(r) => r,
        Err((r, _errors)) => r,
    };
    bundle.add_resource_overriding(resource);
    if locale == Locale::Fa {
        bundle.set_formatter(Some(persian_number));
    }
    bundle
}

/// Persian messages write their numbers (counts, pages, days, years) in Persian digits; the
/// number itself still chooses the plural form.
fn persian_number<M>(v: &fluent_bundle::FluentValue, _: &M) -> Option<String> {
    match v {
        fluent_bundle::FluentValue::Number(n) => Some(local_digits(&n.as_string(), Locale::Fa)),
        _ => None,
    }
}

/// Digits as the locale writes the numbers Haven itself formats (counts, dates, pages):
/// Persian digits in Persian, ASCII elsewhere. Phone numbers and codes from the data keep
/// the digits they are written with.
pub fn local_digits(s: &str, locale: Locale) -> String {
    if locale != Locale::Fa {
        return s.to_string();
    }
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32('۰' as u32 + (c as u32 - '0' as u32)).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// A count, as the locale writes it.
pub fn number(n: usize, locale: Locale) -> String {
    local_digits(&n.to_string(), locale)
}

fn bundle(locale: Locale) -> &'static FluentBundle<FluentResource> {
    let c = catalogue();
    &c.bundles[Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0)].1
}

/// Looks up `id` in `locale`, falling back to English, then to the id itself so a missing
/// string is visible rather than blank. Arguments are `(name, value)` pairs.
pub fn tr_args(locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        let v = match value {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Num(n) => FluentValue::from(*n),
        };
        fargs.set(*name, v);
    }
    for l in [locale, Locale::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let out = b.format_pattern(pattern, Some(&fargs), &mut errors);
            return out.into_owned();
        }
    }
    id.to_string()
}

/// Looks up a string with no arguments.
pub fn tr(locale: Locale, id: &str) -> String {
    tr_args(locale, id, &[])
}

/// True when `locale`'s file has `id` (English fallback not counted).
pub fn has(locale: Locale, id: &str) -> bool {
    bundle(locale).has_message(id)
}

/// The same message in every locale: for search, so a Polish worker's `schronisko` finds a
/// record filed under the category `shelter`.
pub fn all_locales(id: &str) -> Vec<String> {
    Locale::ALL
        .iter()
        .filter(|l| has(**l, id))
        .map(|l| strip_isolates(&tr(*l, id)))
        .collect()
}

/// A Fluent argument. A number stays a number until it is formatted in the reader's
/// locale (Persian digits in Persian).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as f64)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n as f64)
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Num(n as f64)
    }
}

/// The ids every locale file defines, read from the English file (for tests and tools).
pub fn english_ids() -> Vec<String> {
    message_ids(Locale::En.source())
}

/// Message ids defined in a Fluent source.
pub fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let first = id.chars().next()?;
            (first.is_ascii_alphabetic()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then(|| id.to_string())
        })
        .collect()
}

/// The Fluent source of a locale, for tests that parse every file strictly.
pub fn source(locale: Locale) -> &'static str {
    locale.source()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_counts_are_written_in_persian_digits_and_still_choose_the_plural() {
        let fa = tr_args(Locale::Fa, "search-count", &[("count", Arg::from(2usize))]);
        assert!(fa.contains('۲') && !fa.contains('2'), "{fa}");
        assert_eq!(number(54, Locale::Fa), "۵۴");
        assert_eq!(number(54, Locale::Pl), "54");
        let one = tr_args(Locale::En, "search-count", &[("count", Arg::from(1usize))]);
        let two = tr_args(Locale::En, "search-count", &[("count", Arg::from(2usize))]);
        assert_ne!(
            one.replace('1', ""),
            two.replace('2', ""),
            "plurals still chosen"
        );
    }

    #[test]
    fn negotiates_posix_and_bcp47_tags() {
        assert_eq!(negotiate(&["pl_PL.UTF-8"]), Locale::Pl);
        assert_eq!(negotiate(&["fa-IR", "en-US"]), Locale::Fa);
        assert_eq!(negotiate(&["de-DE", "kk-KZ"]), Locale::Kk);
        assert_eq!(negotiate(&["de-DE"]), Locale::En);
        assert_eq!(negotiate::<&str>(&[]), Locale::En);
    }

    /// A Persian name that begins with a Latin word is still a right-to-left paragraph (its
    /// wrapped lines keep to the right, its words their order); text whose first letter
    /// already says its direction is left exactly as it is.
    #[test]
    fn text_reads_in_its_languages_direction() {
        let name = "«Niebieska Linia» (خط آبی) — خط سراسری لهستان";
        assert_eq!(directed(name, "fa"), format!("\u{200F}{name}"));
        assert_eq!(directed("خط آبی", "fa"), "خط آبی");
        assert_eq!(directed("Police – 102", "en"), "Police – 102");
        assert_eq!(directed("«110» پلیس", "fa"), "«110» پلیس");
        // Latin text that begins with a Persian word, in an English window.
        assert_eq!(directed("تهران office", "en"), "\u{200E}تهران office");
    }

    #[test]
    fn only_persian_is_rtl() {
        assert!(Locale::Fa.is_rtl());
        assert!(Locale::ALL.iter().filter(|l| l.is_rtl()).count() == 1);
    }
}
