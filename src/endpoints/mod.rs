//! Endpoints as data: each is a table of [`Field`]s in the vendor document's order, a list of
//! [`Gate`]s (the checks that answer before any field is looked at, such as 401 or 402), and the
//! [`Envelope`] its server answers in. Adding an endpoint is adding a table; the engine in
//! [`crate::validate`] has no endpoint-specific branches.

use crate::envelope::{Envelope, Stage};
use crate::reason::Expected;
use crate::rules::Rule;
use crate::{FieldIssue, Issue, Options, Reason, Value};

mod activeplatform;
mod api20;
mod cove;
mod enswitch;

/// Every endpoint, in the order `endpoints()` lists them.
pub(crate) static ALL: &[&Endpoint] =
    &[&enswitch::PEOPLE_CREATE, &enswitch::PEOPLE_UPDATE, &api20::USERS_CREATE, &activeplatform::USERS_CREATE, &cove::ADD_USER];

/// The endpoint whose id is `id`.
pub(crate) fn find(id: &str) -> Option<&'static Endpoint> {
    ALL.iter().copied().find(|e| e.id == id)
}

/// One API call the server answers: its fields, gates and envelope.
pub(crate) struct Endpoint {
    /// The public id, such as `enswitch/people/create`.
    pub id: &'static str,
    /// What the call does, as the vendor document titles it. Metadata such as this is native
    /// only: the npm package ships it as generated data (js/endpoints-data.mjs), so the wasm,
    /// which only validates, does not carry it.
    #[cfg(not(target_arch = "wasm32"))]
    pub title: &'static str,
    /// The HTTP method (`GET`, `POST`).
    pub method: &'static str,
    /// The URL path, or empty for JSON-RPC, whose endpoint is found by the method it names.
    pub path: &'static str,
    /// How values travel on the wire.
    pub wire: Wire,
    /// How the server wraps its answers.
    pub envelope: Envelope,
    /// The parameters, in the vendor document's order.
    pub fields: &'static [Field],
    /// Checked in order before the fields; the first that rejects decides the answer.
    pub gates: &'static [Gate],
}

impl Endpoint {
    /// The field `name`.
    pub(crate) fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.get(self.field_index(name)?)
    }

    /// Where the field `name` is in the table.
    pub(crate) fn field_index(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| crate::text::same_text(f.name, name))
    }

    /// Where the field `name` is in the table, looked for from `start` on first: a request's
    /// members mostly come in the table's order (forms are laid out from it), so the field after
    /// the last member's is most often the next member's, and each look-up then compares one name
    /// instead of half the table's. Names are unique in a table, so where the search begins does
    /// not change what it finds.
    pub(crate) fn field_index_from(&self, name: &str, start: usize) -> Option<usize> {
        let same = |f: &&Field| crate::text::same_text(f.name, name);
        let (before, after) = self.fields.split_at_checked(start).unwrap_or((self.fields, &[]));
        after.iter().position(|f| same(&f)).map(|at| start + at).or_else(|| before.iter().position(|f| same(&f)))
    }
}

impl Wire {
    /// How a client encodes a request, as `endpoints()` tells front ends.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn encoding(self) -> &'static str {
        match self {
            Wire::Params => "query",
            Wire::Form => "form",
            Wire::Json => "json",
        }
    }
}

/// How values travel to this server, which decides how strictly JSON types are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wire {
    /// Parameters are text on the wire (a query string or form body); a JSON object is only a
    /// convenience for callers, so a number is accepted where an integer is expected.
    Params,
    /// A JSON or form body read by Rack and declared in Grape: bracketed form names nest
    /// (`custom_attributes[][key]=…`), and parameters are coerced as Grape coerces them.
    Form,
    /// A JSON body: types are part of the contract, so `"5"` is not an integer.
    Json,
}

/// One parameter of an endpoint, as a row of its table, declared by naming what it is:
/// `Field::text("email").required().rule(&email::ADDRESS).doc("E-mail address.")`.
pub(crate) struct Field {
    /// The parameter name exactly as the API spells it.
    pub name: &'static str,
    /// The type of value it takes.
    pub kind: Kind,
    /// Whether it must, may or must not be sent.
    pub presence: Presence,
    /// The rule over the value's text; `None` when any text is accepted.
    pub rule: Option<&'static Rule>,
    /// A check that needs the caller's options or other fields (password policy, allowed
    /// roles, "must equal Name"). Runs after `rule` passes.
    pub relation: Option<Relation>,
    /// The default as the vendor document states it, shown by `endpoints()`.
    #[cfg(not(target_arch = "wasm32"))]
    pub default: &'static str,
    /// What it is, as `endpoints()` tells front ends.
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
}

impl Field {
    const fn of_kind(name: &'static str, kind: Kind) -> Field {
        Field {
            name,
            kind,
            presence: Presence::Optional,
            rule: None,
            relation: None,
            #[cfg(not(target_arch = "wasm32"))]
            default: "",
            #[cfg(not(target_arch = "wasm32"))]
            doc: "",
        }
    }

    /// An optional text parameter that takes any text.
    pub(crate) const fn text(name: &'static str) -> Field {
        Field::of_kind(name, Kind::Text)
    }

    /// An optional whole-number parameter.
    pub(crate) const fn integer(name: &'static str) -> Field {
        Field::of_kind(name, Kind::Integer)
    }

    /// An optional list of text.
    pub(crate) const fn text_list(name: &'static str) -> Field {
        Field::of_kind(name, Kind::TextList)
    }

    /// ActivePlatform's optional `[{key, value}]` list.
    pub(crate) const fn attribute_list(name: &'static str) -> Field {
        Field::of_kind(name, Kind::AttributeList)
    }

    /// Must be sent.
    pub(crate) const fn required(self) -> Field {
        Field { presence: Presence::Required, ..self }
    }

    /// Must be sent unless `exempt` holds for the request.
    pub(crate) const fn required_unless(self, exempt: fn(&Context) -> bool) -> Field {
        Field { presence: Presence::RequiredUnless(exempt), ..self }
    }

    /// Assigned by the server: sending it is an error.
    pub(crate) const fn read_only(self) -> Field {
        Field { presence: Presence::ReadOnly, ..self }
    }

    /// Its text must pass `rule`.
    pub(crate) const fn rule(self, rule: &'static Rule) -> Field {
        Field { rule: Some(rule), ..self }
    }

    /// Its text must also pass a check that needs options or other fields.
    pub(crate) const fn related(self, relation: Relation) -> Field {
        Field { relation: Some(relation), ..self }
    }

    /// The default the vendor document states.
    pub(crate) const fn default(self, default: &'static str) -> Field {
        #[cfg(target_arch = "wasm32")]
        let _ = default;
        Field {
            #[cfg(not(target_arch = "wasm32"))]
            default,
            ..self
        }
    }

    /// What it is, in the vendor document's words.
    pub(crate) const fn doc(self, doc: &'static str) -> Field {
        #[cfg(target_arch = "wasm32")]
        let _ = doc;
        Field {
            #[cfg(not(target_arch = "wasm32"))]
            doc,
            ..self
        }
    }
}

/// A check of one field's text that needs the caller's options or other fields.
pub(crate) type Relation = fn(&str, &Context) -> Result<(), Issue>;

/// A check over the whole request that answers before the fields do.
pub(crate) type Gate = fn(&Context) -> Option<Rejection>;

/// The type of value a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Text.
    Text,
    /// A whole number.
    Integer,
    /// A list of text (Cove's `Flags`).
    TextList,
    /// ActivePlatform's `custom_attributes`: `[{key, value}]`, checked against
    /// `options.customAttributes` (see `attributes.rs`).
    AttributeList,
}

impl Kind {
    /// The text a rule sees, or why the value cannot be one of this kind at all.
    /// `values_are_text`: the request was text (a query, a form), where a number arrives as text.
    pub(crate) fn text_of<'v>(self, value: &'v Value<'_>, values_are_text: bool) -> Result<&'v str, Issue> {
        match (self, value) {
            (Kind::Integer, Value::String(s)) if values_are_text => Ok(s),
            (Kind::Integer, Value::Number(n)) => Ok(n),
            (Kind::Integer, Value::String(_)) => Err(Issue::new(Reason::WrongType { expected: Expected::WholeNumber, given: "text" })),
            (_, Value::String(s)) => Ok(s),
            (_, Value::InvalidText) => Err(Issue::new(Reason::NotUnicode)),
            (Kind::Integer, other) => Err(Issue::new(Reason::WrongType { expected: Expected::WholeNumber, given: other.kind_id() })),
            (_, other) => Err(Issue::new(Reason::WrongType { expected: Expected::Text, given: other.kind_id() })),
        }
    }

    /// The type name as the vendor documents write it.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn name(self) -> &'static str {
        match self {
            Kind::Text => "String",
            Kind::Integer => "Integer",
            Kind::TextList => "Array<String>",
            Kind::AttributeList => "Array<{key, value}>",
        }
    }
}

/// Whether a field must, may or must not be sent.
#[derive(Clone, Copy)]
pub(crate) enum Presence {
    /// May be left out.
    Optional,
    /// Must be sent.
    Required,
    /// Required unless the condition holds; when it holds, an empty value counts as not given.
    RequiredUnless(fn(&Context) -> bool),
    /// Assigned by the server: sending it is an error.
    ReadOnly,
}

impl Presence {
    /// Whether the field must be sent in this request.
    pub(crate) fn is_required(self, ctx: &Context) -> bool {
        match self {
            Presence::Optional | Presence::ReadOnly => false,
            Presence::Required => true,
            Presence::RequiredUnless(exempt) => !exempt(ctx),
        }
    }
}

/// A request's parameters as the engine, gates, relations and envelopes read them: each
/// field's value at the field's place in the endpoint's table, `None` where it was not sent.
/// A plain form decodes straight into this; a decoded tree is moved into it once opened.
#[derive(Clone, Copy)]
pub(crate) struct Params<'a> {
    /// The endpoint whose table the values follow.
    pub endpoint: &'a Endpoint,
    /// One place per field of the table.
    pub values: &'a [Option<Value<'a>>],
}

impl<'a> Params<'a> {
    /// The value of the field `name`, when sent. Not inlined: each gate and envelope that asks
    /// would carry its own copy of the look-up.
    #[inline(never)]
    pub(crate) fn get(self, name: &str) -> Option<&'a Value<'a>> {
        self.values.get(self.endpoint.field_index(name)?)?.as_ref()
    }
}

/// A request's fields and the caller's options, as gates and relations see them.
pub(crate) struct Context<'a> {
    /// The request's parameters.
    pub params: Params<'a>,
    /// The caller's options.
    pub options: &'a Options,
    /// True when values arrived as text (a query string or form, or any [`Wire::Params`]
    /// endpoint), so an integer may be given as digits.
    pub values_are_text: bool,
    /// True when the parameters are declared in Grape ([`Wire::Form`]): a required parameter
    /// need only be present (null and "" pass), any scalar is coerced to text, and a list or
    /// object where text is declared is invalid.
    pub grape: bool,
}

impl<'a> Context<'a> {
    /// A parameter's value, when sent.
    pub(crate) fn get(&self, name: &str) -> Option<&'a Value<'a>> {
        self.params.get(name)
    }

    /// A parameter's text; `None` when absent or not text.
    pub(crate) fn text(&self, name: &str) -> Option<&str> {
        match self.get(name)? {
            Value::String(s) | Value::Number(s) => Some(s),
            _ => None,
        }
    }

    /// True when the parameter is absent or empty text.
    pub(crate) fn is_blank(&self, name: &str) -> bool {
        match self.get(name) {
            None => true,
            Some(Value::String(text)) => text.is_empty(),
            Some(_) => false,
        }
    }
}

/// A gate's answer: the stage that failed and what it found.
pub(crate) struct Rejection {
    /// The stage that answers (401, 402, …).
    pub stage: Stage,
    /// What it found.
    pub issues: Vec<FieldIssue>,
}

/// The endpoint whose path is `path` (a trailing slash either way).
pub(crate) fn by_path(path: &str) -> Option<&'static Endpoint> {
    ALL.iter().copied().find(|e| !e.path.is_empty() && e.path.trim_end_matches('/') == path.trim_end_matches('/'))
}

/// The endpoint whose JSON-RPC method is `method`.
pub(crate) fn by_json_rpc_method(method: &str) -> Option<&'static Endpoint> {
    ALL.iter().copied().find(|e| matches!(e.envelope, Envelope::JsonRpc { method: m, .. } if m == method))
}

/// Presence: credentials are not the request's to carry when the caller's backend adds them.
pub(crate) fn credentials_from_backend(ctx: &Context) -> bool {
    ctx.options.credentials_from_backend
}

/// Relation: the value must be one of `options.roles`, when the caller gave them.
pub(crate) fn one_of_roles(value: &str, ctx: &Context) -> Result<(), Issue> {
    let Some(roles) = &ctx.options.roles else { return Ok(()) };
    if crate::rules::integer::parse(value).is_ok_and(|role| roles.contains(&role)) {
        return Ok(());
    }
    Err(Issue::new(crate::Reason::NotOneOfRoles { roles: roles.clone() }))
}

/// Relation: the operator's password policy.
pub(crate) fn meets_password_policy(value: &str, ctx: &Context) -> Result<(), Issue> {
    ctx.options.password_policy.check(value)
}

/// Every rule the tables name, each once, in the order the tables first name them.
pub(crate) fn rules() -> Vec<&'static Rule> {
    // Plain loops: iterator adapters here instantiated generics worth hundreds of bytes of wasm.
    let mut rules: Vec<&'static Rule> = Vec::new();
    for endpoint in ALL {
        for rule in endpoint.fields.iter().filter_map(|field| field.rule) {
            if !rules.iter().any(|known| std::ptr::eq(*known, rule)) {
                rules.push(rule);
            }
        }
    }
    rules
}

/// Public metadata of a field for `endpoints()`.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn describe(endpoint: &Endpoint) -> Value<'static> {
    let fields = endpoint
        .fields
        .iter()
        .map(|f| {
            let mut members = vec![
                ("name".into(), f.name.into()),
                ("type".into(), f.kind.name().into()),
                ("required".into(), Value::Bool(!matches!(f.presence, Presence::Optional | Presence::ReadOnly))),
                ("default".into(), f.default.into()),
                ("description".into(), f.doc.into()),
            ];
            if let Some(list) = f.rule.and_then(|rule| rule.choice_list()) {
                members.push(("choices".into(), list.into()));
            }
            Value::Object(members)
        })
        .collect();
    Value::Object(vec![
        ("id".into(), endpoint.id.into()),
        ("title".into(), endpoint.title.into()),
        ("method".into(), endpoint.method.into()),
        ("path".into(), endpoint.path.into()),
        ("encoding".into(), endpoint.wire.encoding().into()),
        ("fields".into(), Value::Array(fields)),
    ])
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_field_is_found_from_wherever_the_search_begins() {
        for endpoint in super::ALL {
            let len = endpoint.fields.len();
            for (index, field) in endpoint.fields.iter().enumerate() {
                for start in 0..=len + 1 {
                    assert_eq!(endpoint.field_index_from(field.name, start), Some(index), "{} {} from {start}", endpoint.id, field.name);
                }
            }
            for start in 0..=len {
                assert_eq!(endpoint.field_index_from("no such field", start), None);
                assert_eq!(endpoint.field_index_from("", start), None);
            }
        }
    }

    /// The npm package's `endpoints()` data, written from these tables: the wasm leaves the
    /// titles, defaults and descriptions out, and the JavaScript reads them from these files
    /// (JSON for Node, which reads it on first use; a module for browsers and bundlers).
    #[test]
    fn the_committed_javascript_data_is_what_the_tables_say() {
        let json = crate::endpoints().to_json();
        let rewrite = "cargo test --lib endpoints";
        crate::golden::assert_file("js/endpoints-data.json", &format!("{json}\n"), rewrite);
        let module = format!("// Generated from the endpoint tables by `UPDATE_GOLDEN=1 {rewrite}`: do not edit.\nexport default {json};\n");
        crate::golden::assert_file("js/endpoints-data.mjs", &module, rewrite);
    }
}
