//! What a rule reports: a stable [`Code`], a message for people, and sometimes a suggestion.
//!
//! Messages never quote the value that failed, so a password can never leak into an answer,
//! a log line or a screen reader. Suggestions are only ever made from public lists (time zone
//! names, country codes, parameter names).

use std::borrow::Cow;

/// Stable rule ids, the `code` of every error and warning. Front ends may switch on these;
/// the README lists each with its meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// A required parameter is missing, or empty where the server needs a value.
    Required,
    /// Not an e-mail address `<input type=email>` would accept.
    InvalidEmail,
    /// Not an IANA time zone name.
    UnknownTimezone,
    /// Not an ISO 3166-1 alpha-2 country code.
    UnknownCountry,
    /// Not one of the values the parameter takes.
    NotOneOf,
    /// Not a whole number written in digits.
    NotInteger,
    /// A number outside the range the parameter takes.
    OutOfRange,
    /// Longer than the parameter takes.
    TooLong,
    /// Text of the wrong shape (a phone number, a language code, a key block, a CSV record).
    InvalidFormat,
    /// Must equal another parameter and does not.
    Mismatch,
    /// A password the configured policy refuses.
    PasswordPolicy,
    /// A parameter the server assigns itself.
    ReadOnly,
    /// Given twice: an attribute key (an error) or a repeated parameter (a warning).
    Duplicate,
    /// The caller's role or rate plan does not allow the action.
    Forbidden,
    /// Credentials, token or session missing or invalid.
    Unauthenticated,
    /// The record to change does not exist, or the caller may not change it.
    NotFound,
    /// A JSON-RPC request object that breaks the specification.
    InvalidEnvelope,
    /// A value of the wrong JSON type: a number, list, object, boolean or null where text is expected.
    InvalidType,
    /// Text that is not valid Unicode (an unpaired surrogate, bytes that are not UTF-8).
    InvalidEncoding,
    /// A parameter the endpoint does not know; a warning, never an error.
    UnknownParameter,
    /// The request body could not be read at all (malformed JSON, over the size limit).
    UnreadableRequest,
    /// A JSON-RPC method other than the endpoint's.
    UnknownMethod,
    /// The server's framework would fail on this request rather than answer it (Rack raising on
    /// an invalid `%` escape, which Grape does not rescue): the server answers 500.
    ServerError,
    /// Pasted text that names no endpoint formmirror knows (`validateRequest`).
    UnknownEndpoint,
    /// A warning: the server would send no response at all (a JSON-RPC notification).
    NoResponse,
}

impl Code {
    /// The code as the answers spell it (`invalid_email`).
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Required => "required",
            Code::InvalidEmail => "invalid_email",
            Code::UnknownTimezone => "unknown_timezone",
            Code::UnknownCountry => "unknown_country",
            Code::NotOneOf => "not_one_of",
            Code::NotInteger => "not_integer",
            Code::OutOfRange => "out_of_range",
            Code::TooLong => "too_long",
            Code::InvalidFormat => "invalid_format",
            Code::Mismatch => "mismatch",
            Code::PasswordPolicy => "password_policy",
            Code::ReadOnly => "read_only",
            Code::Duplicate => "duplicate",
            Code::Forbidden => "forbidden",
            Code::Unauthenticated => "unauthenticated",
            Code::NotFound => "not_found",
            Code::InvalidEnvelope => "invalid_envelope",
            Code::InvalidType => "invalid_type",
            Code::InvalidEncoding => "invalid_encoding",
            Code::UnknownParameter => "unknown_parameter",
            Code::UnreadableRequest => "unreadable_request",
            Code::UnknownMethod => "unknown_method",
            Code::ServerError => "server_error",
            Code::UnknownEndpoint => "unknown_endpoint",
            Code::NoResponse => "no_response",
        }
    }
}

/// One finding of a rule, not yet tied to a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// What kind of problem it is, for code to switch on.
    pub code: Code,
    /// What the problem is, for people; it never quotes the value that failed.
    pub message: Cow<'static, str>,
    /// The value the user probably meant (`Europe/London` for `europe/london`).
    pub suggestion: Option<String>,
}

impl Issue {
    /// An issue with no suggestion.
    pub fn new(code: Code, message: impl Into<Cow<'static, str>>) -> Issue {
        Issue { code, message: message.into(), suggestion: None }
    }

    /// Adds a suggestion and says it in the message too, for callers that show only the message.
    pub fn suggesting(mut self, suggestion: Option<String>) -> Issue {
        if let Some(s) = &suggestion {
            // Built by hand: `format!` cost as much as the look-up that found the suggestion.
            let mut message = String::with_capacity(self.message.len() + s.len() + 17);
            message.push_str(&self.message);
            message.push_str(" Did you mean \"");
            message.push_str(s);
            message.push_str("\"?");
            self.message = message.into();
        }
        self.suggestion = suggestion;
        self
    }

    /// Ties the issue to the parameter `field`.
    pub fn at(self, field: impl Into<String>) -> FieldIssue {
        FieldIssue { field: field.into(), issue: self }
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
