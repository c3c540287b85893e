//! The English message catalogue: the one place where a [`Reason`] becomes words. Every
//! answer's `errors[].message`, and the server bodies that carry formmirror's wording
//! (Enswitch's `message`, the 2.0 API's `errors`, JSON-RPC's `data.errors`), come from here;
//! limits come from the reason's parameters, which the checks fill from their own constants.
//! `js/locales/` holds the same catalogue in other languages, checked against this one.

use crate::json;
use crate::reason::{CharacterClass, CsvProblem, Expected, JsonRpcProblem, Param, PgpProblem, Reason};
use crate::tables::{lines, Lines};
use std::borrow::Cow;

/// The message for `reason`, then " Did you mean …?" when there is a suggestion.
pub(crate) fn message(reason: &Reason, suggestion: Option<&str>) -> Cow<'static, str> {
    let text = english(reason);
    let Some(suggestion) = suggestion else { return text };
    let mut message = text.into_owned();
    for part in [" Did you mean \"", suggestion, "\"?"] {
        message.push_str(part);
    }
    message.into()
}

fn english(reason: &Reason) -> Cow<'static, str> {
    use Reason::*;
    let text = match reason {
        WrongType { expected, given } => return wrong_type(*expected, given),
        ListItem { reason: item, .. } => match **item {
            EmailTooLong { .. } | TooLong { .. } => "Address {} of the list is longer than {} characters.",
            _ => "Address {} of the list is not a valid e-mail address.",
        },
        NotOneOf { choices } => {
            let mut out = String::from("Must be one of ");
            push_list(&mut out, choices.len(), false, &|i, out| {
                out.push('"');
                out.push_str(choices.get(i).copied().unwrap_or_default());
                out.push('"');
            });
            out.push('.');
            return out.into();
        }
        NotOneOfRoles { roles } => {
            let mut out = String::from("Must be one of the roles ");
            push_list(&mut out, roles.len(), false, &|i, out| json::write_int(roles.get(i).copied().unwrap_or_default() as i64, out));
            out.push('.');
            return out.into();
        }
        PgpKey { problem } => pgp(*problem),
        Csv { problem } => csv(*problem),
        CsvHeader { problem } => {
            let mut out = String::from("The header row cannot be read: ");
            out.push_str(csv(*problem));
            return out.into();
        }
        JsonRpc { problem } => json_rpc(*problem),
        PasswordPolicy { min_length, missing } => return password(*min_length, missing).into(),
        UnknownEndpoint { path, known } => {
            let start = if path.is_empty() { "This is not a request to a known endpoint" } else { "No endpoint answers the path \"{}\"" };
            let mut out = with_params(start, reason).into_owned();
            out.push_str("; formmirror knows ");
            push_list(&mut out, known.len(), false, &|i, out| out.push_str(known.get(i).map_or("", String::as_str)));
            out.push('.');
            return out.into();
        }
        other => ENGLISH.get(other.index()),
    };
    if reason.params()[0].is_some() {
        return with_params(text, reason);
    }
    Cow::Borrowed(text)
}

/// The English words of each reason, a line each, in declaration order ([`Reason::index`]); its parameters
/// (`Reason::params`) fill each `{}` in order. "" for the reasons `english` words itself, with
/// their lists, nested reasons or sub-reasons.
const ENGLISH_TEXT: &str = concat!(
    // Required
    "A value is required.\n",
    // UsernameRequired
    "A user name is required.\n",
    // ReadOnly
    "Is read-only: the server assigns it.\n",
    // AttributeRequired
    "The attribute \"{}\" is required.\n",
    // AttributeKeyMissing
    "An attribute needs a key.\n",
    // AttributeValueMissing
    "An attribute needs a value.\n",
    // EmptyWhenGiven
    "Must not be empty when given; leave it out instead.\n",
    // WrongType: worded in `english`
    "\n",
    // NotUnicode
    "Contains text that is not valid Unicode (an unpaired surrogate or bytes that are not UTF-8).\n",
    // TooLong
    "Must be at most {} characters.\n",
    // EmailTooLong
    "An e-mail address may be at most {} characters.\n",
    // TooManyDigits
    "Must have at most {} digits.\n",
    // TooFewDigits
    "Must have at least {} digits.\n",
    // ControlCharacters
    "Must not contain control characters such as tabs or line breaks.\n",
    // SpacesOrControlCharacters
    "Must not contain spaces or control characters.\n",
    // DigitsOnly
    "Must contain digits only.\n",
    // InvalidEmail
    "Must be a valid e-mail address, such as name@example.com.\n",
    // EmptyListItem
    "Address {} of the list is empty.\n",
    // ListItem: worded in `english`
    "\n",
    // NotIpOrCidr
    "Item {} is not an IP address or CIDR block (such as 192.0.2.0/24).\n",
    // UnknownTimezone
    "Must be an IANA time zone name, such as Europe/London.\n",
    // UnknownCountry
    "Must be a two-letter ISO 3166 country code, such as GB or US.\n",
    // NotOneOf: worded in `english`
    "\n",
    // NotOneOfRoles: worded in `english`
    "\n",
    // NotBoolean
    "Must be true or false.\n",
    // NotDate
    "Must be a date written YYYY-MM-DD, such as 2026-11-23.\n",
    // NotInteger
    "Must be a whole number (digits only).\n",
    // Negative
    "Must not be negative.\n",
    // NumberTooLarge
    "Is too large a number.\n",
    // TooSmall
    "Must be {} or more.\n",
    // NotPhone
    "Must be a phone number: digits, optionally a leading + and spaces, -, ., ( or ).\n",
    // NotLanguage
    "Must be a language code such as \"en\", \"en-gb\" or \"pt_BR\".\n",
    // NotLanguageOrDefault
    "Must be \"default\" or a language code such as \"en\" or \"pt_BR\".\n",
    // PgpKey: worded in `english`
    "\n",
    // PasswordPolicy: worded in `english`
    "\n",
    // SameAs
    "Must be the same address as {}.\n",
    // NotBefore
    "Must not be before {}.\n",
    // Repeated
    "Given more than once; the server reads the {} value.\n",
    // DuplicateAttributeKey
    "This key is already given by item {}.\n",
    // UnknownParameter
    "Not a parameter of this endpoint; the server ignores it.\n",
    // UnknownColumn
    "Column {} is not a parameter of this endpoint; the server ignores it.\n",
    // More
    "…and {} more like the above.\n",
    // RequestTooLarge
    "The request is larger than {} MiB, the most formmirror reads.\n",
    // BatchTooLarge
    "The batch is larger than {} MiB, the most formmirror reads at once; split it.\n",
    // RequestNotJson
    "The request is not valid JSON: {}.\n",
    // BatchNotJson
    "The batch is not valid JSON: {}.\n",
    // RackError
    "Rack cannot read this request ({}: {}); Grape does not rescue the error, so the server answers 500.\n",
    // GrapeFailsOnInvalidText
    "Grape fails on text that is not UTF-8 here (Ruby raises when it asks whether the list is blank), so the server answers 500.\n",
    // Csv: worded in `english`
    "\n",
    // CsvHeader: worded in `english`
    "\n",
    // FieldCount
    "This row has {} fields; the header has {}.\n",
    // InvalidCredentials
    "The authentication details provided are invalid.\n",
    // ApiTokenRequired
    "An API token is required.\n",
    // ApiTokenNotText
    "An API token is text, not a list or an object.\n",
    // VisaRequired
    "A visa (the session token from Login) is required.\n",
    // RoleForbids
    "Your role does not allow this.\n",
    // RoleForbidsField
    "Your role does not allow changing this field.\n",
    // RatePlanForbids
    "Your rate plan does not allow this.\n",
    // PersonNotFound
    "The person does not exist, or you do not have permission to update them.\n",
    // JsonRpc: worded in `english`
    "\n",
    // NoSuchMethod
    "This endpoint has no such method.\n",
    // OneParameter
    "{} takes one parameter, {}.\n",
    // Notification
    "This request has no id, so it is a notification: the server sends no response at all, not even an error.\n",
    // UnknownEndpoint: worded in `english`
    "\n",
);
static ENGLISH: Lines = lines!(ENGLISH_TEXT);

/// `text` with each `{}` replaced by the reason's next parameter, then a list item's own. By
/// bytes: a string search would bring the general substring searcher into the wasm for a
/// two-byte pattern.
fn with_params(text: &str, reason: &Reason) -> Cow<'static, str> {
    let item = match reason {
        Reason::ListItem { reason, .. } => reason.params()[0],
        _ => None,
    };
    let mut params = reason.params().into_iter().chain([item]).flatten().map(|(_, param)| param);
    let mut out = String::with_capacity(text.len() + 16);
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut at = 0;
    while at + 1 < bytes.len() {
        if bytes[at] == b'{' && bytes[at + 1] == b'}' {
            out.push_str(text.get(copied..at).unwrap_or_default());
            match params.next() {
                Some(Param::Count(n)) => json::write_int(n as i64, &mut out),
                Some(Param::Text(t)) => out.push_str(t),
                None => {}
            }
            at += 2;
            copied = at;
        } else {
            at += 1;
        }
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    out.into()
}

fn wrong_type(expected: Expected, given: &str) -> Cow<'static, str> {
    let given = GIVEN_IDS.position(given).unwrap_or_default();
    let mut message = String::from(EXPECTED_ENGLISH.get(expected as usize));
    message.push_str(", not ");
    message.push_str(GIVEN_ENGLISH.get(given));
    message.push('.');
    message.into()
}

/// What `Reason::WrongType` says a place takes, for each [`Expected`] in declaration order.
static EXPECTED_ENGLISH: Lines = lines!(EXPECTED_ENGLISH_TEXT);
const EXPECTED_ENGLISH_TEXT: &str = concat!(
    "Must be text\n",
    "Must be a whole number\n",
    "Must be a list of text\n",
    "Must be an object\n",
    "Must be a list of {key, value} objects\n",
    "A row must be an object\n",
    "The batch must be a list of rows\n",
    "The request must be a set of named parameters (an object)\n",
);

/// The kinds of value `Reason::WrongType` names as given (`Value::kind_id`), and their English.
static GIVEN_IDS: Lines = lines!("null\nboolean\nnumber\ntext\ninvalid_text\nlist\nobject\n");
static GIVEN_ENGLISH: Lines = lines!("null\na boolean\na number\ntext\ntext that is not valid Unicode\na list\nan object\n");

fn pgp(problem: PgpProblem) -> &'static str {
    PGP_ENGLISH.get(problem as usize)
}

/// The English of each [`PgpProblem`], a line each, in declaration order.
static PGP_ENGLISH: Lines = lines!(PGP_ENGLISH_TEXT);
const PGP_ENGLISH_TEXT: &str = concat!(
    "This is a private key: paste the public key block instead, and keep the private key secret.\n",
    "Must be an ASCII-armored OpenPGP public key, starting with -----BEGIN PGP PUBLIC KEY BLOCK-----.\n",
    "Nothing may follow the =XXXX checksum line but the END line.\n",
    "The key block has no -----END PGP PUBLIC KEY BLOCK----- line.\n",
    "Nothing may follow the END line.\n",
    "The key data is not valid radix-64 (base64).\n",
    "The checksum does not match the key data: the key was damaged when it was copied.\n",
    "The checksum line must be = followed by four radix-64 characters.\n",
    "The key data does not start with an OpenPGP public-key packet.\n",
    "The key data is cut short: its packets are longer than the data, so part of the key was lost in copying.\n",
);

fn csv(problem: CsvProblem) -> &'static str {
    CSV_ENGLISH.get(problem as usize)
}

/// The English of each [`CsvProblem`], a line each, in declaration order.
static CSV_ENGLISH: Lines = lines!(CSV_ENGLISH_TEXT);
const CSV_ENGLISH_TEXT: &str = concat!(
    "A closing quote must be followed by a comma or the end of the line.\n",
    "A quote may only appear inside a field that is quoted as a whole.\n",
    "A carriage return must be followed by a line feed.\n",
    "A quoted field is never closed.\n",
);

fn json_rpc(problem: JsonRpcProblem) -> &'static str {
    JSON_RPC_ENGLISH.get(problem as usize)
}

/// The English of each [`JsonRpcProblem`], a line each, in declaration order.
static JSON_RPC_ENGLISH: Lines = lines!(JSON_RPC_ENGLISH_TEXT);
const JSON_RPC_ENGLISH_TEXT: &str = concat!(
    "A JSON-RPC request must be an object.\n",
    "jsonrpc must be \"2.0\".\n",
    "method must be a string.\n",
    "id must be a string, a number or null.\n",
    "params must be an object or a list.\n",
);

static CLASS_ENGLISH: Lines = lines!("an uppercase letter\na lowercase letter\na digit\na symbol\n");

/// "Must be at least 10 characters long and contain an uppercase letter, a digit, and a symbol."
fn password(min_length: usize, missing: &[CharacterClass]) -> String {
    let mut message = String::from("Must ");
    if min_length > 0 {
        message.push_str("be at least ");
        json::write_int(min_length as i64, &mut message);
        message.push_str(" characters long");
        if !missing.is_empty() {
            message.push_str(" and ");
        }
    }
    if !missing.is_empty() {
        message.push_str("contain ");
        push_list(&mut message, missing.len(), true, &|i, out| out.push_str(missing.get(i).map_or("", |class| CLASS_ENGLISH.get(*class as usize))));
    }
    message.push('.');
    message
}

/// Writes `count` items, each by `item`, separated by commas; in a sentence the last by "and"
/// ("a and b", "a, b, and c").
fn push_list(out: &mut String, count: usize, sentence: bool, item: &dyn Fn(usize, &mut String)) {
    for i in 0..count {
        if i > 0 {
            out.push_str(match (sentence && i + 1 == count, count) {
                (false, _) => ", ",
                (true, 2) => " and ",
                (true, _) => ", and ",
            });
        }
        item(i, out);
    }
}
