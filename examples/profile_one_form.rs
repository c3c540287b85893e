// Profiling aid (valgrind --tool=callgrind): validates one of the benchmark's forms many times,
// `valid` unless another name from target/bench/forms.json is given.
fn main() {
    let name = std::env::args().nth(1).unwrap_or_else(|| "valid".into());
    let forms = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench/forms.json")).expect("run npm run bench first");
    let form = formmirror::Value::parse_json(&forms).unwrap().get(&name).expect("a form of that name").to_json();
    let options = formmirror::Options::default();
    for _ in 0..2000 {
        std::hint::black_box(formmirror::validate("enswitch/people/create", formmirror::Input::Json(&form), &options).unwrap().to_json());
    }
}
