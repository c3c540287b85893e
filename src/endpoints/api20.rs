//! `POST /api/2.0/users` (seed 001): the user's properties as a JSON body. `id`, `hash` and
//! `enterprise_id` appear in the server's answer; sending them is an error.

use super::{Endpoint, Field, Kind, Presence, Wire};
use crate::envelope::Envelope;
use crate::rules::{email, free_text, integer, language, username, yes_no};

use Kind::{Integer, Text};
use Presence::{Optional, ReadOnly, Required};

pub(super) static USERS_CREATE: Endpoint = Endpoint {
    id: "api20/users/create",
    title: "/api/2.0/users: create a user",
    method: "POST",
    path: "/api/2.0/users",
    wire: Wire::Json,
    envelope: Envelope::Api20,
    gates: &[],
    fields: &[
        Field::row("name", Text, Required, Some(free_text::check), "empty", "User's name."),
        Field::row("email", Text, Required, Some(email::check), "empty", "User's e-mail address."),
        Field::row(
            "username",
            Text,
            Required,
            Some(username::check),
            "empty",
            "The identifier the user logs in with; the vendor's standard is the e-mail address, anything unique works.",
        ),
        Field::row("customer_id", Integer, Required, Some(integer::positive), "empty", "The customer ID the user is added to."),
        Field::row("language", Text, Optional, Some(language::check_or_default), "default", "\"default\" or a language code."),
        Field::row("can_customer_admin", Text, Optional, Some(yes_no::check), "", "\"yes\" or \"no\": may the user administer the customer."),
        Field::row("id", Integer, ReadOnly, None, "", "Read-only: assigned by the server."),
        Field::row("hash", Text, ReadOnly, None, "", "Read-only: assigned by the server."),
        Field::row("enterprise_id", Integer, ReadOnly, None, "", "Read-only: assigned by the server."),
    ],
};
