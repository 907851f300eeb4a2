//! The window watches the directory's file for another Haven's changes; its own writes are
//! never reported as another's.

use haven::i18n::{Locale, tr};
use haven::ui::Message;

/// A failed "Update now" writes its log line into the directory. A look at the directory
/// taken before that write and answered after it was once compared with the next look, and
/// the window claimed "The directory was updated by another Haven on this computer".
#[test]
fn a_failed_update_is_not_reported_as_another_havens() {
    let keys = tempfile::tempdir().unwrap();
    let (public, _, _) = haven::sync::feed::keygen(keys.path()).unwrap();
    // Nothing listens there: the update fails at once, after logging the failure.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let mut settings = haven::settings::Settings::default();
    settings.feed.url = format!("http://127.0.0.1:{port}/manifest.json");
    settings.feed.public_key = std::fs::read_to_string(public).unwrap();
    let mut w = haven_gui_tests::open_with(Locale::En, &settings);
    let elsewhere = tr(Locale::En, "directory-changed-elsewhere");

    w.send(Message::WatchTick); // the first look
    let slow_look = w.send_held(Message::WatchTick);
    assert!(!slow_look.is_empty(), "the look is on its way");
    w.click(&tr(Locale::En, "nav-settings")).unwrap();
    w.click(&tr(Locale::En, "sync-now")).expect("Update now");
    w.deliver(slow_look);
    w.send(Message::WatchTick);
    w.send(Message::WatchTick);
    assert!(
        !w.shows(&elsewhere),
        "a failed update is not another Haven's"
    );

    // Another Haven's change is still seen: `haven db rebuild` run beside the window.
    let paths = haven::store::Paths::resolve(Some(w.data.path().to_path_buf())).unwrap();
    haven::usecase::Haven::rebuild(&paths).expect("another Haven rebuilds");
    w.send(Message::WatchTick);
    assert!(w.shows(&elsewhere), "another Haven's rebuild is said");
}
