//! Bulk imports: many rows of one endpoint in one call, as CSV text (a header row, then one
//! row per request) or as a JSON list of objects. Only rows with errors are listed, with their
//! 1-based data-row number and, for CSV, the lines of the file they span; valid rows are
//! counted. A row that cannot be read (a malformed CSV record, a field count that differs from
//! the header's, a JSON item that is not an object) is an error for that row; row 0 stands for
//! the batch as a whole (its header, its size). What the header alone says (a misspelt column)
//! is a warning of the batch, given once even when every row is valid.
//!
//! ```
//! use formmirror::{validate_batch, Batch, Options};
//! let csv = "auth_username,auth_password,username,email,password,role\nu,p,ann,ann@example.com,s,1\nu,p,bob,bob@,s,1\n";
//! let answer = validate_batch("enswitch/people/create", Batch::Csv(csv), &Options::default()).unwrap();
//! assert_eq!((answer.total, answer.valid, answer.invalid), (2, 1, 1));
//! assert_eq!((answer.results[0].row, answer.results[0].errors[0].field.as_str()), (2, "email"));
//! ```

use crate::endpoints::Endpoint;
use crate::reason::Expected;
use crate::validate::{self, Decoded};
use crate::value::Members;
use crate::{csv, Code, FieldIssue, Issue, Options, Reason, UsageError, Value};

/// Larger batches are refused whole; split the file. Each row is also held to
/// [`crate::MAX_REQUEST_BYTES`] like any request.
pub const MAX_BATCH_BYTES: usize = 64 << 20;

/// The rows of a bulk import, in one of the shapes it comes in.
#[derive(Debug, Clone, Copy)]
pub enum Batch<'a> {
    /// CSV text with a header row naming the parameters.
    Csv(&'a str),
    /// A JSON list of objects, one per request.
    Json(&'a str),
    /// Already decoded rows.
    Rows(&'a [Value<'a>]),
}

/// What the server would answer to each row of a batch, with the rows that fail listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchAnswer {
    /// Rows in the batch (a malformed CSV record counts as one).
    pub total: usize,
    /// Rows the server would accept.
    pub valid: usize,
    /// Rows the server would refuse.
    pub invalid: usize,
    /// What the CSV header alone tells, once for the file, even when every row is valid: a
    /// column the endpoint does not know (`forname`, with a suggestion), a column given twice.
    pub warnings: Vec<FieldIssue>,
    /// Rows with errors only, in order.
    pub results: Vec<RowResult>,
}

/// A row the server would refuse, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowResult {
    /// 1-based data row (CSV header not counted); 0 for the batch as a whole.
    pub row: usize,
    /// For CSV, the first and last line of the file the row spans, counted from 1 (the header
    /// is line 1): a quoted field or a malformed record can span several.
    pub lines: Option<(usize, usize)>,
    /// What the server would refuse in this row.
    pub errors: Vec<FieldIssue>,
    /// What the server ignores in this row (unknown columns among them).
    pub warnings: Vec<FieldIssue>,
}

impl BatchAnswer {
    /// The answer as `validateBatch` returns it, as JSON text.
    pub fn to_json(&self) -> String {
        // Written directly, not built as a `Value`: a batch of 100,000 rows can list thousands.
        let mut out = String::new();
        for (name, count) in [("{\"total\":", self.total), (",\"valid\":", self.valid), (",\"invalid\":", self.invalid)] {
            out.push_str(name);
            crate::json::write_int(count as i64, &mut out);
        }
        out.push_str(",\"warnings\":");
        crate::answer::write_issue_list(&self.warnings, &mut out);
        out.push_str(",\"results\":[");
        for (i, result) in self.results.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            result.write_json(&mut out);
        }
        out.push_str("]}");
        out
    }
}

impl RowResult {
    /// The row as one entry of `results` in [`BatchAnswer::to_json`].
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        out.push_str("{\"row\":");
        crate::json::write_int(self.row as i64, out);
        if let Some((first, last)) = self.lines {
            out.push_str(",\"line\":");
            crate::json::write_int(first as i64, out);
            out.push_str(",\"lastLine\":");
            crate::json::write_int(last as i64, out);
        }
        crate::answer::write_issue_lists(&self.errors, &self.warnings, out);
        out.push('}');
    }
}

/// Validates every row of `batch` against the endpoint `endpoint_id`.
pub fn validate_batch(endpoint_id: &str, batch: Batch, options: &Options) -> Result<BatchAnswer, UsageError> {
    Ok(answer_batch(crate::answer::endpoint(endpoint_id)?, batch, options))
}

/// [`validate_batch`] for an endpoint already found.
fn answer_batch(endpoint: &'static Endpoint, batch: Batch, options: &Options) -> BatchAnswer {
    let answer = BatchAnswer { total: 0, valid: 0, invalid: 0, warnings: Vec::new(), results: Vec::new() };
    let mut tally = Tally { answer, endpoint, options, lines: None };
    let whole = |reason: Reason| RowResult { row: 0, lines: None, errors: vec![Issue::new(reason).at("")], warnings: Vec::new() };
    let size = match batch {
        Batch::Csv(text) | Batch::Json(text) => text.len(),
        Batch::Rows(_) => 0,
    };
    if size > MAX_BATCH_BYTES {
        tally.answer.results.push(whole(Reason::BatchTooLarge { max_mib: MAX_BATCH_BYTES >> 20 }));
        return tally.answer;
    }
    match batch {
        Batch::Csv(text) => tally.csv(text),
        Batch::Json(text) => match Value::parse_json(text) {
            Ok(Value::Array(rows)) => rows.into_iter().for_each(|row| tally.row(Ok(row))),
            Ok(other) => tally.answer.results.push(whole(Reason::WrongType { expected: Expected::Rows, given: other.kind_id() })),
            Err(e) => tally.answer.results.push(whole(Reason::BatchNotJson { detail: e.to_string() })),
        },
        Batch::Rows(rows) => rows.iter().for_each(|row| tally.row(Ok(row.clone()))),
    }
    tally.answer
}

/// A CSV batch read as it arrives, in pieces of any size, for files too large to hold at once
/// (the `formmirror check` command): each piece answers the records it completes, numbered as
/// in the whole file, and the answers are those [`validate_batch`] gives the whole file.
///
/// ```
/// use formmirror::{CsvStream, Options};
/// let options = Options::default();
/// let mut stream = CsvStream::new("enswitch/people/create", &options).unwrap();
/// let mut listed = stream.push("auth_username,auth_password,username,email,password,role\nu,p,ann,ann@exa");
/// listed.extend(stream.push("mple.com,s,1\nu,p,bob,bob@,s,1\n"));
/// listed.extend(stream.finish());
/// assert_eq!((stream.total, stream.invalid), (2, 1));
/// assert_eq!((listed[0].row, listed[0].lines), (2, Some((3, 3))));
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub struct CsvStream<'o> {
    endpoint: &'static Endpoint,
    options: &'o Options,
    /// The header record's text, line break included, once it is complete.
    header: Option<String>,
    /// Lines the header spans.
    header_lines: usize,
    /// Text received and not yet answered.
    carry: String,
    /// Lines answered so far.
    lines: usize,
    /// The header's warnings, given with the first piece.
    pub warnings: Vec<FieldIssue>,
    /// Rows answered so far.
    pub total: usize,
    /// Rows the server would accept, so far.
    pub valid: usize,
    /// Rows the server would refuse, so far.
    pub invalid: usize,
}

#[cfg(not(target_arch = "wasm32"))]
impl<'o> CsvStream<'o> {
    /// Past this, text still waiting for a quote to close is answered as it is (a field that
    /// long is no user's data), which keeps memory and the work per piece bounded.
    const MAX_CARRY: usize = 1 << 20;

    /// A stream for the endpoint `endpoint_id`.
    ///
    /// # Errors
    ///
    /// A [`UsageError`] for an unknown endpoint id.
    pub fn new(endpoint_id: &str, options: &'o Options) -> Result<CsvStream<'o>, UsageError> {
        Ok(CsvStream {
            endpoint: crate::answer::endpoint(endpoint_id)?,
            options,
            header: None,
            header_lines: 0,
            carry: String::new(),
            lines: 0,
            warnings: Vec::new(),
            total: 0,
            valid: 0,
            invalid: 0,
        })
    }

    /// Takes the next piece of the file; returns the rows with errors among the records it
    /// completes.
    pub fn push(&mut self, mut text: &str) -> Vec<RowResult> {
        // A large piece is taken in slices, so that what is answered at once stays far below
        // the batch limit.
        let mut listed = Vec::new();
        while !text.is_empty() {
            let mut cut = text.len().min(Self::MAX_CARRY);
            while !text.is_char_boundary(cut) {
                cut += 1;
            }
            self.carry.push_str(&text[..cut]);
            text = &text[cut..];
            listed.extend(self.answer(false));
        }
        listed
    }

    /// The end of the file: answers what is left.
    pub fn finish(&mut self) -> Vec<RowResult> {
        self.answer(true)
    }

    fn answer(&mut self, last: bool) -> Vec<RowResult> {
        let overfull = self.carry.len() > Self::MAX_CARRY;
        if self.header.is_none() {
            // The header is settled once its line break has arrived, or at the end.
            let mut records = csv::records(&self.carry);
            let Some(header) = records.next() else { return Vec::new() };
            let end = records.position();
            if !last && !overfull && records.reach() > end {
                return Vec::new();
            }
            self.header_lines = header.lines.1;
            self.header = Some(self.carry[..end].to_owned());
            self.carry.drain(..end);
            self.lines = self.header_lines;
        }
        let complete = match if last { self.carry.len() } else { self.complete_prefix() } {
            // Nothing settles: answer up to the last line break as if the quote never closes.
            0 if overfull => self.carry.rfind('\n').map_or(self.carry.len(), |at| at + 1),
            0 if !last => return Vec::new(),
            complete => complete,
        };
        // Each piece is answered as a file of its own under the header, then renumbered.
        let text = format!("{}{}", self.header.as_deref().unwrap_or_default(), &self.carry[..complete]);
        let answer = answer_batch(self.endpoint, Batch::Csv(&text), self.options);
        if self.total == 0 {
            self.warnings = answer.warnings;
        }
        let lines_in_piece = self.carry[..complete].bytes().filter(|&b| b == b'\n').count();
        let results = answer
            .results
            .into_iter()
            .map(|mut result| {
                if result.row > 0 {
                    result.row += self.total;
                }
                result.lines = result.lines.map(|(first, last)| (first - self.header_lines + self.lines, last - self.header_lines + self.lines));
                result
            })
            .collect();
        self.total += answer.total;
        self.valid += answer.valid;
        self.invalid += answer.invalid;
        self.lines += lines_in_piece;
        self.carry.drain(..complete);
        results
    }

    /// The end of the last record such that every record up to it is settled: nothing its
    /// reading looked at (a closing quote far ahead, the lines a malformed record tried and
    /// skipped, the end of what has arrived) lies past it.
    fn complete_prefix(&self) -> usize {
        let mut records = csv::records(&self.carry);
        let mut complete = 0;
        while records.next().is_some() {
            if records.reach() <= records.position() {
                complete = records.position();
            }
            if records.reach() > self.carry.len() {
                break;
            }
        }
        complete
    }
}

/// Names an unknown column by its place rather than its name, unless the name is close to a
/// parameter's (`forname`): a file without its header row makes its first row of values the
/// names, and a password among them must not be repeated in every answer.
fn by_column(warnings: &mut [FieldIssue], header: &[std::borrow::Cow<'_, str>], prefix: &str) {
    for warning in warnings.iter_mut().filter(|w| w.issue.code == Code::UnknownParameter && w.issue.suggestion.is_none()) {
        let field = warning.field.strip_prefix(prefix).unwrap_or(&warning.field);
        let Some(column) = header.iter().position(|name| crate::text::display_name(name) == field) else { continue };
        *warning = Issue::new(Reason::UnknownColumn { column: column + 1 }).at("");
    }
}

struct Tally<'a> {
    answer: BatchAnswer,
    endpoint: &'a Endpoint,
    options: &'a Options,
    /// The lines of the CSV record being answered.
    lines: Option<(usize, usize)>,
}

impl Tally<'_> {
    fn csv(&mut self, text: &str) {
        let mut records = csv::records(text);
        let header = match records.next().map(|r| r.fields) {
            Some(Ok(header)) => header,
            Some(Err(problem)) => return self.reject_whole(Reason::CsvHeader { problem }),
            None => return,
        };
        let wire = self.endpoint.wire;
        // What the header alone says (unknown and repeated columns), once for the file: a row
        // of empty cells under it, answered as any row is.
        let blank_row: Members = header.iter().map(|name| (name.clone(), Value::String("".into()))).collect();
        self.answer.warnings = validate::run(self.endpoint, validate::decode_pairs(blank_row, wire), self.options).warnings;
        let prefix = self.endpoint.envelope.field_prefix();
        by_column(&mut self.answer.warnings, &header, &prefix);
        // Every row has the header's names: when none repeats and none nests (`a[b]`), each row
        // is already its parameters, and folding or nesting them row by row would find nothing.
        let (_, repeated) =
            crate::value::fold_repeated_keys(header.iter().map(|name| (name.clone(), Value::Null)).collect(), crate::value::Repeated::KeepFirst);
        let plain = repeated.is_empty() && wire != crate::endpoints::Wire::Form && !self.options.empty_cells_omitted;
        let field_of_column: Option<Vec<Option<usize>>> =
            (plain && self.endpoint.envelope.opens_in_place()).then(|| header.iter().map(|name| self.endpoint.field_index(name)).collect());
        let omit_empty = self.options.empty_cells_omitted;
        for record in records {
            self.lines = Some(record.lines);
            let pairs = record.fields.map_err(|problem| Reason::Csv { problem }).and_then(|fields| {
                if fields.len() != header.len() {
                    return Err(Reason::FieldCount { found: fields.len(), expected: header.len() });
                }
                // Both borrow the CSV text unless a field was quoted with "" inside.
                let cells = header.iter().zip(fields).filter(|(_, value)| !(omit_empty && value.is_empty()));
                Ok(cells.map(|(name, value)| (name.clone(), Value::String(value))).collect())
            });
            let decoded = pairs.map_err(Issue::new).and_then(|pairs| match plain {
                true => Ok(Decoded { field_of_member: field_of_column.as_deref(), ..Decoded::new(Value::Object(pairs), true) }),
                false => validate::decode_pairs(pairs, wire),
            });
            self.decoded(decoded);
            if let Some(listed) = self.answer.results.last_mut().filter(|r| r.row == self.answer.total) {
                by_column(&mut listed.warnings, &header, &prefix);
            }
        }
    }

    fn reject_whole(&mut self, reason: Reason) {
        let errors = vec![Issue::new(reason).at("")];
        self.answer.results.push(RowResult { row: 0, lines: None, errors, warnings: Vec::new() });
    }

    fn row(&mut self, row: Result<Value<'_>, Issue>) {
        let decoded = row.and_then(|params| match params {
            Value::Object(_) => Ok(Decoded::new(params, false)),
            other => Err(Issue::new(Reason::WrongType { expected: Expected::Row, given: other.kind_id() })),
        });
        self.decoded(decoded);
    }

    fn decoded(&mut self, decoded: Result<Decoded<'_>, Issue>) {
        self.answer.total += 1;
        let outcome = validate::run(self.endpoint, decoded, self.options);
        match outcome.rejection {
            None => self.answer.valid += 1,
            Some((_, errors)) => {
                self.answer.invalid += 1;
                self.answer.results.push(RowResult { row: self.answer.total, lines: self.lines, errors, warnings: outcome.warnings });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{validate, Input};

    /// Each row must get exactly the errors and warnings it would get sent alone, whether the
    /// header's names are looked up once for the file (no name repeats) or row by row.
    #[test]
    fn a_row_answers_as_the_same_request_sent_alone() {
        const ENDPOINT: &str = "enswitch/people/create";
        let rows = "u,p,ann,bad@,s,1,Ann,ann@example.com\nu,p,bob,bob@example.com,s,x,Bob,b@\n,p,cy,cy@example.com,s,2,Cy,c@example.com\n";
        for header in [
            "auth_username,auth_password,username,email,password,role,forname,mail",
            "auth_username,auth_password,username,email,password,role,forname,email",
        ] {
            let csv = format!("{header}\n{rows}");
            let batch = validate_batch(ENDPOINT, Batch::Csv(&csv), &Options::default()).unwrap();
            assert_eq!((batch.total, batch.invalid), (3, 3), "{header}");
            for (index, line) in rows.lines().enumerate() {
                let query: Vec<String> = header.split(',').zip(line.split(',')).map(|(k, v)| format!("{k}={v}")).collect();
                let alone = validate(ENDPOINT, Input::Query(&query.join("&")), &Options::default()).unwrap();
                let listed = batch.results.iter().find(|r| r.row == index + 1).unwrap();
                assert_eq!((&listed.errors, &listed.warnings), (&alone.errors, &alone.warnings), "{header} row {}", index + 1);
                assert!(!listed.warnings.is_empty());
            }
        }
    }

    #[test]
    fn header_warnings_lines_and_empty_cells() {
        let csv = "auth_username,auth_password,username,email,password,role,forname,country\nu,p,ann,ann@example.com,s,1,Ann,\n\"u,p,bob\n";
        let batch = validate_batch("enswitch/people/create", Batch::Csv(csv), &Options::default()).unwrap();
        assert_eq!(batch.warnings.len(), 1);
        assert_eq!((batch.warnings[0].field.as_str(), batch.warnings[0].issue.suggestion.as_deref()), ("forname", Some("forename")));
        // An empty country is sent empty, which Enswitch refuses; the unclosed quote is its own row.
        assert_eq!((batch.total, batch.invalid), (2, 2));
        assert_eq!((batch.results[0].lines, batch.results[1].lines), (Some((2, 2)), Some((3, 3))));
        let omitted = Options { empty_cells_omitted: true, ..Options::default() };
        let batch = validate_batch("enswitch/people/create", Batch::Csv(csv), &omitted).unwrap();
        assert_eq!((batch.total, batch.valid, batch.invalid), (2, 1, 1));
        assert!(batch.to_json().contains(r#""row":2,"line":3,"lastLine":3"#));
    }
}
