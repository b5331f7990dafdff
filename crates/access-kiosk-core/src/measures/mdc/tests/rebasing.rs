//! Rebases: each stretch its own mean and limits, and no run or moving range across one.

use super::*;

// ---- rebasing ----------------------------------------------------------------------

#[test]
fn each_segment_has_its_own_mean_and_no_moving_range_crosses_a_rebase() {
    // 10, 12 × 3 then 30, 32 × 3, rebased at 6. First: mean 11, five ranges of 2. Second:
    // mean 31, five ranges of 2. The 12 → 30 range (18) belongs to neither: had it been
    // taken, screening would have had something to drop (screened_out 1).
    let values = [
        10.0, 12.0, 10.0, 12.0, 10.0, 12.0, 30.0, 32.0, 30.0, 32.0, 30.0, 32.0,
    ];
    let options = XmrOptions {
        rebases: vec![6],
        ..XmrOptions::default()
    };
    let c = chart(&values, Increase, &options);
    let means: Vec<_> = c.segments.iter().map(|s| s.lines.mean).collect();
    assert_eq!(means, vec![Some(11.0), Some(31.0)]);
    for s in &c.segments {
        assert_eq!((s.mean_moving_range, s.screened_out), (Some(2.0), 0));
    }
    assert_eq!((c.segments[1].start, c.segments[1].end), (6, 11));
    assert_eq!((c.points[5].segment, c.points[6].segment), (0, 1));
    assert_eq!(codes(&c), "............");
}

#[test]
fn runs_do_not_cross_a_rebase() {
    // First segment 8, 12, 8, 12, 8, 12, 8, 11, 11, 11, 11: mean 112 / 11 = 10.18, the four
    // 11s above. Second 11, 11, 11, 8, 12, 8, 12, 8, 12: mean 93 / 9 = 10.33, the three 11s
    // above. Seven 11s in a row, but four in one segment and three in the next: no shift.
    // Unrebased, the mean is 205 / 20 = 10.25 and the seven 11s are a shift.
    let values = [
        8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0, 8.0, 12.0,
        8.0, 12.0, 8.0, 12.0,
    ];
    let rebased = XmrOptions {
        rebases: vec![11],
        ..XmrOptions::default()
    };
    assert_eq!(
        codes(&chart(&values, Increase, &rebased)),
        "...................."
    );
    assert_eq!(codes(&plain(&values)), ".......SSSSSSS......");
}

#[test]
fn rebases_at_zero_repeated_or_unordered_are_harmless() {
    let values = [10.0, 12.0, 10.0, 12.0, 30.0, 32.0, 30.0, 32.0];
    let one = |rebases: Vec<usize>| {
        let c = chart(
            &values,
            Increase,
            &XmrOptions {
                rebases,
                ..XmrOptions::default()
            },
        );
        c.segments
            .iter()
            .map(|s| (s.start, s.end))
            .collect::<Vec<_>>()
    };
    assert_eq!(one(vec![4]), vec![(0, 3), (4, 7)]);
    assert_eq!(one(vec![4, 0, 4]), vec![(0, 3), (4, 7)]);
    assert_eq!(one(vec![6, 2]), vec![(0, 1), (2, 5), (6, 7)]);
}
