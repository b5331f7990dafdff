//! The fuzz targets' checks (`fuzz/bodies.rs`) on the stable toolchain: mutated seeds and
//! random bytes for a bounded time, where cargo-fuzz (nightly, coverage-guided) is not at
//! hand. `tools/fuzz` runs it:
//!
//!   FUZZ_SECONDS=30 cargo test -p access-kiosk-core --test core -- --ignored --nocapture --exact fuzz::fuzz_for_a_bounded_time
//!
//! `FUZZ_TARGET=config` runs one target; `FUZZ_SEED=…` replays a run (the seed is printed).
//! An input that fails is saved under `target/fuzz-failures/` and the test fails naming it.
//! A short fixed run (`every_target_survives_a_few_hundred_inputs`) is part of the normal
//! tests, so the bodies cannot rot.

#[path = "../../../../fuzz/bodies.rs"]
mod bodies;

use std::path::PathBuf;
use std::time::{Duration, Instant};

/// splitmix64, seedable so a failing run can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Byte strings that tend to find trouble in text parsers.
const FRAGMENTS: &[&[u8]] = &[
    b"\"",
    b"'",
    b"\\",
    b"\\u{0}",
    b"\\uD800",
    b"{",
    b"}",
    b"[",
    b"]",
    b"[[",
    b"]]",
    b"=",
    b"\n",
    b"\r\n",
    b"\t",
    b"#",
    b"-",
    b"*[",
    b"{ $",
    b"{ -",
    b"->",
    b".attr",
    b"\"\"\"",
    b"'''",
    b"null",
    b"true",
    b"1e999",
    b"-0",
    b"18446744073709551616",
    b"9999-12-31",
    b"\xe2\x80\xae",
    b"\xe2\x80\x8b",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc0\x80",
    b"<img src=x onerror=alert(1)>",
    b"'; DROP TABLE journey; --",
    b"\xe0\xa6\xb0\xe0\xa6\xb9\xe0\xa6\xbf\xe0\xa6\xae",
];

fn mutate(seeds: &[Vec<u8>], rng: &mut Rng) -> Vec<u8> {
    let mut data = match rng.below(10) {
        // Now and then, plain random bytes.
        0 => {
            let len = rng.below(512);
            (0..len).map(|_| rng.next() as u8).collect::<Vec<u8>>()
        }
        _ if seeds.is_empty() => Vec::new(),
        _ => seeds[rng.below(seeds.len())].clone(),
    };
    for _ in 0..=rng.below(8) {
        let at = rng.below(data.len() + 1);
        match rng.below(8) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 => data.insert(at, rng.next() as u8),
            2 => {
                let end = (at + rng.below(64)).min(data.len());
                data.drain(at..end);
            }
            3 => {
                let f = FRAGMENTS[rng.below(FRAGMENTS.len())];
                data.splice(at..at, f.iter().copied());
            }
            4 => data.truncate(at),
            5 => {
                // Repeat a piece: long lines, deep nesting.
                let end = (at + 1 + rng.below(16)).min(data.len());
                let piece = data[at.min(end)..end].to_vec();
                let most = if rng.below(50) == 0 { 20_000 } else { 20 };
                let times = 1 + rng.below(most);
                let repeated: Vec<u8> = piece.repeat(times);
                data.splice(at..at, repeated);
            }
            6 if !seeds.is_empty() => {
                // Splice in a piece of another seed.
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len());
                let to = (from + rng.below(128)).min(other.len());
                data.splice(at..at, other[from..to].iter().copied());
            }
            _ => {
                let i = rng.below(data.len() + 1);
                let digit = b'0' + rng.below(10) as u8;
                data.insert(i, digit);
            }
        }
    }
    data
}

fn failure_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/fuzz-failures")
}

/// Runs `body` on mutated inputs until `limit` says stop; saves and reports a failing input.
fn run(name: &str, body: fn(&[u8]), rng: &mut Rng, mut more: impl FnMut(usize) -> bool) -> usize {
    let seeds = bodies::seeds(name);
    let mut n = 0;
    while more(n) {
        let input = if n < seeds.len() {
            seeds[n].clone()
        } else {
            mutate(&seeds, rng)
        };
        if std::panic::catch_unwind(|| body(&input)).is_err() {
            let dir = failure_dir();
            std::fs::create_dir_all(&dir).expect("failures folder");
            let path = dir.join(format!("{name}-{n}.bin"));
            std::fs::write(&path, &input).expect("save the failing input");
            panic!(
                "fuzz target {name} failed on input {n} ({} bytes), saved as {}",
                input.len(),
                path.display()
            );
        }
        n += 1;
    }
    n
}

#[test]
fn every_target_survives_a_few_hundred_inputs() {
    let mut rng = Rng(0x5EED);
    for (name, body) in bodies::TARGETS {
        run(name, *body, &mut rng, |n| n < 300);
    }
}

#[test]
#[ignore = "a bounded random-input run for tools/fuzz, not for every test run"]
fn fuzz_for_a_bounded_time() {
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let only = std::env::var("FUZZ_TARGET").ok();
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    println!(
        "stable fuzz driver: seed {seed} (replay with FUZZ_SEED={seed}), {seconds} s a target"
    );
    let mut rng = Rng(seed);
    for (name, body) in bodies::TARGETS {
        if only.as_deref().is_some_and(|o| o != *name) {
            continue;
        }
        let until = Instant::now() + Duration::from_secs(seconds);
        let n = run(name, *body, &mut rng, |_| Instant::now() < until);
        println!("stable fuzz driver: {name}: {n} inputs, no failure");
    }
}

/// Writes each target's seeds to `fuzz/corpus/<target>/` for cargo-fuzz to start from.
#[test]
#[ignore = "used by tools/fuzz before a cargo-fuzz run"]
fn write_seed_corpus() {
    for (name, _) in bodies::TARGETS {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/corpus")
            .join(name);
        std::fs::create_dir_all(&dir).unwrap();
        for (i, seed) in bodies::seeds(name).iter().enumerate() {
            std::fs::write(dir.join(format!("seed-{i}")), seed).unwrap();
        }
    }
}
