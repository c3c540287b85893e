//! What the caller knows about the server that the request does not say: who is acting, what
//! the rate plan allows, the operator's password policy, the roles and custom attributes that
//! exist. All optional; without them formmirror assumes the most permissive server.
//!
//! ```
//! use formmirror::{Options, Value};
//! let options = Options::from_value(&Value::parse_json(r#"{"actor":{"role":"user","personId":7}}"#).unwrap()).unwrap();
//! assert_eq!(options.actor.unwrap().person_id.as_deref(), Some("7"));
//! ```

use crate::rules::password::PasswordPolicy;
use crate::{UsageError, Value};

/// How the server is configured and who is asking: what the answers depend on beyond the
/// request. `Options::default()` is a server as installed, with no caller known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// `false` when the system is configured not to require an e-mail address on people/create.
    pub email_required: bool,
    /// The authenticated user making the request, when the answer depends on who it is.
    pub actor: Option<Actor>,
    /// `Some(false)` when the rate plan forbids the action (Enswitch 403).
    pub rate_plan_allows: Option<bool>,
    /// The server's password rules.
    pub password_policy: PasswordPolicy,
    /// The role ids that exist; `role`/`RoleId` must be one of them when given.
    pub roles: Option<Vec<u64>>,
    /// ActivePlatform's custom attributes as the operator defined them.
    pub custom_attributes: Vec<CustomAttribute>,
    /// `credentials: "backend"`: the caller's backend adds the credentials (Enswitch's
    /// `auth_username` and `auth_password`, ActivePlatform's `api_token`) before the request
    /// goes out, as a browser form must not hold them; they count as given.
    pub credentials_from_backend: bool,
    /// `emptyCells: "omitted"`: the import tool leaves a batch's empty CSV cells out of the
    /// request rather than sending them empty.
    pub empty_cells_omitted: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            email_required: true,
            actor: None,
            rate_plan_allows: None,
            password_policy: PasswordPolicy::default(),
            roles: None,
            custom_attributes: Vec::new(),
            credentials_from_backend: false,
            empty_cells_omitted: false,
        }
    }
}

/// The authenticated user on whose behalf the request is made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The actor's role name (`administrator`, `wholesale`, `customer`, …).
    pub role: String,
    /// The actor's own person id, as digits.
    pub person_id: Option<String>,
}

impl Actor {
    /// Enswitch's privileged roles: they may create people and update anyone's fields.
    pub fn is_privileged(&self) -> bool {
        matches!(self.role.as_str(), "administrator" | "wholesale")
    }
}

/// An ActivePlatform custom attribute the operator has defined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomAttribute {
    /// The attribute's key, as sent in `custom_attributes[][key]`.
    pub key: String,
    /// Whether every request must give it.
    pub required: bool,
    /// What its value must be.
    pub kind: AttributeKind,
}

/// The type of an ActivePlatform custom attribute's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttributeKind {
    /// Any text.
    String,
    /// A whole number.
    Integer,
    /// `true` or `false`.
    Boolean,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// An e-mail address.
    Email,
}

impl AttributeKind {
    const NAMES: [(&'static str, AttributeKind); 5] = [
        ("string", AttributeKind::String),
        ("integer", AttributeKind::Integer),
        ("boolean", AttributeKind::Boolean),
        ("date", AttributeKind::Date),
        ("email", AttributeKind::Email),
    ];
}

const OPTION_NAMES: [&str; 8] = ["emailRequired", "actor", "ratePlan", "passwordPolicy", "roles", "customAttributes", "credentials", "emptyCells"];

impl Options {
    /// Reads options as the JavaScript API takes them. A wrong shape is a programming mistake,
    /// so it is a [`UsageError`] naming the option and what was expected, not a validation answer.
    pub fn from_value(value: &Value<'_>) -> Result<Options, UsageError> {
        let mut options = Options::default();
        let members = match value {
            Value::Null => return Ok(options),
            Value::Object(members) => members,
            other => return Err(usage("options", "an object", other)),
        };
        for (name, value) in members {
            match name.as_ref() {
                "emailRequired" => options.email_required = boolean("options.emailRequired", value)?,
                "actor" => options.actor = Some(actor(value)?),
                "ratePlan" => {
                    let plan = object("options.ratePlan", value, &["allows"])?;
                    options.rate_plan_allows = plan.get("allows").map(|v| boolean("options.ratePlan.allows", v)).transpose()?;
                }
                "passwordPolicy" => options.password_policy = password_policy(value)?,
                "roles" => {
                    let mut roles = Vec::new();
                    for role in list("options.roles", value)? {
                        roles.push(id("options.roles[]", role)?);
                    }
                    options.roles = Some(roles);
                }
                "customAttributes" => {
                    for attribute in list("options.customAttributes", value)? {
                        options.custom_attributes.push(custom_attribute(attribute)?);
                    }
                }
                "credentials" => options.credentials_from_backend = choice("options.credentials", value, ["request", "backend"])? == 1,
                "emptyCells" => options.empty_cells_omitted = choice("options.emptyCells", value, ["sent", "omitted"])? == 1,
                unknown => return Err(unknown_key("options", unknown, &OPTION_NAMES)),
            }
        }
        Ok(options)
    }
}

fn usage(path: &str, expected: &str, got: &Value<'_>) -> UsageError {
    UsageError(format!("{path} must be {expected}, not {}", got.kind_name()))
}

fn unknown_key(path: &str, key: &str, known: &[&'static str]) -> UsageError {
    let hint = crate::suggest::closest(key, known.iter().copied(), 3).map(|s| format!("; did you mean {s}?")).unwrap_or_default();
    let known: Vec<String> = known.iter().map(|k| (*k).to_owned()).collect();
    UsageError(format!("{path} has no option \"{}\" (known: {}){hint}", crate::text::display_name(key), crate::text::comma_list(&known)))
}

/// An object whose keys are all in `known`.
fn object<'v, 'a>(path: &str, value: &'v Value<'a>, known: &[&'static str]) -> Result<&'v Value<'a>, UsageError> {
    let Value::Object(members) = value else { return Err(usage(path, "an object", value)) };
    match members.iter().find(|(k, _)| !known.contains(&k.as_ref())) {
        Some((k, _)) => Err(unknown_key(path, k, known)),
        None => Ok(value),
    }
}

fn list<'v, 'a>(path: &str, value: &'v Value<'a>) -> Result<&'v [Value<'a>], UsageError> {
    match value {
        Value::Array(items) => Ok(items),
        other => Err(usage(path, "a list", other)),
    }
}

fn boolean(path: &str, value: &Value<'_>) -> Result<bool, UsageError> {
    match value {
        Value::Bool(b) => Ok(*b),
        other => Err(usage(path, "true or false", other)),
    }
}

/// Which of two words `value` is.
fn choice(path: &str, value: &Value<'_>, words: [&str; 2]) -> Result<usize, UsageError> {
    match value {
        Value::String(s) if s == words[0] => Ok(0),
        Value::String(s) if s == words[1] => Ok(1),
        _ => {
            let mut message = String::from(path);
            for part in [" must be \"", words[0], "\" or \"", words[1], "\""] {
                message.push_str(part);
            }
            Err(UsageError(message))
        }
    }
}

fn text(path: &str, value: &Value<'_>) -> Result<String, UsageError> {
    match value {
        Value::String(s) => Ok(s.to_string()),
        other => Err(usage(path, "a string", other)),
    }
}

/// An id given as a JSON integer or a string of digits.
fn id(path: &str, value: &Value<'_>) -> Result<u64, UsageError> {
    let digits = match value {
        Value::Number(n) | Value::String(n) => n,
        other => return Err(usage(path, "an integer id", other)),
    };
    crate::rules::integer::parse(digits).map_err(|_| UsageError(format!("{path} must be a non-negative integer")))
}

fn actor(value: &Value<'_>) -> Result<Actor, UsageError> {
    let actor = object("options.actor", value, &["role", "personId"])?;
    let role = match actor.get("role") {
        Some(role) => text("options.actor.role", role)?,
        None => return Err(UsageError("options.actor.role is required (such as \"administrator\" or \"user\")".into())),
    };
    let person_id = actor.get("personId").map(|v| id("options.actor.personId", v).map(|n| n.to_string())).transpose()?;
    Ok(Actor { role, person_id })
}

fn password_policy(value: &Value<'_>) -> Result<PasswordPolicy, UsageError> {
    const KEYS: [&str; 5] = ["minLength", "requireUpper", "requireLower", "requireDigit", "requireSymbol"];
    let policy = object("options.passwordPolicy", value, &KEYS)?;
    let flag = |key: &str| policy.get(key).map_or(Ok(false), |v| boolean(&format!("options.passwordPolicy.{key}"), v));
    Ok(PasswordPolicy {
        min_length: match policy.get("minLength") {
            Some(v) => usize::try_from(id("options.passwordPolicy.minLength", v)?).unwrap_or(usize::MAX),
            None => 0,
        },
        require_upper: flag("requireUpper")?,
        require_lower: flag("requireLower")?,
        require_digit: flag("requireDigit")?,
        require_symbol: flag("requireSymbol")?,
    })
}

fn custom_attribute(value: &Value<'_>) -> Result<CustomAttribute, UsageError> {
    let path = "options.customAttributes[]";
    let attribute = object(path, value, &["key", "required", "type"])?;
    let key = match attribute.get("key") {
        Some(v) => text("options.customAttributes[].key", v)?,
        None => return Err(UsageError(format!("{path}.key is required"))),
    };
    let required = attribute.get("required").map_or(Ok(false), |v| boolean("options.customAttributes[].required", v))?;
    let kind = match attribute.get("type") {
        None => AttributeKind::String,
        Some(v) => {
            let name = text("options.customAttributes[].type", v)?;
            match AttributeKind::NAMES.iter().find(|(n, _)| *n == name) {
                Some(&(_, kind)) => kind,
                None => return Err(UsageError(format!("{path}.type must be one of string, integer, boolean, date, email"))),
            }
        }
    };
    Ok(CustomAttribute { key, required, kind })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<Options, UsageError> {
        Options::from_value(&Value::parse_json(json).unwrap())
    }

    #[test]
    fn reads_every_option() {
        let options = parse(
            r#"{"emailRequired":false,"actor":{"role":"user","personId":"12"},"ratePlan":{"allows":false},
                "passwordPolicy":{"minLength":8,"requireDigit":true},"roles":[1,"2"],
                "customAttributes":[{"key":"age","required":true,"type":"integer"}]}"#,
        )
        .unwrap();
        assert!(!options.email_required);
        assert_eq!(options.actor, Some(Actor { role: "user".into(), person_id: Some("12".into()) }));
        assert_eq!(options.rate_plan_allows, Some(false));
        assert_eq!(options.password_policy.min_length, 8);
        assert!(options.password_policy.require_digit && !options.password_policy.require_upper);
        assert_eq!(options.roles, Some(vec![1, 2]));
        assert_eq!(options.custom_attributes[0].kind, AttributeKind::Integer);
        assert_eq!(parse("null").unwrap(), Options::default());
    }

    #[test]
    fn wrong_shapes_name_the_option() {
        let message = |json| parse(json).unwrap_err().0;
        assert_eq!(message(r#"{"emailRequired":"no"}"#), "options.emailRequired must be true or false, not text");
        assert_eq!(message(r#"{"roles":3}"#), "options.roles must be a list, not a number");
        assert_eq!(message(r#"{"emailrequired":true}"#), "options has no option \"emailrequired\" (known: emailRequired, actor, ratePlan, passwordPolicy, roles, customAttributes, credentials, emptyCells); did you mean emailRequired?");
        assert_eq!(message(r#"{"credentials":"server"}"#), "options.credentials must be \"request\" or \"backend\"");
        assert_eq!(message(r#"{"actor":{}}"#), "options.actor.role is required (such as \"administrator\" or \"user\")");
        assert_eq!(message(r#"{"passwordPolicy":{"minLength":-1}}"#), "options.passwordPolicy.minLength must be a non-negative integer");
        assert!(message("[]").starts_with("options must be an object"));
    }
}
