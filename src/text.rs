//! Small text helpers every layer uses: lists in messages, names fit to repeat, lengths that
//! stop counting at the limit, and the crate's one sort.

/// Joins with ", ". One non-generic function for every list in a message: each distinct
/// `join` instantiation costs about 1 KB of wasm.
pub(crate) fn comma_list(items: &[String]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(item);
    }
    out
}

/// Sorts by text, then index. Every sort in the crate goes through this one instantiation:
/// each distinct sort costs about 4 KB of wasm.
pub(crate) fn sort_by_text(items: &mut [(&str, usize)]) {
    items.sort_unstable();
}

/// A parameter name fit to repeat in a message or a warning: a hostile megabyte-long key is
/// cut short rather than copied into every answer.
pub(crate) fn display_name(name: &str) -> String {
    const MAX: usize = 64;
    match name.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", name.get(..cut).unwrap_or_default()),
        None => name.to_owned(),
    }
}

/// True when `s` has more than `max` characters, counting no further than needed, so a
/// megabyte paste costs no more than the limit it breaks.
pub(crate) fn longer_than(s: &str, max: usize) -> bool {
    s.len() > max && s.chars().nth(max).is_some()
}

/// Text equality with the length compared first, inline: name look-ups run for every member of
/// every request, and most candidates differ in length.
#[inline(always)]
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes() == b.as_bytes()
}
