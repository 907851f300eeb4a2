//! `haven feed keygen|build|sign|corrections`: the publisher's side, through the use cases
//! of `haven::usecase::publish` and the feed's own (`haven::sync::feed`).

use super::failure::Failure;
use super::{Ctx, FeedAction, out};
use haven::i18n::{Locale, tr_args};
use haven::sync::feed;
use haven::usecase::publish::{self, SheetSource};
use std::process::ExitCode;

pub(super) fn feed_command(ctx: &Ctx, action: FeedAction) -> Result<ExitCode, Failure> {
    let locale = ctx.locale;
    let fail = |e: feed::FeedError| Err(Failure::Feed(e));
    match action {
        FeedAction::Keygen { out: dir } => match feed::keygen(&dir) {
            Ok((public, secret, base64)) => {
                say!(
                    "{}",
                    out(&tr_args(
                        locale,
                        "feed-keys-written",
                        &[
                            ("public", public.display().to_string().into()),
                            ("secret", secret.display().to_string().into()),
                            ("key", base64.into())
                        ]
                    ))
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => fail(e),
        },
        FeedAction::Build {
            from,
            out: dir,
            previous,
            feed_id,
            valid_days,
            publisher,
            source_url,
            country,
            map,
        } => {
            let given = SheetSource {
                publisher,
                source_url,
                country,
                map,
            };
            let source =
                publish::read_source(&from, given, locale.code()).map_err(Failure::Source)?;
            // What reading found is told before anything is refused.
            if let Some(p) = &source.sheet {
                super::import::print_prepared(p, locale);
            }
            for p in &source.hsds {
                super::output::complain(&p.message(locale));
            }
            let records = source.usable().map_err(Failure::Source)?;
            let mut shown = super::progress::Progress::new();
            let built = feed::build(
                records,
                &dir,
                previous.as_deref(),
                &feed_id,
                jiff::Span::new().hours(24 * valid_days.clamp(1, 3650)),
                &mut |p| show_build(&mut shown, p, locale),
            );
            shown.finish();
            match built {
                Ok(built) => {
                    say!(
                        "{}",
                        out(&tr_args(
                            locale,
                            "feed-built",
                            &[
                                ("sequence", built.manifest.sequence.into()),
                                ("count", built.manifest.snapshot.records.into()),
                                ("changes", built.delta_changes.unwrap_or(0).into()),
                                ("dir", dir.display().to_string().into())
                            ]
                        ))
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => fail(e),
            }
        }
        FeedAction::Corrections {
            files,
            into,
            accept,
        } => super::corrections::review(ctx, &files, &into, accept.as_deref()),
        FeedAction::Sign { dir, key } => match feed::sign(&dir, &key) {
            Ok(path) => {
                say!(
                    "{}",
                    out(&tr_args(
                        locale,
                        "feed-signed",
                        &[("path", path.display().to_string().into())]
                    ))
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => fail(e),
        },
    }
}

/// A step of `feed build` on the progress bar (or as a plain line). Its message counts
/// `records` of `of`; the bar stands at `done` of `total` (0: a spinner).
fn show_build(shown: &mut super::progress::Progress, p: feed::BuildProgress, locale: Locale) {
    use feed::BuildProgress as B;
    let (step, key, records, of, done, total) = match p {
        B::Checking { records } => (0, "feed-build-checking", 0, records, 0, 0),
        B::Lines { records } => (1, "feed-build-lines", 0, records, 0, 0),
        B::Indexing { records, total } => {
            (2, "feed-build-indexing", records, total, records, total)
        }
        B::Compacting => (3, "feed-build-packing", 0, 0, 0, 0),
        B::Packing { bytes, total } => (3, "feed-build-packing", 0, 0, bytes, total),
        B::Delta => (4, "feed-build-delta", 0, 0, 0, 0),
    };
    let args = [("records", records.into()), ("total", of.into())];
    shown.at(step, &out(&tr_args(locale, key, &args)), done, total);
}
