//! Cove JSON-RPC `AddUser` (seed 004): `params.userInfo` holds the user; the envelope
//! (`jsonrpc`, `method`, `visa`) is checked by the JSON-RPC envelope.

use super::{meets_password_policy, one_of_roles, Context, Endpoint, Field, Wire};
use crate::envelope::Envelope;
use crate::rules::{email, free_text, integer, non_empty, phone};
use crate::{Issue, Reason};

pub(super) static ADD_USER: Endpoint = Endpoint {
    id: "cove/AddUser",
    #[cfg(not(target_arch = "wasm32"))]
    title: "Cove: add a user (JSON-RPC AddUser)",
    method: "POST",
    path: "",
    wire: Wire::Json,
    envelope: Envelope::JsonRpc { method: "AddUser", params: "userInfo" },
    gates: &[],
    fields: &[
        Field::integer("ID").rule(&integer::NON_NEGATIVE).doc("The ID number of the user."),
        Field::integer("PartnerId").required().rule(&integer::POSITIVE).doc("The ID of the customer the user is created for."),
        Field::text("Name").required().rule(&email::ADDRESS).doc("A login name for the user: the same e-mail address as EmailAddress."),
        Field::text("Password").rule(&non_empty::RULE).related(meets_password_policy).doc("A password for the new user; non-empty when given."),
        Field::integer("RoleId").rule(&integer::POSITIVE).related(one_of_roles).doc("The ID of the role the user is given."),
        Field::integer("ContactPersonId").rule(&integer::NON_NEGATIVE).doc("The ID of the contact person the user is associated with."),
        Field::text_list("TwoFactorAuthenticationStatus").doc("2FA states to give the new user."),
        Field::text("EmailAddress").rule(&email::ADDRESS).related(same_as_name).doc("The e-mail address of the user: the same as Name."),
        Field::text_list("Flags").doc("Feature flags for the user."),
        Field::integer("FirstLoginTime").rule(&integer::NON_NEGATIVE).doc("Unix time of the user's first login."),
        Field::integer("LastLoginTime")
            .rule(&integer::NON_NEGATIVE)
            .related(not_before_first_login)
            .doc("Unix time of the user's last login; not before FirstLoginTime."),
        Field::text("FirstName").rule(&free_text::RULE).doc("The first name of the user."),
        Field::text("FullName").rule(&free_text::RULE).doc("The surname of the user."),
        Field::text("Title").rule(&free_text::RULE).doc("A title given to the user."),
        Field::text("PhoneNumber").rule(&phone::RULE).doc("The phone number of the user."),
    ],
};

/// `Name` is the login and must be the user's e-mail address (case aside).
fn same_as_name(email: &str, ctx: &Context) -> Result<(), Issue> {
    match ctx.get("Name").and_then(crate::Value::as_str) {
        Some(name) if !name.eq_ignore_ascii_case(email) => Err(Issue::new(Reason::SameAs { other: "Name" })),
        _ => Ok(()),
    }
}

fn not_before_first_login(last: &str, ctx: &Context) -> Result<(), Issue> {
    let first = ctx.get("FirstLoginTime").and_then(|v| match v {
        crate::Value::Number(n) => integer::parse(n).ok(),
        _ => None,
    });
    match (first, integer::parse(last)) {
        (Some(first), Ok(last)) if last < first => Err(Issue::new(Reason::NotBefore { other: "FirstLoginTime" })),
        _ => Ok(()),
    }
}
