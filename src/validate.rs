//! The engine: decode the request as the endpoint's wire does, open its envelope, warn about
//! what the server ignores, run the endpoint's gates, check its fields in table order, and let
//! the envelope write the answer. It reads endpoint tables and knows no endpoint by name.

use crate::endpoints::{Context, Endpoint, Field, Kind, Params, Presence, Wire};
use crate::envelope::{Envelope, Reply, Stage};
use crate::reason::Expected;
use crate::text::display_name;
use crate::value::Members;
use crate::{query, rack, Code, FieldIssue, Issue, Options, Reason, Value};
use std::borrow::Cow;

/// Larger requests are refused whole: no provisioning request comes near it, and it bounds
/// the work a hostile paste can cause (every check is linear in its input).
pub const MAX_REQUEST_BYTES: usize = 1 << 20;

/// At most this many "unknown parameter" or "repeated parameter" warnings are listed one by
/// one; the rest are counted in a last warning.
pub(crate) const MAX_LISTED_WARNINGS: usize = 20;

/// A request as the caller has it.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// A JSON object's text.
    Json(&'a str),
    /// A query string or form body: `a=1;b=2` or `a=1&b=2`, with or without a leading `?`.
    /// For an endpoint whose body is JSON, text without any `=` is read as JSON.
    Query(&'a str),
    /// An already decoded value.
    Value(&'a Value<'a>),
}

/// The request after decoding: its parameters, whether they arrived as text, and what
/// decoding noticed.
pub(crate) struct Decoded<'a> {
    pub params: Value<'a>,
    pub from_text: bool,
    pub warnings: Vec<FieldIssue>,
    /// The index in the endpoint's table of each member of `params`, when the caller knows it
    /// already: every row of a CSV file has the header's names, so they are looked up once per
    /// file rather than once per row. Only for envelopes that open a request in place.
    pub field_of_member: Option<&'a [Option<usize>]>,
}

impl<'a> Decoded<'a> {
    pub(crate) fn new(params: Value<'a>, from_text: bool) -> Decoded<'a> {
        Decoded { params, from_text, warnings: Vec::new(), field_of_member: None }
    }
}

pub(crate) fn decode(input: Input<'_>, wire: Wire) -> Result<Decoded<'_>, Issue> {
    let too_large = |len: usize| (len > MAX_REQUEST_BYTES).then(|| Issue::new(Reason::RequestTooLarge { max_mib: MAX_REQUEST_BYTES >> 20 }));
    match input {
        Input::Value(value) => Ok(Decoded::new(value.clone(), false)),
        Input::Json(text) => {
            if let Some(issue) = too_large(text.len()) {
                return Err(issue);
            }
            if wire == Wire::Form {
                return decode_grape_json(text);
            }
            let params = Value::parse_json(text).map_err(not_json)?;
            Ok(Decoded::new(params, false))
        }
        Input::Query(text) => {
            if let Some(issue) = too_large(text.len()) {
                return Err(issue);
            }
            match wire {
                Wire::Form => decode_rack(text, rack::Source::Body),
                // A JSON endpoint reads text as JSON unless it is written as a form: `hello`
                // and "" are what its server's parser refuses.
                Wire::Json if !text.contains('=') => decode(Input::Json(text), wire),
                Wire::Params | Wire::Json => decode_pairs(query::pairs(text), wire),
            }
        }
    }
}

/// The slot that marks a member the endpoint does not know: it takes two entries, its name's
/// length and its value's, and its name and value are in the text like any other value's.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) const UNKNOWN_MEMBER: u8 = u8::MAX;

/// A plain form as [`decode_fields`] reads it.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) enum Form<'a> {
    /// Only the endpoint's fields, each at its place, for [`run_fields`].
    Fields(Vec<Option<Value<'a>>>),
    /// With members the endpoint does not know: the object as it was sent, in its order, to be
    /// answered the general way (an envelope may read such a member as its own).
    Members(Value<'a>),
}

/// A plain form as a compiled validator sends it from JavaScript: for each member, in the
/// object's order, `slots` gives its index in the endpoint's table (a byte) and `lengths` its
/// length as JavaScript counts it, in UTF-16 units (two bytes, little-endian), and `values`
/// holds the members' text one after another; a member the table does not have takes two
/// entries marked [`UNKNOWN_MEMBER`], its name and its value. A form of fields only decodes
/// straight into the fields' places, with no tree of members to build, match to the table and
/// drop again; either way it answers as reading the object's JSON would. `None` when they do
/// not fit together (a slot past the table or named twice, an unknown member's name without a
/// value, lengths that do not add up to the text or cut a character).
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn decode_fields<'a>(endpoint: &Endpoint, slots: &[u8], lengths: &[u8], values: &'a str) -> Option<Form<'a>> {
    if lengths.len() != 2 * slots.len() {
        return None;
    }
    if slots.contains(&UNKNOWN_MEMBER) {
        return decode_members(endpoint, slots, lengths, values).map(Form::Members);
    }
    let ascii = values.is_ascii();
    let mut fields = unsent(endpoint);
    let mut rest = values;
    for (&slot, length) in slots.iter().zip(lengths.chunks_exact(2)) {
        let place = fields.get_mut(usize::from(slot)).filter(|place| place.is_none())?;
        let (value, after) = cut(rest, length, ascii)?;
        rest = after;
        *place = Some(Value::String(value.into()));
    }
    rest.is_empty().then_some(Form::Fields(fields))
}

/// [`decode_fields`] for a form with members the endpoint does not know: the object as sent.
/// Not inlined: inside `decode_fields` it slowed the common form, of fields only (README, Size).
#[cfg(any(target_arch = "wasm32", test))]
#[inline(never)]
fn decode_members<'a>(endpoint: &Endpoint, slots: &[u8], lengths: &[u8], values: &'a str) -> Option<Value<'a>> {
    let ascii = values.is_ascii();
    let mut seen = vec![false; endpoint.fields.len()];
    let mut members = Vec::with_capacity(slots.len());
    let mut rest = values;
    let mut entries = slots.iter().zip(lengths.chunks_exact(2));
    while let Some((&slot, length)) = entries.next() {
        let (name, length) = if slot == UNKNOWN_MEMBER {
            let (name, after) = cut(rest, length, ascii)?;
            rest = after;
            match entries.next()? {
                (&UNKNOWN_MEMBER, value_length) => (Cow::Borrowed(name), value_length),
                _ => return None,
            }
        } else {
            let seen = seen.get_mut(usize::from(slot)).filter(|seen| !**seen)?;
            *seen = true;
            (Cow::Borrowed(endpoint.fields.get(usize::from(slot))?.name), length)
        };
        let (value, after) = cut(rest, length, ascii)?;
        rest = after;
        members.push((name, Value::String(value.into())));
    }
    rest.is_empty().then_some(Value::Object(members))
}

/// The first text of `rest`, `length` UTF-16 units (two bytes, little-endian) long, and what
/// follows it. In ASCII text a unit is one byte, so the text is cut where its length says,
/// without looking at its bytes; only other text has its units counted. Inlined: it runs for
/// every value of every form.
#[cfg(any(target_arch = "wasm32", test))]
#[inline(always)]
fn cut<'a>(rest: &'a str, length: &[u8], ascii: bool) -> Option<(&'a str, &'a str)> {
    let &[low, high] = length else { return None };
    let units = usize::from(u16::from_le_bytes([low, high]));
    rest.split_at_checked(if ascii { units } else { utf16_end(rest, units)? })
}

/// Where the first `units` UTF-16 units of `text` end, in bytes, if that is a character's end.
#[cfg(any(target_arch = "wasm32", test))]
fn utf16_end(text: &str, units: usize) -> Option<usize> {
    let mut counted = 0;
    for (at, c) in text.char_indices() {
        if counted >= units {
            return (counted == units).then_some(at);
        }
        counted += c.len_utf16();
    }
    (counted == units).then_some(text.len())
}

/// A place for each field of the table, none of them sent yet.
#[inline(never)]
fn unsent<'a>(endpoint: &Endpoint) -> Vec<Option<Value<'a>>> {
    (0..endpoint.fields.len()).map(|_| None).collect()
}

/// A JSON body as Grape reads it (`JSON.load`): `NaN` and `Infinity` are numbers, and a body
/// that is blank, `null` or not an object gives no parameters rather than an error.
fn decode_grape_json(text: &str) -> Result<Decoded<'_>, Issue> {
    let params = crate::json::parse_ruby(text).map_err(not_json)?;
    let params = if matches!(params, Value::Object(_)) { params } else { Value::Object(Vec::new()) };
    Ok(Decoded::new(params, false))
}

fn not_json(error: crate::json::JsonError) -> Issue {
    Issue::new(Reason::RequestNotJson { detail: error.to_string() })
}

/// A form body or query string as Rack reads it for Grape. Where Rack raises, the server
/// answers 500.
pub(crate) fn decode_rack(text: &str, source: rack::Source) -> Result<Decoded<'static>, Issue> {
    let (params, repeated) = rack::parse(text, source).map_err(rack_failure)?;
    Ok(Decoded { warnings: repeated_warnings(&repeated, "last"), ..Decoded::new(params, true) })
}

fn rack_failure(error: rack::RackError) -> Issue {
    Issue::new(Reason::RackError { class: error.class, detail: error.reason })
}

/// Name–value pairs of text (a query string, a form, a CSV row), folded as the endpoint's
/// server folds repeated and bracketed names.
pub(crate) fn decode_pairs(pairs: Members<'_>, wire: Wire) -> Result<Decoded<'_>, Issue> {
    if wire == Wire::Form {
        let (params, repeated) = rack::nest(pairs).map_err(rack_failure)?;
        return Ok(Decoded { warnings: repeated_warnings(&repeated, "last"), ..Decoded::new(params, true) });
    }
    let (params, repeated) = query::first_wins(pairs);
    Ok(Decoded { warnings: repeated_warnings(&repeated, "first"), ..Decoded::new(params, true) })
}

fn repeated_warnings(repeated: &[String], which: &'static str) -> Vec<FieldIssue> {
    capped(repeated.iter().map(String::as_str), |name| Issue::new(Reason::Repeated { kept: which }).at(display_name(name)))
}

/// The answer to a request, before the envelope writes it.
pub(crate) struct Outcome<'a> {
    pub rejection: Option<(Stage, Vec<FieldIssue>)>,
    pub warnings: Vec<FieldIssue>,
    /// The opened request's parameters at their fields' places (none when it could not be opened).
    pub fields: Vec<Option<Value<'a>>>,
    pub reply: Reply<'a>,
}

pub(crate) fn run<'a>(endpoint: &Endpoint, decoded: Result<Decoded<'a>, Issue>, options: &Options) -> Outcome<'a> {
    let decoded = match decoded {
        Ok(decoded) => decoded,
        Err(issue) => {
            let stage = if issue.code == Code::ServerError { Stage::ServerError } else { Stage::Unreadable };
            let rejection = Some((stage, vec![issue.at("")]));
            return Outcome { rejection, warnings: Vec::new(), fields: Vec::new(), reply: Reply::To(Value::Null) };
        }
    };
    let mut warnings = decoded.warnings;
    let opened = match endpoint.envelope.open(decoded.params) {
        Ok(opened) => opened,
        Err(refusal) => {
            let rejection = Some((refusal.stage, refusal.issues));
            return Outcome { rejection, warnings, fields: Vec::new(), reply: refusal.reply };
        }
    };
    let (fields, unknown) = by_field(endpoint, opened.fields, decoded.field_of_member);
    warnings.extend(prefixed(endpoint.envelope, unknown_parameters(endpoint, &unknown)));
    judge(endpoint, fields, warnings, decoded.from_text, opened.reply, options)
}

/// A plain form of the endpoint's fields ([`decode_fields`]): the parameters themselves, as a
/// JSON object of them would be once opened (no envelope member is a field of any table).
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn run_fields<'a>(endpoint: &Endpoint, fields: Vec<Option<Value<'a>>>, options: &Options) -> Outcome<'a> {
    judge(endpoint, fields, Vec::new(), false, Reply::To(Value::Null), options)
}

/// The gates, then each field in table order. One copy for both ways in.
#[inline(never)]
fn judge<'a>(
    endpoint: &Endpoint,
    fields: Vec<Option<Value<'a>>>,
    warnings: Vec<FieldIssue>,
    from_text: bool,
    reply: Reply<'a>,
    options: &Options,
) -> Outcome<'a> {
    let ctx = Context {
        params: Params { endpoint, values: &fields },
        options,
        values_are_text: from_text || endpoint.wire != Wire::Json,
        grape: endpoint.wire == Wire::Form,
    };
    let rejection = match endpoint.gates.iter().find_map(|gate| gate(&ctx)) {
        Some(rejection) => Some((rejection.stage, prefixed(endpoint.envelope, rejection.issues))),
        None => {
            let mut errors = Vec::new();
            for (field, value) in endpoint.fields.iter().zip(&fields) {
                check_field(field, value.as_ref(), &ctx, &mut errors);
            }
            // A check that finds the server's framework would fail decides the answer alone.
            match errors.iter().position(|e| e.issue.code == Code::ServerError) {
                Some(at) => Some((Stage::ServerError, vec![errors.swap_remove(at)])),
                None => (!errors.is_empty()).then(|| (Stage::Fields, prefixed(endpoint.envelope, errors))),
            }
        }
    };
    Outcome { rejection, warnings, fields, reply }
}

/// The issues of one field only, as the user edits it: `value` replaces the field in `input`
/// (`None` removes it), and gate rejections are kept only where they are about this field.
pub(crate) fn check_one<'a>(
    endpoint: &Endpoint,
    field: &Field,
    value: Option<&Value<'a>>,
    input: Option<Input<'a>>,
    options: &Options,
) -> Vec<FieldIssue> {
    // A form that cannot be read or opened is no context: the field is checked on its own.
    let decoded = input.and_then(|input| decode(input, endpoint.wire).ok());
    let from_text = decoded.as_ref().is_some_and(|d| d.from_text);
    let (mut fields, _) = match decoded.map(|d| (endpoint.envelope.open(d.params), d.field_of_member)) {
        Some((Ok(opened), known)) => by_field(endpoint, opened.fields, known),
        _ => (unsent(endpoint), Vec::new()),
    };
    if let Some(place) = endpoint.field_index(field.name).and_then(|at| fields.get_mut(at)) {
        *place = value.cloned();
    }
    let ctx = Context {
        params: Params { endpoint, values: &fields },
        options,
        values_are_text: from_text || endpoint.wire != Wire::Json,
        grape: endpoint.wire == Wire::Form,
    };
    let mut issues: Vec<FieldIssue> = endpoint.gates.iter().filter_map(|gate| gate(&ctx)).flat_map(|r| r.issues).collect();
    issues.retain(|issue| issue.field == field.name);
    check_field(field, ctx.get(field.name), &ctx, &mut issues);
    prefixed(endpoint.envelope, issues)
}

/// The issues with their fields named as `envelope` writes them in answers; the prefix is only
/// made when there is an issue to give it to.
fn prefixed(envelope: Envelope, mut issues: Vec<FieldIssue>) -> Vec<FieldIssue> {
    if issues.is_empty() {
        return issues;
    }
    let prefix = envelope.field_prefix();
    if !prefix.is_empty() {
        for issue in issues.iter_mut().filter(|i| !i.field.is_empty()) {
            issue.field.insert_str(0, &prefix);
        }
    }
    issues
}

/// The request's members moved to their fields' places (a repeated name: the last), and the
/// names the endpoint does not know. Name look-ups are most of the work on a small form, so
/// they are done once here rather than per field and again per member, and not at all when
/// `field_of_member` already says where each member goes.
fn by_field<'a>(endpoint: &Endpoint, fields: Value<'a>, field_of_member: Option<&[Option<usize>]>) -> (Vec<Option<Value<'a>>>, Vec<Cow<'a, str>>) {
    let mut places = unsent(endpoint);
    let mut unknown = Vec::new();
    // Where the last member's field was: the next member's is most often the field after it.
    let mut next_field = 0;
    if let Value::Object(members) = fields {
        for (index, (key, value)) in members.into_iter().enumerate() {
            let field = match field_of_member.and_then(|known| known.get(index)) {
                Some(&known) => known,
                None => endpoint.field_index_from(&key, next_field),
            };
            next_field = field.map_or(next_field, |at| at + 1);
            match field.and_then(|at| places.get_mut(at)) {
                Some(place) => *place = Some(value),
                None => unknown.push(key),
            }
        }
    }
    (places, unknown)
}

/// One field against its presence, its kind, its rule and its relation, in that order.
fn check_field(field: &Field, value: Option<&Value<'_>>, ctx: &Context, out: &mut Vec<FieldIssue>) {
    if ctx.grape {
        return check_grape_field(field, value, ctx, out);
    }
    match (field.kind, field.presence, value) {
        // Required attributes are reported even when the whole list is missing.
        (Kind::AttributeList, _, value) => crate::attributes::check(field.name, value, ctx, out),
        (_, Presence::ReadOnly, Some(_)) => out.push(Issue::new(Reason::ReadOnly).at(field.name)),
        (_, presence, None) => {
            if presence.is_required(ctx) {
                out.push(Issue::new(Reason::Required).at(field.name));
            }
        }
        (Kind::TextList, _, Some(value)) => check_text_list(field.name, value, out),
        (Kind::Text | Kind::Integer, _, Some(value)) => {
            if let Err(issue) = check_scalar(field, value, ctx) {
                out.push(issue.at(field.name));
            }
        }
    }
}

/// A parameter declared in Grape (`requires :x, type: String`), then the vendor's rule and
/// relation on its coerced text: presence only asks that the name be sent, a scalar of any
/// type is text (null as ""), a list or an object is invalid.
fn check_grape_field(field: &Field, value: Option<&Value<'_>>, ctx: &Context, out: &mut Vec<FieldIssue>) {
    let text = match (field.kind, value) {
        (Kind::AttributeList, value) => return crate::attributes::check(field.name, value, ctx, out),
        (_, None) if field.presence.is_required(ctx) => {
            return out.push(Issue::new(Reason::Required).at(field.name));
        }
        (_, None) => return,
        (_, Some(Value::String(s) | Value::Number(s))) => s.as_ref(),
        (_, Some(Value::Bool(b))) => {
            if *b {
                "true"
            } else {
                "false"
            }
        }
        (_, Some(Value::Null)) => "",
        (_, Some(Value::InvalidText)) => {
            // Only a vendor rule looks at the text, and none accepts bytes that are not UTF-8.
            if field.rule.is_some() || field.relation.is_some() {
                if let Err(issue) = Kind::Text.text_of(&Value::InvalidText, true) {
                    out.push(issue.at(field.name));
                }
            }
            return;
        }
        (_, Some(other)) => {
            return out.push(Issue::new(Reason::WrongType { expected: Expected::Text, given: other.kind_id() }).at(field.name));
        }
    };
    let checked = field.rule.map_or(Ok(()), |rule| rule.check(text)).and_then(|()| field.relation.map_or(Ok(()), |relation| relation(text, ctx)));
    if let Err(issue) = checked {
        out.push(issue.at(field.name));
    }
}

fn check_scalar(field: &Field, value: &Value<'_>, ctx: &Context) -> Result<(), Issue> {
    let text = field.kind.text_of(value, ctx.values_are_text)?;
    // Whether it is required may need another field (`copy_password`): asked only when it matters.
    if text.is_empty() {
        if field.presence.is_required(ctx) {
            return Err(Issue::new(Reason::Required));
        }
        if matches!(field.presence, Presence::RequiredUnless(_)) {
            return Ok(());
        }
    }
    if let Some(rule) = field.rule {
        rule.check(text)?;
    }
    if let Some(relation) = field.relation {
        relation(text, ctx)?;
    }
    Ok(())
}

fn check_text_list(name: &str, value: &Value<'_>, out: &mut Vec<FieldIssue>) {
    let Value::Array(items) = value else {
        out.push(Issue::new(Reason::WrongType { expected: Expected::ListOfText, given: value.kind_id() }).at(name));
        return;
    };
    for (index, item) in items.iter().enumerate() {
        if let Err(issue) = Kind::Text.text_of(item, false) {
            out.push(issue.at(format!("{name}.{index}")));
        }
    }
}

fn unknown_parameters(endpoint: &Endpoint, unknown: &[Cow<'_, str>]) -> Vec<FieldIssue> {
    let names = || endpoint.fields.iter().map(|f| f.name);
    capped(unknown.iter().map(|key| key.as_ref()), |key| {
        Issue::new(Reason::UnknownParameter).suggesting(crate::suggest::closest(key, names(), 2).map(str::to_owned)).at(display_name(key))
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
        listed.push(Issue::new(Reason::More { count: more, code }).at(""));
    }
    listed
}

#[cfg(test)]
mod tests {
    use super::{decode_fields, Form, UNKNOWN_MEMBER};
    use crate::Value;

    /// The table index of `name` in Enswitch people/create, as JavaScript sends it.
    fn slot(name: &str) -> u8 {
        crate::answer::endpoint("enswitch/people/create").unwrap().field_index(name).unwrap() as u8
    }

    /// The decoded form as JSON: a form of fields as the object of its fields in table order,
    /// one with unknown members as the object sent. `parts` as JavaScript sends them: each
    /// entry's slot and its text, cut by its length in UTF-16 units.
    fn fields(parts: &[(u8, &str)]) -> Option<String> {
        let lengths: Vec<u8> = parts.iter().flat_map(|(_, text)| (text.encode_utf16().count() as u16).to_le_bytes()).collect();
        fields_cut(parts, &lengths)
    }

    /// The same with lengths of the caller's choosing.
    fn fields_cut(parts: &[(u8, &str)], lengths: &[u8]) -> Option<String> {
        let endpoint = crate::answer::endpoint("enswitch/people/create").ok()?;
        let slots: Vec<u8> = parts.iter().map(|&(slot, _)| slot).collect();
        let values: String = parts.iter().map(|(_, text)| *text).collect();
        match decode_fields(endpoint, &slots, lengths, &values)? {
            Form::Fields(fields) => {
                let members = endpoint.fields.iter().zip(fields).filter_map(|(field, value)| Some((field.name.into(), value?)));
                Some(Value::Object(members.collect()).to_json())
            }
            Form::Members(members) => Some(format!("as sent: {}", members.to_json())),
        }
    }

    fn json(members: &[(&str, &str)]) -> String {
        Value::Object(members.iter().map(|&(k, v)| (k.into(), v.into())).collect()).to_json()
    }

    #[test]
    fn a_form_of_fields_decodes_as_its_json_would() {
        let (username, email) = (slot("username"), slot("email"));
        assert_eq!(fields(&[(username, "ann"), (email, "a@b.c")]), Some(json(&[("username", "ann"), ("email", "a@b.c")])));
        assert_eq!(fields(&[(email, "a@b.c"), (username, "ann")]), Some(json(&[("username", "ann"), ("email", "a@b.c")])));
        assert_eq!(fields(&[(email, ""), (username, "")]), Some(json(&[("username", ""), ("email", "")])));
        assert_eq!(fields(&[]).as_deref(), Some("{}"));
        // Text that is not ASCII is cut by its UTF-16 units, a NUL is text like any other.
        assert_eq!(fields(&[(username, "é😀"), (email, "ö\0x")]), Some(json(&[("username", "é😀"), ("email", "ö\0x")])));
        assert_eq!(fields(&[(email, "a\0b"), (username, "😀😀")]), Some(json(&[("username", "😀😀"), ("email", "a\0b")])));
    }

    #[test]
    fn a_form_with_unknown_members_decodes_as_the_object_sent() {
        let (username, email) = (slot("username"), slot("email"));
        let unknown = UNKNOWN_MEMBER;
        let parts = [(email, "a@b.c"), (unknown, "confirm"), (unknown, "x😀"), (username, "ann"), (unknown, "__proto__"), (unknown, "")];
        let sent = json(&[("email", "a@b.c"), ("confirm", "x😀"), ("username", "ann"), ("__proto__", "")]);
        assert_eq!(fields(&parts), Some(format!("as sent: {sent}")));
        assert_eq!(fields(&[(unknown, "é"), (unknown, "ö")]), Some(format!("as sent: {}", json(&[("é", "ö")]))));
        // A name without its value, a value marked as a field's, a field named twice.
        assert_eq!(fields(&[(username, "ann"), (unknown, "confirm")]), None);
        assert_eq!(fields(&[(unknown, "confirm"), (username, "ann")]), None);
        assert_eq!(fields(&[(username, "ann"), (unknown, "a"), (unknown, "b"), (username, "bob")]), None);
        assert_eq!(fields_cut(&[(unknown, "ab"), (unknown, "c")], &[1, 0, 1, 0]), None, "text left over");
    }

    /// `run_fields` takes a form of fields as the parameters themselves, without opening an
    /// envelope: for that, every envelope must open an object of its endpoint's fields in place.
    #[test]
    fn every_envelope_opens_a_form_of_its_fields_in_place() {
        for endpoint in crate::endpoints::ALL {
            let form = Value::Object(endpoint.fields.iter().map(|f| (f.name.into(), Value::String("x".into()))).collect());
            let opened = endpoint.envelope.open(form.clone()).ok().unwrap_or_else(|| panic!("{} refused its own fields", endpoint.id));
            assert_eq!(opened.fields, form, "{}", endpoint.id);
            assert_eq!(opened.reply, crate::envelope::Reply::To(Value::Null), "{}", endpoint.id);
        }
    }

    #[test]
    fn parts_that_do_not_fit_the_slots_are_refused() {
        let endpoint = crate::answer::endpoint("enswitch/people/create").unwrap();
        let (username, email) = (slot("username"), slot("email"));
        // A slot past the table, a slot named twice.
        assert_eq!(fields(&[(endpoint.fields.len() as u8, "ann")]), None);
        assert_eq!(fields(&[(username, "ann"), (username, "bob")]), None);
        // Lengths that leave text over, run past it, cut a character or are not two bytes each.
        let parts = [(username, "ann"), (email, "é😀")];
        assert_eq!(fields_cut(&parts, &[3, 0, 1, 0]), None);
        assert_eq!(fields_cut(&parts, &[3, 0, 4, 0]), None);
        assert_eq!(fields_cut(&parts, &[3, 0, 2, 0]), None);
        assert_eq!(fields_cut(&parts, &[3, 0, 2, 0, 1]), None);
        assert_eq!(fields_cut(&[(username, "😀")], &[1, 0]), None);
        assert_eq!(fields_cut(&[(username, "ann"), (email, "x")], &[2, 0, 2, 0]), Some(r#"{"username":"an","email":"nx"}"#.into()));
        assert_eq!(fields_cut(&[(username, "ann")], &[]), None);
        assert_eq!(fields_cut(&[], &[]).as_deref(), Some("{}"));
        assert!(decode_fields(endpoint, &[], &[], "ann").is_none(), "text without slots");
    }
}

/// The compiled-validator path and the JSON way in natively, for callgrind (they are not timed
/// here): `valgrind --tool=callgrind target/release/deps/formmirror-… --ignored fields_path_for_profiling`
/// (or `json_path_for_profiling`) after `cargo test --release --lib --no-run`, on the benchmark's
/// forms (`npm run bench` writes them; `FORM=invalid` for the other one).
#[cfg(test)]
mod profiling {
    /// The benchmark's form `FORM` (the valid one by default) as JSON text; `None`, said why,
    /// before `npm run bench` has written the forms.
    fn benchmark_form() -> Option<String> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench/forms.json");
        let Ok(forms) = std::fs::read_to_string(path) else {
            eprintln!("run `npm run bench` first: it writes {path}");
            return None;
        };
        let forms = crate::Value::parse_json(&forms).unwrap();
        Some(forms.get(&std::env::var("FORM").unwrap_or_else(|_| "valid".into())).expect("no such form").to_json())
    }

    #[test]
    #[ignore = "a workload for callgrind, not a check"]
    fn fields_path_for_profiling() {
        let Some(form) = benchmark_form() else { return };
        let endpoint = crate::answer::endpoint("enswitch/people/create").unwrap();
        let Ok(crate::Value::Object(members)) = crate::Value::parse_json(&form) else { panic!("the form is not an object") };
        let slots: Vec<u8> = members.iter().map(|(name, _)| endpoint.field_index(name).unwrap() as u8).collect();
        let texts: Vec<&str> = members.iter().map(|(_, value)| value.as_str().unwrap()).collect();
        let lengths: Vec<u8> = texts.iter().flat_map(|text| (text.encode_utf16().count() as u16).to_le_bytes()).collect();
        let values = texts.concat();
        let options = crate::Options::default();
        let mut last = None;
        for _ in 0..2000 {
            let Some(super::Form::Fields(fields)) = super::decode_fields(endpoint, &slots, &lengths, &values) else { panic!("not a form of fields") };
            std::hint::black_box(crate::answer::answer_fields(endpoint, fields, &options, &mut last));
        }
    }

    #[test]
    #[ignore = "a workload for callgrind, not a check"]
    fn value_path_for_profiling() {
        let Some(form) = benchmark_form() else { return };
        let form = crate::Value::parse_json(&form).unwrap();
        let options = crate::Options::default();
        for _ in 0..2000 {
            std::hint::black_box(crate::validate("enswitch/people/create", crate::Input::Value(&form), &options).unwrap());
        }
    }

    #[test]
    #[ignore = "a workload for callgrind, not a check"]
    fn json_path_for_profiling() {
        let Some(form) = benchmark_form() else { return };
        let options = crate::Options::default();
        for _ in 0..2000 {
            std::hint::black_box(crate::validate("enswitch/people/create", crate::Input::Json(&form), &options).unwrap());
        }
    }
}
