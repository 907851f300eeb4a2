//! Haven's integration tests, one binary (as ripgrep does): a module per area, the
//! helpers they share in `common`. One binary links the library once, and a failing area
//! no longer stops cargo before the others have run.

mod common;

mod bounded;
mod cli;
mod data_validation;
mod derived;
mod disk_full;
mod feed_from_sheet;
mod fuzz_regressions;
mod hostile_server;
mod hsds;
mod hsds_tabular;
mod i18n;
mod import;
mod import_spellings;
mod killed;
mod layer;
mod layering;
mod open_now;
mod overlay;
mod packaging;
mod read_only;
mod referral;
mod search_cases;
mod store;
mod sync;
mod sync_database;
mod trust;
mod two_havens;
