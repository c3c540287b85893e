//! A `yes`/`no` flag, as `/api/2.0/users` spells `can_customer_admin`.
//!
//! ```
//! use formmirror::rules::yes_no;
//! assert!(yes_no::check("yes").is_ok());
//! assert!(yes_no::check("true").is_err());
//! ```

use super::one_of::one_of;
use super::{Keywords, Rule};
use crate::Issue;

/// The two answers.
pub const ANSWERS: [&str; 2] = ["yes", "no"];

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `not_one_of`.
pub fn check(value: &str) -> Result<(), Issue> {
    one_of(value, &ANSWERS)
}

/// [`check`] as a table names it.
pub static RULE: Rule = Rule::new("yes_no", check, describe);

fn describe(keywords: &mut Keywords) {
    keywords.one_of(ANSWERS);
}

#[cfg(test)]
mod tests {
    #[test]
    fn yes_or_no() {
        assert!(super::check("no").is_ok());
        for bad in ["", "Yes", "1", "true"] {
            assert_eq!(super::check(bad).unwrap_err().code.as_str(), "not_one_of", "{bad:?}");
        }
    }
}
