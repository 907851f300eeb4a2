//! Flags: "this field of this record is wrong", with the worker's correct value when they
//! know it. A flag names the publisher's value it was raised on, so when an update changes
//! that value the flag reads as resolved and the worker decides what to keep.

use crate::model::Record;
use serde::{Deserialize, Serialize};

/// Which part of a record a flag is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FlagField {
    Phone,
    Address,
    Hours,
    /// A website, an e-mail address or a social-media page.
    Channel,
    Name,
    Description,
    City,
    Eligibility,
    WhatToBring,
    WhatToExpect,
}

impl FlagField {
    pub const ALL: [FlagField; 10] = [
        FlagField::Phone,
        FlagField::Address,
        FlagField::Hours,
        FlagField::Channel,
        FlagField::Name,
        FlagField::Description,
        FlagField::City,
        FlagField::Eligibility,
        FlagField::WhatToBring,
        FlagField::WhatToExpect,
    ];

    /// The kebab-case key used on the command line, in files and in Fluent ids.
    pub fn key(self) -> &'static str {
        match self {
            FlagField::Phone => "phone",
            FlagField::Address => "address",
            FlagField::Hours => "hours",
            FlagField::Channel => "channel",
            FlagField::Name => "name",
            FlagField::Description => "description",
            FlagField::City => "city",
            FlagField::Eligibility => "eligibility",
            FlagField::WhatToBring => "what-to-bring",
            FlagField::WhatToExpect => "what-to-expect",
        }
    }

    pub fn from_key(key: &str) -> Option<FlagField> {
        FlagField::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// "This is wrong": on one value of one field of one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    pub field: FlagField,
    /// The publisher's value the flag was raised on (a phone's number, an address's text
    /// as first written, the opening hours).
    pub value: String,
    /// What the worker knows to be right, when they do: a local correction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correct: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub on: jiff::civil::Date,
}

/// Where a flag stands against the record as the directory has it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlagState {
    /// The record still holds the flagged value.
    Open,
    /// An update changed the field: it holds these values now (none if it was removed).
    Resolved { now: Vec<String> },
}

impl Flag {
    pub fn state(&self, r: &Record) -> FlagState {
        let values = field_values(r, self.field);
        if values.iter().any(|v| v == &self.value) {
            FlagState::Open
        } else {
            FlagState::Resolved { now: values }
        }
    }
}

/// The values a record holds in `field`, as flags name them.
pub fn field_values(r: &Record, field: FlagField) -> Vec<String> {
    let orig = |t: &Option<crate::model::Text>| -> Vec<String> {
        t.iter().map(|t| t.original().to_string()).collect()
    };
    match field {
        FlagField::Phone => r.phones.iter().map(|p| p.number.clone()).collect(),
        FlagField::Address => r
            .locations
            .iter()
            .filter_map(|l| l.address.as_ref().map(|a| a.original().to_string()))
            .collect(),
        FlagField::Hours => r.hours.iter().map(|h| h.opening_hours.clone()).collect(),
        FlagField::Channel => r.channels.iter().map(|c| c.value.clone()).collect(),
        FlagField::Name => vec![r.name.original().to_string()],
        FlagField::Description => orig(&r.description),
        FlagField::City => orig(&r.city),
        FlagField::Eligibility => orig(&r.eligibility),
        FlagField::WhatToBring => orig(&r.what_to_bring),
        FlagField::WhatToExpect => orig(&r.what_to_expect),
    }
}

/// Whether `given`, as a worker typed it, names `value` of `field`: a phone in any written
/// form (`800 120 002`, `+48 800-120-002`, its national digits) names its number; other
/// fields match when the text is the same, ignoring case and spaces at the ends.
pub fn value_matches(field: FlagField, value: &str, given: &str) -> bool {
    let given = given.trim();
    if field != FlagField::Phone {
        return value.trim().to_lowercase() == given.to_lowercase();
    }
    let digits = |s: &str| -> String {
        crate::search::fold::fold(s)
            .chars()
            .filter(char::is_ascii_digit)
            .collect()
    };
    let (value, given) = (digits(value), digits(given));
    !given.is_empty() && (value == given || (given.len() >= 6 && value.ends_with(&given)))
}

/// The record's value in `field` that `given` names, as it is stored (see
/// [`value_matches`]; a phone also by the digits it is displayed with). With one value in
/// the field, an empty `given` names it.
pub fn find_value(r: &Record, field: FlagField, given: &str) -> Option<String> {
    if given.trim().is_empty() {
        let values = field_values(r, field);
        return (values.len() == 1).then(|| values[0].clone());
    }
    if field == FlagField::Phone {
        return r
            .phones
            .iter()
            .find(|p| {
                value_matches(field, &p.number, given) || value_matches(field, &p.display, given)
            })
            .map(|p| p.number.clone());
    }
    field_values(r, field)
        .into_iter()
        .find(|v| value_matches(field, v, given))
}
