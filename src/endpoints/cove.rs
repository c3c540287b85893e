//! Cove JSON-RPC `AddUser` (seed 004): `params.userInfo` holds the user; the envelope
//! (`jsonrpc`, `method`, `visa`) is checked by the JSON-RPC envelope.

use super::{meets_password_policy, one_of_roles, Context, Endpoint, Field, Kind, Presence, Wire};
use crate::envelope::Envelope;
use crate::rules::{email, free_text, integer, non_empty, phone};
use crate::{Issue, Reason};

use Kind::{Integer, Text, TextList};
use Presence::{Optional, Required};

pub(super) static ADD_USER: Endpoint = Endpoint {
    id: "cove/AddUser",
    title: "Cove: add a user (JSON-RPC AddUser)",
    method: "POST",
    path: "",
    wire: Wire::Json,
    envelope: Envelope::JsonRpc { method: "AddUser", params: "userInfo" },
    gates: &[],
    fields: &[
        Field::row("ID", Integer, Optional, Some(integer::non_negative), "", "The ID number of the user."),
        Field::row("PartnerId", Integer, Required, Some(integer::positive), "", "The ID of the customer the user is created for."),
        Field::row("Name", Text, Required, Some(email::check), "", "A login name for the user: the same e-mail address as EmailAddress."),
        Field::row("Password", Text, Optional, Some(non_empty::check), "", "A password for the new user; non-empty when given.")
            .related(meets_password_policy),
        Field::row("RoleId", Integer, Optional, Some(integer::positive), "", "The ID of the role the user is given.").related(one_of_roles),
        Field::row(
            "ContactPersonId",
            Integer,
            Optional,
            Some(integer::non_negative),
            "",
            "The ID of the contact person the user is associated with.",
        ),
        Field::row("TwoFactorAuthenticationStatus", TextList, Optional, None, "", "2FA states to give the new user."),
        Field::row("EmailAddress", Text, Optional, Some(email::check), "", "The e-mail address of the user: the same as Name.").related(same_as_name),
        Field::row("Flags", TextList, Optional, None, "", "Feature flags for the user."),
        Field::row("FirstLoginTime", Integer, Optional, Some(integer::non_negative), "", "Unix time of the user's first login."),
        Field::row(
            "LastLoginTime",
            Integer,
            Optional,
            Some(integer::non_negative),
            "",
            "Unix time of the user's last login; not before FirstLoginTime.",
        )
        .related(not_before_first_login),
        Field::row("FirstName", Text, Optional, Some(free_text::check), "", "The first name of the user."),
        Field::row("FullName", Text, Optional, Some(free_text::check), "", "The surname of the user."),
        Field::row("Title", Text, Optional, Some(free_text::check), "", "A title given to the user."),
        Field::row("PhoneNumber", Text, Optional, Some(phone::check), "", "The phone number of the user."),
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
