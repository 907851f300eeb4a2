//! Moving the whole layer: one export file out, the same file in on another PC. Importing
//! is a merge by natural keys (a record's id, a flag's field and value), so importing the
//! same file twice changes nothing.

use super::{UserLayer, put_flag, remember};
use crate::layer::{Export, FlagEntry, NoteEntry};
use crate::store::StoreError;
use rusqlite::params;

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub notes: usize,
    pub flags: usize,
    pub favourites: usize,
    pub records: usize,
}

impl ImportSummary {
    pub fn is_empty(&self) -> bool {
        *self == ImportSummary::default()
    }
}

impl UserLayer {
    /// The whole layer.
    pub fn export(&self) -> Result<Export, StoreError> {
        let mut out = Export::new();
        let mut stmt = self
            .conn
            .prepare("SELECT record_id FROM note ORDER BY record_id")?;
        let ids: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for id in ids {
            if let Some(note) = self.note(&id)? {
                out.notes.push(NoteEntry { id, note });
            }
        }
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT record_id FROM flag ORDER BY record_id")?;
        let ids: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for id in ids {
            for flag in self.flags(&id)? {
                out.flags.push(FlagEntry {
                    id: id.clone(),
                    flag,
                });
            }
        }
        let mut stmt = self
            .conn
            .prepare("SELECT record_id FROM favourite ORDER BY record_id")?;
        out.favourites = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        // A confidential address never leaves the machine, not even to the office's next PC.
        let strip = |r: crate::model::Record| r.without_confidential();
        out.records = self.local_records()?.into_iter().map(strip).collect();
        out.known = self
            .records("SELECT json FROM known ORDER BY id")?
            .into_iter()
            .map(strip)
            .collect();
        Ok(out)
    }

    /// Merges an export into this layer in one transaction. The caller has checked the
    /// export's own records.
    pub fn import(&mut self, e: &Export) -> Result<ImportSummary, StoreError> {
        self.dirty = true;
        let tx = self.conn.transaction()?;
        let mut s = ImportSummary::default();
        for r in &e.known {
            remember(&tx, r)?;
        }
        for n in &e.notes {
            s.notes += tx
                .prepare_cached(
                    "INSERT INTO note (record_id, text, lang, updated_at) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT(record_id) DO UPDATE SET text = excluded.text,
                       lang = excluded.lang, updated_at = excluded.updated_at
                     WHERE note.text <> excluded.text",
                )?
                .execute(params![
                    n.id,
                    n.note.text,
                    n.note.lang,
                    n.note.updated_at.to_string()
                ])?;
        }
        for f in &e.flags {
            let same: bool = tx.query_row(
                "SELECT count(*) FROM flag WHERE record_id = ?1 AND field = ?2 AND value = ?3
                   AND correct IS ?4 AND reason IS ?5",
                params![
                    f.id,
                    f.flag.field.key(),
                    f.flag.value,
                    f.flag.correct,
                    f.flag.reason
                ],
                |r| r.get::<_, i64>(0),
            )? > 0;
            if !same {
                put_flag(&tx, &f.id, &f.flag)?;
                s.flags += 1;
            }
        }
        for id in &e.favourites {
            s.favourites += tx.execute(
                "INSERT OR IGNORE INTO favourite (record_id, added_at) VALUES (?1, ?2)",
                params![id, crate::today().to_string()],
            )?;
        }
        for r in &e.records {
            let json = serde_json::to_string(r).map_err(|e| StoreError::Record(e.to_string()))?;
            s.records += tx
                .prepare_cached(
                    "INSERT INTO local_record (id, json, updated_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT(id) DO UPDATE SET json = excluded.json,
                       updated_at = excluded.updated_at
                     WHERE local_record.json <> excluded.json",
                )?
                .execute(params![r.id, json, jiff::Timestamp::now().to_string()])?;
        }
        tx.commit()?;
        Ok(s)
    }
}
