//! Criterion: a 10-service referral sheet, composed, laid out and written as PDF, in each of
//! the six languages; prints each PDF's size. `cargo bench --bench referral`.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, criterion_group, criterion_main};
use haven::i18n::Locale;
use haven::referral::{self, Request};
use haven::settings::{Office, Paper};
use std::collections::HashMap;

fn request(locale: Locale) -> Request {
    let all = haven::store::bundled_records().expect("bundled");
    let ids = [
        "pl/niebieskie-karty",
        "pl/niebieska-linia",
        "pl/116-111-children-helpline",
        "kz/semey-crisis-centre",
        "kz/111-family-helpline",
        "kz/kyzylorda-volunteers-front-office",
        "vn/me-do-dau",
        "vn/ngoi-nha-binh-yen",
        "ir/kalantari-counselling",
        "ir/123-social-emergency",
    ];
    let records: Vec<_> = ids
        .iter()
        .filter_map(|id| all.iter().find(|r| r.id == *id).cloned())
        .collect();
    let organizations: HashMap<_, _> = all.iter().map(|r| (r.id.clone(), r.name.clone())).collect();
    Request {
        records,
        organizations,
        locale,
        office: Office {
            name: "MOPS Olsztyn".into(),
            address: "ul. Przykładowa 1, Olsztyn".into(),
            phone: "+48 89 000 00 00".into(),
            worker: "Anna Nowak".into(),
        },
        note: "Please call on Monday morning.".into(),
        paper: Paper::A4,
        date: jiff::civil::date(2026, 11, 22),
        mine: Default::default(),
        print_flagged: false,
        share_notes: Default::default(),
    }
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("referral-10-services");
    for locale in Locale::ALL {
        let req = request(locale);
        assert_eq!(req.records.len(), 10);
        let bytes = referral::make_pdf(&req).expect("pdf");
        println!("{locale}: {} bytes", bytes.len());
        g.bench_function(locale.code(), |b| {
            b.iter(|| referral::make_pdf(&req).expect("pdf"))
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = bench
}
criterion_main!(benches);
