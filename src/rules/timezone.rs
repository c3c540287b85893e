//! `timezone`: empty for the default, or an IANA time zone name exactly as the database spells
//! it (case-sensitive), links such as `US/Eastern` included. Names come from `chrono-tz`, read at build time.
//!
//! Near misses are suggested: wrong case (`europe/london` → `Europe/London`), a bare city
//! (`london`, `new york`) or one on the wrong continent (`America/London`), a well-known city
//! that names no zone (`Mumbai` → `Asia/Kolkata`), a common abbreviation (`PST` →
//! `America/Los_Angeles`; none for an ambiguous one such as `IST`), an offset (`GMT+1` →
//! `Etc/GMT-1`, whose POSIX-style name has the sign inverted), or a typo in a longer name
//! (`Europe/Londn`).
//!
//! ```
//! use formmirror::rules::timezone;
//! assert!(timezone::check("US/Eastern").is_ok());
//! assert_eq!(timezone::check("europe/london").unwrap_err().suggestion.as_deref(), Some("Europe/London"));
//! ```

use super::{Keywords, Rule};
use crate::tables::TIMEZONES;
use crate::{Issue, Reason};

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `unknown_timezone (with a suggestion when one is close)`.
pub fn check(value: &str) -> Result<(), Issue> {
    if value.is_empty() || TIMEZONES.position_sorted(value).is_some() {
        return Ok(());
    }
    Err(Issue::new(Reason::UnknownTimezone).suggesting(suggest(value)))
}

/// Every name the time zone database knows, canonical names and links alike, sorted.
pub fn names() -> impl Iterator<Item = &'static str> {
    TIMEZONES.iter()
}

/// Every name with a label for a `<select>`, underscores read as spaces (`America/New York`),
/// sorted as chrono-tz lists them (a test holds it to that).
pub fn choices() -> Vec<(&'static str, String)> {
    names().map(|name| (name, name.replace('_', " "))).collect()
}

fn suggest(value: &str) -> Option<String> {
    if crate::text::longer_than(value, crate::suggest::MAX_INPUT_CHARS) {
        return None;
    }
    let wanted = value.trim().replace(' ', "_");
    if let Some(offset) = utc_offset(&wanted) {
        return offset.and_then(offset_zone);
    }
    // Most names capitalise each word (`America/New_York`): try that spelling with a binary
    // search before comparing, case ignored, with every name.
    let capitalised = capitalise_words(&wanted);
    if TIMEZONES.position_sorted(&capitalised).is_some() {
        return Some(capitalised);
    }
    if let Some(name) = TIMEZONES.find_ignoring_ascii_case(&wanted) {
        return Some(name.to_owned());
    }
    // The place: the whole input, or its last part when a continent was given (`America/London`).
    let place = wanted.rsplit('/').next().unwrap_or(&wanted);
    if let Some(known) = alias(place) {
        return known.map(str::to_owned);
    }
    let city = |name: &&str| name.rfind('/').and_then(|at| name.get(at + 1..)).is_some_and(|last| last.eq_ignore_ascii_case(place));
    if let Some(name) = names().filter(|name| name.contains('/')).find(city) {
        return Some(name.to_owned());
    }
    // Two edits turn any short word into another: only longer inputs can be typos of a name.
    wanted.chars().nth(MIN_TYPO_CHARS - 1)?;
    crate::suggest::closest(&wanted, names(), 2).map(str::to_owned)
}

/// Shorter inputs get no edit-distance guess (`PST` is not a typo of `EST`).
const MIN_TYPO_CHARS: usize = 6;

/// Abbreviations and well-known cities that no zone is named after, lower case with spaces,
/// one `name=zone` a line, sorted by name: the zone people mean by them, or none where they
/// mean several (`IST` is India, Ireland and Israel). One string, as a table of pairs of
/// `&str` costs the wasm a pointer and a length for each.
const ALIASES: &str = concat!(
    "acdt=Australia/Adelaide\n",
    "acst=Australia/Adelaide\n",
    "aedt=Australia/Sydney\n",
    "aest=Australia/Sydney\n",
    "akdt=America/Anchorage\n",
    "akst=America/Anchorage\n",
    "ast=\n",
    "awst=Australia/Perth\n",
    "bangalore=Asia/Kolkata\n",
    "barcelona=Europe/Madrid\n",
    "beijing=Asia/Shanghai\n",
    "bombay=Asia/Kolkata\n",
    "bst=Europe/London\n",
    "cdt=America/Chicago\n",
    "cest=Europe/Paris\n",
    "cst=America/Chicago\n",
    "delhi=Asia/Kolkata\n",
    "edt=America/New_York\n",
    "eest=Europe/Athens\n",
    "frankfurt=Europe/Berlin\n",
    "geneva=Europe/Zurich\n",
    "hkt=Asia/Hong_Kong\n",
    "ist=\n",
    "jst=Asia/Tokyo\n",
    "kst=Asia/Seoul\n",
    "mdt=America/Denver\n",
    "milan=Europe/Rome\n",
    "msk=Europe/Moscow\n",
    "mumbai=Asia/Kolkata\n",
    "munich=Europe/Berlin\n",
    "new delhi=Asia/Kolkata\n",
    "nzdt=Pacific/Auckland\n",
    "nzst=Pacific/Auckland\n",
    "osaka=Asia/Tokyo\n",
    "pdt=America/Los_Angeles\n",
    "pst=America/Los_Angeles\n",
    "san francisco=America/Los_Angeles\n",
    "sast=Africa/Johannesburg\n",
    "seattle=America/Los_Angeles\n",
    "sgt=Asia/Singapore\n",
    "washington=America/New_York\n",
    "west=Europe/Lisbon\n",
);

/// The zone [`ALIASES`] gives `place` (case and `_` aside): `Some(None)` for an ambiguous name.
fn alias(place: &str) -> Option<Option<&'static str>> {
    let same = |name: &str| {
        name.len() == place.len() && name.bytes().zip(place.bytes()).all(|(n, p)| n == (if p == b'_' { b' ' } else { p.to_ascii_lowercase() }))
    };
    let zone = ALIASES.split('\n').find_map(|line| line.split_once('=').filter(|(name, _)| same(name)).map(|(_, zone)| zone))?;
    Some(Some(zone).filter(|z| !z.is_empty()))
}

/// An offset from UTC in minutes, written `GMT+1`, `UTC-05`, `UTC+5:30`, `+01:00` or `-0500`:
/// `None` when the text is not written as an offset, `Some(None)` when it is one that cannot be.
fn utc_offset(text: &str) -> Option<Option<i32>> {
    let prefixed = text.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("UTC") || p.eq_ignore_ascii_case("GMT"));
    let rest = text.get(if prefixed { 3 } else { 0 }..).unwrap_or_default().trim_start_matches('_');
    let (sign, digits) = match rest.as_bytes().first()? {
        b'+' => (1, rest.get(1..)?),
        b'-' => (-1, rest.get(1..)?),
        _ => return None,
    };
    let (hours, minutes) = match digits.split_once(':') {
        Some((h, m)) => (h, m),
        None if digits.len() == 4 => digits.split_at_checked(2)?,
        None => (digits, "0"),
    };
    let number = |part: &str, max: i32| {
        let digits = (!part.is_empty() && part.len() <= 2 && part.bytes().all(|b| b.is_ascii_digit())).then_some(part)?;
        Some(digits.bytes().fold(0, |n, b| n * 10 + i32::from(b - b'0'))).filter(|&n| n <= max)
    };
    Some(number(hours, 14).zip(number(minutes, 59)).map(|(h, m)| sign * (h * 60 + m)))
}

/// The `Etc` zone of a whole-hour offset: POSIX-style, so `+1` hour is `Etc/GMT-1`. Offsets of
/// part of an hour have no such zone and get no suggestion.
fn offset_zone(minutes: i32) -> Option<String> {
    if minutes % 60 != 0 || !(-12 * 60..=14 * 60).contains(&minutes) {
        return None;
    }
    let hours = -minutes / 60;
    if hours == 0 {
        return Some("Etc/UTC".to_owned());
    }
    let mut zone = String::from(if hours < 0 { "Etc/GMT-" } else { "Etc/GMT+" });
    if hours.abs() >= 10 {
        zone.push('1');
    }
    zone.push(char::from(b'0' + (hours.abs() % 10) as u8));
    Some(zone)
}

/// `europe/london` → `Europe/London`: upper case after `/`, `_` and `-` and at the start, lower
/// case elsewhere (ASCII only).
fn capitalise_words(text: &str) -> String {
    // Byte by byte: only ASCII letters change case, so the text stays UTF-8 as it was, and a
    // word that starts with another character has nothing to capitalise.
    let mut capitalised = text.to_ascii_lowercase();
    let word_starts = std::iter::once(0).chain(text.bytes().enumerate().filter(|(_, b)| matches!(b, b'/' | b'_' | b'-')).map(|(at, _)| at + 1));
    for start in word_starts {
        if let Some(first) = capitalised.get_mut(start..=start) {
            first.make_ascii_uppercase();
        }
    }
    capitalised
}

/// [`check`] as a table names it, with [`choices`] for a `<select>`.
pub static RULE: Rule = Rule::listed("timezone", check, describe, choices);

fn describe(keywords: &mut Keywords) {
    keywords.one_of(std::iter::once("").chain(names()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each word's first character upper-cased and the rest lower-cased, ASCII only, as the
    /// plain char-by-char spelling of it does.
    #[test]
    fn capitalise_words_as_char_by_char() {
        let by_chars = |text: &str| {
            let mut word_start = true;
            text.chars()
                .map(|c| {
                    let c = if word_start { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() };
                    word_start = matches!(c, '/' | '_' | '-');
                    c
                })
                .collect::<String>()
        };
        let parts = ["", "a", "europe", "LONDON", "/", "_", "-", "é", "ÉTÉ", "ǆx", "😀", "new", "port-au-prince", "1x", " "];
        for a in parts {
            for b in parts {
                for c in parts {
                    let text = format!("{a}{b}{c}");
                    assert_eq!(capitalise_words(&text), by_chars(&text), "{text:?}");
                }
            }
        }
    }

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
    fn offsets_suggest_the_etc_zone_with_the_sign_inverted() {
        let suggestion = |v| check(v).unwrap_err().suggestion;
        for (input, zone) in [
            ("GMT+1", "Etc/GMT-1"),
            ("UTC+1", "Etc/GMT-1"),
            ("+01:00", "Etc/GMT-1"),
            ("utc-5", "Etc/GMT+5"),
            ("-0500", "Etc/GMT+5"),
            ("GMT+14", "Etc/GMT-14"),
            ("UTC-12:00", "Etc/GMT+12"),
            ("UTC+00:00", "Etc/UTC"),
        ] {
            assert_eq!(suggestion(input).as_deref(), Some(zone), "{input}");
        }
        for none in ["UTC+5:30", "+05:45", "GMT+15", "UTC-13", "GMT+1:60", "+123"] {
            assert_eq!(suggestion(none), None, "{none}");
        }
    }

    #[test]
    fn abbreviations_suggest_their_usual_zone_or_nothing() {
        let suggestion = |v| check(v).unwrap_err().suggestion;
        for (input, zone) in [
            ("PST", "America/Los_Angeles"),
            ("pdt", "America/Los_Angeles"),
            ("CST", "America/Chicago"),
            ("EDT", "America/New_York"),
            ("BST", "Europe/London"),
            ("JST", "Asia/Tokyo"),
            ("AEST", "Australia/Sydney"),
        ] {
            assert_eq!(suggestion(input).as_deref(), Some(zone), "{input}");
        }
        for none in ["IST", "AST", "XYZ", "Lond"] {
            assert_eq!(suggestion(none), None, "{none}");
        }
        let aliases: Vec<(&str, &str)> = ALIASES.lines().map(|line| line.split_once('=').unwrap()).collect();
        assert!(aliases.windows(2).all(|w| w[0].0 < w[1].0), "ALIASES is sorted");
        assert!(aliases.iter().filter(|(_, zone)| !zone.is_empty()).all(|(_, zone)| check(zone).is_ok()), "every alias names a zone");
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
        assert_eq!(suggestion("America/London").as_deref(), Some("Europe/London"));
        assert_eq!(suggestion("Mumbai").as_deref(), Some("Asia/Kolkata"));
        assert_eq!(suggestion("san francisco").as_deref(), Some("America/Los_Angeles"));
        assert_eq!(suggestion("Europe/Beijing").as_deref(), Some("Asia/Shanghai"));
        assert_eq!(suggestion(&"Europe/London".repeat(100_000)), None);
    }
}
