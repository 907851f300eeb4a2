//! Moving the worker's layer: the whole layer out to a file and back in on another PC, and
//! the office's corrections out to the publisher. The command line and the window both call
//! these, so a file made by one is the file the other reads.

use super::user::ImportSummary;
use super::{Directory, StoreError, UserLayer};
use crate::layer::{self, Correction, Export, FlagState};
use std::path::Path;

/// Writes the whole layer to `path` (confidential addresses left out). Returns what it holds.
pub fn export_layer(layer: &UserLayer, path: &Path) -> Result<Export, StoreError> {
    let export = layer.export()?;
    let text =
        serde_json::to_string_pretty(&export).map_err(|e| StoreError::Record(e.to_string()))?;
    write_atomic(path, &text)?;
    Ok(export)
}

/// Reads an export file's text and merges it into the layer, never overwriting what the
/// worker has (`UserLayer::import`; `merged_note` marks a note kept beside theirs). Every
/// record in it is checked as one the worker typed before anything is written: one bad
/// record and nothing changes. Importing the same file twice changes nothing.
pub fn import_layer(
    dir: &mut Directory,
    layer: &mut UserLayer,
    text: &str,
    office: &str,
    today: jiff::civil::Date,
    merged_note: &dyn Fn(&layer::Note) -> String,
) -> Result<ImportSummary, StoreError> {
    let mut export = layer::read_export(text).map_err(StoreError::LayerFile)?;
    // A note is the office's text, never control (records are checked below).
    for n in &mut export.notes {
        crate::text::clean::clean_in_place(&mut n.note.text);
    }
    let kinds = dir.kinds()?;
    for r in &export.records {
        let value = serde_json::to_value(r).map_err(|e| StoreError::Record(e.to_string()))?;
        layer::local::prepare(value, office, today, &kinds, &|_| false)
            .map_err(StoreError::Invalid)?;
    }
    let summary = layer.import(&export, merged_note)?;
    // The publisher's records the notes and flags are on, as this PC's directory has them
    // (the file's own copies are not taken: a file could invent a "publisher" record).
    let current = dir.touched_records(layer)?;
    layer.remember_all(&current)?;
    dir.refresh_overlay()?;
    Ok(summary)
}

/// Writes the office's corrections for the publisher to `path`. Returns how many there are.
pub fn export_corrections(
    dir: &Directory,
    layer: &UserLayer,
    office: &str,
    path: &Path,
) -> Result<usize, StoreError> {
    let items = corrections_of(dir, layer, office)?;
    let text = layer::write_corrections(&items).map_err(StoreError::LayerFile)?;
    write_atomic(path, &text)?;
    Ok(items.len().saturating_sub(1))
}

/// The office's open flags and its own records, as a corrections file's lines (a header
/// first). Nothing of a client's is in the layer to begin with; notes stay home (they are
/// the office's), and a confidential address never leaves the machine, not even to the
/// publisher.
pub fn corrections_of(
    dir: &Directory,
    layer: &UserLayer,
    office: &str,
) -> Result<Vec<Correction>, StoreError> {
    let mut items = vec![Correction::header(office)];
    for id in layer.touched_ids()? {
        let Some(r) = dir.get(&id)? else { continue };
        if dir.is_overlay(&id)? {
            continue;
        }
        for flag in layer.flags(&id)? {
            if flag.state(&r) == FlagState::Open {
                items.push(Correction::Flag {
                    id: id.clone(),
                    flag,
                    record: Box::new(r.without_confidential()),
                });
            }
        }
    }
    for r in layer.local_records()? {
        items.push(Correction::New {
            record: Box::new(r.without_confidential()),
        });
    }
    Ok(items)
}

/// An export of thousands of records is a few megabytes; a file far bigger is not one, and
/// is refused before it is read into memory.
pub const MAX_LAYER_FILE: u64 = 64 << 20;

/// Reads a layer or corrections file, refusing one bigger than [`MAX_LAYER_FILE`].
pub fn read_layer_file(path: &Path) -> Result<String, StoreError> {
    read_bounded(path, MAX_LAYER_FILE)
}

/// Reads the text of a regular file of at most `max` bytes (`crate::input`): a folder, a
/// device or a pipe is refused before anything is read, and at most `max + 1` bytes are
/// ever read, whatever size the file claims.
pub fn read_bounded(path: &Path, max: u64) -> Result<String, StoreError> {
    use crate::input::{ReadError, read_text};
    read_text(path, max).map_err(|e| match e {
        ReadError::TooBig { bytes, .. } => StoreError::LayerFile(layer::LayerFileError::TooBig {
            megabytes: bytes.div_ceil(1 << 20),
        }),
        other => StoreError::io(path, other.into_io()),
    })
}

/// Writes a file whole or not at all: into a temporary file beside it, then renamed.
pub fn write_atomic(path: &Path, text: &str) -> Result<(), StoreError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let io = |e| StoreError::io(path, e);
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    std::io::Write::write_all(&mut tmp, text.as_bytes()).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// Writes `path` whole or not at all, by `write` into a temporary file beside it.
pub fn write_atomic_with(
    path: &Path,
    write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<(), StoreError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let io = |e| StoreError::io(path, e);
    let tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    let mut w = std::io::BufWriter::new(tmp);
    write(&mut w).map_err(io)?;
    let tmp = w.into_inner().map_err(|e| io(e.into_error()))?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// What the directory holds, for telling an imported row from a record it already has: the
/// publisher's records and the office's own.
pub fn known_records(
    dir: &Directory,
    layer: &UserLayer,
) -> Result<crate::import::Known, StoreError> {
    let mut known = crate::import::Known::new();
    for r in dir.all()? {
        known.add(&r);
    }
    for r in layer.local_records()? {
        known.add(&r);
    }
    Ok(known)
}

/// Whether `id` is used by the directory or the office's records.
pub fn id_taken(
    dir: &Directory,
    layer: &UserLayer,
) -> Result<impl Fn(&str) -> bool + use<>, StoreError> {
    let mut ids: std::collections::HashSet<String> = dir.kinds()?.into_keys().collect();
    ids.extend(layer.local_records()?.into_iter().map(|r| r.id));
    Ok(move |id: &str| ids.contains(id))
}

/// Writes staged rows as the office's own records, with the notes from their rows, in one
/// transaction, and shows them in the directory. Returns how many records were written.
pub fn add_imported(
    dir: &mut Directory,
    layer: &mut UserLayer,
    staged: &[crate::import::Staged],
    lang: &str,
    today: jiff::civil::Date,
) -> Result<usize, StoreError> {
    let mut export = Export::new();
    for s in staged {
        export.records.push(s.record.clone());
        if let Some(text) = &s.note {
            export.notes.push(layer::NoteEntry {
                id: s.record.id.clone(),
                note: layer::Note {
                    text: text.clone(),
                    lang: lang.to_string(),
                    updated_at: today,
                },
            });
        }
    }
    // New records' own notes: nothing of the worker's is there to merge with.
    let summary = layer.import(&export, &|n| n.text.clone())?;
    dir.refresh_overlay()?;
    Ok(summary.records)
}
