//! "Did you mean …": the closest name in a public list, by edit distance.
//!
//! Only short inputs are compared (at most [`MAX_INPUT_CHARS`]), so a pasted megabyte costs
//! nothing here, and a suggestion is only made when it is close enough to be a typo.

/// Longer inputs are not typos of any name we know; they get no suggestion.
pub const MAX_INPUT_CHARS: usize = 64;

/// The candidate nearest to `input` (ASCII case ignored), if within `max_distance` edits
/// (insertions, deletions, substitutions, adjacent transpositions). Ties go to the earlier one.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>, max_distance: usize) -> Option<&'a str> {
    if input.is_empty() || crate::rules::longer_than(input, MAX_INPUT_CHARS) {
        return None;
    }
    let input: Vec<char> = input.chars().map(|c| c.to_ascii_lowercase()).collect();
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let limit = best.map_or(max_distance, |(d, _)| d.saturating_sub(1));
        if let Some(d) = distance_within(&input, candidate, limit) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, name)| name)
}

/// Optimal-string-alignment distance between `a` and `b`, or `None` when above `limit`.
fn distance_within(a: &[char], b: &str, limit: usize) -> Option<usize> {
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    let mut before_previous = vec![0usize; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current = vec![0usize; width];
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
        std::mem::swap(&mut before_previous, &mut previous);
        std::mem::swap(&mut previous, &mut current);
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
