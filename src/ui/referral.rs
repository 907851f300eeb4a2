//! The referral basket and the sheet composer: order the chosen services, pick the client's
//! language, write a note, look at the preview, save or print.
//!
//! Nothing here is written to disk but the PDF the worker saves (or hands to the printer):
//! the basket and the note live in memory for the session only.

use super::blocking;
use super::db::Db;
use super::style;
use super::widgets::{bold, dir_row, heading, hint, label, side, t, ta};
use crate::i18n::Locale;
use crate::model::{Record, Text};
use crate::present;
use crate::referral::{self, Item, Page, Request};
use crate::settings::{Office, Paper};
use iced::widget::{
    Space, button, column, container, pin, row, scrollable, stack, text, text_editor,
};
use iced::{Color, Element, Fill, Task};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// How big the preview draws a page: pixels per PDF point.
const PREVIEW_SCALE: f32 = 0.85;

#[derive(Debug, Clone)]
pub enum Message {
    /// The basket's records (and their organisations' names) arrived.
    Loaded(Vec<Record>, HashMap<String, Text>),
    /// Choose the sheet's language.
    SheetLanguage(Locale),
    /// Choose the paper size.
    Paper(Paper),
    /// The note was edited.
    Note(text_editor::Action),
    /// Move a basket entry up (-1) or down (+1).
    Move(usize, i32),
    /// Take an entry out of the basket.
    Remove(usize),
    /// Empty the basket.
    Clear,
    /// The preview was laid out.
    PreviewReady(u64, Result<Arc<Vec<Page>>, String>),
    /// Show another page of the preview.
    PreviewPage(usize),
    /// Ask where to save the PDF.
    Save,
    /// The PDF was written (or not).
    Saved(Result<PathBuf, String>),
    /// Hand the sheet to the printer or the PDF viewer.
    Print,
    /// The sheet went to the printer (or not).
    Printed(Result<String, String>),
}

/// What the composer says after an action, translated when drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Working,
    Saved(PathBuf),
    Printed(String),
    Failed(String),
}

#[derive(Debug)]
pub struct State {
    pub sheet_locale: Locale,
    pub records: Vec<Record>,
    pub organizations: HashMap<String, Text>,
    pub note: text_editor::Content,
    pub preview: Option<Arc<Vec<Page>>>,
    pub preview_error: Option<String>,
    pub page: usize,
    pub status: Option<Status>,
    seq: u64,
}

impl State {
    pub fn new(sheet_locale: Locale) -> State {
        State {
            sheet_locale,
            records: Vec::new(),
            organizations: HashMap::new(),
            note: text_editor::Content::new(),
            preview: None,
            preview_error: None,
            page: 0,
            status: None,
            seq: 0,
        }
    }

    /// The note as typed.
    pub fn note_text(&self) -> String {
        self.note.text()
    }

    fn request(&self, office: &Office, paper: Paper, today: jiff::civil::Date) -> Request {
        Request {
            records: self.records.clone(),
            organizations: self.organizations.clone(),
            locale: self.sheet_locale,
            office: office.clone(),
            note: self.note_text(),
            paper,
            date: today,
        }
    }

    /// Lays the sheet out again for the preview, off the UI thread.
    pub fn refresh(
        &mut self,
        office: &Office,
        paper: Paper,
        today: jiff::civil::Date,
    ) -> Task<Message> {
        if self.records.is_empty() {
            self.preview = None;
            return Task::none();
        }
        self.seq += 1;
        let seq = self.seq;
        let req = self.request(office, paper, today);
        Task::perform(
            blocking(move || {
                let sheet = referral::compose(&req).map_err(|e| e.to_string())?;
                let mut fonts = referral::Fonts::new();
                Ok(Arc::new(referral::layout::layout(&sheet, &mut fonts)))
            }),
            move |r| Message::PreviewReady(seq, r),
        )
    }

    /// Makes the PDF off the UI thread.
    pub fn make_pdf(
        &self,
        office: &Office,
        paper: Paper,
        today: jiff::civil::Date,
    ) -> impl Future<Output = Result<Vec<u8>, String>> + Send + 'static {
        let req = self.request(office, paper, today);
        blocking(move || referral::make_pdf(&req).map_err(|e| e.to_string()))
    }
}

/// Loads the basket's records on the directory thread.
pub fn load(db: &Db, ids: Vec<String>) -> Task<Message> {
    Task::perform(
        db.run(move |d| {
            let mut records = Vec::new();
            let mut orgs = HashMap::new();
            for id in &ids {
                if let Ok(Some(r)) = d.get(id) {
                    if let Some(org) = &r.organization
                        && let Ok(Some(o)) = d.get(org)
                    {
                        orgs.insert(o.id.clone(), o.name.clone());
                    }
                    records.push(r);
                }
            }
            (records, orgs)
        }),
        |r| {
            let (records, orgs) = r.unwrap_or_default();
            Message::Loaded(records, orgs)
        },
    )
}

/// Asks where to save (a native dialog), then writes the PDF there. When the desktop offers no
/// dialog at all, saves into `fallback_dir` under a dated name and says so.
pub async fn save_dialog(
    pdf: impl Future<Output = Result<Vec<u8>, String>>,
    folder: Option<PathBuf>,
    fallback_dir: PathBuf,
    file_name: String,
) -> Result<Option<PathBuf>, String> {
    let started = std::time::Instant::now();
    let mut dialog = rfd::AsyncFileDialog::new()
        .set_file_name(&file_name)
        .add_filter("PDF", &["pdf"]);
    if let Some(f) = &folder {
        dialog = dialog.set_directory(f);
    }
    let chosen = dialog.save_file().await;
    let path = match chosen {
        Some(handle) => handle.path().to_path_buf(),
        // A person takes longer than this to cancel: no dialog could be shown.
        None if started.elapsed() < std::time::Duration::from_millis(250) => {
            fallback_dir.join(&file_name)
        }
        None => return Ok(None),
    };
    let bytes = pdf.await?;
    let target = path.clone();
    blocking(move || {
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        std::fs::write(&target, bytes).map_err(|e| e.to_string())
    })
    .await?;
    Ok(Some(path))
}

/// Prints: pipes the PDF to CUPS' `lp` when it runs (no file is written), otherwise writes it
/// to a temporary file and opens the system's PDF viewer, which prints.
pub async fn print(
    pdf: impl Future<Output = Result<Vec<u8>, String>>,
    temp: PathBuf,
) -> Result<String, String> {
    let bytes = pdf.await?;
    blocking(move || {
        use std::io::Write;
        if let Ok(mut child) = std::process::Command::new("lp")
            .args(["-t", "Haven referral", "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
        {
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(&bytes).map_err(|e| e.to_string())?;
            }
            let out = child.wait_with_output().map_err(|e| e.to_string())?;
            if out.status.success() {
                return Ok(String::from_utf8_lossy(&out.stdout).trim().to_string());
            }
        }
        std::fs::write(&temp, &bytes).map_err(|e| e.to_string())?;
        open::that_detached(&temp).map_err(|e| e.to_string())?;
        Ok(temp.display().to_string())
    })
    .await
}

pub struct ViewCtx<'a> {
    pub locale: Locale,
    pub paper: Paper,
    pub office: &'a Office,
}

pub fn view<'a>(state: &'a State, cx: &ViewCtx<'a>) -> Element<'a, super::app::Message> {
    use super::app::Message as App;
    let locale = cx.locale;
    let rtl = locale.is_rtl();
    let msg = |m: Message| App::Referral(m);

    // The basket.
    let mut basket = column![heading(t(locale, "referral-basket"), rtl)].spacing(6);
    if state.records.is_empty() {
        basket = basket.push(side(
            label(t(locale, "referral-empty")).style(style::muted),
            rtl,
        ));
    }
    let n = state.records.len();
    for (i, r) in state.records.iter().enumerate() {
        let (name, _) = present::names(r, locale);
        let tools = row![
            button(label(t(locale, "referral-up")).size(style::SMALL))
                .on_press_maybe((i > 0).then(|| msg(Message::Move(i, -1))))
                .style(style::tool(false)),
            button(label(t(locale, "referral-down")).size(style::SMALL))
                .on_press_maybe((i + 1 < n).then(|| msg(Message::Move(i, 1))))
                .style(style::tool(false)),
            button(label(t(locale, "referral-remove")).size(style::SMALL))
                .on_press(msg(Message::Remove(i)))
                .style(style::tool(false)),
        ]
        .spacing(4);
        basket = basket.push(
            container(
                column![
                    side(bold(format!("{}. {name}", i + 1)).size(style::SMALL), rtl),
                    side(tools, rtl)
                ]
                .spacing(4),
            )
            .padding(6)
            .width(Fill)
            .style(style::card),
        );
    }
    if n > 0 {
        basket = basket.push(side(
            button(label(t(locale, "referral-clear")))
                .on_press(msg(Message::Clear))
                .style(style::link(false)),
            rtl,
        ));
    }

    // The options.
    let langs = dir_row(
        rtl,
        Locale::ALL
            .iter()
            .map(|l| {
                button(label(l.native_name()))
                    .padding([4, 8])
                    .on_press(msg(Message::SheetLanguage(*l)))
                    .style(style::chip(state.sheet_locale == *l, false))
                    .into()
            })
            .collect(),
    )
    .spacing(4)
    .wrap();
    let papers = dir_row(
        rtl,
        [(Paper::A4, "paper-a4"), (Paper::Letter, "paper-letter")]
            .into_iter()
            .map(|(p, id)| {
                button(label(t(locale, id)))
                    .padding([4, 8])
                    .on_press(msg(Message::Paper(p)))
                    .style(style::chip(cx.paper == p, false))
                    .into()
            })
            .collect(),
    )
    .spacing(4);
    let office = if cx.office.name.trim().is_empty() {
        t(locale, "referral-no-office")
    } else {
        [&cx.office.name, &cx.office.address, &cx.office.phone]
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let note = text_editor(&state.note)
        .placeholder(t(locale, "referral-note-placeholder"))
        .on_action(move |a| msg(Message::Note(a)))
        .height(110)
        .font(super::widgets::font_for(&state.note_text(), false));
    let ready = n > 0 && state.status != Some(Status::Working);
    let actions = dir_row(
        rtl,
        vec![
            button(label(t(locale, "referral-save")))
                .padding([6, 12])
                .on_press_maybe(ready.then(|| msg(Message::Save)))
                .style(style::primary)
                .into(),
            button(label(t(locale, "referral-print")))
                .padding([6, 12])
                .on_press_maybe(ready.then(|| msg(Message::Print)))
                .style(style::tool(false))
                .into(),
        ],
    )
    .spacing(8);
    let status: Option<Element<'a, App>> = state.status.as_ref().map(|s| {
        let (text, error) = match s {
            Status::Working => (t(locale, "referral-working"), false),
            Status::Saved(p) => (
                ta(
                    locale,
                    "referral-saved",
                    &[("path", p.display().to_string().into())],
                ),
                false,
            ),
            Status::Printed(job) => (
                ta(locale, "referral-printed", &[("job", job.as_str().into())]),
                false,
            ),
            Status::Failed(e) => (
                ta(locale, "referral-failed", &[("detail", e.as_str().into())]),
                true,
            ),
        };
        let l = label(text);
        side(if error { l.style(style::danger) } else { l }, rtl)
    });
    let options = column![
        heading(t(locale, "referral-sheet-language"), rtl),
        side(langs, rtl),
        hint(t(locale, "referral-sheet-language-hint"), rtl),
        heading(t(locale, "settings-paper"), rtl),
        side(papers, rtl),
        heading(t(locale, "settings-office"), rtl),
        side(label(office).size(style::SMALL), rtl),
        heading(t(locale, "referral-note"), rtl),
        hint(t(locale, "referral-note-hint"), rtl),
        note,
    ]
    .spacing(8);

    let left = container(scrollable(column![basket, options].spacing(18)).spacing(4))
        .width(360)
        .height(Fill)
        .padding(style::PAD)
        .style(style::panel);
    // Save and Print sit above the preview, always in view.
    let mut top = column![side(actions, rtl)].spacing(6);
    if let Some(s) = status {
        top = top.push(s);
    }
    let right = container(column![top, preview(state, locale)].spacing(8))
        .width(Fill)
        .height(Fill)
        .padding(style::PAD)
        .style(style::panel);
    dir_row(rtl, vec![left.into(), right.into()])
        .spacing(style::SPACE)
        .height(Fill)
        .into()
}

/// The preview: the very lines and boxes the PDF draws, placed at the same positions.
fn preview<'a>(state: &'a State, locale: Locale) -> Element<'a, super::app::Message> {
    use super::app::Message as App;
    let rtl = locale.is_rtl();
    let Some(pages) = &state.preview else {
        let msg = match (&state.preview_error, state.records.is_empty()) {
            (Some(e), _) => ta(locale, "referral-failed", &[("detail", e.as_str().into())]),
            (None, true) => t(locale, "referral-empty"),
            (None, false) => t(locale, "referral-working"),
        };
        return side(label(msg), rtl);
    };
    let i = state.page.min(pages.len().saturating_sub(1));
    let Some(page) = pages.get(i) else {
        return Space::new().into();
    };
    let s = PREVIEW_SCALE;
    let mut layers: Vec<Element<'a, App>> = vec![
        container(Space::new().width(page.width * s).height(page.height * s))
            .style(|_| container::Style::default().background(Color::WHITE))
            .into(),
    ];
    for item in &page.items {
        match item {
            Item::Line(line) => {
                let font = match (line.arabic_font, line.style.bold()) {
                    (true, false) => style::NASKH,
                    (true, true) => style::NASKH_BOLD,
                    (false, false) => style::SANS,
                    (false, true) => style::SANS_BOLD,
                };
                let gray = if line.muted { 0.33 } else { 0.0 };
                layers.push(
                    pin(text(line.visible.clone())
                        .font(font)
                        .size(line.size * s)
                        .line_height(iced::widget::text::LineHeight::Absolute(
                            (line.height * s).into(),
                        ))
                        .wrapping(iced::widget::text::Wrapping::None)
                        .color(Color::from_rgb(gray, gray, gray)))
                    .position(iced::Point::new(line.ink_x * s, line.top * s))
                    .into(),
                );
            }
            Item::Fill { x, y, w, h, gray } => {
                let g = f32::from(*gray) / 255.0;
                layers.push(
                    pin(
                        container(Space::new().width(w * s).height((h * s).max(1.0))).style(
                            move |_| {
                                container::Style::default().background(Color::from_rgb(g, g, g))
                            },
                        ),
                    )
                    .position(iced::Point::new(x * s, y * s))
                    .into(),
                );
            }
            Item::Frame { x, y, w, h } => {
                layers.push(
                    pin(
                        container(Space::new().width(w * s).height(h * s)).style(|_| {
                            container::Style::default().border(
                                iced::border::width(1).color(Color::from_rgb(0.35, 0.35, 0.35)),
                            )
                        }),
                    )
                    .position(iced::Point::new(x * s, y * s))
                    .into(),
                );
            }
            Item::Qr {
                x,
                y,
                size,
                n,
                modules,
                ..
            } => {
                let quiet = referral::layout::QR_QUIET;
                let m = size * s / (*n + 2 * quiet) as f32;
                for (r, start, len) in referral::layout::qr_runs(*n, modules) {
                    layers.push(
                        pin(container(Space::new().width(len as f32 * m).height(m))
                            .style(|_| container::Style::default().background(Color::BLACK)))
                        .position(iced::Point::new(
                            x * s + (start + quiet) as f32 * m,
                            y * s + (r + quiet) as f32 * m,
                        ))
                        .into(),
                    );
                }
            }
        }
    }
    let page_view =
        container(stack(layers).width(page.width * s).height(page.height * s)).style(|_| {
            container::Style::default()
                .border(iced::border::width(1).color(Color::from_rgb(0.6, 0.6, 0.6)))
        });
    let nav = dir_row(
        rtl,
        vec![
            button(label(super::widgets::back(rtl)))
                .on_press_maybe((i > 0).then(|| App::Referral(Message::PreviewPage(i - 1))))
                .style(style::tool(false))
                .into(),
            label(ta(
                locale,
                "referral-preview-page",
                &[("page", (i + 1).into()), ("pages", pages.len().into())],
            ))
            .into(),
            button(label(super::widgets::forward(rtl)))
                .on_press_maybe(
                    (i + 1 < pages.len()).then(|| App::Referral(Message::PreviewPage(i + 1))),
                )
                .style(style::tool(false))
                .into(),
        ],
    )
    .spacing(8)
    .align_y(iced::Center);
    column![
        side(nav, rtl),
        scrollable(container(page_view).padding(4))
            .spacing(4)
            .height(Fill),
    ]
    .spacing(8)
    .into()
}
