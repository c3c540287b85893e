//! JavaScript bindings. Each call takes strings and returns one string, so a form crosses the
//! boundary once each way; only a compiled validator's form of fields returns a number, and its
//! answer's text crosses only when it differs from the validator's last. A string that starts
//! with `!` is a programming mistake's message, which `js/core.mjs` throws as a `TypeError`; any
//! other is the answer. (Returning plain strings keeps wasm-bindgen's exception machinery out of
//! the module.)
//!
//! An [`Answer`] crosses as its [wire text](write_answer), not as one JSON document: its issues
//! as records JavaScript cuts by length, and the body's text once, not again escaped as the
//! `bodyText` string. Batches and field answers cross as their JSON.
//!
//! The request text of `validate` and `validateBatch`, the one large string, does not go
//! through wasm-bindgen's string passing, which copies a string into wasm memory one UTF-16
//! unit at a time in JavaScript (826 ns for the benchmark's 456-character form). JavaScript asks
//! for [`input_buffer`] and writes the text there itself with `TextEncoder.encodeInto`
//! (61 ns), then passes only its length.

// The exports are `pub` as the JavaScript glue calls them, though no Rust crate can.
#![allow(unreachable_pub)]

use crate::answer::LastAnswer;
use crate::endpoints::Endpoint;
use crate::validate::Form;
use crate::{Answer, Input, Options, UsageError, Value};
use std::cell::UnsafeCell;
use wasm_bindgen::prelude::*;

/// The module's allocator: talc rather than the standard library's dlmalloc, as fast and much
/// smaller, room the per-form speed work needed (README, "crates behind it").
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Where JavaScript writes the request text; kept between calls, so it is allocated once at
/// the size of the largest request seen.
struct InputBuffer(UnsafeCell<Vec<u8>>);

// SAFETY: wasm32 without threads: one caller at a time, and no reference into the buffer
// outlives the exported call that took it.
unsafe impl Sync for InputBuffer {}

static INPUT: InputBuffer = InputBuffer(UnsafeCell::new(Vec::new()));

/// The address of at least `bytes` bytes in wasm memory for the next request's UTF-8 text.
#[wasm_bindgen(js_name = inputBuffer)]
pub fn input_buffer(bytes: usize) -> *mut u8 {
    // SAFETY: see `InputBuffer`; this is the only mutable access.
    let input = unsafe { &mut *INPUT.0.get() };
    if input.len() < bytes {
        *input = vec![0; bytes];
    }
    input.as_mut_ptr()
}

/// The module's memory, for JavaScript to write into [`input_buffer`]. (Not named `memory`:
/// that is already the name of the memory itself among the module's exports.)
#[wasm_bindgen(js_name = linearMemory)]
pub fn linear_memory() -> JsValue {
    wasm_bindgen::memory()
}

/// Runs `answer` on the first `len` bytes JavaScript wrote into the input buffer.
fn with_input(len: usize, answer: impl FnOnce(&str) -> String) -> String {
    // SAFETY: see `InputBuffer`; `answer` never calls `input_buffer`.
    let input = unsafe { &*INPUT.0.get() };
    match input.get(..len).map(std::str::from_utf8) {
        Some(Ok(text)) => answer(text),
        _ => reply(Err(UsageError("the request text was not written to the input buffer as UTF-8".into()))),
    }
}

/// Marks a returned string as a usage error rather than an answer.
const USAGE_ERROR: char = '!';

fn reply(result: Result<String, UsageError>) -> String {
    result.unwrap_or_else(|error| format!("{USAGE_ERROR}{}", error.0))
}

/// The options last read, with their text: callers of `validate`, `validateField`,
/// `validateRequest` and `validateBatch` (a compiled validator's `validateField` and
/// `validateBatch` too; its `validate` uses the options it read once) mostly pass the same
/// options call after call, and reading them again cost more than checking a form.
struct LastOptions(UnsafeCell<Option<(String, Options)>>);

// SAFETY: as for `InputBuffer`: one caller at a time, and the options `with_options` lends do
// not outlive the exported call that asked for them.
unsafe impl Sync for LastOptions {}

static LAST_OPTIONS: LastOptions = LastOptions(UnsafeCell::new(None));

/// Runs `answer` with the options `json` says, read again only when the text changed.
fn with_options<T>(json: &str, answer: impl FnOnce(&Options) -> Result<T, UsageError>) -> Result<T, UsageError> {
    // SAFETY: see `LastOptions`; `answer` never calls back into the bindings.
    let last = unsafe { &mut *LAST_OPTIONS.0.get() };
    let cached = match last {
        Some(cached) if cached.0 == json => cached,
        _ => last.insert((json.to_owned(), options(json)?)),
    };
    answer(&cached.1)
}

fn options(json: &str) -> Result<Options, UsageError> {
    if json.is_empty() {
        return Ok(Options::default());
    }
    let value = Value::parse_json(json).map_err(|e| UsageError(format!("options are not valid JSON: {e}")))?;
    Options::from_value(&value)
}

/// A validator `compile()` made: an endpoint with its options, read once, and the last answer it
/// gave to a form of fields. Most calls answer as the last one did (a form that stays valid, or
/// keeps its errors while the user edits another field), and knowing that in the module costs
/// less than writing the answer, carrying its text across and comparing that in JavaScript.
struct Validator {
    endpoint: &'static Endpoint,
    options: Options,
    last: Option<LastAnswer>,
}

/// The validators `compile()` made, by number.
struct Validators(UnsafeCell<Vec<Validator>>);

// SAFETY: as for `InputBuffer`: one caller at a time, and no reference into the list outlives
// the exported call that took it.
unsafe impl Sync for Validators {}

static VALIDATORS: Validators = Validators(UnsafeCell::new(Vec::new()));

/// A compiled validator for `endpoint` with these options: its number for [`validate_fields`],
/// as decimal text, or a usage error. JavaScript asks once per endpoint and options text.
#[wasm_bindgen(js_name = compileValidator)]
pub fn compile_validator(endpoint: &str, options_json: &str) -> String {
    let compiled = crate::answer::endpoint(endpoint).and_then(|endpoint| Ok(Validator { endpoint, options: options(options_json)?, last: None }));
    reply(compiled.map(|compiled| {
        // SAFETY: see `Validators`; this is the only mutable access besides `validate_fields`,
        // and neither calls the other.
        let validators = unsafe { &mut *VALIDATORS.0.get() };
        validators.push(compiled);
        let mut handle = String::new();
        crate::json::write_int(validators.len() as i64 - 1, &mut handle);
        handle
    }))
}

/// An answer as JavaScript reads it (`parseAnswer` in js/core.mjs): the status and a line break,
/// the errors and the warnings as [records](write_issues), then the body's exact text, if there
/// is a body (a body is never empty text). Records rather than JSON, as reading an invalid
/// answer's issues with `JSON.parse` cost more than all the rest of reading it.
fn write_answer(answer: &Answer) -> String {
    let mut out = String::with_capacity(if answer.ok() { 128 } else { 1024 });
    crate::json::write_int(answer.status, &mut out);
    out.push_str("\n");
    write_issues(&answer.errors, &mut out);
    write_issues(&answer.warnings, &mut out);
    if let Some(body) = &answer.body {
        crate::json::write(body, &mut out);
    }
    out
}

/// A list of issues: its length, then for each issue its field, code, message and reason as
/// [texts](write_text), then its suggestion's length plus one (0 for none) and the suggestion.
/// A reason that is only its id goes as the id; one with parameters, as its JSON, which starts
/// with `{` as no id does.
fn write_issues(issues: &[crate::FieldIssue], out: &mut String) {
    write_length(issues.len(), out);
    let mut reason = String::new();
    for crate::FieldIssue { field, issue } in issues {
        write_text(field, out);
        write_text(issue.code.as_str(), out);
        write_text(&issue.message(), out);
        reason.clear();
        issue.reason.write_json(&mut reason);
        // `{"id":"…"}` and nothing more: the reason has no parameters.
        let id = issue.reason.id();
        write_text(if reason.len() == id.len() + 9 { id } else { &reason }, out);
        match &issue.suggestion {
            Some(suggestion) => {
                write_length(utf16_length(suggestion) + 1, out);
                out.push_str(suggestion);
            }
            None => write_length(0, out),
        }
    }
}

/// A text as its length in UTF-16 units (JavaScript's `length`, by which it is cut again), then
/// the text.
fn write_text(text: &str, out: &mut String) {
    write_length(utf16_length(text), out);
    out.push_str(text);
}

fn utf16_length(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.encode_utf16().count()
    }
}

/// A length as two characters of 15 bits each, high first: below U+8000, so never a surrogate,
/// and read back with two `charCodeAt`s. A length past 2³⁰ units cannot come from a request
/// the module accepted into its memory.
fn write_length(length: usize, out: &mut String) {
    for part in [(length >> 15) & 0x7fff, length & 0x7fff] {
        out.push(char::from_u32(part as u32).unwrap_or_default());
    }
}

/// The request text as a JSON object or as a query string.
fn input(text: &str, is_query: bool) -> Input<'_> {
    if is_query {
        Input::Query(text)
    } else {
        Input::Json(text)
    }
}

/// A part of a request: JavaScript passes "" for one not given.
fn given(part: &str) -> Option<&str> {
    Some(part).filter(|p| !p.is_empty())
}

/// `text_len`: bytes of request text in the input buffer.
#[wasm_bindgen]
pub fn validate(endpoint: &str, text_len: usize, is_query: bool, options_json: &str) -> String {
    with_input(text_len, |text| {
        let endpoint = crate::answer::endpoint(endpoint);
        reply(endpoint.and_then(|endpoint| with_options(options_json, |options| Ok(answer_text(endpoint, text, is_query, options)))))
    })
}

/// The wire text of the answer to a request's text, for `validate` and `validateWith`: one copy
/// of the engine between them.
#[inline(never)]
fn answer_text(endpoint: &Endpoint, text: &str, is_query: bool, options: &Options) -> String {
    write_answer(&crate::answer::answer(endpoint, crate::validate::decode(input(text, is_query), endpoint.wire), options))
}

/// What [`validate_fields`] returns: the input is not a form of fields, and goes as JSON instead.
/// JavaScript relies on it for one form it cannot tell cheaply: two lone surrogates that pair up
/// across two values, whose lengths then cut that character.
const NOT_FIELDS: u32 = 0;
/// The answer is the one this validator gave last, which JavaScript still has.
const SAME_ANSWER: u32 = 1;
/// The answer differs from the last: [`validator_answer`] has its text.
const NEW_ANSWER: u32 = 2;

/// A plain form for the compiled validator `validator`, without JSON: the input buffer holds
/// `count` bytes, each the table index of one member in the object's order (or the mark of a
/// member the table does not have, which takes two), `count` lengths of two bytes, then the
/// texts (`validate::decode_fields`), so the answer is the one `validate` gives for the
/// object's JSON. The JavaScript side sends only objects whose values are well-formed text.
/// Returns [`NOT_FIELDS`], [`SAME_ANSWER`] or [`NEW_ANSWER`]; for a number that names no
/// validator, [`NEW_ANSWER`], and [`validator_answer`] says why.
#[wasm_bindgen(js_name = validateFields)]
pub fn validate_fields(validator: usize, count: usize, text_len: usize) -> u32 {
    // SAFETY: see `Validators`; nothing here compiles another validator.
    let validators = unsafe { &mut *VALIDATORS.0.get() };
    let Some(Validator { endpoint, options, last }) = validators.get_mut(validator) else { return NEW_ANSWER };
    // SAFETY: see `InputBuffer`; nothing here calls `input_buffer`.
    let input = unsafe { &*INPUT.0.get() };
    let head = input
        .get(..text_len)
        .and_then(|text| text.split_at_checked(count))
        .and_then(|(slots, rest)| Some((slots, rest.split_at_checked(2 * count)?)));
    let Some((slots, (lengths, values))) = head else { return NOT_FIELDS };
    let Ok(values) = std::str::from_utf8(values) else { return NOT_FIELDS };
    let new = match crate::validate::decode_fields(endpoint, slots, lengths, values) {
        Some(Form::Fields(fields)) => crate::answer::answer_fields(endpoint, fields, options, last),
        Some(Form::Members(members)) => crate::answer::answer_members(endpoint, members, options, last),
        None => return NOT_FIELDS,
    };
    if new {
        NEW_ANSWER
    } else {
        SAME_ANSWER
    }
}

/// The [wire text](write_answer) of the last answer `validator` gave through [`validate_fields`].
#[wasm_bindgen(js_name = validatorAnswer)]
pub fn validator_answer(validator: usize) -> String {
    // SAFETY: see `Validators`.
    let validators = unsafe { &*VALIDATORS.0.get() };
    match validators.get(validator).and_then(|v| v.last.as_ref()) {
        Some(last) => write_answer(&last.answer),
        None => reply(Err(UsageError("no such compiled validator, or it has not answered a form yet".into()))),
    }
}

/// Any other input for the compiled validator `validator` (JSON text or a query string, `text_len`
/// bytes in the input buffer), with the options it read once.
#[wasm_bindgen(js_name = validateWith)]
pub fn validate_with(validator: usize, text_len: usize, is_query: bool) -> String {
    // SAFETY: see `Validators`; nothing here compiles another validator.
    let validators = unsafe { &*VALIDATORS.0.get() };
    let Some(Validator { endpoint, options, .. }) = validators.get(validator) else {
        return reply(Err(UsageError("no such compiled validator".into())));
    };
    with_input(text_len, |text| answer_text(endpoint, text, is_query, options))
}

/// An empty `value_json` is JavaScript's `undefined`: the field is not sent. An empty `text`
/// means no form around it.
#[wasm_bindgen(js_name = validateField)]
pub fn validate_field(endpoint: &str, field: &str, value_json: &str, text: &str, is_query: bool, options_json: &str) -> String {
    let value = (!value_json.is_empty()).then(|| Value::parse_json(value_json).unwrap_or(Value::Null));
    let context = (!text.is_empty()).then(|| input(text, is_query));
    let answer = with_options(options_json, |options| crate::validate_field(endpoint, field, value.as_ref(), context, options));
    reply(answer.map(|a| a.to_json()))
}

/// `method`, `content_type` and `body` empty when not given; with all three empty, `url` may be
/// a whole pasted request.
#[wasm_bindgen(js_name = validateRequest)]
pub fn validate_request(method: &str, url: &str, content_type: &str, body: &str, options_json: &str) -> String {
    let answer = with_options(options_json, |options| {
        Ok(match (method, content_type, body) {
            ("", "", "") => crate::validate_request(url, options),
            _ => crate::request::validate_request_parts(given(method), url, given(content_type), given(body), options),
        })
    });
    reply(answer.map(|a| write_answer(&a)))
}

/// The whole batch crosses the boundary once, through the input buffer (`text_len` bytes):
/// CSV text, or the rows as one JSON list.
#[wasm_bindgen(js_name = validateBatch)]
pub fn validate_batch(endpoint: &str, text_len: usize, is_csv: bool, options_json: &str) -> String {
    with_input(text_len, |text| {
        let batch = if is_csv { crate::Batch::Csv(text) } else { crate::Batch::Json(text) };
        reply(with_options(options_json, |options| crate::validate_batch(endpoint, batch, options)).map(|a| a.to_json()))
    })
}

#[wasm_bindgen]
pub fn choices(list: &str) -> String {
    let choices = crate::choices(list).map(|choices| {
        let items = choices.into_iter().map(|c| Value::Object(vec![("value".into(), c.value.into()), ("label".into(), c.label.into())]));
        Value::Array(items.collect()).to_json()
    });
    reply(choices)
}
