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
pub fn banners(mine: &Mine, l: Locale) -> Vec<super::Banner> {
    let mut out = Vec::new();
    let mut push = |id: &str, warning: bool| {
        out.push(super::Banner {
            text: tr(l, id),
            warning,
        })
    };
    if mine.removed {
        push("mine-removed", true);
    }
    if mine.local {
        push("mine-local", false);
    }
    if mine.favourite {
        push("mine-favourite", false);
    }
    out
}

/// What the office's flag on one value of a record (a phone, a website, the hours) changes
/// in how it reads.
pub(super) struct OnValue {
    /// The value is reported wrong and no update has changed it since.
    pub open: bool,
    /// The right value the office typed, while the flag is open.
    pub correction: Option<String>,
    /// The sentence shown beside the value: the flag's for the worker; on a client's sheet,
    /// `client_note` for a value printed although reported wrong.
    pub sentence: Option<String>,
    /// Left off a client's sheet: reported wrong, no right value known, and the worker did
    /// not ask for it to be printed.
    pub omit: bool,
}

pub(super) fn on_value(
    links: &super::Links,
    field: crate::layer::FlagField,
    value: &str,
    r: &Record,
    l: Locale,
    client: bool,
    client_note: &str,
) -> OnValue {
    let flag = links.mine.flag_on(field, value);
    let open = flag.is_some_and(|f| f.state(r) == FlagState::Open);
    let correction = flag
        .filter(|_| open)
        .and_then(|f| f.correct.clone())
        .filter(|c| !c.trim().is_empty());
    let omit = client && open && correction.is_none() && !links.print_flagged;
    let sentence = match (flag, client) {
        (Some(f), false) => Some(flag_text(f, r, l)),
        (Some(_), true) if open && correction.is_none() => Some(tr(l, client_note)),
        _ => None,
    };
    OnValue {
        open,
        correction,
        sentence,
        omit,
    }
}

/// What dialling one of a record's phones means, decided once for every place a number
/// leaves Haven (a click, Ctrl+C, the sheet and its QR code, `show --json`): the office's
/// correction while its flag is open, else the publisher's number; and whether the number
/// is reported not to work with no right one known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dial {
    /// E.164 (`+48800120002`) or a national short code (`112`).
    pub number: String,
    /// `number` is the office's correction, not the publisher's.
    pub corrected: bool,
    /// The day the office reported the number not to work (no correction known).
    pub reported: Option<jiff::civil::Date>,
}

/// The number to dial for phone `p` of `r`, with the worker's layer on it.
pub fn dial(r: &Record, mine: &Mine, p: &crate::model::Phone) -> Dial {
    let open = mine
        .flag_on(crate::layer::FlagField::Phone, &p.number)
        .filter(|f| f.state(r) == FlagState::Open);
    let corrected = open
        .and_then(|f| f.correct.as_deref())
        .and_then(|c| crate::layer::merge::dial_number(c, r.country.code()));
    match corrected {
        Some(number) => Dial {
            number,
            corrected: true,
            reported: None,
        },
        None => Dial {
            number: p.number.clone(),
            corrected: false,
            reported: open.map(|f| f.on),
        },
    }
}
