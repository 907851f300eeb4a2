//! The directory database: first run, second run, damage, migrations, newer files.

use haven::store::{Directory, OpenEvent, Origin, Paths, SCHEMA_VERSION, bundled_records};
use rusqlite::Connection;

/// The directory's path in a data folder that is already the worker's alone (a folder others
/// could read is made private, and that is said: `tests/it/trust.rs`).
fn db_in(dir: &tempfile::TempDir) -> std::path::PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    Paths::resolve(Some(dir.path().to_path_buf()))
        .unwrap()
        .directory_db()
}

#[test]
fn first_run_builds_and_second_run_just_opens() {
    let tmp = tempfile::tempdir().unwrap();
    let path = db_in(&tmp);
    let (dir, events) = Directory::open(&path, true).unwrap();
    assert_eq!(events, vec![OpenEvent::Created]);
    assert_eq!(dir.count().unwrap(), bundled_records().unwrap().len());
    drop(dir);
    let (dir, events) = Directory::open(&path, true).unwrap();
    assert!(events.is_empty(), "{events:?}");
    assert!(dir.get("pl/niebieskie-karty").unwrap().is_some());
    assert_eq!(dir.check().unwrap(), Ok(()));
}

#[test]
fn data_dir_option_keeps_everything_in_one_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let paths = Paths::resolve(Some(tmp.path().to_path_buf())).unwrap();
    assert!(paths.directory_db().starts_with(tmp.path()));
    assert!(paths.settings_file().starts_with(tmp.path()));
}

#[test]
fn a_file_that_is_not_a_database_is_rebuilt_and_kept_aside() {
    let tmp = tempfile::tempdir().unwrap();
    let path = db_in(&tmp);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, b"this is not an SQLite database at all, just text").unwrap();
    let (dir, events) = Directory::open(&path, true).unwrap();
    match &events[..] {
        [OpenEvent::RebuiltCorrupt { backup: Some(b) }] => assert!(b.exists()),
        other => panic!("{other:?}"),
    }
    assert!(dir.get("kz/semey-crisis-centre").unwrap().is_some());
}

#[test]
fn a_truncated_database_is_detected_and_rebuilt() {
    let tmp = tempfile::tempdir().unwrap();
    let path = db_in(&tmp);
    drop(Directory::open(&path, true).unwrap());
    // Damage the middle of the file: pages of the record table and the index.
    let mut bytes = std::fs::read(&path).unwrap();
    let len = bytes.len();
    for b in &mut bytes[4096..len - 4096] {
        *b = 0x5A;
    }
    std::fs::write(&path, &bytes).unwrap();
    let (dir, events) = Directory::open(&path, true).unwrap();
    assert!(
        matches!(events[..], [OpenEvent::RebuiltCorrupt { .. }]),
        "{events:?}"
    );
    assert_eq!(dir.check().unwrap(), Ok(()));
    assert!(dir.get("pl/niebieskie-karty").unwrap().is_some());
}

/// The schema of version 1 exactly as it shipped; never edit this copy.
const SCHEMA_V1: &str = r#"
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE record (
        rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
        country TEXT NOT NULL, region TEXT, categories INTEGER NOT NULL,
        targets INTEGER NOT NULL, languages TEXT NOT NULL, names_lc TEXT NOT NULL,
        verified_at TEXT NOT NULL, json TEXT NOT NULL);
    CREATE VIRTUAL TABLE record_fts USING fts5(
        name, place, body, latin, skel, content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
    PRAGMA user_version = 1;
"#;

#[test]
fn a_version_1_database_with_synced_data_is_migrated_not_rebuilt() {
    let tmp = tempfile::tempdir().unwrap();
    let path = db_in(&tmp);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(SCHEMA_V1).unwrap();
        // A record that only a feed brought: a rebuild would lose it, a migration keeps it.
        let json = r#"{"id":"pl/from-feed","kind":"service","name":{"orig":"pl","pl":"Punkt z feedu","en":"From the feed"},"country":"PL","sources":[{"url":"https://example.org","publisher":"feed"}],"verified_at":"2026-01-01","verified_by":"feed"}"#;
        conn.execute(
            "INSERT INTO record VALUES (1, 'pl/from-feed', 'service', 'PL', NULL, 0, 0, 'pl', 'punkt z feedu', '2026-01-01', ?1)",
            [json],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO record_fts (rowid, name, place, body, latin, skel) VALUES (1, 'punkt z feedu from the feed', 'polska poland', '', '', '')",
            [],
        )
        .unwrap();
        conn.execute_batch(
            "INSERT INTO meta VALUES ('origin', 'feed:central@7'), ('fold_version', '1');",
        )
        .unwrap();
    }
    let (dir, events) = Directory::open(&path, true).unwrap();
    // Version 1 shipped with folding version 1: the index is rebuilt with today's folding too.
    assert_eq!(
        events,
        vec![
            OpenEvent::Migrated {
                from: 1,
                to: SCHEMA_VERSION
            },
            OpenEvent::Reindexed
        ]
    );
    assert!(dir.get("pl/from-feed").unwrap().is_some());
    assert_eq!(
        dir.origin().unwrap(),
        Origin::Feed {
            feed_id: "central".into(),
            sequence: 7
        }
    );
    let hits = haven::search::search(&dir, &haven::search::Query::new("punkt feedu")).unwrap();
    assert_eq!(hits.hits[0].record.id, "pl/from-feed");
    let n: i64 = dir
        .conn()
        .query_row("SELECT count(*) FROM sync_log", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0, "the sync log exists after the migration");
}

#[test]
fn a_database_from_a_newer_haven_is_set_aside_not_destroyed() {
    let tmp = tempfile::tempdir().unwrap();
    let path = db_in(&tmp);
    drop(Directory::open(&path, true).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let (dir, events) = Directory::open(&path, true).unwrap();
    match &events[..] {
        [OpenEvent::RebuiltNewer { backup: Some(b) }] => assert!(b.exists()),
        other => panic!("{other:?}"),
    }
    assert!(dir.count().unwrap() > 0);
}

#[test]
fn a_new_bundled_directory_replaces_an_old_bundled_one() {
    let tmp = tempfile::tempdir().unwrap();
    let path = db_in(&tmp);
    drop(Directory::open(&path, true).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute(
            "UPDATE meta SET value = 'bundled:0000' WHERE key = 'origin'",
            [],
        )
        .unwrap();
    }
    let (_, events) = Directory::open(&path, true).unwrap();
    assert_eq!(events, vec![OpenEvent::RebuiltNewBundle]);
}

#[test]
fn rebuilding_the_directory_leaves_other_files_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let paths = Paths::resolve(Some(tmp.path().to_path_buf())).unwrap();
    drop(Directory::open(&paths.directory_db(), true).unwrap());
    std::fs::write(paths.settings_file(), r#"{"note":"mine"}"#).unwrap();
    let dir = Directory::rebuild(&paths.directory_db()).unwrap();
    assert!(dir.count().unwrap() > 0);
    assert_eq!(
        std::fs::read_to_string(paths.settings_file()).unwrap(),
        r#"{"note":"mine"}"#
    );
}

#[test]
fn a_changed_folding_version_reindexes() {
    let tmp = tempfile::tempdir().unwrap();
    let path = db_in(&tmp);
    drop(Directory::open(&path, true).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'fold_version'", [])
            .unwrap();
        conn.execute("DELETE FROM record_fts", []).unwrap();
    }
    let (dir, events) = Directory::open(&path, true).unwrap();
    assert_eq!(events, vec![OpenEvent::Reindexed]);
    let r = haven::search::search(&dir, &haven::search::Query::new("karty")).unwrap();
    assert!(r.total > 0, "the index was rebuilt");
}

/// A feed origin whose sequence cannot be read must not pass for sequence 0 (which would let
/// any older feed roll the directory back), and opening such a file keeps it aside.
#[test]
fn a_malformed_origin_is_refused_and_the_file_kept_aside() {
    for bad in ["feed:haven@12x", "feed:haven", "mystery", ""] {
        let tmp = tempfile::tempdir().unwrap();
        let path = db_in(&tmp);
        let (dir, _) = Directory::open(&path, true).unwrap();
        dir.conn()
            .execute("UPDATE meta SET value = ?1 WHERE key = 'origin'", [bad])
            .unwrap();
        assert!(
            matches!(dir.origin(), Err(haven::store::StoreError::BadOrigin(_))),
            "{bad:?} read as {:?}",
            dir.origin()
        );
        drop(dir);
        let (dir, events) = Directory::open(&path, true).unwrap();
        let backup = match &events[..] {
            [OpenEvent::RebuiltCorrupt { backup: Some(b) }] => b.clone(),
            other => panic!("{bad:?}: {other:?}"),
        };
        let kept = Connection::open(&backup).unwrap();
        let origin: String = kept
            .query_row("SELECT value FROM meta WHERE key = 'origin'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(origin, bad, "the kept file is the one that was there");
        assert_eq!(dir.count().unwrap(), bundled_records().unwrap().len());
    }
}

/// A damaged index is an error the worker is told about, not "no results": only a query the
/// index refuses counts as matching nothing.
#[test]
fn a_broken_index_is_an_error_not_an_empty_result() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = Directory::open(&db_in(&tmp), true).unwrap();
    let q = haven::search::Query::new("kryzys");
    assert!(haven::search::search(&dir, &q).unwrap().total > 0);
    dir.conn().execute("DROP TABLE record_fts", []).unwrap();
    let r = haven::search::search(&dir, &q);
    assert!(r.is_err(), "{r:?}");
    // Hostile input still just matches nothing on a sound index.
    let (dir, _) = Directory::open(&db_in(&tempfile::tempdir().unwrap()), true).unwrap();
    for q in ["\"", "NOT", "c++", "a-b", "*"] {
        assert!(
            haven::search::search(&dir, &haven::search::Query::new(q)).is_ok(),
            "{q}"
        );
    }
}

/// What opening did is worded once, in the core, for the window and the command line alike;
/// a damaged file's message names where it was kept.
#[test]
fn the_message_about_a_damaged_file_names_where_it_was_kept() {
    let kept = std::path::PathBuf::from("/data/directory.corrupt-1.sqlite3");
    for locale in haven::i18n::Locale::ALL {
        let said = OpenEvent::RebuiltCorrupt {
            backup: Some(kept.clone()),
        }
        .message(locale);
        assert!(
            haven::i18n::strip_isolates(&said).contains("/data/directory.corrupt-1.sqlite3"),
            "{locale:?}: {said}"
        );
    }
}

/// What Haven keeps is readable by the worker only: the data folder is 0700 and the layer,
/// with its write-ahead log (which holds the last notes written), 0600, also when another
/// account's umask would have let others read them.
#[cfg(unix)]
#[test]
fn the_data_folder_and_the_layer_are_the_workers_alone() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("haven");
    let paths = haven::store::Paths::resolve(Some(data.clone())).unwrap();
    let mut opened = haven::store::open_with_layer(&paths, true).unwrap();
    let records = haven::store::bundled_records().unwrap();
    let note = haven::layer::Note {
        text: "Client prefers mornings".into(),
        lang: "en".into(),
        updated_at: jiff::civil::date(2026, 12, 4),
    };
    opened.layer.set_note(&records[0], &note).unwrap();
    let settings = haven::settings::Settings::default();
    settings.save(&paths.settings_file()).unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700, "the data folder");
    let layer = paths.user_layer();
    assert_eq!(mode(&layer), 0o600);
    let wal = std::path::PathBuf::from(format!("{}-wal", layer.display()));
    if wal.exists() {
        assert_eq!(mode(&wal), 0o600, "the layer's write-ahead log");
    }
}
