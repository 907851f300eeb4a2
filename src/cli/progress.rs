//! Progress of long work on the command line: a bar (indicatif) where standard error is a
//! terminal, and where it is not (a log file, a scheduled task) a plain line at each new step
//! and every tenth of the way, never a line per record. A step whose size is not known (0)
//! shows a spinner and the time it has taken instead of a bar.

use std::io::IsTerminal;
use std::time::Duration;

/// One piece of long work being reported: what is being done (a translated line, which
/// changes as it goes) and how far, of how much.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    /// For plain lines: the step last told and the tenth of the way it had reached.
    told: Option<(u8, u64)>,
    /// For plain lines: the last line written.
    last: String,
    /// For the bar: the step shown, and whether its size is known.
    shown: Option<(u8, bool)>,
}

fn style(template: &str) -> indicatif::ProgressStyle {
    indicatif::ProgressStyle::with_template(template)
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
}

impl Progress {
    pub fn new() -> Progress {
        let bar = std::io::stderr()
            .is_terminal()
            .then(|| indicatif::ProgressBar::new(0));
        Progress {
            bar,
            told: None,
            last: String::new(),
            shown: None,
        }
    }

    /// Step `step` (a number of the caller's) is at `done` of `total` (0 when unknown),
    /// described by `line`.
    pub fn at(&mut self, step: u8, line: &str, done: u64, total: u64) {
        if let Some(bar) = &self.bar {
            let sized = total > 0;
            if self.shown != Some((step, sized)) {
                self.shown = Some((step, sized));
                if sized {
                    bar.disable_steady_tick();
                    bar.set_style(style("{bar:30} {percent:>3}% {wide_msg}"));
                } else {
                    bar.set_style(style("{spinner} {elapsed:>4} {wide_msg}"));
                    bar.enable_steady_tick(Duration::from_millis(120));
                }
            }
            bar.set_length(total.max(done).max(1));
            bar.set_position(done);
            bar.set_message(line.to_string());
            return;
        }
        let tenth = (done * 10).checked_div(total).unwrap_or(0).min(10);
        // A line that says nothing new (a step whose text does not count) is not repeated.
        if self.told != Some((step, tenth)) && self.last != line {
            eprintln!("{line}");
            self.last = line.to_string();
        }
        self.told = Some((step, tenth));
    }

    /// Shows `line` while `work` runs, for a step whose size is not known: a spinner with the
    /// time taken on a terminal, the line once otherwise.
    pub fn during<T>(line: &str, work: impl FnOnce() -> T) -> T {
        let mut shown = Progress::new();
        shown.at(0, line, 0, 0);
        let done = work();
        shown.finish();
        done
    }

    /// Takes the bar away (the outcome is printed after it).
    pub fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}
