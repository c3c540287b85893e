//! Writes the time zone and country tables the rules search, from `chrono-tz` and `keshvar`.
//!
//! Both crates stay the source of truth, but only at build time: the running code needs names
//! and codes, not chrono-tz's `Tz` enum (whose `name()` is a 600-arm match) nor keshvar's
//! country records (currencies, subdivisions, translations into dozens of languages). Each
//! table is one string of packed names plus `u16` offsets, sorted for binary search, which is
//! both smaller and faster than an array of `&str` (a pointer and a length per entry).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let mut out = String::new();

    let mut zones: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
    zones.sort_unstable();
    zones.dedup();
    packed(&mut out, "TIMEZONES", "Every IANA time zone name chrono-tz knows, links included, sorted.", &zones);

    // ISO 3166-1 as keshvar keeps it (today's short names: North Macedonia, Eswatini, Türkiye).
    let mut countries: Vec<(String, String, &str)> =
        keshvar::CountryIterator::new().map(|c| (c.alpha2().to_string(), c.alpha3().to_string(), c.iso_short_name())).collect();
    countries.sort_unstable();
    let codes: String = countries.iter().map(|(code, _, _)| code.as_str()).collect();
    writeln!(out, "/// Every assigned ISO 3166-1 alpha-2 code, two letters each, sorted.").unwrap();
    writeln!(out, "pub(crate) const COUNTRY_CODES: &str = {codes:?};").unwrap();
    let alpha3: String = countries.iter().map(|(_, code, _)| code.as_str()).collect();
    writeln!(out, "/// The alpha-3 code of each country, three letters each, in the order of `COUNTRY_CODES`.").unwrap();
    writeln!(out, "pub(crate) const COUNTRY_ALPHA3: &str = {alpha3:?};").unwrap();
    let names: Vec<&str> = countries.iter().map(|(_, _, name)| *name).collect();
    packed(&mut out, "COUNTRY_NAMES", "The ISO short name of each country, in the order of `COUNTRY_CODES`.", &names);
    let mut by_name: Vec<usize> = (0..countries.len()).collect();
    by_name.sort_by_key(|&i| collation_key(countries[i].2));
    writeln!(out, "/// Indexes into `COUNTRY_CODES` in the order of the countries' names, for a `<select>`.").unwrap();
    writeln!(out, "pub(crate) const COUNTRIES_BY_NAME: [u8; {}] = {by_name:?};", by_name.len()).unwrap();
    // The name English speakers use, where it is not the ISO name ("South Korea" for "Korea
    // (Republic of)"), as `name=CC` lines for the suggestions.
    let mut common = String::new();
    for country in keshvar::CountryIterator::new() {
        if let Some(&english) = country.translations().get("en").filter(|&&en| en != country.iso_short_name()) {
            writeln!(common, "{english}={}", country.alpha2()).unwrap();
        }
    }
    writeln!(out, "/// English names other than the ISO ones, `name=CC` a line.").unwrap();
    writeln!(out, "pub(crate) const COUNTRY_ENGLISH_NAMES: &str = {common:?};").unwrap();

    let path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("tables.rs");
    std::fs::write(path, out).unwrap();
    println!("cargo:rerun-if-changed=build.rs");
}

/// Sorts "Åland Islands" with the A's and "Côte d'Ivoire" with the C's, as a reader expects.
fn collation_key(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'À'..='Å' | 'à'..='å' => 'a',
            'Ç' | 'ç' => 'c',
            'È'..='Ë' | 'è'..='ë' => 'e',
            'Ì'..='Ï' | 'ì'..='ï' => 'i',
            'Ñ' | 'ñ' => 'n',
            'Ò'..='Ö' | 'ò'..='ö' => 'o',
            'Ù'..='Ü' | 'ù'..='ü' => 'u',
            other => other.to_ascii_lowercase(),
        })
        .collect()
}

/// `NAME` as a [`Packed`](crate::tables::Packed): the names end to end, and where each starts.
fn packed(out: &mut String, name: &str, doc: &str, items: &[&str]) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(items.len() + 1);
    for item in items {
        starts.push(u16::try_from(text.len()).expect("a table over 64 KiB"));
        text.push_str(item);
    }
    starts.push(u16::try_from(text.len()).expect("a table over 64 KiB"));
    writeln!(out, "/// {doc}").unwrap();
    writeln!(out, "pub(crate) const {name}: Packed = Packed {{ text: {text:?}, starts: &{starts:?} }};").unwrap();
}
