//! ActivePlatform `POST /api/vendor/v1/users.json?api_token=…` (seed 002): a JSON or form body
//! read by Rack and declared in Grape, so errors come back as one Grape string in declaration
//! order. The declaration is the seed's (`requires :first_name, type: String`, …); on top of it
//! the vendor checks the API token (401, before any parameter), the login e-mail, the
//! operator's password settings and the attributes the operator defined.

use super::{credentials_from_backend, meets_password_policy, Context, Endpoint, Field, Rejection, Wire};
use crate::envelope::{Envelope, Stage};
use crate::rules::email;
use crate::{Issue, Reason, Value};

pub(super) static USERS_CREATE: Endpoint = Endpoint {
    id: "activeplatform/users/create",
    #[cfg(not(target_arch = "wasm32"))]
    title: "ActivePlatform: create a user",
    method: "POST",
    path: "/api/vendor/v1/users.json",
    wire: Wire::Form,
    envelope: Envelope::Grape,
    gates: &[api_token_given],
    fields: &[
        Field::text("api_token")
            .required_unless(credentials_from_backend)
            .doc("API token of the manager who performs the operation (query parameter)."),
        Field::text("first_name").required().doc("A first name for the user."),
        Field::text("middle_name").doc("A middle name for the user."),
        Field::text("last_name").required().doc("A last name for the user."),
        Field::text("password")
            .required()
            .related(meets_password_policy)
            .doc("A password for the user, as the operator's password settings require."),
        Field::text("email").required().rule(&email::ADDRESS).doc("An e-mail of the user, which will be used as a login."),
        Field::attribute_list("custom_attributes").doc("A list of additional attributes: {key, value}, as the operator has defined them."),
    ],
};

/// 401: every call carries the manager's API token (a `before` filter: it answers before Grape
/// looks at the declared parameters). Null and "" are no token, a list or an object is not one;
/// any other value is text to look up.
fn api_token_given(ctx: &Context) -> Option<Rejection> {
    if credentials_from_backend(ctx) {
        return None;
    }
    let reason = match ctx.get("api_token") {
        None | Some(Value::Null) => Reason::ApiTokenRequired,
        Some(Value::String(token)) if token.is_empty() => Reason::ApiTokenRequired,
        Some(Value::Array(_) | Value::Object(_)) => Reason::ApiTokenNotText,
        Some(_) => return None,
    };
    Some(Rejection { stage: Stage::Unauthenticated, issues: vec![Issue::new(reason).at("api_token")] })
}
