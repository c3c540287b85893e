//! A calendar date written `YYYY-MM-DD` (ISO 8601), which must exist: no 31 April, and
//! 29 February only in leap years.
//!
//! ```
//! use formmirror::rules::date;
//! assert!(date::check("2024-02-29").is_ok());
//! assert!(date::check("2023-02-29").is_err());
//! ```

use crate::{Issue, Reason};

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `invalid_format`.
pub fn check(value: &str) -> Result<(), Issue> {
    if is_date(value) {
        Ok(())
    } else {
        Err(Issue::new(Reason::NotDate))
    }
}

fn is_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    let shape_ok =
        bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-' && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return false;
    }
    let number = |range: std::ops::Range<usize>| bytes[range].iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn real_dates_only() {
        for ok in ["2026-11-23", "2000-02-29", "1999-12-31", "0001-01-01"] {
            assert!(check(ok).is_ok(), "{ok:?}");
        }
        for bad in
            ["", "2026-11-31", "1900-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-11-23", "2026/11/23", "2026-11-23T00:00", "２０２６-11-23"]
        {
            assert_eq!(check(bad).unwrap_err().code.as_str(), "invalid_format", "{bad:?}");
        }
    }
}
