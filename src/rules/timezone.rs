//! `timezone`: empty for the default, or an IANA time zone name exactly as the database spells
//! it (case-sensitive), links such as `US/Eastern` included. Names come from `chrono-tz`, read at build time.
//!
//! Near misses are suggested: wrong case (`europe/london` → `Europe/London`), a bare city
//! (`london`, `new york`), or a typo (`Europe/Londn`).
//!
//! ```
//! use formmirror::rules::timezone;
//! assert!(timezone::check("US/Eastern").is_ok());
//! assert_eq!(timezone::check("europe/london").unwrap_err().suggestion.as_deref(), Some("Europe/London"));
//! ```

use crate::tables::TIMEZONES;
use crate::{Code, Issue};

pub fn check(value: &str) -> Result<(), Issue> {
    if value.is_empty() || TIMEZONES.position_sorted(value).is_some() {
        return Ok(());
    }
    Err(Issue::new(Code::UnknownTimezone, "Must be an IANA time zone name, such as Europe/London.").suggesting(suggest(value)))
}

/// Every name the time zone database knows, canonical names and links alike, sorted.
pub fn names() -> impl Iterator<Item = &'static str> {
    TIMEZONES.iter()
}

fn suggest(value: &str) -> Option<String> {
    if crate::rules::longer_than(value, crate::suggest::MAX_INPUT_CHARS) {
        return None;
    }
    let wanted = value.trim().replace(' ', "_");
    // Most names capitalise each word (`America/New_York`): try that spelling with a binary
    // search before comparing, case ignored, with every name.
    let capitalised = capitalise_words(&wanted);
    if TIMEZONES.position_sorted(&capitalised).is_some() {
        return Some(capitalised);
    }
    if let Some(name) = TIMEZONES.find_ignoring_ascii_case(&wanted) {
        return Some(name.to_owned());
    }
    if !wanted.contains('/') {
        let city = |name: &&str| name.rfind('/').and_then(|at| name.get(at + 1..)).is_some_and(|last| last.eq_ignore_ascii_case(&wanted));
        if let Some(name) = names().filter(|name| name.contains('/')).find(city) {
            return Some(name.to_owned());
        }
    }
    crate::suggest::closest(&wanted, names(), 2).map(str::to_owned)
}

/// `europe/london` → `Europe/London`: upper case after `/`, `_` and `-` and at the start, lower
/// case elsewhere (ASCII only).
fn capitalise_words(text: &str) -> String {
    let mut word_start = true;
    text.chars()
        .map(|c| {
            let c = if word_start { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() };
            word_start = matches!(c, '/' | '_' | '-');
            c
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_links_case_sensitive() {
        for ok in ["", "Europe/London", "America/New_York", "US/Eastern", "UTC", "Etc/GMT+5"] {
            assert!(check(ok).is_ok(), "{ok:?}");
        }
        for bad in ["europe/london", "Europe/London ", "Mars/Olympus", "GMT+5", "London"] {
            assert_eq!(check(bad).unwrap_err().code.as_str(), "unknown_timezone", "{bad:?}");
        }
    }

    #[test]
    fn names_come_sorted_for_the_choice_list() {
        let names: Vec<_> = names().collect();
        assert!(names.windows(2).all(|w| w[0] < w[1]));
        assert!(names.len() > 500);
    }

    #[test]
    fn suggestions() {
        let suggestion = |v| check(v).unwrap_err().suggestion;
        assert_eq!(suggestion("europe/london").as_deref(), Some("Europe/London"));
        assert_eq!(suggestion("london").as_deref(), Some("Europe/London"));
        assert_eq!(suggestion("new york").as_deref(), Some("America/New_York"));
        assert_eq!(suggestion("Europe/Londn").as_deref(), Some("Europe/London"));
        assert_eq!(suggestion("us/eastern").as_deref(), Some("US/Eastern"));
        assert_eq!(suggestion("AMERICA/NORTH_DAKOTA/NEW_SALEM").as_deref(), Some("America/North_Dakota/New_Salem"));
        assert_eq!(suggestion("america/port-au-prince").as_deref(), Some("America/Port-au-Prince"));
        assert_eq!(suggestion("est5edt").as_deref(), Some("EST5EDT"));
        assert_eq!(suggestion("Mars/Olympus_Mons"), None);
        assert_eq!(suggestion(&"Europe/London".repeat(100_000)), None);
    }
}
