//! The composer's work off the UI thread: loading the basket, laying out the preview on one
//! worker, writing and printing the PDF.

use super::Message;
use crate::referral::{self, Page, Request};
use crate::ui::blocking;
use crate::ui::db::Db;
use iced::Task;
use iced::futures::channel::oneshot;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, mpsc};

/// Loads the basket's records on the directory thread.
pub fn load(db: &Db, ids: Vec<String>) -> Task<Message> {
    Task::perform(
        db.run_with_layer(move |d, layer| {
            let mut records = Vec::new();
            let mut orgs = HashMap::new();
            let mut mine = HashMap::new();
            for id in &ids {
                if let Ok(Some(r)) = d.get(id) {
                    if let Ok(m) = d.mine(layer, &r) {
                        mine.insert(r.id.clone(), m);
                    }
                    if let Some(org) = &r.organization
                        && let Ok(Some(o)) = d.get(org)
                    {
                        orgs.insert(o.id.clone(), o.name.clone());
                    }
                    records.push(r);
                }
            }
            (records, orgs, mine)
        }),
        |r| {
            let (records, orgs, mine) = r.unwrap_or_default();
            Message::Loaded(records, orgs, mine)
        },
    )
}

type Layout = Result<Arc<Vec<Page>>, String>;
type Slot = Arc<Mutex<Option<(Request, oneshot::Sender<Layout>)>>>;

/// One thread that lays out previews with one font system. A request waiting when a newer
/// one comes is dropped unrun (its future resolves to `None`): typing a note never queues
/// layouts, and never starts a thread per keystroke.
#[derive(Clone)]
pub struct Previewer {
    wake: mpsc::Sender<()>,
    slot: Slot,
}

impl std::fmt::Debug for Previewer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Previewer")
    }
}

impl Previewer {
    pub fn start() -> Previewer {
        let (wake, woken) = mpsc::channel::<()>();
        let slot: Slot = Arc::new(Mutex::new(None));
        let mine = slot.clone();
        let _ = std::thread::Builder::new()
            .name("haven-preview".into())
            .spawn(move || {
                let mut fonts: Option<referral::Fonts> = None;
                while woken.recv().is_ok() {
                    let next = mine.lock().ok().and_then(|mut s| s.take());
                    let Some((req, reply)) = next else { continue };
                    if reply.is_canceled() {
                        continue;
                    }
                    let fonts = fonts.get_or_insert_with(referral::Fonts::new);
                    let pages = referral::compose(&req)
                        .map(|sheet| Arc::new(referral::layout::layout(&sheet, fonts)))
                        .map_err(|e| e.to_string());
                    let _ = reply.send(pages);
                }
            });
        Previewer { wake, slot }
    }

    /// Lays out `req`; `None` if a newer request replaced it first, or the worker is gone.
    pub fn lay_out(&self, req: Request) -> impl Future<Output = Option<Layout>> + Send + 'static {
        let (tx, rx) = oneshot::channel();
        if let Ok(mut slot) = self.slot.lock() {
            // Dropping the previous sender tells its waiter it was superseded.
            *slot = Some((req, tx));
        }
        let sent = self.wake.send(()).is_ok();
        async move { if sent { rx.await.ok() } else { None } }
    }
}

/// Makes the PDF off the UI thread.
pub fn make_pdf(req: Request) -> impl Future<Output = Result<Vec<u8>, String>> + Send + 'static {
    blocking(move || referral::make_pdf(&req).map_err(|e| e.to_string()))
}

/// Writes the PDF at `path`, making its folder if needed.
pub async fn save_to(
    pdf: impl Future<Output = Result<Vec<u8>, String>>,
    path: PathBuf,
) -> Result<PathBuf, String> {
    let bytes = pdf.await?;
    let target = path.clone();
    blocking(move || {
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        std::fs::write(&target, bytes).map_err(|e| e.to_string())
    })
    .await?;
    Ok(path)
}

/// Asks where to save (a native dialog), then writes the PDF there. When the desktop offers no
/// dialog at all, saves into `fallback_dir` under a dated name and says so.
pub async fn save_dialog(
    pdf: impl Future<Output = Result<Vec<u8>, String>>,
    folder: Option<PathBuf>,
    fallback_dir: PathBuf,
    file_name: String,
) -> Result<Option<PathBuf>, String> {
    let chosen =
        crate::ui::files::choose_save(true, folder, fallback_dir, file_name, ("PDF", &["pdf"]))
            .await;
    let Some(path) = chosen else {
        return Ok(None);
    };
    save_to(pdf, path).await.map(Some)
}

/// The prefix of the private folders sheets wait in for the PDF viewer.
const PRINT_PREFIX: &str = "haven-print-";

/// A new private folder (readable by this user only, under an unpredictable name) in the
/// system's temporary folder, for one sheet handed to the PDF viewer.
pub fn print_folder() -> Result<PathBuf, String> {
    let dir = tempfile::Builder::new()
        .prefix(PRINT_PREFIX)
        .tempdir()
        .map(|d| d.keep())
        .map_err(|e| e.to_string())?;
    // tempfile leaves the folder's mode to the umask (often readable by all).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
            .map_err(|e| e.to_string())?;
    }
    Ok(dir)
}

/// Removes what earlier sessions left for the PDF viewer (a window that did not close
/// cleanly). Folders of other users cannot be removed and are left alone.
pub fn sweep_print_folders() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for e in entries.flatten() {
        if e.file_name().to_string_lossy().starts_with(PRINT_PREFIX)
            && e.file_type().is_ok_and(|t| t.is_dir())
        {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// Prints: pipes the PDF to CUPS' `lp` when it runs (no file is written), otherwise writes it
/// into `folder` (private, see [`print_folder`]) and opens the system's PDF viewer, which
/// prints.
pub async fn print(
    pdf: impl Future<Output = Result<Vec<u8>, String>>,
    folder: PathBuf,
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
                let _ = std::fs::remove_dir_all(&folder);
                return Ok(String::from_utf8_lossy(&out.stdout).trim().to_string());
            }
        }
        let file = folder.join("referral.pdf");
        std::fs::write(&file, &bytes).map_err(|e| e.to_string())?;
        open::that_detached(&file).map_err(|e| e.to_string())?;
        Ok(file.display().to_string())
    })
    .await
}
