//! Writes the time zone and country tables the rules search, from `chrono-tz` and `isocountry`.
//!
//! Both crates stay the source of truth, but only at build time: the running code needs names
//! and codes, not chrono-tz's `Tz` enum (whose `name()` is a 600-arm match) nor isocountry's
//! alpha-3 and numeric tables. Each table is one string of packed names plus `u16` offsets,
//! sorted for binary search, which is both smaller and faster than an array of `&str` (a
//! pointer and a length per entry) or a search through `Tz::name()`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let mut out = String::new();

    let mut zones: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
    zones.sort_unstable();
    zones.dedup();
    packed(&mut out, "TIMEZONES", "Every IANA time zone name chrono-tz knows, links included, sorted.", &zones);

    let mut countries: Vec<(&str, &str)> = isocountry::CountryCode::iter().map(|c| (c.alpha2(), c.name())).collect();
    countries.sort_unstable();
    let codes: String = countries.iter().map(|(code, _)| *code).collect();
    writeln!(out, "/// Every assigned ISO 3166-1 alpha-2 code, two letters each, sorted.").unwrap();
    writeln!(out, "pub const COUNTRY_CODES: &str = {codes:?};").unwrap();
    let names: Vec<&str> = countries.iter().map(|(_, name)| *name).collect();
    packed(&mut out, "COUNTRY_NAMES", "The English name of each country, in the order of `COUNTRY_CODES`.", &names);
    let mut by_name: Vec<usize> = (0..countries.len()).collect();
    by_name.sort_by_key(|&i| countries[i].1);
    writeln!(out, "/// Indexes into `COUNTRY_CODES` in the order of the countries' names, for a `<select>`.").unwrap();
    writeln!(out, "pub const COUNTRIES_BY_NAME: [u8; {}] = {by_name:?};", by_name.len()).unwrap();

    let path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("tables.rs");
    std::fs::write(path, out).unwrap();
    println!("cargo:rerun-if-changed=build.rs");
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
    writeln!(out, "pub const {name}: Packed = Packed {{ text: {text:?}, starts: &{starts:?} }};").unwrap();
}
