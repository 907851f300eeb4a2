//! HSDS 3.1 JSON read into Haven's records: each item checked field by field, every problem
//! reported with the item and the field's path, an item that cannot be trusted refused whole
//! (never half a record), and what Haven has no place for kept in the record's extras.

use super::extras::keep_extras;
use super::foreign::foreign;
use super::problem::{HsdsError, HsdsProblem, HsdsWhy, Imported, Target};
use super::{PROFILE_KEY, stream};
use crate::model::{Country, Kind, Record, Validator};
use serde_json::Value;
use std::collections::HashMap;

/// Reads HSDS JSON, one item at a time: a service, an organization (with its `services`), a list of either, or
/// a page of a list. `country` is the country of items whose addresses name none; `lang` the
/// language of text whose letters do not tell; `directory` holds the kinds of the records an
/// item may link to; `taken` says whether an id is in use.
pub fn import(
    input: &mut dyn std::io::Read,
    target: &Target,
    country: Option<&Country>,
    lang: &str,
    today: jiff::civil::Date,
    directory: &HashMap<String, Kind>,
    taken: &dyn Fn(&str) -> bool,
) -> Result<Imported, HsdsError> {
    import_all(vec![input], target, country, lang, today, directory, taken)
}

/// Reads several HSDS files as one directory (organizations first, then the services that
/// link to them), checked together.
pub fn import_all(
    inputs: Vec<&mut dyn std::io::Read>,
    target: &Target,
    country: Option<&Country>,
    lang: &str,
    today: jiff::civil::Date,
    directory: &HashMap<String, Kind>,
    taken: &dyn Fn(&str) -> bool,
) -> Result<Imported, HsdsError> {
    let feed = |handle: &mut dyn FnMut(Value)| {
        let mut left = MAX_JSON_BYTES;
        for input in inputs {
            let mut capped = Capped {
                inner: input,
                left: &mut left,
            };
            stream::for_each(&mut capped, handle).map_err(|e| match e.classify() {
                serde_json::error::Category::Io
                    if e.io_error_kind() == Some(std::io::ErrorKind::FileTooLarge) =>
                {
                    HsdsError::TooLarge {
                        max_mb: MAX_JSON_BYTES >> 20,
                    }
                }
                serde_json::error::Category::Data => HsdsError::NotHsds,
                serde_json::error::Category::Io => HsdsError::Io(e.to_string()),
                _ => HsdsError::Syntax {
                    line: e.line(),
                    detail: e.to_string(),
                },
            })?;
        }
        Ok(())
    };
    import_items(feed, target, country, lang, today, directory, taken)
}

/// The most bytes of HSDS JSON read in one import, all its files together: items are read
/// one at a time, but one item may be as large as the file.
pub const MAX_JSON_BYTES: u64 = 64 * 1024 * 1024;

/// A reader that fails, as a file too large, past what is left of the budget.
struct Capped<'a> {
    inner: &'a mut dyn std::io::Read,
    left: &'a mut u64,
}

impl std::io::Read for Capped<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if *self.left == 0 {
            let mut probe = [0u8; 1];
            if self.inner.read(&mut probe)? == 0 {
                return Ok(0);
            }
            return Err(std::io::ErrorKind::FileTooLarge.into());
        }
        let max = buf
            .len()
            .min(usize::try_from(*self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..max])?;
        *self.left -= n as u64;
        Ok(n)
    }
}

/// Reads an HSDS data package (its folder, or its `datapackage.json`): the tables joined
/// into items by their ids and read as the JSON form is. A row whose link points at nothing
/// is reported, with its file, row and column.
pub fn import_package(
    path: &std::path::Path,
    target: &Target,
    country: Option<&Country>,
    lang: &str,
    today: jiff::civil::Date,
    directory: &HashMap<String, Kind>,
    taken: &dyn Fn(&str) -> bool,
) -> Result<Imported, HsdsError> {
    let package = super::tabular::read_package(path)?;
    let feed = |handle: &mut dyn FnMut(Value)| package.for_each(handle);
    let mut out = import_items(feed, target, country, lang, today, directory, taken)?;
    let found = package
        .dangling()
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, d)| HsdsProblem {
            item: i,
            name: String::new(),
            field: d.column.clone(),
            why: HsdsWhy::Dangling(d),
        });
    out.mended.splice(0..0, found);
    Ok(out)
}

/// The items `feed` hands on, each mapped and checked, then all checked together.
fn import_items(
    feed: impl FnOnce(&mut dyn FnMut(Value)) -> Result<(), HsdsError>,
    target: &Target,
    country: Option<&Country>,
    lang: &str,
    today: jiff::civil::Date,
    directory: &HashMap<String, Kind>,
    taken: &dyn Fn(&str) -> bool,
) -> Result<Imported, HsdsError> {
    let mut out = Imported::default();
    let mut ids: HashMap<String, String> = HashMap::new(); // HSDS id → Haven id
    let mut used: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut renamed: HashMap<String, String> = HashMap::new(); // a publisher's id → the office's
    let mut built_all = Vec::new();
    let mut count = 0usize;
    let mut named = false;
    let mut one = |item: Value, parent: Option<String>| {
        let i = count;
        count += 1;
        named |= item.get("name").is_some() || item.get(PROFILE_KEY).is_some();
        let name = item
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let problems = std::cell::RefCell::new(Vec::new());
        let mut at = |field: &str, why: HsdsWhy| {
            problems.borrow_mut().push(HsdsProblem {
                item: i,
                name: name.clone(),
                field: field.to_string(),
                why,
            })
        };
        let new_id = |slug_of: &str, base: &str| {
            let slug = nonempty(crate::layer::slug(slug_of));
            let mut id = format!("{base}/{slug}");
            let mut n = 2;
            while taken(&id) || used.contains(&id) {
                id = format!("{base}/{slug}-{n}");
                n += 1;
            }
            id
        };
        let built = match item.get(PROFILE_KEY) {
            Some(profile) => from_profile(&item, profile, &mut at).map(|mut r| {
                // Into the office's layer, a publisher's record becomes the office's own.
                if let Target::Office { office } = target
                    && !crate::layer::is_local(&r.id)
                {
                    let id = new_id(r.name.original(), crate::layer::LOCAL_NAMESPACE);
                    renamed.insert(std::mem::replace(&mut r.id, id), r.id.clone());
                    r.sources.push(crate::layer::office_source(office, today));
                }
                r
            }),
            None => {
                let mut foreign_id = |slug_of: &str, cc: &Country| match target {
                    Target::Office { .. } => new_id(slug_of, crate::layer::LOCAL_NAMESPACE),
                    Target::Publisher => new_id(slug_of, &cc.key()),
                };
                foreign(
                    &item,
                    target,
                    country,
                    lang,
                    today,
                    &mut foreign_id,
                    &mut at,
                )
            }
        };
        let Some(mut record) = built else {
            split(problems.into_inner(), &mut out);
            return;
        };
        if let (Some(parent), None) = (&parent, &record.organization)
            && let Some(org) = ids.get(parent)
        {
            record.organization = Some(org.clone());
        }
        if let Some(h) = item.get("organization_id").and_then(Value::as_str)
            && record.organization.is_none()
            && let Some(org) = ids.get(h)
        {
            record.organization = Some(org.clone());
        }
        if let Some(h) = item.get("id").and_then(Value::as_str) {
            ids.insert(h.to_string(), record.id.clone());
        }
        used.insert(record.id.clone());
        built_all.push((i, name, record, problems.into_inner()));
    };
    let mut handle = |mut item: Value| {
        // An organization's services follow it, linked to it.
        let services = item
            .as_object_mut()
            .and_then(|o| o.remove("services"))
            .and_then(|s| match s {
                Value::Array(a) => Some(a),
                _ => None,
            });
        let org_id = item.get("id").and_then(Value::as_str).map(str::to_string);
        one(item, None);
        for s in services.unwrap_or_default() {
            one(s, org_id.clone());
        }
    };
    feed(&mut handle)?;
    if !named {
        return Err(HsdsError::NotHsds);
    }
    // Links to a publisher's records that came in as the office's follow them.
    for (_, _, r, _) in &mut built_all {
        for link in r.organization.iter_mut().chain(r.related.iter_mut()) {
            if let Some(new) = renamed.get(link.as_str()) {
                *link = new.clone();
            }
        }
    }
    // Links are checked against the directory and everything in the file, whatever its order.
    let mut kinds = directory.clone();
    for (_, _, r, _) in &built_all {
        kinds.insert(r.id.clone(), r.kind);
    }
    let office = matches!(target, Target::Office { .. });
    let mut v = Validator::new(&kinds, &crate::model::seed_text, today, false);
    if office {
        v = v.for_office();
    }
    for (i, name, record, mut problems) in built_all {
        for p in v.check(&record) {
            problems.push(HsdsProblem {
                item: i,
                name: name.clone(),
                field: p.field.clone(),
                why: HsdsWhy::Record(p),
            });
        }
        if problems.iter().any(|p| p.why.refuses()) {
            split(problems, &mut out);
            continue;
        }
        out.mended.extend(problems);
        out.records.push(record);
    }
    Ok(out)
}

fn nonempty(slug: String) -> String {
    if slug.is_empty() {
        "record".into()
    } else {
        slug
    }
}

fn split(problems: Vec<HsdsProblem>, out: &mut Imported) {
    for p in problems {
        if p.why.refuses() {
            out.refused.push(p);
        } else {
            out.mended.push(p);
        }
    }
}

/// A record Haven exported: the profile is the record, HSDS's own fields say its languages,
/// its date, and (when an HSDS tool edited them) its name and description.
fn from_profile(
    item: &Value,
    profile: &Value,
    at: &mut dyn FnMut(&str, HsdsWhy),
) -> Option<Record> {
    let mut p = profile.clone();
    let o = p.as_object_mut()?;
    o.remove("profile");
    let langs: Vec<Value> = item
        .get("languages")
        .and_then(Value::as_array)
        .map(|l| l.iter().filter_map(|x| x.get("code").cloned()).collect())
        .unwrap_or_default();
    if !langs.is_empty() {
        o.insert("languages".into(), langs.into());
    }
    if let Some(d) = item.get("assured_date") {
        o.insert("verified_at".into(), d.clone());
    }
    let mut record: Record = match serde_json::from_value(p) {
        Ok(r) => r,
        Err(e) => {
            at(PROFILE_KEY, HsdsWhy::Profile(e.to_string()));
            return None;
        }
    };
    if let Some(n) = item.get("name").and_then(Value::as_str)
        && n != record.name.original()
    {
        let orig = record.name.orig.clone();
        record.name.values.insert(orig, n.to_string());
    }
    keep_extras(item, &mut record);
    Some(record)
}
