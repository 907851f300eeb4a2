//! Open Referral's Human Services Data Specification (HSDS 3.1), in and out.
//!
//! Out ([`export`]): each record becomes an HSDS `service` (or an `organization`, for Haven's
//! organisations) with its phones, schedules, languages, locations, required documents and
//! categories as taxonomy attributes, valid against the official compiled schemas. What HSDS
//! has no place for rides in the **Haven profile**, one `haven` object on the service
//! (README, "The Haven profile of HSDS"): every text in every language, procedures' steps, campaign
//! periods, provenance. A confidential address never leaves the machine (HSDS cannot mark
//! one; open since 2017, openreferral/specification#166): it is not exported at all.
//!
//! In ([`import`]): a service with what it nests, an organization with its services, a list
//! of either, or a page of a list (`contents`). With a Haven profile the record comes back
//! exactly; without one, HSDS's fields are mapped and everything else is kept in the record's
//! `hsds` extras, so that an export gives it back.

mod export;
mod extras;
mod foreign;
mod import;
mod problem;
mod schedules;
mod stream;
mod tabular;

pub use export::{export_directory, to_hsds, write_directory};
pub use import::{MAX_JSON_BYTES, import, import_all, import_package};
pub use problem::{HsdsError, HsdsProblem, Imported, Target};
pub use tabular::{
    Dangling, MAX_ITEM_PARTS, MAX_PACKAGE_CELLS, MAX_PARTS, MAX_TABLE_BYTES, is_package,
    write_package,
};

/// The key of the Haven profile's object on a service or organization.
pub const PROFILE_KEY: &str = "haven";
/// The profile's name and version, written in that object.
pub const PROFILE: &str = "haven-hsds-profile/1";

/// The namespace of the UUIDs Haven gives its records in HSDS (version 5, from the Haven id),
/// so an export gives a record the same id every time.
const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6c0e_3f2a_8d4b_4e1f_9a57_2f1e_6b0d_4c31);

/// The HSDS id of anything Haven exports, from a stable key (`pl/niebieska-linia`,
/// `pl/niebieska-linia#phones/0`).
pub fn uuid_for(key: &str) -> String {
    uuid::Uuid::new_v5(&NAMESPACE, key.as_bytes()).to_string()
}
