//! Haven's directory out as Open Referral HSDS 3.1 and back: every exported record valid
//! against the official schema, the whole bundled directory unchanged by the round trip, and
//! the official examples imported with their known defects reported.

use haven::hsds::{self, Target};
use haven::model::{Country, Kind, Record};
use serde_json::Value;
use std::path::Path;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/hsds")
            .join(name),
    )
    .unwrap()
}

/// The official schema with every object closed (`additionalProperties: false`), as
/// Open Referral's own CI checks its examples: a field HSDS does not define is an error.
fn closed(mut schema: Value) -> Value {
    fn close(v: &mut Value) {
        match v {
            Value::Object(o) => {
                if o.contains_key("properties") {
                    o.insert("additionalProperties".into(), false.into());
                }
                for (_, x) in o.iter_mut() {
                    close(x);
                }
            }
            Value::Array(a) => a.iter_mut().for_each(close),
            _ => {}
        }
    }
    close(&mut schema);
    schema
}

struct Schemas {
    service: jsonschema::Validator,
    organization: jsonschema::Validator,
}

fn schemas() -> Schemas {
    let root: Value = serde_json::from_str(&fixture("service_with_definitions.json")).unwrap();
    let root = closed(root);
    let org = serde_json::json!({
        "definitions": root["definitions"],
        "$ref": "#/definitions/organization",
    });
    let build = |s: &Value| {
        jsonschema::options()
            .should_validate_formats(true)
            .build(s)
            .unwrap()
    };
    Schemas {
        service: build(&root),
        organization: build(&org),
    }
}

fn bundled() -> Vec<Record> {
    haven::store::bundled_records().unwrap()
}

fn today() -> jiff::civil::Date {
    haven::today()
}

#[test]
fn every_exported_record_is_valid_hsds_3_1() {
    let s = schemas();
    let mut checked = 0;
    for r in bundled() {
        let mut v = hsds::to_hsds(&r);
        assert!(v.get(hsds::PROFILE_KEY).is_some());
        // The profile is Haven's; everything else must be HSDS's own fields.
        v.as_object_mut().unwrap().remove(hsds::PROFILE_KEY);
        let validator = if r.kind == Kind::Organization {
            &s.organization
        } else {
            &s.service
        };
        let errors: Vec<String> = validator
            .iter_errors(&v)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}\n{v:#}", r.id);
        checked += 1;
    }
    assert_eq!(checked, bundled().len());
    // The check can fail: a service without its required status is refused.
    let mut bad = hsds::to_hsds(&bundled()[0]);
    let o = bad.as_object_mut().unwrap();
    o.remove(hsds::PROFILE_KEY);
    o.remove("status");
    o.remove("description");
    assert!(!s.service.is_valid(&bad) || !s.organization.is_valid(&bad));
}

#[test]
fn the_whole_directory_goes_out_and_comes_back_unchanged() {
    let records = bundled();
    let (services, organizations) = hsds::export_directory(&records);
    // Both lists in one file, as a publisher would hand them over.
    let mut all = organizations["contents"].as_array().unwrap().clone();
    all.extend(services["contents"].as_array().unwrap().iter().cloned());
    let text = serde_json::to_string_pretty(&all).unwrap();
    let got = hsds::import(
        &mut text.as_bytes(),
        &Target::Publisher,
        None,
        "en",
        today(),
        &Default::default(),
        &|_| false,
    )
    .unwrap();
    assert!(got.refused.is_empty(), "{:#?}", got.refused);
    let back = got.records;
    assert_eq!(back.len(), records.len());
    let mut confidential = 0;
    for r in &records {
        let b = back.iter().find(|b| b.id == r.id).unwrap();
        // A confidential address never leaves the machine, so it does not come back.
        if r.has_confidential_location() {
            confidential += 1;
        }
        assert_eq!(*b, r.without_confidential(), "{}", r.id);
    }
    assert!(confidential > 0, "the directory has shelters to test with");
}

#[test]
fn a_confidential_address_is_not_in_the_export_by_any_path() {
    let mut r = bundled()
        .into_iter()
        .find(Record::has_confidential_location)
        .unwrap();
    let secret = "ул. Тайная 5";
    for l in r.locations.iter_mut().filter(|l| l.confidential) {
        l.address = Some(haven::model::Text::new("ru", secret));
    }
    // Even with extras from elsewhere that carry the address.
    let mut r2 = r.clone();
    r2.hsds = Some(serde_json::json!({"service_at_locations": [{"location": {
        "addresses": [{"address_1": secret}]}}]}));
    for rec in [&r, &r2] {
        let text = hsds::to_hsds(rec).to_string();
        assert!(
            !text.contains("Тайная"),
            "{} leaked its address: {text}",
            r.id
        );
    }
    // Without the confidential mark, the same address does go out (the check can fail).
    let mut open = r.clone();
    open.locations
        .iter_mut()
        .for_each(|l| l.confidential = false);
    assert!(hsds::to_hsds(&open).to_string().contains("Тайная"));
}

#[test]
fn the_official_examples_come_in_with_their_defects_reported() {
    let us = Country::new("US").unwrap();
    let office = Target::Office {
        office: "Test office".into(),
    };
    let got = hsds::import(
        &mut fixture("service_full.json").as_bytes(),
        &office,
        None,
        "en",
        today(),
        &Default::default(),
        &|_| false,
    )
    .unwrap();
    assert!(got.refused.is_empty(), "{:#?}", got.refused);
    assert_eq!(got.records.len(), 1);
    let r = &got.records[0];
    assert_eq!(r.name.original(), "Community Counselling");
    assert_eq!(r.country, us);
    assert_eq!(r.id, "local/community-counselling");
    // The number inside quote marks is taken without them, and the worker told.
    assert_eq!(r.phones[0].number, "+441234234567");
    let msgs: Vec<String> = got
        .mended
        .iter()
        .map(|p| p.message(haven::i18n::Locale::En))
        .collect();
    assert!(
        msgs.iter()
            .any(|m| m.contains("phones[0].number") && m.contains("quote")),
        "{msgs:#?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.contains("latitude") && m.contains("100")),
        "{msgs:#?}"
    );
    assert_eq!(r.hours.as_ref().unwrap().opening_hours, "Th,Fr 10:00-18:00");
    assert_eq!(r.languages, vec!["ur".to_string()]);
    assert_eq!(r.city.as_ref().unwrap().original(), "MyCity");
    // What Haven has no place for is kept, and the export gives it back.
    let out = hsds::to_hsds(r);
    for (k, v) in [
        ("fees_description", "Non-NHS patients"),
        ("alternate_name", "MyCity Counselling Services"),
    ] {
        assert!(
            out[k].as_str().is_some_and(|s| s.contains(v)),
            "{k}: {}",
            out[k]
        );
    }
    assert_eq!(out["phones"][0]["extension"], 100);
    assert_eq!(
        out["service_at_locations"][0]["location"]["addresses"][0]["postal_code"],
        "ABC 1234"
    );

    // An organization with its services; a page of a list.
    let got = hsds::import(
        &mut fixture("organization_full.json").as_bytes(),
        &office,
        None,
        "en",
        today(),
        &Default::default(),
        &|_| false,
    )
    .unwrap();
    assert!(got.refused.is_empty(), "{:#?}", got.refused);
    let org = got
        .records
        .iter()
        .find(|r| r.kind == Kind::Organization)
        .unwrap();
    let svc = got
        .records
        .iter()
        .find(|r| r.kind == Kind::Service)
        .unwrap();
    assert_eq!(svc.organization.as_deref(), Some(org.id.as_str()));
    let got = hsds::import(
        &mut fixture("service_list.json").as_bytes(),
        &office,
        Some(&us),
        "en",
        today(),
        &Default::default(),
        &|_| false,
    )
    .unwrap();
    assert_eq!(got.records.len(), 1);
}

#[test]
fn an_item_that_cannot_be_trusted_is_refused_whole() {
    let office = Target::Office {
        office: "Test office".into(),
    };
    let text = r#"[
        {"id": "a", "name": "Good line", "status": "active",
         "phones": [{"id": "p", "number": "+48 22 100 20 30"}]},
        {"id": "b", "name": "Wrong number", "status": "active",
         "phones": [{"id": "q", "number": "12"}]},
        {"id": "c", "status": "active"}
    ]"#;
    let pl = Country::new("PL").unwrap();
    let got = hsds::import(
        &mut text.as_bytes(),
        &office,
        Some(&pl),
        "en",
        today(),
        &Default::default(),
        &|_| false,
    )
    .unwrap();
    assert_eq!(got.records.len(), 1);
    assert_eq!(got.records[0].name.original(), "Good line");
    let msgs: Vec<String> = got
        .refused
        .iter()
        .map(|p| p.message(haven::i18n::Locale::Pl))
        .collect();
    assert!(
        msgs.iter()
            .any(|m| m.contains("Wrong number") && m.contains("phones[0].number")),
        "{msgs:#?}"
    );
    assert!(msgs.iter().any(|m| m.contains("name")), "{msgs:#?}");
    assert!(matches!(
        hsds::import(
            &mut "{\"a\": ".as_bytes(),
            &office,
            None,
            "en",
            today(),
            &Default::default(),
            &|_| false
        ),
        Err(hsds::HsdsError::Syntax { .. })
    ));
    assert!(matches!(
        hsds::import(
            &mut "[1, 2]".as_bytes(),
            &office,
            None,
            "en",
            today(),
            &Default::default(),
            &|_| false
        ),
        Err(hsds::HsdsError::NotHsds)
    ));
}
