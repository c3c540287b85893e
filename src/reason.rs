//! Why a value or a request fails, as data: a [`Reason`] names the problem and carries its
//! parameters (`TooLong { max: 255 }`), never words. The one English catalogue
//! (`catalogue.rs`) turns a reason into the message the answers carry; the JavaScript locale
//! catalogues (`js/locales/`) turn the same reason, as `errors[].reason`, into other languages.
//!
//! A reason never holds the value that failed, so a password cannot leak through it.

pub use crate::csv::CsvProblem;
use crate::json;
use crate::Code;

/// Why a rule, a gate or the request reader refused something. Each has a stable `id` (its
/// name in snake case, the `id` of `errors[].reason` in the JavaScript API) and the
/// parameters a message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// A value is required.
    Required,
    /// An empty user name.
    UsernameRequired,
    /// The server assigns this parameter itself.
    ReadOnly,
    /// A custom attribute the operator marked required is missing.
    AttributeRequired {
        /// The attribute's key.
        key: String,
    },
    /// A custom attribute without a key.
    AttributeKeyMissing,
    /// A custom attribute without a value.
    AttributeValueMissing,
    /// An empty value where the parameter may be left out but not empty.
    EmptyWhenGiven,
    /// A value of the wrong JSON type.
    WrongType {
        /// What the place takes.
        expected: Expected,
        /// What was given: `null`, `boolean`, `number`, `text`, `invalid_text`, `list` or `object`.
        given: &'static str,
    },
    /// Text that is not valid Unicode.
    NotUnicode,
    /// More characters than the parameter takes.
    TooLong {
        /// The most characters.
        max: usize,
    },
    /// An e-mail address longer than the grammar allows.
    EmailTooLong {
        /// The most characters.
        max: usize,
    },
    /// More digits than the parameter takes.
    TooManyDigits {
        /// The most digits.
        max: usize,
    },
    /// Fewer digits than a phone number has.
    TooFewDigits {
        /// The fewest digits.
        min: usize,
    },
    /// A control character (tab, line break) in free text.
    ControlCharacters,
    /// A space or control character in a user name.
    SpacesOrControlCharacters,
    /// Anything but digits.
    DigitsOnly,
    /// Not an e-mail address.
    InvalidEmail,
    /// An empty item of a comma-separated list.
    EmptyListItem {
        /// The item's place in the list, from 1.
        item: usize,
    },
    /// An item of a comma-separated list of e-mail addresses, and why it fails.
    ListItem {
        /// The item's place in the list, from 1.
        item: usize,
        /// Why the item fails.
        reason: Box<Reason>,
    },
    /// An item of a list of sources that is not an IP address or CIDR block.
    NotIpOrCidr {
        /// The item's place in the list, from 1.
        item: usize,
    },
    /// Not an IANA time zone name.
    UnknownTimezone,
    /// Not an ISO 3166-1 alpha-2 code.
    UnknownCountry,
    /// Not one of the values the parameter takes.
    NotOneOf {
        /// The values it takes.
        choices: &'static [&'static str],
    },
    /// Not one of the roles `options.roles` allows.
    NotOneOfRoles {
        /// The roles allowed.
        roles: Vec<u64>,
    },
    /// Not `true`, `false`, `1` or `0`.
    NotBoolean,
    /// Not a date written `YYYY-MM-DD`.
    NotDate,
    /// Not a whole number written in digits.
    NotInteger,
    /// A negative number.
    Negative,
    /// A number too large for the server.
    NumberTooLarge,
    /// A number below the least the parameter takes.
    TooSmall {
        /// The least value.
        min: u64,
    },
    /// Not the shape of a phone number.
    NotPhone,
    /// Not a language code.
    NotLanguage,
    /// Neither `default` nor a language code.
    NotLanguageOrDefault,
    /// Not an OpenPGP public key block.
    PgpKey {
        /// What is wrong with the block.
        problem: PgpProblem,
    },
    /// A password the policy refuses.
    PasswordPolicy {
        /// The fewest characters the policy asks for, when the password is shorter; else 0.
        min_length: usize,
        /// The character classes the password lacks.
        missing: Vec<CharacterClass>,
    },
    /// Must equal another parameter.
    SameAs {
        /// The other parameter.
        other: &'static str,
    },
    /// Must not be before another parameter.
    NotBefore {
        /// The other parameter.
        other: &'static str,
    },
    /// A parameter given more than once.
    Repeated {
        /// Which value the server reads: `first` or `last`.
        kept: &'static str,
    },
    /// A custom attribute key given twice.
    DuplicateAttributeKey {
        /// The item that gave it first, from 0.
        first: usize,
    },
    /// A parameter the endpoint does not know.
    UnknownParameter,
    /// A CSV column the endpoint does not know.
    UnknownColumn {
        /// The column, from 1.
        column: usize,
    },
    /// More warnings of the same kind than are listed.
    More {
        /// How many more.
        count: usize,
        /// Their code.
        code: Code,
    },
    /// A request larger than formmirror reads.
    RequestTooLarge {
        /// The most bytes formmirror reads.
        max_bytes: usize,
    },
    /// A batch larger than formmirror reads at once.
    BatchTooLarge {
        /// The most bytes formmirror reads at once.
        max_bytes: usize,
    },
    /// A request that is not JSON.
    RequestNotJson {
        /// Where and why the JSON reader stopped, in English.
        detail: String,
    },
    /// A batch that is not JSON.
    BatchNotJson {
        /// Where and why the JSON reader stopped, in English.
        detail: String,
    },
    /// Rack raises on this request and Grape does not rescue it.
    RackError {
        /// The Ruby exception class.
        class: &'static str,
        /// Rack's own words.
        detail: &'static str,
    },
    /// Grape raises on text that is not UTF-8 in a list of attributes.
    GrapeFailsOnInvalidText,
    /// A CSV record that cannot be read.
    Csv {
        /// What is wrong with it.
        problem: CsvProblem,
    },
    /// A CSV header row that cannot be read.
    CsvHeader {
        /// What is wrong with it.
        problem: CsvProblem,
    },
    /// A CSV row with another number of fields than the header.
    FieldCount {
        /// Fields in the row.
        found: usize,
        /// Fields in the header.
        expected: usize,
    },
    /// Enswitch's credentials are missing or empty.
    InvalidCredentials,
    /// ActivePlatform's `api_token` is missing or empty.
    ApiTokenRequired,
    /// ActivePlatform's `api_token` is not text.
    ApiTokenNotText,
    /// A JSON-RPC call without a visa.
    VisaRequired,
    /// The caller's role does not allow the action.
    RoleForbids,
    /// The caller's role does not allow changing this field.
    RoleForbidsField,
    /// The caller's rate plan does not allow the action.
    RatePlanForbids,
    /// The person to update does not exist or is not the caller's.
    PersonNotFound,
    /// A JSON-RPC request that breaks the specification.
    JsonRpc {
        /// What is wrong with it.
        problem: JsonRpcProblem,
    },
    /// A JSON-RPC method other than the endpoint's.
    NoSuchMethod,
    /// A JSON-RPC method given a parameter it does not take.
    OneParameter {
        /// The method.
        method: &'static str,
        /// Its one parameter.
        parameter: &'static str,
    },
    /// A JSON-RPC notification: the server sends nothing back.
    Notification,
    /// Text that names no endpoint formmirror knows.
    UnknownEndpoint {
        /// The path the text asked for; empty when it named none.
        path: String,
        /// The endpoints formmirror knows, as `METHOD /path` or `JSON-RPC Method`.
        known: Vec<String>,
    },
}

/// What a place in a request takes, for [`Reason::WrongType`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Expected {
    /// Text.
    Text,
    /// A whole number.
    WholeNumber,
    /// A list of text.
    ListOfText,
    /// An object (JSON-RPC parameters).
    Object,
    /// A list of `{key, value}` objects (custom attributes).
    Attributes,
    /// A row of a batch: an object.
    Row,
    /// A whole batch: a list of rows.
    Rows,
    /// A whole request: named parameters.
    Parameters,
}

/// What is wrong with an OpenPGP key block, for [`Reason::PgpKey`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PgpProblem {
    /// A private key block.
    PrivateKey,
    /// No armor header line.
    NotArmored,
    /// Text after the checksum line other than the END line.
    AfterChecksum,
    /// No END line.
    NoEnd,
    /// Text after the END line.
    AfterEnd,
    /// Key data that is not radix-64.
    NotRadix64,
    /// A checksum that does not match the data.
    ChecksumMismatch,
    /// A checksum line of the wrong shape.
    ChecksumLine,
    /// Data that does not start with a public-key packet.
    NotPublicKey,
    /// Packets longer than the data.
    CutShort,
}

/// What is wrong with a JSON-RPC request object, for [`Reason::JsonRpc`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum JsonRpcProblem {
    /// Not an object.
    NotObject,
    /// `jsonrpc` is not `"2.0"`.
    Version,
    /// `method` is not a string.
    Method,
    /// `id` is not a string, a number or null.
    Id,
    /// `params` is neither an object nor a list.
    Params,
}

/// A character class a password policy requires, for [`Reason::PasswordPolicy`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CharacterClass {
    /// `A–Z`.
    Uppercase,
    /// `a–z`.
    Lowercase,
    /// `0–9`.
    Digit,
    /// Anything else but whitespace.
    Symbol,
}

impl Reason {
    /// The [`Code`] an issue with this reason carries.
    pub fn code(&self) -> Code {
        use Reason::*;
        match self {
            Required | UsernameRequired | AttributeRequired { .. } | AttributeKeyMissing | AttributeValueMissing => Code::Required,
            ReadOnly => Code::ReadOnly,
            WrongType { expected: Expected::Rows | Expected::Parameters, .. } => Code::UnreadableRequest,
            WrongType { .. } => Code::InvalidType,
            NotUnicode => Code::InvalidEncoding,
            TooLong { .. } | EmailTooLong { .. } | TooManyDigits { .. } => Code::TooLong,
            InvalidEmail | EmptyListItem { .. } => Code::InvalidEmail,
            ListItem { reason, .. } => reason.code(),
            UnknownTimezone => Code::UnknownTimezone,
            UnknownCountry => Code::UnknownCountry,
            NotOneOf { .. } | NotOneOfRoles { .. } => Code::NotOneOf,
            NotInteger => Code::NotInteger,
            Negative | NumberTooLarge | TooSmall { .. } | NotBefore { .. } => Code::OutOfRange,
            EmptyWhenGiven
            | TooFewDigits { .. }
            | ControlCharacters
            | SpacesOrControlCharacters
            | DigitsOnly
            | NotIpOrCidr { .. }
            | NotBoolean
            | NotDate
            | NotPhone
            | NotLanguage
            | NotLanguageOrDefault
            | PgpKey { .. }
            | Csv { .. }
            | FieldCount { .. } => Code::InvalidFormat,
            PasswordPolicy { .. } => Code::PasswordPolicy,
            SameAs { .. } => Code::Mismatch,
            Repeated { .. } | DuplicateAttributeKey { .. } => Code::Duplicate,
            UnknownParameter | UnknownColumn { .. } => Code::UnknownParameter,
            More { code, .. } => *code,
            RequestTooLarge { .. } | BatchTooLarge { .. } | RequestNotJson { .. } | BatchNotJson { .. } | CsvHeader { .. } => Code::UnreadableRequest,
            RackError { .. } | GrapeFailsOnInvalidText => Code::ServerError,
            InvalidCredentials | ApiTokenRequired | ApiTokenNotText | VisaRequired => Code::Unauthenticated,
            RoleForbids | RoleForbidsField | RatePlanForbids => Code::Forbidden,
            PersonNotFound => Code::NotFound,
            JsonRpc { .. } | OneParameter { .. } => Code::InvalidEnvelope,
            NoSuchMethod => Code::UnknownMethod,
            Notification => Code::NoResponse,
            UnknownEndpoint { .. } => Code::UnknownEndpoint,
        }
    }

    /// The reason's stable id, in snake case (`too_long`).
    pub fn id(&self) -> &'static str {
        use Reason::*;
        match self {
            Required => "required",
            UsernameRequired => "username_required",
            ReadOnly => "read_only",
            AttributeRequired { .. } => "attribute_required",
            AttributeKeyMissing => "attribute_key_missing",
            AttributeValueMissing => "attribute_value_missing",
            EmptyWhenGiven => "empty_when_given",
            WrongType { .. } => "wrong_type",
            NotUnicode => "not_unicode",
            TooLong { .. } => "too_long",
            EmailTooLong { .. } => "email_too_long",
            TooManyDigits { .. } => "too_many_digits",
            TooFewDigits { .. } => "too_few_digits",
            ControlCharacters => "control_characters",
            SpacesOrControlCharacters => "spaces_or_control_characters",
            DigitsOnly => "digits_only",
            InvalidEmail => "invalid_email",
            EmptyListItem { .. } => "empty_list_item",
            ListItem { .. } => "list_item",
            NotIpOrCidr { .. } => "not_ip_or_cidr",
            UnknownTimezone => "unknown_timezone",
            UnknownCountry => "unknown_country",
            NotOneOf { .. } => "not_one_of",
            NotOneOfRoles { .. } => "not_one_of_roles",
            NotBoolean => "not_boolean",
            NotDate => "not_date",
            NotInteger => "not_integer",
            Negative => "negative",
            NumberTooLarge => "number_too_large",
            TooSmall { .. } => "too_small",
            NotPhone => "not_phone",
            NotLanguage => "not_language",
            NotLanguageOrDefault => "not_language_or_default",
            PgpKey { .. } => "pgp_key",
            PasswordPolicy { .. } => "password_policy",
            SameAs { .. } => "same_as",
            NotBefore { .. } => "not_before",
            Repeated { .. } => "repeated",
            DuplicateAttributeKey { .. } => "duplicate_attribute_key",
            UnknownParameter => "unknown_parameter",
            UnknownColumn { .. } => "unknown_column",
            More { .. } => "more",
            RequestTooLarge { .. } => "request_too_large",
            BatchTooLarge { .. } => "batch_too_large",
            RequestNotJson { .. } => "request_not_json",
            BatchNotJson { .. } => "batch_not_json",
            RackError { .. } => "rack_error",
            GrapeFailsOnInvalidText => "grape_fails_on_invalid_text",
            Csv { .. } => "csv",
            CsvHeader { .. } => "csv_header",
            FieldCount { .. } => "field_count",
            InvalidCredentials => "invalid_credentials",
            ApiTokenRequired => "api_token_required",
            ApiTokenNotText => "api_token_not_text",
            VisaRequired => "visa_required",
            RoleForbids => "role_forbids",
            RoleForbidsField => "role_forbids_field",
            RatePlanForbids => "rate_plan_forbids",
            PersonNotFound => "person_not_found",
            JsonRpc { .. } => "json_rpc",
            NoSuchMethod => "no_such_method",
            OneParameter { .. } => "one_parameter",
            Notification => "notification",
            UnknownEndpoint { .. } => "unknown_endpoint",
        }
    }

    /// The reason as the JavaScript API's `errors[].reason`: `{"id":"too_long","max":255}`.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    pub(crate) fn write_json(&self, out: &mut String) {
        use Reason::*;
        out.push_str("{\"id\":\"");
        out.push_str(self.id());
        out.push('"');
        let text = |name: &str, value: &str, out: &mut String| {
            out.push_str(",\"");
            out.push_str(name);
            out.push_str("\":");
            json::write_str(value, out);
        };
        match self {
            AttributeRequired { key } => text("key", key, out),
            WrongType { expected, given } => {
                text("expected", expected.id(), out);
                text("given", given, out);
            }
            TooLong { max } | EmailTooLong { max } | TooManyDigits { max } => write_count("max", *max, out),
            TooFewDigits { min } => write_count("min", *min, out),
            EmptyListItem { item } | NotIpOrCidr { item } => write_count("item", *item, out),
            ListItem { item, reason } => {
                write_count("item", *item, out);
                out.push_str(",\"reason\":");
                reason.write_json(out);
            }
            NotOneOf { choices } => {
                out.push_str(",\"choices\":");
                write_list(choices.iter().copied(), out);
            }
            NotOneOfRoles { roles } => {
                out.push_str(",\"roles\":[");
                for (i, role) in roles.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    json::write_int(*role as i64, out);
                }
                out.push(']');
            }
            TooSmall { min } => write_count("min", *min as usize, out),
            PgpKey { problem } => text("problem", problem.id(), out),
            PasswordPolicy { min_length, missing } => {
                write_count("minLength", *min_length, out);
                out.push_str(",\"missing\":");
                write_list(missing.iter().map(|class| class.id()), out);
            }
            SameAs { other } | NotBefore { other } => text("other", other, out),
            Repeated { kept } => text("kept", kept, out),
            DuplicateAttributeKey { first } => write_count("first", *first, out),
            UnknownColumn { column } => write_count("column", *column, out),
            More { count, .. } => write_count("count", *count, out),
            RequestTooLarge { max_bytes } | BatchTooLarge { max_bytes } => write_count("maxBytes", *max_bytes, out),
            RequestNotJson { detail } | BatchNotJson { detail } => text("detail", detail, out),
            RackError { class, detail } => {
                text("class", class, out);
                text("detail", detail, out);
            }
            Csv { problem } | CsvHeader { problem } => text("problem", problem.id(), out),
            FieldCount { found, expected } => {
                write_count("found", *found, out);
                write_count("expected", *expected, out);
            }
            JsonRpc { problem } => text("problem", problem.id(), out),
            OneParameter { method, parameter } => {
                text("method", method, out);
                text("parameter", parameter, out);
            }
            UnknownEndpoint { path, known } => {
                text("path", path, out);
                out.push_str(",\"known\":");
                write_list(known.iter().map(String::as_str), out);
            }
            _ => {}
        }
        out.push('}');
    }
}

fn write_count(name: &str, value: usize, out: &mut String) {
    out.push_str(",\"");
    out.push_str(name);
    out.push_str("\":");
    json::write_int(value as i64, out);
}

fn write_list<'a>(items: impl Iterator<Item = &'a str>, out: &mut String) {
    out.push('[');
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        json::write_str(item, out);
    }
    out.push(']');
}

impl Expected {
    /// The id the JavaScript API gives it.
    pub fn id(self) -> &'static str {
        match self {
            Expected::Text => "text",
            Expected::WholeNumber => "whole_number",
            Expected::ListOfText => "list_of_text",
            Expected::Object => "object",
            Expected::Attributes => "attributes",
            Expected::Row => "row",
            Expected::Rows => "rows",
            Expected::Parameters => "parameters",
        }
    }
}

impl PgpProblem {
    /// The id the JavaScript API gives it.
    pub fn id(self) -> &'static str {
        match self {
            PgpProblem::PrivateKey => "private_key",
            PgpProblem::NotArmored => "not_armored",
            PgpProblem::AfterChecksum => "after_checksum",
            PgpProblem::NoEnd => "no_end",
            PgpProblem::AfterEnd => "after_end",
            PgpProblem::NotRadix64 => "not_radix64",
            PgpProblem::ChecksumMismatch => "checksum_mismatch",
            PgpProblem::ChecksumLine => "checksum_line",
            PgpProblem::NotPublicKey => "not_public_key",
            PgpProblem::CutShort => "cut_short",
        }
    }
}

impl JsonRpcProblem {
    /// The id the JavaScript API gives it.
    pub fn id(self) -> &'static str {
        match self {
            JsonRpcProblem::NotObject => "not_object",
            JsonRpcProblem::Version => "version",
            JsonRpcProblem::Method => "method",
            JsonRpcProblem::Id => "id",
            JsonRpcProblem::Params => "params",
        }
    }
}

impl CharacterClass {
    /// The id the JavaScript API gives it.
    pub fn id(self) -> &'static str {
        match self {
            CharacterClass::Uppercase => "uppercase",
            CharacterClass::Lowercase => "lowercase",
            CharacterClass::Digit => "digit",
            CharacterClass::Symbol => "symbol",
        }
    }
}
