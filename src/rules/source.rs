//! `source`: empty for any, or IPv4/IPv6 addresses and CIDR blocks separated by commas or
//! spaces (`192.0.2.1, 2001:db8::/32 10.0.0.0/8`).
//!
//! ```
//! use formmirror::rules::source;
//! assert!(source::check("192.0.2.0/24, 2001:db8::1").is_ok());
//! assert!(source::check("192.0.2.0/33").is_err());
//! ```

use super::{Keywords, Rule};
use crate::{Issue, Reason};

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `invalid_format, naming the item`.
pub fn check(value: &str) -> Result<(), Issue> {
    // Addresses are ASCII, so the grammar is checked on bytes: splitting text by characters
    // decoded UTF-8 and made this rule the costliest of a whole form.
    let items = value.as_bytes().split(|&b| b == b',' || b == b' ').filter(|item| !item.is_empty());
    for (index, item) in items.enumerate() {
        if !is_address_or_block(item) {
            return Err(Issue::new(Reason::NotIpOrCidr { item: index + 1 }));
        }
    }
    Ok(())
}

fn is_address_or_block(item: &[u8]) -> bool {
    let (address, prefix) = match item.iter().position(|&b| b == b'/') {
        Some(at) => (&item[..at], Some(&item[at + 1..])),
        None => (item, None),
    };
    let max_prefix = if is_ipv4(address) {
        32
    } else if is_ipv6(address) {
        128
    } else {
        return false;
    };
    match prefix {
        None => true,
        Some(digits) => small_number(digits).is_some_and(|n| n <= max_prefix),
    }
}

// The two address grammars, as std::net accepts them (tests compare with it). Written out
// because std's parser is general and weighs more than the wasm budget can spare (README, Size).

/// Four decimal octets 0–255, without leading zeros.
fn is_ipv4(text: &[u8]) -> bool {
    let mut octets = 0;
    for part in text.split(|&b| b == b'.') {
        let leading_zero = part.len() > 1 && part.first() == Some(&b'0');
        if leading_zero || !small_number(part).is_some_and(|n| n <= 255) {
            return false;
        }
        octets += 1;
    }
    octets == 4
}

/// The value of one to three ASCII digits.
fn small_number(digits: &[u8]) -> Option<u32> {
    if !(1..=3).contains(&digits.len()) {
        return None;
    }
    digits.iter().try_fold(0, |n, &b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
}

/// Eight groups of 1–4 hex digits, at most one `::` standing for one or more zero groups, and
/// optionally an IPv4 address in place of the last two groups.
fn is_ipv6(text: &[u8]) -> bool {
    let (head, tail, compressed) = match text.windows(2).position(|pair| pair == b"::") {
        Some(at) => (&text[..at], &text[at + 2..], true),
        None => (text, &text[text.len()..], false),
    };
    let groups = |part: &[u8], may_end_in_ipv4: bool| -> Option<usize> {
        if part.is_empty() {
            return Some(0);
        }
        let mut count = 0;
        let mut pieces = part.split(|&b| b == b':').peekable();
        while let Some(piece) = pieces.next() {
            if may_end_in_ipv4 && pieces.peek().is_none() && piece.contains(&b'.') {
                if !is_ipv4(piece) {
                    return None;
                }
                count += 2;
            } else if (1..=4).contains(&piece.len()) && piece.iter().all(u8::is_ascii_hexdigit) {
                count += 1;
            } else {
                return None;
            }
        }
        Some(count)
    };
    let (Some(before), Some(after)) = (groups(head, !compressed), groups(tail, compressed)) else { return false };
    if compressed {
        before + after < 8
    } else {
        before == 8
    }
}

/// [`check`] as a table names it.
pub static RULE: Rule = Rule::new("source", check, describe);

fn describe(keywords: &mut Keywords) {
    keywords
        .pattern(r"^[0-9A-Fa-f.:/, ]*$")
        .comment("IPv4 and IPv6 addresses and CIDR blocks, separated by commas or spaces; each is checked as std::net parses it.");
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn addresses_and_blocks() {
        for ok in ["", "10.0.0.1", "10.0.0.0/8,192.0.2.1", "10.0.0.0/8 , 192.0.2.1", "::1", "2001:db8::/32", "0.0.0.0/0", "::/128"] {
            assert!(check(ok).is_ok(), "{ok:?}");
        }
        for bad in ["10.0.0", "10.0.0.256", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/+8", "localhost", "fe80::1%eth0", "1.2.3.4;5.6.7.8"] {
            assert_eq!(check(bad).unwrap_err().code.as_str(), "invalid_format", "{bad:?}");
        }
        assert_eq!(check("10.0.0.1, nope").unwrap_err().message().as_ref(), "Item 2 is not an IP address or CIDR block (such as 192.0.2.0/24).");
    }

    #[test]
    fn addresses_are_what_std_net_accepts() {
        use std::net::{Ipv4Addr, Ipv6Addr};
        let samples = [
            "0.0.0.0",
            "255.255.255.255",
            "256.0.0.1",
            "1.2.3",
            "1.2.3.4.5",
            "01.2.3.4",
            "1..3.4",
            "1.2.3.4 ",
            "+1.2.3.4",
            "1.2.3.-4",
            "::",
            "::1",
            "1::",
            "1:2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7:8:9",
            "1:2:3:4:5:6:7::",
            "::2:3:4:5:6:7:8",
            "1::8",
            "1:::8",
            "1::2::3",
            "12345::",
            "g::",
            "::ffff:192.0.2.1",
            "1:2:3:4:5:6:1.2.3.4",
            "1:2:3:4:5:6:7:1.2.3.4",
            "::1.2.3.4",
            "1.2.3.4::",
            "::1.2.3",
            "fe80::1%eth0",
            ":1:2:3:4:5:6:7",
            "1:2:3:4:5:6:7:",
            "2001:DB8::",
            "::0:0:0:0:0:0:0",
            "::0:0:0:0:0:0",
            "1:2:3:4:5:6::7",
            "0:0:0:0:0:0:0:0",
            "",
            ":",
            ":::",
            "1.2.3.4:80",
            "１.2.3.4",
            "1.2.3.٤",
            "::é",
            "é::1",
        ];
        for text in samples {
            assert_eq!(super::is_ipv4(text.as_bytes()), text.parse::<Ipv4Addr>().is_ok(), "IPv4 {text:?}");
            assert_eq!(super::is_ipv6(text.as_bytes()), text.parse::<Ipv6Addr>().is_ok(), "IPv6 {text:?}");
        }
    }
}
