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
    let comma_after = |start: usize| bytes.get(start..).and_then(|rest| rest.iter().position(|&b| b == b',')).map(|at| start + at);
    let Some(mut end) = comma_after(0) else { return check(trim_spaces(value)) };
    let mut start = 0;
    for item in 1.. {
        let address = trim_spaces(value.get(start..end).unwrap_or_default());
        if address.is_empty() {
            return Err(Issue::new(Reason::EmptyListItem { item }));
        }
        check(address).map_err(|issue| Issue::new(Reason::ListItem { item, reason: Box::new(issue.reason) }))?;
        if end == bytes.len() {
            break;
        }
        start = end + 1;
        end = comma_after(start).unwrap_or(bytes.len());
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

/// A byte's class in the grammar, looked up once per byte: whether the local part may hold it
/// (letters, digits and the symbols), and whether it is a letter or a digit.
const CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let symbols = b".!#$%&'*+/=?^_`{|}~-";
    let mut i = 0;
    while i < symbols.len() {
        class[symbols[i] as usize] = LOCAL;
        i += 1;
    }
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            class[b] = LOCAL | ALPHANUMERIC;
        }
        b += 1;
    }
    class
};
const LOCAL: u8 = 1;
const ALPHANUMERIC: u8 = 2;

/// One pass over the bytes, as the grammar is ASCII (a non-ASCII byte fails every part of
/// it): the local part, then dot-separated labels of 1–63 letters, digits and hyphens that
/// begin and end with a letter or digit.
fn is_valid_address(value: &[u8]) -> bool {
    let mut bytes = value.iter();
    let mut local_len = 0;
    loop {
        match bytes.next() {
            Some(&b) if CLASS[usize::from(b)] & LOCAL != 0 => local_len += 1,
            Some(b'@') => break,
            _ => return false,
        }
    }
    // The label so far: its length, and whether its last byte may end it.
    let (mut label_len, mut ends_well) = (0, false);
    for &b in bytes {
        let alphanumeric = CLASS[usize::from(b)] & ALPHANUMERIC != 0;
        if alphanumeric || (b == b'-' && label_len > 0) {
            if label_len == 63 {
                return false;
            }
            label_len += 1;
            ends_well = alphanumeric;
        } else if b == b'.' && label_len > 0 && ends_well {
            label_len = 0;
        } else {
            return false;
        }
    }
    local_len > 0 && label_len > 0 && ends_well
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
