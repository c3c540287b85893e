//! CSV as RFC 4180 writes it, for bulk imports: records end in CRLF or LF, fields are separated
//! by commas, and a field in double quotes may hold commas, line breaks and `""` for a quote.
//! A malformed record (a stray quote, text after a closing quote, an unterminated quote) is
//! reported for that record alone and reading goes on at the next line. Empty lines are skipped.
//!
//! ```
//! use formmirror::csv::records;
//! let rows: Vec<_> = records("a,b\r\n1,\"x, \"\"y\"\"\"\n").map(|r| r.fields.unwrap()).collect();
//! assert_eq!(rows, [vec!["a", "b"], vec!["1", "x, \"y\""]]);
//! ```

use std::borrow::Cow;

/// One record: its fields, or why it could not be read.
#[derive(Debug, PartialEq, Eq)]
pub struct Record<'a> {
    pub fields: Result<Vec<Cow<'a, str>>, &'static str>,
}

pub fn records(text: &str) -> Records<'_> {
    Records { text, pos: 0, width: 0 }
}

pub struct Records<'a> {
    text: &'a str,
    pos: usize,
    /// Fields in the last record: the next one most likely has as many, so its list is
    /// allocated once at that size instead of growing.
    width: usize,
}

impl<'a> Iterator for Records<'a> {
    type Item = Record<'a>;

    fn next(&mut self) -> Option<Record<'a>> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() && matches!(bytes[self.pos], b'\n' | b'\r') {
            self.pos += 1;
        }
        if self.pos >= bytes.len() {
            return None;
        }
        let fields = self.record();
        if fields.is_err() {
            self.skip_line();
        }
        Some(Record { fields })
    }
}

impl<'a> Records<'a> {
    fn record(&mut self) -> Result<Vec<Cow<'a, str>>, &'static str> {
        let mut fields = Vec::with_capacity(self.width);
        loop {
            fields.push(self.field()?);
            let end = match self.text.as_bytes().get(self.pos) {
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                Some(b'\r') if self.text.as_bytes().get(self.pos + 1) == Some(&b'\n') => 2,
                Some(b'\n') => 1,
                None => 0,
                Some(_) => return Err("A closing quote must be followed by a comma or the end of the line."),
            };
            self.pos += end;
            self.width = fields.len();
            return Ok(fields);
        }
    }

    fn field(&mut self) -> Result<Cow<'a, str>, &'static str> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        if bytes.get(start) != Some(&b'"') {
            let end = bytes[start..].iter().position(|b| matches!(b, b',' | b'\n' | b'\r' | b'"')).map_or(bytes.len(), |n| start + n);
            self.pos = end;
            if bytes.get(end) == Some(&b'"') {
                return Err("A quote may only appear inside a field that is quoted as a whole.");
            }
            if bytes.get(end) == Some(&b'\r') && bytes.get(end + 1) != Some(&b'\n') {
                return Err("A carriage return must be followed by a line feed.");
            }
            return Ok(Cow::Borrowed(self.text.get(start..end).unwrap_or_default()));
        }
        // Quoted: runs between quotes, with "" standing for one quote.
        let mut value: Cow<'a, str> = Cow::Borrowed("");
        let mut run_start = start + 1;
        loop {
            let Some(quote) = bytes[run_start..].iter().position(|&b| b == b'"').map(|n| run_start + n) else {
                self.pos = bytes.len();
                return Err("A quoted field is never closed.");
            };
            let run = self.text.get(run_start..quote).unwrap_or_default();
            if bytes.get(quote + 1) == Some(&b'"') {
                value.to_mut().push_str(run);
                value.to_mut().push('"');
                run_start = quote + 2;
            } else {
                if value.is_empty() {
                    value = Cow::Borrowed(run);
                } else {
                    value.to_mut().push_str(run);
                }
                self.pos = quote + 1;
                return Ok(value);
            }
        }
    }

    /// After a malformed record, reading resumes at the start of the next line.
    fn skip_line(&mut self) {
        let bytes = self.text.as_bytes();
        self.pos = bytes[self.pos.min(bytes.len())..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |n| self.pos + n + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<Result<Vec<String>, &'static str>> {
        records(text).map(|r| r.fields.map(|f| f.into_iter().map(Cow::into_owned).collect())).collect()
    }

    #[test]
    fn rfc4180() {
        assert_eq!(read("a,b,c\n1,2,3"), [Ok(vec!["a".into(), "b".into(), "c".into()]), Ok(vec!["1".into(), "2".into(), "3".into()])]);
        assert_eq!(read("\"x\ny\",\"a,b\",\"q\"\"q\"\r\n"), [Ok(vec!["x\ny".into(), "a,b".into(), "q\"q".into()])]);
        assert_eq!(read("a,,\n,\n"), [Ok(vec!["a".into(), "".into(), "".into()]), Ok(vec!["".into(), "".into()])]);
        assert_eq!(read("a\n\n\r\nb\n"), [Ok(vec!["a".into()]), Ok(vec!["b".into()])]);
        assert_eq!(read("é,\"ü\""), [Ok(vec!["é".into(), "ü".into()])]);
    }

    #[test]
    fn malformed_records_are_errors_for_that_record_only() {
        let rows = read("a,b\nx\"y,1\n\"ok\",2\n\"closed\"junk,3\nlast,4\n\"never closed,5\nlost,6");
        assert_eq!(rows.len(), 6);
        assert!(rows[1].is_err() && rows[3].is_err() && rows[5].is_err());
        assert_eq!(rows[2], Ok(vec!["ok".into(), "2".into()]));
        assert_eq!(rows[4], Ok(vec!["last".into(), "4".into()]));
        assert_eq!(read("a\rb"), [Err("A carriage return must be followed by a line feed.")]);
    }
}
