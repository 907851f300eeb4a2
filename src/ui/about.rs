//! About and data sources: the program and directory versions, records per country, and the
//! five seed documents the directory's first content was drawn from.

use super::style;
use super::widgets::{bold, dir_row, heading, hint, label, ltr_text, side, t, ta};
use crate::i18n::Locale;
use crate::model::SEEDS;
use crate::present;
use crate::usecase::{DirectoryInfo, Origin};
use iced::widget::{column, container, scrollable};
use iced::{Element, Fill};

/// What the About screen shows of the directory, read on the directory thread.
pub type Info = DirectoryInfo;

/// `data_dir`: where the directory is kept, and whether beside the program (portable mode).
pub fn view<'a, M: 'a>(
    info: Option<&'a Info>,
    data_dir: (&std::path::Path, bool),
    locale: Locale,
) -> Element<'a, M> {
    let rtl = locale.is_rtl();
    let mut col = column![
        heading(t(locale, "about-title"), rtl),
        side(label(t(locale, "app-tagline")), rtl),
        side(
            label(ta(
                locale,
                "about-version",
                &[("version", env!("CARGO_PKG_VERSION").into())]
            )),
            rtl
        ),
    ]
    .spacing(10)
    .max_width(760);

    col = col.push(heading(t(locale, "about-directory"), rtl));
    match info {
        None => col = col.push(side(label(t(locale, "search-loading")), rtl)),
        Some(info) => {
            let origin = match &info.origin {
                Origin::Bundled { hash } => ta(
                    locale,
                    "about-origin-bundled",
                    &[("version", ltr_text(hash, rtl).into())],
                ),
                Origin::Feed { feed_id, sequence } => ta(
                    locale,
                    "about-origin-feed",
                    &[
                        ("feed", ltr_text(feed_id, rtl).into()),
                        ("sequence", (*sequence).into()),
                    ],
                ),
            };
            col = col.push(side(label(origin), rtl));
            if let Some(u) = info
                .updated_at
                .as_deref()
                .and_then(|u| u.parse::<jiff::Timestamp>().ok())
            {
                let date = u.to_zoned(jiff::tz::TimeZone::system()).date();
                col = col.push(side(
                    label(ta(
                        locale,
                        "about-updated",
                        &[("date", present::date(date, locale).into())],
                    )),
                    rtl,
                ));
            }
            col = col.push(side(
                bold(ta(locale, "about-total", &[("count", info.total.into())])),
                rtl,
            ));
            for (cc, n) in &info.per_country {
                let name = present::country(cc, locale);
                let count = ltr_text(&crate::i18n::number(*n, locale), rtl);
                if rtl {
                    // One line on the reading side: as two columns, Persian drew the rows
                    // at the window's left edge, each count against its name.
                    col = col.push(side(label(format!("{name}: {count}")), rtl));
                } else {
                    col = col.push(dir_row(
                        rtl,
                        vec![label(name).width(220).into(), label(count).into()],
                    ));
                }
            }
        }
    }

    // The folder on a line of its own: inside a Persian sentence a path's leading `/` has no
    // direction of its own and would be drawn at its end.
    let (dir, portable) = data_dir;
    let kept = if portable {
        "about-portable-here"
    } else {
        "about-kept-here"
    };
    col = col.push(hint(t(locale, kept), rtl));
    col = col.push(hint(dir.display().to_string(), rtl));

    col = col.push(heading(t(locale, "about-seeds"), rtl));
    col = col.push(hint(t(locale, "about-seeds-hint"), rtl));
    for p in &SEEDS {
        let mut cited = present::cite(p, locale);
        if p.published.is_none() {
            cited = format!("{cited} ({})", t(locale, "about-seed-undated"));
        }
        let mut seed = column![
            side(
                bold(format!(
                    "{} — {}",
                    present::language(p.lang, locale),
                    t(locale, p.subject)
                )),
                rtl
            ),
            side(label(cited), rtl),
        ]
        .spacing(2);
        if let Some(url) = p.url {
            seed = seed.push(hint(ltr_text(url, rtl), rtl));
        }
        col = col.push(seed.push(hint(p.file, rtl)));
    }
    col = col.push(heading(t(locale, "about-helplines"), rtl));
    col = col.push(side(label(t(locale, "about-helplines-text")), rtl));
    col = col.push(heading(t(locale, "about-privacy"), rtl));
    col = col.push(side(label(t(locale, "about-privacy-text")), rtl));
    col = col.push(hint(t(locale, "about-fonts"), rtl));
    scrollable(container(col).padding(style::PAD * 2.0).width(Fill))
        .spacing(4)
        .into()
}
