//! What search keeps beside the records (the facet table, the term dictionary) is used only
//! while it describes them: a change to the records, an office record or a note is seen at
//! once, and a damaged kept table is read again from the records.

use haven::layer::Note;
use haven::search::{Query, search};
use haven::store::{Directory, Paths, StoreError, UserLayer, bundled_records};

fn kept(dir: &Directory) -> Vec<String> {
    let mut stmt = dir
        .conn()
        .prepare("SELECT name FROM derived ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn ids(dir: &Directory, q: &str) -> Vec<String> {
    search(dir, &Query::new(q))
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.record.id)
        .collect()
}

/// The office's own record «Punkt Zwierzyniec», made from a publisher's record.
fn office_record(from: &haven::model::Record, on: jiff::civil::Date) -> haven::model::Record {
    let mut own = from.clone();
    own.id = "local/zwierzyniec".into();
    own.name = haven::model::Text::new("pl", "Punkt Zwierzyniec");
    own.sources = vec![haven::layer::office_source("OPS Kraków", on)];
    own
}

fn total(dir: &Directory) -> usize {
    search(dir, &Query::new("")).unwrap().total
}

#[test]
fn the_kept_tables_follow_every_change_to_the_records() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("directory.sqlite3");
    let (dir, _) = Directory::open(&db, true).unwrap();
    let records = bundled_records().unwrap();
    assert_eq!(total(&dir), records.len());
    assert!(ids(&dir, "niebeskie karty").contains(&"pl/niebieskie-karty".to_string()));
    assert_eq!(
        kept(&dir),
        ["facets-1", "terms-1"],
        "both kept after first use"
    );
    drop(dir);

    // Opened again: the same answers from the kept tables.
    let (mut dir, _) = Directory::open(&db, true).unwrap();
    assert_eq!(total(&dir), records.len());
    assert!(ids(&dir, "niebeskie karty").contains(&"pl/niebieskie-karty".to_string()));

    // A record added with a word no record had: counted, and found with a typo.
    let mut new = records[0].clone();
    new.id = "pl/hawthornewood".into();
    new.name = haven::model::Text::new("en", "Hawthornewood Refuge");
    dir.transaction(|w| w.upsert(&new))
        .map_err(|e: StoreError| e)
        .unwrap();
    assert_eq!(
        total(&dir),
        records.len() + 1,
        "the facet table has the new row"
    );
    assert_eq!(
        ids(&dir, "hawthornwood")[0],
        new.id,
        "the dictionary has its word"
    );
    drop(dir);

    let (dir, _) = Directory::open(&db, true).unwrap();
    assert_eq!(total(&dir), records.len() + 1);
    assert_eq!(ids(&dir, "hawthornwood")[0], new.id);
}

#[test]
fn a_damaged_kept_table_is_read_again_from_the_records() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("directory.sqlite3");
    let (dir, _) = Directory::open(&db, true).unwrap();
    let n = total(&dir);
    assert!(!ids(&dir, "kryzysowe").is_empty());
    // Bytes that are neither an fst map nor a facet table.
    dir.conn()
        .execute(
            "UPDATE derived SET data = CASE name WHEN 'terms-1' THEN X'0102030405'
             ELSE X'0300000000' END",
            [],
        )
        .unwrap();
    drop(dir);
    let (dir, _) = Directory::open(&db, true).unwrap();
    assert_eq!(total(&dir), n);
    assert!(
        ids(&dir, "kryzysowee")
            .iter()
            .any(|id| id.starts_with("pl/"))
    );
    let sizes: Vec<i64> = dir
        .conn()
        .prepare("SELECT length(data) FROM derived ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(sizes.iter().all(|s| *s > 5), "kept again whole: {sizes:?}");
}

#[test]
fn the_workers_own_words_are_forgiven_as_soon_as_they_are_written() {
    let tmp = tempfile::tempdir().unwrap();
    let paths = Paths::resolve(Some(tmp.path().to_path_buf())).unwrap();
    let (mut dir, _) = Directory::open(&paths.directory_db(), true).unwrap();
    let (mut layer, _) = UserLayer::open(&dir.layer_file()).unwrap();
    dir.attach_layer(layer.path()).unwrap();
    // The dictionary is read before the note exists.
    assert!(ids(&dir, "xylophonist").is_empty());
    let records = bundled_records().unwrap();
    let line = records
        .iter()
        .find(|r| r.id == "pl/niebieska-linia")
        .unwrap();
    let note = Note {
        text: "Ask for the xylophonist on duty".into(),
        lang: "en".into(),
        updated_at: jiff::civil::date(2026, 12, 2),
    };
    layer.set_note(line, &note).unwrap();
    assert!(dir.refresh_overlay().unwrap());
    assert_eq!(
        ids(&dir, "xylophonsit"),
        std::slice::from_ref(&line.id),
        "a swap in the note's word"
    );
    let own = office_record(line, note.updated_at);
    layer.put_local(&own).unwrap();
    assert!(dir.refresh_overlay().unwrap());
    assert_eq!(
        ids(&dir, "zwierzynec")[0],
        own.id,
        "the office's record by a typo"
    );
    assert_eq!(total(&dir), records.len() + 1);
}

/// The records the first letters match (kept beside the records in a large directory, here
/// from one record on) are what the index says, before and after a record, an office record
/// or a note changes them.
#[test]
fn kept_first_letter_matches_follow_the_records_and_the_layer() {
    let tmp = tempfile::tempdir().unwrap();
    let paths = Paths::resolve(Some(tmp.path().to_path_buf())).unwrap();
    let (mut dir, _) = Directory::open(&paths.directory_db(), true).unwrap();
    let (mut layer, _) = UserLayer::open(&dir.layer_file()).unwrap();
    dir.attach_layer(layer.path()).unwrap();
    let matching = |dir: &Directory, q: &str| {
        let r = search(
            dir,
            &Query {
                limit: 1000,
                ..Query::new(q)
            },
        )
        .unwrap();
        (
            r.total,
            r.hits.into_iter().map(|h| h.record.id).collect::<Vec<_>>(),
        )
    };
    let as_read = matching(&dir, "p");
    dir.keep_matches_from(1);
    assert_eq!(matching(&dir, "p"), as_read, "kept on first use");
    assert!(
        kept(&dir).iter().any(|n| n.starts_with("matches-1:")),
        "{:?}",
        kept(&dir)
    );
    assert_eq!(matching(&dir, "p"), as_read, "read kept");

    // An office record starting with P: the kept list is of the old layer.
    let records = bundled_records().unwrap();
    let own = office_record(&records[0], jiff::civil::date(2026, 12, 4));
    layer.put_local(&own).unwrap();
    assert!(dir.refresh_overlay().unwrap());
    let (total, ids) = matching(&dir, "p");
    assert_eq!(total, as_read.0 + 1);
    assert!(ids.contains(&own.id));

    // A publisher's record whose name starts with P.
    let mut new = records[1].clone();
    new.id = "pl/przystan".into();
    new.name = haven::model::Text::new("pl", "Przystań");
    dir.transaction(|w| w.upsert(&new))
        .map_err(|e: StoreError| e)
        .unwrap();
    let (total_now, ids) = matching(&dir, "p");
    assert_eq!(total_now, total + 1);
    assert!(ids.contains(&new.id));
    let stale: i64 = dir
        .conn()
        .query_row(
            "SELECT count(*) FROM derived WHERE name LIKE 'matches-1:%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(stale <= 2, "{stale} match lists kept");
}

/// After an update, what the commonest first letters match is prepared (kept), and the
/// answers are the index's own.
#[test]
fn an_update_prepares_the_commonest_first_letters() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("directory.sqlite3");
    let (mut dir, _) = Directory::open(&db, true).unwrap();
    let before = ids(&dir, "p");
    assert!(!kept(&dir).iter().any(|n| n.starts_with("matches-1:")));
    dir.keep_matches_from(10);
    dir.derive_now().unwrap();
    let lists: Vec<String> = kept(&dir)
        .into_iter()
        .filter(|n| n.starts_with("matches-1:"))
        .collect();
    assert!(!lists.is_empty(), "{:?}", kept(&dir));
    assert_eq!(ids(&dir, "p"), before);
}
