//! What came out of the printer: the PDFs CUPS-PDF writes, their text as a reader gets it,
//! and the QR codes on them.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// The PDFs CUPS-PDF has written so far (it writes to $HOME/PDF).
pub fn printed_pdfs() -> std::collections::HashSet<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("HOME").expect("HOME")).join("PDF");
    std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
                .collect()
        })
        .unwrap_or_default()
}

/// Waits for a PDF that was not in `before`, whose file name (CUPS-PDF names it after the
/// print job's title) starts with `job`, to be completely written, and returns it. Naming
/// the job keeps two test runs on one machine, sharing the queue, from reading each other's
/// prints.
pub async fn wait_for_new_pdf(before: &std::collections::HashSet<PathBuf>, job: &str) -> PathBuf {
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        for path in printed_pdfs().difference(before).filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(job))
        }) {
            let bytes = std::fs::read(path).unwrap_or_default();
            // CUPS-PDF may still be writing: wait for the file's end marker.
            if bytes.windows(5).any(|w| w == b"%%EOF") {
                return path.clone();
            }
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no new PDF from the print queue (is cupsd running? tools/cups-for-tests)"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The text of a PDF, by poppler's pdftotext.
pub fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args([pdf.as_os_str(), std::ffi::OsStr::new("-")])
        .stderr(Stdio::null())
        .output()
        .expect("pdftotext (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// What a reader gets from a PDF: `pdftotext`'s text with its bidi marks removed and every
/// run of white space (line ends included) made one space, so a sentence the layout wrapped
/// can be found whole, in the order it is read.
pub fn pdf_words(pdf: &Path) -> String {
    let text = pdf_text(pdf).replace(
        [
            '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}',
            '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
        ],
        "",
    );
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of `text` in order, without punctuation, one space apart: to compare a
/// sentence with what `pdftotext` read. (Its simple bidi algorithm, on a page with more
/// Latin letters than Arabic ones, puts a full stop at the end of an Arabic line on the
/// wrong side.)
pub fn words(text: &str) -> String {
    text.chars()
        .map(|c| {
            let punctuation =
                c.is_ascii_punctuation() || matches!(c, '،' | '؛' | '؟' | '۔' | '।' | '॥');
            if punctuation {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The QR codes on a PDF's first page: rendered by pdftoppm, decoded by zbarimg.
pub fn pdf_qr_codes(pdf: &Path, keep_as: &str) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temp");
    let prefix = dir.path().join("page");
    let ok = Command::new("pdftoppm")
        .args(["-png", "-r", "200", "-f", "1", "-l", "1"])
        .arg(pdf)
        .arg(&prefix)
        .stderr(Stdio::null())
        .status()
        .expect("pdftoppm (poppler-utils)")
        .success();
    assert!(ok, "pdftoppm failed on {}", pdf.display());
    let png = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "png"))
        .expect("a page image");
    let keep = Path::new(env!("CARGO_MANIFEST_DIR")).join("artifacts");
    std::fs::create_dir_all(&keep).ok();
    std::fs::copy(&png, keep.join(format!("printed-{keep_as}.png"))).ok();
    let out = Command::new("zbarimg")
        .args(["--raw", "-q"])
        .arg(&png)
        .stderr(Stdio::null())
        .output()
        .expect("zbarimg (zbar-tools)");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .filter(|l| !l.is_empty())
        .collect()
}

/// Decodes every QR code in a PNG, returning their texts.
pub fn decode_qr(png: &[u8]) -> Vec<String> {
    let img = image::load_from_memory(png).expect("decode PNG").to_luma8();
    let (w, h) = img.dimensions();
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(w as usize, h as usize, |x, y| {
            img.get_pixel(x as u32, y as u32).0[0]
        });
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, text)| text))
        .collect()
}
