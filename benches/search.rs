//! Criterion: single searches on a 100k synthetic directory (the per-keystroke distribution
//! over typed phrases is in `keystrokes`). `cargo bench --bench search`.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, criterion_group, criterion_main};
use haven::search::{self, Filters, Query};
use haven::store::{Directory, Origin, StoreError};
use std::path::PathBuf;

fn directory(n: usize) -> Directory {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"));
    let path = target.join("bench-data").join(format!("synth-{n}.sqlite3"));
    if let Ok((d, _)) = Directory::open(&path, false)
        && d.count().unwrap_or(0) == n
    {
        return d;
    }
    let origin = Origin::Feed {
        feed_id: "synthetic".into(),
        sequence: 1,
    };
    Directory::create_from_iter(
        &path,
        haven_synth::records(n, 42).map(Ok::<_, StoreError>),
        &origin,
    )
    .expect("build")
}

fn bench(c: &mut Criterion) {
    let d = directory(100_000);
    let mut g = c.benchmark_group("search-100k");
    for q in [
        "k",
        "kr",
        "kryzys",
        "Cần Thơ",
        "кризисный центр",
        "کلانتری",
        "shelter women",
        "",
    ] {
        g.bench_function(format!("{q:?}"), |b| {
            b.iter(|| search::search(&d, &Query::new(q)).expect("search"))
        });
    }
    let filtered = Query {
        text: "pomoc".into(),
        filters: Filters {
            countries: vec!["PL".into()],
            categories: vec![haven::model::Category::Helpline],
            ..Filters::default()
        },
        limit: 50,
        near: None,
    };
    g.bench_function("\"pomoc\" + PL + helpline", |b| {
        b.iter(|| search::search(&d, &filtered).expect("search"))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
