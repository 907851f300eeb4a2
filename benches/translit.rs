//! How the ways of writing a Cyrillic or Persian name in Latin letters meet: Haven's
//! hand-written tables (`search::translit`) against the `any_ascii` crate, each with and
//! without the loose key (`translit::loose`, for Cyrillic; Persian names are compared by
//! consonant skeletons either way). A case is met when the key of what the worker
//! types (folded and stemmed, as the search does) is a prefix of the key of the name as the
//! index holds it: that is when the search finds the record by that word.
//!
//! `cargo bench --bench translit` prints the table in `benches/README.md`.

use haven::search::fold::fold;
use haven::search::stem::stem;
use haven::search::translit::{
    cyrillic_to_latin, has_arabic, latin_query, latin_skeleton, loose, persian_skeleton,
};

/// (typed in Latin letters, the name as written), Polish-style, English-style and official
/// spellings.
const CASES: &[(&str, &str)] = &[
    ("kryzysowy", "кризисный"),
    ("krizisnyj", "кризисный"),
    ("kryzysnyj", "кризисный"),
    ("semei", "Семей"),
    ("semey", "Семей"),
    ("semej", "Семей"),
    ("qyzylorda", "Қызылорда"),
    ("kyzylorda", "Қызылорда"),
    ("kyzyłorda", "Қызылорда"),
    ("shymkent", "Шымкент"),
    ("szymkent", "Шымкент"),
    ("almaty", "Алматы"),
    ("karaganda", "Караганда"),
    ("qaraghandy", "Қарағанды"),
    ("karagandy", "Қарағанды"),
    ("aktobe", "Ақтөбе"),
    ("aqtobe", "Ақтөбе"),
    ("zhezkazgan", "Жезқазған"),
    ("żezkazgan", "Жезқазған"),
    ("jezkazgan", "Жезқазған"),
    ("petropavlovsk", "Петропавловск"),
    ("pietropawłowsk", "Петропавловск"),
    ("pavlodar", "Павлодар"),
    ("pawlodar", "Павлодар"),
    ("taldykorgan", "Талдықорған"),
    ("taldyqorghan", "Талдықорған"),
    ("qostanai", "Қостанай"),
    ("kostanaj", "Қостанай"),
    ("politsiya", "полиция"),
    ("policja", "полиция"),
    ("pomoshch", "помощь"),
    ("pomoszcz", "помощь"),
    ("tsentr", "центр"),
    ("centr", "центр"),
    ("abaj", "Абай"),
    ("abay", "Абай"),
    ("doverie", "доверие"),
    ("erikti", "ерікті"),
    ("yerikti", "ерікті"),
    ("ust-kamienogorsk", "Усть-Каменогорск"),
    ("oskemen", "Өскемен"),
    ("kalantari", "کلانتری"),
    ("kalantary", "کلانتری"),
    ("tehran", "تهران"),
    ("teheran", "تهران"),
    ("behzisti", "بهزیستی"),
    ("mashhad", "مشهد"),
    ("meszhed", "مشهد"),
    ("isfahan", "اصفهان"),
    ("esfahan", "اصفهان"),
    ("shiraz", "شیراز"),
    ("sziraz", "شیراز"),
    ("tabriz", "تبریز"),
    ("khorasan", "خراسان"),
    ("chorasan", "خراسان"),
    ("faraja", "فراجا"),
    ("polis", "پلیس"),
    ("qazvin", "قزوین"),
    ("ghazvin", "قزوین"),
    ("kazwin", "قزوین"),
    ("moshavere", "مشاوره"),
];

#[derive(Clone, Copy)]
enum Table {
    Haven,
    AnyAscii,
}

/// The Latin letters `any_ascii` gives for a word, folded as the index folds.
fn ascii(native: &str) -> String {
    fold(&any_ascii::any_ascii(native))
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

fn meets(typed: &str, native: &str, table: Table, loosen: bool) -> bool {
    let key = |s: String| if loosen { loose(&s) } else { s };
    let q = fold(typed);
    let q: String = q.chars().filter(char::is_ascii_alphanumeric).collect();
    let natives = fold(native);
    if has_arabic(&natives) {
        let held = match table {
            Table::Haven => persian_skeleton(&natives),
            Table::AnyAscii => latin_skeleton(&ascii(native)),
        };
        match (held, latin_skeleton(&q)) {
            // Skeletons are not loosened (see `latin_skeleton`).
            (Some(held), Some(typed)) => held.starts_with(&typed),
            _ => false,
        }
    } else {
        let held: String = match table {
            Table::Haven => cyrillic_to_latin(&natives)
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect(),
            Table::AnyAscii => ascii(native),
        };
        let typed = if loosen {
            stem(&q).to_string()
        } else {
            latin_query(stem(&q))
        };
        key(held).starts_with(&key(typed))
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    println!("| scheme | cases met (of {}) | missed |", CASES.len());
    println!("|---|---|---|");
    for (name, table, loosen) in [
        ("Haven's tables", Table::Haven, false),
        ("any_ascii", Table::AnyAscii, false),
        ("Haven's tables + loose key", Table::Haven, true),
        ("any_ascii + loose key", Table::AnyAscii, true),
    ] {
        let missed: Vec<String> = CASES
            .iter()
            .filter(|(t, n)| !meets(t, n, table, loosen))
            .map(|(t, n)| format!("{t} / {n}"))
            .collect();
        println!(
            "| {name} | {} | {} |",
            CASES.len() - missed.len(),
            missed.join(", ")
        );
    }
}
