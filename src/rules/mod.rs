//! Field rules: each a pure function from the text of a value to `Result<(), Issue>`.
//!
//! Rules know nothing about endpoints, options or envelopes. An endpoint's field table names
//! the rule for each field; rules that need the caller's options (password policy, allowed
//! roles) take them as a second argument and are wired in by the endpoint as a relation.
//! Every rule runs in time linear in its input and never panics.

use crate::Issue;

/// A rule over the text of one value.
pub type Rule = fn(&str) -> Result<(), Issue>;

pub mod boolean;
pub mod country;
pub mod date;
pub mod date_format;
pub mod email;
pub mod extension;
pub mod free_text;
pub mod integer;
pub mod language;
pub mod non_empty;
pub mod one_of;
pub mod password;
pub mod pgp_key;
pub mod phone;
pub mod source;
pub mod time_format;
pub mod timezone;
pub mod username;
pub mod validation_flag;
pub mod yes_no;
