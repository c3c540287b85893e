//! `public_key`: empty, or an ASCII-armored OpenPGP public key block (RFC 4880 §6): the
//! `BEGIN PGP PUBLIC KEY BLOCK` line, optional `Name: value` headers and a blank line, a
//! radix-64 body that decodes to OpenPGP packets whose lengths add up to the data, the first a
//! public-key packet, an optional `=XXXX` CRC-24 checksum that must match, and the `END` line.
//! A line lost in copying breaks the checksum; a key cut short and armored again keeps a
//! matching checksum but not packet lengths that add up, and GnuPG refuses both.
//!
//! ```
//! use formmirror::rules::pgp_key;
//! assert!(pgp_key::check("").is_ok());
//! assert_eq!(pgp_key::check("ssh-ed25519 AAAA…").unwrap_err().code.as_str(), "invalid_format");
//! ```

use super::{Keywords, Rule};
use crate::reason::{PgpProblem, Reason};
use crate::Issue;

const BEGIN: &str = "-----BEGIN PGP PUBLIC KEY BLOCK-----";
const END: &str = "-----END PGP PUBLIC KEY BLOCK-----";
/// The OpenPGP packet tag of a public key (RFC 4880 §5.5.1.1).
const PUBLIC_KEY_TAG: u8 = 6;

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `invalid_format, saying what is wrong with the block`.
pub fn check(value: &str) -> Result<(), Issue> {
    if value.trim().is_empty() {
        return Ok(());
    }
    let invalid = |problem: PgpProblem| Err(Issue::new(Reason::PgpKey { problem }));
    // Blank lines around the block are fine; as for GnuPG, the BEGIN line starts its line.
    let mut lines = value.lines().map(|line| line.trim_end()).skip_while(|line| line.is_empty());
    match lines.next() {
        Some(BEGIN) => {}
        Some(line) if line.starts_with("-----BEGIN PGP PRIVATE KEY BLOCK") => return invalid(PgpProblem::PrivateKey),
        _ => return invalid(PgpProblem::NotArmored),
    }
    // Armor headers ("Version: …", "Comment: …") end at the first blank line.
    let mut body_lines = Vec::new();
    let mut in_headers = true;
    let mut checksum = None;
    let mut ended = false;
    for line in lines.by_ref() {
        if in_headers {
            in_headers = false;
            if line.is_empty() {
                continue;
            }
            if is_header(line) {
                in_headers = true;
                continue;
            }
        }
        if line == END {
            ended = true;
            break;
        }
        if checksum.is_some() {
            return invalid(PgpProblem::AfterChecksum);
        }
        match line.strip_prefix('=') {
            Some(crc) if !body_lines.is_empty() => checksum = Some(crc),
            _ => body_lines.push(line),
        }
    }
    if !ended {
        return invalid(PgpProblem::NoEnd);
    }
    if lines.any(|line| !line.is_empty()) {
        return invalid(PgpProblem::AfterEnd);
    }
    let Some(data) = decode_radix64(&body_lines.concat()) else {
        return invalid(PgpProblem::NotRadix64);
    };
    if let Some(crc) = checksum {
        match decode_radix64(crc) {
            Some(bytes) if bytes.len() == 3 => {
                let expected = u32::from(bytes[0]) << 16 | u32::from(bytes[1]) << 8 | u32::from(bytes[2]);
                if crc24(&data) != expected {
                    return invalid(PgpProblem::ChecksumMismatch);
                }
            }
            _ => return invalid(PgpProblem::ChecksumLine),
        }
    }
    if packet_tag(&data) != Some(PUBLIC_KEY_TAG) {
        return invalid(PgpProblem::NotPublicKey);
    }
    if !packets_fill(&data) {
        return invalid(PgpProblem::CutShort);
    }
    Ok(())
}

/// True when the data is a sequence of whole packets (RFC 4880 §4.2): each header's length
/// leads exactly to the next header, and the last packet ends with the data.
fn packets_fill(data: &[u8]) -> bool {
    let mut at = 0;
    while at < data.len() {
        match packet_span(&data[at..]) {
            Some(len) if len <= data.len() - at => at += len,
            _ => return false,
        }
    }
    true
}

/// The length of the packet at the start of `data`, header included, from its header alone;
/// `None` when the header itself is cut short or is not a packet header.
fn packet_span(data: &[u8]) -> Option<usize> {
    let first = *data.first()?;
    let byte = |i: usize| data.get(i).map(|&b| b as usize);
    match first & 0xC0 {
        // New format: one-, two- or five-octet lengths; partial lengths chain body parts.
        0xC0 => {
            let mut at = 1;
            loop {
                let (header, body, partial) = match byte(at)? {
                    len @ 0..=191 => (1, len, false),
                    192..=223 => (2, ((byte(at)? - 192) << 8) + byte(at + 1)? + 192, false),
                    255 => (5, (byte(at + 1)? << 24) | (byte(at + 2)? << 16) | (byte(at + 3)? << 8) | byte(at + 4)?, false),
                    power => (1, 1usize << (power & 0x1F), true),
                };
                at = at.checked_add(header)?.checked_add(body)?;
                if !partial {
                    return Some(at);
                }
            }
        }
        // Old format: the length type in the low two bits; 3 means "to the end of the data".
        0x80 => match first & 0x03 {
            0 => Some(2 + byte(1)?),
            1 => Some(3 + ((byte(1)? << 8) | byte(2)?)),
            2 => 5usize.checked_add((byte(1)? << 24) | (byte(2)? << 16) | (byte(3)? << 8) | byte(4)?),
            _ => Some(data.len()),
        },
        _ => None,
    }
}

fn is_header(line: &str) -> bool {
    // "Name: value". Single-character patterns here and elsewhere: a string pattern such as
    // ": " pulls a substring searcher of 4 KB into the wasm.
    line.split_once(':').is_some_and(|(name, value)| {
        !name.is_empty() && (value.is_empty() || value.starts_with(' ')) && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    })
}

/// The tag of the first packet, in either the old or the new packet format.
fn packet_tag(data: &[u8]) -> Option<u8> {
    let first = *data.first()?;
    match first & 0xC0 {
        0xC0 => Some(first & 0x3F),
        0x80 => Some((first >> 2) & 0x0F),
        _ => None,
    }
}

fn radix64_value(b: u8) -> Option<u32> {
    Some(match b {
        b'A'..=b'Z' => b - b'A',
        b'a'..=b'z' => b - b'a' + 26,
        b'0'..=b'9' => b - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// Standard base64 with `=` padding to a multiple of four; `None` when malformed.
fn decode_radix64(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if bytes.is_empty() || bytes.len() % 4 != 0 {
        return None;
    }
    let padding = bytes.iter().rev().take_while(|&&b| b == b'=').count();
    if padding > 2 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (index, chunk) in bytes.chunks(4).enumerate() {
        let last = index == bytes.len() / 4 - 1;
        let pad = if last { padding } else { 0 };
        let mut group = 0u32;
        for &b in &chunk[..4 - pad] {
            group = group << 6 | radix64_value(b)?;
        }
        group <<= 6 * pad as u32;
        let decoded = [(group >> 16) as u8, (group >> 8) as u8, group as u8];
        out.extend_from_slice(&decoded[..3 - pad]);
    }
    Some(out)
}

/// CRC-24 as RFC 4880 §6.1 defines it.
fn crc24(data: &[u8]) -> u32 {
    const INIT: u32 = 0xB7_04CE;
    const POLY: u32 = 0x186_4CFB;
    let mut crc = INIT;
    for &byte in data {
        crc ^= u32::from(byte) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x100_0000 != 0 {
                crc ^= POLY;
            }
        }
    }
    crc & 0xFF_FFFF
}

/// [`check`] as a table names it.
pub static RULE: Rule = Rule::new("pgp_key", check, describe);

fn describe(keywords: &mut Keywords) {
    keywords
        .media_type("application/pgp-keys")
        .comment("Empty, or an ASCII-armored OpenPGP public key block whose checksum and packets GnuPG would accept.");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Armors `data` as RFC 4880 does, so tests can build keys with known bytes.
    fn armor(data: &[u8], with_checksum: bool) -> String {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let encode = |bytes: &[u8]| {
            let mut out = String::new();
            for chunk in bytes.chunks(3) {
                let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &b)| acc | u32::from(b) << (16 - 8 * i));
                for i in 0..4 {
                    out.push(if i <= chunk.len() { ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
                }
            }
            out
        };
        let crc = crc24(data);
        let body = encode(data);
        let lines: Vec<&str> = body.as_bytes().chunks(64).map(|c| std::str::from_utf8(c).unwrap()).collect();
        let mut text = format!("{BEGIN}\nComment: test\n\n{}\n", lines.join("\n"));
        if with_checksum {
            text.push_str(&format!("={}\n", encode(&[(crc >> 16) as u8, (crc >> 8) as u8, crc as u8])));
        }
        text.push_str(END);
        text
    }

    fn public_key_packet() -> Vec<u8> {
        let mut data = vec![0x99, 0x00, 0x60, 0x04];
        data.extend((0..0x5F).map(|i| i as u8));
        data
    }

    #[test]
    fn packet_lengths_must_add_up() {
        let key = public_key_packet();
        assert!(packets_fill(&key));
        // A user id packet after it (old format, one-octet length), then the same cut short.
        let whole = [&key[..], &[0xB4, 3, b'a', b'b', b'c']].concat();
        assert!(packets_fill(&whole));
        assert!(!packets_fill(&whole[..whole.len() - 1]));
        assert!(!packets_fill(&key[..40]));
        let message = check(&armor(&key[..40], true)).unwrap_err().message();
        assert!(message.contains("cut short"), "{message}");
        // New format: two-octet length (192 + 8 = 200 octets), and a five-octet one.
        let two = [&[0xC6u8, 192, 8][..], &[4u8; 200]].concat();
        assert!(packets_fill(&two) && !packets_fill(&two[..150]));
        let five = [&[0xC6u8, 255, 0, 0, 0, 3][..], &[4, 1, 2]].concat();
        assert!(packets_fill(&five) && !packets_fill(&[0xC6, 255, 0, 0]));
        // Partial lengths: a 2-octet part (0xE1), then a final 1-octet length.
        assert!(packets_fill(&[0xC6, 0xE1, 4, 1, 1, 9]));
        assert!(!packets_fill(&[0xC6, 0xE1, 4, 1, 2, 9]));
    }

    #[test]
    fn an_empty_header_value_is_a_header() {
        let key = armor(&public_key_packet(), true).replace("Comment: test", "Comment:");
        assert_eq!(check(&key), Ok(()));
    }

    #[test]
    fn crc24_known_answer() {
        // RFC 4880's CRC-24 of the empty input is its initial value; "123456789" is the usual check input.
        assert_eq!(crc24(b""), 0xB704CE);
        assert_eq!(crc24(b"123456789"), 0x21CF02);
    }

    #[test]
    fn accepts_armored_public_keys() {
        let key = armor(&public_key_packet(), true);
        assert_eq!(check(&key), Ok(()));
        assert_eq!(check(&armor(&public_key_packet(), false)), Ok(()));
        assert_eq!(check(&key.replace('\n', "\r\n")), Ok(()));
        assert_eq!(check(&format!("\n\n{key}\n \n")), Ok(()));
        assert!(check(&format!("  {key}")).is_err());
        let new_format = [&[0xC6u8, 0x03][..], &[4, 1, 2]].concat();
        assert_eq!(check(&armor(&new_format, true)), Ok(()));
    }

    #[test]
    fn rejects_damage() {
        let key = armor(&public_key_packet(), true);
        let flipped = {
            let at = key.find("\n\n").unwrap() + 10;
            let mut bytes = key.clone().into_bytes();
            bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
            String::from_utf8(bytes).unwrap()
        };
        let message = |v: &str| check(v).unwrap_err().message().into_owned();
        assert!(message(&flipped).contains("checksum does not match"));
        assert!(message(&key.replace(END, "")).contains("no -----END"));
        assert!(message(&key.replace("BEGIN PGP PUBLIC", "BEGIN PGP PRIVATE")).contains("private key"));
        assert!(message(&format!("{key}\nmore")).contains("follow the END"));
        assert!(message(&key.replacen("\n\n", "\n\n!", 1)).contains("radix-64"));
        let secret_key_packet = [0x95u8, 0x01, 0x00];
        assert!(message(&armor(&secret_key_packet, true)).contains("public-key packet"));
        assert!(message("ssh-rsa AAAAB3Nza").contains("ASCII-armored"));
    }

    #[test]
    fn radix64_padding() {
        assert_eq!(decode_radix64("TWFu"), Some(b"Man".to_vec()));
        assert_eq!(decode_radix64("TWE="), Some(b"Ma".to_vec()));
        assert_eq!(decode_radix64("TQ=="), Some(b"M".to_vec()));
        for bad in ["", "TQ", "T===", "TQ==TWFu", "TW-u"] {
            assert_eq!(decode_radix64(bad), None, "{bad:?}");
        }
    }
}
