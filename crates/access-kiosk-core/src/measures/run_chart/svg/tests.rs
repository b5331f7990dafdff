use super::*;
use crate::measures::run_chart::analyse;

fn text() -> ChartText {
    ChartText {
        title: "Online access sign-ups per week".into(),
        y_label: "Sign-ups".into(),
        median_label: "Median".into(),
        baseline_label: "Baseline".into(),
        shift_label: "Shift".into(),
        trend_label: "Trend".into(),
        too_few_runs_label: "Too few runs".into(),
        too_many_runs_label: "Too many runs".into(),
        astronomical_label: "Astronomical point".into(),
        no_data_label: "No data yet".into(),
    }
}

fn weeks(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("2026-W{:02}", i + 1)).collect()
}

/// A tiny well-formedness check for our own output: balanced tags, quoted attributes,
/// no stray `<` or `&` in text. Returns the element names in document order.
fn elements(svg: &str) -> Vec<String> {
    let mut stack: Vec<String> = Vec::new();
    let mut names = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        assert!(!text.contains('>'), "stray > in text: {text}");
        for (k, _) in text.match_indices('&') {
            let entity = &text[k..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                    .iter()
                    .any(|e| entity.starts_with(e)),
                "bad entity: {entity}"
            );
        }
        let close = rest[open..].find('>').expect("tag closes") + open;
        let tag = &rest[open + 1..close];
        assert!(!tag.contains('<'), "nested < in tag: {tag}");
        assert_eq!(tag.matches('"').count() % 2, 0, "unbalanced quotes: {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "mismatched </{name}>");
        } else {
            let name: String = tag
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '/')
                .collect();
            names.push(name.clone());
            if !tag.ends_with('/') {
                stack.push(name);
            }
        }
        rest = &rest[close + 1..];
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    names
}

fn count(names: &[String], name: &str) -> usize {
    names.iter().filter(|n| *n == name).count()
}

fn attr(tag: &str, name: &str) -> Option<f64> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    tag[start..].split('"').next()?.parse().ok()
}

fn tags_with<'a>(svg: &'a str, needle: &str) -> Vec<&'a str> {
    svg.lines().filter(|l| l.contains(needle)).collect()
}

const SHIFTED: [f64; 16] = [
    12.0, 15.0, 11.0, 14.0, 13.0, 16.0, 12.0, 11.0, 17.0, 18.0, 16.0, 19.0, 17.0, 18.0, 16.0, 19.0,
];

#[test]
fn output_is_well_formed_accessible_standalone_svg() {
    let a = analyse(&SHIFTED, Some(8)).expect("valid");
    let svg = render(&weeks(16), &SHIFTED, &a, &[], &text());
    let names = elements(&svg);
    assert_eq!(names[0], "svg");
    assert!(svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg""#));
    assert!(svg.contains(r#"role="img""#));
    assert!(svg.contains("viewBox=\"0 0 960 "));
    assert_eq!((count(&names, "title"), count(&names, "desc")), (1, 1));
    assert!(!svg.contains("<script") && !svg.contains("href") && !svg.contains("@import"));
    assert!(svg.contains("font-family=\"Arial, 'Noto Sans', sans-serif\""));
}

#[test]
fn every_font_is_at_least_fourteen_pixels() {
    let a = analyse(&SHIFTED, Some(8)).expect("valid");
    let svg = render(&weeks(16), &SHIFTED, &a, &[], &text());
    let sizes: Vec<f64> = tags_with(&svg, "<text")
        .iter()
        .filter_map(|t| attr(t, "font-size"))
        .collect();
    assert_eq!(
        sizes.len(),
        tags_with(&svg, "<text").len(),
        "every text sets its size"
    );
    assert!(sizes.iter().all(|s| *s >= 14.0), "{sizes:?}");
}

#[test]
fn one_marker_per_point_and_the_shift_points_get_the_shift_marker() {
    let a = analyse(&SHIFTED, Some(8)).expect("valid");
    assert!(a.signals.contains(&Signal::Shift {
        first: 8,
        last: 15,
        side: Side::Above
    }));
    let svg = render(&weeks(16), &SHIFTED, &a, &[], &text());
    assert_eq!(tags_with(&svg, "data-index=").len(), 16);
    let shift_points: Vec<usize> = tags_with(&svg, r#"class="point shift""#)
        .iter()
        .filter_map(|t| attr(t, "data-index").map(|v| v as usize))
        .collect();
    assert_eq!(shift_points, (8..16).collect::<Vec<_>>());
    // Shape and colour both differ from a plain point.
    assert!(tags_with(&svg, r#"class="point shift""#)
        .iter()
        .all(|t| t.starts_with("<rect") && t.contains(YELLOW)));
    assert_eq!(tags_with(&svg, r#"<circle class="point""#).len(), 8);
}

#[test]
fn trend_and_astronomical_points_get_their_own_shapes() {
    let values = [
        14.0, 17.0, 12.0, 15.0, 16.0, 13.0, 18.0, 14.0, 15.0, 11.0, 16.0, 60.0, 13.0, 15.0, 10.0,
        12.0, 14.0, 16.0, 18.0, 20.0,
    ];
    let a = analyse(&values, None).expect("valid");
    let svg = render(&weeks(20), &values, &a, &[], &text());
    let astro = tags_with(&svg, r#"class="point astronomical""#);
    assert_eq!(astro.len(), 1);
    assert!(astro[0].contains(r#"data-index="11""#) && astro[0].contains(RED));
    let trend: Vec<usize> = tags_with(&svg, r#"class="point trend""#)
        .iter()
        .filter_map(|t| attr(t, "data-index").map(|v| v as usize))
        .collect();
    assert_eq!(trend, (14..20).collect::<Vec<_>>());
    assert!(svg.contains("Trend (↑): 2026-W15 – 2026-W20"));
    assert!(svg.contains("Astronomical point: 2026-W12"));
}

#[test]
fn the_legend_lists_each_signal_in_words_with_the_point_labels() {
    let a = analyse(&SHIFTED, Some(8)).expect("valid");
    let svg = render(&weeks(16), &SHIFTED, &a, &[], &text());
    assert!(
        svg.contains(">Shift (↑): 2026-W09 – 2026-W16</text>"),
        "{svg}"
    );
    let legend = tags_with(&svg, r#"class="legend""#);
    assert_eq!(legend.len(), a.signals.len());
    // The legend is also the accessible description.
    let desc = svg.lines().find(|l| l.starts_with("<desc")).expect("desc");
    assert!(desc.contains("Shift (↑): 2026-W09 – 2026-W16"));
}

#[test]
fn runs_signals_appear_in_the_legend_only() {
    let values: Vec<f64> = (0..20)
        .map(|i| if i % 2 == 0 { 10.0 } else { 12.0 })
        .collect();
    let a = analyse(&values, None).expect("valid");
    let svg = render(&weeks(20), &values, &a, &[], &text());
    assert!(svg.contains(">Too many runs: 20 &gt; 16</text>"));
    assert_eq!(tags_with(&svg, r#"<circle class="point""#).len(), 20);
}

#[test]
fn caller_text_is_escaped_everywhere() {
    let mut t = text();
    t.title = "<script>alert('x')</script> & co".into();
    t.median_label = "M\"ed".into();
    let notes = [Annotation {
        first: 2,
        last: None,
        title: "PDSA 1: <b>posters</b>".into(),
    }];
    let labels: Vec<String> = (0..16).map(|i| format!("W{i}<")).collect();
    let a = analyse(&SHIFTED, None).expect("valid");
    let svg = render(&labels, &SHIFTED, &a, &notes, &t);
    elements(&svg);
    assert!(!svg.contains("<script") && !svg.contains("<b>"));
    assert!(svg.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; co"));
    assert!(svg.contains("PDSA 1: &lt;b&gt;posters&lt;/b&gt;"));
    assert!(svg.contains("M&quot;ed"));
    assert!(svg.contains(">W0&lt;</text>"));
}

#[test]
fn control_characters_are_dropped() {
    assert_eq!(escape("a\u{0}b\u{1b}c\td"), "abc d");
}

#[test]
fn no_data_shows_the_no_data_label_and_no_points() {
    let a = analyse(&[], None).expect("valid");
    let svg = render(&[], &[], &a, &[], &text());
    elements(&svg);
    assert!(svg.contains(">No data yet</text>"));
    assert!(!svg.contains("data-index") && !svg.contains("<polyline"));
}

#[test]
fn y_ticks_are_nice_and_start_at_zero() {
    assert_eq!(nice_ticks(12.0, 26.0), (vec![0.0, 10.0, 20.0, 30.0], 10.0));
    assert_eq!(nice_ticks(0.0, 7.0).0, vec![0.0, 2.0, 4.0, 6.0, 8.0]);
    assert_eq!(
        nice_ticks(40.0, 96.0).0,
        vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    );
    let unit: Vec<String> = nice_ticks(0.0, 0.0)
        .0
        .into_iter()
        .map(format_number)
        .collect();
    assert_eq!(unit, ["0", "0.2", "0.4", "0.6", "0.8", "1"]);
    assert_eq!(nice_ticks(-3.0, 4.0).0, vec![-4.0, -2.0, 0.0, 2.0, 4.0]);
    let a = analyse(&SHIFTED, None).expect("valid");
    let svg = render(&weeks(16), &SHIFTED, &a, &[], &text());
    let ticks: Vec<&str> = tags_with(&svg, r#"class="y-tick""#);
    assert!(ticks[0].ends_with(">0</text>"));
    assert!(ticks.last().is_some_and(|t| t.ends_with(">20</text>")));
}

#[test]
fn crowded_x_labels_are_thinned_and_never_overlap() {
    let values: Vec<f64> = (0..104).map(|i| f64::from(i % 7)).collect();
    let a = analyse(&values, None).expect("valid");
    let svg = render(&weeks(104), &values, &a, &[], &text());
    let xs: Vec<f64> = tags_with(&svg, r#"class="x-label""#)
        .iter()
        .filter_map(|t| attr(t, "x"))
        .collect();
    assert!(xs.len() < 104 && xs.len() >= 8, "{}", xs.len());
    let width = "2026-W01".len() as f64 * CHAR_WIDTH * LABEL_FONT;
    assert!(xs.windows(2).all(|w| w[1] - w[0] >= width), "{xs:?}");
    // Sixteen weekly labels fit every other one; eight fit all.
    let a = analyse(&SHIFTED, None).expect("valid");
    let svg = render(&weeks(16), &SHIFTED, &a, &[], &text());
    assert_eq!(tags_with(&svg, r#"class="x-label""#).len(), 8);
    let a = analyse(&SHIFTED[..8], None).expect("valid");
    let svg = render(&weeks(8), &SHIFTED[..8], &a, &[], &text());
    assert_eq!(tags_with(&svg, r#"class="x-label""#).len(), 8);
}

#[test]
fn a_frozen_baseline_is_shaded_and_the_median_dashed_after_it() {
    let a = analyse(&SHIFTED, Some(8)).expect("valid");
    let svg = render(&weeks(16), &SHIFTED, &a, &[], &text());
    assert_eq!(tags_with(&svg, r#"class="baseline""#).len(), 1);
    let solid = tags_with(&svg, r#"class="centre""#);
    let dashed = tags_with(&svg, r#"class="centre-extended""#);
    assert_eq!((solid.len(), dashed.len()), (1, 1));
    assert!(dashed[0].contains("stroke-dasharray"));
    assert_eq!(attr(solid[0], "x2"), attr(dashed[0], "x1"));
    assert!(svg.contains(">Median 12.5</text>"));
    // Without a baseline: one solid line, no shading.
    let b = analyse(&SHIFTED, None).expect("valid");
    let svg = render(&weeks(16), &SHIFTED, &b, &[], &text());
    assert!(tags_with(&svg, "centre-extended").is_empty());
    assert!(tags_with(&svg, r#"class="baseline""#).is_empty());
}

#[test]
fn pdsa_annotations_are_bands_with_titles_at_their_start() {
    let notes = [
        Annotation {
            first: 8,
            last: Some(11),
            title: "PDSA 1: reception offers".into(),
        },
        Annotation {
            first: 12,
            last: None,
            title: "PDSA 2: kiosk in waiting room".into(),
        },
        Annotation {
            first: 99,
            last: None,
            title: "beyond the data".into(),
        },
    ];
    let a = analyse(&SHIFTED, None).expect("valid");
    let svg = render(&weeks(16), &SHIFTED, &a, &notes, &text());
    let bands = tags_with(&svg, r#"class="pdsa""#);
    assert_eq!(bands.len(), 2);
    assert_eq!(tags_with(&svg, r#"class="pdsa-title""#).len(), 2);
    let step = Frame::plot_width() / 16.0;
    let x0 = attr(bands[0], "x").expect("x");
    assert!((x0 - (LEFT + 8.0 * step)).abs() < 0.1);
    assert!((attr(bands[0], "width").expect("w") - 4.0 * step).abs() < 0.2);
    // An open-ended cycle runs to the last point.
    let end = attr(bands[1], "x").expect("x") + attr(bands[1], "width").expect("w");
    assert!((end - (WIDTH - RIGHT)).abs() < 0.2);
    assert!(svg.contains(">PDSA 2: kiosk in waiting room</text>"));
}

#[test]
fn rendering_is_deterministic() {
    let a = analyse(&SHIFTED, Some(8)).expect("valid");
    let notes = [Annotation {
        first: 8,
        last: None,
        title: "PDSA".into(),
    }];
    let one = render(&weeks(16), &SHIFTED, &a, &notes, &text());
    let two = render(&weeks(16), &SHIFTED, &a, &notes, &text());
    assert_eq!(one, two);
}

#[test]
fn missing_labels_fall_back_to_point_numbers() {
    let a = analyse(&SHIFTED, None).expect("valid");
    let svg = render(&weeks(3), &SHIFTED, &a, &[], &text());
    let shown: Vec<&str> = tags_with(&svg, r#"class="x-label""#);
    assert!(shown[1].ends_with(">2026-W03</text>"), "{shown:?}");
    assert!(shown[7].ends_with(">15</text>"), "{shown:?}");
}

#[test]
fn numbers_are_written_plainly() {
    assert_eq!(format_number(13.5), "13.5");
    assert_eq!(format_number(20.0), "20");
    assert_eq!(format_number(2.0 / 3.0), "0.67");
    assert_eq!(format_number(-0.001), "0");
}
