//! ActivePlatform's `custom_attributes`, in two layers.
//!
//! Declared in Grape (`optional :custom_attributes, type: Array do requires :key; optional
//! :value end`): the list may be absent, null or ""; anything else that is not a list is
//! invalid; every item that is not empty must be an object with a `key` (an item of a nested
//! list is named by its place in its own list, as Grape names it).
//!
//! The vendor layer, from the attributes the operator defined (`options.customAttributes:
//! [{key, required, type}]`), on the list's direct items that have a text key: a key given
//! again is an error, a value must be of its attribute's type, and a required attribute must be
//! present. Issues are placed at `custom_attributes.N.key` / `custom_attributes.N.value`.

use crate::endpoints::Context;
use crate::options::AttributeKind;
use crate::reason::Expected;
use crate::rules::{boolean, date, email, integer};
use crate::{FieldIssue, Issue, Reason, Value};

pub(crate) fn check(name: &str, list: Option<&Value<'_>>, ctx: &Context, out: &mut Vec<FieldIssue>) {
    let defined = &ctx.options.custom_attributes;
    let required = defined.iter().any(|a| a.required);
    let items: &[Value] = match list {
        None => {
            if let Some(attribute) = defined.iter().find(|a| a.required) {
                out.push(required_attribute(&attribute.key).at(name));
            }
            return;
        }
        // Grape coerces "" to no list at all.
        Some(Value::Null) => &[],
        Some(Value::String(s)) if s.is_empty() => &[],
        Some(Value::Array(items)) => items,
        // Before checking an optional list's items Grape asks whether the list is blank.
        Some(Value::InvalidText) if !required => return out.push(blank_raises(name)),
        Some(other) => {
            out.push(Issue::new(Reason::WrongType { expected: Expected::Attributes, given: other.kind_id() }).at(name));
            return;
        }
    };
    // Vendor layer first: Grape runs a validator declared on the list before those of its block.
    let mut keys: Vec<(&str, usize)> = items.iter().enumerate().filter_map(|(index, item)| Some((item.get("key")?.as_str()?, index))).collect();
    crate::text::sort_by_text(&mut keys);
    // For each item whose key an earlier item already has: that earlier item.
    let mut first_with_key: Vec<Option<usize>> = vec![None; items.len()];
    for group in keys.chunk_by(|a, b| a.0 == b.0) {
        for &(_, later) in &group[1..] {
            first_with_key[later] = Some(group[0].1);
        }
    }
    for (index, item) in items.iter().enumerate() {
        let Some(key) = item.get("key").and_then(Value::as_str) else { continue };
        if let Some(first) = first_with_key[index] {
            out.push(Issue::new(Reason::DuplicateAttributeKey { first }).at(format!("{name}.{index}.key")));
            continue;
        }
        let kind = defined.iter().find(|a| a.key == *key).map_or(AttributeKind::String, |a| a.kind);
        if let Err(issue) = check_value(item.get("value"), kind) {
            out.push(issue.at(format!("{name}.{index}.value")));
        }
    }
    let given = |wanted: &str| keys.binary_search_by(|(key, _)| (*key).cmp(wanted)).is_ok();
    if let Some(missing) = defined.iter().find(|a| a.required && !given(&a.key)) {
        out.push(required_attribute(&missing.key).at(name));
    }
    // In a required list Grape checks every item. An optional list whose items are all blank
    // it does not check at all, and in one it does check it skips empty items.
    if !required {
        match all_items_blank(items) {
            Blank::All => return,
            Blank::Raises => return out.push(blank_raises(name)),
            Blank::NotAll => {}
        }
    }
    check_keys_declared(name, items, !required, out);
}

fn blank_raises(name: &str) -> FieldIssue {
    Issue::new(Reason::GrapeFailsOnInvalidText).at(name)
}

enum Blank {
    All,
    NotAll,
    /// ActiveSupport's `String#blank?` raises on bytes that are not UTF-8.
    Raises,
}

/// `items.all?(&:blank?)`, stopping at the first item that is not blank, as Ruby does.
fn all_items_blank(items: &[Value<'_>]) -> Blank {
    for item in items {
        let blank = match item {
            Value::Null | Value::Bool(false) => true,
            Value::String(s) => s.chars().all(char::is_whitespace),
            Value::Array(inner) => inner.is_empty(),
            Value::Object(members) => members.is_empty(),
            Value::InvalidText => return Blank::Raises,
            Value::Bool(true) | Value::Number(_) => false,
        };
        if !blank {
            return Blank::NotAll;
        }
    }
    Blank::All
}

fn required_attribute(key: &str) -> Issue {
    Issue::new(Reason::AttributeRequired { key: crate::text::display_name(key) })
}

/// Grape's `requires :key` in the list's block: a nested list is walked with its own indices,
/// empty items are skipped when the list is optional, and any other item needs a `key`.
fn check_keys_declared(name: &str, items: &[Value<'_>], skip_empty: bool, out: &mut Vec<FieldIssue>) {
    for (index, item) in items.iter().enumerate() {
        let empty = match item {
            Value::Null => true,
            Value::String(s) => s.is_empty(),
            Value::Object(members) => members.is_empty(),
            _ => false,
        };
        match item {
            Value::Array(inner) => check_keys_declared(name, inner, skip_empty, out),
            _ if empty && skip_empty => {}
            Value::Object(_) if item.get("key").is_some() => {}
            _ => out.push(Issue::new(Reason::AttributeKeyMissing).at(format!("{name}.{index}.key"))),
        }
    }
}

/// An attribute's value against its declared type. Grape coerces numbers and booleans sent in
/// JSON to the declared type, so those are read as their text.
fn check_value(value: Option<&Value<'_>>, kind: AttributeKind) -> Result<(), Issue> {
    if kind == AttributeKind::String {
        return Ok(());
    }
    let text = match value {
        None => return Err(Issue::new(Reason::AttributeValueMissing)),
        Some(Value::String(s)) | Some(Value::Number(s)) => s.as_ref(),
        Some(Value::Bool(b)) => {
            if *b {
                "true"
            } else {
                "false"
            }
        }
        Some(Value::Null) => "",
        Some(other) => return crate::endpoints::Kind::Text.text_of(other, true).map(drop),
    };
    match kind {
        AttributeKind::String => Ok(()),
        AttributeKind::Integer => integer::signed(text),
        AttributeKind::Boolean => boolean::check(text),
        AttributeKind::Date => date::check(text),
        AttributeKind::Email => email::check(text),
    }
}
