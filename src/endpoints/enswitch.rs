//! Enswitch JSON API `people/create` (seed 000) and `people/update` (seed 003): both field
//! tables in the seeds' order, and the 401 → 402 → 403 → 404 gates that answer before them.

use super::{credentials_from_backend, meets_password_policy, one_of_roles, Context, Endpoint, Field, Kind, Presence, Rejection, Wire};
use crate::envelope::{Envelope, Stage};
use crate::rules::{
    country, date_format, email, extension, free_text, integer, language, pgp_key, phone, source, time_format, timezone, username, validation_flag,
};
use crate::{Issue, Reason};

use Kind::{Integer, Text};
use Presence::{Optional, Required, RequiredUnless};

/// The fields a person without the administrator or wholesale role may change on their own
/// person, besides the ones every request carries.
const SELF_SERVICE: [&str; 18] = [
    "id",
    "auth_username",
    "auth_password",
    "validation",
    "password",
    "email",
    "forename",
    "surname",
    "title",
    "telephone",
    "mobile",
    "fax",
    "language",
    "timezone",
    "date_format",
    "time_format",
    "public_key",
    "description",
];

pub(super) static PEOPLE_CREATE: Endpoint = Endpoint {
    id: "enswitch/people/create",
    title: "Enswitch: create a person",
    method: "GET",
    path: "/api/json/people/create/",
    wire: Wire::Params,
    envelope: Envelope::Enswitch,
    gates: &[authenticated, role_may_create, rate_plan_allows],
    fields: &[
        Field::row("auth_username", Text, RequiredUnless(credentials_from_backend), None, "", "Authentication username."),
        Field::row("auth_password", Text, RequiredUnless(credentials_from_backend), None, "", "Authentication password."),
        Field::row("username", Text, Required, Some(username::check), "", "User name."),
        Field::row("email", Text, RequiredUnless(email_not_required), Some(email::check_list), "", "Email address(es)."),
        Field::row("password", Text, RequiredUnless(copies_password), None, "", "Password. Required unless copy_password is specified.")
            .related(meets_password_policy),
        Field::row("role", Integer, Required, Some(integer::positive), "", "ID of role.").related(one_of_roles),
        Field::row("company", Text, Optional, Some(free_text::check), "", "Company name."),
        Field::row("customer", Integer, Optional, Some(integer::digits), "Customer of authentication user.", "ID of customer to create in."),
        Field::row(
            "copy_password",
            Integer,
            Optional,
            Some(integer::non_negative),
            "0",
            "ID of another person in the same customer to copy the password from. 0 to use the password parameter instead.",
        ),
        Field::row("country", Text, Optional, Some(country::check), "Country of customer.", "Two letter country code."),
        Field::row(
            "date_format",
            Text,
            Optional,
            Some(date_format::check),
            "YYYY-MM-DD",
            "Date format. \"DD/MM/YYYY\", \"MM/DD/YYYY\", or \"YYYY-MM-DD\".",
        ),
        Field::row("description", Text, Optional, Some(free_text::check), "", "Description."),
        Field::row("extension", Text, Optional, Some(extension::check), "", "Number for forward to in dial by name. Empty string for none."),
        Field::row("fax", Text, Optional, Some(phone::check), "", "Fax number."),
        Field::row("forename", Text, Optional, Some(free_text::check), "", "First name."),
        Field::row("language", Text, Optional, Some(language::check), "", "Language code. Empty string for default."),
        Field::row("mobile", Text, Optional, Some(phone::check), "", "Mobile (cellular) number."),
        Field::row("public_key", Text, Optional, Some(pgp_key::check), "", "GPG public key."),
        Field::row("source", Text, Optional, Some(source::check), "", "Source IP address(es). Empty string for any."),
        Field::row("surname", Text, Optional, Some(free_text::check), "", "Last name."),
        Field::row("telephone", Text, Optional, Some(phone::check), "", "Telephone number."),
        Field::row("time_format", Text, Optional, Some(time_format::check), "24", "Time format. \"12\" or \"24\"."),
        Field::row("timezone", Text, Optional, Some(timezone::check), "Time zone of customer.", "Time zone. Empty string for default."),
        Field::row("title", Text, Optional, Some(free_text::check), "", "Title."),
        Field::row("validation", Integer, Optional, Some(validation_flag::check), "0", "1 to validate input then return, 0 for full action."),
    ],
};

const CURRENT: &str = "Current value.";

pub(super) static PEOPLE_UPDATE: Endpoint = Endpoint {
    id: "enswitch/people/update",
    title: "Enswitch: update a person",
    method: "GET",
    path: "/api/json/people/update/",
    wire: Wire::Params,
    envelope: Envelope::Enswitch,
    gates: &[authenticated, role_may_update_fields, rate_plan_allows, may_update_person],
    fields: &[
        Field::row("auth_username", Text, RequiredUnless(credentials_from_backend), None, "", "Authentication username."),
        Field::row("auth_password", Text, RequiredUnless(credentials_from_backend), None, "", "Authentication password."),
        Field::row("id", Integer, Required, Some(integer::positive), "", "ID of person to update."),
        Field::row("company", Text, Optional, Some(free_text::check), CURRENT, "Company name."),
        Field::row("country", Text, Optional, Some(country::check), CURRENT, "Two letter country code."),
        Field::row(
            "date_format",
            Text,
            Optional,
            Some(date_format::check),
            CURRENT,
            "Date format. \"DD/MM/YYYY\", \"MM/DD/YYYY\", or \"YYYY-MM-DD\".",
        ),
        Field::row("description", Text, Optional, Some(free_text::check), CURRENT, "Description."),
        Field::row("email", Text, Optional, Some(email::check_list), CURRENT, "Email address(es)."),
        Field::row("extension", Text, Optional, Some(extension::check), CURRENT, "Number for forward to in dial by name. Empty string for none."),
        Field::row("fax", Text, Optional, Some(phone::check), CURRENT, "Fax number."),
        Field::row("forename", Text, Optional, Some(free_text::check), CURRENT, "First name."),
        Field::row("language", Text, Optional, Some(language::check), CURRENT, "Language code. Empty string for default."),
        Field::row("mobile", Text, Optional, Some(phone::check), CURRENT, "Mobile (cellular) number."),
        Field::row("password", Text, Optional, None, CURRENT, "Password.").related(meets_password_policy),
        Field::row("public_key", Text, Optional, Some(pgp_key::check), CURRENT, "GPG public key."),
        Field::row("role", Integer, Optional, Some(integer::positive), CURRENT, "ID of role.").related(one_of_roles),
        Field::row("source", Text, Optional, Some(source::check), CURRENT, "Source IP address(es). Empty string for any."),
        Field::row("surname", Text, Optional, Some(free_text::check), CURRENT, "Last name."),
        Field::row("telephone", Text, Optional, Some(phone::check), CURRENT, "Telephone number."),
        Field::row("time_format", Text, Optional, Some(time_format::check), CURRENT, "Time format. \"12\" or \"24\"."),
        Field::row("timezone", Text, Optional, Some(timezone::check), CURRENT, "Time zone. Empty string for default."),
        Field::row("title", Text, Optional, Some(free_text::check), CURRENT, "Title."),
        Field::row("username", Text, Optional, Some(username::check), CURRENT, "User name."),
        Field::row("validation", Integer, Optional, Some(validation_flag::check), "0", "1 to validate input then return, 0 for full action."),
    ],
};

fn email_not_required(ctx: &Context) -> bool {
    !ctx.options.email_required
}

/// `copy_password` names another person (a positive id), so no password need be sent.
fn copies_password(ctx: &Context) -> bool {
    ctx.text("copy_password").is_some_and(|v| integer::positive(v).is_ok())
}

fn reject(stage: Stage, field: &str, reason: Reason) -> Rejection {
    Rejection { stage, issues: vec![Issue::new(reason).at(field)] }
}

/// 401: both credentials must be given and non-empty, unless the caller's backend adds them.
fn authenticated(ctx: &Context) -> Option<Rejection> {
    if credentials_from_backend(ctx) {
        return None;
    }
    let issues: Vec<_> = ["auth_username", "auth_password"]
        .into_iter()
        .filter(|name| ctx.is_blank(name))
        .map(|name| Issue::new(Reason::InvalidCredentials).at(name))
        .collect();
    (!issues.is_empty()).then_some(Rejection { stage: Stage::Unauthenticated, issues })
}

fn actor_is_unprivileged(ctx: &Context) -> bool {
    ctx.options.actor.as_ref().is_some_and(|actor| !actor.is_privileged())
}

/// 402 on create: only the administrator and wholesale roles may create people.
fn role_may_create(ctx: &Context) -> Option<Rejection> {
    actor_is_unprivileged(ctx).then(|| reject(Stage::RoleForbids, "", Reason::RoleForbids))
}

/// 402 on update: other roles may change only the self-service fields.
fn role_may_update_fields(ctx: &Context) -> Option<Rejection> {
    if !actor_is_unprivileged(ctx) {
        return None;
    }
    let issues: Vec<_> = PEOPLE_UPDATE
        .fields
        .iter()
        .filter(|f| ctx.get(f.name).is_some() && !SELF_SERVICE.contains(&f.name))
        .map(|f| Issue::new(Reason::RoleForbidsField).at(f.name))
        .collect();
    (!issues.is_empty()).then_some(Rejection { stage: Stage::RoleForbids, issues })
}

/// 403: the caller says the rate plan does not allow this.
fn rate_plan_allows(ctx: &Context) -> Option<Rejection> {
    (ctx.options.rate_plan_allows == Some(false)).then(|| reject(Stage::RatePlanForbids, "", Reason::RatePlanForbids))
}

/// 404 on update: other roles may update only their own person.
fn may_update_person(ctx: &Context) -> Option<Rejection> {
    let actor = ctx.options.actor.as_ref().filter(|a| !a.is_privileged())?;
    let own = integer::parse(actor.person_id.as_deref()?).ok()?;
    let target = integer::parse(ctx.text("id")?).ok()?;
    (target != own).then(|| reject(Stage::NotFound, "id", Reason::PersonNotFound))
}
