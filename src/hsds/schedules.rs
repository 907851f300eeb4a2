//! Opening hours between Haven's `opening_hours` and HSDS schedules (RFC 5545 `freq`,
//! `byday`, `opens_at`, `closes_at`): one weekly schedule per time span, for the days that
//! share it.

use crate::model::schedule::{Schedule, WEEKDAYS};
use serde_json::{Value, json};

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// Opening spans of one day, in minutes from midnight.
type Spans = Vec<(u16, u16)>;

/// HSDS schedules for `opening_hours`; `id` gives each its id.
pub fn to_hsds(opening_hours: &str, id: &dyn Fn(usize) -> String) -> Vec<Value> {
    let Ok(schedule) = Schedule::parse(opening_hours) else {
        return Vec::new();
    };
    let week: Vec<Spans> = match &schedule {
        Schedule::AlwaysOpen => vec![vec![(0, 1440)]; 7],
        Schedule::Weekly(rules) => (0..7)
            .map(|d| {
                rules
                    .iter()
                    .rev()
                    .find(|r| r.days[d])
                    .map(|r| r.spans.clone())
                    .unwrap_or_default()
            })
            .collect(),
    };
    // Days with the same spans share schedules, in the order their first day comes.
    let mut groups: Vec<(Vec<usize>, Spans)> = Vec::new();
    for (d, spans) in week.into_iter().enumerate() {
        if spans.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(_, s)| *s == spans) {
            Some((days, _)) => days.push(d),
            None => groups.push((vec![d], spans)),
        }
    }
    let mut out = Vec::new();
    for (days, spans) in groups {
        let byday = days.iter().map(|d| BYDAY[*d]).collect::<Vec<_>>().join(",");
        for (open, close) in spans {
            out.push(json!({
                "id": id(out.len()),
                "freq": "WEEKLY",
                "byday": byday,
                "opens_at": time(open),
                "closes_at": time(close),
            }));
        }
    }
    out
}

fn time(minutes: u16) -> String {
    let m = minutes.min(1439);
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// `opening_hours` from HSDS schedules, when they are weekly hours Haven can say: every
/// schedule weekly (or without `freq`), with `byday`, `opens_at` and `closes_at`.
pub fn from_hsds(schedules: &[Value]) -> Option<String> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for s in schedules {
        let freq = s.get("freq").and_then(Value::as_str).unwrap_or("WEEKLY");
        if freq != "WEEKLY"
            || s.get("interval")
                .and_then(Value::as_f64)
                .is_some_and(|i| i != 1.0)
        {
            return None;
        }
        let byday = s.get("byday")?.as_str()?;
        let mut days = Vec::new();
        for d in byday.split(',') {
            let i = BYDAY
                .iter()
                .position(|b| b.eq_ignore_ascii_case(d.trim()))?;
            days.push(WEEKDAYS[i]);
        }
        let opens = clock(s.get("opens_at")?.as_str()?)?;
        let mut closes = clock(s.get("closes_at")?.as_str()?)?;
        if closes == "23:59" {
            closes = "24:00".into();
        }
        let span = format!("{opens}-{closes}");
        let key = days.join(",");
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, spans)) => spans.push(span),
            None => groups.push((key, vec![span])),
        }
    }
    if groups.is_empty() {
        return None;
    }
    let all_week = "Mo,Tu,We,Th,Fr,Sa,Su";
    let text = if groups.len() == 1 && groups[0].0 == all_week && groups[0].1 == ["00:00-24:00"] {
        "24/7".to_string()
    } else {
        groups
            .iter()
            .map(|(days, spans)| format!("{days} {}", spans.join(",")))
            .collect::<Vec<_>>()
            .join("; ")
    };
    Schedule::parse(&text).ok().map(|_| text)
}

/// `10:00:00` or `10:00` as `10:00`.
fn clock(t: &str) -> Option<String> {
    let mut parts = t.trim().split(':');
    let h: u8 = parts.next()?.parse().ok()?;
    let m: u8 = parts.next()?.parse().ok()?;
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekly_hours_go_out_and_come_back() {
        let id = |i: usize| format!("s{i}");
        for hours in [
            "24/7",
            "Mo-Fr 08:00-16:00",
            "Mo-Fr 08:00-16:00; Sa 10:00-14:00",
        ] {
            let out = to_hsds(hours, &id);
            let back = from_hsds(&out).unwrap();
            assert_eq!(
                Schedule::parse(&back).unwrap(),
                Schedule::parse(hours).unwrap(),
                "{hours} → {out:?} → {back}"
            );
        }
        let official = serde_json::json!([{"id": "x", "freq": "WEEKLY", "byday": "TH,FR",
            "opens_at": "10:00:00", "closes_at": "18:00:00"}]);
        assert_eq!(
            from_hsds(official.as_array().unwrap()).as_deref(),
            Some("Th,Fr 10:00-18:00")
        );
        let monthly = serde_json::json!([{"id": "x", "freq": "MONTHLY", "bymonthday": "2"}]);
        assert_eq!(from_hsds(monthly.as_array().unwrap()), None);
    }
}
