//! A JSON Schema (draft 2020-12) of each endpoint's parameters, written from the same field
//! tables and rules the checks run on. What a schema cannot say (the caller's password policy
//! and roles, gates such as 401 or 403, checks between fields, a rule's finer points) is left
//! to formmirror's answer: the schema never rejects a request formmirror accepts, and is exact
//! for every rule a pattern or a list can state (the tests hold both).
//!
//! Native builds only: the wasm leaves rules' descriptions out, and the npm package ships these
//! schemas as files instead.

use crate::endpoints::{Endpoint, Field, Kind, Presence, Wire};
use crate::rules::Keywords;
use crate::Value;

/// The schema of `endpoint`'s parameters, as one JSON object.
pub(crate) fn of(endpoint: &Endpoint) -> Value<'static> {
    let properties = endpoint.fields.iter().map(|field| (field.name.into(), property(field, endpoint.wire))).collect();
    let required = endpoint
        .fields
        .iter()
        .filter(|field| matches!(field.presence, Presence::Required))
        .map(|field| Value::from(field.name).into_owned())
        .collect();
    let path = if endpoint.path.is_empty() { "its JSON-RPC endpoint" } else { endpoint.path };
    Value::Object(vec![
        ("$schema".into(), "https://json-schema.org/draft/2020-12/schema".into()),
        ("title".into(), endpoint.title.into()),
        (
            "description".into(),
            Value::text(format!(
                "The parameters of {} {path} ({}), written by formmirror from its field tables. Checks that need the \
                 caller's options or other fields, and the server's gates, are formmirror's answer, not the schema's.",
                endpoint.method,
                endpoint.wire.encoding()
            )),
        ),
        ("type".into(), "object".into()),
        ("properties".into(), Value::Object(properties)),
        ("required".into(), Value::Array(required)),
    ])
}

/// One parameter: its type on this wire, its description, and its rule's keywords.
fn property(field: &Field, wire: Wire) -> Value<'static> {
    let mut members: Vec<(std::borrow::Cow<'static, str>, Value<'static>)> = vec![("description".into(), field.doc.into())];
    if matches!(field.presence, Presence::ReadOnly) {
        // `readOnly` alone is an annotation; `not: {}` makes sending it invalid, as it is.
        members.push(("readOnly".into(), Value::Bool(true)));
        members.push(("not".into(), Value::Object(Vec::new())));
        return Value::Object(members);
    }
    members.push((
        "type".into(),
        match type_names(field.kind, wire) {
            [one] => (*one).into(),
            many => Value::Array(many.iter().map(|&t| t.into()).collect()),
        },
    ));
    match field.kind {
        Kind::TextList => members.push(("items".into(), Value::Object(vec![("type".into(), "string".into())]))),
        Kind::AttributeList => members.push(("items".into(), attribute())),
        Kind::Text | Kind::Integer => {
            let mut keywords = Keywords::default();
            // Outside Grape, an empty required value is "required"; Grape only asks that it be sent.
            if matches!(field.presence, Presence::Required) && wire != Wire::Form && field.kind == Kind::Text {
                keywords.min_chars(1);
            }
            if let Some(rule) = field.rule {
                rule.describe(&mut keywords);
            }
            let types = type_names(field.kind, wire);
            let mut described: Vec<(std::borrow::Cow<'static, str>, Value<'static>)> = Vec::new();
            for (keyword, value) in keywords.members {
                if applies(keyword, types) && !described.iter().any(|(k, _)| k == keyword) {
                    described.push((keyword.into(), with_numbers(keyword, value, types)));
                }
            }
            match field.presence {
                // When the field is exempt (Enswitch's email when options do not require it), an
                // empty value is "not given", and the rule does not look at it.
                Presence::RequiredUnless(_) if !described.is_empty() => {
                    let empty = Value::Object(vec![("const".into(), "".into())]);
                    members.push(("anyOf".into(), Value::Array(vec![empty, Value::Object(described)])));
                }
                _ => members.extend(described),
            }
        }
    }
    Value::Object(members)
}

/// The JSON types a value of `kind` may have on `wire`.
fn type_names(kind: Kind, wire: Wire) -> &'static [&'static str] {
    match (kind, wire) {
        (Kind::TextList | Kind::AttributeList, _) => &["array"],
        // Grape coerces any scalar to the text it declares; null counts as empty.
        (Kind::Text | Kind::Integer, Wire::Form) => &["string", "number", "boolean", "null"],
        // Parameters are text on the wire: an integer may come as digits.
        (Kind::Integer, Wire::Params) => &["integer", "string"],
        (Kind::Integer, Wire::Json) => &["integer"],
        (Kind::Text, _) => &["string"],
    }
}

/// Whether a rule's keyword says anything about a value of these types (a pattern about text,
/// a bound about numbers): a schema that names a keyword its types never meet is an error to
/// strict validators.
fn applies(keyword: &str, types: &[&str]) -> bool {
    match keyword {
        "pattern" | "minLength" | "maxLength" | "contentMediaType" => types.contains(&"string"),
        "minimum" | "maximum" => types.iter().any(|t| matches!(*t, "integer" | "number")),
        _ => true,
    }
}

/// A list of text values for a field that also takes JSON numbers lists each value that is an
/// integer twice, as text and as a number: `validation` takes `"1"` and `1`.
fn with_numbers(keyword: &str, value: Value<'static>, types: &[&str]) -> Value<'static> {
    match value {
        Value::Array(items) if keyword == "enum" && types.contains(&"integer") => {
            let numbers: Vec<Value<'static>> = items
                .iter()
                .filter_map(Value::as_str)
                .filter(|text| text.bytes().all(|b| b.is_ascii_digit()) && (text.len() == 1 || !text.starts_with('0')))
                .map(|text| Value::Number(text.to_owned().into()))
                .collect();
            Value::Array(items.into_iter().chain(numbers).collect())
        }
        other => other,
    }
}

/// ActivePlatform's `{key, value}` item; which keys and values are allowed is the caller's option.
fn attribute() -> Value<'static> {
    Value::Object(vec![
        ("type".into(), "object".into()),
        ("properties".into(), Value::Object(vec![("key".into(), Value::Object(vec![("type".into(), "string".into())]))])),
        ("required".into(), Value::Array(vec!["key".into()])),
    ])
}

#[cfg(test)]
mod tests {
    use crate::endpoints::{rules, ALL};
    use crate::rules::{Keywords, Rule};
    use crate::Value;

    /// Rules whose keywords say exactly what the check accepts; the others' say less (the
    /// integers' upper bound on digits, a list's per-address length, IP grammar, key packets).
    const EXACT: &[&str] = &[
        "free_text",
        "username",
        "email",
        "extension",
        "phone",
        "language",
        "language_or_default",
        "country",
        "date_format",
        "time_format",
        "timezone",
        "validation_flag",
        "yes_no",
        "non_empty",
    ];

    /// Whether text meets the keywords, as a JSON Schema validator reads them for a string.
    struct Meets {
        pattern: Option<regex::Regex>,
        min: Option<usize>,
        max: Option<usize>,
        one_of: Option<std::collections::HashSet<String>>,
    }

    impl Meets {
        fn new(rule: &Rule) -> Meets {
            let mut keywords = Keywords::default();
            rule.describe(&mut keywords);
            let mut meets = Meets { pattern: None, min: None, max: None, one_of: None };
            for (keyword, value) in keywords.members {
                let number = || value.to_json().parse::<usize>().unwrap();
                match keyword {
                    "pattern" => meets.pattern = Some(regex::Regex::new(value.as_str().unwrap()).unwrap()),
                    "minLength" => meets.min = Some(number()),
                    "maxLength" => meets.max = Some(number()),
                    "enum" => {
                        let Value::Array(items) = value else { panic!("enum is a list") };
                        meets.one_of = Some(items.iter().map(|v| v.as_str().unwrap().to_owned()).collect());
                    }
                    "minimum" | "maximum" | "contentMediaType" | "$comment" => {}
                    other => panic!("{}: no test reads the keyword {other}", rule.name()),
                }
            }
            meets
        }

        fn accepts(&self, text: &str) -> bool {
            let chars = text.chars().count();
            self.pattern.as_ref().is_none_or(|p| p.is_match(text))
                && self.min.is_none_or(|min| chars >= min)
                && self.max.is_none_or(|max| chars <= max)
                && self.one_of.as_ref().is_none_or(|values| values.contains(text))
        }
    }

    /// Text made of pieces the rules care about, many ways round, from a fixed seed.
    fn corpus() -> Vec<String> {
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "0",
            "9",
            "1",
            "-",
            "_",
            ".",
            "@",
            "+",
            " ",
            "(",
            ")",
            "/",
            ":",
            ",",
            "!",
            "~",
            "`",
            "gb",
            "GB",
            "uk",
            "de",
            "ops",
            "example",
            "com",
            "x-y",
            "2001:db8::",
            "192.0.2.1",
            "/24",
            "DD/MM/YYYY",
            "12",
            "24",
            "en",
            "pt_BR",
            "419",
            "default",
            "yes",
            "no",
            "Europe/London",
            "US/Eastern",
            "\t",
            "\n",
            "\u{7f}",
            "\u{85}",
            "\u{9f}",
            "\u{a0}",
            "\u{2028}",
            "é",
            "ß",
            "😀",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |below: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % below as u64).unwrap()
        };
        let mut corpus: Vec<String> = PIECES.iter().map(|p| (*p).to_owned()).collect();
        corpus.extend([String::new(), " ".to_owned(), "a".repeat(254), "a".repeat(255), "a".repeat(256), format!("{}@example.com", "a".repeat(242))]);
        corpus.extend(["1".repeat(20), "1".repeat(21), "00001".to_owned(), "0".to_owned(), "ops@example.com, noc@example.net".to_owned()]);
        for _ in 0..6_000 {
            let pieces = 1 + next(6);
            corpus.push((0..pieces).map(|_| PIECES[next(PIECES.len())]).collect());
        }
        corpus.sort_unstable();
        corpus.dedup();
        corpus
    }

    #[test]
    fn every_rule_is_described_soundly_and_the_exact_ones_exactly() {
        let corpus = corpus();
        let mut failures = Vec::new();
        for rule in rules() {
            let meets = Meets::new(rule);
            let exact = EXACT.contains(&rule.name());
            let own_values: Vec<String> = meets.one_of.iter().flatten().cloned().collect();
            for text in corpus.iter().chain(&own_values) {
                let (checked, described) = (rule.check(text).is_ok(), meets.accepts(text));
                if (checked && !described) || (exact && checked != described) {
                    failures.push(format!("{}: {text:?}: check {checked}, schema {described}", rule.name()));
                }
            }
        }
        assert!(failures.is_empty(), "{} disagreements, such as:\n{}", failures.len(), failures[..failures.len().min(20)].join("\n"));
    }

    #[test]
    fn the_exact_list_names_rules_the_tables_use() {
        let names: Vec<&str> = rules().iter().map(|r| r.name()).collect();
        for name in EXACT {
            assert!(names.contains(name), "{name}");
        }
    }

    /// The schema files the npm package ships: `schema/<endpoint id>.json`.
    #[test]
    fn committed_schema_files_are_what_the_tables_say() {
        for endpoint in ALL {
            let mut text = String::new();
            pretty(&super::of(endpoint), 0, &mut text);
            text.push('\n');
            crate::golden::assert_file(&format!("schema/{}.json", endpoint.id), &text, "cargo test --lib json_schema");
        }
    }

    /// JSON with two-space indents, short arrays of scalars on one line, so a changed rule is a
    /// readable diff.
    fn pretty(value: &Value, depth: usize, out: &mut String) {
        let indent = |depth: usize| "  ".repeat(depth);
        match value {
            Value::Object(members) if !members.is_empty() => {
                out.push_str("{\n");
                for (at, (key, member)) in members.iter().enumerate() {
                    out.push_str(&indent(depth + 1));
                    crate::json::write_str(key, out);
                    out.push_str(": ");
                    pretty(member, depth + 1, out);
                    out.push_str(if at + 1 < members.len() { ",\n" } else { "\n" });
                }
                out.push_str(&indent(depth));
                out.push('}');
            }
            Value::Array(items) if items.iter().any(|item| matches!(item, Value::Object(_) | Value::Array(_))) => {
                out.push_str("[\n");
                for (at, item) in items.iter().enumerate() {
                    out.push_str(&indent(depth + 1));
                    pretty(item, depth + 1, out);
                    out.push_str(if at + 1 < items.len() { ",\n" } else { "\n" });
                }
                out.push_str(&indent(depth));
                out.push(']');
            }
            other => crate::json::write(other, out),
        }
    }
}
