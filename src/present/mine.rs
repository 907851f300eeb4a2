//! The worker's layer as every reader shows it: a flag's sentence, the note, the marks under
//! a record's title. Used by [`super::present`] only, so the window, the command line and
//! the sheet say the same.

use super::date;
use crate::i18n::{self, Locale, tr, tr_args};
use crate::layer::{Flag, FlagState, Mine};
use crate::model::Record;

/// What a flag says, against the record as it is now.
pub fn flag_text(f: &Flag, r: &Record, l: Locale) -> String {
    let on = date(f.on, l);
    let mut s = match (f.state(r), &f.correct) {
        (FlagState::Open, None) => tr_args(l, "mine-flag-open", &[("date", on.into())]),
        (FlagState::Open, Some(c)) => tr_args(
            l,
            "mine-flag-corrected",
            &[("date", on.into()), ("value", i18n::isolate(c).into())],
        ),
        (FlagState::Resolved { now }, correct) => {
            let now = if now.is_empty() {
                tr(l, "mine-flag-now-none")
            } else {
                now.iter()
                    .map(|v| i18n::isolate(v))
                    .collect::<Vec<_>>()
                    .join(super::list_separator(l))
            };
            let mut s = tr_args(
                l,
                "mine-flag-resolved",
                &[("date", on.into()), ("now", now.into())],
            );
            if let Some(c) = correct {
                s.push(' ');
                s.push_str(&tr_args(
                    l,
                    "mine-flag-yours",
                    &[("value", i18n::isolate(c).into())],
                ));
            }
            s
        }
    };
    if let Some(reason) = f.reason.as_deref().filter(|r| !r.trim().is_empty()) {
        s.push_str(" — ");
        s.push_str(&i18n::isolate(reason.trim()));
    }
    s
}

/// The lines under a record's title: favourite, the office's own, removed by the publisher.
pub fn banners(mine: &Mine, l: Locale) -> Vec<String> {
    let mut out = Vec::new();
    if mine.removed {
        out.push(tr(l, "mine-removed"));
    }
    if mine.local {
        out.push(tr(l, "mine-local"));
    }
    if mine.favourite {
        out.push(tr(l, "mine-favourite"));
    }
    out
}
