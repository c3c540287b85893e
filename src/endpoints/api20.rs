//! `POST /api/2.0/users` (seed 001): the user's properties as a JSON body. `id`, `hash` and
//! `enterprise_id` appear in the server's answer; sending them is an error.

use super::{Endpoint, Field, Wire};
use crate::envelope::Envelope;
use crate::rules::{email, free_text, integer, language, username, yes_no};

pub(super) static USERS_CREATE: Endpoint = Endpoint {
    id: "api20/users/create",
    #[cfg(not(target_arch = "wasm32"))]
    title: "/api/2.0/users: create a user",
    method: "POST",
    path: "/api/2.0/users",
    wire: Wire::Json,
    envelope: Envelope::Api20,
    gates: &[],
    fields: &[
        Field::text("name").required().rule(&free_text::RULE).default("empty").doc("User's name."),
        Field::text("email").required().rule(&email::ADDRESS).default("empty").doc("User's e-mail address."),
        Field::text("username")
            .required()
            .rule(&username::RULE)
            .default("empty")
            .doc("The identifier the user logs in with; the vendor's standard is the e-mail address, anything unique works."),
        Field::integer("customer_id").required().rule(&integer::POSITIVE).default("empty").doc("The customer ID the user is added to."),
        Field::text("language").rule(&language::CODE_OR_DEFAULT).default("default").doc("\"default\" or a language code."),
        Field::text("can_customer_admin").rule(&yes_no::RULE).doc("\"yes\" or \"no\": may the user administer the customer."),
        Field::integer("id").read_only().doc("Read-only: assigned by the server."),
        Field::text("hash").read_only().doc("Read-only: assigned by the server."),
        Field::integer("enterprise_id").read_only().doc("Read-only: assigned by the server."),
    ],
};
