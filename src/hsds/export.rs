//! Haven's records written as HSDS 3.1: services (and organizations) valid against the
//! official compiled schemas, with the Haven profile for what HSDS cannot hold.

use super::{PROFILE, PROFILE_KEY, extras, schedules, uuid_for};
use crate::model::{ChannelKind, Kind, Record};
use serde_json::{Map, Value, json};

/// Fields of a service that HSDS carries whole, so the profile does not repeat them (an
/// organization in HSDS has neither languages nor an assured date).
const CARRIED: [&str; 2] = ["languages", "verified_at"];

/// The record as an HSDS object: an `organization` for Haven's organisations, a `service`
/// for everything else. Its confidential locations are left out, and with them anything the
/// record's extras hold about any address.
pub fn to_hsds(record: &Record) -> Value {
    let r = record.without_confidential();
    let mut out = if r.kind == Kind::Organization {
        organization(&r)
    } else {
        service(&r)
    };
    let mut profile = serde_json::to_value(&r).unwrap_or(Value::Null);
    if let Some(p) = profile.as_object_mut() {
        p.remove("hsds");
        if r.kind != Kind::Organization {
            for k in CARRIED {
                p.remove(k);
            }
        }
        p.insert("profile".into(), PROFILE.into());
    }
    if let Some(o) = out.as_object_mut() {
        o.insert(PROFILE_KEY.into(), profile);
    }
    if let Some(extra) = &record.hsds {
        let safe = if record.has_confidential_location() {
            extras::without_addresses(extra)
        } else {
            Some(extra.clone())
        };
        if let Some(safe) = safe {
            extras::merge(&mut out, &safe);
        }
    }
    out
}

fn put(o: &mut Map<String, Value>, key: &str, value: Option<&str>) {
    if let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) {
        o.insert(key.into(), v.into());
    }
}

fn service(r: &Record) -> Value {
    let id = uuid_for(&r.id);
    let mut o = Map::new();
    o.insert("id".into(), id.clone().into());
    o.insert("name".into(), r.name.original().into());
    put(
        &mut o,
        "description",
        r.description.as_ref().map(|t| t.original()),
    );
    o.insert("status".into(), "active".into());
    if let Some(org) = &r.organization {
        o.insert("organization_id".into(), uuid_for(org).into());
    }
    let links: Vec<_> = r.channels.iter().filter(|c| c.kind.is_link()).collect();
    if let Some(first) = links.first() {
        o.insert("url".into(), first.value.clone().into());
    }
    if links.len() > 1 {
        let more: Vec<Value> = links[1..]
            .iter()
            .enumerate()
            .map(|(i, c)| {
                json!({"id": uuid_for(&format!("{}#urls/{i}", r.id)), "label": c.kind.key(),
                       "url": c.value})
            })
            .collect();
        o.insert("additional_urls".into(), more.into());
    }
    if let Some(e) = r.channels.iter().find(|c| c.kind == ChannelKind::Email) {
        o.insert("email".into(), e.value.clone().into());
    }
    put(
        &mut o,
        "eligibility_description",
        r.eligibility.as_ref().map(|t| t.original()),
    );
    put(
        &mut o,
        "application_process",
        r.what_to_expect.as_ref().map(|t| t.original()),
    );
    o.insert("assured_date".into(), r.verified_at.to_string().into());
    common(r, &mut o);
    if let Some(b) = &r.what_to_bring {
        o.insert(
            "required_documents".into(),
            json!([{"id": uuid_for(&format!("{}#documents/0", r.id)), "document": b.original()}]),
        );
    }
    let places: Vec<Value> = r
        .locations
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let key = format!("{}#locations/{i}", r.id);
            let mut loc = Map::new();
            loc.insert("id".into(), uuid_for(&key).into());
            loc.insert("location_type".into(), "physical".into());
            put(&mut loc, "name", l.name.as_ref().map(|t| t.original()));
            put(&mut loc, "description", l.note.as_ref().map(|t| t.original()));
            if let Some(a) = &l.address {
                let city = l.city.as_ref().or(r.city.as_ref());
                loc.insert(
                    "addresses".into(),
                    json!([{
                        "id": uuid_for(&format!("{key}/address")),
                        "address_1": a.original(),
                        "city": city.map(|c| c.original()).unwrap_or(""),
                        "state_province": r.region.as_ref().map(|g| g.name.original()).unwrap_or(""),
                        "postal_code": "",
                        "country": r.country.code(),
                        "address_type": "physical",
                    }]),
                );
            }
            json!({"id": uuid_for(&format!("{key}/at")), "location": loc})
        })
        .collect();
    if !places.is_empty() {
        o.insert("service_at_locations".into(), places.into());
    }
    let mut attributes = Vec::new();
    // A term is described by its English name (the tables require a description).
    let mut term = |taxonomy: &str, code: &str, described: &str| {
        let term_id = uuid_for(&format!("{taxonomy}/{code}"));
        attributes.push(json!({
            "id": uuid_for(&format!("{}#{taxonomy}/{code}", r.id)),
            "link_id": id,
            "link_type": "service",
            "link_entity": "service",
            "taxonomy_term_id": term_id,
            "taxonomy_term": {
                "id": term_id,
                "code": code,
                "name": code,
                "description": crate::i18n::tr(crate::i18n::Locale::En, described),
                "taxonomy": taxonomy,
            },
        }));
    };
    for c in &r.categories {
        term("haven-category", c.key(), &format!("category-{}", c.key()));
    }
    for t in &r.target_groups {
        term(
            "haven-target-group",
            t.key(),
            &format!("target-{}", t.key()),
        );
    }
    if !attributes.is_empty() {
        o.insert("attributes".into(), attributes.into());
    }
    Value::Object(o)
}

fn organization(r: &Record) -> Value {
    let id = uuid_for(&r.id);
    let mut o = Map::new();
    o.insert("id".into(), id.clone().into());
    o.insert("name".into(), r.name.original().into());
    o.insert(
        "description".into(),
        r.description
            .as_ref()
            .map(|t| t.original())
            .unwrap_or("")
            .into(),
    );
    if let Some(w) = r.channels.iter().find(|c| c.kind.is_link()) {
        o.insert("website".into(), w.value.clone().into());
    }
    if let Some(e) = r.channels.iter().find(|c| c.kind == ChannelKind::Email) {
        o.insert("email".into(), e.value.clone().into());
    }
    common(r, &mut o);
    Value::Object(o)
}

/// Phones, schedules and languages: the same on a service and an organization.
fn common(r: &Record, o: &mut Map<String, Value>) {
    let phones: Vec<Value> = r
        .phones
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut v = Map::new();
            v.insert(
                "id".into(),
                uuid_for(&format!("{}#phones/{i}", r.id)).into(),
            );
            v.insert("number".into(), p.number.clone().into());
            put(
                &mut v,
                "description",
                p.label.as_ref().map(|t| t.original()),
            );
            Value::Object(v)
        })
        .collect();
    if !phones.is_empty() {
        o.insert("phones".into(), phones.into());
    }
    if let Some(h) = &r.hours {
        let key = format!("{}#schedules", r.id);
        let s = schedules::to_hsds(&h.opening_hours, &|i| uuid_for(&format!("{key}/{i}")));
        if !s.is_empty() && r.kind != Kind::Organization {
            o.insert("schedules".into(), s.into());
        }
    }
    if !r.languages.is_empty() && r.kind != Kind::Organization {
        let langs: Vec<Value> = r
            .languages
            .iter()
            .map(
                |code| json!({"id": uuid_for(&format!("{}#languages/{code}", r.id)), "code": code}),
            )
            .collect();
        o.insert("languages".into(), langs.into());
    }
}

/// Writes one page of an HSDS list (as HSDS's API gives one, with the whole list in it),
/// one item at a time. Returns how many items it holds.
fn write_page<'a>(
    items: impl Iterator<Item = &'a Record>,
    count: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<usize> {
    write!(
        out,
        "{{\n\"total_items\": {count},\n\"total_pages\": 1,\n\"page_number\": 1,\n\"size\": {count},\n\
         \"first_page\": true,\n\"last_page\": true,\n\"empty\": {},\n\"contents\": [\n",
        count == 0
    )?;
    let mut n = 0;
    for r in items {
        if n > 0 {
            out.write_all(b",\n")?;
        }
        serde_json::to_writer_pretty(&mut *out, &to_hsds(r))?;
        n += 1;
    }
    out.write_all(b"\n]\n}\n")?;
    Ok(n)
}

/// The directory as HSDS, written to `services` and `organizations` (Haven's organisations)
/// one record at a time. Returns how many of each were written.
pub fn write_directory(
    records: &[Record],
    services: &mut dyn std::io::Write,
    organizations: &mut dyn std::io::Write,
) -> std::io::Result<(usize, usize)> {
    let is_org = |r: &&Record| r.kind == Kind::Organization;
    let orgs = records.iter().filter(is_org).count();
    let s = write_page(
        records.iter().filter(|r| !is_org(r)),
        records.len() - orgs,
        services,
    )?;
    let o = write_page(records.iter().filter(is_org), orgs, organizations)?;
    Ok((s, o))
}

/// The directory as HSDS in memory: (the services page, the organizations page).
pub fn export_directory(records: &[Record]) -> (Value, Value) {
    let (mut s, mut o) = (Vec::new(), Vec::new());
    if write_directory(records, &mut s, &mut o).is_err() {
        return (Value::Null, Value::Null);
    }
    (
        serde_json::from_slice(&s).unwrap_or(Value::Null),
        serde_json::from_slice(&o).unwrap_or(Value::Null),
    )
}
