//! What a result says of "now": open or closed at this moment in the service's own time zone,
//! or, for a campaign, that it is running. The command line's list and the window's rows
//! both show this one line; the printed sheet does not (paper outlives the moment).

use crate::i18n::{self, Locale, tr, tr_args};
use crate::model::open::{OpenState, running};
use crate::model::schedule::format_minute;
use crate::model::{Kind, Record};

/// `Open now, until 16:00`, `Closed, opens Mon at 08:00`, `Open 24/7`, `Hours unknown`, or
/// `Running now` for a campaign or programme in its period at `at`. `state` is the record's
/// at `at` (`model::open::open_state`, or a search hit's). None where hours mean nothing (a
/// procedure, an organisation, a campaign outside its period).
pub fn open_status(
    r: &Record,
    state: OpenState,
    at: jiff::Timestamp,
    locale: Locale,
) -> Option<String> {
    if matches!(r.kind, Kind::Campaign | Kind::Programme) && running(r, at) {
        return Some(tr(locale, "now-running"));
    }
    let time = |m: u16| i18n::ltr(&i18n::local_digits(&format_minute(m), locale));
    Some(match state {
        // The office's own hours are not round the clock; its phone line is: say which.
        OpenState::Always if line_only_always(r) => tr(locale, "now-line-always"),
        OpenState::Always => tr(locale, "now-always"),
        OpenState::Open { until } if until >= 1440 => tr(locale, "now-open"),
        OpenState::Open { until } => {
            tr_args(locale, "now-open-until", &[("time", time(until).into())])
        }
        OpenState::Closed { opens: Some(o) } if o.today => tr_args(
            locale,
            "now-closed-opens-today",
            &[("time", time(o.minute).into())],
        ),
        OpenState::Closed { opens: Some(o) } => tr_args(
            locale,
            "now-closed-opens-on",
            &[
                ("day", tr(locale, &format!("weekday-{}", o.weekday)).into()),
                ("time", time(o.minute).into()),
            ],
        ),
        OpenState::Closed { opens: None } => tr(locale, "now-closed"),
        OpenState::Unknown if r.kind == Kind::Service => tr(locale, "now-unknown"),
        OpenState::Unknown => return None,
    })
}

/// The record keeps hours of its own that are not round the clock, and one of its phone
/// lines is: "Open 24/7" would be said of the office.
fn line_only_always(r: &Record) -> bool {
    use crate::model::schedule::Schedule;
    let always = |h: &crate::model::Hours| {
        matches!(Schedule::parse(&h.opening_hours), Ok(Schedule::AlwaysOpen))
    };
    r.hours.as_ref().is_some_and(|h| !always(h))
        && r.phones
            .iter()
            .any(|p| p.hours.as_ref().is_some_and(always))
}
