//! `language`: empty for the default, or a language code of 2–3 letters with an optional
//! region (2 letters or 3 digits) after `-` or `_`: `en`, `en-gb`, `pt_BR`, `es-419`.
//!
//! ```
//! use formmirror::rules::language;
//! assert!(language::check("pt_BR").is_ok());
//! assert!(language::check("english").is_err());
//! ```

use super::{Keywords, Rule};
use crate::{Issue, Reason};

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `invalid_format`.
pub fn check(value: &str) -> Result<(), Issue> {
    if value.is_empty() || is_language_code(value) {
        Ok(())
    } else {
        Err(Issue::new(Reason::NotLanguage))
    }
}

/// `/api/2.0/users` spells the default language `default` instead of leaving it empty.
pub fn check_or_default(value: &str) -> Result<(), Issue> {
    if value == "default" || is_language_code(value) {
        Ok(())
    } else {
        Err(Issue::new(Reason::NotLanguageOrDefault))
    }
}

fn is_language_code(value: &str) -> bool {
    let (language, region) = match value.split_once(['-', '_']) {
        Some((language, region)) => (language, Some(region)),
        None => (value, None),
    };
    let letters = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    let language_ok = (2..=3).contains(&language.len()) && letters(language);
    let region_ok = match region {
        None => true,
        Some(r) => (r.len() == 2 && letters(r)) || (r.len() == 3 && r.bytes().all(|b| b.is_ascii_digit())),
    };
    language_ok && region_ok
}

/// A language code, as a pattern.
const CODE_PATTERN: &str = "[A-Za-z]{2,3}(?:[-_](?:[A-Za-z]{2}|[0-9]{3}))?";

/// [`check`] as a table names it.
pub static CODE: Rule = Rule::new("language", check, describe_code);

/// [`check_or_default`] as a table names it.
pub static CODE_OR_DEFAULT: Rule = Rule::new("language_or_default", check_or_default, describe_code_or_default);

fn describe_code(keywords: &mut Keywords) {
    keywords.pattern(format!("^(?:{CODE_PATTERN})?$"));
}

fn describe_code_or_default(keywords: &mut Keywords) {
    keywords.pattern(format!("^(?:default|{CODE_PATTERN})$"));
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn codes_with_optional_region() {
        for ok in ["", "en", "EN", "fil", "en-gb", "en_GB", "pt_BR", "es-419"] {
            assert!(check(ok).is_ok(), "{ok:?}");
        }
        for bad in ["e", "engl", "en-", "en-g", "en-gbr", "en--gb", "en gb", "en-41", "12", "é"] {
            assert_eq!(check(bad).unwrap_err().code.as_str(), "invalid_format", "{bad:?}");
        }
    }

    #[test]
    fn default_instead_of_empty() {
        assert!(super::check_or_default("default").is_ok());
        assert!(super::check_or_default("pt_BR").is_ok());
        assert!(super::check_or_default("").is_err());
        assert!(super::check_or_default("Default").is_err());
    }
}
