//! Properties over generated series.

use super::*;

// ---- properties --------------------------------------------------------------------

/// A small deterministic generator so the property test needs no crate.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() * n as f64) as usize
    }
}

fn random_case(rng: &mut Lcg) -> (Vec<Option<f64>>, XmrOptions) {
    let n = rng.below(45);
    let whole = rng.below(2) == 0;
    let mut level = 50.0;
    let values = (0..n)
        .map(|_| {
            if rng.below(12) == 0 {
                level += 20.0 * (rng.next() - 0.5);
            }
            let v = level + 10.0 * (rng.next() - 0.5) + if rng.below(20) == 0 { 40.0 } else { 0.0 };
            let v = if whole { v.round() } else { v };
            (rng.below(15) != 0).then_some(v)
        })
        .collect();
    let options = XmrOptions {
        screen_outliers: rng.below(3) != 0,
        fix_after: (rng.below(3) == 0).then(|| 12 + rng.below(10)),
        rebases: (0..rng.below(3))
            .filter(|_| n > 0)
            .map(|_| rng.below(n))
            .collect(),
        target: (rng.below(2) == 0).then(|| 30.0 + 40.0 * rng.next()),
    };
    (values, options)
}

#[test]
fn random_series_keep_the_invariants() {
    let mut rng = Lcg(20260401);
    for _ in 0..3000 {
        let (values, options) = random_case(&mut rng);
        let c = analyse(&values, Increase, &options).expect("valid");
        assert_eq!(c.points.len(), values.len());
        for s in &c.segments {
            let l = s.lines;
            let all = [
                l.mean,
                l.upper,
                l.lower,
                l.upper_two_sigma,
                l.lower_two_sigma,
                s.mean_moving_range,
            ];
            assert!(all.iter().flatten().all(|v| v.is_finite()), "{s:?}");
            if let (Some(lo), Some(lo2), Some(m), Some(hi2), Some(hi)) = (
                l.lower,
                l.lower_two_sigma,
                l.mean,
                l.upper_two_sigma,
                l.upper,
            ) {
                assert!(lo <= lo2 && lo2 <= m && m <= hi2 && hi2 <= hi, "{s:?}");
            }
            let baseline = &values[s.start..s.start + s.baseline_len];
            assert_eq!(s.baseline_values, baseline.iter().flatten().count());
            assert!(s.baseline_values <= s.values);
            assert_eq!(s.trial, s.baseline_values < FIRM_LIMITS_MIN_VALUES);
        }
        for (i, p) in c.points.iter().enumerate() {
            let Some(sc) = p.special_cause else { continue };
            assert!(p.value.is_some(), "a missing week has no signal");
            let within = |rule: Rule| {
                c.signals
                    .iter()
                    .any(|s| s.rule == rule && (s.first..=s.last).contains(&i))
            };
            assert!(within(sc.rule), "point {i} {sc:?} has no signal");
            // Outside, trend and shift flag every point they span: a point inside one of
            // their signals shows the first of them that applies.
            if within(Rule::Outside) {
                assert_eq!(sc.rule, Rule::Outside);
            } else if within(Rule::Trend) {
                assert_eq!(sc.rule, Rule::Trend);
            }
        }
        // Turning the series upside down and the direction round changes sides, not kinds.
        let flipped: Vec<Option<f64>> = values.iter().map(|v| v.map(|v| -v)).collect();
        let options_flipped = XmrOptions {
            target: options.target.map(|t| -t),
            ..options.clone()
        };
        let m = analyse(&flipped, Decrease, &options_flipped).expect("valid");
        for (p, q) in c.points.iter().zip(&m.points) {
            let (a, b) = (p.special_cause, q.special_cause);
            assert_eq!(a.map(|s| (s.rule, s.kind)), b.map(|s| (s.rule, s.kind)));
            assert!(a.zip(b).is_none_or(|(a, b)| a.side != b.side));
            assert_eq!(p.lines.mean.map(|v| -v), q.lines.mean);
        }
        assert_eq!(c.assurance, m.assurance);
    }
}
