//! Integers as they arrive in a query string or as JSON number text: decimal digits only, no
//! sign, no fraction, no exponent, at most 2^53 − 1 (the largest integer every JavaScript
//! client can send exactly).
//!
//! ```
//! use formmirror::rules::integer;
//! assert!(integer::positive("42").is_ok());
//! assert_eq!(integer::positive("0").unwrap_err().code.as_str(), "out_of_range");
//! assert_eq!(integer::positive("4.2").unwrap_err().code.as_str(), "not_integer");
//! ```

use super::{Keywords, Rule};
use crate::{Issue, Reason};

/// The largest integer accepted: 2^53 − 1, the largest a JavaScript number holds exactly.
pub const MAX: u64 = (1 << 53) - 1;

fn not_integer() -> Issue {
    Issue::new(Reason::NotInteger)
}

/// The value of an integer text, or the issue that makes it one no integer field accepts.
pub fn parse(value: &str) -> Result<u64, Issue> {
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = value.strip_prefix('-') {
        if all_digits(rest) {
            return Err(Issue::new(Reason::Negative));
        }
    }
    if !all_digits(value) {
        return Err(not_integer());
    }
    match value.parse::<u64>() {
        Ok(n) if n <= MAX => Ok(n),
        _ => Err(Issue::new(Reason::NumberTooLarge)),
    }
}

/// Digits only, zero allowed (an optional id such as `customer`).
pub fn digits(value: &str) -> Result<(), Issue> {
    parse(value).map(drop)
}

/// 0 or more (`copy_password`, where 0 means "use `password`"; Unix times).
pub fn non_negative(value: &str) -> Result<(), Issue> {
    parse(value).map(drop)
}

/// Any whole number, negative ones included (an integer custom attribute).
pub fn signed(value: &str) -> Result<(), Issue> {
    let magnitude = value.strip_prefix('-').unwrap_or(value);
    if magnitude.starts_with('-') {
        return Err(not_integer());
    }
    parse(magnitude).map(drop)
}

/// 1 or more (ids that must name something: `role`, `id`, `PartnerId`).
pub fn positive(value: &str) -> Result<(), Issue> {
    match parse(value)? {
        0 => Err(Issue::new(Reason::TooSmall { min: 1 })),
        _ => Ok(()),
    }
}

/// [`digits`] as a table names it: an id the server looks up, given as digits.
pub static DIGITS: Rule = Rule::new("digits", digits, describe_non_negative);

/// [`non_negative`] as a table names it.
pub static NON_NEGATIVE: Rule = Rule::new("non_negative_integer", non_negative, describe_non_negative);

/// [`positive`] as a table names it.
pub static POSITIVE: Rule = Rule::new("positive_integer", positive, describe_positive);

// A pattern for digits sent as text, bounds for a JSON number: JSON Schema applies each only to
// its own type.
fn describe_non_negative(keywords: &mut Keywords) {
    keywords.pattern("^[0-9]+$").minimum(0).maximum(MAX);
}

fn describe_positive(keywords: &mut Keywords) {
    keywords.pattern("^0*[1-9][0-9]*$").minimum(1).maximum(MAX);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_only() {
        assert_eq!(parse("007"), Ok(7));
        assert_eq!(parse("9007199254740991"), Ok(MAX));
        for (bad, code) in [
            ("", "not_integer"),
            ("+1", "not_integer"),
            ("1.0", "not_integer"),
            ("1e3", "not_integer"),
            (" 1", "not_integer"),
            ("١", "not_integer"),
            ("-", "not_integer"),
            ("-3", "out_of_range"),
            ("9007199254740992", "out_of_range"),
            ("99999999999999999999999999", "out_of_range"),
        ] {
            assert_eq!(parse(bad).unwrap_err().code.as_str(), code, "{bad:?}");
        }
    }

    #[test]
    fn signed_allows_one_minus() {
        assert!(signed("-12").is_ok());
        assert!(signed("12").is_ok());
        for bad in ["--1", "-", "1-", "+1"] {
            assert_eq!(signed(bad).unwrap_err().code.as_str(), "not_integer", "{bad:?}");
        }
    }

    #[test]
    fn positive_excludes_zero_but_non_negative_does_not() {
        assert!(non_negative("0").is_ok());
        assert!(positive("0").is_err());
        assert!(positive("1").is_ok());
    }
}
