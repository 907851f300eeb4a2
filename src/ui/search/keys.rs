//! The search screen's keys: panes, moving through the results, keeping the selection in
//! view.

use super::{
    Action, CARD_HEIGHT, CARD_SPACING, Ctx, Message, Pane, RESULTS_ID, SEARCH_ID, State,
    focus_search, then,
};
use crate::ui::detail;
use crate::ui::keys::Shortcut;
use iced::Task;
use iced::widget::{Id, operation};

impl State {
    /// A key, as the search screen understands it.
    pub fn shortcut(&mut self, k: Shortcut, cx: &Ctx) -> Action {
        let unfocus = || operation::focus(Id::new("none"));
        match k {
            Shortcut::Escape => match self.pane {
                Pane::Search if !self.query.is_empty() => {
                    let t = self.update(Message::QueryChanged(String::new()), cx);
                    then(t, focus_search())
                }
                Pane::Search => {
                    self.detail = None;
                    Action::Run(focus_search())
                }
                _ => {
                    self.pane = Pane::Search;
                    Action::Run(focus_search())
                }
            },
            Shortcut::NextPane | Shortcut::PreviousPane => {
                let back = k == Shortcut::PreviousPane;
                let mut next = self.pane.next(back);
                if next == Pane::Detail && self.detail.is_none() {
                    next = next.next(back);
                }
                self.pane = next;
                Action::Run(if next == Pane::Search {
                    focus_search()
                } else {
                    unfocus()
                })
            }
            Shortcut::Up | Shortcut::Down => {
                let delta = if k == Shortcut::Down { 1 } else { -1 };
                match self.pane {
                    Pane::Search | Pane::Results => {
                        let was_search = self.pane == Pane::Search;
                        self.pane = Pane::Results;
                        let moved = self.move_selection(delta, cx);
                        if was_search {
                            then(moved, unfocus())
                        } else {
                            moved
                        }
                    }
                    Pane::Filters => {
                        let n = self.facet_list().len().max(1);
                        self.filter_cursor =
                            (self.filter_cursor as i32 + delta).rem_euclid(n as i32) as usize;
                        Action::None
                    }
                    Pane::Detail => {
                        let n = self
                            .detail
                            .as_ref()
                            .map_or(1, |d| detail::actions(d).len().max(1));
                        self.detail_cursor =
                            (self.detail_cursor as i32 + delta).rem_euclid(n as i32) as usize;
                        Action::None
                    }
                }
            }
            Shortcut::Activate => match self.pane {
                Pane::Filters => match self.facet_list().get(self.filter_cursor) {
                    Some((f, _)) => self.update(Message::ToggleFacet(f.clone()), cx),
                    None => Action::None,
                },
                Pane::Results if self.detail.is_some() => {
                    self.pane = Pane::Detail;
                    self.detail_cursor = 0;
                    Action::None
                }
                Pane::Results => self.update(Message::Submit, cx),
                Pane::Detail => {
                    let act = self
                        .detail
                        .as_ref()
                        .and_then(|d| detail::actions(d).get(self.detail_cursor).cloned());
                    match act {
                        Some(a) => self.detail_message(a, cx),
                        None => Action::None,
                    }
                }
                Pane::Search => Action::None,
            },
            Shortcut::CopyPhone => {
                // The open record's first number as the pane presents it (the office's
                // correction, if any), else the selected record's, asked of the directory.
                if let Some(d) = &self.detail {
                    let main = d.record.main_phone().map(|p| p.number.as_str());
                    let dial = d.shown.fields.iter().find_map(|f| match &f.value {
                        crate::present::Value::Phones(p) => p
                            .iter()
                            .find(|p| Some(p.number.as_str()) == main)
                            .map(|p| p.dial.clone()),
                        _ => None,
                    });
                    return dial.map_or(Action::NoPhone, Action::Copy);
                }
                match self.selected_record() {
                    Some(r) if r.main_phone().is_some() => Action::CopyMainPhone(r.id.clone()),
                    _ => Action::NoPhone,
                }
            }
            Shortcut::AddToBasket => {
                // The open record, else the selected one, else the first result (the one
                // Enter would open).
                let id = self
                    .detail
                    .as_ref()
                    .map(|d| d.record.id.clone())
                    .or_else(|| self.selected_record().map(|r| r.id.clone()))
                    .or_else(|| {
                        self.results
                            .as_ref()
                            .and_then(|r| r.hits.first())
                            .map(|h| h.record.id.clone())
                    });
                id.map_or(Action::None, Action::AddToBasket)
            }
            Shortcut::Type(text) if self.pane != Pane::Search => {
                self.pane = Pane::Search;
                let q = format!("{}{}", self.query, text);
                let t = self.update(Message::QueryChanged(q), cx);
                then(
                    t,
                    // Typing goes on from the end of what is there, nothing selected.
                    operation::focus(SEARCH_ID).chain(operation::move_cursor_to_end(SEARCH_ID)),
                )
            }
            _ => Action::None,
        }
    }

    /// Moves the selection by `delta` results and opens it.
    pub fn move_selection(&mut self, delta: i32, cx: &Ctx) -> Action {
        let n = self.results.as_ref().map_or(0, |r| r.hits.len()) as i32;
        if n == 0 {
            return Action::None;
        }
        let i = match self.selected {
            Some(i) => (i as i32 + delta).clamp(0, n - 1),
            None if delta > 0 => 0,
            None => n - 1,
        };
        self.update(Message::Open(i as usize), cx)
    }

    pub(super) fn keep_selection_visible(&self) -> Task<Message> {
        let Some(i) = self.selected else {
            return Task::none();
        };
        let n = self.results.as_ref().map_or(0, |r| r.hits.len());
        // A height measured for another list says nothing about this one.
        let measured = (self.content_n == n).then_some(self.content_h);
        match scroll_target(i, n, measured, self.scroll_y, self.view_h) {
            Some(y) => operation::scroll_to(
                RESULTS_ID,
                operation::AbsoluteOffset {
                    x: None,
                    y: Some(y),
                },
            ),
            None => Task::none(),
        }
    }
}

/// Where the results list must scroll so that card `i` of `n` is in view, or `None` when it
/// already is. Cards grow with long names, so their height is the measured list height over
/// `n` when there is one, else the usual card height.
fn scroll_target(
    i: usize,
    n: usize,
    measured: Option<f32>,
    scroll_y: f32,
    view_h: f32,
) -> Option<f32> {
    let card = match measured {
        Some(h) if h > 0.0 && n > 0 => (h / n as f32 - CARD_SPACING).max(20.0),
        _ => CARD_HEIGHT,
    };
    let top = i as f32 * (card + CARD_SPACING);
    let view_h = if view_h > 0.0 { view_h } else { 400.0 };
    if top < scroll_y {
        Some(top.max(0.0))
    } else if top + card > scroll_y + view_h {
        Some((top + card - view_h).max(0.0))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_past_the_bottom_scrolls_down_and_back_up_scrolls_up() {
        // 54 cards measured at 76 px each (70 + spacing), a 600-px view at the top.
        let measured = Some(54.0 * 76.0);
        assert_eq!(scroll_target(3, 54, measured, 0.0, 600.0), None);
        // Card 8 starts at 608: the list scrolls just far enough to show all of it.
        let y = scroll_target(8, 54, measured, 0.0, 600.0).unwrap();
        assert!((y - (608.0 + 70.0 - 600.0)).abs() < 0.01, "{y}");
        // Scrolled to the end, going back to the first card scrolls to the top.
        assert_eq!(scroll_target(0, 54, measured, 3500.0, 600.0), Some(0.0));
    }

    #[test]
    fn an_unmeasured_list_uses_the_usual_card_height() {
        let y = scroll_target(10, 20, None, 0.0, 500.0).unwrap();
        let top = 10.0 * (CARD_HEIGHT + CARD_SPACING);
        assert!((y - (top + CARD_HEIGHT - 500.0)).abs() < 0.01);
        assert_eq!(scroll_target(0, 0, Some(0.0), 0.0, 0.0), None);
    }
}
