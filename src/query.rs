//! `application/x-www-form-urlencoded` and query strings for servers that read flat
//! parameters: pairs separated by `&` or `;`, `+` for space, `%XX` escapes, and a repeated name
//! keeping its first value (Enswitch's CGI). Rack's nested reading is in `rack.rs`.

use crate::value::{fold_repeated_keys, Members, Repeated};
use crate::Value;
use std::borrow::Cow;

/// The decoded name–value pairs in order, as Perl's CGI.pm reads them (a leading `?`, which a
/// caller may have copied from a URL, aside): borrowed from `text` where nothing needed
/// decoding. A value that is not UTF-8 becomes [`Value::InvalidText`]; a name that is not
/// becomes U+FFFD, which names no parameter and so is reported as unknown. As in CGI.pm, text
/// with no `&`, `=` or `;` is a keyword list (`keywords` holds its first word), `%uXXXX` is a
/// character, a true `.defaults` drops every parameter, and `.submit` and `.cgifields` are
/// never parameters.
pub(crate) fn pairs(text: &str) -> Members<'_> {
    let text = text.strip_prefix('?').unwrap_or(text);
    if !text.is_empty() && !text.contains(['&', '=', ';']) {
        return keywords(text);
    }
    let mut pairs: Members<'_> = text
        .split(['&', ';'])
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = decode(raw_name).unwrap_or(Cow::Borrowed("\u{FFFD}"));
            let value = decode(raw_value).map_or(Value::InvalidText, Value::String);
            (name, value)
        })
        .collect();
    let defaults = pairs.iter().find(|(name, _)| name == ".defaults").map(|(_, value)| value);
    if defaults.is_some_and(|value| !matches!(value, Value::String(v) if v.is_empty() || v == "0")) {
        return Vec::new();
    }
    pairs.retain(|(name, _)| name != ".submit" && name != ".cgifields");
    pairs
}

/// CGI.pm's `parse_keywordlist`: the words of an `<isindex>` query, of which `keywords` gives
/// the first (empty when the text starts with white space).
fn keywords(text: &str) -> Members<'_> {
    let value = match decode(text) {
        Some(words) => {
            let first = words.split([' ', '\t', '\n', '\r', '\x0c', '\x0b']).next().unwrap_or("").to_owned();
            Value::text(first)
        }
        None => Value::InvalidText,
    };
    vec![(Cow::Borrowed("keywords"), value)]
}

/// Flat parameters where a repeated name keeps its first value; also the repeated names.
pub(crate) fn first_wins(pairs: Members<'_>) -> (Value<'_>, Vec<String>) {
    let (members, repeated) = fold_repeated_keys(pairs, Repeated::KeepFirst);
    (Value::Object(members), repeated)
}

/// Percent-decoding as CGI.pm's `unescape` does it: `+` is a space, `%XX` a byte, `%uXXXX` a
/// character (two of them a surrogate pair), and a `%` followed by anything else stays as it
/// is. Borrowed when there is nothing to decode; `None` when the result is not UTF-8.
fn decode(text: &str) -> Option<Cow<'_, str>> {
    if !text.contains(['%', '+']) {
        return Some(Cow::Borrowed(text));
    }
    String::from_utf8(percent_decode(text)).ok().map(Cow::Owned)
}

fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match byte {
            b'+' => out.push(b' '),
            b'%' => match (hex(i + 1), hex(i + 2)) {
                (Some(high), Some(low)) => {
                    out.push((high * 16 + low) as u8);
                    i += 2;
                }
                _ => match unicode_escape(bytes, i) {
                    Some((code, len)) => {
                        push_utf8(code, &mut out);
                        i += len - 1;
                    }
                    None => out.push(b'%'),
                },
            },
            _ => out.push(byte),
        }
        i += 1;
    }
    out
}

/// `%uXXXX` at `at`, or a pair `%uD8xx%uDCxx`: the code point and the length of the escape.
fn unicode_escape(bytes: &[u8], at: usize) -> Option<(u32, usize)> {
    let unit = |from: usize| -> Option<u32> {
        if bytes.get(from..from + 2)? != b"%u" {
            return None;
        }
        bytes.get(from + 2..from + 6)?.iter().try_fold(0, |code, &b| Some(code << 4 | (b as char).to_digit(16)?))
    };
    let first = unit(at)?;
    if (0xD800..0xDC00).contains(&first) {
        if let Some(second) = unit(at + 6).filter(|s| (0xDC00..0xE000).contains(s)) {
            return Some((0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), 12));
        }
    }
    Some((first, 6))
}

/// Perl's `utf8_chr`: the code point in UTF-8, a surrogate too (which then is not valid UTF-8,
/// as it is not in Perl's strict sense).
fn push_utf8(code: u32, out: &mut Vec<u8>) {
    match code {
        0..=0x7F => out.push(code as u8),
        0x80..=0x7FF => out.extend([0xC0 | (code >> 6) as u8, 0x80 | (code & 0x3F) as u8]),
        0x800..=0xFFFF => out.extend([0xE0 | (code >> 12) as u8, 0x80 | ((code >> 6) & 0x3F) as u8, 0x80 | (code & 0x3F) as u8]),
        _ => {
            out.extend([0xF0 | (code >> 18) as u8, 0x80 | ((code >> 12) & 0x3F) as u8, 0x80 | ((code >> 6) & 0x3F) as u8, 0x80 | (code & 0x3F) as u8])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_value_wins_and_escapes_decode() {
        let (params, repeated) = super::first_wins(super::pairs("?a=1;b=x+y&a=2&c=%C3%A9"));
        assert_eq!(params.to_json(), r#"{"a":"1","b":"x y","c":"é"}"#);
        assert_eq!(repeated, ["a"]);
    }

    #[test]
    fn separators_escapes_and_repeats() {
        let (params, repeated) = first_wins(pairs("a=1&&b;c=%zz%4;d=%41%2b+e=f&a=3&a=4"));
        assert_eq!(params.to_json(), r#"{"a":"1","b":"","c":"%zz%4","d":"A+ e=f"}"#);
        assert_eq!(repeated, ["a"]);
        assert_eq!(first_wins(pairs("")).0, Value::Object(vec![]));
    }

    #[test]
    fn reads_like_cgi_pm() {
        let (params, _) = first_wins(pairs("a=%u00e9%uD83D%uDE00&b=%uD800&c=%u12&=x"));
        assert_eq!(params.to_json(), r#"{"a":"é😀","b":"\ud800","c":"%u12","":"x"}"#);
        assert_eq!(first_wins(pairs("just+a%20keyword")).0.to_json(), r#"{"keywords":"just"}"#);
        assert_eq!(first_wins(pairs("a=1&.defaults=1")).0.to_json(), "{}");
        assert_eq!(first_wins(pairs("a=1&.defaults=0&.submit=go&.cgifields=a")).0.to_json(), r#"{"a":"1",".defaults":"0"}"#);
    }

    #[test]
    fn bytes_that_are_not_utf8_are_invalid_text() {
        let (params, _) = first_wins(pairs("a=%FF&b=%ED%A0%80&%FF=1"));
        assert_eq!(params.get("a"), Some(&Value::InvalidText));
        assert_eq!(params.get("b"), Some(&Value::InvalidText));
        assert_eq!(params.get("\u{FFFD}"), Some(&Value::String("1".into())));
    }
}
