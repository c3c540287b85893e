//! Cove's `OptionalNonEmptyString`: the parameter may be left out, but not sent empty.
//!
//! ```
//! use formmirror::rules::non_empty;
//! assert!(non_empty::check("x").is_ok());
//! assert!(non_empty::check("").is_err());
//! ```

use super::{Keywords, Rule};
use crate::{Issue, Reason};

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `invalid_format`.
pub fn check(value: &str) -> Result<(), Issue> {
    if value.is_empty() {
        Err(Issue::new(Reason::EmptyWhenGiven))
    } else {
        Ok(())
    }
}

/// [`check`] as a table names it.
pub static RULE: Rule = Rule::new("non_empty", check, describe);

fn describe(keywords: &mut Keywords) {
    keywords.min_chars(1);
}

#[cfg(test)]
mod tests {
    #[test]
    fn empty_is_refused() {
        assert!(super::check(" ").is_ok());
        assert_eq!(super::check("").unwrap_err().code.as_str(), "invalid_format");
    }
}
