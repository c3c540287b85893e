//! Field rules: each a pure function from the text of a value to `Result<(), Issue>`, and a
//! [`Rule`] value that pairs it with a description of what it accepts.
//!
//! Rules know nothing about endpoints, options or envelopes. An endpoint's field table names
//! the rule for each field; rules that need the caller's options (password policy, allowed
//! roles) take them as a second argument and are wired in by the endpoint as a relation.
//! Every rule runs in time linear in its input and never panics.

use crate::Issue;

/// A rule as the endpoint tables name it: its check, the list it takes values from (for a
/// `<select>`), and a description of what it accepts in JSON Schema's words. The tables feed
/// `endpoints()`, `choices()` and [`json_schema`](crate::json_schema) from these.
///
/// ```
/// use formmirror::rules::country;
/// assert_eq!(country::RULE.choice_list(), Some("country"));
/// assert!(country::RULE.check("gb").is_ok());
/// ```
pub struct Rule {
    check: fn(&str) -> Result<(), Issue>,
    choices: Option<(&'static str, Choices)>,
    // The browser's wasm validates and never describes: leaving names and descriptions out there
    // keeps every pattern and list they name out of the download.
    #[cfg(not(target_arch = "wasm32"))]
    name: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    describe: fn(&mut Keywords),
}

/// The values a rule takes, each with a label for a `<select>`.
pub(crate) type Choices = fn() -> Vec<(&'static str, String)>;

impl Rule {
    /// A rule named `name` whose check is `check` and whose description is `describe`.
    pub(crate) const fn new(name: &'static str, check: fn(&str) -> Result<(), Issue>, describe: fn(&mut Keywords)) -> Rule {
        #[cfg(target_arch = "wasm32")]
        let _ = (name, describe);
        Rule {
            check,
            choices: None,
            #[cfg(not(target_arch = "wasm32"))]
            name,
            #[cfg(not(target_arch = "wasm32"))]
            describe,
        }
    }

    /// A rule whose values come from a list, which `choices()` offers under the rule's name.
    pub(crate) const fn listed(name: &'static str, check: fn(&str) -> Result<(), Issue>, describe: fn(&mut Keywords), choices: Choices) -> Rule {
        Rule { choices: Some((name, choices)), ..Rule::new(name, check, describe) }
    }

    /// The rule's name (`country`, `email_list`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The name of the list it takes values from, as `endpoints()` and `choices()` give it.
    pub fn choice_list(&self) -> Option<&'static str> {
        self.choices.map(|(name, _)| name)
    }

    /// The values it takes with a label for each, when it takes one of a fixed list.
    pub fn choices(&self) -> Option<Vec<(&'static str, String)>> {
        self.choices.map(|(_, choices)| choices())
    }

    /// Checks the text of one value.
    ///
    /// # Errors
    ///
    /// The issue the rule finds, with its reason and any suggestion.
    pub fn check(&self, value: &str) -> Result<(), Issue> {
        (self.check)(value)
    }

    /// What the rule accepts, as JSON Schema keywords for one value.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn describe(&self, keywords: &mut Keywords) {
        (self.describe)(keywords);
    }
}

/// JSON Schema keywords for one value, in the order a rule adds them. Patterns are written in
/// the syntax ECMA-262 (with the `u` flag, as ajv reads them) and Rust's `regex` share, so the
/// tests can hold each to its check.
#[derive(Default)]
pub(crate) struct Keywords {
    /// `(keyword, value)` pairs.
    pub members: Vec<(&'static str, crate::Value<'static>)>,
}

impl Keywords {
    /// Text must match `pattern` (anchored by the pattern itself).
    pub(crate) fn pattern(&mut self, pattern: impl Into<String>) -> &mut Self {
        self.push("pattern", crate::Value::text(pattern))
    }

    /// Text has at least `min` characters.
    pub(crate) fn min_chars(&mut self, min: usize) -> &mut Self {
        self.push("minLength", crate::Value::Number(min.to_string().into()))
    }

    /// Text has at most `max` characters.
    pub(crate) fn max_chars(&mut self, max: usize) -> &mut Self {
        self.push("maxLength", crate::Value::Number(max.to_string().into()))
    }

    /// A number, when one is sent, is at least `min`.
    pub(crate) fn minimum(&mut self, min: u64) -> &mut Self {
        self.push("minimum", crate::Value::Number(min.to_string().into()))
    }

    /// A number, when one is sent, is at most `max`.
    pub(crate) fn maximum(&mut self, max: u64) -> &mut Self {
        self.push("maximum", crate::Value::Number(max.to_string().into()))
    }

    /// The value is one of `values`, exactly.
    pub(crate) fn one_of<'v>(&mut self, values: impl IntoIterator<Item = &'v str>) -> &mut Self {
        self.push("enum", crate::Value::Array(values.into_iter().map(crate::Value::text).collect()))
    }

    /// The text is a document of this media type (an annotation: validators do not check it).
    pub(crate) fn media_type(&mut self, media_type: &'static str) -> &mut Self {
        self.push("contentMediaType", media_type.into())
    }

    /// What the pattern cannot say, for people reading the schema.
    pub(crate) fn comment(&mut self, comment: impl Into<String>) -> &mut Self {
        self.push("$comment", crate::Value::text(comment))
    }

    fn push(&mut self, keyword: &'static str, value: crate::Value<'static>) -> &mut Self {
        self.members.push((keyword, value));
        self
    }
}

pub mod boolean;
pub mod country;
pub mod date;
pub mod date_format;
pub mod email;
pub mod extension;
pub mod free_text;
pub mod integer;
pub mod language;
pub mod non_empty;
pub mod one_of;
pub mod password;
pub mod pgp_key;
pub mod phone;
pub mod source;
pub mod time_format;
pub mod timezone;
pub mod username;
pub mod validation_flag;
pub mod yes_no;
