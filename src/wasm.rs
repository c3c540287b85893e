//! JavaScript bindings. Each call takes strings and returns one JSON string, so a form crosses
//! the boundary once each way; `js/core.mjs` does the `JSON.stringify`/`JSON.parse` and turns
//! the errors thrown here (programming mistakes only) into `TypeError`s.

use crate::{Input, Options, UsageError, Value};
use wasm_bindgen::prelude::*;

fn options(json: &str) -> Result<Options, JsError> {
    if json.is_empty() {
        return Ok(Options::default());
    }
    let value = Value::parse_json(json).map_err(|e| JsError::new(&format!("options are not valid JSON: {e}")))?;
    Options::from_value(&value).map_err(usage)
}

fn usage(error: UsageError) -> JsError {
    JsError::new(&error.0)
}

fn input(text: &str, is_query: bool) -> Input<'_> {
    if is_query {
        Input::Query(text)
    } else {
        Input::Json(text)
    }
}

#[wasm_bindgen]
pub fn validate(endpoint: &str, text: &str, is_query: bool, options_json: &str) -> Result<String, JsError> {
    Ok(crate::validate(endpoint, input(text, is_query), &options(options_json)?).map_err(usage)?.to_json())
}

#[wasm_bindgen(js_name = validateField)]
pub fn validate_field(
    endpoint: &str,
    field: &str,
    value_json: &str,
    text: &str,
    is_query: bool,
    options_json: &str,
) -> Result<String, JsError> {
    // An empty value text is JavaScript's `undefined`: the field is not sent.
    let value = (!value_json.is_empty()).then(|| Value::parse_json(value_json).unwrap_or(Value::Null));
    let context = (!text.is_empty()).then(|| input(text, is_query));
    Ok(crate::validate_field(endpoint, field, value.as_ref(), context, &options(options_json)?).map_err(usage)?.to_json())
}

#[wasm_bindgen(js_name = validateRequest)]
pub fn validate_request(method: Option<String>, url: &str, body: Option<String>, options_json: &str) -> Result<String, JsError> {
    let options = options(options_json)?;
    let answer = match (method.as_deref(), body.as_deref()) {
        (None, None) => crate::validate_request(url, &options),
        (method, body) => crate::request::validate_request_parts(method, url, body, &options),
    };
    Ok(answer.map_err(usage)?.to_json())
}

#[wasm_bindgen]
pub fn endpoints() -> String {
    Value::Array(crate::endpoints::ALL.iter().map(|e| crate::endpoints::describe(e)).collect()).to_json()
}

#[wasm_bindgen]
pub fn choices(list: &str) -> Result<String, JsError> {
    let choices = crate::choices(list).map_err(usage)?;
    let items = choices
        .into_iter()
        .map(|c| Value::Object(vec![("value".into(), c.value.into()), ("label".into(), c.label.into())]))
        .collect();
    Ok(Value::Array(items).to_json())
}
