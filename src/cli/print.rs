//! What the command line prints: result lists, a record laid out from the core's
//! presentation, and the JSON a script reads.

use super::out;
use haven::i18n::{Locale, tr, tr_args};
use haven::model::Record;
use haven::usecase::{Haven, StoreError};
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

/// `show --json`: beside each source that cites a seed document by file, the publication
/// that document is (what it states of its publisher, author, title, date and address).
pub(super) fn add_publications(v: &mut serde_json::Value, r: &Record) {
    let Some(list) = v.get_mut("sources").and_then(|s| s.as_array_mut()) else {
        return;
    };
    for (json, source) in list.iter_mut().zip(&r.sources) {
        let Some(p) = source.seed.as_deref().and_then(haven::model::publication) else {
            continue;
        };
        if let Some(obj) = json.as_object_mut() {
            obj.insert(
                "publication".into(),
                serde_json::json!({
                    "publisher": p.publisher,
                    "author": p.author,
                    "title": p.title,
                    "published": p.published,
                    "url": p.url,
                    "language": p.lang,
                }),
            );
        }
    }
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

/// The worker's marks on a result, as words (`favourite`, `added by this office` …).
fn mark_words(m: u8, locale: Locale) -> Vec<String> {
    haven::layer::marks::WORDS
        .into_iter()
        .filter(|(bit, _)| m & bit != 0)
        .map(|(_, id)| format!("[{}]", tr(locale, id)))
        .collect()
}

pub(super) fn print_results(results: &search::Results, locale: Locale, now: jiff::Timestamp) {
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
    say!("{}", out(&head));
    if count == 0 {
        say!("{}", out(&tr(locale, "cli-empty-hint")));
    }
    let today = today();
    for (i, h) in results.hits.iter().enumerate() {
        let r = &h.record;
        let (name, original) = present::names(r, locale);
        let mut line = format!("{:>2}. {name}", i + 1);
        if let Some(o) = original {
            line.push_str(&format!(" — {o}"));
        }
        say!("{}", out(&line));
        let mut meta = vec![present::categories(r, locale), present::place(r, locale)];
        if let Some(p) = r.main_phone() {
            meta.push(format!("☎ {}", p.display));
        }
        if let Some(status) = present::open_status(r, h.open, now, locale) {
            meta.push(status);
        }
        if r.is_stale(today) {
            meta.push(format!("[{}]", tr(locale, "field-stale-short")));
        }
        meta.extend(mark_words(h.marks, locale));
        say!("    {}", out(&meta.join(" · ")));
        say!("    {}", r.id);
    }
}

/// A search result for a script: the record's summary and the worker's marks on it.
pub(super) fn json_hit(h: &search::Hit, locale: Locale) -> serde_json::Value {
    use haven::layer::marks;
    let mut v = json_summary(&h.record, locale);
    v["local"] = (h.marks & marks::LOCAL != 0).into();
    v["favourite"] = (h.marks & marks::FAVOURITE != 0).into();
    v["flagged"] = (h.marks & marks::FLAGGED != 0).into();
    v["removed"] = (h.marks & marks::REMOVED != 0).into();
    v
}

/// `show --json`: the worker's layer beside the record (`note`, `flags`, `favourite`,
/// `local`, `removed`), each flag with where it stands.
pub(super) fn add_mine(
    v: &mut serde_json::Value,
    r: &Record,
    mine: &haven::layer::Mine,
    locale: Locale,
) {
    use haven::layer::FlagState;
    let flags: Vec<serde_json::Value> = mine
        .flags
        .iter()
        .map(|f| {
            let (state, now) = match f.state(r) {
                FlagState::Open => ("open", Vec::new()),
                FlagState::Resolved { now } => ("resolved", now),
            };
            serde_json::json!({
                "field": f.field.key(),
                "value": f.value,
                "correct": f.correct,
                "reason": f.reason,
                "on": f.on.to_string(),
                "state": state,
                "now": now,
                "text": out(&present::flag_text(f, r, locale)),
            })
        })
        .collect();
    v["note"] = match &mine.note {
        Some(n) => serde_json::json!({
            "text": n.text, "lang": n.lang, "updated_at": n.updated_at.to_string()
        }),
        None => serde_json::Value::Null,
    };
    v["flags"] = flags.into();
    // One phone truth: beside each number, the number to dial (the office's correction
    // where there is one) and whether it is reported not to work.
    if let Some(list) = v.get_mut("phones").and_then(|p| p.as_array_mut()) {
        for (json, p) in list.iter_mut().zip(&r.phones) {
            let d = present::dial(r, mine, p);
            json["dial"] = d.number.into();
            json["corrected_by_office"] = d.corrected.into();
            json["reported_not_working_on"] = d.reported.map(|d| d.to_string()).into();
        }
    }
    v["favourite"] = mine.favourite.into();
    v["local"] = mine.local.into();
    v["removed"] = mine.removed.into();
}

pub(super) fn print_record(
    haven: &Haven,
    r: &Record,
    locale: Locale,
    now: jiff::Timestamp,
) -> Result<(), StoreError> {
    let links = haven.around(r)?;
    let p = present::present(
        r,
        &links,
        locale,
        present::Audience::Terminal,
        today(),
        Some(now),
    );
    say_part!("{}", record_text(&p));
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
    if let Some(now) = &p.now {
        line(&format!("[{now}]"));
    }
    if let Some(stale) = &p.stale {
        line(&format!("⚠ {stale}"));
    }
    for b in &p.banners {
        let sign = if b.warning { "⚠" } else { "★" };
        line(&format!("{sign} {}", b.text));
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
                .flat_map(|ph| {
                    let head = match &ph.dial_note {
                        Some(n) => format!("☎ {} ({n})", ph.text),
                        None => format!("☎ {}", ph.text),
                    };
                    let mark = if ph.flagged { "⚑" } else { "✓" };
                    std::iter::once(head)
                        .chain(ph.flag.iter().map(move |f| format!("   {mark} {f}")))
                })
                .collect(),
            Value::Channels(list) => list
                .iter()
                .flat_map(|c| {
                    std::iter::once(c.text.clone())
                        .chain(c.flag.iter().map(|f| format!("   ⚑ {f}")))
                })
                .collect(),
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
                    let mut item = match &src.url {
                        Some(url) => format!("{}: {url}", src.title),
                        None => src.title.clone(),
                    };
                    for q in &src.quotes {
                        item.push_str(&format!("\n    {q}"));
                    }
                    item
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
