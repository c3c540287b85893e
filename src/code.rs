//! The [`Code`] of every error and warning: what kind of problem it is, for code to switch on.

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
