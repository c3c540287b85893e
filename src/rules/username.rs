//! `username`: 1–255 characters, none of them whitespace or control characters.
//!
//! ```
//! use formmirror::rules::username;
//! assert!(username::check("user@example.com").is_ok());
//! assert!(username::check("two words").is_err());
//! ```

use super::{Keywords, Rule};
use crate::text::longer_than;
use crate::{Issue, Reason};

/// The longest user name, in characters.
pub const MAX_CHARS: usize = 255;

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `required, too_long or invalid_format`.
pub fn check(value: &str) -> Result<(), Issue> {
    if value.is_empty() {
        return Err(Issue::new(Reason::UsernameRequired));
    }
    if longer_than(value, MAX_CHARS) {
        return Err(Issue::new(Reason::TooLong { max: MAX_CHARS }));
    }
    let forbidden = if value.is_ascii() {
        value.bytes().any(|b| b == b' ' || b.is_ascii_control())
    } else {
        value.chars().any(|c| c.is_whitespace() || c.is_control())
    };
    if forbidden {
        return Err(Issue::new(Reason::SpacesOrControlCharacters));
    }
    Ok(())
}

/// [`check`] as a table names it.
pub static RULE: Rule = Rule::new("username", check, describe);

fn describe(keywords: &mut Keywords) {
    keywords.min_chars(1).max_chars(MAX_CHARS).pattern(r"^[^\p{White_Space}\p{Cc}]*$");
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn length_and_characters() {
        assert!(check("a").is_ok());
        assert!(check(&"é".repeat(255)).is_ok());
        assert_eq!(check(&"é".repeat(256)).unwrap_err().code.as_str(), "too_long");
        assert_eq!(check("").unwrap_err().code.as_str(), "required");
        for bad in ["a b", "a\tb", "a\u{0}b", "a\u{a0}b", "a\u{2028}b", "a\u{85}"] {
            assert_eq!(check(bad).unwrap_err().code.as_str(), "invalid_format", "{bad:?}");
        }
    }
}
