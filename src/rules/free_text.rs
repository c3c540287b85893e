//! Free text (`company`, `description`, `forename`, `surname`, `title`, names): at most 255
//! characters and no control characters (a pasted tab or newline would not survive the server).
//!
//! ```
//! use formmirror::rules::free_text;
//! assert!(free_text::check("Ada Lovelace").is_ok());
//! assert!(free_text::check("line\nbreak").is_err());
//! ```

use super::{Keywords, Rule};
use crate::text::longer_than;
use crate::{Issue, Reason};

/// The longest free text the servers take, in characters.
pub const MAX_CHARS: usize = 255;

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `too_long, or invalid_format for a control character`.
pub fn check(value: &str) -> Result<(), Issue> {
    if longer_than(value, MAX_CHARS) {
        return Err(Issue::new(Reason::TooLong { max: MAX_CHARS }));
    }
    if has_control_character(value) {
        return Err(Issue::new(Reason::ControlCharacters));
    }
    Ok(())
}

/// Unicode's control characters (C0, DEL, C1), found by bytes: C0 and DEL are single bytes,
/// C1 (U+0080–U+009F) is encoded as 0xC2 followed by 0x80–0x9F.
pub(crate) fn has_control_character(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.iter().enumerate().any(|(at, &b)| b < 0x20 || b == 0x7f || (b == 0xc2 && bytes.get(at + 1).is_some_and(|n| (0x80..=0x9f).contains(n))))
}

/// [`check`] as a table names it.
pub static RULE: Rule = Rule::new("free_text", check, describe);

fn describe(keywords: &mut Keywords) {
    keywords.max_chars(MAX_CHARS).pattern(r"^[^\x00-\x1F\x7F-\x9F]*$");
}

#[cfg(test)]
mod tests {
    use super::{check, has_control_character};

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
        // The byte scan agrees with char::is_control on every character of the first planes.
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            assert_eq!(has_control_character(&format!("a{c}b")), c.is_control(), "{c:?}");
        }
    }
}
