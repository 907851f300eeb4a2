//! The store's side of search: every query on the full-text index and the facet table's
//! rows. The search module builds match expressions and ranks; only this file knows the
//! tables and their columns (see `schema.rs` for the index's definition).

use super::{Directory, StoreError, derived};
use crate::model::Record;
use crate::search::facets::{FacetBuilder, FacetTable};
use crate::search::terms::Terms;
use rusqlite::{Connection, OptionalExtension};

/// bm25 weights of the index's columns, in the order `schema.rs` declares them: names above
/// places above descriptions.
const WEIGHTS: &str = "10.0, 4.0, 1.0, 6.0, 2.0, 3.0, 2.0";

/// Whether SQLite refused a match expression (as opposed to failing): the search module
/// quotes every word, so this is only ever a query no record can match.
fn refused_expression(e: &rusqlite::Error) -> bool {
    e.to_string().starts_with("fts5: syntax error")
}

/// Rows of a match, or none when the index refused the expression.
fn matched<T>(rows: rusqlite::Result<Vec<T>>) -> Result<Vec<T>, StoreError> {
    match rows {
        Ok(v) => Ok(v),
        Err(e) if refused_expression(&e) => Ok(Vec::new()),
        Err(e) => Err(e.into()),
    }
}

/// Reads the narrow facet rows of every record.
pub(super) fn load_facets(conn: &Connection) -> Result<FacetTable, StoreError> {
    let mut b = FacetBuilder::default();
    let mut stmt = conn.prepare(
        "SELECT rowid, country, region, categories, targets, languages, marks, hours FROM record",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let languages: String = r.get(5)?;
        b.add(
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get::<_, i64>(3)? as u32,
            r.get::<_, i64>(4)? as u32,
            &languages,
            (r.get::<_, i64>(6)? & 0x7f) as u8,
            &r.get::<_, String>(7)?,
        );
    }
    Ok(b.finish())
}

/// Makes FTS5's vocabulary of the index readable as `temp.record_vocab` (term, column,
/// records holding it).
pub(super) fn vocabulary(conn: &Connection) -> Result<(), StoreError> {
    conn.execute_batch(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.record_vocab
         USING fts5vocab('main', 'record_fts', 'col')",
    )?;
    Ok(())
}

/// The index's columns, as `schema.rs` declares them.
const INDEX_COLUMNS: [&str; 7] = ["name", "place", "body", "latin", "skel", "pfx", "marked"];
const COLUMNS: usize = INDEX_COLUMNS.len();

/// Whether a record's sizes row (`record_fts_docsize.sz`) decodes as FTS5 reads it: one
/// SQLite varint per column, and nothing after.
fn sizes_decode(blob: &[u8]) -> bool {
    let mut at = 0;
    for _ in 0..COLUMNS {
        // A varint of at most 5 bytes (FTS5 reads 32-bit sizes): the high bit continues.
        let mut len = 0;
        loop {
            let Some(b) = blob.get(at + len) else {
                return false;
            };
            len += 1;
            if b & 0x80 == 0 {
                break;
            }
            if len == 5 {
                return false;
            }
        }
        at += len;
    }
    at == blob.len()
}

/// What search would trip on that SQLite's `quick_check` and FTS5's `integrity-check` do not
/// look at (`schema` is `main` or an attached file): every record's sizes row, which bm25
/// reads for each ranked hit (one that does not decode makes every search fail with
/// "database disk image is malformed"), and the index's rows against the records. Empty
/// when search can rely on the index.
pub(super) fn index_problems(conn: &Connection, schema: &str) -> Result<Vec<String>, StoreError> {
    let mut found = Vec::new();
    let mut stmt = conn.prepare(&format!("SELECT id, sz FROM {schema}.record_fts_docsize"))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let ok = match r.get_ref(1)? {
            rusqlite::types::ValueRef::Blob(b) => sizes_decode(b),
            _ => false,
        };
        if !ok {
            let id: i64 = r.get(0)?;
            found.push(format!("the search index's sizes of row {id} are damaged"));
            if found.len() >= 10 {
                break;
            }
        }
    }
    let unmatched: i64 = conn.query_row(
        &format!(
            "SELECT (SELECT count(*) FROM {schema}.record_fts_docsize d
                     WHERE NOT EXISTS (SELECT 1 FROM {schema}.record r WHERE r.rowid = d.id))
                  + (SELECT count(*) FROM {schema}.record r
                     WHERE NOT EXISTS (SELECT 1 FROM {schema}.record_fts_docsize d
                                       WHERE d.id = r.rowid))"
        ),
        [],
        |r| r.get(0),
    )?;
    if unmatched > 0 {
        found.push(format!(
            "{unmatched} rows of the search index and of the records do not match"
        ));
    }
    // Every word's lists of records and places read through, once, as search reads them:
    // the index is contentless, so FTS5's own check cannot compare these lists with any text.
    // Each word must be text (search reads the words back for prefixes and spelling help) and
    // each place must lie in one of the index's columns (one damaged byte of a list reads as
    // a column past them, or as damage); either once passed every other check and then failed
    // every search that reached that word.
    conn.execute_batch(&format!(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.record_words_{schema}
         USING fts5vocab('{schema}', 'record_fts', 'col')"
    ))?;
    let mut words = conn.prepare(&format!("SELECT term, col FROM temp.record_words_{schema}"))?;
    let mut rows = words.query([])?;
    let (mut not_text, mut outside, mut damaged) = (0usize, 0usize, false);
    loop {
        match rows.next() {
            Ok(Some(r)) => {
                match r.get_ref(0) {
                    Ok(rusqlite::types::ValueRef::Text(t)) if std::str::from_utf8(t).is_ok() => {}
                    _ => not_text += 1,
                }
                match r.get_ref(1) {
                    Ok(rusqlite::types::ValueRef::Text(c))
                        if INDEX_COLUMNS.iter().any(|k| k.as_bytes() == c) => {}
                    _ => outside += 1,
                }
            }
            Ok(None) => break,
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
                damaged = true;
                break;
            }
            Err(e) => return Err(e.into()),
        }
    }
    if not_text > 0 {
        found.push(format!(
            "the search index's words are damaged ({not_text} cannot be read)"
        ));
    }
    if outside > 0 || damaged {
        found.push(format!(
            "the search index's word lists are damaged ({outside} places outside its columns)"
        ));
    }
    Ok(found)
}

impl Directory {
    /// SQLite's `quick_check`: `Ok(())` or the problems it found.
    /// Then what search relies on: FTS5's own check of the index and [`index_problems`].
    pub fn check(&self) -> Result<Result<(), Vec<String>>, StoreError> {
        let mut stmt = self.conn.prepare("PRAGMA quick_check")?;
        let mut rows: Vec<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<_, _>>()?;
        if rows.len() == 1 && rows[0] == "ok" {
            rows.clear();
            if let Err(e) = self.conn.execute(
                "INSERT INTO record_fts(record_fts) VALUES('integrity-check')",
                [],
            ) && e.sqlite_error_code() != Some(rusqlite::ErrorCode::ReadOnly)
            {
                rows.push(format!("the search index: {e}"));
            }
            rows.extend(index_problems(&self.conn, "main")?);
        }
        Ok(if rows.is_empty() { Ok(()) } else { Err(rows) })
    }
}

/// Reads the index's term dictionary from FTS5's own vocabulary, in the byte order `fst`
/// needs: the words of names, places, bodies and Latin spellings (not the private-use tokens
/// of vocabulary terms and prefixes, nor Persian skeletons, nor words as written with marks).
pub(super) fn load_terms(conn: &Connection) -> Result<Terms, StoreError> {
    vocabulary(conn)?;
    let mut stmt = conn.prepare_cached(
        "SELECT term, doc FROM temp.record_vocab
         WHERE col IN ('name', 'place', 'body', 'latin')",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
    // Streamed into the dictionary as FTS5 gives them (in order), not gathered first: a
    // million records have three million terms.
    let mut failed = None;
    let terms = rows
        .map_while(|row| match row {
            Ok(row) => Some(row),
            Err(e) => {
                failed = Some(e);
                None
            }
        })
        .filter(|(term, _)| !crate::search::terms::is_own_token(term))
        .map(|(term, docs)| (term, docs.max(0) as u64));
    let terms = Terms::from_sorted(terms);
    match failed {
        Some(e) => Err(e.into()),
        None => Ok(terms),
    }
}

/// The publisher's term dictionary: the one kept beside the records if it was derived from
/// them as they are, else read from the index (and kept for the next time).
fn publisher_terms(conn: &Connection) -> Result<Terms, StoreError> {
    let stamp = derived::stamp(conn, false)?;
    if let Some(t) = derived::load(conn, derived::TERMS, &stamp)?.and_then(Terms::from_bytes) {
        return Ok(t);
    }
    let t = load_terms(conn)?;
    derived::keep(conn, derived::TERMS, &stamp, false, &t.to_bytes());
    Ok(t)
}

impl crate::search::Index for Directory {
    type Error = StoreError;

    fn matches(&self, expr: &str) -> Result<Vec<i64>, StoreError> {
        if let Some(kept) = derived::kept_matches(&self.conn, expr)? {
            return Ok(kept);
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT rowid FROM record_fts WHERE record_fts MATCH ?1")?;
        let rows = stmt.query_map([expr], |r| r.get(0));
        let all: Vec<i64> = matched(rows.and_then(|rows| rows.collect()))?;
        if all.len() >= self.keep_matches_from && all.is_sorted() {
            derived::keep_matches(&self.conn, expr, &all);
        }
        Ok(all)
    }

    fn ranked(&self, expr: &str) -> Result<Vec<(i64, f64)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT rowid, bm25(record_fts, {WEIGHTS}) FROM record_fts WHERE record_fts MATCH ?1"
        ))?;
        // bm25 is lower for better matches: the search wants higher.
        let rows = stmt.query_map([expr], |r| Ok((r.get::<_, i64>(0)?, -r.get::<_, f64>(1)?)));
        matched(rows.and_then(|rows| rows.collect()))
    }

    fn in_listing_order(&self, expr: &str, limit: usize) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT rowid FROM record_fts WHERE record_fts MATCH ?1 ORDER BY rowid LIMIT ?2",
        )?;
        let rows = stmt.query_map(rusqlite::params![expr, limit as i64], |r| r.get(0));
        matched(rows.and_then(|rows| rows.collect()))
    }

    fn names_folded(&self, rowid: i64) -> Result<String, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT names_lc FROM record WHERE rowid = ?1")?;
        Ok(stmt
            .query_row([rowid], |r| r.get(0))
            .optional()?
            .unwrap_or_default())
    }

    fn records(&self, rowids: &[i64]) -> Result<Vec<Record>, StoreError> {
        self.get_by_rowids(rowids)
    }

    fn facet_table(&self) -> &FacetTable {
        &self.facets
    }

    fn terms(&self) -> Result<&Terms, StoreError> {
        if let Some(t) = self.terms.get() {
            return Ok(t);
        }
        let publisher = match self.publisher_terms.get() {
            Some(t) => t,
            None => {
                let t = publisher_terms(&self.conn)?;
                self.publisher_terms.get_or_init(|| t)
            }
        };
        let t = publisher.with_extra(&super::overlay::worker_terms(&self.conn)?);
        Ok(self.terms.get_or_init(|| t))
    }
}
