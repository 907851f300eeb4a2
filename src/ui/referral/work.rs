//! The composer's work off the UI thread: loading the basket, laying out the preview on one
//! worker, writing and printing the PDF.

use super::Message;
use crate::referral::{self, Page, ReferralError, Request};
use crate::ui::blocking;
use crate::ui::db::Db;
use crate::ui::latest::{Latest, Superseded};
use crate::ui::work::WorkError;
use iced::Task;
use std::path::PathBuf;
use std::sync::{Arc, mpsc};

/// Loads the basket's records on the directory thread, as the command line gathers them.
pub fn load(db: &Db, ids: Vec<String>) -> Task<Message> {
    Task::perform(db.gather(ids), |r| Message::Loaded(r.map_err(Arc::new)))
}

/// A layout of the sheet, or why it could not be made.
pub type Layout = Result<Arc<Vec<Page>>, ReferralError>;

/// One thread that lays out previews with one font system. Requests go through [`Latest`]:
/// typing a note never queues layouts, and never starts a thread per keystroke.
#[derive(Clone)]
pub struct Previewer {
    wake: mpsc::Sender<()>,
    requests: Latest<Request, Layout>,
}

impl std::fmt::Debug for Previewer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Previewer")
    }
}

impl Previewer {
    pub fn start() -> Previewer {
        let (wake, woken) = mpsc::channel::<()>();
        let requests: Latest<Request, Layout> = Latest::default();
        let waiting = requests.clone();
        let _ = std::thread::Builder::new()
            .name("haven-preview".into())
            .spawn(move || {
                let mut fonts: Option<referral::Fonts> = None;
                while woken.recv().is_ok() {
                    let Some((req, reply)) = waiting.take() else {
                        continue;
                    };
                    let fonts = fonts.get_or_insert_with(referral::Fonts::new);
                    let pages = referral::compose(&req)
                        .map(|sheet| Arc::new(referral::layout::layout(&sheet, fonts)));
                    let _ = reply.send(pages);
                }
            });
        Previewer { wake, requests }
    }

    /// Lays out `req`; [`Superseded`] if a newer request replaced it first.
    pub fn lay_out(
        &self,
        req: Request,
    ) -> impl Future<Output = Result<Layout, Superseded>> + Send + 'static {
        let answer = self.requests.put(req);
        let _ = self.wake.send(());
        answer
    }
}

/// Makes the PDF off the UI thread.
pub fn make_pdf(req: Request) -> impl Future<Output = Result<Vec<u8>, WorkError>> + Send + 'static {
    blocking(move || referral::make_pdf(&req).map_err(WorkError::Sheet))
}

/// Writes the PDF at `path`, making its folder if needed.
pub async fn save_to(
    pdf: impl Future<Output = Result<Vec<u8>, WorkError>>,
    path: PathBuf,
) -> Result<PathBuf, WorkError> {
    let bytes = pdf.await?;
    let target = path.clone();
    blocking(move || {
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(|e| WorkError::file(dir, e))?;
        }
        std::fs::write(&target, bytes).map_err(|e| WorkError::file(&target, e))
    })
    .await?;
    Ok(path)
}

/// Asks where to save (a native dialog), then writes the PDF there. When the desktop offers no
/// dialog at all, saves into `fallback_dir` under a dated name and says so.
pub async fn save_dialog(
    pdf: impl Future<Output = Result<Vec<u8>, WorkError>>,
    folder: Option<PathBuf>,
    fallback_dir: PathBuf,
    file_name: String,
) -> Result<Option<PathBuf>, WorkError> {
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
pub fn print_folder() -> Result<PathBuf, WorkError> {
    let dir = tempfile::Builder::new()
        .prefix(PRINT_PREFIX)
        .tempdir()
        .map(|d| d.keep())
        .map_err(|e| WorkError::file(std::env::temp_dir(), e))?;
    // tempfile leaves the folder's mode to the umask (often readable by all).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
            .map_err(|e| WorkError::file(&dir, e))?;
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

/// What printing did, as it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Printed {
    /// CUPS took the sheet: its job id.
    Queued(String),
    /// No printer queue answered: the sheet was opened in the PDF viewer, which prints; it
    /// waits at this path until Haven closes.
    InViewer(PathBuf),
}

/// Prints: pipes the PDF to CUPS' `lp` when it runs (no file is written), otherwise writes it
/// into `folder` (private, see [`print_folder`]) and opens the system's PDF viewer, which
/// prints. With neither, says so: nothing claims the sheet was printed.
pub async fn print(
    pdf: impl Future<Output = Result<Vec<u8>, WorkError>>,
    folder: PathBuf,
) -> Result<Printed, WorkError> {
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
                stdin
                    .write_all(&bytes)
                    .map_err(|e| WorkError::program("lp", e))?;
            }
            let out = child
                .wait_with_output()
                .map_err(|e| WorkError::program("lp", e))?;
            if out.status.success() {
                let _ = std::fs::remove_dir_all(&folder);
                let job = String::from_utf8_lossy(&out.stdout).trim().to_string();
                return Ok(Printed::Queued(job));
            }
        }
        let file = folder.join("referral.pdf");
        std::fs::write(&file, &bytes).map_err(|e| WorkError::file(&file, e))?;
        open::that_detached(&file).map_err(|e| WorkError::program("PDF viewer", e))?;
        Ok(Printed::InViewer(file))
    })
    .await
}
