//! The `formmirror check` command, run as a user runs it: exit status, the formats, standard
//! input, a file that is not UTF-8, and rows counted as `validate_batch` counts them.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use formmirror::{validate_batch, Batch, Options, RowResult};

const FILE: &str = "\u{feff}auth_username,auth_password,username,email,password,role,forname\n\
    u,p,ann,ann@example.com,s,1,A\n\
    u,p,bob,bob@,s3cret-pass,1,B\n\
    \"x\"y,p\n\
    u,p,\"car\nl\",c@example.com,s,1,C\n";

fn check(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_formmirror"))
        .arg("check")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap()
}

#[test]
fn failing_rows_exit_1_with_the_answers_validate_batch_gives() {
    let output = check(&["-", "--endpoint", "enswitch/people/create", "--format", "json"], FILE.as_bytes());
    assert_eq!(output.status.code(), Some(1));
    let whole = validate_batch("enswitch/people/create", Batch::Csv(FILE.trim_start_matches('\u{feff}')), &Options::default()).unwrap();
    let mut expected = Vec::new();
    let header = RowResult { row: 0, lines: Some((1, 1)), errors: Vec::new(), warnings: whole.warnings.clone() };
    expected.push(header.to_json());
    expected.extend(whole.results.iter().map(|row| row.to_json()));
    expected.push(format!("{{\"total\":{},\"valid\":{},\"invalid\":{}}}", whole.total, whole.valid, whole.invalid));
    assert_eq!(text(&output.stdout).lines().collect::<Vec<_>>(), expected);
    assert_eq!((whole.total, whole.invalid), (4, 3));
    assert_eq!(text(&output.stderr).trim(), "4 rows: 1 valid, 3 invalid");
    assert!(!text(&output.stdout).contains("s3cret-pass"), "a password is never echoed");
}

#[test]
fn table_and_csv_name_each_problem_with_its_lines() {
    let table = check(&["-", "-e", "enswitch/people/create"], FILE.as_bytes());
    let table = text(&table.stdout);
    assert!(table.starts_with("header  column \"forname\": Not a parameter of this endpoint"), "{table}");
    assert!(table.contains("row 4      lines 5-6    username "), "{table}");
    let csv = check(&["-", "-e", "enswitch/people/create", "--format", "csv"], FILE.as_bytes());
    let lines: Vec<&str> = text(&csv.stdout).lines().collect();
    assert_eq!(lines[0], "row,line,last_line,field,code,message");
    assert!(lines.contains(&"2,3,3,email,invalid_email,\"Must be a valid e-mail address, such as name@example.com.\""), "{lines:?}");
    assert!(lines.iter().any(|line| line.starts_with("3,4,4,,invalid_format,")), "{lines:?}");
}

#[test]
fn all_rows_passing_exit_0_and_options_apply() {
    let file = "username,email,password,role\nann,ann@example.com,s,1\n";
    let strict = check(&["-", "-e", "enswitch/people/create"], file.as_bytes());
    assert_eq!(strict.status.code(), Some(1), "without credentials every row is a 401");
    let backend = check(&["-", "-e", "enswitch/people/create", "--options", "{\"credentials\":\"backend\"}"], file.as_bytes());
    assert_eq!(backend.status.code(), Some(0), "{}", text(&backend.stdout));
    assert_eq!(text(&backend.stdout), "");
}

#[test]
fn what_cannot_be_used_exits_2_with_a_reason() {
    let latin1 = b"username\nJos\xe9\n";
    let output = check(&["-", "-e", "enswitch/people/create"], latin1);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stderr).trim(), "formmirror: -: not UTF-8 text (at byte 12)");
    let output = check(&["-", "-e", "nope"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with("formmirror: unknown endpoint \"nope\""));
    let output = check(&["/no/such/file.csv", "-e", "enswitch/people/create"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with("formmirror: /no/such/file.csv: "));
}
