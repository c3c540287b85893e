//! `CsvStream` answers a file fed in pieces of any size exactly as `validate_batch` answers the
//! whole of it: the same listed rows with the same lines, errors and warnings, the same counts.

use formmirror::{validate_batch, Batch, CsvStream, Options};

/// A small deterministic generator (xorshift), so a failure names its seed.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// A CSV file with the trouble real exports have: quoted fields with commas and line breaks,
/// stray and unclosed quotes, empty lines, CRLF, rows of the wrong width, unknown columns.
fn file(random: &mut Random) -> String {
    let mut text = String::from("auth_username,auth_password,username,email,password,role,forname,\"country\"\n");
    for _ in 0..random.below(60) {
        let cells: Vec<&str> = (0..8)
            .map(|_| {
                random.pick(&[
                    "u",
                    "p",
                    "ann",
                    "ann@example.com",
                    "bad@",
                    "\"a,b\"",
                    "\"multi\nline\"",
                    "x\"y",
                    "\"open",
                    "1",
                    "",
                    "GB",
                    "\"q\"\"q\"",
                ])
            })
            .collect();
        let width = if random.below(10) == 0 { 1 + random.below(8) } else { 8 };
        text.push_str(&cells[..width].join(","));
        text.push_str(random.pick(&["\n", "\n", "\r\n", "\n\n"]));
    }
    if random.below(3) == 0 {
        text.push_str("\"never closed,at,the,end");
    }
    text
}

#[test]
fn pieces_of_any_size_answer_as_the_whole_file() {
    let options = Options::default();
    for seed in 1..400u64 {
        let mut random = Random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let text = file(&mut random);
        let whole = validate_batch("enswitch/people/create", Batch::Csv(&text), &options).unwrap();
        let mut stream = CsvStream::new("enswitch/people/create", &options).unwrap();
        let mut listed = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let mut end = (at + 1 + random.below(40)).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            listed.extend(stream.push(&text[at..end]));
            at = end;
        }
        listed.extend(stream.finish());
        assert_eq!(listed, whole.results, "seed {seed}:\n{text}");
        assert_eq!((stream.total, stream.valid, stream.invalid), (whole.total, whole.valid, whole.invalid), "seed {seed}");
        assert_eq!(stream.warnings, whole.warnings, "seed {seed}");
    }
}

#[test]
fn a_quote_never_closed_costs_its_record_only_however_large_the_file() {
    let options = Options::default();
    let mut text = String::from("auth_username,auth_password,username,email,password,role\nu,p,\"open,ann@example.com,s,1\n");
    for n in 0..60_000 {
        text.push_str(&format!("u,p,user{n},user{n}@example.com,s,1\n"));
    }
    let whole = validate_batch("enswitch/people/create", Batch::Csv(&text), &options).unwrap();
    let mut stream = CsvStream::new("enswitch/people/create", &options).unwrap();
    let mut listed = Vec::new();
    for piece in text.as_bytes().chunks(65_536) {
        listed.extend(stream.push(std::str::from_utf8(piece).unwrap()));
    }
    listed.extend(stream.finish());
    assert_eq!((stream.total, stream.invalid), (60_001, 1));
    assert_eq!(listed, whole.results);
    // One piece larger than the stream ever holds at once.
    let mut stream = CsvStream::new("enswitch/people/create", &options).unwrap();
    let mut listed = stream.push(&text);
    listed.extend(stream.finish());
    assert_eq!((stream.total, stream.invalid), (60_001, 1));
    assert_eq!(listed, whole.results);
}
