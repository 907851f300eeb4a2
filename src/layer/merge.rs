//! The publisher's side of the corrections loop: a flag an office sent back, applied to the
//! record in the publisher's `data/` folder, and an office's own record taken in under the
//! publisher's namespace. Every change names the office as its source.

use super::{Flag, FlagField, field_values};
use crate::model::{Phone, Record, Source, Text};

/// Why a correction cannot be applied to the publisher's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The record no longer holds the flagged value (already corrected, or changed).
    AlreadyChanged { now: Vec<String> },
    /// A record cannot lose its name.
    NameRequired,
}

/// `typed` as E.164 for a record in `country`: with a `+` or `00` it is taken as it is;
/// written nationally, the trunk prefix (`0`, or `8` in Kazakhstan) gives way to the
/// country code. A short code (3–6 digits) stays as it is.
pub fn dial_number(typed: &str, country: &str) -> Option<String> {
    let folded = crate::search::fold::fold(typed);
    let digits: String = folded.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    if folded.trim_start().starts_with('+') {
        return Some(format!("+{digits}"));
    }
    if let Some(rest) = digits.strip_prefix("00") {
        return Some(format!("+{rest}"));
    }
    if (3..=6).contains(&digits.len()) {
        return Some(digits);
    }
    let (code, trunk) = match country {
        "PL" => ("48", None),
        "KZ" => ("7", Some('8')),
        "VN" => ("84", Some('0')),
        "IR" => ("98", Some('0')),
        _ => return None,
    };
    let national = match trunk {
        Some(t) => digits.strip_prefix(t).unwrap_or(&digits).to_string(),
        None => digits,
    };
    Some(format!("+{code}{national}"))
}

/// The publisher's record with the office's flag applied: the correct value in place of
/// the flagged one, or the flagged value removed when the office gave none.
pub fn apply(current: &Record, flag: &Flag, office: &str) -> Result<Record, Refusal> {
    if !field_values(current, flag.field).contains(&flag.value) {
        return Err(Refusal::AlreadyChanged {
            now: field_values(current, flag.field),
        });
    }
    let mut r = current.clone();
    let correct = flag
        .correct
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let lang = r.name.orig.clone();
    let text = |c: &str, old: &Text| -> Text {
        let mut t = Text::new(&old.orig, c);
        if old.orig != "en" {
            t = t.with("en", c);
        }
        t
    };
    let set_text = |slot: &mut Option<Text>| match (correct, slot.as_ref()) {
        (Some(c), Some(old)) => *slot = Some(text(c, old)),
        (Some(c), None) => *slot = Some(text(c, &Text::new(&lang, c))),
        (None, _) => *slot = None,
    };
    match flag.field {
        FlagField::Phone => {
            let i = r.phones.iter().position(|p| p.number == flag.value);
            if let Some(i) = i {
                match correct.and_then(|c| Some((c, dial_number(c, r.country.code())?))) {
                    Some((c, number)) => {
                        r.phones[i] = Phone {
                            number,
                            display: c.to_string(),
                            ..r.phones[i].clone()
                        }
                    }
                    None => {
                        r.phones.remove(i);
                    }
                }
            }
        }
        FlagField::Address => {
            for loc in &mut r.locations {
                if loc.address.as_ref().map(|a| a.original()) == Some(flag.value.as_str()) {
                    set_text(&mut loc.address);
                }
            }
        }
        FlagField::Hours => match correct {
            Some(c) => {
                let note = r.hours.as_ref().and_then(|h| h.note.clone());
                r.hours = Some(crate::model::Hours {
                    opening_hours: c.to_string(),
                    note,
                });
            }
            None => r.hours = None,
        },
        FlagField::Channel => {
            let i = r.channels.iter().position(|c| c.value == flag.value);
            if let Some(i) = i {
                match correct {
                    Some(c) => r.channels[i].value = c.to_string(),
                    None => {
                        r.channels.remove(i);
                    }
                }
            }
        }
        FlagField::Name => match correct {
            Some(c) => r.name = text(c, &r.name),
            None => return Err(Refusal::NameRequired),
        },
        FlagField::Description => set_text(&mut r.description),
        FlagField::City => set_text(&mut r.city),
        FlagField::Eligibility => set_text(&mut r.eligibility),
        FlagField::WhatToBring => set_text(&mut r.what_to_bring),
        FlagField::WhatToExpect => set_text(&mut r.what_to_expect),
    }
    let what = match correct {
        Some(c) => format!("{}: {c}", flag.field.key()),
        None => format!("{}: {} does not work", flag.field.key(), flag.value),
    };
    r.sources.push(Source {
        seed: None,
        quote: None,
        url: None,
        publisher: None,
        published: Some(flag.on.to_string()),
        supports: Some(what),
        office: Some(office.to_string()),
    });
    if flag.on > r.verified_at {
        r.verified_at = flag.on;
        r.verified_by = office.to_string();
    }
    Ok(r)
}

/// An office's own record taken into the publisher's directory: a new id in the record's
/// country namespace (`pl/…`), not among `taken`.
pub fn adopt(r: &Record, taken: &dyn Fn(&str) -> bool) -> Record {
    let ns = r.country.code().to_ascii_lowercase();
    let slug =
        r.id.split_once('/')
            .map(|(_, s)| s.to_string())
            .unwrap_or_else(|| super::slug(r.name.original()));
    let mut id = format!("{ns}/{slug}");
    let mut n = 2;
    while taken(&id) {
        id = format!("{ns}/{slug}-{n}");
        n += 1;
    }
    Record { id, ..r.clone() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_written_nationally_get_their_country_code() {
        assert_eq!(
            dial_number("800 120 003", "PL").as_deref(),
            Some("+48800120003")
        );
        assert_eq!(
            dial_number("+48 800-120-003", "KZ").as_deref(),
            Some("+48800120003")
        );
        assert_eq!(
            dial_number("8 (7222) 52-00-00", "KZ").as_deref(),
            Some("+77222520000")
        );
        assert_eq!(
            dial_number("0292 3821 000", "VN").as_deref(),
            Some("+842923821000")
        );
        assert_eq!(
            dial_number("۰۲۱ ۱۲۳۴ ۵۶۷۸", "IR").as_deref(),
            Some("+982112345678")
        );
        assert_eq!(dial_number("1480", "IR").as_deref(), Some("1480"));
        assert_eq!(dial_number("none", "PL"), None);
    }
}
