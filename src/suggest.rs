//! "Did you mean …": the closest name in a public list, by edit distance.
//!
//! Only short inputs are compared (at most [`MAX_INPUT_CHARS`]), so a pasted megabyte costs
//! nothing here, and a suggestion is only made when it is close enough to be a typo.

/// Longer inputs are not typos of any name we know; they get no suggestion.
pub(crate) const MAX_INPUT_CHARS: usize = 64;

/// The candidate nearest to `input` (ASCII case ignored), if within `max_distance` edits
/// (insertions, deletions, substitutions, adjacent transpositions). Ties go to the earlier one.
pub(crate) fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>, max_distance: usize) -> Option<&'a str> {
    if input.is_empty() || crate::text::longer_than(input, MAX_INPUT_CHARS) {
        return None;
    }
    let input: Vec<char> = input.chars().map(|c| c.to_ascii_lowercase()).collect();
    // Three rows of the distance table and the candidate's characters, reused for every
    // candidate: the time zone list alone has 600 names to compare.
    let mut rows = [Vec::new(), Vec::new(), Vec::new()];
    let mut candidate_chars = Vec::new();
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let limit = best.map_or(max_distance, |(d, _)| d.saturating_sub(1));
        // Names are mostly ASCII, where bytes are characters: a length that differs by more than
        // the limit rules a candidate out before anything is compared.
        if candidate.is_ascii() && candidate.len().abs_diff(input.len()) > limit {
            continue;
        }
        candidate_chars.clear();
        candidate_chars.extend(candidate.chars().map(|c| c.to_ascii_lowercase()));
        if let Some(d) = distance_within(&input, &candidate_chars, limit, &mut rows) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, name)| name)
}

/// Optimal-string-alignment distance between `a` and `b`, or `None` when above `limit`.
fn distance_within(a: &[char], b: &[char], limit: usize, rows: &mut [Vec<usize>; 3]) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    let [before_previous, previous, current] = rows;
    before_previous.clear();
    before_previous.resize(width, 0);
    previous.clear();
    previous.extend(0..width);
    current.clear();
    current.resize(width, 0);
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before_previous[j - 2] + 1);
            }
            current[j] = d;
        }
        if current.iter().min().is_some_and(|&m| m > limit) {
            return None;
        }
        std::mem::swap(before_previous, previous);
        std::mem::swap(previous, current);
    }
    Some(previous[b.len()]).filter(|&d| d <= limit)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn finds_typos_and_ignores_strangers() {
        let names = ["forename", "surname", "username", "password"];
        assert_eq!(closest("forname", names, 2), Some("forename"));
        assert_eq!(closest("FORENAME", names, 2), Some("forename"));
        assert_eq!(closest("pasword", names, 2), Some("password"));
        assert_eq!(closest("sunrame", names, 2), Some("surname"));
        assert_eq!(closest("colour", names, 2), None);
        assert_eq!(closest("", names, 2), None);
        assert_eq!(closest(&"x".repeat(1 << 20), names, 2), None);
    }
}
