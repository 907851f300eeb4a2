//! Haven's core: the directory's model, its SQLite store, multilingual search, interface
//! text, referral sheets and feed sync. Nothing here depends on the GUI; the window
//! (`ui`, behind the default `gui` feature) and the command line call into these modules.

pub mod i18n;
pub mod layer;
pub mod model;
pub mod present;
pub mod referral;
pub mod search;
pub mod settings;
pub mod store;
pub mod sync;
pub mod text;

#[cfg(feature = "gui")]
pub mod ui;

/// Today's date in the local time zone (for freshness marks and sheet dates).
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}
