//! The office's own records: what a worker writes (in a form or a JSON file) made into a
//! record and checked exactly as `data/` is, in the office's namespace with the office as
//! its source.

use crate::model::{Kind, Problem, Record, Validator, Why};
use std::collections::HashMap;

/// Completes and checks a record the office wrote. Missing `id`, `sources`, `verified_at`
/// and `verified_by` are filled in (a new id in `local/` from the name, the office as the
/// source, today); everything else must be right. `kinds` holds the directory's ids (for
/// links to an organisation); `taken` says whether an id is already used.
pub fn prepare(
    mut value: serde_json::Value,
    office: &str,
    today: jiff::civil::Date,
    kinds: &HashMap<String, Kind>,
    taken: &dyn Fn(&str) -> bool,
) -> Result<Record, Vec<Problem>> {
    let Some(obj) = value.as_object_mut() else {
        return Err(vec![Problem::new("local/?", "record", Why::NotAnObject)]);
    };
    if !obj.contains_key("id") {
        let name = obj
            .get("name")
            .and_then(|n| n.as_object())
            .and_then(|n| {
                let orig = n.get("orig")?.as_str()?;
                n.get(orig)?.as_str().map(str::to_string)
            })
            .unwrap_or_default();
        obj.insert("id".into(), super::new_local_id(&name, taken).into());
    }
    if !obj.contains_key("sources") {
        let source = serde_json::to_value(super::office_source(office, today))
            .unwrap_or(serde_json::Value::Null);
        obj.insert("sources".into(), serde_json::Value::Array(vec![source]));
    }
    obj.entry("verified_at")
        .or_insert_with(|| today.to_string().into());
    obj.entry("verified_by")
        .or_insert_with(|| office.trim().to_string().into());
    let id = value_id_of(&value);
    let record: Record = serde_json::from_value(value)
        .map_err(|e| vec![Problem::new(&id, "record", Why::Unreadable(e.to_string()))])?;
    let mut kinds = kinds.clone();
    kinds.insert(record.id.clone(), record.kind);
    let mut v = Validator::new(&kinds, &crate::model::seed_text, today, false).for_office();
    let problems = v.check(&record);
    if problems.is_empty() {
        Ok(record)
    } else {
        Err(problems)
    }
}

fn value_id_of(v: &serde_json::Value) -> String {
    v.get("id")
        .and_then(|i| i.as_str())
        .unwrap_or("local/?")
        .to_string()
}
