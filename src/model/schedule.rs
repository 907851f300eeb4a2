//! Opening hours: the subset of OpenStreetMap's `opening_hours` syntax that directories of
//! helplines and offices need. `24/7`; or rules separated by `;`, each an optional weekday
//! selector (`Mo-Fr`, `Sa,Su`) and time spans (`08:00-16:00,17:00-20:00`) or `off`. Later
//! rules override earlier ones for the days they name, as in OSM. Anything else is refused
//! by validation rather than guessed at.

/// Monday is 0.
pub const WEEKDAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// Always open.
    AlwaysOpen,
    /// Weekly rules.
    Weekly(Vec<Rule>),
}

/// One rule: the days it covers and the spans (minutes from midnight, end may be 1440).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub days: [bool; 7],
    /// Empty means closed on those days.
    pub spans: Vec<(u16, u16)>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("opening hours {input:?}: {reason}")]
pub struct ScheduleError {
    pub input: String,
    pub reason: String,
}

impl Schedule {
    pub fn parse(input: &str) -> Result<Schedule, ScheduleError> {
        let err = |reason: &str| ScheduleError {
            input: input.to_string(),
            reason: reason.to_string(),
        };
        let s = input.trim();
        if s == "24/7" {
            return Ok(Schedule::AlwaysOpen);
        }
        if s.is_empty() {
            return Err(err("empty"));
        }
        let mut rules = Vec::new();
        for part in s.split(';') {
            let part = part.trim();
            if part.is_empty() {
                return Err(err("empty rule"));
            }
            let (days, times) = match part.split_once(' ') {
                Some((d, t)) if d.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) => (
                    parse_days(d).ok_or_else(|| err("unknown weekday selector"))?,
                    t,
                ),
                _ => ([true; 7], part),
            };
            let times = times.trim();
            let spans = if times == "off" || times == "closed" {
                Vec::new()
            } else {
                times
                    .split(',')
                    .map(|span| parse_span(span.trim()).ok_or_else(|| err("bad time span")))
                    .collect::<Result<Vec<_>, _>>()?
            };
            rules.push(Rule { days, spans });
        }
        Ok(Schedule::Weekly(rules))
    }

    /// The spans in force on `weekday` (Monday = 0), the last rule naming the day winning.
    pub fn spans_on(&self, weekday: usize) -> Vec<(u16, u16)> {
        match self {
            Schedule::AlwaysOpen => vec![(0, 1440)],
            Schedule::Weekly(rules) => rules
                .iter()
                .rev()
                .find(|r| r.days.get(weekday).copied().unwrap_or(false))
                .map(|r| r.spans.clone())
                .unwrap_or_default(),
        }
    }

    /// Open at `minute` (0–1439) of `weekday` (Monday = 0).
    pub fn is_open(&self, weekday: usize, minute: u16) -> bool {
        self.spans_on(weekday)
            .iter()
            .any(|&(a, b)| a <= minute && minute < b)
    }
}

fn parse_days(s: &str) -> Option<[bool; 7]> {
    let mut days = [false; 7];
    for part in s.split(',') {
        let idx = |d: &str| WEEKDAYS.iter().position(|w| *w == d);
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (idx(a)?, idx(b)?);
                let mut i = a;
                loop {
                    days[i] = true;
                    if i == b {
                        break;
                    }
                    i = (i + 1) % 7;
                }
            }
            None => days[idx(part)?] = true,
        }
    }
    Some(days)
}

fn parse_span(s: &str) -> Option<(u16, u16)> {
    let (a, b) = s.split_once('-')?;
    let (a, b) = (parse_time(a)?, parse_time(b)?);
    (a < b).then_some((a, b))
}

fn parse_time(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    if m >= 60 || h > 24 || (h == 24 && m != 0) {
        return None;
    }
    Some(h * 60 + m)
}

/// `08:00`
pub fn format_minute(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_subset() {
        assert_eq!(Schedule::parse("24/7"), Ok(Schedule::AlwaysOpen));
        let s = Schedule::parse("Mo-Fr 08:00-16:00; Sa 10:00-14:00; Su off").unwrap();
        assert!(s.is_open(0, 8 * 60));
        assert!(!s.is_open(0, 16 * 60));
        assert!(s.is_open(5, 11 * 60));
        assert!(!s.is_open(6, 11 * 60));
        let s = Schedule::parse("08:00-24:00").unwrap();
        assert!(s.is_open(6, 23 * 60 + 59));
        assert!(!s.is_open(6, 7 * 60));
        let s = Schedule::parse("Fr-Mo 10:00-12:00").unwrap();
        assert!(s.is_open(6, 660) && s.is_open(0, 660) && !s.is_open(2, 660));
    }

    #[test]
    fn refuses_what_it_does_not_understand() {
        for bad in [
            "",
            "Mo-Fr",
            "Mo-Fr 8-16",
            "Xx 08:00-09:00",
            "25:00-26:00",
            "10:00-09:00",
            "sunrise-sunset",
        ] {
            assert!(Schedule::parse(bad).is_err(), "{bad}");
        }
    }
}
