//! The keystroke benchmark of `benches/keystrokes.rs` run on Tantivy, the search engine a Rust
//! team would pick instead of SQLite FTS5 plus Haven's own term dictionary: the same synthetic
//! records (`haven-synth`, seed 42), the same phrases typed letter by letter, each keystroke
//! answered with the top 50 documents loaded, the count and facet counts (country, category,
//! target group, language).
//!
//! Tantivy's side is built the way its documentation suggests for search-as-you-type with
//! typos: one analyzer (split on non-alphanumerics, lower case, ASCII folding), every word a
//! `FuzzyTermQuery` over name, place and body with Meilisearch's distances (none under 5
//! letters, 1 from 5, 2 from 9, a swap counting one) and the word being typed a fuzzy prefix;
//! all words required. It has no "first letter kept" rule, no tiers (exact before one typo
//! before two: its bm25 ranks all together), no transliteration and no phone forms.
//!
//! `cd benches/peers && cargo run --release` (sizes 10k and 100k; `HAVEN_BENCH_SIZES` as for
//! the keystrokes bench). Indexes are cached in `../../target/bench-data/tantivy-N/`.

use haven_synth as synth;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use synth::{ms, peak_rss_mb, percentile};
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{BooleanQuery, FuzzyTermQuery, Occur, Query};
use tantivy::schema::{
    FacetOptions, Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
    Value,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};
use tantivy::{Index, IndexWriter, TantivyDocument, Term};

struct Fields {
    id: Field,
    name: Field,
    place: Field,
    body: Field,
    facet: Field,
}

fn schema() -> (Schema, Fields) {
    let mut sb = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("haven")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        id: sb.add_text_field("id", STRING | STORED),
        name: sb.add_text_field("name", text.clone()),
        place: sb.add_text_field("place", text.clone()),
        body: sb.add_text_field("body", text),
        facet: sb.add_facet_field("facet", FacetOptions::default()),
    };
    (sb.build(), fields)
}

fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

fn bench_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-data")
}

fn open_or_build(n: usize) -> (Index, Fields) {
    let (schema, f) = schema();
    let dir = bench_dir().join(format!("tantivy-{n}"));
    let built = dir.join("meta.json").exists();
    let index = if built {
        Index::open_in_dir(&dir).expect("open index")
    } else {
        std::fs::create_dir_all(&dir).expect("index folder");
        Index::create_in_dir(&dir, schema).expect("create index")
    };
    index.tokenizers().register("haven", analyzer());
    if !built {
        let t = Instant::now();
        let mut w: IndexWriter = index.writer(200_000_000).expect("writer");
        for r in synth::records(n, 42) {
            let mut d = TantivyDocument::default();
            d.add_text(f.id, &r.id);
            for v in r.name.all() {
                d.add_text(f.name, v);
            }
            d.add_text(f.place, r.country.code());
            for t in r.region.iter().map(|g| &g.name).chain(r.city.iter()) {
                for v in t.all() {
                    d.add_text(f.place, v);
                }
            }
            for loc in r.locations.iter().filter(|l| !l.confidential) {
                for v in loc.address.iter().flat_map(|a| a.all()) {
                    d.add_text(f.place, v);
                }
            }
            for v in r.description.iter().flat_map(|t| t.all()) {
                d.add_text(f.body, v);
            }
            for p in &r.phones {
                d.add_text(f.body, &p.number);
                d.add_text(f.body, &p.display);
            }
            d.add_facet(f.facet, format!("/country/{}", r.country.code()).as_str());
            for c in &r.categories {
                d.add_facet(f.facet, format!("/category/{}", c.key()).as_str());
            }
            for g in &r.target_groups {
                d.add_facet(f.facet, format!("/target/{}", g.key()).as_str());
            }
            for l in &r.languages {
                d.add_facet(f.facet, format!("/lang/{l}").as_str());
            }
            w.add_document(d).expect("add");
        }
        w.commit().expect("commit");
        w.wait_merging_threads().expect("merge");
        println!("built {n} documents in {:.1} s", t.elapsed().as_secs_f64());
    }
    (index, f)
}

/// Meilisearch's typo budget, counted in letters.
fn distance(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

fn query(index: &Index, f: &Fields, typed: &str) -> Box<dyn Query> {
    let mut a = analyzer();
    let mut words = Vec::new();
    let mut stream = a.token_stream(typed);
    while stream.advance() {
        words.push(stream.token().text.clone());
    }
    let _ = index;
    let typing = !typed.ends_with(' ');
    let n = words.len();
    let clauses = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let last = typing && i + 1 == n;
            let per_field = [f.name, f.place, f.body]
                .into_iter()
                .map(|field| {
                    let term = Term::from_field_text(field, w);
                    let q: Box<dyn Query> = if last {
                        Box::new(FuzzyTermQuery::new_prefix(term, distance(w), true))
                    } else {
                        Box::new(FuzzyTermQuery::new(term, distance(w), true))
                    };
                    (Occur::Should, q)
                })
                .collect::<Vec<_>>();
            (
                Occur::Must,
                Box::new(BooleanQuery::new(per_field)) as Box<dyn Query>,
            )
        })
        .collect::<Vec<_>>();
    Box::new(BooleanQuery::new(clauses))
}

/// Types every keystroke three times (after a warm-up round); the times and the slowest.
fn type_all(
    index: &Index,
    f: &Fields,
    keys: &[String],
) -> (Vec<Duration>, Vec<(Duration, String, usize)>) {
    let reader = index.reader().expect("reader");
    let searcher = reader.searcher();
    let mut times = Vec::new();
    let mut each = Vec::new();
    for round in 0..4 {
        for k in keys {
            let t = Instant::now();
            let q = query(index, f, k);
            let mut facets = FacetCollector::for_field("facet");
            for root in ["/country", "/category", "/target", "/lang"] {
                facets.add_facet(root);
            }
            let (top, count, counts) = searcher
                .search(&q, &(TopDocs::with_limit(50), Count, facets))
                .expect("search");
            let ids: Vec<String> = top
                .iter()
                .filter_map(|(_, addr)| searcher.doc::<TantivyDocument>(*addr).ok())
                .filter_map(|d| d.get_first(f.id).and_then(|v| v.as_str().map(String::from)))
                .collect();
            let took = t.elapsed();
            std::hint::black_box((ids, counts));
            if round > 0 {
                times.push(took);
                each.push((took, k.clone(), count));
            }
        }
    }
    (times, each)
}

fn report(label: &str, mut times: Vec<Duration>, mut each: Vec<(Duration, String, usize)>) {
    times.sort();
    println!(
        "| {label} | {} | {} | {} | {} |",
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(percentile(&times, 0.99)),
        ms(times.last().copied().unwrap_or_default())
    );
    each.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut seen = std::collections::HashSet::new();
    let worst: Vec<String> = each
        .into_iter()
        .filter(|(_, q, _)| seen.insert(q.clone()))
        .take(4)
        .map(|(d, q, n)| format!("{q:?} {} ms ({n} matches)", ms(d)))
        .collect();
    println!("  slowest: {}", worst.join(", "));
}

fn main() {
    let sizes: Vec<usize> = std::env::var("HAVEN_BENCH_SIZES")
        .unwrap_or_else(|_| "10000,100000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    for n in sizes {
        let t = Instant::now();
        let (index, f) = open_or_build(n);
        println!("RESULT n={n} (Tantivy), opened in {} ms", ms(t.elapsed()));
        println!("| query path | p50 ms | p95 ms | p99 ms | max ms |");
        println!("|---|---|---|---|---|");
        let (times, each) = type_all(&index, &f, &synth::keystrokes(synth::PHRASES));
        report("Tantivy fuzzy, top 50 + facets", times, each);
        let (times, each) = type_all(&index, &f, &synth::keystrokes(synth::TYPO_PHRASES));
        report("Tantivy fuzzy, typed with typos and numbers", times, each);
        println!("peak RSS so far: {:.1} MB", peak_rss_mb());
    }
}
