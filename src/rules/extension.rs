//! `extension`: empty for none, or digits only, at most 20.
//!
//! ```
//! use formmirror::rules::extension;
//! assert!(extension::check("2001").is_ok());
//! assert!(extension::check("20a1").is_err());
//! ```

use super::{Keywords, Rule};
use crate::{Issue, Reason};

/// The most digits an extension may have.
pub const MAX_DIGITS: usize = 20;

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `invalid_format, or too_long`.
pub fn check(value: &str) -> Result<(), Issue> {
    if !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Issue::new(Reason::DigitsOnly));
    }
    if value.len() > MAX_DIGITS {
        return Err(Issue::new(Reason::TooManyDigits { max: MAX_DIGITS }));
    }
    Ok(())
}

/// [`check`] as a table names it.
pub static RULE: Rule = Rule::new("extension", check, describe);

fn describe(keywords: &mut Keywords) {
    keywords.pattern(format!("^[0-9]{{0,{MAX_DIGITS}}}$"));
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn digits_up_to_twenty() {
        assert!(check("").is_ok());
        assert!(check(&"9".repeat(20)).is_ok());
        assert_eq!(check(&"9".repeat(21)).unwrap_err().code.as_str(), "too_long");
        for bad in ["12 3", "+12", "١٢"] {
            assert_eq!(check(bad).unwrap_err().code.as_str(), "invalid_format", "{bad:?}");
        }
    }
}
