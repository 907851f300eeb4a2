//! QR codes on the sheet: the modules of the main phone's `tel:` (or the main link), drawn
//! as runs by the PDF writer and the preview alike.

/// The dark modules of a QR code as horizontal runs `(row, first column, length)`: one
/// rectangle per run draws it with no hairline seams, in the PDF and in the preview alike.
pub fn qr_runs(n: usize, modules: &[bool]) -> Vec<(usize, usize, usize)> {
    let dark = |r: usize, c: usize| modules.get(r * n + c).copied().unwrap_or(false);
    let mut runs = Vec::new();
    for r in 0..n {
        let mut c = 0;
        while c < n {
            if dark(r, c) {
                let start = c;
                while c < n && dark(r, c) {
                    c += 1;
                }
                runs.push((r, start, c - start));
            } else {
                c += 1;
            }
        }
    }
    runs
}

/// Modules of quiet zone drawn round a QR code.
pub const QR_QUIET: usize = 2;

/// The QR code's modules, or `None` if the data cannot be encoded.
pub(super) fn qr_modules(data: &str) -> Option<(usize, Vec<bool>)> {
    let code =
        qrcode::QrCode::with_error_correction_level(data.as_bytes(), qrcode::EcLevel::M).ok()?;
    let n = code.width();
    let modules = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Some((n, modules))
}
