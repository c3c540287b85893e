#![no_main]
//! Every rule module directly, on arbitrary text.
use formmirror::rules::{
    boolean, country, date, date_format, email, extension, free_text, integer, language, non_empty, password::PasswordPolicy,
    pgp_key, phone, source, time_format, timezone, username, validation_flag, yes_no,
};
use libfuzzer_sys::fuzz_target;

/// A rule's check, as each module exports it.
type Check = fn(&str) -> Result<(), formmirror::Issue>;

const RULES: [Check; 24] = [
    boolean::check, country::check, date::check, date_format::check, email::check, email::check_list, extension::check,
    free_text::check, integer::digits, integer::non_negative, integer::positive, integer::signed, language::check,
    language::check_or_default, non_empty::check, pgp_key::check, phone::check, source::check, time_format::check,
    timezone::check, username::check, validation_flag::check, yes_no::check, strict_password,
];

fn strict_password(text: &str) -> Result<(), formmirror::Issue> {
    PasswordPolicy { min_length: 12, require_upper: true, require_lower: true, require_digit: true, require_symbol: true }.check(text)
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    if let Err(issue) = RULES[usize::from(pick) % RULES.len()](&text) {
        assert!(!issue.message().is_empty());
    }
});
