//! A small JSON reader and writer, so the wasm module carries no general serializer.
//!
//! The reader is a single forward pass (time linear in the input), nests at most
//! [`MAX_DEPTH`] levels deep, and never panics: every failure is a [`JsonError`] with the byte
//! offset, which the endpoint's envelope turns into the server's "cannot read the request"
//! answer. The writer escapes exactly like `JSON.stringify`.

use crate::value::{fold_repeated_keys, Members, Repeated};
use crate::Value;
use std::borrow::Cow;
use std::fmt;

/// Deeper nesting than any provisioning request needs; past it the request is refused rather
/// than risking the stack on `[[[[…` from a hostile paste.
pub(crate) const MAX_DEPTH: usize = 64;

/// Why a text is not JSON, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// The byte at which reading stopped.
    pub offset: usize,
    /// What was wrong there.
    pub reason: &'static str,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.reason, self.offset)
    }
}

/// Reads `text` as JSON (RFC 8259), keeping member order and number text.
///
/// # Errors
///
/// A [`JsonError`] for text that is not JSON or nests deeper than [`MAX_DEPTH`].
pub(crate) fn parse(text: &str) -> Result<Value<'_>, JsonError> {
    read(Reader { text, bytes: text.as_bytes(), pos: 0, ruby: false })
}

/// JSON as Ruby's `JSON.load` reads it (json 2.6, what Grape parses bodies with): also `NaN`,
/// `Infinity` and `-Infinity`, `/* */` and `//` comments, a backslash before any character
/// (`"\q"` is `q`); an empty text is `null`; an unpaired surrogate escape is an error.
pub(crate) fn parse_ruby(text: &str) -> Result<Value<'_>, JsonError> {
    if text.is_empty() {
        return Ok(Value::Null);
    }
    read(Reader { text, bytes: text.as_bytes(), pos: 0, ruby: true })
}

fn read(mut reader: Reader<'_>) -> Result<Value<'_>, JsonError> {
    reader.skip_space();
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.pos != reader.bytes.len() {
        return Err(reader.error("unexpected text after the JSON value"));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// Ruby's dialect: see [`parse_ruby`].
    ruby: bool,
}

impl<'a> Reader<'a> {
    fn error(&self, reason: &'static str) -> JsonError {
        JsonError { offset: self.pos, reason }
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Most JSON a program writes has no space between tokens: one look at the next byte, here
    /// where the reader calls it, settles that.
    #[inline]
    fn skip_space(&mut self) {
        if matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r' | b'/')) {
            self.skip_space_and_comments();
        }
    }

    fn skip_space_and_comments(&mut self) {
        loop {
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                self.pos += 1;
            }
            if !self.ruby || self.peek() != Some(b'/') {
                return;
            }
            let rest = &self.bytes[self.pos..];
            let skipped = if rest.starts_with(b"/*") {
                rest[2..].windows(2).position(|w| w == b"*/").map(|end| end + 4)
            } else if rest.starts_with(b"//") {
                Some(rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len()))
            } else {
                None
            };
            match skipped {
                Some(len) => self.pos += len,
                // Not a comment: the caller finds an unexpected character here.
                None => return,
            }
        }
    }

    fn expect_word(&mut self, word: &'static [u8], value: Value<'a>) -> Result<Value<'a>, JsonError> {
        if self.bytes[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("unexpected character"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, JsonError> {
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => Ok(self.string()?.map_or(Value::InvalidText, Value::String)),
            Some(b't') => self.expect_word(b"true", Value::Bool(true)),
            Some(b'f') => self.expect_word(b"false", Value::Bool(false)),
            Some(b'n') => self.expect_word(b"null", Value::Null),
            Some(b'N') if self.ruby => self.expect_word(b"NaN", Value::Number(Cow::Borrowed("NaN"))),
            Some(b'I') if self.ruby => self.expect_word(b"Infinity", Value::Number(Cow::Borrowed("Infinity"))),
            Some(b'-') if self.ruby && self.bytes[self.pos..].starts_with(b"-Infinity") => {
                self.expect_word(b"-Infinity", Value::Number(Cow::Borrowed("-Infinity")))
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("unexpected character")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value<'a>, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.pos += 1;
        let mut members: Members<'a> = Vec::with_capacity(8);
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a member name in double quotes"));
            }
            // A key that is not valid Unicode cannot name a known field; U+FFFD keeps it visible
            // as an unknown parameter instead of failing the whole request.
            let key = self.string()?.unwrap_or(Cow::Borrowed("\u{FFFD}"));
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error("expected ':' after a member name"));
            }
            self.pos += 1;
            self.skip_space();
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(fold_repeated_keys(members, Repeated::KeepLast).0));
                }
                _ => return Err(self.error("expected ',' or '}' in an object")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value<'a>, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("expected ',' or ']' in a list")),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Value<'a>, JsonError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        let int_digits = self.digits();
        if int_digits == 0 {
            return Err(self.error("expected a digit"));
        }
        if int_digits > 1 && self.bytes[int_start] == b'0' {
            return Err(JsonError { offset: int_start, reason: "a number may not start with 0" });
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error("expected a digit after '.'"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("expected a digit in the exponent"));
            }
        }
        // The slice is ASCII by construction, so it falls on character boundaries.
        Ok(Value::Number(Cow::Borrowed(self.text.get(start..self.pos).unwrap_or("0"))))
    }

    fn hex4(&mut self) -> Result<u16, JsonError> {
        let mut code: u16 = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return Err(self.error("expected four hex digits after \\u")),
            };
            code = code << 4 | u16::from(digit);
            self.pos += 1;
        }
        Ok(code)
    }

    /// A string literal, borrowed from the input unless it has escapes; `Ok(None)` when it held
    /// an unpaired surrogate escape.
    fn string(&mut self) -> Result<Option<Cow<'a, str>>, JsonError> {
        let start = self.pos + 1;
        let end = start + plain_prefix(self.bytes.get(start..).unwrap_or_default());
        if self.bytes.get(end) == Some(&b'"') {
            // Most strings have no escapes: no copy at all. The run ends on an ASCII byte, so
            // slicing the input text there needs no UTF-8 check.
            self.pos = end + 1;
            return Ok(Some(Cow::Borrowed(self.text.get(start..end).unwrap_or("\u{FFFD}"))));
        }
        self.pos = start;
        self.escaped_string()
    }

    /// The rest of a string literal that has escapes (or no end), copied run by run.
    fn escaped_string(&mut self) -> Result<Option<Cow<'a, str>>, JsonError> {
        let mut out = String::new();
        let mut well_formed = true;
        loop {
            let run_start = self.pos;
            self.pos = run_start + plain_prefix(self.bytes.get(run_start..).unwrap_or_default());
            // Runs end on ASCII bytes, so slicing the input text there needs no UTF-8 check.
            out.push_str(self.text.get(run_start..self.pos).unwrap_or("\u{FFFD}"));
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(well_formed.then_some(Cow::Owned(out)));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escape = self.peek().ok_or_else(|| self.error("unterminated string"))?;
                    self.pos += 1;
                    match escape {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => match self.unicode_escape()? {
                            Some(c) => out.push(c),
                            None if self.ruby => return Err(self.error("unpaired surrogate")),
                            None => well_formed = false,
                        },
                        // Ruby keeps the character after any other backslash; the byte is
                        // ASCII or starts a character, which the next run copies whole.
                        other if self.ruby && other >= 0x20 => {
                            if other.is_ascii() {
                                out.push(char::from(other));
                            } else {
                                self.pos -= 1;
                            }
                        }
                        _ => return Err(JsonError { offset: self.pos - 1, reason: "unknown escape" }),
                    }
                }
                Some(_) => return Err(self.error("control character in a string")),
            }
        }
    }

    /// The character after `\u`, joining a surrogate pair; `None` for an unpaired surrogate.
    fn unicode_escape(&mut self) -> Result<Option<char>, JsonError> {
        let first = self.hex4()?;
        match first {
            0xD800..=0xDBFF => {
                if self.bytes[self.pos..].starts_with(b"\\u") {
                    let save = self.pos;
                    self.pos += 2;
                    let second = self.hex4()?;
                    if (0xDC00..=0xDFFF).contains(&second) {
                        let code = 0x10000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(second) - 0xDC00);
                        return Ok(char::from_u32(code));
                    }
                    // Not a low surrogate: leave it to be read as its own escape.
                    self.pos = save;
                }
                Ok(None)
            }
            0xDC00..=0xDFFF => Ok(None),
            _ => Ok(char::from_u32(u32::from(first))),
        }
    }
}

/// Writes `value` as JSON text to `out`, numbers as they were sent.
pub(crate) fn write(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        // Written as an unpaired surrogate escape, which reads back as `InvalidText`: a request
        // passed on as JSON keeps its flaw, as `JSON.stringify` keeps a lone surrogate.
        Value::InvalidText => out.push_str("\"\\ud800\""),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(text) => out.push_str(text),
        Value::String(s) => write_str(s, out),
        Value::Array(items) => {
            out.push_str("[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(",");
                }
                write(item, out);
            }
            out.push_str("]");
        }
        Value::Object(members) => {
            out.push_str("{");
            for (i, (key, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push_str(",");
                }
                write_str(key, out);
                out.push_str(":");
                write(item, out);
            }
            out.push_str("}");
        }
    }
}

/// An integer in decimal, without going through `core::fmt`.
pub(crate) fn write_int(n: i64, out: &mut String) {
    if n < 0 {
        out.push_str("-");
    }
    let mut digits = [0u8; 20];
    let mut rest = n.unsigned_abs();
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&digits[at..]).unwrap_or_default());
}

/// A string literal escaped exactly as `JSON.stringify` escapes it. Text between the bytes
/// that need escaping is copied in runs.
pub(crate) fn write_str(s: &str, out: &mut String) {
    out.push_str("\"");
    let bytes = s.as_bytes();
    let mut run_start = 0;
    loop {
        let at = run_start + plain_prefix(bytes.get(run_start..).unwrap_or_default());
        // The bytes that need escaping are ASCII, so the runs end on character boundaries.
        out.push_str(s.get(run_start..at).unwrap_or_default());
        let Some(&byte) = bytes.get(at) else { break };
        run_start = at + 1;
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x0c => "\\f",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 15)]));
                continue;
            }
        };
        out.push_str(escape);
    }
    out.push_str("\"");
}

/// How many bytes at the start of `bytes` a JSON string holds as they are: up to the first
/// `"`, `\\` or control character. A table lookup per byte rather than three comparisons: the
/// reader and the writer spend most of their time here. (Eight bytes at a time with word
/// arithmetic measured no faster: form values are too short.)
fn plain_prefix(bytes: &[u8]) -> usize {
    bytes.iter().position(|&b| NEEDS_ESCAPE[usize::from(b)]).unwrap_or(bytes.len())
}

/// The bytes a JSON string cannot hold as they are.
static NEEDS_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = true;
        byte += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

// Value's JSON methods live here, with the reader and writer, so that value.rs needs no JSON.
impl<'a> Value<'a> {
    /// Parses JSON text (RFC 8259) into a value: one forward pass, at most 64 levels deep,
    /// member order and number text kept as sent, lone surrogates marked.
    ///
    /// # Errors
    ///
    /// A [`JsonError`] with the byte offset where the text stops being JSON.
    pub fn parse_json(text: &'a str) -> Result<Value<'a>, JsonError> {
        parse(text)
    }

    /// Compact JSON text, escaped exactly as JavaScript's `JSON.stringify` escapes it, so that
    /// `JSON.stringify(JSON.parse(text)) === text` holds for every answer body.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        write(self, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_back() {
        let v = super::parse(r#"{"a":[1,"x\u00e9"]}"#).unwrap();
        assert_eq!(v.to_json(), "{\"a\":[1,\"xé\"]}");
    }

    #[test]
    fn keeps_member_order_and_number_text() {
        let v = parse(r#" {"b": 1.50, "a": [true, null, -0]} "#).unwrap();
        assert_eq!(v.to_json(), r#"{"b":1.50,"a":[true,null,-0]}"#);
    }

    #[test]
    fn repeated_keys_behave_like_json_parse() {
        let v = parse(r#"{"a":1,"b":2,"a":3,"c":4,"a":5}"#).unwrap();
        assert_eq!(v.to_json(), r#"{"a":5,"b":2,"c":4}"#);
    }

    #[test]
    fn unpaired_surrogates_become_invalid_text() {
        assert_eq!(parse(r#""\ud800""#).unwrap(), Value::InvalidText);
        assert_eq!(parse(r#""\udc00x""#).unwrap(), Value::InvalidText);
        assert_eq!(parse(r#""\ud800\u0041""#).unwrap(), Value::InvalidText);
        assert_eq!(parse(r#""\ud83d\ude00""#).unwrap(), Value::from("😀"));
    }

    #[test]
    fn rejects_malformed_text_with_an_offset() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"a\nb\"", "tru", "{} x", "\"\\x\"", "-"] {
            assert!(parse(bad).is_err(), "{bad:?} should be rejected");
        }
        assert_eq!(parse("[1, ?]").unwrap_err().offset, 4);
    }

    #[test]
    fn refuses_deep_nesting_without_recursing_further() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().reason, "nested too deeply");
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn plain_prefix_stops_at_the_first_byte_to_escape() {
        for len in 0..4 {
            for stop in [b'"', b'\\', 0x00, 0x1f] {
                let mut text = "é".repeat(len).into_bytes();
                assert_eq!(plain_prefix(&text), text.len());
                for at in 0..text.len() {
                    let saved = text[at];
                    text[at] = stop;
                    assert_eq!(plain_prefix(&text), at);
                    text[at] = saved;
                }
            }
        }
        // Bytes next to the three, and bytes with the high bit set, are plain.
        assert_eq!(plain_prefix(b" !#[]~\x7f\xff\x21\x23\x5b\x5d"), 12);
    }

    #[test]
    fn writes_integers() {
        for n in [0, 7, -7, 201, -32_602, i64::MAX, i64::MIN] {
            let mut out = String::new();
            write_int(n, &mut out);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn writes_like_json_stringify() {
        let mut out = String::new();
        write_str("a\"b\\c\u{1}\u{7f}é\n/", &mut out);
        assert_eq!(out, "\"a\\\"b\\\\c\\u0001\u{7f}é\\n/\"");
    }
}
