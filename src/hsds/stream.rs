//! An HSDS file read one item at a time: a list's items, or a page's `contents`, each handed
//! on as it is parsed, so a file of a hundred thousand services never sits in memory as one
//! JSON tree. Any other object is one item.

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Calls `each` with every item read from `input` (UTF-8, with or without a byte-order mark).
pub fn for_each(
    input: &mut dyn std::io::Read,
    each: &mut dyn FnMut(Value),
) -> Result<(), serde_json::Error> {
    let mut head = [0u8; 3];
    let mut got = 0;
    while got < 3 {
        match input.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(serde_json::Error::io(e)),
        }
    }
    let start = if head[..got] == [0xEF, 0xBB, 0xBF] {
        3
    } else {
        0
    };
    let reader = std::io::Read::chain(&head[start..got], input);
    let mut de = serde_json::Deserializer::from_reader(std::io::BufReader::new(reader));
    Root(each).deserialize(&mut de)?;
    de.end()
}

struct Root<'a>(&'a mut dyn FnMut(Value));
struct Items<'a>(&'a mut dyn FnMut(Value));

impl<'de> DeserializeSeed<'de> for Root<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Root<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an HSDS object, a list of them, or a page with `contents`")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        Items(self.0).visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut item = Map::new();
        let mut page = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == "contents" && !page {
                map.next_value_seed(Items(&mut *self.0))?;
                page = true;
            } else {
                let v: Value = map.next_value()?;
                item.insert(key, v);
            }
        }
        if !page {
            (self.0)(Value::Object(item));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Items<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Items<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of HSDS objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(v) = seq.next_element::<Value>()? {
            if !v.is_object() {
                return Err(A::Error::custom("an item of the list is not an object"));
            }
            (self.0)(v);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Result<Vec<Value>, serde_json::Error> {
        let mut out = Vec::new();
        for_each(&mut text.as_bytes(), &mut |v| out.push(v))?;
        Ok(out)
    }

    #[test]
    fn lists_pages_and_single_objects() {
        assert_eq!(items(r#"[{"a":1},{"a":2}]"#).unwrap().len(), 2);
        assert_eq!(
            items(r#"{"total_items":2,"contents":[{"a":1},{"a":2}],"empty":false}"#)
                .unwrap()
                .len(),
            2
        );
        assert_eq!(items(r#"{"name":"x"}"#).unwrap().len(), 1);
        assert!(items("[1]").is_err());
        assert!(items("\"text\"").is_err());
        assert!(items(r#"[{"a":1}"#).is_err());
        assert_eq!(items("\u{feff}[{\"a\":1}]").unwrap().len(), 1);
    }
}
