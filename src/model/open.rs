//! Whether a service is open at an instant, read in its own time zone: a worker in Warsaw
//! looking at a Tehran helpline at 22:00 wants Tehran's clock, not theirs.
//!
//! A record's hours are its own and its phones' (`opening_hours`, see `schedule`); it is open
//! when any of them is. Its zone comes from its country and region, through the tz database
//! jiff bundles (Kazakhstan has had one zone, UTC+5, since March 2024; the database knows).

use super::schedule::Schedule;
use super::{Kind, Record};
use jiff::Timestamp;
use jiff::tz::TimeZone;

/// The IANA zone of a country (and, where a country has more than one, its region).
pub fn zone_name(country: &str, region: Option<&str>) -> Option<&'static str> {
    Some(match country {
        "PL" => "Europe/Warsaw",
        "VN" => "Asia/Ho_Chi_Minh",
        "IR" => "Asia/Tehran",
        "KZ" => match region {
            Some("kz/kyzylorda") => "Asia/Qyzylorda",
            Some("kz/kostanay") => "Asia/Qostanay",
            Some("kz/aktobe") => "Asia/Aqtobe",
            Some("kz/atyrau") => "Asia/Atyrau",
            Some("kz/mangystau") => "Asia/Aqtau",
            Some("kz/west-kazakhstan") => "Asia/Oral",
            _ => "Asia/Almaty",
        },
        _ => return None,
    })
}

/// The IANA zone a record's hours are read in.
fn zone_of(r: &Record) -> Option<&'static str> {
    zone_name(r.country.code(), r.region.as_ref().map(|g| g.id.as_str()))
}

/// What the directory stores of a record's hours, for the filters: its zone, then each of
/// its `opening_hours` (its own first, then its phones'), tab-separated. Empty when it has
/// none.
pub fn hours_key(r: &Record) -> String {
    let hours: Vec<&str> = r
        .hours
        .iter()
        .chain(r.phones.iter().filter_map(|p| p.hours.as_ref()))
        .map(|h| h.opening_hours.as_str())
        .collect();
    let Some(zone) = zone_of(r) else {
        return String::new();
    };
    if hours.is_empty() {
        return String::new();
    }
    let mut key = zone.to_string();
    for h in hours {
        key.push('\t');
        key.push_str(h);
    }
    key
}

/// A record's hours read for the filters: its zone and its schedules.
#[derive(Debug, Clone)]
pub struct When {
    zone: TimeZone,
    schedules: Vec<Schedule>,
}

impl When {
    /// Reads a [`hours_key`]; none when it is empty or its zone unknown. Hours that do not
    /// parse (validation refuses them) are left out.
    pub fn from_key(key: &str) -> Option<When> {
        let mut parts = key.split('\t');
        let zone = TimeZone::get(parts.next()?).ok()?;
        let schedules: Vec<Schedule> = parts.filter_map(|h| Schedule::parse(h).ok()).collect();
        (!schedules.is_empty()).then_some(When { zone, schedules })
    }

    pub fn always(&self) -> bool {
        self.schedules
            .iter()
            .any(|s| matches!(s, Schedule::AlwaysOpen))
    }

    /// The state at `at`, in the record's own time zone.
    pub fn at(&self, at: Timestamp) -> OpenState {
        if self.always() {
            return OpenState::Always;
        }
        let local = at.to_zoned(self.zone.clone());
        let weekday = local.weekday().to_monday_zero_offset() as usize;
        let minute = local.hour() as u16 * 60 + local.minute() as u16;
        let spans = |day: usize| -> Vec<(u16, u16)> {
            let mut v: Vec<(u16, u16)> = self
                .schedules
                .iter()
                .flat_map(|s| s.spans_on(day))
                .collect();
            v.sort_unstable();
            v
        };
        if let Some(&(_, until)) = spans(weekday)
            .iter()
            .filter(|(a, b)| *a <= minute && minute < *b)
            .max_by_key(|(_, b)| *b)
        {
            return OpenState::Open { until };
        }
        // The next opening within a week.
        for ahead in 0..8usize {
            let day = (weekday + ahead) % 7;
            let next = spans(day)
                .into_iter()
                .map(|(a, _)| a)
                .find(|a| ahead > 0 || *a > minute);
            if let Some(at) = next {
                return OpenState::Closed {
                    opens: Some(Opening {
                        weekday: day,
                        minute: at,
                        today: ahead == 0,
                    }),
                };
            }
        }
        OpenState::Closed { opens: None }
    }
}

/// When a closed service opens next, in its own time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opening {
    /// Monday is 0.
    pub weekday: usize,
    pub minute: u16,
    pub today: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    Always,
    /// Open now, until this minute of the day (1440: midnight).
    Open {
        until: u16,
    },
    Closed {
        opens: Option<Opening>,
    },
    Unknown,
}

impl OpenState {
    pub fn is_open(self) -> bool {
        matches!(self, OpenState::Always | OpenState::Open { .. })
    }
}

/// Whether `r` is open at `at` (unknown when it gives no hours).
pub fn open_state(r: &Record, at: Timestamp) -> OpenState {
    When::from_key(&hours_key(r)).map_or(OpenState::Unknown, |w| w.at(at))
}

/// Whether a campaign or programme runs on the day `at` falls on where it runs.
pub fn running(r: &Record, at: Timestamp) -> bool {
    let Some(p) = &r.period else {
        return false;
    };
    if !matches!(r.kind, Kind::Campaign | Kind::Programme) {
        return false;
    }
    let zone = zone_of(r)
        .and_then(|z| TimeZone::get(z).ok())
        .unwrap_or(TimeZone::UTC);
    let date = at.to_zoned(zone).date();
    if !p.yearly && p.year.is_some_and(|y| y != date.year()) {
        return false;
    }
    if p.until_year.is_some_and(|y| date.year() > y) {
        return false;
    }
    let day = (date.month() as u8, date.day() as u8);
    let (start, end) = ((p.start.month, p.start.day), (p.end.month, p.end.day));
    if start <= end {
        start <= day && day <= end
    } else {
        // Across the new year (12-20 … 01-10).
        day >= start || day <= end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when(zone: &str, hours: &[&str]) -> When {
        let mut key = zone.to_string();
        for h in hours {
            key.push('\t');
            key.push_str(h);
        }
        When::from_key(&key).unwrap()
    }

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn read_in_the_services_own_time_zone() {
        let office = when("Europe/Warsaw", &["Mo-Fr 08:00-16:00"]);
        // Tuesday 09:30 in Warsaw (CET, UTC+1 in December).
        assert_eq!(
            office.at(at("2026-12-01T08:30:00Z")),
            OpenState::Open { until: 960 }
        );
        // Tuesday 07:30 in Warsaw: opens at 08:00 today.
        assert_eq!(
            office.at(at("2026-12-01T06:30:00Z")),
            OpenState::Closed {
                opens: Some(Opening {
                    weekday: 1,
                    minute: 480,
                    today: true
                })
            }
        );
        // Sunday 23:00 in Tehran (UTC+3:30, no summer time since 2022): an office open
        // Saturday to Wednesday opens on Monday at 08:00.
        let tehran = when("Asia/Tehran", &["Sa-We 08:00-14:00"]);
        assert_eq!(
            tehran.at(at("2026-12-06T19:30:00Z")),
            OpenState::Closed {
                opens: Some(Opening {
                    weekday: 0,
                    minute: 480,
                    today: false
                })
            }
        );
        // Kazakhstan after 1 March 2024: UTC+5 everywhere. 18:30 UTC+5 is 13:30 UTC.
        let almaty = when("Asia/Almaty", &["Mo-Fr 09:00-19:00"]);
        assert_eq!(
            almaty.at(at("2026-12-02T13:30:00Z")),
            OpenState::Open { until: 1140 }
        );
        // Before March 2024 Almaty was UTC+6: the same hour of UTC read 19:30, closed.
        assert!(!almaty.at(at("2024-02-01T13:30:00Z")).is_open());
        assert!(!almaty.at(at("2026-12-02T14:30:00Z")).is_open(), "19:30");
    }

    #[test]
    fn always_open_and_phones_hours_count() {
        assert_eq!(
            when("Asia/Tehran", &["24/7"]).at(at("2026-12-06T19:30:00Z")),
            OpenState::Always
        );
        // The office is closed but its phone line answers.
        let both = when("Europe/Warsaw", &["Mo-Fr 08:00-16:00", "Mo-Su 16:00-22:00"]);
        assert!(
            both.at(at("2026-12-06T18:00:00Z")).is_open(),
            "Sunday 19:00"
        );
        assert!(When::from_key("").is_none());
        assert!(When::from_key("Nowhere/City\t24/7").is_none());
    }
}
