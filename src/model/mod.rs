//! The directory's records, as they are written in `data/` and carried by the feed.
//!
//! The shape follows Open Referral HSDS 3 (organization → service → location, phones, contact
//! channels, schedules, languages, taxonomy terms) folded into one record type, plus what Haven
//! adds: multilingual text with its original language, procedures, campaign periods,
//! provenance, freshness and confidential locations. Every record is one JSON object; the
//! same object is stored in SQLite and sent in feed payloads, so a field added here with
//! `#[serde(default)]` reaches every part of the program at once.

pub mod open;
mod problem;
pub mod schedule;
mod seeds;
mod text;
mod validate;
mod vocab;

pub use problem::{Problem, Why};
pub use seeds::{Publication, SEEDS, publication, seed_text};
pub use text::{Lang, Text};
pub use validate::{Validator, is_e164, is_phone_display_char, is_valid_id, validate_directory};
pub use vocab::{Category, Country, TargetGroup};

use serde::{Deserialize, Serialize};

/// A stable, namespaced identifier such as `pl/niebieskie-karty`.
pub type Id = String;

/// What kind of entry a record is. All kinds are searchable; the kind decides which of the
/// optional fields make sense (steps for a procedure, a period for a campaign).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// An organisation (HSDS `organization`): a police department, a ministry, an NGO.
    Organization,
    /// Something a person can use: a crisis centre, a helpline, a counselling unit.
    Service,
    /// A programme that runs over time: sponsorship of orphans, a social shop.
    Programme,
    /// An awareness campaign or event with a period.
    Campaign,
    /// An ordered legal procedure, such as Poland's "Niebieskie Karty".
    Procedure,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Organization,
        Kind::Service,
        Kind::Programme,
        Kind::Campaign,
        Kind::Procedure,
    ];

    /// The kebab-case key used in JSON, the database and Fluent ids (`kind-service`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Service => "service",
            Kind::Programme => "programme",
            Kind::Campaign => "campaign",
            Kind::Procedure => "procedure",
        }
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// One entry of the directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub id: Id,
    pub kind: Kind,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The organisation that runs this service, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Id>,
    /// ISO 3166-1 alpha-2 code.
    pub country: Country,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    /// Where the service is, when it has a place. The records of national services and
    /// helplines have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Category>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<TargetGroup>,
    /// Languages the service works in (ISO 639-1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Hours>,
    /// Who may use it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<Text>,
    /// What the client should bring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what_to_bring: Option<Text>,
    /// What happens when the client gets in touch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what_to_expect: Option<Text>,
    /// For a campaign or time-bound programme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// For a procedure: its steps, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    /// For a procedure: where it applies (ISO country code, or a region).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_basis: Vec<LegalAct>,
    /// Other records a worker would want next (by id).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Id>,
    /// Where every fact in the record comes from. Never empty.
    pub sources: Vec<Source>,
    /// The date the record's facts were last confirmed (the date of its source).
    pub verified_at: jiff::civil::Date,
    /// Who confirmed them.
    pub verified_by: String,
    /// What an Open Referral HSDS record held that Haven has no place for, kept as it came so
    /// that an export gives it back (`hsds::export`). Never shown, never searched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hsds: Option<serde_json::Value>,
}

/// An administrative region, with a stable key for filtering (`kz/abai`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: Text,
}

/// A place where a service is given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    /// A shelter's address: shown to the worker with a warning, never printed or exported.
    #[serde(default)]
    pub confidential: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A telephone number. `number` is E.164 (`+48800120002`) for numbers that have one, or a
/// national short code (`116111`, `112`) that can only be dialled inside `country`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    pub number: String,
    /// How people write it in that country (`800 120 002`).
    pub display: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// Free of charge for the caller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free: Option<bool>,
    /// Also takes text messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Hours>,
}

impl Phone {
    /// A short code has no international form: it only works inside its country.
    pub fn is_short_code(&self) -> bool {
        !self.number.starts_with('+')
    }

    /// The `tel:` URI for this number.
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.number)
    }

    /// Just the digits, for search (`116111`, `48800120002`).
    pub fn digits(&self) -> String {
        self.number.chars().filter(char::is_ascii_digit).collect()
    }
}

/// A way to reach a service other than a phone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    /// A URL, an e-mail address or a handle.
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    Web,
    Facebook,
    Instagram,
    Telegram,
    Zalo,
    Email,
}

impl ChannelKind {
    pub fn key(self) -> &'static str {
        match self {
            ChannelKind::Web => "web",
            ChannelKind::Facebook => "facebook",
            ChannelKind::Instagram => "instagram",
            ChannelKind::Telegram => "telegram",
            ChannelKind::Zalo => "zalo",
            ChannelKind::Email => "email",
        }
    }

    /// Whether `value` is a link a browser can open.
    pub fn is_link(self) -> bool {
        !matches!(self, ChannelKind::Email)
    }
}

/// Opening hours in the subset of OpenStreetMap's `opening_hours` syntax that
/// [`schedule`] understands (`24/7`, `Mo-Fr 08:00-16:00; Sa 10:00-14:00`), plus a
/// free-text note for what the syntax cannot say.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    pub opening_hours: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// When a campaign or programme runs. Dates are month and day; `yearly` repeats them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// `MM-DD`
    pub start: MonthDay,
    /// `MM-DD`
    pub end: MonthDay,
    #[serde(default)]
    pub yearly: bool,
    /// The year the source describes, when it names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i16>,
    /// The last year it runs, for a programme with an end (Solar Hijri plans are converted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until_year: Option<i16>,
}

/// A day of the year, written `MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonthDay {
    pub month: u8,
    pub day: u8,
}

impl MonthDay {
    pub fn parse(s: &str) -> Option<MonthDay> {
        let (m, d) = s.split_once('-')?;
        if m.len() != 2 || d.len() != 2 {
            return None;
        }
        let month: u8 = m.parse().ok()?;
        let day: u8 = d.parse().ok()?;
        // Checked against a leap year so 02-29 is allowed.
        jiff::civil::Date::new(2024, month as i8, day as i8).ok()?;
        Some(MonthDay { month, day })
    }
}

impl std::fmt::Display for MonthDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

impl Serialize for MonthDay {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for MonthDay {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        MonthDay::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("expected a day as MM-DD, got {s:?}")))
    }
}

/// One step of a procedure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Who acts.
    pub actor: Text,
    /// What they do.
    pub action: Text,
    /// The form used, if any (`A` for "Niebieska Karta – A").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<String>,
    /// Within how long, if the law sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Text>,
    /// What the person affected can expect at this step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_expects: Option<Text>,
}

/// A law or regulation a procedure rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalAct {
    pub title: Text,
    /// Official citation (`Dz.U. 2023 poz. 1870`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where a record's facts come from: a sentence of a seed document, or a public source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// File name of a document in `seeds/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<String>,
    /// The sentence (or the part of it) the fact was taken from, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// A public page the fact was taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The public source's name (`PAP MediaRoom`, `tongdai111.vn`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// When the source was published, as precisely as it says (`2025`, `2024-11-24`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// What this source supports, when a record has several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supports: Option<String>,
    /// A social-work office that reported the fact (its own record, or a correction it sent
    /// back): a person can ask that office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
}

impl Record {
    /// A record with only what every record has; the caller fills in the rest (an import
    /// maps a row or an item onto it) and the validator checks it, sources included.
    pub fn new(
        id: Id,
        kind: Kind,
        name: Text,
        country: Country,
        verified_at: jiff::civil::Date,
        verified_by: String,
    ) -> Record {
        Record {
            id,
            kind,
            name,
            description: None,
            organization: None,
            country,
            region: None,
            city: None,
            locations: Vec::new(),
            categories: Vec::new(),
            target_groups: Vec::new(),
            languages: Vec::new(),
            phones: Vec::new(),
            channels: Vec::new(),
            hours: None,
            eligibility: None,
            what_to_bring: None,
            what_to_expect: None,
            period: None,
            steps: Vec::new(),
            jurisdiction: None,
            legal_basis: Vec::new(),
            related: Vec::new(),
            sources: Vec::new(),
            verified_at,
            verified_by,
            hsds: None,
        }
    }

    /// The record's main phone: the first one listed.
    pub fn main_phone(&self) -> Option<&Phone> {
        self.phones.first()
    }

    /// The first web-like channel, for a QR code when there is no phone.
    pub fn main_link(&self) -> Option<&Channel> {
        self.channels.iter().find(|c| c.kind.is_link())
    }

    /// Due for a re-check: verified more than 12 months before `today`.
    pub fn is_stale(&self, today: jiff::civil::Date) -> bool {
        is_stale(self.verified_at, today)
    }

    /// The record without its confidential locations: what may leave the machine (an
    /// export, a corrections file). The worker's screen keeps them.
    pub fn without_confidential(&self) -> Record {
        let mut r = self.clone();
        r.locations.retain(|l| !l.confidential);
        r
    }

    /// Whether any location is confidential.
    pub fn has_confidential_location(&self) -> bool {
        self.locations.iter().any(|l| l.confidential)
    }
}

/// True when `verified` lies more than 12 months before `today`.
pub fn is_stale(verified: jiff::civil::Date, today: jiff::civil::Date) -> bool {
    match verified.checked_add(jiff::Span::new().months(12)) {
        Ok(due) => due < today,
        Err(_) => true,
    }
}

/// Parses the whole bundled directory or a feed file: a JSON array of records.
pub fn parse_records(json: &str) -> Result<Vec<Record>, serde_json::Error> {
    serde_json::from_str(json)
}

/// The namespace of an office's own records: `local/<slug>`.
pub const LOCAL_NAMESPACE: &str = "local";

/// Whether `id` names one of the office's own records (the validator holds them to the
/// office's rules; the layer keeps them).
pub fn is_local(id: &str) -> bool {
    id.strip_prefix(LOCAL_NAMESPACE)
        .is_some_and(|rest| rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_day_rejects_impossible_days() {
        assert_eq!(
            MonthDay::parse("11-25"),
            Some(MonthDay { month: 11, day: 25 })
        );
        assert!(MonthDay::parse("02-30").is_none());
        assert!(MonthDay::parse("13-01").is_none());
        assert!(MonthDay::parse("1-1").is_none());
    }

    #[test]
    fn staleness_is_twelve_months() {
        let d = |s: &str| s.parse::<jiff::civil::Date>().unwrap();
        assert!(!is_stale(d("2025-11-22"), d("2026-11-22")));
        assert!(is_stale(d("2025-11-21"), d("2026-11-22")));
    }
}
