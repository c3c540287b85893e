//! Enswitch's `validation` parameter: `0` (full action) or `1` (validate only).
//!
//! ```
//! use formmirror::rules::validation_flag;
//! assert!(validation_flag::check("1").is_ok());
//! assert!(validation_flag::check("yes").is_err());
//! ```

use super::one_of::one_of;
use crate::Issue;

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `not_one_of`.
pub fn check(value: &str) -> Result<(), Issue> {
    one_of(value, &["0", "1"])
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
