//! The search screen: the search box, facet filters, results and the detail pane.

mod facet_list;
mod keys;
mod view;
mod work;

use facet_list::{flatten, toggle};
use work::{load_detail, write_then_reload};

pub use view::{ViewCtx, facet_label, search_box, view};

use super::db::Db;
use super::detail::{self, Detail};
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
    /// Unfold (or fold) the filters where they do not fit beside the results.
    ToggleFilters,
    /// Close the open record (on a narrow window: back to the results).
    CloseDetail,
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
    /// The filters are unfolded (where the window is too narrow to show them beside the
    /// results).
    pub filters_open: bool,
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

    /// How many filters are on.
    pub fn active_filters(&self) -> usize {
        let f = &self.filters;
        f.countries.len()
            + f.regions.len()
            + f.categories.len()
            + f.targets.len()
            + f.languages.len()
            + f.marks.count_ones() as usize
            + usize::from(f.open_now)
            + usize::from(f.always_open)
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
                        // A search that found nothing shows nothing else either: the record
                        // still open beside "no results" belonged to another search.
                        if r.hits.is_empty() {
                            self.detail = None;
                        }
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
            Message::ToggleFilters => {
                self.filters_open = !self.filters_open;
                Action::None
            }
            Message::CloseDetail => {
                self.detail = None;
                if self.pane == Pane::Detail {
                    self.pane = Pane::Results;
                }
                Action::None
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
                    // So is the way back for a note just cleared.
                    new.cleared_note = old.cleared_note.take();
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
}

/// Puts the cursor in the search box with the old query selected, so what is typed next
/// replaces it (`police`, Ctrl+K, `shelter` searches for `shelter`).
pub fn focus_search<T: Send + 'static>() -> Task<T> {
    operation::focus(SEARCH_ID).chain(operation::select_all(SEARCH_ID))
}

/// An action followed by a task of the screen's own.
fn then(a: Action, t: Task<Message>) -> Action {
    match a {
        Action::None => Action::Run(t),
        Action::Run(a) => Action::Run(Task::batch([a, t])),
        other => other,
    }
}
