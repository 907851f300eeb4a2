//! Every interface string exists in all six languages, parses, and takes the same arguments.

use fluent_bundle::FluentResource;
use haven::i18n::{self, Locale};
use haven::model::{Category, ChannelKind, Kind, TargetGroup};
use std::collections::BTreeSet;
use std::path::Path;

fn ids(locale: Locale) -> BTreeSet<String> {
    i18n::message_ids(i18n::source(locale))
        .into_iter()
        .collect()
}

#[test]
fn every_locale_parses_without_errors() {
    for l in Locale::ALL {
        if let Err((_, errors)) = FluentResource::try_new(i18n::source(l).to_string()) {
            panic!("i18n/{l}/haven.ftl: {errors:?}");
        }
    }
}

#[test]
fn every_locale_has_exactly_the_english_ids() {
    let en = ids(Locale::En);
    for l in Locale::ALL {
        let got = ids(l);
        let missing: Vec<_> = en.difference(&got).collect();
        let extra: Vec<_> = got.difference(&en).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{l}: missing {missing:?}, extra {extra:?}"
        );
    }
}

/// A message defined twice (in one file or in two of a language's files) silently takes the
/// later text: `import-reading` once showed the window's wording on the command line.
#[test]
fn no_message_is_defined_twice() {
    for l in Locale::ALL {
        let mut seen = BTreeSet::new();
        let twice: Vec<String> = i18n::message_ids(i18n::source(l))
            .into_iter()
            .filter(|id| !seen.insert(id.clone()))
            .collect();
        assert!(twice.is_empty(), "{l}: defined twice: {twice:?}");
    }
}

/// Variables each message uses (`{ $name }`), by id.
fn variables(source: &str) -> std::collections::BTreeMap<String, BTreeSet<String>> {
    let mut out = std::collections::BTreeMap::new();
    let mut current = None;
    for line in source.lines() {
        if let Some((id, _)) = line.split_once('=')
            && !line.starts_with(' ')
            && !line.starts_with('#')
        {
            current = Some(id.trim().to_string());
        }
        if let Some(id) = &current {
            let vars: &mut BTreeSet<String> = out.entry(id.clone()).or_default();
            let mut rest = line;
            while let Some(i) = rest.find('$') {
                let name: String = rest[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                vars.insert(name);
                rest = &rest[i + 1..];
            }
        }
    }
    out
}

#[test]
fn translations_use_the_same_arguments() {
    let en = variables(i18n::source(Locale::En));
    for l in Locale::ALL {
        let got = variables(i18n::source(l));
        for (id, vars) in &en {
            assert_eq!(got.get(id), Some(vars), "{l}: {id}");
        }
    }
}

#[test]
fn every_message_formats_in_every_locale() {
    for l in Locale::ALL {
        for id in ids(Locale::En) {
            let s = i18n::tr_args(
                l,
                &id,
                &[
                    ("count", 3usize.into()),
                    ("n", 3usize.into()),
                    ("page", 1usize.into()),
                    ("pages", 2usize.into()),
                ],
            );
            assert!(!s.trim().is_empty(), "{l}: {id} is empty");
            assert_ne!(s, id, "{l}: {id} did not resolve");
        }
    }
}

/// Ids the code builds from vocabularies at run time.
fn dynamic_ids() -> Vec<String> {
    let mut v = Vec::new();
    v.extend(
        Category::ALL
            .iter()
            .map(|c| format!("category-{}", c.key())),
    );
    v.extend(
        TargetGroup::ALL
            .iter()
            .map(|t| format!("target-{}", t.key())),
    );
    v.extend(Kind::ALL.iter().map(|k| format!("kind-{}", k.key())));
    v.extend(
        haven::import::Field::ALL
            .iter()
            .map(|f| format!("import-field-{}", f.key())),
    );
    for c in [
        ChannelKind::Web,
        ChannelKind::Facebook,
        ChannelKind::Instagram,
        ChannelKind::Telegram,
        ChannelKind::Zalo,
        ChannelKind::Email,
    ] {
        v.push(format!("channel-{}", c.key()));
    }
    v.extend((1..=12).map(|m| format!("month-{m}")));
    v.extend((1..=12).map(|m| format!("month-persian-{m}")));
    v.extend((0..7).map(|d| format!("weekday-{d}")));
    v.extend(
        haven::sync::OUTCOMES
            .iter()
            .map(|o| format!("sync-outcome-{o}")),
    );
    for l in Locale::ALL {
        v.push(format!("language-{}", l.code()));
    }
    for r in haven::store::bundled_records().unwrap() {
        v.push(format!("country-{}", r.country.key()));
        for lang in &r.languages {
            v.push(format!("language-{lang}"));
        }
    }
    v
}

fn literal_ids_in(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            literal_ids_in(&p, out);
            continue;
        }
        if p.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let src = std::fs::read_to_string(&p).unwrap();
        // String literals passed to the translation helpers: tr, tr_args, t, ta,
        // Notice::info / Notice::error, heading/field ids.
        for marker in [
            "tr(",
            "tr_args(",
            "t(",
            "ta(",
            "Notice::info(",
            "Notice::error(",
            "tool(",
        ] {
            let mut rest = src.as_str();
            while let Some(i) = rest.find(marker) {
                rest = &rest[i + marker.len()..];
                let window: String = rest.chars().take(80).collect();
                if let Some(q) = window.find('"') {
                    let lit: String = rest[q + 1..].chars().take_while(|c| *c != '"').collect();
                    let looks_like_id = lit.contains('-')
                        && lit
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if looks_like_id {
                        out.insert(lit);
                    }
                }
            }
        }
    }
}

#[test]
fn every_id_the_code_uses_exists() {
    let en = ids(Locale::En);
    let mut used = BTreeSet::new();
    literal_ids_in(Path::new("src"), &mut used);
    assert!(used.len() > 50, "the scan found the ids ({})", used.len());
    used.extend(dynamic_ids());
    let missing: Vec<_> = used.iter().filter(|id| !en.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "used but not in en/haven.ftl: {missing:?}"
    );
}

#[test]
fn plurals_follow_each_language() {
    let n = |l: Locale, count: usize| i18n::tr_args(l, "search-count", &[("count", count.into())]);
    let strip = |s: String| i18n::strip_isolates(&s);
    assert_eq!(strip(n(Locale::En, 1)), "1 result");
    assert_eq!(strip(n(Locale::En, 5)), "5 results");
    // Polish and Russian have one, few and many.
    let pl: Vec<String> = [1, 2, 5, 22, 25]
        .iter()
        .map(|c| strip(n(Locale::Pl, *c)))
        .collect();
    assert!(
        pl[1].ends_with("wyniki") && pl[3].ends_with("wyniki"),
        "{pl:?}"
    );
    assert!(
        pl[2].ends_with("wyników") && pl[4].ends_with("wyników"),
        "{pl:?}"
    );
    let ru: Vec<String> = [1, 2, 5, 21]
        .iter()
        .map(|c| strip(n(Locale::Ru, *c)))
        .collect();
    assert!(
        ru[0].ends_with("результат") && ru[3].ends_with("результат"),
        "{ru:?}"
    );
    assert!(
        ru[1].ends_with("результата") && ru[2].ends_with("результатов"),
        "{ru:?}"
    );
}

/// A number written in groups (`۰۲۱ ۱۲۳۴ ۵۶۷۸`, `116 111`) inside Persian text is laid out
/// right to left group by group unless it is isolated as left-to-right: the example in the
/// form's phone box once read «۵۶۷۸ ۱۲۳۴ ۰۲۱». Every such number in the Persian messages is
/// inside an isolate.
#[test]
fn grouped_numbers_in_persian_messages_keep_their_order() {
    let source = i18n::source(Locale::Fa);
    let mut checked = 0;
    for line in source.lines() {
        let chars: Vec<char> = line.chars().collect();
        let is_digit = |c: char| c.is_ascii_digit() || ('۰'..='۹').contains(&c);
        let mut i = 0;
        while i < chars.len() {
            if !is_digit(chars[i]) {
                i += 1;
                continue;
            }
            let start = i;
            let mut groups = 1;
            while i < chars.len() && (is_digit(chars[i]) || chars[i] == ' ') {
                if chars[i] == ' ' && chars.get(i + 1).is_some_and(|c| is_digit(*c)) {
                    groups += 1;
                }
                i += 1;
            }
            if groups > 1 {
                checked += 1;
                let before: String = chars[..start].iter().collect();
                let open = before.rfind(['\u{2066}', '\u{2068}']);
                let close = before.rfind('\u{2069}');
                assert!(
                    open.is_some() && open > close,
                    "a grouped number outside an isolate: {line}"
                );
            }
        }
    }
    assert!(
        checked >= 2,
        "the test looked at the grouped numbers ({checked})"
    );
}

#[test]
fn numbers_inside_persian_text_are_isolated() {
    let s = i18n::tr_args(Locale::Fa, "search-count", &[("count", 12usize.into())]);
    assert!(s.contains('\u{2068}') || s.contains('\u{2066}'), "{s:?}");
}
