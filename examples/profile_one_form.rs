// Profiling aid (valgrind --tool=callgrind): validates the benchmark's valid form many times.
fn main() {
    let forms = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench/forms.json")).expect("run npm run bench first");
    let form = formmirror::Value::parse_json(&forms).unwrap().get("valid").unwrap().to_json();
    let options = formmirror::Options::default();
    for _ in 0..2000 {
        std::hint::black_box(formmirror::validate("enswitch/people/create", formmirror::Input::Json(&form), &options).unwrap());
    }
}
