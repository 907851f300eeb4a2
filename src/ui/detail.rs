//! The detail pane: every field of a record, its organisation, related records, and where
//! the information came from.

use super::search::ViewCtx;
use super::style;
use super::widgets::{self, dir_row, field, heading, hint, ltr_text, side, t, ta};
use crate::model::{Record, Text};
use crate::present;
use crate::store::Directory;
use iced::widget::{button, column, container, rule, scrollable};
use iced::{Element, Fill};

/// The width text has in the pane: the pane less its padding and the scroll bar.
const TEXT_WIDTH: f32 = style::DETAIL_WIDTH - 2.0 * style::PAD - 36.0;

/// Text broken into lines that fit the pane where its direction changes inside (Persian
/// with a number or a Latin name), which the toolkit's own wrapping gets wrong; see
/// `referral::layout::changes_direction`.
fn fit(s: String, size: f32, bold: bool, width: f32) -> String {
    crate::referral::layout::fit_width(&s, size, bold, width)
}

/// The pane's text (body size or smaller), fitted.
fn label<'a>(s: impl Into<String>) -> iced::widget::Text<'a> {
    widgets::label(fit(s.into(), style::BODY, false, TEXT_WIDTH))
}

/// The pane's bold text (body size or smaller), fitted.
fn bold<'a>(s: impl Into<String>) -> iced::widget::Text<'a> {
    widgets::bold(fit(s.into(), style::BODY, true, TEXT_WIDTH))
}

/// A record with what it links to, loaded on the directory thread.
#[derive(Debug, Clone)]
pub struct Detail {
    pub record: Record,
    pub organization: Option<(String, Text)>,
    pub related: Vec<(String, Text)>,
    /// For an organisation: the records it runs.
    pub runs: Vec<(String, Text)>,
}

pub fn load(dir: &mut Directory, id: &str) -> Option<Detail> {
    let record = dir.get(id).ok()??;
    let name_of = |id: &str| {
        dir.get(id)
            .ok()
            .flatten()
            .map(|r| (r.id.clone(), r.name.clone()))
    };
    let organization = record.organization.as_deref().and_then(name_of);
    let related = record.related.iter().filter_map(|i| name_of(i)).collect();
    let runs = if record.kind == crate::model::Kind::Organization {
        dir.run_by(&record.id).unwrap_or_default()
    } else {
        Vec::new()
    };
    Some(Detail {
        record,
        organization,
        related,
        runs,
    })
}

/// Something the keyboard cursor can land on and Enter performs.
#[derive(Debug, Clone, PartialEq)]
pub enum Act {
    AddToBasket(String),
    CopyPhone(String),
    OpenLink(String),
    OpenRecord(String),
}

/// The pane's actions, in the order they are drawn.
pub fn actions(d: &Detail) -> Vec<Act> {
    let r = &d.record;
    let mut v = vec![Act::AddToBasket(r.id.clone())];
    v.extend(r.phones.iter().map(|p| Act::CopyPhone(p.number.clone())));
    v.extend(
        r.channels
            .iter()
            .filter(|c| c.kind.is_link())
            .map(|c| Act::OpenLink(c.value.clone())),
    );
    if let Some((id, _)) = &d.organization {
        v.push(Act::OpenRecord(id.clone()));
    }
    v.extend(d.runs.iter().map(|(id, _)| Act::OpenRecord(id.clone())));
    v.extend(d.related.iter().map(|(id, _)| Act::OpenRecord(id.clone())));
    v.extend(
        r.sources
            .iter()
            .filter_map(|s| s.url.clone())
            .map(Act::OpenLink),
    );
    v
}

pub fn act_message(a: &Act) -> super::app::Message {
    use super::app::Message as App;
    match a {
        Act::AddToBasket(id) => App::AddToBasket(id.clone()),
        Act::CopyPhone(n) => App::Copy(n.clone()),
        Act::OpenLink(u) => App::OpenLink(u.clone()),
        Act::OpenRecord(id) => App::Search(super::search::Message::OpenId(id.clone())),
    }
}

pub fn view<'a>(
    d: &'a Detail,
    cx: &ViewCtx<'a>,
    focused: bool,
    cursor: usize,
) -> Element<'a, super::app::Message> {
    use super::app::Message as App;
    let locale = cx.locale;
    let lang = locale.code();
    let rtl = locale.is_rtl();
    let r = &d.record;
    let acts = actions(d);
    let at = |a: &Act| focused && acts.get(cursor) == Some(a);
    let link_button = |content: String, act: Act| -> Element<'a, App> {
        let cur = at(&act);
        side(
            button(label(content))
                .padding([2, 4])
                .on_press(act_message(&act))
                .style(style::link(cur)),
            rtl,
        )
    };

    let mut col = column![].spacing(10).width(Fill);
    let (name, original) = present::names(r, locale);
    let close = button(label("×"))
        .on_press(App::Search(super::search::Message::CloseDetail))
        .style(style::link(false));
    col = col.push(
        dir_row(
            rtl,
            vec![
                container(
                    widgets::bold(fit(name, style::TITLE, true, TEXT_WIDTH - 30.0))
                        .size(style::TITLE),
                )
                .width(Fill)
                .into(),
                close.into(),
            ],
        )
        .spacing(style::SPACE),
    );
    if let Some(o) = original {
        col = col.push(side(label(o).style(style::muted), rtl));
    }
    col = col.push(side(
        label(format!(
            "{} · {}",
            t(locale, &format!("kind-{}", r.kind.key())),
            present::categories(r, locale)
        ))
        .size(style::SMALL),
        rtl,
    ));
    let in_basket = cx.basket.contains(&r.id);
    let add_act = Act::AddToBasket(r.id.clone());
    col = col.push(side(
        button(label(if in_basket {
            t(locale, "basket-in")
        } else {
            t(locale, "basket-add")
        }))
        .on_press_maybe((!in_basket).then(|| act_message(&add_act)))
        .style(style::tool(at(&add_act))),
        rtl,
    ));
    if r.is_stale(cx.today) {
        col = col.push(
            container(label(t(locale, "field-stale")))
                .padding(6)
                .style(style::warning_box),
        );
    }
    if let Some(desc) = &r.description {
        col = col.push(side(label(present::text(desc, locale).to_string()), rtl));
    }
    col = col.push(field(
        t(locale, "field-place"),
        side(label(present::place(r, locale)), rtl),
        rtl,
    ));
    if let Some((id, name)) = &d.organization {
        col = col.push(field(
            t(locale, "field-organization"),
            link_button(
                present::text(name, locale).to_string(),
                Act::OpenRecord(id.clone()),
            ),
            rtl,
        ));
    }
    for loc in &r.locations {
        let mut lines = column![].spacing(4);
        if loc.confidential {
            lines = lines.push(
                container(bold(t(locale, "field-address-confidential")))
                    .padding(8)
                    .width(Fill)
                    .style(style::warning_box),
            );
            if let Some(a) = &loc.address {
                lines = lines.push(side(label(present::text(a, locale).to_string()), rtl));
            }
        } else if let Some(a) = &loc.address {
            lines = lines.push(side(label(present::text(a, locale).to_string()), rtl));
        }
        if let Some(c) = &loc.city {
            lines = lines.push(side(label(present::text(c, locale).to_string()), rtl));
        }
        if let Some(n) = &loc.note {
            lines = lines.push(side(
                label(present::text(n, locale).to_string()).size(style::SMALL),
                rtl,
            ));
        }
        col = col.push(field(t(locale, "field-address"), lines.into(), rtl));
    }
    if !r.phones.is_empty() {
        let mut phones = column![].spacing(2);
        for p in &r.phones {
            let mut s = format!("{} {}", t(locale, "phone-short"), ltr_text(&p.display, rtl));
            for fact in present::phone_facts(p, locale) {
                s.push_str(" · ");
                s.push_str(&fact);
            }
            phones = phones.push(link_button(s, Act::CopyPhone(p.number.clone())));
            if let Some(l) = &p.label {
                phones = phones.push(side(
                    label(present::text(l, locale).to_string()).size(style::SMALL),
                    rtl,
                ));
            }
        }
        phones = phones.push(hint(t(locale, "detail-copy-hint"), rtl));
        col = col.push(field(t(locale, "field-phones"), phones.into(), rtl));
    }
    let links: Vec<_> = r.channels.iter().collect();
    if !links.is_empty() {
        let mut c = column![].spacing(2);
        for ch in links {
            let name = t(locale, &format!("channel-{}", ch.kind.key()));
            let shown = ch
                .label
                .as_ref()
                .map(|l| present::text(l, locale).to_string())
                .unwrap_or(name);
            if ch.kind.is_link() {
                c = c.push(link_button(
                    format!("{shown}: {}", ltr_text(&ch.value, rtl)),
                    Act::OpenLink(ch.value.clone()),
                ));
            } else {
                c = c.push(side(label(format!("{shown}: {}", ch.value)), rtl));
            }
        }
        col = col.push(field(t(locale, "field-channels"), c.into(), rtl));
    }
    if let Some(h) = &r.hours {
        col = col.push(field(
            t(locale, "field-hours"),
            side(label(present::hours(h, locale)), rtl),
            rtl,
        ));
    }
    if let Some(p) = &r.period {
        col = col.push(field(
            t(locale, "field-period"),
            side(label(present::period(p, locale)), rtl),
            rtl,
        ));
    }
    if !r.languages.is_empty() {
        col = col.push(field(
            t(locale, "field-languages"),
            side(label(present::languages(r, locale)), rtl),
            rtl,
        ));
    }
    if !r.target_groups.is_empty() {
        col = col.push(field(
            t(locale, "field-targets"),
            side(label(present::targets(r, locale)), rtl),
            rtl,
        ));
    }
    for (id, value) in [
        ("field-eligibility", &r.eligibility),
        ("field-bring", &r.what_to_bring),
        ("field-expect", &r.what_to_expect),
    ] {
        if let Some(v) = value {
            col = col.push(field(
                t(locale, id),
                side(label(present::text(v, locale).to_string()), rtl),
                rtl,
            ));
        }
    }
    if !r.steps.is_empty() {
        let mut steps = column![].spacing(8);
        for (i, s) in r.steps.iter().enumerate() {
            let mut head = format!(
                "{}. {}",
                ltr_text(&(i + 1).to_string(), rtl),
                present::text(&s.actor, locale)
            );
            if let Some(f) = &s.form {
                head.push_str(&format!(
                    " — {}",
                    ta(locale, "field-step-form", &[("form", f.as_str().into())])
                ));
            }
            let mut step = column![
                side(bold(head), rtl),
                side(label(present::text(&s.action, locale).to_string()), rtl)
            ]
            .spacing(2);
            if let Some(dl) = &s.deadline {
                step = step.push(side(
                    label(ta(
                        locale,
                        "field-step-deadline",
                        &[("deadline", present::text(dl, locale).into())],
                    ))
                    .size(style::SMALL),
                    rtl,
                ));
            }
            if let Some(e) = &s.client_expects {
                step = step.push(side(
                    label(ta(
                        locale,
                        "field-step-expects",
                        &[("text", present::text(e, locale).into())],
                    ))
                    .size(style::SMALL)
                    .style(style::muted),
                    rtl,
                ));
            }
            steps = steps.push(step);
        }
        col = col.push(field(t(locale, "field-steps"), steps.into(), rtl));
    }
    if let Some(j) = &r.jurisdiction {
        col = col.push(field(
            t(locale, "field-jurisdiction"),
            side(label(present::country(j, locale)), rtl),
            rtl,
        ));
    }
    if !r.legal_basis.is_empty() {
        let mut acts = column![].spacing(4);
        for a in &r.legal_basis {
            let mut s = present::text(&a.title, locale).to_string();
            if let Some(c) = &a.citation {
                s.push_str(&format!(" ({})", ltr_text(c, rtl)));
            }
            acts = acts.push(side(label(s).size(style::SMALL), rtl));
        }
        col = col.push(field(t(locale, "field-legal-basis"), acts.into(), rtl));
    }
    // Records this organisation runs, then related records: each a link that opens it.
    for (key, links) in [("detail-runs", &d.runs), ("field-related", &d.related)] {
        if links.is_empty() {
            continue;
        }
        let mut c = column![].spacing(2);
        for (id, name) in links {
            c = c.push(link_button(
                present::text(name, locale).to_string(),
                Act::OpenRecord(id.clone()),
            ));
        }
        col = col.push(field(t(locale, key), c.into(), rtl));
    }
    col = col.push(rule::horizontal(1));
    col = col.push(heading(t(locale, "field-sources"), rtl));
    for s in &r.sources {
        if let (Some(file), Some(quote)) = (&s.seed, &s.quote) {
            col = col.push(side(
                label(ta(
                    locale,
                    "field-source-seed",
                    &[("file", file.as_str().into())],
                ))
                .size(style::SMALL)
                .style(style::muted),
                rtl,
            ));
            col = col.push(side(label(format!("«{quote}»")).size(style::SMALL), rtl));
        } else if let Some(url) = &s.url {
            let mut what = s.publisher.clone().unwrap_or_default();
            if let Some(p) = &s.published {
                what.push_str(&format!(" ({})", ltr_text(p, rtl)));
            }
            if let Some(sup) = &s.supports {
                what.push_str(&format!(" — {sup}"));
            }
            col = col.push(side(label(what).size(style::SMALL), rtl));
            col = col.push(link_button(ltr_text(url, rtl), Act::OpenLink(url.clone())));
        }
    }
    col = col.push(side(
        label(ta(
            locale,
            "field-verified",
            &[
                ("date", present::date(r.verified_at, locale).into()),
                ("who", r.verified_by.as_str().into()),
            ],
        ))
        .size(style::SMALL)
        .style(style::muted),
        rtl,
    ));
    col = col.push(hint(format!("{}: {}", t(locale, "field-id"), r.id), rtl));
    let _ = lang;
    scrollable(container(col).padding(style::PAD))
        .spacing(4)
        .height(Fill)
        .into()
}
