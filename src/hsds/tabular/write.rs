//! Haven's HSDS items written as the tables of a data package, with a `datapackage.json`
//! that names every table, its columns, their types and the links between tables.

use super::{EMBEDS, NESTS, NUMBERS, ORGANIZATION_URLS, TABLES};
use crate::hsds::{PROFILE, PROFILE_KEY, to_hsds};
use crate::model::{Kind, Record};
use serde_json::{Map, Value, json};
use std::collections::{HashMap, HashSet};

/// One table's rows as they are collected: its columns in first-seen order (`id` first).
#[derive(Default)]
struct Sheet {
    columns: Vec<String>,
    rows: Vec<Map<String, Value>>,
    ids: HashSet<String>,
}

/// The directory as an HSDS data package: each file's name and bytes, the tables in
/// HSDS's order and `datapackage.json` last. Confidential addresses are left out as in the
/// JSON export (the items are the JSON export's).
pub fn write_package(records: &[Record]) -> Vec<(String, Vec<u8>)> {
    let mut sheets: HashMap<&'static str, Sheet> = HashMap::new();
    let (orgs, services): (Vec<&Record>, Vec<&Record>) =
        records.iter().partition(|r| r.kind == Kind::Organization);
    for (table, list) in [("organization", orgs), ("service", services)] {
        for r in list {
            flatten(table, to_hsds(r), &mut sheets);
        }
    }
    let mut files = Vec::new();
    let mut resources = Vec::new();
    for t in TABLES {
        let Some(sheet) = sheets.get(t.name) else {
            continue;
        };
        files.push((t.file.to_string(), csv_bytes(sheet)));
        resources.push(resource(t.name, t.file, &sheet.columns));
    }
    let package = json!({
        "name": "haven-directory",
        "title": "Haven directory (Open Referral HSDS 3.1, tabular)",
        "profile": "tabular-data-package",
        "haven_profile": PROFILE,
        "resources": resources,
    });
    let bytes = serde_json::to_vec_pretty(&package).unwrap_or_default();
    files.push(("datapackage.json".to_string(), bytes));
    files
}

/// Puts `item`, a row of `table`, and everything nested in it into their tables.
fn flatten(table: &'static str, item: Value, sheets: &mut HashMap<&'static str, Sheet>) {
    let Value::Object(o) = item else {
        return;
    };
    let id = o.get("id").and_then(Value::as_str).map(str::to_string);
    let mut row = Map::new();
    for (key, v) in o {
        if key == PROFILE_KEY {
            row.insert(key, Value::String(v.to_string()));
            continue;
        }
        match v {
            Value::Array(children) => {
                let Some((child_table, column)) = nested(table, &key) else {
                    continue;
                };
                for mut child in children {
                    if let (Some(id), Some(c), Some(obj)) = (&id, column, child.as_object_mut()) {
                        obj.entry(c).or_insert_with(|| id.clone().into());
                    }
                    flatten(child_table, child, sheets);
                }
            }
            Value::Object(_) => {
                let Some(e) = EMBEDS.iter().find(|e| e.table == table && e.key == key) else {
                    continue;
                };
                if let Some(target_id) = v.get("id").and_then(Value::as_str) {
                    row.insert(e.column.to_string(), target_id.into());
                }
                flatten(e.target, v, sheets);
            }
            scalar => {
                row.insert(key, scalar);
            }
        }
    }
    let sheet = sheets.entry(table).or_default();
    if let Some(id) = &id
        && !sheet.ids.insert(id.clone())
    {
        return; // a location two services are offered at is one row
    }
    if sheet.columns.is_empty() {
        sheet.columns.push("id".into());
    }
    for k in row.keys() {
        if !sheet.columns.contains(k) {
            sheet.columns.push(k.clone());
        }
    }
    sheet.rows.push(row);
}

/// The table a list under `key` of a `parent` row belongs to, and the column that names the
/// parent.
fn nested(parent: &str, key: &str) -> Option<(&'static str, Option<&'static str>)> {
    let key = if key == ORGANIZATION_URLS {
        "additional_urls"
    } else {
        key
    };
    let nest = NESTS.iter().find(|n| n.key == key)?;
    let column = nest
        .parents
        .iter()
        .find(|(_, t)| *t == parent || *t == "*")
        .map(|(c, _)| *c);
    Some((nest.table, column))
}

fn csv_bytes(sheet: &Sheet) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let cell = |v: Option<&Value>| match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    let mut ok = w.write_record(&sheet.columns).is_ok();
    for row in &sheet.rows {
        ok &= w
            .write_record(sheet.columns.iter().map(|c| cell(row.get(c))))
            .is_ok();
    }
    if !ok {
        return Vec::new();
    }
    w.into_inner().unwrap_or_default()
}

/// A table's entry in `datapackage.json`: its columns with their types, its key and the
/// links it makes to other tables.
fn resource(name: &str, file: &str, columns: &[String]) -> Value {
    let fields: Vec<Value> = columns
        .iter()
        .map(|c| {
            let kind = if NUMBERS.contains(&c.as_str()) {
                "number"
            } else if c == PROFILE_KEY {
                "object"
            } else {
                "string"
            };
            json!({"name": c, "type": kind})
        })
        .collect();
    let mut links: Vec<Value> = Vec::new();
    let nest = NESTS.iter().filter(|n| n.table == name);
    for (column, target) in nest.flat_map(|n| n.parents.iter().copied()).chain(
        EMBEDS
            .iter()
            .filter(|e| e.table == name)
            .map(|e| (e.column, e.target)),
    ) {
        if target != "*" && columns.iter().any(|c| c == column) {
            links
                .push(json!({"fields": column, "reference": {"resource": target, "fields": "id"}}));
        }
    }
    json!({
        "name": name,
        "path": file,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {"fields": fields, "primaryKey": "id", "foreignKeys": links},
    })
}
