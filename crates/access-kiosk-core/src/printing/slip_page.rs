//! The slip on paper, as a PDF: Pango lays out and shapes every script with HarfBuzz
//! (Bengali conjuncts and vowel signs, Arabic and Urdu joining, Chinese) and cairo draws it,
//! on 80 mm receipt paper, A5 or A4.
//!
//! Each line is drawn twice. What the reader sees is the shaped glyphs, as outlines (each
//! distinct glyph drawn once per document and placed wherever it stands). Under
//! them, in white, is the same text as one glyph per character in reading order, so that the
//! words can be found, copied and read aloud from the PDF. The print system needs that
//! second, simple form: a CUPS-PDF queue (like any PostScript printer) turns the job into
//! PostScript and back (pdftocairo, then Ghostscript), and that keeps a glyph's character
//! only where one glyph stands for one character in its own place. Bengali conjuncts, vowel
//! signs drawn before their consonant and Arabic ligatures lose their text on the way (a
//! PDF's ActualText does not survive), and so does invisible or clipped text; white text
//! does, and no printer prints white.

use pango::prelude::*;
use pangocairo::prelude::*;

use crate::localisation::Direction;
use crate::printing::slip::{Block, Layout, Slip, Style, Words};
use crate::qr::QrModules;

/// Points per millimetre (a PDF's unit is the point).
const MM: f64 = 72.0 / 25.4;

/// The fonts, in the order the kiosk's own style sheet asks for them; Pango falls back
/// through them letter by letter.
const FONTS: &str = "Arial, Noto Sans, Noto Sans Bengali, Noto Naskh Arabic, \
                     Noto Nastaliq Urdu, Noto Sans CJK SC, sans-serif";
const MONOSPACE: &str = "DejaVu Sans Mono, monospace";
const LINE_HEIGHT: f64 = 1.35;

#[derive(Debug, thiserror::Error)]
#[error("the slip could not be drawn: {0}")]
pub struct DrawError(String);

impl From<cairo::Error> for DrawError {
    fn from(e: cairo::Error) -> Self {
        DrawError(e.to_string())
    }
}

/// A sheet of paper and where the slip goes on it, in points.
#[derive(Clone)]
struct Paper {
    width: f64,
    height: f64,
    margin: f64,
    qr: f64,
}

impl Paper {
    fn for_layout(layout: Layout) -> Paper {
        let (width, height, margin, qr) = match layout {
            Layout::Receipt80mm => (80.0, 297.0, 5.0, 40.0),
            Layout::A5 => (148.0, 210.0, 8.0, 40.0),
            Layout::A4 => (210.0, 297.0, 15.0, 55.0),
        };
        Paper {
            width: width * MM,
            height: height * MM,
            margin: margin * MM,
            qr: qr * MM,
        }
    }

    fn text_width(&self) -> f64 {
        self.width - 2.0 * self.margin
    }

    fn bottom(&self) -> f64 {
        self.height - self.margin
    }
}

/// How a style looks: sizes in points.
struct Look {
    size: f64,
    english_size: f64,
    bold: bool,
    monospace: bool,
    centred: bool,
    space_before: f64,
}

impl Look {
    fn of(style: Style) -> Look {
        let plain = Look {
            size: 11.0,
            english_size: 9.0,
            bold: false,
            monospace: false,
            centred: false,
            space_before: 1.5 * MM,
        };
        match style {
            Style::PracticeName => Look {
                size: 15.0,
                bold: true,
                space_before: 0.0,
                ..plain
            },
            Style::Name | Style::Reference => Look {
                size: 13.0,
                bold: true,
                ..plain
            },
            Style::Heading => Look {
                size: 12.0,
                bold: true,
                space_before: 3.0 * MM,
                ..plain
            },
            Style::Caption => Look {
                centred: true,
                ..plain
            },
            Style::Detail => Look {
                size: 13.0,
                bold: true,
                monospace: true,
                space_before: 0.5 * MM,
                ..plain
            },
            Style::Title | Style::Step(_) | Style::Body => plain,
        }
    }
}

/// A paragraph laid out at its place on a page.
struct Placed {
    x: f64,
    y: f64,
    paragraph: pango::Layout,
    grey: f64,
}

impl Placed {
    fn black(x: f64, y: f64, paragraph: pango::Layout) -> Placed {
        Placed {
            x,
            y,
            paragraph,
            grey: 0.0,
        }
    }
}

#[derive(Default)]
struct Page {
    paragraphs: Vec<Placed>,
    qr: Option<(f64, f64)>,
}

/// The slip as a PDF document, in memory (it may hold registration details: it is never
/// written to disk by the kiosk). Drawn on the drawing thread (see [`on_drawing_thread`]).
pub fn pdf(slip: &Slip) -> Result<Vec<u8>, DrawError> {
    let slip = slip.clone();
    on_drawing_thread(move || draw_pdf(&slip))?
}

/// Work for the drawing thread, with where to send its answer.
type DrawJob = Box<dyn FnOnce() + Send>;

/// Runs `work` on the one thread that draws with Pango and cairo, and waits for its answer.
///
/// Pango and cairo's FreeType state is not safe to use from two threads at once: a
/// patient's slip and an officer's reprint drawn at the same moment failed with
/// `FreetypeError`, or crashed, in about one run in four (measured with
/// `slips_drawn_on_many_threads_at_once_all_draw`). One thread owning all text drawing
/// makes that impossible, and keeps one font map warm: the first slip on a new thread paid
/// about 19 ms more than the next ones (37 against 19 ms, release build), and commands run
/// on whichever thread of the pool is free. A lock would have been as safe but paid that
/// cost on every new thread.
pub(crate) fn on_drawing_thread<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, DrawError> {
    static DRAWING: std::sync::OnceLock<Option<std::sync::mpsc::Sender<DrawJob>>> =
        std::sync::OnceLock::new();
    let stopped = || DrawError("the slip drawing thread is not running".into());
    let sender = DRAWING
        .get_or_init(|| {
            let (jobs, queue) = std::sync::mpsc::channel::<DrawJob>();
            std::thread::Builder::new()
                .name("slip-drawing".into())
                .spawn(move || {
                    for job in queue {
                        // A panic in one drawing must not stop the next ones.
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                    }
                })
                .ok()
                .map(|_| jobs)
        })
        .as_ref()
        .ok_or_else(stopped)?;
    let (answer, answered) = std::sync::mpsc::channel();
    sender
        .send(Box::new(move || {
            let _ = answer.send(work());
        }))
        .map_err(|_| stopped())?;
    answered.recv().map_err(|_| stopped())
}

fn draw_pdf(slip: &Slip) -> Result<Vec<u8>, DrawError> {
    let paper = Paper::for_layout(slip.layout);
    let surface = cairo::PdfSurface::for_stream(paper.width, paper.height, Vec::<u8>::new())?;
    let cr = cairo::Context::new(&surface)?;
    let pages = arrange(&cr, slip, &paper);
    let mut glyphs = GlyphForms::default();
    for (n, page) in pages.iter().enumerate() {
        if n > 0 {
            cr.show_page()?;
        }
        // All the white text first, so none of it can cover a line drawn before it.
        for p in &page.paragraphs {
            text_layer(&cr, p)?;
        }
        for p in &page.paragraphs {
            glyphs.draw(&cr, p)?;
        }
        if let Some((x, y)) = page.qr {
            draw_qr(&cr, &slip.qr, x, y, paper.qr)?;
        }
    }
    drop(cr);
    let stream = surface
        .finish_output_stream()
        .map_err(|e| DrawError(e.to_string()))?;
    stream
        .downcast::<Vec<u8>>()
        .map(|bytes| *bytes)
        .map_err(|_| DrawError("cairo gave back another stream".into()))
}

/// Lays the blocks out top to bottom, starting a new page when the next block would not
/// fit (a block and the English beneath it stay together).
fn arrange(cr: &cairo::Context, slip: &Slip, paper: &Paper) -> Vec<Page> {
    let mut pages = vec![Page::default()];
    let mut y = paper.margin;
    for block in &slip.blocks {
        let page_is_empty = |p: &Page| p.paragraphs.is_empty() && p.qr.is_none();
        match block {
            Block::Qr => {
                let height = paper.qr + 4.0 * MM;
                if y + height > paper.bottom() && !page_is_empty(pages.last().unwrap()) {
                    pages.push(Page::default());
                    y = paper.margin;
                }
                let page = pages.last_mut().unwrap();
                page.qr = Some(((paper.width - paper.qr) / 2.0, y + 2.0 * MM));
                y += height;
            }
            Block::Text {
                style,
                words,
                english,
            } => {
                let look = Look::of(*style);
                let group = text_block(cr, paper, *style, &look, words, english.as_ref());
                let height = group
                    .iter()
                    .map(|p| p.y + height_of(&p.paragraph))
                    .fold(0.0, f64::max);
                let mut top = y + look.space_before;
                if top + height > paper.bottom() && !page_is_empty(pages.last().unwrap()) {
                    pages.push(Page::default());
                    top = paper.margin;
                }
                let page = pages.last_mut().unwrap();
                page.paragraphs
                    .extend(group.into_iter().map(|p| Placed { y: top + p.y, ..p }));
                y = top + height;
            }
        }
    }
    pages
}

/// One block's paragraphs, placed below the block's top: the patient's language, the
/// English beneath it, and a step's number at the start of the line.
fn text_block(
    cr: &cairo::Context,
    paper: &Paper,
    style: Style,
    look: &Look,
    words: &Words,
    english: Option<&Words>,
) -> Vec<Placed> {
    let rtl = words.direction == Some(Direction::Rtl);
    let indent = if matches!(style, Style::Step(_)) {
        6.0 * MM
    } else {
        0.0
    };
    let width = paper.text_width() - indent;
    // The indent is on the side where lines start: the left, or the right in Arabic script.
    let x = paper.margin + if rtl { 0.0 } else { indent };
    let mine = paragraph(cr, words, look.size, look, width, look.centred);
    let below = height_of(&mine) + 0.3 * MM;
    let mut group = vec![];
    if let Style::Step(n) = style {
        let number = Words {
            text: format!("{n}."),
            lang: words.lang.clone(),
            direction: words.direction,
        };
        let number = paragraph(cr, &number, look.size, look, indent, false);
        let number_x = if rtl {
            paper.margin + width
        } else {
            paper.margin
        };
        group.push(Placed::black(number_x, 0.0, number));
    }
    group.push(Placed::black(x, 0.0, mine));
    if let Some(en) = english {
        let en = paragraph(cr, en, look.english_size, look, width, false);
        group.push(Placed {
            x,
            y: below,
            paragraph: en,
            grey: 0.2,
        });
    }
    group
}

fn height_of(p: &pango::Layout) -> f64 {
    f64::from(p.size().1) / f64::from(pango::SCALE)
}

/// A paragraph of `words`, wrapped to `width` points and aligned to where its lines start.
fn paragraph(
    cr: &cairo::Context,
    words: &Words,
    size: f64,
    look: &Look,
    width: f64,
    centred: bool,
) -> pango::Layout {
    let p = pangocairo::functions::create_layout(cr);
    let context = p.context();
    context.set_language(Some(&pango::Language::from_string(&words.lang)));
    match words.direction {
        Some(direction) => {
            p.set_auto_dir(false);
            context.set_base_dir(match direction {
                Direction::Rtl => pango::Direction::Rtl,
                Direction::Ltr => pango::Direction::Ltr,
            });
            p.set_alignment(match direction {
                Direction::Rtl => pango::Alignment::Right,
                Direction::Ltr => pango::Alignment::Left,
            });
        }
        // Text typed by people: its own letters decide (Pango mirrors the alignment).
        None => p.set_auto_dir(true),
    }
    if centred {
        p.set_alignment(pango::Alignment::Center);
    }
    p.context_changed();
    let mut font =
        pango::FontDescription::from_string(if look.monospace { MONOSPACE } else { FONTS });
    font.set_size((size * f64::from(pango::SCALE)) as i32);
    if look.bold {
        font.set_weight(pango::Weight::Bold);
    }
    p.set_font_description(Some(&font));
    // Lines 1.35 times the text's size apart, as the kiosk's style sheet has it: the fonts'
    // own line heights (tall in Bengali and Arabic script) would spread a slip over pages.
    let lines = pango::AttrList::new();
    lines.insert(pango::AttrInt::new_line_height_absolute(
        (LINE_HEIGHT * size * f64::from(pango::SCALE)) as i32,
    ));
    p.set_attributes(Some(&lines));
    p.set_width((width * f64::from(pango::SCALE)) as i32);
    p.set_wrap(pango::WrapMode::WordChar);
    p.set_text(&words.text);
    p
}

/// The shaped glyphs as outlines, each distinct glyph (in its font, size and grey) drawn
/// once per document as a PDF form and placed wherever it stands. Drawing every outline in
/// place, as `layout_path` does, wrote each letter's curves again at every use: a Bengali
/// slip's page was mostly numbers, and compressing and formatting them took most of its
/// render time (see README, Benchmarks).
#[derive(Default)]
struct GlyphForms {
    forms: std::collections::HashMap<(usize, u32, u64), Option<GlyphForm>>,
}

struct GlyphForm {
    surface: cairo::RecordingSurface,
    /// Where the glyph's origin is inside the surface.
    origin_x: f64,
    origin_y: f64,
}

impl GlyphForms {
    fn draw(&mut self, cr: &cairo::Context, p: &Placed) -> Result<(), DrawError> {
        let to_points = |v: i32| f64::from(v) / f64::from(pango::SCALE);
        let mut iter = p.paragraph.iter();
        loop {
            if let Some(run) = iter.run_readonly() {
                let font = run
                    .item()
                    .analysis()
                    .font()
                    .downcast::<pangocairo::Font>()
                    .ok();
                if let Some(scaled) = font.and_then(|f| f.scaled_font()) {
                    let (_, run_box) = iter.run_extents();
                    let baseline = p.y + to_points(iter.run_baseline());
                    // Glyphs are kept in visual order, left to right, whatever the direction.
                    let mut x = p.x + to_points(run_box.x());
                    for info in run.glyph_string().glyph_info() {
                        let g = info.geometry();
                        let id = info.glyph();
                        // Pango's "nothing to draw" and "no font has it" marks.
                        if id != pango::GLYPH_EMPTY && id & pango::GLYPH_UNKNOWN_FLAG == 0 {
                            if let Some(form) = self.form(&scaled, id, p.grey)? {
                                let gx = x + to_points(g.x_offset()) - form.origin_x;
                                let gy = baseline + to_points(g.y_offset()) - form.origin_y;
                                cr.set_source_surface(&form.surface, gx, gy)?;
                                cr.paint()?;
                            }
                        }
                        x += to_points(g.width());
                    }
                }
            }
            if !iter.next_run() {
                break;
            }
        }
        Ok(())
    }

    /// The glyph's outline filled in `grey`, recorded once; `None` for a glyph with no ink.
    fn form(
        &mut self,
        scaled: &cairo::ScaledFont,
        id: u32,
        grey: f64,
    ) -> Result<Option<&GlyphForm>, DrawError> {
        // The font by its address: the layouts hold every font until the document is done.
        let key = (scaled.to_raw_none() as usize, id, grey.to_bits());
        let form = match self.forms.entry(key) {
            std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
            std::collections::hash_map::Entry::Vacant(new) => {
                new.insert(Self::record(scaled, id, grey)?)
            }
        };
        Ok(form.as_ref())
    }

    fn record(
        scaled: &cairo::ScaledFont,
        id: u32,
        grey: f64,
    ) -> Result<Option<GlyphForm>, DrawError> {
        let glyph = [cairo::Glyph::new(u64::from(id), 0.0, 0.0)];
        let ink = scaled.glyph_extents(&glyph);
        if ink.width() <= 0.0 || ink.height() <= 0.0 {
            return Ok(None);
        }
        // A point of room around the ink, so no anti-aliased edge is cut.
        let (left, top) = (ink.x_bearing().floor() - 1.0, ink.y_bearing().floor() - 1.0);
        let extent = cairo::Rectangle::new(
            0.0,
            0.0,
            ink.width().ceil() + 3.0,
            ink.height().ceil() + 3.0,
        );
        let surface = cairo::RecordingSurface::create(cairo::Content::ColorAlpha, Some(extent))?;
        let cr = cairo::Context::new(&surface)?;
        cr.set_scaled_font(scaled);
        cr.set_source_rgb(grey, grey, grey);
        let at = [cairo::Glyph::new(u64::from(id), -left, -top)];
        cr.glyph_path(&at);
        cr.fill()?;
        drop(cr);
        Ok(Some(GlyphForm {
            surface,
            origin_x: -left,
            origin_y: -top,
        }))
    }
}

/// Marks that only steer the direction of text: nothing to read.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Draws the paragraph's text in white under each run of shaped glyphs, as one glyph per
/// character (cairo's `show_text` does not shape), stretched to the run's width. A
/// right-to-left run's characters are set from the right, as a reader of the page sees them.
fn text_layer(cr: &cairo::Context, p: &Placed) -> Result<(), DrawError> {
    let text = p.paragraph.text();
    let mut iter = p.paragraph.iter();
    loop {
        if let Some(run) = iter.run_readonly() {
            let item = run.item();
            let start = item.offset() as usize;
            let end = start + item.length() as usize;
            let chars = text[start..end]
                .chars()
                .filter(|c| !c.is_control() && !is_direction_mark(*c));
            let visual: String = if item.analysis().level() % 2 == 1 {
                chars.rev().collect()
            } else {
                chars.collect()
            };
            let font = item.analysis().font().downcast::<pangocairo::Font>().ok();
            if let Some(scaled) = font.and_then(|f| f.scaled_font()) {
                let (_, run_box) = iter.run_extents();
                let to_points = |v: i32| f64::from(v) / f64::from(pango::SCALE);
                cr.save()?;
                cr.set_scaled_font(&scaled);
                let natural = cr.text_extents(&visual)?.x_advance();
                let width = to_points(run_box.width());
                // A run with nothing to see (a space at a line's end) has nothing to read.
                if natural > 0.0 && width > 0.0 {
                    cr.translate(
                        p.x + to_points(run_box.x()),
                        p.y + to_points(iter.run_baseline()),
                    );
                    cr.scale(width / natural, 1.0);
                    cr.move_to(0.0, 0.0);
                    cr.set_source_rgb(1.0, 1.0, 1.0);
                    cr.show_text(&visual)?;
                }
                cr.restore()?;
            }
        }
        if !iter.next_run() {
            break;
        }
    }
    cr.new_path();
    Ok(())
}

/// The QR code, `size` points square including its quiet zone of four modules.
fn draw_qr(
    cr: &cairo::Context,
    qr: &QrModules,
    x: f64,
    y: f64,
    size: f64,
) -> Result<(), DrawError> {
    let module = size / (qr.width() + 8) as f64;
    let (x, y) = (x + 4.0 * module, y + 4.0 * module);
    cr.set_source_rgb(0.0, 0.0, 0.0);
    for row in 0..qr.width() {
        for column in 0..qr.width() {
            if qr.is_dark(column, row) {
                cr.rectangle(
                    x + column as f64 * module,
                    y + row as f64 * module,
                    module,
                    module,
                );
            }
        }
    }
    cr.fill()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::localisation::Locales;
    use crate::printing::slip::{compose, SlipContent};

    fn slip(locale: &str, layout: Layout) -> Slip {
        let qr = crate::qr::modules_for("https://example.org/register").unwrap();
        compose(
            &Locales::shipped().unwrap(),
            &SlipContent {
                practice_name: "Test Surgery",
                reference: "ACD479",
                qr: &qr,
                locale,
                date: "25/11/2026",
                identity_to_check: true,
                verified_in_nhs_app: false,
                record_in_app_now: false,
                linkage: None,
                linkage_expires: None,
                name: None,
                layout,
            },
        )
    }

    /// The page sizes in the PDF's page dictionaries, e.g. "0 0 226.771654 841.889764".
    fn media_boxes(pdf: &[u8]) -> Vec<String> {
        let text = String::from_utf8_lossy(pdf);
        text.match_indices("/MediaBox [ ")
            .map(|(i, m)| {
                let rest = &text[i + m.len()..];
                rest[..rest.find(']').unwrap()].trim().to_owned()
            })
            .collect()
    }

    #[test]
    fn a_kiosk_slip_is_one_page_of_its_paper_in_every_script() {
        for (layout, size) in [
            (Layout::Receipt80mm, "226.771654 841.889764"),
            (Layout::A5, "419.527559 595.275591"),
            (Layout::A4, "595.275591 841.889764"),
        ] {
            for locale in ["en-GB", "bn", "ar", "ur", "zh-Hans"] {
                let pdf = pdf(&slip(locale, layout)).unwrap();
                assert!(pdf.starts_with(b"%PDF-"));
                let pages = media_boxes(&pdf);
                assert_eq!(
                    pages,
                    vec![format!("0 0 {size}")],
                    "{locale} {layout:?}: the kiosk's slip is one page of its paper"
                );
            }
        }
    }

    /// The page's text drawn onto pixels, three to a point: by Pango in place
    /// (`layout_path`, the reference), or as the PDF has it, each glyph's recorded form put
    /// where the glyph stands. The paragraphs are laid out for a PDF, as `pdf` does.
    fn rasterise(paper: &Paper, slip: &Slip, forms: bool) -> Vec<u8> {
        let (paper, slip) = (paper.clone(), slip.clone());
        on_drawing_thread(move || rasterise_here(&paper, &slip, forms)).unwrap()
    }

    fn rasterise_here(paper: &Paper, slip: &Slip, forms: bool) -> Vec<u8> {
        let pdf =
            cairo::PdfSurface::for_stream(paper.width, paper.height, Vec::<u8>::new()).unwrap();
        let page = arrange(&cairo::Context::new(&pdf).unwrap(), slip, paper).remove(0);
        let scale = 3.0;
        let surface = cairo::ImageSurface::create(
            cairo::Format::A8,
            (paper.width * scale) as i32,
            (paper.height * scale) as i32,
        )
        .unwrap();
        {
            let cr = cairo::Context::new(&surface).unwrap();
            cr.scale(scale, scale);
            let mut glyphs = GlyphForms::default();
            for p in &page.paragraphs {
                if forms {
                    glyphs.draw(&cr, p).unwrap();
                } else {
                    cr.move_to(p.x, p.y);
                    pangocairo::functions::layout_path(&cr, &p.paragraph);
                    cr.fill().unwrap();
                }
            }
        }
        surface.flush();
        surface.take_data().unwrap().to_vec()
    }

    #[test]
    fn every_glyph_stands_where_pango_shaped_it_in_every_script() {
        for locale in ["en-GB", "bn", "ar", "ur", "zh-Hans", "pl"] {
            let slip = slip(locale, Layout::Receipt80mm);
            let paper = Paper::for_layout(Layout::Receipt80mm);
            let reference = rasterise(&paper, &slip, false);
            let placed = rasterise(&paper, &slip, true);
            let inked = reference.iter().filter(|&&a| a > 127).count();
            let differ = reference
                .iter()
                .zip(&placed)
                .filter(|(a, b)| (i32::from(**a) - i32::from(**b)).abs() > 64)
                .count();
            assert!(inked > 10_000, "{locale}: the slip has text to compare");
            // A few anti-aliased edge pixels may differ (rounding of a glyph's origin); a
            // glyph out of place by a third of a point differs by thousands.
            assert!(
                differ * 1000 < inked,
                "{locale}: {differ} pixels differ from Pango's own drawing, of {inked} inked"
            );
        }
    }

    /// A patient's slip and an officer's reprint can be drawn at the same moment, on two
    /// threads. Pango and cairo's FreeType state is not safe for that (the glyph test below
    /// failed about one run in six with `FreetypeError` when tests drew at once): every
    /// slip in every script, drawn as a PDF and onto pixels from several threads at once,
    /// many times, must draw.
    #[test]
    fn slips_drawn_on_many_threads_at_once_all_draw() {
        let locales = ["en-GB", "bn", "ar", "ur", "zh-Hans", "pl"];
        let slips: Vec<Slip> = locales
            .iter()
            .map(|l| slip(l, Layout::Receipt80mm))
            .collect();
        let paper = Paper::for_layout(Layout::Receipt80mm);
        std::thread::scope(|s| {
            for t in 0..6 {
                let (slips, paper) = (&slips, &paper);
                s.spawn(move || {
                    for round in 0..6 {
                        for (i, slip) in slips.iter().enumerate() {
                            if (t + i) % 2 == 0 {
                                let pdf = pdf(slip).unwrap_or_else(|e| {
                                    panic!("thread {t}, round {round}, {}: {e}", locales[i])
                                });
                                assert_eq!(media_boxes(&pdf).len(), 1, "{}", locales[i]);
                            } else {
                                let ink = rasterise(paper, slip, round % 2 == 0);
                                assert!(ink.iter().any(|&a| a > 127), "{}", locales[i]);
                            }
                        }
                    }
                });
            }
        });
    }
}
