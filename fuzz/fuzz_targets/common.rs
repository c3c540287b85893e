// Shared by the fuzz targets: the first input byte picks an endpoint, the rest is text.
use formmirror::endpoints::ALL;

pub fn split(data: &[u8]) -> Option<(&'static str, String)> {
    let (&pick, rest) = data.split_first()?;
    let endpoint = ALL[usize::from(pick) % ALL.len()].id;
    // Lossy, so malformed UTF-8 still reaches the parsers as replacement characters.
    Some((endpoint, String::from_utf8_lossy(rest).into_owned()))
}
