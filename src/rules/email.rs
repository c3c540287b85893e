//! E-mail addresses by the WHATWG HTML "valid e-mail address" grammar (what
//! `<input type=email>` accepts), at most 254 characters each.
//!
//! [`check`] takes one address; [`check_list`] takes Enswitch's "email address(es)": one or more
//! addresses separated by commas, with spaces allowed around each.
//!
//! ```
//! use formmirror::rules::email;
//! assert!(email::check_list("ops@example.com, noc@example.net").is_ok());
//! assert_eq!(email::check("ops@").unwrap_err().code.as_str(), "invalid_email");
//! ```

use super::{Keywords, Rule};
use crate::{Issue, Reason};

/// The longest address accepted, in characters: RFC 5321's path limit less its angle brackets.
pub const MAX_CHARS: usize = 254;

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `invalid_email, or too_long past 254 characters`.
pub fn check(value: &str) -> Result<(), Issue> {
    // Characters, not bytes: only text longer in bytes than the limit needs counting.
    if value.len() > MAX_CHARS && value.chars().nth(MAX_CHARS).is_some() {
        return Err(Issue::new(Reason::EmailTooLong { max: MAX_CHARS }));
    }
    if is_valid_address(value.as_bytes()) {
        Ok(())
    } else {
        Err(Issue::new(Reason::InvalidEmail))
    }
}

/// Checks a list of addresses separated by commas, spaces around them allowed (what
/// `<input type=email multiple>` accepts).
///
/// # Errors
///
/// `invalid_email` or `too_long`, as [`check`].
pub fn check_list(value: &str) -> Result<(), Issue> {
    // On bytes: commas and spaces are ASCII, so every cut falls on a character boundary, and a
    // byte loop costs less than `str::split`'s searcher on addresses this short.
    let bytes = value.as_bytes();
    if !bytes.contains(&b',') {
        return check(trim_spaces(value));
    }
    let mut start = 0;
    for item in 1.. {
        let end = bytes.get(start..).and_then(|rest| rest.iter().position(|&b| b == b',')).map_or(bytes.len(), |at| start + at);
        let address = trim_spaces(value.get(start..end).unwrap_or_default());
        if address.is_empty() {
            return Err(Issue::new(Reason::EmptyListItem { item }));
        }
        check(address).map_err(|issue| Issue::new(Reason::ListItem { item, reason: Box::new(issue.reason) }))?;
        if end == bytes.len() {
            break;
        }
        start = end + 1;
    }
    Ok(())
}

/// `text` without the spaces around it.
fn trim_spaces(text: &str) -> &str {
    let bytes = text.as_bytes();
    let start = bytes.iter().position(|&b| b != b' ').unwrap_or(bytes.len());
    let end = bytes.iter().rposition(|&b| b != b' ').map_or(start, |at| at + 1);
    text.get(start..end).unwrap_or_default()
}

/// The grammar is ASCII, so it is checked on bytes (a non-ASCII byte fails every part of it).
fn is_valid_address(value: &[u8]) -> bool {
    let Some(at) = value.iter().position(|&b| b == b'@') else { return false };
    let (local, domain) = (&value[..at], &value[at + 1..]);
    let local_ok = !local.is_empty() && local.iter().all(|&b| b.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&b));
    local_ok && domain.split(|&b| b == b'.').all(is_domain_label)
}

fn is_domain_label(label: &[u8]) -> bool {
    match (label.first(), label.last()) {
        (Some(first), Some(last)) => {
            label.len() <= 63
                && first.is_ascii_alphanumeric()
                && last.is_ascii_alphanumeric()
                && label.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-')
        }
        _ => false,
    }
}

/// The WHATWG grammar of one address, as a pattern.
const ADDRESS_PATTERN: &str =
    r"[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~\-]+@[a-zA-Z0-9](?:[a-zA-Z0-9\-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9\-]{0,61}[a-zA-Z0-9])?)*";

/// [`check`] as a table names it.
pub static ADDRESS: Rule = Rule::new("email", check, describe_address);

/// [`check_list`] as a table names it.
pub static LIST: Rule = Rule::new("email_list", check_list, describe_list);

fn describe_address(keywords: &mut Keywords) {
    keywords.max_chars(MAX_CHARS).pattern(format!("^{ADDRESS_PATTERN}$"));
}

fn describe_list(keywords: &mut Keywords) {
    keywords
        .pattern(format!("^ *{ADDRESS_PATTERN} *(?:, *{ADDRESS_PATTERN} *)*$"))
        .comment(format!("Each address has at most {MAX_CHARS} characters."));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whatwg_grammar() {
        for ok in ["a@b", "first.last@example.com", "x+tag@sub.example.co.uk", "!#$%&'*+/=?^_`{|}~-@a-b.c", "a..b@c"] {
            assert!(check(ok).is_ok(), "{ok:?}");
        }
        for bad in ["", "a", "@b", "a@", "a@b@c", "a@-b.c", "a@b-.c", "a@b..c", "a@.b", "a b@c", "é@c", "a@é.com", "\"q\"@c"] {
            assert_eq!(check(bad).unwrap_err().code.as_str(), "invalid_email", "{bad:?}");
        }
        assert!(check(&format!("a@{}.com", "b".repeat(63))).is_ok());
        assert!(check(&format!("a@{}.com", "b".repeat(64))).is_err());
    }

    #[test]
    fn length_limit() {
        let at_limit = format!("{}@example.com", "a".repeat(MAX_CHARS - 12));
        assert!(check(&at_limit).is_ok());
        assert_eq!(check(&format!("a{at_limit}")).unwrap_err().code.as_str(), "too_long");
        // Characters, not bytes: 254 two-byte characters are within the limit (and then
        // fail the grammar, which is ASCII), 255 are over it.
        assert_eq!(check(&"é".repeat(MAX_CHARS)).unwrap_err().code.as_str(), "invalid_email");
        assert_eq!(check(&"é".repeat(MAX_CHARS + 1)).unwrap_err().code.as_str(), "too_long");
    }

    #[test]
    fn comma_separated_lists() {
        assert!(check_list("a@b.c").is_ok());
        assert!(check_list(" a@b.c ,  d@e.f").is_ok());
        let err = check_list("a@b.c, nope").unwrap_err();
        assert_eq!((err.code.as_str(), &*err.message()), ("invalid_email", "Address 2 of the list is not a valid e-mail address."));
        assert!(check_list("a@b.c,,d@e.f").is_err());
        assert!(check_list("a@b.c,").is_err());
        assert!(check_list("a@b.c;d@e.f").is_err());
        // The item numbers of empty and invalid items, spaces around either.
        assert_eq!(check_list(" , a@b.c").unwrap_err().reason, Reason::EmptyListItem { item: 1 });
        assert_eq!(check_list("a@b.c,  ,d@e.f").unwrap_err().reason, Reason::EmptyListItem { item: 2 });
        assert_eq!(check_list("a@b.c,d@e.f,").unwrap_err().reason, Reason::EmptyListItem { item: 3 });
        assert_eq!(check_list("  a@b.c  ").map_err(|e| e.reason), Ok(()));
        assert_eq!(check_list("   ").unwrap_err().reason, Reason::InvalidEmail);
        let third = check_list("a@b.c, d@e.f ,x@ ").unwrap_err().reason;
        assert_eq!(third, Reason::ListItem { item: 3, reason: Box::new(Reason::InvalidEmail) });
    }

    #[test]
    fn spaces_are_trimmed_as_str_trim_matches_does() {
        for text in ["", " ", "  ", "a", " a", "a ", "  a b  ", "é ", " é😀 ", "\u{a0}a\u{a0}"] {
            assert_eq!(trim_spaces(text), text.trim_matches(' '), "{text:?}");
        }
    }
}
