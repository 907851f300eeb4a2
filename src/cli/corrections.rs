//! `haven feed corrections`: the publisher reads offices' corrections beside its current
//! records and writes the accepted ones into its `data/`-style folder, checked whole
//! (`haven::usecase::publish`).

use super::failure::{Failure, refuse};
use super::{Ctx, out};
use haven::i18n::{Locale, tr};
use haven::usecase::publish::{self, Proposal};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A proposal in one line, as the numbered list shows it.
fn summary(p: &Proposal, l: Locale) -> String {
    match p {
        Proposal::Flag {
            id,
            field,
            value,
            correct,
            reason,
        } => {
            let wanted = correct
                .clone()
                .unwrap_or_else(|| tr(l, "feed-corrections-remove"));
            let mut s = format!("{id} — {}: {value} → {wanted}", field.key());
            if let Some(r) = reason {
                s.push_str(&format!(" ({r})"));
            }
            s
        }
        Proposal::New { from, id, name } => format!("{from} → {id} — {name}"),
    }
}

/// The items `--accept` names: `all`, or numbers separated by commas.
fn accepted(accept: Option<&str>, n: usize) -> Result<BTreeSet<usize>, Failure> {
    match accept.map(str::trim) {
        None => Ok(BTreeSet::new()),
        Some("all") => Ok((1..=n).collect()),
        Some(list) => {
            let mut set = BTreeSet::new();
            for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                match part.parse::<usize>() {
                    Ok(k) if (1..=n).contains(&k) => {
                        set.insert(k);
                    }
                    _ => return refuse("feed-corrections-bad-accept", "value", part.to_string()),
                }
            }
            Ok(set)
        }
    }
}

pub(super) fn review(
    ctx: &Ctx,
    files: &[PathBuf],
    into: &Path,
    accept: Option<&str>,
) -> Result<ExitCode, Failure> {
    let l = ctx.locale;
    let review = publish::review(files, into).map_err(Failure::Review)?;
    let chosen = accepted(accept, review.items.len())?;
    for (i, item) in review.items.iter().enumerate() {
        let n = i + 1;
        let state = match &item.result {
            Ok(_) if chosen.contains(&n) => tr(l, "feed-corrections-accepted"),
            Ok(_) => tr(l, "feed-corrections-can-apply"),
            Err(why) => why.message(l),
        };
        say!(
            "{n:>3}. [{}] {}",
            out(&item.office),
            out(&summary(&item.proposal, l))
        );
        say!("     {}", out(&state));
    }
    if chosen.is_empty() {
        say!("{}", ctx.tr("feed-corrections-dry-run"));
        return Ok(ExitCode::SUCCESS);
    }
    let written = review.write(&chosen).map_err(Failure::Review)?;
    say!(
        "{}",
        ctx.tr_args(
            "feed-corrections-written",
            &[
                ("count", written.into()),
                ("dir", into.display().to_string().into())
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}
