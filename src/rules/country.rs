//! `country`: an ISO 3166-1 alpha-2 code, in any case (`gb`, `GB`).
//!
//! Near misses get a suggestion: `UK` → `GB` (UK is reserved, not assigned), a code with spaces
//! around it, an alpha-3 code (`DEU` → `DE`), or a country's name, in any case and with or
//! without its accents (`germany`, `åland islands`, `Cote d'Ivoire`): its ISO short name, the
//! name English speakers use (`South Korea`, `Vietnam`), or a common other name (`England`,
//! `Holland`, `Ivory Coast`). Codes and names come from `keshvar` at build time, which keeps
//! ISO 3166-1 current (`MK` North Macedonia, `SZ` Eswatini, `TR` Türkiye).
//!
//! ```
//! use formmirror::rules::country;
//! assert!(country::check("gb").is_ok());
//! assert_eq!(country::check("UK").unwrap_err().suggestion.as_deref(), Some("GB"));
//! ```

use super::{Keywords, Rule};
use crate::tables::{search_sorted, COUNTRIES_BY_NAME, COUNTRY_ALPHA3, COUNTRY_CODES, COUNTRY_ENGLISH_NAMES, COUNTRY_NAMES};
use crate::{Issue, Reason};

/// Checks `value` by this module's rule.
///
/// # Errors
///
/// `unknown_country (with a suggestion when one is close)`.
pub fn check(value: &str) -> Result<(), Issue> {
    if position(value).is_some() {
        return Ok(());
    }
    Err(Issue::new(Reason::UnknownCountry).suggesting(suggest(value)))
}

/// Every assigned code with its English name, sorted by name, for a country `<select>`.
pub fn choices() -> Vec<(&'static str, String)> {
    COUNTRIES_BY_NAME.iter().map(|&i| (code(usize::from(i)), COUNTRY_NAMES.get(usize::from(i)).to_owned())).collect()
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

/// Other names in common use, `name=CC` a line: most are among keshvar's unofficial names (a
/// test holds them to it); `America`, `Britain`, `Holland`, `UAE` and the nations of the
/// United Kingdom are what people write, not what lists carry.
const OTHER_NAMES: &str = concat!(
    "America=US\n",
    "Britain=GB\n",
    "Burma=MM\n",
    "Cape Verde=CV\n",
    "Czech Republic=CZ\n",
    "Democratic Republic of the Congo=CD\n",
    "East Timor=TL\n",
    "England=GB\n",
    "Falkland Islands=FK\n",
    "Great Britain=GB\n",
    "Holland=NL\n",
    "Ivory Coast=CI\n",
    "Laos=LA\n",
    "Macedonia=MK\n",
    "Micronesia=FM\n",
    "Northern Ireland=GB\n",
    "Palestine=PS\n",
    "Russia=RU\n",
    "Scotland=GB\n",
    "Swaziland=SZ\n",
    "Syria=SY\n",
    "The Netherlands=NL\n",
    "Turkey=TR\n",
    "UAE=AE\n",
    "Vatican City=VA\n",
    "Wales=GB\n",
);

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
        3 => alpha3_position(trimmed),
        _ => None,
    };
    if let Some(index) = index {
        return Some(code(index).to_owned());
    }
    if let Some(index) = COUNTRY_NAMES.iter().position(|name| same_name(name, trimmed)) {
        return Some(code(index).to_owned());
    }
    COUNTRY_ENGLISH_NAMES.lines().chain(OTHER_NAMES.lines()).find_map(|line| {
        let (name, code) = line.split_once('=')?;
        same_name(name, trimmed).then(|| code.to_owned())
    })
}

/// Where an alpha-3 code is, in any case: a scan, as this runs only for a value that failed.
fn alpha3_position(value: &str) -> Option<usize> {
    let codes = COUNTRY_ALPHA3.as_bytes();
    codes.chunks(3).position(|code| code.eq_ignore_ascii_case(value.as_bytes()))
}

/// Names compared by their letters and digits alone, without case or accents: "ÅLAND ISLANDS"
/// and "aland islands" are Åland Islands, "Korea, Republic of" is "Korea (Republic of)".
fn same_name(name: &str, typed: &str) -> bool {
    // ASCII punctuation and spaces are skipped; every other character is part of the name (the
    // Unicode tables behind `char::is_alphanumeric` would cost the wasm more than this rule).
    let letters = |text: &str| text.chars().map(fold).filter(|c| c.is_ascii_alphanumeric() || !c.is_ascii()).collect::<String>();
    letters(name) == letters(typed)
}

/// A Latin letter in lower case without its accent; any other character as it is. Country
/// names use only Latin-1 letters, and the Unicode case tables would cost the wasm more than
/// the whole rule (a test compares this with the standard library's lower-casing).
fn fold(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'À'..='Å' | 'à'..='å' => 'a',
        'Ç' | 'ç' => 'c',
        'È'..='Ë' | 'è'..='ë' => 'e',
        'Ì'..='Ï' | 'ì'..='ï' => 'i',
        'Ñ' | 'ñ' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' => 'o',
        'Ù'..='Ü' | 'ù'..='ü' => 'u',
        'Ý' | 'ý' | 'ÿ' => 'y',
        '’' => '\'',
        other => other,
    }
}

/// [`check`] as a table names it, with [`choices`] for a `<select>`.
pub static RULE: Rule = Rule::listed("country", check, describe, choices);

/// Every code, any case: one alternative per first letter, with the second letters it takes.
fn describe(keywords: &mut Keywords) {
    let both_cases = |b: u8| [char::from(b), char::from(b.to_ascii_lowercase())];
    let codes: Vec<&[u8]> = COUNTRY_CODES.as_bytes().chunks(2).collect();
    let alternatives: Vec<String> = codes
        .chunk_by(|a, b| a[0] == b[0])
        .map(|group| {
            let first: String = both_cases(group[0][0]).iter().collect();
            let seconds: String = group.iter().flat_map(|code| both_cases(code[1])).collect();
            format!("[{first}][{seconds}]")
        })
        .collect();
    keywords.pattern(format!("^(?:{})$", alternatives.join("|"))).comment("An ISO 3166-1 alpha-2 code, in any case.");
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
        assert_eq!(suggestion("DEU").as_deref(), Some("DE"));
        assert_eq!(suggestion("germany").as_deref(), Some("DE"));
        assert_eq!(suggestion(" fr ").as_deref(), Some("FR"));
        assert_eq!(suggestion("XX"), None);
        assert_eq!(check("UK").unwrap_err().message(), "Must be a two-letter ISO 3166 country code, such as GB or US. Did you mean \"GB\"?");
    }

    #[test]
    fn every_keshvar_code_is_found_in_either_case() {
        for country in keshvar::CountryIterator::new() {
            let alpha2 = country.alpha2().to_string();
            assert_eq!(position(&alpha2).map(code), Some(alpha2.as_str()));
            assert!(position(&alpha2.to_ascii_lowercase()).is_some());
            assert_eq!(alpha3_position(&country.alpha3().to_string().to_ascii_lowercase()).map(code), Some(alpha2.as_str()));
        }
    }

    #[test]
    fn common_names_and_other_scripts_of_case() {
        let suggestion = |v| check(v).unwrap_err().suggestion;
        for (name, wanted) in [
            ("United Kingdom", "GB"),
            ("Great Britain", "GB"),
            ("England", "GB"),
            ("United States", "US"),
            ("USA", "US"),
            ("America", "US"),
            ("Holland", "NL"),
            ("Russia", "RU"),
            ("South Korea", "KR"),
            ("Vietnam", "VN"),
            ("Iran", "IR"),
            ("Czech Republic", "CZ"),
            ("Türkiye", "TR"),
            ("Ivory Coast", "CI"),
            ("åland islands", "AX"),
            ("ÅLAND ISLANDS", "AX"),
            ("Cote d'Ivoire", "CI"),
            ("deu", "DE"),
            ("GBR", "GB"),
            ("north macedonia", "MK"),
            ("Eswatini", "SZ"),
            ("Korea, Republic of", "KR"),
            ("guinea bissau", "GW"),
        ] {
            assert_eq!(suggestion(name).as_deref(), Some(wanted), "{name}");
        }
        assert_eq!(suggestion("Korea"), None);
        assert_eq!(suggestion("XYZ"), None);
    }

    /// The other names are keshvar's, but for the few that are what people say rather than
    /// what lists carry.
    #[test]
    fn other_names_are_keshvar_unofficial_names() {
        let colloquial = ["America", "Britain", "Holland", "Northern Ireland", "Scotland", "Wales", "UAE"];
        for line in OTHER_NAMES.lines() {
            let (name, code) = line.split_once('=').unwrap();
            let country = keshvar::Country::try_from(code).unwrap();
            assert!(colloquial.contains(&name) || country.unofficial_name_list().contains(&name), "{name} is not among {code}'s names");
        }
    }

    #[test]
    fn fold_lowercases_as_the_standard_library_does() {
        for name in COUNTRY_NAMES.iter() {
            for c in name.chars().filter(|c| c.is_alphabetic()) {
                let lower = c.to_lowercase().next().unwrap();
                assert_eq!(fold(c), fold(lower), "{c}");
                assert!(fold(c).is_ascii() || !c.is_ascii(), "{c}");
            }
        }
    }

    #[test]
    fn choices_cover_every_code_with_todays_names() {
        let all = choices();
        assert!(all.len() >= 249);
        for (code, name) in
            [("MK", "North Macedonia"), ("SZ", "Eswatini"), ("TR", "Türkiye"), ("GB", "United Kingdom of Great Britain and Northern Ireland")]
        {
            assert!(all.iter().any(|(c, n)| *c == code && n == name), "{code} {name}");
        }
        let position = |code: &str| all.iter().position(|&(c, _)| c == code).unwrap();
        assert!(position("AX") < position("AL"), "Åland Islands sorts with the A's");
    }
}
