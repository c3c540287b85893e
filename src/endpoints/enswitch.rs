//! Enswitch JSON API `people/create` (seed 000) and `people/update` (seed 003): both field
//! tables in the seeds' order, and the 401 → 402 → 403 → 404 gates that answer before them.

use super::{credentials_from_backend, meets_password_policy, one_of_roles, Context, Endpoint, Field, Rejection, Wire};
use crate::envelope::{Envelope, Stage};
use crate::rules::{
    country, date_format, email, extension, free_text, integer, language, pgp_key, phone, source, time_format, timezone, username, validation_flag,
};
use crate::{Issue, Reason};

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
    #[cfg(not(target_arch = "wasm32"))]
    title: "Enswitch: create a person",
    method: "GET",
    path: "/api/json/people/create/",
    wire: Wire::Params,
    envelope: Envelope::Enswitch,
    gates: &[authenticated, role_may_create, rate_plan_allows],
    fields: &[
        Field::text("auth_username").required_unless(credentials_from_backend).doc("Authentication username."),
        Field::text("auth_password").required_unless(credentials_from_backend).doc("Authentication password."),
        Field::text("username").required().rule(&username::RULE).doc("User name."),
        Field::text("email").required_unless(email_not_required).rule(&email::LIST).doc("Email address(es)."),
        Field::text("password")
            .required_unless(copies_password)
            .related(meets_password_policy)
            .doc("Password. Required unless copy_password is specified."),
        Field::integer("role").required().rule(&integer::POSITIVE).related(one_of_roles).doc("ID of role."),
        Field::text("company").rule(&free_text::RULE).doc("Company name."),
        Field::integer("customer").rule(&integer::DIGITS).default("Customer of authentication user.").doc("ID of customer to create in."),
        Field::integer("copy_password")
            .rule(&integer::NON_NEGATIVE)
            .default("0")
            .doc("ID of another person in the same customer to copy the password from. 0 to use the password parameter instead."),
        Field::text("country").rule(&country::RULE).default("Country of customer.").doc("Two letter country code."),
        Field::text("date_format")
            .rule(&date_format::RULE)
            .default("YYYY-MM-DD")
            .doc("Date format. \"DD/MM/YYYY\", \"MM/DD/YYYY\", or \"YYYY-MM-DD\"."),
        Field::text("description").rule(&free_text::RULE).doc("Description."),
        Field::text("extension").rule(&extension::RULE).doc("Number for forward to in dial by name. Empty string for none."),
        Field::text("fax").rule(&phone::RULE).doc("Fax number."),
        Field::text("forename").rule(&free_text::RULE).doc("First name."),
        Field::text("language").rule(&language::CODE).doc("Language code. Empty string for default."),
        Field::text("mobile").rule(&phone::RULE).doc("Mobile (cellular) number."),
        Field::text("public_key").rule(&pgp_key::RULE).doc("GPG public key."),
        Field::text("source").rule(&source::RULE).doc("Source IP address(es). Empty string for any."),
        Field::text("surname").rule(&free_text::RULE).doc("Last name."),
        Field::text("telephone").rule(&phone::RULE).doc("Telephone number."),
        Field::text("time_format").rule(&time_format::RULE).default("24").doc("Time format. \"12\" or \"24\"."),
        Field::text("timezone").rule(&timezone::RULE).default("Time zone of customer.").doc("Time zone. Empty string for default."),
        Field::text("title").rule(&free_text::RULE).doc("Title."),
        Field::integer("validation").rule(&validation_flag::RULE).default("0").doc("1 to validate input then return, 0 for full action."),
    ],
};

const CURRENT: &str = "Current value.";

pub(super) static PEOPLE_UPDATE: Endpoint = Endpoint {
    id: "enswitch/people/update",
    #[cfg(not(target_arch = "wasm32"))]
    title: "Enswitch: update a person",
    method: "GET",
    path: "/api/json/people/update/",
    wire: Wire::Params,
    envelope: Envelope::Enswitch,
    gates: &[authenticated, role_may_update_fields, rate_plan_allows, may_update_person],
    fields: &[
        Field::text("auth_username").required_unless(credentials_from_backend).doc("Authentication username."),
        Field::text("auth_password").required_unless(credentials_from_backend).doc("Authentication password."),
        Field::integer("id").required().rule(&integer::POSITIVE).doc("ID of person to update."),
        Field::text("company").rule(&free_text::RULE).default(CURRENT).doc("Company name."),
        Field::text("country").rule(&country::RULE).default(CURRENT).doc("Two letter country code."),
        Field::text("date_format").rule(&date_format::RULE).default(CURRENT).doc("Date format. \"DD/MM/YYYY\", \"MM/DD/YYYY\", or \"YYYY-MM-DD\"."),
        Field::text("description").rule(&free_text::RULE).default(CURRENT).doc("Description."),
        Field::text("email").rule(&email::LIST).default(CURRENT).doc("Email address(es)."),
        Field::text("extension").rule(&extension::RULE).default(CURRENT).doc("Number for forward to in dial by name. Empty string for none."),
        Field::text("fax").rule(&phone::RULE).default(CURRENT).doc("Fax number."),
        Field::text("forename").rule(&free_text::RULE).default(CURRENT).doc("First name."),
        Field::text("language").rule(&language::CODE).default(CURRENT).doc("Language code. Empty string for default."),
        Field::text("mobile").rule(&phone::RULE).default(CURRENT).doc("Mobile (cellular) number."),
        Field::text("password").related(meets_password_policy).default(CURRENT).doc("Password."),
        Field::text("public_key").rule(&pgp_key::RULE).default(CURRENT).doc("GPG public key."),
        Field::integer("role").rule(&integer::POSITIVE).related(one_of_roles).default(CURRENT).doc("ID of role."),
        Field::text("source").rule(&source::RULE).default(CURRENT).doc("Source IP address(es). Empty string for any."),
        Field::text("surname").rule(&free_text::RULE).default(CURRENT).doc("Last name."),
        Field::text("telephone").rule(&phone::RULE).default(CURRENT).doc("Telephone number."),
        Field::text("time_format").rule(&time_format::RULE).default(CURRENT).doc("Time format. \"12\" or \"24\"."),
        Field::text("timezone").rule(&timezone::RULE).default(CURRENT).doc("Time zone. Empty string for default."),
        Field::text("title").rule(&free_text::RULE).default(CURRENT).doc("Title."),
        Field::text("username").rule(&username::RULE).default(CURRENT).doc("User name."),
        Field::integer("validation").rule(&validation_flag::RULE).default("0").doc("1 to validate input then return, 0 for full action."),
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
    let sent = ctx.params.endpoint.fields.iter().zip(ctx.params.values).filter(|(_, value)| value.is_some());
    let issues: Vec<_> =
        sent.filter(|(f, _)| !SELF_SERVICE.contains(&f.name)).map(|(f, _)| Issue::new(Reason::RoleForbidsField).at(f.name)).collect();
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
