//! Why a value or a request fails, as data: a [`Reason`] names the problem and carries its
//! parameters (`TooLong { max: 255 }`), never words. The one English catalogue
//! (`catalogue.rs`) turns a reason into the message the answers carry; the JavaScript locale
//! catalogues (`js/locales/`) turn the same reason, as `errors[].reason`, into other languages.
//!
//! A reason never holds the value that failed, so a password cannot leak through it.

use crate::code::Code;
pub use crate::csv::CsvProblem;
use crate::json;
use crate::tables::{lines, Lines};

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
        /// The most formmirror reads, in MiB.
        max_mib: usize,
    },
    /// A batch larger than formmirror reads at once.
    BatchTooLarge {
        /// The most formmirror reads at once, in MiB.
        max_mib: usize,
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

/// Each reason's id, a line each, in declaration order ([`Reason::index`]): one string costs
/// less wasm than a table of pointers to many.
const IDS_TEXT: &str = concat!(
    "required\n",
    "username_required\n",
    "read_only\n",
    "attribute_required\n",
    "attribute_key_missing\n",
    "attribute_value_missing\n",
    "empty_when_given\n",
    "wrong_type\n",
    "not_unicode\n",
    "too_long\n",
    "email_too_long\n",
    "too_many_digits\n",
    "too_few_digits\n",
    "control_characters\n",
    "spaces_or_control_characters\n",
    "digits_only\n",
    "invalid_email\n",
    "empty_list_item\n",
    "list_item\n",
    "not_ip_or_cidr\n",
    "unknown_timezone\n",
    "unknown_country\n",
    "not_one_of\n",
    "not_one_of_roles\n",
    "not_boolean\n",
    "not_date\n",
    "not_integer\n",
    "negative\n",
    "number_too_large\n",
    "too_small\n",
    "not_phone\n",
    "not_language\n",
    "not_language_or_default\n",
    "pgp_key\n",
    "password_policy\n",
    "same_as\n",
    "not_before\n",
    "repeated\n",
    "duplicate_attribute_key\n",
    "unknown_parameter\n",
    "unknown_column\n",
    "more\n",
    "request_too_large\n",
    "batch_too_large\n",
    "request_not_json\n",
    "batch_not_json\n",
    "rack_error\n",
    "grape_fails_on_invalid_text\n",
    "csv\n",
    "csv_header\n",
    "field_count\n",
    "invalid_credentials\n",
    "api_token_required\n",
    "api_token_not_text\n",
    "visa_required\n",
    "role_forbids\n",
    "role_forbids_field\n",
    "rate_plan_forbids\n",
    "person_not_found\n",
    "json_rpc\n",
    "no_such_method\n",
    "one_parameter\n",
    "notification\n",
    "unknown_endpoint\n",
);

static IDS: Lines = lines!(IDS_TEXT);

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
        IDS.get(self.index())
    }

    /// The reason's place in the declaration: it indexes [`IDS`] and the catalogue's table,
    /// which cost less wasm as tables than as a `match` each.
    pub(crate) fn index(&self) -> usize {
        use Reason::*;
        match self {
            Required => 0,
            UsernameRequired => 1,
            ReadOnly => 2,
            AttributeRequired { .. } => 3,
            AttributeKeyMissing => 4,
            AttributeValueMissing => 5,
            EmptyWhenGiven => 6,
            WrongType { .. } => 7,
            NotUnicode => 8,
            TooLong { .. } => 9,
            EmailTooLong { .. } => 10,
            TooManyDigits { .. } => 11,
            TooFewDigits { .. } => 12,
            ControlCharacters => 13,
            SpacesOrControlCharacters => 14,
            DigitsOnly => 15,
            InvalidEmail => 16,
            EmptyListItem { .. } => 17,
            ListItem { .. } => 18,
            NotIpOrCidr { .. } => 19,
            UnknownTimezone => 20,
            UnknownCountry => 21,
            NotOneOf { .. } => 22,
            NotOneOfRoles { .. } => 23,
            NotBoolean => 24,
            NotDate => 25,
            NotInteger => 26,
            Negative => 27,
            NumberTooLarge => 28,
            TooSmall { .. } => 29,
            NotPhone => 30,
            NotLanguage => 31,
            NotLanguageOrDefault => 32,
            PgpKey { .. } => 33,
            PasswordPolicy { .. } => 34,
            SameAs { .. } => 35,
            NotBefore { .. } => 36,
            Repeated { .. } => 37,
            DuplicateAttributeKey { .. } => 38,
            UnknownParameter => 39,
            UnknownColumn { .. } => 40,
            More { .. } => 41,
            RequestTooLarge { .. } => 42,
            BatchTooLarge { .. } => 43,
            RequestNotJson { .. } => 44,
            BatchNotJson { .. } => 45,
            RackError { .. } => 46,
            GrapeFailsOnInvalidText => 47,
            Csv { .. } => 48,
            CsvHeader { .. } => 49,
            FieldCount { .. } => 50,
            InvalidCredentials => 51,
            ApiTokenRequired => 52,
            ApiTokenNotText => 53,
            VisaRequired => 54,
            RoleForbids => 55,
            RoleForbidsField => 56,
            RatePlanForbids => 57,
            PersonNotFound => 58,
            JsonRpc { .. } => 59,
            NoSuchMethod => 60,
            OneParameter { .. } => 61,
            Notification => 62,
            UnknownEndpoint { .. } => 63,
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
        out.push_str("\"");
        for (name, param) in self.params().into_iter().flatten() {
            out.push_str(",\"");
            out.push_str(name);
            out.push_str("\":");
            match param {
                Param::Count(n) => json::write_int(n as i64, out),
                Param::Text(text) => json::write_str(text, out),
            }
        }
        match self {
            ListItem { reason, .. } => {
                out.push_str(",\"reason\":");
                reason.write_json(out);
            }
            NotOneOf { choices } => write_list("choices", choices.len(), &|i| choices.get(i).copied().unwrap_or_default(), out),
            NotOneOfRoles { roles } => {
                out.push_str(",\"roles\":[");
                for (i, role) in roles.iter().enumerate() {
                    if i > 0 {
                        out.push_str(",");
                    }
                    json::write_int(*role as i64, out);
                }
                out.push_str("]");
            }
            PasswordPolicy { missing, .. } => write_list("missing", missing.len(), &|i| missing.get(i).map_or("", |class| class.id()), out),
            UnknownEndpoint { known, .. } => write_list("known", known.len(), &|i| known.get(i).map_or("", String::as_str), out),
            _ => {}
        }
        out.push_str("}");
    }

    /// The reason's numbers and names, by parameter name, in the order messages use them; the
    /// JSON form and the English catalogue both read them here. Lists and a nested reason are
    /// not among them.
    pub(crate) fn params(&self) -> [Option<(&'static str, Param<'_>)>; 2] {
        use Reason::*;
        let count = |name, n: usize| Some((name, Param::Count(n as u64)));
        let text = |name, text| Some((name, Param::Text(text)));
        match self {
            AttributeRequired { key } => [text("key", key), None],
            WrongType { expected, given } => [text("expected", expected.id()), text("given", given)],
            TooLong { max } | EmailTooLong { max } | TooManyDigits { max } => [count("max", *max), None],
            TooFewDigits { min } => [count("min", *min), None],
            EmptyListItem { item } | NotIpOrCidr { item } | ListItem { item, .. } => [count("item", *item), None],
            TooSmall { min } => [Some(("min", Param::Count(*min))), None],
            PgpKey { problem } => [text("problem", problem.id()), None],
            PasswordPolicy { min_length, .. } => [count("minLength", *min_length), None],
            SameAs { other } | NotBefore { other } => [text("other", other), None],
            Repeated { kept } => [text("kept", kept), None],
            DuplicateAttributeKey { first } => [count("first", *first), None],
            UnknownColumn { column } => [count("column", *column), None],
            More { count: n, .. } => [count("count", *n), None],
            RequestTooLarge { max_mib } | BatchTooLarge { max_mib } => [count("maxMib", *max_mib), None],
            RequestNotJson { detail } | BatchNotJson { detail } => [text("detail", detail), None],
            RackError { class, detail } => [text("class", class), text("detail", detail)],
            Csv { problem } | CsvHeader { problem } => [text("problem", problem.id()), None],
            FieldCount { found, expected } => [count("found", *found), count("expected", *expected)],
            JsonRpc { problem } => [text("problem", problem.id()), None],
            OneParameter { method, parameter } => [text("method", method), text("parameter", parameter)],
            UnknownEndpoint { path, .. } => [text("path", path), None],
            _ => [None, None],
        }
    }
}

/// A parameter of a reason: a number, or a name or text.
#[derive(Clone, Copy)]
pub(crate) enum Param<'a> {
    Count(u64),
    Text(&'a str),
}

/// `,"name":["…",…]`, the items given one by one so that one copy serves every list.
fn write_list<'a>(name: &str, count: usize, item: &dyn Fn(usize) -> &'a str, out: &mut String) {
    out.push_str(",\"");
    out.push_str(name);
    out.push_str("\":[");
    for i in 0..count {
        if i > 0 {
            out.push_str(",");
        }
        json::write_str(item(i), out);
    }
    out.push_str("]");
}

impl Expected {
    /// The id the JavaScript API gives it.
    pub fn id(self) -> &'static str {
        EXPECTED_IDS.get(self as usize)
    }
}

/// The ids of [`Expected`], a line each, in declaration order.
static EXPECTED_IDS: Lines = lines!("text\nwhole_number\nlist_of_text\nobject\nattributes\nrow\nrows\nparameters\n");

impl PgpProblem {
    /// The id the JavaScript API gives it.
    pub fn id(self) -> &'static str {
        PGP_PROBLEM_IDS.get(self as usize)
    }
}

/// The ids of [`PgpProblem`], a line each, in declaration order.
static PGP_PROBLEM_IDS: Lines = lines!(
    "private_key\nnot_armored\nafter_checksum\nno_end\nafter_end\nnot_radix64\nchecksum_mismatch\nchecksum_line\nnot_public_key\ncut_short\n",
);

impl JsonRpcProblem {
    /// The id the JavaScript API gives it.
    pub fn id(self) -> &'static str {
        JSON_RPC_PROBLEM_IDS.get(self as usize)
    }
}

/// The ids of [`JsonRpcProblem`], a line each, in declaration order.
static JSON_RPC_PROBLEM_IDS: Lines = lines!("not_object\nversion\nmethod\nid\nparams\n");

impl CharacterClass {
    /// The id the JavaScript API gives it.
    pub fn id(self) -> &'static str {
        CHARACTER_CLASS_IDS.get(self as usize)
    }
}

/// The ids of [`CharacterClass`], a line each, in declaration order.
static CHARACTER_CLASS_IDS: Lines = lines!("uppercase\nlowercase\ndigit\nsymbol\n");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{catalogue, json};

    /// One reason of every kind, with parameters; `tests/golden/reasons.txt` holds each with its
    /// English message, which the JavaScript locale catalogues are tested against.
    fn examples() -> Vec<(Reason, Option<&'static str>)> {
        use Reason::*;
        let plain = |r: Reason| (r, None);
        let mut all = vec![
            plain(Required),
            plain(UsernameRequired),
            plain(ReadOnly),
            plain(AttributeRequired { key: "age".into() }),
            plain(AttributeKeyMissing),
            plain(AttributeValueMissing),
            plain(EmptyWhenGiven),
            plain(NotUnicode),
            plain(TooLong { max: 255 }),
            plain(EmailTooLong { max: 254 }),
            plain(TooManyDigits { max: 20 }),
            plain(TooFewDigits { min: 3 }),
            plain(ControlCharacters),
            plain(SpacesOrControlCharacters),
            plain(DigitsOnly),
            plain(InvalidEmail),
            plain(EmptyListItem { item: 2 }),
            plain(ListItem { item: 2, reason: Box::new(InvalidEmail) }),
            plain(ListItem { item: 3, reason: Box::new(EmailTooLong { max: 254 }) }),
            plain(NotIpOrCidr { item: 2 }),
            plain(UnknownTimezone),
            (UnknownTimezone, Some("Europe/London")),
            plain(UnknownCountry),
            (UnknownCountry, Some("GB")),
            plain(NotOneOf { choices: &["12", "24"] }),
            plain(NotOneOfRoles { roles: vec![1, 2, 3] }),
            plain(NotBoolean),
            plain(NotDate),
            plain(NotInteger),
            plain(Negative),
            plain(NumberTooLarge),
            plain(TooSmall { min: 1 }),
            plain(NotPhone),
            plain(NotLanguage),
            plain(NotLanguageOrDefault),
            plain(PasswordPolicy { min_length: 10, missing: vec![] }),
            plain(PasswordPolicy { min_length: 0, missing: vec![CharacterClass::Uppercase] }),
            plain(PasswordPolicy { min_length: 8, missing: vec![CharacterClass::Lowercase, CharacterClass::Digit] }),
            plain(PasswordPolicy {
                min_length: 12,
                missing: vec![CharacterClass::Uppercase, CharacterClass::Lowercase, CharacterClass::Digit, CharacterClass::Symbol],
            }),
            plain(SameAs { other: "Name" }),
            plain(NotBefore { other: "FirstLoginTime" }),
            plain(Repeated { kept: "first" }),
            plain(Repeated { kept: "last" }),
            plain(DuplicateAttributeKey { first: 0 }),
            plain(UnknownParameter),
            (UnknownParameter, Some("forename")),
            plain(UnknownColumn { column: 4 }),
            plain(More { count: 17, code: Code::UnknownParameter }),
            plain(RequestTooLarge { max_mib: crate::MAX_REQUEST_BYTES >> 20 }),
            plain(BatchTooLarge { max_mib: crate::MAX_BATCH_BYTES >> 20 }),
            plain(RequestNotJson { detail: "unexpected end of input at byte 0".into() }),
            plain(BatchNotJson { detail: "unterminated string at byte 56".into() }),
            plain(RackError { class: "Rack::Utils::InvalidParameterError", detail: "invalid %-encoding (%zz)" }),
            plain(GrapeFailsOnInvalidText),
            plain(FieldCount { found: 3, expected: 5 }),
            plain(InvalidCredentials),
            plain(ApiTokenRequired),
            plain(ApiTokenNotText),
            plain(VisaRequired),
            plain(RoleForbids),
            plain(RoleForbidsField),
            plain(RatePlanForbids),
            plain(PersonNotFound),
            plain(NoSuchMethod),
            plain(OneParameter { method: "AddUser", parameter: "userInfo" }),
            plain(Notification),
            plain(UnknownEndpoint { path: String::new(), known: vec!["POST /api/2.0/users".into(), "JSON-RPC AddUser".into()] }),
            plain(UnknownEndpoint { path: "/api/nothing".into(), known: vec!["POST /api/2.0/users".into(), "JSON-RPC AddUser".into()] }),
        ];
        for given in ["null", "boolean", "number", "text", "invalid_text", "list", "object"] {
            all.push(plain(WrongType { expected: Expected::Text, given }));
        }
        for expected in
            [Expected::WholeNumber, Expected::ListOfText, Expected::Object, Expected::Attributes, Expected::Row, Expected::Rows, Expected::Parameters]
        {
            all.push(plain(WrongType { expected, given: "text" }));
        }
        for problem in [
            PgpProblem::PrivateKey,
            PgpProblem::NotArmored,
            PgpProblem::AfterChecksum,
            PgpProblem::NoEnd,
            PgpProblem::AfterEnd,
            PgpProblem::NotRadix64,
            PgpProblem::ChecksumMismatch,
            PgpProblem::ChecksumLine,
            PgpProblem::NotPublicKey,
            PgpProblem::CutShort,
        ] {
            all.push(plain(PgpKey { problem }));
        }
        for problem in [CsvProblem::AfterClosingQuote, CsvProblem::StrayQuote, CsvProblem::BareCarriageReturn, CsvProblem::UnclosedQuote] {
            all.push(plain(Csv { problem }));
            all.push(plain(CsvHeader { problem }));
        }
        for problem in [JsonRpcProblem::NotObject, JsonRpcProblem::Version, JsonRpcProblem::Method, JsonRpcProblem::Id, JsonRpcProblem::Params] {
            all.push(plain(JsonRpc { problem }));
        }
        all
    }

    #[test]
    fn every_reason_has_an_example_and_a_golden_message() {
        let examples = examples();
        // Every kind of reason has an example, so a new one needs words in every locale
        // catalogue, which the JavaScript tests check against the golden file.
        let mut seen: Vec<usize> = examples.iter().map(|(r, _)| r.index()).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen, (0..IDS_TEXT.lines().count()).collect::<Vec<_>>(), "each reason needs an example");

        let mut golden = String::from(
            "# Every reason with its English message, one JSON object a line. Written by\n\
             # `UPDATE_GOLDEN=1 cargo test --lib reason`; js/locales are tested against it.\n",
        );
        for (reason, suggestion) in &examples {
            assert_eq!(reason.id(), reason.to_json().split('"').nth(3).unwrap_or_default());
            golden.push_str("{\"reason\":");
            reason.write_json(&mut golden);
            if let Some(s) = suggestion {
                golden.push_str(",\"suggestion\":");
                json::write_str(s, &mut golden);
            }
            golden.push_str(",\"message\":");
            json::write_str(&catalogue::message(reason, *suggestion), &mut golden);
            golden.push_str("}\n");
        }
        crate::golden::assert_file("tests/golden/reasons.txt", &golden, "cargo test --lib reason");
    }
}
