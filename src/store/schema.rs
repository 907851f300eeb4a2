//! The directory's schema and its migrations, tracked with `PRAGMA user_version`.
//!
//! Each migration moves the schema up one version and runs in its own transaction, so an
//! interrupted upgrade leaves the file at the version before it. Never edit a migration that
//! has shipped: add the next one.

use super::StoreError;
use rusqlite::Connection;

/// The schema this build writes and reads.
pub const SCHEMA_VERSION: u32 = 7;

/// `MIGRATIONS[i]` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: records as JSON beside the columns search filters on, and the FTS5 index over text
    // folded in Rust (see `search::fold`). The index is contentless: the text lives in
    // `record.json` and search needs only rowids and ranks.
    r#"
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE record (
        rowid       INTEGER PRIMARY KEY,
        id          TEXT NOT NULL UNIQUE,
        kind        TEXT NOT NULL,
        country     TEXT NOT NULL,
        region      TEXT,
        categories  INTEGER NOT NULL,
        targets     INTEGER NOT NULL,
        languages   TEXT NOT NULL,
        names_lc    TEXT NOT NULL,
        verified_at TEXT NOT NULL,
        json        TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE record_fts USING fts5(
        name, place, body, latin, skel,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '1 2 3'
    );
    "#,
    // 2: the sync log (one row per attempt, kept across syncs), and the organisation of each
    // record as a column, so an organisation's page lists what it runs without a scan.
    r#"
    ALTER TABLE record ADD COLUMN organization TEXT;
    UPDATE record SET organization = json_extract(json, '$.organization');
    CREATE INDEX record_organization ON record (organization);
    CREATE TABLE sync_log (
        id            INTEGER PRIMARY KEY,
        started_at    TEXT NOT NULL,
        finished_at   TEXT NOT NULL,
        feed_url      TEXT NOT NULL,
        from_sequence INTEGER,
        to_sequence   INTEGER,
        changed       INTEGER NOT NULL DEFAULT 0,
        outcome       TEXT NOT NULL,
        detail        TEXT NOT NULL DEFAULT ''
    );
    "#,
    // 3: a leaner index. No FTS5 prefix indexes over every word; instead one- and two-letter
    // prefix tokens of names and places in their own column (`pfx`), which is what the first
    // keystrokes search (longer prefixes expand over the term list, which is cheap). Names of
    // vocabulary terms are one token each (see `search::index`). Indexing takes about a third
    // less time. The index is refilled on open (fold_version reset). Positions are kept: bm25
    // needs them to weigh a match in a name above one in a description.
    r#"
    DROP TABLE record_fts;
    CREATE VIRTUAL TABLE record_fts USING fts5(
        name, place, body, latin, skel, pfx,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
    );
    UPDATE meta SET value = '0' WHERE key = 'fold_version';
    "#,
    // 4: the worker's layer, carried into the directory so that search and filters see it
    // (see `store::overlay`): rows that come from the layer, not the publisher (`overlay`),
    // and each record's marks (favourite, the office's own, flagged …). Both are derived
    // from `user.sqlite3` and rebuilt from it whenever it or the directory changes.
    r#"
    ALTER TABLE record ADD COLUMN overlay INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE record ADD COLUMN marks INTEGER NOT NULL DEFAULT 0;
    "#,
    // 5: what of the layer the directory carries, entry by entry, so that a worker's write
    // changes only the rows it touches (see `store::overlay::apply_changes`). Filled by the
    // next whole apply; until then the whole overlay is rebuilt.
    r#"
    CREATE TABLE overlay_applied (
        id TEXT PRIMARY KEY,
        marks INTEGER NOT NULL,
        text TEXT NOT NULL,
        record TEXT
    ) WITHOUT ROWID;
    "#,
    // 6: the words written with diacritics that mean something, as written (`marked`; see
    // `search::fold::fold_marked`), so that `Cần Thơ` typed with its marks finds and counts
    // only records holding «Cần Thơ»; and each record's hours with its time zone
    // (`model::open::hours_key`), for the "open now" and "24/7" filters. The index and the
    // rows are refilled on open (fold_version reset).
    r#"
    ALTER TABLE record ADD COLUMN hours TEXT NOT NULL DEFAULT '';
    DROP TABLE record_fts;
    CREATE VIRTUAL TABLE record_fts USING fts5(
        name, place, body, latin, skel, pfx, marked,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
    );
    UPDATE meta SET value = '0' WHERE key = 'fold_version';
    "#,
    // 7: what search derives from the records and keeps beside them (the facet table, the
    // term dictionary), each stamped with the content it was derived from (see
    // `derived.rs`), so that opening a large directory does not read every row again.
    r#"
    CREATE TABLE derived (
        name  TEXT PRIMARY KEY,
        stamp TEXT NOT NULL,
        data  BLOB NOT NULL
    );
    "#,
];

/// Migrates `conn` from its current version up to `target`.
pub fn migrate(conn: &mut Connection, target: u32) -> Result<(), StoreError> {
    run_migrations(conn, MIGRATIONS, target)
}

/// Runs `migrations[v]` for each version `v` from the file's `user_version` up to `target`,
/// each in its own transaction (the directory's and the worker's layer's alike).
pub(super) fn run_migrations(
    conn: &mut Connection,
    migrations: &[&str],
    target: u32,
) -> Result<(), StoreError> {
    let mut version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    while version < target {
        let Some(sql) = migrations.get(version as usize) else {
            break;
        };
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
        version += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_version_has_a_migration() {
        assert_eq!(MIGRATIONS.len() as u32, SCHEMA_VERSION);
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, SCHEMA_VERSION).unwrap();
        let v: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
    }
}
