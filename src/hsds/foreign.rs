//! An item from another publisher's HSDS file, mapped field by field into a Haven record:
//! phones dialled in the item's country, schedules as opening hours, locations and their
//! addresses, links, e-mail, languages, required documents, and a source a person can use.

use super::extras::keep_extras;
use super::problem::{HsdsWhy, Target};
use super::schedules;
use crate::model::{Channel, ChannelKind, Country, Hours, Kind, Location, Record, Source, Text};
use crate::parse::{guess_lang, link, phone, region};
use serde_json::Value;

/// An item from another HSDS publisher, mapped field by field.
pub(super) fn foreign(
    item: &Value,
    target: &Target,
    country: Option<&Country>,
    lang: &str,
    today: jiff::civil::Date,
    new_id: &mut dyn FnMut(&str, &Country) -> String,
    at: &mut dyn FnMut(&str, HsdsWhy),
) -> Option<Record> {
    let s = |v: &Value, k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::to_string)
    };
    let Some(name) = s(item, "name") else {
        at("name", HsdsWhy::NoName);
        return None;
    };
    let places: Vec<&Value> = item
        .get("service_at_locations")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|x| x.get("location")).collect())
        .or_else(|| {
            item.get("locations")
                .and_then(Value::as_array)
                .map(|a| a.iter().collect())
        })
        .unwrap_or_default();
    let addresses: Vec<&Value> = places
        .iter()
        .flat_map(|l| {
            l.get("addresses")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
        })
        .collect();
    let country = addresses
        .iter()
        .find_map(|a| s(a, "country").and_then(|c| Country::new(&c)))
        .or_else(|| country.cloned());
    let Some(country) = country else {
        at(
            "service_at_locations[0].location.addresses[0].country",
            HsdsWhy::NoCountry,
        );
        return None;
    };
    let lang_of = |t: &str| guess_lang(t, country.code(), lang);
    let text = |t: String| Text::new(&lang_of(&t), t);
    let is_org = item.get("status").is_none();
    let kind = if is_org {
        Kind::Organization
    } else {
        Kind::Service
    };
    let mut r = Record {
        description: s(item, "description").map(text),
        eligibility: s(item, "eligibility_description").map(text),
        what_to_expect: s(item, "application_process").map(text),
        ..Record::new(
            new_id(&name, &country),
            kind,
            text(name.clone()),
            country.clone(),
            today,
            String::new(),
        )
    };
    let docs: Vec<String> = item
        .get("required_documents")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|d| s(d, "document")).collect())
        .unwrap_or_default();
    if !docs.is_empty() {
        r.what_to_bring = Some(text(docs.join("; ")));
    }
    for (i, p) in item
        .get("phones")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let field = format!("phones[{i}].number");
        let Some(raw) = s(p, "number") else { continue };
        let bare = raw.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
        if bare != raw {
            at(&field, HsdsWhy::QuotedPhone(raw.clone()));
        }
        match phone(bare, &country) {
            Some(mut ph) => {
                ph.label = s(p, "description").map(text);
                r.phones.push(ph);
            }
            None => at(&field, HsdsWhy::Phone(raw.clone())),
        }
    }
    let mut urls: Vec<(String, String)> = Vec::new();
    for k in ["url", "website"] {
        if let Some(u) = s(item, k) {
            urls.push((k.into(), u));
        }
    }
    for k in ["additional_urls", "additional_websites"] {
        for (i, u) in item
            .get(k)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            if let Some(u) = s(u, "url") {
                urls.push((format!("{k}[{i}].url"), u));
            }
        }
    }
    for (field, u) in urls {
        match link(&u) {
            Some(c) if !r.channels.iter().any(|x| x.value == c.value) => r.channels.push(c),
            Some(_) => {}
            None => at(&field, HsdsWhy::Link(u)),
        }
    }
    if let Some(e) = s(item, "email") {
        if e.contains('@') && !e.contains(char::is_whitespace) {
            r.channels.push(Channel {
                kind: ChannelKind::Email,
                value: e,
                label: None,
            });
        } else {
            at("email", HsdsWhy::Email(e));
        }
    }
    for (i, l) in item
        .get("languages")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        if let Some(code) = s(l, "code") {
            let c = code.to_ascii_lowercase();
            if c.len() == 2 && c.bytes().all(|b| b.is_ascii_lowercase()) {
                if !r.languages.contains(&c) {
                    r.languages.push(c);
                }
            } else {
                at(&format!("languages[{i}].code"), HsdsWhy::Language(code));
            }
        }
    }
    let sched = item
        .get("schedules")
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty())
        .or_else(|| {
            item.get("service_at_locations")
                .and_then(Value::as_array)
                .and_then(|a| a.first())
                .and_then(|x| x.get("schedules"))
                .and_then(Value::as_array)
        });
    if let Some(opening_hours) = sched.and_then(|s| schedules::from_hsds(s)) {
        r.hours = Some(Hours {
            opening_hours,
            note: None,
        });
    }
    for (i, l) in places.iter().enumerate() {
        for k in ["latitude", "longitude"] {
            let limit = if k == "latitude" { 90.0 } else { 180.0 };
            if let Some(x) = l.get(k).and_then(Value::as_f64)
                && x.abs() > limit
            {
                at(
                    &format!("service_at_locations[{i}].location.{k}"),
                    HsdsWhy::Coordinate(x),
                );
            }
        }
        let a = l
            .get("addresses")
            .and_then(Value::as_array)
            .and_then(|a| a.first());
        let street = a.map(|a| {
            [s(a, "address_1"), s(a, "address_2")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ")
        });
        let city = a.and_then(|a| s(a, "city")).map(text);
        if r.city.is_none() {
            r.city = city.clone();
        }
        if r.region.is_none()
            && let Some(p) = a.and_then(|a| s(a, "state_province").or_else(|| s(a, "region")))
        {
            r.region = Some(region(&p, &country, &[], &lang_of));
        }
        r.locations.push(Location {
            name: s(l, "name").map(text),
            address: street.filter(|x| !x.is_empty()).map(text),
            city,
            confidential: false,
            note: None,
        });
    }
    let org_name = item
        .get("organization")
        .and_then(|o| s(o, "name"))
        .unwrap_or_else(|| name.clone());
    match target {
        Target::Office { office } => {
            r.sources.push(crate::layer::office_source(office, today));
            r.verified_by = office.trim().to_string();
        }
        Target::Publisher => {
            if let Some(url) = s(item, "url").or_else(|| s(item, "website")) {
                // The contacts as read from the publisher's HSDS record (links made whole), so each
                // channel names where it came from.
                let contacts: Vec<&str> = r.channels.iter().map(|c| c.value.as_str()).collect();
                let hsds_id = s(item, "id").unwrap_or_default();
                r.sources.push(Source {
                    seed: None,
                    quote: (!contacts.is_empty()).then(|| contacts.join("; ")),
                    url: Some(url),
                    publisher: Some(org_name.clone()),
                    published: s(item, "assured_date"),
                    supports: Some(format!("Open Referral HSDS record {hsds_id}")),
                    office: None,
                });
            }
            r.verified_by = org_name;
            if let Some(d) = s(item, "assured_date").and_then(|d| d.parse().ok()) {
                r.verified_at = d;
            }
        }
    }
    keep_extras(item, &mut r);
    Some(r)
}
