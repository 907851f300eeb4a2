//! Progress of long work on the command line: a bar (indicatif) where standard error is a
//! terminal, and where it is not (a log file, a scheduled task) a plain line at each new step
//! and every tenth of the way, never a line per record.

use std::io::IsTerminal;

/// One piece of long work being reported: what is being done (a translated line, which
/// changes as it goes) and how far, of how much.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    /// For plain lines: the step last told and the tenth of the way it had reached.
    told: Option<(u8, u64)>,
}

impl Progress {
    pub fn new() -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:30} {percent:>3}% {wide_msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
        Progress { bar, told: None }
    }

    /// Step `step` (a number of the caller's) is at `done` of `total` (0 when unknown),
    /// described by `line`.
    pub fn at(&mut self, step: u8, line: &str, done: u64, total: u64) {
        if let Some(bar) = &self.bar {
            // Nothing known yet (0 of 0) reads as 0 %, not as done.
            bar.set_length(total.max(done).max(1));
            bar.set_position(done);
            bar.set_message(line.to_string());
            return;
        }
        let tenth = (done * 10).checked_div(total).unwrap_or(0).min(10);
        if self.told != Some((step, tenth)) {
            self.told = Some((step, tenth));
            eprintln!("{line}");
        }
    }

    /// Takes the bar away (the outcome is printed after it).
    pub fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}
