//! `source`: empty for any, or IPv4/IPv6 addresses and CIDR blocks separated by commas or
//! spaces (`192.0.2.1, 2001:db8::/32 10.0.0.0/8`).
//!
//! ```
//! use formmirror::rules::source;
//! assert!(source::check("192.0.2.0/24, 2001:db8::1").is_ok());
//! assert!(source::check("192.0.2.0/33").is_err());
//! ```

use crate::{Code, Issue};
use std::net::IpAddr;

pub fn check(value: &str) -> Result<(), Issue> {
    let items = value.split([',', ' ']).filter(|item| !item.is_empty());
    for (index, item) in items.enumerate() {
        if !is_address_or_block(item) {
            return Err(Issue::new(
                Code::InvalidFormat,
                format!("Item {} is not an IP address or CIDR block (such as 192.0.2.0/24).", index + 1),
            ));
        }
    }
    Ok(())
}

fn is_address_or_block(item: &str) -> bool {
    let (address, prefix) = match item.split_once('/') {
        Some((address, prefix)) => (address, Some(prefix)),
        None => (item, None),
    };
    let Ok(address) = address.parse::<IpAddr>() else { return false };
    let max_prefix = if address.is_ipv4() { 32 } else { 128 };
    match prefix {
        None => true,
        Some(p) => {
            (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()) && p.parse::<u8>().is_ok_and(|n| n <= max_prefix)
        }
    }
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
        assert_eq!(check("10.0.0.1, nope").unwrap_err().message.as_ref(), "Item 2 is not an IP address or CIDR block (such as 192.0.2.0/24).");
    }
}
