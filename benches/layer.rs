//! What the worker's layer costs the search: the same phrases typed letter by letter on a
//! synthetic directory without a layer, and with 1,000 notes and 1,000 of the office's own
//! records (which the directory carries as its overlay, in the same FTS index). Also the cost
//! of one write as the window makes it: a note saved, then the overlay refreshed.
//!
//! `cargo bench --bench layer` (10k directory); `HAVEN_BENCH_SIZE=100000 cargo bench --bench
//! layer` for 100k; `HAVEN_BENCH_LAYER=50` for 50 notes and 50 records. The directory is
//! built in a temporary folder.

use haven::layer::Note;
use haven::search::{self, Query};
use haven::store::{Directory, Origin, StoreError, UserLayer};
use haven_synth as synth;
use std::time::{Duration, Instant};

/// How many notes and office records: 1,000 each unless `HAVEN_BENCH_LAYER` says.
fn layer_size() -> usize {
    std::env::var("HAVEN_BENCH_LAYER")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

/// Types every phrase three times; returns the sorted latencies.
fn type_all(dir: &Directory, keys: &[String]) -> Vec<Duration> {
    for q in keys {
        let _ = search::search(dir, &Query::new(q.as_str()));
    }
    let mut v = Vec::new();
    for _ in 0..3 {
        for q in keys {
            let t = Instant::now();
            let r = search::search(dir, &Query::new(q.as_str())).expect("search");
            v.push(t.elapsed());
            std::hint::black_box(r);
        }
    }
    v.sort();
    v
}

fn row(label: &str, v: &[Duration]) -> String {
    format!(
        "| {label} | {} | {} | {} | {} |",
        ms(percentile(v, 0.5)),
        ms(percentile(v, 0.95)),
        ms(percentile(v, 0.99)),
        ms(*v.last().unwrap_or(&Duration::ZERO))
    )
}

fn main() {
    let n: usize = std::env::var("HAVEN_BENCH_SIZE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let (notes, local) = (layer_size(), layer_size());
    let tmp = tempfile::tempdir().expect("temp dir");
    let path = tmp.path().join("directory.sqlite3");
    let origin = Origin::Feed {
        feed_id: "synthetic".into(),
        sequence: 1,
    };
    let records: Vec<_> = synth::records(n, 42).collect();
    Directory::create_from_iter(
        &path,
        records.iter().cloned().map(Ok::<_, StoreError>),
        &origin,
    )
    .expect("build");
    let (mut dir, _) = Directory::open(&path, false).expect("open");
    let mut keys = synth::keystrokes(synth::PHRASES);
    // What a worker types to find their own notes.
    keys.extend(synth::keystrokes(&["mornings", "dzwonić rano"]));
    let without = type_all(&dir, &keys);

    // The layer: notes on 1,000 records spread through the directory, and 1,000 records of
    // the office's own (synthetic records moved into `local/`, the office as their source).
    let (mut layer, _) = UserLayer::open(&dir.layer_file()).expect("layer");
    let today = jiff::civil::date(2026, 12, 2);
    let step = (n / notes.max(1)).max(1);
    let t = Instant::now();
    for (i, r) in records.iter().step_by(step).take(notes).enumerate() {
        let text = if i % 2 == 0 {
            "Answers only in the mornings; ask for the duty social worker"
        } else {
            "Dzwonić rano, najlepiej przed 10; pani Anna zna sprawy przemocy"
        };
        let note = Note {
            text: text.into(),
            lang: "en".into(),
            updated_at: today,
        };
        layer.set_note(r, &note).expect("note");
    }
    for (i, r) in records.iter().rev().take(local).enumerate() {
        let mut own = r.clone();
        own.id = format!("local/office-{i}");
        own.organization = None;
        own.related.clear();
        own.sources = vec![haven::layer::office_source("OPS Kraków", today)];
        layer.put_local(&own).expect("local record");
    }
    let filled = t.elapsed();
    let t = Instant::now();
    dir.attach_layer(layer.path()).expect("attach");
    let first_overlay = t.elapsed();
    let with = type_all(&dir, &keys);

    // One note saved from the window: the write, then the overlay rebuilt for the search.
    let mut writes = Vec::new();
    for (i, r) in records.iter().step_by(step).take(20).enumerate() {
        let note = Note {
            text: format!("Changed note {i}"),
            lang: "en".into(),
            updated_at: today,
        };
        let t = Instant::now();
        layer.set_note(r, &note).expect("note");
        dir.refresh_overlay().expect("refresh");
        writes.push(t.elapsed());
    }
    writes.sort();
    let found = search::search(&dir, &Query::new("mornings"))
        .expect("search")
        .total;

    println!(
        "## The worker's layer, per keystroke ({n} records, {} keystrokes x 3)\n",
        keys.len()
    );
    println!("| search | p50 ms | p95 ms | p99 ms | max ms |");
    println!("|---|---|---|---|---|");
    println!("{}", row("no layer", &without));
    println!(
        "{}",
        row(&format!("{notes} notes + {local} office records"), &with)
    );
    println!();
    println!(
        "Layer filled in {} ms; first overlay (attach) {} ms; one note saved and the overlay \
         refreshed: p50 {} ms, max {} ms; \"mornings\" finds {found} records.",
        ms(filled),
        ms(first_overlay),
        ms(percentile(&writes, 0.5)),
        ms(*writes.last().unwrap_or(&Duration::ZERO)),
    );
}
