//! Moving the whole layer: one export file out, the same file in on another PC. Importing
//! is a merge by natural keys (a record's id, a flag's field and value) that never
//! overwrites what the worker has, so importing the same file twice changes nothing:
//! - a note: added where the worker has none; where theirs differs, both are kept, theirs
//!   first, the one brought in after it under a dated mark (`merged_note`);
//! - a flag: added where the worker has none on that value; theirs is kept otherwise;
//! - one of the office's records: added where the id is new; the worker's is kept otherwise;
//! - a favourite: added;
//! - the publisher's records as the other PC knew them: not taken (a file could invent one):
//!   the layer remembers them from this PC's own directory.

use super::{UserLayer, put_flag};
use crate::layer::{Export, FlagEntry, NoteEntry};
use crate::store::StoreError;
use rusqlite::{OptionalExtension, params};

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub notes: usize,
    pub flags: usize,
    pub favourites: usize,
    pub records: usize,
    /// Notes that differed from the worker's: both kept, the one brought in marked.
    pub notes_merged: usize,
    /// Flags on a value the worker had flagged differently: the worker's kept.
    pub flags_kept: usize,
    /// The office's records that differed from the worker's copy: the worker's kept.
    pub records_kept: usize,
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

    /// Merges an export into this layer in one transaction, never overwriting what the
    /// worker has (see the module's rules). `merged_note` writes a note brought in beside
    /// the worker's own, marked. The caller has checked the export's own records.
    pub fn import(
        &mut self,
        e: &Export,
        merged_note: &dyn Fn(&crate::layer::Note) -> String,
    ) -> Result<ImportSummary, StoreError> {
        self.dirty = true;
        let tx = self.conn.transaction()?;
        let mut s = ImportSummary::default();
        for n in &e.notes {
            let theirs: Option<String> = tx
                .query_row("SELECT text FROM note WHERE record_id = ?1", [&n.id], |r| {
                    r.get(0)
                })
                .optional()?;
            let text = match theirs {
                None => {
                    s.notes += 1;
                    n.note.text.clone()
                }
                // The same note, or one already merged: nothing to do.
                Some(t) if t.trim() == n.note.text.trim() || t.contains(n.note.text.trim()) => {
                    continue;
                }
                Some(t) => {
                    s.notes_merged += 1;
                    format!(
                        "{}\n\n{}\n{}",
                        t.trim_end(),
                        merged_note(&n.note),
                        n.note.text
                    )
                }
            };
            tx.prepare_cached(
                "INSERT INTO note (record_id, text, lang, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(record_id) DO UPDATE SET text = excluded.text",
            )?
            .execute(params![
                n.id,
                text,
                n.note.lang,
                n.note.updated_at.to_string()
            ])?;
        }
        for f in &e.flags {
            let theirs: Option<(Option<String>, Option<String>)> = tx
                .query_row(
                    "SELECT correct, reason FROM flag WHERE record_id = ?1 AND field = ?2
                       AND value = ?3",
                    params![f.id, f.flag.field.key(), f.flag.value],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            match theirs {
                None => {
                    put_flag(&tx, &f.id, &f.flag)?;
                    s.flags += 1;
                }
                Some((correct, reason)) if correct == f.flag.correct && reason == f.flag.reason => {
                }
                Some(_) => s.flags_kept += 1,
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
            let theirs: Option<String> = tx
                .query_row(
                    "SELECT json FROM local_record WHERE id = ?1",
                    [&r.id],
                    |r| r.get(0),
                )
                .optional()?;
            match theirs {
                None => {
                    tx.prepare_cached(
                        "INSERT INTO local_record (id, json, updated_at) VALUES (?1, ?2, ?3)",
                    )?
                    .execute(params![
                        r.id,
                        json,
                        jiff::Timestamp::now().to_string()
                    ])?;
                    s.records += 1;
                }
                Some(t) if t == json => {}
                Some(_) => s.records_kept += 1,
            }
        }
        tx.commit()?;
        Ok(s)
    }
}
