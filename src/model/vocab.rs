//! The small fixed vocabularies records are filed under: categories, target groups and
//! countries. Each term has a kebab-case key (used in `data/`, the feed, the CLI and as the
//! Fluent id `category-<key>`) and a bit position for the search index's facet masks.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $key)] $variant,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)* }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }

            /// This term's bit in a facet mask.
            pub fn bit(self) -> u32 {
                1 << (self as u32)
            }

            /// The mask of a list of terms.
            pub fn mask(terms: &[$name]) -> u32 {
                terms.iter().fold(0, |m, t| m | t.bit())
            }

            /// The terms set in a mask, in vocabulary order.
            pub fn from_mask(mask: u32) -> Vec<$name> {
                Self::ALL.iter().copied().filter(|t| mask & t.bit() != 0).collect()
            }
        }
    };
}

vocabulary! {
    /// What a record offers. A record may have several.
    Category {
        /// A telephone line to call or text for help.
        Helpline = "helpline",
        /// A national emergency number (police, ambulance, 112).
        Emergency = "emergency",
        CrisisCentre = "crisis-centre",
        /// A place to stay in safety. Its address is confidential.
        Shelter = "shelter",
        Police = "police",
        SocialAssistance = "social-assistance",
        Counselling = "counselling",
        ChildProtection = "child-protection",
        /// Food, clothing, money or goods.
        MaterialAid = "material-aid",
        SupportProgramme = "support-programme",
        Campaign = "campaign",
        /// A legal or administrative procedure.
        Procedure = "procedure",
        Volunteering = "volunteering",
        Health = "health",
        /// A public authority (ministry, voivode's office, regional office).
        Government = "government",
    }
}

vocabulary! {
    /// Who a record is for.
    TargetGroup {
        Everyone = "everyone",
        Women = "women",
        Children = "children",
        Youth = "youth",
        Families = "families",
        OlderPeople = "older-people",
        /// People affected by domestic violence.
        DomesticViolence = "domestic-violence",
        Orphans = "orphans",
        /// People and families with low income or in hardship.
        LowIncome = "low-income",
        /// Workers who carry out a procedure (social workers, police officers, teachers …).
        Professionals = "professionals",
        Volunteers = "volunteers",
    }
}

/// An ISO 3166-1 alpha-2 country code, upper case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Country(String);

impl Country {
    pub fn new(code: &str) -> Option<Country> {
        let code = code.trim().to_ascii_uppercase();
        if code.len() == 2 && ISO_3166_ALPHA2.split(' ').any(|c| c == code) {
            Some(Country(code))
        } else {
            None
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    /// Lower-case code, as used in Fluent ids (`country-pl`).
    pub fn key(&self) -> String {
        self.0.to_ascii_lowercase()
    }
}

impl TryFrom<String> for Country {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Country::new(&s).ok_or_else(|| format!("{s:?} is not an ISO 3166-1 alpha-2 country code"))
    }
}

impl From<Country> for String {
    fn from(c: Country) -> String {
        c.0
    }
}

impl std::fmt::Display for Country {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Every officially assigned ISO 3166-1 alpha-2 code.
const ISO_3166_ALPHA2: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG \
BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX \
CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN \
GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI \
KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ \
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR \
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC \
TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT \
ZA ZM ZW";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_masks() {
        for c in Category::ALL {
            assert_eq!(Category::from_key(c.key()), Some(*c));
        }
        let m = Category::mask(&[Category::Shelter, Category::Police]);
        assert_eq!(
            Category::from_mask(m),
            vec![Category::Shelter, Category::Police]
        );
        assert!(Category::ALL.len() <= 32 && TargetGroup::ALL.len() <= 32);
    }

    #[test]
    fn countries_are_checked() {
        assert_eq!(Country::new("pl").map(|c| c.key()), Some("pl".into()));
        assert!(Country::new("XX").is_none());
        assert!(Country::new("POL").is_none());
        assert!(serde_json::from_str::<Country>("\"ZZ\"").is_err());
    }
}
