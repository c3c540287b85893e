//! The value must be exactly one of a fixed list (case-sensitive, no trimming).
//!
//! ```
//! use formmirror::rules::one_of::one_of;
//! assert!(one_of("24", &["12", "24"]).is_ok());
//! assert_eq!(one_of("24h", &["12", "24"]).unwrap_err().code.as_str(), "not_one_of");
//! ```

use crate::{Issue, Reason};

/// Checks that `value` is exactly one of `allowed`.
///
/// # Errors
///
/// `not_one_of`, listing them.
pub fn one_of(value: &str, allowed: &'static [&'static str]) -> Result<(), Issue> {
    if allowed.contains(&value) {
        return Ok(());
    }
    Err(Issue::new(Reason::NotOneOf { choices: allowed }))
}

#[cfg(test)]
mod tests {
    use super::one_of;

    #[test]
    fn exact_match_only() {
        assert!(one_of("a", &["a", "b"]).is_ok());
        for bad in ["A", " a", "", "ab"] {
            assert!(one_of(bad, &["a", "b"]).is_err(), "{bad:?}");
        }
        assert_eq!(one_of("x", &["a", "b"]).unwrap_err().message(), "Must be one of \"a\", \"b\".");
    }
}
