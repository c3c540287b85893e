// Shared by the fuzz targets: the first input byte picks an endpoint, the rest is text.
use formmirror::Value;
use std::sync::OnceLock;

/// The endpoint ids, as the public `endpoints()` lists them.
fn endpoint_ids() -> &'static [String] {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    IDS.get_or_init(|| match formmirror::endpoints() {
        Value::Array(endpoints) => endpoints.iter().filter_map(|e| Some(e.get("id")?.as_str()?.to_owned())).collect(),
        _ => Vec::new(),
    })
}

pub fn split(data: &[u8]) -> Option<(&'static str, String)> {
    let (&pick, rest) = data.split_first()?;
    let ids = endpoint_ids();
    let endpoint = ids[usize::from(pick) % ids.len()].as_str();
    // Lossy, so malformed UTF-8 still reaches the parsers as replacement characters.
    Some((endpoint, String::from_utf8_lossy(rest).into_owned()))
}
