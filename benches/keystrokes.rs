//! Whole-search figures on synthetic directories: per-keystroke latency (top 50 results and
//! every facet count) for phrases typed letter by letter in six languages, the same queries
//! as a naive `LIKE '%q%'` scan, index build time, database size and peak memory.
//!
//! `cargo bench --bench keystrokes` (sizes 10k and 100k);
//! `HAVEN_BENCH_SIZES=10000,100000,1000000 cargo bench --bench keystrokes` adds 1M.
//! Databases are cached in `target/bench-data/`. Each size is measured in a fresh child
//! process so peak memory belongs to that size alone.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use haven::search::{self, Filters, Query};
use haven::store::{Directory, Origin, StoreError};
use haven_synth as synth;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use synth::{ms, peak_rss_mb, percentile};

fn bench_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"));
    target.join("bench-data")
}

fn db_path(n: usize) -> PathBuf {
    bench_dir().join(format!("synth-{n}.sqlite3"))
}

fn build(n: usize) -> Duration {
    let path = db_path(n);
    let start = Instant::now();
    let origin = Origin::Feed {
        feed_id: "synthetic".into(),
        sequence: 1,
    };
    Directory::create_from_iter(
        &path,
        synth::records(n, 42).map(Ok::<_, StoreError>),
        &origin,
    )
    .expect("build synthetic directory");
    start.elapsed()
}

struct Stats {
    p50: Duration,
    p95: Duration,
    p99: Duration,
    max: Duration,
}

fn stats(mut v: Vec<Duration>) -> Stats {
    v.sort();
    Stats {
        p50: percentile(&v, 0.50),
        p95: percentile(&v, 0.95),
        p99: percentile(&v, 0.99),
        max: v.last().copied().unwrap_or_default(),
    }
}

fn row(label: &str, s: &Stats) -> String {
    format!(
        "| {label} | {} | {} | {} | {} |",
        ms(s.p50),
        ms(s.p95),
        ms(s.p99),
        ms(s.max)
    )
}

/// Types every keystroke three times: each one's time, and (time, query, matches) for the
/// report of the slowest.
fn type_all(dir: &Directory, keys: &[String]) -> (Vec<Duration>, Vec<(Duration, String, usize)>) {
    let mut times = Vec::new();
    let mut each = Vec::new();
    for _round in 0..3 {
        for q in keys {
            let t = Instant::now();
            let r = search::search(dir, &Query::new(q.as_str())).expect("search");
            let took = t.elapsed();
            times.push(took);
            each.push((took, q.clone(), r.total));
            std::hint::black_box(r);
        }
    }
    (times, each)
}

/// The six slowest distinct keystrokes, with their times and match counts.
fn worst(mut each: Vec<(Duration, String, usize)>) -> String {
    each.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut seen = std::collections::HashSet::new();
    each.into_iter()
        .filter(|(_, q, _)| seen.insert(q.clone()))
        .take(6)
        .map(|(d, q, n)| format!("{q:?} {} ms ({n} matches)", ms(d)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Runs in the child: open the cached directory, type every phrase, report.
fn measure(n: usize) {
    let path = db_path(n);
    let t = Instant::now();
    let (dir, _) = Directory::open(&path, false).expect("open");
    let open_time = t.elapsed();
    let keys = synth::keystrokes(synth::PHRASES);

    // Warm the page cache the way a running app would be warm after its first queries. This
    // first round is also the first use of each keystroke: the broadest match lists are read
    // out of FTS5 and kept beside the records then (`store::derived`), so it is reported apart.
    dir.conn()
        .execute("DELETE FROM derived WHERE name LIKE 'matches-%'", [])
        .expect("drop kept match lists");
    let mut first_round = Vec::new();
    for q in &keys {
        let t = Instant::now();
        let _ = search::search(&dir, &Query::new(q.as_str()));
        first_round.push((t.elapsed(), q.clone(), 0));
    }

    let (plain, slowest) = type_all(&dir, &keys);
    let mut filtered = Vec::new();
    for _round in 0..3 {
        for q in &keys {
            let q2 = Query {
                text: q.clone(),
                filters: Filters {
                    countries: vec!["PL".into()],
                    categories: vec![haven::model::Category::Helpline],
                    ..Filters::default()
                },
                limit: 50,
                near: None,
            };
            let t = Instant::now();
            let r = search::search(&dir, &q2).expect("search");
            filtered.push(t.elapsed());
            std::hint::black_box(r);
        }
    }
    // Typed with typos, missing spaces and numbers in any form (forgiving tiers at work).
    let typo_keys = synth::keystrokes(synth::TYPO_PHRASES);
    for q in &typo_keys {
        let _ = search::search(&dir, &Query::new(q.as_str()));
    }
    let (typos, typo_slowest) = type_all(&dir, &typo_keys);
    // Opening and the first forgiving search, once after the records changed (the facet
    // table and the term dictionary derived from the records, then kept) and once after that
    // (read kept).
    let first_use = || {
        let t = Instant::now();
        let (fresh, _) = Directory::open(&path, false).expect("open");
        let opened = t.elapsed();
        let t = Instant::now();
        let n = haven::search::Index::terms(&fresh)
            .map(|t| t.len())
            .unwrap_or(0);
        (opened, t.elapsed(), n)
    };
    {
        let (fresh, _) = Directory::open(&path, false).expect("open");
        fresh
            .conn()
            .execute("DELETE FROM derived", [])
            .expect("drop kept tables");
    }
    let derived = first_use();
    let kept = first_use();
    // What an update derives after it commits: facet table, dictionary and the commonest
    // first letters' match lists.
    let derive_now = {
        {
            let (fresh, _) = Directory::open(&path, false).expect("open");
            fresh
                .conn()
                .execute("DELETE FROM derived", [])
                .expect("drop kept tables");
        }
        let (mut fresh, _) = Directory::open(&path, false).expect("open");
        let t = Instant::now();
        fresh.derive_now().expect("derive");
        t.elapsed()
    };

    let empty = {
        let t = Instant::now();
        let r = search::search(&dir, &Query::new("")).expect("search");
        std::hint::black_box(r);
        t.elapsed()
    };

    // The naive design: a LIKE scan over every record's text, a count and the first 50.
    let mut like = Vec::new();
    let mut stmt_count = dir
        .conn()
        .prepare("SELECT count(*) FROM record WHERE json LIKE ?1")
        .expect("prepare");
    let mut stmt_top = dir
        .conn()
        .prepare("SELECT json FROM record WHERE json LIKE ?1 LIMIT 50")
        .expect("prepare");
    for q in &keys {
        let pat = format!("%{q}%");
        let t = Instant::now();
        let c: i64 = stmt_count.query_row([&pat], |r| r.get(0)).expect("like");
        let top: Vec<String> = stmt_top
            .query_map([&pat], |r| r.get(0))
            .expect("like")
            .filter_map(Result::ok)
            .collect();
        like.push(t.elapsed());
        std::hint::black_box((c, top));
    }

    println!("RESULT n={n}");
    println!("open (with facet table): {} ms", ms(open_time));
    println!(
        "open after the records changed (facet table derived and kept): {} ms; after that (kept): {} ms",
        ms(derived.0),
        ms(kept.0)
    );
    println!("keystrokes measured: {} (x3 rounds)", keys.len());
    println!("| query path | p50 ms | p95 ms | p99 ms | max ms |");
    println!("|---|---|---|---|---|");
    println!("{}", row("top 50 + facets", &stats(plain)));
    println!(
        "{}",
        row(
            "top 50 + facets, 2 filters (PL, helpline)",
            &stats(filtered)
        )
    );
    println!(
        "{}",
        row(
            "top 50 + facets, typed with typos and numbers",
            &stats(typos)
        )
    );
    println!("{}", row("LIKE '%q%' scan (count + 50)", &stats(like)));
    println!(
        "{}",
        row(
            "first use of each keystroke (match lists not kept yet)",
            &stats(first_round.iter().map(|e| e.0).collect())
        )
    );
    println!("slowest on first use: {}", worst(first_round));
    println!(
        "term dictionary on the first forgiving search: derived from the index and kept {} ms, read kept {} ms ({} terms)",
        ms(derived.1),
        ms(kept.1),
        kept.2
    );
    println!(
        "derived after an update (facets, dictionary, first letters): {} ms",
        ms(derive_now)
    );
    println!("empty query (list all + facets): {} ms", ms(empty));
    println!("slowest keystrokes: {}", worst(slowest));
    println!("slowest keystrokes with typos: {}", worst(typo_slowest));
    println!("peak RSS (open + all queries): {:.1} MB", peak_rss_mb());
}

fn file_size_mb(p: &Path) -> f64 {
    std::fs::metadata(p)
        .map(|m| m.len() as f64 / 1_048_576.0)
        .unwrap_or(0.0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(pos) = args.iter().position(|a| a == "--measure") {
        let n: usize = args[pos + 1].parse().expect("size");
        measure(n);
        return;
    }
    if args.iter().any(|a| a == "--list") {
        // `cargo bench -- --list` support: nothing to list.
        return;
    }
    let sizes: Vec<usize> = std::env::var("HAVEN_BENCH_SIZES")
        .unwrap_or_else(|_| "10000,100000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    std::fs::create_dir_all(bench_dir()).expect("bench dir");
    let exe = std::env::current_exe().expect("current exe");
    for n in sizes {
        let path = db_path(n);
        if !path.exists() {
            let t = build(n);
            println!(
                "built {n} records in {:.1} s, database {:.1} MB",
                t.as_secs_f64(),
                file_size_mb(&path)
            );
        } else {
            println!(
                "using cached {} ({:.1} MB); delete it to time the build",
                path.display(),
                file_size_mb(&path)
            );
        }
        let status = std::process::Command::new(&exe)
            .args(["--measure", &n.to_string()])
            .status()
            .expect("run child");
        assert!(status.success());
    }
}
