//! The composer with the keyboard alone: a cursor that ↑/↓ (or Tab) moves through every
//! thing the worker can do, drawn where it is, that Enter or Space does; ←/→ change the
//! sheet's language (or the paper, on it); Esc leaves the note, then the composer. And one
//! step back for what one press takes away: a removed entry, an emptied basket.

use super::{Action, Message, State};
use crate::settings::Paper;
use crate::ui::keys::Shortcut;
use iced::widget::{Id, operation};

/// The note's editor, for the cursor to put the keyboard in.
pub const NOTE_ID: &str = "referral-note";

/// One place the cursor can be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    Up(usize),
    Down(usize),
    Remove(usize),
    /// Print the office's note on this entry for this client.
    ShareNote(usize),
    Undo,
    Clear,
    Language,
    Paper,
    Note,
    PrintFlagged,
    Save,
    Print,
}

/// What one press took out of the basket: each id with the place it had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed(pub Vec<(usize, String)>);

/// What the composer's keys need from the app beyond the screen's context.
pub struct KeyCx {
    pub paper: Paper,
    /// A number on the sheet is reported not to work (the choice to print it is shown).
    pub dead_numbers: bool,
    pub rtl: bool,
}

impl State {
    /// Every stop, in the order the composer shows them.
    pub fn stops(&self, dead_numbers: bool) -> Vec<Stop> {
        let n = self.records.len();
        let mut out = Vec::new();
        for (i, r) in self.records.iter().enumerate() {
            if i > 0 {
                out.push(Stop::Up(i));
            }
            if i + 1 < n {
                out.push(Stop::Down(i));
            }
            out.push(Stop::Remove(i));
            if self.mine.get(&r.id).is_some_and(|m| m.note.is_some()) {
                out.push(Stop::ShareNote(i));
            }
        }
        if self.undo.is_some() {
            out.push(Stop::Undo);
        }
        if n > 0 {
            out.push(Stop::Clear);
        }
        out.extend([Stop::Language, Stop::Paper, Stop::Note]);
        if dead_numbers {
            out.push(Stop::PrintFlagged);
        }
        if n > 0 {
            out.extend([Stop::Save, Stop::Print]);
        }
        out
    }

    /// The stop the cursor is on, if the keyboard is being used.
    pub fn at(&self, dead_numbers: bool) -> Option<Stop> {
        self.cursor
            .and_then(|c| self.stops(dead_numbers).get(c).cloned())
    }

    /// A key in the composer. `Action::Leave` when Esc asks to leave the screen.
    pub fn key(&mut self, k: &Shortcut, kc: &KeyCx, cx: &super::Ctx) -> Action {
        let stops = self.stops(kc.dead_numbers);
        let n = stops.len();
        match k {
            Shortcut::Down | Shortcut::NextPane | Shortcut::Up | Shortcut::PreviousPane => {
                let forward = matches!(k, Shortcut::Down | Shortcut::NextPane);
                let next = match self.cursor {
                    None if forward => 0,
                    None => n - 1,
                    Some(c) if forward => (c + 1) % n,
                    Some(c) => (c + n - 1) % n,
                };
                self.cursor = Some(next);
                // The keyboard goes into the note when the cursor does, and out after.
                Action::Run(if stops[next] == Stop::Note {
                    operation::focus(NOTE_ID)
                } else {
                    operation::focus(Id::new("none"))
                })
            }
            Shortcut::Left | Shortcut::Right => {
                let forward = matches!(k, Shortcut::Right) != kc.rtl;
                match self.at(kc.dead_numbers) {
                    Some(Stop::Paper) => Action::SetPaper(other(kc.paper)),
                    _ => self.update(Message::StepLanguage(forward), cx),
                }
            }
            Shortcut::Activate => match self.at(kc.dead_numbers) {
                Some(stop) => self.press(stop, kc, cx),
                None => Action::None,
            },
            Shortcut::Escape if self.cursor.is_some() => {
                self.cursor = None;
                Action::Run(operation::focus(Id::new("none")))
            }
            Shortcut::Escape => Action::Leave,
            _ => Action::None,
        }
    }

    /// Does what the stop under the cursor offers; the cursor follows a moved entry.
    fn press(&mut self, stop: Stop, kc: &KeyCx, cx: &super::Ctx) -> Action {
        let message = match &stop {
            Stop::Up(i) => Message::Move(*i, -1),
            Stop::Down(i) => Message::Move(*i, 1),
            Stop::Remove(i) => Message::Remove(*i),
            Stop::ShareNote(i) => {
                let Some(id) = self.basket.get(*i).cloned() else {
                    return Action::None;
                };
                let on = !self.share_notes.contains(&id);
                Message::ShareNote(id, on)
            }
            Stop::Undo => Message::Undo,
            Stop::Clear => Message::Clear,
            Stop::Language => Message::StepLanguage(!kc.rtl),
            Stop::Paper => return Action::SetPaper(other(kc.paper)),
            Stop::Note => return Action::Run(operation::focus(NOTE_ID)),
            Stop::PrintFlagged => Message::PrintFlagged(!self.print_flagged),
            Stop::Save => Message::Save,
            Stop::Print => Message::Print,
        };
        let action = self.update(message, cx);
        // Where the cursor goes: with the entry it moved, else the same place in the list
        // (the next entry's Remove after a removal), within the new list.
        let stops = self.stops(kc.dead_numbers);
        let follow = match stop {
            Stop::Up(i) => stops.iter().position(|s| *s == Stop::Up(i - 1)),
            Stop::Down(i) => stops.iter().position(|s| *s == Stop::Down(i + 1)),
            _ => None,
        };
        self.cursor = match (follow, self.cursor) {
            (Some(f), _) => Some(f),
            (None, Some(c)) if !stops.is_empty() => Some(c.min(stops.len() - 1)),
            _ => None,
        };
        // Moving up to the first place has no Up stop left: the entry's Down is there.
        if let (Stop::Up(1), None) = (&stop, follow) {
            self.cursor = stops.iter().position(|s| *s == Stop::Down(0));
        }
        action
    }
}

fn other(p: Paper) -> Paper {
    match p {
        Paper::A4 => Paper::Letter,
        Paper::Letter => Paper::A4,
    }
}
