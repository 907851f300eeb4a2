//! What an HSDS record held beyond what Haven makes of it: the difference between the record
//! as it came and Haven's own export of it ([`diff`]), kept on the record, and laid back under
//! the next export ([`merge`]) where Haven's own values always win.

use crate::model::Record;
use serde_json::{Map, Value};

/// What `came` has that `ours` does not say: keys `ours` lacks, and values that differ.
/// Arrays are compared item by item; `None` when there is nothing.
pub fn diff(came: &Value, ours: &Value) -> Option<Value> {
    match (came, ours) {
        (Value::Object(a), Value::Object(b)) => {
            let mut out = Map::new();
            for (k, v) in a {
                match b.get(k) {
                    None => {
                        out.insert(k.clone(), v.clone());
                    }
                    Some(w) => {
                        if let Some(d) = diff(v, w) {
                            out.insert(k.clone(), d);
                        }
                    }
                }
            }
            (!out.is_empty()).then_some(Value::Object(out))
        }
        (Value::Array(a), Value::Array(b)) => {
            let items: Vec<Value> = a
                .iter()
                .enumerate()
                .map(|(i, v)| match b.get(i) {
                    Some(w) => diff(v, w).unwrap_or(Value::Object(Map::new())),
                    None => v.clone(),
                })
                .collect();
            let empty = items
                .iter()
                .all(|v| v.as_object().is_some_and(Map::is_empty));
            (!empty || a.len() > b.len()).then_some(Value::Array(items))
        }
        (a, b) if a == b => None,
        (a, _) => Some(a.clone()),
    }
}

/// `extras` laid under `ours`: keys `ours` lacks are added (and values where `ours` has only
/// the empty placeholder a required HSDS field needs, such as `postal_code`), objects merged,
/// arrays item by item for the items `ours` has (an item Haven dropped, a number it refused,
/// does not come back).
pub fn merge(ours: &mut Value, extras: &Value) {
    if ours.as_str() == Some("") && extras.is_string() {
        *ours = extras.clone();
        return;
    }
    match (ours, extras) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                match a.get_mut(k) {
                    None => {
                        a.insert(k.clone(), v.clone());
                    }
                    // The publisher's own ids go back out, so its records stay its records.
                    Some(w) if k == "id" && v.is_string() => *w = v.clone(),
                    Some(w) => merge(w, v),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (w, v) in a.iter_mut().zip(b) {
                merge(w, v);
            }
        }
        _ => {}
    }
}

/// `v` without any object that holds an address (`addresses`, `address_1`): for a record
/// with a confidential location, whose address must not leave the machine by any path.
pub fn without_addresses(v: &Value) -> Option<Value> {
    match v {
        Value::Object(m) => {
            if m.contains_key("address_1") || m.contains_key("addresses") {
                return None;
            }
            Some(Value::Object(
                m.iter()
                    .filter_map(|(k, v)| Some((k.clone(), without_addresses(v)?)))
                    .collect(),
            ))
        }
        Value::Array(items) => Some(Value::Array(
            items.iter().filter_map(without_addresses).collect(),
        )),
        other => Some(other.clone()),
    }
}

/// What the item held beyond Haven's export of the record, kept on the record.
pub(super) fn keep_extras(item: &Value, record: &mut Record) {
    record.hsds = None;
    let ours = super::to_hsds(record);
    let extra = diff(item, &ours);
    record.hsds = if record.has_confidential_location() {
        extra.and_then(|e| without_addresses(&e))
    } else {
        extra
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn extras_are_what_haven_does_not_say_and_come_back_under_it() {
        let came = json!({"id": "1", "name": "A", "fees": "none",
            "phones": [{"id": "p", "number": "+48221234567", "extension": 100}]});
        let ours = json!({"id": "1", "name": "A",
            "phones": [{"id": "p", "number": "+48221234567"}]});
        let extras = diff(&came, &ours).unwrap();
        assert_eq!(
            extras,
            json!({"fees": "none", "phones": [{"extension": 100}]})
        );
        let mut out = ours.clone();
        merge(&mut out, &extras);
        assert_eq!(out, came);
        let renamed = json!({"id": "theirs", "name": "A"});
        let mut out = json!({"id": "ours", "name": "A"});
        let d = diff(&renamed, &out).unwrap();
        merge(&mut out, &d);
        assert_eq!(out["id"], "theirs");
        assert_eq!(diff(&ours, &ours), None);
        let located =
            json!({"location": {"name": "Safe house", "addresses": [{"address_1": "x"}]}});
        assert_eq!(without_addresses(&located), Some(json!({})));
    }
}
