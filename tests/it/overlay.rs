//! The directory's copy of the worker's layer, changed entry by entry after each write, is
//! exactly what rebuilding it whole gives: the same marks, the same office rows, the same
//! search results for the note's words.

use haven::layer::{Flag, FlagField, Note};
use haven::search::{Query, search};
use haven::store::{Directory, Paths, UserLayer, bundled_records};

const QUERIES: &[&str] = &["mornings", "rano", "tecza", "niebieska", "kraków", "semey"];

/// Rows with marks or from the layer (id, marks, overlay); each query's total and ids; and
/// what the filters see: the mark counts of everything, and the records any mark selects.
type Seen = (
    Vec<(String, i64, i64)>,
    Vec<(usize, Vec<String>)>,
    (Vec<(u8, usize)>, Vec<String>),
);

/// What a reader can see of the overlay.
fn seen(dir: &Directory) -> Seen {
    let mut stmt = dir
        .conn()
        .prepare(
            "SELECT id, marks, overlay FROM record WHERE marks <> 0 OR overlay = 1 ORDER BY id",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let found = QUERIES
        .iter()
        .map(|q| {
            let r = search(dir, &Query::new(*q)).unwrap();
            let mut ids: Vec<String> = r.hits.iter().map(|h| h.record.id.clone()).collect();
            ids.sort();
            (r.total, ids)
        })
        .collect();
    let everything = search(dir, &Query::new("")).unwrap();
    let any_mark = Query {
        filters: haven::search::Filters {
            marks: 0x1f,
            ..Default::default()
        },
        ..Query::new("")
    };
    let mut marked: Vec<String> = search(dir, &any_mark)
        .unwrap()
        .hits
        .iter()
        .map(|h| h.record.id.clone())
        .collect();
    marked.sort();
    (rows, found, (everything.facets.marks, marked))
}

fn meta(dir: &Directory, key: &str) -> String {
    dir.meta(key).unwrap().unwrap_or_default()
}

/// Applies the layer's change entry by entry, checks it against a whole rebuild.
#[track_caller]
fn refresh_and_compare(dir: &mut Directory) {
    let carried = meta(dir, "overlay");
    assert!(!carried.is_empty());
    assert_eq!(
        meta(dir, "overlay_applied"),
        carried,
        "the entry-by-entry path is taken"
    );
    assert!(
        dir.refresh_overlay().unwrap(),
        "the write changed the overlay"
    );
    let by_entry = seen(dir);
    dir.conn()
        .execute("UPDATE meta SET value = '' WHERE key = 'overlay'", [])
        .unwrap();
    assert!(dir.refresh_overlay().unwrap());
    assert_eq!(by_entry, seen(dir));
}

#[test]
fn each_write_changes_the_overlay_as_a_whole_rebuild_would() {
    let tmp = tempfile::tempdir().unwrap();
    let paths = Paths::resolve(Some(tmp.path().to_path_buf())).unwrap();
    let (mut dir, _) = Directory::open(&paths.directory_db(), true).unwrap();
    let (mut layer, _) = UserLayer::open(&dir.layer_file()).unwrap();
    dir.attach_layer(layer.path()).unwrap();
    let all = bundled_records().unwrap();
    let get = |id: &str| all.iter().find(|r| r.id == id).unwrap().clone();
    let line = get("pl/niebieska-linia");
    let karty = get("pl/niebieskie-karty");
    let today = jiff::civil::date(2026, 12, 2);
    let note = |text: &str| Note {
        text: text.into(),
        lang: "en".into(),
        updated_at: today,
    };

    layer
        .set_note(&line, &note("Answers only in the mornings"))
        .unwrap();
    refresh_and_compare(&mut dir);
    assert_eq!(
        seen(&dir).1[0].1,
        vec![line.id.clone()],
        "found by its note"
    );

    let mut own = get("pl/niebieska-linia");
    own.id = "local/tecza".into();
    own.name = haven::model::Text::new("pl", "Tęcza");
    own.sources = vec![haven::layer::office_source("OPS Kraków", today)];
    layer.put_local(&own).unwrap();
    refresh_and_compare(&mut dir);
    assert!(
        seen(&dir).1[2].1.contains(&own.id),
        "the office's record is found"
    );

    layer.set_note(&line, &note("Dzwonić rano")).unwrap();
    layer.set_favourite(&karty, true).unwrap();
    refresh_and_compare(&mut dir);
    assert!(
        seen(&dir).1[0].1.is_empty(),
        "the old note's words are gone"
    );

    let flag = Flag {
        field: FlagField::Phone,
        value: line.phones[0].number.clone(),
        correct: None,
        reason: None,
        on: today,
    };
    layer.add_flag(&line, &flag).unwrap();
    own.name = haven::model::Text::new("pl", "Tęcza Kraków");
    layer.put_local(&own).unwrap();
    refresh_and_compare(&mut dir);

    layer.remove_local("local/tecza").unwrap();
    layer.set_favourite(&karty, false).unwrap();
    refresh_and_compare(&mut dir);
    assert!(seen(&dir).1[2].1.is_empty(), "the office's record is gone");
}
