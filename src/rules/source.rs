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

/// Four decimal octets 0–255, without leading zeros, read in one pass.
fn is_ipv4(text: &[u8]) -> bool {
    // The dots so far, and the octet being read: its value and its digits.
    let (mut dots, mut octet, mut digits) = (0, 0u32, 0);
    for &b in text {
        match b {
            b'.' if digits > 0 && dots < 3 && octet <= 255 => (dots, octet, digits) = (dots + 1, 0, 0),
            // A second digit after a leading 0 is a leading zero.
            b'0'..=b'9' if digits < 3 && !(digits == 1 && octet == 0) => {
                octet = octet * 10 + u32::from(b - b'0');
                digits += 1;
            }
            _ => return false,
        }
    }
    dots == 3 && digits > 0 && octet <= 255
}

/// The value of one to three ASCII digits.
fn small_number(digits: &[u8]) -> Option<u32> {
    if !(1..=3).contains(&digits.len()) {
        return None;
    }
    digits.iter().try_fold(0, |n, &b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
}

/// Eight groups of 1–4 hex digits, at most one `::` standing for one or more zero groups, and
/// optionally an IPv4 address in place of the last two groups; one group at a time, in order.
fn is_ipv6(text: &[u8]) -> bool {
    // Groups written out (an IPv4 address counts two), whether `::` came, where the next begins.
    let (mut groups, mut compressed, mut at) = (0, false, 0);
    if text.starts_with(b"::") {
        if text.len() == 2 {
            return true;
        }
        (compressed, at) = (true, 2);
    }
    loop {
        let Some(rest) = text.get(at..) else { return false };
        let (group, last) = match rest.iter().position(|&b| b == b':') {
            Some(len) => (&rest[..len], false),
            None => (rest, true),
        };
        if last && group.contains(&b'.') {
            if !is_ipv4(group) {
                return false;
            }
            groups += 2;
        } else if (1..=4).contains(&group.len()) && group.iter().all(u8::is_ascii_hexdigit) {
            groups += 1;
        } else {
            return false;
        }
        if last {
            break;
        }
        at += group.len() + 1;
        match text.get(at) {
            // A `:` that ends the text, or a second `::`.
            None => return false,
            Some(b':') if compressed => return false,
            Some(b':') => {
                compressed = true;
                at += 1;
                if at == text.len() {
                    break;
                }
            }
            Some(_) => {}
        }
    }
    if compressed {
        groups < 8
    } else {
        groups == 8
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
            "1.2.3.04",
            "00.1.2.3",
            "255.255.255.256",
            "999.1.1.1",
            "1.2.3.4.",
            ".1.2.3",
            "1.2.3.",
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

    /// xorshift32 from a fixed seed.
    fn generator() -> impl FnMut() -> u32 {
        let mut state = 0x2545_f491_u32;
        move || {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state
        }
    }

    #[test]
    fn ipv6_addresses_are_what_std_net_accepts_among_generated_ones() {
        // Groups good and bad joined by `:` or `::`, with colons before and after at times.
        const GROUPS: &[&str] = &["", "0", "1", "ab", "fFf", "ffff", "12345", "g", "1.2.3.4", "1.2.3", "255.0.0.256", " "];
        const JOINS: &[&str] = &[":", ":", ":", "::", ":::"];
        let mut next = generator();
        let mut accepted = 0;
        for _ in 0..200_000 {
            let mut text = String::from(["", "", "", ":", "::"][(next() % 5) as usize]);
            let groups = next() % 10;
            for i in 0..groups {
                if i > 0 {
                    text.push_str(JOINS[(next() % 5) as usize]);
                }
                text.push_str(GROUPS[(next() as usize) % GROUPS.len()]);
            }
            text.push_str(["", "", "", ":", "::"][(next() % 5) as usize]);
            let expected = text.parse::<std::net::Ipv6Addr>().is_ok();
            assert_eq!(super::is_ipv6(text.as_bytes()), expected, "{text:?}");
            accepted += usize::from(expected);
        }
        assert!(accepted > 1000, "too few valid addresses generated: {accepted}");
    }

    #[test]
    fn ipv4_addresses_are_what_std_net_accepts_among_generated_ones() {
        // Digits and dots in every arrangement up to 16 bytes.
        let mut next = generator();
        let mut accepted = 0;
        for _ in 0..200_000 {
            let len = next() % 17;
            let text: String = (0..len).map(|_| b"0123456789...25"[(next() % 15) as usize] as char).collect();
            let expected = text.parse::<std::net::Ipv4Addr>().is_ok();
            assert_eq!(super::is_ipv4(text.as_bytes()), expected, "{text:?}");
            accepted += usize::from(expected);
        }
        assert!(accepted > 100, "too few valid addresses generated: {accepted}");
    }
}
