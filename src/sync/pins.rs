//! The highest sequence of every feed id this computer ever applied, kept beside the
//! directory in `feed-sequences.json`. A rebuild back to the bundled directory, or a switch to
//! another feed signed by the same key, does not forget it: an older manifest of a feed
//! already seen is refused, whichever feed came between (The Update Framework's rollback
//! rule, per feed).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const FILE: &str = "feed-sequences.json";

/// A handful of feeds; a bigger file is not ours and is not read.
const MAX_FILE: u64 = 64 << 10;

fn path(db_path: &Path) -> PathBuf {
    db_path.with_file_name(FILE)
}

/// The pinned sequences. A missing or unreadable file pins nothing more than the directory's
/// own place in its feed, which the caller adds.
pub fn read(db_path: &Path) -> BTreeMap<String, u64> {
    crate::input::read_text(&path(db_path), MAX_FILE)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

/// Remembers that `feed_id` was applied at `sequence` (never lowering what was seen).
pub fn remember(
    db_path: &Path,
    feed_id: &str,
    sequence: u64,
) -> Result<(), crate::store::StoreError> {
    let mut pins = read(db_path);
    let seen = pins.entry(feed_id.to_string()).or_insert(0);
    if *seen >= sequence && *seen != 0 {
        return Ok(());
    }
    *seen = sequence;
    let text = serde_json::to_string_pretty(&pins)
        .map_err(|e| crate::store::StoreError::Record(e.to_string()))?;
    crate::store::moves::write_atomic(&path(db_path), &text)
}
