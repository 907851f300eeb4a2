//! Checks a whole directory before it is trusted: the bundled `data/`, a feed built from
//! it, or an import. A wrong phone number sends a person in danger nowhere, so a record that
//! fails any check is reported with its id and field, and the directory is refused whole.

use super::{ChannelKind, Kind, Problem, Record, Text, Why};
use std::collections::HashMap;

/// Validates `records`. `seed` returns the text of a seed document by file name, or `None`
/// when there is no such document (feeds from elsewhere may carry no seed quotes at all).
/// `today` bounds verified dates.
pub fn validate_directory(
    records: &[Record],
    seed: &(dyn Fn(&str) -> Option<String> + Sync),
    today: jiff::civil::Date,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut kinds: HashMap<String, Kind> = HashMap::new();
    for r in records {
        if kinds.insert(r.id.clone(), r.kind).is_some() {
            problems.push(problem(&r.id, "id", Why::DuplicateId));
        }
    }
    let mut v = Validator::new(&kinds, seed, today, true);
    for r in records {
        problems.extend(v.check(r));
    }
    problems
}

/// Checks records one at a time against the ids of the whole directory, so a feed of a
/// hundred thousand records is validated as it streams.
pub struct Validator<'a> {
    kinds: &'a HashMap<String, Kind>,
    seed: &'a (dyn Fn(&str) -> Option<String> + Sync),
    today: jiff::civil::Date,
    /// A quote from a seed document this program does not carry is an error (`true`, for
    /// `data/`) or is trusted to the feed's signature (`false`).
    strict_seeds: bool,
    /// Checking an office's own record (`local/…`): its texts need no English, and the
    /// office may be its only source. Elsewhere the `local/` namespace is refused.
    office: bool,
    seed_cache: HashMap<String, Option<String>>,
}

impl<'a> Validator<'a> {
    pub fn new(
        kinds: &'a HashMap<String, Kind>,
        seed: &'a (dyn Fn(&str) -> Option<String> + Sync),
        today: jiff::civil::Date,
        strict_seeds: bool,
    ) -> Validator<'a> {
        Validator {
            kinds,
            seed,
            today,
            strict_seeds,
            office: false,
            seed_cache: HashMap::new(),
        }
    }

    /// Checks the office's own records instead of a publisher's.
    pub fn for_office(mut self) -> Validator<'a> {
        self.office = true;
        self
    }

    pub fn check(&mut self, r: &Record) -> Vec<Problem> {
        let mut out = Vec::new();
        let cx = Cx {
            kinds: self.kinds,
            seed: self.seed,
            today: self.today,
            strict_seeds: self.strict_seeds,
            office: self.office,
        };
        check_record(r, &cx, &mut self.seed_cache, &mut out);
        out
    }
}

struct Cx<'a> {
    kinds: &'a HashMap<String, Kind>,
    seed: &'a dyn Fn(&str) -> Option<String>,
    today: jiff::civil::Date,
    strict_seeds: bool,
    office: bool,
}

fn problem(id: &str, field: &str, why: Why) -> Problem {
    Problem::new(id, field, why)
}

fn check_record(
    r: &Record,
    cx: &Cx<'_>,
    seed_cache: &mut HashMap<String, Option<String>>,
    out: &mut Vec<Problem>,
) {
    let (kinds, seed, today) = (cx.kinds, cx.seed, cx.today);
    let id = r.id.as_str();
    check_hidden(r, out);
    if !is_valid_id(id) {
        out.push(problem(id, "id", Why::BadId));
    }
    let local = super::is_local(id);
    if local != cx.office {
        let why = if cx.office {
            Why::OfficeNamespace
        } else {
            Why::LocalReserved
        };
        out.push(problem(id, "id", why));
    }
    let check_text = |id: &str, field: &str, t: &Text, out: &mut Vec<Problem>| {
        check_text(id, field, t, !cx.office, out)
    };

    // A place is named as it is written there: a city, a region or an address needs no
    // English (an address is not translated, and a reader without the script still has the
    // name, the phone and the description in English).
    let check_place = |id: &str, field: &str, t: &Text, out: &mut Vec<Problem>| {
        self::check_text(id, field, t, false, out)
    };
    check_text(id, "name", &r.name, out);
    if let Some(city) = &r.city {
        check_place(id, "city", city, out);
    }
    let optional_texts = [
        ("description", &r.description),
        ("eligibility", &r.eligibility),
        ("what_to_bring", &r.what_to_bring),
        ("what_to_expect", &r.what_to_expect),
    ];
    for (field, text) in optional_texts {
        if let Some(t) = text {
            check_text(id, field, t, out);
        }
    }
    if let Some(region) = &r.region {
        check_place(id, "region.name", &region.name, out);
        if !is_valid_id(&region.id) {
            out.push(problem(id, "region.id", Why::RegionId));
        }
    }

    if let Some(org) = &r.organization {
        match kinds.get(org.as_str()) {
            None => out.push(problem(id, "organization", Why::NoRecord(org.clone()))),
            Some(Kind::Organization) => {}
            Some(_) => out.push(problem(
                id,
                "organization",
                Why::NotOrganization(org.clone()),
            )),
        }
    }
    for rel in &r.related {
        if !kinds.contains_key(rel.as_str()) {
            out.push(problem(id, "related", Why::NoRecord(rel.clone())));
        }
        if rel == &r.id {
            out.push(problem(id, "related", Why::RelatedToItself));
        }
    }

    for (i, loc) in r.locations.iter().enumerate() {
        let f = format!("locations[{i}]");
        for (name, t) in [("name", &loc.name), ("note", &loc.note)] {
            if let Some(t) = t {
                check_text(id, &format!("{f}.{name}"), t, out);
            }
        }
        for (name, t) in [("address", &loc.address), ("city", &loc.city)] {
            if let Some(t) = t {
                check_place(id, &format!("{f}.{name}"), t, out);
            }
        }
    }

    for lang in &r.languages {
        if !is_language_code(lang) {
            out.push(problem(id, "languages", Why::Language(lang.clone())));
        }
    }

    for (i, p) in r.phones.iter().enumerate() {
        let f = format!("phones[{i}]");
        if !is_e164(&p.number) && !is_short_code(&p.number) {
            out.push(problem(id, &f, Why::Phone(p.number.clone())));
        }
        let shown: String = p.display.chars().filter(char::is_ascii_digit).collect();
        // Only digits and the separators people write between them: what a client reads
        // left to right is the number, and nothing invisible can reorder it.
        let plain = p.display.chars().all(is_phone_display_char);
        if !plain || shown.is_empty() || !p.digits().ends_with(&shown) {
            out.push(problem(
                id,
                &f,
                Why::PhoneDisplay {
                    display: p.display.clone(),
                    number: p.number.clone(),
                },
            ));
        }
        if let Some(l) = &p.label {
            check_text(id, &format!("{f}.label"), l, out);
        }
        if let Some(h) = &p.hours
            && let Err(e) = super::schedule::Schedule::parse(&h.opening_hours)
        {
            out.push(problem(
                id,
                &format!("{f}.hours"),
                Why::Hours(e.to_string()),
            ));
        }
    }
    for (i, c) in r.channels.iter().enumerate() {
        let f = format!("channels[{i}]");
        let ok = match c.kind {
            ChannelKind::Email => c.value.contains('@') && !c.value.contains(' '),
            _ => c.value.starts_with("https://") || c.value.starts_with("http://"),
        };
        if !ok {
            out.push(problem(
                id,
                &f,
                match c.kind {
                    ChannelKind::Email => Why::Email(c.value.clone()),
                    _ => Why::Link(c.value.clone()),
                },
            ));
        }
    }
    if let Some(h) = &r.hours {
        if let Err(e) = super::schedule::Schedule::parse(&h.opening_hours) {
            out.push(problem(id, "hours", Why::Hours(e.to_string())));
        }
        if let Some(n) = &h.note {
            check_text(id, "hours.note", n, out);
        }
    }

    match r.kind {
        Kind::Procedure if r.steps.is_empty() => {
            out.push(problem(id, "steps", Why::NoSteps));
        }
        _ => {}
    }
    for (i, s) in r.steps.iter().enumerate() {
        let f = format!("steps[{i}]");
        check_text(id, &format!("{f}.actor"), &s.actor, out);
        check_text(id, &format!("{f}.action"), &s.action, out);
        for (name, t) in [
            ("deadline", &s.deadline),
            ("client_expects", &s.client_expects),
        ] {
            if let Some(t) = t {
                check_text(id, &format!("{f}.{name}"), t, out);
            }
        }
    }
    for (i, act) in r.legal_basis.iter().enumerate() {
        check_text(id, &format!("legal_basis[{i}].title"), &act.title, out);
    }

    if r.sources.is_empty() {
        out.push(problem(id, "sources", Why::NoSource));
    }
    let mut has_public_source = false;
    for (i, s) in r.sources.iter().enumerate() {
        let f = format!("sources[{i}]");
        if let Some(office) = &s.office {
            if office.trim().is_empty() {
                out.push(problem(id, &f, Why::OfficeName));
            }
            has_public_source = true;
            continue;
        }
        match (&s.seed, &s.quote, &s.url) {
            (Some(file), Some(quote), _) => {
                let text = seed_cache
                    .entry(file.clone())
                    .or_insert_with(|| seed(file))
                    .as_deref();
                match text {
                    None if !cx.strict_seeds => {}
                    None => out.push(problem(id, &f, Why::NoSeed(file.clone()))),
                    Some(text) if quote.trim().is_empty() || !text.contains(quote.as_str()) => {
                        out.push(problem(id, &f, Why::QuoteNotInSeed(file.clone())))
                    }
                    Some(_) => {}
                }
            }
            (Some(_), None, _) => out.push(problem(id, &f, Why::SeedNeedsQuote)),
            (None, _, Some(url)) => {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    out.push(problem(id, &f, Why::NotUrl(url.clone())));
                }
                if s.publisher.as_deref().is_none_or(|p| p.trim().is_empty()) {
                    out.push(problem(id, &f, Why::NeedsPublisher));
                }
                has_public_source = true;
            }
            (None, _, None) => out.push(problem(id, &f, Why::NeedsSeedOrUrl)),
        }
    }

    // A contact must come from a source: a phone from a public source or a quote that holds
    // it, a channel from a URL the sources name or a quote that holds it.
    let quotes: Vec<&str> = r
        .sources
        .iter()
        .filter_map(|s| s.quote.as_deref())
        .collect();
    let urls: Vec<&str> = r.sources.iter().filter_map(|s| s.url.as_deref()).collect();
    for (i, p) in r.phones.iter().enumerate() {
        let in_quote = quotes.iter().any(|q| {
            let digits: String = q.chars().filter(char::is_ascii_digit).collect();
            let shown: String = p.display.chars().filter(char::is_ascii_digit).collect();
            digits.contains(&shown)
        });
        if !in_quote && !has_public_source {
            out.push(problem(id, &format!("phones[{i}]"), Why::PhoneUnsourced));
        }
    }
    let office_source = r.sources.iter().any(|s| s.office.is_some());
    for (i, c) in r.channels.iter().enumerate() {
        let known = office_source
            || quotes.iter().any(|q| q.contains(c.value.as_str()))
            || urls.iter().any(|u| *u == c.value);
        if !known {
            out.push(problem(
                id,
                &format!("channels[{i}]"),
                Why::ChannelUnsourced,
            ));
        }
    }

    if r.verified_at > today {
        out.push(problem(id, "verified_at", Why::VerifiedInFuture));
    }
    if r.verified_by.trim().is_empty() {
        out.push(problem(id, "verified_by", Why::VerifiedBy));
    }
}

/// A character a phone's written form may hold: ASCII digits and the separators written
/// between groups (spaces, hyphens, brackets, dots, slashes, a leading plus).
pub fn is_phone_display_char(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            ' ' | '\u{00A0}' | '\u{202F}' | '+' | '-' | '\u{2011}' | '(' | ')' | '.' | '/'
        )
}

/// Every text of the record, found by its JSON form: a character that would change how it
/// reads without being seen (a bidi override, a zero-width character, a control) is refused,
/// naming the field. The scan of the serialized record is cheap; the field is looked for
/// only when there is something to name.
fn check_hidden(r: &Record, out: &mut Vec<Problem>) {
    use crate::text::clean::is_hidden_control;
    let Ok(json) = serde_json::to_string(r) else {
        return;
    };
    // serde_json writes non-ASCII as it is and C0 controls as escapes: `\n`, `\r`, `\t` are
    // allowed in long texts, any other escape of a control (`\u00..`, `\b`, `\f`) is not.
    let escaped_control = json.contains("\\u00") || json.contains("\\b") || json.contains("\\f");
    if !escaped_control && !json.chars().any(is_hidden_control) {
        return;
    }
    let Ok(value) = serde_json::to_value(r) else {
        return;
    };
    fn walk(v: &serde_json::Value, path: &mut String, id: &str, out: &mut Vec<Problem>) {
        match v {
            serde_json::Value::String(s) => {
                if let Some(c) = s.chars().find(|c| is_hidden_control(*c)) {
                    out.push(problem(id, path, Why::HiddenControl(c as u32)));
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    walk(item, path, id, out);
                    path.truncate(len);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, item) in map {
                    let len = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                    if let Some(c) = k.chars().find(|c| is_hidden_control(*c)) {
                        out.push(problem(id, path, Why::HiddenControl(c as u32)));
                    }
                    walk(item, path, id, out);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
    walk(&value, &mut String::new(), &r.id, out);
}

fn check_text(id: &str, field: &str, t: &Text, english: bool, out: &mut Vec<Problem>) {
    if !t.values.contains_key(&t.orig) {
        out.push(problem(id, field, Why::OriginalMissing(t.orig.clone())));
    }
    if english && !t.values.contains_key("en") {
        out.push(problem(id, field, Why::EnglishMissing));
    }
    for (lang, v) in &t.values {
        if !is_language_code(lang) {
            out.push(problem(id, field, Why::Language(lang.clone())));
        }
        if v.trim().is_empty() {
            out.push(problem(id, field, Why::TextEmpty(lang.clone())));
        }
    }
}

/// `namespace/slug`, both lower-case ASCII letters, digits and dashes.
pub fn is_valid_id(id: &str) -> bool {
    let Some((ns, slug)) = id.split_once('/') else {
        return false;
    };
    let part = |s: &str| {
        !s.is_empty()
            && !s.starts_with('-')
            && !s.ends_with('-')
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    part(ns) && part(slug) && id.len() <= 120
}

fn is_language_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_lowercase())
}

/// `+` then 7 to 15 digits, not starting with 0.
pub fn is_e164(s: &str) -> bool {
    let Some(d) = s.strip_prefix('+') else {
        return false;
    };
    (7..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) && !d.starts_with('0')
}

fn is_short_code(s: &str) -> bool {
    (3..=6).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_numbers() {
        assert!(is_valid_id("pl/niebieskie-karty"));
        assert!(!is_valid_id("pl/Niebieskie"));
        assert!(!is_valid_id("niebieskie"));
        assert!(!is_valid_id("pl/"));
        assert!(is_e164("+48800120002"));
        assert!(!is_e164("+048800120002"));
        assert!(!is_e164("48800120002"));
        assert!(is_short_code("116111"));
        assert!(!is_short_code("11"));
    }
}
