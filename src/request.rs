//! Whole requests as someone would paste them: an API URL
//! (`http://host/api/json/people/create/?k=v;k=v`), optionally preceded by a method and
//! followed by a body, a raw HTTP request (request line, headers, blank line, body), or a bare
//! JSON-RPC request. The endpoint is found from the path, or for JSON-RPC from the method, and
//! the parts are read as that endpoint's server reads them: Enswitch's CGI.pm takes a POST's
//! parameters from its body alone and a GET's from the URL; Rack under Grape merges the URL's
//! parameters with the body's.
//!
//! Pasted text is user input, so it always gets an answer: text that names no endpoint is
//! answered with `unknown_endpoint`.

use crate::envelope::Envelope;
use crate::validate::{self, Decoded, Input};
use crate::{endpoints, rack, Answer, Issue, Options, Reason, Value};

/// Validates a pasted request: `[METHOD] URL [body]`, the body separated by whitespace or a
/// blank line (a JSON object or a form body, by its first character); a raw HTTP request, whose
/// headers are passed over; or a JSON-RPC request on its own.
///
/// ```
/// let answer = formmirror::validate_request(
///     "http://enswitch.example.com/api/json/people/create/?auth_username=user;auth_password=password;username=user@example.com;email=user@example.com;password=secret;role=1",
///     &formmirror::Options::default(),
/// );
/// assert_eq!(answer.body_json().unwrap(), r#"{"responses":[{"code":"201","key":"","message":"Input passed validation."}]}"#);
/// ```
pub fn validate_request(request: &str, options: &Options) -> Answer {
    let request = request.trim();
    if request.starts_with(['{', '[']) {
        return validate_request_parts(None, "", None, Some(request), options);
    }
    let mut method = None;
    let mut rest = request;
    if let Some((first, after)) = request.split_once(char::is_whitespace) {
        if !first.is_empty() && first.bytes().all(|b| b.is_ascii_uppercase()) {
            method = Some(first);
            rest = after.trim_start();
        }
    }
    let (url, mut body) = match rest.split_once(char::is_whitespace) {
        Some((url, body)) => (url, body.trim()),
        None => (rest, ""),
    };
    // A raw HTTP request: the version ends the request line, and headers come before a blank line.
    if body.starts_with("HTTP/") {
        let mut end = body.len();
        let mut at = 0;
        for line in body.split_inclusive('\n') {
            at += line.len();
            if line.trim().is_empty() {
                end = at;
                break;
            }
        }
        body = body.get(end..).unwrap_or_default().trim();
    }
    validate_request_parts(method, url, None, Some(body).filter(|b| !b.is_empty()), options)
}

/// Validates a request given as its parts. `content_type` decides how the body is read (JSON
/// or a form); without it, a body that starts with `{` or `[` is JSON.
pub(crate) fn validate_request_parts(method: Option<&str>, url: &str, content_type: Option<&str>, body: Option<&str>, options: &Options) -> Answer {
    let (path, query) = split_url(url);
    let body_is_json = match content_type.map(media_type) {
        Some(media) => media == "application/json" || media.ends_with("+json"),
        None => body.is_some_and(|b| b.trim_start().starts_with(['{', '['])),
    };
    let Some(endpoint) = endpoints::by_path(path).or_else(|| body.filter(|_| body_is_json).and_then(json_rpc_endpoint)) else {
        return unknown_endpoint(path);
    };
    let decoded = match (endpoint.wire, body) {
        (endpoints::Wire::Form, _) => rack_request(query, body, body_is_json),
        // CGI.pm reads a POST's parameters from its body and ignores the URL's, and a GET's
        // from the URL only.
        (endpoints::Wire::Params, body) => {
            let post = method.map_or(body.is_some(), |m| m.eq_ignore_ascii_case("POST"));
            match (post, body) {
                // A caller's object of form fields, sent as JSON text: its fields as they are.
                (true, Some(body)) if body_is_json => validate::decode(Input::Json(body), endpoint.wire),
                (true, body) => validate::decode(Input::Query(body.unwrap_or("")), endpoint.wire),
                (false, _) => validate::decode(Input::Query(query), endpoint.wire),
            }
        }
        (endpoints::Wire::Json, Some(body)) => validate::decode(if body_is_json { Input::Json(body) } else { Input::Query(body) }, endpoint.wire),
        (endpoints::Wire::Json, None) => validate::decode(Input::Query(query), endpoint.wire),
    };
    crate::answer::answer(endpoint, decoded, options)
}

/// `application/json; charset=utf-8` → `application/json`.
fn media_type(content_type: &str) -> &str {
    content_type.split(';').next().unwrap_or("").trim()
}

/// Rack's `params` under Grape: the URL's parameters (`&` and `;`), then the body's (JSON, or a
/// form split at `&` only) over them, a name in both taking the body's value.
fn rack_request<'a>(query: &'a str, body: Option<&'a str>, body_is_json: bool) -> Result<Decoded<'a>, Issue> {
    let from_url = validate::decode_rack(query, rack::Source::Query)?;
    let Some(body) = body else { return Ok(from_url) };
    let from_body =
        if body_is_json { validate::decode(Input::Json(body), endpoints::Wire::Form)? } else { validate::decode_rack(body, rack::Source::Body)? };
    Ok(merge(from_url, from_body))
}

/// The endpoint a JSON body's `method` names, when the body is a JSON-RPC request or a batch
/// of them (the first element that names a known method decides).
fn json_rpc_endpoint(body: &str) -> Option<&'static endpoints::Endpoint> {
    let request = Value::parse_json(body).ok()?;
    let by_method = |r: &Value| endpoints::by_json_rpc_method(r.get("method")?.as_str()?);
    match &request {
        Value::Array(items) => items.iter().find_map(by_method),
        single => by_method(single),
    }
}

/// The answer to text that names no endpoint formmirror knows.
fn unknown_endpoint(path: &str) -> Answer {
    let known = endpoints::ALL
        .iter()
        .map(|endpoint| match endpoint.envelope {
            Envelope::JsonRpc { method, .. } => format!("JSON-RPC {method}"),
            _ => format!("{} {}", endpoint.method, endpoint.path),
        })
        .collect();
    let path = if path.is_empty() { String::new() } else { crate::text::display_name(path) };
    Answer { status: 404, body: None, errors: vec![Issue::new(Reason::UnknownEndpoint { path, known }).at("")], warnings: Vec::new() }
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

/// `GET.merge(POST)`: the URL's parameters, then the body's; a name in both keeps its place
/// and takes the body's value.
fn merge<'a>(query: Decoded<'a>, body: Decoded<'a>) -> Decoded<'a> {
    let (Value::Object(mut members), Value::Object(body_members)) = (query.params, body.params.clone()) else {
        return body;
    };
    let mut index: Vec<(&str, usize)> = members.iter().enumerate().map(|(i, (k, _))| (k.as_ref(), i)).collect();
    crate::text::sort_by_text(&mut index);
    let mut replaced: Vec<(usize, Value<'a>)> = Vec::new();
    let mut appended = Vec::new();
    for (key, value) in body_members {
        match index.binary_search_by(|(k, _)| (*k).cmp(key.as_ref())) {
            Ok(found) => replaced.push((index[found].1, value)),
            Err(_) => appended.push((key, value)),
        }
    }
    drop(index);
    for (at, value) in replaced {
        members[at].1 = value;
    }
    members.extend(appended);
    let mut warnings = query.warnings;
    warnings.extend(body.warnings);
    Decoded { warnings, ..Decoded::new(Value::Object(members), query.from_text && body.from_text) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Code;

    #[test]
    fn splits_urls() {
        assert_eq!(split_url("http://h.example/api/json/people/create/?a=1#x"), ("/api/json/people/create/", "a=1"));
        assert_eq!(split_url("https://h.example?a=1"), ("", "a=1"));
        assert_eq!(split_url("/api/2.0/users"), ("/api/2.0/users", ""));
        assert_eq!(split_url("/p?q"), ("/p", "q"));
    }

    #[test]
    fn unknown_paths_are_answered_not_refused() {
        let answer = validate_request("https://h.example/api/nothing", &Options::default());
        assert_eq!(answer.status, 404);
        assert_eq!(answer.errors[0].issue.code, Code::UnknownEndpoint);
        assert!(answer.errors[0].issue.message().starts_with("No endpoint answers the path \"/api/nothing\""));
        assert!(answer.errors[0].issue.message().ends_with("JSON-RPC AddUser."));
        assert_eq!(validate_request("hello", &Options::default()).errors[0].issue.code, Code::UnknownEndpoint);
        assert_eq!(validate_request("", &Options::default()).errors[0].issue.code, Code::UnknownEndpoint);
    }

    #[test]
    fn cgi_reads_a_post_body_and_ignores_the_url() {
        let answer = validate_request("POST /api/json/people/update/?id=0\n\nauth_username=u&auth_password=p&id=5", &Options::default());
        assert_eq!(answer.status, 201);
        let answer = validate_request("GET /api/json/people/update/?auth_username=u&auth_password=p&id=0\n\nid=5", &Options::default());
        assert_eq!(answer.status, 400);
        assert_eq!(answer.errors[0].field, "id");
    }

    #[test]
    fn a_post_to_enswitch_may_carry_its_fields_as_json() {
        let answer = validate_request_parts(
            Some("POST"),
            "/api/json/people/update/",
            None,
            Some(r#"{"auth_username":"u","auth_password":"p","id":"5"}"#),
            &Options::default(),
        );
        assert_eq!(answer.status, 201);
    }

    #[test]
    fn raw_http_requests_pass_their_headers_over() {
        let raw = "POST /api/vendor/v1/users.json?api_token=1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\r\n{\"first_name\":\"a\"}";
        let answer = validate_request(raw, &Options::default());
        assert_eq!(answer.body_json().unwrap(), r#"{"error":"last_name is missing, password is missing, email is missing"}"#);
        let parts = validate_request_parts(
            Some("POST"),
            "/api/vendor/v1/users.json?api_token=1",
            Some("application/x-www-form-urlencoded"),
            Some("{\"first_name\":\"a\"}"),
            &Options::default(),
        );
        assert_eq!(parts.body_json().unwrap(), r#"{"error":"first_name is missing, last_name is missing, password is missing, email is missing"}"#);
    }
}
