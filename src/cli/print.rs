//! What the command line prints: result lists, a record laid out from the core's
//! presentation, and the JSON a script reads.

use super::out;
use haven::i18n::{Locale, tr, tr_args};
use haven::model::Record;
use haven::store::{Directory, StoreError};
use haven::{present, search, today};

/// The JSON object of one result: what a script needs to act on it.
pub(super) fn json_summary(r: &Record, locale: Locale) -> serde_json::Value {
    let (name, _) = present::names(r, locale);
    serde_json::json!({
        "id": r.id,
        "kind": r.kind.key(),
        "name": name,
        "original_name": r.name.original(),
        "original_language": r.name.orig,
        "names": r.name.values,
        "country": r.country.code(),
        "region": r.region.as_ref().map(|g| g.id.clone()),
        "city": r.city.as_ref().map(|c| c.show(locale.code()).to_string()),
        "category": r.categories.first().map(|c| c.key()),
        "categories": r.categories.iter().map(|c| c.key()).collect::<Vec<_>>(),
        "target_groups": r.target_groups.iter().map(|t| t.key()).collect::<Vec<_>>(),
        "phones": r.phones.iter().map(|p| serde_json::json!({
            "number": p.number, "display": p.display, "free": p.free,
        })).collect::<Vec<_>>(),
        "verified_at": r.verified_at.to_string(),
        "due_for_recheck": r.is_stale(today()),
    })
}

/// Confidential addresses never leave the machine, not even through `--json`.
pub(super) fn redact_confidential(v: &mut serde_json::Value, r: &Record) {
    if let Some(locs) = v.get_mut("locations").and_then(|l| l.as_array_mut()) {
        for (loc, rec) in locs.iter_mut().zip(&r.locations) {
            if rec.confidential
                && let Some(obj) = loc.as_object_mut()
            {
                obj.remove("address");
                obj.remove("name");
            }
        }
    }
}

pub(super) fn print_results(results: &search::Results, locale: Locale) {
    let count = results.total;
    let mut head = tr_args(locale, "cli-results", &[("count", count.into())]);
    if results.hits.len() < count && !results.hits.is_empty() {
        head.push_str(" — ");
        head.push_str(&tr_args(
            locale,
            "cli-results-shown",
            &[("shown", results.hits.len().into())],
        ));
    }
    println!("{}", out(&head));
    if count == 0 {
        println!("{}", out(&tr(locale, "cli-empty-hint")));
    }
    let today = today();
    for (i, h) in results.hits.iter().enumerate() {
        let r = &h.record;
        let (name, original) = present::names(r, locale);
        let mut line = format!("{:>2}. {name}", i + 1);
        if let Some(o) = original {
            line.push_str(&format!(" — {o}"));
        }
        println!("{}", out(&line));
        let mut meta = vec![present::categories(r, locale), present::place(r, locale)];
        if let Some(p) = r.main_phone() {
            meta.push(format!("☎ {}", p.display));
        }
        if r.is_stale(today) {
            meta.push(format!("[{}]", tr(locale, "field-stale-short")));
        }
        println!("    {}", out(&meta.join(" · ")));
        println!("    {}", r.id);
    }
}

pub(super) fn print_record(dir: &Directory, r: &Record, locale: Locale) -> Result<(), StoreError> {
    let links = dir.links(r)?;
    let p = present::present(r, &links, locale, present::Audience::Terminal, today());
    print!("{}", record_text(&p));
    Ok(())
}

/// The terminal's layout of a presented record: a field per line, lists indented under
/// their label.
pub(super) fn record_text(p: &present::Presented) -> String {
    use present::Value;
    let mut s = String::new();
    let mut line = |text: &str| {
        s.push_str(&out(text));
        s.push('\n');
    };
    line(&p.title.text);
    if let Some(o) = &p.original {
        line(&o.text);
    }
    line(&p.kind);
    if let Some(stale) = &p.stale {
        line(&format!("⚠ {stale}"));
    }
    for f in &p.fields {
        let label = f.label.as_deref().unwrap_or_default();
        // A single value goes beside its label; a list goes under it, indented.
        let items: Vec<String> = match &f.value {
            Value::Text(t) if f.label.is_none() => {
                line(&format!("\n{}\n", t.text));
                continue;
            }
            Value::Note(n) => {
                line(n);
                continue;
            }
            Value::Text(t) => {
                line(&format!("{label}: {}", t.text));
                continue;
            }
            Value::Address { warning, lines } => {
                let mut all: Vec<&str> = warning.iter().map(String::as_str).collect();
                all.extend(lines.iter().map(|r| r.text.as_str()));
                line(&format!("{label}: {}", all.join(" · ")));
                continue;
            }
            Value::Lines(l) => l.iter().map(|r| r.text.clone()).collect(),
            Value::Phones(phones) => phones
                .iter()
                .map(|ph| match &ph.dial_note {
                    Some(n) => format!("☎ {} ({n})", ph.text),
                    None => format!("☎ {}", ph.text),
                })
                .collect(),
            Value::Channels(list) => list.iter().map(|c| c.text.clone()).collect(),
            Value::Steps(steps) => steps
                .iter()
                .flat_map(|st| {
                    std::iter::once(format!("{}: {}", st.head, st.action.text))
                        .chain(st.notes.iter().map(|n| format!("   {n}")))
                })
                .collect(),
            Value::Acts(acts) => acts
                .iter()
                .map(|a| {
                    [Some(a.text.as_str()), a.url.as_deref()]
                        .into_iter()
                        .flatten()
                })
                .map(|parts| parts.collect::<Vec<_>>().join(" "))
                .collect(),
            Value::Records(list) => list
                .iter()
                .map(|r| format!("{} — {}", r.id, r.name))
                .collect(),
            Value::Sources(list) => list
                .iter()
                .map(|src| {
                    [
                        Some(src.title.as_str()),
                        src.quote.as_deref(),
                        src.url.as_deref(),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(": ")
                })
                .collect(),
        };
        line(&format!("{label}:"));
        for item in items {
            line(&format!("  {item}"));
        }
    }
    s
}
