//! What is wrong with a record, as a typed value: the validator says which rule failed and
//! with what value; the person reads it in their language (the office's form, the command
//! line), the publisher's checks in English.

use crate::i18n::{Arg, Locale, tr, tr_args};

/// One thing wrong with one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub id: String,
    /// The field's path in the record, e.g. `phones[0]` or `name`.
    pub field: String,
    pub why: Why,
}

/// The rule a record breaks, with the value that breaks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    DuplicateId,
    BadId,
    OfficeNamespace,
    LocalReserved,
    RegionId,
    NoRecord(String),
    NotOrganization(String),
    RelatedToItself,
    Language(String),
    Phone(String),
    PhoneDisplay {
        display: String,
        number: String,
    },
    /// The opening hours cannot be read (the parser's reason).
    Hours(String),
    Email(String),
    Link(String),
    NoSteps,
    NoSource,
    OfficeName,
    NoSeed(String),
    QuoteNotInSeed(String),
    SeedNeedsQuote,
    NotUrl(String),
    NeedsPublisher,
    NeedsSeedOrUrl,
    PhoneUnsourced,
    ChannelUnsourced,
    VerifiedInFuture,
    VerifiedBy,
    OriginalMissing(String),
    EnglishMissing,
    TextEmpty(String),
    NotAnObject,
    /// The record's JSON does not fit the model (serde's reason).
    Unreadable(String),
    /// A text holds a character that changes how it reads without being seen (a bidi
    /// override, a zero-width character, a control), by its code point.
    HiddenControl(u32),
}

impl Problem {
    pub fn new(id: &str, field: &str, why: Why) -> Problem {
        Problem {
            id: id.to_string(),
            field: field.to_string(),
            why,
        }
    }

    /// What is wrong, in `locale`.
    pub fn message(&self, l: Locale) -> String {
        let one = |id: &str, name: &str, value: &str| tr_args(l, id, &[(name, Arg::from(value))]);
        match &self.why {
            Why::DuplicateId => tr(l, "problem-duplicate-id"),
            Why::BadId => tr(l, "problem-bad-id"),
            Why::OfficeNamespace => tr(l, "problem-office-namespace"),
            Why::LocalReserved => tr(l, "problem-local-reserved"),
            Why::RegionId => tr(l, "problem-region-id"),
            Why::NoRecord(id) => one("problem-no-record", "id", id),
            Why::NotOrganization(id) => one("problem-not-organization", "id", id),
            Why::RelatedToItself => tr(l, "problem-related-self"),
            Why::Language(code) => one("problem-language", "code", code),
            Why::Phone(n) => one("problem-phone", "number", n),
            Why::PhoneDisplay { display, number } => tr_args(
                l,
                "problem-phone-display",
                &[
                    ("display", display.as_str().into()),
                    ("number", number.as_str().into()),
                ],
            ),
            Why::Hours(detail) => one("problem-hours", "detail", detail),
            Why::Email(v) => one("problem-email", "value", v),
            Why::Link(v) => one("problem-link", "value", v),
            Why::NoSteps => tr(l, "problem-steps"),
            Why::NoSource => tr(l, "problem-no-source"),
            Why::OfficeName => tr(l, "problem-office-name"),
            Why::NoSeed(file) => one("problem-no-seed", "file", file),
            Why::QuoteNotInSeed(file) => one("problem-quote", "file", file),
            Why::SeedNeedsQuote => tr(l, "problem-seed-quote"),
            Why::NotUrl(url) => one("problem-url", "url", url),
            Why::NeedsPublisher => tr(l, "problem-publisher"),
            Why::NeedsSeedOrUrl => tr(l, "problem-seed-or-url"),
            Why::PhoneUnsourced => tr(l, "problem-phone-unsourced"),
            Why::ChannelUnsourced => tr(l, "problem-channel-unsourced"),
            Why::VerifiedInFuture => tr(l, "problem-verified-future"),
            Why::VerifiedBy => tr(l, "problem-verified-by"),
            Why::OriginalMissing(lang) => one("problem-original-missing", "lang", lang),
            Why::EnglishMissing => tr(l, "problem-english-missing"),
            Why::TextEmpty(lang) => one("problem-text-empty", "lang", lang),
            Why::NotAnObject => tr(l, "problem-not-object"),
            Why::Unreadable(detail) => one("problem-unreadable", "detail", detail),
            Why::HiddenControl(c) => one("problem-hidden-control", "code", &format!("U+{c:04X}")),
        }
    }
}

/// In English: the publisher's checks and the feed's logs.
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.id,
            self.field,
            self.message(Locale::En)
        )
    }
}
