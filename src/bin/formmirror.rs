//! `formmirror check <file.csv|-> --endpoint <id>`: the rows of a CSV file the provisioning server
//! would refuse, read as a stream so a file of any size runs in constant memory, with the
//! answers `validate_batch` gives the whole file. Exit status 0 when every row passes, 1 when
//! one does not, 2 when the file or the arguments cannot be used.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};
use formmirror::{CsvStream, FieldIssue, Options, RowResult, Value};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

#[derive(Parser)]
#[command(name = "formmirror", version, about = "Tells what a provisioning server would answer, before anything is sent.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Checks every row of a CSV file (a header row naming the parameters, then one request per row).
    Check {
        /// The CSV file, or `-` for standard input.
        file: PathBuf,
        /// The endpoint the rows are meant for, such as `enswitch/people/create`.
        #[arg(long, short)]
        endpoint: String,
        /// How failing rows are written to standard output.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Options as the JavaScript API takes them, as JSON: `{"credentials":"backend"}`.
        #[arg(long, value_name = "JSON", conflicts_with = "config")]
        options: Option<String>,
        /// A JSON file holding the options.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One readable line per problem.
    Table,
    /// One JSON object per failing row (JSON Lines), as `validateBatch` lists it, then the counts.
    Json,
    /// One CSV record per problem: row, line, last_line, field, code, message.
    Csv,
}

/// How much of the file is read at once.
const PIECE: usize = 1 << 16;

const BYTE_ORDER_MARK: &[u8] = "\u{feff}".as_bytes();

fn main() -> ExitCode {
    let Command::Check { file, endpoint, format, options, config } = Cli::parse().command;
    match check(&file, &endpoint, format, options, config) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("formmirror: {message}");
            ExitCode::from(2)
        }
    }
}

fn read_options(inline: Option<String>, config: Option<PathBuf>) -> Result<Options, String> {
    let text = match (inline, config) {
        (Some(text), _) => text,
        (None, Some(path)) => std::fs::read_to_string(&path).map_err(|error| format!("{}: {error}", path.display()))?,
        (None, None) => return Ok(Options::default()),
    };
    let value = Value::parse_json(&text).map_err(|error| format!("the options are not JSON: {error}"))?;
    Options::from_value(&value).map_err(|error| error.to_string())
}

/// Checks the file; `Ok(true)` when every row passes.
fn check(file: &PathBuf, endpoint: &str, format: Format, options: Option<String>, config: Option<PathBuf>) -> Result<bool, String> {
    let options = read_options(options, config)?;
    let mut stream = CsvStream::new(endpoint, &options).map_err(|error| error.to_string())?;
    let (mut input, size): (Box<dyn Read>, Option<u64>) = if file.as_os_str() == "-" {
        (Box::new(io::stdin().lock()), None)
    } else {
        let opened = File::open(file).map_err(|error| format!("{}: {error}", file.display()))?;
        let size = opened.metadata().ok().map(|metadata| metadata.len());
        (Box::new(opened), size)
    };
    let progress = progress_bar(size);
    let mut out = Output::new(format, BufWriter::new(io::stdout().lock()));
    let write_error = |error: io::Error| format!("writing the answer: {error}");

    let mut buffer = vec![0; PIECE];
    // Bytes of a character cut by the end of a piece, completed by the next one.
    let mut pending: Vec<u8> = Vec::new();
    let mut read_so_far: u64 = 0;
    let mut warned = false;
    loop {
        let count = match input.read(&mut buffer) {
            Ok(0) => break,
            Ok(count) => count,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(format!("{}: {error}", file.display())),
        };
        pending.extend_from_slice(&buffer[..count]);
        // The byte order mark a spreadsheet may write is not part of the first column's name.
        if read_so_far == 0 && pending.starts_with(BYTE_ORDER_MARK) {
            pending.drain(..BYTE_ORDER_MARK.len());
            read_so_far += BYTE_ORDER_MARK.len() as u64;
        }
        let text = match std::str::from_utf8(&pending) {
            Ok(text) => text,
            // A character cut by the end of the piece: the rest of it comes with the next.
            Err(error) if error.error_len().is_none() => std::str::from_utf8(&pending[..error.valid_up_to()]).unwrap_or_default(),
            Err(error) => return Err(format!("{}: not UTF-8 text (at byte {})", file.display(), read_so_far + error.valid_up_to() as u64)),
        };
        let whole = text.len();
        let listed = stream.push(text);
        read_so_far += whole as u64;
        pending.drain(..whole);
        if !warned && stream.total > 0 {
            out.warnings(&stream.warnings).map_err(write_error)?;
            warned = true;
        }
        for row in &listed {
            out.row(row).map_err(write_error)?;
        }
        progress.set_position(read_so_far);
        progress.set_message(format!("{} rows, {} failing", stream.total, stream.invalid));
    }
    if !pending.is_empty() {
        return Err(format!("{}: not UTF-8 text (the file ends inside a character)", file.display()));
    }
    let listed = stream.finish();
    if !warned {
        out.warnings(&stream.warnings).map_err(write_error)?;
    }
    for row in &listed {
        out.row(row).map_err(write_error)?;
    }
    progress.finish_and_clear();
    out.summary(&stream).map_err(write_error)?;
    eprintln!("{} rows: {} valid, {} invalid", stream.total, stream.valid, stream.invalid);
    Ok(stream.invalid == 0)
}

/// A bar by bytes for a file of known size, a counter for a pipe; drawn only on a terminal.
fn progress_bar(size: Option<u64>) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(size, ProgressDrawTarget::hidden());
    }
    let (bar, template) = match size {
        Some(size) => (ProgressBar::new(size), "{bar:30} {percent:>3}% {msg} · {bytes_per_sec} · ETA {eta}"),
        None => (ProgressBar::new_spinner(), "{spinner} {bytes} {msg} · {bytes_per_sec}"),
    };
    bar.set_style(ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()));
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Writes failing rows in the chosen format as they are found.
enum Output<W: Write> {
    Table(W),
    Json(W),
    Csv(Box<csv::Writer<W>>),
}

impl<W: Write> Output<W> {
    fn new(format: Format, out: W) -> Output<W> {
        match format {
            Format::Table => Output::Table(out),
            Format::Json => Output::Json(out),
            Format::Csv => {
                let mut writer = csv::Writer::from_writer(out);
                // The header; a failed write shows again, and is reported, at the first row.
                let _ = writer.write_record(["row", "line", "last_line", "field", "code", "message"]);
                Output::Csv(Box::new(writer))
            }
        }
    }

    /// What the header alone tells (an unknown column), as row 0.
    fn warnings(&mut self, warnings: &[FieldIssue]) -> io::Result<()> {
        if warnings.is_empty() {
            return Ok(());
        }
        let header = RowResult { row: 0, lines: Some((1, 1)), errors: Vec::new(), warnings: warnings.to_vec() };
        match self {
            Output::Table(out) => {
                for warning in warnings {
                    writeln!(out, "header  column {:?}: {}", warning.field, warning.issue.message())?;
                }
                Ok(())
            }
            Output::Json(out) => writeln!(out, "{}", header.to_json()),
            Output::Csv(_) => self.row(&header),
        }
    }

    fn row(&mut self, row: &RowResult) -> io::Result<()> {
        let (first, last) = row.lines.unwrap_or_default();
        match self {
            Output::Table(out) => {
                let place = if first == last { format!("line {first}") } else { format!("lines {first}-{last}") };
                for problem in &row.errors {
                    let field = if problem.field.is_empty() { String::from("(row)") } else { problem.field.clone() };
                    writeln!(out, "row {:<6} {place:<12} {field:<16} {}", row.row, problem.issue.message())?;
                }
                Ok(())
            }
            Output::Json(out) => writeln!(out, "{}", row.to_json()),
            Output::Csv(writer) => {
                for problem in row.errors.iter().chain(&row.warnings) {
                    let numbers = [row.row.to_string(), first.to_string(), last.to_string()];
                    writer.write_record([
                        &numbers[0],
                        &numbers[1],
                        &numbers[2],
                        &problem.field,
                        problem.issue.code.as_str(),
                        &problem.issue.message(),
                    ])?;
                }
                Ok(())
            }
        }
    }

    fn summary(&mut self, stream: &CsvStream) -> io::Result<()> {
        match self {
            Output::Table(out) => out.flush(),
            Output::Json(out) => {
                writeln!(out, "{{\"total\":{},\"valid\":{},\"invalid\":{}}}", stream.total, stream.valid, stream.invalid)?;
                out.flush()
            }
            Output::Csv(writer) => writer.flush(),
        }
    }
}
