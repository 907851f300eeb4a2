//! `haven search|show|list|referral`: finding services and putting them on a client's sheet.

use super::args::{ReferralArgs, SearchArgs, ShowArgs};
use super::failure::{Failure, Said, refuse};
use super::print::{json_summary, print_record, print_results, redact_confidential};
use super::{Ctx, out, print};
use haven::model::{Category, Country, TargetGroup};
use haven::search::{Filters, Query, near::Near};
use haven::settings::Paper;
use haven::{present, today};
use std::path::PathBuf;
use std::process::ExitCode;

/// A search, checked: its filters known, its time and place read.
pub(super) struct SearchRequest {
    text: String,
    filters: Filters,
    limit: usize,
    /// The office's place as written (`--near`, else the settings'); checked against the
    /// directory's regions once it is open.
    near: Option<String>,
    now: jiff::Timestamp,
    json: bool,
}

impl SearchRequest {
    pub fn from_args(ctx: &Ctx, a: SearchArgs) -> Result<SearchRequest, Failure> {
        use haven::layer::marks;
        let now = instant(a.at.as_deref())?;
        let mut filters = parse_filters(a.country, a.region, a.category, a.target, a.language)?;
        for (on, bit) in [
            (a.favourites, marks::FAVOURITE),
            (a.local, marks::LOCAL),
            (a.flagged, marks::FLAGGED),
        ] {
            if on {
                filters.marks |= bit;
            }
        }
        filters.now = Some(now);
        filters.open_now = a.open_now;
        filters.always_open = a.always_open;
        Ok(SearchRequest {
            text: a.query.join(" "),
            filters,
            limit: a.limit,
            near: a.near.or_else(|| ctx.settings().near.map(|n| n.key())),
            now,
            json: a.json,
        })
    }
}

pub(super) fn search(ctx: &Ctx, r: SearchRequest) -> Result<ExitCode, Failure> {
    let mut haven = ctx.open()?;
    let near = match &r.near {
        Some(written) => Some(place(&haven, written)?),
        None => None,
    };
    let q = Query {
        text: r.text,
        filters: r.filters,
        limit: r.limit,
        near,
    };
    let results = haven.search(&q)?;
    if results.repaired {
        super::output::complain(&haven::i18n::tr(ctx.locale, "search-index-repaired"));
    }
    if r.json {
        let items: Vec<serde_json::Value> = results
            .hits
            .iter()
            .map(|h| print::json_hit(h, ctx.locale))
            .collect();
        say!("{}", serde_json::Value::Array(items));
    } else {
        print_results(&results, ctx.locale, r.now);
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn show(ctx: &Ctx, a: ShowArgs) -> Result<ExitCode, Failure> {
    let now = instant(a.at.as_deref())?;
    let haven = ctx.open()?;
    let Some(r) = haven.record(&a.id)? else {
        return refuse("cli-unknown-id", "id", a.id);
    };
    if a.json {
        let mut v = serde_json::to_value(&r).unwrap_or_default();
        redact_confidential(&mut v, &r);
        print::add_publications(&mut v, &r);
        print::add_mine(&mut v, &r, &haven.mine(&r)?, ctx.locale);
        say!("{v:#}");
    } else {
        print_record(&haven, &r, ctx.locale, now)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn list(ctx: &Ctx, json: bool) -> Result<ExitCode, Failure> {
    let all = ctx.open()?.all()?;
    if json {
        let items: Vec<_> = all.iter().map(|r| json_summary(r, ctx.locale)).collect();
        say!("{}", serde_json::Value::Array(items));
    } else {
        for r in &all {
            let (name, _) = present::names(r, ctx.locale);
            say!("{:<48} {}", r.id, out(&name));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A sheet to make: its records, paper, note and where it goes.
pub(super) struct ReferralRequest {
    ids: Vec<String>,
    out: PathBuf,
    note: String,
    paper: Paper,
    print_flagged: bool,
    share_notes: std::collections::HashSet<String>,
}

impl ReferralRequest {
    pub fn from_args(ctx: &Ctx, a: ReferralArgs) -> Result<ReferralRequest, Failure> {
        let paper = match a.paper.as_deref().map(str::to_ascii_lowercase).as_deref() {
            None => ctx.settings().paper,
            Some("a4") => Paper::A4,
            Some("letter") => Paper::Letter,
            Some(other) => return refuse("cli-unknown-paper", "value", other.to_string()),
        };
        Ok(ReferralRequest {
            ids: a.ids,
            out: a.out,
            note: a.note.unwrap_or_default(),
            paper,
            print_flagged: a.print_flagged,
            share_notes: a
                .share_note
                .iter()
                .map(|id| id.trim().to_string())
                .collect(),
        })
    }
}

pub(super) fn referral(ctx: &Ctx, r: ReferralRequest) -> Result<ExitCode, Failure> {
    let settings = ctx.settings();
    let haven = ctx.open()?;
    let gathered = haven.gather(&r.ids)?;
    if let Some(id) = gathered.missing.first() {
        return refuse("cli-unknown-id", "id", id.clone());
    }
    // Told before the sheet is made: an entry the client cannot call, and what they could.
    for u in &gathered.unreachable {
        for line in u.message(ctx.locale) {
            super::output::complain(&line);
        }
    }
    let request = haven::referral::Request {
        records: gathered.records,
        organizations: gathered.organizations,
        locale: ctx.locale,
        office: settings.office.clone(),
        note: r.note,
        paper: r.paper,
        date: today(),
        mine: gathered.mine,
        print_flagged: r.print_flagged,
        share_notes: r.share_notes,
    };
    let bytes = haven::referral::make_pdf(&request)
        .map_err(|e| Failure::Failed(Said::new("cli-error").arg("detail", e.to_string())))?;
    let path = r.out.display().to_string();
    if let Err(e) = std::fs::write(&r.out, &bytes) {
        let said = Said::new("referral-save-failed")
            .arg("path", path)
            .arg("detail", e.to_string());
        return Err(Failure::Failed(said));
    }
    say!(
        "{}",
        ctx.tr_args("referral-saved", &[("path", path.into())])
    );
    Ok(ExitCode::SUCCESS)
}

/// The instant `--at` names (now when absent), refused when it is not an RFC 3339 time.
fn instant(at: Option<&str>) -> Result<jiff::Timestamp, Failure> {
    let Some(at) = at else {
        return Ok(jiff::Timestamp::now());
    };
    at.trim()
        .parse::<jiff::Timestamp>()
        .or_else(|_| refuse("cli-bad-time", "value", at.to_string()))
}

/// The office's place as written on the command line or in the settings, its region one the
/// directory has.
fn place(haven: &haven::usecase::Haven, written: &str) -> Result<Near, Failure> {
    let bad = || Failure::Input(Said::new("cli-bad-near").arg("value", written.to_string()));
    let near = Near::parse(written).map_err(|_| bad())?;
    if let Some(region) = &near.region {
        let known = haven.regions()?;
        if !known.iter().any(|(id, _)| id == region) {
            return Err(bad());
        }
    }
    Ok(near)
}

fn parse_filters(
    country: Vec<String>,
    region: Vec<String>,
    category: Vec<String>,
    target: Vec<String>,
    language: Vec<String>,
) -> Result<Filters, Failure> {
    let mut f = Filters {
        regions: region,
        languages: language.into_iter().map(|l| l.to_lowercase()).collect(),
        ..Filters::default()
    };
    for c in country {
        match Country::new(&c) {
            Some(c) => f.countries.push(c.code().to_string()),
            None => return refuse("cli-unknown-country", "value", c),
        }
    }
    for c in category {
        match Category::from_key(c.trim()) {
            Some(c) => f.categories.push(c),
            None => {
                let choices: Vec<&str> = Category::ALL.iter().map(|c| c.key()).collect();
                let said = Said::new("cli-unknown-category")
                    .arg("value", c)
                    .arg("choices", choices.join(", "));
                return Err(Failure::Input(said));
            }
        }
    }
    for t in target {
        match TargetGroup::from_key(t.trim()) {
            Some(t) => f.targets.push(t),
            None => {
                let choices: Vec<&str> = TargetGroup::ALL.iter().map(|t| t.key()).collect();
                let said = Said::new("cli-unknown-target")
                    .arg("value", t)
                    .arg("choices", choices.join(", "));
                return Err(Failure::Input(said));
            }
        }
    }
    Ok(f)
}
