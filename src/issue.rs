//! What a rule reports: a stable [`Code`], a [`Reason`] that a catalogue turns into a message,
//! and sometimes a suggestion.
//!
//! Messages never quote the value that failed, so a password can never leak into an answer,
//! a log line or a screen reader. Suggestions are only ever made from public lists (time zone
//! names, country codes, parameter names).

pub use crate::code::Code;
use crate::reason::Reason;
use std::borrow::Cow;
use std::fmt;

/// One finding of a rule, not yet tied to a field: why, as data, and the code it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// What kind of problem it is, for code to switch on.
    pub code: Code,
    /// Why, with the parameters a message needs; never the value that failed.
    pub reason: Reason,
    /// The value the user probably meant (`Europe/London` for `europe/london`).
    pub suggestion: Option<String>,
}

impl Issue {
    /// An issue for `reason`, with the reason's code and no suggestion.
    #[inline(never)]
    pub fn new(reason: Reason) -> Issue {
        Issue { code: reason.code(), reason, suggestion: None }
    }

    /// What the problem is, for people, in English, with the suggestion if there is one; it
    /// never quotes the value that failed.
    pub fn message(&self) -> Cow<'static, str> {
        crate::catalogue::message(&self.reason, self.suggestion.as_deref())
    }

    /// Adds a suggestion, which the message says too, for callers that show only the message.
    pub fn suggesting(mut self, suggestion: Option<String>) -> Issue {
        self.suggestion = suggestion;
        self
    }

    /// Ties the issue to the parameter `field`.
    #[inline(never)]
    pub fn at(self, field: impl Into<String>) -> FieldIssue {
        FieldIssue { field: field.into(), issue: self }
    }
}

impl From<Reason> for Issue {
    fn from(reason: Reason) -> Issue {
        Issue::new(reason)
    }
}

/// An issue tied to the parameter it is about, spelled as the API spells it, nested with dots
/// (`userInfo.EmailAddress`, `custom_attributes.0.value`); empty when about no one parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldIssue {
    /// The parameter, or empty.
    pub field: String,
    /// What is wrong with it.
    pub issue: Issue,
}

/// A programming mistake (an unknown endpoint id or field, options of the wrong shape), as
/// opposed to bad user input, which always gets an [`Answer`]. JavaScript sees it as a `TypeError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}
