//! ActivePlatform `POST /api/vendor/v1/users.json?api_token=…` (seed 002): a JSON or form body
//! read by Grape, so errors come back as one Grape string in declaration order.

use super::{meets_password_policy, Context, Endpoint, Field, Kind, Presence, Rejection, Wire};
use crate::envelope::{Envelope, Stage};
use crate::rules::{email, free_text};
use crate::{Code, Issue};

use Kind::{AttributeList, Text};
use Presence::{Optional, Required};

pub static USERS_CREATE: Endpoint = Endpoint {
    id: "activeplatform/users/create",
    title: "ActivePlatform: create a user",
    method: "POST",
    path: "/api/vendor/v1/users.json",
    wire: Wire::Form,
    envelope: Envelope::Grape,
    gates: &[api_token_given],
    fields: &[
        Field::row("api_token", Text, Required, None, "", "API token of the manager who performs the operation (query parameter)."),
        Field::row("first_name", Text, Required, Some(free_text::check), "", "A first name for the user."),
        Field::row("middle_name", Text, Optional, Some(free_text::check), "", "A middle name for the user."),
        Field::row("last_name", Text, Required, Some(free_text::check), "", "A last name for the user."),
        Field::row("password", Text, Required, None, "", "A password for the user, as the operator's password settings require.")
            .related(meets_password_policy),
        Field::row("email", Text, Required, Some(email::check), "", "An e-mail of the user, which will be used as a login."),
        Field::row(
            "custom_attributes",
            AttributeList,
            Optional,
            None,
            "",
            "A list of additional attributes: {key, value}, as the operator has defined them.",
        ),
    ],
};

/// 401: every call carries the manager's API token.
fn api_token_given(ctx: &Context) -> Option<Rejection> {
    ctx.is_blank("api_token").then(|| Rejection {
        stage: Stage::Unauthenticated,
        issues: vec![Issue::new(Code::Unauthenticated, "An API token is required.").at("api_token")],
    })
}
