//! Whole requests as someone would paste them: an API URL
//! (`http://host/api/json/people/create/?k=v;k=v`), optionally preceded by a method and
//! followed by a body, or a bare JSON-RPC request. The endpoint is found from the path, or for
//! JSON-RPC from the method.

use crate::validate::{self, Decoded, Input};
use crate::{endpoints, Answer, Options, UsageError, Value};

/// Validates a pasted request: `[METHOD] URL [body]`, the body separated by whitespace or a
/// blank line (a JSON object or a form body); or a JSON-RPC request on its own.
///
/// ```
/// let answer = formmirror::validate_request(
///     "http://enswitch.example.com/api/json/people/create/?auth_username=user;auth_password=password;username=user@example.com;email=user@example.com;password=secret;role=1",
///     &formmirror::Options::default(),
/// ).unwrap();
/// assert_eq!(answer.body_json().unwrap(), r#"{"responses":[{"code":"201","key":"","message":"Input passed validation."}]}"#);
/// ```
pub fn validate_request(request: &str, options: &Options) -> Result<Answer, UsageError> {
    let request = request.trim();
    if request.starts_with('{') {
        return validate_request_parts(None, "", Some(request), options);
    }
    let mut rest = request;
    let mut method = None;
    if let Some((first, after)) = request.split_once(char::is_whitespace) {
        if !first.is_empty() && first.bytes().all(|b| b.is_ascii_uppercase()) {
            method = Some(first);
            rest = after.trim_start();
        }
    }
    let (url, body) = match rest.split_once(char::is_whitespace) {
        Some((url, body)) => (url, Some(body.trim())),
        None => (rest, None),
    };
    validate_request_parts(method, url, body.filter(|b| !b.is_empty()), options)
}

/// Validates a request given as its parts. The method is informational: an endpoint is found
/// by its path, or, for a JSON-RPC body, by the body's `method`.
pub fn validate_request_parts(_method: Option<&str>, url: &str, body: Option<&str>, options: &Options) -> Result<Answer, UsageError> {
    let (path, query_text) = split_url(url);
    let body_input = body.map(|b| if b.starts_with('{') || b.starts_with('[') { Input::Json(b) } else { Input::Query(b) });
    let endpoint = endpoints::by_path(path).or_else(|| json_rpc_endpoint(body_input)).ok_or_else(|| {
        let known: Vec<String> = endpoints::ALL
            .iter()
            .map(|e| match e.envelope {
                crate::envelope::Envelope::JsonRpc { method, .. } => format!("a JSON-RPC {method} request"),
                _ => format!("{} {}", e.method, e.path),
            })
            .collect();
        UsageError(format!("no endpoint answers the path \"{}\"; expected one of: {}", endpoints::display_name(path), crate::comma_list(&known)))
    })?;
    let Some(body_input) = body_input else {
        return Ok(crate::answer(endpoint, validate::decode(Input::Query(query_text), endpoint.wire), options));
    };
    let decoded = validate::decode(body_input, endpoint.wire).and_then(|body| {
        if query_text.is_empty() {
            return Ok(body);
        }
        let from_query = validate::decode(Input::Query(query_text), endpoint.wire)?;
        Ok(merge(from_query, body))
    });
    Ok(crate::answer(endpoint, decoded, options))
}

/// The endpoint a JSON body's `method` names, when the body is a JSON-RPC request.
fn json_rpc_endpoint(body: Option<Input>) -> Option<&'static endpoints::Endpoint> {
    let Some(Input::Json(text)) = body else { return None };
    let request = Value::parse_json(text).ok()?;
    endpoints::by_json_rpc_method(request.get("method")?.as_str()?)
}

/// The path and the query string of an absolute URL, a path, or a path with a query.
fn split_url(url: &str) -> (&str, &str) {
    let without_fragment = url.split('#').next().unwrap_or("");
    // "scheme://host" starts the URL when a ':' comes before any '/' or '?'.
    let after_scheme = match without_fragment.find([':', '/', '?']) {
        Some(colon) if without_fragment.as_bytes()[colon] == b':' => {
            let host_and_rest = without_fragment.get(colon + 1..).unwrap_or("").trim_start_matches('/');
            host_and_rest.find(['/', '?']).and_then(|at| host_and_rest.get(at..)).unwrap_or("")
        }
        _ => without_fragment,
    };
    after_scheme.split_once('?').unwrap_or((after_scheme, ""))
}

/// Query parameters, then the body's: a name in both takes the body's value, as Rack and
/// most servers merge them.
fn merge<'a>(query: Decoded<'a>, body: Decoded<'a>) -> Decoded<'a> {
    let (Value::Object(mut members), Value::Object(body_members)) = (query.params, body.params.clone()) else {
        return body;
    };
    for (key, value) in body_members {
        match members.iter_mut().find(|(k, _)| *k == key) {
            Some(member) => member.1 = value,
            None => members.push((key, value)),
        }
    }
    let mut warnings = query.warnings;
    warnings.extend(body.warnings);
    Decoded { warnings, ..Decoded::new(Value::Object(members), query.from_text && body.from_text) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_urls() {
        assert_eq!(split_url("http://h.example/api/json/people/create/?a=1#x"), ("/api/json/people/create/", "a=1"));
        assert_eq!(split_url("https://h.example?a=1"), ("", "a=1"));
        assert_eq!(split_url("/api/2.0/users"), ("/api/2.0/users", ""));
        assert_eq!(split_url("/p?q"), ("/p", "q"));
    }

    #[test]
    fn unknown_paths_are_usage_errors() {
        let err = validate_request("https://h.example/api/nothing", &Options::default()).unwrap_err();
        assert!(err.0.starts_with("no endpoint answers the path \"/api/nothing\""), "{err}");
        assert!(err.0.ends_with("a JSON-RPC AddUser request"), "{err}");
    }

    #[test]
    fn method_and_body_are_read() {
        let answer = validate_request(
            "GET /api/json/people/update/?auth_username=u&auth_password=p\n\n{\"id\": 0}",
            &Options::default(),
        )
        .unwrap();
        assert_eq!(answer.status, 400);
        assert_eq!(answer.errors[0].field, "id");
    }
}
