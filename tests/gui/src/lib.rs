//! Helpers shared by the GUI journeys.
