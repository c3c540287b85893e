//! `date_format`: exactly one of the three formats the Enswitch seed lists.
//!
//! ```
//! use formmirror::rules::date_format;
//! assert!(date_format::check("YYYY-MM-DD").is_ok());
//! assert!(date_format::check("yyyy-mm-dd").is_err());
//! ```

use super::one_of::one_of;
use super::{Keywords, Rule};
use crate::Issue;

/// The formats, as the seed writes them.
pub const FORMATS: [&str; 3] = ["DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD"];

/// Each format with an example date, for a `<select>`: `DD/MM/YYYY (31/12/2026)`.
pub fn choices() -> Vec<(&'static str, String)> {
    let examples = ["31/12/2026", "12/31/2026", "2026-12-31"];
    FORMATS.iter().zip(examples).map(|(&format, example)| (format, format!("{format} ({example})"))).collect()
}

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `not_one_of`.
pub fn check(value: &str) -> Result<(), Issue> {
    one_of(value, &FORMATS)
}

/// [`check`] as a table names it, with [`choices`] for a `<select>`.
pub static RULE: Rule = Rule::listed("date_format", check, describe, choices);

fn describe(keywords: &mut Keywords) {
    keywords.one_of(FORMATS);
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_the_three_formats() {
        for ok in super::FORMATS {
            assert!(super::check(ok).is_ok());
        }
        for bad in ["", "DD-MM-YYYY", "YYYY-MM-DD ", "dd/mm/yyyy"] {
            assert_eq!(super::check(bad).unwrap_err().code.as_str(), "not_one_of", "{bad:?}");
        }
    }
}
