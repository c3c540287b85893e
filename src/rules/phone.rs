//! Telephone numbers (`telephone`, `mobile`, `fax`, Cove's `PhoneNumber`): empty, or an
//! optional leading `+` then digits with spaces, `-`, `.`, `(`, `)` as separators, and 3–20
//! digits in all.
//!
//! ```
//! use formmirror::rules::phone;
//! assert!(phone::check("+44 (20) 7946-0018").is_ok());
//! assert!(phone::check("call me").is_err());
//! ```

use super::{Keywords, Rule};
use crate::{Issue, Reason};

/// The fewest digits a phone number may have.
pub const MIN_DIGITS: usize = 3;
/// The most digits a phone number may have.
pub const MAX_DIGITS: usize = 20;

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `invalid_format, or too_long`.
pub fn check(value: &str) -> Result<(), Issue> {
    if value.is_empty() {
        return Ok(());
    }
    let body = value.strip_prefix('+').unwrap_or(value);
    let mut digits = 0usize;
    for b in body.bytes() {
        match b {
            b'0'..=b'9' => digits += 1,
            b' ' | b'-' | b'.' | b'(' | b')' => {}
            _ => return Err(Issue::new(Reason::NotPhone)),
        }
    }
    if digits < MIN_DIGITS {
        return Err(Issue::new(Reason::TooFewDigits { min: MIN_DIGITS }));
    }
    if digits > MAX_DIGITS {
        return Err(Issue::new(Reason::TooManyDigits { max: MAX_DIGITS }));
    }
    Ok(())
}

/// [`check`] as a table names it.
pub static RULE: Rule = Rule::new("phone", check, describe);

fn describe(keywords: &mut Keywords) {
    keywords.pattern(format!(r"^(?:\+?[ .()\-]*(?:[0-9][ .()\-]*){{{MIN_DIGITS},{MAX_DIGITS}}})?$"));
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn digits_and_separators() {
        for ok in ["", "999", "+1 (555) 010-9999", "0044.20.7946.0018", &"1".repeat(20)] {
            assert!(check(ok).is_ok(), "{ok:?}");
        }
        for (bad, code) in [
            ("12", "invalid_format"),
            ("+", "invalid_format"),
            ("++44123", "invalid_format"),
            ("44+123", "invalid_format"),
            ("555 0199 x12", "invalid_format"),
            ("５５５", "invalid_format"),
            (&"1".repeat(21), "too_long"),
        ] {
            assert_eq!(check(bad).unwrap_err().code.as_str(), code, "{bad:?}");
        }
    }
}
