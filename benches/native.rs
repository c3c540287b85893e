//! The native side of `npm run bench`: the same forms and the same 100,000-row CSV that
//! bench/run.mjs writes to target/bench/, timed with a plain harness (median of rounds).

use formmirror::{validate, validate_batch, Batch, Input, Options};
use std::time::Instant;

const ENDPOINT: &str = "enswitch/people/create";

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// Microseconds per call, over enough calls for ~100 ms per round.
fn per_call(mut run: impl FnMut()) -> f64 {
    let mut iterations = 1;
    loop {
        let start = Instant::now();
        (0..iterations).for_each(|_| run());
        if start.elapsed().as_millis() > 100 {
            break;
        }
        iterations *= 2;
    }
    median(
        (0..7)
            .map(|_| {
                let start = Instant::now();
                (0..iterations).for_each(|_| run());
                start.elapsed().as_secs_f64() * 1e6 / f64::from(iterations)
            })
            .collect(),
    )
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench");
    let (Ok(forms), Ok(csv)) = (std::fs::read_to_string(format!("{dir}/forms.json")), std::fs::read_to_string(format!("{dir}/signups.csv"))) else {
        eprintln!("run `npm run bench` first: it writes the shared inputs to {dir}");
        return;
    };
    let forms = formmirror::Value::parse_json(&forms).expect("forms.json");
    let options = Options::default();
    for name in ["valid", "invalid"] {
        let decoded = forms.get(name).expect("form");
        let form = decoded.to_json();
        let micros = per_call(|| {
            std::hint::black_box(validate(ENDPOINT, Input::Json(&form), &options).unwrap());
        });
        println!("  one form, {name:<8} {micros:>8.2} µs per call (JSON text in, Answer out)");
        let micros = per_call(|| {
            std::hint::black_box(validate(ENDPOINT, Input::Json(&form), &options).unwrap().to_json());
        });
        println!("  one form, {name:<8} {micros:>8.2} µs per call (JSON text in, answer JSON out)");
        let micros = per_call(|| {
            std::hint::black_box(validate(ENDPOINT, Input::Value(decoded), &options).unwrap());
        });
        println!("  one form, {name:<8} {micros:>8.2} µs per call (a decoded Value in, Answer out)");
    }
    let rows = csv.lines().count() - 1;
    let seconds = median(
        (0..5)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(validate_batch(ENDPOINT, Batch::Csv(&csv), &options).unwrap());
                start.elapsed().as_secs_f64()
            })
            .collect(),
    );
    println!("  bulk {rows}-row CSV  {:>10.0} rows per second", rows as f64 / seconds);
}
