//! The search screen: the search box, facet filters, results and the detail pane.

mod facet_list;
mod view;
mod work;

use facet_list::{flatten, toggle};
use work::{load_detail, write_then_reload};

pub use view::{ViewCtx, facet_label, search_box, view};

use super::db::Db;
use super::detail::{self, Detail};
use super::keys::Shortcut;
use super::latest::Superseded;
use crate::i18n::Locale;
use crate::model::{Category, Record, TargetGroup};
use crate::search::{Filters, Query, Results};
use crate::text::Fitter;
use crate::usecase::{EditError, StoreError};
use iced::Task;
use iced::widget::{Id, operation};
use std::sync::{Arc, Mutex};

pub const SEARCH_ID: &str = "search";
pub const RESULTS_ID: &str = "results";
/// A result card's usual height, for keeping the selection in view before the list has been
/// measured (cards grow with long names; the measured average replaces this).
const CARD_HEIGHT: f32 = 96.0;
const CARD_SPACING: f32 = 6.0;

/// Which part of the screen the keyboard is in. Tab moves forward through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    #[default]
    Search,
    Filters,
    Results,
    Detail,
}

impl Pane {
    pub fn next(self, back: bool) -> Pane {
        use Pane::*;
        let order = [Search, Filters, Results, Detail];
        let i = order.iter().position(|p| *p == self).unwrap_or(0);
        let n = order.len();
        order[if back { (i + n - 1) % n } else { (i + 1) % n }]
    }
}

/// One facet value the worker can toggle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Facet {
    Country(String),
    Region(String),
    Category(Category),
    Target(TargetGroup),
    Language(String),
    /// The worker's marks: favourites, the office's own, flagged (`layer::marks`).
    Mark(u8),
    /// Open at the moment of the search, in the service's own time zone.
    OpenNow,
    /// Open around the clock.
    AlwaysOpen,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The worker typed in the search box.
    QueryChanged(String),
    /// A search finished (or was superseded: `None`).
    SearchFinished(u64, Result<Result<Results, Arc<StoreError>>, Superseded>),
    /// Toggle one facet value.
    ToggleFacet(Facet),
    /// Remove every filter.
    ClearFilters,
    /// Select and open a result by its index.
    Open(usize),
    /// Open any record by id (a related record, a result).
    OpenId(String),
    /// The record, presented and fitted, arrived (`None`: the directory no longer has it).
    DetailLoaded(Result<Option<Box<Detail>>, Arc<StoreError>>),
    /// Something done in the detail pane.
    Detail(detail::Message),
    /// Put a result in the referral basket.
    AddToBasket(String),
    /// Enter in the search box: open the selected (or first) result.
    Submit,
    /// The results list scrolled.
    Scrolled(f32, f32, f32),
    /// A change to the worker's layer was written: the record presented again.
    Written(Result<Option<Box<Detail>>, EditError>),
}

/// What the screen asks of the app.
pub enum Action {
    None,
    Run(Task<Message>),
    /// Put a record in the referral basket.
    AddToBasket(String),
    /// Copy a phone number.
    Copy(crate::present::Dial),
    /// Copy the main phone of this record, which is not open: the root asks the directory.
    CopyMainPhone(String),
    /// Open a web address.
    OpenLink(String),
    /// Tell the worker there is no phone to copy.
    NoPhone,
    /// Open the form on one of the office's own records.
    EditLocal(Box<Record>),
    /// The search found its index damaged and rebuilt it from the records.
    IndexRepaired,
}

/// What the screen's `update` needs from the app.
pub struct Ctx {
    pub db: Option<Db>,
    pub locale: Locale,
    pub today: jiff::civil::Date,
    /// A fixed "now" (tests); none: the clock.
    pub clock: Option<jiff::Timestamp>,
    /// Fits the detail pane's text when a record opens.
    pub fitter: Arc<Mutex<Fitter>>,
}

impl Ctx {
    /// What "open now" means for what is shown next.
    pub fn now(&self) -> jiff::Timestamp {
        self.clock.unwrap_or_else(jiff::Timestamp::now)
    }
}

#[derive(Debug, Default)]
pub struct State {
    pub query: String,
    pub filters: Filters,
    pub results: Option<Results>,
    pub error: Option<String>,
    pub searching: bool,
    seq: u64,
    pub selected: Option<usize>,
    pub detail: Option<Box<Detail>>,
    pub pane: Pane,
    pub filter_cursor: usize,
    pub detail_cursor: usize,
    /// The moment the last search was asked at: what "open now" meant for its results.
    pub asked_at: jiff::Timestamp,
    /// A fixed "now" (tests); none: the clock.
    pub clock: Option<jiff::Timestamp>,
    /// The office's place (from the settings): its services first.
    pub near: Option<crate::search::near::Near>,
    scroll_y: f32,
    view_h: f32,
    /// The list's measured height, and how many cards it held then.
    content_h: f32,
    content_n: usize,
}

impl State {
    /// A search screen whose "now" is fixed (tests), or the clock's (`None`).
    pub fn with_clock(clock: Option<jiff::Timestamp>) -> State {
        State {
            clock,
            ..State::default()
        }
    }

    /// The same screen, with the office's place set.
    pub fn near(self, near: Option<crate::search::near::Near>) -> State {
        State { near, ..self }
    }

    /// Starts a search for the current query and filters.
    pub fn search(&mut self, db: &Db) -> Task<Message> {
        self.seq += 1;
        self.searching = true;
        let seq = self.seq;
        self.asked_at = self.clock.unwrap_or_else(jiff::Timestamp::now);
        let query = Query {
            text: self.query.clone(),
            filters: Filters {
                now: Some(self.asked_at),
                ..self.filters.clone()
            },
            limit: 50,
            near: self.near.clone(),
        };
        Task::perform(db.search(query), move |r| {
            Message::SearchFinished(seq, r.map(|r| r.map_err(Arc::new)))
        })
    }

    pub fn selected_record(&self) -> Option<&Record> {
        let i = self.selected?;
        self.results.as_ref()?.hits.get(i).map(|h| &h.record)
    }

    /// The flat list of facet values, in the order the filter panel shows them.
    pub fn facet_list(&self) -> Vec<(Facet, usize)> {
        let Some(r) = &self.results else {
            return Vec::new();
        };
        flatten(&r.facets)
    }

    fn is_active(&self, f: &Facet) -> bool {
        let fl = &self.filters;
        match f {
            Facet::Country(c) => fl.countries.contains(c),
            Facet::Region(g) => fl.regions.contains(g),
            Facet::Category(c) => fl.categories.contains(c),
            Facet::Target(t) => fl.targets.contains(t),
            Facet::Language(l) => fl.languages.contains(l),
            Facet::Mark(m) => fl.marks & m != 0,
            Facet::OpenNow => fl.open_now,
            Facet::AlwaysOpen => fl.always_open,
        }
    }

    pub fn update(&mut self, message: Message, cx: &Ctx) -> Action {
        let db = cx.db.as_ref();
        match message {
            Message::QueryChanged(q) => {
                self.query = q;
                self.selected = None;
                self.run(db)
            }
            Message::SearchFinished(seq, result) => {
                // A newer search is on its way or superseded this one: keep what is shown.
                if seq != self.seq {
                    return Action::None;
                }
                let Ok(result) = result else {
                    return Action::None;
                };
                self.searching = false;
                let mut repaired = false;
                match result {
                    Ok(r) => {
                        self.error = None;
                        if let Some(i) = self.selected
                            && i >= r.hits.len()
                        {
                            self.selected = None;
                        }
                        repaired = r.repaired;
                        self.results = Some(r);
                    }
                    Err(e) => self.error = Some(e.message(cx.locale)),
                }
                if repaired {
                    Action::IndexRepaired
                } else {
                    Action::None
                }
            }
            Message::ToggleFacet(f) => {
                toggle(&mut self.filters, &f);
                self.selected = None;
                self.run(db)
            }
            Message::ClearFilters => {
                self.filters = Filters::default();
                self.run(db)
            }
            Message::Open(i) => {
                self.selected = Some(i);
                let id = self.selected_record().map(|r| r.id.clone());
                match id {
                    Some(id) => match load_detail(cx, id) {
                        Some(t) => Action::Run(Task::batch([t, self.keep_selection_visible()])),
                        None => Action::None,
                    },
                    None => Action::None,
                }
            }
            Message::OpenId(id) => load_detail(cx, id).map_or(Action::None, Action::Run),
            Message::DetailLoaded(Ok(d)) => {
                self.detail = d;
                self.detail_cursor = 0;
                Action::None
            }
            Message::DetailLoaded(Err(e)) => {
                self.error = Some(e.message(cx.locale));
                Action::None
            }
            Message::Detail(m) => self.detail_message(m, cx),
            Message::AddToBasket(id) => Action::AddToBasket(id),
            Message::Submit => {
                let n = self.results.as_ref().map_or(0, |r| r.hits.len());
                if n == 0 {
                    return Action::None;
                }
                let i = self.selected.unwrap_or(0).min(n - 1);
                self.pane = Pane::Results;
                let open = self.update(Message::Open(i), cx);
                then(open, operation::focus(Id::new("none")))
            }
            Message::Written(Ok(mut d)) => {
                let cursor = self.detail_cursor;
                // The box for a flag's right value stays open across the reload.
                if let (Some(new), Some(old)) = (d.as_mut(), self.detail.as_mut())
                    && new.record.id == old.record.id
                {
                    new.correcting = old.correcting.take();
                }
                self.detail = d;
                self.detail_cursor = cursor;
                self.run(db)
            }
            Message::Written(Err(e)) => {
                self.error = Some(e.message(cx.locale));
                Action::None
            }
            Message::Scrolled(y, h, content) => {
                self.scroll_y = y;
                self.view_h = h;
                self.content_h = content;
                self.content_n = self.results.as_ref().map_or(0, |r| r.hits.len());
                Action::None
            }
        }
    }

    fn detail_message(&mut self, m: detail::Message, cx: &Ctx) -> Action {
        match m {
            detail::Message::Close => {
                self.detail = None;
                if self.pane == Pane::Detail {
                    self.pane = Pane::Results;
                }
                Action::None
            }
            detail::Message::AddToBasket(id) => Action::AddToBasket(id),
            detail::Message::CopyPhone(n) => Action::Copy(n),
            detail::Message::OpenLink(u) => Action::OpenLink(u),
            detail::Message::OpenRecord(id) => self.update(Message::OpenId(id), cx),
            detail::Message::Mine(m) => {
                let Some(d) = self.detail.as_mut() else {
                    return Action::None;
                };
                match d.update(m, cx.locale) {
                    detail::MineAction::None => Action::None,
                    detail::MineAction::Edit(r) => Action::EditLocal(r),
                    detail::MineAction::Write(edit) => {
                        write_then_reload(cx, edit).map_or(Action::None, Action::Run)
                    }
                }
            }
        }
    }

    /// The open record presented again (after a language switch or an update).
    pub fn reload_detail(&self, cx: &Ctx) -> Task<Message> {
        match &self.detail {
            Some(d) => load_detail(cx, d.record.id.clone()).unwrap_or_else(Task::none),
            None => Task::none(),
        }
    }

    fn run(&mut self, db: Option<&Db>) -> Action {
        match db {
            Some(db) => Action::Run(self.search(db)),
            None => Action::None,
        }
    }

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
                    Task::batch([focus_search(), operation::move_cursor_to_end(SEARCH_ID)]),
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

    fn keep_selection_visible(&self) -> Task<Message> {
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

/// Puts the cursor in the search box.
pub fn focus_search<T: Send + 'static>() -> Task<T> {
    operation::focus(SEARCH_ID)
}

/// An action followed by a task of the screen's own.
fn then(a: Action, t: Task<Message>) -> Action {
    match a {
        Action::None => Action::Run(t),
        Action::Run(a) => Action::Run(Task::batch([a, t])),
        other => other,
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
