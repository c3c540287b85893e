//! Runs every case in `tests/cases/*.json` against the native library, checks it against the
//! case's `expect`, and compares its complete answer byte for byte with the committed golden
//! answer in `tests/golden/*.txt`, which the Node and Chromium runs compare the wasm build's
//! answers with too. `UPDATE_GOLDEN=1 cargo test --test cases` rewrites the golden files, so a
//! change of any answer is a diff to review. The formats are described in `tests/README.md`.

use formmirror::{validate, validate_batch, validate_field, validate_request, Batch, Input, Options, Value};
use std::fs;
use std::path::{Path, PathBuf};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn member<'v, 'a>(value: &'v Value<'a>, key: &str) -> Option<&'v Value<'a>> {
    value.get(key)
}

fn text<'v>(value: &'v Value<'_>, key: &str) -> Option<&'v str> {
    value.get(key).and_then(Value::as_str)
}

/// Replaces `{"$repeat": [text, n]}` with the text repeated n times, anywhere in the value.
fn expand<'a>(value: &Value<'a>) -> Value<'a> {
    match value {
        Value::Object(members) => {
            if let (1, Some(Value::Array(spec))) = (members.len(), value.get("$repeat")) {
                if let [Value::String(unit), Value::Number(times)] = spec.as_slice() {
                    return Value::from(unit.repeat(times.parse().expect("$repeat count")));
                }
            }
            Value::Object(members.iter().map(|(k, v)| (k.clone(), expand(v))).collect())
        }
        Value::Array(items) => Value::Array(items.iter().map(expand).collect()),
        other => other.clone(),
    }
}

/// The case's input object: its base, overridden by `input`, less `omit`.
fn input_of<'a>(doc: &Value<'a>, case: &Value<'a>) -> Option<Value<'a>> {
    let base = text(case, "base").map(|name| member(member(doc, "bases").unwrap(), name).expect("unknown base").clone());
    let own = member(case, "input").cloned();
    let mut members = match (base, own.clone()) {
        (None, None) => return None,
        (Some(Value::Object(b)), _) => b,
        (None, Some(Value::Object(o))) => return Some(expand(&Value::Object(o))),
        _ => panic!("bases and inputs must be objects"),
    };
    if let Some(Value::Object(overrides)) = own {
        for (key, value) in overrides {
            match members.iter_mut().find(|(k, _)| *k == key) {
                Some(slot) => slot.1 = value,
                None => members.push((key, value)),
            }
        }
    }
    if let Some(Value::Array(omit)) = member(case, "omit") {
        members.retain(|(k, _)| !omit.iter().any(|o| o.as_str() == Some(k)));
    }
    Some(expand(&Value::Object(members)))
}

/// The raw answer text for a case, or `Err` with the usage error's message.
fn run(doc: &Value<'_>, case: &Value<'_>) -> Result<String, String> {
    let options = Options::from_value(member(case, "options").unwrap_or(&Value::Null)).map_err(|e| e.0)?;
    let endpoint = text(case, "endpoint").unwrap_or("");
    let input_json = input_of(doc, case).map(|v| v.to_json());
    if let Some(csv) = text(case, "batch_csv") {
        return validate_batch(endpoint, Batch::Csv(csv), &options).map(|a| a.to_json()).map_err(|e| e.0);
    }
    if let Some(rows) = member(case, "batch_rows") {
        return validate_batch(endpoint, Batch::Json(&expand(rows).to_json()), &options).map(|a| a.to_json()).map_err(|e| e.0);
    }
    if let Some(request) = text(case, "request") {
        return Ok(validate_request(request, &options).to_json());
    }
    if let Some(field) = text(case, "field") {
        let context = input_json.as_deref().map(Input::Json);
        return validate_field(endpoint, field, member(case, "value"), context, &options).map(|a| a.to_json()).map_err(|e| e.0);
    }
    let input = match (text(case, "query"), text(case, "json")) {
        (Some(query), _) => Input::Query(query),
        (_, Some(json)) => Input::Json(json),
        _ => Input::Json(input_json.as_deref().unwrap_or("{}")),
    };
    validate(endpoint, input, &options).map(|a| a.to_json()).map_err(|e| e.0)
}

fn pairs(issues: &Value<'_>, with_suggestions: &mut Vec<(String, String)>) -> Vec<(String, String)> {
    let Value::Array(items) = issues else { panic!("issues must be a list") };
    items
        .iter()
        .map(|i| {
            let field = text(i, "field").unwrap().to_owned();
            if let Some(s) = text(i, "suggestion") {
                with_suggestions.push((field.clone(), s.to_owned()));
            }
            (field, text(i, "code").unwrap().to_owned())
        })
        .collect()
}

fn expected_pairs(list: &Value<'_>) -> Vec<(String, String)> {
    let Value::Array(items) = list else { panic!("expected errors must be a list") };
    items
        .iter()
        .map(|pair| match pair {
            Value::Array(p) => (p[0].as_str().unwrap().to_owned(), p[1].as_str().unwrap().to_owned()),
            _ => panic!("expected [field, code]"),
        })
        .collect()
}

/// Every difference between the answer and the case's `expect`.
fn check(doc: &Value<'_>, case: &Value<'_>, result: &Result<String, String>) -> Vec<String> {
    let expect = member(case, "expect").expect("case without expect");
    let mut problems = Vec::new();
    let marker = text(doc, "password_marker").unwrap_or("\u{0}");
    let raw = match result {
        Ok(raw) | Err(raw) => raw,
    };
    if raw.contains(marker) {
        problems.push("the answer echoes the password".to_owned());
    }
    if let Some(wanted) = text(expect, "usage_error") {
        match result {
            Err(message) if message.contains(wanted) => {}
            other => problems.push(format!("expected a usage error containing {wanted:?}, got {other:?}")),
        }
        return problems;
    }
    let answer = match result {
        Ok(raw) => Value::parse_json(raw).expect("answers are JSON"),
        Err(message) => return vec![format!("unexpected usage error: {message}")],
    };
    if let Some(wanted) = member(expect, "batch") {
        let got = batch_summary(&answer);
        if got != wanted.to_json() {
            problems.push(format!("batch\n     got {got}\nexpected {}", wanted.to_json()));
        }
        return problems;
    }
    let mut suggestions = Vec::new();
    let errors = pairs(member(&answer, "errors").unwrap(), &mut suggestions);
    let warnings = pairs(member(&answer, "warnings").unwrap(), &mut suggestions);
    if let Some(Value::Number(status)) = member(expect, "status") {
        let got = member(&answer, "status").map(Value::to_json).unwrap_or_default();
        if &got != status {
            problems.push(format!("status {got}, expected {status}"));
        }
    }
    if let Some(body) = member(expect, "body") {
        let got = member(&answer, "body").map(Value::to_json).unwrap_or_default();
        if got != body.to_json() {
            problems.push(format!("body\n     got {got}\nexpected {}", body.to_json()));
        }
    }
    for (key, got) in [("errors", &errors), ("warnings", &warnings)] {
        if let Some(list) = member(expect, key) {
            let wanted = expected_pairs(list);
            if &wanted != got {
                problems.push(format!("{key} {got:?}, expected {wanted:?}"));
            }
        }
    }
    if let Some(Value::Object(wanted)) = member(expect, "suggestions").or(member(case, "expect_suggestions")) {
        let wanted: Vec<(String, String)> = wanted.iter().map(|(k, v)| (k.to_string(), v.as_str().unwrap().to_owned())).collect();
        if wanted != suggestions {
            problems.push(format!("suggestions {suggestions:?}, expected {wanted:?}"));
        }
    }
    if let (Some(Value::Bool(ok)), Ok(_)) = (member(&answer, "ok"), result) {
        if ok != &errors.is_empty() {
            problems.push("ok disagrees with errors".to_owned());
        }
    }
    problems
}

/// `{"total","valid","invalid","rows":[[row, [[field, code], …]], …]}`, as batch cases expect.
fn batch_summary(answer: &Value<'_>) -> String {
    let Some(Value::Array(results)) = member(answer, "results") else { panic!("a batch answer has results") };
    let rows = results
        .iter()
        .map(|r| {
            let errors = pairs(member(r, "errors").unwrap(), &mut Vec::new())
                .into_iter()
                .map(|(field, code)| Value::Array(vec![field.into(), code.into()]))
                .collect();
            Value::Array(vec![member(r, "row").unwrap().clone(), Value::Array(errors)])
        })
        .collect();
    Value::Object(vec![
        ("total".into(), member(answer, "total").unwrap().clone()),
        ("valid".into(), member(answer, "valid").unwrap().clone()),
        ("invalid".into(), member(answer, "invalid").unwrap().clone()),
        ("rows".into(), Value::Array(rows)),
    ])
    .to_json()
}

fn case_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(manifest_dir().join("tests/cases"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// The golden file of a case file: `tests/cases/x.json` → `tests/golden/x.txt`.
fn golden_path(case_file: &Path) -> PathBuf {
    let stem = case_file.file_stem().unwrap();
    manifest_dir().join("tests/golden").join(stem).with_extension("txt")
}

const GOLDEN_HEADER: &str = "# Golden answers: each case's complete answer, byte for byte. Written by\n\
# `UPDATE_GOLDEN=1 cargo test --test cases`; a diff here is a change of what formmirror answers.\n";

/// `=== <case name>` then the answer on one line, per case, in case-file order.
fn parse_golden(text: &str) -> Vec<(String, String)> {
    let mut answers = Vec::new();
    let mut lines = text.lines().filter(|line| !line.starts_with('#') && !line.is_empty());
    while let Some(line) = lines.next() {
        let name = line.strip_prefix("=== ").unwrap_or_else(|| panic!("golden file: expected \"=== name\", got {line:?}"));
        let answer = lines.next().unwrap_or_else(|| panic!("golden file: no answer after {line:?}"));
        answers.push((name.to_owned(), answer.to_owned()));
    }
    answers
}

fn format_golden(answers: &[(String, String)]) -> String {
    let mut out = GOLDEN_HEADER.to_owned();
    for (name, answer) in answers {
        assert!(!name.contains('\n') && !answer.contains('\n'), "{name}: names and answers are one line each");
        out.push_str(&format!("\n=== {name}\n{answer}\n"));
    }
    out
}

#[test]
fn case_files_native() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| !v.is_empty());
    let mut failures = Vec::new();
    let mut count = 0;
    for path in case_files() {
        let source = fs::read_to_string(&path).unwrap();
        let doc = Value::parse_json(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(Value::Array(cases)) = member(&doc, "cases") else { panic!("{file}: no cases") };
        let golden_file = golden_path(&path);
        let golden = parse_golden(&fs::read_to_string(&golden_file).unwrap_or_default());
        let mut answers: Vec<(String, String)> = Vec::new();
        for case in cases {
            let name = text(case, "name").expect("case without name");
            assert!(!answers.iter().any(|(n, _)| n == name), "{file}: two cases are named {name:?}");
            let result = run(&doc, case);
            for problem in check(&doc, case, &result) {
                failures.push(format!("{file}: {name}: {problem}"));
            }
            let raw = result.unwrap_or_else(|usage| format!("usage error: {usage}"));
            match golden.iter().find(|(n, _)| n == name) {
                _ if update => {}
                Some((_, wanted)) if *wanted == raw => {}
                Some((_, wanted)) => failures.push(format!("{file}: {name}: differs from the golden answer\n     got {raw}\nexpected {wanted}")),
                None => failures.push(format!("{file}: {name}: no golden answer (UPDATE_GOLDEN=1 writes it)")),
            }
            answers.push((name.to_owned(), raw));
            count += 1;
        }
        for (name, _) in golden.iter().filter(|(n, _)| !answers.iter().any(|(a, _)| a == n)) {
            if !update {
                failures.push(format!("{file}: golden answer for a case that no longer exists: {name}"));
            }
        }
        if update {
            fs::create_dir_all(golden_file.parent().unwrap()).unwrap();
            fs::write(&golden_file, format_golden(&answers)).unwrap();
        }
    }
    assert!(failures.is_empty(), "{} of {count} cases failed:\n{}", failures.len(), failures.join("\n"));
    assert!(count > 0, "no cases found");
    println!("{count} cases passed natively and equal their golden answers");
}
