//! Enswitch's `validation` parameter: `0` (full action) or `1` (validate only).
//!
//! ```
//! use formmirror::rules::validation_flag;
//! assert!(validation_flag::check("1").is_ok());
//! assert!(validation_flag::check("yes").is_err());
//! ```

use super::one_of::one_of;
use super::{Keywords, Rule};
use crate::Issue;

/// The two values: full action, validate only.
pub const FLAGS: [&str; 2] = ["0", "1"];

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `not_one_of`.
pub fn check(value: &str) -> Result<(), Issue> {
    one_of(value, &FLAGS)
}

/// [`check`] as a table names it.
pub static RULE: Rule = Rule::new("validation_flag", check, describe);

fn describe(keywords: &mut Keywords) {
    keywords.one_of(FLAGS);
}

#[cfg(test)]
mod tests {
    #[test]
    fn zero_or_one() {
        assert!(super::check("0").is_ok());
        for bad in ["", "2", "01", "true"] {
            assert!(super::check(bad).is_err(), "{bad:?}");
        }
    }
}
