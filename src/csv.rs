//! CSV as RFC 4180 writes it, for bulk imports: records end in CRLF or LF, fields are separated
//! by commas, and a field in double quotes may hold commas, line breaks and `""` for a quote.
//! A malformed record (a stray quote, text after a closing quote, an unterminated quote) is
//! reported for that record alone: it is its first line and every line after it that does not
//! parse as a record either, and reading goes on at the first line that does, so one bad quote
//! cannot swallow the rest of a file. Each record says which lines of the file it spans. Empty
//! lines are skipped.

use crate::tables::{lines, Lines};
use std::borrow::Cow;

/// What is wrong with a CSV record, for `Reason::Csv` and `Reason::CsvHeader`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CsvProblem {
    /// A closing quote followed by something other than a comma or the line's end.
    AfterClosingQuote,
    /// A quote inside a field that is not quoted as a whole.
    StrayQuote,
    /// A carriage return without a line feed.
    BareCarriageReturn,
    /// A quoted field never closed.
    UnclosedQuote,
}

impl CsvProblem {
    /// The id the JavaScript API gives it.
    pub fn id(self) -> &'static str {
        CSV_PROBLEM_IDS.get(self as usize)
    }
}

/// The ids of [`CsvProblem`], a line each, in declaration order.
static CSV_PROBLEM_IDS: Lines = lines!("after_closing_quote\nstray_quote\nbare_carriage_return\nunclosed_quote\n");

/// One record: its fields, or why it could not be read; and its first and last line in the
/// text, counted from 1.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Record<'a> {
    /// The fields, or why the record could not be read.
    pub fields: Result<Vec<Cow<'a, str>>, CsvProblem>,
    /// Its first and last line in the text, counted from 1.
    pub lines: (usize, usize),
}

/// The records of `text`, in order.
pub(crate) fn records(text: &str) -> Records<'_> {
    Records {
        text,
        pos: 0,
        line: 1,
        width: 0,
        #[cfg(not(target_arch = "wasm32"))]
        reach: 0,
    }
}

/// The records of a CSV text, read one at a time; made by [`records`].
pub(crate) struct Records<'a> {
    text: &'a str,
    pos: usize,
    /// The line `pos` is on.
    line: usize,
    /// Fields in the last record: the next one most likely has as many, so its list is
    /// allocated once at that size instead of growing.
    width: usize,
    /// The furthest place any parse has looked at: a record is settled by the text up to there.
    #[cfg(not(target_arch = "wasm32"))]
    reach: usize,
}

impl<'a> Iterator for Records<'a> {
    type Item = Record<'a>;

    fn next(&mut self) -> Option<Record<'a>> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() && matches!(bytes[self.pos], b'\n' | b'\r') {
            self.line += usize::from(bytes[self.pos] == b'\n');
            self.pos += 1;
        }
        if self.pos >= bytes.len() {
            return None;
        }
        let (start, first_line) = (self.pos, self.line);
        let fields = self.record();
        #[cfg(not(target_arch = "wasm32"))]
        self.note_reach(fields.is_ok());
        match fields {
            Ok(_) => self.count_lines(start),
            Err(_) => {
                self.resynchronise(start);
                // It stopped on the byte at `pos`, or at the end, where more text may follow.
                #[cfg(not(target_arch = "wasm32"))]
                {
                    self.reach = self.reach.max(self.pos + 1);
                }
            }
        }
        // A record ends with its line break, which puts `line` on the next line.
        let last_line = if self.pos > start && bytes.get(self.pos - 1) == Some(&b'\n') { self.line - 1 } else { self.line };
        Some(Record { fields, lines: (first_line, last_line) })
    }
}

impl<'a> Records<'a> {
    /// Where the next record starts, in bytes.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn position(&self) -> usize {
        self.pos
    }

    /// One past the furthest byte the records read so far depended on, and past the end of the
    /// text when they depend on what may follow it: text appended after it cannot change them.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn reach(&self) -> usize {
        self.reach
    }

    /// Records how far a parse that stopped at `pos` looked: a record read whole ends after its
    /// line break (or at the end, which more text would continue); a failed one looked at the
    /// byte at `pos` and, for a carriage return, the one after it.
    #[cfg(not(target_arch = "wasm32"))]
    fn note_reach(&mut self, parsed: bool) {
        let looked = if parsed && self.pos < self.text.len() { self.pos } else { self.pos + 2 };
        self.reach = self.reach.max(looked);
    }

    fn record(&mut self) -> Result<Vec<Cow<'a, str>>, CsvProblem> {
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
                Some(_) => return Err(CsvProblem::AfterClosingQuote),
            };
            self.pos += end;
            self.width = fields.len();
            return Ok(fields);
        }
    }

    fn field(&mut self) -> Result<Cow<'a, str>, CsvProblem> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        if bytes.get(start) != Some(&b'"') {
            let end = bytes[start..].iter().position(|b| matches!(b, b',' | b'\n' | b'\r' | b'"')).map_or(bytes.len(), |n| start + n);
            self.pos = end;
            if bytes.get(end) == Some(&b'"') {
                return Err(CsvProblem::StrayQuote);
            }
            if bytes.get(end) == Some(&b'\r') && bytes.get(end + 1) != Some(&b'\n') {
                return Err(CsvProblem::BareCarriageReturn);
            }
            return Ok(Cow::Borrowed(self.text.get(start..end).unwrap_or_default()));
        }
        // Quoted: runs between quotes, with "" standing for one quote.
        let mut value: Cow<'a, str> = Cow::Borrowed("");
        let mut run_start = start + 1;
        loop {
            let Some(quote) = bytes[run_start..].iter().position(|&b| b == b'"').map(|n| run_start + n) else {
                self.pos = bytes.len();
                return Err(CsvProblem::UnclosedQuote);
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

    /// After a malformed record that began at `start`: skips its first line, then every line
    /// that does not parse as a record either, and stops at the first that does (or at an empty
    /// line, or the end). `line` is then the line after the malformed record.
    fn resynchronise(&mut self, start: usize) {
        self.pos = start;
        self.skip_line();
        while let Some(&first) = self.text.as_bytes().get(self.pos) {
            if matches!(first, b'\n' | b'\r') {
                return;
            }
            let (at, line) = (self.pos, self.line);
            let parses = self.record().is_ok();
            #[cfg(not(target_arch = "wasm32"))]
            self.note_reach(parses);
            (self.pos, self.line) = (at, line);
            if parses {
                return;
            }
            self.skip_line();
        }
    }

    /// Moves to the start of the next line.
    fn skip_line(&mut self) {
        let bytes = self.text.as_bytes();
        match bytes.get(self.pos..).and_then(|rest| rest.iter().position(|&b| b == b'\n')) {
            Some(n) => {
                self.pos += n + 1;
                self.line += 1;
            }
            None => self.pos = bytes.len(),
        }
    }

    /// Adds the line breaks between `start` and `pos` to `line`.
    fn count_lines(&mut self, start: usize) {
        self.line += self.text.as_bytes().get(start..self.pos).unwrap_or_default().iter().filter(|&&b| b == b'\n').count();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_hold_commas_and_quotes() {
        let rows: Vec<_> = super::records("a,b\r\n1,\"x, \"\"y\"\"\"\n").map(|r| r.fields.unwrap()).collect();
        assert_eq!(rows, [vec!["a", "b"], vec!["1", "x, \"y\""]]);
    }

    fn read(text: &str) -> Vec<Result<Vec<String>, CsvProblem>> {
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
        assert_eq!(rows.len(), 7);
        assert!(rows[1].is_err() && rows[3].is_err() && rows[5].is_err());
        assert_eq!(rows[2], Ok(vec!["ok".into(), "2".into()]));
        assert_eq!(rows[4], Ok(vec!["last".into(), "4".into()]));
        assert_eq!(rows[6], Ok(vec!["lost".into(), "6".into()]));
        assert_eq!(read("a\rb"), [Err(CsvProblem::BareCarriageReturn)]);
    }

    #[test]
    fn records_say_which_lines_they_span() {
        let lines: Vec<(usize, usize)> = records("h\n\"a\nb\",1\n\n\"bad\nx\"y\nok\nz\n\"open at the end\nstill").map(|r| r.lines).collect();
        // The header; a quoted field over two lines; a malformed record of two lines (the
        // second does not parse either); the next records that parse; a quote never closed,
        // whose record is its line alone; the last line.
        assert_eq!(lines, [(1, 1), (2, 3), (5, 6), (7, 7), (8, 8), (9, 9), (10, 10)]);
    }

    /// One unclosed quote among 100,000 rows costs its own row only, and every line is read.
    #[test]
    fn a_bad_quote_costs_one_record() {
        let mut text = String::from("name,n\n");
        for i in 0..100_000 {
            text.push_str(if i % 997 == 13 { "\"unclosed," } else { "row," });
            text.push_str(&i.to_string());
            text.push('\n');
        }
        let all: Vec<Record> = records(&text).collect();
        assert_eq!(all.len(), 100_001);
        let bad: Vec<usize> = all.iter().filter(|r| r.fields.is_err()).map(|r| r.lines.0).collect();
        assert_eq!(bad.len(), (0..100_000).filter(|i| i % 997 == 13).count());
        assert!(all.iter().filter(|r| r.fields.is_err()).all(|r| r.lines.0 == r.lines.1));
        assert_eq!(all.last().unwrap().lines, (100_001, 100_001));
    }
}
