//! Test support: files the code writes and the repository commits (reasons with their
//! messages, the JSON Schemas, the npm package's endpoint data), held to what the code writes
//! now. `UPDATE_GOLDEN=1` rewrites them, so a change is a diff to review.

/// Asserts that the file at `relative` (to the crate's root) holds `text`, writing it first
/// when `UPDATE_GOLDEN` is set; `rewrite` names the command that rewrites it.
pub(crate) fn assert_file(relative: &str, text: &str, rewrite: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| !v.is_empty()) {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(&path, text).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == text, "{relative} is not what the code writes: `UPDATE_GOLDEN=1 {rewrite}` rewrites it");
}
