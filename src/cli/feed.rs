//! `haven feed keygen|build|sign`: the publisher's side.

use super::{FeedAction, out, print_error};
use haven::i18n::{Locale, tr_args};
use haven::store::StoreError;
use std::process::ExitCode;

pub(super) fn feed_command(action: FeedAction, locale: Locale) -> Result<ExitCode, StoreError> {
    use haven::sync::feed;
    let fail = |e: feed::FeedError| {
        print_error(locale, &e);
        Ok(ExitCode::FAILURE)
    };
    match action {
        FeedAction::Keygen { out: dir } => match feed::keygen(&dir) {
            Ok((public, secret, base64)) => {
                println!(
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
        } => {
            let records = match feed::read_records_dir(&from) {
                Ok(r) => r,
                Err(e) => return fail(e),
            };
            match feed::build(
                records,
                &dir,
                previous.as_deref(),
                &feed_id,
                jiff::Span::new().hours(24 * valid_days.clamp(1, 3650)),
            ) {
                Ok(built) => {
                    println!(
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
        } => super::corrections::review(&files, &into, accept.as_deref(), locale),
        FeedAction::Sign { dir, key } => match feed::sign(&dir, &key) {
            Ok(path) => {
                println!(
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
