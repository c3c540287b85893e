//! `time_format`: exactly `12` or `24`.
//!
//! ```
//! use formmirror::rules::time_format;
//! assert!(time_format::check("12").is_ok());
//! assert!(time_format::check("12h").is_err());
//! ```

use super::one_of::one_of;
use super::{Keywords, Rule};
use crate::Issue;

/// The formats, as the seed writes them.
pub const FORMATS: [&str; 2] = ["12", "24"];

/// Each format with an example time, for a `<select>`.
pub fn choices() -> Vec<(&'static str, String)> {
    vec![("12", "12-hour (1:30 pm)".to_owned()), ("24", "24-hour (13:30)".to_owned())]
}

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `not_one_of`.
pub fn check(value: &str) -> Result<(), Issue> {
    one_of(value, &FORMATS)
}

/// [`check`] as a table names it, with [`choices`] for a `<select>`.
pub static RULE: Rule = Rule::listed("time_format", check, describe, choices);

fn describe(keywords: &mut Keywords) {
    keywords.one_of(FORMATS);
}

#[cfg(test)]
mod tests {
    #[test]
    fn twelve_or_twenty_four() {
        assert!(super::check("24").is_ok());
        for bad in ["", "0", "024", "12 "] {
            assert!(super::check(bad).is_err(), "{bad:?}");
        }
    }
}
