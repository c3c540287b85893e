//! `country`: an ISO 3166-1 alpha-2 code, in any case (`gb`, `GB`).
//!
//! Near misses get a suggestion: `UK` → `GB` (UK is reserved, not assigned), a code in the
//! wrong case with spaces around it, or a country's English name (`germany` → `DE`). Alpha-3
//! codes get none: isocountry's alpha-3 table would cost 1.1 KB of the wasm size budget. The codes
//! and names come from `isocountry`, read at build time.
//!
//! ```
//! use formmirror::rules::country;
//! assert!(country::check("gb").is_ok());
//! assert_eq!(country::check("UK").unwrap_err().suggestion.as_deref(), Some("GB"));
//! ```

use crate::tables::{search_sorted, COUNTRIES_BY_NAME, COUNTRY_CODES, COUNTRY_NAMES};
use crate::{Code, Issue};

pub fn check(value: &str) -> Result<(), Issue> {
    if position(value).is_some() {
        return Ok(());
    }
    Err(Issue::new(Code::UnknownCountry, "Must be a two-letter ISO 3166 country code, such as GB or US.").suggesting(suggest(value)))
}

/// Every assigned code with its English name, sorted by name, for a country `<select>`.
pub fn choices() -> Vec<(&'static str, &'static str)> {
    COUNTRIES_BY_NAME.iter().map(|&i| (code(usize::from(i)), COUNTRY_NAMES.get(usize::from(i)))).collect()
}

fn code(index: usize) -> &'static str {
    COUNTRY_CODES.get(2 * index..2 * index + 2).unwrap_or_default()
}

/// Where a two-letter code is in the sorted table, in any case. This runs for every form, so
/// it is a binary search rather than a scan of all 249 codes.
fn position(value: &str) -> Option<usize> {
    let [a, b] = value.as_bytes() else { return None };
    let wanted = [a.to_ascii_uppercase(), b.to_ascii_uppercase()];
    let codes = COUNTRY_CODES.as_bytes();
    // Two letters compared as one number, not as a slice.
    let code_at = |i: usize| u16::from_be_bytes([codes.get(2 * i).copied().unwrap_or(0), codes.get(2 * i + 1).copied().unwrap_or(0)]);
    search_sorted(codes.len() / 2, |middle| code_at(middle).cmp(&u16::from_be_bytes(wanted)))
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
    let index = match trimmed.len() {
        2 => position(trimmed),
        _ => COUNTRY_NAMES.iter().position(|name| name.eq_ignore_ascii_case(trimmed)),
    };
    index.map(|i| code(i).to_owned())
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
    fn every_isocountry_code_is_found_in_either_case() {
        for country in isocountry::CountryCode::iter() {
            assert_eq!(position(country.alpha2()).map(code), Some(country.alpha2()));
            assert!(position(&country.alpha2().to_ascii_lowercase()).is_some());
        }
    }

    #[test]
    fn choices_cover_every_code() {
        let all = choices();
        assert!(all.len() >= 249);
        assert!(all.iter().any(|&(code, name)| code == "GB" && name == "United Kingdom of Great Britain and Northern Ireland"));
        assert!(all.windows(2).all(|w| w[0].1 <= w[1].1));
    }
}
