//! The window's journeys, one test binary: a module per area.

mod front_ends;
mod import;
mod journeys;
mod keyboard;
mod keys;
mod layer;
mod layer_files;
mod small_screens;
mod watch;
