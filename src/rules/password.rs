//! Passwords against the operator's policy (`options.passwordPolicy`): minimum length and the
//! character classes it requires. The message lists every unmet requirement and never the
//! password itself.
//!
//! The classes are the ASCII ones servers test with patterns like `[A-Z]`: upper `A–Z`, lower
//! `a–z`, digit `0–9`; a symbol is any other character that is not whitespace (so `é` and `€`
//! count as symbols, as they would against `[^A-Za-z0-9]`).
//!
//! ```
//! use formmirror::rules::password::PasswordPolicy;
//! let policy = PasswordPolicy { min_length: 8, require_digit: true, ..PasswordPolicy::default() };
//! assert!(policy.check("correct horse 1").is_ok());
//! assert_eq!(policy.check("short").unwrap_err().message(), "Must be at least 8 characters long and contain a digit.");
//! ```

use crate::reason::{CharacterClass, Reason};
use crate::Issue;

/// The server's password rules, as `options.passwordPolicy` gives them; the default asks nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PasswordPolicy {
    /// The fewest characters; 0 for no minimum.
    pub min_length: usize,
    /// An uppercase letter is required.
    pub require_upper: bool,
    /// A lowercase letter is required.
    pub require_lower: bool,
    /// A digit is required.
    pub require_digit: bool,
    /// Any character other than ASCII letters, digits and whitespace counts as a symbol.
    pub require_symbol: bool,
}

impl PasswordPolicy {
    /// Checks `password` against the policy, naming everything it lacks in one message.
    ///
    /// # Errors
    ///
    /// `password_policy`.
    pub fn check(&self, password: &str) -> Result<(), Issue> {
        let too_short = self.min_length > 0 && password.chars().take(self.min_length).count() < self.min_length;
        let lacks = |required: bool, class: fn(char) -> bool| required && !password.chars().any(class);
        let missing: Vec<CharacterClass> = [
            (lacks(self.require_upper, |c| c.is_ascii_uppercase()), CharacterClass::Uppercase),
            (lacks(self.require_lower, |c| c.is_ascii_lowercase()), CharacterClass::Lowercase),
            (lacks(self.require_digit, |c| c.is_ascii_digit()), CharacterClass::Digit),
            (lacks(self.require_symbol, |c| !c.is_ascii_alphanumeric() && !c.is_whitespace()), CharacterClass::Symbol),
        ]
        .into_iter()
        .filter(|&(unmet, _)| unmet)
        .map(|(_, class)| class)
        .collect();
        if !too_short && missing.is_empty() {
            return Ok(());
        }
        Err(Issue::new(Reason::PasswordPolicy { min_length: if too_short { self.min_length } else { 0 }, missing }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strict() -> PasswordPolicy {
        PasswordPolicy { min_length: 10, require_upper: true, require_lower: true, require_digit: true, require_symbol: true }
    }

    #[test]
    fn default_policy_accepts_anything() {
        assert!(PasswordPolicy::default().check("").is_ok());
    }

    #[test]
    fn lists_every_unmet_requirement_without_the_password() {
        let err = strict().check("hunter").unwrap_err();
        assert_eq!(err.code.as_str(), "password_policy");
        assert_eq!(err.message(), "Must be at least 10 characters long and contain an uppercase letter, a digit, and a symbol.");
        assert!(!err.message().contains("hunter"));
        assert_eq!(strict().check("N;T@o;y!4TNqlV"), Ok(()));
        assert_eq!(strict().check("Ab1!Ab1!Ab").map_err(|e| e.message()), Ok(()));
        assert_eq!(strict().check("ab1!ab1!ab1!").unwrap_err().message(), "Must contain an uppercase letter.");
        assert_eq!(strict().check("AB1!").unwrap_err().message(), "Must be at least 10 characters long and contain a lowercase letter.");
    }

    #[test]
    fn classes_are_ascii_as_on_the_servers() {
        let upper = PasswordPolicy { require_upper: true, ..PasswordPolicy::default() };
        assert!(upper.check("émile").is_err());
        assert!(upper.check("Émile").is_err());
        let symbol = PasswordPolicy { require_symbol: true, ..PasswordPolicy::default() };
        assert!(symbol.check("prix€").is_ok());
        assert!(symbol.check("two words").is_err());
    }

    #[test]
    fn counts_characters_not_bytes() {
        let policy = PasswordPolicy { min_length: 4, ..PasswordPolicy::default() };
        assert!(policy.check("ééé").is_err());
        assert!(policy.check("éééé").is_ok());
    }
}
