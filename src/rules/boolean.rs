//! A boolean as forms send it: `true`, `false`, `1` or `0` (what Grape coerces to Boolean).
//!
//! ```
//! use formmirror::rules::boolean;
//! assert!(boolean::check("1").is_ok());
//! assert!(boolean::check("yes please").is_err());
//! ```

use super::one_of::one_of;
use crate::{Issue, Reason};

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `invalid_format`.
pub fn check(value: &str) -> Result<(), Issue> {
    one_of(value, &["true", "false", "1", "0"]).map_err(|_| Issue::new(Reason::NotBoolean))
}

#[cfg(test)]
mod tests {
    #[test]
    fn true_false_one_zero() {
        for ok in ["true", "false", "1", "0"] {
            assert!(super::check(ok).is_ok());
        }
        for bad in ["", "TRUE", "yes", "2"] {
            assert_eq!(super::check(bad).unwrap_err().code.as_str(), "invalid_format", "{bad:?}");
        }
    }
}
