//! The feed's format, and the publisher's side: building a snapshot and a delta from a
//! directory of records, generating keys and signing. Documented for publishers in
//! `docs/feed.md`.

use crate::model::{self, Kind, Record, Validator};
use serde::{Deserialize, Serialize};
use sha2::Digest;
use std::collections::HashMap;
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};

mod database;

/// The manifest format this build writes: 2 adds the snapshot as a ready-made directory
/// (`database`). This build reads 1 and 2; a Haven that reads only 1 says it must be updated.
pub const FORMAT: u32 = 2;

/// The oldest Haven that reads feeds of [`FORMAT`]. A manifest names it as `min_client`, so
/// upgrading the publishing tool never locks out offices on older versions; it changes only
/// with the format.
pub const OLDEST_READER: &str = "0.1.0";
pub const MANIFEST: &str = "manifest.json";
pub const SIGNATURE: &str = "manifest.json.minisig";
/// How many earlier deltas a new manifest keeps, so offices a few updates behind still
/// catch up without a full snapshot.
const KEEP_DELTAS: usize = 10;

/// `manifest.json`: what the feed holds now. Signed as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub feed_id: String,
    /// Grows by one with every publication; a client never goes back.
    pub sequence: u64,
    pub published_at: jiff::Timestamp,
    /// After this a client refuses the manifest: a feed frozen by an attacker would otherwise
    /// keep offices on old numbers forever.
    pub expires_at: jiff::Timestamp,
    /// Oldest Haven version that can read this feed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_client: Option<String>,
    pub snapshot: Payload,
    /// The snapshot as a directory database, for clients of its schema and folding (format
    /// 2); others read `snapshot`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database: Option<DatabaseRef>,
    #[serde(default)]
    pub deltas: Vec<DeltaRef>,
}

/// The snapshot's records as a gzip-compressed SQLite directory, indexed for search by the
/// publisher: `unpacked` is the database file's size, `records` its records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseRef {
    #[serde(flatten)]
    pub payload: Payload,
    /// The directory schema it was written with (`store::SCHEMA_VERSION`).
    pub schema: u32,
    /// The folding its search index was built with (`search::fold::FOLD_VERSION`).
    pub fold: u32,
}

/// A payload file: gzip-compressed JSON lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    /// Relative to the manifest's URL, or absolute.
    pub url: String,
    pub sha256: String,
    /// Bytes of the compressed file.
    pub size: u64,
    /// Lines (records, or changes for a delta).
    pub records: u64,
    /// Bytes the lines unpack to. Signed with the manifest, so a client stops a download
    /// that unpacks to more, however well its text compresses (feeds built before it have
    /// none, and are held to a multiple of their compressed size).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unpacked: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeltaRef {
    pub from: u64,
    pub to: u64,
    #[serde(flatten)]
    pub payload: Payload,
}

/// One line of a delta.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase", deny_unknown_fields)]
pub enum Change {
    Upsert { record: Box<Record> },
    Delete { id: String },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    #[error("{path}: {detail}")]
    Io { path: String, detail: String },
    #[error("line {line}: {detail}")]
    Line { line: u64, detail: String },
    #[error("the records are not valid:\n{0}")]
    Invalid(String),
    #[error("{0}")]
    Key(String),
    #[error("{0}")]
    Other(String),
}

fn io_err(path: &Path, e: impl std::fmt::Display) -> FeedError {
    FeedError::Io {
        path: path.display().to_string(),
        detail: e.to_string(),
    }
}

/// The longest line a payload may hold: no record comes near it, and a client reading a
/// line holds all of it in memory.
pub const MAX_LINE_BYTES: usize = 8 << 20;

/// Gzip-compressed JSON lines, and how many bytes they unpack to (signed in the manifest,
/// so a client holds the download to it).
pub fn encode_lines<T: Serialize>(items: &[T]) -> Result<(Vec<u8>, u64), FeedError> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut unpacked = 0u64;
    for item in items {
        let line = serde_json::to_string(item).map_err(|e| FeedError::Other(e.to_string()))?;
        if line.len() >= MAX_LINE_BYTES {
            return Err(FeedError::Other(format!(
                "a line of {} bytes; at most {MAX_LINE_BYTES}",
                line.len()
            )));
        }
        unpacked += line.len() as u64 + 1;
        enc.write_all(line.as_bytes())
            .and_then(|_| enc.write_all(b"\n"))
            .map_err(|e| FeedError::Other(e.to_string()))?;
    }
    let gz = enc.finish().map_err(|e| FeedError::Other(e.to_string()))?;
    Ok((gz, unpacked))
}

/// Reads gzip-compressed JSON lines one at a time, naming the line of any error. Stops with an
/// error once `max_unpacked` bytes have come out (a gzip bomb cannot fill the memory).
pub fn decode_lines<'a, T: serde::de::DeserializeOwned + 'a>(
    gz: &'a [u8],
    max_unpacked: u64,
) -> impl Iterator<Item = Result<T, FeedError>> + 'a {
    let mut reader = std::io::BufReader::new(flate2::read::GzDecoder::new(gz).take(max_unpacked));
    let mut n = 0u64;
    let mut unpacked = 0u64;
    let mut done = false;
    std::iter::from_fn(move || {
        loop {
            if done {
                return None;
            }
            n += 1;
            // One line at a time, and never more of it than a line may hold.
            let mut bytes = Vec::new();
            let limit = MAX_LINE_BYTES as u64 + 1;
            let fail = |detail: String| Some(Err(FeedError::Line { line: n, detail }));
            match (&mut reader).take(limit).read_until(b'\n', &mut bytes) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    done = true;
                    return fail(format!("the compressed data is damaged: {e}"));
                }
            }
            if bytes.len() > MAX_LINE_BYTES {
                done = true;
                return fail(format!("a line longer than {MAX_LINE_BYTES} bytes"));
            }
            unpacked += bytes.len() as u64 + u64::from(bytes.last() != Some(&b'\n'));
            if bytes.last() == Some(&b'\n') {
                bytes.pop();
            }
            let Ok(line) = String::from_utf8(bytes) else {
                done = true;
                return fail("a line is not UTF-8".into());
            };
            if unpacked >= max_unpacked {
                done = true;
                return Some(Err(FeedError::Line {
                    line: n,
                    detail: "the payload unpacks to more than the size limit".into(),
                }));
            }
            if line.trim().is_empty() {
                continue;
            }
            return Some(serde_json::from_str(&line).map_err(|e| FeedError::Line {
                line: n,
                detail: e.to_string(),
            }));
        }
    })
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Reads every `*.json` record under `dir` (the layout of `data/`).
pub fn read_records_dir(dir: &Path) -> Result<Vec<Record>, FeedError> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for e in std::fs::read_dir(dir)? {
            let p = e?.path();
            if p.is_dir() {
                walk(&p, out)?;
            } else if p.extension().is_some_and(|x| x == "json") {
                out.push(p);
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dir, &mut files).map_err(|e| io_err(dir, e))?;
    files.sort();
    files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).map_err(|e| io_err(f, e))?;
            serde_json::from_str(&text).map_err(|e| io_err(f, e))
        })
        .collect()
}

/// What `build` made.
#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    pub manifest: Manifest,
    pub delta_changes: Option<u64>,
}

/// How far [`build`] has come, for a progress bar: each step in turn, with its size when it
/// is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildProgress {
    /// Every record checked, as a client checks it.
    Checking { records: u64 },
    /// The snapshot written as JSON lines.
    Lines { records: u64 },
    /// The snapshot written as a directory database and indexed for search.
    Indexing { records: u64, total: u64 },
    /// That database made compact, before it is compressed.
    Compacting,
    /// That database compressed: `bytes` of its `total`.
    Packing { bytes: u64, total: u64 },
    /// The changes since the previous publication.
    Delta,
}

/// Builds a feed into `out`: `snapshot-N.jsonl.gz`, `delta-(N-1)-N.jsonl.gz` when `previous`
/// (an earlier feed folder) is given, and `manifest.json`. Validates the records first and
/// refuses them all if any is wrong.
pub fn build(
    records: Vec<Record>,
    out: &Path,
    previous: Option<&Path>,
    feed_id: &str,
    valid_for: jiff::Span,
    progress: &mut dyn FnMut(BuildProgress),
) -> Result<Built, FeedError> {
    let today = crate::today();
    let total = records.len() as u64;
    progress(BuildProgress::Checking { records: total });
    let problems = model::validate_directory(&records, &model::seed_text, today);
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        return Err(FeedError::Invalid(list.join("\n")));
    }
    std::fs::create_dir_all(out).map_err(|e| io_err(out, e))?;
    let mut records = records;
    records.sort_by_cached_key(crate::store::listing_key);

    let prev = match previous {
        Some(dir) => Some(read_feed_dir(dir)?),
        None => None,
    };
    let sequence = match &prev {
        None => 1,
        Some((m, _)) => m
            .sequence
            .checked_add(1)
            .ok_or_else(|| FeedError::Other("the feed's sequence cannot grow further".into()))?,
    };
    let feed_id = prev
        .as_ref()
        .map_or(feed_id.to_string(), |(m, _)| m.feed_id.clone());

    let snapshot_name = format!("snapshot-{sequence}.jsonl.gz");
    progress(BuildProgress::Lines { records: total });
    let (snapshot, snapshot_unpacked) = encode_lines(&records)?;
    write(out, &snapshot_name, &snapshot)?;
    let origin = crate::store::Origin::Feed {
        feed_id: feed_id.clone(),
        sequence,
    };
    let database = database::write(
        &records,
        out,
        &format!("snapshot-{sequence}.sqlite3.gz"),
        &origin,
        progress,
    )?;

    let mut deltas = Vec::new();
    let mut delta_changes = None;
    if let (Some((pm, prev_records)), Some(prev_dir)) = (&prev, previous) {
        progress(BuildProgress::Delta);
        let before: HashMap<&str, &Record> =
            prev_records.iter().map(|r| (r.id.as_str(), r)).collect();
        let now: HashMap<&str, &Record> = records.iter().map(|r| (r.id.as_str(), r)).collect();
        let mut changes: Vec<Change> = records
            .iter()
            .filter(|r| before.get(r.id.as_str()) != Some(r))
            .map(|r| Change::Upsert {
                record: Box::new(r.clone()),
            })
            .collect();
        let mut gone: Vec<&str> = before
            .keys()
            .copied()
            .filter(|id| !now.contains_key(id))
            .collect();
        gone.sort();
        changes.extend(gone.into_iter().map(|id| Change::Delete { id: id.into() }));
        let name = format!("delta-{}-{sequence}.jsonl.gz", pm.sequence);
        let (bytes, unpacked) = encode_lines(&changes)?;
        write(out, &name, &bytes)?;
        // Earlier deltas stay available, copied along when the feed moves to a new folder.
        for d in pm.deltas.iter().rev().take(KEEP_DELTAS - 1).rev() {
            if prev_dir != out {
                let src = prev_dir.join(&d.payload.url);
                let bytes = std::fs::read(&src).map_err(|e| io_err(&src, e))?;
                write(out, &d.payload.url, &bytes)?;
            }
            deltas.push(d.clone());
        }
        deltas.push(DeltaRef {
            from: pm.sequence,
            to: sequence,
            payload: Payload {
                url: name,
                sha256: sha256_hex(&bytes),
                size: bytes.len() as u64,
                records: changes.len() as u64,
                unpacked: Some(unpacked),
            },
        });
        delta_changes = Some(changes.len() as u64);
    }

    let now = jiff::Timestamp::now();
    let manifest = Manifest {
        format: FORMAT,
        feed_id,
        sequence,
        published_at: now,
        expires_at: now
            .checked_add(valid_for)
            .map_err(|e| FeedError::Other(e.to_string()))?,
        min_client: Some(OLDEST_READER.to_string()),
        snapshot: Payload {
            url: snapshot_name,
            sha256: sha256_hex(&snapshot),
            size: snapshot.len() as u64,
            records: records.len() as u64,
            unpacked: Some(snapshot_unpacked),
        },
        database: Some(database),
        deltas,
    };
    let json =
        serde_json::to_string_pretty(&manifest).map_err(|e| FeedError::Other(e.to_string()))?;
    write(out, MANIFEST, json.as_bytes())?;
    // A manifest from an earlier build must not keep its old signature.
    let _ = std::fs::remove_file(out.join(SIGNATURE));
    Ok(Built {
        manifest,
        delta_changes,
    })
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), FeedError> {
    let path = dir.join(name);
    std::fs::write(&path, bytes).map_err(|e| io_err(&path, e))
}

/// Reads a feed folder: its manifest and the records of its snapshot.
pub fn read_feed_dir(dir: &Path) -> Result<(Manifest, Vec<Record>), FeedError> {
    let path = dir.join(MANIFEST);
    let text = std::fs::read_to_string(&path).map_err(|e| io_err(&path, e))?;
    let manifest: Manifest = serde_json::from_str(&text).map_err(|e| io_err(&path, e))?;
    let snap = dir.join(&manifest.snapshot.url);
    let bytes = std::fs::read(&snap).map_err(|e| io_err(&snap, e))?;
    let records = decode_lines::<Record>(&bytes, u64::MAX).collect::<Result<Vec<_>, _>>()?;
    Ok((manifest, records))
}

/// Creates a key pair: `haven-feed.pub` (give it to offices) and `haven-feed.key` (keep it
/// secret; unencrypted so a publishing job can sign unattended). Refuses to overwrite.
pub fn keygen(dir: &Path) -> Result<(PathBuf, PathBuf, String), FeedError> {
    std::fs::create_dir_all(dir).map_err(|e| io_err(dir, e))?;
    let pub_path = dir.join("haven-feed.pub");
    let key_path = dir.join("haven-feed.key");
    for p in [&pub_path, &key_path] {
        if p.exists() {
            return Err(FeedError::Key(format!(
                "{} exists; move it away first",
                p.display()
            )));
        }
    }
    let kp = minisign::KeyPair::generate_unencrypted_keypair()
        .map_err(|e| FeedError::Key(e.to_string()))?;
    let pk_box = kp.pk.to_box().map_err(|e| FeedError::Key(e.to_string()))?;
    let sk_box = kp
        .sk
        .to_box(Some("haven feed secret key"))
        .map_err(|e| FeedError::Key(e.to_string()))?;
    std::fs::write(&pub_path, pk_box.to_string()).map_err(|e| io_err(&pub_path, e))?;
    std::fs::write(&key_path, sk_box.to_string()).map_err(|e| io_err(&key_path, e))?;
    Ok((pub_path, key_path, kp.pk.to_base64()))
}

/// Signs `dir/manifest.json` with the secret key file, writing `manifest.json.minisig`
/// (verifiable with the standard `minisign -V`).
pub fn sign(dir: &Path, key_file: &Path) -> Result<PathBuf, FeedError> {
    let text = std::fs::read_to_string(key_file).map_err(|e| io_err(key_file, e))?;
    let sk_box =
        minisign::SecretKeyBox::from_string(&text).map_err(|e| FeedError::Key(e.to_string()))?;
    let sk = minisign::SecretKey::from_unencrypted_box(sk_box)
        .map_err(|e| FeedError::Key(e.to_string()))?;
    let pk = minisign::PublicKey::from_secret_key(&sk).ok();
    let manifest_path = dir.join(MANIFEST);
    let bytes = std::fs::read(&manifest_path).map_err(|e| io_err(&manifest_path, e))?;
    let manifest: Manifest =
        serde_json::from_slice(&bytes).map_err(|e| io_err(&manifest_path, e))?;
    let comment = format!(
        "haven feed {} sequence {}",
        manifest.feed_id, manifest.sequence
    );
    let sig = minisign::sign(
        pk.as_ref(),
        &sk,
        std::io::Cursor::new(&bytes),
        Some(&comment),
        Some("signature from the haven feed key"),
    )
    .map_err(|e| FeedError::Key(e.to_string()))?;
    let out = dir.join(SIGNATURE);
    std::fs::write(&out, sig.to_string()).map_err(|e| io_err(&out, e))?;
    Ok(out)
}

/// Validates a stream of records against each other without holding them all: the ids and
/// kinds of every record first (`kinds`), then each record as it comes.
pub fn validator<'a>(kinds: &'a HashMap<String, Kind>, today: jiff::civil::Date) -> Validator<'a> {
    Validator::new(kinds, &model::seed_text, today, false)
}
