//! ActivePlatform's `custom_attributes`: a list of `{key, value}` objects, checked against the
//! attributes the operator defined (`options.customAttributes: [{key, required, type}]`):
//! required ones must be present, each value must be of its type, and no key may repeat.
//! Issues are placed at `custom_attributes.N.key` / `custom_attributes.N.value`.

use crate::endpoints::Context;
use crate::options::AttributeKind;
use crate::rules::{boolean, date, email, integer};
use crate::{Code, FieldIssue, Issue, Value};

pub fn check(name: &str, list: Option<&Value<'_>>, ctx: &Context, out: &mut Vec<FieldIssue>) {
    let items: &[Value] = match list {
        None => &[],
        Some(Value::Array(items)) => items,
        Some(other) => {
            out.push(Issue::new(Code::InvalidType, format!("Must be a list of {{key, value}} objects, not {}.", other.kind_name())).at(name));
            return;
        }
    };
    let mut keys: Vec<(&str, usize)> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let at = |leaf: &str| format!("{name}.{index}{leaf}");
        if !matches!(item, Value::Object(_)) {
            out.push(Issue::new(Code::InvalidType, format!("Must be an object with a key and a value, not {}.", item.kind_name())).at(at("")));
            continue;
        }
        let key = match item.get("key") {
            Some(Value::String(key)) if !key.is_empty() => key.as_ref(),
            None | Some(Value::String(_)) => {
                out.push(Issue::new(Code::Required, "An attribute needs a key.").at(at(".key")));
                continue;
            }
            Some(other) => {
                out.push(Issue::new(Code::InvalidType, format!("Must be text, not {}.", other.kind_name())).at(at(".key")));
                continue;
            }
        };
        keys.push((key, index));
        let kind = ctx.options.custom_attributes.iter().find(|a| a.key == key).map_or(AttributeKind::String, |a| a.kind);
        if let Err(issue) = check_value(item.get("value"), kind) {
            out.push(issue.at(at(".value")));
        }
    }
    crate::sort_by_text(&mut keys);
    // For each item whose key an earlier item already has: that earlier item, reported in item order.
    let mut first_with_key: Vec<Option<usize>> = vec![None; items.len()];
    for group in keys.chunk_by(|a, b| a.0 == b.0) {
        for &(_, later) in &group[1..] {
            first_with_key[later] = Some(group[0].1);
        }
    }
    for (later, first) in first_with_key.into_iter().enumerate().filter_map(|(i, first)| Some((i, first?))) {
        out.push(Issue::new(Code::Duplicate, format!("This key is already given by item {first}.")).at(format!("{name}.{later}.key")));
    }
    for attribute in ctx.options.custom_attributes.iter().filter(|a| a.required) {
        if keys.binary_search_by(|(key, _)| (*key).cmp(attribute.key.as_str())).is_err() {
            let message = format!("The attribute \"{}\" is required.", crate::endpoints::display_name(&attribute.key));
            out.push(Issue::new(Code::Required, message).at(name));
        }
    }
}

/// An attribute's value against its declared type. Grape coerces numbers and booleans sent in
/// JSON to the declared type, so those are read as their text.
fn check_value(value: Option<&Value<'_>>, kind: AttributeKind) -> Result<(), Issue> {
    let text = match value {
        None => return Err(Issue::new(Code::Required, "An attribute needs a value.")),
        Some(Value::String(s)) | Some(Value::Number(s)) => s.as_ref(),
        Some(Value::Bool(b)) => if *b { "true" } else { "false" },
        Some(other) => return crate::validate::text_of(crate::endpoints::Kind::Text, other, true).map(drop),
    };
    match kind {
        AttributeKind::String => Ok(()),
        AttributeKind::Integer => integer::signed(text),
        AttributeKind::Boolean => boolean::check(text),
        AttributeKind::Date => date::check(text),
        AttributeKind::Email => email::check(text),
    }
}
