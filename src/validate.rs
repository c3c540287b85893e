//! The engine: decode the request, warn about what the server ignores, run the endpoint's
//! gates, check its fields in table order, and let the envelope write the answer. It reads
//! endpoint tables and knows no endpoint by name.

use crate::endpoints::{display_name, Context, Endpoint, Field, Kind, Presence, Wire};
use crate::envelope::Stage;
use crate::{query, Code, FieldIssue, Issue, Options, Value};

/// Larger requests are refused whole: no provisioning request comes near it, and it bounds
/// the work a hostile paste can cause (every check is linear in its input).
pub const MAX_REQUEST_BYTES: usize = 1 << 20;

/// At most this many "unknown parameter" or "repeated parameter" warnings are listed one by
/// one; the rest are counted in a last warning.
pub const MAX_LISTED_WARNINGS: usize = 20;

/// A request as the caller has it.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// A JSON object's text.
    Json(&'a str),
    /// A query string or form body: `a=1;b=2` or `a=1&b=2`, with or without a leading `?`.
    Query(&'a str),
    /// An already decoded value.
    Value(&'a Value),
}

/// The request after decoding: its parameters, whether they arrived as text, and what
/// decoding noticed.
pub(crate) struct Decoded {
    pub params: Value,
    pub from_text: bool,
    pub warnings: Vec<FieldIssue>,
}

pub(crate) fn decode(input: Input) -> Result<Decoded, Issue> {
    let too_large = |len: usize| {
        (len > MAX_REQUEST_BYTES).then(|| Issue::new(Code::UnreadableRequest, "The request is larger than 1 MiB, the most formmirror reads."))
    };
    match input {
        Input::Value(value) => Ok(Decoded { params: value.clone(), from_text: false, warnings: Vec::new() }),
        Input::Json(text) => {
            if let Some(issue) = too_large(text.len()) {
                return Err(issue);
            }
            let params = Value::parse_json(text)
                .map_err(|e| Issue::new(Code::UnreadableRequest, format!("The request is not valid JSON: {e}.")))?;
            Ok(Decoded { params, from_text: false, warnings: Vec::new() })
        }
        Input::Query(text) => {
            if let Some(issue) = too_large(text.len()) {
                return Err(issue);
            }
            let (params, repeated) = query::parse(text);
            let warnings = capped(repeated.iter().map(String::as_str), |name| {
                Issue::new(Code::Duplicate, "Given more than once; the server reads the first value.").at(display_name(name))
            });
            Ok(Decoded { params, from_text: true, warnings })
        }
    }
}

/// The answer to a request, before any envelope: what failed at which stage, and warnings.
pub(crate) struct Outcome {
    pub rejection: Option<(Stage, Vec<FieldIssue>)>,
    pub warnings: Vec<FieldIssue>,
}

pub(crate) fn run(endpoint: &Endpoint, decoded: Result<Decoded, Issue>, options: &Options) -> Outcome {
    let decoded = match decoded {
        Ok(decoded) => decoded,
        Err(issue) => return Outcome { rejection: Some((Stage::Unreadable, vec![issue.at("")])), warnings: Vec::new() },
    };
    let mut warnings = decoded.warnings;
    if !matches!(decoded.params, Value::Object(_)) {
        let issue = Issue::new(
            Code::UnreadableRequest,
            format!("The request must be a set of named parameters (an object), not {}.", decoded.params.kind_name()),
        );
        return Outcome { rejection: Some((Stage::Unreadable, vec![issue.at("")])), warnings };
    }
    let ctx = Context { fields: &decoded.params, options, values_are_text: decoded.from_text || endpoint.wire == Wire::Params };
    warnings.extend(unknown_parameters(endpoint, &ctx));
    if let Some(rejection) = endpoint.gates.iter().find_map(|gate| gate(&ctx)) {
        return Outcome { rejection: Some((rejection.stage, rejection.issues)), warnings };
    }
    let errors: Vec<FieldIssue> =
        endpoint.fields.iter().filter_map(|field| check_field(field, &ctx).err().map(|issue| issue.at(field.name))).collect();
    Outcome { rejection: (!errors.is_empty()).then_some((Stage::Fields, errors)), warnings }
}

/// One field against its presence, its kind, its rule and its relation, in that order.
pub(crate) fn check_field(field: &Field, ctx: &Context) -> Result<(), Issue> {
    let required = field.presence.is_required(ctx);
    let Some(value) = ctx.get(field.name) else {
        return if required { Err(Issue::new(Code::Required, "A value is required.")) } else { Ok(()) };
    };
    let text = text_of(field.kind, value, ctx.values_are_text)?;
    if text.is_empty() {
        if required {
            return Err(Issue::new(Code::Required, "A value is required."));
        }
        if matches!(field.presence, Presence::RequiredUnless(_)) {
            return Ok(());
        }
    }
    if let Some(rule) = field.rule {
        rule(text)?;
    }
    if let Some(relation) = field.relation {
        relation(text, ctx)?;
    }
    Ok(())
}

/// The text a rule sees, or why the value cannot be one of this kind at all.
fn text_of(kind: Kind, value: &Value, values_are_text: bool) -> Result<&str, Issue> {
    match (kind, value) {
        (Kind::Text, Value::String(s)) => Ok(s),
        (Kind::Integer, Value::String(s)) if values_are_text => Ok(s),
        (Kind::Integer, Value::Number(n)) => Ok(n),
        (_, Value::InvalidText) => Err(Issue::new(
            Code::InvalidEncoding,
            "Contains text that is not valid Unicode (an unpaired surrogate or bytes that are not UTF-8).",
        )),
        (Kind::Text, other) => Err(Issue::new(Code::InvalidType, format!("Must be text, not {}.", other.kind_name()))),
        (Kind::Integer, other) => Err(Issue::new(Code::InvalidType, format!("Must be a whole number, not {}.", other.kind_name()))),
    }
}

fn unknown_parameters(endpoint: &Endpoint, ctx: &Context) -> Vec<FieldIssue> {
    let Value::Object(members) = ctx.fields else { return Vec::new() };
    let names = || endpoint.fields.iter().map(|f| f.name);
    let unknown = members.iter().map(|(key, _)| key.as_str()).filter(|key| endpoint.field(key).is_none());
    capped(unknown, |key| {
        Issue::new(Code::UnknownParameter, "Not a parameter of this endpoint; the server ignores it.")
            .suggesting(crate::suggest::closest(key, names(), 2).map(str::to_owned))
            .at(display_name(key))
    })
}

/// Warnings for the first [`MAX_LISTED_WARNINGS`] names, then one that counts the rest; the
/// rest cost no work beyond counting.
fn capped<'a>(names: impl Iterator<Item = &'a str>, warn: impl Fn(&str) -> FieldIssue) -> Vec<FieldIssue> {
    let mut listed: Vec<FieldIssue> = Vec::new();
    let mut more = 0usize;
    for name in names {
        if listed.len() < MAX_LISTED_WARNINGS {
            listed.push(warn(name));
        } else {
            more += 1;
        }
    }
    if let (true, Some(last)) = (more > 0, listed.last()) {
        let code = last.issue.code;
        listed.push(Issue::new(code, format!("…and {more} more like the above.")).at(""));
    }
    listed
}
