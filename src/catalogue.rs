//! The English message catalogue: the one place where a [`Reason`] becomes words. Every
//! answer's `errors[].message`, and the server bodies that carry formmirror's wording
//! (Enswitch's `message`, the 2.0 API's `errors`, JSON-RPC's `data.errors`), come from here;
//! limits come from the reason's parameters, which the checks fill from their own constants.
//! `js/locales/` holds the same catalogue in other languages, checked against this one.

use crate::reason::{CharacterClass, CsvProblem, Expected, JsonRpcProblem, PgpProblem, Reason};
use std::borrow::Cow;

/// The message for `reason`, then " Did you mean …?" when there is a suggestion.
pub(crate) fn message(reason: &Reason, suggestion: Option<&str>) -> Cow<'static, str> {
    let text = english(reason);
    let Some(suggestion) = suggestion else { return text };
    // Built by hand: `format!` cost as much as the look-up that found the suggestion.
    let mut message = String::with_capacity(text.len() + suggestion.len() + 17);
    message.push_str(&text);
    message.push_str(" Did you mean \"");
    message.push_str(suggestion);
    message.push_str("\"?");
    message.into()
}

fn english(reason: &Reason) -> Cow<'static, str> {
    use Reason::*;
    Cow::Borrowed(match reason {
        Required => "A value is required.",
        UsernameRequired => "A user name is required.",
        ReadOnly => "Is read-only: the server assigns it.",
        AttributeRequired { key } => return format!("The attribute \"{key}\" is required.").into(),
        AttributeKeyMissing => "An attribute needs a key.",
        AttributeValueMissing => "An attribute needs a value.",
        EmptyWhenGiven => "Must not be empty when given; leave it out instead.",
        WrongType { expected, given } => return wrong_type(*expected, given).into(),
        NotUnicode => "Contains text that is not valid Unicode (an unpaired surrogate or bytes that are not UTF-8).",
        TooLong { max } => return format!("Must be at most {max} characters.").into(),
        EmailTooLong { max } => return format!("An e-mail address may be at most {max} characters.").into(),
        TooManyDigits { max } => return format!("Must have at most {max} digits.").into(),
        TooFewDigits { min } => return format!("Must have at least {min} digits.").into(),
        ControlCharacters => "Must not contain control characters such as tabs or line breaks.",
        SpacesOrControlCharacters => "Must not contain spaces or control characters.",
        DigitsOnly => "Must contain digits only.",
        InvalidEmail => "Must be a valid e-mail address, such as name@example.com.",
        EmptyListItem { item } => return format!("Address {item} of the list is empty.").into(),
        ListItem { item, reason } => {
            let what = match **reason {
                EmailTooLong { max } | TooLong { max } => format!("is longer than {max} characters"),
                _ => "is not a valid e-mail address".to_owned(),
            };
            return format!("Address {item} of the list {what}.").into();
        }
        NotIpOrCidr { item } => return format!("Item {item} is not an IP address or CIDR block (such as 192.0.2.0/24).").into(),
        UnknownTimezone => "Must be an IANA time zone name, such as Europe/London.",
        UnknownCountry => "Must be a two-letter ISO 3166 country code, such as GB or US.",
        NotOneOf { choices } => {
            let quoted: Vec<String> = choices.iter().map(|c| format!("\"{c}\"")).collect();
            return format!("Must be one of {}.", crate::comma_list(&quoted)).into();
        }
        NotOneOfRoles { roles } => {
            let roles: Vec<String> = roles.iter().map(u64::to_string).collect();
            return format!("Must be one of the roles {}.", crate::comma_list(&roles)).into();
        }
        NotBoolean => "Must be true or false.",
        NotDate => "Must be a date written YYYY-MM-DD, such as 2026-11-23.",
        NotInteger => "Must be a whole number (digits only).",
        Negative => "Must not be negative.",
        NumberTooLarge => "Is too large a number.",
        TooSmall { min } => return format!("Must be {min} or more.").into(),
        NotPhone => "Must be a phone number: digits, optionally a leading + and spaces, -, ., ( or ).",
        NotLanguage => "Must be a language code such as \"en\", \"en-gb\" or \"pt_BR\".",
        NotLanguageOrDefault => "Must be \"default\" or a language code such as \"en\" or \"pt_BR\".",
        PgpKey { problem } => pgp(*problem),
        PasswordPolicy { min_length, missing } => return password(*min_length, missing).into(),
        SameAs { other } => return format!("Must be the same address as {other}.").into(),
        NotBefore { other } => return format!("Must not be before {other}.").into(),
        Repeated { kept } => return format!("Given more than once; the server reads the {kept} value.").into(),
        DuplicateAttributeKey { first } => return format!("This key is already given by item {first}.").into(),
        UnknownParameter => "Not a parameter of this endpoint; the server ignores it.",
        UnknownColumn { column } => return format!("Column {column} is not a parameter of this endpoint; the server ignores it.").into(),
        More { count, .. } => return format!("…and {count} more like the above.").into(),
        RequestTooLarge { max_bytes } => return format!("The request is larger than {} MiB, the most formmirror reads.", max_bytes >> 20).into(),
        BatchTooLarge { max_bytes } => {
            return format!("The batch is larger than {} MiB, the most formmirror reads at once; split it.", max_bytes >> 20).into()
        }
        RequestNotJson { detail } => return format!("The request is not valid JSON: {detail}.").into(),
        BatchNotJson { detail } => return format!("The batch is not valid JSON: {detail}.").into(),
        RackError { class, detail } => {
            return format!("Rack cannot read this request ({class}: {detail}); Grape does not rescue the error, so the server answers 500.").into()
        }
        GrapeFailsOnInvalidText => {
            "Grape fails on text that is not UTF-8 here (Ruby raises when it asks whether the list is blank), so the server answers 500."
        }
        Csv { problem } => csv(*problem),
        CsvHeader { problem } => return format!("The header row cannot be read: {}", csv(*problem)).into(),
        FieldCount { found, expected } => return format!("This row has {found} fields; the header has {expected}.").into(),
        InvalidCredentials => "The authentication details provided are invalid.",
        ApiTokenRequired => "An API token is required.",
        ApiTokenNotText => "An API token is text, not a list or an object.",
        VisaRequired => "A visa (the session token from Login) is required.",
        RoleForbids => "Your role does not allow this.",
        RoleForbidsField => "Your role does not allow changing this field.",
        RatePlanForbids => "Your rate plan does not allow this.",
        PersonNotFound => "The person does not exist, or you do not have permission to update them.",
        JsonRpc { problem } => match problem {
            JsonRpcProblem::NotObject => "A JSON-RPC request must be an object.",
            JsonRpcProblem::Version => "jsonrpc must be \"2.0\".",
            JsonRpcProblem::Method => "method must be a string.",
            JsonRpcProblem::Id => "id must be a string, a number or null.",
            JsonRpcProblem::Params => "params must be an object or a list.",
        },
        NoSuchMethod => "This endpoint has no such method.",
        OneParameter { method, parameter } => return format!("{method} takes one parameter, {parameter}.").into(),
        Notification => "This request has no id, so it is a notification: the server sends no response at all, not even an error.",
        UnknownEndpoint { path, known } => {
            let start = if path.is_empty() {
                "This is not a request to a known endpoint".to_owned()
            } else {
                format!("No endpoint answers the path \"{path}\"")
            };
            return format!("{start}; formmirror knows {}.", crate::comma_list(known)).into();
        }
    })
}

fn wrong_type(expected: Expected, given: &str) -> String {
    let given = match given {
        "null" => "null",
        "boolean" => "a boolean",
        "number" => "a number",
        "text" => "text",
        "invalid_text" => "text that is not valid Unicode",
        "list" => "a list",
        _ => "an object",
    };
    let start = match expected {
        Expected::Text => "Must be text",
        Expected::WholeNumber => "Must be a whole number",
        Expected::ListOfText => "Must be a list of text",
        Expected::Object => "Must be an object",
        Expected::Attributes => "Must be a list of {key, value} objects",
        Expected::Row => "A row must be an object",
        Expected::Rows => "The batch must be a list of rows",
        Expected::Parameters => "The request must be a set of named parameters (an object)",
    };
    format!("{start}, not {given}.")
}

fn pgp(problem: PgpProblem) -> &'static str {
    match problem {
        PgpProblem::PrivateKey => "This is a private key: paste the public key block instead, and keep the private key secret.",
        PgpProblem::NotArmored => "Must be an ASCII-armored OpenPGP public key, starting with -----BEGIN PGP PUBLIC KEY BLOCK-----.",
        PgpProblem::AfterChecksum => "Nothing may follow the =XXXX checksum line but the END line.",
        PgpProblem::NoEnd => "The key block has no -----END PGP PUBLIC KEY BLOCK----- line.",
        PgpProblem::AfterEnd => "Nothing may follow the END line.",
        PgpProblem::NotRadix64 => "The key data is not valid radix-64 (base64).",
        PgpProblem::ChecksumMismatch => "The checksum does not match the key data: the key was damaged when it was copied.",
        PgpProblem::ChecksumLine => "The checksum line must be = followed by four radix-64 characters.",
        PgpProblem::NotPublicKey => "The key data does not start with an OpenPGP public-key packet.",
        PgpProblem::CutShort => "The key data is cut short: its packets are longer than the data, so part of the key was lost in copying.",
    }
}

fn csv(problem: CsvProblem) -> &'static str {
    match problem {
        CsvProblem::AfterClosingQuote => "A closing quote must be followed by a comma or the end of the line.",
        CsvProblem::StrayQuote => "A quote may only appear inside a field that is quoted as a whole.",
        CsvProblem::BareCarriageReturn => "A carriage return must be followed by a line feed.",
        CsvProblem::UnclosedQuote => "A quoted field is never closed.",
    }
}

/// "Must be at least 10 characters long and contain an uppercase letter, a digit, and a symbol."
fn password(min_length: usize, missing: &[CharacterClass]) -> String {
    let mut message = String::from("Must ");
    if min_length > 0 {
        message.push_str(&format!("be at least {min_length} characters long"));
        if !missing.is_empty() {
            message.push_str(" and ");
        }
    }
    if !missing.is_empty() {
        let names: Vec<&str> = missing
            .iter()
            .map(|class| match class {
                CharacterClass::Uppercase => "an uppercase letter",
                CharacterClass::Lowercase => "a lowercase letter",
                CharacterClass::Digit => "a digit",
                CharacterClass::Symbol => "a symbol",
            })
            .collect();
        message.push_str("contain ");
        match names.as_slice() {
            [only] => message.push_str(only),
            [first, second] => message.push_str(&format!("{first} and {second}")),
            [init @ .., last] => message.push_str(&format!("{}, and {last}", init.join(", "))),
            [] => {}
        }
    }
    message.push('.');
    message
}
