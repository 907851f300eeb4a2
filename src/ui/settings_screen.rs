//! Settings: interface language, theme, text size and the office details printed on
//! referral sheets. Every change is saved at once.

use super::style;
use super::widgets::{bold, dir_row, heading, hint, label, side, t};
use crate::i18n::Locale;
use crate::search::near::Near;
use crate::settings::{Paper, Settings, TEXT_SCALES, ThemeChoice};
use iced::widget::{Id, button, column, container, operation, scrollable, text_input};
use iced::{Element, Fill, Task};

/// One editable row, in keyboard order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Language,
    Theme,
    TextSize,
    Paper,
    Near,
    NearRegion,
    OfficeName,
    OfficeAddress,
    OfficePhone,
    Worker,
    FeedUrl,
    FeedKey,
    FeedProxy,
    CheckAtStart,
}

pub const ROWS: [Row; 14] = [
    Row::Language,
    Row::Theme,
    Row::TextSize,
    Row::Paper,
    Row::Near,
    Row::NearRegion,
    Row::OfficeName,
    Row::OfficeAddress,
    Row::OfficePhone,
    Row::Worker,
    Row::FeedUrl,
    Row::FeedKey,
    Row::FeedProxy,
    Row::CheckAtStart,
];

impl Row {
    fn input_id(self) -> Option<&'static str> {
        match self {
            Row::OfficeName => Some("office-name"),
            Row::OfficeAddress => Some("office-address"),
            Row::OfficePhone => Some("office-phone"),
            Row::Worker => Some("office-worker"),
            Row::FeedUrl => Some("feed-url"),
            Row::FeedKey => Some("feed-key"),
            Row::FeedProxy => Some("feed-proxy"),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    /// `None` follows the operating system.
    Language(Option<Locale>),
    Theme(ThemeChoice),
    TextScale(f32),
    Paper(Paper),
    /// The office's place (`CC` or `CC/REGION`), none for anywhere.
    Near(Option<String>),
    Office(Row, String),
    /// Check the feed each time Haven starts.
    CheckAtStart(bool),
    /// Update the directory from the feed now.
    SyncNow,
    /// Save, bring in or send on the office's own layer.
    Layer(LayerJob),
    /// A key: ↑/↓/Tab move between rows, ←/→ change the row's value (mirrored in Persian).
    Key(super::keys::Shortcut),
}

/// What the worker does with the office's layer from this screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayerJob {
    /// Save notes, flags, favourites and the office's records to a file.
    Export,
    /// Bring them in from a file (another PC's, or a new install's).
    Import,
    /// Save the office's corrections for the publisher.
    Corrections,
    /// Bring in a list of services the office keeps (a spreadsheet, an HSDS file).
    ImportList,
}

/// What the screen asks of the app.
pub enum Action {
    None,
    Run(Task<Message>),
    /// The settings as the worker changed them: the root keeps, saves and applies them
    /// (language, theme, the office's place).
    Changed(Box<Settings>),
    StartSync,
    Layer(LayerJob),
}

/// What `update` reads of the app.
pub struct Ctx<'a> {
    pub settings: &'a Settings,
    pub places: Places<'a>,
    pub locale: Locale,
}

/// What `view` reads of the app.
pub struct ViewCtx<'a> {
    pub settings: &'a Settings,
    pub places: Places<'a>,
    pub locale: Locale,
    /// An update from the feed is under way (no second one can start).
    pub syncing: bool,
    /// The directory is open (the layer's files can be saved and brought in).
    pub ready: bool,
}

/// The screen's own state: where the keyboard cursor is.
#[derive(Debug, Default)]
pub struct State {
    pub cursor: usize,
}

impl State {
    pub fn update(&mut self, message: Message, cx: &Ctx<'_>) -> Action {
        match message {
            Message::SyncNow => Action::StartSync,
            Message::Layer(job) => Action::Layer(job),
            Message::Key(k) => self.key(&k, cx),
            change => {
                let mut settings = cx.settings.clone();
                apply(&mut settings, change);
                if settings != *cx.settings {
                    Action::Changed(Box::new(settings))
                } else {
                    Action::None
                }
            }
        }
    }

    /// ↑/↓/Tab move between rows, ←/→ change the row's value (mirrored in Persian).
    fn key(&mut self, k: &super::keys::Shortcut, cx: &Ctx<'_>) -> Action {
        use super::keys::Shortcut as K;
        let n = ROWS.len();
        match k {
            K::Up | K::Down | K::NextPane | K::PreviousPane => {
                let down = matches!(k, K::Down | K::NextPane);
                self.cursor = if down {
                    (self.cursor + 1) % n
                } else {
                    (self.cursor + n - 1) % n
                };
                Action::Run(focus_row(ROWS[self.cursor]))
            }
            K::Left | K::Right => {
                let forward = matches!(k, K::Right) != cx.locale.is_rtl();
                match step(cx.settings, &cx.places, ROWS[self.cursor], forward) {
                    Some(m) => self.update(m, cx),
                    None => Action::None,
                }
            }
            _ => Action::None,
        }
    }

    pub fn view<'a>(&self, cx: &ViewCtx<'a>) -> Element<'a, Message> {
        view(cx, self.cursor)
    }
}

/// Applies a change to `settings`.
pub fn apply(settings: &mut Settings, message: Message) {
    match message {
        Message::SyncNow | Message::Layer(_) | Message::Key(_) => {}
        Message::Language(l) => settings.language = l,
        Message::Theme(th) => settings.theme = th,
        Message::TextScale(s) => settings.text_scale = s,
        Message::Paper(p) => settings.paper = p,
        // The choices are made from places the directory has: a key that does not read as
        // one (none can) leaves the place as it was.
        Message::Near(n) => match n.map(|k| Near::parse(&k)) {
            None => settings.near = None,
            Some(Ok(near)) => settings.near = Some(near),
            Some(Err(_)) => {}
        },
        Message::Office(row, value) => {
            // The feed's address and key are kept exactly as typed: what is wrong with them
            // is said beside the field (`feed_error`), nothing is taken out silently.
            let feed = &mut settings.feed;
            let typed = match row {
                Row::FeedUrl => Some(&mut feed.url),
                Row::FeedKey => Some(&mut feed.public_key),
                Row::FeedProxy => Some(&mut feed.proxy),
                _ => None,
            };
            if let Some(field) = typed {
                *field = value;
                return;
            }
            // One line each: a pasted line break or tab is a space (a pasted address keeps its
            // words apart); other controls and invisible direction marks, which would change
            // how the sheet reads, never enter.
            let value: String = value
                .chars()
                .map(|c| {
                    if matches!(c, '\n' | '\r' | '\t') {
                        ' '
                    } else {
                        c
                    }
                })
                .filter(|c| !c.is_control() && !crate::text::clean::is_hidden_control(*c))
                .take(200)
                .collect();
            let o = &mut settings.office;
            match row {
                Row::OfficeName => o.name = value,
                Row::OfficeAddress => o.address = value,
                Row::OfficePhone => o.phone = value,
                Row::Worker => o.worker = value,
                Row::FeedUrl | Row::FeedKey | Row::FeedProxy => {}
                _ => {}
            }
        }
        Message::CheckAtStart(on) => settings.feed.check_at_start = on,
    }
}

/// The choices of the office's place: anywhere, then each country of the directory; and
/// within the chosen country, the whole country, then each of its regions.
fn near_choices(settings: &Settings, places: &Places<'_>, row: Row) -> Vec<Option<String>> {
    let near = settings.near.clone();
    match (row, near) {
        (Row::Near, _) => std::iter::once(None)
            .chain(places.countries.iter().map(|c| Some(c.clone())))
            .collect(),
        (Row::NearRegion, Some(n)) => {
            let mut regions: Vec<&String> = places
                .regions
                .keys()
                .filter(|id| id.starts_with(&format!("{}/", n.country.key())))
                .collect();
            regions.sort();
            std::iter::once(Some(n.country.code().to_string()))
                .chain(regions.into_iter().map(|id| {
                    Some(
                        Near {
                            country: n.country.clone(),
                            region: Some(id.clone()),
                        }
                        .key(),
                    )
                }))
                .collect()
        }
        _ => Vec::new(),
    }
}

/// The directory's countries and regions, for the office's place.
pub struct Places<'a> {
    pub countries: &'a [String],
    pub regions: &'a std::collections::HashMap<String, crate::model::Text>,
}

/// ←/→ on a row of choices: the neighbouring choice.
pub fn step(settings: &Settings, places: &Places<'_>, row: Row, forward: bool) -> Option<Message> {
    fn neighbour<T: PartialEq + Clone>(all: &[T], cur: T, forward: bool) -> T {
        let i = all.iter().position(|x| *x == cur).unwrap_or(0);
        let n = all.len();
        all[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
        .clone()
    }
    match row {
        Row::Language => {
            let mut all: Vec<Option<Locale>> = vec![None];
            all.extend(Locale::ALL.iter().map(|l| Some(*l)));
            let cur = settings.language;
            Some(Message::Language(neighbour(&all, cur, forward)))
        }
        Row::Theme => Some(Message::Theme(neighbour(
            &ThemeChoice::ALL,
            settings.theme,
            forward,
        ))),
        Row::TextSize => {
            let cur = TEXT_SCALES
                .iter()
                .copied()
                .min_by(|a, b| {
                    (a - settings.text_scale)
                        .abs()
                        .total_cmp(&(b - settings.text_scale).abs())
                })
                .unwrap_or(1.0);
            Some(Message::TextScale(neighbour(&TEXT_SCALES, cur, forward)))
        }
        Row::Paper => Some(Message::Paper(neighbour(
            &[Paper::A4, Paper::Letter],
            settings.paper,
            forward,
        ))),
        Row::CheckAtStart => Some(Message::CheckAtStart(!settings.feed.check_at_start)),
        Row::Near | Row::NearRegion => {
            let all = near_choices(settings, places, row);
            let cur = match (row, settings.near.clone()) {
                (Row::Near, n) => n.map(|n| n.country.code().to_string()),
                (_, n) => n.map(|n| n.key()),
            };
            (!all.is_empty()).then(|| Message::Near(neighbour(&all, cur, forward)))
        }
        _ => None,
    }
}

/// Moving the cursor onto a text row puts the keyboard in its box.
pub fn focus_row(row: Row) -> Task<Message> {
    operation::focus(Id::new(row.input_id().unwrap_or("none")))
}

fn view<'a>(cx: &ViewCtx<'a>, cursor: usize) -> Element<'a, Message> {
    let (settings, places, locale) = (cx.settings, &cx.places, cx.locale);
    let (syncing, ready) = (cx.syncing, cx.ready);
    let sync_now = button(label(t(locale, "sync-now")))
        .padding([6, 12])
        .on_press_maybe(
            (!syncing && super::sync::configured(&settings.feed)).then_some(Message::SyncNow),
        )
        .style(style::primary);
    let rtl = locale.is_rtl();
    let at = |row: Row| ROWS.get(cursor) == Some(&row);
    let choice = |text: String, active: bool, cur: bool, msg: Message| -> Element<'a, Message> {
        button(label(text))
            .padding([4, 10])
            .on_press(msg)
            .style(style::chip(active, cur))
            .into()
    };
    let group =
        |title: String, items: Vec<Element<'a, Message>>, cur: bool| -> Element<'a, Message> {
            let head = if cur {
                format!("{} {}", super::widgets::forward(rtl), title)
            } else {
                title
            };
            column![
                side(bold(head), rtl),
                side(dir_row(rtl, items).spacing(6).wrap(), rtl)
            ]
            .spacing(4)
            .into()
        };

    let current = settings.language;
    let mut langs = vec![choice(
        t(locale, "settings-language-system"),
        current.is_none(),
        false,
        Message::Language(None),
    )];
    for l in Locale::ALL {
        langs.push(choice(
            l.native_name().to_string(),
            current == Some(l),
            false,
            Message::Language(Some(l)),
        ));
    }
    let themes = ThemeChoice::ALL
        .iter()
        .map(|th| {
            choice(
                t(locale, &format!("settings-theme-{}", th.key())),
                settings.theme == *th,
                false,
                Message::Theme(*th),
            )
        })
        .collect();
    let scales = TEXT_SCALES
        .iter()
        .map(|s| {
            let percent = crate::i18n::local_digits(&format!("{}%", (s * 100.0).round()), locale);
            choice(
                if locale.is_rtl() {
                    percent.replace('%', "٪")
                } else {
                    percent
                },
                (settings.text_scale - s).abs() < 0.01,
                false,
                Message::TextScale(*s),
            )
        })
        .collect();
    let papers = [Paper::A4, Paper::Letter]
        .iter()
        .map(|p| {
            let key = match p {
                Paper::A4 => "paper-a4",
                Paper::Letter => "paper-letter",
            };
            choice(
                t(locale, key),
                settings.paper == *p,
                false,
                Message::Paper(*p),
            )
        })
        .collect();

    let near = settings.near.clone();
    let near_countries = near_choices(settings, places, Row::Near)
        .into_iter()
        .map(|c| {
            let active = c.as_deref() == near.as_ref().map(|n| n.country.code());
            let name = match &c {
                Some(code) => crate::present::country(code, locale),
                None => t(locale, "settings-near-anywhere"),
            };
            choice(name, active, false, Message::Near(c))
        })
        .collect();
    let near_regions: Vec<Element<'a, Message>> = near_choices(settings, places, Row::NearRegion)
        .into_iter()
        .map(|key| {
            let place = key.as_deref().and_then(|k| Near::parse(k).ok());
            let name = match place.as_ref().and_then(|p| p.region.as_ref()) {
                Some(id) => places
                    .regions
                    .get(id)
                    .map(|t| crate::present::text(t, locale).to_string())
                    .unwrap_or_else(|| id.clone()),
                None => t(locale, "settings-near-whole-country"),
            };
            choice(name, place == near, false, Message::Near(key))
        })
        .collect();
    let input = |row: Row, title: &str, value: &'a str| -> Element<'a, Message> {
        let ph = t(locale, title);
        let mut i = text_input(&ph, value)
            .id(row.input_id().unwrap_or("none"))
            .on_input(move |v| Message::Office(row, v))
            .padding(6)
            .font(super::widgets::font_for(value, false));
        if rtl {
            i = i.align_x(iced::Right);
        }
        // What is wrong with the feed's address or key, beside it, as it is typed (nothing
        // while it is empty): the checks an update makes.
        let said = |e: crate::sync::SyncError| {
            crate::i18n::tr_args(
                locale,
                e.message_id(),
                &[("detail", e.detail(locale).into())],
            )
        };
        let wrong = match row {
            Row::FeedUrl => crate::sync::check_url(value).err().map(said),
            Row::FeedKey => crate::sync::check_key(value).err().map(said),
            Row::OfficePhone => settings.office_phone_problem(locale),
            _ => None,
        }
        .filter(|_| !value.trim().is_empty());
        let mut c = column![
            side(label(t(locale, title)).size(style::SMALL), rtl),
            super::guard::guard(i)
        ]
        .spacing(2);
        if let Some(said) = wrong {
            c = c.push(side(
                label(said).size(style::SMALL).style(style::danger),
                rtl,
            ));
        }
        c.into()
    };

    // Each opens a file dialog; only while the directory (and so the layer) is open.
    let layer_button = |key: &str, job: LayerJob| -> Element<'a, Message> {
        side(
            button(label(t(locale, key)))
                .padding([6, 12])
                .on_press_maybe(ready.then_some(Message::Layer(job)))
                .style(style::tool(false)),
            rtl,
        )
    };

    let o = &settings.office;
    // Two columns side by side (mirrored in Persian), so everything fits on one screen.
    let general = column![
        heading(t(locale, "settings-title"), rtl),
        group(t(locale, "settings-language"), langs, at(Row::Language)),
        group(t(locale, "settings-theme"), themes, at(Row::Theme)),
        group(t(locale, "settings-text-size"), scales, at(Row::TextSize)),
        group(t(locale, "settings-paper"), papers, at(Row::Paper)),
        group(t(locale, "settings-near"), near_countries, at(Row::Near)),
        if near_regions.is_empty() {
            column![].into()
        } else {
            group(
                t(locale, "settings-near-region"),
                near_regions,
                at(Row::NearRegion),
            )
        },
        heading(t(locale, "settings-office"), rtl),
        hint(t(locale, "settings-office-hint"), rtl),
        input(Row::OfficeName, "settings-office-name", &o.name),
        input(Row::OfficeAddress, "settings-office-address", &o.address),
        input(Row::OfficePhone, "settings-office-phone", &o.phone),
        input(Row::Worker, "settings-worker", &o.worker),
    ]
    .spacing(12)
    .width(Fill)
    .max_width(600);
    let feed = column![
        heading(t(locale, "settings-feed"), rtl),
        hint(t(locale, "settings-feed-hint"), rtl),
        side(sync_now, rtl),
        input(Row::FeedUrl, "settings-feed-url", &settings.feed.url),
        input(Row::FeedKey, "settings-feed-key", &settings.feed.public_key),
        input(Row::FeedProxy, "settings-feed-proxy", &settings.feed.proxy),
        group(
            t(locale, "settings-feed-at-start"),
            vec![
                choice(
                    t(locale, "settings-yes"),
                    settings.feed.check_at_start,
                    false,
                    Message::CheckAtStart(true)
                ),
                choice(
                    t(locale, "settings-no"),
                    !settings.feed.check_at_start,
                    false,
                    Message::CheckAtStart(false)
                ),
            ],
            at(Row::CheckAtStart)
        ),
        hint(t(locale, "settings-keys-hint"), rtl),
        heading(t(locale, "settings-layer"), rtl),
        hint(t(locale, "settings-layer-hint"), rtl),
        layer_button("settings-layer-export", LayerJob::Export),
        layer_button("settings-layer-import", LayerJob::Import),
        layer_button("settings-corrections-export", LayerJob::Corrections),
        layer_button("settings-import-list", LayerJob::ImportList),
    ]
    .spacing(12)
    .width(Fill)
    .max_width(600);
    let content = dir_row(rtl, vec![general.into(), feed.into()]).spacing(32);
    scrollable(container(content).padding(style::PAD * 2.0).width(Fill))
        .spacing(4)
        .into()
}
