//! `country`: an ISO 3166-1 alpha-2 code, in any case (`gb`, `GB`).
//!
//! Near misses get a suggestion: `UK` → `GB` (UK is reserved, not assigned), a code in the
//! wrong case with spaces around it, or a country's English name (`germany` → `DE`). Alpha-3
//! codes get none: isocountry's alpha-3 table would cost 1.1 KB of the wasm size budget.
//!
//! ```
//! use formmirror::rules::country;
//! assert!(country::check("gb").is_ok());
//! assert_eq!(country::check("UK").unwrap_err().suggestion.as_deref(), Some("GB"));
//! ```

use crate::{Code, Issue};
use isocountry::CountryCode;

pub fn check(value: &str) -> Result<(), Issue> {
    if is_alpha2(value) {
        return Ok(());
    }
    Err(Issue::new(Code::UnknownCountry, "Must be a two-letter ISO 3166 country code, such as GB or US.").suggesting(suggest(value)))
}

/// Every assigned code with its English name, sorted by name, for a country `<select>`.
pub fn choices() -> Vec<(&'static str, &'static str)> {
    let all = CountryCode::as_array();
    let mut by_name: Vec<(&str, usize)> = all.iter().enumerate().map(|(i, c)| (c.name(), i)).collect();
    crate::sort_by_text(&mut by_name);
    by_name.into_iter().map(|(name, i)| (all[i].alpha2(), name)).collect()
}

/// A binary search of isocountry's table ordered by alpha-2 code, after upper-casing the two
/// ASCII letters: this runs for every form, so it must not scan all 249 codes.
fn is_alpha2(value: &str) -> bool {
    let [a, b] = value.as_bytes() else { return false };
    let upper = [a.to_ascii_uppercase(), b.to_ascii_uppercase()];
    CountryCode::as_array_alpha2().binary_search_by(|c| c.alpha2().as_bytes().cmp(&upper[..])).is_ok()
}

fn suggest(value: &str) -> Option<String> {
    // Codes in common use that ISO reserves for other purposes.
    const ALIASES: [(&str, &str); 2] = [("UK", "GB"), ("EL", "GR")];
    let trimmed = value.trim();
    if trimmed.len() > crate::suggest::MAX_INPUT_CHARS {
        return None;
    }
    if let Some((_, code)) = ALIASES.iter().find(|(alias, _)| alias.eq_ignore_ascii_case(trimmed)) {
        return Some((*code).to_owned());
    }
    let country = match trimmed.len() {
        2 => CountryCode::iter().find(|c| c.alpha2().eq_ignore_ascii_case(trimmed)),
        _ => CountryCode::iter().find(|c| c.name().eq_ignore_ascii_case(trimmed)),
    };
    country.map(|c| c.alpha2().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_in_any_case() {
        for ok in ["GB", "gb", "Us", "de"] {
            assert!(check(ok).is_ok(), "{ok:?}");
        }
        for bad in ["", "G", "GBR", "XX", "UK", " GB", "ÄÄ"] {
            assert_eq!(check(bad).unwrap_err().code.as_str(), "unknown_country", "{bad:?}");
        }
    }

    #[test]
    fn suggestions() {
        let suggestion = |v| check(v).unwrap_err().suggestion;
        assert_eq!(suggestion("UK").as_deref(), Some("GB"));
        assert_eq!(suggestion("uk").as_deref(), Some("GB"));
        assert_eq!(suggestion("DEU"), None);
        assert_eq!(suggestion("germany").as_deref(), Some("DE"));
        assert_eq!(suggestion(" fr ").as_deref(), Some("FR"));
        assert_eq!(suggestion("XX"), None);
        assert_eq!(check("UK").unwrap_err().message, "Must be a two-letter ISO 3166 country code, such as GB or US. Did you mean \"GB\"?");
    }

    #[test]
    fn the_alpha2_table_is_ordered_for_binary_search() {
        let codes: Vec<_> = CountryCode::as_array_alpha2().iter().map(CountryCode::alpha2).collect();
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
        assert!(CountryCode::iter().all(|c| is_alpha2(c.alpha2()) && is_alpha2(&c.alpha2().to_ascii_lowercase())));
    }

    #[test]
    fn choices_cover_every_code() {
        let all = choices();
        assert!(all.len() >= 249);
        assert!(all.iter().any(|&(code, _)| code == "GB"));
    }
}
