//! The office's own place: a country, and within it perhaps a region. Its services come
//! before the same kind elsewhere, so a worker in Iran typing «پلیس» gets 110 before
//! Kazakhstan's 102. Nearness multiplies relevance below the tier and the phrase (what the
//! worker typed still decides what matches best), so a service of the same kind nearby comes
//! first, and a record that only mentions the word does not.

use crate::model::Country;

/// Where the office is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Near {
    pub country: Country,
    /// A region id of the directory (`kz/abai`), in `country`.
    pub region: Option<String>,
}

/// Why a place could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NearError {
    #[error("{0:?} is not a country code (two letters, such as PL or KZ)")]
    Country(String),
    #[error("{0:?} is not a region of that country")]
    Region(String),
}

impl Near {
    /// Reads `CC` or `CC/REGION`, the region as the directory names it with or without its
    /// country (`KZ/abai` and `KZ/kz/abai` are both `kz/abai`).
    pub fn parse(s: &str) -> Result<Near, NearError> {
        let s = s.trim();
        let (cc, rest) = match s.split_once('/') {
            Some((cc, rest)) => (cc, Some(rest.trim())),
            None => (s, None),
        };
        let country = Country::new(cc).ok_or_else(|| NearError::Country(cc.to_string()))?;
        let region = match rest {
            None => None,
            Some("") => return Err(NearError::Region(s.to_string())),
            Some(r) => {
                let r = r.to_lowercase();
                let own = format!("{}/", country.key());
                let id = if r.starts_with(&own) { r } else { own + &r };
                let name = &id[country.key().len() + 1..];
                let fine = name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if name.is_empty() || !fine {
                    return Err(NearError::Region(s.to_string()));
                }
                Some(id)
            }
        };
        Ok(Near { country, region })
    }

    /// As [`Near::parse`] reads it.
    pub fn key(&self) -> String {
        match &self.region {
            Some(r) => format!(
                "{}/{}",
                self.country.code(),
                &r[self.country.key().len() + 1..]
            ),
            None => self.country.code().to_string(),
        }
    }
}

/// How near a record is: 2 in the office's region, 1 in its country, 0 elsewhere.
pub type Nearness = u8;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_read_in_every_written_form() {
        let kz = Near::parse("KZ/abai").unwrap();
        assert_eq!(kz.region.as_deref(), Some("kz/abai"));
        assert_eq!(Near::parse(" kz/KZ/Abai ").unwrap(), kz);
        assert_eq!(kz.key(), "KZ/abai");
        assert_eq!(Near::parse("ir").unwrap().region, None);
        assert!(matches!(Near::parse("Iran"), Err(NearError::Country(_))));
        assert!(matches!(Near::parse("PL/"), Err(NearError::Region(_))));
        assert!(matches!(Near::parse("PL/../x"), Err(NearError::Region(_))));
    }
}
