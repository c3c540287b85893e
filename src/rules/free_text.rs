//! Free text (`company`, `description`, `forename`, `surname`, `title`, names): at most 255
//! characters and no control characters (a pasted tab or newline would not survive the server).
//!
//! ```
//! use formmirror::rules::free_text;
//! assert!(free_text::check("Ada Lovelace").is_ok());
//! assert!(free_text::check("line\nbreak").is_err());
//! ```

use super::longer_than;
use crate::{Code, Issue};

pub const MAX_CHARS: usize = 255;

pub fn check(value: &str) -> Result<(), Issue> {
    if longer_than(value, MAX_CHARS) {
        return Err(Issue::new(Code::TooLong, "Must be at most 255 characters."));
    }
    if value.chars().any(char::is_control) {
        return Err(Issue::new(Code::InvalidFormat, "Must not contain control characters such as tabs or line breaks."));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn limits() {
        assert!(check("").is_ok());
        assert!(check(&"x".repeat(255)).is_ok());
        assert_eq!(check(&"x".repeat(256)).unwrap_err().code.as_str(), "too_long");
        assert_eq!(check(&"x".repeat(10 << 20)).unwrap_err().code.as_str(), "too_long");
        for bad in ["\u{0}", "a\rb", "\u{7f}", "\u{9f}"] {
            assert_eq!(check(bad).unwrap_err().code.as_str(), "invalid_format", "{bad:?}");
        }
        assert!(check("Zoë – O'Brien (Ops)").is_ok());
    }
}
