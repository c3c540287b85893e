//! Public lists the rules search, generated at build time by `build.rs` from `chrono-tz`
//! (time zone names) and `keshvar` (country codes and names).

use core::cmp::Ordering;

/// The lines of one string, each ended by `\n`, with where each ends found at compile time
/// (`lines!`): as small as the text and a `u16` a line, and a look-up is one index, not a scan.
pub(crate) struct Lines {
    pub(crate) text: &'static str,
    pub(crate) ends: &'static [u16],
}

/// A [`Lines`] of a constant string: `static IDS: Lines = lines!("a\nb\n");`.
macro_rules! lines {
    ($text:expr $(,)?) => {
        $crate::tables::Lines { text: $text, ends: &$crate::tables::line_ends::<{ $crate::tables::count_lines($text) }>($text) }
    };
}
pub(crate) use lines;

impl Lines {
    /// Line `index`, counting from 0, without its `\n`; "" past the last.
    pub(crate) fn get(&self, index: usize) -> &'static str {
        let start = match index.checked_sub(1) {
            None => 0,
            Some(previous) => self.ends.get(previous).map_or(usize::MAX, |&end| usize::from(end) + 1),
        };
        let end = self.ends.get(index).map_or(0, |&end| usize::from(end));
        self.text.get(start..end).unwrap_or_default()
    }

    /// Where `line` is, if it is one of the lines.
    pub(crate) fn position(&self, line: &str) -> Option<usize> {
        (0..self.ends.len()).find(|&index| self.get(index) == line)
    }
}

/// How many lines `text` holds.
pub(crate) const fn count_lines(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut at, mut lines) = (0, 0);
    while at < bytes.len() {
        if bytes[at] == b'\n' {
            lines += 1;
        }
        at += 1;
    }
    lines
}

/// Where each of the `N` lines of `text` ends, evaluated at compile time.
pub(crate) const fn line_ends<const N: usize>(text: &str) -> [u16; N] {
    let bytes = text.as_bytes();
    let mut ends = [0u16; N];
    let (mut at, mut line) = (0, 0);
    while at < bytes.len() {
        if bytes[at] == b'\n' {
            assert!(line < N && at <= u16::MAX as usize, "line_ends: more lines than N, or too long a text");
            ends[line] = at as u16;
            line += 1;
        }
        at += 1;
    }
    ends
}

/// Names packed end to end in one string, `starts[i]..starts[i + 1]` being the `i`th. Smaller
/// than a `&[&str]` (no pointer and length per name) and searchable in the same way.
pub(crate) struct Packed {
    text: &'static str,
    starts: &'static [u16],
}

impl Packed {
    pub(crate) fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub(crate) fn get(&self, index: usize) -> &'static str {
        self.bounds(index).map_or("", |(start, end)| self.name(start, end))
    }

    /// Where the `index`th name starts and ends in the text.
    fn bounds(&self, index: usize) -> Option<(u16, u16)> {
        Some((*self.starts.get(index)?, *self.starts.get(index + 1)?))
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.starts.windows(2).map(|w| self.name(w[0], w[1]))
    }

    /// The first name equal to `wanted` when ASCII case is ignored. Lengths are compared from
    /// the offsets first, so most names are passed over without being looked at.
    pub(crate) fn find_ignoring_ascii_case(&self, wanted: &str) -> Option<&'static str> {
        self.starts
            .windows(2)
            .filter(|w| usize::from(w[1] - w[0]) == wanted.len())
            .map(|w| self.name(w[0], w[1]))
            .find(|name| name.eq_ignore_ascii_case(wanted))
    }

    /// Where `name` is, for a table generated in sorted order.
    pub(crate) fn position_sorted(&self, name: &str) -> Option<usize> {
        // Bytes order as the text does, and slicing bytes skips the character-boundary checks
        // that slicing text makes at every step of the search.
        let (text, wanted) = (self.text.as_bytes(), name.as_bytes());
        search_sorted(self.len(), |index| {
            self.bounds(index)
                .map_or(std::cmp::Ordering::Less, |(start, end)| text.get(usize::from(start)..usize::from(end)).unwrap_or_default().cmp(wanted))
        })
    }

    fn name(&self, start: u16, end: u16) -> &'static str {
        self.text.get(usize::from(start)..usize::from(end)).unwrap_or_default()
    }
}

/// Binary search over the indexes `0..len` of a sorted table: `compare(index)` orders the entry
/// at `index` against the one sought. For tables that are not slices of comparable items.
pub(crate) fn search_sorted(len: usize, compare: impl Fn(usize) -> Ordering) -> Option<usize> {
    let (mut low, mut high) = (0, len);
    while low < high {
        let middle = (low + high) / 2;
        match compare(middle) {
            Ordering::Less => low = middle + 1,
            Ordering::Greater => high = middle,
            Ordering::Equal => return Some(middle),
        }
    }
    None
}

include!(concat!(env!("OUT_DIR"), "/tables.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timezones_are_chrono_tz_sorted() {
        let mut expected: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
        expected.sort_unstable();
        assert_eq!(TIMEZONES.iter().collect::<Vec<_>>(), expected);
        assert!(TIMEZONES.len() > 500);
        assert_eq!(TIMEZONES.position_sorted("Europe/London").map(|i| TIMEZONES.get(i)), Some("Europe/London"));
        assert_eq!(TIMEZONES.position_sorted("Europe/Londo"), None);
        // Every name is found where it is; a name one byte longer is not, one shorter only when it is a name too.
        for (index, name) in TIMEZONES.iter().enumerate() {
            assert_eq!(TIMEZONES.position_sorted(name), Some(index), "{name}");
            assert_eq!(TIMEZONES.position_sorted(&format!("{name}~")), None, "{name}~");
            let shorter = &name[..name.len() - 1];
            assert_eq!(TIMEZONES.position_sorted(shorter).is_some(), TIMEZONES.iter().any(|n| n == shorter), "{shorter}");
        }
        assert_eq!(TIMEZONES.find_ignoring_ascii_case("europe/LONDON"), Some("Europe/London"));
        assert_eq!(TIMEZONES.find_ignoring_ascii_case("europe/londo"), None);
    }

    #[test]
    fn countries_are_keshvar() {
        let codes: Vec<&str> = (0..COUNTRY_CODES.len() / 2).map(|i| &COUNTRY_CODES[2 * i..2 * i + 2]).collect();
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(codes.len(), keshvar::CountryIterator::new().count());
        for (i, code) in codes.iter().enumerate() {
            let country = keshvar::Country::try_from(*code).unwrap();
            assert_eq!(COUNTRY_NAMES.get(i), country.iso_short_name());
            assert_eq!(&COUNTRY_ALPHA3[3 * i..3 * i + 3], country.alpha3().to_string());
        }
        assert_eq!(COUNTRIES_BY_NAME.len(), codes.len());
    }
}
