//! Why a sync did not happen, and what a finished one says, in the worker's language.

use super::Outcome;
use crate::store::StoreError;

/// Why a sync did not happen. Each has a translated message (`sync-error-*`).
#[derive(Debug, Clone, thiserror::Error)]
pub enum SyncError {
    #[error("no feed is set up")]
    NotConfigured,
    #[error("the feed address must use https: {0}")]
    InsecureUrl(String),
    /// The feed's address as given is not a web address (spaces inside, no scheme, …).
    #[error("not a web address: {0}")]
    BadUrl(String),
    /// A signed manifest names a payload on another host, port or scheme than its own.
    #[error("the manifest names a file elsewhere: {0}")]
    ForeignPayload(String),
    #[error("the publisher's key is not a minisign public key: {0}")]
    BadKey(String),
    #[error("the feed cannot be reached: {0}")]
    Offline(String),
    #[error("the server answered {0}")]
    Http(u16),
    #[error("the feed's signature does not match the publisher's key: {0}")]
    BadSignature(String),
    #[error("the manifest cannot be read: {0}")]
    BadManifest(String),
    #[error("the feed is older ({got}) than the directory ({have}); refused")]
    Rollback { have: u64, got: u64 },
    #[error("the feed expired on {0}; refused")]
    Expired(String),
    #[error("the feed needs Haven {0} or newer")]
    TooNew(String),
    #[error("{file}: the download stopped after {got} of {expected} bytes")]
    Truncated {
        file: String,
        expected: u64,
        got: u64,
    },
    #[error("{file}: still not downloaded after {seconds} s")]
    TooSlow { file: String, seconds: u64 },
    #[error("{file}: larger than allowed ({limit} bytes)")]
    TooLarge { file: String, limit: u64 },
    #[error("{file}: the content does not match its checksum")]
    Checksum { file: String },
    #[error("{file}, line {line}: {detail}")]
    BadFeed {
        file: String,
        line: u64,
        detail: String,
    },
    #[error("the cancel button was pressed")]
    Cancelled,
    /// Another Haven on this computer is updating the directory.
    #[error("another update is running")]
    Busy,
    #[error("the server's certificate is not trusted: {0}")]
    Untrusted(String),
    #[error("the directory could not be updated: {0}")]
    Store(#[source] StoreError),
}

impl From<StoreError> for SyncError {
    fn from(e: StoreError) -> Self {
        SyncError::Store(e)
    }
}

impl SyncError {
    /// The Fluent id of the message a worker sees.
    pub fn message_id(&self) -> &'static str {
        match self {
            SyncError::NotConfigured => "sync-error-not-configured",
            SyncError::InsecureUrl(_) => "sync-error-insecure",
            SyncError::ForeignPayload(_) => "sync-error-foreign",
            SyncError::BadUrl(_) => "sync-error-bad-url",
            SyncError::BadKey(_) => "sync-error-bad-key",
            SyncError::Offline(_) => "sync-error-offline",
            SyncError::Http(_) => "sync-error-http",
            SyncError::BadSignature(_) => "sync-error-signature",
            SyncError::BadManifest(_) => "sync-error-manifest",
            SyncError::Rollback { .. } => "sync-error-rollback",
            SyncError::Expired(_) => "sync-error-expired",
            SyncError::TooNew(_) => "sync-error-too-new",
            SyncError::Truncated { .. } => "sync-error-truncated",
            SyncError::TooLarge { .. } => "sync-error-too-large",
            SyncError::TooSlow { .. } => "sync-error-too-slow",
            SyncError::Checksum { .. } => "sync-error-checksum",
            SyncError::BadFeed { .. } => "sync-error-bad-feed",
            SyncError::Cancelled => "sync-error-cancelled",
            SyncError::Busy => "sync-error-busy",
            SyncError::Untrusted(_) => "sync-error-untrusted",
            SyncError::Store(_) => "sync-error-store",
        }
    }

    /// The specifics, without the headline the translated message already gives; a store
    /// error's own sentence in `locale`.
    pub fn detail(&self, locale: crate::i18n::Locale) -> String {
        match self {
            SyncError::NotConfigured | SyncError::Cancelled | SyncError::Busy => String::new(),
            SyncError::InsecureUrl(s)
            | SyncError::ForeignPayload(s)
            | SyncError::BadUrl(s)
            | SyncError::BadKey(s)
            | SyncError::Offline(s)
            | SyncError::BadSignature(s)
            | SyncError::BadManifest(s)
            | SyncError::Expired(s)
            | SyncError::TooNew(s)
            | SyncError::Untrusted(s) => s.clone(),
            SyncError::Store(e) => e.message(locale),
            SyncError::Http(code) => format!("HTTP {code}"),
            SyncError::Rollback { have, got } => format!("{got} < {have}"),
            SyncError::Truncated {
                file,
                expected,
                got,
            } => format!("{file}: {got}/{expected}"),
            SyncError::TooLarge { file, limit } => format!("{file} > {limit}"),
            SyncError::TooSlow { file, seconds } => format!("{file}: {seconds} s"),
            SyncError::Checksum { file } => file.clone(),
            SyncError::BadFeed { file, line, detail } => format!("{file}:{line}: {detail}"),
        }
    }

    /// Short key stored in the sync log (`sync-outcome-<key>` in Fluent).
    pub fn outcome(&self) -> &'static str {
        self.message_id()
            .strip_prefix("sync-error-")
            .unwrap_or("error")
    }
}

/// Every outcome the sync log can hold: the successes and [`SyncError::outcome`]'s keys.
pub const OUTCOMES: [&str; 23] = [
    "up-to-date",
    "updated",
    "not-configured",
    "insecure",
    "foreign",
    "bad-url",
    "bad-key",
    "offline",
    "http",
    "signature",
    "manifest",
    "rollback",
    "expired",
    "too-new",
    "truncated",
    "too-large",
    "too-slow",
    "checksum",
    "bad-feed",
    "cancelled",
    "busy",
    "untrusted",
    "store",
];

/// A translated sentence for a finished sync.
pub fn outcome_message(o: &Outcome, locale: crate::i18n::Locale) -> String {
    use crate::i18n::tr_args;
    match o {
        Outcome::UpToDate { sequence } => tr_args(
            locale,
            "sync-up-to-date",
            &[("sequence", (*sequence).into())],
        ),
        Outcome::Updated {
            from, to, changed, ..
        } => tr_args(
            locale,
            "sync-updated",
            &[
                ("from", (*from).into()),
                ("to", (*to).into()),
                ("count", (*changed).into()),
            ],
        ),
    }
}

/// A translated sentence for a failed sync: what happened, and that the directory in use
/// has not changed.
pub fn error_message(e: &SyncError, locale: crate::i18n::Locale) -> String {
    use crate::i18n::{tr, tr_args};
    format!(
        "{} {}",
        tr_args(
            locale,
            e.message_id(),
            &[("detail", e.detail(locale).into())]
        ),
        tr(locale, "sync-unchanged")
    )
}
